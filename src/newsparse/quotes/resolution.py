"""Speaker resolution: a mention as written (``Putin``, ``the Russian president``, ``he``, ``the
ministry``) to the fullest name the article gives (``Vladimir Putin``), through the article's
:class:`~newsparse.people.PersonIndex`."""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from itertools import islice, pairwise
from typing import ClassVar

import attrs
import regex

from ..dateline import DatelineParser
from ..lines import without_accents
from ..names import POSSESSIVE_ENDINGS, strip_possessive
from ..people import TRADED_HEAD, Person, PersonIndex, org_key
from ..sharing import LazyPattern, compile_at_run
from ..spans import Quote, Span, Speaker
from ..vocabulary import KEEP_GIL, Vocabulary, normalize_word
from .model import NO_FORMS, Mention, ParagraphMemo, State, Subject, TitledSurnames
from .segmentation import Segmentation

#: The word after a name and the blanks around it (``Tomas Berg`` *and* ``Ana Ortiz``).
_NEXT_WORD = regex.compile(r"\s++(\w++)\s++")
#: Punctuation stripped off a word's edges to compare it with a surname (``Berg's`` is not stripped).
_WORD_EDGES = ".,;:!?()[]\"“”‘’«»"
# an age set off by a comma right after a name ("Yousef Haddad, 79,", "Sami Haddad, 26."): its years
# the endings of an owner's word ("France's", "Acme’s")
_OWNED_ENDINGS = frozenset(mark + "s" for mark in "'’")
# an apostrophe that elides an article or a preposition before a word: French "l'Éducation"
_ELISION = regex.compile(r"['’]")
_AGE_AFTER_NAME = regex.compile(r",[ ]?+(\d{1,3}+)(?=[,.;:]|$)")


def joined_forms(held: frozenset[str], more: frozenset[str]) -> frozenset[str]:
    """The person pronouns of *held* and *more*, one of them itself when it holds the other: a
    subject shares the vocabulary's sets instead of a set of its own each (one a sentence).

    .. versionadded:: 0.2"""
    if more <= held:
        return held
    return more if held <= more else held | more


@functools.lru_cache(maxsize=64)
def title_patterns(word: str, chain: int) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The patterns :meth:`SpeakerResolution.titles_another` reads *word* with: the title right
    before a mention, up to *chain* capitalised words between (ending the text read), and the title
    before any capitalised word.  Built once per title word and kept (a parser reads few of them),
    not on every call; held by this cache alone (``cache_pattern=False``: not in the ``regex``
    module's own cache as well), so that the patterns a long run meets stay bounded by it."""
    escaped = regex.escape(word)
    words = rf"(?:\p{{Lu}}[\p{{L}}'’-]*+\s++){{0,{chain}}}"
    return (
        compile_at_run(rf"(?<![\p{{L}}])(?i:{escaped})\.?+\s++{words}\p{{Lu}}\Z", cache=False),
        compile_at_run(rf"(?<![\p{{L}}])(?i:{escaped})\.?+\s++\p{{Lu}}", cache=False),
    )


@functools.lru_cache(maxsize=64)
def title_before_name(title: str) -> regex.Pattern[str]:
    """*title* written capitalised before a capitalised word (``President Obama``), the word its
    group: :meth:`SpeakerResolution.bare_title_holder`'s pattern (and
    :meth:`SpeakerResolution.role_titled_before`'s, which asks only whether it is found), built
    once per title and held by this cache alone, as :func:`title_patterns`'s."""
    return compile_at_run(rf"(?<![\p{{L}}]){regex.escape(title)}\s++(\p{{Lu}}[\p{{L}}'’\-]*+)", cache=False)

__all__ = ["SpeakerResolution"]


#: A capitalised word of letters and hyphens only (``Ohio``, ``Dallas-Fort``; not ``Calif.``):
#: what :meth:`SpeakerResolution.run_before_comma` reads before a comma.
_PLAIN_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}\p{M}\-]*+")
# a year's number, four digits alone ("in 1998"): a dead person's words quoted from then
_YEAR = regex.compile(r"(?<![\d\p{L}])(?:1[5-9]|20)\d\d(?![\d\p{L}])")
# a run of letters, a word of the text (its punctuation left out)
_WORD_RUN = regex.compile(r"\p{L}++")
_NONBLANK_RUN = regex.compile(r"\S++")  # (a word as str.split reads it, with where it stands)


#: A run of capitalised words on one line (``SkyBlue Airways``), for
#: :meth:`SpeakerResolution.kind_names`; compiled when first asked.
_CAPITALISED_RUN = LazyPattern(
    r"""\p{Lu}[\p{L}\p{M}&'’-]*+            # a capitalised word
        (?:[ ]\p{Lu}[\p{L}\p{M}&'’-]*+)*+   # more, one space before each""",
    regex.VERBOSE,
)


class SpeakerResolution(Segmentation):
    """Names for speaker mentions; remembers the latest speaker for pronouns and carried-on quotes."""

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        super().__init__(vocabulary)
        # (the deal's links casefolded once, not the class tuple per call: deal_counterparty; rvq70)
        self._deal_counterparty_links = frozenset(w.casefold() for w in self.DEAL_COUNTERPARTY_LINKS)

    #: How far after a title-case line the text is searched for a name from it again
    #: (:meth:`in_title_case_only`), so that each search reads a bounded stretch of text.
    MAX_RENAMING_REACH: ClassVar[int] = 20_000
    #: How many mentions of the people index :meth:`described_genders` reads at a time.
    GENDER_CHUNK: ClassVar[int] = 1000
    #: Prepositions (lower case) between a person's role and the body that employs the person
    #: (``a partner at Morgan Stanley``, ``an economist at Barclays``): the name after one is an
    #: employer's, which a person pronoun never stands for (:meth:`named_as_employer`); each
    #: language lists its own.
    #:
    #: .. versionadded:: 0.2 (fixQ66)
    EMPLOYER_PREPOSITIONS: ClassVar[frozenset[str]] = frozenset({"at"})
    #: How many times :meth:`named_as_employer` looks for a name before the pronoun, at most.
    #:
    #: .. versionadded:: 0.2 (fixQ66)
    MAX_EMPLOYER_LOOKS: ClassVar[int] = 50
    #: The most capitalised words between a title and the name it stands before for
    #: :meth:`titles_another` to read the title as the name's own (``Mrs. Justice Ana Ortiz``).
    TITLE_CHAIN: ClassVar[int] = 2
    #: The most words of a role that opens a sentence as its one-person subject for
    #: :meth:`nearer_subject` (``The Russian foreign minister``); a longer phrase is more often
    #: a clause the grammar cut wrong (``The only traditional way forward``).
    MAX_ROLE_WORDS: ClassVar[int] = 4
    #: Players' positions, in lower case, that stand capitalised before a player known by one name
    #: (``Striker Beto``): :meth:`occupation_before_mononym` drops them; before a full name too
    #: (``Hooker Malakai Fekitoa``, ``Guard Stephen Curry``: :meth:`occupation_before_name`).
    #: Empty turns the rule off.
    #:
    #: .. versionchanged:: 0.2 rugby's, basketball's and baseball's positions too, before a full name.
    POSITION_NOUNS: ClassVar[frozenset[str]] = frozenset({
        "striker", "goalkeeper", "goalie", "midfielder", "defender", "winger", "forward", "fullback", "flanker",
        "batter", "pitcher", "quarterback",
        # (rugby, basketball, baseball, American football)
        "hooker", "prop", "centre", "center", "guard", "catcher", "shortstop", "linebacker", "receiver",
        # (rugby's half-backs, baseball's fielders: "Fly-half Jack Crowley", "Outfielder Juan Soto")
        "fly-half", "scrum-half", "outfielder", "infielder",
    })
    #: Titles and players' positions, in lower case and without their period, that stand before
    #: a person's full name and are no word of it, though before one word alone they stay as
    #: written, a surname after a title or a given name that is the position's word too (South
    #: African ``Adv Dali Mpofu``, ``Adv. Ana Ruiz``: an advocate, but ``Adv Tšosane`` stays two
    #: words, which later pronouns can take): :meth:`occupation_before_name` drops one before a
    #: capitalised word of a name of three words or more.  Never a position that is a given name
    #: too (rugby's ``wing`` and ``lock``: ``Wing Yan Chan``, ``Wing Kei Lau`` are Cantonese
    #: names, and no grammar tells them from ``Wing Mack Hansen``; fixR56).  Empty turns the rule
    #: off.
    #:
    #: .. versionadded:: 0.2 (wv56)
    FULL_NAME_TITLES: ClassVar[frozenset[str]] = frozenset({"adv"})
    #: The most words of a place's or a country's name :meth:`place_in_name` looks for in a name
    #: (``Papua New Guinea``).
    MAX_PLACE_WORDS: ClassVar[int] = 4
    #: Words, in lower case, that end a team's or a body's name of two words after a place's
    #: name and are no one's surname (``Manchester United``, ``Leicester City``): with an
    #: organisation's word (``Vocabulary.ORG_WORDS``) the only second words by which
    #: :meth:`place_in_name` reads ``Place Word`` as a body; any other is a person's surname
    #: (``Israel Katz``, ``Paris Hilton``); a market too (``Paris Bourse``).  Empty leaves two
    #: words after a place to a person.
    PLACE_BODY_WORDS: ClassVar[frozenset[str]] = frozenset({
        "united", "city", "town", "rovers", "athletic", "wanderers", "albion", "fc", "afc",
        "bourse", "exchange", "market", "markets",
    })
    #: Words, in lower case, that end a place's name and no person's (``Quezon City``, ``Kent
    #: County``, ``Jeju Province``): :meth:`place_in_name` reads a name of two or more words that
    #: ends in one as a place's, never a pronoun's referent nor a sentence's speaking subject.
    #: Empty turns the rule off.
    #:
    #: .. versionadded:: 0.2 (mendQS70)
    PLACE_NAME_ENDS: ClassVar[frozenset[str]] = frozenset({
        "city", "county", "province", "prefecture", "district", "municipality", "township", "village",
    })
    #: The most letters of a title written without its period that :meth:`abbreviated_title`
    #: reads as an abbreviation of a longer one (``Insp``, ``Gov``, ``Lt``).
    MAX_TITLE_ABBREVIATION: ClassVar[int] = 4
    #: How many words right before a person's name :meth:`owner_gender` reads for a possessive
    #: (``his colleague``, ``her late husband``).
    OWNER_REACH: ClassVar[int] = 3
    #: The most capitalised words of a body's name :meth:`apposed_subject` reads between a
    #: determiner and the role noun set off before a name (``The Federal Reserve chairwoman,
    #: Janet Yellen, spoke``); in a language with ``Vocabulary.CAPITALISED_NOUNS``, none.
    APPOSED_BODY_WORDS: ClassVar[int] = 3
    #: The most lower-case words :meth:`apposed_modifiers` reads before the role noun set off
    #: before a name (``The economy minister, Anne Roy,``; ``Her former chief of staff`` is none).
    APPOSED_MODIFIER_WORDS: ClassVar[int] = 2
    #: The words of the name that :meth:`member_of_body` reads before a body's link when the name
    #: ends in an organisation's word, titles and occupations before it left out: a given name and
    #: a surname (``Devin Park of Crestline Securities``; more words are a body's whole name:
    #: ``Federal Reserve Bank of Boston``).
    #:
    #: .. versionadded:: 0.2
    BODY_MEMBER_NAME_WORDS: ClassVar[int] = 2
    #: Whether a person pronoun goes to a sentence's subject when the person named as its verb's
    #: object may be meant as well and the article shows neither's gender (on: ``Tom Berg met
    #: Ana Ortiz on Monday. She said ...`` gives Tom Berg); off (the default), such a pronoun is
    #: left as written (:meth:`rival_object`).
    SUBJECT_OVER_OBJECT: ClassVar[bool] = False
    #: How many lower-case words (besides titles and role nouns) may stand between a subject's
    #: name and the next person's for that person to be its verb's object (:meth:`names_object`:
    #: ``met``, ``a rencontré``, ``se reunió con``).
    MAX_OBJECT_GAP: ClassVar[int] = 3
    #: The most words from a person pronoun to the comma or sentence end after it for the pronoun
    #: to close or interrupt an attribution (``..., he predicted.``, ``..., he told reporters,``:
    #: :meth:`names_reported_subject`).
    MAX_ATTRIBUTION_TAIL_WORDS: ClassVar[int] = 3
    #: The most words before a name that closes a sentence's opening phrase for a preposition
    #: right before it to make the name that phrase's object (``Face à Jean Dupont, le maire``,
    #: ``Sitting next to Ana Ruiz, the mayor``: :meth:`opening_object`).
    MAX_OPENING_OBJECT_WORDS: ClassVar[int] = 3
    #: How many words may stand before a given name that opens a sentence for
    #: :meth:`introduced_given_name` (a possessive determiner and a kin, person or role noun:
    #: ``His granddaughter Amara, 17,``).
    GIVEN_NAME_LEAD: ClassVar[int] = 2
    #: How many words after a comma and a clause join :meth:`joined_clause_rival` reads for the
    #: joined clause's subject (``, while his colleague Mr Patel said``).
    #:
    #: .. versionadded:: 0.2
    JOINED_SUBJECT_WORDS: ClassVar[int] = 6
    #: The most lower-case words after an article that opens a sentence that :meth:`opens_sentence`
    #: reads as a role no list holds before a name that speaks: a noun and an adjective of it
    #: (``La percebeira Carmen Rial lamentó``, ``El biólogo marino Javier Llorens dijo``).
    #:
    #: .. versionadded:: 0.2
    UNLISTED_ROLE_WORDS: ClassVar[int] = 2
    #: The most sentences of a quotation :meth:`questioned_before` passes over back to the sentence
    #: before it.
    #:
    #: .. versionadded:: 0.2
    MAX_QUOTED_SENTENCES: ClassVar[int] = 6
    #: The most characters :meth:`questioned_before` reads back from the end of the paragraph
    #: before for its last sentence, when the quotation opens its own paragraph (``Asked whether
    #: she would retire, Manson paused.`` / ``"...," she said.``).
    #:
    #: .. versionadded:: 0.2
    MAX_QUESTIONED_SENTENCE: ClassVar[int] = 300
    #: The contractions of an auxiliary (after the apostrophe) that may end a speaker's mention
    #: before the cue, left off it (:meth:`without_auxiliary`: ``You've said``, ``They'll say``).
    #:
    #: .. versionadded:: 0.2
    AUXILIARY_CONTRACTIONS: ClassVar[frozenset[str]] = frozenset({"ve", "d", "ll", "re"})


    def resolve(self, mention: Mention, state: State, description: str | None, *, source: bool = False) -> Speaker | None:
        """A :class:`~newsparse.Speaker` for *mention* in the paragraph being read, its name
        resolved to the fullest form; ``None`` when the mention names no one (``a microphone``:
        :meth:`names_no_one`; ``neither Ortiz nor Berg``: :meth:`is_negative_pair`), unless it is
        a *source* (``according to state records``).  An auxiliary's contraction that ends the
        mention is left off it (:meth:`without_auxiliary`: ``You've said`` names ``You``).  One of
        :attr:`IMPERSONAL_PRONOUNS` (``Man sagte``) and, where subjects drop, one of :attr:`ADVERBS`
        alone (Spanish ``Luego añadió:``) name no one."""
        mention = self.without_auxiliary(mention)
        mention = self.without_participle_phrase(mention)
        if not source and self.PREVERBAL_OBJECT_PRONOUNS:
            told = self.without_object_pronoun(mention, state)
            if told is None:
                return None  # (French "On nous a dit que ...": "nous" the one told, "on" no one)
            mention = told
        text = mention.text
        if not source and (self.names_no_one(text) or self.is_fragment(text) or self.is_negative_pair(text)):
            return None
        if not source and self.is_bare_count(text):
            return None  # ("..., 39 have said they ...": a count of people, no one named)
        if text.casefold() in self._impersonal_pronouns:
            return None  # (German "Man sagte ...", French "On a dit ...": nobody in particular speaks)
        if not source and self.impersonal_after_verb(mention, state):
            return None  # (German "Dem Kölner Dom sagte man nach, ...": "man" speaks, nobody in particular)
        if self.DROPPED_SUBJECTS and (text.casefold() in self._adverbs or text.casefold() in self._time_adverbs):
            # (Spanish "Luego añadió: «...»", "Hoy dijo que ...": the adverb opens a sentence whose subject is dropped)
            return None
        start = state.absolute(mention.start)
        lead = state.paragraph_text[max(0, mention.start - self.names.PRECEDING_WINDOW) : mention.start].split()
        if self.plural_cue_beside(mention, lead[-1] if lead else None, state):
            name = mention.text  # ('„...“, sagten sie.': they, not the woman named before)
        elif self.opens_with_count(mention.text):
            name = mention.text  # ("Près de 200 habitants ont dit": a count of people, no "Près")
        elif self.article_in_title(mention.text.split(), lead[-1] if lead else None):
            name = mention.text  # ("selon Le Monde", "according to The Guardian": the article is the title's)
        elif mention.text.casefold() in self._stressed:
            name = self.stressed_referent(mention.text, start, state, lead[-1] if lead else None)  # ("selon lui")
        elif (given := self.name_given_after(mention, state)) is not None:
            name = given  # ("A trader at the market, who gave her name only as Bisi, said": Bisi)
        elif self.honorific_style(mention.text):
            styled = self.styled_person(mention.text, start, state)
            # ("His Highness Sheikh Ana bin Said ... His Highness said": that person; with no one person given the
            # style before, the style as written, as an unresolved pronoun stays: "His Majesty King Charles ...";
            # a regression trial, merge58)
            name = mention.text if styled is None else styled
        else:
            name = self.resolve_name(mention.text, start, state, lead[-1] if lead else None)
        if name != mention.text and mention.text.casefold() in self._persons and self.quoted_in_opening(name, mention.start, state):
            name = mention.text  # ("Quoting Margaret Thatcher, she said": never the one quoted)
        pronoun = self._stressed.get(name.casefold(), name.casefold())  # ("lui" as "il")
        unresolved = not self.UNRESOLVED_PRONOUN_SPEAKS and name == mention.text and pronoun in self._persons
        if unresolved and self.anyone_named_before(start, state):
            return None  # ("affirme-t-elle" after only a man: no one, not the pronoun)
        if not source and self.unresolved_thing(mention.text, name) and not state.index.any_organisation_before(start):
            return None  # ("Heavy rain is expected. It said more about ..., forecasters warned.": no body named)
        dated = self.is_date_name(name) and not self.kin_named_month(name, lead, state)  # (but "His wife, June, said")
        if dated and self._count_subject.fullmatch(mention.text) is None:
            if self.is_date_name(mention.text):
                return None  # ("May said": a month, never a speaker; but "only 28 said": a count)
            name = mention.text  # ("in May, the company said": the company, not the month)
        # (a name the index does not know may still open with a player's position: "Guard Stephen Curry")
        name = self.known_without_occupation(name, state) if state.index.is_known(name) else self.without_position(name, state)
        if name != text and self.surname_opens_other(text, name, state):
            name = text  # ('Tan Ah Kow ... Mr Ravi Tan ... "...," Tan said': either of them, no one sure)
        return Speaker(name, mention.text, Span(start, state.absolute(mention.end)), description)

    def impersonal_after_verb(self, mention: Mention, state: State) -> bool:
        """Whether *mention* stands right before a verb (a word of letters only) and one of
        :attr:`IMPERSONAL_AFTER_VERB` after it, blanks only between (German ``Dem Kölner Dom
        sagte man nach``, ``Im Rathaus sagt man``): the verb's subject is that pronoun, nobody in
        particular, and the mention is an object or a place.  Always ``False`` in a language that
        lists none (English).

        .. versionadded:: 0.2 (fixQ66)"""
        if not self._impersonal_after_verb:
            return False
        after = state.paragraph_text[mention.end : mention.end + self.PHRASE_WINDOW]
        words = after.split(None, 2)
        if not after[:1].isspace() or len(words) < 2 or not words[0].isalpha():
            return False
        return words[1].rstrip(",.;:").casefold() in self._impersonal_after_verb

    def honorific_style(self, text: str) -> bool:
        """Whether *text* is a style of address alone: one of :attr:`POSSESSIVE_DETERMINERS`, then
        one of :attr:`HONORIFIC_STYLES` (``His Highness``, ``Her Royal Highness``, ``His
        Excellency``), which is no name.

        .. versionadded:: 0.2"""
        words = text.split()
        if len(words) < 2 or words[0].casefold() not in self.POSSESSIVE_DETERMINERS:
            return False
        return " ".join(words[1:]).casefold() in self.HONORIFIC_STYLES

    def styled_person(self, text: str, at: int, state: State) -> str | None:
        """The person the style *text* (:meth:`honorific_style`) stands for at offset *at*: the one
        name the article gives right after the same style before *at* (``His Highness Sheikh
        Mohamed bin Zayed``, maybe with titles between, at most :attr:`MAX_STYLE_TITLE_CHARS`
        characters of words), when all such names are one person's; ``None`` when there is none or
        more than one (a wrong person is worse than none).

        .. versionadded:: 0.2"""
        if state.styles is None:
            state.styles = self.styles_of_address(state)
        read = state.styles.get(" ".join(text.split()).casefold())
        if read is None:
            return None
        ends, names = read
        count = bisect_right(ends, at)
        return names[count - 1] or None if count else None

    def styles_of_address(self, state: State) -> dict[str, tuple[list[int], list[str | None]]]:
        """For :meth:`styled_person`: each style of address the input writes capitalised (``His
        Highness``; not ``in his honour``), where each mention ends and the person it names so
        far, read in one pass: a name the index holds right after the style, with only
        capitalised words between them (titles: ``His Highness Sheikh Mohamed``; not ``His
        Highness the Emir met Tom Berg``), at most :attr:`MAX_STYLE_TITLE_CHARS` characters.

        .. versionadded:: 0.2 (merge58)"""
        found: dict[str, tuple[list[int], list[str | None]]] = {}
        pattern = self._style_of_address
        if pattern is None:
            return found
        text = state.text
        holders: dict[str, set[str]] = {}
        for match in pattern.finditer(text, 0, None, False, KEEP_GIL):
            words = match.group().split()
            if not all(word[:1].isupper() for word in words):
                continue  # ("in his honour": no style of address)
            style = " ".join(words).casefold()
            end = match.end()
            ahead = state.index.people_between(end, end + self.MAX_STYLE_TITLE_CHARS + 1, 1)
            named = holders.setdefault(style, set())
            if ahead:
                gap = text[end : ahead[0].start].split()
                if all(word[:1].isupper() and word.rstrip(".").isalpha() for word in gap):
                    named.add(ahead[0].name)
            ends, names = found.setdefault(style, ([], []))
            ends.append(end)
            names.append(next(iter(named)) if len(named) == 1 else "" if named else None)
        return found

    #: The fewest words of a full name whose first word :meth:`surname_opens_other` reads as a
    #: family name written first (``Tan Ah Kow``, ``Lee Hsien Loong``; not ``Morgan Hale``).
    MIN_FAMILY_FIRST_WORDS: ClassVar[int] = 3

    def surname_opens_other(self, word: str, name: str, state: State) -> bool:
        """Whether *word*, a mention of one capitalised word resolved to *name*, whose last word it
        is, also opens another full name the article gives of at least
        :attr:`MIN_FAMILY_FIRST_WORDS` words (``Tan Ah Kow`` beside ``Ravi Tan``: a family name
        written first), shown as a person's (quoted already, described by a title or a role, or an
        age set off right after its first mention: ``Tan Ah Kow, 41,``; not a body's name the index
        read, ``Trump Tower Grill``), and, when *word* is a given name of the vocabulary, only with
        that age (``Lee Mei Ling, 41,`` beside ``Ms Grace Lee``; ``Morgan Hale`` beside ``Piers
        Morgan`` is two words, no family name first): either may be meant, and a wrong person is
        worse than none.

        .. versionadded:: 0.2"""
        if " " in word or not word[:1].isupper() or name.split()[-1:] != [word]:
            return False
        given = self.vocabulary.is_given_name(word)
        first = self.first_places(state)
        for other, described in self.family_first_names(state).get(word, ()):
            if other != name:
                # (a person, shown so: quoted, described by a title or role, or an age set off after the
                # name, "Tan Ah Kow, 41,"; not a body or a headline's words the index read, "Trump Tower Grill")
                at = first.get(other)
                aged = at is not None and _AGE_AFTER_NAME.match(state.text, at + len(other), at + len(other) + 8) is not None
                if given and not aged:
                    continue  # (a given name first, "Lee", needs the age: "Lee Mei Ling, 41,")
                if other in state.spoken or described or aged:
                    return True
        return False

    def family_first_names(self, state: State) -> dict[str, list[tuple[str, frozenset[str]]]]:
        """The article's full names of at least :attr:`MIN_FAMILY_FIRST_WORDS` words
        (:meth:`surname_holders`), each with its descriptors, by their first word: read once per
        article and kept in :attr:`~newsparse.quotes.model.State.family_first`, so that
        :meth:`surname_opens_other` looks its word up instead of going over every name per mention.

        .. versionadded:: 0.2"""
        if state.family_first is not None:
            return state.family_first
        found: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for names in self.surname_holders(state).values():
            for other, described in names.items():
                words = other.split()
                if len(words) >= self.MIN_FAMILY_FIRST_WORDS:
                    found.setdefault(words[0], []).append((other, described))
        state.family_first = found
        return found

    def without_position(self, name: str, state: State) -> str:
        """*name*, a name the article's index does not know, without a player's position of
        :attr:`POSITION_NOUNS` or a title of :attr:`FULL_NAME_TITLES` before a full name
        (:meth:`occupation_before_name`) that the index knows or the name model reads as a
        person's whole name (``Guard Stephen Curry``, ``Centre Mike Tindall``: the position word
        is a body's word too, so the index kept no name); *name* as it is otherwise.

        .. versionadded:: 0.2
        """
        words = name.split()
        first = words[0].rstrip(".,").casefold() if words else ""
        if len(words) < 3 or (first not in self.POSITION_NOUNS and first not in self.FULL_NAME_TITLES):
            return name  # (a position, or a title before a full name only: "Adv. Dali Mpofu")
        if not self.occupation_before_name(words[0], words[1]):
            return name
        rest = " ".join(words[1:])
        if len(words) == 3 and self.either_given(words[1].casefold()) and words[2][:1].isupper():
            return rest  # ("Batter Aaron Judge": a given name, then a surname that is a title word too)
        return rest if state.index.is_known(rest) or self.names.is_name(rest) else name

    def lists_groups(self, text: str) -> bool:
        """Whether *text*, a mention, is a list of people named by nouns, set off by commas and
        joined by one of :attr:`SUBJECT_JOINS` (``Residents, shopkeepers and farmers``, ``The mayor,
        the governor and the sheriff``): every part a group of ``SpeakerGrammar.listed_group``, so
        the mention names them all as written.

        .. versionadded:: 0.2
        """
        parts, part = list[str](), list[str]()
        for word in text.split():
            if word in self.SUBJECT_JOINS or word.endswith(","):
                if not word.endswith(",") or word[:-1] in self.SUBJECT_JOINS:
                    parts.append(" ".join(part))
                    part = []
                else:
                    parts.append(" ".join([*part, word[:-1]]))
                    part = []
                continue
            part.append(word)
        parts.append(" ".join(part))
        named = [p for p in parts if p]
        return len(named) >= 3 and all(self.listed_group(p) for p in named)

    def article_in_title(self, words: Sequence[str], preceding: str | None) -> bool:
        """Whether *words*, a mention, are a capitalised definite article and capitalised words
        after it inside a sentence: *preceding*, the word before, ends in a letter or a comma, a
        closing quotation mark after it too (``selon Le Monde``, ``según El País``, ``according to
        The Guardian``, ``..., The Times reported``): an outlet's or a work's title, the article
        part of it, so the mention as written; never an indefinite article (``A``), a title or a
        role after the article (``said The Rev. Al Sharpton``: the person), a possessive (``The
        Washington Post's Ed O'Keefe``: the paper's reporter speaks), a word in lower case (``The
        Clinton campaign``), nor a sentence's first word (``The Guardian said``: the article may
        be the sentence's capital).

        .. versionadded:: 0.2
        """
        if len(words) < 2 or not words[0][:1].isupper() or not self.vocabulary.is_article(words[0]):
            return False
        if words[0].casefold() in self._indefinites:
            return False
        before = (preceding or "").rstrip("".join(self._name_closers))
        if not before or not (before[-1].isalpha() or before[-1] == ","):
            return False
        if any(strip_possessive(w) != w for w in words[1:]):
            return False  # ("The Washington Post's Ed O'Keefe": the paper owns the person who speaks)
        rest = [w.rstrip(",") for w in words[1:]]
        return all(w[:1].isupper() and not self.is_occupation(w, by_ending=False) for w in rest)

    def quoted_in_opening(self, name: str, at: int, state: State) -> bool:
        """Whether *name*, the referent found for a person pronoun at *at* in the paragraph, is the
        one quoted by the sentence's opening: a participle of the vocabulary's
        ``CITING_PARTICIPLES`` opens the pronoun's sentence and the words up to its first comma
        before the pronoun hold the name's last word (``Quoting Margaret Thatcher, she said``:
        the pronoun is the one who quotes, never Thatcher).

        .. versionadded:: 0.2
        """
        if not self.vocabulary.CITING_PARTICIPLES or not name.split():
            return False
        index = bisect_right(state.sentence_starts, at) - 1
        start = state.sentence_starts[index] if index >= 0 else 0
        head = state.paragraph_text[start:at].lstrip("".join(self._marks) + " ")
        comma = head.find(",")
        words = head[:comma].split() if comma > 0 else []
        if len(words) < 2 or not self.names.is_quoting_participle(words[0]):
            return False
        last = strip_possessive(name.split()[-1])
        return any(strip_possessive(w) == last for w in words[1:])

    def without_object_pronoun(self, mention: Mention, state: State) -> Mention | None:
        """*mention* without one of :attr:`PREVERBAL_OBJECT_PRONOUNS` that ends it after other
        words, no coordinator before it (Spanish ``El ministro nos dijo``: ``El ministro``); ``None``
        when the mention is one alone and is the verb's object: where subjects drop
        (:attr:`DROPPED_SUBJECTS`: ``Nos dijo que ...``), or after a word of letters that may be
        the subject, none of :attr:`PREPOSITIONS`, :attr:`ACCORDING_TO`, :attr:`CONJUNCTIONS`,
        :attr:`COORDINATORS` or :attr:`ADVERBS` (French ``On nous a dit que ...``, ``Le ministre
        nous a dit``; not ``selon lui``, ``Nous avons dit``).

        .. versionadded:: 0.2 (fixQ60)"""
        words = mention.text.split()
        if not words or words[-1].casefold() not in self.PREVERBAL_OBJECT_PRONOUNS:
            return mention
        if len(words) > 1 and not words[-1].islower():
            return mention  # (a capitalised last word is a name's: "Anh Le")
        if len(words) > 1:
            if words[-2].casefold() in self._coordinators:
                return mention  # ("Les habitants et nous": both)
            kept = mention.text[: mention.text.rstrip().rfind(words[-1])].rstrip()
            return Mention(kept, mention.start, mention.start + len(kept))
        if self.DROPPED_SUBJECTS:
            return None
        lead = state.paragraph_text[max(0, mention.start - self.NAMED_WINDOW) : mention.start].split()
        return None if lead and self.may_precede_object_pronoun(lead[-1]) else mention

    def without_auxiliary(self, mention: Mention) -> Mention:
        """*mention* without an auxiliary's contraction of :attr:`AUXILIARY_CONTRACTIONS` that ends it
        (``You've``, ``She'd``, ``They'll``, with a straight or a curly apostrophe): the subject
        of ``You've said that ...`` is ``You``.  ``'s`` stays: it may be a name's own
        (``McDonald's said``).

        .. versionadded:: 0.2"""
        text = mention.text
        mark = max(text.rfind("'"), text.rfind("’"))
        if mark <= 0 or text[mark + 1 :].casefold() not in self.AUXILIARY_CONTRACTIONS or not text[mark - 1].isalpha():
            return mention
        cut = len(text) - mark
        return Mention(text[:mark], mention.start, mention.end - cut)

    #: Marks that end a speaker's phrase before a participle of :meth:`without_participle_phrase`
    #: could describe its noun (``Jane Whitfield, treating the wounded,``: set off, no post-modifier).
    #:
    #: .. versionadded:: 0.2 (fixQ70)
    PARTICIPLE_MENTION_BREAKS: ClassVar[str] = ",;:()—–\"“”«»"

    def without_participle_phrase(self, mention: Mention) -> Mention:
        """*mention* cut after its head noun when a participle's phrase follows that noun and tells
        who it is (``Doctors treating Jane Whitfield``, ``Lawyers representing the family``,
        ``Rescuers searching for the hikers``, ``Diplomats briefed by Jane Roe``): the noun's
        people speak, never the participle's object.  The noun is one that may name a speaker
        (:meth:`is_person_noun`), no determiner or possessive; the participle a word in lower
        case with :attr:`GERUND_SUFFIX` or :attr:`PAST_SUFFIX` right after it, with words after it
        that show it takes an object (:meth:`participle_object_follows`).  *mention* as it is
        otherwise (``The bank holding company``, ``Police training manuals``: a compound).

        .. versionadded:: 0.2 (fixQ70)"""
        text = mention.text
        if not self.GERUND_SUFFIX or len(text.split(None, 2)) < 3:
            return mention
        words = list(self._word.finditer(text))
        breaks = self.PARTICIPLE_MENTION_BREAKS
        for k in range(1, len(words) - 1):
            if any(c in breaks for c in text[words[k - 1].start() : words[k].start()]):
                return mention
            word = words[k].group()
            if not word.isalpha() or not word.islower():
                continue
            before = words[k - 2].group() if k >= 2 else None
            rest = [m.group() for m in words[k + 1 :]]
            if self.participle_head(words[k - 1].group(), before) and self.participle_object_follows(word, rest):
                end = words[k - 1].end()
                return Mention(text[:end], mention.start, mention.start + end)
        return mention

    def participle_head(self, noun: str, before: str | None) -> bool:
        """Whether *noun*, the word before a participle (*before* the word before it, if any), may
        be the head that a participle's phrase describes: a noun that may name a speaker
        (:meth:`is_person_noun`), no determiner nor possessive, no pronoun (:attr:`PRONOUNS`,
        :attr:`DEMONSTRATIVE_PRONOUNS`, :attr:`INDEFINITE_SUBJECTS`, or one of :attr:`HEAD_WORDS`
        that is none of :attr:`GROUP_NOUNS`: ``Anybody doubting his plan``, ``those living
        near ...``, whom only the phrase describes), and no singular noun right after a
        determiner (``the union negotiating team``: a compound's first part).

        .. versionadded:: 0.2 (fixQ70)"""
        low = noun.casefold()
        if strip_possessive(noun) != noun or low in self._determiners or not self.is_person_noun(low):
            return False
        if low in self._pronoun_heads or (low in self._head_words and low not in self._groups):
            return False  # ("Anybody doubting his plan", "those living near ...": the phrase tells who)
        return not (before is not None and before.casefold() in self._determiners and not low.endswith("s"))

    def participle_object_follows(self, participle: str, rest: Sequence[str]) -> bool:
        """Whether *participle*, a word in lower case, opens a phrase with the words *rest* after it
        rather than a compound: in :attr:`GERUND_SUFFIX` before a name, one of :attr:`DETERMINERS`,
        :attr:`POSSESSIVE_DETERMINERS`, :attr:`PREPOSITIONS` or :attr:`PARTICIPLE_PREPOSITIONS`
        (``treating Jane Whitfield``, ``representing the family``, ``living near the port``), or one of :attr:`PARTICIPLES` before
        anything (``warning residents``); in :attr:`PAST_SUFFIX` before one of :attr:`PREPOSITIONS`
        and a phrase that holds a capitalised word (``briefed by Jane Roe``, ``surveyed by Reuters``;
        not ``briefed on the plan``: the whole phrase is the speaker's).  ``The bank holding company`` and
        ``Police training manuals`` are compounds.  A gerund's stem has two letters at least
        (``Students using TikTok``, ``Investors suing Acme``).  A preposition of
        :attr:`MEMBER_PREPOSITIONS` before a name is no participle (``Analysts including Jane
        Whitfield said``: the name it adds speaks; ``Analysts including the bank's economists said``
        still the analysts), nor one of :attr:`VERBLESS_PREPOSITIONS` (``Shoppers during Ramadan
        said``); any other word of :attr:`GERUND_PREPOSITIONS` is (``Fans following Lazio said``:
        the fans).

        .. versionadded:: 0.2 (fixQ70)

        .. versionchanged:: 0.2 (mendQC70) gerunds of a two-letter stem (``using``, ``suing``).
        .. versionchanged:: 0.2 no word of :attr:`GERUND_PREPOSITIONS` before a name (rvq70)
        .. versionchanged:: 0.2 only :attr:`MEMBER_PREPOSITIONS` so; :attr:`PARTICIPLE_PREPOSITIONS` (fixQ71)
        .. versionchanged:: 0.2 :attr:`VERBLESS_PREPOSITIONS` so too (halfQ71b)"""
        first = rest[0] if rest else ""
        low = first.casefold()
        if first[:1].isupper() and (participle in self._member_prepositions or participle in self._verbless_prepositions):
            # ("Analysts including Jane Whitfield said": a preposition, the name it adds the speaker;
            # "Shoppers during Ramadan said": no verb's participle, the words as written)
            return False
        if self.GERUND_SUFFIX and participle.endswith(self.GERUND_SUFFIX) and len(participle) > len(self.GERUND_SUFFIX) + 1:
            if participle in self._participles:
                return True
            opener = low in self._determiners or low in self._possessive_determiners or low in self._prepositions
            opener = opener or low in self._participle_prepositions  # ("Residents living near the port")
            return first[:1].isupper() or opener
        if self.is_past_verb(participle):
            # (a name in the phrase, which would be read as the speaker: "Officials briefed by Jane Roe";
            # "People briefed on the plan" is whole)
            return low in self._prepositions and any(w[:1].isupper() for w in rest)
        return False

    def kin_named_month(self, name: str, lead: Sequence[str], state: State) -> bool:
        """Whether *name*, a month's name, is a person's given name all the same: set off by
        commas right after a kin word (``His wife, June, said``: the word before is ``wife,``),
        or the name of the last speaker, whom only that could have named (``She said`` after
        it).

        .. versionadded:: 0.2
        """
        if self.kin_comma(lead[-1] if lead else None):
            return True
        return state.last_speaker is not None and state.last_speaker.name == name

    def first_person_owned(self, mention: str) -> bool:
        """Whether a speaker's *mention* holds a word of :attr:`FIRST_PERSON_WORDS` (``My
        mother``, ``our neighbours``): someone the writer or
        the one who answers describes by their own relation to them, so never the one a later
        first-person pronoun outside quotation marks stands for.

        .. versionadded:: 0.2
        """
        words = mention.split()
        # (a first-person pronoun alone, resolved before, "I said", is no one described)
        return len(words) > 1 and any(w.casefold() in self._first_person for w in words)

    def opens_with_count(self, text: str) -> bool:
        """Whether *text* opens with one of :attr:`COUNT_LEADS` and a number in digits (``Près de
        200 habitants``, ``Más de 200 vecinos``, ``Nearly 200 residents``): a count of people, kept
        as written, never resolved to a name from its capitalised first word.

        .. versionadded:: 0.2"""
        low = text.casefold()
        for lead, size in self._count_leads:
            if low.startswith(lead) and low[size : size + 1] == " ":
                number = low[size + 1 :].split(None, 1)[0] if low[size + 1 :].strip() else ""
                return number.replace(",", "").isdigit()  # (not "the 63-year-old senator": an age, one person)
        return False

    def is_bare_count(self, text: str) -> bool:
        """Whether *text* is a number alone, in digits (``39``, ``21,000``): the subject of a clause
        that reports what so many people said (``..., 39 have said they ...``), but the name of no
        one, so never a speaker; a count after one of :attr:`COUNT_LEADS` reads as a phrase and
        stays (``at least 21,000``, like ``24 percent``).

        .. versionadded:: 0.2
        """
        # (the first character first: most mentions open with a letter, and the pattern is not run)
        return text.strip()[:1].isdigit() and self._count_subject.fullmatch(text) is not None

    def unresolved_thing(self, mention: str, name: str) -> bool:
        """Whether the *mention* is one of :attr:`THING_PRONOUNS` (``It``) that resolved to no body
        (its *name* is the mention as written) and :attr:`UNRESOLVED_THING_SPEAKS` is false: its
        quote has no speaker when the article's index names no organisation before it either
        (``Heavy rain is expected on Friday. It said more about the season ...``: no antecedent;
        after ``SHV (Nederland) BV said ...`` an ``It`` the rules did not resolve stays as written).

        .. versionadded:: 0.2 (fixQ67b)
        """
        return not self.UNRESOLVED_THING_SPEAKS and name == mention and mention.casefold() in self._things

    @staticmethod
    def anyone_named_before(at: int, state: State) -> bool:
        """Whether the article's index names anyone before *at*: a pronoun for one person that
        resolves to no one then leaves its quote without a speaker (:attr:`UNRESOLVED_PRONOUN_SPEAKS`
        false: ``affirme-t-elle`` after only a man), but with no one named at all it is the speaker
        as written, as in English (``Le vote était serré. « ... », a-t-elle dit.``: ``elle``).

        .. versionadded:: 0.2
        """
        return bool(state.index.people_between(0, at, 1))

    def stressed_referent(self, text: str, at: int, state: State, preceding: str | None) -> str:
        """The name a pronoun of :attr:`STRESSED_PRONOUNS` refers to (French ``selon lui``): the
        one its subject pronoun would (``il``), or *text* as written when that finds no one.

        .. versionadded:: 0.2
        """
        subject = self._stressed[text.casefold()]
        name = self.resolve_name(subject, at, state, preceding)
        return text if name == subject else name

    def firm_after_trade_noun(self, words: Sequence[str]) -> str | None:
        """The name of a firm a mention's *words* give after the noun of its trade (a business noun
        of the vocabulary's ``COMPANY_NOUNS``: ``Stanley-based operator Fortuna Ltd``, ``Ferry
        operator Fortuna Ltd``, ``the carmaker Fortuna Motors``), the noun in lower case (``Bank
        Negara`` is a name): the capitalised words after the noun, at most :attr:`MAX_NAME_WORDS`
        of them, none a title or a role noun (not ``carmaker Acme Inc CEO Tom Berg``), when only
        modifiers stand before the noun: an article, words in lower case that are no preposition,
        determiner, ``of`` nor coordinator, a hyphened modifier (``Stanley-based``), or a
        capitalised first word; ``None`` otherwise (``a spokesman for
        carmaker Fortuna Motors``: the spokesman speaks).

        .. versionadded:: 0.2 (mendQT71)"""
        if len(words) < 2:
            return None
        vocabulary = self.vocabulary
        noun = next((i for i in range(len(words) - 2, -1, -1) if vocabulary.is_company_noun(words[i].casefold())), None)
        if noun is None or not words[noun][:1].islower():
            return None  # (a capitalised noun is the firm's own name's: "Bank Negara", "Business Day")
        tail = words[noun + 1 :]
        if len(tail) > self.MAX_NAME_WORDS or not all(w[:1].isupper() for w in tail):
            return None
        if any(vocabulary.is_title(w.rstrip(".,")) or vocabulary.is_role_noun(w.rstrip(".,").casefold()) for w in tail):
            return None
        for i, word in enumerate(words[:noun]):
            low = word.casefold()
            if low in self._determiners and i == 0 and low not in self._indefinites:
                continue  # ("the carmaker Fortuna Motors")
            if "," in word or low in self._prepositions or low in self._of or low in self._determiners or low in self._coordinators:
                return None
            if not (word[:1].islower() or i == 0 or word.rpartition("-")[2].islower()):
                return None  # (a capitalised word inside: "Acme Group operator ...", another body's name)
        return " ".join(tail).rstrip(".,")

    def described_outlet(self, words: Sequence[str]) -> bool:
        """For :meth:`resolve_name`: whether *words* are an outlet told by what it is rather than
        named (``Iranian state TV``, ``French state radio``, ``local media``): the last word one of
        :attr:`MASTHEAD_WORDS` (any case: ``TV``), a word before it in lower case one of
        :attr:`OUTLET_WORDS` (``state``, ``local``); the mention is then kept as written, never its
        last word read as a name (``TV``).  Not ``Fox News``, ``The Sunday Times``: names.  A
        broadcaster of :meth:`~newsparse.quotes.grammar.SpeakerGrammar.described_broadcaster` too
        (``Iranian TV``, ``State television``).

        .. versionchanged:: 0.2 a country's adjective or a capitalised qualifier before the noun (q54).

        .. versionadded:: 0.2
        """
        if self.described_broadcaster(words):
            return True  # ("Iranian TV", "State television": SpeakerGrammar.described_broadcaster)
        if len(words) < 2 or words[-1].casefold() not in self._mastheads:
            return False
        return any(w.islower() and w in self._outlet_words for w in words[:-1])

    def named_publication(self, words: Sequence[str]) -> str | None:
        """For :meth:`resolve_name`: the name of a publication told by its kind, the words from a
        determiner written with a capital right after a word of :attr:`PUBLICATION_NOUNS` (or a
        word ending in one) to the mention's end, every one capitalised (``el diario El País`` ->
        ``El País``, ``le quotidien Le Monde`` -> ``Le Monde``, ``die Zeitung Die Welt`` -> ``Die
        Welt``); ``None`` for anything else (``el diario El País y el ministro``, ``der Zeitung``).

        .. versionadded:: 0.2 (lang57)"""
        if not self._publication_nouns or len(words) < 3:
            return None
        for i in range(1, len(words) - 1):
            word = words[i]
            if word.casefold() not in self._determiners or not word[:1].isupper() or word.isupper():
                continue
            if not words[i - 1].casefold().endswith(self._publication_nouns):
                continue
            if all(w[:1].isupper() and w.rstrip(".,").replace("-", "").isalpha() for w in words[i + 1 :]):
                return " ".join(words[i:])
        return None

    def generation_after(self, text: str, at: int, state: State) -> bool:
        """Whether one of :attr:`GENERATION_WORDS` follows the mention *text* at *at* (``Mr Hale
        senior said``): a parent or a child of one name, whom the index's fullest name for the
        words may not be (``Paul Hale, 71, ... Mr Hale junior said``: not Paul Hale), so the
        mention stays as written.

        .. versionadded:: 0.2
        """
        if not self._generation_words or state.text[at : at + len(text)] != text:
            return False
        following = state.text[at + len(text) : at + len(text) + self.NAMED_WINDOW].split()[:1]
        return bool(following) and following[0].rstrip(",.") in self._generation_words

    def resolve_name(self, text: str, at: int, state: State, preceding: str | None = None) -> str:
        """The full name a mention refers to.

        - ``he``/``she``: the first person named earlier in the paragraph as a sentence's subject
          (outside quotation marks), else the last speaker, else the last person named; other
          pronouns: the last speaker;
        - a name (``Putin``, ``Russian President Vladimir Putin``): the longest matching name;
        - a role (``the French foreign minister``): the person named with those titles, unless an
          indefinite determiner opens it (``a top aide``: someone new, the mention as written);
        - an organisation word (``the ministry``, ``the company``): the organisation named before;
        - a phrase with a relative clause and no comma (``A witness who saw Ana Ortiz``): the
          mention as written (the person is unnamed; the name in the clause is someone else);
        - a phrase that ends with a name in quotation marks (``Critics of "Harbour First"``): the
          mention as written;
        - anything else (``Analysts``): the mention as written.
        """
        words = text.split()
        if words and words[-1][:1].isupper() and self.generation_after(text, at, state):
            return text  # ("Mr Hale junior said": one of two of that name, which the article may not tell apart)
        if len(words) > 1 and words[0].casefold() in self.SOURCE_OPENERS:
            # (Spanish "Desde la CGT advirtieron": the body after the preposition)
            after = words[2:] if len(words) > 2 and words[1].casefold() in self._determiners else words[1:]
            named = self.resolve_name(" ".join(after), at, state)
            if named.split()[:1] and named.split()[0].casefold() in self.SOURCE_OPENERS:
                named = " ".join(after)  # (the index read the opening preposition into a body's name: "Desde la Unión ...")
            return named if named[:1].isupper() else text
        if self.described_outlet(words):
            return text  # ("Iranian state TV reported": the outlet as written, never "TV")
        publication = self.named_publication(words)
        if publication is not None:
            return publication  # ("el diario El País": "El País", never "País")
        if "," in text and self.lists_groups(text):
            return text  # ("Residents, shopkeepers and farmers": all of them, as written)
        traded = self.firm_after_trade_noun(words)
        if traded is not None:
            return traded  # ("Stanley-based operator Fortuna Ltd": the firm, never its trade)
        owned = self.owned_person(words)
        if owned is not None:
            # ("St. Mary's Jo Reed", "Ohio State's Mia Park": the person, never the body before her)
            return self.resolve_name(owned, at, state, preceding)
        firm = self.owned_firm_name(words)
        if firm is not None:
            return firm  # ("Dreyer's Grand Ice Cream said": the firm's name with its apostrophe, no "Dreyer Grand")
        firm_role = self.role_at_owned_firm(words)
        if firm_role is not None:
            # ("The Lloyd's of London chairman said": someone unnamed, never "Lloyd"; "Lloyd's of London
            # chairman John Nelson said": the man; mendQ68c)
            named_after = words[firm_role[1] :]
            return self.resolve_name(" ".join(named_after), at, state, words[firm_role[1] - 1]) if named_after else text
        defined = self.defined_acronym(words, at, state)
        if defined is not None:
            return defined  # ("the JCS said" after "South Korea's Joint Chiefs of Staff (JCS)": the body)
        if len(words) > 1 and self.is_bracketed_acronym(words[-1]):
            # ("the Turkish State Meteorological Service (MGM)": the body's name, without its acronym)
            return self.resolve_name(" ".join(words[:-1]), at, state, preceding)
        inner = next(
            (i for i, w in enumerate(words[1:-1], 1)
             if self.is_bracketed_acronym(w) and words[i - 1][:1].isupper() and all(v[:1].isupper() for v in words[i + 1 :])),
            None,
        )
        if inner is not None:
            # ("The National Health Service (NHS) Confederation": the body's whole name, without its acronym; fixTq68)
            lead_at = 1 if words[0].casefold() in self._determiners else 0
            return self.resolve_name(" ".join(words[lead_at:inner] + words[inner + 1 :]), at, state, preceding)
        bracketed = next((i for i, w in enumerate(words[2:-1], 2) if self.is_bracketed_age(w) and words[i - 1][:1].isupper()), None)
        if bracketed is not None:
            # ("Farmer Tom Berg (54) from Leeds": the name and its place, without the age in brackets; mendQ64)
            return self.resolve_name(" ".join(words[:bracketed] + words[bracketed + 1 :]), at, state, preceding)
        if len(words) > 1 and words[-1][-1:] in self._name_closers and words[-1][:1] not in self._marks:
            return text  # ('Critics of "Harbour First"', 'The author of "The Long Road"': a quoted name ends it, no person's)
        if len(words) > 2 and self.names.is_post_nominal(words[-1]) and words[0].casefold() not in self._determiners:
            # ("Helen Park KC": Helen Park; not "The Labour MP", a role whose determiner names no one before the letters)
            return self.resolve_name(" ".join(words[:-1]), at, state, preceding)
        if "," not in text and any(w in self._relatives for w in words[1:-1]):
            return text  # ("A lawyer who represents the company": not the company)
        if words and strip_possessive(words[-1]) != words[-1] and self.possessive_firm(words):
            # ("McDonald's said", "Moody's said": the firm's name as written; but "Tom Berg runs the
            # shop. Berg's said ...": "has", the man named before)
            plain = " ".join(strip_possessive(w) for w in words)
            named = self.resolve_name(plain, at, state, preceding)
            return named if named != plain else text
        if self.names_verb_object(words, preceding) or self.names_agent(words) or self.names_compiler(words):
            return text  # ("The doctor treating Ana Ruiz": the doctor, unnamed; not Ana Ruiz)
        if len(words) == 1 and words[0].casefold() in self._pronouns:
            if words[0].casefold() in self._persons:
                agreeing = self.agreeing_subject(words[0], at, state)
                if agreeing is not None:
                    return agreeing  # ('Her deputy, Maria Koval, agreed. "...," she said.': the one who agreed)
                referent = self.person_referent(text, at, state)
                if referent != text and self.quoting_verb_name(referent):
                    return text  # ('Quoting Thatcher, he said': the verb and whom it quotes, no one named)
                if referent != text and referent in self.firm_names(state) and not self.shown_as_person(referent, at, state):
                    return text  # ('Ralph Lauren Corp ... Ralph Lauren said ... "...," he said.': a firm)
                if referent != text and self.names_organisation(referent, state):
                    return text  # ('The Harbour Museum reopened. "...," she said.': never the museum)
                if referent != text and self.shown_as_body(referent, at, state):
                    # ('..., according to the advocacy group Common Cause.' / '"...," she added.': never the group;
                    # a person of her gender named since, or no one)
                    return self.person_of_gender_after(referent, text, at, state) or text
                if referent != text and self.body_referent(referent):
                    return text  # ("Prices, the bank said, will rise, and she warned ...": never the bank)
                if referent != text and self.named_as_employer(referent, at, state):
                    return text  # ('Jo Reed, an analyst at Morgan Stanley, ... She told ...': never the bank)
                if referent != text and (self.place_in_name(referent) or self.placed_before_name(referent, at, state)):
                    return text  # ('Air New Zealand said ... "...," she said.': a body named by its place, no one)
                if self.other_gender(referent, text, state) or self.subject_other_gender(referent, text, at, state):
                    # ("Ana Ortiz arrived with her husband, Tom Berg. He said ...": the one other person)
                    return (
                        self.other_person(referent, text, at, state)
                        or self.previous_paragraph_person(referent, text, at, state)
                        or self.sole_named_of_gender(referent, text, at, state)
                        or self.named_kin(referent, text, at, state)
                        or self.apposed_owner(referent, text, at, state)
                        or text
                    )
                if self.shown_other_gender(referent, text, at, state):
                    return text  # ('Ana Ruiz said ... She thanked her staff. "...," he said.': not her)
                if self.someone_else_of_gender(referent, text, at, state) or self.rival_object(referent, text, at, state):
                    return text
                low = words[0].casefold()
                if state.clause_genders.get(referent) not in (None, "", low):
                    return text  # ("Ana Ortiz told Tom Berg she would resign. He said ...": not her)
                if self.other_pronoun(referent, text):
                    return text  # ('Her brother said: "..." She said ...': someone else)
                if self.names_reported_subject(referent, at, state):
                    return text  # ("Ruiz would resign, he predicted.": not Ruiz, who would be "he")
                return referent
            last = state.last_speaker
            if words[0].casefold() in self._first_person and not self.in_quoted_words(state.text, at):
                turn = self.turn_person(at, state)
                if turn is not None:
                    return turn  # ('MOKOENA: The port is safe, the minister said. I said that ...': Mokoena)
            if (
                words[0].casefold() in self._first_person
                and not self.in_quoted_words(state.text, at)
                and not self.in_transcript_turn(state.text, at)
            ):
                return text  # ('Ana Ortiz argues ... I think she is wrong.': the writer, never the one named before)
            if last is not None and words[0].casefold() in self._first_person and self.speaks_later(last, at):
                return text  # ('I asked Tom Hale whether ... "...," he said.': not the speaker named after it)
            if last is not None and words[0].casefold() in self._first_person and last.name.casefold() in self._pronouns:
                return text  # (the writer's "I" after a "we" left as written: neither is anyone named)
            if words[0].casefold() in self._things:
                named_body = self.own_sentence_body(at, state)
                if named_body is not None:
                    # ("The FCA said ..." then "The Bank of England raised rates, it said": the
                    # sentence's own organisation, the nearest antecedent, not the last speaker)
                    return named_body
                own = self.own_sentence_organisation(at, state)
                if own is not None and (last is None or last.name == own or not self.may_be_thing(last, state)):
                    # ("Nissan Motor will cut 20,000 jobs, it said on Tuesday": the firm; but after "Georgia
                    # Power said ...", "Unit Two is 60 pct complete, it added" is still Georgia Power's)
                    return own
                opening = self.sentence_before(at, state)
                # ("Shares of Lumen Tech Inc. rose 2%. It said ...": the firm the shares are of)
                body = self.stake_firm(opening) if opening is not None else None
                if body is not None and opening is not None and self.name_goes_on(opening, body):
                    body = None  # ("The Organisation for Economic ... forecast": more than "Organisation")
                if body is None and opening is not None:
                    body = self.opening_body(opening)  # ("The regulator ...", "The Bank of England ...")
                if body is not None and (last is None or last.name == body or not self.may_be_thing(last, state)):
                    return body  # ("Acme Tools Corp filed for an offering. It said ...": the company)
                if (
                    body is not None and last is not None and opening is not None
                    and self.other_body_opens(body, last, opening, at, state)
                ):
                    return body  # ("... the Kiel Institute said. The court issued its ruling. It said ...": the court)
                if body is None and opening is not None and self.opening_person(opening) and not self.document_subject(opening):
                    # ("A federal judge ruled ... It said ...": no person is "it", nor the last speaker; not "A plan
                    # put forward by ...": a document, "forward" no player; fixQ69)
                    return text
                if (
                    body is None and opening is not None and self.document_subject(opening)
                    and (last is None or not opening.casefold().startswith(last.mention.casefold()))
                ):
                    # ("A report published on Tuesday found that ... It said ...": the new report, or its
                    # author named after "by"; not the last speaker, unless it is that report: fixQ68)
                    return self.document_author(opening) or self.speaking_document(opening) or text
                if last is not None and opening is not None and self.calls_itself(last, words[0], opening):
                    return last.name  # ("Stanley Works said it has acquired ... It said ...": a firm, not Stanley)
                if last is not None and opening is not None and self.other_thing_subject(last, opening, at, state):
                    return text  # ("Doctors Without Borders has two clinics. '...,' it said" after another body spoke)
            if last is not None and words[0].casefold() in self._first_person and self.first_person_owned(last.mention):
                return text  # ('My mother used to say, "..." I think she was right': not the mother)
            if last is not None and words[0].casefold() in self._things and not self.may_be_thing(last, state):
                body = self.body_spoken_before(at, state)
                if body is not None:
                    return body  # ('Acme Corp said ... Its chief Tom Berg said ... It said ...': the company)
                return text  # ('Prices rose, industry sources said. It said ...': no person is "it")
            if last is not None and (words[0].casefold() not in self._plurals or self.may_be_plural(last, state)):
                return last.name
            return text  # ("Ana Ortiz said ... '...,' they said.": not her alone; nobody sure)
        if self.is_share(words):
            return text  # ("Nine of 10 voters", "One in three": a share of people, no name)
        linked = self.linked_body_name(words)
        if linked is not None and not self.surname_holders(state).get(linked.split()[0]):  # (not "Ortiz for ...": rvq67)
            return linked  # ("according to Save the Children", "said Doctors Without Borders": the body whole)
        campaign = self.name_with_determiner(words)
        if campaign is not None:
            return campaign  # ("Save Our Village Schools said": the campaign's name whole, not "Village Schools")
        ranked = self.ranked_namesake(words, at, state)
        if ranked is not None:
            return ranked or text  # ("the elder Haddad": the older of the Haddads, or no one sure)
        firm = self.ampersand_firm(words)
        if firm is not None:
            return firm  # ("Johnson & Johnson", "Procter & Gamble": one firm, neither half a person)
        if self.plural_group_mention(words, state):
            return text  # ("Freunde des Opfers", "Amigos de la víctima": many people, no one named "Amigos")
        organisation = self.head_first_organisation(words) or self.plural_head_body(words)
        if organisation is not None:
            return organisation  # "la Comunidad de Madrid", "the Centers for Disease Control and Prevention"
        portfolio = self.portfolio_name([strip_possessive(w).rstrip(",") for w in words])
        if portfolio is not None:
            # ("Minister for Foreign Affairs and Trade Penny Wong": the name after the portfolio, no word of it)
            return self.resolve_name(" ".join(portfolio), at, state)
        joins = [i for i, w in enumerate(words[1:-1], 1) if w in self._coordinators]
        if joins and (self.join_in_body(words, joins[0], preceding) or self.joined_body_name(words, joins[0])):
            joins = []  # ("Dr. Ana Ruiz of the Department of Health and Human Services": one person)
        role = self.role_after_firm(words, joins, state) if joins else None
        role = role if role is not None or not joins else self.joined_titles_end(words, joins[0])
        role = role if role is not None or not joins else self.joined_nouns_end(words, joins[0])
        if role is not None:
            # ("Marks and Spencer chairman Archie Norman": a firm's name before a role, one person)
            return self.resolve_name(" ".join(words[role:]), at, state, preceding)
        if joins and self.group_of_listed(words, joins[0], preceding):
            return text  # ("The foreign ministers of France, Jean Roe, and Italy, Luca Neri": all of them, as written)
        if joins and self.listed_modifier_noun(words):
            return text  # ("A Memphis Light, Gas and Water spokesperson": a role, no one named)
        if joins:  # "Cummings and Conyers": each name resolved
            join = joins[0]
            placed = [i for i, w in enumerate(words[1:join], 1) if w in self._locatives or w in self._place_prepositions]
            if placed and len(self.name_words(words[: placed[0]], preceding)) < 2:
                # ("Voters from Ohio, Iowa and Texas": the places listed, no second speaker; not "Tom Berg from Lyon and")
                return text
            # ("Emma Clarke, 31, and her husband, James": the names, not the age or the role set off)
            first = self.resolve_listed(words[:join], at, state) or self.listed_surnames(words, join, at, state)
            # (a title in the plural before the list is all its members', no word of the first name's:
            # "Mayors Koen Daems and Els Roos"; not one before a preposition, "Lawyers for Ana Ortiz,
            # Tom Berg and Eva Hall", "Officials of Leeds and York councils": the group, as written)
            plural = 1 if join > 1 and words[1][:1].isupper() and self.vocabulary.is_plural_title(words[0]) else 0
            first = first or self.resolve_name(
                " ".join(self.joined_part(words[plural:join], leading=True)), at, state, preceding
            )
            # (no word before the second name: "and" says nothing of whether "June" is a month there)
            second = self.resolve_name(" ".join(self.joined_part(words[join + 1 :], leading=False)), at, state)
            first, second = self.joined_partners(words, join, plural, first, second, at, state)
            if second == first:
                # (two members of a list are two people: "the mayor and the sheriff" never "Ana Ortiz
                # and Ana Ortiz"; the second as written)
                second = " ".join(self.joined_part(words[join + 1 :], leading=False))
            # (each name without the occupation before it, as a name alone is read, when both are names of
            # capitalised words: "Nurse Ana Ruiz and carpenter Tom Berg" -> "Ana Ruiz and Tom Berg"; not a join
            # inside a body's name, "the head of the Organisation for Cooperation and Development Tom Berg"; mendQ64)
            if all(w[:1].isupper() for w in f"{first} {second}".split()):
                first, second = (self.known_without_occupation(n, state) if state.index.is_known(n) else n for n in (first, second))
            return f"{first} {words[join]} {second}"
        # (a stretch of time's preposition too: "Ana Ortiz over Christmas", "Residents during Ramadan")
        placed = [
            i for i, w in enumerate(words[1:-1], 1)
            if w in self._locatives or w in self._place_prepositions or w in self._time_span_prepositions
        ]
        if placed and self.name_words(words[: placed[0]], preceding):
            words = words[: placed[0]]  # "Ana Ortiz in Lyon": the name before the place, not the place
        elif placed:
            body = self.placed_body(words[: placed[0]])
            if body is not None:
                return body  # ("The Holocaust Memorial Museum in Washington": the museum's name)
            # "the exit polls in Ohio", "people in the crowd": no person before the place, so the
            # place is not the speaker's name; the mention as written
            described = self.by_description(state, words[: placed[0]], at)
            return described if described is not None else text
        # (and a genitive's determiner after an article and a role: "Die Sprecherin des Ministeriums", "Der Chef der
        # Deutschen Bank"; not "Angaben der Polizei" nor "einem Bericht der Zeitung", sources)
        # (or a role with no article: "Sprecher des Ministeriums sagten", "Mitarbeiter der Stadt")
        lead = 1 if words[0].casefold() in self._determiners else 0
        bare_role = not lead and bool(self._genitives) and self.is_occupation(words[0])
        genitive = self._genitives if lead or bare_role else frozenset()
        inner_of = [
            i for i, w in enumerate(words[1:-1], 1)
            if w in self._cuts or (w in genitive and any(self.is_occupation(v) for v in words[lead:i]))
        ]
        if inner_of and self.particle_name(words):
            # ("Ursula von der Leyen": "von" is no post-modifier; asked only when a cut is there; but
            # a cut before the name's words stays one: "Minister of Media Salman bin Yousef Al-Dossary")
            inner_of = [i for i in inner_of if i < self.particle_name_start(words)]
        if inner_of:
            cut = self.named_cut(words, inner_of, preceding)
            body = self.placed_body(words[:cut])
            # (but "of" a body of its own: someone of that body, "Devin Park of Crestline Securities")
            member = self.member_of_body(words, cut, state)
            if body is None and member is None:
                body = self.body_of_place(words, cut)  # ("The City of Cape Town": the city's whole name, not "City")
            if body is not None and all(w[:1].isupper() or w in self._cuts for w in words[cut + 1 :]) and member is None:
                # ("Americus Trust for American Home Products Shares": one body's name, whole)
                return " ".join(words[1:] if words[0].casefold() in self._determiners else words)
            left = (
                self.name_words(words[:cut], preceding)
                if not (bare_role and cut == 1 and words[cut] in genitive) and not self.group_head(words[:cut], state)
                and not (lead and self.title_of_place(words) is not None)  # ("The Duke of Kent": no "Duke")
                and not self.object_of_cut(words[:cut], preceding)  # ("The head of Friends of Parks": no "Friends")
                else []
            )
            owned_body = self.owned_body_with_of_phrase(words, cut, state) if body is None and member is None else None
            if owned_body is not None:
                return owned_body  # ("South Korea's Joint Chiefs of Staff said": the body whole, not "Joint Chiefs")
            if left or self.person_before_cut(words[:cut], at, state):
                words = words[:cut]  # "Mr. Morgan of the Sierra Club"; "Joe Park of the tenants' union"
            elif member is not None:
                return member  # ("Devin Park of Crestline Securities": Devin Park)
            elif (
                body_named := self.name_after_body(words, cut) or self.name_after_portfolio(words, cut)
                or self.name_after_headed_body(words, cut)
            ) is not None:
                words = body_named  # ("la ministre de la Santé Claire Morel", "Minister of Media Ana Ruiz": the name)
            elif len(after := self.name_words(words[cut + 1 :], words[cut])) < 2 or len(after) == len(words) - cut - 1 or (
                self.titles_before_named(words[cut - 1], words[cut + 1 : len(words) - len(after)])
            ) or self.described_after_article(words[cut - 1], words[cut + 1 : len(words) - len(after)]) or self.role_for_named(
                words[cut - 1], words[cut + 1 : len(words) - len(after)]
            ):
                # "the mayor of Lyon": a place or a body after "of", not the speaker's name; nor is
                # a name right after it ("the wife of Tomas Lindqvist"), or after a lower-case noun
                # and capitalised titles ("a spokesman for Mayor Ana Ortiz": someone else; but "Secretary
                # of State John Kerry" is John Kerry), or after an article ("the widow of the late Tom Berg")
                body = self.body_before_of(words, cut)
                if body is not None:
                    return body  # ("The General Administration of Customs": the body's name, its article left out)
                aged = self.aged_role_of(words, cut, at, state)
                if aged is not None:
                    return aged  # ("the 44-year-old father of three" after "Mark Dunn, 44, a father of three,")
                described = self.by_description(state, words[:cut], at)
                if described is not None and self.holder_of_other_body(words, cut, at, state):
                    described = None  # ("The chief executive of Southvale Water" is not "Ofwat's chief executive, Andrew Lyle")
                if described is not None and self.holder_of_other_portfolio(words, cut, at, state):
                    described = None  # ("Le ministre du Travail" is not "Le Premier ministre François Bayrou")
                return described if described is not None else text
        country = self.demonym_country(words)
        if country is not None and len(words) == 3 and self.age_of(words[1:2]) is not None:
            # ("the 38-year-old Spaniard": the one person of that age and that country; else, as "the
            # Spaniard" reads, the person last described with that country when the article gave that
            # person no age: "Dutch rider Joris Vermeer" is "the 28-year-old Dutchman"; one of two
            # Spaniards of 38, or a Spaniard of 41, stays the mention)
            aged = self.introduced_as(words, at, state)
            if aged is not None:
                return aged
            person = self.person_of_country(country, at, state) if words[0].casefold() not in self._indefinites else None
            return person if person is not None and not self.told_ages(person, at, state) else text
        if country is not None:
            # "the Dutchman": the person last described with that country, else the mention ("a Swede": someone new)
            return (self.person_of_country(country, at, state) if words[0].casefold() not in self._indefinites else None) or text
        if self.place_demonym(words, state):
            return text  # ("the Galwayman", "the Dubliner": someone from a place, described, no surname)
        introduced = self.introduced_as(words, at, state)
        if introduced is not None:
            return introduced  # ("the 54-year-old" after "Ana Ruiz, 54,"; "the Argentine" after "the Argentine Leo Vega")
        relative = self.named_relative(words, at, state)
        if relative is not None:
            return relative  # ("his wife" after "Mark Asante and his wife, Linda," or "Mark and Linda Asante")
        party = self.party_of_mention(words)
        if party is not None:
            # ('"...," the Democrat said' after "Sen. Ana Ortiz (D-Ariz.)": her; no one tied to the party: as
            # written; a place in the mention, "the Wisconsin Republican", as written: the place is no tie read)
            on_place = any(w[:1].isupper() and self.vocabulary.is_region_after_place(w) for w in words[1:])
            return (None if on_place else self.party_person(party, at, state)) or text
        if self.unknown_party_member(words):
            # ("The Sinn Fein MLA", "the SNP MSP": a party's member as written, no person "Sinn Fein"; a listed
            # party's member is the person the article described so or tied to that party, if any: "The
            # veteran Labour MP" after "Ana Moyo, the veteran Labour MP," or "Labour MP Ana Moyo")
            return self.listed_party_member(words, at, state) or text
        surname = self.date_surname(words, state) or self.weekday_before_surname(words, state)
        if surname is not None:
            return surname  # ('"...," May said' after Theresa May was named; "said Tuesday Hale" after Ann Hale)
        initialled = self.initialled_title_person(words, at, state)
        if initialled is not None:
            return initialled  # ('"...," PM Wong said' after Prime Minister Lawrence Wong was named)
        titled = self.title_surname_person(words, at, state)
        if titled is not None:
            return titled  # ("Principal Okafor said" after Principal Dana Okafor was named)
        name_words = self.name_words(words, preceding) or self.known_surname(words, state)
        if name_words and self.title_case_role_object(words, name_words):
            return text  # ("The Dean Of Students said": a role in title case, no person "Students")
        if name_words and (country_body := self.country_before_body(words, name_words)) is not None:
            return country_body  # ("The Kenya Red Cross said": the body's whole name, not "Red Cross")
        if name_words:
            body = self.body_head_name(words, name_words, text) or self.body_place_name(words, name_words, text)
            if body is not None:
                return body  # ("The U.S. Geological Survey said": the survey whole, not "Geological Survey")
            organisation = self.acronym_organisation(words, name_words)
            # (a person's name or surname the index knows, or the last speaker's: no outlet)
            # (looked up once: the index is the same for both questions)
            known = state.index.full_name(tuple(name_words))
            spoken = state.last_speaker.name if state.last_speaker is not None else None
            if organisation is not None and not state.index.is_known(known) and known == " ".join(name_words) != spoken:
                return organisation  # ("RTL Info said": the outlet, not a person "Info")
            full = self.known_core(known, name_words, state, at)
            if self.thing_named_after(full, name_words, at, state):
                full = " ".join(name_words)  # ("A SkyLark Mini drone ... SkyLark said": the maker, not the drone)
            elif self.first_named_later(full, name_words, at, state, words):
                full = " ".join(name_words)  # ('Her mother, Mary, said' before 'Mary Lou Hale': not Mary Lou Hale)
            elif self.nationality_given_name(words, name_words, full):
                full = " ".join(words[-2:])  # ('said German Ibarra' beside 'Rafael Ibarra': Germán Ibarra, not Rafael)
            if full != " ".join(name_words) and self.body_after_particles(full.split()):
                full = " ".join(name_words)  # ("Dupont de la CGT" in the index: Dupont of a union, no full name)
            first, _, rest = full.partition(" ")
            if rest and first != name_words[0] and self.opening_adverb_word(first):
                full = rest  # ("Eventually Tom Berg said": the adverb opened the sentence)
            if self.vocabulary.CAPITALISED_NOUNS and self.noun_after_article(words, name_words, full):
                source_noun = self.genitive_source(words, preceding)
                if source_noun is not None:
                    return source_noun  # ("Nach Angaben des Ministeriums": Ministerium, the genitive's article off)
                return text  # ("Die Firma": a noun after its article, as written like "The company")
            if self.vocabulary.CAPITALISED_NOUNS and self.genitive_plural_body(words, name_words, full):
                return text  # ("Der Verband kommunaler Unternehmen": a body as written, no person "Unternehmen")
            if full == " ".join(name_words) and self.modifier_named(words, name_words):
                return text  # ("National Grid said": a body's name, not a person "Grid")
            plausible = self.is_plausible_name(full) and not self.opens_with_cue(full, name_words)
            if plausible and (full != " ".join(name_words) or len(words) > len(name_words)):
                full = self.titled_person(words[: len(words) - len(name_words)], name_words, full, state, at)
            return full if plausible else " ".join(name_words)
        untitled = self.titled_given_name(words)
        if untitled is not None:
            return untitled  # ("Rep. Jim Jordan": a surname that is a place's name too, the titles no part of it)
        described = self.by_description(state, words, at) or self.possessed_named(words, at, state)
        if described is not None:
            return described  # ("the spokesman"; "Her husband" after "her husband, Tom Ortiz,")
        standing = self.standing_noun_person(words, at, state)
        if standing is not None:
            return standing  # (Spanish "la mandataria" after "La presidenta Ana Ruiz afirmó ...": Ana Ruiz)
        surname = self.org_word_speaker(words, at, state)
        if surname is not None:
            return surname  # ('Helen Park said ... "...," Park said': Helen Park)
        return self.resolve_organisation(words, at, state) or self.kind_organisation(words, at, state) or text

    def quoting_verb_name(self, name: str) -> bool:
        """Whether *name*, a name the people index read, opens with one of :attr:`QUOTING_VERBS`
        capitalised before more words (``Quoting Thatcher``, ``Citing Orwell`` from ``Quoting
        Thatcher, he said``): a sentence's opening verb and the one it quotes, never a person
        (``Sterling Brown``, ``Irving Berg``: no quoting verb opens them).

        .. versionadded:: 0.2
        """
        first, _, rest = name.partition(" ")
        return bool(rest) and first[:1].isupper() and first.casefold() in self._quoting_verbs

    def is_bracketed_age(self, word: str) -> bool:
        """Whether *word* is an age in brackets, at most :attr:`MAX_AGE_DIGITS` digits (``(54)``):
        said of the name before it, no part of it.

        .. versionadded:: 0.2 (mendQ64)
        """
        inner = word[1:-1]
        return word[:1] == "(" and word[-1:] == ")" and inner.isdigit() and len(inner) <= self.MAX_AGE_DIGITS

    #: How many characters before an acronym's brackets :meth:`SpeakerResolution.defined_acronym`
    #: reads for the name it stands for.
    #:
    #: .. versionadded:: 0.2 (mendQT68)
    ACRONYM_NAME_CHARS: ClassVar[int] = 120

    #: Words inside a body's name that its acronym leaves out (``Organisation for Economic
    #: Co-operation and Development``: OECD): :meth:`SpeakerResolution.defined_acronym`.
    #:
    #: .. versionadded:: 0.2 (mendQT68)
    ACRONYM_SKIPPED_WORDS: ClassVar[tuple[str, ...]] = ("of", "for", "and", "on", "in", "the", "&")

    def defined_acronym(self, words: Sequence[str], at: int, state: State) -> str | None:
        """The name a mention of an acronym stands for (``the JCS``, ``NIS``: capitals only, maybe
        after a determiner) when the text before *at* wrote it in brackets right after a name whose
        capitalised words' initials spell it, words of :attr:`ACRONYM_SKIPPED_WORDS` between them
        (``South Korea's Joint Chiefs of Staff (JCS)``: ``Joint Chiefs of Staff``; ``the
        Organisation for Economic Co-operation and Development (OECD)``); ``None`` otherwise (no
        such name: the mention's usual rules).

        .. versionadded:: 0.2 (mendQT68)"""
        lead = 1 if len(words) == 2 and words[0].casefold() in self._determiners else 0
        if len(words) != lead + 1:
            return None
        acronym = strip_possessive(words[lead]).rstrip(".,;:")
        if not 2 <= len(acronym) <= self.MAX_ACRONYM_LETTERS or not acronym.isalpha() or not acronym.isupper():
            return None
        pos = state.text.rfind(f"({acronym})", 0, at)
        if pos < 0:
            return None
        before = state.text[max(0, pos - self.ACRONYM_NAME_CHARS) : pos].split()
        taken: list[str] = []
        letters = ""
        for word in reversed(before):
            bare = strip_possessive(word) if not taken else word
            if bare[:1].isupper() and bare.replace("-", "").replace(".", "").isalpha():
                letters = bare[0] + letters
                taken.insert(0, bare)
            elif taken and word in self.ACRONYM_SKIPPED_WORDS:
                taken.insert(0, word)
            else:
                break
            if len(letters) == len(acronym):
                break
        if letters != acronym or not taken[0][:1].isupper():
            return None
        if not self.acronym_names_body(taken):
            return None  # ("By Ana Perez (AP)": a byline's agency after a person, no name of hers; rvq68)
        return " ".join(taken)

    def acronym_names_body(self, taken: Sequence[str]) -> bool:
        """Whether *taken*, the words whose initials spell a bracketed acronym
        (:meth:`defined_acronym`), name a body: an organisation word or a company noun among them
        (``National Intelligence Service``), or no person's name
        (:meth:`~newsparse.names.NameModel.is_name`: ``Joint Chiefs of Staff``); never a person
        (``By Ana Perez (AP)``).

        .. versionadded:: 0.2 (rvq68)"""
        vocabulary = self.vocabulary
        if any(vocabulary.is_org_word(w) or vocabulary.is_company_noun(w.casefold()) for w in taken):
            return True
        return not self.names.is_name(" ".join(taken))

    def is_bracketed_acronym(self, word: str) -> bool:
        """Whether *word* is an acronym in brackets, a capital and then at most
        :attr:`MAX_ACRONYM_LETTERS` capitals, digits, hyphens or ampersands (``(MGM)``, ``(INDEC)``,
        ``(AT&T)``): the short form of the name before it, no part of what it is called.

        .. versionadded:: 0.2
        """
        inner = word[1:-1]
        if word[:1] != "(" or word[-1:] != ")" or not 2 <= len(inner) <= self.MAX_ACRONYM_LETTERS + 1:
            return False
        return inner[0].isupper() and all(c.isupper() or c.isdigit() or c in "&-" for c in inner)

    def titled_org_word_name(self, words: Sequence[str]) -> str | None:
        """For :meth:`org_word_speaker`: the last two words of *words*, a mention whose last word
        is an organisation's (``Park``, ``Bank``, ``House``) that the index knows no name for, when
        every word before them is a title or an occupation, the last a noun for a person
        (``Analyst Devin Park``, ``senior economist Ana Bank``; not ``National Advanced Systems``),
        the first of the two may open a person's name and is no organisation's word nor a place
        (not ``Mayor Harbour Park``), and the last is no firm's legal form of
        :attr:`COMPANY_SUFFIXES` (``General Mills Inc``): a person with the job words before the
        name, which go; ``None`` otherwise.

        .. versionadded:: 0.2
        """
        *lead, given, surname = (strip_possessive(w).rstrip(",") for w in words)
        if surname.rstrip(".").casefold() in {w.rstrip(".").casefold() for w in self.COMPANY_SUFFIXES}:
            return None  # ("General Mills Inc", "Security Pacific Corp": a firm's name, its legal form last)
        if not lead or not all(self.vocabulary.is_title(w.rstrip(".")) or self.is_occupation(w, by_ending=False) for w in lead):
            return None
        if not self.is_person(lead[-1].rstrip(".").casefold()):
            return None  # ("National Advanced Systems": the word before the name names no person)
        if self.vocabulary.is_org_word(given) or self.vocabulary.is_place(given) or not given[1:].islower():
            return None
        return f"{given} {surname}" if self.names.is_name_word(given, surname, lead[-1]) else None

    def group_head(self, words: Sequence[str], state: State) -> bool:
        """Whether *words*, the part of a mention before its post-modifying ``of``, are one
        capitalised plural noun for people, of :attr:`GROUP_NOUNS` or the plural of a noun
        :meth:`is_person` reads, that the index knows as no one's name (``Members of the
        board``, ``Residents of the estate``): a group the whole phrase names, not a person
        called ``Members``; never a surname (``Williams of the union``).

        .. versionadded:: 0.2
        """
        if len(words) != 1 or not words[0][:1].isupper() or not words[0][1:].islower():
            return False
        low = words[0].casefold()
        plural = low.endswith("s") and not low.endswith("ss") and self.is_person(low[:-1])
        if not (plural or (low in self._groups and low.endswith("s"))):
            return False
        return state.index.full_name((words[0],)) == words[0] and not state.index.is_known(words[0])

    def named_cut(self, words: Sequence[str], cuts: Sequence[int], preceding: str | None) -> int:
        """Where to cut a mention at one of its post-modifying words (*cuts*, ascending: the
        indexes of ``of`` and the like): the first before which the words end with a person's
        name (:meth:`name_words`), when more than one stands there (``Tom Berg of the University
        of Michigan``: after ``Tom Berg``, not after ``University``); else the last.

        .. versionadded:: 0.2
        """
        for cut in cuts[:-1]:
            if self.ends_with_person(words[:cut], preceding):
                return cut
        return cuts[-1]

    def object_of_cut(self, words: Sequence[str], preceding: str | None) -> bool:
        """Whether the name that ends *words*, the part of a mention before its last post-modifying
        word, is the object of an earlier one, only lower-case words between (``The head of
        Friends``, ``A director of the local group Citizens`` before ``of Parks``, ``for
        Reform``): the first words of a body's name, never the speaker's (but ``Tom Berg`` of
        ``Tom Berg of the University``, ``Secretary of State John Kerry``: capitalised words
        between).

        .. versionadded:: 0.2
        """
        named = self.name_words(words, preceding)
        if not named or len(named) >= len(words):
            return False
        before = words[: len(words) - len(named)]
        for word in reversed(before):
            if word in self._cuts:
                return True
            if not word[:1].islower():
                return False
        return False

    def ends_with_person(self, words: Sequence[str], preceding: str | None) -> bool:
        """Whether *words* end with a person's name (:meth:`name_words`): two name words or more
        (``Tom Berg``), or a surname after a capitalised honorific, abbreviated or a role noun
        (``Dr. Berg``, ``Professor Berg``); not one capitalised word alone or after another word
        (``Leaders``, ``the group People``: a plural or a body's first word).

        .. versionadded:: 0.2
        """
        named = self.name_words(words, preceding)
        if len(named) > 1:
            return True
        if len(named) != 1 or len(words) < 2:
            return False
        # (a capitalised honorific, abbreviated or a role: "Dr. Berg", "Professor Berg"; not "the group People")
        title = strip_possessive(words[-2])
        honorific = title.endswith(".") or self.vocabulary.is_role_noun(title.casefold())
        return title[:1].isupper() and honorific and self.vocabulary.is_title(title)

    def joined_body_name(self, words: Sequence[str], join: int) -> bool:
        """Whether the coordinator at *join* stands inside one body's name (``The Kenya Plantation
        and Agricultural Workers' Union``, ``Ghana Cocoa and Coffee Farmers Union``): every other
        word is capitalised (a determiner may open it), the last an organisation word, no word a
        title, no owner before the coordinator (``France's Oilseed and Bean ...``), and the words
        after the coordinator open with no given name of :attr:`GIVEN_NAMES` (not ``Tom Berg and
        Ana Ruiz``, nor ``the Red Cross and Ana Ruiz``).

        .. versionadded:: 0.2
        """
        lead = 1 if words[0].casefold() in self._determiners else 0
        rest = [w for i, w in enumerate(words[lead:], lead) if i != join]
        if len(rest) < 3 or not self.vocabulary.is_org_word(strip_possessive(rest[-1].rstrip(",.;:"))):
            return False
        if not all(w[:1].isupper() and not self.vocabulary.is_title(strip_possessive(w)) for w in rest):
            return False
        if any(w[-2:] in _OWNED_ENDINGS for w in words[lead:join]):
            return False  # ("France's Oilseed and Bean Cooperatives Federation": the owner is no part of the name)
        return strip_possessive(words[join + 1]).casefold() not in self._given_names

    def join_in_body(self, words: Sequence[str], join: int, preceding: str | None) -> bool:
        """Whether the coordinator at *join* stands inside the body named after a person's name
        and a post-modifying word (``Dr. Ana Ruiz of the Department of Health and Human
        Services``: the department's ``and``, one speaker, not Ana Ruiz and "Human Services"):
        the words after it hold no title and open with no given name of :attr:`GIVEN_NAMES`
        (not ``... of the University of Dover and Professor Tom Berg`` nor ``... and Tom Berg``:
        two people), nor are a person's name and a post-modifying word of their own (``Koen Daems
        of Mechelen and Els Roos of Lier``: two people, fixQ63b).

        .. versionadded:: 0.2
        """
        after = words[join + 1 :]
        if any(self.vocabulary.is_title(strip_possessive(w)) for w in after):
            return False
        named = self.name_words(after)
        if named and named[0].casefold() in self._given_names:
            return False
        if any(after[i] in self._cuts and self.ends_with_person(after[:i], preceding) for i in range(2, len(after) - 1)):
            return False  # ("Koen Daems of Mechelen and Els Roos of Lier": a second person of a second place, fixQ63b)
        return any(words[i] in self._cuts and self.ends_with_person(words[:i], preceding) for i in range(1, join))

    def org_word_speaker(self, words: Sequence[str], at: int, state: State) -> str | None:
        """The full name for a mention at *at* that is one capitalised organisation word alone
        (``Park``, ``Bank``: no determiner, so a surname, not ``the park``): the name the index
        holds ending in it (``Ms. Helen Park``, ``told John Park``; a mention of that name with
        titles before it gives the name, ``Ms. Helen Park`` -> ``Helen Park``), else a name word and the word
        itself written last before *at*, within :attr:`SUBJECT_WINDOW` characters (``Helen Park
        said ... "...," Park said``: Helen Park), the nearest of at most :attr:`MAX_SUBJECTS`
        such words; ``None`` otherwise (the mention as written).

        .. versionadded:: 0.2"""
        word = strip_possessive(words[-1]).rstrip(".,") if words else ""
        if not (word[:1].isupper() and word[1:].islower() and word.isalpha() and self.vocabulary.is_org_word(word)):
            return None
        if len(words) > 1:
            pair = (words[-2], word)  # ("Ms. Helen Park", "Mayor Mary Bank": the index's Helen Park)
            if len(words) > 2 and words[-3][:1].isupper() and not self.vocabulary.is_title(words[-3].rstrip(".")):
                return None  # ("the National Labor Relations Board": a body's name)
            if state.index.is_known(" ".join(pair)):
                return state.index.full_name(pair)
            return self.titled_org_word_name(words)
        full = state.index.full_name((word,))
        if full != word and self.is_plausible_name(full):
            return full
        text, floor, end = state.text, max(0, at - self.SUBJECT_WINDOW), at
        for _ in range(self.MAX_SUBJECTS):
            found = text.rfind(" " + word, floor, end)
            if found < 0:
                return None
            end = found
            after = text[found + 1 + len(word) : found + 2 + len(word)]
            if after.isalpha():
                continue  # ("Parker": a longer word)
            given = text[max(floor, found - self.NAMED_WINDOW) : found].rsplit(None, 2)[-2:]
            if not given or self.names.is_acronym(given[-1]):
                continue
            preceding = given[0] if len(given) > 1 else None
            if given[-1][:1].isupper() and given[-1].isalpha() and self.names.is_name_word(given[-1], word, preceding):
                opened = preceding is None or preceding[-1:] in self.SENTENCE_END or not preceding[:1].isupper()
                titled = self.vocabulary.is_honorific(preceding or "") or self.titled_before(preceding, given[-1])
                if (opened or titled) and self.speaks_there(text, found, word, preceding):
                    name = f"{given[-1]} {word}"  # (not "The Royal Bank", nor "Central Park reopened")
                    return name if self.is_plausible_name(name) else None
        return None

    #: How many lower-case nouns may modify a role in the words before a subject's name
    #: (:meth:`role_modifier`: ``Norway's fisheries minister, Ingrid Berg``).
    MAX_ROLE_MODIFIERS: ClassVar[int] = 2

    def person_before_cut(self, words: Sequence[str], at: int, state: State) -> bool:
        """Whether *words*, a mention's words before a post-modifier (``of``), are a person whose
        surname is an organisation word (:meth:`org_word_speaker`: ``Joe Park`` of ``Joe Park of
        the tenants' union``, whom the index holds), so that the name is read before the cut.

        .. versionadded:: 0.2"""
        return len(words) > 1 and self.org_word_speaker(words, at, state) is not None

    def titled_before(self, word: str | None, given: str) -> bool:
        """For :meth:`org_word_speaker`: whether *word*, right before *given* and an organisation
        word, is a title in title case and *given* a given name the vocabulary lists (``NameModel.listed_given_name``)
        (``Mayor Elena Park``, ``Sen. Tom Bank``; not ``General Electric Co``): the two are a
        person's name, as after an honorific.

        .. versionadded:: 0.2"""
        if word is None or not word[:1].isupper() or not self.names.listed_given_name(given):
            return False
        return self.vocabulary.is_title(word.rstrip("."))

    @staticmethod
    def speaks_later(speaker: Speaker, at: int) -> bool:
        """Whether *speaker*, the last speaker remembered, was found after *at* (a quotation of
        the paragraph read before its reported speech): a first-person pronoun at *at* (one of
        :attr:`FIRST_PERSON_WORDS`, the writer's) cannot stand for it.

        .. versionadded:: 0.2
        """
        return speaker.span is not None and speaker.span.start > at

    def names_verb_object(self, words: Sequence[str], preceding: str | None = None) -> bool:
        """Whether a mention's *words* end in a name right after a verb form in lower case with one
        of :attr:`OBJECT_VERB_ENDINGS` that is no occupation (:meth:`is_occupation`), at least
        two words after a determiner that opens the mention (``The doctor treating Ana Ruiz``,
        ``the man accused of killing Ana Ruiz``, ``The lawyer representing Tom Berg``): the name is
        the verb's object and the phrase's head, unnamed, speaks (but ``the managing director Ana
        Ruiz`` is Ana Ruiz: a title stands before the name).

        .. versionadded:: 0.2
        """
        if not self.OBJECT_VERB_ENDINGS or len(words) < 4 or words[0].casefold() not in self._determiners:
            return False
        count = len(self.name_words(words, preceding))
        if not count or len(words) - count < 3:
            return False
        verb = words[len(words) - count - 1]
        return verb.islower() and verb.endswith(self.OBJECT_VERB_ENDINGS) and not self.is_occupation(verb.capitalize())

    def titles_before_named(self, noun: str, between: Sequence[str]) -> bool:
        """Whether *between*, the words after ``for`` (or another cut) that stand before a name
        after the lower-case *noun*, are the titles of the person the noun is for: a capitalised
        title last (``a spokesman for Mayor Ana Ortiz``, ``an aide to ex-Governor Ana Ruiz``: its
        part after a hyphen) and before it only titles, words of the vocabulary's
        ``ROLE_QUALIFIERS`` (``former``, ``ex-Brentford``: the part before a hyphen) or
        capitalised words (``a lawyer for Texas Governor Tom Hale``).  The name is then that
        person's, never the speaker's (but ``Secretary of State John Kerry`` is John Kerry: no
        lower-case noun before the cut).

        .. versionadded:: 0.2
        """
        if not noun[:1].islower() or not between:
            return False
        last = between[-1].rpartition("-")[2]
        if not (last[:1].isupper() and self.vocabulary.is_title(last)):
            return False
        qualifiers = self.vocabulary.role_qualifiers
        return all(
            w[:1].isupper() or self.vocabulary.is_title(w) or normalize_word(w.partition("-")[0]) in qualifiers
            for w in between[:-1]
        )

    def name_after_body(self, words: Sequence[str], cut: int) -> list[str] | None:
        """The full name that closes *words*, a role cut at *cut* (``de``, ``of``) before an
        article, a body's one-word name and a full name (``la ministre de la Santé Claire Morel``:
        ``NameModel.role_body_before`` and ``body_before_given``): the speaker the role
        describes, not someone else who holds a role of that noun; ``None`` otherwise.

        .. versionadded:: 0.2
        """
        after = words[cut + 1 :]
        if len(after) < 4 or not self.names.role_body_before([words[cut - 1], words[cut], after[0]]):
            return None
        if not self.names.body_before_given(after[1:]):
            return None
        named = self.name_words(after[2:])
        return named if len(named) == len(after) - 2 else None

    def name_after_headed_body(self, words: Sequence[str], cut: int) -> list[str] | None:
        """The full name that closes *words* when they are a title or a role noun, the cut at *cut*
        (``of``, no other link), an article, a body's capitalised name ending in an organisation's word of the
        vocabulary (``Office``, ``Board``, ``Ministry``) and a full name of two words or more the
        name model reads whole, none of them a title, a place or an organisation's word (``Head of
        the Bali Tourism Office Ketut Adnyana``, ``Director of the Harbour Board Ana Ruiz``: the
        speaker the role describes); ``None`` otherwise (``Head of the Office of Budget Ana Ruiz``,
        ``the head of the Tourism Office``: no name after the body, or a word in lower case in it).

        .. versionadded:: 0.2 (trialQ62)
        """
        vocabulary = self.vocabulary
        role = words[cut - 1]
        after = [strip_possessive(w).rstrip(",") for w in words[cut + 1 :]]
        if len(after) < 4 or words[cut].casefold() not in self._of or after[0].casefold() not in self._determiners:
            return None  # (only "of": "A spokesman for the Tourism Office Ana Ruiz" may name whom the role serves)
        if not (vocabulary.is_title(role) or vocabulary.is_role_noun(role.casefold())):
            return None
        head = max((i for i, w in enumerate(after) if vocabulary.is_org_word(w)), default=0)
        if head == 0 or not all(w[:1].isupper() for w in after[1:]):
            return None  # (no body's word after the article, or a word in lower case: no name read here)
        rest = after[head + 1 :]
        if len(rest) < 2 or any(vocabulary.is_title(w) or vocabulary.is_place(w) for w in rest):
            return None
        named = self.name_words(rest)
        return named if len(named) == len(rest) else None

    def particle_name_start(self, words: Sequence[str]) -> int:
        """The index in *words* of the first word of the name model's trailing run of name words
        (``particle_name``: ``Media Salman bin Yousef Al-Dossary`` of ``Minister of Media Salman bin
        Yousef Al-Dossary``): a cut before it (``of``) stands outside the name with particles.

        .. versionadded:: 0.2
        """
        bare = [strip_possessive(w).rstrip(".,;:") for w in words]
        return len(bare) - self.names.trailing_name(bare)

    def name_after_portfolio(self, words: Sequence[str], cut: int) -> list[str] | None:
        """The full name that closes *words* when they are a title or a role noun, the cut at *cut*
        (``of``), one capitalised word that is no title, no given name and no place (the portfolio:
        ``Minister of Media``, ``Secretary of Energy``) and a full name that opens with a known given
        name (``NameModel.body_before_given``): the speaker the role describes, though the
        portfolio's word names a body too (``Media``); ``None`` otherwise (``Secretary of State
        John Kerry``, ``a spokesman for Mayor Ana Ortiz``: a title after the cut, read by the other
        rules).

        .. versionadded:: 0.2
        """
        after = [w.rstrip(",") for w in words[cut + 1 :]]
        role = words[cut - 1]
        vocabulary = self.vocabulary
        if len(after) < 3 or not (vocabulary.is_title(role) or vocabulary.is_role_noun(role.casefold())):
            return None
        if not after[0][:1].isupper() or vocabulary.is_title(after[0]) or vocabulary.is_place(after[0]):
            return None
        if not self.names.body_before_given(after):
            return None
        named = self.name_words(after[1:])
        return named if len(named) == len(after) - 1 else None

    def described_after_article(self, noun: str, between: Sequence[str]) -> bool:
        """Whether *between*, the words after ``of`` (or another cut) that stand before a name
        after the lower-case *noun*, are a determiner and then only words of
        :attr:`NAME_ADJECTIVES` (``the widow of the late Tom Berg``, ``the son of the jailed Tom
        Berg``): the name is the one the noun belongs to, not the speaker (but ``the chairman of
        the board Colin Reyes``, ``master of ceremonies Asab Al-Tabchi``, ``former secretary of
        state Hillary Clinton`` name the speaker).

        .. versionadded:: 0.2
        """
        if not noun[:1].islower() or not between or between[0].casefold() not in self._determiners:
            return False
        return all(w.casefold() in self.NAME_ADJECTIVES for w in between[1:])

    def role_for_named(self, noun: str, between: Sequence[str]) -> bool:
        """Whether *between*, the words after ``for`` (or another cut) that stand before a name
        after the lower-case *noun*, open with a determiner and end in a lower-case noun for a
        person (:meth:`is_people_noun`): ``a lawyer for the businessman Tom Hale``, ``an aide to
        the jailed activist Ana Ruiz``; the name is that person's, the one the role is for, never
        the speaker's (but ``the chairman of the board Colin Reyes`` names the speaker: a board
        is no person).

        .. versionadded:: 0.2
        """
        if not noun[:1].islower() or len(between) < 2 or between[0].casefold() not in self._determiners:
            return False
        return between[-1][:1].islower() and self.is_people_noun(between[-1], True)

    def names_agent(self, words: Sequence[str]) -> bool:
        """Whether a mention's *words* hold one of :attr:`AGENT_WORDS` right after one of
        :attr:`RECEIVED_PARTICIPLES` that follows the mention's head (``court documents seen by
        Reuters``, ``an official contacted by the BBC``): the agent only received the words, which
        the head speaks, unnamed; never the speaker's name (but ``a letter signed by Ana Ruiz``,
        ``exit polls reported by CNN`` keep their author).

        .. versionadded:: 0.2
        """
        return any(words[i] in self._agents and words[i - 1] in self._received for i in range(2, len(words) - 1))

    def names_compiler(self, words: Sequence[str]) -> bool:
        """Whether a mention's *words* hold a noun of :attr:`DATA_NOUNS` right before one of
        :attr:`COMPILING_PARTICIPLES` and one of :attr:`AGENT_WORDS` (``swaps data compiled by
        Bloomberg``, ``figures gathered by the ministry``): the data are the source, as written;
        the one who compiled them said nothing.

        .. versionadded:: 0.2 (mendQT68)
        """
        return any(
            words[i] in self._agents and words[i - 1] in self._compiling and words[i - 2].casefold() in self._data_nouns
            for i in range(2, len(words) - 1)
        )

    def modifier_named(self, words: Sequence[str], name_words: Sequence[str]) -> bool:
        """Whether a mention's *words* are one name word after capitalised words of the
        vocabulary's titles that only qualify a role (``National Grid``, ``Central Bank``: no
        honorific, no role noun such as ``President``, no abbreviation such as ``Gen.``): the
        mention names a body, not a person called by the last word.  Only when the index holds no
        fuller name for it (the caller's test), and never when the word before the name is a noun
        for a person (:meth:`is_people_noun`: ``Officer Diaz``, ``Bishop Tutu``, ``Inspector
        Morse``, ``Councilwoman Ortiz``: a title the person is called by).

        .. versionadded:: 0.2
        """
        lead = words[: len(words) - len(name_words)]
        if len(name_words) != 1 or not lead:
            return False
        if self.is_people_noun(lead[-1].casefold(), True) or self.abbreviated_title(lead[-1]):
            return False  # ("Officer Diaz said", "Lt Diaz said": the officer herself, not a body)
        vocabulary = self.vocabulary
        return all(
            w[:1].isupper() and w[1:].islower() and w.isalpha() and vocabulary.is_title(w)
            and not vocabulary.is_honorific(w) and not vocabulary.is_role_noun(w)
            for w in lead
        )

    def abbreviated_title(self, word: str) -> bool:
        """Whether *word*, a title of the vocabulary of at most :attr:`MAX_TITLE_ABBREVIATION`
        letters, abbreviates a longer title or role noun of the vocabulary: its letters stand in
        that word in order, from its first (``Lt`` of ``lieutenant``, ``Gov`` of ``governor``,
        ``Sgt`` of ``sergeant``, ``Insp`` of ``inspector``), written without the period (``Lt
        Diaz``): a rank the person is called by, no word qualifying a body (``National Grid``).

        .. versionadded:: 0.2
        """
        low = word.casefold()
        if not (1 < len(low) <= self.MAX_TITLE_ABBREVIATION) or not low.isalpha() or not self.vocabulary.is_title(low):
            return False
        return any(
            len(title) > len(low) and title[0] == low[0] and self.letters_in_order(low, title)
            for title in self.vocabulary.TITLES
        )

    @staticmethod
    def letters_in_order(short: str, long: str) -> bool:
        """Whether every letter of *short* stands in *long*, in that order."""
        rest = iter(long)
        return all(letter in rest for letter in short)

    def weekday_before_surname(self, words: Sequence[str], state: State) -> str | None:
        """The person a mention of a weekday and one capitalised word names when the index holds
        a fuller name of someone else that ends in the word (``said Tuesday Hale`` after ``Ann
        Hale``: Ann Hale, the day a time; see
        :meth:`~newsparse.quotes.direct.DirectQuotes.day_is_given_name`); ``None`` otherwise
        (``said Sunday Balogun`` with no other Balogun: a person named Sunday).

        .. versionadded:: 0.2
        """
        if len(words) != 2 or not self.vocabulary.is_weekday(words[0]) or not words[1][:1].isupper():
            return None
        surname = words[1].rstrip(".,")
        known = state.index.full_name((surname,))
        if known == surname or known.split()[0].casefold() == words[0].casefold():
            return None
        return known

    def known_surname(self, words: Sequence[str], state: State) -> list[str]:
        """For :meth:`resolve_name`: a mention of one word shaped like an adverb
        (``Vocabulary.is_adverb``), which the name model reads as none, when the index holds a
        fuller name that ends in it (``John Connally`` for ``Connally``), a title word written
        as a surname in a fuller name (``King`` of ``Martin Luther King Jr.``, ``Maire`` of ``Bruno
        Le Maire``) and a place's or a common word as one (``Montenegro`` of ``Luís Montenegro``,
        ``White`` of ``Helen White``: :meth:`surname_word`, versionchanged 0.2; the fuller name
        ending in it, never one it opens, ``Israel Katz``); else no words."""
        if len(words) != 1 or not words[0][:1].isupper():
            return []
        if self.vocabulary.is_adverb(words[0]) or self.vocabulary.is_title(words[0]):
            return [words[0]] if state.index.full_name((words[0],)) != words[0] else []
        if not self.surname_word(words[0]):
            return []
        # (a fuller name that ends in it only: "Israel" is no surname of "Israel Katz")
        full = state.index.full_name((words[0],))
        return [words[0]] if full != words[0] and full.rsplit(None, 1)[-1] == words[0] else []

    def surname_word(self, word: str) -> bool:
        """For :meth:`known_surname`: whether *word*, one capitalised word the name model reads as
        no name (a place's name, ``Montenegro``, ``Jordan``; a common word, ``White``), may still
        be the surname of a fuller name the article gave (``Prime Minister Luís Montenegro`` ...
        ``Montenegro said``): letters only, written as a name (a capital, then lower case) and none
        of the pack's function words (:attr:`PRONOUNS`, determiners, stop words).

        .. versionadded:: 0.2
        """
        if not word.isalpha() or not word[1:].islower():
            return False
        low = word.casefold()
        return low not in self._pronouns and low not in self._determiners and low not in self._stop

    def is_share(self, words: Sequence[str]) -> bool:
        """Whether a mention's *words* open with a share of people: a figure, one of
        :attr:`NUMBER_WORDS` or of :attr:`QUANTIFIERS`, then one of :attr:`SHARE_WORDS` (``Nine
        of 10 voters``, ``One in three``, ``Most of the delegates``): the mention as written
        names them, and its capitalised first word is no name."""
        if len(words) < 2:
            return False
        first = words[0].casefold()
        counted = first.replace(",", "").isdigit() or first in self._numbers or first in self._quantifiers
        second = words[1].casefold()
        return counted and any(share.split()[0] == second for share in self.SHARE_WORDS)

    def plural_share(self, words: Sequence[str]) -> bool:
        """Whether a mention's *words* are a share (:meth:`is_share`) opened by a count for more than
        one: one of :attr:`QUANTIFIERS`, a number word not of :attr:`SINGULAR_COUNT_WORDS`, or a
        figure above 1 (``Some of them``, ``Many of those``, ``Two of the residents``, ``12 of the
        tenants``): a group of people ``they`` may refer to, never ``it`` (``One of the firms`` may
        be a thing); :meth:`may_be_thing` reads one of :attr:`QUANTIFIERS` alone so too (``Most``).

        .. versionadded:: 0.2
        """
        if not self.is_share(words):
            return False
        first = words[0].casefold().replace(",", "")
        if first.isdigit():
            return int(first) > 1
        return first in self._quantifiers or (first in self._numbers and first not in self._singular_counts)

    def initialled_title_person(self, words: Sequence[str], at: int, state: State) -> str | None:
        """The full name of the one person named before *at* whose titles' initials a mention's
        first word spells, before their surname (``PM Wong`` after ``Prime Minister Lawrence
        Wong``, ``SM Lee`` after ``Senior Minister Lee Hsien Loong``): a word of two to
        :attr:`MAX_TITLE_ABBREVIATION` capitals, each the first letter of one of the titles right
        before that name, in order; ``None`` when no one or two people fit (no guess).

        .. versionadded:: 0.2
        """
        if len(words) != 2 or strip_possessive(words[1]) != words[1]:
            return None
        initials, surname = words[0].rstrip("."), words[1].rstrip(".,")
        if not (1 < len(initials) <= self.MAX_TITLE_ABBREVIATION) or not initials.isalpha() or not initials.isupper():
            return None
        if not surname[:1].isupper() or not surname.isalpha():
            return None
        found: set[str] = set()
        for person in state.index.people_before(0, at, self.INTERVIEW_PEOPLE):
            names = person.name.split()
            if len(names) < 2 or surname not in names:
                continue
            lead = self.words_before_name(person, state)[-len(initials) :]
            if len(lead) == len(initials) and all(
                w[:1] == letter and self.vocabulary.is_title(w) for w, letter in zip(lead, initials, strict=True)
            ):
                found.add(person.name)
        return found.pop() if len(found) == 1 else None

    def title_surname_person(self, words: Sequence[str], at: int, state: State) -> str | None:
        """The full name the index holds for a mention that is a title and a surname, the title
        a title or role word of the vocabulary or an occupation (:meth:`is_occupation` without
        guessing by the ending, or one of :attr:`NAMED_OCCUPATIONS`), when the index knows no
        name of those two words and a fuller one of two words or more ends in the surname
        (``Principal Okafor``, ``Detective Park``, ``Coach Morris`` after ``Principal Dana
        Okafor``, ``Detective Lena Park``, ``Coach Daniel Morris``), as :meth:`titled_person`
        reads it (of two people with the surname, the one described with the title, else no
        guess: the mention as written, though :meth:`titled_person` may pick one); else ``None``.

        .. versionadded:: 0.2
        """
        if len(words) != 2 or not words[1][:1].isupper() or strip_possessive(words[1]) != words[1]:
            return None
        title, surname = words[0].rstrip("."), words[1].rstrip(".,")
        low = title.casefold()
        if not title[:1].isupper() or self.vocabulary.is_honorific(title) or not (
            self.vocabulary.is_title(title) or low in self._named_occupations or self.is_occupation(title, by_ending=False)
        ):
            return None  # (an honorific, "Mr. Khan", is the other rules': they read its gender)
        if not surname.isalpha():
            return None
        full = state.index.full_name((surname,))
        if full == surname or full == f"{title} {surname}" or len(full.split()) < 2 or not self.is_plausible_name(full):
            return None
        if len(self.namesakes(surname, state)) > 1:
            # ("Lisa Hart and her brother, Sam Hart ... Detective Hart": the one described with the
            # title, else the mention as written, no guess)
            shared = self.shared_surname([title], surname, None, full, state)
            return shared if shared is not None else " ".join(words)
        return self.titled_person([title], [surname], full, state, at)

    def date_surname(self, words: Sequence[str], state: State) -> str | None:
        """The full name of the person the index knows for a mention that is one capitalised
        month or one of :attr:`NAME_STOP_WORDS` (``May`` for ``Theresa May``), or ``None``: alone,
        such a word names no one the article has not named in full.  So does such a word or a weekday's
        short form after one of ``Vocabulary.HONORIFICS`` (``Mrs May`` for ``Theresa May``, ``Ms Sun`` for
        ``Christine Sun``) whose gender is not the other one's (``Mr May`` is not Theresa May).

        .. versionchanged:: 0.2 after an honorific."""
        if len(words) == 2 and self.vocabulary.is_honorific(words[0]):
            word = strip_possessive(words[1]).rstrip(",.")
            if not (self.may_be_date_surname(word) or self.vocabulary.is_short_weekday(word)):
                return None
            full = state.index.full_name((word,))
            if self.surname_of_two(word, state):
                return None  # ("Theresa May and Brian May both spoke. Dr May said ...": nobody sure)
            pronoun = self.gender_of(normalize_word(words[0]))
            if pronoun is not None and (self.other_gender(full, pronoun, state) or self.honorific_stranger((word,), full, pronoun)):
                return None  # ("Mr May" after Theresa May: someone else)
            return full if full != word and self.is_plausible_name(full) else None
        if len(words) != 1:
            return None
        word = strip_possessive(words[0]).rstrip(",.")
        if not self.may_be_date_surname(word):
            return None
        full = state.index.full_name((word,))
        if self.surname_of_two(word, state):
            return None  # ("Theresa May and Brian May ... May said": nobody sure)
        return full if full != word and self.is_plausible_name(full) else None

    def surname_of_two(self, word: str, state: State) -> bool:
        """Whether the article gives *word* as the surname of two people or more
        (:meth:`namesakes`: ``Theresa May`` and ``Brian May``): the surname alone names neither for
        sure (:meth:`date_surname`).

        .. versionadded:: 0.2"""
        return len(self.namesakes(word, state)) > 1

    def noun_after_article(self, words: Sequence[str], name_words: Sequence[str], full: str) -> bool:
        """Whether *words* are a determiner and one capitalised word that the article has named
        no one by (*full*, the index's name for *name_words*, is that word alone), maybe with
        words in lower case or an age between (``Der junge Stürmer``, ``Der 29-jährige Stürmer``): in
        a language with ``Vocabulary.CAPITALISED_NOUNS`` a noun (``Die Firma``), not a name."""
        if len(words) < 2 or len(name_words) != 1 or full != name_words[0] or words[-1] != name_words[0]:
            return False
        return words[0].casefold() in self._determiners and all(w[:1].islower() or w[:1].isdigit() for w in words[1:-1])

    def genitive_source(self, words: Sequence[str], preceding: str | None) -> str | None:
        """The name of a body a source of a genitive article (:attr:`GENITIVE_ARTICLES`) and one
        noun gives after the last word of a phrase of :attr:`ACCORDING_TO` (*preceding*: German
        ``Nach Angaben des Ministeriums``, ``laut der Polizei``): the noun without the article,
        and without a genitive ending of :attr:`GENITIVE_NOUN_ENDINGS` after one of
        :attr:`ENDING_GENITIVE_ARTICLES` (``Ministerium``, ``Polizei``; ``des Amtes`` keeps
        ``Amtes``: an ending of two letters tells no stem for sure).  ``None`` otherwise: a subject
        (``Der Verband teilte mit``) keeps its article, as written.

        .. versionadded:: 0.2 (mendQT66)"""
        if len(words) != 2 or preceding is None or not self.GENITIVE_ARTICLES:
            return None
        article, noun = words[0].casefold(), words[1]
        if preceding.casefold() not in self._according_lasts or article not in self.GENITIVE_ARTICLES:
            return None
        if article in self.ENDING_GENITIVE_ARTICLES:
            for ending in self.GENITIVE_NOUN_ENDINGS:
                stem = noun[: -len(ending)]
                if noun.endswith(ending) and len(stem) > 2 and not stem.endswith("e"):
                    return stem
        return noun

    def genitive_plural_body(self, words: Sequence[str], name_words: Sequence[str], full: str) -> bool:
        """Whether *words* are a determiner, a capitalised noun, one or more adjectives in lower
        case in the genitive plural (ending in one of :attr:`GENITIVE_PLURAL_ENDINGS`) and one
        capitalised noun that the index names no one by (*full* is that word alone): the noun
        the genitive qualifies speaks, a body named as written (German ``Der Verband kommunaler
        Unternehmen``, ``Der Bund deutscher Architekten``), never a person ``Unternehmen``.  Read
        in a language with ``Vocabulary.CAPITALISED_NOUNS``; ``Der Sprecher Jan Vogel`` has no
        genitive and keeps its name.

        .. versionadded:: 0.2"""
        endings = self.GENITIVE_PLURAL_ENDINGS
        if not endings or len(words) < 4 or len(name_words) != 1 or full != name_words[0] or words[-1] != name_words[0]:
            return False
        if words[0].casefold() not in self._determiners or not (words[1][:1].isupper() and words[1].isalpha()):
            return False
        return all(w.isalpha() and w.islower() and w.endswith(endings) for w in words[2:-1])

    def is_fragment(self, phrase: str) -> bool:
        """Whether a speaker's *phrase* is a piece of a clause rather than a noun phrase: its last
        word is a relative pronoun, a determiner, a possessive determiner, a preposition or one
        of :attr:`THAT_WORDS` (``a new 30-second ad that``, ``one of the``, ``attack her rival
        directly in his``), none of which ends a noun phrase; but a possessive determiner after
        ``of`` and a noun for one person is a pronoun that ends one (``a friend of his``; not ``a
        collection of his``).  Its quote keeps no speaker."""
        words = phrase.split()
        if not words:
            return False
        word = words[-1].strip(",;:")
        last = word.casefold()
        if last in self._pronouns or word[:1].isupper():
            return False  # ("it" is a speaker; "Al From" a name; "Amid" a capitalised word the grammar kept)
        owned = last in self._possessive_determiners and len(words) > 2 and words[-2].casefold() in self._of
        if owned and self.is_person(words[-3].casefold()):
            return False  # ("a friend of his": his own, a pronoun; not "a collection of his")
        return (
            last in self._relatives or last in self._determiners or last in self._possessive_determiners
            or last in self._prepositions or last in self._that_words
        )

    def is_date_name(self, name: str) -> bool:
        """Whether *name* is only month and weekday names of the vocabulary and numbers (``May``,
        ``Friday``, ``mai``, ``Mai 2025``, ``mayo``): a date, never a speaker, whatever the index
        read as a name before it (``... will close in May, the company said``)."""
        words = name.split()
        vocabulary = self.vocabulary
        # (read word by word up to the first that is no date word: most names stop at their first;
        # a plain loop, no generator made for each mention resolved)
        for word in words:
            w = word.strip(",.;:")
            if w and not (w.isdigit() or vocabulary.month_number(w) is not None or vocabulary.is_weekday(w)):
                return False
        return bool(words)

    def without_occupation(self, name: str) -> str:
        """*name* without the capitalised occupation nouns the index kept before a full name
        (``Goalkeeper Mia Holt`` -> ``Mia Holt``, ``Democrats Ana Ortiz`` -> ``Ana Ortiz``): a
        first word that :meth:`is_occupation` goes while two words or more stay, unless an initial
        or a particle follows it (``Sander M. Levin``: a given name then).  Only a listed noun or
        one with a sure ending (``Guitarist``) goes, never one known by another ending alone, however
        many words follow: a capitalised word
        with an occupation's ending before a name is more often a given name or a surname
        (``Cristian Gómez Fernández``, ``Holger Berg``, ``Tender Loving Care``) than an unlisted
        occupation.  Any other name is left as it is (:meth:`resolve` calls this only for a name
        of the article's index)."""
        words = name.split()
        while len(words) > 2 and words[0][:1].isupper() and self.occupation_before_name(words[0], words[1]):
            following = words[1].rstrip(".")
            if len(following) == 1 or self.names.is_particle(following.casefold()):
                break  # ("Sander M. Levin", "Chandler van Voorhis": a given name before an initial or a particle)
            words.pop(0)
        if len(words) == 2 and self.occupation_before_mononym(words[0], words[1]):
            words.pop(0)  # ("Striker Beto": a player known by one name)
        return " ".join(words) if len(words) < len(name.split()) else name

    def occupation_before_mononym(self, word: str, following: str) -> bool:
        """Whether capitalised *word*, the first of a name of two words whose second is
        *following*, is a player's position of :attr:`POSITION_NOUNS` (``Striker Beto``,
        ``Goalkeeper Ederson``: a player known by one name; never ``Ally Brooke``, though an ally
        is a person), which :meth:`without_occupation` drops: no title, role or given name, before a
        capitalised word of letters (a hyphen too) that is no title (``Judge``); never a noun
        known only by its ending (``Carter Page``, ``Hunter Biden``: given names).

        .. versionadded:: 0.2
        """
        low = word.rstrip(".,").casefold()
        plain = following.rstrip(".,")
        if not word[1:2].islower() or low not in self.POSITION_NOUNS:
            return False  # (only a player's position: "Ally Brooke", "Patron Saint" are no such pair)
        if self.vocabulary.is_title(low) or self.vocabulary.is_role_noun(low) or self.either_given(low):
            return False  # (titles and role nouns are the name reader's: "Coach Morris", "Captain Ruiz")
        if low in self._name_like or self.without_accents(low) in self._name_like:
            return False
        return plain[:1].isupper() and plain.replace("-", "").isalpha() and not self.vocabulary.is_title(plain)

    def known_without_occupation(self, name: str, state: State) -> str:
        """:meth:`without_occupation` for *name*, a name of the article's index, but *name* as it
        is when its first word, dropped only for the given name after it
        (:meth:`occupation_before_name`), is a given name elsewhere in the article
        (``PersonIndex.opens_as_given_name``: when the article names ``Lander Ortiz``, ``Lander
        Amy Carver`` stays whole).  Another name with the same last word is no such evidence
        (``Principal Okafor`` after ``Principal Gary Okafor``: the same person).

        .. versionadded:: 0.2
        """
        bare = self.without_occupation(name)
        if bare == name:
            return self.retitled(name, state)
        first = name.split(None, 1)[0]
        if not self.is_occupation(first, by_ending=False) and state.index.opens_as_given_name(first, name):
            return name
        return bare

    def retitled(self, name: str, state: State) -> str:
        """*name*, of three words or more, without its first word when that is a title, a role or
        one of :attr:`NAMED_OCCUPATIONS` that the article also writes before the surname alone
        (``Principal Dana Okafor`` and ``Principal Okafor``: Dana Okafor, though the given name
        is no listed one): a given name never stands before a surname without the rest.

        .. versionadded:: 0.2
        """
        words = name.split()
        if len(words) < 3 or not words[0][:1].isupper():
            return name
        first = words[0].rstrip(".")
        low = first.casefold()
        titled = low in self._named_occupations or self.is_occupation(first, by_ending=False)
        if self.vocabulary.is_honorific(first) or not titled:
            return name
        return " ".join(words[1:]) if state.index.is_known(f"{words[0]} {words[-1]}") else name

    def either_given(self, low: str) -> bool:
        """Whether *low*, a word in lower case, is a given name of either of the vocabulary's lists
        (:meth:`Vocabulary.is_given_name <newsparse.vocabulary.Vocabulary.is_given_name>`), as
        written or without its accents (``josé``).

        .. versionadded:: 0.2
        """
        is_given = self.vocabulary.is_given_name
        return is_given(low) or is_given(self.without_accents(low))

    def occupation_before_name(self, word: str, following: str) -> bool:
        """Whether capitalised *word*, the first of a name of three words or more whose second is
        *following*, is an occupation :meth:`without_occupation` drops: a listed noun or one with
        a sure ending (:meth:`is_occupation` without guessing by the ending: ``Novelist Anna
        Bell``); or, when *following* is a given name the vocabulary lists for one sex or of
        the vocabulary's
        :attr:`~newsparse.vocabulary.Vocabulary.BOTH_SEXES_GIVEN_NAMES` (``Instructor Sam Whitley``)
        or one of :attr:`NAME_LIKE_WORDS`
        (``Supervisor Dean Corliss``) and *word* is none, a noun
        of :attr:`NAMED_OCCUPATIONS` (``Principal Gary Okafor``) or a word of
        :attr:`MIN_OCCUPATION_LENGTH` letters with one of :attr:`GIVEN_NAME_OCCUPATION_ENDINGS`
        that is none of :attr:`NAME_LIKE_WORDS` (``Pediatrician Amy Carver``, German
        ``Baudezernentin Karin Vogt``; never ``Hunter``, ``Carter``).  A given name right after
        the word is what makes it a description: a name does not open with a surname before a
        given name, and a person's second given name after a first one the list lacks is rarer
        than an occupation the list lacks.

        .. versionadded:: 0.2
        """
        if self.is_occupation(word, by_ending=False):
            return True
        low = word.rstrip(".,").casefold()
        if low in self.POSITION_NOUNS and word[1:2].islower() and following[:1].isupper():
            return True  # ("Hooker Malakai Fekitoa", "Guard Stephen Curry": a player's position before a full name)
        if low in self.FULL_NAME_TITLES and word[1:2].islower() and following[:1].isupper():
            return True  # ("Adv Dali Mpofu": an advocate's title before a full name)
        after = following.rstrip(".,").casefold()
        # (a given name of either list, or one of NAME_LIKE_WORDS: "Supervisor Dean Corliss")
        known = self.either_given(after) or after in self._name_like or self.without_accents(after) in self._name_like
        if not known or self.either_given(low):
            return False
        if low in self._named_occupations:
            return True  # ("Principal Gary Okafor": a surname too, but not before a given name)
        if not low.isalpha() or not word[1:2].islower() or low in self._name_like or self.without_accents(low) in self._name_like:
            return False  # ("O'Neil", "MCNEIL": no plain word in title case; "Hunter", "Carter": given names and surnames)
        endings = self._given_name_occupation_endings
        return len(low) >= self.MIN_OCCUPATION_LENGTH and bool(endings) and low.endswith(endings)

    def is_occupation(self, word: str, *, by_ending: bool = True) -> bool:
        """Whether capitalised *word* before a name is an occupation or role noun, not a given name:
        a title or role noun of the vocabulary, one of :attr:`ALLEGIANCE_NOUNS`, a noun of
        :attr:`PERSON_NOUNS` (or its plural) that is not one of :attr:`COLLECTIVE_NOUNS` nor a
        word for anyone (``Critic``, ``Goalkeeper``, ``Democrats``), or any word of :attr:`MIN_OCCUPATION_LENGTH` letters with one
        of :attr:`OCCUPATION_ENDINGS` (``Novelist``, ``Photographer``, ``Curator``) when
        *by_ending* is true, of :attr:`SURE_OCCUPATION_ENDINGS` (``Guitarist``) when it is false;
        never one of :attr:`NAME_LIKE_WORDS` (the given names ``Guy``,
        ``Dean``, ``Christopher``)."""
        low = word.rstrip(".,").casefold()
        if not low.isalpha() or not word[1:2].islower():
            return False  # ("MIA HOLT", "McNeil": capitals inside a word are a name's)
        if self.vocabulary.is_role_noun(low) or self.vocabulary.is_title(low) or low in self._allegiances:
            return True
        if self._gender_words.get(normalize_word(low)) is not None:
            return True  # ("Businessman Lars Berg", "Spokeswoman Ana Ruiz": a word of GENDER_WORDS)
        if low.endswith("s") and not low.endswith("ss"):
            return low[:-1] in self._person_nouns and self.is_person(low[:-1])  # ("Democrats Ana Ortiz")
        if low in self._name_like or self.without_accents(low) in self._name_like:
            return False  # ("Christopher", "Victor", "Víctor": given names with an occupation's ending)
        endings = self._occupation_endings if by_ending else self._sure_occupation_endings
        if len(low) >= self.MIN_OCCUPATION_LENGTH and endings and low.endswith(endings):
            return True  # ("Novelist", "Photographer", "Curator", "Historian"; "Guitarist" even without by_ending)
        # (a person noun: "Critic", "Goalkeeper", "Republican"; not "Guy", "Dean", which are listed above)
        return low in self._person_nouns and self.is_person(low)

    @staticmethod
    def without_accents(word: str) -> str:
        """*word* without its combining marks (``héctor`` -> ``hector``), so that
        :attr:`NAME_LIKE_WORDS` written without accents also holds the accented spellings
        (:func:`newsparse.lines.without_accents`, shared; rvl69)."""
        return without_accents(word)

    def is_known_name(self, name: str, state: State) -> bool:
        """Whether the speaker's *name* is a name of the article's index, as written or as the
        index keeps it with an occupation before it (:meth:`without_occupation`)."""
        index = state.index
        return index.is_known(name) or index.is_known(index.full_name(tuple(name.split())))

    def may_be_thing(self, speaker: Speaker, state: State) -> bool:
        """Whether a pronoun of :attr:`THING_PRONOUNS` may refer to *speaker*: an organisation word,
        a company noun or a document noun ends its mention (``Acme Inc``, ``the company``, ``the
        ministry``, ``the report``); else it is not a person pronoun, nor a person by the name
        rules (a name that opens with a given name of :attr:`GIVEN_NAMES`, or a title of a
        gender before the name: ``Jim Leslie``, ``Mr. Berg``), nor a role noun or a noun for one
        person (:meth:`is_person`, none of :attr:`GROUP_NOUNS`) in lower case (``the spokesman``,
        ``the witness``; not ``the newspaper``, ``the delegation``), nor people (a plural noun in lower case, or one of
        :attr:`GROUP_NOUNS` alone: ``industry sources``, ``Analysts``).  A firm's name the index may
        read as a person's stays one it may refer to (``Computer Terminal``, ``BRT Realty Trust``).

        .. versionadded:: 0.2
        """
        low = speaker.name.casefold()
        if low in self._pronouns:
            return low in self._things
        # (a pronoun resolved before, "It said", is read by the name it stands for)
        mention = speaker.name if speaker.mention.casefold() in self._pronouns else speaker.mention
        words = mention.split()
        if not words:
            return False
        if len(words) > 2 and words[-1].casefold() in self._pronouns and words[-2].casefold() in self._object_prepositions:
            return False  # ("two of the people behind it": a phrase that ends in its own pronoun object, no thing)
        vocabulary = self.vocabulary
        if self.people_before_link(words):
            return False  # ("Analysts at Karlsen Securities": the analysts, not the firm after "at")
        if self.plural_share(words) or (len(words) == 1 and words[0].casefold() in self._quantifiers):
            return False  # ("Some of them", "Many of those", "Two of the residents", "Most": people, never "it")
        if self.group_head(words, state):
            return False  # ("Tenants" opening a sentence: a capitalised plural of a person noun, no firm)
        head = strip_possessive(words[-1]).rstrip(".,;:")
        folded = head.casefold()
        if vocabulary.is_org_word(head) or vocabulary.is_company_noun(folded) or folded in self._document_nouns:
            return True
        if self.given_words_gender(speaker.name.split()) is not None:
            return False  # ("Jim Leslie": a person)
        if any(self.gender_of(normalize_word(w)) is not None for w in words[:-1]):
            return False  # ("Mr. Berg", "Mrs. Ortiz")
        one_person = self.is_person(folded) and folded not in self._groups  # (not "the newspaper", "the delegation")
        if head[:1].islower() and (vocabulary.is_role_noun(folded) or one_person):
            return False  # ("the spokesman", "a Pierson economist", "the witness"; not "the newspaper", "the trust")
        # (people: a plural noun in lower case or one of GROUP_NOUNS alone, "industry sources",
        # "Analysts"; not a firm's name, "Metal Traders")
        plural = folded.endswith(self.PRESENT_SUFFIX) and not folded.endswith(self.NOT_PRESENT_ENDINGS)
        return not (plural and (head[:1].islower() or (len(words) == 1 and folded in self._groups)))

    def people_before_link(self, words: Sequence[str]) -> bool:
        """Whether a mention's *words* open with people before a post-modifier (one of
        :attr:`POST_MODIFIERS` or :attr:`PLACE_PREPOSITIONS`): a plural noun in lower case or
        one of :attr:`GROUP_NOUNS` alone right before it (``Analysts at Karlsen Securities``,
        ``economists at the bank``, ``Lawyers for the family``).  The phrase's head is those
        people, never the body after the link, whatever word ends the mention.

        .. versionadded:: 0.2
        """
        link = next((i for i, w in enumerate(words[1:-1], 1) if w in self._cuts or w in self._place_prepositions), None)
        if link is None:
            return False
        head = words[link - 1]
        folded = head.casefold()
        if not folded.endswith(self.PRESENT_SUFFIX) or folded.endswith(self.NOT_PRESENT_ENDINGS):
            return False
        return head[:1].islower() or (link == 1 and folded in self._groups)

    def may_be_plural(self, speaker: Speaker, state: State) -> bool:
        """Whether a plural pronoun may refer to *speaker*: a capitalised plural after ``the``
        (``the Rolling Stones``, ``the Smiths``), never a person's name of the article's index
        (``Tom Berg of the Sierra Club``); else when its mention is plural (:meth:`is_plural`),
        or it is not one person for sure: no title stands in its mention and it ends in no noun
        for one person (``VW``, ``Acme Tools``; not ``Mayor Ortiz``, ``the defence lawyer``, nor a
        person pronoun left as written, ``he``), and it is no lone capitalised word
        (:meth:`lone_capitalised_word`: ``Smith``, maybe a surname).

        .. versionchanged:: 0.2 never a lone capitalised word (fixQ60)."""
        words = speaker.mention.split()
        last = words[-1] if words else ""
        if len(words) > 1 and words[0].casefold() == self.DEFINITE_ARTICLE and last[:1].isupper() and last.endswith("s"):
            return True  # ("the Rolling Stones", "the Smiths": a plural name after "the" is no one person)
        if not words or self.is_known_name(speaker.name, state):
            return False  # ("Tom Berg of the Sierra Club": one person, whatever the mention ends in)
        if len(words) == 1 and last.casefold() in self._persons:
            return False  # ('"...," he said.' left as written: one person, not "they")
        if self.is_plural(speaker.mention):
            return True
        if any(self.vocabulary.is_title(w) for w in words[:-1]):
            return False  # ("Mayor Ortiz")
        if len(words) == 1 and self.lone_capitalised_word(last):
            return False  # ("Smith warned ... They cautioned": maybe one person, a surname; nobody sure)
        head = strip_possessive(words[-1]).rstrip(".,;:").casefold()
        return not (head in self._person_nouns or self.vocabulary.is_role_noun(head) or self.vocabulary.is_title(head))

    def lone_capitalised_word(self, word: str) -> bool:
        """For :meth:`may_be_plural`: whether *word*, a speaker's whole mention, is one word of
        letters with only its first capitalised (``Smith``, ``Apple``): it may be a surname, one
        person the article never named in full, so a plural pronoun never refers to it (an
        acronym, ``VW``, ``IBM``, stays a body's, and a plural noun for people opening the
        sentence stays several people, ``Dealers``, ``Democrats``, ``Campaigners``; a surname of a
        person the article names in full never comes here, :meth:`may_be_plural` reads the index
        first).  Any other one-word name stays unresolved, a plural's shape too (``Greenpeace``,
        ``Tories``: unsure; ``Roberts``, ``Williams``: surnames).

        .. versionadded:: 0.2 (fixQ60)"""
        bare = strip_possessive(word).rstrip(".,;:")
        if not (bare.isalpha() and bare[:1].isupper() and bare[1:].islower()) or self.vocabulary.is_org_word(bare):
            return False
        low = bare.casefold()
        plural = bool(self.PRESENT_SUFFIX) and low.endswith(self.PRESENT_SUFFIX)
        # (a plural's shape alone is no sign: "Roberts", "Williams" are surnames; a reread of round 60)
        return not (plural and self.is_people_noun(low, personal=True))  # (but "Dealers said": people)

    def is_plural(self, mention: str) -> bool:
        """Whether a speaker's *mention* stands for several people or a body, so that one of
        :attr:`PLURAL_PRONOUNS` may refer to it: a plural pronoun itself, names joined by one of
        :attr:`COORDINATORS` (``Ortiz and Lindqvist``), a head of :attr:`GROUP_NOUNS` or
        :attr:`COLLECTIVE_NOUNS`, an organisation word (``the ministry``, ``Berg Holdings``), or
        a lower-case plural noun (``analysts``, ``the striking workers``); never a person's name."""
        words = mention.split()
        if not words:
            return False
        low = [w.casefold() for w in words]
        if low[0] in self._plurals or any(w in self._coordinators for w in low[1:-1]):
            return True
        head = strip_possessive(words[-1]).rstrip(".,;:")
        folded = head.casefold()
        if folded in self._groups or folded in self._collectives or self.vocabulary.is_org_word(head):
            return True
        return head[:1].islower() and folded.endswith(self.PRESENT_SUFFIX) and not folded.endswith(self.NOT_PRESENT_ENDINGS)

    def person_referent(self, text: str, at: int, state: State) -> str:
        """The name a person pronoun *text* (``he``, ``she``) at *at* refers to, before its gender
        is checked (:meth:`resolve_name`); *text* itself when no one is sure."""
        if self.organisation_last_subject(at, state):
            return text  # "Berg Holdings apologised. '...,' he said.": not Berg, nobody sure
        questioned = self.questioned_before(at, state)
        if questioned is not None:
            return questioned  # ('Ann Lee said ... Asked about it, Nkosi smiled. "...," she said.': Nkosi answers)
        nearer = self.nearer_subject(text, at, state)
        if nearer is not None:
            return nearer  # 'May said. Her deputy, Will Hurd, disagreed. "...," he said.': Will Hurd
        named = self.paragraph_subject(at, state)
        opening = self.fronted_other(named, at, state) if named else None
        if opening is not None:
            # ("Tom Berg spoke. With Sam Hale beside him, he said": read as if the phrase were not there)
            return self.person_referent(text, opening, state)
        if named is not None:
            # (empty: two people it may refer to, unless the article marks one for the pronoun)
            return named or self.only_one_of_gender(text, at, state) or text
        agent = self.passive_agent_before(text, at, state)
        if agent is not None:
            return agent  # ('... a plan drawn up by Mayor Lena Ray.' / '"...," she said.': Lena Ray)
        role = self.role_subject(at, state)
        if role is not None:
            return role  # "A spokesman for Ola Berg disagreed. "...," he said.": the spokesman
        closing = self.closing_attribution_person(at, state)
        if closing is not None:
            return closing  # ("Prices will rise, Finance Minister Paul Grant said. '...,' he said.": Grant)
        if self.person_described(at, state):
            return text  # "Hale's wife wept as he was led away. "...," she said.": no one named
        if self.someone_else_named(at, state):
            return text  # "Walsh's lawyer spoke first. '...,' he said.": nobody sure
        reacting = self.short_paragraph_subject(text, at, state)
        if reacting is not None:
            return reacting  # ('"...," Holder said.' / 'Sanders was not impressed.' / '"...," he said.')
        role = self.previous_role_subject(text, at, state)
        if role is not None:
            return role  # ('"...," said Tom Berg.' / 'The prime minister arrived.' / '"...," he said.')
        last = state.last_speaker
        known = last is not None and self.is_known_name(last.name, state)
        if last is not None and not known and self.titled_for(last.mention, text):
            newcomer = self.subject_since_speaker(at, state)
            if newcomer is not None:
                return newcomer  # ('"...," said Mr. Berg.' / 'Tom Hart disagreed.' / '"...," he said.': Hart)
            known = True
        newcomer = self.newcomer_of_gender(text, at, state)
        if newcomer is not None:
            return newcomer  # ('"...," Ana Ruiz said.' / 'Her nephew, Tom Berg, has toured with her.' / '"...," he said.')
        if last is not None and known and not self.other_pronoun(last.mention, text):
            newcomer = self.newcomer_since_speaker(text, state)
            if newcomer is not None:
                # ('"...," Tom Berg said.' / 'Across town is Wayne Borders, ...' / '"...," he said.': no one
                # sure; but the newcomer when the article shows the last speaker for the other pronoun:
                # '"...," said Ms Cole.' / 'Housing Minister Tom Dolan disagreed.' / '"...," he said.')
                if self.other_gender(last.name, text, state) or self.newcomer_spoke(newcomer, state):
                    return newcomer
                return text
            owner = self.possessor_before(text, at, state)
            if owner is not None and owner != last.name:
                return owner  # ('"...," Tom Berg said.' / 'Ana Ortiz's plan fails when she says ...': Ana Ortiz)
            if self.credited_writer(last, state):
                # ('Tom Berg ran. As the Daily Star's Paul Grant wrote, "..."' / '"...," he said.':
                # the one the writer wrote of, not the writer)
                subject = self.last_subject(at, state)
                if subject == last.name and last.span is not None:
                    # (the writer the subject of an "As ... wrote" clause: the subject named before them)
                    subject = self.last_subject(last.span.start, state)
                if subject is not None and subject != last.name:
                    return subject
            if state.speaker_followed_by_person and last.span is not None and last.span.start < state.paragraph_start:
                # (set for the paragraph right after the speaker's only)
                return text  # ('"...," Ortiz said. Her lawyer, Tom Berg, nodded.' then '"...," he said.')
            if self.titled_rival_of_unknown(last, text, at, state):
                return text  # ('Councilwoman Yara Ruiz said ... Ola Berg said ...' / '"...," she said.': either)
            return last.name
        titled = self.titled_surname_of_gender(text, at, state)
        if titled is not None:
            return titled  # ('Ms Khan said ..., while Mr Patel said ... He added: "..."': Patel)
        unnamed = self.unnamed_speaker(at, state, text)
        if unnamed is not None:
            return unnamed or text  # (empty: a name the article gave no more of)
        subject = self.last_subject(at, state)
        if subject is not None and self.titled_rival_of_gender(subject, text, at, state):
            return text  # ('Minister Jane Roe met Mayor Ann Lee.' / '"...," she said.': either woman)
        return text if subject is None else subject

    def titled_rival_of_unknown(self, last: Speaker, pronoun: str, at: int, state: State) -> bool:
        """Whether the last speaker, *last*, named by a name (not a description after one of
        :attr:`DETERMINERS`: ``the Maryland Democrat`` may be the titled one), is of no gender the
        article shows (:meth:`described_genders`: no title, role, kin word, possessive nor given
        name) while another person named within :attr:`GENDER_TITLE_WINDOW` characters before
        *at*, of another surname (``spokesman Cent van Vliet`` is ``Van Vliet``), is of
        *pronoun*'s gender by a title, role or honorific of :attr:`GENDER_WORDS` (``Councilwoman
        Yara Ruiz said ... Ola Berg said ...`` before ``she said``): the pronoun may mean either,
        and is left as written.

        .. versionadded:: 0.2 (mendQ63)"""
        low, name = pronoun.casefold(), last.name
        opening = last.mention.split()[:1]
        if low not in self._gendered or not opening or opening[0].casefold() in self._determiners:
            return False
        surname = name.split()[-1].casefold()
        genders = self.genders_of(state)
        if genders.get(name) is not None:
            return False  # (known, or described for both: other rules read it)
        for person in state.index.people_between(max(0, at - self.GENDER_TITLE_WINDOW), at, self.MAX_SUBJECTS):
            if person.name.split()[-1].casefold() == surname or genders.get(person.name) != low:
                continue  # (the speaker under another name, or no one of the pronoun's gender)
            lead = self.gender_lead_word(person)
            if any(self.gender_of(word) == low for word in (*person.descriptors, *([lead] if lead else []))):
                return True
        return False

    def titled_rival_of_gender(self, name: str, pronoun: str, at: int, state: State) -> bool:
        """Whether someone other than *name*, the subject :meth:`last_subject` found before *at*,
        is named after it as the object of its verb, in its sentence (:meth:`names_object`)
        with a title or role of their own right before the name (``Minister Jane Roe met Mayor Ann
        Lee on Monday.``, ``La ministra Lucía Ruiz se reunió con la alcaldesa Ana Gómez.``), the
        article showing them of *pronoun*'s gender (:meth:`described_genders`) and *name* of no other:
        two people the pronoun may mean, and nothing (a previous speaker, a quoted paragraph's
        continuity) that picks one.  Not someone a possessive of the pronoun's gender owns after
        *name* (``Tom Berg sued his brother, Mayor Mark Berg.``: the subject's gender shown), nor a
        person in a clause of its own (``Ana Ruiz, who met Mayor Ann Lee``).

        .. versionadded:: 0.2
        """
        low = pronoun.casefold()
        if name == pronoun or low not in self._gendered or not state.index.is_known(name):
            return False
        genders = self.genders_of(state)
        if genders.get(name) not in (None, "", low):
            return False
        people = self.people_since_subject(name, at, state)
        if not people:
            return False
        text = state.text
        subject_end = people[0].start + len(name)
        for person in people[1:]:
            if person.name == name or genders.get(person.name) != low or person.start < subject_end:
                continue
            if self.is_possessor(person, state) or not self.titled_here(person, text):
                continue
            if self.owner_between(text, subject_end, person.start, low) or self.subordinate_before(text, subject_end, person.start):
                continue
            if not self.verb_object_gap(text[subject_end : person.start].split()):
                continue  # (only the object of the subject's own verb: "..., as Secretary Tom Hale watches" is none)
            return True
        return False

    def verb_object_gap(self, gap: Sequence[str]) -> bool:
        """Whether *gap*, the words between a sentence's subject and a titled person after it
        (:meth:`titled_rival_of_gender`), are its verb and what leads to its object: at most
        :attr:`MAX_OBJECT_GAP` words in lower case besides determiners, titles and role nouns, the
        first none of :attr:`COORDINATORS` (``Tom Berg and Deputy Mayor Paul Grant laid flowers``:
        two subjects, the first kept), and no punctuation (``met Mayor``, ``se reunió con la
        alcaldesa``; not ``listens to a question, as Secretary``).

        .. versionadded:: 0.2
        """
        vocabulary = self.vocabulary
        lower = [
            w for w in gap
            if not (vocabulary.is_title(w) or vocabulary.is_role_noun(w) or w.casefold() in self._determiners)
        ]
        if not lower or len(lower) > self.MAX_OBJECT_GAP or gap[0] in self._coordinators:
            return False
        return all(w.replace("-", "").isalpha() and w[:1].islower() for w in lower)

    def titled_here(self, person: Person, text: str) -> bool:
        """Whether a title or role noun stands right before *person*'s mention (``Mayor Ann Lee``,
        ``la alcaldesa Ana Gómez``), no comma between.

        .. versionadded:: 0.2
        """
        before = text[max(0, person.start - self.PHRASE_WINDOW) : person.start].split()
        if not before:
            return False
        word = before[-1]
        return self.vocabulary.is_title(word) or self.vocabulary.is_role_noun(word)

    def titled_surname_of_gender(self, pronoun: str, at: int, state: State) -> str | None:
        """The surname written after an honorific of :attr:`GENDER_WORDS` for *pronoun* (``Mr Patel``
        for ``he``) when the paragraph before *at*, outside quotation marks, names people only so
        (no full name the index holds there), at least two of them, each with an honorific of one
        gender, and only that surname with one for *pronoun* (``Ms Khan said ..., while her colleague
        Mr Patel said ... He added: "..."``: Patel); ``None`` otherwise (``Mr Patel met Mr Singh.``:
        either; ``Mr Patel met Ana Ruiz.``: a name of no shown gender).

        .. versionadded:: 0.2
        """
        low = pronoun.casefold()
        if self._gender_honorific is None or low not in self._gendered:
            return None
        if state.index.people_between(state.paragraph_start, at, 1):
            return None  # (a full name the index holds: the other rules decide)
        memo = self.paragraph_memo(state)
        if memo.titled is None:
            memo.titled = self.titled_surnames(state)
        return memo.titled.surname_for(low, at - state.paragraph_start)

    def titled_surnames(self, state: State) -> TitledSurnames:
        """For :meth:`titled_surname_of_gender`: the paragraph's surnames after an honorific of
        :attr:`GENDER_WORDS`, outside quotation marks, read in one pass (:class:`TitledSurnames`).

        .. versionadded:: 0.2"""
        read = TitledSurnames()
        pattern = self._gender_honorific
        if pattern is None:
            return read
        text = state.paragraph_text
        genders: dict[str, str] = {}
        holders: dict[str, list[str]] = {}
        for match in pattern.finditer(text, 0, None, False, KEEP_GIL):
            if self.inside_marks(match.start(), state.paragraph_marks):
                continue
            end = match.end()
            read.ends.append(end)
            count = len(read.ends)
            gender = self.gender_of(normalize_word(match["word"]))
            surname = strip_possessive(match["name"])
            if (
                (text[end : end + 1] == " " and text[end + 1 : end + 2].isupper())  # ("Mr Raj Patel": the index's)
                or gender is None or genders.get(surname, gender) != gender  # (both genders: no one sure)
            ):
                read.dead = count - 1
                break
            if surname not in genders:
                genders[surname] = gender
                holders.setdefault(gender, []).append(surname)
            for pronoun, surnames in holders.items():
                window = read.windows.get(pronoun)
                if window is None and len(surnames) == 1 and len(genders) > 1:
                    read.windows[pronoun] = (count, len(text) + 2, surnames[0])
                elif window is not None and len(surnames) > 1 and window[1] > count:
                    read.windows[pronoun] = (window[0], count, window[2])
        return read

    def people_outside_marks(self, at: int, state: State) -> list[Person]:
        """The mentions of people the paragraph being read names before *at* (at most
        :attr:`MAX_SUBJECTS` of them), in order, but for those inside quotation marks.

        .. versionadded:: 0.2
        """
        return [
            person for person in state.index.people_between(state.paragraph_start, at, self.MAX_SUBJECTS)
            if not self.inside_marks(person.start - state.paragraph_start, state.paragraph_marks)
        ]

    def sole_person_mentions(self, at: int, state: State) -> list[Person]:
        """:meth:`people_outside_marks` when they all name one person; empty when the paragraph
        names no one there or two people.

        .. versionadded:: 0.2
        """
        people = self.people_outside_marks(at, state)
        if any(person.name != people[0].name for person in people):
            return []
        return people

    def closing_attribution_person(self, at: int, state: State) -> str | None:
        """The name of the one person the paragraph names before *at* (outside quotation marks),
        when that name closes an attribution after reported words in an earlier sentence of the
        paragraph: a comma and maybe words that describe it before it (:meth:`describing_words`),
        a cue word right after it (``Prices will rise, Finance Minister Paul Grant said on
        Monday. "...," he said.``: Paul Grant), or, the cue inverted, between the comma and
        those words, the name then ending its sentence or clause, the words of its title between
        (:meth:`title_case_part`: ``Prices will rise, said Finance Minister Paul Grant. "...," he
        said.``, ``said Vice-President Paul Grant``).  Such reported words are read after the
        paragraph's quotations, so their speaker is no last speaker yet when a pronoun of a
        quotation is resolved.  ``None`` when someone else is named there too, or no such
        attribution stands.

        .. versionadded:: 0.2
        """
        people = self.sole_person_mentions(at, state)
        if not people:
            return None
        person = people[-1]
        relative = person.start - state.paragraph_start
        index = bisect_right(state.sentence_starts, relative) - 1
        if index < 0 or index + 1 >= len(state.sentence_starts) or state.sentence_starts[index + 1] > at - state.paragraph_start:
            return None  # (the pronoun's own sentence: no earlier attribution)
        end = person.start + len(person.name)
        if state.text[person.start : end] != person.name:
            return None
        after = state.text[end : end + self.NAMED_WINDOW].split()[:1]
        lead = state.paragraph_text[state.sentence_starts[index] : relative].split()
        lead = lead[: len(lead) - self.describing_words(lead)]
        if not after or not self.is_cue_word(after[0].strip(",;:.").casefold()):
            cut = len(lead)
            while cut > 0 and self.title_case_part(lead[cut - 1]):
                cut -= 1  # (the capitalised words of a title: "said Finance Minister Paul Grant", "Vice-President")
            # (a cue before the title; the reported words before it are counted below, as for "X, Paul Grant said")
            if cut == 0 or not self.is_cue_word(lead[cut - 1].casefold()) or state.text[end : end + 1] not in ".,":
                return None
            lead = lead[: cut - 1]  # ("Prices will rise, said Finance Minister Paul Grant.": the cue before the name)
        if len(lead) < 2 or not lead[-1].endswith(",") or self.inside_marks(relative - 2, state.paragraph_marks):
            # (no reported words before the name, "Paul Grant said ...", or a comma inside quotation
            # marks before it, '"...," Paul Grant said': read otherwise)
            return None
        return person.name

    def title_case_part(self, word: str) -> bool:
        """Whether *word*, between an inverted cue and the name after it, is a capitalised word of
        the person's title: letters, maybe joined by hyphens (``Finance``, ``Minister``,
        ``Vice-President``, ``Director-General``); not a possessive nor a word with digits.

        .. versionadded:: 0.2
        """
        parts = word.split("-")
        return word[:1].isupper() and all(part.isalpha() for part in parts)

    def nearer_subject(self, pronoun: str, at: int, state: State) -> str | None:
        """The referent of person *pronoun* at *at* when a sentence of its paragraph before the
        pronoun's own opens with one person as its subject (:meth:`sentence_actor`) after the
        last speaker's mention, and no earlier sentence of the paragraph opens with someone else:
        that subject, resolved (``"...," Theresa May said. Her deputy, Will Hurd, disagreed.
        "...," he said.``: Will Hurd; ``A spokesman for the union disagreed. "...," he said.``:
        the spokesman).  *pronoun* itself (no sure referent) when that sentence also speaks of
        someone of the pronoun's gender (``Her deputy ...`` for ``she``, ``Wale asked whether he
        would stay``) while the last speaker may be that someone and nothing shows the subject's
        gender.  ``None`` (the other rules decide) when there is no such subject, when it acts on
        someone of the pronoun's gender (``The judge asked him to sit.``: the one before), when
        its gender is another (``His mother, Anna, wept. "...," he said.``) or when the sentence
        may have several subjects.  A subject that is the last speaker, quoted in its own
        sentence, is the referent even after a possessive of the pronoun's gender (``His
        attorney, Frank Ostrowski, argued that ... He told jurors ...``: Frank Ostrowski).  Linear:
        each sentence's subject is read once per paragraph
        (:attr:`~newsparse.quotes.model.ParagraphMemo.subjects`) and the nearest found in one step
        (:attr:`~newsparse.quotes.model.ParagraphMemo.last_person`)."""
        low = pronoun.casefold()
        relative = at - state.paragraph_start
        index = bisect_right(state.sentence_starts, relative) - 1
        if index < 0:
            return None
        memo = self.paragraph_memo(state)
        self.read_subjects(memo, index, state)  # (its own sentence too)
        own = memo.subjects[index]
        nearest = memo.last_person[index - 1] if index > 0 else -1
        if own is not None and own.mention.end <= relative:
            text, before = state.paragraph_text, relative
            while before > 0 and text[before - 1].isspace():
                before -= 1  # (back over blanks, not a copy of the paragraph up to each pronoun)
            if text[before - 1 : before] in (",", *self._marks):
                return None  # ("Obama was the first black president, he said.": what he said, not who)
            if own.several:
                return None
            if own.person:
                nearest = index  # ("The president denounced what he called ...": its own subject)
        if nearest < 0:
            return None
        subject = memo.subjects[nearest]
        if subject is None or subject.several:
            return None
        if nearest not in memo.read_objects:
            end = state.sentence_starts[nearest + 1] if nearest + 1 < len(state.sentence_starts) else len(state.paragraph_text)
            subject = memo.subjects[nearest] = self.with_objects(subject, end, state)
            memo.read_objects.add(nearest)
        if low in subject.acts_on:
            return None  # ("The judge asked him to sit.": the judge acts on the one before)
        last = state.last_speaker
        opening = state.absolute(state.sentence_starts[nearest])
        mention = subject.mention
        name = self.resolve_name(mention.text, state.absolute(mention.start), state)
        quoted_here = last is not None and last.span is not None and opening <= last.span.start < at
        if quoted_here and (last is None or last.name != name or not subject.person):
            return None  # (the last speaker is nearer)
        # (the subject reports words in its sentence, quoted there or with a cue right after it,
        # and the pronoun goes on with the same speaker: "His attorney, Frank Ostrowski, argued
        # that ... He told jurors ...")
        spoke = quoted_here or (subject.person and self.cue_after_subject(mention, state))
        earlier = memo.last_person[nearest - 1] if nearest > 0 else -1
        spoken = last.span.start if last is not None and last.span is not None else -1
        if earlier >= 0 and spoken >= state.absolute(state.sentence_starts[earlier]):
            earlier = -1  # (a speaker quoted after that subject: the subject before it is past)
        # (a possessive of the other gender in the subject's phrase: its owner, the one before,
        # is not the pronoun's: "Tom Ruiz arrived. His deputy, Mary Curie, said ..." for she)
        owner_other = bool(subject.possessor) and low not in subject.possessor
        if not subject.possessor and subject.gender == low and self.opens_with_possessive(nearest, state):
            # ("Sa femme, Sophie, a pleuré." for elle: a possessive that shows no owner's gender
            # opens the phrase of someone shown for the pronoun; the owner is the one before)
            owner_other = True
        if earlier >= 0 and not owner_other and not spoke and not self.apposed_newcomer(subject, nearest, state):
            other = memo.subjects[earlier]
            if other is None or other.several or self.subject_name(other, state) != name:
                if self.is_role_phrase(mention.text):
                    return pronoun  # ("Tom Berg backed it. The prime minister did not.": either of them)
                return None  # ("Sarah Mills spoke first. Paul Grant stood up.": the other rules)
        if subject.gender not in (None, low) or self.other_gender(name, low, state) or self.other_pronoun(mention.text, low):
            return None  # (a subject of the other gender: the pronoun is someone else's)
        if self.joined_clause_rival(mention, name, nearest, low, state):
            return pronoun  # ("Mr Singh said ..., while Mr Patel said ... He added": either of them)
        if self.named_between(mention, name, at, state):
            # ("The senator rallied for Eric Kingson, ... as he promised": either; and not the
            # owner before: "Her deputy, Will Hurd, disagreed with Paul Grant." for he)
            return pronoun if owner_other else None
        genders = self.genders_of(state)
        # (a possessive shows a role's gender, not a named person's: "Tom Berg praised her work.")
        owned = low in subject.owns and not state.index.is_known(name)
        shown = subject.gender == low or genders.get(name) == low or owned
        rival = (
            last is not None and last.name != name and not self.other_gender(last.name, low, state)
            and not self.other_pronoun(last.mention, low)
        )
        if (low in subject.possessor and not spoke) or (rival and not shown and low in subject.asks_about):
            return pronoun  # ("Her deputy, Will Hurd, ..." for she: the deputy or the one she is)
        if rival and not shown and not self.owned_by_other(subject, low, state.sentence_starts[nearest], state):
            if self.named_actor(subject, state):
                return pronoun  # ('"...," he said. Dr Becker nodded. "...," he said.': either of two)
            if self.given_name_opens_paragraph(nearest, state):
                return name  # (as paragraph_subject reads a full name: "Amara, 17, now comes ... She said ...")
            # ("...," Tom Berg said. The mayor declined to comment. "...," he said.": nothing shows
            # that the subject is the one; the last speaker stays)
            return None
        words = mention.text.split()
        if any(strip_possessive(w) != w for w in words[:-1]):
            return None  # ("The defendant's mother cried.": the rules for a described person decide)
        if words[0].casefold() in self._possessive_determiners and name == mention.text and not spoke:
            return pronoun  # ("Her brother, a ferry captain, disagreed.": someone's role, no name)
        return name  # (or the name set off after the same words before: "her husband, Tom Ortiz,")

    def joined_clause_rival(self, mention: Mention, name: str, index: int, pronoun: str, state: State) -> bool:
        """For :meth:`nearer_subject`: whether the paragraph's sentence *index*, whose subject is
        *mention* (resolved *name*), goes on after a comma and one of :attr:`CLAUSE_JOINS` with a
        clause whose subject, within :attr:`JOINED_SUBJECT_WORDS` words after the join, names someone else
        whom the article does not show for the other pronoun than *pronoun*: a person of the index
        or a surname after an honorific of :attr:`GENDER_WORDS` that opens the clause
        (:meth:`subject_of_joined_clause`: ``Mr Singh said ..., while his colleague Mr Patel said ...`` for
        ``he``): either may be the pronoun's.

        .. versionadded:: 0.2
        """
        starts = state.sentence_starts
        end = starts[index + 1] if index + 1 < len(starts) else len(state.paragraph_text)
        text = state.paragraph_text
        joins = {w.casefold() for w in self.CLAUSE_JOINS}
        comma = text.find(",", mention.end, end)
        while comma >= 0:
            after, comma = comma + 1, text.find(",", comma + 1, end)
            words = list(islice(self._word.finditer(text, after, end, False, KEEP_GIL), self.JOINED_SUBJECT_WORDS + 1))
            if not words or words[0].group().casefold() not in joins:
                continue
            stop = words[-1].end()
            for person in state.index.people_between(state.absolute(words[0].end()), state.absolute(stop), self.MAX_SUBJECTS):
                at = person.start - state.paragraph_start
                if person.name == name or self.other_gender(person.name, pronoun, state):
                    continue
                if self.subject_of_joined_clause(text, words[0].end(), at, at + len(person.name)):
                    return True
            pattern = self._gender_honorific
            for match in pattern.finditer(text, words[0].end(), stop, False, KEEP_GIL) if pattern is not None else ():
                surname = strip_possessive(match["name"])
                if surname in name.split() or not self.subject_of_joined_clause(text, words[0].end(), match.start(), match.end()):
                    continue
                if self.gender_of(normalize_word(match["word"])) in (None, pronoun):
                    return True
        return False

    def subject_of_joined_clause(self, text: str, join_end: int, start: int, end: int) -> bool:
        """For :meth:`joined_clause_rival`: whether the name from *start* to *end* is the subject of
        the clause joined at *join_end*: only words in lower case that are no preposition stand
        between (``while his colleague Mr Patel``; not ``and the University of North Carolina``),
        and a word in lower case follows it after one space, its verb (``Mr Patel said``).

        .. versionadded:: 0.2
        """
        for word in self._word.finditer(text, join_end, start, False, KEEP_GIL):
            if not word.group().islower() or word.group() in self._prepositions:
                return False
        following = self._word.match(text, end + 1) if text[end : end + 1] == " " else None
        return following is not None and following.group().islower()

    def cue_after_subject(self, mention: Mention, state: State) -> bool:
        """For :meth:`nearer_subject`: whether a cue (:meth:`is_cue_word`) follows *mention*, a
        sentence's subject in the paragraph being read, maybe after the comma that closes an
        apposed name and one adverb (``His attorney, Frank Ostrowski, argued that``, ``Tom Berg
        later said``): the subject reports words in that sentence.

        .. versionadded:: 0.2
        """
        text = state.paragraph_text
        pos = mention.end
        if text[pos : pos + 1] == ",":
            pos += 1
        words = list(islice(self._word.finditer(text, pos, min(len(text), pos + self.PHRASE_WINDOW), False, KEEP_GIL), 2))
        if not words or text[pos : words[0].start()].strip():
            return False
        if len(words) > 1 and self.is_adverb(words[0].group()) and not text[words[0].end() : words[1].start()].strip():
            words = words[1:]
        return self.is_cue_word(words[0].group())

    def plural_cue_beside(self, mention: Mention, preceding: str | None, state: State) -> bool:
        """Whether *mention* is a person pronoun with a cue of :attr:`PLURAL_CUE_ENDINGS` right
        before it (*preceding*: ``sagten sie``) or right after it (``sie sagten``): in German the
        pronoun is then ``they``, and stands for no one person.  Reads one word on each side.

        .. versionadded:: 0.2
        """
        if not self.PLURAL_CUE_ENDINGS or mention.text.casefold() not in self._persons:
            return False
        raw = state.paragraph_text
        after = self._word.match(raw, mention.end + 1) if raw[mention.end : mention.end + 1] == " " else None
        for word in (preceding.strip(",;") if preceding else None, after.group() if after else None):
            if word and word[:1].islower() and self.is_cue_word(word) and word.endswith(self.PLURAL_CUE_ENDINGS):
                return True
        return False

    def member_of_body(self, words: Sequence[str], cut: int, state: State) -> str | None:
        """For :meth:`resolve_name`: the name before the link at ``words[cut]``, one of
        :attr:`OF_WORDS`, when it ends in a
        word of the vocabulary's ``ORG_WORDS`` (so :meth:`name_words` reads no person: ``Devin
        Park``) and the words after the link name a body of their own (:meth:`body_of_its_own`:
        ``Devin Park of Crestline Securities``): someone of that body, the titles and occupations
        before the name left out (``Analyst Devin Park``), :attr:`BODY_MEMBER_NAME_WORDS` words
        whose first may open a person's name (not ``American Bureau of ...``); else ``None``.

        .. versionadded:: 0.2
        """
        if words[cut] not in self._of:
            return None
        lead = list(words[:cut])
        size = self.BODY_MEMBER_NAME_WORDS
        while len(lead) > size and (self.vocabulary.is_title(lead[0].rstrip(".")) or self.is_occupation(lead[0], by_ending=False)):
            lead.pop(0)
        # (a given name and a surname only: "American Bureau of ...", "Federal Reserve Bank of ..." are bodies)
        if len(lead) != size or not self.names.is_name_word(lead[0]) or self.placed_body(lead) is None:
            return None
        return " ".join(lead) if self.body_of_its_own(words[cut + 1 :], state) else None

    def body_of_its_own(self, words: Sequence[str], state: State) -> bool:
        """Whether *words*, the capitalised words after a post-modifier's link in a speaker's
        mention, name a body of their own: one :meth:`placed_body` reads (``Harbour Bank``), or a
        name the article's index holds (``Crestline Securities``).  The words before the link are
        then someone of that body (``Devin Park of Crestline Securities``), not one body's name
        whole (``Americus Trust for American Home Products Shares``).

        .. versionadded:: 0.2
        """
        return self.placed_body(words) is not None or state.index.is_known(" ".join(words))

    def placed_body(self, words: Sequence[str]) -> str | None:
        """The name of a body that *words*, the words of a mention before a place's preposition
        or a post-modifier's link, spell (``The Holocaust Memorial Museum`` of ``... in
        Washington``; a body so named before ``for`` and capitalised words is named whole:
        ``Americus Trust for American Home Products Shares``): after a determiner
        maybe, two capitalised words or more, the last one of the vocabulary's ``ORG_WORDS``, none
        a title; ``None`` otherwise (``the exit polls``, ``Mayor Ana Park``).

        .. versionadded:: 0.2
        """
        rest = list(words[1:]) if words and words[0].casefold() in self._determiners else list(words)
        if len(rest) < 2 or not all(w[:1].isupper() and w.isalpha() for w in rest):
            return None
        if not self.vocabulary.is_org_word(rest[-1]) or any(self.vocabulary.is_title(w) for w in rest):
            return None
        return " ".join(rest)

    def placed_before_name(self, name: str, at: int, state: State) -> bool:
        """Whether *name*, a referent found for a person pronoun, was written before *at* right
        after a capitalised place or country word on its line, that word after a determiner or
        opening its sentence (``The Kenya Red Cross``: the index's ``Red Cross`` is the end of a
        body's name): a place's name is no title (``Kenyan President`` is an adjective, ``Kenya's``
        a possessive: neither counts), and a name that opens with a given name is a person's
        (``expert in Tokyo Tomas de Hora``).

        .. versionadded:: 0.2
        """
        if self.vocabulary.is_given_name(name.split(None, 1)[0]):
            return False  # ("in Tokyo Tomas de Hora": a person after a place's phrase)
        for person in state.index.people_before(0, at, self.INTERVIEW_PEOPLE):
            if person.name != name:
                continue
            before = state.text[max(0, person.start - self.NAMED_WINDOW) : person.start]
            line = before[before.rfind("\n") + 1 :]
            words = line.split()[-2:] if line.endswith(" ") else []
            word = words[-1] if words else ""
            opening = len(words) < 2 or words[0].casefold() in self._determiners or words[0][-1:] in self.SENTENCE_END
            if opening and word[:1].isupper() and word.isalpha() and (
                self.vocabulary.is_place(word) or self.vocabulary.country(word) == normalize_word(word)
            ):
                return True  # (the place after a determiner or opening its sentence: "The Kenya Red Cross")
        return False

    def body_of_place(self, words: Sequence[str], cut: int) -> str | None:
        """The whole name of a body that *words* spell as a determiner, one capitalised noun,
        the link at *cut* and a place, a country or a region (``The City of Cape Town``, ``the
        Municipality of Tshwane``), the determiner left out; ``None`` with no determiner first
        (``Cummings of Maryland``: a person and the state he is of), when the noun is a title, a
        role, an honorific or a given name (``the Mayor of London``, ``The Duke of Kent``: a
        person's role) or anything else follows the link.

        .. versionadded:: 0.2
        """
        if len(words) < 4 or words[0].casefold() not in self._determiners:
            return None  # (a determiner first: "Cummings of Maryland" is a man and his state)
        lead = 1
        if cut != lead + 1 or words[cut] not in self._of:
            return None
        noun, place = words[lead], " ".join(words[cut + 1 :])
        vocabulary = self.vocabulary
        low = normalize_word(noun)
        if not noun[:1].isupper() or not noun.isalpha() or not vocabulary.is_region_after_place(place):
            return None
        if vocabulary.is_title(low) or vocabulary.is_role_noun(low) or vocabulary.is_honorific(low):
            return None
        if self.is_occupation(low) or vocabulary.is_given_name(noun) or self.gender_of(low) is not None:
            return None
        return " ".join(words[lead:])

    def country_before_body(self, words: Sequence[str], name_words: Sequence[str]) -> str | None:
        """The whole name of a body that *words* spell as a country's name (no adjective) right
        before the capitalised *name_words* they end with, after a determiner maybe (``The Kenya
        Red Cross``, ``Uganda Wildlife Authority``), when no word of *name_words* is a given name
        or a title and the last is no occupation (``the Georgia Democrat`` is a person):
        the country is a word of the body's name, not a modifier to cut (``Kenyan President William
        Ruto`` keeps its titles off).  ``None`` otherwise.

        .. versionadded:: 0.2
        """
        lead = 1 if words and words[0].casefold() in self._determiners else 0
        if len(words) != lead + 1 + len(name_words) or list(words[lead + 1 :]) != list(name_words):
            return None
        country = words[lead]
        vocabulary = self.vocabulary
        if not country[:1].isupper() or vocabulary.country(country) != " ".join(normalize_word(w) for w in country.split()):
            return None
        if any(vocabulary.is_given_name(w) or vocabulary.is_title(w) for w in name_words):
            return None
        if self.is_occupation(name_words[-1], by_ending=False):
            return None  # ("the Georgia Democrat": a person of that state or party, described)
        return " ".join(words[lead:])

    #: The most capitalised words after the ``of`` of a body's name that
    #: :meth:`SpeakerResolution.owned_body_with_of_phrase` reads (``Joint Chiefs of Staff``: one).
    #:
    #: .. versionadded:: 0.2 (mendQT68)
    MAX_OF_PHRASE_WORDS: ClassVar[int] = 3

    def owned_body_with_of_phrase(self, words: Sequence[str], cut: int, state: State) -> str | None:
        """The whole name of a body when *words*, a mention, are a capitalised possessive (its
        owner, ``South Korea's``), two or more capitalised words (no given name nor title, no longer
        name the index knows for them) up to ``words[cut]``, one of :attr:`OF_WORDS`, and up to
        :attr:`MAX_OF_PHRASE_WORDS` capitalised words that end the mention (``South Korea's Joint
        Chiefs of Staff``: ``Joint Chiefs of Staff``): the of-phrase is the name's, no place of a
        person (``Acme's Jo Reed of Leeds`` has a given name).  ``None`` otherwise.

        .. versionadded:: 0.2 (mendQT68)"""
        owner = next((i for i in range(cut - 2, -1, -1) if strip_possessive(words[i]) != words[i]), None)
        if owner is None or not words[owner][:1].isupper() or words[cut] not in self._of:
            return None
        name, rest = words[owner + 1 : cut], words[cut + 1 :]
        if len(name) < 2 or not 1 <= len(rest) <= self.MAX_OF_PHRASE_WORDS:
            return None
        if not all(w[:1].isupper() and w.isalpha() for w in name):
            return None
        if not all(w[:1].isupper() and w.rstrip(".,").isalpha() for w in rest):
            return None
        vocabulary = self.vocabulary
        if any(vocabulary.is_given_name(w) or vocabulary.is_title(w) for w in name):
            return None
        if state.index.full_name(tuple(name)) != " ".join(name):
            return None  # (a person the article names in full: "Acme's Berg of Leeds" after "Tom Berg")
        phrase = [w.rstrip(".,") for w in rest]
        if not self.of_phrase_names_body(name, phrase):
            return None  # ("Ghana's Kwabena Donkor of Accra": a person and a place; rvq68)
        return " ".join((*name, words[cut], *phrase))

    def of_phrase_names_body(self, name: Sequence[str], phrase: Sequence[str]) -> bool:
        """Whether *name* and its of-phrase *phrase* after an owner's possessive
        (:meth:`owned_body_with_of_phrase`) name a body: an organisation word or a company noun in
        either (``France's Court of Auditors``, ``Ghana's Bank of Accra``), or else an of-phrase
        that is no place nor country (``South Korea's Joint Chiefs of Staff``); a person's name
        and the place they come from is no body (``Ghana's Kwabena Donkor of Accra``).

        .. versionadded:: 0.2 (rvq68)"""
        vocabulary = self.vocabulary
        if any(vocabulary.is_org_word(w) or vocabulary.is_company_noun(w.casefold()) for w in (*name, *phrase)):
            return True
        text = " ".join(phrase)
        return not (vocabulary.is_place(text) or vocabulary.is_region_after_place(text) or vocabulary.country(text))

    def body_referent(self, name: str) -> bool:
        """Whether *name*, a referent found for a person pronoun, is a body or a group written in
        lower case, which a person pronoun never stands for: all its words in lower case and its
        last word an organisation word, a company noun, a document noun or one of
        :attr:`COLLECTIVE_NOUNS` (``the bank``, ``the ministry``, ``police``, ``the report``), or
        a plural noun (``industry sources``); never a role noun or a noun for one person (``the
        spokesman``, ``the minister``, ``the witness``), whom the pronoun may be.

        .. versionadded:: 0.2
        """
        words = name.split()
        if len(words) == 2 and words[0][:1].isupper() and words[0].casefold() in self._determiners:
            # ("The bank said ...": its article opened the sentence; only the article and one noun, not
            # "A friend of the family", "One of the swimmers", whose last word is no head: round 66)
            words = [words[0].casefold(), *words[1:]]
        if not words or any(not w.islower() for w in words):
            return False  # (a capitalised name: the index's rules, names_organisation)
        head = strip_possessive(words[-1]).rstrip(".,;:")
        vocabulary = self.vocabulary
        if vocabulary.is_role_noun(head):
            return False  # ("the spokesman", "the minister": one person the pronoun may be)
        if vocabulary.is_org_word(head) or vocabulary.is_company_noun(head):
            return True
        if head in self._document_nouns or head in self._collectives:
            return True
        if self.is_person(head):
            return False  # ("the witness", "the official")
        return head.endswith(self.PRESENT_SUFFIX) and not head.endswith(self.NOT_PRESENT_ENDINGS)

    def names_organisation(self, name: str, state: State) -> bool:
        """Whether *name*, a referent found for a person pronoun, is an organisation's: the index
        read it as one, by the capitalised organisation word that ends it (``Eastside Youth
        Orchestra``, ``Westcombe Pier Trust``), and never as a person's (``Tom Park`` written as a
        person's name stays one).  A person pronoun never stands for such a name.

        .. versionadded:: 0.2
        """
        last = name.rsplit(" ", 1)[-1]
        if " " not in name or not last[:1].isupper() or not self.vocabulary.is_org_word(last):
            return False
        return name in state.index.organisation_names(last) and not state.index.is_known(name)

    def shown_as_body(self, name: str, at: int, state: State) -> bool:
        """Whether *name*, a referent found for a person pronoun at *at*, is the last speaker and
        shown as a body's, never a person's: its mention ends with the name right after an
        organisation word, a company noun or one of :attr:`COLLECTIVE_NOUNS` in lower case, no role
        noun (``the taxpayers' group Citizens First``, ``The advocacy group Fair Votes Now``), or
        the mention is the name alone, credited by one of :attr:`ACCORDING_TO` right before it,
        never a name after a possessive (``the union's Ana Ruiz``: the body's person),
        with nothing that shows a person: no descriptor the index read, no given name of the
        vocabulary nor an initial among its words, no gender the article shows (``according to Human Rights Watch``,
        ``according to Common Cause``).  A person pronoun never stands for such a name
        (``according to Tom Berg`` stays a person).

        .. versionadded:: 0.2 (mendQT67)"""
        last = state.last_speaker
        if last is None or last.name != name or last.span is None:
            return False
        words, named = last.mention.split(), name.split()
        vocabulary = self.vocabulary
        if len(words) > len(named) and words[-len(named) :] == named:
            head = words[-len(named) - 1]
            lead = [strip_possessive(w) for w in words[: -len(named) - 1]]
            if strip_possessive(head) != head:
                return False  # ("the union's Ana Ruiz": a person of the body, not its name; rvq67)
            if not head.islower() or vocabulary.is_role_noun(head):
                return False
            plain = [w for w in lead if w.casefold() not in self._determiners]
            if any(w in self._of or vocabulary.is_role_noun(w) or not w.islower() for w in plain):
                return False  # ("Secretary of State Hillary Clinton", "chief of staff Howard Baker": a person's title)
            return vocabulary.is_org_word(head) or vocabulary.is_company_noun(head) or head in self._collectives
        if last.mention != name or len(named) < 2 or self.genders_of(state).get(name):
            return False
        if any(self.names.is_given_name(w) or (len(w) == 2 and w[0].isupper() and w[1] == ".") for w in named):
            return False  # ("according to Tom Berg", "according to H. David Rosenbloom": a given name, an initial)
        for person in state.index.people_before(max(0, at - self.SUBJECT_WINDOW), at, self.MAX_SUBJECTS):
            if person.name == name and person.descriptors:
                return False  # (described somewhere: maybe a person's title, "Secretary of State John Kerry")
        start = last.span.start
        return self._according_end.search(state.text, max(0, start - self.NAMED_WINDOW), start, KEEP_GIL) is not None

    def person_of_gender_after(self, body: str, pronoun: str, at: int, state: State) -> str | None:
        """For :meth:`resolve_name`, when the referent found for *pronoun* at *at* is *body*, the
        last speaker and a body (:meth:`shown_as_body`): the nearest person named after the body's
        mention and before *at* whom the article shows for *pronoun* (``..., according to the
        charity Shelter Now. Its director, Mary Okafor, ...`` / ``"...," she said.``: Mary Okafor);
        ``None`` when there is none (no guess).

        .. versionadded:: 0.2 (mendQT67)"""
        low = pronoun.casefold()
        last = state.last_speaker
        if low not in self._gendered or last is None or last.span is None:
            return None
        genders = self.genders_of(state)
        for person in reversed(state.index.people_before(last.span.end, at, self.MAX_SUBJECTS)):
            if person.name != body and genders.get(person.name) == low:
                return person.name
        return None

    def place_in_name(self, name: str) -> bool:
        """Whether *name*, a referent found for a person pronoun, holds a place's name and so is a
        body's or a team's, never a person's: a run of two or more of its words that is a place or
        a country (``Air New Zealand``, ``Minerals Council South Africa``: no person's name holds
        ``New Zealand``), or a first word that is a place or a country and no given name before
        two or more words (``Kenya Red Cross``) or before a body's word (:meth:`body_word_after_place`:
        ``Manchester United``); not ``Jordan Hale``, nor ``Israel Katz``, a place's name and a surname;
        and a name whose last word is one of :attr:`PLACE_NAME_ENDS` (``Quezon City``).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 (mendQS70) a name ending in one of :attr:`PLACE_NAME_ENDS`
        """
        words = [strip_possessive(w).strip(",") for w in name.split()]
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            return False  # (a name's capitalised words only: "A Hong Kong trader" is a person)
        if words[-1].casefold() in self.PLACE_NAME_ENDS:
            return True  # ("Quezon City", "Kent County": a place's name, whatever its first word)
        vocabulary = self.vocabulary
        for size in range(min(len(words), self.MAX_PLACE_WORDS), 1, -1):
            for i in range(len(words) - size + 1):
                run = " ".join(words[i : i + size])
                if vocabulary.is_place(run) or vocabulary.country(run) is not None:
                    return True
        first = words[0]
        if not (vocabulary.is_place(first) or vocabulary.country(first) is not None) or vocabulary.is_given_name(first):
            return False
        return len(words) > 2 or self.body_word_after_place(words[1])

    def body_word_after_place(self, word: str) -> bool:
        """Whether *word*, the second of a name of two words that opens with a place's name,
        makes the name a body's or a team's (``Manchester United``, ``Kenya Airways``): an
        organisation's word or one of :attr:`PLACE_BODY_WORDS`; any other word is a surname
        (``Israel Katz``, ``London Breed``, ``Kenya Moore``: a person, whom a pronoun may stand for).

        .. versionadded:: 0.2
        """
        return self.vocabulary.is_org_word(word) or word.casefold() in self.PLACE_BODY_WORDS

    def firm_names(self, state: State) -> frozenset[str]:
        """The names the article writes at the head of a company's name, a word of a company
        after them (:attr:`FIRM_HEAD`: ``Ralph Lauren`` of ``Ralph Lauren Corp``, ``Hugo Boss``
        of ``Hugo Boss Group``; not of ``the Ana Ruiz Foundation``), or after a stake in it
        (:attr:`FIRM_STAKE_NOUNS`: ``shares of Hugo Boss``): a firm named after a person,
        whom a person pronoun never stands for, whatever its given name says.  Read once per
        article (``state.firms``): each such name without its last word, when all its words are capitalised.

        .. versionadded:: 0.2
        """
        if state.firms is None:
            heads: set[str] = set()
            for name in state.index.organisation_names(self.FIRM_HEAD):
                words = name.split()[:-1]  # (the name before its company word, all capitalised)
                if len(words) > 1 and all(w[:1].isupper() for w in words):
                    heads.add(" ".join(words))
            stakes = self.mentions_stake(state.text)  # (both patterns need a stake noun: most articles have none)
            for match in self._firm_stake.finditer(state.text, 0, None, False, KEEP_GIL) if stakes else ():
                heads.add(match["name"])  # ("shares of Hugo Boss rose"; one pass over the article)
            for match in self._stake_after_firm.finditer(state.text) if stakes else ():
                words = self.capitals_before(state.text, match.start())  # ("Hugo Boss shares fell")
                heads.update(" ".join(words[i:]) for i in range(len(words) - 1))  # (each name it ends with)
            state.firms = frozenset(heads)
        return state.firms

    def mentions_stake(self, text: str) -> bool:
        """Whether a noun of :attr:`FIRM_STAKE_NOUNS` may stand in *text*, in any case (``shares``,
        ``Stake``): a check on the folded text before :meth:`firm_names` runs its two patterns over
        it, each of which needs one (false: neither can match).

        .. versionadded:: 0.2
        """
        return self.may_hold_word(text, (noun.casefold() for noun in self.FIRM_STAKE_NOUNS))

    def capitals_before(self, text: str, end: int) -> list[str]:
        """The capitalised words that run up to *end* of *text*, one space between each, at most
        :attr:`MAX_NAME_WORDS` + 1 of them (``On Monday Hugo Boss`` before ``shares fell``): where
        :meth:`firm_names` reads a firm's name back from its stake.

        .. versionadded:: 0.2
        """
        start = max(0, end - self.PHRASE_WINDOW, text.rfind("\n", max(0, end - self.PHRASE_WINDOW), end) + 1)
        words = text[start:end].split(" ")[:-1]  # (the blank before end; no line before it)
        run: list[str] = []
        for word in reversed(words[-(self.MAX_NAME_WORDS + 1) :]):
            if not word[:1].isupper() or not all(c.isalpha() or c == "-" for c in word):
                break
            run.insert(0, word)
        return run

    def shown_as_person(self, name: str, at: int, state: State) -> bool:
        """Whether *name*, the head of a firm's name (:meth:`firm_names`), is also a person's the
        article describes as one before *at*: among the last :attr:`INTERVIEW_PEOPLE` people named,
        a mention of *name* with a title, a role or a kin word (``Tom Berg Group ... Tom Berg, the
        founder, ...``, ``Hugo Boss, the designer's grandson,``) or after a role set off by a comma
        (``Its founder, Tom Berg,``): a pronoun may then stand for the person.

        .. versionadded:: 0.2
        """
        for person in state.index.people_before(0, at, self.INTERVIEW_PEOPLE):
            if person.name != name:
                continue
            if any(self.person_word(strip_possessive(d)) for d in person.descriptors):
                return True
            lead = state.text[max(0, person.start - self.NAMED_WINDOW) : person.start].rstrip()
            if lead.endswith(",") and lead[:-1].split()[-1:] and self.person_word(lead[:-1].split()[-1].casefold()):
                return True
        return False

    def person_word(self, word: str) -> bool:
        """Whether lower-case *word* names a person by a title, a role or kin (``founder``,
        ``grandson``), as :meth:`shown_as_person` reads a description.

        .. versionadded:: 0.2
        """
        return self.vocabulary.is_title(word) or self.vocabulary.is_role_noun(word) or self.is_person(word)

    def questioned_before(self, at: int, state: State) -> str | None:
        """The one who answers when the sentence before the quotation that *at* (a person pronoun
        that closes it) attributes opens with a phrase of one of :attr:`QUESTIONED_OPENERS` and a
        comma, and a name follows the comma (``... Ramokgopa said the grid was safe. Asked about the
        comment, Nkosi smiled. "...," she said.``: Nkosi, not the last speaker): that name, resolved,
        when the article knows it as a person's named again (a surname after the full name, or
        the full name twice; not ``Pressed on the budget, Helen Vance was defiant.`` with Helen
        Vance named once); ``None`` otherwise.  The sentences of the quotation
        itself are passed over, at most :attr:`MAX_QUOTED_SENTENCES` of them; when the quotation
        opens its paragraph, the sentence read is the last one of the paragraph before
        (:meth:`previous_last_sentence`).

        .. versionadded:: 0.2
        """
        if not self._questioned_openers:
            return None
        before = self.sentence_before_quoted(at, state)
        return None if before is None else self.questioned_name(before[0], before[1], state)

    def sentence_before_quoted(self, at: int, state: State) -> tuple[str, int] | None:
        """The sentence before the quotation that *at* (a pronoun that closes it) attributes and
        where it starts in the input: the sentences of the quotation passed over, at most
        :attr:`MAX_QUOTED_SENTENCES` of them; when the quotation opens its paragraph, the last one
        of the paragraph before (:meth:`previous_last_sentence`); ``None`` when there is none.

        .. versionadded:: 0.2 (fixQ66b: read out of :meth:`questioned_before`)"""
        raw, starts = state.paragraph_text, state.sentence_starts
        index = bisect_right(starts, at - state.paragraph_start) - 1
        back = index - 1
        while back >= 0 and index - back <= self.MAX_QUOTED_SENTENCES:
            start = starts[back]
            while start < len(raw) and raw[start].isspace():
                start += 1
            if start < len(raw) and raw[start] not in self._marks and not self.inside_marks(start, state.paragraph_marks):
                break
            back -= 1
        else:
            if back >= 0 or index > self.MAX_QUOTED_SENTENCES:
                return None
            return self.previous_last_sentence(state)
        end = starts[back + 1] if back + 1 < len(starts) else len(raw)
        return raw[starts[back] : end], state.absolute(starts[back])

    def passive_agent_before(self, pronoun: str, at: int, state: State) -> str | None:
        """The person a passive's agent names at the end of the sentence before the quotation
        that *pronoun* at *at* attributes (:meth:`sentence_before_quoted`: ``The budget follows a
        plan drawn up by Mayor Lena Ray. "...," she said.``), the nearest one named: that person
        when the article shows them of *pronoun*'s gender; *pronoun* as written when it shows no
        gender for them (no guess, and no one named further back); ``None`` when there is no such
        agent, or it is of the other gender (the rules go on: ``... drawn up by Tom Berg. "...,"
        she said.``).  The agent is one of :attr:`AGENT_WORDS`, then one person's name and
        titles, only capitalised words up to the sentence's end, and no one else is named in the
        sentence before it (``Glitman met the team headed by Lem Masterkov.``: the subject's
        rules); only for a pronoun right after the quotation's closing mark (``He told reporters:
        "..."`` is read as before), and ``None`` when someone of that gender was quoted before
        (the rules keep the pronoun with that speaker: a newcomer named in passing takes it from no
        one).

        .. versionadded:: 0.2 (fixQ66b)
        .. versionchanged:: 0.2 none after a quoted speaker of the pronoun's gender (round 66)"""
        low = pronoun.casefold()
        if low not in self._gendered or state.index.people_between(state.paragraph_start, at, 1):
            return None  # (someone named in the quotation's paragraph: the rules for that)
        if state.text[max(0, at - self.PHRASE_WINDOW) : at].rstrip()[-1:] not in self._marks:
            return None  # (no quotation closed right before the pronoun: "He told reporters: ...", the rules as before)
        before = self.sentence_before_quoted(at, state)
        if before is None:
            return None
        sentence, start = before
        body = sentence.rstrip()
        if not body.endswith(".") or body.endswith(("..", "…")):
            return None
        words = body[:-1].split()[-(self.MAX_NAME_WORDS + 2) :]
        agent = max((k for k, w in enumerate(words) if w.casefold() in self.AGENT_WORDS), default=None)
        if agent is None or agent == len(words) - 1 or not all(w[:1].isupper() for w in words[agent + 1 :]):
            return None
        head = start + body.rfind(" " + words[agent] + " ")
        if state.index.people_between(start, head, 1):
            return None  # ("Glitman met the team headed by Lem Masterkov. He told reporters": the subject's rules)
        people = state.index.people_between(head, start + len(body))
        if len(people) != 1:
            return None
        genders = self.genders_of(state)
        quoted = [*state.spoken, *([state.last_speaker.name] if state.last_speaker is not None else [])]
        if any(name != people[0].name and genders.get(name) == low for name in quoted):
            return None  # (a speaker of that gender already quoted keeps the pronoun: "... built by Wayne Borders."; round 66)
        gender = genders.get(people[0].name)
        if gender == low:
            return people[0].name
        return pronoun if not gender else None


    def previous_last_sentence(self, state: State) -> tuple[str, int] | None:
        """The last sentence of the paragraph before the one being read and where it starts in the
        input, read back at most :attr:`MAX_QUESTIONED_SENTENCE` characters from that paragraph's
        end (``None`` for a first paragraph, or a sentence longer than that).

        .. versionadded:: 0.2
        """
        span = state.previous_paragraph
        if span is None:
            return None
        text = state.text
        end = span.end
        while end > span.start and text[end - 1].isspace():
            end -= 1
        low = max(span.start, end - self.MAX_QUESTIONED_SENTENCE)
        cut = self.last_sentence_end(text, low, end - 1)
        if cut < 0 and low > span.start:
            return None
        start = cut + 1 if cut >= 0 else low
        while start < end and text[start].isspace():
            start += 1
        return text[start:end], start

    def questioned_name(self, sentence: str, start: int, state: State) -> str | None:
        """The name that answers in *sentence* (at *start* in the input) for
        :meth:`questioned_before`: the capitalised words after the comma of an opening phrase of
        :attr:`QUESTIONED_OPENERS` (``Asked about it, Nkosi smiled.``), resolved, when the article
        knows them as a person's named again; ``None`` otherwise.

        .. versionadded:: 0.2
        """
        words = sentence.split()
        if len(words) < 3 or not words[0][:1].isupper() or words[0].casefold() not in self._questioned_openers:
            return None
        comma = next((k for k, w in enumerate(words[: self.MAX_OPENING_LEAD]) if w.endswith(",")), None)
        if comma is None:
            return None
        run = []
        for word in words[comma + 1 : comma + 1 + self.MAX_ROLE_WORDS]:
            bare = word.rstrip(",.;:")
            if bare[:1].isupper() and strip_possessive(bare) != bare:
                return None  # ("Asked about it, Ruiz's spokesman said": someone of hers)
            if not bare[:1].isupper() or bare != word:
                if bare[:1].isupper() and word.endswith(","):
                    return None  # ("Asked about it, Mayor Ana Ruiz, 54, ...": a name set off, read by the other rules)
                break
            run.append(bare)
        if not run:
            return None
        written = " ".join(run)
        name = self.resolve_name(written, start, state)
        if not state.index.is_known(name) or name.casefold() in self._pronouns:
            return None
        # (a person named again, by a shorter form or more than once: a run of capitalised words
        # named once and nothing more may be a place's, and a wrong speaker is worse than none)
        return name if name != written or state.index.mentions_of(name) > 1 else None

    def named_actor(self, subject: Subject, state: State) -> bool:
        """Whether *subject*, one person, is named rather than a role after a determiner or a
        possessive (``Dr Becker nodded.``, not ``The mayor declined to comment.``), and the last
        speaker was quoted in the same paragraph by a person pronoun: a pronoun after it whose
        gender nothing shows may be either's (``"...," he said. Dr Becker nodded. "...," he
        said.``).  A speaker named there (``"...," Tom Berg said.``) or in an earlier paragraph
        stays (:meth:`nearer_subject`).

        .. versionadded:: 0.2
        """
        last = state.last_speaker
        if last is None or last.span is None or last.span.start < state.paragraph_start:
            return False
        if last.mention.casefold() not in self._persons:
            return False  # ('"...," Tom Berg said. Dr. Becker nodded. "...," he said.': named there, he stays)
        first = subject.mention.text.split()[0].casefold()
        return subject.person and first not in self._determiners and first not in self._possessive_determiners

    def apposed_newcomer(self, subject: Subject, index: int, state: State) -> bool:
        """Whether *subject*, read for the paragraph's sentence *index*, is a name set off by
        commas after a role that opens the sentence with a determiner and no possessive (``The
        senator, Thomas Reed, disagreed.``, ``A spokesman, Paul Ortiz, ...``: :meth:`apposed_subject`):
        the article introduces someone new, and a person pronoun after it is that person's rather
        than an earlier subject's (``Senator Maria Delgado called the bill reckless.``); a last
        speaker still stays (:meth:`nearer_subject`), and ``Her deputy, Will Hurd,``, whose owner
        may be the one meant, is not one.

        .. versionadded:: 0.2
        """
        if subject.possessor or not subject.person:
            return False
        start = state.sentence_starts[index]
        end = state.sentence_starts[index + 1] if index + 1 < len(state.sentence_starts) else len(state.paragraph_text)
        first = self._word.search(state.paragraph_text, start, end)
        if first is None or first.group().casefold() not in self._determiners:
            return False
        if first.group().casefold() in self._possessive_forms or first.group().casefold() in self._possessive_determiners:
            return False  # (German "Seine Frau, Anna,": a determiner that is a possessive too)
        apposed = self.apposed_subject(state.paragraph_text, first.start(), end, state)
        return apposed is not None and apposed.mention == subject.mention

    def opens_with_possessive(self, index: int, state: State) -> bool:
        """Whether the paragraph's sentence *index* opens with one of
        :attr:`POSSESSIVE_DETERMINERS` (``Sa femme``, ``Su esposa``, ``His wife``).

        .. versionadded:: 0.2"""
        word = self._word.search(state.paragraph_text, state.sentence_starts[index])
        return word is not None and word.group().casefold() in self._possessive_determiners

    def owned_by_other(self, subject: Subject, pronoun: str, opening: int, state: State) -> bool:
        """Whether a possessive that is not *pronoun*'s opens *subject*'s phrase or stands
        between its sentence's *opening* and it (``Her deputy, Will Hurd,`` for ``he``; German
        ``Ihr Stellvertreter, Jonas Vogt,`` for ``er``): the owner is the last speaker, most likely,
        and the subject someone else.  Reads the few words before the mention only."""
        if subject.possessor:
            return pronoun not in subject.possessor
        for word in self._word.finditer(state.paragraph_text, opening, subject.mention.start):
            forms = self._possessive_forms.get(word.group().casefold())
            if forms is not None and pronoun not in forms:
                return True
        return False

    def named_between(self, mention: Mention, name: str, at: int, state: State) -> bool:
        """Whether the index names someone other than *name* between *mention* (a subject) and
        *at*, not as a possessor (``Mr. Tribe's client``), within :attr:`SUBJECT_WINDOW`: a
        pronoun at *at* may refer to either."""
        start = max(state.absolute(mention.end), at - self.SUBJECT_WINDOW)
        return any(
            person.name != name and not self.is_possessor(person, state)
            for person in state.index.people_between(start, at, self.MAX_SUBJECTS)
        )

    def subject_name(self, subject: Subject, state: State) -> str:
        """The name *subject*'s mention resolves to."""
        return self.resolve_name(subject.mention.text, state.absolute(subject.mention.start), state)

    def read_subjects(self, memo: ParagraphMemo, upto: int, state: State) -> None:
        """Read the subjects of the paragraph's sentences into *memo* up to sentence *upto*, each
        once (:meth:`sentence_actor`), with the index of the last one that is one person."""
        starts = state.sentence_starts
        subjects, last_person = memo.subjects, memo.last_person
        for index in range(len(subjects), min(upto + 1, len(starts))):
            end = starts[index + 1] if index + 1 < len(starts) else len(state.paragraph_text)
            subject = self.sentence_actor(starts[index], end, state)
            subjects.append(subject)
            previous = last_person[-1] if last_person else -1
            last_person.append(index if subject is not None and (subject.person or subject.several) else previous)

    def sentence_actor(self, start: int, end: int, state: State) -> Subject | None:
        """The :class:`~newsparse.quotes.model.Subject` the paragraph's sentence from *start* to
        *end* opens with, outside quotation marks: a name with a role or kin word in apposition
        before it (``Her deputy, Will Hurd, ...``, ``His mother, Anna, ...``:
        :meth:`apposed_subject`), else the sentence's subject (:meth:`sentence_subject`) that is
        not a pronoun (``She left.`` names no one new), taken on to a name that it describes
        (``Castle Rovers coach Amy Dale``); ``several`` when names are joined (``Tomas Berg and
        Ana Ortiz``) or when the grammar read no subject but the sentence names a person
        (``Then Paul Grant stood up.``).  ``None`` for none, and for a sentence that opens with a
        quotation (its speaker is the last speaker)."""
        raw = state.paragraph_text
        while start < end and raw[start].isspace():
            start += 1
        if start >= end or raw[start] in self._marks or self.inside_marks(start, state.paragraph_marks):
            return None
        found = self.apposed_subject(raw, start, end, state)
        if found is None:
            found = self.read_subject(raw, start, end, state)
        if found is None:
            found = self.introduced_given_name(raw, start, end)
        if found is not None and self.inside_marks(found.mention.start, state.paragraph_marks):
            return None  # ('The book, "Ana Ruiz Remembers," sold well.': a quoted title, no one acting)
        return found

    def given_name_opens_paragraph(self, index: int, state: State) -> bool:
        """Whether sentence *index* of the paragraph being read is its first and opens with a
        person named by a given name only (:meth:`introduced_given_name`: ``Amara, 17, now comes
        with him.``) while the last speaker was quoted in an earlier paragraph: that person is
        the paragraph's subject for its pronouns, as a full name is (:meth:`paragraph_subject`).

        .. versionadded:: 0.2
        """
        last = state.last_speaker
        if index != 0 or last is None or last.span is None or last.span.start >= state.paragraph_start:
            return False
        starts = state.sentence_starts
        end = starts[1] if len(starts) > 1 else len(state.paragraph_text)
        return self.introduced_given_name(state.paragraph_text, starts[0], end) is not None

    def owned_role_subject(self, raw: str, start: int, end: int, state: State) -> Subject | None:
        """For :meth:`read_subject`: a full name the index holds right after a possessive determiner
        that opens the sentence and at most :attr:`GIVEN_NAME_LEAD` words in lower case, the last a
        kin, person or role noun (its last part after a hyphen: ``co-leader``), then a word in lower
        case (``Her co-leader Felix Banaszak agreed.``):
        one person, the sentence's subject, with the gender its noun or its given name calls for and
        the possessive as its ``possessor`` (the owner is someone else); ``None`` otherwise.

        .. versionadded:: 0.2
        """
        words = list(islice(self._word.finditer(raw, start, end, False, KEEP_GIL), self.GIVEN_NAME_LEAD + 1))
        if len(words) < 2 or words[0].group().casefold() not in self._possessive_determiners:
            return None
        lead = 1
        while lead < len(words) and words[lead].group().islower():
            lead += 1
        if lead == 1 or lead == len(words):
            return None
        noun = normalize_word(words[lead - 1].group()).rsplit("-", 1)[-1]  # ("co-leader": a leader)
        if not (self.gender_of(noun) or self.is_person(noun) or self.vocabulary.is_role_noun(noun)):
            return None
        at = words[lead].start()
        found = state.index.people_between(state.absolute(at), state.absolute(at) + 1, 1)
        if not found or found[0].start != state.absolute(at) or raw[at : at + len(found[0].name)] != found[0].name:
            return None
        stop = at + len(found[0].name)
        verb = self._word.search(raw, stop, end, KEEP_GIL)
        if verb is None or raw[stop : verb.start()] != " " or not verb.group().islower():
            return None  # ("Her co-leader Felix Banaszak, who ...": the other rules)
        gender = self.gender_of(noun) or self._given_names.get(found[0].words[0].casefold())
        possessor = self._possessive_forms.get(words[0].group().casefold(), NO_FORMS)
        return Subject(Mention(found[0].name, at, stop), True, gender, possessor=possessor)

    def introduced_given_name(self, raw: str, start: int, end: int) -> Subject | None:
        """For :meth:`sentence_actor`, when no other rule reads a subject: one capitalised name
        word that opens the sentence (after a possessive determiner and a kin, person or role noun
        at most: ``His granddaughter Amara, 17,``) set off by an age (``Amara, 17, now comes ...``)
        or by an indefinite determiner and a person or role noun (``Jonas, a goalkeeper, ...``):
        a person the article names by a given name only, one person, the subject a later pronoun
        may stand for, with the gender its noun or its given name calls for; else ``None``.

        .. versionadded:: 0.2
        """
        found = self._word.finditer(raw, start, min(end, start + self.SUBJECT_REACH), False, KEEP_GIL)
        words = list(islice(found, self.GIVEN_NAME_LEAD + 3))
        first = words[0].group().casefold() if words else ""
        lead = 0
        if first in self._possessive_determiners and len(words) > 1:
            noun = normalize_word(words[1].group())
            if not (self.gender_of(noun) or self.is_person(noun) or self.vocabulary.is_role_noun(noun)):
                return None  # ("His garden, 17 acres, ...": no person before the name)
            lead = self.GIVEN_NAME_LEAD
        if len(words) < lead + 2:
            return None
        name, after = words[lead], words[lead + 1]
        if raw[name.end() : after.start()].strip() != "," or not self.names.is_name_word(name.group()):
            return None
        low = name.group().casefold()
        if low in self._pronouns or low in self._determiners or low in self._stop or self.is_date_name(name.group()):
            return None
        set_off = after.group()
        if set_off.isdigit():
            # (an age: at most MAX_AGE_DIGITS digits, set off by a comma on both sides)
            if len(set_off) > self.MAX_AGE_DIGITS or raw[after.end() : after.end() + 1] != ",":
                return None
        elif set_off.casefold() in self._indefinites and len(words) > lead + 2:
            noun = normalize_word(words[lead + 2].group())
            if not (self.is_person(noun) or self.vocabulary.is_role_noun(noun)):
                return None  # ("Acme, a supplier of ...": no person word after the article)
        else:
            return None
        gender = self.gender_of(normalize_word(words[1].group())) if lead else None
        if gender is None:
            gender = self._given_names.get(low)
        possessor = self._possessive_forms.get(first, NO_FORMS) if lead else NO_FORMS
        return Subject(Mention(name.group(), name.start(), name.end()), True, gender, possessor=possessor)

    def with_objects(self, subject: Subject, end: int, state: State) -> Subject:
        """*subject* with the person pronouns its sentence (up to *end*) shows for others after
        it: ``acts_on``, ``asks_about`` and ``owns`` (see :class:`~newsparse.quotes.model.Subject`).
        Read only for the subject a pronoun turns to, once (:meth:`nearer_subject` keeps it)."""
        raw, found = state.paragraph_text, subject
        acts_on = asks_about = owns = NO_FORMS
        before = ("", "")  # (the two words before each word)
        for word in self._word.finditer(raw, found.mention.end, end, False, KEEP_GIL):
            low = word.group().casefold()
            if low in self._object_forms and not self.possessive_here(raw, word, end):
                acts_on = joined_forms(acts_on, self._object_forms[low])
            elif low in self._possessive_forms:
                owns = joined_forms(owns, self._possessive_forms[low])  # ("The judge read his statement": his own, most likely)
            elif low in self._persons and before[1] in self._question_openers and before[0] in self._question_verb_ends:
                asks_about = joined_forms(asks_about, frozenset((low,)))  # ("Wale asked whether he would stay": someone else)
            before = (before[1], low)
        if acts_on or asks_about or owns:
            found = attrs.evolve(found, acts_on=acts_on, asks_about=asks_about, owns=owns)
        return found

    def possessive_here(self, raw: str, word: regex.Match[str], end: int) -> bool:
        """Whether *word*, a form both of :attr:`PERSON_OBJECT_FORMS` and of
        :attr:`PERSON_POSSESSIVE_FORMS` (English ``her``, German ``ihr``), is the possessive here: a
        lower-case word that is no stop word follows it before *end*, with nothing but a space
        between (``The nurse read her statement.``: her own; ``The judge asked her to sit.``,
        ``... thanked her.``: someone else), and it is neither one of :attr:`OBJECT_PARTICLES`
        (``called her back``) nor after one of :attr:`OBJECT_COMPLEMENT_VERBS` (``saw her leave``,
        ``found her guilty``: a verb or an adjective follows the object there).

        .. versionadded:: 0.2"""
        low = word.group().casefold()
        if low not in self._possessive_forms:
            return False
        following = self._word.match(raw, word.end() + 1, end) if raw[word.end() : word.end() + 1] == " " else None
        if following is None:
            return False
        after = following.group().casefold()
        if not following.group()[:1].islower() or after in self._stop or after in self._determiners:
            return False
        if after in self._object_particles:
            return False
        prior = raw[max(0, word.start() - self.MAX_VERB_LENGTH) : word.start()].split()
        return not (prior and prior[-1].casefold() in self._complement_verbs)

    def read_subject(self, raw: str, start: int, end: int, state: State) -> Subject | None:
        """For :meth:`sentence_actor`: the subject the grammar reads at *start*, or a stand-in that
        lets the other rules decide (``several``) when it reads none but a person is named in the
        sentence outside quotation marks."""
        mention = self.sentence_subject(raw, (start, end)) or self.plain_subject(raw, start, end, state)
        past = self.past_opening_adverb(raw, start, end) if mention is None else start
        if past > start:
            # ("Later Mr Singh said ...", "Then, Tom Berg said ...": the subject after the adverb)
            mention = self.sentence_subject(raw, (past, end)) or self.plain_subject(raw, past, end, state)
        if mention is None:
            owned = self.owned_role_subject(raw, start, end, state)
            if owned is not None:
                return owned  # ("Her co-leader Felix Banaszak agreed.": Felix Banaszak, someone else's co-leader)
            for someone in state.index.people_between(state.absolute(start), state.absolute(end), self.MAX_SUBJECTS):
                relative = someone.start - state.paragraph_start
                if not self.inside_marks(relative, state.paragraph_marks):
                    return Subject(Mention(someone.name, relative, relative + len(someone.name)), False, several=True)
            return None
        if mention.text.casefold() in self._pronouns:
            return None
        following = state.index.people_between(state.absolute(mention.end), state.absolute(mention.end) + self.NAMED_WINDOW, 1)
        if following:
            between = raw[mention.end : following[0].start - state.paragraph_start].split()
            vocabulary = self.vocabulary
            if between and all(w[:1].islower() and (vocabulary.is_role_noun(w) or vocabulary.is_title(w)) for w in between):
                stop = following[0].start - state.paragraph_start + len(following[0].name)
                if raw[stop - len(following[0].name) : stop] == following[0].name:
                    mention = Mention(raw[mention.start : stop], mention.start, stop)  # ("Castle Rovers coach Amy Dale")
        words = mention.text.split()
        core = len(words)
        while core > 2 and normalize_word(words[core - 1]) in self.vocabulary.role_qualifiers:
            core -= 1  # (the noun before the qualifiers a language writes after it: "La maire adjointe")
        head = strip_possessive(words[core - 1]).rstrip(".,;:")
        first = words[0].casefold()
        person = several = False  # (several: it may be one person the rules cannot be sure of)
        if first in self._determiners or first in self._possessive_determiners:
            low = head.casefold()  # ("the lead manager"; not "The bank")
            # (a kin or gender word is a person too, in every language: "Sa femme", "Su esposa")
            kin = first in self._possessive_determiners and self.gender_of(normalize_word(head)) is not None
            if (self.vocabulary.is_role_noun(low) or self.is_person(low) or kin) and not (
                self.vocabulary.is_org_word(low) or self.vocabulary.is_company_noun(low)
            ):
                person = len(words) <= self.MAX_ROLE_WORDS
                several = not person  # ("An analyst who wanted anonymity": maybe a clause the grammar cut)
            elif len(words) > 3 and words[-1][:1].isupper() and words[-2][:1].isupper():
                # ("The retired teacher Ana Ruiz": a name the words before it describe)
                person = self.described_name(words, self.resolve_name(mention.text, state.absolute(mention.start), state), state)
        elif not (self.is_plural(mention.text) or self.names_no_one(mention.text)):
            capitalised = all(w[:1].isupper() or self.vocabulary.is_role_noun(w) or self.vocabulary.is_title(w) for w in words)
            titled = len(words) > 1 and self.vocabulary.is_title(words[0].rstrip(".")) and bool(self.name_words(words[1:]))
            name = self.resolve_name(mention.text, state.absolute(mention.start), state)
            # (a name the index knows in full, or a title and a name: "Mr Becker"; not "Outboard",
            # nor "Cruz never mentioned Trump" that the grammar cut wrong: maybe someone)
            person = capitalised and (titled or (len(name.split()) > 1 and self.is_known_name(name, state)))
            person = person or self.described_name(words, name, state)  # ("Regular patron Gail Hume")
            several = not person
        after = raw[mention.end : mention.end + self.PHRASE_WINDOW].split()[:2]
        joined = len(after) > 1 and after[0] in self._coordinators and after[1][:1].isupper()  # ("Tomas Berg and Ana Ortiz")
        # ("The lead manager is First Boston": what the subject is, another name)
        equated = len(after) > 1 and after[0] in self._clause_verbs and after[1][:1].isupper()
        several = several or ((person or several) and (joined or equated))
        gender = next((g for g in (self.gender_of(normalize_word(w)) for w in words) if g is not None), None)
        possessor = self._possessive_forms.get(first, NO_FORMS)
        return Subject(mention, person, gender, possessor=possessor, several=several)

    def past_opening_adverb(self, raw: str, start: int, end: int) -> int:
        """For :meth:`read_subject`: where the sentence from *start* to *end* goes on after one
        capitalised word of :attr:`ADVERBS`, a phrase of :attr:`OPENING_CONNECTIVES` or a time phrase
        (:meth:`opening_time_end`) that opens it, maybe with a comma, before a capitalised word
        (``Later Mr Singh said``, ``Then, Tom Berg said``, ``On Monday Mr Singh said``); *start* otherwise.

        .. versionadded:: 0.2 (wv59)"""
        first = self._word.match(raw, start, end)
        if first is None or not first.group()[:1].isupper():
            return start
        words = list(islice(self._word.finditer(raw, start, end, False, KEEP_GIL), self.MAX_OPENING_TIME_WORDS + 1))
        time = self.opening_time_end(raw, words)
        # ("Por su parte, la congresista ... sostuvo": a connective of several words; lang62b)
        linked = self.opening_connective([w.group() for w in words])
        time = time if not linked else words[linked - 1].end()
        if time is None and first.group().casefold() not in self._adverbs:
            return start
        stop = first.end() if time is None else time
        at = stop + (raw[stop : stop + 1] == ",")
        while at < end and raw[at] == " ":
            at += 1
        return at if raw[at : at + 1].isupper() else start

    def described_name(self, words: Sequence[str], name: str, state: State) -> bool:
        """Whether a subject's *words* are words that describe a person and then *name*, the full
        name they resolve to, which the article's index knows (``Regular patron Gail Hume``,
        ``Longtime resident Ana Ruiz``): one person, the name's, whatever the words before it, as
        long as none of them links the name to a phrase of its own (a post-modifier, a place
        preposition, a relative pronoun or a coordinator: ``Friends of Gail Hume``, ``Voters who
        backed Ana Ruiz``).

        .. versionadded:: 0.2
        """
        named = name.split()
        if len(named) < 2 or len(words) <= len(named) or words[len(words) - len(named) :] != named:
            return False
        links = (self._cuts, self._place_prepositions, self._person_links, self._relatives, self._coordinators)
        if any(w.casefold() in group for w in words[: len(words) - len(named)] for group in links):
            return False
        return self.is_known_name(name, state)

    def plain_subject(self, raw: str, start: int, end: int, state: State) -> Mention | None:
        """For :meth:`read_subject`, when the grammar reads no subject at *start*: a role after a
        determiner, its verb right after it (``The judge nodded.``, ``The judge read his
        statement.``), or a name of the index after titles only (``Mrs. Lena Marsh
        disagreed.``, the titles kept for their gender); else ``None``."""
        found = self._word.finditer(raw, start, min(end, start + self.SUBJECT_REACH), False, KEEP_GIL)
        words = list(islice(found, self.MAX_ROLE_WORDS + 1))
        if len(words) > 2 and words[0].group().casefold() in self._determiners:
            for k in range(1, len(words) - 1):
                if "," in raw[words[k - 1].end() : words[k].start()]:
                    break
                last = self.qualifiers_after(raw, words, k)  # (French "La maire adjointe a dit")
                if last + 1 >= len(words):
                    break
                low, verb = words[k].group().casefold(), words[last + 1].group().rstrip(".")  # ("nodded.")
                if (self.vocabulary.is_role_noun(low) or self.is_person(low)) and verb.isalpha() and verb[:1].islower():
                    if verb in self._prepositions or verb in self._of or verb in self._relatives:
                        break  # ("The judge of the court", "the judge who ...": no verb yet)
                    if self.vocabulary.is_role_noun(verb) or self.is_person(verb):
                        continue  # ("The old judge read", "The local doctor said": a word before the noun)
                    return Mention(raw[start : words[last].end()], start, words[last].end())
        named = state.index.people_between(state.absolute(start), state.absolute(end), 1)
        if named:
            relative = named[0].start - state.paragraph_start
            lead = raw[start:relative].split()
            if lead and all(self.vocabulary.is_title(w.rstrip(".")) for w in lead) and raw.startswith(named[0].name, relative):
                return Mention(raw[start : relative + len(named[0].name)], start, relative + len(named[0].name))
        return self.titled_surname(raw, words)

    def qualifiers_after(self, raw: str, words: Sequence[regex.Match[str]], at: int) -> int:
        """The index of the last word of a role noun at *at* in *words* and the words of the
        vocabulary's ``ROLE_QUALIFIERS`` right after it, one blank apart (French ``maire
        adjointe``, Spanish ``director adjunto``: a qualifier a language writes after its noun);
        *at* itself when none follows.

        .. versionadded:: 0.2
        """
        qualifiers = self.vocabulary.role_qualifiers
        while (
            at + 1 < len(words)
            and raw[words[at].end() : words[at + 1].start()] == " "
            and normalize_word(words[at + 1].group()) in qualifiers
        ):
            at += 1
        return at

    def titled_surname(self, raw: str, words: Sequence[regex.Match[str]]) -> Mention | None:
        """For :meth:`plain_subject`: an honorific and one name word that the index does not hold
        alone, its verb right after it (``Mr. Becker nodded.``, ``Mrs Becker wept.``), the
        honorific kept for its gender; else ``None``.

        .. versionadded:: 0.2
        """
        if len(words) < 3 or not self.vocabulary.is_honorific(words[0].group()):
            return None
        name, verb = words[1].group(), words[2].group().rstrip(".")
        if raw[words[0].end() : words[1].start()] != " " or raw[words[1].end() : words[2].start()] != " ":
            return None
        if not self.names.is_name_word(name) or not (verb.isalpha() and verb[:1].islower()):
            return None
        if strip_possessive(name) != name:
            return None  # ("Mr. Obama's bet is ...": the bet, not him)
        if verb in self._prepositions or verb in self._of or verb in self._relatives:
            return None  # ("Mr. Becker of the council": no verb yet)
        return Mention(raw[words[0].start() : words[1].end()], words[0].start(), words[1].end())

    def apposed_subject(self, raw: str, start: int, end: int, state: State) -> Subject | None:
        """A name set off by commas after a noun that opens the sentence, after a determiner, a
        possessive determiner or a possessor (``Her deputy, Will Hurd, disagreed``, ``His mother,
        Anna, wept``, ``The mayor's wife, Robin Vale, ...``, ``Su adjunto, Juan Pérez, ...``):
        the name as the subject, one person, with the gender the noun calls for, when the noun is
        a role, a person or gender word or the index knows the name; else ``None``.  In a
        language with ``Vocabulary.CAPITALISED_NOUNS`` the noun may be capitalised (``Ihr
        Stellvertreter, Jonas Vogt, ...``)."""
        reach = min(end, start + self.SUBJECT_REACH)
        # (room for the body a role serves too: "The head of the regional health authority, Ana Ruiz,")
        most = self.SHORT_SUBJECT + 2 + self.MAX_ROLE_BODY_WORDS
        words = list(islice(self._word.finditer(raw, start, reach, False, KEEP_GIL), most))
        if len(words) < 3:
            return None
        first = words[0].group().casefold()
        possessor: frozenset[str] = NO_FORMS
        i = 1
        elided = self.elided_article(words[0].group())
        if elided:
            i = 0  # ("L'avocat de la famille, Olivier Renard,": the article glued to its noun)
        elif first in self._possessive_determiners:
            possessor = self._possessive_forms.get(first, NO_FORMS)
        elif first in self._determiners:
            # ("The mayor's wife"; "The World Bank president, Ana Ortiz,")
            i = 2 if strip_possessive(words[1].group()) != words[1].group() else self.after_body_name(raw, words)
        elif strip_possessive(words[0].group()) == words[0].group():
            # ("Ms Barker's father, David Barker,", "Tom Berg's lawyer, Ana Ruiz,": a possessor of
            # several capitalised words, a title maybe among them)
            owner = self.named_possessor(raw, words)
            if owner is None:
                return None
            i = owner + 1
        partitive = self.partitive_noun(raw, words) if first in self._determiners else None
        if partitive is not None:
            i = partitive  # ("One of the rescued men, Duane Berglund, ...": the name the index knows)
        elif first in self._determiners or first in self._possessive_determiners:
            i = self.apposed_modifiers(raw, words, i)  # ("The economy minister, Anne Roy, ...")
        noun = words[i].group()[elided:] if i < len(words) else ""
        lower = noun[:1].islower() or (bool(self.vocabulary.CAPITALISED_NOUNS) and noun[:1].isupper())
        # ("A landlord in Surulere, Mrs. ..."; "La maire adjointe chargée du commerce, Sophie ...")
        j = self.place_after_role(raw, words, self.qualifiers_after(raw, words, i)) if lower else i
        owned = first in self._possessive_determiners or strip_possessive(words[0].group()) != words[0].group()
        if lower and j == i == 1 and owned:
            kin = self.kin_named_bare(raw, words, i, possessor)
            if kin is not None:
                return kin  # ("Her son Tomasz, 26, left ...": a kin word, then the name with no comma)
        if not lower or raw[words[j].end() : words[j].end() + 1] != "," or j + 1 >= len(words):
            return None
        low = normalize_word(noun)
        j = self.described_in_apposition(raw, words, j)  # ("His neighbour, retired nurse Margaret Lowe,")
        name_start = words[j + 1].start()
        if i > 1 and partitive is None and first in self._determiners and not self.is_person(noun.casefold()):
            # (after a body's name or modifiers, only a role or a noun for one person: not "The
            # Harbour office, Tom Berg, ...", but "The former landlord, Keith Barrow, ...")
            return None
        if not (self.vocabulary.is_role_noun(noun.casefold()) or self.is_person(noun.casefold()) or self.gender_of(low)):
            known = state.index.people_between(state.absolute(name_start), state.absolute(name_start) + 1, 1)
            if not known:
                return None  # ("Its headquarters, Harbour House, ...": a noun for no one before a name)
        capitals, previous = 0, name_start
        for word in words[j + 1 :]:
            capitals += word.group()[:1].isupper()
            if capitals > self.MAX_NAME_WORDS:
                return None
            if not word.group()[:1].isupper() and (word.start() == name_start or not self.names.is_particle(word.group())):
                return None  # (but a particle inside the name: "El canciller, Juan de la Fuente,")
            if word.start() != name_start and raw[previous : word.start()].strip():
                return None  # (only blanks between a name's words: not 'Charlie McDowell ("The Discovery,"')
            previous = word.end()
            if raw[word.end() : word.end() + 1] == ",":
                mention = Mention(raw[name_start : word.end()], name_start, word.end())
                if self.names_organisation(mention.text, state):
                    return None  # ("The pier's owner, Westcombe Pier Trust,": a body, no person)
                return Subject(mention, True, self.gender_of(low), possessor=possessor)
        return None

    def elided_article(self, word: str) -> int:
        """For :meth:`apposed_subject`: the length of an elided article of :attr:`DETERMINERS` (one
        ending in an apostrophe: French ``l'``) that opens *word* before a lower-case noun
        (``L'avocat``), else 0.

        .. versionadded:: 0.2
        """
        cut = max(word.find("'"), word.find("’")) + 1
        if cut < 2 or cut >= len(word) or not word[cut].islower():
            return 0
        return cut if word[:cut].casefold() in self._determiners else 0

    def named_possessor(self, raw: str, words: Sequence[regex.Match[str]]) -> int | None:
        """For :meth:`apposed_subject`: the index in *words* of the possessive that closes a
        possessor of two capitalised words or more opening the sentence, each one space from the
        next, at most :attr:`MAX_NAME_WORDS` of them (``Ms Barker's father,``, ``Tom Berg's
        lawyer,``, ``Det. Insp. Ruth Vale's deputy,``: the index of ``Barker's``, ``Berg's``,
        ``Vale's``); ``None`` when the sentence opens otherwise.

        .. versionadded:: 0.2
        """
        for k in range(min(len(words) - 1, self.MAX_NAME_WORDS)):
            word = words[k].group()
            if not word[:1].isupper() or (k and raw[words[k - 1].end() : words[k].start()] not in (" ", ". ")):
                return None  # ("Tom and Ana's son,": no lower-case word inside; blanks only between)
            if strip_possessive(word) != word:
                return k if k else None  # (one word alone is the case the caller reads first)
        return None

    def kin_named_bare(
        self, raw: str, words: Sequence[regex.Match[str]], i: int, possessor: frozenset[str]
    ) -> Subject | None:
        """For :meth:`apposed_subject`: the name right after a noun of :attr:`GENDER_WORDS` at
        *i* that follows a possessive determiner or a possessor, one space between and no comma
        (``Her son Tomasz, 26, left ...``, ``His daughter Amira moved ...``): that name as the
        sentence's subject, with the noun's gender, when its capitalised words (at most
        :attr:`MAX_NAME_WORDS`, no possessive) end at a comma or before a lower-case word that is
        none of :attr:`COORDINATORS` (not ``His wife Anna and he ...``: several); else ``None``.

        .. versionadded:: 0.2
        """
        low = normalize_word(words[i].group())
        gender = self.gender_of(low)
        if gender is None or not self.is_person(low) or i + 1 >= len(words):
            return None
        if raw[words[i].end() : words[i + 1].start()] != " ":
            return None
        name_start, last = words[i + 1].start(), None
        for word in words[i + 1 : i + 1 + self.MAX_NAME_WORDS + 1]:
            text = word.group()
            if not text[:1].isupper():
                if last is None or text.casefold() in self._coordinators:
                    return None
                break
            if strip_possessive(text) != text:
                return None  # ("Her husband Tom's shop": Tom's shop, no subject named)
            last = word
            if raw[word.end() : word.end() + 1] == ",":
                break
        else:
            return None
        if last is None:
            return None
        mention = Mention(raw[name_start : last.end()], name_start, last.end())
        return Subject(mention, True, gender, possessor=possessor)

    def partitive_noun(self, raw: str, words: Sequence[regex.Match[str]]) -> int | None:
        """For :meth:`apposed_subject`: the index in *words* of the lower-case noun of a partitive
        that opens the sentence, a determiner, one of :attr:`OF_WORDS`, a determiner and at most
        :attr:`APPOSED_MODIFIER_WORDS` lower-case words more, closed by a comma (``One of the
        rescued men,``: the index of ``men``); ``None`` when the words are no such phrase.

        .. versionadded:: 0.2
        """
        match words:
            # (a quantity word, the link and a determiner, then the noun and its modifiers, and a word after the comma)
            case [_, link, determiner, *rest] if link.group() in self._of and determiner.group().casefold() in self._determiners:
                opened = len(words) - len(rest)
            case _:
                return None
        previous = determiner
        for k, found in enumerate(rest[:-1][: self.APPOSED_MODIFIER_WORDS + 1], start=opened):
            word = found.group()
            if not word[:1].islower() or word in self._stop or raw[previous.end() : found.start()] != " ":
                return None
            if raw[found.end() : found.end() + 1] == ",":
                return k
            previous = found
        return None

    def described_in_apposition(self, raw: str, words: Sequence[regex.Match[str]], j: int) -> int:
        """For :meth:`apposed_subject`: the index in *words* of the last of at most
        :attr:`APPOSED_MODIFIER_WORDS` lower-case words after the comma at ``words[j]`` that
        describe the name after them, the last a role, person or occupation noun, each one space
        from the next and from the capitalised name (``His neighbour, retired nurse Margaret
        Lowe,``: the index of ``nurse``); *j* when there are none.

        .. versionadded:: 0.2
        """
        k = j + 1 + self.allegiance_before_role(raw, words, j)
        first = k
        while k < len(words) and k - first < self.APPOSED_MODIFIER_WORDS and (
            words[k].group()[:1].islower() or self.age_of((words[k].group(),)) is not None
        ):
            if raw[words[k - 1].end() : words[k].start()] not in (" ", ", ") or words[k].group() in self._stop:
                return j
            k += 1
        if k == first or k >= len(words) or not words[k].group()[:1].isupper() or raw[words[k - 1].end() : words[k].start()] != " ":
            return j
        noun = words[k - 1].group().casefold()
        if not (self.vocabulary.is_role_noun(noun) or self.is_person(noun) or self.is_occupation(noun)):
            return j  # (an age is a person's: "One of the men, 68-year-old Duane Berg,"; is_person reads it)
        return k - 1

    def allegiance_before_role(self, raw: str, words: Sequence[regex.Match[str]], j: int) -> int:
        """For :meth:`described_in_apposition`: 1 when the word right after the comma at
        ``words[j]`` is a capitalised allegiance of :attr:`ALLEGIANCE_NOUNS` one space before a
        lower-case word (``Her opponent, Conservative group leader Robert Vane,``: the party before
        the role), else 0; or the count of the capitalised words of a body's name whose last is
        an organisation word (``Her opponent, Green Party leader Robert Vane,``, ``..., Teamsters
        Union boss Ana Ruiz,``), at most :attr:`MAX_ROLE_BODY_WORDS`, in the same place; 1 too for
        one capitalised word of a body or a place that is no given name, title nor word that
        opens no name (``Her former student, Stanford professor Alan Cho,``).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a party's or a body's name of several words (wv56)
        .. versionchanged:: 0.2 (mendQS70) a body's or a place's one word
        """
        k = j + 1
        body = 0
        while k + body < len(words) and body < self.MAX_ROLE_BODY_WORDS and words[k + body].group()[:1].isupper() and (
            not body or raw[words[k + body - 1].end() : words[k + body].start()] == " "
        ):
            body += 1
        party = body >= 2 and k + body < len(words) and self.vocabulary.is_org_word(words[k + body - 1].group())
        if party and raw[words[k + body - 1].end() : words[k + body].start()] == " " and words[k + body].group()[:1].islower():
            return body  # ("Green Party leader Robert Vane": the party's name before the role)
        if k + 1 >= len(words) or not words[k].group()[:1].isupper() or not words[k + 1].group()[:1].islower():
            return 0
        if raw[words[k].end() : words[k + 1].start()] != " ":
            return 0
        word = words[k].group()
        if word.casefold() in self._allegiances:
            return 1
        # ("Her former student, Stanford professor Alan Cho,": a body's or a place's one word
        # before the role; never a given name nor a title, which would open the name itself)
        plain = word.isalpha() and word[1:].islower() and self.vocabulary.can_start_name(word)
        return 1 if plain and not self.vocabulary.is_given_name(word) else 0

    def apposed_modifiers(self, raw: str, words: Sequence[regex.Match[str]], i: int) -> int:
        """For :meth:`apposed_subject`: the index in *words* of a role noun set off by a comma
        after at most :attr:`APPOSED_MODIFIER_WORDS` lower-case words from *i* that are no stop
        words, each one space from the next (``The economy minister, Anne Roy,``, ``the former
        deputy mayor,``: the index of ``minister``, ``mayor``), or by one of :attr:`OF_WORDS` and the
        body it serves (``The chief executive of the port,``: :meth:`place_after_role` reads the
        body); *i* when there is none.

        Two roles joined by one of :attr:`COORDINATORS` read as one (``Its founder and conductor,``,
        ``The director and chief curator,``: the index of the second, :meth:`coordinated_role`).

        .. versionadded:: 0.2
        """
        second = self.coordinated_role(raw, words, i)
        return second if second is not None else self.modified_role(raw, words, i)

    def coordinated_role(self, raw: str, words: Sequence[regex.Match[str]], i: int) -> int | None:
        """For :meth:`apposed_modifiers`: the index in *words* of the second of two role nouns
        joined by one of :attr:`COORDINATORS`, the first at most :attr:`APPOSED_MODIFIER_WORDS`
        lower-case words from *i*, the second (with its own modifiers, :meth:`modified_role`) set
        off by a comma (``founder and conductor,``, ``director and chief curator,``); ``None``
        when there are no such two.

        .. versionadded:: 0.2
        """
        for c in range(i + 1, min(len(words) - 1, i + self.APPOSED_MODIFIER_WORDS + 1)):
            link = words[c].group()
            if raw[words[c - 1].end() : words[c].start()] != " " or raw[words[c].end() : words[c + 1].start()] != " ":
                return None
            first = words[c - 1].group()
            if not first[:1].islower() or (c - 1 > i and first.casefold() in self._stop):
                return None
            if link.casefold() not in self._coordinators:
                continue
            if not self.vocabulary.is_role_noun(first.casefold()):
                return None
            k = self.modified_role(raw, words, c + 1)
            noun = words[k].group()
            closed = raw[words[k].end() : words[k].end() + 1] == ","
            return k if closed and noun[:1].islower() and self.vocabulary.is_role_noun(noun.casefold()) else None
        return None

    def modified_role(self, raw: str, words: Sequence[regex.Match[str]], i: int) -> int:
        """For :meth:`apposed_modifiers`: the index of a role noun, or another noun for one person
        (:meth:`is_person`: ``former landlord,``), after at most :attr:`APPOSED_MODIFIER_WORDS`
        lower-case modifiers from *i* (``economy minister,``), as :meth:`apposed_modifiers`
        describes; *i* when there is none.

        .. versionadded:: 0.2
        """
        for k in range(i + 1, min(len(words) - 1, i + self.APPOSED_MODIFIER_WORDS + 1)):
            before = words[k - 1].group()
            if not before[:1].islower() or before.casefold() in self._stop or raw[words[k - 1].end() : words[k].start()] != " ":
                return i
            word = words[k].group()
            if raw[words[k].end() : words[k].end() + 1] == "," or words[k + 1].group() in self._of:
                # (a role or a noun for one person: "The former landlord, Keith Barrow,")
                return k if word[:1].islower() and self.is_person(word.casefold()) else i
        return i

    def place_after_role(self, raw: str, words: Sequence[regex.Match[str]], i: int) -> int:
        """For :meth:`apposed_subject`: the index in *words* of the last word of a place right
        after the noun at *i*, one of :attr:`PLACE_PREPOSITIONS` or of :attr:`OF_WORDS` and one to
        three words of :meth:`place_word`, the last capitalised, closed by a comma (``A landlord in
        Surulere, Mrs. Funmilayo Adeleke, said``: the index of ``Surulere``; ``in the Bronx``; the
        body a role serves: ``the minister of Health,``, ``La ministre de l'Économie,``); after one
        of :attr:`OF_WORDS`, the body may be in lower case, up to :attr:`MAX_ROLE_BODY_WORDS`
        words, none a cue (``The president of the federation, Sophie Marchand,``, ``La présidente de
        la fédération, ...``); *i* when there is none.

        .. versionadded:: 0.2
        """
        if i + 2 >= len(words):
            return i
        link = words[i + 1].group()
        body = link in self._of  # (the body a role serves may be written in lower case)
        if link not in self._place_prepositions and not body:
            return i
        if raw[words[i].end() : words[i + 1].start()] != " ":
            return i
        # (a place in lower case after a determiner too: "His neighbour on the site, ...")
        lower = body or words[i + 2].group().casefold() in self._determiners
        for k in range(i + 2, min(len(words), i + 2 + (self.MAX_ROLE_BODY_WORDS if body else 3))):
            word = words[k].group()
            if not self.place_word(word) and not (lower and word[:1].islower() and not self.is_cue_word(word.rstrip(","))):
                return i
            if word.casefold() not in self._determiners and raw[words[k].end() : words[k].end() + 1] == ",":
                return k
        return i

    def place_word(self, word: str) -> bool:
        """Whether *word* may stand in a place's name after a preposition: capitalised, or an
        article (``in Surulere``, ``in the Bronx``), or a capitalised word after an elided article
        (French ``de l'Économie``), as :meth:`place_after_role` and :meth:`name_set_off_after` read a
        place between a role and a name set off.

        .. versionadded:: 0.2
        """
        if word[:1].isupper() or word.casefold() in self._determiners:
            return True
        elided = next((len(d) for d in self._elided_determiners if word.casefold().startswith(d)), 0)
        return 0 < elided < len(word) and word[elided].isupper()

    def after_body_name(self, raw: str, words: list[regex.Match[str]]) -> int:
        """For :meth:`apposed_subject`: the index in *words* (a determiner first) of the word
        after the capitalised words of a body's name that may stand before a role noun (``The
        Federal Reserve chairwoman``: 3), at most :attr:`APPOSED_BODY_WORDS` of them with no
        punctuation between; 1 when there are none, or in a language that capitalises nouns."""
        i = 1
        if self.vocabulary.CAPITALISED_NOUNS:
            return i
        while i <= self.APPOSED_BODY_WORDS and i + 2 < len(words) and words[i].group()[:1].isupper():
            if raw[words[i].end() : words[i + 1].start()] != " ":
                return 1  # ("The Assembly, Ana Ortiz said, ...")
            i += 1
        return i

    def note_followers(self, number: int, state: State) -> None:
        """Set :attr:`~newsparse.quotes.model.State.speaker_followed` at the end of paragraph
        *number*, for the next paragraph only: whether, when the last speaker was found in it, a
        sentence after the one that holds that speaker's mention opens with someone or some body
        other than that speaker (:meth:`sentence_actor`: ``"...," Ortiz said. The council voted
        5-2.``; not ``She left.`` nor ``Ortiz left.``).  Each sentence's subject is read once
        (the paragraph's memo), and only the sentences after the speaker's, up to the first
        one person acting apart: a sentence the memo does not hold yet is read and not kept (the
        memo holds the first sentences in order).  Called for every paragraph, right after
        :meth:`~newsparse.QuoteParser.parse_paragraph`."""
        state.speaker_followed = state.speaker_followed_by_person = False
        last = state.last_speaker
        if state.last_speaker_paragraph != number or last is None or last.span is None:
            return  # (no speaker found in it: its sentences were maybe not read)
        relative = last.span.start - state.paragraph_start
        starts = state.sentence_starts
        first = bisect_right(starts, relative)
        if relative < 0 or first >= len(starts):
            return
        read = self.paragraph_memo(state).subjects
        for index in range(first, len(starts)):
            if index < len(read):
                subject = read[index]
            else:
                end = starts[index + 1] if index + 1 < len(starts) else len(state.paragraph_text)
                subject = self.sentence_actor(starts[index], end, state)
            if subject is not None and self.acts_apart(subject, last, state):
                state.speaker_followed = True
                if subject.person:
                    state.speaker_followed_by_person = True
                    return  # (both set: the sentences after change neither)

    def acts_apart(self, subject: Subject, speaker: Speaker, state: State) -> bool:
        """Whether *subject* is someone or some body other than *speaker*: one person written
        with two words or more (``Tom Berg``, ``Mr Becker``, ``The judge``), a group or an
        organisation (not a thing: ``The vote was close.``) that does not resolve to the
        speaker's name nor share its last word (``Ortiz``)."""
        text = subject.mention.text
        if not subject.person and (self.names_no_one(text) or not self.is_plural(text)):
            return False
        if subject.person and len(text.split()) < 2:
            return False  # ("Outboard now has ...": one word the index took for a surname may be a company's)
        name = self.resolve_name(text, state.absolute(subject.mention.start), state)
        return name != speaker.name and name.split()[-1:] != speaker.name.split()[-1:]

    def other_gender(self, name: str, pronoun: str, state: State) -> bool:
        """Whether the article calls the person *name* by a pronoun other than *pronoun*: it
        described them with a word of :attr:`GENDER_WORDS` for the other pronoun (``Mrs. Alma
        Cruz``, ``Councilwoman Janet Ruiz``, never for both), or resolved the other pronoun to
        them before (``"...," she added.``).  A pronoun is then left as written, never given to
        that person (``Mrs. Alma Cruz and Mr. Ben Cruz watched. "...," he said.``)."""
        low = pronoun.casefold()
        if name == pronoun or low not in self._gendered:
            return False
        genders = self.genders_of(state)
        known = genders.get(name)
        if known is not None or " " not in name:
            return bool(known) and known != low
        if state.surname_genders is None:
            state.surname_genders = self.surname_genders(state)
        shown = state.surname_genders.get(name.rsplit(None, 1)[-1])  # ("Lars Berg ... Mr. Berg" for she)
        return bool(shown) and shown != low

    def surname_genders(self, state: State) -> dict[str, str]:
        """Each surname the article writes alone after a capitalised honorific of
        :attr:`GENDER_WORDS` (``Mr. Berg``, ``Mrs. Ortiz``; not ``Mr. Lars Berg``, whose title the
        index's descriptors hold) -> the honorific's pronoun, empty when the article writes it
        with both; only a surname that one name of the index ends in (``Lars Berg``, not ``Bill
        Clinton`` and ``Hillary Clinton``), so that the honorific speaks of that person.  One pass
        over the text and one over the index, once per article.

        .. versionadded:: 0.2"""
        found: dict[str, str] = {}
        pattern = self._gender_honorific
        if pattern is None:
            return found
        text = state.text
        for match in pattern.finditer(text, 0, None, False, KEEP_GIL):
            word, end = match["word"], match.end()
            if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
                continue  # ("Mr. Lars Berg": a full name)
            pronoun = self.gender_of(normalize_word(word))
            if pronoun is not None:
                surname = strip_possessive(match["name"])
                found[surname] = pronoun if found.get(surname, pronoun) == pronoun else ""
        if not found:
            return found
        holders: dict[str, set[str]] = {}
        for person in state.index.people:
            if person.words and person.words[-1] in found:
                holders.setdefault(person.words[-1], set()).add(person.name)
        return {surname: pronoun for surname, pronoun in found.items() if len(holders.get(surname, ())) == 1}

    def shown_other_gender(self, name: str, pronoun: str, at: int, state: State) -> bool:
        """Whether the paragraph, in the :attr:`PRONOUN_EVIDENCE_WINDOW` characters before *at*,
        has a sentence outside quotation marks that opens with the person pronoun of the other
        gender after a mention of *name*, with no one else named in that window: the sentence's
        pronoun can only be *name*'s, so *pronoun* is not (``Ana Ruiz said the city would pay. She
        thanked her staff. "...," he said.``: he is left as written); never the sentence of
        *at* itself, whose opening pronoun is the reported words' subject (``Mary Dunn lost her
        husband. He was, she said, "..."``: she is Mary Dunn).  Only to keep a pronoun from
        *name*, never to give it to someone else.

        .. versionadded:: 0.2
        """
        low = pronoun.casefold()
        if low not in self._gendered or name == pronoun:
            return False
        rel = at - state.paragraph_start
        floor = max(0, rel - self.PRONOUN_EVIDENCE_WINDOW)
        people = state.index.people_between(state.paragraph_start + floor, at, self.MAX_SUBJECTS + 1)
        if not people or len(people) > self.MAX_SUBJECTS or any(p.name != name for p in people):
            return False
        named = people[0].start - state.paragraph_start
        starts = state.sentence_starts
        # (not the pronoun's own sentence: "He was, she said, ...": the reported words' subject)
        for start in starts[bisect_left(starts, named + 1) : bisect_right(starts, rel) - 1]:
            word = self._word.search(state.paragraph_text, start, min(rel, start + 4))
            if word is None or not word.group()[:1].isupper() or self.inside_marks(word.start(), state.paragraph_marks):
                continue
            other = word.group().casefold()
            if other in self._persons and other in self._gendered and other != low:
                return True
        return False

    def only_one_of_gender(self, pronoun: str, at: int, state: State) -> str | None:
        """The first person named in the paragraph before *at*, when the article describes that
        person for *pronoun* and every other person named there (the first
        :attr:`MAX_SUBJECTS`) for the other pronoun (``Councilwoman Janet Ruiz and Councilman Pete
        Harlow clashed. "...," she said.``: Janet Ruiz); ``None`` otherwise, also when someone else
        has no gender evidence (``Councilwoman Janet Ruiz and Ana Ortiz clashed.``: no guess)."""
        low = pronoun.casefold()
        if low not in self._gendered:
            return None
        genders = self.genders_of(state)
        people = state.index.people_between(state.paragraph_start, at, self.MAX_SUBJECTS)
        described = {person.name for person in people if genders.get(person.name) == low}
        if len(described) != 1:
            return None
        (first,) = described
        others = [person for person in people if person.name != first]
        if not others and first in state.given_genders:
            return None  # (a given name decides between people the index names, never for one alone)
        return first if all(self.of_other_gender(person, low, genders) for person in others) else None

    def of_other_gender(self, person: Person, pronoun: str, genders: Mapping[str, str]) -> bool:
        """For :meth:`only_one_of_gender`: whether the article describes *person*, named beside
        someone it describes for *pronoun*, for the other pronoun only (``Mr. Daniel Ross and Mrs.
        Helen Ross``); a name with no such word (``Councilwoman Janet Ruiz and Ana Ortiz``, ``Police
        Chief Robert Hale``) may be anyone's.

        .. versionadded:: 0.2
        """
        return genders.get(person.name, pronoun) not in ("", pronoun)

    def other_person(self, name: str, pronoun: str, at: int, state: State) -> str | None:
        """The referent of *pronoun* at *at* when the article calls *name*, the one the rules
        found, by the other pronoun (:meth:`other_gender`), or ``None`` (no one sure): of the
        people named in the paragraph before *at* (the first :attr:`MAX_SUBJECTS`, outside
        quotation marks, no possessor, no word of *name* in theirs), the one the article
        describes for *pronoun* when that one is the only such person; else the person named
        right after *name*'s last mention, in its sentence and within :attr:`NAMED_WINDOW`
        characters, when the article does not call them by the other pronoun too (``Tom Berg
        introduced his colleague Ana Ortiz. She said ...``: Ana Ortiz)."""
        genders = self.genders_of(state)
        low = pronoun.casefold()
        people = self.people_outside_marks(at, state)
        others = [
            person for person in people
            if self.another_person(name, person.name) and not self.is_possessor(person, state)
        ]
        described = {person.name for person in others if genders.get(person.name) == low}
        if len(described) == 1:
            return described.pop()
        if described:
            return None
        subject = self.subject_of_gender(name, low, at, state)
        if subject is not None:
            return subject or None
        after = self.named_after(name, people, state.text)
        if after is None or after not in others or genders.get(after.name) not in (None, low):
            return None
        return after.name

    def named_kin(self, name: str, pronoun: str, at: int, state: State) -> str | None:
        """For :meth:`resolve_name`, after :meth:`other_person` and :meth:`previous_paragraph_person`
        found no one for *pronoun*, whose referent *name* the article shows of the other gender:
        the one given name the paragraph gives alone after a kin word of *pronoun*'s gender
        (:attr:`GENDER_WORDS` in lower case, not a title: ``her brother Oskar``, ``her husband,
        Tom``; not ``Brother Oskar``, ``Mr. Berg``) after *name*'s last mention and before *at*, within
        :attr:`GENDER_TITLE_WINDOW` characters, outside quotation marks (``Emma Lind and her
        brother Oskar ran the bakery. "...," he said.``: Oskar); ``None`` when there is none or
        more than one (a name of two words or more is the index's, and :meth:`other_person`'s).

        .. versionadded:: 0.2
        """
        pattern = self._gender_titled
        if pattern is None:
            return None
        text = state.text
        start = max(state.paragraph_start, at - self.GENDER_TITLE_WINDOW)
        last = text.rfind(name, start, at)
        if last < 0:
            return None
        low = pronoun.casefold()
        found: set[str] = set()
        for m in pattern.finditer(text, last + len(name), at):
            if not m["word"].islower() or self._gender_words.get(normalize_word(m["word"])) != low:
                continue  # (a title in capitals, "Brother Oskar", "Mr. Berg", is no kin word)
            if self.inside_marks(m.start() - state.paragraph_start, state.paragraph_marks):
                continue
            given = m["name"]
            after = text[m.end() : m.end() + self.NAMED_WINDOW].split()[:1]
            if after and after[0][:1].isupper():
                return None  # ("her brother Oskar Lind": a full name, the index's)
            if not self.names.is_name_word(given) or given in name.split():
                continue
            found.add(given)
        return found.pop() if len(found) == 1 else None

    def credited_writer(self, speaker: Speaker, state: State) -> bool:
        """Whether *speaker*'s mention credits a writer to a body, its capitalised name in the
        possessive right before the person's name with no word between (``the Daily Star's Paul
        Grant``, ``RealClearPolitics’ David Byler``; not ``the mayor's aide Tom Hale``, nor an
        owner the index knows as a person: ``Ortiz's Tom Hale``, nor an institution's name that ends
        in a body's word or a group noun that is none of :attr:`MASTHEAD_WORDS`, ``the Budget
        Office's Rudolph Penner``, ``Save the Children's Anna Kelly``, whose official speaks for it;
        ``The Huffington Post's Scott Conroy`` is a writer; spk52): a reporter quoted for what they
        wrote: a person pronoun after them goes to the last subject when that is someone else, or,
        when it is the writer (``As the Daily Star's Paul Grant wrote``), to the subject named before
        the writer (:meth:`person_referent`; ``Apple's Tim Cook said ...`` as a sentence's subject
        stays the pronoun's).

        .. versionadded:: 0.2"""
        words = speaker.mention.split()
        name = speaker.name.split()
        if len(words) <= len(name) or [strip_possessive(w) for w in words[-len(name) :]] != name:
            return False
        owner = words[-len(name) - 1]
        bare = strip_possessive(owner)
        if bare == owner or not bare[:1].isupper() or self.vocabulary.is_title(bare):
            return False
        institution = bare.casefold() in self._groups or self.vocabulary.is_org_word(bare)
        if institution and bare.casefold() not in self._mastheads:
            return False  # (an institution's official, no writer: "the Congressional Budget Office's Rudolph Penner")
        return not state.index.is_known(state.index.full_name((bare,)))

    def possessor_before(self, pronoun: str, at: int, state: State) -> str | None:
        """The one person a surname in the possessive names in the sentence of person *pronoun*
        at *at* before it, with no comma between, the pronoun right after one of
        :attr:`SUBORDINATORS` (``If we read Rubio's strategy right when he says ...``: Marco
        Rubio, the fullest name the index gives ``Rubio``), when the last speaker was quoted
        before the paragraph, the words before it name no one else by a capitalised word the
        index knows, and the article does not show that person for the other pronoun; else
        ``None`` (``Under Ortiz's plan, he said, ...``: the speaker's aside; ``After Ortiz's
        speech he said ...``: anyone who heard it).

        .. versionadded:: 0.2"""
        last = state.last_speaker
        if last is None or last.span is None or last.span.start >= state.paragraph_start:
            return None
        relative = at - state.paragraph_start
        index = bisect_right(state.sentence_starts, relative) - 1
        if index < 0:
            return None
        start = state.sentence_starts[index]
        lead = state.paragraph_text[start:relative]
        if "," in lead or any(mark in lead for mark in self._marks):
            return None  # (an aside, or words in quotation marks: the pronoun may be the speaker's)
        before = lead.split()[-1:]
        if not before or before[0].casefold() not in self._subordinators:
            return None  # ("After Ortiz's speech he said ...": he may be anyone reacting to it)
        found: set[str] = set()
        for word in self._word.findall(lead, 0, None, False, KEEP_GIL):
            bare = strip_possessive(word)
            if not bare[:1].isupper():
                continue
            full = state.index.full_name((bare,))
            if not state.index.is_known(full):
                continue
            if bare == word:
                return None  # (someone named, not owning: "Tom Berg met Ortiz's aide when he ...")
            found.add(full)
        if len(found) != 1:
            return None
        (owner,) = found
        return None if self.other_gender(owner, pronoun, state) else owner

    def apposed_owner(self, name: str, pronoun: str, at: int, state: State) -> str | None:
        """For :meth:`resolve_name`, after the rules before it found no one for *pronoun*, whose
        referent *name* the article shows of the other gender: the owner of the possessive that
        *name* is set off after (:meth:`set_off_after_possessive`: ``Her son, Paul Olin, said
        ...``), when only *name* is named from there up to *at* and the possessive is
        *pronoun*'s.  The owner is the person named last before that sentence, when the sentence
        naming them names no one else and the article does not show them for the other pronoun
        (``Mary Olin died on Friday. Her son, Paul Olin, said ...`` then ``"...," she said.``:
        Mary Olin); else ``None``.  Bounded: the last :attr:`MAX_SUBJECTS` people within
        :attr:`SUBJECT_WINDOW` characters before *at*.

        .. versionadded:: 0.2
        """
        people = state.index.people_before(max(0, at - self.SUBJECT_WINDOW), at, self.MAX_SUBJECTS)
        first = len(people)
        while first > 0 and people[first - 1].name == name:
            first -= 1  # (back over the mentions of name: its first of them is the one set off)
        if first in (0, len(people)) or not self.set_off_after_possessive(state.text, people[first], pronoun):
            return None
        owner = people[first - 1]
        for other in reversed(people[: first - 1]):
            between = state.text[other.start : owner.start]
            if "\n" in between or any(mark in between for mark in self.SENTENCE_END):
                break
            if other.name != owner.name:
                return None  # ("Ana Ruiz and Eva Sanz met. Her son, ...": whose son, no one sure)
        genders = self.genders_of(state)
        if genders.get(owner.name) == "" or self.other_gender(owner.name, pronoun, state):
            return None
        return owner.name

    def set_off_after_possessive(self, text: str, person: Person, pronoun: str) -> bool:
        """Whether *person*'s name is set off by a comma after a possessive of person *pronoun*
        (:attr:`PERSON_POSSESSIVE_FORMS`, for it alone) and up to
        :attr:`APPOSED_MODIFIER_WORDS` + 1 lower-case words, which open its sentence (``Her son,
        Paul Olin,``; ``His longtime business partner, Ana Ruiz,`` for he); the possessive then
        speaks of someone named before that sentence.  Reads :attr:`NAMED_WINDOW` characters.

        .. versionadded:: 0.2
        """
        lead = text[max(0, person.start - self.NAMED_WINDOW) : person.start]
        cut = max(lead.rfind(mark) for mark in (*self.SENTENCE_END, "\n"))
        if cut < 0 and person.start > self.NAMED_WINDOW:
            return False  # (the window opens inside the sentence: more words than read)
        words = lead[cut + 1 :].split()
        if not 2 <= len(words) <= self.APPOSED_MODIFIER_WORDS + 2 or not words[-1].endswith(","):
            return False
        forms = self._possessive_forms.get(words[0].casefold(), NO_FORMS)
        if len(forms) != 1 or pronoun.casefold() not in forms:
            return False  # (a possessive of that pronoun alone)
        return all(w.isalpha() and w.islower() for w in (*words[1:-1], words[-1][:-1]))

    def previous_paragraph_person(self, name: str, pronoun: str, at: int, state: State) -> str | None:
        """For :meth:`resolve_name`, after :meth:`other_person` found no one: when the pronoun's
        sentence opens its paragraph, names no one before *at*, and *name*, the referent found, of the other gender
        than *pronoun*, is named in the paragraph right before it, the one person that paragraph
        names whom the article shows for *pronoun* when it shows every other person it names for
        the other (``Marta Vidal, the council's finance chief, met John Ames, the union leader.``
        then ``"...," he said.``: John Ames); else ``None``.  A paragraph between that opens with
        a quotation mark and names no one is passed over (:meth:`quotation_paragraph`, lang57).  Bounded: the index between two
        offsets, at most :attr:`MAX_SUBJECTS` people of that paragraph.

        .. versionadded:: 0.2"""
        previous = state.previous_paragraph
        if previous is None or bisect_right(state.sentence_starts, at - state.paragraph_start) > 1:
            return None  # (a sentence before the pronoun's may name someone: "Ruiz and Harlow spoke.")
        if state.index.people_between(state.paragraph_start, at, 1):
            return None
        people = state.index.people_between(previous.start, previous.end, self.MAX_SUBJECTS + 1)
        if not people and state.earlier_paragraph is not None and self.quotation_paragraph(previous, state):
            # ("... met Ana Gómez." / "«...», dijo." / "«...», respondió ella.": past a quotation naming no one)
            previous = state.earlier_paragraph
            people = state.index.people_between(previous.start, previous.end, self.MAX_SUBJECTS + 1)
        if len(people) > self.MAX_SUBJECTS or all(person.name != name for person in people):
            return None
        genders = self.genders_of(state)
        low = pronoun.casefold()
        described = {person.name for person in people if genders.get(person.name) == low}
        if len(described) != 1:
            return None
        (found,) = described
        others = [person for person in people if person.name != found]
        return found if others and all(self.of_other_gender(person, low, genders) for person in others) else None

    def quotation_paragraph(self, paragraph: Span, state: State) -> bool:
        """For :meth:`previous_paragraph_person`: whether *paragraph* opens with a quotation mark
        (``«Avanzaremos», dijo.``, ``"We are moving."``): a turn of speech, no one's action told,
        which a pronoun in the paragraph after it may reach past.

        .. versionadded:: 0.2 (lang57)"""
        return state.text[paragraph.start : paragraph.start + 1] in self._marks

    def answers_last_speaker(self, name: str, at: int, state: State) -> bool:
        """For :meth:`sole_named_of_gender`: whether the pronoun at *at* answers *name*, the last
        speaker, quoted in the paragraph right before: the pronoun's sentence opens its paragraph
        (``"...," he replied.``), whose text names no one before it, and nothing stands between the
        two paragraphs (not ``M. Hugo Lefèvre a critiqué le texte. « ... », affirme-t-elle.``, a
        slip for his pronoun; not ``Berg supporters booed.`` between the turns).

        .. versionadded:: 0.2"""
        last, previous = state.last_speaker, state.previous_paragraph
        if last is None or last.name != name or last.span is None or previous is None:
            return False
        if not previous.start <= last.span.start < previous.end:
            return False  # (the last speaker quoted further back: others may have acted since)
        if bisect_right(state.sentence_starts, at - state.paragraph_start) > 1:
            return False  # (a sentence before the pronoun's: "Berg supporters cheered. '...,' he said.")
        return not state.index.people_between(state.paragraph_start, at, 1)

    def sole_named_of_gender(self, name: str, pronoun: str, at: int, state: State) -> str | None:
        """For :meth:`resolve_name`, after :meth:`previous_paragraph_person` found no one: the one
        person named within :attr:`SUBJECT_WINDOW` characters before *at* (the last
        :attr:`MAX_SUBJECTS`) whom the article shows for *pronoun*, when *name*, the referent
        found of the other gender, and everyone else named there are shown for the other
        (``Tom Berg said ...`` / ``Ann Lee disagreed. "...," she said.`` / ``"...," he
        replied.``: Tom Berg), when the pronoun answers *name*, the last speaker, quoted in the
        paragraph right before (:meth:`answers_last_speaker`); ``None`` when two people or none
        fit, when someone named there shows no gender (no guess), or when the pronoun answers no
        one.

        .. versionadded:: 0.2"""
        low = pronoun.casefold()
        if low not in self._gendered or not self.answers_last_speaker(name, at, state):
            return None
        genders = self.genders_of(state)
        people = state.index.people_before(max(0, at - self.SUBJECT_WINDOW), at, self.MAX_SUBJECTS)
        if all(person.name != name for person in people):
            return None
        described = {person.name for person in people if genders.get(person.name) == low}
        if len(described) != 1:
            return None
        (found,) = described
        others = [person for person in people if person.name != found and self.another_person(found, person.name)]
        return found if others and all(self.of_other_gender(person, low, genders) for person in others) else None

    def subject_other_gender(self, name: str, pronoun: str, at: int, state: State) -> bool:
        """Whether a sentence of the paragraph before *at* opens with *name* as its subject under
        a title or role of the other gender than person *pronoun*'s (``Mr. Berg sat down.`` for
        ``she``), though the article's index shows no gender for *name* (a surname after a title
        is no mention of the index).  Reads the genders the paragraph's memo folds, each
        subject once (:meth:`fold_subject_genders`).

        .. versionadded:: 0.2"""
        low = pronoun.casefold()
        if name == pronoun or low not in self._gendered:
            return False
        genders = self.genders_of(state)
        if name in genders:
            return False  # (the index's words decide: "Lord Mayor Anna Voss, the widow of a miner,")
        memo, index = self.fold_subject_genders(at, state)
        shown = memo.subject_genders.get(name, {})
        return any(other != low and first <= index for other, first in shown.items())

    @staticmethod
    def another_person(name: str, other: str) -> bool:
        """Whether full name *other* names someone else than *name*: neither holds every word of
        the other (``Ana M. Ruiz`` and ``Ana Ruiz``, ``Ruiz`` and ``Ana Ruiz`` are one person;
        ``Lars Berg`` and ``Anna Berg``, who share a surname, two).

        .. versionadded:: 0.2
        """
        own, theirs = set(name.split()), set(other.split())
        return not (own <= theirs or theirs <= own)

    def subject_of_gender(self, name: str, pronoun: str, at: int, state: State) -> str | None:
        """For :meth:`other_person`: the name of the one person that opens a sentence of the
        paragraph before *at* (:meth:`sentence_actor`) with a title or role of *pronoun*'s
        gender, when that is someone other than *name* (``Mr. Biden sat down. Mrs. Clinton
        introduced him. She said ...``: Mrs. Clinton's full name); empty when two such subjects
        name different people; ``None`` when there is none.  Reads at most three names the
        paragraph's memo folds (:meth:`fold_subject_genders`).

        .. versionadded:: 0.2"""
        memo, index = self.fold_subject_genders(at, state)
        found: list[str] = []
        for first, other in memo.gender_subjects.get(pronoun.casefold(), ()):
            if first > index or len(found) > 1:
                break
            if self.another_person(name, other):
                found.append(other)
        if not found:
            return None
        return found[0] if len(found) == 1 else ""

    def fold_subject_genders(self, at: int, state: State) -> tuple[ParagraphMemo, int]:
        """The paragraph's memo with the subjects of its sentences up to the one holding *at*
        folded into its ``subject_genders`` and ``gender_subjects`` (each subject once: one
        person whose words show a gender, its mention ending before *at*), and the index of
        that sentence (-1 for none).

        .. versionadded:: 0.2"""
        relative = at - state.paragraph_start
        index = bisect_right(state.sentence_starts, relative) - 1
        memo = self.paragraph_memo(state)
        if index < 0:
            return memo, index
        self.read_subjects(memo, index, state)
        subjects = memo.subjects
        while memo.genders_folded < min(index + 1, len(subjects)):
            k = memo.genders_folded
            subject = subjects[k]
            if subject is not None and subject.mention.end > relative:
                break  # (its own sentence's subject after the pronoun: folded for a later one)
            memo.genders_folded += 1
            if subject is None or not subject.person or subject.several or subject.gender is None:
                continue
            full = self.subject_name(subject, state)
            shown = memo.subject_genders.setdefault(full, {})
            if subject.gender not in shown:
                shown[subject.gender] = k
                memo.gender_subjects.setdefault(subject.gender, []).append((k, full))
        return memo, index

    def rival_object(self, name: str, pronoun: str, at: int, state: State) -> bool:
        """Whether *pronoun* at *at* may as well refer to the person named right after *name*
        in *name*'s sentence as its verb's object (:meth:`named_after`, :meth:`names_object`:
        ``Ana Ortiz sued Tom Berg in May. He said ...``), the article showing neither's gender:
        the pronoun is then left as written; never when :attr:`SUBJECT_OVER_OBJECT` is on.  When
        the paragraph names no *name*, not even by its last word (the pronoun opens a paragraph of
        its own after ``Sam Keller met Paul Girard on Monday.``), the people named from the
        sentence the pronoun's subject stands in (:meth:`people_since_subject`), only when the
        subject's gender is unknown and the object's is the pronoun's (``Tom Ridley has kept the
        Point Lynas light.`` keeps Tom Ridley).

        .. versionchanged:: 0.2 also a subject named in an earlier paragraph."""
        if self.SUBJECT_OVER_OBJECT or name == pronoun or not state.index.is_known(name):
            return False
        genders = self.genders_of(state)
        given = state.given_genders  # (given names of the pronoun's gender for both: neither shown)
        if genders.get(name) and name not in given:
            return False
        people = self.people_outside_marks(at, state)
        earlier = not any(person.name == name for person in people) and not self.surname_in_paragraph(name, at, state)
        if earlier and genders.get(name):
            return False  # (a subject of a known gender keeps a pronoun in a paragraph of its own)
        if earlier:
            people = self.people_since_subject(name, at, state)
        after = self.named_after(name, people, state.text)
        if after is None or self.is_possessor(after, state):
            return False
        shown = genders.get(after.name)
        if shown and not (after.name in given and shown == pronoun.casefold()):
            return False
        if earlier and shown != pronoun.casefold():
            return False  # (from a paragraph before, only an object of the pronoun's gender: not "Point Lynas")
        told = self.object_clause_pronoun(after, state.text)
        if told not in (None, pronoun.casefold()) and genders.get(name) == pronoun.casefold():
            return False  # ("Judge Ana Ortiz told Tom Berg he had lied. She said ...": he is the one told)
        named = [person for person in people if person.name == name and person.start < after.start]
        return bool(named) and self.names_object(named[-1], after, state.text)

    @staticmethod
    def surname_in_paragraph(name: str, at: int, state: State) -> bool:
        """Whether the last word of *name* stands in the paragraph being read before *at*
        (``Pataki ended his campaign. He announced ...``: the paragraph names its subject itself).

        .. versionadded:: 0.2
        """
        last = name.rsplit(None, 1)[-1]
        return state.text.find(last, state.paragraph_start, at) >= 0

    def people_since_subject(self, name: str, at: int, state: State) -> list[Person]:
        """The people named from the mention of *name* that :meth:`subject_person` finds before
        *at* (a sentence's subject, maybe in an earlier paragraph) up to *at*, at most
        :attr:`MAX_SUBJECTS`, but for those inside quoted words (:meth:`in_quoted_words`); empty
        when that subject is someone else or no one.

        .. versionadded:: 0.2
        """
        subject = self.subject_person(at, state)
        if subject is None or subject.name != name:
            return []
        return [
            person for person in state.index.people_between(subject.start, at, self.MAX_SUBJECTS)
            if not self.in_quoted_words(state.text, person.start)
        ]

    def object_clause_pronoun(self, after: Person, text: str) -> str | None:
        """The person pronoun of :attr:`GENDER_WORDS` (in lower case) that opens a clause right
        after *after*, a name told something (``told Tom Berg he had lied``, ``told Tom Berg,
        56, that he had lied``: ``he``), an age set off by commas and one of :attr:`THAT_WORDS`
        passed over; ``None`` when another word follows the name.  A gender of the told
        clause's subject other than the teller's shows it is the one told.

        .. versionadded:: 0.2
        """
        end = after.start + len(after.name)
        if text[after.start : end] != after.name:
            return None
        words = text[end : end + self.NAMED_WINDOW].split()
        if len(words) > 1 and words[0] == "," and words[1].rstrip(",").isdigit():
            words = words[2:]
        elif words and words[0].startswith(",") and words[0].strip(",").isdigit():
            words = words[1:]  # (", 56,": an age set off)
        if words and words[0].casefold() in self._that_words:
            words = words[1:]
        low = words[0].casefold() if words else ""
        return low if low in self._gendered and low in self._persons else None

    def names_object(self, named: Person, after: Person, text: str) -> bool:
        """Whether *after*, named right after *named* in its sentence, is the object of the verb
        that follows *named* (``Tom Berg met Chancellor Ana Ortiz``, ``Jean Martin a rencontré
        Claire Dubois``): between *named*'s words and *after* stand only up to
        :attr:`MAX_OBJECT_GAP` lower-case words (at least one) besides titles and role nouns, the
        first of them none of :attr:`NOUN_LINKS` nor :attr:`COORDINATORS` (``Tom Berg and Deputy Mayor
        Ana Ortiz``: two subjects) nor a cue but one of :attr:`OBJECT_VERBS` (``Tom Berg said Labour voters``: his words
        follow; ``Tom Berg told Ana Ortiz``: a verb and its object), and
        no punctuation (not ``Tom Berg, an adviser to
        Ana Ortiz``, ``Joan Wexler of Pike Research``, ``Tom Berg said Ana Ortiz's plan``, nor a time
        ``on Monday``)."""
        words = text[named.start : after.start].split()
        k = 0
        while k < len(words) and words[k] in named.words:
            k += 1
        gap = words[k:]
        vocabulary = self.vocabulary
        lower = [w for w in gap if not (vocabulary.is_title(w) or vocabulary.is_role_noun(w))]
        if k == 0 or not lower or len(lower) > self.MAX_OBJECT_GAP:
            return False
        if gap[0] in self.NOUN_LINKS:
            return False  # ("Joan Wexler of Pike Research": a post-modifier, no verb and its object)
        if gap[0] in self._coordinators:
            return False  # ("Tom Berg and Deputy Mayor Ana Ortiz laid flowers": two subjects, no object)
        if gap[0] in self._be_words and not (len(gap) > 1 and self.is_past_verb(gap[1])):
            return False  # ("Chris Vidal was pro John Ames": a copula, no object; "was questioned by": a passive's agent)
        if self.is_cue_word(gap[0]) and gap[0] not in self.OBJECT_VERBS:
            return False  # ("Paul Grant said today Labour voters ...": his words follow; "told Sam Berg": an object)
        return all(w.replace("-", "").isalpha() and w[:1].islower() for w in lower)

    def named_after(self, name: str, people: Sequence[Person], text: str) -> Person | None:
        """The person of *people* (in order, from *text*) named right after *name*'s last
        mention among them, in the same sentence and within :attr:`NAMED_WINDOW` characters
        (``Tom Berg introduced his colleague Ana Ortiz``, ``Ana Ortiz sued Tom Berg``), else
        ``None``."""
        mentions = [i for i, person in enumerate(people) if person.name == name]
        if not mentions or mentions[-1] + 1 >= len(people):
            return None
        named, after = people[mentions[-1]], people[mentions[-1] + 1]
        if after.start - named.start - len(name) > self.NAMED_WINDOW or after.name == name:
            return None
        return None if self.sentence_between(text, named.start, after.start) else after

    def agreeing_subject(self, pronoun: str, at: int, state: State) -> str | None:
        """The person named in the sentence right before the one of *pronoun* at *at* when that
        sentence is only a name, maybe after a role set off by commas, and one of
        :attr:`AGREEING_VERBS` (``Her deputy, Maria Koval, agreed.``, ``Tom Berg disagreed.``):
        a turn of its own in the talk, so a pronoun of the next sentence's quotation is that
        person's, not the last speaker's; a name the article knows (:meth:`~State.index`), of
        the pronoun's gender as the article or a given name tells it (``Will Hurd`` is no
        ``she``; a gendered pronoun needs one).  ``None`` otherwise.

        .. versionadded:: 0.2 (mendQ65)"""
        opening = self.sentence_before(at, state)
        if opening is None:
            return None
        sentence, stop, _ = opening.partition(".")
        words = sentence.split()
        if not stop or len(words) < 3 or words[-1] not in self.AGREEING_VERBS:
            return None
        pieces = [piece.strip() for piece in sentence[: sentence.rindex(words[-1])].split(",")]
        if len(pieces) == 3 and not pieces[2] and pieces[0]:
            name = pieces[1]  # ("Her deputy, Maria Koval, agreed.")
        elif len(pieces) == 1:
            name = pieces[0]  # ("Maria Koval agreed.")
        else:
            return None
        if len(name.split()) < 2 or not state.index.is_known(name):
            return None
        genders = self.genders_of(state)
        gender = genders.get(name) or self.given_words_gender(name.split())
        low = pronoun.casefold()
        if low in self._gendered and gender != low:
            return None  # ('Her deputy, Will Hurd, disagreed. "...," she said.': not him; nor anyone unsure)
        return name

    def someone_else_of_gender(self, name: str, pronoun: str, at: int, state: State) -> bool:
        """Whether *name* has no gender in the article (:meth:`other_gender`) while someone else
        named in the paragraph before *at* is described for *pronoun* (``"...," Ana Ortiz said.
        Her husband Tomas Berg smiled. "...," he said.``): with evidence for another person and
        none for *name*, the pronoun is left as written, never guessed.  A person named after
        *name* in the same sentence (its object: ``Tomas Berg sued his brother Mark Berg.``) does
        not count."""
        low = pronoun.casefold()
        if name == pronoun or low not in self._gendered or not state.index.is_known(name):
            return False  # (a role, "A spokesman", is no name of the index)
        genders = self.genders_of(state)
        if genders.get(name) and name not in state.given_genders:
            return False  # (a given name alone weighs less than someone else's title or kin word)
        # (someone named in the same sentence as *name*, after it and a possessive of the
        # pronoun's gender, is its object and that possessive *name*'s: "Tomas Berg sued his
        # brother Mark Berg.": no evidence against Tomas Berg; but "Jean Dupont a rencontré la
        # ministre Marie Lefèvre" is evidence, whatever the language: nothing shows his gender)
        if self.titled_other(name, low, at, state):
            return True  # ("Ana Ruiz told Mr. Berg he was fired. '...,' he said.": not sure it is her)
        last = state.text.rfind(name, state.paragraph_start, at)
        # (a given name alone, GIVEN_NAMES, decides between people; it is no evidence against a
        # person of unknown gender: "Chris Shays backed John Kasich. '...,' he said." stays his)
        given = state.given_genders
        return any(
            person.name != name
            and genders.get(person.name) == low
            and person.name not in given
            and (
                last < 0 or person.start < last or self.sentence_between(state.text, last + len(name), person.start)
                or not self.owner_between(state.text, last + len(name), person.start, low)
            )
            for person in state.index.people_between(state.paragraph_start, at, self.MAX_SUBJECTS)
        )

    def titled_other(self, name: str, pronoun: str, at: int, state: State) -> bool:
        """Whether a title or kin word of *pronoun*'s gender (:attr:`GENDER_WORDS`) stands before a
        capitalised name other than *name*'s words after *name*'s last mention in the paragraph
        (no more than :attr:`GENDER_TITLE_WINDOW` characters before *at*), in its sentence, or
        with a comma before the name opening a later one (``Ana Ruiz told Mr. Berg he was fired.``,
        ``Jean Martin habitait ici avec sa femme, Sophie.``, ``Jan Vogel lebt hier. Seine Frau,
        Anna, weinte.``; not ``Mr. Becker nodded.``, a subject of its own): someone else the
        pronoun may mean.

        .. versionadded:: 0.2
        """
        pattern = self._gender_titled
        if pattern is None:
            return False
        own = set(name.split())
        text = state.text
        start = max(state.paragraph_start, at - self.GENDER_TITLE_WINDOW)
        last = text.rfind(name, start, at)
        if last < 0:
            return False
        end = self.later_surname(name, last + len(name), at, state)
        for m in pattern.finditer(text, end, at):
            if self._gender_words.get(normalize_word(m["word"])) != pronoun or m["name"] in own:
                continue
            if m["name"].endswith(("'s", "’s", "'", "’")) or self.reported_before(text, end, m.start()):
                continue  # ("said the jet was unusual for a man of Mr. Trump's wealth": no one else acting)
            if self.subordinate_before(text, end, m.start()):
                continue  # ("Robin Hart, who met Mr. Lee", "spoke after Mr. Lee left": not the one acted on)
            opening = self.last_sentence_end(text, end, m.start())
            # (in *name*'s sentence, or opening a sentence after it: "Seine Frau, Anna, weinte.")
            if opening < 0 or ("," in m.group() and len(text[opening + 1 : m.start()].split()) <= 1):
                return True
        return False

    def later_surname(self, name: str, start: int, at: int, state: State) -> int:
        """Where the last mention of *name*'s last word alone between *start* and *at* ends (``Taylor
        Reed praised Ms. Gomez. '...,' Reed said.``: after ``Reed``), else *start*: one find.

        .. versionadded:: 0.2
        """
        words = name.split()
        if len(words) < 2:
            return start
        surname = words[-1]
        pos = state.text.rfind(surname, start, at)
        if pos < 0:
            return start
        after = state.text[pos + len(surname) : pos + len(surname) + 1]
        before = state.text[pos - 1 : pos]
        if after.isalnum() or before.isalnum():
            return start  # (part of another word)
        return pos + len(surname)

    def subordinate_before(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds one of :attr:`SUBORDINATORS` or a relative pronoun
        (:attr:`RELATIVE_PRONOUNS`, ``who``, ``whose``): a name after it stands in a clause of its
        own, not one the sentence's subject acts on.

        .. versionadded:: 0.2
        """
        subordinators = self._subordinators
        return any(normalize_word(w.group()) in subordinators for w in self._word.finditer(text, start, end))

    def reported_before(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds one of :attr:`BARE_VERBS` (not of :attr:`OBJECT_VERBS`) or
        :attr:`THAT_WORDS`, or ends
        in a role and one of :attr:`ROLE_LINKS` (``said ...``, ``that ...``, ``a senior adviser to``):
        a name after it is in the words reported or in a description, not someone acting.

        .. versionadded:: 0.2
        """
        words = list(self._word.finditer(text, start, end))
        told = self.OBJECT_VERBS
        for w in words:
            low = w.group().casefold()
            if (low in self._bare and low not in told) or low in self._that_words:
                return True  # (not the person told: "Ana Ruiz told Mr. Berg he was fired")
        return self.role_before_link(text, words) is not None

    def last_sentence_end(self, text: str, start: int, end: int) -> int:
        """Where the last sentence in ``text[start:end]`` ends (one of :attr:`SENTENCE_END` before a
        blank, not after a title or kin word of :attr:`GENDER_WORDS` or a single capital: ``Mr.``,
        ``M.``), or -1.

        .. versionadded:: 0.2
        """
        pos = end
        while pos > start:
            pos = max(text.rfind(mark, start, pos) for mark in self.SENTENCE_END)
            if pos < 0:
                return -1
            word = text[max(start, pos - self.MAX_TITLE_LETTERS) : pos].split()[-1:]
            after = text[pos + 1 : pos + 2]
            titled = bool(word) and (normalize_word(word[0]) in self._gender_words or len(word[0]) == 1)
            if (not after or after.isspace()) and not titled:
                return pos
        return -1

    def titled_for(self, mention: str, pronoun: str) -> bool:
        """Whether *mention* is a title or kin word of *pronoun*'s gender (:attr:`GENDER_WORDS`)
        and a capitalised name of at most :attr:`MAX_NAME_WORDS` words (``Mr. Berg`` for ``he``).

        .. versionadded:: 0.2
        """
        words = mention.split()
        if not 1 < len(words) <= self.MAX_NAME_WORDS or not all(w[:1].isupper() and w.isalpha() for w in words[1:]):
            return False  # (not "Mr. Obama's eyes", "Mr. Bush tells voters")
        return self._gender_words.get(normalize_word(words[0].rstrip("."))) == pronoun.casefold()

    def owner_between(self, text: str, start: int, end: int, pronoun: str) -> bool:
        """Whether a possessive of :attr:`PERSON_POSSESSIVE_FORMS` for *pronoun* stands in
        ``text[start:end]`` (``sued his brother``): the sentence's subject then has that gender."""
        return any(
            pronoun in self._possessive_forms.get(word.group().casefold(), ())
            for word in self._word.finditer(text, start, min(end, start + self.PHRASE_WINDOW))
        )

    def sentence_between(self, text: str, start: int, end: int) -> bool:
        """Whether a sentence ends in ``text[start:end]`` (one of :attr:`SENTENCE_END`)."""
        return any(text.find(mark, start, end) >= 0 for mark in self.SENTENCE_END)

    def genders_of(self, state: State) -> dict[str, str]:
        """The article's :meth:`described_genders`, worked out on first use and kept on *state*
        (``State.genders``) for the rest of the parse: the one place that fills it."""
        if state.genders is None:
            state.genders = self.described_genders(state)
        return state.genders

    def described_genders(self, state: State) -> dict[str, str]:
        """The pronoun of :attr:`GENDER_WORDS` each name of the article's index is described for
        (its titles, roles and kin words, not the words of the name itself: ``Martin King``), or
        empty when it is described for two; one pass over the index, :attr:`GENDER_CHUNK` mentions
        at a time (no list of every mention of a long input)."""
        genders: dict[str, str] = {}
        if not self._gender_words:
            return genders
        owned: dict[str, str] = {}  # (a possessive's evidence: weaker, used only where no word says)
        named: dict[str, str] = {}  # (a given name's: the weakest, used only where nothing else says)
        before: Person | None = None
        pos, end = 0, len(state.text) + 1
        while True:
            chunk = state.index.people_between(pos, end, self.GENDER_CHUNK)
            for person in chunk:
                owner = self.owner_gender(state.text, before, person) if before is not None else None
                if owner is not None and before is not None:  # "Tom Berg introduced his colleague Ana Ortiz"
                    owned[before.name] = owner if owned.get(before.name, owner) == owner else ""
                before = person
                given = self.given_name_gender(person)
                if given is not None:
                    named[person.name] = given
                # (its descriptors, and a lower-case word right before it: "Her husband Tomas Berg")
                lead = state.text[max(0, person.start - self.NAMED_WINDOW) : person.start].split()[-1:]
                # (a bare word only: "the dead man's wife. Tom Berg" is no kin word of Tom Berg)
                kin = {normalize_word(w) for w in lead if w[:1].islower() and w.isalpha()}
                shown = self.article_gender(state.text, person.start)  # ("La juez Ana Ruiz": ella)
                apposed = self.apposed_word(state.text, person)
                if apposed is not None:  # "The mayor's wife, Robin Vale, ..."
                    kin.add(apposed)
                lead_word = self.gender_lead_word(person)
                lead_pronoun = self.gender_of(lead_word) if lead_word is not None else None
                if lead_pronoun is not None:  # ("Businessman Lars Berg": the index kept the noun in the name)
                    for name in (person.name, " ".join(person.words[1:])):
                        genders[name] = lead_pronoun if genders.get(name, lead_pronoun) == lead_pronoun else ""
                for word in person.descriptors | kin:
                    pronoun = shown if shown is not None and self.is_common_gender(word) else self.gender_of(word)
                    if pronoun is not None and word not in kin and self.titles_another(state.text, person, word):
                        continue  # ("John Coale, a lawyer supportive of Mrs. Clinton,": hers, not his)
                    if pronoun is not None and word not in {w.casefold() for w in person.words}:
                        genders[person.name] = pronoun if genders.get(person.name, pronoun) == pronoun else ""
                set_off = self.set_off_role_gender(state.text, person.start)
                if set_off is not None:  # ("la ministre de l'Habitation, France Roy": elle)
                    genders[person.name] = set_off if genders.get(person.name, set_off) == set_off else ""
            if len(chunk) < self.GENDER_CHUNK:
                owner = self.owner_gender(state.text, before, None) if before is not None else None
                if owner is not None and before is not None:
                    owned[before.name] = owner if owned.get(before.name, owner) == owner else ""
                for name, pronoun in owned.items():
                    genders.setdefault(name, pronoun)
                self.add_given_genders(genders, named, state)
                return genders
            pos = chunk[-1].start + 1

    def set_off_role_gender(self, text: str, start: int) -> str | None:
        """For :meth:`described_genders`: the pronoun a role calls for that is set off by a comma
        right before the name at *start* with its complements (``la ministre de l'Habitation,
        France Roy``, ``le porte-parole en matière de santé, Luc Roy``, ``die Sprecherin der
        Partei, ...``): an article of :attr:`GENDER_ARTICLES`, a role noun (of
        :attr:`GENDER_WORDS`, or of :attr:`COMMON_GENDER_WORDS` and then the article's gender), then
        a link of :attr:`OF_WORDS` or :attr:`PREPOSITIONS` (or an elided one) and words with no
        comma but the last, no verb, cue word nor sentence end, at most :attr:`MAX_ROLE_LEAD` words
        in all; ``None`` when no such role stands there (``le ministre a salué la députée, ...``
        reads the last role only).

        .. versionadded:: 0.2"""
        if not self._gender_articles:
            return None
        words = text[max(0, start - self.ROLE_LEAD_WINDOW) : start].split()[-self.MAX_ROLE_LEAD :]
        if len(words) < 4 or not words[-1].endswith(","):
            return None
        for p in range(len(words) - 3):
            article = words[p].casefold()
            head = words[p + 1].casefold()
            if article not in self._gender_articles or not self.vocabulary.is_role_noun(head):
                continue
            pronoun = self._gender_articles[article] if self.is_common_gender(head) else self.gender_of(head)
            link = words[p + 2].casefold()
            linked = link in self._of or link in self._prepositions or any(link.startswith(e) for e in self.ELIDED_OF_WORDS)
            if pronoun is None or not linked or self.set_off_clause(words[p + 2 :]):
                continue
            return pronoun
        return None

    def set_off_clause(self, words: Sequence[str]) -> bool:
        """For :meth:`set_off_role_gender`: whether *words*, a role's complements, hold a comma
        before the last, a sentence end, a verb or a cue word: no complement of one role.

        .. versionadded:: 0.2"""
        for word in words:
            low = word.rstrip(",").casefold()
            if word is not words[-1] and ("," in word or word[-1:] in self.SENTENCE_END):
                return True
            if low in self._clause_verbs or low in self._cue_words or self.is_past_verb(low):
                return True
        return False

    def given_name_gender(self, person: Person) -> str | None:
        """The pronoun of :attr:`GIVEN_NAMES` the first word of *person*'s name calls for, when
        the name has two words or more (``Marta Vidal``: she; a name alone, ``Vidal``, may be a
        surname), or ``None``.  A hyphenated given name is read whole, else by its first part
        (``Jean-Pierre``: he; ``Marie-Hélène``: she; ``Jean-Noël``: ``Jean`` is listed for
        neither).  One dictionary lookup.

        .. versionadded:: 0.2"""
        return self.given_words_gender(person.words)

    def given_words_gender(self, words: Sequence[str]) -> str | None:
        """:meth:`given_name_gender` for the words of a name (``("Nina", "Marsh")``): the pronoun
        of :attr:`GIVEN_NAMES` its first word calls for when it has two words or more, else
        ``None``.

        .. versionadded:: 0.2"""
        if len(words) < 2 or not self._given_names:
            return None
        first = words[0].casefold()
        pronoun = self._given_names.get(first)
        if pronoun is None and "-" in first:
            pronoun = self._given_names.get(first.split("-", 1)[0])
        return pronoun

    def honorific_stranger(self, name_words: Sequence[str], full: str, wanted: str) -> bool:
        """For :meth:`titled_person`: whether a surname alone after an honorific of *wanted*
        gender (``Mr. Marsh``) speaks of someone other than *full*, the one full name the index
        gives that surname, whose gender nothing else shows: *full*'s given name calls for the
        other pronoun (``Tom Berg and Nina Marsh built the house. ... Mr. Marsh``: not Nina Marsh,
        the mention as written).

        .. versionadded:: 0.2"""
        if len(name_words) != 1 or full == name_words[0]:
            return False
        pronoun = self.given_words_gender(full.split())
        return pronoun is not None and pronoun != wanted

    def add_given_genders(self, genders: dict[str, str], named: Mapping[str, str], state: State) -> None:
        """For :meth:`described_genders`: give each name of *named* (name -> the pronoun of its
        given name, :meth:`given_name_gender`) that pronoun in *genders*, and note it in
        ``state.given_genders``, where nothing else shows the person's gender: no title, role or
        kin word (*genders* has the name, also when it is empty for both) and no honorific
        before the surname alone (``Marta Vidal ... Mr. Vidal``: :meth:`surname_genders`).

        .. versionadded:: 0.2"""
        if not named:
            return
        if state.surname_genders is None:
            state.surname_genders = self.surname_genders(state)
        for name, pronoun in named.items():
            if name in genders or name.rsplit(None, 1)[-1] in state.surname_genders:
                continue
            genders[name] = pronoun
            state.given_genders.add(name)

    def gender_lead_word(self, person: Person) -> str | None:
        """The normalised first word of *person*'s name when it is a word of :attr:`GENDER_WORDS`
        before a full name of two words or more (``Businessman Lars Berg``, ``Spokeswoman Ana
        Ruiz``: the noun opened the sentence with a capital, and the index kept it in the name;
        :meth:`without_occupation` leaves it out of the speaker's name), else ``None``.

        .. versionadded:: 0.2"""
        if len(person.words) < 3 or not person.words[0][1:2].islower():
            return None
        first = normalize_word(person.words[0])
        return first if self._gender_words.get(first) is not None else None

    def described_kin(self, state: State) -> dict[str, frozenset[str]]:
        """Each name of the article's index -> the person pronouns of :attr:`GENDER_WORDS` that a
        kin word after one of :attr:`POSSESSIVE_DETERMINERS` calls for, in the
        :attr:`PHRASE_WINDOW` characters after a mention of the name, before the sentence ends or
        someone else is named (``Jean Dupont est arrivé avec sa femme``: elle): someone of that
        gender the name's holder has, who may share the surname.  One pass over the index,
        :attr:`GENDER_CHUNK` mentions at a time.

        .. versionadded:: 0.2
        """
        kin: dict[str, frozenset[str]] = {}
        if not self._gender_words:
            return kin
        text, pos, end = state.text, 0, len(state.text) + 1
        while True:
            chunk = state.index.people_between(pos, end, self.GENDER_CHUNK + 1)
            if not chunk:
                return kin  # (an index with no people: "said Mr. Obama" with no fuller name)
            more = len(chunk) > self.GENDER_CHUNK
            for person, following in zip(chunk, [*chunk[1:], None], strict=True):
                if following is None and more:
                    break  # (read with the next chunk, which it opens)
                start = person.start + len(person.name)
                stop = min(len(text), start + self.PHRASE_WINDOW)
                if following is not None and following.start < stop:
                    stop = max(start, following.start)
                piece = text[start:stop]
                cut = min((at for at in (piece.find(mark) for mark in self.SENTENCE_END) if at >= 0), default=len(piece))
                words = [w.casefold() for w in self._word.findall(piece, 0, cut, False, KEEP_GIL)]
                found = {
                    pronoun for owner, noun in pairwise(words)
                    if owner in self._possessive_determiners or owner in self._possessive_forms
                    for pronoun in [self.gender_of(normalize_word(noun))] if pronoun is not None
                }
                if found:
                    kin[person.name] = kin.get(person.name, frozenset()) | found
            if not more:
                return kin
            pos = chunk[-1].start

    def titles_another(self, text: str, person: Person, word: str) -> bool:
        """Whether *word*, a descriptor of *person*'s mention, is written as the title of another
        name in the :attr:`PHRASE_WINDOW` characters after the mention (``John Coale, a lawyer
        supportive of Mrs. Clinton,``: ``Mrs.`` describes Clinton) and not right before it, alone or
        with up to :attr:`TITLE_CHAIN` other capitalised words (``Mrs. Ana Ortiz``, ``Mrs. Justice Ana
        Ortiz``; not ``Mrs. Clinton. Ana Ortiz``, where a period or a comma stands between).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2
           The title right before the mention is read up to the mention's first letter (it was
           read in the text before the mention, where the capital it needs never is).
        """
        own, titled = title_patterns(word, self.TITLE_CHAIN)
        # (the lead ends with the mention's own first letter: the capital after the title)
        lead = text[max(0, person.start - self.NAMED_WINDOW) : person.start + 1]
        if own.search(lead, 0, None, KEEP_GIL) is not None:
            return False
        return titled.search(text, person.start + len(person.name), person.start + self.PHRASE_WINDOW) is not None

    def owner_gender(self, text: str, before: Person, person: Person | None) -> str | None:
        """The pronoun a possessive of :attr:`PERSON_POSSESSIVE_FORMS` shows for *before*, the
        person named before *person* (the next one the index names, ``None`` for none) in the same
        sentence: among the :attr:`OWNER_REACH` words right before *person*'s name (``Tom Berg
        introduced his colleague Ana Ortiz``, ``Ana Ortiz arrived with her husband, Tom Berg``),
        or, with no one named after *before* in the sentence, right before a kin or gender word
        of :attr:`GENDER_WORDS` (``Tom Berg, 45, and his wife Ana``).  ``None`` when the two are
        one name, a sentence ends first, the possessive stands further than
        :attr:`PHRASE_WINDOW` from *before*, a speech verb stands between (``Ana Ortiz said his
        lawyer ...``: the owner is someone the speaker speaks of) or the possessive may be
        either pronoun's."""
        if not self._possessive_forms or not before.words or (person is not None and before.name == person.name):
            return None
        last = before.words[-1]
        reach = sum(len(word) + 2 for word in before.words)
        found = text.find(last, before.start, before.start + reach)
        if found < 0:
            return None
        start = found + len(last)
        stop = min(len(text), start + self.PHRASE_WINDOW)
        if person is not None and person.start <= stop:
            if person.start < start:
                return None
            stop = person.start
        else:
            person = None
        between = text[start:stop]
        if not self.may_hold_possessive(between):
            return None  # (no possessive: nothing shown, whatever else the words are)
        ends = [at for at in (between.find(mark) for mark in self.SENTENCE_END) if at >= 0]
        if ends and person is not None:
            return None
        words = [w.casefold() for w in self._word.findall(between, 0, min(ends, default=len(between)), False, KEEP_GIL)]
        if any(self.is_cue_word(w) for w in words):
            return None
        if person is not None:
            reach = max(0, len(words) - self.OWNER_REACH)
            first = next((k for k, w in enumerate(words) if w in self._possessive_forms), len(words))
            if first < reach or any(self.gender_of(normalize_word(w)) is not None for w in words[:reach]):
                # ("Tom Berg brought his mother and her sister Ana Ortiz": the first possessive is
                # his, before a kin word; a later one may be the mother's, so only the first counts)
                kin = first + 1 < len(words) and self.gender_of(normalize_word(words[first + 1])) is not None
                if not kin or any(self.gender_of(normalize_word(w)) is not None for w in words[:first]):
                    return None
                reach = first
            shown = {p for w in words[reach : reach + self.OWNER_REACH] for p in self._possessive_forms.get(w, ())}
        else:  # (only a possessive right before a kin word: "his wife", not "his team")
            shown = {
                p for w, noun in pairwise(words) if self.gender_of(normalize_word(noun)) is not None
                for p in self._possessive_forms.get(w, ())
            }
        return next(iter(shown)) if len(shown) == 1 else None

    def may_hold_possessive(self, piece: str) -> bool:
        """Whether one of :attr:`PERSON_POSSESSIVE_FORMS` may stand in *piece*, as a word or
        inside one (``his`` in ``this``): a check on the folded piece before its words are read
        (:meth:`owner_gender` reads them only when it is true)."""
        return self.may_hold_word(piece, self._possessive_forms)

    def apposed_word(self, text: str, person: Person) -> str | None:
        """The normalised lower-case word set off by a comma right before *person*'s name when the
        two are in apposition (``The mayor's wife, Robin Vale, opened ...``, ``Her brother, Tom
        Berg, ...``): a possessive or a determiner stands before the word and a comma closes the
        name; ``None`` otherwise (``After calling his mother, Tom Berg flew home``: the name,
        with no comma after it, is the sentence's subject, not the mother)."""
        before = text[max(0, person.start - self.NAMED_WINDOW) : person.start].split()[-2:]
        if len(before) < 2 or not before[1].endswith(",") or not before[1][:1].islower() or not before[1][:-1].isalpha():
            return None
        owner = before[0].casefold()
        if not (strip_possessive(owner) != owner or owner in self._determiners or owner in self._possessive_determiners):
            return None
        last = person.words[-1] if person.words else ""
        reach = sum(len(word) + 2 for word in person.words)
        end = text.find(last, person.start, person.start + reach) if last else -1
        closing = text[end + len(last) : end + len(last) + self.NAMED_WINDOW].lstrip()[:1] if end >= 0 else ""
        if not closing or not (closing == "," or closing in self.SENTENCE_END):
            return None  # (a comma or the sentence's end closes it: "arrived with her husband, Tom Berg.")
        return normalize_word(before[1][:-1])

    def by_description(self, state: State, words: Sequence[str], at: int) -> str | None:
        """The person the article described with *words* (determiners left out), as
        :meth:`~newsparse.people.PersonIndex.by_description` finds; ``None`` when the mention
        opens with one of :attr:`INDEFINITE_DETERMINERS` (``a spokeswoman for the council``,
        ``one longtime adviser``): such a phrase brings in someone the article has not named; nor
        with a possessive determiner (``His lawyer``): the role is someone's whom a pronoun names,
        and a person the article described with the role may hold it for someone else, unless the
        article set the same words off before that person's name (:meth:`apposed_possessive_role`:
        ``Her daughter, Helen Dobson, 52,`` before ``her daughter said``)."""
        if words and words[0].casefold() in self._possessive_determiners:
            # ("Her father" after "Martin Ochoa ... His daughter, Lucia Ochoa,": him)
            return (
                self.apposed_possessive_role(state, words, at) or self.converse_kin(state, words, at)
                or self.national_counterpart(words, at, state)
            )
        if words and words[0].casefold() in self._indefinites:
            return None
        kept = [w for w in words if w.casefold() not in self._determiners]
        person = state.index.described(kept, at)
        if person is None:
            person = self.nationality_role_holder(kept, at, state)  # ("the Norwegian foreign minister": Foreign Minister Ana Ruiz)
        if person is None:
            person = self.generic_role_holder(kept, at, state)  # ("the Israeli leader": Prime Minister Benjamin Netanyahu)
        if person is not None and self.spoken_to_after(person, at, state):
            return None  # ("The minister told his counterpart, Klaus Weber, that ...": not the minister)
        found = person.name if person is not None else None
        if found is not None and self.role_titled_before(found, words, at, state):
            return None
        if found is not None and self.of_another_body(found, words, at, state):
            return None  # ("the president" after "President Obama" and "World Bank President Jim Yong Kim")
        if found is not None and self.title_shared(found, words, at, state):
            return None  # ("President Ana Ortiz and President Paul Grant arrived": either)
        if found is not None and self.role_of_other_gender(found, words, at, state):
            return None  # (French "Le ministre" after "La ministre du Travail, Astrid Panosyan,": someone else)
        if found is not None and self.other_age_told(found, words, at, state):
            return None  # ("the 52-year-old councillor" after "Councillor Huw Jones, 64,": someone else)
        if found is not None and self.other_portfolio(found, words, at, state):
            return None  # ("the tourism minister" after "The labour minister, Ana Ruiz,": someone else)
        if found is not None and self.portfolios_shared(words, at, state) and not self.country_tells(found, kept, at, state):
            return None  # ("the minister" after "The health minister ..." and "The education minister, Sara Llewyn,": either)
        return None if found is not None and self.in_opening_phrase(found, at, state) else found

    def kind_organisation(self, words: Sequence[str], at: int, state: State) -> str | None:
        """The one organisation of the kind a mention names (``the airline``, ``the budget
        carrier``, ``the German carmaker``: a noun of :attr:`ORGANISATION_KINDS` after a definite
        determiner and lower-case words or a nationality) that the last :attr:`KIND_REACH`
        characters before *at* name (:meth:`kind_names`); ``None`` when they name none or two
        (``SkyBlue Airways and Jet Coast Airlines``: either), so the mention stays as written.

        .. versionadded:: 0.2 (fixQ66b)"""
        kinds = self._organisation_kinds
        if len(words) < 2 or words[0].casefold() not in self._determiners or words[0].casefold() in self._indefinites:
            return None
        kind = words[-1].casefold()
        held = kinds.get(kind, () if kind in self._called_body_nouns else None)
        if held is None or not all(w.islower() or self.vocabulary.country(w) for w in words[1:-1]):
            return None
        names = self.kind_names(kind, held, state.text[max(0, at - self.KIND_REACH) : at])
        if len(names) != 1 or self.nearer_other_subject(names[0], kind, at, state):
            return None  # (two of the kind, or another body the subject of the sentence before: either)
        return names[0]

    def nearer_other_subject(self, named: str, kind: str, at: int, state: State) -> bool:
        """Whether the sentence right before the one *at* stands in (:meth:`sentence_before`)
        opens with a capitalised subject that is another body than *named*, the organisation a
        noun of a kind at *at* was found to refer to further back (``Tesla cut prices in China.
        "...," the company said`` after ``Port operator DP World signed ...``; ``The Fraternal
        Order of Police, which ..., criticised the cost. "...," the union said`` after ``The
        Chicago Teachers Union ...``): the nearer subject may be the one meant, so neither is sure
        and the mention stays as written.  The subject is one :meth:`opening_organisation` or
        :meth:`opening_body` reads, or a run :meth:`opening_name_subject` reads; a person, a place
        or a noun in lower case (``The company raised ...``) is no other body, nor a subject
        :meth:`rival_subject` turns down (a source quoted, ``Bell said ...``; one capitalised word
        not shown to be a name, ``Proceeds will be used ...``; a body of another kind than
        *kind*, ``The State of Illinois has ...`` before ``the company``).

        .. versionadded:: 0.2 (mendR67q)"""
        opening = self.sentence_before(at, state)
        if opening is None or self.opens_after_abbreviation(opening, at, state):
            return False
        subject = self.opening_organisation(opening) or self.opening_name_subject(opening)
        if subject is None:
            body = self.opening_body(opening)
            subject = body if body is not None and body.split()[0].casefold() not in self._determiners else None
        if subject is None or not self.rival_subject(subject, opening, kind, at, state):
            return False
        own = {w.strip(".,").casefold() for w in named.split()}
        other = {w.strip(".,").casefold() for w in subject.split()}
        if other <= own or own <= other:
            return False
        if subject.isupper() and subject == "".join(w[0] for w in named.split() if w[:1].isupper()):
            return False  # ("The IMF expects ..." after "International Monetary Fund": its initials)
        full = state.index.full_name(tuple(subject.split()))
        if state.index.is_known(full) and (full != subject or len(subject.split()) == 1):
            # ("Fiorina had been hired ...": a person the article named, no other body; not a run
            # of two words or more known only as itself, "Ostrander Steel raised ...": fixQ68)
            return False
        # (named again after that subject: "The Commodity Credit Corporation announced ..., the U.S.
        # Agriculture Department said. The department said ...": the body named last)
        pos = state.text.rfind(subject, 0, at)
        return pos < 0 or not self.named_again(named, " ".join(state.text[pos:at].split()))

    def named_again(self, named: str, after: str) -> bool:
        """For :meth:`nearer_other_subject`: whether *after*, the text from another subject on to
        the quote, names *named* again as the body meant: as a source before a cue (``The Commodity
        Credit Corporation announced ..., the U.S. Agriculture Department said``) or an object
        (``Voters turned to the Green Party.``); not as the subject of a clause opened by one of
        :attr:`CLAUSE_BREAKS` (``Ostrander Steel raised prices, while Acme Corp cut them.``):
        either firm may be meant; nor as the object of one of :attr:`DEAL_VERBS`, with ``with``
        or ``rival`` maybe between (``Ostrander Steel agreed to buy Acme Corp.``, ``... merge
        with Acme Corp``): the firm bought or joined, which the deal's subject may speak for.

        .. versionadded:: 0.2 (fixQ68)

        .. versionchanged:: 0.2 (mendQ68c) a deal verb's object is no body named again."""
        pos = after.find(named)
        while pos >= 0:
            before = after[max(0, pos - self.PHRASE_WINDOW) : pos].split()
            if before and before[-1].casefold() in self._determiners:
                before = before[:-1]  # ("while the Acme Corp cut ...")
            if self.deal_object(before) or self.deal_counterparty(before):
                pos = after.find(named, pos + len(named))
                continue  # ("Ostrander Steel agreed to buy Acme Corp.": the firm bought, no subject; mendQ68c)
            if not before or before[-1].casefold() not in self._clause_breaks:
                return True
            pos = after.find(named, pos + len(named))
        return False

    #: Words that may stand between a verb of :attr:`DEAL_VERBS` and the firm it takes
    #: (``merge with Acme Corp``, ``buy rival Acme Corp``, ``acquire its rival Acme Corp``).
    #:
    #: .. versionadded:: 0.2 (mendQ68c)
    DEAL_OBJECT_LEADS: ClassVar[tuple[str, ...]] = ("with", "rival", "its", "smaller", "larger", "part", "of", "into")

    def deal_object(self, before: Sequence[str]) -> bool:
        """For :meth:`named_again`: whether *before*, the words right before a firm's name, end
        with a verb of :attr:`DEAL_VERBS` and at most two words of :attr:`DEAL_OBJECT_LEADS`
        after it (``agreed to buy``, ``will merge with``, ``bought rival``): the firm is the
        deal's object.

        .. versionadded:: 0.2 (mendQ68c)"""
        k = len(before)
        while k > 0 and len(before) - k < 2 and before[k - 1].casefold() in self.DEAL_OBJECT_LEADS:
            k -= 1
        return k > 0 and before[k - 1].casefold() in self._deal_verbs

    #: Words that tie a deal's other party to its object after a verb of :attr:`DEAL_VERBS`
    #: (``sell its wire unit to Acme Corp``, ``buy the plant from Acme Corp``, ``bought a stake in
    #: Acme Corp``): :meth:`deal_counterparty`.
    #:
    #: .. versionadded:: 0.2 (fixQ70)
    DEAL_COUNTERPARTY_LINKS: ClassVar[tuple[str, ...]] = ("to", "from", "in")
    #: The most words of a deal's object between its verb and a word of
    #: :attr:`DEAL_COUNTERPARTY_LINKS` (``sell its wire unit to``: three).
    #:
    #: .. versionadded:: 0.2 (fixQ70)
    MAX_DEAL_OBJECT_WORDS: ClassVar[int] = 4

    def deal_counterparty(self, before: Sequence[str]) -> bool:
        """For :meth:`named_again`: whether *before*, the words right before a firm's name, end with
        a word of :attr:`DEAL_COUNTERPARTY_LINKS` after a verb of :attr:`DEAL_VERBS` or
        :attr:`DEAL_COUNTERPARTY_VERBS` and one to :attr:`MAX_DEAL_OBJECT_WORDS` words of its object,
        in lower case or an amount (:meth:`deal_amount`) (``agreed to sell its wire unit to``,
        ``bought a stake in``, ``took a 15% stake in``): the firm is the deal's other party, which
        a later ``the company`` may not mean more than the deal's subject.

        .. versionadded:: 0.2 (fixQ70)

        .. versionchanged:: 0.2 (mendQC70) the verbs of :attr:`DEAL_COUNTERPARTY_VERBS` and amounts."""
        if not before or before[-1].casefold() not in self._deal_counterparty_links:
            return False
        for k in range(len(before) - 2, max(-1, len(before) - 3 - self.MAX_DEAL_OBJECT_WORDS), -1):
            word = before[k]
            if word.casefold() in self._deal_counterparty_verbs:
                return k < len(before) - 2
            if not (word.isalpha() and word.islower()) and not self.deal_amount(word):
                return False
        return False

    def deal_party_named_last(self, named: str, at: int, state: State) -> bool:
        """Whether the input before *at* names *named*, the firm a kind noun at *at* was found to
        refer to, last as a deal's object or other party (:meth:`deal_object`,
        :meth:`deal_counterparty`: ``Kestrel agreed to buy a 10% stake in Acme Corp. The company
        said``, ``Ostrander Steel said it bought a stake in Acme Corp. The company said``): the
        noun more likely means the deal's subject, so the mention stays as written rather than
        naming the firm bought, sold or invested in.

        .. versionadded:: 0.2 (mendQC70)"""
        pos = state.text.rfind(named, 0, at)
        if pos < 0:
            return False
        before = state.text[max(0, pos - self.PHRASE_WINDOW) : pos].split()
        if before and before[-1].casefold() in self._determiners:
            before = before[:-1]
        return self.deal_object(before) or self.deal_counterparty(before)

    def deal_amount(self, word: str) -> bool:
        """For :meth:`deal_counterparty`: whether *word* is an amount in figures, maybe with signs
        of :attr:`DEAL_AMOUNT_SIGNS` (``10%``, ``$1.5``, ``49.9%``).

        .. versionadded:: 0.2 (mendQC70)"""
        figures = word.strip(self.DEAL_AMOUNT_SIGNS)
        return figures.isdigit() or (figures.replace(".", "", 1).replace(",", "").isdigit() and figures[:1].isdigit())

    def other_thing_subject(self, last: Speaker, opening: str, at: int, state: State) -> bool:
        """For a thing pronoun at *at* (``it said``) that would be *last*'s, the last speaker:
        whether *opening*, the sentence right before, opens with another subject the pronoun may
        stand for: a capitalised name :meth:`opening_name_subject` reads that is not *last*'s,
        its initials nor a person the index knows (``Doctors Without Borders has two clinics
        there.`` after ``Save the Children`` spoke).  The pronoun then stays as written; a noun in
        lower case (``The storm is expected ...``) is left to the last speaker (a wire's one-sentence
        paragraphs name their subject so).

        .. versionadded:: 0.2 (mendR67q)"""
        name = self.opening_name_subject(opening) if not self.opens_after_abbreviation(opening, at, state) else None
        if name is not None and self.rival_subject(name, opening, "", at, state):
            pos = state.text.rfind(opening[: self.PHRASE_WINDOW // 2], 0, at)
            if pos >= 0 and last.name in " ".join(state.text[pos:at].split()):
                return False  # ("... according to the SITE Intelligence Group. It said": the body named there)
            own = {w.strip(".,").casefold() for w in last.name.split()}
            other = {w.strip(".,").casefold() for w in name.split()}
            if other <= own or own <= other or state.index.is_known(state.index.full_name(tuple(name.split()))):
                return False
            return not (name.isupper() and name == "".join(w[0] for w in last.name.split() if w[:1].isupper()))
        return False

    def cue_takes_infinitive(self, after: Sequence[str]) -> bool:
        """For :meth:`rival_subject`: whether *after*, the words after a cue word, open with one
        of :attr:`INFINITIVE_MARKERS` and a word in lower case of letters (``agreed to buy
        Acme``, ``offered to pay``): the cue word is no speech there and its subject no source
        quoted.

        .. versionadded:: 0.2 (mendQ68c)"""
        return (
            len(after) > 1 and after[0].casefold() in self._infinitive_markers and after[1].isalpha() and after[1].islower()
        )

    def rival_subject(self, subject: str, opening: str, kind: str, at: int, state: State) -> bool:
        """For :meth:`nearer_other_subject` and :meth:`other_thing_subject`: whether *subject*, the
        capitalised subject *opening* (the sentence before *at*) opens with, may be the body a kind
        noun of *kind* (``""`` for a pronoun) or ``it`` stands for.  Not when the word after it is
        a cue (``Bell said ...``, ``<Equity Silver Mines Ltd> said ...``: a source the wire quotes
        before it turns back to its story's body), nor when it is one word not shown to be a name
        (:meth:`shown_as_name`: ``Proceeds will be used ...``, ``Terms were ...``), nor when it
        ends with an organisation word for another kind than *kind* (``The State of Illinois has
        ...``, ``Union procedures ...`` before ``the company``).  A cue word before one of
        :attr:`INFINITIVE_MARKERS` and a verb is none (:meth:`cue_takes_infinitive`: ``Ostrander
        Steel agreed to buy ...``).

        .. versionadded:: 0.2 (mendR67q2)

        .. versionchanged:: 0.2 (mendQ68c) a cue word before ``to`` and a verb."""
        words = [w.strip("<>,") for w in opening.split()]
        last = subject.split()[-1]
        following = words[words.index(last) + 1] if last in words[:-1] else ""
        if self.is_cue_word(following) and not self.cue_takes_infinitive(words[words.index(last) + 2 :] if following else []):
            return False
        if len(subject.split()) == 1 and not self.shown_as_name(subject, following, at, state):
            return False
        vocabulary = self.vocabulary
        if kind and vocabulary.is_org_word(last):
            return org_key(last, vocabulary) == org_key(kind, vocabulary)
        return True

    #: How many characters before a quote :meth:`shown_as_name` searches for a one-word subject
    #: written in a sentence's middle (a long article's reach; bounded, so a long input is not
    #: read again for every quote).
    #:
    #: .. versionadded:: 0.2
    NAME_SHOWN_WINDOW: ClassVar[int] = 6000

    def shown_as_name(self, word: str, following: str, at: int, state: State) -> bool:
        """Whether *word*, one capitalised word opening a sentence before *at*, is shown to be a
        name: followed by no auxiliary (:attr:`CLAUSE_AUXILIARIES`: ``AMC was in need ...``,
        ``Beneficial had previously ...`` open no new subject of the story), no month nor weekday
        (``January saw ...``), and an organisation
        word or a word the text writes capitalised after a word in lower case before *at* too
        (``... offered to buy Chemlawn``).

        .. versionadded:: 0.2 (mendR67q2)"""
        vocabulary = self.vocabulary
        if following in self._clause_auxiliaries or vocabulary.month_number(word) or vocabulary.is_weekday(word):
            return False  # ("January saw a rise ...": a date, no body)
        if vocabulary.is_org_word(word):
            return True
        text = state.text
        floor = max(0, at - self.NAME_SHOWN_WINDOW)  # (a bounded stretch: no scan of a long input per quote)
        pos = text.find(word, floor, at)
        while pos >= 0:
            before = text[max(0, pos - 4) : pos].rstrip()
            whole = pos + len(word) >= at or not text[pos + len(word)].isalpha()
            if pos > 1 and text[pos - 1].isspace() and before[-1:].islower() and whole:
                return True  # ("... offered to buy Chemlawn ...": the word in a sentence's middle)
            pos = text.find(word, pos + len(word), at)
        return False

    def opens_after_abbreviation(self, opening: str, at: int, state: State) -> bool:
        """Whether *opening*, a sentence read before *at*, follows a word that ends with a period
        inside an abbreviation (``U.S.``, ``St.``: ``... from the U.S. Patent Office for ...``):
        a sentence cut there, its opening no subject.

        .. versionadded:: 0.2 (mendR67q)"""
        pos = state.text.rfind(opening[: self.PHRASE_WINDOW // 2], 0, at)
        words = state.text[max(0, pos - self.PHRASE_WINDOW) : pos].split() if pos > 0 else []
        if not words or not words[-1].endswith("."):
            return False
        word = words[-1][:-1]
        return "." in word or len(word) <= 2 or (word[:1].isupper() and word.isalpha() and len(word) <= 3)

    def opening_name_subject(self, opening: str) -> str | None:
        """For :meth:`nearer_other_subject`: the capitalised name that *opening*, the start of a
        sentence, opens with (after a determiner at most) as its subject: one to
        :attr:`MAX_NAME_WORDS` capitalised words, words of :attr:`OF_WORDS` between them (``The
        Fraternal Order of Police``), then a comma and one of :attr:`THING_RELATIVE_PRONOUNS`
        (``which``), or a word in lower case that is a verb in the past (:meth:`is_past_verb`) or
        one of :attr:`ADVERBS` (``Tesla cut ...``, ``Shell also reported ...``, ``The Associated
        Press reported ...``).  ``None`` for a person's name
        (:meth:`given_name_run`), a titled name, a place, or anything else.

        .. versionadded:: 0.2 (mendR67q)"""
        words = opening.split()[: self.MAX_NAME_WORDS + 3]
        if words and words[0].casefold() in self._determiners:
            words = words[1:]
        run: list[str] = []
        for word in words:
            bare = word.rstrip(",")
            if bare in self.OF_WORDS and run:
                run.append(bare)
                continue
            if not (bare[:1].isupper() and bare.isalpha()) or len(run) >= self.MAX_NAME_WORDS:
                break
            run.append(bare)
            if bare != word:
                break
        while run and run[-1] in self.OF_WORDS:
            run.pop()
        if not run or len(run) >= len(words) or self.given_name_run(run):
            return None
        if run[0].casefold() in self._pronouns or run[0].casefold() in self._things:
            return None  # ("It said ...", "They cut ...": a pronoun, no name)
        vocabulary = self.vocabulary
        if any(vocabulary.is_title(w) or vocabulary.is_honorific(w.casefold()) for w in run[:-1]):
            return None  # ("President Ana Ruiz cut ...": a titled person; a body may end with one, "Order of Police")
        name = " ".join(run)
        if vocabulary.is_place(name) or vocabulary.country(run[0]) is not None:
            return None
        following = words[len(run)]
        if words[len(run) - 1].endswith(","):
            # (set off before a relative for a thing: "Tesla, which ..."; not "Separately, the ...", "Assem, the pilot")
            return name if following.casefold() in self.THING_RELATIVE_PRONOUNS else None
        past = following in self.SUBJECT_IRREGULAR_PASTS or following in self.CLAUSE_IRREGULAR_PASTS
        verb = past or following in self._adverbs or self.is_past_verb(following)
        return name if following.islower() and verb else None

    def joined_rival_body(self, head: str, named: str, at: int, state: State) -> bool:
        """Whether *named*, the organisation with *head* found before *at*, was named joined by
        one of :attr:`COORDINATORS` to another of the same head (``the Ministry of Finance and the
        Ministry of Energy``, ``The Transport Workers Union and the Maritime Union of
        Australia``): ``the ministry said`` after them may be either.

        .. versionadded:: 0.2 (mendR67q)"""
        text = state.text[:at]
        own = {w.strip(".,").casefold() for w in named.split()}
        for name in state.index.organisations_before(head, at):
            other = {w.strip(".,").casefold() for w in name.split()}
            if other <= own or own <= other:
                continue
            if self.joined_names(name, named, text) or self.joined_names(named, name, text):
                return True
        return self.joined_head_after(head, named, text) or self.joined_firm_name(head, named, text)

    @staticmethod
    def last_whole_place(named: str, text: str) -> int:
        """Where *named* last stands in *text* as whole words (no letter or digit right before
        or after it: ``Acme`` not inside ``Acmeville``), or -1.

        .. versionadded:: 0.2 (rvq69)"""
        end = len(text)
        while named:
            pos = text.rfind(named, 0, end)
            if pos < 0:
                return -1
            after = pos + len(named)
            if not (pos and text[pos - 1].isalnum()) and not (after < len(text) and text[after].isalnum()):
                return pos
            end = pos + len(named) - 1
        return -1

    def joined_firm_name(self, head: str, named: str, text: str) -> bool:
        """For :meth:`joined_rival_body`: whether *head* is a noun for a company
        (:func:`~newsparse.people.org_key`) and *named*'s last place in *text* is joined by one of
        :attr:`COORDINATORS` to a run of two capitalised words or more right after it (a determiner
        at most between) or right before it ending with a company suffix or an organisation word,
        no person's name (:meth:`given_name_run`): ``Acme Corp and Ostrander Steel backed it``,
        ``Ostrander Steel Inc and Acme Corp backed it. "...," the company said``: either firm may
        speak, so the mention stays as written.  Not a bare run before it (``Firestone Tire and
        Rubber Co``: one firm's name a wire splits at ``and``).

        .. versionadded:: 0.2 (fixQ69)"""
        if org_key(head, self.vocabulary) != "company":
            return False
        pos = self.last_whole_place(named, text)
        if pos < 0:
            return False
        after = text[pos + len(named) : pos + len(named) + self.PHRASE_WINDOW].split()[:4]
        before = text[max(0, pos - self.PHRASE_WINDOW) : pos].split()[-4:]
        for forward, words in ((True, after), (False, before[::-1])):
            if not words or words[0].casefold() not in self._coordinators:
                continue
            words = words[1:]
            if forward and words and words[0].casefold() in self._determiners:
                words = words[1:]
            run: list[str] = []
            for word in words:
                bare = word.strip(".,;:")
                if not (bare[:1].isupper() and bare.isalpha()) or (not forward and bare != word):
                    break  # (backwards, a word that ends a clause is no part of the name)
                run.append(bare)
                if forward and bare != word:
                    break
            if not forward and run and run[0] not in self._suffix_words and not self.vocabulary.is_org_word(run[0]):
                continue  # ("Firestone Tire and Rubber Co": one firm's name, split at "and"; not "Lakeshore Parts Inc and")
            if len(run) >= 2 and not self.given_name_run(run if forward else run[::-1]):
                return True
        return False

    def joined_head_after(self, head: str, named: str, text: str) -> bool:
        """For :meth:`joined_rival_body`: whether *named*'s last place in *text* is followed by
        one of :attr:`COORDINATORS`, a determiner at most and a capitalised word that is an
        organisation word for the same as *head* (:func:`~newsparse.people.org_key`: ``the
        Ministry of Finance and the Ministry of Energy``), a body the index may not list apart.

        .. versionadded:: 0.2 (mendR67q)"""
        pos = text.rfind(named)
        if pos < 0:
            return False
        words = text[pos + len(named) : pos + len(named) + self.PHRASE_WINDOW].split()[:3]
        if not words or words[0].casefold() not in self._coordinators:
            return False
        words = words[1:]
        if words and words[0].casefold() in self._determiners:
            words = words[1:]
        if not words or not words[0][:1].isupper():
            return False
        word = words[0].rstrip(".,;:")
        key = org_key(head, self.vocabulary)
        return self.vocabulary.is_org_word(word) and org_key(word, self.vocabulary) == key

    def joined_names(self, first: str, second: str, text: str) -> bool:
        """For :meth:`joined_rival_body`: whether *text* holds *first*, a coordinator, a
        determiner at most and *second* (``X and the Y``), read at *second*'s last place.

        .. versionadded:: 0.2 (mendR67q)"""
        pos = text.rfind(second)
        if pos <= 0:
            return False
        words = text[max(0, pos - len(first) - self.PHRASE_WINDOW) : pos].split()
        if words and words[-1].casefold() in self._determiners:
            words = words[:-1]
        if not words or words[-1].casefold() not in self._coordinators:
            return False
        return " ".join(words[:-1]).endswith(first)

    def kind_names(self, kind: str, held: Sequence[str], text: str) -> list[str]:
        """The names in *text* of organisations of *kind*: a run of capitalised words that holds
        one of *held* (``SkyBlue Airways``), or that *kind* stands right before (``the carmaker
        Volvo``) or set off right after (``Volvo, the carmaker,``); opening determiners,
        prepositions and days left out; a name within another counted once.

        .. versionadded:: 0.2 (fixQ66b)"""
        found: list[str] = []
        for run in _CAPITALISED_RUN.finditer(text):
            names = run.group().split()
            while names and (
                names[0].casefold() in self._determiners
                or self.vocabulary.is_preposition(names[0].casefold())
                or self.vocabulary.is_weekday(names[0].casefold())
                or self.is_month_name(names[0])
                or names[0].rpartition("-")[2].islower()  # ("Taliban-run", "Iran-backed": a modifier)
                or names[0].casefold() in self._linking_adverbs  # ("However, the group said": no name)
            ):
                names = names[1:]
            before = text[max(0, run.start() - len(kind) - 1) : run.start()].casefold()
            after = text[run.end() : run.end() + len(kind) + self.KIND_SET_OFF_CHARS].casefold()
            # (a name in capitals counts only with the noun beside it, "the GMB union": else a dateline, "LONDON")
            beside = before.rstrip().endswith(kind) or self.noun_after_name(after, kind)
            if not names or (all(w.isupper() for w in names) and not beside):
                continue
            if all(self.vocabulary.country(w) is not None for w in names):
                continue  # ("Lufthansa, the German airline", "German airline Lufthansa": a nationality, no name)
            set_off = self.kind_set_off(text[run.end() : run.end() + len(kind) + self.KIND_SET_OFF_CHARS], kind)
            set_off = set_off and not self.names.is_name(" ".join(names))  # ("Tom Berg, a union ...": a person; rvq67)
            called = beside or (set_off and not self.run_after_fronted_phrase(text, run.start()))
            if called or self.holds_kind_word(names, held):
                name = " ".join(names)
                if not any(name in other or other in name for other in found):
                    found.append(name)
        return found

    def run_after_fronted_phrase(self, text: str, start: int) -> bool:
        """For :meth:`kind_names`: whether the capitalised run at *start* in *text* ends a phrase
        fronted before its sentence's subject, the sentence opening with a preposition before
        it (``In a filing with the Securities and Exchange Commission, the group ...``, ``In
        downtown San Francisco, a group ...``): a noun set off after it is the subject's, no name
        of that run.

        .. versionadded:: 0.2 (fixQ67)"""
        floor = max(0, start - self.PHRASE_WINDOW)
        ends = [text.rfind(mark, floor, start) + 1 for mark in (*self.SENTENCE_END, "\n")]
        opening = max(floor, *ends)
        words = text[opening:start].split()
        while words and (words[0].isupper() or not any(c.isalnum() for c in words[0])):
            words = words[1:]  # (a dateline first: "WASHINGTON - In a filing ...")
        return bool(words) and self.vocabulary.is_preposition(words[0].casefold())

    def kind_set_off(self, after: str, kind: str) -> bool:
        """For :meth:`kind_names`: whether *after*, the text right after a capitalised name, sets
        off the noun *kind* after a comma, a determiner and words in lower case or nationalities
        (``Volvo, the carmaker,``, ``Lufthansa, the German airline,``, ``Ryanair, a budget
        carrier``); not an indefinite's other noun (``Ryanair, a rival of the airline``: no word
        of :attr:`OF_WORDS` nor preposition between).

        .. versionadded:: 0.2 (fixQ67)"""
        if not after.startswith(","):
            return False
        words = after[1:].split()
        if len(words) < 2 or words[0].casefold() not in self._determiners:
            return False
        for index, word in enumerate(words[1:], 1):
            bare = word.rstrip(",;.")
            if bare.casefold() == kind:
                return bare.islower() and self.kind_ends_set_off(words[index + 1 :] if bare == word else [])
            described = bare.islower() or self.vocabulary.country(bare) is not None
            if not described or bare in self.OF_WORDS or self.vocabulary.is_preposition(bare):
                return False
            if bare != word:
                return False  # (a comma or stop before the noun)
        return False

    def kind_ends_set_off(self, following: Sequence[str]) -> bool:
        """For :meth:`kind_set_off`: whether the kind's noun ends the set-off phrase, *following* the
        words after it up to the window's end (none when a mark follows it): nothing, a
        capitalised word, a preposition, a relative pronoun (``Ryanair, a budget carrier that
        ...``) or a cue (``with EgyptAir, the airline said``); not a noun the kind only modifies
        (``Tom Berg, a union official``, ``Acme, a union shop``, ``a veteran airline pilot``).

        .. versionadded:: 0.2 (rvq67)"""
        if not following:
            return True
        word = following[0].rstrip(",;.").casefold()
        if not following[0][:1].islower():
            return True
        relatives = self._relatives | self._thing_relatives | self._possessive_relatives
        return self.vocabulary.is_preposition(word) or word in relatives or self.is_cue_word(word)

    @staticmethod
    def noun_after_name(after: str, kind: str) -> bool:
        """For :meth:`kind_names`: whether *after*, the text (in lower case) right after a
        capitalised name, opens with the noun *kind* alone (``the Unite union called``, ``the
        Wagner group's fighters``): the name is of that kind; not a longer word (``unions``,
        ``unionist``).

        .. versionadded:: 0.2 (fixQ67)"""
        if not after.startswith(f" {kind}"):
            return False
        following = after[len(kind) + 1 : len(kind) + 2]
        return not following.isalpha()

    def holds_kind_word(self, names: Sequence[str], held: Sequence[str]) -> bool:
        """Whether *names*, the words of a capitalised name of two words or more, name a firm of a
        kind by one of *held*, its words: the kind's word last, or before a company's suffix only
        (``SkyBlue Airways``, ``British Airways``, ``Acme Motors Corp``), and the words before it not
        a body's opening (:attr:`KIND_BODY_OPENERS`: ``National Insurance``, ``Royal Air Force``); a
        trade body that holds the word inside its name is of no kind (``Society of Motor
        Manufacturers``, ``International Air Transport Association``, ``Air Lease Corp``).

        .. versionadded:: 0.2 (round 66)"""
        words = [strip_possessive(w) for w in names]
        while len(words) > 2 and words[-1].rstrip(".") in self._suffix_words:
            words = words[:-1]
        if len(words) < 2 or words[-1].casefold() not in held:
            return False
        return words[0].casefold() not in self._kind_body_openers

    def party_of_mention(self, words: Sequence[str]) -> str | None:
        """The key of the party a mention names after a definite determiner (:attr:`PARTY_WORDS`:
        ``the Democrat``, ``the Labour MP``, ``the Ohio Republican``, ``the Tory leader``): one
        capitalised party word, every other word after the determiner one of
        :attr:`PARTY_MEMBER_NOUNS` (``MP``, ``senator``) or a place; ``None`` otherwise (``the
        Democratic Party``: a body; ``the Republican nominee``: a role; ``a Democrat``: someone new).

        .. versionadded:: 0.2 (fixQ66b)"""
        if not 2 <= len(words) <= 4 or words[0].casefold() not in self._determiners or words[0].casefold() in self._indefinites:
            return None
        keys = self._party_keys
        found = [keys[w.casefold()] for w in words[1:] if w[:1].isupper() and w.casefold() in keys]
        if len(found) != 1:
            return None
        rest = [w for w in words[1:] if w.casefold() not in keys]
        members = self.PARTY_MEMBER_NOUNS
        if not all(w.casefold() in members or (w[:1].isupper() and self.vocabulary.is_region_after_place(w)) for w in rest):
            return None  # ("the Republican nominee": a role, which the rules of roles read)
        return found[0]

    #: The most capitalised words of a party's name :meth:`unknown_party_member` reads between
    #: the determiner and the member's noun (``the Fianna Fail TD``: two).
    #:
    #: .. versionadded:: 0.2 (mendQT69)
    MAX_PARTY_NAME_WORDS: ClassVar[int] = 3
    #: The most words in lower case :meth:`unknown_party_member` reads between the determiner and
    #: the party's name (``the newly elected Sinn Fein MLA``: two).
    #:
    #: .. versionadded:: 0.2 (fixQ71)
    MAX_MEMBER_ADJECTIVES: ClassVar[int] = 2

    def unknown_party_member(self, words: Sequence[str]) -> bool:
        """Whether a mention's *words* are a determiner, up to :attr:`MAX_MEMBER_ADJECTIVES` words
        in lower case (``new``, ``veteran``), one to :attr:`MAX_PARTY_NAME_WORDS` capitalised words
        and one of :attr:`PARTY_MEMBER_NOUNS` written in capitals as letters after a name are
        (``The Sinn Fein MLA``, ``The new Sinn Fein MLA``, ``the SNP MSP``, ``the Fianna Fail TD``,
        ``The new Scottish Labour MSP``): a member of a party described; the capitalised words are
        the party's name and the letters the seat, never a person's name (``Sinn Fein``).  A
        listed party alone after a definite determiner, ``the Labour MP``, is
        :meth:`party_of_mention`'s, read before this; not ``the Ohio senator`` (a noun in lower
        case) nor ``the MP`` alone.

        .. versionadded:: 0.2 (mendQT69)

        .. versionchanged:: 0.2 (fixQ71) adjectives after the determiner, an indefinite one and a
           listed party among other capitalised words (``A new Sinn Fein MLA``, ``the new Scottish
           Labour MSP``): each as written."""
        if len(words) < 3 or words[0].casefold() not in self._determiners:
            return False
        member = words[-1]
        if not member.isupper() or member.casefold() not in self.PARTY_MEMBER_NOUNS:
            return False
        k = 1
        while k < len(words) - 1 and k <= self.MAX_MEMBER_ADJECTIVES and words[k].isalpha() and words[k].islower():
            if words[k] in self._stop:
                return False
            k += 1
        party = words[k:-1]
        if not 1 <= len(party) <= self.MAX_PARTY_NAME_WORDS:
            return False
        return all(w[:1].isupper() and w.casefold() not in self._stop for w in party)

    def listed_party_member(self, words: Sequence[str], at: int, state: State) -> str | None:
        """The person a mention that :meth:`unknown_party_member` reads stands for: the one the
        article described with the words (:meth:`by_description`, :meth:`possessed_named`: ``Ana
        Moyo, the veteran Labour MP,``, ``Ana Moyo, the new SNP MSP,``), else, when its capitalised
        words hold a party of :attr:`PARTY_WORDS` (``The new Labour MP``, ``The Leeds Labour MP``),
        the one it tied to that party (:meth:`party_person`: ``Labour MP Jane Roe``, ``Jane Roe,
        the Labour MP for Leeds North,``), after a definite determiner with none of
        :attr:`NAME_ADJECTIVES` (``A senior Tory MP``: someone new; ``The former Labour MP``: not the
        sitting one named); ``None`` when there is none (``The new SNP MSP`` with no one so
        described: read as written).

        .. versionadded:: 0.2 (rvq71)"""
        described = self.by_description(state, words, at) or self.possessed_named(words, at, state)
        if described is not None:
            return described  # (any party's: "The new SNP MSP" after "Ana Moyo, the new SNP MSP,")
        keys = self._party_keys
        parties = {keys[w.casefold()] for w in words[1:-1] if w[:1].isupper() and w.casefold() in keys}
        if len(parties) != 1:
            return None
        if words[0].casefold() in self._indefinites or any(w.casefold() in self.NAME_ADJECTIVES for w in words[1:]):
            return None
        return self.party_person(parties.pop(), at, state)

    def party_person(self, party: str, at: int, state: State) -> str | None:
        """The person last named before *at* whom the article tied to *party* (a key of
        :attr:`PARTY_WORDS`), among the last :attr:`PARTY_REACH` people: by a party tag after the
        name (``Sen. Ana Ortiz (D-Ariz.)``: :attr:`PARTY_TAG_LETTERS`), a party word before it
        (``Democrat Ana Ortiz``, ``Labour's Ana Ortiz``, ``Labour MP Ana Ortiz``) or a party noun
        set off after it (``Ana Ortiz, a Democrat,``); ``None`` when no one was (a wrong speaker
        is worse than none), when two people were (``Democrat Ana Ortiz and Democrat Lee Grant``),
        and when the party's word stands again between that person and *at*, tying someone else
        in a way these forms do not read (``Ruth Gale, 71, a lifelong Democrat,``, ``a voter who
        described himself as a Republican``: :meth:`party_named_after`).

        .. versionadded:: 0.2 (fixQ66b)
        .. versionchanged:: 0.2 one person only, and the party's word not named again after (round 66)"""
        keys = self._party_keys
        tied: dict[str, Person] = {}  # (the name without its party's words -> the person, each once)
        for person in reversed(state.index.people_before(0, at, self.PARTY_REACH)):
            if person.start + len(person.name) > at:
                continue  # (the mention itself)
            if self.person_party(person, state.text) == party:
                name = " ".join(w for w in person.name.split() if w.casefold() not in keys)
                if name:
                    tied.setdefault(name, person)
        if len(tied) != 1:
            return None
        ((name, person),) = tied.items()
        return None if self.party_named_after(party, person, at, state.text) else name

    def party_named_after(self, party: str, person: Person, at: int, raw: str) -> bool:
        """Whether a capitalised word of *party* (:attr:`PARTY_WORDS`) stands in *raw* after
        *person*'s tie (more than :attr:`PARTY_TIE_CHARS` characters after the name's last word:
        ``Ana Ortiz, a Democrat,`` is the tie itself) and before *at*: the article ties someone
        else to the party there.

        .. versionadded:: 0.2 (round 66)"""
        last = person.words[-1] if person.words else ""
        end = raw.find(last, person.start, person.start + self.PHRASE_WINDOW) if last else -1
        start = (end + len(last) if end >= 0 else person.start + len(person.name)) + self.PARTY_TIE_CHARS
        keys = self._party_keys
        for word in raw[start:at].split():
            bare = word.strip(".,;:!?()\"“”'‘’").removesuffix("'s").removesuffix("’s")
            if bare[:1].isupper() and keys.get(bare.casefold()) == party:
                return True
        return False

    def person_party(self, person: Person, raw: str) -> str | None:
        """The key of the party the words around *person*'s mention in *raw* tie the person to
        (see :meth:`party_person`), ``None`` when they name none.

        .. versionadded:: 0.2 (fixQ66b)"""
        keys = self._party_keys
        if person.words and person.words[0].casefold() in keys:
            return keys[person.words[0].casefold()]  # ("Republican Tom Berg" read as one name)
        last = person.words[-1] if person.words else ""
        end = raw.find(last, person.start, person.start + self.PHRASE_WINDOW) if last else -1
        after = raw[end + len(last) : end + len(last) + self.PHRASE_WINDOW] if end >= 0 else ""
        tag = after.lstrip()
        if tag[:1] == "(" and tag[2:3] == "-":
            return self._party_tags.get(tag[1])  # ("Ana Ortiz (D-Ariz.)")
        apposed = after[1:].split()[:2] if after[:1] == "," else []
        if len(apposed) == 2 and apposed[0].casefold() in self._indefinites:
            return keys.get(apposed[1].strip(",.;").casefold())  # ("Ana Ortiz, a Democrat,")
        for word in reversed(raw[max(0, person.start - self.PHRASE_WINDOW) : person.start].split()[-3:]):
            bare = word.removesuffix("'s").removesuffix("’s")
            if bare.casefold() in keys and bare[:1].isupper():
                return keys[bare.casefold()]  # ("Labour's Ana Ortiz", "Democrat Ana Ortiz", "Republican Sen. Tom Berg")
            if word[-1:] in ",;:" or bare != word:
                break
        return None

    def other_age_told(self, name: str, words: Sequence[str], at: int, state: State) -> bool:
        """For :meth:`by_description`: whether *words*, a mention, tell one age (``the
        52-year-old councillor``: :meth:`age_of`) and the article gave *name* another before *at*
        (``Huw Jones, 64,`` or ``64-year-old councillor Huw Jones``: :meth:`told_ages`): the
        mention is someone else's.

        .. versionadded:: 0.2 (trialQ62b)"""
        ages = {age for w in words if (age := self.age_of([w])) is not None}
        if len(ages) != 1:
            return False
        return bool(self.told_ages(name, at, state) - ages)

    def portfolio_of(self, words: Sequence[str], role: str) -> str | None:
        """The word right before the last *role* noun among *words* when it names the office's
        portfolio (``tourism`` in ``the tourism minister``, ``Labour`` in ``Labour Minister``),
        casefolded; ``None`` when there is no such word or it is a determiner, a stop word, a
        role noun (``chief`` in ``chief executive``), one of the vocabulary's ``ROLE_QUALIFIERS`` (``the prime minister``:
        the qualifier rules read those), a country or its adjective, a word of
        ``ROLE_STANDING_WORDS`` or one with an ending of ``ROLE_STANDING_SUFFIXES`` (English
        ``-ing``, ``-ed``, ``-ly``: ``the outgoing minister``), or holds anything but letters and
        hyphens.

        .. versionadded:: 0.2 (trialQ63)"""
        vocabulary = self.vocabulary
        at = max((i for i, w in enumerate(words) if normalize_word(w.rstrip(",")) == role), default=0)
        if at == 0:
            return None
        word = words[at - 1]
        low = word.casefold()
        if not low.replace("-", "").isalpha() or low in self._determiners or low in self._stop:
            return None
        if vocabulary.is_role_noun(word) or vocabulary.country(word) is not None:
            return None
        if low in vocabulary.role_qualifiers or low in vocabulary.role_standing_words:
            return None
        if vocabulary.ROLE_STANDING_SUFFIXES and low.endswith(vocabulary.ROLE_STANDING_SUFFIXES):
            return None
        return low

    def other_portfolio(self, name: str, words: Sequence[str], at: int, state: State) -> bool:
        """For :meth:`by_description`: whether *words*, a role mention, give its office a portfolio
        (``the tourism minister``: :meth:`portfolio_of`) and the article gave *name* the same role
        with another one before *at* (``The labour minister, Ana Ruiz,`` or ``Labour Minister Ana
        Ruiz``: among the last three words before a mention of the name, or ``Ana Ruiz, the labour
        minister,``: among the first four after it): the mention is someone else's.  A person given the role
        with no portfolio (``Minister Ana Ruiz``) stays a referent, and so does one whose portfolio
        is a word of the mention's, or the mention's a word of theirs (``Foreign Minister Ana Ruiz``
        and ``the foreign affairs minister``: one office in two words; reread of round 63).

        .. versionadded:: 0.2 (trialQ63)"""
        roles = [normalize_word(w.rstrip(",")) for w in words if self.vocabulary.is_role_noun(w.rstrip(","))]
        if not roles:
            return False
        role = roles[-1]
        wanted = self.portfolio_of(words, role)
        if wanted is None:
            return False
        said = {w.casefold() for w in words}
        text = state.text
        for person in state.index.people_before(0, at, self.MAX_SUBJECTS):
            if person.name != name:
                continue
            end = person.start + len(person.name)
            # (the role right before the name, or set off right after it: not one further off)
            before = text[max(0, person.start - self.NAMED_WINDOW) : person.start].split()[-3:]
            after = text[end : end + self.NAMED_WINDOW].split(".", 1)[0].split()[:4]
            for lead in (before, after):
                held = self.portfolio_of(lead, role)
                if held is not None and held not in said and wanted not in {w.casefold() for w in lead}:
                    return True  # (another portfolio, no word of it in the mention nor the mention's in it)
        return False

    def portfolios_shared(self, words: Sequence[str], at: int, state: State) -> bool:
        """For :meth:`by_description`: whether *words*, a role mention with no portfolio (``the
        minister``: :meth:`portfolio_of` reads none), follow two mentions of that role with two
        portfolios within :attr:`SUBJECT_WINDOW` before *at*, each after a definite determiner or
        as a title right before a person's name (``The health minister said ...``, ``Education
        minister Sara Llewyn said ...``; not ``A federal judge ruled``, who may be ``District Judge
        Emmet Sullivan`` named later, nor a headline's ``Federal Judge Rules``): the role fits two
        people, named or not, and the mention is either; a mention with a portfolio is read by
        :meth:`other_portfolio`.

        .. versionadded:: 0.2 (fixQ64)"""
        roles = [normalize_word(w.rstrip(",")) for w in words if self.vocabulary.is_role_noun(w.rstrip(","))]
        if not roles or self.portfolio_of(words, roles[-1]) is not None:
            return False
        role = roles[-1]
        floor = max(0, at - self.SUBJECT_WINDOW)
        before = state.text[floor:at].split()
        held = set()
        for i, word in enumerate(before):
            if i < 2 or normalize_word(word.rstrip(",.;:")) != role:
                continue
            # (one person's role after a definite determiner; not "A federal judge" nor a
            # headline's "Federal Judge Rules", who may be the one named later)
            low = before[i - 2].casefold()
            if low in self._determiners and low not in self._indefinites:
                portfolio = self.portfolio_of(before[i - 2 : i + 1], role)
                if portfolio is not None:
                    held.add(portfolio)
        text = state.text
        for person in state.index.people_before(floor, at, self.MAX_SUBJECTS):
            # (a title right before a name: "Education minister Sara Llewyn"; not "A federal judge granted Judicial Watch")
            lead = text[max(0, person.start - self.NAMED_WINDOW) : person.start].split()[-3:]
            portfolio = self.portfolio_of(lead, role) if lead and normalize_word(lead[-1]) == role else None
            if portfolio is None and lead and normalize_word(lead[-1]) != role:
                # ("Minister of State Ana Ruiz", "Minister for Housing Tom Berg": the portfolio after the title)
                portfolio = self.titled_portfolio(text[max(0, person.start - self.PHRASE_WINDOW) : person.start].split(), role)
            if portfolio is not None:
                held.add(portfolio)
        return len(held) > 1

    def titled_portfolio(self, lead: Sequence[str], role: str) -> str | None:
        """For :meth:`portfolios_shared`: the portfolio, casefolded, of a capitalised title of
        *role* that *lead*, the words right before a name, end with after one of the vocabulary's
        ``PORTFOLIO_LINKS`` or ``PORTFOLIO_JOINS`` (``state`` of ``Minister of State``,
        ``housing`` of ``Minister for Housing``); ``None`` when they end otherwise.

        .. versionadded:: 0.2 (mendQT71)"""
        vocabulary = self.vocabulary
        k = len(lead) - 1
        while k > 0 and lead[k][:1].isupper() and lead[k].isalpha():
            k -= 1
        if k < 1 or k == len(lead) - 1:
            return None
        if not (vocabulary.is_portfolio_link(lead[k]) or vocabulary.is_portfolio_join(lead[k])):
            return None
        title = lead[k - 1]
        if not title[:1].isupper() or normalize_word(title) != role:
            return None
        return " ".join(lead[k + 1 :]).casefold()

    def told_ages(self, name: str, at: int, state: State) -> set[str]:
        """The ages the article gave *name* before *at*: after the name (``Huw Jones, 64,``) or
        among the words right before it (``64-year-old councillor Huw Jones``: :meth:`age_before`),
        at each place it names the person; empty when it gave none.

        .. versionadded:: 0.2 (trialQ62b; a method of its own in the merged round)"""
        text = state.text
        ages: set[str] = set()
        for person in state.index.people_before(0, at, self.MAX_SUBJECTS):
            if person.name != name:
                continue
            end = person.start + len(person.name)
            told = text[end : end + self.NAMED_WINDOW].lstrip(" ,(").split(maxsplit=1)[:1] if self.aged_after(person, state) else []
            apposed = text[end : end + 1] == ","  # ("A 41-year-old, councillor Bryn Price, spoke": the age before the appositive)
            other = told or self.age_before(text[max(0, person.start - self.NAMED_WINDOW) : person.start].split(), apposed=apposed)
            if other:
                ages.add(other[0].rstrip(","))
        return ages

    def age_before(self, lead: Sequence[str], *, apposed: bool = False) -> list[str]:
        """For :meth:`other_age_told`: the age among the last ``MAX_ROLE_BEFORE_NAME`` + 1 words
        of *lead*, the words before a name, after their last comma (``64-year-old councillor``),
        as a list of one; empty when there is none or it is a possessive (``the 64-year-old's
        lawyer``: someone else's age).  Only role nouns and titles may stand between the age and
        the name: ``A 17-year-old punched councillor Huw Jones`` tells the attacker's age, not his.
        With *apposed* (a comma closes the name), the age may end in the comma that opens the
        appositive (``A 41-year-old, councillor Bryn Price,``): the person the age described.

        .. versionadded:: 0.2 (trialQ62b; *apposed*: mendQ63)"""
        vocabulary = self.vocabulary
        for word in reversed(lead[-self.MAX_ROLE_BEFORE_NAME - 1 :]):
            bare = word[:-1]
            if apposed and word.endswith(",") and strip_possessive(bare) == bare and (age := self.age_of([bare])) is not None:
                return [age]  # (the age the appositive's name renames)
            if not word[-1:].isalnum():
                break
            age = self.age_of([word]) if strip_possessive(word) == word else None
            if age is not None:
                return [age]
            if not (vocabulary.is_role_noun(word) or vocabulary.is_title(word)):
                break  # (a verb, a place: the age before it is someone else's)
        return []

    def nationality_role_holder(self, words: Sequence[str], at: int, state: State) -> Person | None:
        """For :meth:`by_description`: the person a role mention with one nationality adjective
        (*words*, determiners left out: ``Norwegian foreign minister``, ``Kenyan president``)
        refers to when the article introduced that person with the role alone (``Foreign
        Minister Ana Ruiz``): the one person named before *at* (within :attr:`SUBJECT_WINDOW`,
        among :attr:`MAX_SUBJECTS` people) who holds the role, with no country of another
        nationality among their descriptors nor in the words of their sentence before the name
        (``Kenyan Foreign Minister Ana Ruiz`` is not ``the Norwegian`` one; the words after it may
        be an object's: ``summoned the Danish envoy``).  ``None`` when two people hold the role
        (``the French minister`` after two ministers): the adjective may tell them apart in a
        way the article does not show, and a wrong speaker is worse than none.

        .. versionadded:: 0.2"""
        vocabulary = self.vocabulary
        adjectives = [
            i for i, w in enumerate(words)
            if w[1:].isalpha() and w[:1].isupper() and w[1:].islower()
            and (country := vocabulary.country(w)) is not None and normalize_word(w) != country
        ]
        if len(adjectives) != 1 or adjectives[0] == len(words) - 1:
            return None  # (no adjective, two, or one last: "the Norwegian" is demonym_country's)
        country = vocabulary.country(words[adjectives[0]])
        rest = [w for i, w in enumerate(words) if i != adjectives[0]]
        person = state.index.described(rest, at)
        if person is None or person.start >= at:
            return None
        wanted = PersonIndex.descriptors(vocabulary, rest)
        people = state.index.people_before(max(0, at - self.SUBJECT_WINDOW), at, self.MAX_SUBJECTS)
        if any(other.name != person.name and wanted <= other.descriptors for other in people):
            # (two holders of the role: the one the article shows of that country, if it shows each one's)
            return self.holder_of_country(wanted, country, people, state)
        around = [*person.descriptors, *self.words_before_name(person, state)]  # (not the words after: an object's)
        if any(vocabulary.country(w.strip(",;:()")) not in (None, country) for w in around):
            return None  # (a person of another country: "Kenya's foreign minister" is not "the Norwegian" one)
        between = state.text[person.start + len(person.name) : at].split()
        if any(vocabulary.country(w.strip(_WORD_EDGES)) == country for w in between):
            return None  # (the country named for someone else since: "hosted her Norwegian counterpart")
        return person

    def national_counterpart(self, words: Sequence[str], at: int, state: State) -> str | None:
        """For :meth:`by_description`: the person *words*, a possessive determiner, a nationality
        adjective and a noun of :attr:`COUNTERPART_NOUNS` (``His French counterpart``), refer to:
        the one person named before *at* (within :attr:`SUBJECT_WINDOW`, among
        :attr:`MAX_SUBJECTS` people) with a role among their descriptors whose own words show
        that country alone (:meth:`holder_countries`: ``French Armed Forces Minister Catherine
        Vautrin``); ``None`` when none or two do (a wrong speaker is worse than none).

        .. versionadded:: 0.2 (mendQT68)"""
        if len(words) != 3 or words[2].casefold() not in self.COUNTERPART_NOUNS:
            return None
        adjective = words[1]
        country = self.vocabulary.country(adjective) if adjective[:1].isupper() and adjective[1:].isalpha() else None
        if country is None or normalize_word(adjective) == country:
            return None
        found: dict[str, Person] = {}
        others: list[Person] = []
        for person in state.index.people_before(max(0, at - self.SUBJECT_WINDOW), at, self.MAX_SUBJECTS):
            if not self.held_roles(person):
                continue
            if self.holder_countries(person, state) == {country}:
                found[person.name] = person
            else:
                others.append(person)
        if len(found) != 1 or not others:
            return None
        holder = next(iter(found.values()))
        # (the possessive stands for the nearest other holder: the counterpart holds that one's
        # role; "French President Emmanuel Macron ... US Defense Secretary Pete Hegseth ... his
        # French counterpart" is no Macron: rvq68)
        return holder.name if self.held_roles(holder) & self.held_roles(others[-1]) else None

    def held_roles(self, person: Person) -> frozenset[str]:
        """The role nouns among *person*'s descriptors (``minister``, ``secretary``), normalised:
        what :meth:`national_counterpart` compares between a holder and the one a possessive
        stands for.

        .. versionadded:: 0.2 (rvq68)"""
        vocabulary = self.vocabulary
        return frozenset(normalize_word(word) for word in person.descriptors if vocabulary.is_role_noun(word))

    def country_tells(self, found: str, words: Sequence[str], at: int, state: State) -> bool:
        """For :meth:`by_description`: whether *words*, a role mention with one nationality
        adjective (determiners left out: ``German minister``), name *found* alone among the
        holders of the role named before *at* by the country each is shown of
        (:meth:`holder_of_country`: ``German Defence Minister Boris Pistorius`` and ``French Armed
        Forces Minister Catherine Vautrin``, then ``the German minister``), so that two
        portfolios (:meth:`portfolios_shared`) leave no doubt.

        .. versionadded:: 0.2 (mendQT68)"""
        vocabulary = self.vocabulary
        adjectives = [
            i for i, w in enumerate(words)
            if w[1:].isalpha() and w[:1].isupper() and w[1:].islower()
            and (country := vocabulary.country(w)) is not None and normalize_word(w) != country
        ]
        if len(adjectives) != 1:
            return False
        rest = [w for i, w in enumerate(words) if i != adjectives[0]]
        if not rest:
            return False
        wanted = PersonIndex.descriptors(vocabulary, rest)
        people = state.index.people_before(max(0, at - self.SUBJECT_WINDOW), at, self.MAX_SUBJECTS)
        person = self.holder_of_country(wanted, vocabulary.country(words[adjectives[0]]), people, state)
        return person is not None and person.name == found

    def holder_of_country(
        self, wanted: frozenset[str], country: str | None, people: Sequence[Person], state: State
    ) -> Person | None:
        """For :meth:`nationality_role_holder` when two or more of *people* hold the role
        (*wanted*, their descriptors): the one of them whose own words show *country*
        (:meth:`holder_countries`: ``German Defence Minister Boris Pistorius`` and ``French Armed
        Forces Minister Catherine Vautrin``, then ``the German minister``: Pistorius), when every
        holder shows exactly one country and one holder alone shows that one; ``None`` otherwise
        (a holder of no country shown may be the one meant: a wrong speaker is worse than none).

        .. versionadded:: 0.2 (mendQT68)"""
        found: dict[str, tuple[Person, set[str]]] = {}
        for person in people:
            if not wanted <= person.descriptors or person.name in found:
                continue
            countries = self.holder_countries(person, state)
            if len(countries) != 1:
                return None  # (no country shown, or two: "the French minister" may be this one)
            found[person.name] = (person, countries)  # (each holder's countries read once)
        fitting = [person for person, countries in found.values() if countries == {country}]
        return fitting[-1] if len(fitting) == 1 else None

    def generic_role_holder(self, words: Sequence[str], at: int, state: State) -> Person | None:
        """For :meth:`by_description`: the person a mention of a nationality adjective and a noun
        of :attr:`GENERIC_ROLES` (*words*, determiners left out: ``Israeli leader``, ``French
        leader``) refers to: the one person named before *at* (within :attr:`SUBJECT_WINDOW`,
        among :attr:`MAX_SUBJECTS` people) who holds one of the noun's titles (``Israeli Prime
        Minister Benjamin Netanyahu``, ``French President Emmanuel Macron``), no qualifier of
        another role (``Deputy Prime Minister``), and is shown of that nationality by the
        descriptors or the words of the sentence before the name (:meth:`holder_countries`).
        ``None`` when two of that nationality hold such titles, or a holder's country is not
        shown (``President Ana Ruiz`` beside ``Kenyan Prime Minister Tom Oduya``: ``the Kenyan
        leader`` may be either): a wrong speaker is worse than none.

        .. versionadded:: 0.2 (fixQ67)"""
        if len(words) != 2 or words[1].casefold() not in self._generic_roles:
            return None
        adjective = words[0]
        country = self.vocabulary.country(adjective)
        if country is None or not adjective[1:].isalpha() or normalize_word(adjective) == country:
            return None  # ("the Israel leader", "the party leader": no nationality adjective)
        titles = self._generic_roles[words[1].casefold()]
        qualifiers = self.vocabulary.role_qualifiers
        found: list[Person] = []
        for person in state.index.people_before(max(0, at - self.SUBJECT_WINDOW), at, self.MAX_SUBJECTS):
            held = person.descriptors
            other_roles = held & qualifiers  # (once a person, not once a title)
            if not any(title <= held and other_roles <= title for title in titles):
                continue  # (no such title, or another role's: "Deputy Prime Minister"; "prime" is the title's own)
            countries = self.holder_countries(person, state)
            if not countries:
                return None  # (a holder of no country shown: maybe the one meant)
            if country in countries and person.name not in (other.name for other in found):
                found.append(person)
        return found[-1] if len(found) == 1 else None

    def holder_countries(self, person: Person, state: State) -> set[str]:
        """The countries *person*'s descriptors and the words of the sentence before the name
        (:meth:`words_before_name`) show (``Israeli Prime Minister``: Israel; ``Kenya's
        President``: Kenya; a title of :attr:`TITLE_NATIONALITIES`, ``Taoiseach``: Ireland), for
        :meth:`generic_role_holder`.

        .. versionadded:: 0.2 (fixQ67)"""
        vocabulary = self.vocabulary
        around = [*person.descriptors, *(w.strip(_WORD_EDGES) for w in self.words_before_name(person, state))]
        # (a title of one country's office: "Taoiseach Micheal Martin" is Irish; fixQ68)
        around += [self._title_nationalities[t] for t in person.descriptors if t in self._title_nationalities]
        return {found for word in around if (found := vocabulary.country(word)) is not None}

    def standing_noun_person(self, words: Sequence[str], at: int, state: State) -> str | None:
        """The person *words* (a definite article of :attr:`GENDER_ARTICLES`, a noun of
        :attr:`STANDING_NOUNS`, maybe one adjective in lower case after it: ``l'élue caquiste``)
        refer to at *at*: the one person the article named before, or the one of them it shows
        for the gender the article or the noun calls for while it shows all the others for the
        other; ``None`` when the noun was written before *at* (``Weber traf einen Politiker.``:
        maybe that one), when the one person named is shown for the other gender, or no one fits.

        .. versionadded:: 0.2"""
        if not self.STANDING_NOUNS or not 2 <= len(words) <= 3:
            return None
        words = self.without_elided_determiner(words)
        if len(words) > 3 or len(words) < 2:
            return None
        article, noun = words[0].casefold(), words[1].casefold()
        if article not in self._determiners or article in self._indefinites or (len(words) == 3 and not words[2][:1].islower()):
            return None
        head = next(
            (n for n in self.STANDING_NOUNS if noun == n or (noun.endswith(n) and noun[: -len(n)].rstrip("-").isalpha())), None
        )
        if head is None:
            return None
        wanted = self.gender_of(head) or self._gender_articles.get(article)  # (an elided "l'": the noun's gender)
        if wanted is None or self._gender_articles.get(article, wanted) != wanted:
            return None
        text = state.text
        if self._standing_written[head].search(text, max(0, at - self.MAX_NEWCOMER_DISTANCE), at) is not None:
            return None  # (the noun written before, alone or ending a compound, "einen Kommunalpolitiker": maybe that one)
        people = state.index.people_between(max(0, at - self.MAX_NEWCOMER_DISTANCE), at, self.MAX_SUBJECTS)
        names = list(dict.fromkeys(
            person.name
            for person in people  # (not a name quoted in the paragraph: "„Viele Familien ...“, sagte die Politikerin")
            if person.start < state.paragraph_start
            or not self.inside_marks(person.start - state.paragraph_start, state.paragraph_marks)
        ))
        if not names or len(people) >= self.MAX_SUBJECTS:
            return None
        genders = self.genders_of(state)
        fits = [name for name in names if genders.get(name) == wanted]
        if len(names) == 1:
            other = genders.get(names[0]) not in (None, "", wanted)
            return None if other else names[0]
        others = [name for name in names if name not in fits and genders.get(name) not in (None, "")]
        return fits[0] if len(fits) == 1 and len(others) == len(names) - 1 else None

    def holder_of_other_body(self, words: Sequence[str], cut: int, at: int, state: State) -> bool:
        """Whether the person :meth:`by_description` finds for the role of *words*, a mention
        that names the role's body after its post-modifier at *cut* (``The chief executive of
        Southvale Water``), is the holder of that role at another body: described before the
        mention with a body or country of its own that shares no capitalised word with the
        mention's (``Maria Lenz, the chief executive of the FAA``), or named after the mention
        without its body (``Ofwat's chief executive, Andrew Lyle``; ``the regulator's chief
        executive, Tom Hale``): the mention then names someone the article leaves unnamed.  A
        person described before by the role alone (``Anna Lyle, the chief executive,``), or
        with the same body before or after (``Southvale Water's chief executive``), is the one
        meant.

        .. versionadded:: 0.2
        """
        body = self.body_descriptors(PersonIndex.descriptors(self.vocabulary, words[cut + 1 :]))
        if not body:
            return False  # ("the mayor of the city": no body named by name)
        person = state.index.described([w for w in words[:cut] if w.casefold() not in self._determiners], at)
        if person is None:
            return False
        held = self.body_descriptors(person.descriptors)
        if person.start > at:
            return held.isdisjoint(body)  # (named later: only a holder shown at the same body is the one meant)
        return bool(held) and held.isdisjoint(body)

    def holder_of_other_portfolio(self, words: Sequence[str], cut: int, at: int, state: State) -> bool:
        """Whether the person :meth:`by_description` finds for the role of *words*, one of
        :attr:`PORTFOLIO_ROLES` with a capitalised portfolio after its post-modifier at *cut*
        (``the minister for Health``, French ``Le ministre du Travail``, ``La ministre de la
        Santé``, ``le ministre de l'Intérieur``), was described with no word of that portfolio
        (``Prime Minister Tom Hale``, ``Le Premier ministre François Bayrou``, ``Ana Ruiz, the
        minister,``): a government has many ministers, and the mention then names one the
        article leaves unnamed.  A role of no portfolio (``The chief executive of Southvale
        Water``) is :meth:`holder_of_other_body`'s.

        .. versionadded:: 0.2
        """
        if not any(normalize_word(w) in self._portfolio_roles for w in words[:cut]):
            return False
        portfolio = self.portfolio_words(words[cut + 1 :])
        if not portfolio:
            return False  # ("the minister of the day": no portfolio named)
        person = state.index.described([w for w in words[:cut] if w.casefold() not in self._determiners], at)
        if person is None:
            return False
        around = self.words_before_name(person, state) + self.words_after_name(person, state)
        held = self.portfolio_words(person.descriptors) | self.portfolio_words(around)
        return held.isdisjoint(portfolio)

    def portfolio_words(self, words: Iterable[str]) -> frozenset[str]:
        """The normalised words of *words* (or of a person's descriptors) that may name a
        portfolio or a body (``Health``, ``health``, ``Affairs``): a possessive cut (``Finance's``:
        ``finance``), an article elided onto one split off (French ``l'Intérieur``: ``intérieur``),
        letters only, and no stop word,
        determiner, post-modifier, honorific, role noun, role qualifier nor one of
        :attr:`PORTFOLIO_ROLES`; a title may be one (``Health`` of ``Health Minister``).

        .. versionadded:: 0.2"""
        vocabulary = self.vocabulary
        kept = set()
        for word in words:
            head = normalize_word(_ELISION.split(strip_possessive(word.strip(",;:()")))[-1])
            if not head.replace("-", "").isalpha() or head in self._stop or head in self._determiners or head in self._cuts:
                continue
            if head in self._portfolio_roles or head in vocabulary.role_qualifiers:
                continue
            if vocabulary.is_role_noun(head) or vocabulary.is_honorific(head):
                continue
            kept.add(head)
        return frozenset(kept)

    def words_before_name(self, person: Person, state: State) -> list[str]:
        """The words before *person*'s name in its sentence, within :attr:`NAMED_WINDOW` characters
        (``La ministre de l'Intérieur,`` before ``Ana Ruiz``): what introduced that person.

        .. versionadded:: 0.2"""
        lead = state.text[max(0, person.start - self.NAMED_WINDOW) : person.start]
        cut = max(lead.rfind(mark) for mark in (*self.SENTENCE_END, "\n"))
        return lead[cut + 1 :].split()

    def words_after_name(self, person: Person, state: State) -> list[str]:
        """The words after *person*'s name within :attr:`NAMED_WINDOW` characters, up to the end
        of its sentence (``, the health minister,`` after ``Ana Ruiz``).

        .. versionadded:: 0.2"""
        start = person.start + len(person.name)
        tail = state.text[start : start + self.NAMED_WINDOW]
        ends = [i for i in (tail.find(mark) for mark in (*self.SENTENCE_END, "\n")) if i >= 0]
        return tail[: min(ends, default=len(tail))].split()

    def role_of_other_gender(self, found: str, words: Sequence[str], at: int, state: State) -> bool:
        """Whether *found*, the person a role mention *words* was resolved to, is of the other
        gender than the mention's article shows before a role of :attr:`COMMON_GENDER_WORDS`
        (French ``Le ministre``: il; Spanish ``La presidente``: ella): the article introduced
        that person with the other article (``La ministre du Travail, Astrid Panosyan``:
        :meth:`introduced_gender`), or :meth:`other_gender` says so.  The mention then names
        someone else, and is left as written.

        .. versionadded:: 0.2
        """
        wanted = self.role_article_gender(words)
        if wanted is None:
            return False
        person = state.index.described([w for w in words if w.casefold() not in self._determiners], at)
        shown = self.introduced_gender(person, state) if person is not None and person.name == found else None
        if shown is not None:
            return shown != wanted
        return self.other_gender(found, wanted, state)

    def role_article_gender(self, words: Sequence[str]) -> str | None:
        """The pronoun of :attr:`GENDER_ARTICLES` for the article right before the first word of
        :attr:`COMMON_GENDER_WORDS` in *words* (``Le ministre``: il; German ``Die Vorsitzende``:
        sie), or ``None`` (no such role, or no such article right before it: ``L'ancien ministre``).

        .. versionadded:: 0.2"""
        for i, word in enumerate(words):
            if self.is_common_gender(normalize_word(word.rstrip(",;:"))):
                return self._gender_articles.get(normalize_word(words[i - 1])) if i else None
        return None

    #: The most words :meth:`introduced_gender` reads back from a name over its role and the
    #: role's portfolio (``La ministre de la Santé,``).
    #:
    #: .. versionadded:: 0.2
    MAX_INTRODUCING_WORDS: ClassVar[int] = 7

    def introduced_gender(self, person: Person, state: State) -> str | None:
        """The pronoun of :attr:`GENDER_ARTICLES` for the article that introduced *person* before a
        role of :attr:`COMMON_GENDER_WORDS` right before the name, or before the role's complement
        after a post-modifier (French ``La ministre du Travail, Astrid Panosyan``, ``Le ministre
        de l'Intérieur, Ana Ruiz``; Spanish ``La presidente del club, Marta Solís``: elle, il,
        ella); ``None`` when no such article stands there (``Le Premier ministre François
        Bayrou``: a title between; ``Selon la ministre, le maire Tom Berg``: a comma inside).  An
        aside in brackets between the role and the name is passed over (``La presidente del club
        (desde 2021), Marta Solís``: ella).

        .. versionadded:: 0.2"""
        if not self._gender_articles:
            return None
        lead: list[str] = []
        aside = False
        for word in self.words_before_name(person, state):
            # (an aside in brackets is no part of the introduction: "La presidente del club (desde
            # 2021), Marta Solís"; the comma after it stays with the word before it)
            if not aside and word.startswith("("):
                aside = True
            if not aside:
                lead.append(word)
            elif ")" in word:
                aside = False
                if lead:
                    lead[-1] += word[word.rindex(")") + 1 :]
        if aside:
            return None  # (the name inside the brackets: "Le ministre (LR Bruno Retailleau)")
        lead = lead[-self.MAX_INTRODUCING_WORDS :]
        for k in range(len(lead) - 1, 0, -1):
            word = lead[k].rstrip(",") if k == len(lead) - 1 else lead[k]
            if not word.replace("-", "").replace("'", "").replace("\u2019", "").isalpha():
                return None  # (a comma or a mark inside: another phrase)
            if self.is_common_gender(normalize_word(word)):
                after = lead[k + 1] if k + 1 < len(lead) else ""
                if after and normalize_word(after) not in self._cuts:
                    return None  # ("La ministre Premier ...": no complement after the role)
                return self._gender_articles.get(normalize_word(lead[k - 1]))
        return None

    def body_descriptors(self, descriptors: Iterable[str]) -> frozenset[str]:
        """The *descriptors* (:meth:`~newsparse.people.PersonIndex.descriptors`) that name a body
        or a country, not the role: neither a title, a role noun, one of the vocabulary's
        ``ROLE_QUALIFIERS``, a determiner nor a post-modifier (``of``).

        .. versionadded:: 0.2
        """
        vocabulary = self.vocabulary
        return frozenset(
            d for d in descriptors
            if not (vocabulary.is_title(d) or vocabulary.is_role_noun(d) or d in vocabulary.role_qualifiers)
            and d not in self._determiners and d not in self._cuts
        )

    def possessed_named(self, words: Sequence[str], at: int, state: State) -> str | None:
        """For :meth:`resolve_name`: the person a possessive determiner and one noun (``Her
        husband``, ``his lawyer``) refer to when the article set that person's name off after the
        same two words before (``... her husband, Dr. Tom Ortiz, 55``; a title maybe between:
        :meth:`set_off_people`) within :attr:`SUBJECT_WINDOW` characters before *at*, and the one
        named right before that phrase (its owner, ``Ana Ortiz``) is the last other person named
        before *at*: the possessive still speaks of the same owner (:meth:`owner_named_last`).
        ``None`` otherwise (``Eva Sanz said ... Her husband said``: whose, no one sure).

        .. versionadded:: 0.2
        """
        if len(words) != 2 or words[0].casefold() not in self._possessive_determiners or not words[1].islower():
            return None
        phrase = (words[0].casefold(), words[1].casefold())
        for start, end, person in self.set_off_people(state, at, self.SUBJECT_WINDOW, {phrase}, titled=True):
            if person is None:
                continue  # (the words set off before no name: an earlier phrase may name one)
            named = person.name
            return named if self.owner_named_last(state, start, end, named, at, owned=True) else None
        return None

    def converse_kin(self, state: State, words: Sequence[str], at: int) -> str | None:
        """The person a possessive and a kin noun (``Her father``) refer to when the article set
        off the converse kin before (:attr:`KIN_RELATIONS`, :attr:`KIN_CONVERSES`) within
        :attr:`ROLE_LOOKBACK` characters: a possessive of the kin noun's gender and a kin noun of
        the mention's possessive's gender, then a comma and a name (``Martin Ochoa, 67, ... His
        daughter, Lucia Ochoa, 34,``; the phrases read once: ``converse_phrases``), and that name
        is the last person named before *at* (the one ``Her`` speaks of): the phrase's owner, the
        nearest person named before it whom the article shows of the kin noun's gender (a word
        that describes them or a given name: Martin Ochoa, not the shop ``Ochoa Drug`` named
        between).  ``None`` otherwise, and when no such person is named before the one the phrase
        names.

        .. versionadded:: 0.2
        """
        if len(words) != 2:
            return None
        converse = self._converse_phrases.get((words[0].casefold(), words[1].casefold()))
        if converse is None:
            return None
        gender, phrases = converse
        start, _, named = next(self.set_off_people(state, at, self.ROLE_LOOKBACK, phrases), (0, 0, None))
        if named is None or state.index.last_person(at) != named.name:
            return None  # (someone else named since: whose the possessive now is, no one sure)
        genders = self.genders_of(state)
        # (the owner: the nearest one named before the phrase whom the article shows of the kin
        # noun's gender, "Martin Ochoa" of "Martin Ochoa, 67, opened Ochoa Drug ... His daughter,";
        # not the shop named in between, of no gender)
        before = state.index.people_before(max(0, start - self.SUBJECT_WINDOW), start, self.MAX_SUBJECTS)
        for person in reversed(before):
            if person.name == named.name:
                return None  # (the one named after the phrase, named before it too: no one else sure)
            shown = genders.get(person.name) or self.given_name_gender(person)
            if shown == gender and self.is_plausible_name(person.name):
                return person.name
        return None

    def apposed_possessive_role(self, state: State, words: Sequence[str], at: int) -> str | None:
        """The person whose name the article gave right after the same words, a possessive
        determiner and a role or kin noun, set off by a comma, within :attr:`ROLE_LOOKBACK`
        characters before *at* (``Her daughter, Helen Dobson, 52, was at home.`` before ``"...,"
        her daughter said``: Helen Dobson), the nearest such (:meth:`set_off_people`); ``None``
        when the words were not so set off before a name the index holds, or when someone other
        than the person named right before those words (their owner) was named since
        (:meth:`owner_named_last`, as :meth:`possessed_named` reads it).

        .. versionadded:: 0.2
        """
        if len(words) < 2 or not all(w.isalpha() for w in words[1:]):
            return None
        phrase = tuple(w.casefold() for w in words)
        start, end, person = next(self.set_off_people(state, at, self.ROLE_LOOKBACK, {phrase}), (0, 0, None))
        if person is None or not self.is_plausible_name(person.name):
            return None
        return person.name if self.owner_named_last(state, start, end, person.name, at, owned=False) else None

    def set_off_people(
        self, state: State, at: int, window: int, phrases: Collection[tuple[str, ...]], *, titled: bool = False
    ) -> Iterator[tuple[int, int, Person | None]]:
        """Each place within *window* characters before *at*, the nearest first, where one of
        *phrases* (words of letters in lower case, a possessive determiner first: ``("her",
        "daughter")``) stands set off by a comma, its words read back from each comma
        (:meth:`phrase_before_comma`; no pattern built for them): where the phrase starts, where
        the comma and the blanks after it end, and the person the index names right there (``Her
        daughter, Helen Dobson,``), or after a title with *titled* (``her husband, Dr. Tom
        Ortiz``), else ``None``.  The one reading of :meth:`possessed_named`,
        :meth:`converse_kin` and :meth:`apposed_possessive_role`.

        .. versionadded:: 0.2
        """
        if not phrases:
            return
        text, floor = state.text, max(0, at - window)
        longest = max(len(phrase) for phrase in phrases)
        comma = text.rfind(",", floor, at)
        while comma >= 0:
            start = self.phrase_before_comma(text, floor, comma, phrases, longest)
            if start >= 0:
                end = comma + 1
                while end < at and text[end] != "\n" and text[end].isspace():
                    end += 1  # (the blanks after the comma, on its line)
                named = state.index.people_between(end, end + (self.NAMED_WINDOW if titled else 1), 1)
                right = bool(named) and (named[0].start == end or (titled and self.title_between(text, end, named[0].start)))
                yield start, end, named[0] if right else None
            comma = text.rfind(",", floor, comma)

    @staticmethod
    def phrase_before_comma(text: str, floor: int, comma: int, phrases: Collection[tuple[str, ...]], longest: int) -> int:
        """Where one of *phrases* (words in lower case, at most *longest*) starts when it ends
        right before the comma at *comma*, blanks on its line maybe between: its words runs of
        letters with blanks between, the first one after no letter, none before *floor*; ``-1``
        otherwise.

        .. versionadded:: 0.2
        """
        pos = comma
        while pos > floor and text[pos - 1] != "\n" and text[pos - 1].isspace():
            pos -= 1  # ("her son ,": blanks before the comma)
        words: list[str] = []
        while len(words) < longest:
            start = pos
            while start > floor and text[start - 1].isalpha():
                start -= 1
            if start == pos:
                return -1  # (no word of letters here)
            words.append(text[start:pos].casefold())
            if tuple(reversed(words)) in phrases:
                return start
            pos = start
            while pos > floor and text[pos - 1].isspace():
                pos -= 1
            if pos == start:
                return -1  # (no blank before the word: "ex-wife", "(her")
        return -1

    def title_between(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is one capitalised title and the blanks after it (``Dr.``
        of ``her husband, Dr. Tom Ortiz``).

        .. versionadded:: 0.2
        """
        title = text[start:end]
        word = title.strip()
        if not word or not title.startswith(word) or not word[:1].isupper() or any(c.isspace() for c in word):
            return False  # (one word, right after the comma's blanks)
        return self.vocabulary.is_title(word.rstrip("."))

    def owner_named_last(self, state: State, start: int, end: int, name: str, at: int, *, owned: bool) -> bool:
        """Whether a possessive phrase from *start* to *end* that set off *name* still speaks of
        the same owner at *at*: no one other than *name* and the person named right before the
        phrase (its owner, within :attr:`SUBJECT_WINDOW` characters) was named since, among the
        last :attr:`MAX_SUBJECTS`; with *owned*, that owner must be named and be someone else.

        .. versionadded:: 0.2
        """
        owners = state.index.people_before(max(0, start - self.SUBJECT_WINDOW), start, 1)
        owner = owners[-1].name if owners else None
        if owned and (owner is None or owner == name):
            return False
        since = state.index.people_before(end, at, self.MAX_SUBJECTS)
        latest = next((p.name for p in reversed(since) if p.name != name), None)
        return latest is None or latest == owner

    def spoken_to_after(self, person: Person, at: int, state: State) -> bool:
        """Whether *person*, whom a role mention at *at* was found to describe, is named after it
        in the same paragraph with a cue between (``The minister told his counterpart, Klaus
        Weber, that ...``): the one spoken to or of, whose description the role words only seem
        to give, not the role's holder (but ``The minister, Klaus Weber, said`` names him).

        .. versionadded:: 0.2
        """
        start, end = at - state.paragraph_start, person.start - state.paragraph_start
        if not 0 <= start < end <= len(state.paragraph_text):
            return False
        return next(iter(self.cues(state.paragraph_text, start, end)), None) is not None

    def role_titled_before(self, found: str, words: Sequence[str], at: int, state: State) -> bool:
        """Whether *found*, the person a role mention (``the president told her``) was resolved to,
        is named only after it while the text within :attr:`ROLE_LOOKBACK` characters before it
        gives the role as a capitalised title to someone (``President Obama flew ...``): that
        earlier holder, whom the index may not know by a full name, is the one meant, not a
        later one (``President Jimmy Carter`` further on); the mention is then left as written."""
        start = max(0, at - self.ROLE_LOOKBACK)
        if any(person.name == found for person in state.index.people_between(start, at)):
            return False
        roles = [w for w in words if w[:1].islower() and self.vocabulary.is_role_noun(w)]
        if not roles:
            return False
        before = state.text[start:at]
        # (the pattern of bare_title_holder, built once per title: its word after the title may be one letter)
        return any(title_before_name(r[:1].upper() + r[1:]).search(before) is not None for r in roles)

    def title_shared(self, found: str, words: Sequence[str], at: int, state: State) -> bool:
        """Whether *found*, the person a role mention (``the president said``) was resolved to, is
        named in the same sentence as someone else described with every word of the mention and
        no other role (``President Ana Ortiz and President Paul Grant arrived``), among the
        :attr:`MAX_SUBJECTS` people named within :attr:`PHRASE_WINDOW` characters of *found*'s
        mention: the role may be either's, and the mention is left as written.

        .. versionadded:: 0.2
        """
        described = [w for w in words if w.casefold() not in self._determiners]
        person = state.index.described(described, at)
        if person is None or person.name != found:
            return False
        wanted = state.index.descriptors(self.vocabulary, described)
        other_roles = self.vocabulary.role_qualifiers - wanted
        start = max(0, person.start - self.PHRASE_WINDOW)
        for other in state.index.people_between(start, person.start + self.PHRASE_WINDOW, self.MAX_SUBJECTS):
            if other.name == found or not wanted <= other.descriptors or not other_roles.isdisjoint(other.descriptors):
                continue
            first, last = sorted((other.start, person.start))
            if not self.sentence_between(state.text, first, last):
                return True
        return False

    def of_another_body(self, found: str, words: Sequence[str], at: int, state: State) -> bool:
        """Whether *found*, the person a bare role mention (``the president said``) was resolved to,
        holds the role in a body the mention does not name (``World Bank President Jim Yong Kim``,
        ``Tom Berg, the president of the union,``: an organisation word among the descriptors of
        the mention the index found, :meth:`~newsparse.people.PersonIndex.described`), while the
        text gives the role as a title to someone else with no body before it (``President
        Obama``, ``French President Ana Ortiz``; :meth:`bare_title_holder`) within
        :attr:`ROLE_LOOKBACK` characters before the role mention or before that person's: the
        article's own holder of the role is meant, whom the index may not know by a full name;
        the mention is then left as written.  With no such other holder the body's holder is
        the one meant (``the president`` after only ``Tom Berg, the president of the union``)."""
        roles = [w for w in words if w[:1].islower() and self.vocabulary.is_role_noun(w)]
        described = [w for w in words if w.casefold() not in self._determiners]
        if not roles or any(self.vocabulary.is_org_word(w) or w[:1].isupper() for w in described):
            return False  # (the mention names a body or a country: "the bank's president", "the French president")
        person = state.index.described(described, at)
        if person is None or person.name != found or not any(self.vocabulary.is_org_word(d) for d in person.descriptors):
            return False
        text = state.text
        windows = {(max(0, at - self.ROLE_LOOKBACK), at), (max(0, person.start - self.ROLE_LOOKBACK), person.start)}
        return any(self.bare_title_holder(role, found, text, start, end) for role in roles for start, end in windows)

    def bare_title_holder(self, role: str, found: str, text: str, start: int, end: int) -> bool:
        """Whether *text* from *start* to *end* gives *role* as a capitalised title before a name
        that is not part of *found* (``President Obama``), with no capitalised word before the
        title but a country's (``World Bank President Jim Yong Kim`` is no such holder;
        ``French President Ana Ortiz`` is)."""
        pattern = title_before_name(role[:1].upper() + role[1:])
        own = set(found.split())
        for match in pattern.finditer(text, start, end):
            if strip_possessive(match.group(1)) in own:
                continue  # ("Judge Sullivan's ruling": the same person)
            before = text[max(start, match.start() - self.NAMED_WINDOW) : match.start()].split()
            # (the word right before the title, unless a mark ends it: "in Washington, President Obama")
            previous = before[-1] if before and text[match.start() - 1 : match.start()].isspace() else ""
            if not previous[-1:].isalpha() or not previous[:1].isupper() or self.vocabulary.country(previous) is not None:
                return True
        return False

    def in_opening_phrase(self, name: str, at: int, state: State) -> bool:
        """Whether *name*, where the text gave it before *at* (the last :attr:`MAX_SUBJECTS` times,
        within :attr:`MAX_RENAMING_REACH`), closes a sentence's opening phrase (``On Tuesday, the company
        said``, ``In downtown Lyon, a group marched``, ``Speaking to Radio Nord, a spokesperson
        said``), so that the phrase after it is the sentence's subject, not a description of the
        name, and the name is no referent for it.  The name must be the last thing of that phrase:
        one of :attr:`PREPOSITIONS` or a participle opens the sentence, no comma stands between it
        and the name, a comma follows the name, and then the subject (:meth:`subject_follows`).  A
        name that opens the sentence is such a phrase only when its own first word is a
        preposition (``On Tuesday``; not ``Boeing Holdings``, ``Sterling Brown``)."""
        text = state.text
        floor = max(0, at - self.MAX_RENAMING_REACH)
        end = at
        for _ in range(self.MAX_SUBJECTS):  # (the last few times the name stands there: bounded)
            start = text.rfind(name, floor, end)
            if start < 0:
                return False
            end = start
            after = start + len(name)
            if text[after : after + 1] != ",":
                continue
            before = text[max(0, start - self.PHRASE_WINDOW) : start]
            cut = max(before.rfind(mark) for mark in (*self.SENTENCE_END, "\n"))
            opening = before[cut + 1 :]
            lead = opening.split()
            if not lead:  # (the name opens the sentence: "On Tuesday" may be the phrase itself)
                if name.split()[0].casefold() in self._prepositions:
                    return True
                continue
            region = self.region_of_opening(text, start - len(opening), after)
            if ("," in opening and not region) or not self.subject_follows(text, after + 1, at):
                continue  # ("On Monday, Ana Ortiz, the mayor, met": the name is after the phrase)
            first = lead[0].strip("\"“‘'(").casefold()
            suffix = self.GERUND_SUFFIX
            if first in self._prepositions or (
                bool(suffix) and first.endswith(suffix) and len(first) > len(suffix) + 2 and first.isalpha()
            ):
                return True
            if self.opening_object(opening, lead):
                return True
        return False

    def opening_object(self, opening: str, lead: Sequence[str]) -> bool:
        """Whether the opening phrase *opening* (its words *lead*) that a name closes makes the
        name the object of a preposition or of an interview phrase: the phrase opens with one of
        :attr:`INTERVIEW_OPENERS` (``Interrogé par``, ``Au micro de``, ``Interviewed by``), or the
        word right before the name is a preposition, an agent's or a recipient's word (``Face à
        Jean Dupont, le maire ...``, ``Sitting next to Ana Ruiz, the mayor ...``): the name is the
        one spoken with, and the subject after the comma is someone else.  At most
        :attr:`MAX_OPENING_OBJECT_WORDS` words stand before the name in the latter case.

        .. versionadded:: 0.2
        """
        low = opening.lstrip(" \t\n" + self._mark_chars).casefold()
        if self._interview_openers and low.startswith(self._interview_openers):
            return True
        if len(lead) > self.MAX_OPENING_OBJECT_WORDS:
            return False  # (a clause before the name: "Tom Berg sat on the board, and ...")
        last = lead[-1].casefold()
        return (
            last in self._prepositions or last in self._agents or last in self._addressee_prepositions
            or last in self.RECIPIENT_WORDS
        )

    def region_of_opening(self, text: str, start: int, after: int) -> bool:
        """Whether the name that ends at the comma at *after* is the region set off by commas
        after a place in the opening phrase from *start* (``In Raleigh, North Carolina, the
        governor said``: North Carolina), as :meth:`opening_comma` reads one, so that the phrase
        still ends at that comma and the name is no referent for the subject after it.

        .. versionadded:: 0.2"""
        first = text.find(",", start, after)
        return 0 <= first < after and self.opening_comma(text, start, after + 1) == after

    def subject_follows(self, text: str, pos: int, at: int) -> bool:
        """Whether the phrase at *pos*, after the comma that closes an opening phrase, is the
        sentence's subject, not an appositive set off by commas (``With Ana Ortiz, the mayor of
        Lyon, in the room``): the mention at *at* stands right there, or the sentence ends, or a
        colon or quotation mark comes, with no other comma (within :attr:`PHRASE_WINDOW`)."""
        if not text[pos:at].strip():
            return True
        rest = text[pos : pos + self.PHRASE_WINDOW]
        marks = (*self.SENTENCE_END, "\n", ":", '"', "“", "«", "„")  # (up to a quotation: "... said: “...")
        stop = min((i for i in (rest.find(m) for m in marks) if i >= 0), default=len(rest))
        return "," not in rest[:stop]

    def is_plausible_name(self, name: str) -> bool:
        """Whether *name*, as the article's index gives it, can be a person's or a body's name:
        fewer than :attr:`MAX_CAPITAL_STOP_WORDS` of its words after the first are stop words
        written with a capital (``Benched By NBA Team Prior To Her Performance``: a headline in
        title case, not a name; ``Bank of America`` and ``Theresa May`` are names)."""
        capitals = sum(1 for w in name.split()[1:] if w[:1].isupper() and w.casefold() in self._stop)
        return capitals < self.MAX_CAPITAL_STOP_WORDS

    def opens_with_cue(self, full: str, name_words: Sequence[str]) -> bool:
        """Whether the index's *full* name for *name_words* adds a capitalised speech verb before
        them (``Said Ellis`` from a label ``Said Ellis: "..."``): an inverted cue that opened a
        sentence, no given name, so the mention's own words are the name."""
        first = full.split(None, 1)[0] if full else ""
        return bool(name_words) and first != name_words[0] and self.is_cue_word(first.casefold())

    def opening_adverb_word(self, word: str) -> bool:
        """Whether *word*, capitalised before a name at the start of a sentence, is one of
        :attr:`ADVERBS` that opens the sentence rather than a given name (``Eventually Tom Berg
        said``): at least :attr:`MIN_OPENING_ADVERB` letters and none of :attr:`NAME_STOP_WORDS`
        (``Will Hurd``, ``May Chen`` keep their given names)."""
        low = word.casefold()
        return len(low) >= self.MIN_OPENING_ADVERB and low in self._adverbs and low not in self._name_stops

    def ampersand_firm(self, words: Sequence[str]) -> str | None:
        """The name *words* spell when they are one firm's, capitalised words joined by an ampersand
        and nothing in lower case (``Johnson & Johnson``, ``Procter & Gamble``, ``Harland & Wolff``):
        neither half is a person's name, nor the surname of someone named before (``Boris Johnson``).
        A phrase with a title or a role after the firm (``Procter & Gamble chief executive Jon
        Moeller``, ``Procter & Gamble Chief Executive Jon Moeller``) is no firm's name alone and is
        read as the other phrases are.  Lower-case words that describe the firm before it go
        (``Craft brewer Hollis & Crane``: ``Hollis & Crane``), unless the last of them is a stop
        word or a noun for a person (``chief executive of Procter & Gamble``: the person); a
        company noun that is no role, the last of them or alone at the sentence's start, is the
        firm's kind (:meth:`names_firm_kind`: ``Law firm Baker & Hale``, ``Retailer Marks &
        Spencer``: the firm, not ``Hale``), unless one of :attr:`OF_WORDS` stands among them
        (``Rivals of the retailer Hollis & Crane``: the rivals speak), nor one of
        :attr:`PLACE_PREPOSITIONS` (``Shop owners along Hawthorne & Division``: two streets, the
        owners speak).

        .. versionchanged:: 0.2 a company noun before the firm.
        .. versionchanged:: 0.2 no place's preposition before it (mendQT69)"""
        if len(words) < 3 or "&" not in words[1:-1]:
            return None
        if self.names_firm_kind(words[0]) and len(words) > 3 and "&" in words[2:-1] and words[1][:1].isupper():
            words = words[1:]  # ("Retailer Marks & Spencer": the kind in capitals at the sentence's start)
        lower = [i for i, word in enumerate(words) if not (word == "&" or word[:1].isupper())]
        if lower:
            last = words[lower[-1]].casefold()
            kind = self.names_firm_kind(last)
            if last in self._stop or last in self._of or (not kind and (self.is_person(last) or self.vocabulary.is_title(last))):
                return None  # ("chief executive of Procter & Gamble", "a spokesman for Johnson & Johnson")
            if any(words[i] in self._of for i in lower):
                return None  # ("Rivals of the retailer Hollis & Crane": the firm is the link's object, not who speaks)
            if any(words[i] in self._place_prepositions for i in lower):
                return None  # ("Shop owners along Hawthorne & Division": the corner is where they are; mendQT69)
            words = words[lower[-1] + 1 :]  # ("Craft brewer Hollis & Crane": the firm the words describe)
            if len(words) < 3 or "&" not in words[1:-1]:
                return None
        if any(self.vocabulary.is_title(word) or self.vocabulary.is_role_noun(word.casefold()) for word in words):
            return None  # ("Procter & Gamble Chief Executive Jon Moeller": the person after the firm's name)
        at = words.index("&", 1)
        if not (words[at - 1][:1].isupper() and words[at + 1][:1].isupper()):
            return None
        return " ".join(words)

    def names_firm_kind(self, word: str) -> bool:
        """Whether *word* is a company noun of the vocabulary (``firm``, ``retailer``, ``insurer``)
        and no role noun, so that before a firm's name it says what kind of firm that is (``law
        firm Baker & Hale``), never who speaks for it (``spokesman``, ``chairman``).

        .. versionadded:: 0.2
        """
        low = word.casefold()
        return self.vocabulary.is_company_noun(low) and not self.vocabulary.is_role_noun(low)

    def head_first_organisation(self, words: Sequence[str]) -> str | None:
        """The name of an organisation whose head word comes first (``la Comunidad de Madrid`` ->
        ``Comunidad de Madrid``): an organisation word of the vocabulary, capitalised (perhaps
        more capitalised words: ``el Instituto Nacional de Estadística``), then only
        capitalised words and :attr:`OF_WORDS` or :attr:`BODY_NAME_LINKS` (with their articles, and a
        coordinator between two capitalised words: ``the Centers for Disease Control and Prevention``,
        ``el Ministerio para la Transición Ecológica``); after another word that
        links a post-modifier (:attr:`POST_MODIFIERS`: ``the Committee for a Responsible Federal
        Budget``), the mention as written, never the capitalised words after the link alone;
        ``None`` for anything else (a title and a person's name after the link: ``the Department of
        Transport Director Ana Ortiz``)."""
        rest = list(words[1:]) if words and words[0].casefold() in self._determiners else list(words)
        if len(rest) < 3 or not rest[0][:1].isupper() or not self.vocabulary.is_org_word(rest[0]):
            return None
        # (capitalised words may stand between the head and the link: "el Instituto Nacional de Estadística")
        link = next((i for i, w in enumerate(rest[1:-1], 1) if not w[:1].isupper()), 0)
        # (or a post-modifier's link: "the Committee for a Responsible Federal Budget", kept as written;
        # or a link of BODY_NAME_LINKS: "el Ministerio para la Transición Ecológica")
        if (rest[link] not in self._cuts and rest[link] not in self._body_links) or not rest[-1][:1].isupper():
            return None
        if any(self.vocabulary.is_title(w) for w in rest[1:link]):
            return None  # ("Senate Republican Leader Robert Dole of Kansas": a person after a title, not a body)
        if not all(
            w[:1].isupper() or w in self._of or w in self._body_links or w.casefold() in self._determiners
            # (a coordinator between two capitalised words: "Disease Control and Prevention")
            or (w in self._coordinators and rest[i - 1][:1].isupper() and rest[i + 1][:1].isupper())
            for i, w in enumerate(rest[link + 1 : -1], link + 1)
        ):
            return None
        person = self.name_words(rest[link + 1 :])
        if len(person) > 1 and self.vocabulary.is_title(rest[len(rest) - len(person) - 1]):
            return None  # ("the Department of Transport Director Ana Ortiz": a person, its role before the name)
        return " ".join(rest if rest[link] in self._of or rest[link] in self._body_links else words)

    def plural_group_mention(self, words: Sequence[str], state: State) -> bool:
        """Whether *words*, in a pack of :attr:`PLURAL_VERB_ENDINGS`, are a capitalised plural head
        (ending in one of the vocabulary's ``PLURAL_ENDINGS``, no name the index knows nor a listed
        given name), then a link to what the many are of: a genitive's article of
        :attr:`GENITIVE_DETERMINERS` (German ``Freunde des Opfers``) or one of :attr:`OF_WORDS`
        and a determiner before a word in lower case (Spanish ``Amigos de la víctima``; not
        ``Torres de la Policía``, a surname and a body): a group named as written, never a person
        ``Amigos`` or ``Opfers``; an article may open it (``Die Freunde des Opfers``).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2
           lang57: a determiner before the head (was read as a person ``Opfers``)."""
        if not self.PLURAL_VERB_ENDINGS or len(words) < 3:
            return False
        if len(words) > 3 and words[0].casefold() in self._determiners and words[1][:1].isupper():
            words = words[1:]  # ("Die Freunde des Opfers": the article before the plural head)
        head, link = words[0], words[1].casefold()
        if not (head[:1].isupper() and head[1:].islower() and head.isalpha()):
            return False
        if not head.casefold().endswith(tuple(self.vocabulary.PLURAL_ENDINGS)) or self.names.listed_given_name(head):
            return False
        if head.casefold().endswith(tuple(self.vocabulary.SINGULAR_ENDINGS)):
            return False  # ("Die Sprecherin des Ministeriums": one woman's role, resolved as such)
        if state.index.is_known(head):
            return False
        if link in self._genitives:
            return True
        return link in self._of and words[2].casefold() in self._determiners and len(words) > 3 and words[3][:1].islower()

    def plural_head_body(self, words: Sequence[str]) -> str | None:
        """The name of a body whose head is a capitalised plural after a determiner, with a
        post-modifier of capitalised words (``The Joint Chiefs of Staff`` -> ``Joint Chiefs of
        Staff``, ``the Friends of the Earth``): no title among the head's words (``the Duke of
        Kent``, a person); ``None`` for anything else.

        .. versionadded:: 0.2"""
        if len(words) < 4 or words[0].casefold() not in self._determiners:
            return None
        rest = list(words[1:])
        link = next((i for i, w in enumerate(rest) if not w[:1].isupper()), 0)
        if link == 0 or rest[link] not in self._of or link + 1 >= len(rest) or not rest[-1][:1].isupper():
            return None
        head = rest[link - 1]
        if not (head.isalpha() and head.endswith("s") and head[1:].islower() and len(head) > 3):
            return None  # (a plural: "Chiefs", "Friends"; not "Morgan of the Sierra Club")
        if any(self.vocabulary.is_title(w) for w in rest[:link]):
            return None
        if not all(w[:1].isupper() or w in self._of or w.casefold() in self._determiners for w in rest[link + 1 :]):
            return None
        return " ".join(rest)

    def body_head_name(self, words: Sequence[str], name_words: Sequence[str], text: str) -> str | None:
        """The name of a body for a mention whose *name_words* (read as a person's) end in one of
        :attr:`BODY_NAME_HEADS` after another capitalised word: the mention's last capitalised words, a
        determiner before them left out (``The U.S. Geological Survey`` -> ``U.S. Geological
        Survey``, ``The National Trust`` -> ``National Trust``); the mention as written, *text*,
        when other words stand before them (``A spokeswoman for the U.S. Geological Survey``: the
        spokeswoman, unnamed).  ``None`` when an honorific or an abbreviated title stands among them
        (``Rep. Ana Trust``), or a title right before a name of two words (``Governor Ana Trust``):
        a person; or when the name ends otherwise.

        .. versionadded:: 0.2"""
        if not name_words or name_words[-1].casefold() not in self._body_heads:
            return None
        run = len(words)
        while run > 0 and words[run - 1][:1].isupper() and words[run - 1].casefold() not in self._determiners:
            run -= 1
        if run > len(words) - 2 or any(
            self.vocabulary.is_honorific(w) or (w.endswith(".") and self.vocabulary.is_title(w[:-1])) for w in words[run:]
        ):
            return None  # ("Rep. Ana Trust", "Dr. Trust": a person)
        before = len(words) - len(name_words) - 1
        if len(name_words) > 1 and before >= run and self.vocabulary.is_title(words[before]):
            return None  # ("Governor Ana Trust"; but "The National Trust" is a body)
        lead = words[:run]
        if not lead or (len(lead) == 1 and lead[0].casefold() in self._determiners):
            return " ".join(words[run:])
        return text

    def body_place_name(self, words: Sequence[str], name_words: Sequence[str], text: str) -> str | None:
        """The name of a body for a mention whose *name_words* (read as a person's) are a place
        or a country (:meth:`~newsparse.Vocabulary.is_place`, :meth:`~newsparse.Vocabulary.country`)
        right after a capitalised organisation word: the body's chapter in that country or city
        (``The Minerals Council South Africa``, ``the Refugee Council Sierra Leone``): the mention's
        capitalised words, a determiner before them left out, as :meth:`body_head_name` reads
        them; the mention as written, *text*, when other words stand before them.  ``None`` when
        the name is no place, or no organisation word stands right before it (``Ana South
        Africa``, a person however odd).

        .. versionadded:: 0.2"""
        before = len(words) - len(name_words) - 1
        place = " ".join(name_words)
        if before < 0 or not (self.vocabulary.is_place(place) or self.vocabulary.country(place)):
            return None
        head = strip_possessive(words[before]).rstrip(",")
        if not head[:1].isupper() or not self.vocabulary.is_org_word(head):
            return None
        run = before
        while run > 0 and words[run - 1][:1].isupper() and words[run - 1].casefold() not in self._determiners:
            run -= 1
        lead = words[:run]
        if not lead or (len(lead) == 1 and lead[0].casefold() in self._determiners):
            return " ".join(words[run:])
        return text

    def speaks_there(self, text: str, found: int, word: str, preceding: str | None) -> bool:
        """For :meth:`org_word_speaker`: whether the name whose last *word* starts at *found* + 1
        stands where a person is: a cue word after it, or after an age set off by commas
        (``Helen Park said``, ``Helen Park, 42, said``), or a cue word, an honorific or one of
        ``NAME_OBJECT_VERBS`` right before it (``said Helen Park``, ``Ms. Helen Park``, ``told
        Helen Park``).

        .. versionadded:: 0.2"""
        low = (preceding or "").casefold()
        end = found + 1 + len(word)
        after = self._word.search(text, end, end + self.NAMED_WINDOW)
        if after is not None and after.group().isdigit():
            after = self._word.search(text, after.end(), end + self.NAMED_WINDOW)  # ("Helen Park, 42, said")
        if self.is_cue_word(low) and not self.verb_follows(text, end, after):
            return True  # ("said Helen Park."; not "said Hyde Park would close": a reported clause's subject)
        given = text[max(0, found - self.NAMED_WINDOW) : found].split()[-1:]
        titled = self.titled_before(preceding, "".join(given))
        if self.vocabulary.is_honorific(low) or low in self.vocabulary.NAME_OBJECT_VERBS or titled:
            return True
        if after is not None and not text[end : after.start()].strip(" ,0123456789"):
            return self.is_cue_word(after.group().casefold().rstrip("."))  # ("Helen Park said.")
        return False

    @staticmethod
    def verb_follows(text: str, end: int, after: regex.Match[str] | None) -> bool:
        """For :meth:`speaks_there`: whether *after*, the word found after a name that ends at
        *end*, follows it with only blanks between and is in lower case (``said Hyde Park would
        close``: the name is a reported clause's subject, and may be a place or a body).

        .. versionadded:: 0.2"""
        return after is not None and not text[end : after.start()].strip() and after.group()[:1].islower()

    def acronym_organisation(self, words: Sequence[str], name_words: Sequence[str]) -> str | None:
        """The name of an organisation that an acronym opens (``RTL Info``, ``CNN Money``): the
        word right before *name_words* (the words :meth:`name_words` read as a person's name at
        the end of *words*) is an acronym, all capitals (at least two letters), no title; the
        acronym and the name words, as written.  ``None`` for anything else (``Sen. Ana Ortiz``,
        ``Russian President Vladimir Putin``, a name with a capitalised particle inside, ``du RN
        Marine Le Pen``); :meth:`resolve_name` also keeps a person the index
        knows by the name words, whole or as a surname (``NFL Insider Jason La Canfora``), and the
        last speaker (``In the U.S. Silas said`` after ``"...," Silas said``).

        .. versionadded:: 0.2
        """
        count = len(name_words)
        if not count or count >= len(words):
            return None
        if any(self.names.is_capitalised_particle(name_words, i) for i in range(1, count - 1)):
            return None  # ("du RN Marine Le Pen": a person's name, a particle inside it)
        acronym = words[-count - 1]
        letters = [c for c in acronym if c.isalpha()]
        if len(letters) < 2 or not all(c.isupper() for c in letters) or not acronym.replace(".", "").replace("&", "").isalpha():
            return None
        if self.vocabulary.is_title(acronym):
            return None
        return " ".join(words[-count - 1 :])

    def demonym_country(self, words: Sequence[str]) -> str | None:
        """The country of a mention that is a nationality noun after lower-case words (``the
        Dutchman``, ``the 28-year-old Frenchwoman``): a country adjective of the vocabulary with
        one of :attr:`DEMONYM_SUFFIXES`; ``None`` for any other mention."""
        if len(words) < 2 or any(w[:1].isupper() for w in words[:-1] if w.casefold() not in self._determiners):
            return None
        last = strip_possessive(words[-1]).rstrip(".,")
        for suffix in sorted(self.DEMONYM_SUFFIXES, key=len, reverse=True):
            if last[:1].isupper() and last.endswith(suffix) and len(last) > len(suffix) + 2:
                return self.vocabulary.country(last[: -len(suffix)])
        return self.demonym_noun_country(last)

    #: The most characters of the phrase set off by commas after a mention that
    #: :meth:`name_given_after` reads.
    #:
    #: .. versionadded:: 0.2
    MAX_NAME_GIVING_CHARS: ClassVar[int] = 80

    def name_given_after(self, mention: Mention, state: State) -> str | None:
        """The name set off by commas right after *mention*, a phrase for someone that opens
        with one of :attr:`DETERMINERS` and holds no capitalised word but after a preposition
        (``A trader at the market``), after one of :attr:`NAME_GIVING_PHRASES` (a relative pronoun
        maybe first) and before the closing comma: one or two capitalised words (``, who gave his
        name only as Musa,``: Musa); ``None`` otherwise (``A rider, who gave an interview to
        the BBC,``: no name given).

        .. versionadded:: 0.2"""
        if not self.NAME_GIVING_PHRASES:
            return None
        words = mention.text.split()
        if len(words) < 2 or words[0].casefold() not in self._determiners or not words[1].islower():
            return None
        raw = state.paragraph_text
        after = raw[mention.end : mention.end + self.MAX_NAME_GIVING_CHARS]
        stripped = after.lstrip()
        if not stripped.startswith(","):
            return None
        close = stripped.find(",", 1)
        inner = stripped[1:close].split() if close > 0 else []
        if inner and inner[0] in self._relatives:
            inner = inner[1:]
        for cut in (len(inner) - 1, len(inner) - 2):
            name = inner[cut:] if cut > 0 else []
            capitalised = bool(name) and all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in name)
            if capitalised and " ".join(inner[:cut]) in self._name_giving:
                return " ".join(name)
        return None

    def place_demonym(self, words: Sequence[str], state: State) -> bool:
        """Whether *words*, a mention, are one of :attr:`DETERMINERS` and a capitalised noun for one
        of a place's people (one or two words, no possessive): the place's word before one of
        :attr:`DEMONYM_SUFFIXES` (``the Galwayman``, ``a Kerrywoman``; a country's is
        :meth:`demonym_country`'s), or a place of the vocabulary before one of
        :attr:`PLACE_DEMONYM_ENDINGS` (``the Dubliner``, ``the Parisian``); not a name the
        ending may close (``the Miller``, ``the Observer``: no place before it), nor a role
        (``the Chairman``), nor the surname of a person named in full (``the Foreman`` after
        ``George Foreman``).

        .. versionadded:: 0.2"""
        if not 2 <= len(words) <= 3 or words[0].casefold() not in self._determiners:
            return False
        rest = [w.rstrip(".,") for w in words[1:]]
        if not all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in rest):
            return False
        last = rest[-1]
        if self.vocabulary.is_role_noun(last) or self.vocabulary.is_title(last):
            return False  # ("the Chairman", "the Spokeswoman": a role, by_description's)
        if len(rest) == 1 and state.index.full_name((last,)) != last:
            return False  # ("the Foreman" after "George Foreman": the surname the article gave)
        if len(rest) == 1 and any(
            last.endswith(suffix) and len(last) > len(suffix) + 2 and last[-len(suffix) - 1].islower()
            for suffix in self.DEMONYM_SUFFIXES
        ):
            return True
        stems = [last[: -len(ending)] for ending in self.PLACE_DEMONYM_ENDINGS if last.endswith(ending)]
        return any(len(stem) > 2 and self.vocabulary.is_place(" ".join([*rest[:-1], stem])) for stem in stems)

    def demonym_noun_country(self, noun: str) -> str | None:
        """For :meth:`demonym_country`: the country of *noun*, the last word of a mention after
        lower-case words, when it is one of :attr:`DEMONYM_NOUNS` as written, capitalised (``the
        Spaniard``: Spain; not ``the pole``); ``None`` otherwise.

        .. versionadded:: 0.2"""
        return self._demonym_nouns.get(noun)

    def introduced_as(self, words: Sequence[str], at: int, state: State) -> str | None:
        """The one person named before *at* whom the article introduced with what the mention
        *words* says of them: an age (``the 54-year-old`` after ``Ana Ruiz, 54,``, ``Ana Ruiz (54)``
        or ``54-year-old Ana Ruiz``), or a nationality adjective alone or before a lower-case noun
        (``the Argentine``, ``the Portuguese forward`` after ``the Argentine Leo Vega`` or
        ``Portuguese forward Rui Costa``; :meth:`nationality_words`), the noun among the words
        before the name or set off after it.  ``None`` when the mention is no such phrase, when no
        one fits and when two people fit (``the 54-year-old`` with two of that age: the mention as
        written); a role noun (``the French president``) is :meth:`by_description`'s.

        .. versionadded:: 0.2
        """
        if len(words) < 2 or words[0].casefold() not in self._determiners:
            return None
        age = self.age_of(words[1:])
        role = self.aged_role(words) if age is None else None
        if role is not None:
            age = self.age_of(words[1:2])  # ("the 20-year-old striker": the age, then the role)
        nationality = self.nationality_words(words[1:]) if age is None else None
        aged_country = None  # ("the 38-year-old Spaniard", "the 29-year-old Kenyan": an age and a country, both told)
        if age is None and nationality is None and len(words) == 3 and self.age_of(words[1:2]) is not None:
            aged_country = self.word_country(words[2].rstrip(".,")) if words[2][:1].isupper() else None
            age = self.age_of(words[1:2]) if aged_country is not None else None
        if age is None and nationality is None:
            return None
        text = state.text
        found: set[str] = set()
        for person in state.index.people_before(max(0, at - self.SUBJECT_WINDOW), at, self.MAX_SUBJECTS):
            lead = text[max(0, person.start - self.NAMED_WINDOW) : person.start]
            cut = max(lead.rfind(mark) for mark in (*self.SENTENCE_END, "\n"))
            lead_words = [w.strip(",;:()").casefold() for w in lead[cut + 1 :].split()]
            after = text[person.start + len(person.name) : person.start + len(person.name) + self.NAMED_WINDOW]
            if age is not None:
                opened = after.lstrip()
                told = opened[1:].lstrip() if opened[:1] in ",(" else ""
                fits = (told.startswith(age) and told[len(age) : len(age) + 1] in (",", ";", ")")) or (
                    bool(lead_words) and lead_words[-1] == f"{age}-{self.AGE_SUFFIX}"
                )
                if fits and role is not None:
                    fits = self.fits_aged_role(role, person, age, text)
                if fits and aged_country is not None:
                    fits = (
                        aged_country in person.descriptors
                        or any(self.vocabulary.country(w) == aged_country for w in lead_words)
                        or self.told_country(person, text) == aged_country
                    )
            else:
                assert nationality is not None
                country, noun = nationality
                fits = country in person.descriptors or any(self.vocabulary.country(w) == country for w in lead_words)
                if fits and noun is not None:
                    set_off = after.lstrip()[:1] == ","
                    fits = noun in lead_words or (set_off and noun in person.descriptors)
            if fits:
                found.add(person.name)
        if aged_country is not None:
            return found.pop() if len(found) == 1 else None  # (no one else's age nor country: one fit or none)
        if not found and age is not None and role is None and len(words) == 2:
            gendered = self.gendered_age_person(words, at, state)
            if gendered is not None:
                return gendered or None  # ("Die Bürgermeisterin Anna Berger ... Die 63-Jährige sagte")
            return self.unaged_paragraph_person(at, state)  # ('Lucia Quishpe said ... "...," the 39-year-old told AFP.')
        if not found and age is not None and role is not None:
            # ('Sam Ortiz struck late.' then '"...," said the 22-year-old winger.': the one person, no other role)
            unaged = self.unaged_paragraph_person(at, state, role)
            if unaged is None and role in self._allegiances:
                return " ".join(words)  # ("the 67-year-old Republican" fits no one: the mention as written, no name)
            return unaged
        return found.pop() if len(found) == 1 else None

    def gendered_age_person(self, words: Sequence[str], at: int, state: State) -> str | None:
        """For :meth:`introduced_as`, when an age noun of :attr:`AGE_NOUN_ENDINGS` after an article
        of :attr:`GENDER_ARTICLES` (*words*: ``die 63-Jährige``) fits no one the article gave that
        age: the last person named before *at* (within :attr:`SUBJECT_WINDOW`) when the article
        shows that person of the article's gender and gives them no other age (``Die
        Bürgermeisterin Anna Berger ... Die 63-Jährige sagte``); ``""`` (no one) when the last
        person named is of the other gender or of none shown, or was given another age; ``None``
        for any other mention (an English ``the 54-year-old``: :meth:`unaged_paragraph_person`).

        .. versionadded:: 0.2
        """
        ending = strip_possessive(words[1]).partition("-")[2].casefold()
        wanted = self._gender_articles.get(normalize_word(words[0]))
        if wanted is None or ending not in self.AGE_NOUN_ENDINGS:
            return None
        genders = self.genders_of(state)
        text = state.text
        for person in reversed(state.index.people_before(max(0, at - self.SUBJECT_WINDOW), at, self.MAX_SUBJECTS)):
            if person.start + len(person.name) >= at:
                continue  # (the mention itself)
            if genders.get(person.name) != wanted:
                return ""  # (the last one named is of the other gender, or of none shown: no guess)
            lead = text[max(0, person.start - self.NAMED_WINDOW) : person.start].split()
            aged = self.aged_after(person, state) or (lead and self.age_of(lead[-1:]) is not None)
            return "" if aged else person.name
        return ""

    def unaged_paragraph_person(self, at: int, state: State, role: str | None = None) -> str | None:
        """For :meth:`introduced_as`, when a bare age (``the 39-year-old``) fits no one the article
        gave that age: the one person the paragraph names before *at* outside quotation marks,
        when the article gives that person no age anywhere before *at* (the age is news about
        the person the paragraph is about: ``Lucia Quishpe said she had no customers. "...,"
        the 39-year-old told AFP.``); ``None`` when the paragraph names no one or two people, or
        that person was given an age (another age: someone else).  With *role*, the noun of an
        age and a role (``the 22-year-old winger``), the person must fit it too
        (:meth:`fits_aged_role`: ``Sam Ortiz struck late.``, not ``the keeper Sam Ortiz``).
        Any age :meth:`told_ages` reads for the person is another age (``A 41-year-old, councillor
        Bryn Price, said ...`` then ``The 58-year-old councillor said``: someone else; fixQ64).

        .. versionchanged:: 0.2 an age and a role too (fixQ60b).

        .. versionadded:: 0.2
        """
        people = self.sole_person_mentions(at, state)
        if not people:
            people = self.previous_paragraph_sole_person(at, state)
        if not people:
            return None
        if role is not None and not self.fits_aged_role(role, people[0], "", state.text):
            return None  # ("the keeper Sam Ortiz" is no winger)
        name = people[0].name
        text = state.text
        for person in state.index.people_before(0, at, self.MAX_SUBJECTS):
            if person.name != name:
                continue
            lead = text[max(0, person.start - self.NAMED_WINDOW) : person.start].split()
            if self.aged_after(person, state) or (lead and lead[-1].endswith(f"-{self.AGE_SUFFIX}")):
                return None  # ("Lucia Quishpe, 45," or "45-year-old Lucia Quishpe": another age, someone else)
        if self.told_ages(name, at, state):
            return None  # ("A 41-year-old, councillor Bryn Price," or "41-year-old councillor Bryn Price": another age; fixQ64)
        return name

    def previous_paragraph_sole_person(self, at: int, state: State) -> list[Person]:
        """For :meth:`unaged_paragraph_person`, when the paragraph names no one before *at*, quoted
        words aside, and opens with a quotation (*at* in its first sentence): the mentions of the
        one person the paragraph right before names, outside quotation marks (``Sam Ortiz kicked
        a late penalty.`` then ``"...," said the 22-year-old.``); empty when it names no one, two
        people or more than :attr:`MAX_SUBJECTS` mentions, or writes a number right after the name
        (``Ana Ruiz, 54 percent of whose voters ...``: no sure age either way), or when its first
        mention is no subject (:meth:`first_mention_subject`: ``Police arrested Sam Ortiz.``).

        .. versionchanged:: 0.2 the person must open a sentence as its subject (fixR55).

        .. versionadded:: 0.2
        """
        previous = state.previous_paragraph
        if previous is None or bisect_right(state.sentence_starts, at - state.paragraph_start) > 1:
            return []  # (a sentence before the mention's may name someone)
        if self.people_outside_marks(at, state):
            return []
        found = state.index.people_between(previous.start, previous.end, self.MAX_SUBJECTS + 1)
        people = [person for person in found if not self.in_quoted_words(state.text, person.start)]
        if not people or len(found) > self.MAX_SUBJECTS or any(person.name != people[0].name for person in people):
            return []
        text = state.text
        for person in people:
            after = text[person.start + len(person.name) : person.start + len(person.name) + self.NAMED_WINDOW]
            if after.lstrip(" ,(")[:1].isdigit():
                return []  # ("Ana Ruiz, 54 percent of whose voters ...": a number by the name, no sure age)
        if not self.first_mention_subject(text[previous.start : people[0].start]):
            return []  # ("Police arrested Sam Ortiz on Monday.": the object, whose age is no one's guess)
        if self.sentence_speaks_of(at, state, people[0].name):
            return []  # ('"Sam was brilliant today," said the 22-year-old.': the words speak of him)
        return people

    def sentence_speaks_of(self, at: int, state: State, name: str) -> bool:
        """For :meth:`previous_paragraph_sole_person`: whether the words of the paragraph being read
        before the mention at *at*, the quotation and its cue, name a word of *name* as written
        (``"Sam was brilliant today," said the 22-year-old.``; not ``"I will never forget it"``
        after ``Will Grigg``) or hold a pronoun of :attr:`THIRD_PERSON_PRONOUNS` (``"He is a special
        talent," said the 62-year-old``): the words speak of that person, so the one the age stands
        for is someone else.  Words after the mention, which describe the speaker (``..., who made
        his debut in March``), are not read.

        .. versionadded:: 0.2 (merge55)"""
        parts = set(name.split())
        for word in _WORD_RUN.finditer(state.paragraph_text, 0, max(0, at - state.paragraph_start), False, KEEP_GIL):
            if word.group() in parts or word.group().casefold() in self._third_person:
                return True
        return False

    def first_mention_subject(self, lead: str) -> bool:
        """For :meth:`previous_paragraph_sole_person`: whether a name after *lead*, the words of
        its paragraph before its first mention, opens its sentence as the subject, only titles
        before it (``Sam Ortiz kicked a late penalty.``, ``Coach Sam Ortiz said``); not a verb's
        object or a name after other words (``Police arrested Sam Ortiz``, ``The win over Sam
        Ortiz``): whom a bare age after the paragraph may stand for.

        .. versionadded:: 0.2
        """
        words = lead.split()
        for k in range(len(words) - 1, -1, -1):
            if words[k][-1:] in self.SENTENCE_END and not self.vocabulary.is_title(words[k]):
                words = words[k + 1 :]  # (the words of the name's own sentence)
                break
        return all(self.vocabulary.is_title(word) for word in words)

    def aged_role(self, words: Sequence[str]) -> str | None:
        """The role noun of a definite mention that gives an age and then up to
        :attr:`MAX_AGE_ROLE_WORDS` lower-case words (``the 78-year-old retired firefighter``:
        ``firefighter``; ``the 20-year-old striker``), its last word; ``None`` for any other
        mention, and for one opened by one of :attr:`INDEFINITE_DETERMINERS` (``a 20-year-old
        striker``: someone new).  The last word may be one of :attr:`ALLEGIANCE_NOUNS` capitalised
        (``the 67-year-old Republican``: ``republican``), a description, never a name.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 a capitalised party noun last (mendQ61)
        """
        if not 3 <= len(words) <= self.MAX_AGE_ROLE_WORDS + 2 or words[0].casefold() in self._indefinites:
            return None
        if self.age_of(words[1:2]) is None:
            return None
        role = [strip_possessive(w) for w in words[2:]]
        # (a party's noun, capitalised, last: "the 67-year-old Republican" is a description, never a name)
        party = role[-1].isalpha() and role[-1][:1].isupper() and role[-1].casefold() in self._allegiances
        if not all(w.isalpha() and w.islower() for w in role[:-1]) or not (party or (role[-1].isalpha() and role[-1].islower())):
            return None
        return role[-1].casefold()

    def aged_role_of(self, words: Sequence[str], cut: int, at: int, state: State) -> str | None:
        """For a definite mention of an age, a role noun and ``of`` (cut at *cut*) and what follows
        (``the 44-year-old father of three``): the one person :meth:`introduced_as` finds for the
        age and the role before the cut, when the article wrote the role and its ``of`` phrase
        whole before *at* (``Mark Dunn, 44, a father of three,``); else ``None`` (the mention's
        usual reading).

        .. versionadded:: 0.2"""
        if cut < 3 or words[0].casefold() in self._indefinites or self.age_of(words[1:2]) is None:
            return None
        person = self.introduced_as(words[:cut], at, state)
        if person is None:
            return None
        phrase = " ".join(words[2:]).casefold()
        text, start = state.text, max(0, at - self.SUBJECT_WINDOW)
        while (found := text.find(person, start, at)) >= 0:
            # (the role whole in the phrase set off after that person's name: "Mark Dunn, 44, a father of three,")
            if f" {phrase}" in " " + " ".join(self.set_off_after(text, found + len(person))).casefold():
                return person
            start = found + len(person)
        return None

    def fits_aged_role(self, role: str, person: Person, age: str, text: str) -> bool:
        """For :meth:`introduced_as`: whether *person*, introduced with *age*, the age a mention
        gives, may be the *role* it names (``the 20-year-old striker``): *role* is among the
        words before the name in its run (``the striker Tom Vale, 20,``), in its descriptors, or
        in a phrase an article opens right after the age (``Tom Vale, 20, a striker``, read within
        :attr:`AGE_ROLE_WINDOW` characters); or the article gives the person no role there
        (``Tom Vale, 20, signed``).  Any other occupation there is no fit (``Tom Vale, 20, a
        goalkeeper``, ``Manager Tom Vale, 44,``: capitalised before the name too).

        .. versionadded:: 0.2
        """
        lead = text[max(0, person.start - self.NAMED_WINDOW) : person.start]
        run: list[str] = []
        for word in reversed(lead.split()):
            if not word.replace("-", "").replace("'", "").replace("’", "").isalnum():
                break  # (the words before the name with no mark between: "Forty years on, Tom ...")
            run.append(word)
        end = person.start + len(person.name)
        after = text[end : end + self.AGE_ROLE_WINDOW]
        found = after.find(age)
        set_off = after[found + len(age) + 1 :] if found >= 0 and after[found + len(age) : found + len(age) + 1] == "," else ""
        ends = [at for at in map(set_off.find, ",;.()") if at >= 0]
        phrase = set_off[: min(ends, default=len(set_off))].split()
        described = [w for w in phrase if phrase[0].casefold() in self._determiners]
        words = [w.casefold() for w in (*run, *described) if w[:1].islower()]
        # (a capitalised role before the name is one too: "Manager Tom Berg, 44," is no winger)
        words += [w.casefold() for w in run if w[:1].isupper() and self.is_occupation(w)]
        if role in words or role in person.descriptors:
            return True
        if role in self._allegiances:
            # (a party is no occupation: "Senator Tom Berg, 67," is the 67-year-old Republican; not "a Democrat")
            told = {w.strip(",;:()").casefold() for w in (*run, *described)} | set(person.descriptors)
            return not any(w in self._allegiances for w in told)
        return not any(self.is_occupation(w) for w in words)

    def ranked_namesake(self, words: Sequence[str], at: int, state: State) -> str | None:
        """The person a determiner, one of :attr:`OLDER_WORDS` or :attr:`YOUNGER_WORDS` and a
        surname refer to (``the elder Haddad``, ``The younger Ortiz``) when the article named two
        people or more with that surname before *at*: the oldest or the youngest of them by the
        ages stated right after their names (``Yousef Haddad, 79,``), empty when an age is
        missing or two are equal (a wrong person is worse than none); ``None`` when *words* read
        otherwise or one person at most holds the surname (the name's usual rules).  Titles may
        stand before the surname (``the younger Mr. Haddad``).

        .. versionadded:: 0.2
        """
        if len(words) < 3 or words[0].casefold() not in self._determiners:
            return None
        rank = words[1].casefold()
        if rank not in self._older and rank not in self._younger:
            return None
        if not all(self.vocabulary.is_title(word.rstrip(".")) for word in words[2:-1]):
            return None  # ("the elder Haddad brother": no surname alone after the rank)
        surname = strip_possessive(words[-1].rstrip(",.;:"))
        holders = [name for name in self.suffixed_namesakes(surname, state) if 0 <= state.text.find(name) < at]
        if len(holders) < 2:
            return None
        ages: dict[int, str] = {}
        for name in holders:
            found = _AGE_AFTER_NAME.match(state.text, state.text.find(name) + len(name))
            if found is None:
                return self.ranked_by_generation(holders, rank in self._older, state)  # (an age missing)
            ages[int(found[1])] = name
        if len(ages) < len(holders):
            return ""  # (two of the same age)
        return ages[max(ages) if rank in self._older else min(ages)]

    def suffixed_namesakes(self, surname: str, state: State) -> list[str]:
        """The full names of the article with *surname* (:meth:`surname_holders`), those with a name
        suffix after it too (``Tom Lawson Sr.``, ``Tom Lawson Jr.`` for ``Lawson``), one fullest name for
        each (``Lawson Jr`` is ``Tom Lawson Jr.``).

        .. versionadded:: 0.2 (mendQT68)"""
        holders = self.surname_holders(state)
        names = list(holders.get(surname, {}))
        for suffix in self.names.NAME_SUFFIXES:
            names += [name for name in holders.get(suffix, {}) if name.split()[-2:-1] == [surname]]
        found: list[str] = []
        for name in sorted(set(names), key=len, reverse=True):
            words = {word.rstrip(".") for word in name.split()}
            if not any(words <= {word.rstrip(".") for word in other.split()} for other in found):
                found.append(name)  # (one fullest name each: "Lawson Jr" is "Tom Lawson Jr.")
        return found

    def ranked_by_generation(self, holders: Sequence[str], older: bool, state: State) -> str:
        """Of *holders*, people who share a surname and whose ages are not all stated, the oldest
        (*older*) or the youngest by :meth:`generation_rank` (``the elder Lawson`` after ``Tom
        Lawson Sr.`` and ``Tom Lawson Jr.``, or ``Tom Lawson and his son, Mike Lawson``); empty when
        nothing tells them apart or two rank the same (no one sure).

        .. versionadded:: 0.2 (mendQT68)"""
        ranks: dict[int, str] = {}
        told = False
        suffixed = [self.suffix_rank(name) is not None for name in holders]
        if any(suffixed) and not all(suffixed):
            # ("Tom Lawson Jr. ... his cousin Mike Lawson": a suffix ranks only against suffixes; a
            # kin noun's rank is relative to its own person, never to a suffix's: rvq68)
            return ""
        for name in holders:
            rank, known = self.generation_rank(name, state)
            told = told or known
            if rank in ranks:
                return ""  # (two of one generation)
            ranks[rank] = name
        if not told:
            return ""
        return ranks[min(ranks) if older else max(ranks)]

    def suffix_rank(self, name: str) -> int | None:
        """The generation *name*'s suffix of :attr:`GENERATION_SUFFIXES` tells (``Tom Lawson Jr.``:
        1, ``Tom Lawson Sr.``: 0), else ``None``.

        .. versionadded:: 0.2 (rvq68)"""
        last = name.split()[-1].rstrip(".").casefold()
        return next((rank for suffix, rank in self.GENERATION_SUFFIXES if last == suffix), None)

    def generation_rank(self, name: str, state: State) -> tuple[int, bool]:
        """The generation of *name* (the higher, the younger) and whether the text tells it: by a
        suffix of :attr:`GENERATION_SUFFIXES` (``Tom Lawson Jr.``: 1), else by a noun of
        :attr:`CHILD_NOUNS` (1) or :attr:`PARENT_NOUNS` (-1) set off right before its first
        mention (``his son, Mike Lawson``); else ``(0, False)``.

        .. versionadded:: 0.2 (mendQT68)"""
        suffixed = self.suffix_rank(name)
        if suffixed is not None:
            return suffixed, True
        at = state.text.find(name)
        lead = state.text[max(0, at - self.NAMED_WINDOW) : max(0, at)].rstrip().rstrip(",").split()
        noun = lead[-1].casefold() if lead else ""
        if noun in self.CHILD_NOUNS:
            return 1, True
        if noun in self.PARENT_NOUNS:
            return -1, True
        return 0, False

    def age_of(self, words: Sequence[str]) -> str | None:
        """The years of an age that is the whole of *words* (``54-year-old``: ``54``), else ``None``."""
        if len(words) != 1:
            return None
        number, _, rest = strip_possessive(words[0]).partition("-")
        ending = rest.casefold()
        return number if number.isdigit() and (ending == self.AGE_SUFFIX or ending in self.AGE_NOUN_ENDINGS) else None

    def nationality_words(self, words: Sequence[str]) -> tuple[str, str | None] | None:
        """The country and the noun of *words* when they are a nationality adjective (not a country's
        name: ``the Argentine``, not ``the Netherlands`` nor ``the U.S.``) alone or before one lower-case noun that is
        no role noun (``Portuguese forward``); ``None`` otherwise, and for an adjective by one of
        :attr:`COLLECTIVE_DEMONYM_ENDINGS` alone (``the French``, ``the Swiss``: the people of a
        country as often as one person)."""
        if not 1 <= len(words) <= 2:
            return None
        adjective = strip_possessive(words[0]) if len(words) == 2 else strip_possessive(words[0]).rstrip(".,")
        # (a word in capitals or with periods is a country's short name: "the U.S.", "the UK")
        plain = adjective[:1].isupper() and adjective[1:].isalpha() and adjective[1:].islower()
        country = self.vocabulary.country(adjective) if plain else None
        if country is None or normalize_word(adjective) == country:
            return None
        if len(words) == 1:
            return None if adjective.casefold().endswith(self.COLLECTIVE_DEMONYM_ENDINGS) else (country, None)
        noun = strip_possessive(words[1]).rstrip(".,")
        if not noun.isalpha() or not noun.islower() or self.vocabulary.is_role_noun(noun):
            return None
        return country, noun

    def person_of_country(self, country: str, at: int, state: State) -> str | None:
        """The last person named before *at* (within :attr:`SUBJECT_WINDOW`, among
        :attr:`MAX_SUBJECTS` people) with *country* among their descriptors or among the words
        of their sentence within :attr:`NAMED_WINDOW` characters before the name (``Dutch rider
        Tom Dumoulin``)."""
        people = state.index.people_between(max(0, at - self.SUBJECT_WINDOW), at, self.MAX_SUBJECTS)
        for person in reversed(people):
            if country in person.descriptors:
                return person.name
            # (or the words just before the name: "Dutch rider Tom Dumoulin")
            lead = state.text[max(0, person.start - self.NAMED_WINDOW) : person.start]
            cut = max(lead.rfind(mark) for mark in (*self.SENTENCE_END, "\n"))
            if any(self.vocabulary.country(w.strip(",;:")) == country for w in lead[cut + 1 :].split()):
                return person.name
            if self.told_country(person, state.text) == country:
                return person.name  # ("Carlos Ruiz, a Spaniard," / "Peter Kamau, 29, from Kenya,")
        return None

    def told_country(self, person: Person, text: str) -> str | None:
        """The country the phrase set off by a comma right after *person*'s name gives (after an
        age set off first, read within :attr:`AGE_ROLE_WINDOW` characters): a nationality noun or
        adjective or a country's name, one only (``Carlos Ruiz, a Spaniard,``, ``Peter Kamau, 29,
        from Kenya,``, ``Eva Lind, 41, a Swedish diplomat,``); ``None`` when no phrase is set off
        there or it names no country or two.

        .. versionadded:: 0.2"""
        phrase = self.set_off_after(text, person.start + len(person.name))
        countries = {self.word_country(w) for w in phrase if w[:1].isupper()} - {None}
        return countries.pop() if len(countries) == 1 else None

    def set_off_after(self, text: str, end: int) -> list[str]:
        """The words of the phrase set off by a comma right after a name that ends at *end*, after
        an age set off first (``, 38, of Spain,``: ``of Spain``), read within
        :attr:`AGE_ROLE_WINDOW` characters; empty when no comma follows the name.

        .. versionadded:: 0.2"""
        after = text[end : end + self.AGE_ROLE_WINDOW]
        aged = _AGE_AFTER_NAME.match(after)
        if aged is not None:
            after = after[aged.end(1) :]
        if not after.startswith(","):
            return []
        ends = [at for at in (after.find(mark, 1) for mark in ",;.()") if at >= 0]
        return after[1 : min(ends, default=len(after))].split()

    def word_country(self, word: str) -> str | None:
        """The country of *word*, a capitalised word of a phrase set off after a name: a nationality
        adjective or noun (``Swedish``, ``Spaniard``) or a country's name (``Kenya``), else ``None``.

        .. versionadded:: 0.2"""
        plain = strip_possessive(word)
        return self.vocabulary.country(plain) or self.demonym_noun_country(plain)

    def resolve_organisation(self, words: Sequence[str], at: int, state: State) -> str | None:
        """``the ministry`` -> the ministry named before; ``the State Post Bureau`` -> ``State Post Bureau``;
        never after one of :attr:`INDEFINITE_DETERMINERS` in lower case (``one company``, ``a bank``:
        an organisation the article has not named)."""
        rest = list(words[1:]) if words and words[0].casefold() in self._determiners else list(words)
        if not rest or not self.vocabulary.is_org_word(rest[-1].rstrip(".")):
            return None
        if len(rest) < len(words) and words[0].casefold() in self._indefinites and not rest[-1][:1].isupper():
            return None  # ("While one company says ..., another says ...": not the company named before)
        if any(w[:1].isupper() for w in rest):
            if len(rest) < len(words):  # ("The Forum said": the word as written, never a longer name before; debt65)
                return " ".join(rest)
            return None
        run = self.run_before_comma(at, state.text) if org_key(rest[-1].rstrip("."), self.vocabulary) == "company" else []
        if run:
            # ("It will close two plants in Ohio, the company said", "On Tuesday, the company said":
            # never the name before the comma; the last speaker when that name opens its name, or
            # when it was named as the body found: "... a capital gain for Nacco, the company said"
            # after "Nacco Industries Inc said", "Acme Corp said ... in Ohio, the company said")
            last = state.last_speaker
            if last is None:
                return None
            spoken = last.name.split()
            if spoken[: len(run)] == run or run[: len(spoken)] == spoken:
                return last.name if len(spoken) >= len(run) else " ".join(run)
            named = state.index.by_organisation(rest[-1].rstrip("."), at)
            return named if named is not None and named in last.name and named in last.mention else None
        named = state.index.by_organisation(rest[-1].rstrip("."), at)
        if named is None and org_key(rest[-1].rstrip("."), self.vocabulary) == "company":
            # ("copper miner Minera Andacollo ... The company said": a business named by its trade,
            # when the article names no other company before and no one else spoke last)
            traded = state.index.by_organisation(TRADED_HEAD, at)
            last = state.last_speaker
            named = traded if last is None or last.name == traded else None
        if named is None or not self.is_plausible_name(named) or self.in_title_case_only(named, at, state):
            return None
        if self.trade_named_among(rest[-1].rstrip("."), named, at, state):
            return None  # ("Allure Inc signed with Vantor Motors. The company said": the one named last? either)
        head = rest[-1].rstrip(".")
        if self.nearer_other_subject(named, head, at, state) or self.joined_rival_body(head, named, at, state):
            return None  # ("Tesla cut prices. '...,' the company said" after "DP World signed ...": not DP World)
        if self.deal_party_named_last(named, at, state):
            return None  # ("Kestrel took a stake in Acme Corp. The company said": not Acme Corp; mendQC70)
        if self.other_portfolio_body(rest, named):
            return None  # ("The India Meteorological Department said ... The agriculture ministry said")
        if self.vocabulary.is_org_word(named.split()[-1]) and state.index.is_known(named):
            return None  # ("Ms. Mary Bank said ... The bank said": a person the index knows, no bank)
        if self.in_opening_phrase(named, at, state):
            return None  # ("On Tuesday, the company said": no name)
        if self.named_as_person(named, at, state):
            return None  # ("Mayor Mary Bank opened ... The bank said": a person, no bank)
        return named

    def other_portfolio_body(self, words: Sequence[str], named: str) -> bool:
        """Whether *named*, the organisation named before, is another body than *words*, a mention
        of one with its field in lower case before its noun (``agriculture ministry``, ``transport
        department``): no word of that field is in *named*, and *named* holds another of the
        vocabulary's organisation words but not the mention's noun (``The agriculture ministry``
        is not ``India Meteorological Department``; ``the health ministry`` is ``Ministry of
        Health``; ``the oil company`` may be ``Petrobras``, which holds no such word; a company's trade
        is no field: ``the bank holding company`` may be ``Continental Illinois Corp``).

        .. versionadded:: 0.2"""
        fields = [w.casefold() for w in words[:-1] if w.isalpha() and w.islower() and w.casefold() not in self._determiners]
        if not fields or org_key(words[-1].rstrip("."), self.vocabulary) == "company":
            return False  # (a company's trade is no field: "the bank holding company" is the bank named before)
        held = [w.casefold().rstrip(".,") for w in named.split()]
        if any(field in held for field in fields):
            return False
        noun = words[-1].rstrip(".").casefold()
        return noun not in held and any(self.vocabulary.is_org_word(w) for w in held)

    def trade_named(self, name: str) -> bool:
        """Whether the last organisation word of *name* (the vocabulary's ``is_org_word``, the word
        the index files it under) is one of the vocabulary's ``TRADE_WORDS`` (``Vantor Motors``, ``the
        Aeronautical Systems Division``; not ``Harbour Systems Inc``), unless it opens a name of
        more words (``Systems Assurance``: named by the words after it): a name that may be a
        business's or another body's.

        .. versionadded:: 0.2
        """
        words = [w.rstrip(".,") for w in name.split()]
        heads = [i for i, w in enumerate(words) if self.vocabulary.is_org_word(w)]
        if not heads or not self.vocabulary.is_trade_word(words[heads[-1]]):
            return False
        return heads[-1] > 0 or len(words) == 1

    def trade_named_among(self, head: str, named: str, at: int, state: State) -> bool:
        """Whether the organisation *named* (found for *head* before *at*) is one of two or more
        the article names so (:meth:`several_named`) while it or another body among them is named
        by a trade word (:meth:`trade_named`): ``Harlow Foods sued Brant Packaging ... the
        company said`` and ``Vantor Motors and Kessler Group cut prices ... the company said``
        find neither, whichever was named last.  Another body is a name whose words (in any case,
        without periods) are not all among *named*'s nor *named*'s all among its (``Micom
        Systems`` is ``Micom Systems Inc``), and that is not all in capitals (``MICOM SYSTEMS`` in
        a headline is no sure reading).

        .. versionadded:: 0.2
        """
        if not self.several_named(head, at, state):
            return False
        if self.trade_named(named):
            return True

        def words(name: str) -> set[str]:
            return {word.strip(".,").casefold() for word in name.split()}

        own = words(named)
        for name in state.index.organisations_before(head, at):
            other = words(name)
            if name.isupper() or other <= own or own <= other:
                continue  # (the same body, or a headline's capitals)
            if self.trade_named(name):
                return True
        return False

    def several_named(self, head: str, at: int, state: State) -> bool:
        """Whether the article names two organisations or more with *head* or a word for the same
        before *at* (``PersonIndex.organisations_before``; names of one, ``Harlow Foods Inc`` and
        ``Harlow Foods``, count once).

        .. versionadded:: 0.2
        """
        bodies: list[set[str]] = []
        for name in sorted(state.index.organisations_before(head, at), key=len, reverse=True):
            words = set(name.split())
            if not any(words <= other for other in bodies):
                bodies.append(words)
        return len(bodies) > 1
    def run_before_comma(self, at: int, text: str) -> list[str]:
        """The capitalised words (at most :attr:`MAX_NAME_WORDS`) right before a comma and blanks
        that stand right before the mention at *at*, unless one word alone opens its sentence
        (``... plants in Ohio, the company said``: ``Ohio``; ``On Tuesday, the company said``:
        ``On Tuesday``; not ``Still, the company said``, a connective alone); else none.  A word before a
        company noun so set off names a place, a time or another body, and a body found further
        back by its head is no surer than that word was (:meth:`resolve_organisation`).  Reads
        :attr:`NAMED_WINDOW` characters before the comma.

        .. versionadded:: 0.2"""
        comma = at
        while comma > 0 and text[comma - 1].isspace():
            comma -= 1
        if comma == at or text[comma - 1 : comma] != ",":
            return []  # (a comma and a blank or a line's end: "Commission,\nthe group said")
        lead = text[max(0, comma - 1 - self.NAMED_WINDOW) : comma - 1]
        words = lead.split()
        run: list[str] = []
        # (plain capitalised words: "Calif.," "Conn.," end a place's abbreviation, never read as a body)
        while words and _PLAIN_CAPITALISED.fullmatch(words[-1]) is not None and len(run) < self.MAX_NAME_WORDS:
            run.insert(0, words.pop())
        if not run or (not words and len(lead) < self.NAMED_WINDOW):
            return []  # (the run opens the text or paragraph)
        before = lead[: lead.rfind(run[0])].rstrip()
        if len(run) == 1 and (not before or before[-1] in self.SENTENCE_END):
            return []  # ("Still, the fund warned": a connective that opens its sentence alone)
        return run

    def named_as_person(self, name: str, at: int, state: State) -> bool:
        """Whether *name*, a body's name that ends in an organisation word (``Mary Bank``), stands
        where a person does, one of the last :attr:`MAX_SUBJECTS` times the text gave it before
        *at* within :attr:`MAX_RENAMING_REACH`: right after a capitalised title (``Mayor Mary
        Bank``) or before an age or a role set off by a comma (``Mary Bank, 42,``, ``Mary Bank,
        the branch manager,``).  A mention such as ``the bank`` then refers to no one named.

        .. versionadded:: 0.2"""
        text, vocabulary = state.text, self.vocabulary
        words = name.split()
        if len(words) != 2 or not all(w[:1].isupper() and w[1:].islower() and strip_possessive(w) == w for w in words):
            return False  # (a given name and a surname only: not "Mrs. Clinton's presidential campaign")
        if org_key(words[-1], self.vocabulary) != normalize_word(words[-1]):
            return False  # ("General Motors Corp" read as "Motors Corp": a company's ending is no surname)
        floor, end = max(0, at - self.MAX_RENAMING_REACH), at
        for _ in range(self.MAX_SUBJECTS):  # (the last few times the name stands there: bounded)
            start = text.rfind(name, floor, end)
            if start < 0:
                return False
            end = start
            before = text[max(floor, start - self.NAMED_WINDOW) : start]
            title = before.split()[-1] if before.strip() and before[-1:] == " " else ""
            if title[:1].isupper() and vocabulary.is_title(title.rstrip(".")) and not vocabulary.is_org_word(title):
                return True
            after = start + len(name)
            if text[after : after + 2] != ", ":
                continue
            apposed = text[after + 2 : after + 2 + self.PHRASE_WINDOW].split(",", 1)[0].split()
            if len(apposed) == 1 and apposed[0].isdigit():
                return True  # ("Mary Bank, 42,")
            if 1 < len(apposed) <= self.MAX_ROLE_WORDS and apposed[0].casefold() in self._determiners:
                head = apposed[-1].rstrip(".").casefold()
                if vocabulary.is_role_noun(head) and not vocabulary.is_org_word(head):
                    return True  # ("Mary Bank, the branch manager,")
        return False

    def in_title_case_only(self, name: str, at: int, state: State) -> bool:
        """Whether *name* first stands as a whole line that capitalises its words (a title-case
        headline, ``Harbour Team Benches Singer Over Anthem Row``: at least
        :attr:`TITLE_CASE_WORDS` words of four letters or more, and every word capitalised but
        :attr:`STOP_WORDS`) and the text
        does not name it again before *at* (within :attr:`MAX_RENAMING_REACH` characters after
        that line): such a run of capitals is no name the story gives."""
        text = state.text
        first = text.find(name, 0, at)
        if first < 0:
            return False
        line_end = text.find("\n", first)
        line_end = len(text) if line_end < 0 else line_end
        line = text[text.rfind("\n", 0, first) + 1 : line_end]
        if line.strip().rstrip(".!?") != name:
            return False  # ("HARBOUR GROUP INC <HGI> BUILDS NEW PIER": a company named in a headline)
        words = [w for w in line.split() if w[0].isalpha()]
        lower = [w for w in words if not w[0].isupper()]
        if sum(1 for w in words if len(w) >= 4) < self.TITLE_CASE_WORDS or any(w not in self._stop for w in lower):
            return False  # (a line of prose: a lower-case word that is no stop word)
        return text.find(name, line_end, min(at, line_end + self.MAX_RENAMING_REACH)) < 0

    def paragraph_subject(self, at: int, state: State) -> str | None:
        """The first person named in the current paragraph before *at* as the subject of a sentence,
        outside quotation marks: ``Ola Berg welcomed the plan. "...," he said.``, but not the Ola
        Berg of ``A spokesman for Ola Berg disagreed.``; a surname the article gave in full before
        counts too (``Berg apologised. "...," he said.``).  Empty when someone else was quoted
        earlier in the paragraph, so that the pronoun may refer to either; a speaker named without
        the capitalised occupation the subject is written with is no one else (``Resident Joan
        Whitaker told the council ... She said ...``: :meth:`known_without_occupation`)."""
        memo = self.paragraph_memo(state)
        people = self.paragraph_people(at, state)
        # (the same people before every pronoun of the paragraph: their subject read once)
        if len(people) not in memo.openings:
            memo.openings[len(people)] = self.leading_subject(people, state)
        opening = memo.openings[len(people)]
        if isinstance(opening, str):
            return ""  # (two people it may be)
        found: list[tuple[int, str]] = [opening] if opening is not None else []
        found += self.surname_subjects(at, state)
        if not found:
            # (else a name set off after the noun that opens its sentence, "Its youngest, Kayla
            # Brooks, 18, signed up ... She said ...", or after an inverted copula, "Among the
            # first members was Jamal Whitaker, now 22.")
            apposed = next(
                (
                    p
                    for p in people
                    if self.remembered(memo, "apposed", p, self.apposed_opening, state)
                    or self.remembered(memo, "inverted", p, self.inverted_copula_subject, state)
                ),
                None,
            )
            if apposed is None:
                return None
            found = [(apposed.start, apposed.name)]
        # a speaker quoted earlier in the paragraph and another subject: no sure referent
        # ('"...," Ortiz told Lee. Lee asked whether he would stay. "No," he replied.')
        speakers = {s.name for s in state.paragraph_speakers if s.span is not None and s.span.start < at}
        first = min(found)[1]
        # (a speaker is named without the occupation the subject is written with: "Resident Joan
        # Whitaker told the council ... She said ...": the one person, Joan Whitaker)
        same = {first, self.known_without_occupation(first, state)} if state.index.is_known(first) else {first}
        return first if speakers <= same else ""

    def paragraph_memo(self, state: State) -> ParagraphMemo:
        """The :class:`~newsparse.quotes.model.ParagraphMemo` of the paragraph *state* is reading,
        a new one when the paragraph changed: what :meth:`paragraph_subject` and
        :meth:`surname_subjects` work out for it is worked out once, not again for each pronoun
        (a long paragraph of pronouns read its first people and sentences once per pronoun)."""
        memo = state.paragraph_memo
        if memo is None or not memo.is_for(state):
            memo = ParagraphMemo(state.paragraph_start, state.paragraph_text, state.sentence_starts, state.paragraph_marks)
            state.paragraph_memo = memo
        return memo

    def paragraph_people(self, at: int, state: State) -> list[Person]:
        """The people of the article's index named in the paragraph from its start up to *at*
        (the first of them, as :meth:`~newsparse.people.PersonIndex.people_between` gives them)."""
        memo = self.paragraph_memo(state)
        if memo.people is None:
            memo.people = state.index.people_between(state.paragraph_start, len(state.text) + 1)
        people = memo.people
        if people and people[-1].start >= at:
            return [person for person in people if person.start < at]
        return people

    @staticmethod
    def remembered(memo: ParagraphMemo, check: str, person: Person, answer: Callable[[Person, State], bool], state: State) -> bool:
        """*answer* for *person*, asked once per paragraph and kept in *memo* under *check*."""
        key = (check, person.start, person.name)
        known = memo.checks.get(key)
        if known is None:
            known = memo.checks[key] = answer(person, state)
        return known

    def leading_subject(self, people: Sequence[Person], state: State) -> tuple[int, str] | str | None:
        """For :meth:`paragraph_subject`: ``(start, name)`` of the first of *people* (named in the
        paragraph, in order) that is a sentence's subject (:meth:`may_be_subject`); empty when
        two people may be it (coordinated with another, or a later other subject that opens its
        sentence bare: :meth:`coordinated`, :meth:`bare_subject`); ``None`` when none is."""
        memo = self.paragraph_memo(state)
        found: tuple[int, str] | None = None
        for person in people:
            if self.remembered(memo, "subject", person, self.may_be_subject, state):
                if found is None:
                    if self.remembered(memo, "coordinated", person, self.coordinated, state):
                        return ""  # "Tomas Berg and Ana Ortiz spoke.": either of them
                    found = (person.start, person.name)
                elif found[1] != person.name and self.remembered(memo, "bare", person, self.bare_subject, state):
                    return ""  # "Sarah Mills spoke first. Then Paul Grant stood up.": either
        return found

    def may_be_subject(self, person: Person, state: State) -> bool:
        """Whether *person*, named in the paragraph being read, may be a sentence's subject for
        :meth:`paragraph_subject`: outside quotation marks, opening its sentence
        (:meth:`opens_sentence`), neither a possessor (:meth:`is_possessor`) nor words that
        describe the name after them (:meth:`modifies_name`)."""
        inside = self.inside_marks(person.start - state.paragraph_start, state.paragraph_marks)
        return (
            not inside
            and (self.opens_sentence(person.start, state, person.words) or self.opens_after_opening(person, state))
            and not self.is_possessor(person, state)
            and not self.modifies_name(person, state)
            and not self.modifies_noun(person, state)
        )

    def opening_sentence(self, relative: int, state: State) -> int | None:
        """The index of the paragraph's sentence that holds *relative* (a paragraph-relative
        offset) within :attr:`PHRASE_WINDOW` characters of its start, else ``None``: where
        :meth:`opens_after_opening`, :meth:`apposed_opening` and :meth:`inverted_copula_subject`
        read the words before a name.

        .. versionadded:: 0.2"""
        index = bisect_right(state.sentence_starts, relative) - 1
        if index < 0 or relative - state.sentence_starts[index] > self.PHRASE_WINDOW:
            return None
        return index

    def unquoted_opening_sentence(self, person: Person, state: State) -> int | None:
        """:meth:`opening_sentence` for *person*, named in the paragraph being read, when the name
        is outside quotation marks; else ``None``: what :meth:`apposed_opening` and
        :meth:`inverted_copula_subject` read first.

        .. versionadded:: 0.2"""
        relative = person.start - state.paragraph_start
        index = self.opening_sentence(relative, state)
        if index is None or self.inside_marks(relative, state.paragraph_marks):
            return None
        return index

    def opens_after_opening(self, person: Person, state: State) -> bool:
        """Whether *person*, named in the paragraph being read, follows an opening phrase of its
        sentence set off by a comma (``After the vote, Owen Marsh said ...``:
        :meth:`opening_then_subject`).

        .. versionadded:: 0.2
        """
        relative = person.start - state.paragraph_start
        index = self.opening_sentence(relative, state)
        if index is None:
            return False
        return self.opening_then_subject(state.paragraph_text[state.sentence_starts[index] : relative].split(), person, state)

    def apposed_opening(self, person: Person, state: State) -> bool:
        """Whether *person*, named in the paragraph being read outside quotation marks, is the
        name set off by commas after the noun that opens its sentence (:meth:`apposed_subject`:
        ``Its youngest, Kayla Brooks, 18, signed up ...``, ``Her mother, Hoa Tran, drives ...``):
        that sentence's subject, for :meth:`paragraph_subject` when no sentence of the paragraph
        opens with a name; not when the sentence names someone else after it (``..., Sophie
        Marchand, met Paul Roy.``: either may be meant).

        .. versionadded:: 0.2
        """
        index = self.unquoted_opening_sentence(person, state)
        if index is None:
            return False
        relative = person.start - state.paragraph_start
        start = state.sentence_starts[index]
        end = state.sentence_starts[index + 1] if index + 1 < len(state.sentence_starts) else len(state.paragraph_text)
        apposed = self.apposed_subject(state.paragraph_text, start, end, state)
        if apposed is None:
            after = self.after_opening_phrase(state.paragraph_text, start, relative)
            # ("Last spring, its chief executive, Martin Vos, told staff ...": after the opening phrase)
            apposed = self.apposed_subject(state.paragraph_text, after, end, state) if after is not None else None
        if apposed is None or apposed.mention.start != relative:
            return False
        # (nor when the sentence names someone else after it: "..., Sophie Marchand, met Paul Roy.": either)
        others = state.index.people_between(state.absolute(apposed.mention.end), state.absolute(end), 1)
        return not others

    def after_opening_phrase(self, raw: str, start: int, name: int) -> int | None:
        """For :meth:`apposed_opening`: where the words after an opening phrase of the sentence at
        *start* begin, before the name at *name*: a phrase of at most :attr:`MAX_OPENING_LEAD`
        words closed by a comma, the first one of :attr:`PREPOSITIONS`, :attr:`PLACE_PREPOSITIONS`,
        :attr:`SUBORDINATORS`, :attr:`ADVERBS` or :attr:`TIME_PREPOSITIONS` (``Last spring,``, ``When
        the firm moved to a four-day week,``, ``Outside the courthouse,``); ``None`` for none.

        .. versionadded:: 0.2
        """
        comma = raw.find(",", start, name)
        if comma < 0:
            return None
        lead = raw[start:comma].split()
        if not lead or len(lead) > self.MAX_OPENING_LEAD:
            return None
        low = normalize_word(lead[0])
        openers = (self._prepositions, self._place_prepositions, self._clause_openers, self._adverbs, self._time_prepositions)
        return comma + 1 if any(low in group for group in openers) else None

    def inverted_copula_subject(self, person: Person, state: State) -> bool:
        """Whether *person*, named in the paragraph being read outside quotation marks, follows a
        phrase of :attr:`PREPOSITIONS` that opens its sentence and one of :attr:`BE_WORDS` right
        before the name, with no comma between (``Among the first members was Jamal Whitaker, now
        22.``, ``In the front row were Ana Ortiz and ...``): the copula is inverted and the name is
        what the sentence introduces, for :meth:`paragraph_subject` when no sentence of the
        paragraph opens with a name.

        .. versionadded:: 0.2
        """
        index = self.unquoted_opening_sentence(person, state)
        if index is None:
            return False
        relative = person.start - state.paragraph_start
        lead = state.paragraph_text[state.sentence_starts[index] : relative].split()
        if len(lead) < 3 or len(lead) > self.MAX_OPENING_LEAD or any("," in word for word in lead):
            return False
        if normalize_word(lead[0]) not in self._prepositions or lead[-1] not in self._be_words:
            return False
        end = state.sentence_starts[index + 1] if index + 1 < len(state.sentence_starts) else len(state.paragraph_text)
        others = state.index.people_between(person.start + len(person.name), state.absolute(end), 1)
        return not others  # ("Among the guests was Ana Ortiz, with Paul Roy.": either may be meant)

    def coordinated(self, person: Person, state: State) -> bool:
        """Whether one of :attr:`COORDINATORS` and another person's name of the article's index
        follow *person*'s name (``Tomas Berg and Ana Ortiz spoke``): the subject is two people,
        and a person pronoun may refer to either.  Any other capitalised word is no person
        (``Tomas Berg and I``, ``Tomas Berg and The Times``, ``Tomas Berg and Sons``)."""
        end = person.start + len(person.name)
        text = state.text
        if text[person.start : end] != person.name:
            return False
        following = _NEXT_WORD.match(text, end, end + self.NAMED_WINDOW)
        if following is None or following.group(1) not in self._coordinators:
            return False
        second = following.end()
        other = state.index.people_between(second, second + self.NAMED_WINDOW, 1)
        if not other or other[0].name == person.name:
            return False
        titles = text[second : other[0].start].split()  # ("and Councilman Pete Harlow")
        return all(self.vocabulary.is_title(w) or self.vocabulary.is_role_noun(w) for w in titles)

    def bare_subject(self, person: Person, state: State) -> bool:
        """Whether *person* opens a sentence with no comma before it in that sentence (``Then Paul
        Grant stood up.``, not the place in ``Ana Ortiz, a Boca Raton lawyer, ...``)."""
        relative = person.start - state.paragraph_start
        index = bisect_right(state.sentence_starts, relative) - 1
        return index >= 0 and "," not in state.paragraph_text[state.sentence_starts[index] : relative]

    def modifies_name(self, person: Person, state: State) -> bool:
        """Whether *person* is capitalised words that describe the name right after them, with only
        lower-case titles and roles between (``Hollow Town manager Chris Bell``, ``Acme chief
        executive Laura Chen``), or a role's field before the role (:meth:`field_then_role`:
        ``Deutsche Bahn personnel chief Martin Seiler``): a team, a company or a place the index
        read as a name, never the sentence's subject.

        .. versionchanged:: 0.2 (mendQS70) a role's field before the role"""
        end = person.start + len(person.name)
        following = state.index.people_between(end, end + self.NAMED_WINDOW, 1)
        if not following or state.text[person.start : end] != person.name:
            return False
        between = state.text[end : following[0].start].split()
        vocabulary = self.vocabulary
        if between and all(w[:1].islower() and (vocabulary.is_role_noun(w) or vocabulary.is_title(w)) for w in between):
            return True
        # ("Deutsche Bahn personnel chief Martin Seiler": a word for the role's field before it)
        return 1 < len(between) <= self.APPOSED_MODIFIER_WORDS and self.field_then_role(between)

    def field_then_role(self, words: Sequence[str]) -> bool:
        """For :meth:`modifies_name`: whether *words*, all in lower case and letters, end in a role
        or a title and the ones before it are no verb nor stop word (``personnel chief``,
        ``transport spokeswoman``): the role's field, then the role, before a name.

        .. versionadded:: 0.2 (mendQS70)"""
        last = words[-1]
        if not (last.isalpha() and last.islower()) or not (self.vocabulary.is_role_noun(last) or self.vocabulary.is_title(last)):
            return False
        return all(
            w.isalpha() and w.islower() and w not in self._stop and not self.is_past_verb(w) and not self.is_cue_word(w)
            for w in words[:-1]
        )

    def modifies_noun(self, person: Person, state: State) -> bool:
        """Whether *person* is capitalised words between an article and a lower-case noun that may
        name a speaker (:meth:`~newsparse.quotes.grammar.SpeakerGrammar.is_person_noun`): ``The
        Hong Kong trader``, ``a New York lawyer``, ``the Acme board``.  The words describe that
        noun, a place or a body the index read as a name; the phrase is the subject, never they.

        .. versionadded:: 0.2"""
        text = state.text
        end = person.start + len(person.name)
        if text[person.start : end] != person.name or text[end : end + 1] != " ":
            return False
        after = self._word.match(text, end + 1, end + 1 + self.NAMED_WINDOW)
        if after is None or not after.group()[:1].islower() or not self.is_person_noun(after.group().casefold()):
            return False
        before = text[max(0, person.start - self.NAMED_WINDOW) : person.start].split()
        return bool(before) and self.vocabulary.is_article(before[-1])

    def unnamed_speaker(self, at: int, state: State, pronoun: str) -> str | None:
        """The last speaker, for a *pronoun* at *at*, when no one was named after that speaker and
        the article gave it no known name: its name when it is a phrase for one person, maybe with
        a post-modifier after its noun (``His daughter said ... "...," she said.``, ``A nurse on the
        night ward, who asked not to be named, said ...``), empty when it is a bare name (``Sue``) that may
        be anyone's, else ``None`` (a group, a document: the pronoun is someone else).  A last
        speaker that was itself this pronoun, resolved, is the name it was resolved to (``The trader
        said ... He said ... "...," he said.``: the trader).

        .. versionchanged:: 0.2 a pronoun resolved before carries its name on (merge54).
        """
        last = state.last_speaker
        if last is None or last.span is None or self.other_pronoun(last.mention, pronoun):
            return None
        if state.index.people_between(last.span.end, at):
            return None
        if last.mention.casefold() in self._persons and last.name.casefold() not in self._pronouns:
            # ('The trader said ...' / 'He said ...' (the trader) / '"...," he said.': the same one)
            return last.name
        words = last.mention.split()
        if len(words) >= 2 and words[0].casefold() in self._determiners and self.is_person(self.head_before_place(words)):
            return last.name
        if self.person_before_post_modifier(words):
            return last.name  # ('A resident of Sendai told ... "...," she was quoted as saying': the resident)
        if self.one_unnamed_person(words) and self.set_off_gender(last.span.end, pronoun, state):
            # ('One of the swimmers, a 35-year-old man, told ...' / "'...,' he added.": the swimmer, not someone named before)
            return last.name
        bare = len(words) == 1 and words[0][:1].isupper() and not self.is_person_noun(words[0].casefold())
        if bare and self.apposed_after_gendered_noun(last.span.start, pronoun, state):
            return last.name  # ('His wife, Carmela, said ...' / '"...," she said.': Carmela)
        return "" if bare else None  # ("Analysts", "Police": a group, and "she" is someone else)

    def apposed_after_gendered_noun(self, start: int, pronoun: str, state: State) -> bool:
        """For :meth:`unnamed_speaker`: whether the one-word name at *start* is set off by a comma
        right after a noun of :attr:`GENDER_WORDS` for *pronoun* that a possessive or an article
        opens (``His wife, Carmela, said ...`` for ``she``; ``The victim's father, Sipho,`` for
        ``he``): the noun shows whom the name is, so a pronoun of that gender after it refers to
        them; not ``His lawyer, Ravi,`` (no gender) nor ``Her husband, Tom,`` for ``she``.  Reads
        back at most :attr:`ROLE_LEAD_WINDOW` characters.

        .. versionadded:: 0.2"""
        text = state.text
        lead = text[max(0, start - self.ROLE_LEAD_WINDOW) : start].rstrip()
        if not lead.endswith(","):
            return False
        words = lead[:-1].split()
        if len(words) < 2:
            return False
        noun = normalize_word(words[-1])
        if self._gender_words.get(noun) != pronoun.casefold():
            return False
        opener = words[-2]
        low = opener.casefold()
        return low in self._possessive_determiners or low in self._determiners or strip_possessive(opener) != opener

    def role_subject(self, at: int, state: State) -> str | None:
        """The subject of the paragraph's first sentence before *at*, outside quotation marks, when
        it is a phrase for one person (a role, or :meth:`is_person`) after an article and no
        speaker was quoted earlier in the paragraph (``A spokesman for Ola Berg disagreed. "...,"
        he said.``, ``The defendant's mother cried. "...," she said.``): resolved, so that a role
        the article gave a name resolves to it."""
        if state.paragraph_speakers or not state.sentence_starts:
            return None
        raw = state.paragraph_text
        start = state.sentence_starts[0]
        end = state.sentence_starts[1] if len(state.sentence_starts) > 1 else len(raw)
        if state.absolute(end) > at or self.inside_marks(start, state.paragraph_marks):
            return None
        # ("A nurse on the night ward, who asked not to be named, said ...": the phrase before the clause)
        subject = self.sentence_subject(raw, (start, end)) or self.role_before_relative(raw, (start, end))
        if subject is None:
            return None
        words = subject.text.split()
        if self.vocabulary.CAPITALISED_NOUNS:
            # (a genitive after the head noun names someone else: "Der Streik der Lokführer" is a strike)
            genitive = next(
                (k for k in range(2, len(words)) if words[k].casefold() in self._determiners and words[k - 1][:1].isupper()),
                len(words),
            )
            words = words[:genitive]
        head = self.head_before_place(words)
        if len(words) < 2 or words[0].casefold() not in self._determiners:
            return None
        if not (self.vocabulary.is_role_noun(head) or self.is_person(head) or self.title_of_place(words) is not None):
            return None  # (a role, a person, or a title of a place: "The Prince of Wales arrived.")
        if self.named_in_own_sentence(at, state):
            return None  # ("The adviser was his heir. When Hurst ran, he said ...": Hurst is nearer)
        return self.resolve_name(subject.text, state.absolute(subject.start), state)

    def named_in_own_sentence(self, at: int, state: State) -> bool:
        """Whether the index names someone (not as a possessor, nor inside quotation marks) in the
        sentence of the pronoun at *at*, before it, after that sentence's first: the person named is nearer than the subject
        of the paragraph's first sentence (``The senator's adviser was his heir apparent. When
        Hurst decided to run, he said ...``), which :meth:`role_subject` then does not give.

        .. versionadded:: 0.2
        """
        index = bisect_right(state.sentence_starts, at - state.paragraph_start) - 1
        if index < 1:
            return False
        start = state.absolute(state.sentence_starts[index])
        return any(
            not self.is_possessor(person, state)
            and not self.inside_marks(person.start - state.paragraph_start, state.paragraph_marks)
            for person in state.index.people_between(start, at, self.MAX_SUBJECTS)
        )

    def role_before_relative(self, raw: str, sentence: tuple[int, int]) -> Mention | None:
        """The phrase that opens *sentence* of *raw* before one relative clause set off by commas
        and opened by a personal relative pronoun, then a verb in lower case (``A nurse on the
        night ward, who asked not to be named, said ...``), when the phrase can name a speaker;
        ``None`` otherwise.

        .. versionadded:: 0.2
        """
        first = raw.find(",", sentence[0], sentence[1])
        second = raw.find(",", first + 1, sentence[1]) if first > sentence[0] else -1
        if second < 0:
            return None
        opener = self._word.search(raw, first + 1, second)
        if opener is None or raw[first + 1 : opener.start()].strip() or opener.group().casefold() not in self._personal_relatives:
            return None
        verb = self._word.search(raw, second + 1, sentence[1])
        if verb is None or not verb.group()[:1].islower() or raw[second + 1 : verb.start()].strip():
            return None
        if not self.is_speaker_phrase(raw[sentence[0] : first], lenient=True):
            return None
        return self.mention(raw, (sentence[0], first))

    def person_before_post_modifier(self, words: Sequence[str]) -> bool:
        """For :meth:`unnamed_speaker`: whether *words*, a speaker's mention, are a determiner and
        lower-case words whose last is a noun for one person (:meth:`is_person`) before a
        post-modifier (``A resident of Sendai``, ``a longtime friend of the family``; French ``Une
        habitante de Lyon``): one person the article leaves unnamed, whom a later pronoun may
        refer to.

        .. versionadded:: 0.2"""
        if len(words) < 4 or words[0].casefold() not in self._determiners:
            return False
        cut = next((i for i, w in enumerate(words[2:], 2) if w in self._cuts), None)
        if cut is None or not all(w.islower() and w.isalpha() for w in words[1:cut]):
            return False
        return self.is_person(strip_possessive(words[cut - 1]).casefold())

    def one_unnamed_person(self, words: Sequence[str]) -> bool:
        """For :meth:`unnamed_speaker`: whether *words*, a speaker's mention, are one of
        :attr:`INDEFINITE_DETERMINERS`, then one of :attr:`OF_WORDS`, one of :attr:`DETERMINERS`
        and a lower-case plural noun for people (``One of the swimmers``, ``one of the
        passengers``; :meth:`~newsparse.quotes.grammar.SpeakerGrammar.is_people_noun` with its
        person endings), or one of :attr:`INDEFINITE_DETERMINERS` and such a noun in the singular
        (``A swimmer``): one person the article leaves unnamed, whom a later pronoun refers to
        rather than someone named before that speaker; not ``One of the reports`` nor ``A
        statement`` (no noun for people).

        .. versionadded:: 0.2"""
        low = [w.casefold() for w in words]
        if not low or low[0] not in self._indefinites or not all(w.isalpha() and w.islower() for w in words[1:]):
            return False
        if len(low) == 4 and low[1] in self._of and low[2] in self._determiners:
            noun = low[3]
            return noun.endswith(self.PRESENT_SUFFIX) and self.is_people_noun(noun, personal=True) and noun not in self._groups
        if len(low) == 2:
            noun = low[1]
            return not self.is_plural(words[1]) and self.is_people_noun(noun, personal=True) and noun not in self._groups
        return False

    def set_off_gender(self, end: int, pronoun: str, state: State) -> bool:
        """For :meth:`unnamed_speaker`: whether the phrase set off by commas right after a
        speaker's mention ending at *end* (read at most :attr:`ROLE_LEAD_WINDOW` characters)
        holds a noun of :attr:`GENDER_WORDS` or :attr:`SEX_NOUNS` for *pronoun* (``One of the
        swimmers, a 35-year-old man from Tenby,``: ``he``): the article shows that speaker's gender, so a pronoun
        of it refers to them; without it (``one questioner claimed ...``) nobody is sure.

        .. versionadded:: 0.2"""
        tail = state.text[end : end + self.ROLE_LEAD_WINDOW]
        stripped = tail.lstrip()
        close = stripped.find(",", 1)
        if not stripped.startswith(",") or close < 0:
            return False
        wanted = pronoun.casefold()
        words = [normalize_word(w) for w in stripped[1:close].split()]
        return any((self._gender_words.get(w) or self._sex_nouns.get(w)) == wanted for w in words)

    def head_before_place(self, words: Sequence[str]) -> str:
        """The head noun of a phrase for someone, *words*, folded: its last word, or the word
        before the preposition of a place that a lower-case noun for a person is followed by
        (``A nurse on the night ward``: ``nurse``; :meth:`~newsparse.quotes.grammar.SpeakerGrammar.person_then_place`).

        .. versionadded:: 0.2
        """
        if len(words) > 3 and self.person_then_place(words):
            link = next(i for i in (2, 3) if words[i] in self._place_prepositions)
            return strip_possessive(words[link - 1]).casefold()
        return strip_possessive(words[-1]).casefold()

    def person_described(self, at: int, state: State) -> bool:
        """Whether the paragraph's first sentence, before *at* and outside quotation marks, opens
        with a phrase for one person in lower case among its first :attr:`SHORT_SUBJECT` words
        (``Hale's wife wept ...``, ``The wife of Hale wept ...``) and no speaker was quoted
        earlier in the paragraph: a pronoun may then be that person, whom no name resolves."""
        if state.paragraph_speakers or not state.sentence_starts:
            return False
        start = state.sentence_starts[0]
        if state.absolute(start) >= at or self.inside_marks(start, state.paragraph_marks):
            return False
        raw = state.paragraph_text
        # (only the first few words: a list of every word up to the pronoun made this quadratic)
        found = self._word.finditer(raw, start, min(len(raw), at - state.paragraph_start), False, KEEP_GIL)
        words = list(islice(found, self.SHORT_SUBJECT))
        for number, word in enumerate(words):
            if "," in raw[start : word.start()]:
                break  # (the opening phrase ends at a comma)
            if self.inside_marks(word.start(), state.paragraph_marks):
                continue  # ('"No farmer will be left behind," he said.': quoted words describe no one)
            low = strip_possessive(word.group())
            named = low == word.group() and self.name_follows(raw, word.end())  # (not "The president's Pacific roots")
            if low[:1].islower() and self.is_person(low.casefold()) and not named:
                return not self.name_set_off_after(raw, [w.group() for w in words[:number]], word.end())
        return False

    def name_follows(self, raw: str, end: int) -> bool:
        """Whether a capitalised word follows right after *end* in *raw* (``engineer Raj
        Malhotra``): the person noun before it modifies a name, so the person is named, not
        only described.

        .. versionadded:: 0.2"""
        after = self._word.match(raw, end + 1, end + 1 + self.NAMED_WINDOW, KEEP_GIL) if raw[end : end + 1] == " " else None
        # (not a pronoun or another stop word: "A nurse I met at the gate wept.")
        if after is None or not after.group()[:1].isupper():
            return False
        low = after.group().casefold()
        return low not in self._stop and low not in self._pronouns and low not in self._first_person

    def name_set_off_after(self, raw: str, lead: Sequence[str], end: int) -> bool:
        """For :meth:`person_described`: whether a capitalised word set off by a comma follows a
        role word ending at *end* of *raw* that opens its sentence after *lead*, determiners only
        (``The mayor, Ana Ruiz, met ...``, ``La presidenta, Yolanda Díaz, se reunió ...``; not
        ``Like her heroine, Ms. Sherry worked ...``), maybe after a place of at most three words
        that one of :attr:`PLACE_PREPOSITIONS` opens (``A landlord in Surulere, Mrs. Funmilayo
        Adeleke, said ...``): the role then describes the person named there, no one unnamed.
        A possessive determiner and a nationality may open the role too (``His French
        counterpart, Catherine Vautrin,``: :meth:`lead_before_set_off_role`).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 possessives and nationalities before the role (mendQT68)"""
        if any(not self.lead_before_set_off_role(word) for word in lead):
            return False
        if raw.startswith(", ", end):
            return raw[end + 2 : end + 3].isupper()
        # (a place after the role: "A landlord in Surulere, Mrs. Funmilayo Adeleke, said ...")
        comma = raw.find(", ", end, end + self.NAMED_WINDOW)
        place = raw[end:comma].split() if comma > end else []
        return (
            1 < len(place) <= 4 and place[0] in self._place_prepositions and place[-1][:1].isupper()
            and all(self.place_word(word) for word in place[1:]) and raw[comma + 2 : comma + 3].isupper()
        )

    def lead_before_set_off_role(self, word: str) -> bool:
        """For :meth:`name_set_off_after`: whether *word* may stand before a role set off by a
        comma before a name: a determiner, a possessive one, a nationality adjective or, in lower
        case, one of ``Vocabulary.ROLE_QUALIFIERS`` (``The mayor, Ana Ruiz,``; ``His French
        counterpart, Catherine Vautrin,``; ``Her former student, Alan Cho,``).

        .. versionadded:: 0.2 (mendQT68)
        .. versionchanged:: 0.2 (mendQS70) a role's qualifier"""
        low = word.casefold()
        if low in self._determiners or low in self._possessive_determiners:
            return True
        if word.islower() and normalize_word(word) in self.vocabulary.role_qualifiers:
            return True  # ("Her former student, Stanford professor Alan Cho,": a role's qualifier)
        country = self.vocabulary.country(word) if word[:1].isupper() and word[1:].isalpha() else None
        return country is not None and normalize_word(word) != country

    def is_person(self, low: str) -> bool:
        """Whether lower-case noun *low* names one person: a role, or one of :attr:`PERSON_NOUNS`
        (or an age, ``34-year-old``) in the singular that is not one of :attr:`COLLECTIVE_NOUNS`
        nor a word for anyone (``mother``, ``lawyer``; not ``crowd``, ``report``, ``everyone``,
        nor ``center``, whose ending alone looks like a person's): a pronoun for a person may
        refer to it (``The defendant's mother cried. "...," she said.``)."""
        if low in self._collectives or low in self._quantifiers or low.endswith(("one", "body")):
            return False
        if self.vocabulary.is_role_noun(low):
            return True
        return low.rsplit("-", 1)[-1] in self._person_nouns and not (low.endswith("s") and not low.endswith("ss"))

    def surname_subjects(self, at: int, state: State) -> list[tuple[int, str]]:
        """``(offset, full name)`` of the sentences of the paragraph before *at* that open with a
        surname (after titles such as ``Mr.``) of someone the article named in full."""
        found: list[tuple[int, str]] = []
        surnames = self.paragraph_memo(state).surnames
        for start in state.sentence_starts[: self.MAX_SUBJECTS]:  # (bounded: linear time per paragraph)
            if state.absolute(start) >= at:
                break
            if start not in surnames:  # (each sentence read once per paragraph, not once per pronoun)
                surnames[start] = self.surname_subject(start, state)
            name = surnames[start]
            if name is not None and not self.interrupted_subject(start, at, state):
                found.append((state.absolute(start), name))
                break
        return found

    def interrupted_subject(self, start: int, at: int, state: State) -> bool:
        """Whether the paragraph's sentence at *start* (paragraph-relative) is the one of the
        pronoun at *at* and its opening words end in a comma right before it: the pronoun is the
        speaker of an interrupted attribution and the opening its clause's subject, someone else
        (``Compaq, she predicted, would come to them``).

        .. versionadded:: 0.2
        """
        between = state.paragraph_text[start : max(start, at - state.paragraph_start)].rstrip()
        return between.endswith(",") and "," not in between[:-1] and len(between.split()) <= self.MAX_SUBJECT_LEAD

    def names_reported_subject(self, name: str, at: int, state: State) -> bool:
        """Whether the person pronoun at *at* closes or interrupts an attribution (its sentence's
        opening words end in a comma right before it, and a comma or the sentence's end follows it
        within :attr:`MAX_ATTRIBUTION_TAIL_WORDS` words) whose reported words open with *name* as
        their subject: ``Ruiz would resign, he predicted.``, ``Ruiz, he said, would resign``
        (the surname of someone named in full before, :meth:`surname_subject`, or a name of the
        index after titles only, :meth:`subject_lead`).  That person is the clause's subject,
        never the pronoun's referent, who would have said ``he would resign``.  Not a sentence
        whose reported clause follows the pronoun (``After Ruiz lost, he said the vote was
        rigged``), nor an opening with a comma of its own or longer than :attr:`PHRASE_WINDOW`
        characters (``Luhn moved to Chelsea, during which time, she says, ...``: a narrated clause,
        the pronoun may be Luhn).

        .. versionadded:: 0.2
        """
        raw = state.paragraph_text
        relative = at - state.paragraph_start
        index = bisect_right(state.sentence_starts, relative) - 1
        start = state.sentence_starts[index] if index >= 0 else 0
        if start < relative - self.PHRASE_WINDOW:
            return False  # (a long opening: no clause's subject alone, and no walk back over it)
        comma = raw.rfind(",", start, relative)
        if comma < 0:
            return False  # (no comma before it; and rfind up to -1 would read the whole paragraph)
        # (the reported words open after a colon or semicolon: "TOM BERG: The pier is unsafe, he said")
        start = max(start, raw.rfind(":", start, comma) + 1, raw.rfind(";", start, comma) + 1)
        if raw[comma + 1 : relative].strip() or raw.rfind(",", start, comma) >= 0:
            return False  # ("Luhn moved to Chelsea, during which time, she says, ...": her own story)
        tail = raw[relative : relative + self.PHRASE_WINDOW]
        cut = next((i for i, c in enumerate(tail) if c == "," or c in self.SENTENCE_END), None)
        if cut is None and relative + self.PHRASE_WINDOW < len(raw):
            return False
        if len(tail[:cut].split()) > 1 + self.MAX_ATTRIBUTION_TAIL_WORDS:
            return False  # ("After Ruiz lost, he said the vote was rigged.": the clause follows)
        if self.surname_subject(start, state) == name:
            return True
        for person in state.index.people_between(state.absolute(start), at, 1):
            lead = raw[start : person.start - state.paragraph_start].split()
            if person.name == name and self.subject_lead(lead, person.words):
                return True
        return False

    def surname_subject(self, start: int, state: State) -> str | None:
        """The full name of the surname (after titles such as ``Mr.``) that the paragraph's
        sentence at *start* opens with, when the article named that person in full before, also
        after an opening phrase set off by a comma (:meth:`surname_after_opening`: ``Speaking to
        reporters, Ortiz said ...``); ``None`` when the sentence opens otherwise or inside
        quotation marks."""
        found = self.opening_surname(start, state)
        return found if found is not None else self.surname_after_opening(start, state)

    def surname_after_opening(self, start: int, state: State) -> str | None:
        """For :meth:`surname_subject`: the full name of the surname right after the first comma
        of the paragraph's sentence at *start*, when the words before that comma are a phrase
        that opens the sentence (:meth:`opening_then_subject`: ``Asked about the fine, Lee ...``,
        ``Speaking before the sentence was handed down, Ortiz apologized``), within
        :attr:`PHRASE_WINDOW` characters and with no sentence's end between, for a full name the
        article shows as a person's (:meth:`shown_person`).

        .. versionadded:: 0.2
        """
        raw = state.paragraph_text
        comma = raw.find(",", start, start + self.PHRASE_WINDOW)
        if comma < 0 or self.inside_marks(start, state.paragraph_marks):
            return None
        after = comma + 1
        while after < len(raw) and raw[after] == " ":
            after += 1
        if bisect_right(state.sentence_starts, after) - 1 != bisect_right(state.sentence_starts, start) - 1:
            return None  # (the comma ends no opening of this sentence: another sentence began)
        found = self.opening_surname(after, state)
        if found is None:
            return None
        if not self.shown_person(found, state):
            return None  # (maybe a firm's words the index read as a name: "Goodyear Tire")
        words = list(_NONBLANK_RUN.finditer(raw, after, after + self.PHRASE_WINDOW, False, KEEP_GIL))
        while len(words) > 1 and self.vocabulary.is_title(words[0].group().rstrip(".")):
            words.pop(0)  # ("After the vote, Mr. Haddad read ...": the surname after the titles)
        word = words[0].group().rstrip(",.;:")
        surname = Person(word, (word,), frozenset(), state.absolute(words[0].start()))  # (where the surname stands)
        return found if self.opening_then_subject(raw[start:after].split(), surname, state) else None

    def shown_person(self, name: str, state: State) -> bool:
        """For :meth:`surname_after_opening`: whether the article shows full *name* as a person's:
        it opens with a known given name (``NameModel.listed_given_name``), the article describes it
        with a title or a role (:meth:`surname_holders`) or shows its gender (a pronoun, a given
        name: :meth:`described_genders`), or it was quoted before
        (``State.spoken``); not the words of a firm the index read as a name (``Goodyear Tire``
        of ``Goodyear Tire and Rubber Co``).

        .. versionadded:: 0.2
        """
        if self.names.listed_given_name(name.split()[0]) or name in state.spoken:
            return True
        if self.surname_holders(state).get(name.split()[-1], {}).get(name):
            return True  # (described with a title or a role: "Colleen Deacon, a veteran staffer")
        genders = self.genders_of(state)
        return bool(genders.get(name))

    def opening_surname(self, start: int, state: State) -> str | None:
        """For :meth:`surname_subject`: the full name of the surname (after titles such as
        ``Mr.``) that the paragraph's text at *start* opens with, when the article named that
        person in full before.

        .. versionadded:: 0.2
        """
        if self.inside_marks(start, state.paragraph_marks):
            return None
        # (the whole window: titles may fill the first words, "Chief Inspector Lindqvist apologised")
        words = state.paragraph_text[start : start + self.PHRASE_WINDOW].split()
        ranked = None
        rank = words[1].casefold() if len(words) > 3 else ""
        if rank in self._older or rank in self._younger:
            titled = 2  # (past the titles after the rank: "The younger Mr. Haddad")
            while titled < min(len(words) - 1, self.MAX_SUBJECT_LEAD) and self.vocabulary.is_title(words[titled].rstrip(".")):
                titled += 1
            ranked = self.ranked_namesake(words[: titled + 1], state.absolute(start), state)
        if ranked is not None:
            return ranked  # ("The elder Haddad opened ...": the older Haddad, or empty: no one sure)
        if len(words) > 2 and self.linking_opener(words[0], words[1]):
            # ("But Mr. Haddad disagreed.", "Then Mr. Haddad read it.": the link opens no name)
            return self.opening_surname(state.paragraph_text.index(words[1], start + len(words[0])), state)
        while words and self.vocabulary.is_title(words[0].rstrip(".")):
            words.pop(0)
        if not words or not words[0][:1].isupper():
            return None
        head = state.paragraph_text[start : start + self.NAMED_WINDOW]
        named = state.index.people_between(state.absolute(start), state.absolute(start) + len(head), 1)
        if named and self.subject_lead(state.paragraph_text[start : named[0].start - state.paragraph_start].split()):
            return None  # "Villa boss Unai Emery ...": the capital word modifies a name (not "... to Ana Ortiz")
        word = strip_possessive(words[0].rstrip(",.;:"))
        if word != words[0].rstrip(",.;:") or len(words) < 2 or words[1][:1].isupper():
            return None  # "Berg's lawyer", "Berg Holdings": not Berg as the subject
        if self.surname_modifier(words[1:3]):
            return None  # ("Berg supporters booed.": the supporters)
        name = state.index.full_name((word,))
        if self.place_in_name(name):
            return None  # ("City traffic chief Dexter Cardenas said" after "Quezon City": no city speaks)
        return name if name != word and state.index.is_known(name) else None

    def linking_opener(self, word: str, after: str) -> bool:
        """For :meth:`opening_surname`: whether *word*, capitalised at the start of a sentence, only
        links it to the one before and *after* opens its subject: one of :attr:`COORDINATORS` or
        :attr:`QUOTATION_LEAD_WORDS` (``But Haddad disagreed``, ``So Mr. Haddad left``), or one of
        :attr:`ADVERBS` of at least :attr:`MIN_OPENING_ADVERB` letters (``Later Haddad wrote``) or
        of any length before a title (``Then Mr. Haddad read it``; ``Will``, ``May`` alone may be
        given names).  Never *word* with a comma (an opening phrase: :meth:`surname_after_opening`)
        nor before a word in lower case.

        .. versionadded:: 0.2
        """
        if not word[:1].isupper() or not word.isalpha() or not after[:1].isupper():
            return False
        low = word.casefold()
        if low in self._coordinators or low in self._quotation_lead_words:
            return True
        if low not in self._adverbs or low in self._clause_auxiliaries:
            return False
        return len(word) >= self.MIN_OPENING_ADVERB or self.vocabulary.is_title(after.rstrip("."))

    def surname_modifier(self, after: Sequence[str]) -> bool:
        """Whether the words *after* a surname that opens a sentence make it a modifier of a
        noun for people (``Berg supporters booed``, ``Berg aides``, ``Berg's campaign``): the
        first is in lower case and, as written or without :attr:`PRESENT_SUFFIX`, a group,
        collective, role or person noun, and the word after it is no determiner nor stop word
        (``Berg coaches the team``: a verb).

        .. versionadded:: 0.2
        """
        if not after or not after[0][:1].islower():
            return False
        low = after[0].rstrip(",.;:").casefold()
        if len(after) > 1 and (after[1].casefold() in self._determiners or after[1].casefold() in self._stop):
            return False
        forms = [low]
        if self.PRESENT_SUFFIX and low.endswith(self.PRESENT_SUFFIX):
            forms.append(low[: -len(self.PRESENT_SUFFIX)])
        vocabulary = self.vocabulary
        return any(
            f in self._groups or f in self._collectives or vocabulary.is_role_noun(f) or self.is_person(f) for f in forms
        )

    def organisation_last_subject(self, at: int, state: State) -> bool:
        """Whether the sentence of the paragraph just before the one holding *at* (outside
        quotation marks) opens with a capitalised organisation as its subject (``Berg Holdings
        apologised.``, ``The Harbour Authority said ...``, but not ``Berg Holdings chief executive
        Ola Berg said``): a personal pronoun after it has no sure referent, whoever was named or
        quoted before."""
        relative = at - state.paragraph_start
        index = bisect_right(state.sentence_starts, relative) - 2  # (the sentence before at's own)
        if index < 0:
            return False
        start = state.sentence_starts[index]
        if self.inside_marks(start, state.paragraph_marks):
            return False
        return self.opening_organisation(state.paragraph_text[start : start + self.PHRASE_WINDOW]) is not None

    def body_spoken_before(self, at: int, state: State) -> str | None:
        """For a thing pronoun at *at* after a person spoke last (``It said ...``): the name of
        ``state.last_body_speaker``, the last organisation that spoke, when it spoke in the
        pronoun's paragraph or the one right before and the sentence before the pronoun's opens
        with no other organisation as its subject (:meth:`opening_organisation`): ``Acme Corp
        said profits rose. Chief executive Tom Berg said demand was strong.`` then ``"...," it
        said.``: Acme Corp; ``None`` otherwise (no one sure: the pronoun as written).

        .. versionadded:: 0.2 (fixQ63)"""
        body = state.last_body_speaker
        if body is None or body.span is None:
            return None
        floor = state.previous_paragraph.start if state.previous_paragraph is not None else state.paragraph_start
        if body.span.start < floor:
            return None  # (further back: others may have acted since)
        opening = self.sentence_before(at, state)
        other = self.opening_organisation(opening) if opening is not None else None
        if other is not None and other != body.name:
            return None  # ("... Globex Inc reported a loss. It said ...": which body, no one sure)
        return body.name

    def sentence_before(self, at: int, state: State) -> str | None:
        """The first :attr:`PHRASE_WINDOW` characters of the sentence right before the one *at*
        stands in: in its paragraph, or the last of the paragraph before when *at*'s sentence
        opens its own (a sentence of the paragraph before is read from its last sentence end
        followed by a blank and a capital); ``None`` when there is none or it opens inside
        quotation marks.

        .. versionadded:: 0.2"""
        index = bisect_right(state.sentence_starts, at - state.paragraph_start) - 1
        if index > 0:
            start = state.sentence_starts[index - 1]
            if self.inside_marks(start, state.paragraph_marks):
                return None
            return state.paragraph_text[start : start + self.PHRASE_WINDOW]
        previous = state.previous_paragraph
        if index < 0 or previous is None:
            return None
        text = state.text[previous.start : previous.end].rstrip()
        start = 0
        for match in self._sentence_break.finditer(text, 0, max(0, len(text) - 1), False, KEEP_GIL):
            start = match.end()
        opening = text[start : start + self.PHRASE_WINDOW]
        return None if opening[:1] in self._marks else opening

    def name_goes_on(self, opening: str, name: str) -> bool:
        """Whether the word after *name*, the organisation :meth:`opening_organisation` read at
        the start of *opening*, links more to it (one of :attr:`OF_WORDS`, :attr:`POST_MODIFIERS`,
        :attr:`COORDINATORS` or :attr:`PREPOSITIONS`: ``The Organisation for Economic Cooperation
        and Development``, ``Acme Corp of Boston``): the name read is not the whole subject.

        .. versionadded:: 0.2"""
        last = name.rsplit(None, 1)[-1]
        end = opening.find(last, opening.find(name.split(None, 1)[0])) + len(last)
        following = self._word.match(opening, end + 1, None, KEEP_GIL) if opening[end : end + 1] == " " else None
        if following is None:
            return False
        low = following.group().casefold()
        return low in self._of or low in self._post_heads or low in self._coordinators or low in self._prepositions

    def calls_itself(self, speaker: Speaker, pronoun: str, opening: str) -> bool:
        """Whether *opening*, the sentence before a thing pronoun that speaks (``It said ...``),
        opens with *speaker*'s mention, a cue and that pronoun (``Stanley Works said it has
        acquired ...``): the speaker spoke of itself as a thing, a firm, so the pronoun is the
        speaker's.  Not for a name of one word (a surname: ``Berg said it was time``) nor one that
        opens with a given name (``Sarah Lund said it was time to act. It said ...`` is no firm's: a
        wrong person is worse than ``It`` left as written, which ``Stanley Works`` then is).

        .. versionadded:: 0.2"""
        mention = speaker.mention
        if not mention or not opening.startswith(mention):
            return False
        named = mention.split()
        if len(named) < 2 or self.given_words_gender(named) is not None:
            return False
        after = self._word.findall(opening, len(mention), None, False, KEEP_GIL)[:2]
        return len(after) == 2 and self.is_cue_word(after[0]) and after[1].casefold() == pronoun.casefold()

    def opening_organisation(self, opening: str) -> str | None:
        """The capitalised organisation that *opening*, the start of a sentence, opens with as
        its subject (``Berg Holdings apologised.``, ``The Harbour Authority said ...``; in the
        brackets a wire sets a company's name in: ``<Acme Tools Corp> said ...``), its last word
        an organisation word, a word in lower case after it; ``None`` for a person's name
        (``Helen Park spoke.``), a possessive (``Berg Holdings' chief``) or a person after the
        name (``Berg Holdings chief executive Ola Berg said``).  Reads the first
        :attr:`MAX_NAME_WORDS` + 2 words.

        .. versionadded:: 0.2"""
        words = opening.split()[: self.MAX_NAME_WORDS + 2]
        if words and words[0].casefold() in self._determiners:
            words = words[1:]
        run: list[str] = []
        opened = bool(words) and len(words[0]) > 1 and words[0][0] in self.NAME_BRACKETS[0]
        for k, word in enumerate(words):
            word = word[1:] if opened and k == 0 else word  # ("<Acme Tools Corp> said": a wire's brackets)
            closed = opened and word[-1:] in self.NAME_BRACKETS[1]
            word = word[:-1] if closed else word
            if not word[:1].isupper():
                break
            run.append(word)
            if strip_possessive(word.rstrip(",")) != word.rstrip(","):
                return None  # "Berg Holdings' chief": the possessed noun is the subject
            if word.endswith(",") or closed:
                break
        if len(run) == len(words) or not run or run[-1].endswith(",") or self.given_name_run(run):
            return None
        following = words[len(run)].rstrip(",;:")  # ("The Assembly speaker, Ana Ortiz, said": the role ends at its comma)
        if self.vocabulary.is_role_noun(following) or self.vocabulary.is_title(following):
            return None  # "Berg Holdings chief executive Ola Berg said": a person is the subject
        if self.occupation_after_body(words[len(run) :]):
            return None  # ("Harbor pilot Ray Lindgren said", "Department of Conservation ranger Aroha Tane said": a person)
        return " ".join(run) if self.vocabulary.is_org_word(run[-1]) else None

    def owned_person(self, words: Sequence[str]) -> str | None:
        """The person's name after a capitalised possessive in *words*, a mention (``St. Mary's
        Jo Reed``, ``Lloyd's Jo Reed``, ``Ohio State's Mia Park``, ``Goldman Sachs's Ana Lim``): two
        to :attr:`MAX_NAME_WORDS` capitalised words after it that end the mention and open with a
        given name the vocabulary lists, of either sex (:attr:`GIVEN_NAMES`, ``Jo``), and no
        coordinator before the possessive (a list, whose names :meth:`resolve_listed` reads).  Not
        ``Ward's Automotive Reports``, ``Dreyer's Grand Ice Cream``: a firm's name, whose word after
        the possessive is no given name.  ``None`` for
        anything else (``McDonald's said``, ``Acme's chief Jo Reed``, ``Tom Berg's Lawyer``).

        .. versionadded:: 0.2 (fixQ65)"""
        for k in range(len(words) - 3, -1, -1):
            word = words[k]
            if not word[:1].isupper() or strip_possessive(word) == word:
                continue
            rest = words[k + 1 :]
            if len(rest) > self.MAX_NAME_WORDS or not all(w[:1].isupper() and w.isalpha() for w in rest):
                return None
            if any(w.casefold() in self._coordinators for w in words[:k]):
                return None  # ("MSNBC's Alex Roe and Reuters' Luciana Lopez": a list, each read on its own)
            given = self.vocabulary.is_given_name(rest[0]) or self.given_words_gender(rest) is not None
            return " ".join(rest) if given else None
        return None

    #: How many capitalised words after an inner possessive make a firm's name of a mention
    #: (``Dreyer's Grand Ice Cream``) when no organisation word ends it (:meth:`owned_firm_name`):
    #: fewer may be a person's name after its owner (``Britain's Keir Starmer``).
    #:
    #: .. versionadded:: 0.2 (fixQ66)
    MIN_OWNED_FIRM_WORDS: ClassVar[int] = 3

    def owned_firm_name(self, words: Sequence[str]) -> str | None:
        """The name of a firm that *words*, a mention, spell whole with a possessive inside it
        (``Dreyer's Grand Ice Cream``, ``Macy's Retail Holdings Inc``), as written, its apostrophe
        kept: every word capitalised, a possessive with ``s`` before the last word, then
        :attr:`MIN_OWNED_FIRM_WORDS` words or more or words that end with an organisation word,
        none of them a given name (``St. Mary's Jo Reed`` is :meth:`owned_person`'s), a title or a
        role (``Pakistan's Prime Minister Shehbaz Sharif``).  ``None`` otherwise (``Britain's Keir
        Starmer``, ``Acme's chief Jo Reed``, ``McDonald's``).

        .. versionadded:: 0.2 (fixQ66)"""
        k = next((i for i, w in enumerate(words[:-1]) if w[-2:] in POSSESSIVE_ENDINGS), None)
        if k is None or not all(w[:1].isupper() for w in words[: k + 1]):
            return None
        rest = words[k + 1 :]
        if self.owned_firm_of_place(words, k):
            return " ".join(words[1:] if words[0].casefold() in self._determiners else words)
        if not all(w[:1].isupper() and w.isalpha() for w in rest):
            return None
        if len(rest) < self.MIN_OWNED_FIRM_WORDS and not self.vocabulary.is_org_word(rest[-1]):
            return None
        vocabulary = self.vocabulary
        if any(vocabulary.is_given_name(w) for w in rest) or self.given_words_gender(rest) is not None:
            return None
        if any(vocabulary.is_title(w) or vocabulary.is_honorific(w.casefold()) or vocabulary.is_role_noun(w.casefold())
               for w in rest):
            return None  # ("Pakistan's Prime Minister Shehbaz Sharif": a titled person after the owner)
        if len(words) > 1 and words[0].casefold() in self._determiners:
            words = words[1:]  # ("The Children's Society": without its article, as other bodies' names; round 66)
        return " ".join(words)

    #: How many words more than :attr:`MAX_NAME_WORDS` a firm's place after its founder's
    #: possessive may run to when an organisation word ends it (``Lloyd's of New South Wales
    #: Insurance Group``: :meth:`owned_firm_of_place`).
    #:
    #: .. versionadded:: 0.2 (mendQ68c)
    MAX_FIRM_KIND_WORDS: ClassVar[int] = 2

    def role_at_owned_firm(self, words: Sequence[str]) -> tuple[int, int] | None:
        """Where a role held at a firm named by its founder's possessive and its place
        (:meth:`owned_firm_of_place`) stands in *words*, a mention: the firm's name opens it (after
        a determiner at most), then one to :attr:`MAX_NAME_WORDS` words in lower case (``The
        Lloyd's of London chairman``, ``a Lloyd's of London spokeswoman``), then nothing or a name
        of capitalised words, at most :attr:`MAX_NAME_WORDS` (``Lloyd's of London chairman John
        Nelson``): the role's start and end.  The founder's name cut at its ``'s`` is never the
        speaker; ``None`` for any other mention.

        .. versionadded:: 0.2 (mendQ68c)"""
        k = 1 if words and words[0].casefold() in self._determiners else 0
        if len(words) < k + 4 or words[k][-2:] not in POSSESSIVE_ENDINGS or not words[k][:1].isupper():
            return None
        role = next((i for i in range(k + 3, len(words)) if words[i].isalpha() and words[i].islower()), None)
        if role is None or not self.owned_firm_of_place(words[:role], k):
            return None
        end = role
        while end < len(words) and words[end].isalpha() and words[end].islower():
            end += 1
        name = words[end:]
        if end - role > self.MAX_NAME_WORDS or len(name) > self.MAX_NAME_WORDS or not all(w[:1].isupper() for w in name):
            return None
        return role, end

    def owned_firm_of_place(self, words: Sequence[str], k: int) -> bool:
        """For :meth:`owned_firm_name`: whether *words*, a mention whose word at *k* ends with a
        possessive, spell a firm named by its founder's possessive and the place it is of
        (``Lloyd's of London``, ``Tom's of Maine``): the possessive opens the mention (after a
        determiner at most), one of :attr:`OF_WORDS` follows it, then one to
        :attr:`MAX_NAME_WORDS` capitalised words, none a title, a role or a given name
        (``Britain's Foreign Secretary David Lammy`` is no such firm; nor ``Ohio's Ana Ruiz``).

        .. versionadded:: 0.2 (fixQ67)"""
        opening = 1 if words and words[0].casefold() in self._determiners else 0
        place = words[k + 2 :]
        if k != opening or len(words) < k + 3 or words[k + 1] not in self.OF_WORDS:
            return False
        if not all(w[:1].isupper() and w.isalpha() for w in place):
            return False
        if not 0 < len(place) <= self.MAX_NAME_WORDS + (self.MAX_FIRM_KIND_WORDS if self.vocabulary.is_org_word(place[-1]) else 0):
            return False  # (but "Lloyd's of New South Wales Insurance Group": a place and the firm's kind; mendQ68c)
        vocabulary = self.vocabulary
        return not any(
            vocabulary.is_given_name(w) or vocabulary.is_role_noun(w.casefold())
            or (vocabulary.is_title(w) and not vocabulary.is_org_word(w))  # ("... Insurance Group": the firm's kind)
            for w in place
        )

    def stake_firm(self, opening: str) -> str | None:
        """The organisation that *opening*, the start of a sentence, opens with
        (:meth:`opening_organisation`), past a stake's noun and link (:meth:`past_stake_opening`)
        only when the firm's name moves: one of :attr:`FIRM_STAKE_VERBS` or a past in ``-ed`` in
        lower case right after it (``Shares of Lumen Tech Inc. rose 2%``: Lumen Tech Inc.), and no
        passive's agent of :attr:`AGENT_WORDS` after that verb and one word more (``Shares in Acme
        Holdings were sold by the Treasury``: the Treasury acted, no firm; ``None``).

        .. versionadded:: 0.2 (rvq71)"""
        rest = self.past_stake_opening(opening)
        body = self.opening_organisation(rest)
        if rest is opening or body is None:
            return body
        words = rest.split(None, self.MAX_NAME_WORDS + 4)
        at = len(body.split()) + (1 if words and words[0].casefold() in self._determiners else 0)
        if at >= len(words):
            return None
        verb = words[at].rstrip(",;:")
        if not verb.islower() or not (verb in self._firm_stake_verbs or verb.endswith("ed")):
            return None  # ("Shares in Acme Holdings, the bank said, ...": no move of the firm's)
        if at + 2 < len(words) and words[at + 1].islower() and words[at + 2] in self._agents:
            return None  # ("Shares in Acme Holdings were sold by the Treasury": a passive, another acts)
        return body

    def past_stake_opening(self, opening: str) -> str:
        """*opening*, the start of a sentence, past a noun of :attr:`FIRM_STAKE_NOUNS` and a word
        of :attr:`FIRM_STAKE_LINKS` that open it (``Shares of Lumen Tech Inc. rose 2%``: ``Lumen
        Tech Inc. rose 2%``, the firm its topic, for :meth:`opening_organisation`); *opening* as
        it is otherwise.

        .. versionadded:: 0.2 (fixQ71)"""
        words = opening.split(None, 2)
        if len(words) < 3 or words[0].casefold() not in self._firm_stake_nouns or words[1].casefold() not in self._firm_stake_links:
            return opening
        return words[2]

    def opening_body(self, opening: str) -> str | None:
        """The body that *opening*, the start of a sentence, opens with as its subject when
        :meth:`opening_organisation` reads none: ``The`` and a noun in lower case of
        :attr:`BODY_NOUNS` or an organisation word (``The regulator published ...``, ``The
        committee met ...``; not one of :attr:`SPEECHLESS_NOUNS`, ``The river rose ...``), or a
        capitalised organisation word with one of :attr:`OF_WORDS` and capitalised words after it
        (``The Bank of England raised ...``, ``The Ministry of Defence said ...``: without
        ``The``, as :meth:`opening_organisation` reads a name); a word in lower case, none of
        :attr:`OF_WORDS`, :attr:`COORDINATORS` or :attr:`PREPOSITIONS`, after it.  ``None`` for
        anything else (``The regulator's chief ...``, ``The company and its lenders ...``, ``The spokesman said ...``).

        .. versionadded:: 0.2 (fixQ65)"""
        words = opening.split()[: self.MAX_NAME_WORDS + 3]
        if len(words) < 3 or words[0].casefold() not in self._determiners or words[0].casefold() in self._indefinites:
            return None
        head = words[1]
        vocabulary = self.vocabulary
        end = 2
        if head[:1].islower():
            if head.casefold() not in self._body_nouns and not vocabulary.is_org_word(head):
                return None
            if head.casefold() in self._speechless:
                return None  # ("The river rose two metres overnight.": a place, no body: fixQ68)
        elif vocabulary.is_org_word(head) and words[2].casefold() in self._of:
            end = 3
            while end < len(words) and words[end][:1].isupper() and words[end].rstrip(".,;:") == words[end]:
                if strip_possessive(words[end]) != words[end]:
                    return None  # ("The Bank of England's governor"): the possessed noun is the subject
                end += 1
            if end == 3:
                return None
        else:
            return None
        if end >= len(words) or words[end - 1].rstrip(".,;:") != words[end - 1]:
            return None
        following = words[end]
        low = following.casefold()
        if not following[:1].islower() or low in self._of or low in self._coordinators or low in self._prepositions:
            return None
        return " ".join(words[1 if head[:1].isupper() else 0 : end])  # ("Bank of England", as opening_organisation)

    #: How many characters of the sentence before a pronoun :meth:`other_body_opens` finds it by.
    #:
    #: .. versionadded:: 0.2 (fixTq68)
    OPENING_KEY: ClassVar[int] = 16

    def other_body_opens(self, body: str, last: Speaker, opening: str, at: int, state: State) -> bool:
        """For a thing pronoun that speaks at *at* (``It said ...``): whether *body*, the body that
        *opening* (the sentence right before) opens with as its subject (:meth:`opening_organisation`,
        :meth:`opening_body`), stands for the pronoun over *last*, the last speaker, a thing too:
        the pronoun opens its sentence (``..., it said`` at a wire sentence's end is its story's body),
        *opening* follows no abbreviation (:meth:`opens_after_abbreviation`: ``... by the U.S. Army to
        proceed ...`` read from ``Army``), *last* did not speak in that sentence, and *body* is not
        *last* by another name: a named
        body none of whose words *last*'s name holds (``The Cabinet Office replied ...`` after the
        Treasury spoke), or a noun in lower case that is no company noun (:attr:`COMPANY_NOUNS`:
        ``The company expects ...`` after ``Acme Corp`` spoke is Acme's) and no organisation word
        of *last*'s kind (``The ministry ...`` after ``the Ministry of Finance``; ``The court
        issued its ruling ...`` after ``the Kiel Institute`` spoke is the court's).

        .. versionadded:: 0.2 (fixTq68)"""
        if not state.text[at : at + 1].isupper() or self.opens_after_abbreviation(opening, at, state):
            return False  # (", it said" after a wire's sentence: its story's body; "the U.S. Army to ...": no subject)
        pos = state.text.rfind(opening[: self.OPENING_KEY], 0, at)
        named = [last.name] if last.mention.casefold() in self._pronouns else [last.name, last.mention]
        if pos < 0 or any(n and n in state.text[pos:at] for n in named):
            return False  # (the last speaker spoke in that sentence, or was named there)
        words = body.split()
        noun = len(words) == 2 and words[0].casefold() in self._determiners and words[1].islower()
        head = words[-1]
        vocabulary = self.vocabulary
        own = [strip_possessive(w).rstrip(".,;:") for w in last.name.split()]
        if not noun:
            return not any(w in own for w in body.split() if not vocabulary.is_org_word(w)) and body not in last.name
        if vocabulary.is_company_noun(head.casefold()):
            return False
        return not any(vocabulary.is_org_word(w) and org_key(w, vocabulary) == org_key(head, vocabulary) for w in own)

    def opening_person(self, opening: str) -> bool:
        """Whether *opening*, the sentence before a thing pronoun that speaks, opens with one
        new person as its subject: an indefinite determiner (:attr:`INDEFINITE_DETERMINERS`), up
        to :attr:`DOCUMENT_MODIFIER_REACH` words in lower case, then a role noun or a noun for one
        person (:meth:`is_person`) and a word in lower case (``A federal judge ruled ...``):
        ``it`` is no one the sentence names, nor the last speaker before it; it stays as written.
        Not a definite one (``The spokesman declined ...``: most often the spokesman of the body
        that spoke last, which the pronoun stays).

        .. versionadded:: 0.2 (fixTq68)"""
        words = opening.split()[: self.DOCUMENT_MODIFIER_REACH + 3]
        if len(words) < 3 or words[0].casefold() not in self._indefinites:
            return False
        for k in range(1, len(words) - 1):
            word = words[k]
            if not (word.isalpha() and word.islower()):
                return False
            if self.is_person(word) and word not in self._groups:
                following = words[k + 1].rstrip(",.;:")
                return following.isalpha() and following.islower() and following not in self._of
        return False

    def document_subject(self, opening: str) -> bool:
        """Whether *opening*, the sentence before a thing pronoun that speaks, opens with a new
        document as its subject: an indefinite determiner (:attr:`INDEFINITE_DETERMINERS`), up to
        :attr:`DOCUMENT_MODIFIER_REACH` words in lower case, then a noun of
        :attr:`SPEAKING_DOCUMENTS` or :attr:`FINDING_SUBJECTS` and a word in lower case (``A report
        published on Tuesday ...``, ``A new study by Oxford University found ...``).  Not a
        definite one (``The report echoed warnings ...``, ``The survey will locate ...``: most often
        the document of the body that spoke last, which the pronoun stays), nor a noun before
        another noun or a possessive (``A report card ...``, ``A study's author said ...``: someone
        else is the subject).

        .. versionadded:: 0.2 (fixQ68)"""
        words = opening.split()[: self.DOCUMENT_MODIFIER_REACH + 3]
        if len(words) < 3 or words[0].casefold() not in self._indefinites:
            return False
        for k in range(1, min(len(words) - 1, self.DOCUMENT_MODIFIER_REACH + 2)):
            word = words[k].rstrip(",")
            if not (word.isalpha() and word.islower()):
                return False
            if word in self._speaking_documents or (word in self._authored_documents and self.document_author(opening)):
                following = words[k + 1].rstrip(",.;:")
                return following.isalpha() and following.islower() and following not in self._speaking_documents
        return False

    def speaking_document(self, opening: str) -> str | None:
        """For a thing pronoun after *opening*, a sentence that opens with a new document
        (:meth:`document_subject`) and names no author (:meth:`document_author`): the document's
        noun phrase, its determiner to its noun, when the document speaks in that sentence (a cue
        word among the next :attr:`MAX_APPOSITIVE_HEAD` words, no punctuation before it: ``A
        report published on Tuesday said that ...``, ``A new study warned ...``): the report, as
        written, which the pronoun stands for.  ``None`` when the document only finds or holds
        something (``A report published on Tuesday found ...``: the pronoun as written).

        .. versionadded:: 0.2 (mendQ68c)"""
        words = opening.split()
        noun = next((k for k, w in enumerate(words[: self.DOCUMENT_MODIFIER_REACH + 2]) if w in self._speaking_documents), None)
        if noun is None:
            return None
        for word in words[noun + 1 : noun + 1 + self.MAX_APPOSITIVE_HEAD]:
            if word.rstrip(",;:.") != word:
                return None
            if word.islower() and self.is_cue_word(word) and word.casefold() not in self.FINDING_CUES:
                return " ".join(words[: noun + 1])
        return None

    def document_author(self, opening: str) -> str | None:
        """The body that *opening*, a sentence that opens with a document as its subject
        (:meth:`document_subject`), names as its author after one of :attr:`AGENT_WORDS` among its
        first :attr:`PHRASE_WINDOW` characters: a run of capitalised words (one of
        :attr:`BODY_NAME_INNER_LINKS` may stand inside) that ends with an organisation word
        (``A study by Oxford University found ...``: Oxford University); ``None`` for anything
        else (``by the Environment Agency's auditors``, ``by researchers``, ``by Tom Berg``: the
        document as written).

        .. versionadded:: 0.2 (fixQ68)"""
        words = opening.split()
        documents = self._document_heads
        noun = next((k for k, w in enumerate(words[: self.DOCUMENT_MODIFIER_REACH + 2]) if w in documents), None)
        if noun is None:
            return None
        agent = noun + 1
        suffix = self.PAST_SUFFIX
        if agent < len(words) and words[agent].isalpha() and words[agent].islower() and (
            (suffix and words[agent].endswith(suffix)) or self.is_past_verb(words[agent])
        ):
            agent += 1  # ("A survey commissioned by ...", "A report published by ...")
        if agent + 1 < len(words) and words[agent].isalpha() and words[agent].islower() and (
            words[agent + 1] in self._participle_particles
        ):
            agent += 2  # ("A plan put forward by ...", "A draft drawn up by ...")
        if agent >= len(words) or (words[agent] not in self._agents and words[agent] not in self._document_sources):
            return None  # (an agent further on is another verb's: "A report echoed warnings by ...")
        authored = words[noun] not in self._speaking_documents
        lower = self.lower_body_author(words[agent + 1 :])
        if lower is not None:
            # ("A plan put forward by the finance ministry ...": the ministry, as written)
            later = words[agent + 1 + len(lower.split()) :]
            return None if authored and self.another_agent(later) else lower
        run: list[str] = []
        following = ""
        end = len(words)
        for at, word in enumerate(words[agent + 1 :], agent + 1):
            bare = word.rstrip(",;:")
            # ("by the Met Office", "from the Bank of England"; not "by Bank of Israel Governor Ana Ruiz":
            # the capitalised word after the name turns it down below)
            linked = bare in self._inner_links or bare in self._determiners or (bool(run) and bare in self._of)
            if not bare.isalpha() or not (bare[:1].isupper() or linked) or len(run) > self.MAX_NAME_WORDS:
                following, end = word, at  # (the word after the name: a verb in lower case)
                break
            run.append(bare)
            if bare != word:
                end = at + 1
                break  # (set off: "by the Met Office, the national weather service, found")
        if following.casefold() in self._of or (following and not following.islower()):
            return None  # ("by Bank of Israel Governor Michael Bruno", "by the Agency's auditors": more than a name)
        while run and not run[-1][:1].isupper():
            run.pop()
        if run and run[0].casefold() in self._determiners:
            run = run[1:]
        if not run or not self.author_name_heads(run) or self.given_name_run(run):
            return None
        if authored and self.another_agent(words[end:]):
            return None  # ("A proposal put forward by the Treasury drew criticism from the Bank of England")
        return " ".join(run)

    def another_agent(self, words: Sequence[str]) -> bool:
        """For :meth:`document_author`: whether *words*, the rest of the sentence after an
        authored document's author (:attr:`AUTHORED_DOCUMENTS`), hold another agent or source word
        (:attr:`AGENT_WORDS`, :attr:`DOCUMENT_SOURCE_WORDS`: ``was rejected by the central bank``)
        or another body (a capitalised organisation word, ``drew sharp criticism at the Bank of
        England``, or a body in lower case, :meth:`lower_body_author`: ``the central bank said``):
        the pronoun after may be that other body's, so the author is no safe reading and the
        pronoun stays as written.  (An organisation word in lower case alone is no body: ``would
        cap energy prices``.)

        .. versionadded:: 0.2 (rvq69)"""
        vocabulary = self.vocabulary
        for k, word in enumerate(words):
            bare = word.strip(self.AUTHOR_TRAILING_MARKS)
            if bare in self._agents or bare in self._document_sources:
                return True
            if bare[:1].isupper() and vocabulary.is_org_word(bare):
                return True
            if bare in self._determiners and self.lower_body_author(words[k:]) is not None:
                return True
        return False

    #: Marks stripped from a word's ends before :meth:`another_agent` reads it.
    #:
    #: .. versionadded:: 0.2 (rvq69)
    AUTHOR_TRAILING_MARKS: ClassVar[str] = ",.;:!?\"'()"

    def author_name_heads(self, run: Sequence[str]) -> bool:
        """For :meth:`document_author`: whether *run*, a body's capitalised name, ends with an
        organisation word (``Oxford University``) or has one right before one of :attr:`OF_WORDS`
        (``Bank of England``, ``Ministry of Finance``).

        .. versionadded:: 0.2 (fixQ69; renamed from ``org_word_heads`` in rvq69: that name overrode
        :meth:`SpeakerGrammar.org_word_heads <newsparse.quotes.grammar.SpeakerGrammar.org_word_heads>`)"""
        vocabulary = self.vocabulary
        if vocabulary.is_org_word(run[-1]):
            return True
        return any(vocabulary.is_org_word(a) and b in self._of for a, b in pairwise(run))

    def lower_body_author(self, words: Sequence[str]) -> str | None:
        """For :meth:`document_author`: the body in lower case that *words*, those after the agent
        word, open with: one of :attr:`DETERMINERS` (no indefinite one), up to two words in lower
        case and an organisation word (``the club``, ``the finance ministry``, ``the state audit
        office``), then a word in lower case or the sentence's end; ``None`` otherwise (``the
        auditors``, ``a ministry``, ``the Met Office``).

        .. versionadded:: 0.2 (fixQ69)
        .. versionchanged:: 0.2 the organisation word right after the determiner too (``A statement
           issued by the club ... It said``: the club; fixQ70); the longest such body when one
           organisation word runs on to another (``the state audit office``, not ``the state``)"""
        if len(words) < 2 or words[0] not in self._determiners or words[0] in self._indefinites:
            return None
        found = None
        for k in range(1, min(len(words), 4)):
            head = words[k].rstrip(",.;:")
            inner = words[1:k]
            if not all(w.isalpha() and w.islower() for w in [*inner, head]):
                return found
            if not self.vocabulary.is_org_word(head):
                continue
            following = words[k + 1] if k + 1 < len(words) else ""
            if head != words[k] or not following:
                return " ".join(words[: k + 1]).rstrip(",.;:")
            if not (following.isalpha() and following.islower()):
                return None
            found = " ".join(words[: k + 1])
        return found

    def occupation_after_body(self, rest: Sequence[str]) -> bool:
        """For :meth:`opening_organisation`: whether *rest*, the words after the capitalised run
        that opens a sentence, are maybe the rest of the body's name after one of :attr:`OF_WORDS`
        (``of Conservation``), then an occupation in lower case (:meth:`is_occupation`: ``pilot``,
        ``ranger``) and a capitalised word (``Harbor pilot Ray Lindgren said``, ``Department of
        Conservation ranger Aroha Tane said``): the body only qualifies the person, who is the
        subject.

        .. versionadded:: 0.2"""
        k = 0
        if rest and rest[0] in self._of:
            k = 1
            while k < len(rest) and rest[k][:1].isupper():
                k += 1
            if k == 1:
                return False  # ("The Ministry of the Interior": no capital right after "of")
        if k + 1 >= len(rest) or not rest[k].islower():
            return False
        return self.is_occupation(rest[k]) and rest[k + 1][:1].isupper()

    def body_before_of(self, words: Sequence[str], cut: int) -> str | None:
        """The name of a body that *words* spell whole when the word before ``of`` at *cut* is a
        capitalised word of an organisation (:meth:`~newsparse.Vocabulary.is_org_word`) after
        capitalised words only, and capitalised words follow ``of`` (``The General Administration
        of Customs``, ``the National Bureau of Statistics``): without its article, as ``Care
        Quality Commission`` is read; ``None`` otherwise (``the mayor of Lyon``, ``the Secretary
        of State``: a role, no body).

        .. versionadded:: 0.2 (mendQ65)"""
        lead = 1 if words and words[0].casefold() in self._determiners else 0
        head, after = words[lead:cut], words[cut + 1 :]
        if not head or not after or not self.vocabulary.is_org_word(head[-1]):
            return None
        if not all(w[:1].isupper() and w.isalpha() for w in [*head, *after]):
            return None
        return " ".join(words[lead:])

    def own_sentence_organisation(self, at: int, state: State) -> str | None:
        """The organisation that opens, as its subject, the sentence in which a pronoun for a
        thing at *at* stands (``Nissan Motor will cut 20,000 jobs, it said on Tuesday``, ``Acme
        Tools will close two plants, it said``): one :meth:`opening_organisation` reads, or a run
        of two to :attr:`MAX_NAME_WORDS` capitalised words with no determiner before them, no
        person's name (:meth:`given_name_run`: a given name first) nor place, then a verb in the
        past (:meth:`is_past_verb`) or one of :attr:`ADVERBS` (``will``, ``has``) in lower case,
        no title before its last word (``President Michael Shanahan``).  ``None`` otherwise
        (``Prices will rise, it said``: one word, maybe a common noun; the pronoun is left as
        written rather than guessed).  Read only when the last
        speaker is no body the pronoun may stand for (``Georgia Power said ... Unit Two is 60 pct
        complete, it added.``: Georgia Power).

        .. versionadded:: 0.2 (mendQ65)"""
        index = bisect_right(state.sentence_starts, at - state.paragraph_start) - 1
        if index < 0:
            return None
        opening = state.paragraph_text[state.sentence_starts[index] : at - state.paragraph_start]
        body = self.opening_organisation(opening)
        if body is not None and not self.name_goes_on(opening, body):
            return body
        words = opening.split()[: self.MAX_NAME_WORDS + 1]
        run: list[str] = []
        for word in words:
            if not (word[:1].isupper() and word.isalpha()):
                break
            run.append(word)
        if not 2 <= len(run) < len(words) or run[0].casefold() in self._determiners or self.given_name_run(run):
            return None
        if any(self.vocabulary.is_title(w) or self.vocabulary.is_honorific(w.casefold()) for w in run[:-1]):
            return None  # ("President Michael Shanahan will assume ..., it said": a person, titled)
        following = words[len(run)]
        if not following.islower() or not (following in self._adverbs or self.is_past_verb(following)):
            return None
        name = " ".join(run)
        # (a place, a country or a region: "New Zealand will reopen ..., it said" may be a statement's "it")
        return None if self.vocabulary.is_place(name) or self.vocabulary.is_region_after_place(name) else name

    def own_sentence_body(self, at: int, state: State) -> str | None:
        """The capitalised organisation that opens, as its subject, the sentence in which a
        pronoun for a thing at *at* stands: one :meth:`opening_organisation` reads whole (``Acme
        Tools will close two plants, it said``) or one :meth:`opening_body` reads by its
        capitalised head and ``of`` (``The Bank of England raised rates on Thursday, it said``).
        The nearest antecedent, it is the pronoun's even when another body spoke last (``The FCA
        said ...``).  ``None`` for anything else: a noun in lower case (``The company will ...``,
        which :meth:`own_sentence_organisation` and the last speaker read), a person, or no
        subject before the pronoun (``It said ...``).

        .. versionadded:: 0.2 (fixQ66)"""
        index = bisect_right(state.sentence_starts, at - state.paragraph_start) - 1
        if index < 0:
            return None
        opening = state.paragraph_text[state.sentence_starts[index] : at - state.paragraph_start]
        if not opening.strip():
            return None
        body = self.opening_organisation(opening)
        if body is not None and not self.name_goes_on(opening, body):
            return body
        body = self.opening_body(opening)
        if body is None or body.split()[0].casefold() in self._determiners:
            return None  # ("The regulator will ...": a noun, read as the last speaker's)
        return body

    def named_as_employer(self, name: str, at: int, state: State) -> bool:
        """Whether *name*, a referent found for a person pronoun, is written before *at* as a body
        that employs people: right after a role and one of :attr:`EMPLOYER_PREPOSITIONS` (``a
        partner at Morgan Stanley``), or right before a role noun in lower case (``Morgan Stanley
        analyst Jo Reed``, ``Goldman Sachs chief executive``); and never as a person (:meth:`shown_as_person`).
        A name of two or more words only (a surname alone may be a firm's and a person's); at most
        :attr:`MAX_EMPLOYER_LOOKS` places are read.

        .. versionadded:: 0.2 (fixQ66)"""
        if " " not in name:
            return False
        text, vocabulary = state.text, self.vocabulary
        start, looks = text.find(name, 0, at), 0
        while start >= 0 and looks < self.MAX_EMPLOYER_LOOKS:
            looks += 1
            end = start + len(name)
            whole = (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())
            if whole:
                before = text[max(0, start - self.NAMED_WINDOW) : start].split()[-2:]
                if (
                    len(before) == 2 and before[1] in self.EMPLOYER_PREPOSITIONS
                    and (self.person_word(before[0].casefold()) or self.is_occupation(before[0].casefold()))
                ):
                    return not self.shown_as_person(name, at, state)
                after = text[end : end + self.NAMED_WINDOW]
                following = after.split()[:1]
                if after[:1] == " " and following and following[0].islower() and vocabulary.is_role_noun(following[0]):
                    return not self.shown_as_person(name, at, state)
            start = text.find(name, end, at)
        return False

    def given_name_run(self, run: Sequence[str]) -> bool:
        """For :meth:`organisation_last_subject`: whether the capitalised words opening a sentence
        are a person's name, a given name of :attr:`GIVEN_NAMES` and one word more (``Helen Park
        spoke.``: a person, though ``Park`` may end a body's name; not ``Helen Park Trust``).

        .. versionadded:: 0.2"""
        return len(run) == 2 and self.given_words_gender(run) is not None

    def is_possessor(self, person: Person, state: State) -> bool:
        """Whether *person* is named in the possessive (``Tomas Berg's lawyer``, ``Ana Torres'
        coach``): the possessed noun, not the person, is then the phrase's head and subject."""
        words = state.text[person.start : person.start + self.NAMED_WINDOW + len(person.name)].split()
        if len(words) < len(person.words):
            return False
        last = words[len(person.words) - 1].rstrip(",.;:")
        return strip_possessive(last) != last

    def other_pronoun(self, mention: str, pronoun: str) -> bool:
        """Whether *mention* is a person's pronoun other than *pronoun* (the last speaker was
        ``she``, and now ``he`` speaks), or a phrase whose last word is one of
        :attr:`GENDER_WORDS` for another pronoun (``Her brother``, ``the victim's mother``): the
        pronoun does not refer to that speaker."""
        low = mention.casefold()
        if low in self._persons:
            return low != pronoun.casefold()
        words = mention.split()
        if len(words) < 2 or pronoun.casefold() not in self._gendered:
            return False  # (a bare name: "Dame" alone says nothing of the person's gender)
        last = normalize_word(strip_possessive(words[-1]).rstrip(".,;:"))
        gender = self.gender_of(last)
        if self.is_common_gender(last) and normalize_word(words[-2]) in self._gender_articles:
            gender = self._gender_articles[normalize_word(words[-2])]  # ("la presidente": ella)
        return gender is not None and gender != pronoun.casefold()

    def is_common_gender(self, word: str) -> bool:
        """Whether normalised *word* is one of :attr:`COMMON_GENDER_WORDS` (with
        :attr:`GENDER_BY_ENDING`, or a compound that ends in one: ``cdu-abgeordnete``)."""
        if not self._common_gender:
            return False
        return word in self._common_gender or (bool(self._gender_endings) and word.endswith(self._common_gender))

    def article_gender(self, text: str, start: int) -> str | None:
        """The pronoun of :attr:`GENDER_ARTICLES` for the article before the titles right before
        *start* (a name), when one of those titles (at most :attr:`MAX_ARTICLE_TITLES`) is of
        :attr:`COMMON_GENDER_WORDS`: ``Der Abgeordnete Jonas Vogt`` gives ``er``; else ``None``
        (a word that is no title, or a mark, between them: ``la hija del presidente Juan Pérez``)."""
        if not self._gender_articles:
            return None
        words = text[max(0, start - self.NAMED_WINDOW * 2) : start].split()[-(self.MAX_ARTICLE_TITLES + 1) :]
        common = False
        for k, word in enumerate(reversed(words)):
            if k == 0 and word.endswith(",") and self.is_common_gender(normalize_word(word[:-1])):
                word = word[:-1]  # ("Le maire, Jean Dupont,": the role set off before the name)
            low = normalize_word(word)
            if low in self._gender_articles:
                return self._gender_articles[low] if common else None
            if not word[-1:].isalpha() or not (word[:1].isupper() or self.is_common_gender(low) or self.gender_of(low) is not None):
                return None
            common = common or self.is_common_gender(low)
        return None

    def known_core(self, full: str, name_words: Sequence[str], state: State, at: int | None = None) -> str:
        """*full*, the longest name the index has for *name_words*, or the name it ends in when
        the index also knows that one on its own (``Real Donald Trump`` from the title ``The
        Inside Story of the Real Donald Trump`` and ``Donald Trump``: ``Trump`` is Donald Trump):
        a word before a name the article gives without it may be a title's or a handle's, not the
        person's.  Only when that name has two words or more and is longer than *name_words*, or,
        for a mention of a name that long (``Tom Berg said``), when the text last wrote *full*
        before *at* right after a determiner (``the Real Tom Berg``: :meth:`after_determiner`; not
        ``Gabriel Garcia Marquez`` for ``Garcia Marquez said``).  A weekday that opens *full* before
        the mention's words is never the person's (``said Sunday Ann Hale``: Ann Hale).

        .. versionadded:: 0.2
        .. versionchanged:: 0.2
           Also for a mention as long as the shorter name, after a determiner (*at*).
        """
        words = full.split()
        if len(words) > len(name_words) and self.vocabulary.is_weekday(words[0]):
            return " ".join(words[1:])  # ("said Sunday Ann Hale": the day the index read into the name)
        if len(words) <= max(2, len(name_words)):
            return full
        core = " ".join(words[1:])
        if not state.index.is_known(core):
            return full
        if len(words) > len(name_words) + 1:
            return core
        return core if at is not None and self.after_determiner(full, at, state) else full

    def thing_named_after(self, full: str, name_words: Sequence[str], at: int, state: State) -> bool:
        """Whether *full*, a longer name the index gives a one-word mention (*name_words*) by its
        first word only (a surname written first, as in Chinese names), is a thing's name made
        from the mention's: the first time the text writes *full* (within
        :attr:`MAX_RENAMING_REACH` characters of *at*), a determiner stands right before it and a
        lower-case word that is no verb right after it (``A SkyLark Mini drone``: a product
        named after its maker, so ``SkyLark said`` is the maker, not the drone; the first time
        may come after *at* too, ``Kodak said ... The Kodak Vista system``), or it is first written
        after *at* in the same sentence (:meth:`first_written_later`); never when the
        mention is a given name of :attr:`GIVEN_NAMES` (``a Mike Ford novel``: a person's work).
        The first time, the name's introduction: a person introduced as one stays one when
        later named before a noun (``President Xi Jinping ... the Xi Jinping era ... Xi
        said``: Xi Jinping).

        .. versionadded:: 0.2
        """
        if len(name_words) != 1 or full == name_words[0] or not full.startswith(name_words[0] + " "):
            return False
        if self.first_written_later(full, at, state):
            return True  # ("Tesla said the Tesla Model Y recall ...": the maker, not what it spoke of)
        if self.given_words_gender(full.split()) is not None:
            return False  # ("a Mike Ford novel ... Mike wrote": a person's given name, the writer's work)
        text = state.text
        found = text.find(full, max(0, at - self.MAX_RENAMING_REACH), at + self.MAX_RENAMING_REACH)
        if found < 0:
            return False
        before = text[max(0, found - self.NAMED_WINDOW) : found].split()[-1:]
        after = text[found + len(full) : found + len(full) + self.NAMED_WINDOW]
        following = self._word.match(after, 1) if after[:1] == " " else None
        if not before or before[0].casefold() not in self._determiners or following is None:
            return False
        word = following.group()
        low = word.casefold()
        return word[:1].islower() and not (self.is_past_verb(word) or low in self._clause_verbs or self.is_cue_word(low))

    def first_named_later(self, full: str, name_words: Sequence[str], at: int, state: State, words: Sequence[str] = ()) -> bool:
        """Whether *full*, a longer name the index gives a one-word mention (*name_words*) by its
        first word only (a given name alone, ``Mary``), is one the article first names after *at*:
        a given name alone refers only to someone introduced before it with that given name
        (``Her mother, Mary, said ... The police chief, Mary Lou Hale, said``: two women), so
        the mention stays as written; unless a possessive of the longer name's last word stands
        in the mention's *words* or within :attr:`NAMED_WINDOW` characters before it (``Hale's son
        Tom said`` before ``Tom Hale``: he).

        .. versionadded:: 0.2
        """
        if len(name_words) != 1 or not full.startswith(name_words[0] + " "):
            return False
        first = self.first_places(state).get(full)
        if first is None or first <= at:
            return False
        surname = full.split()[-1]
        lead = [*state.text[max(0, at - self.NAMED_WINDOW) : at].split(), *words]
        # ("Hale's son Tom said" before "Tom Hale": the possessive gives him the surname)
        return not any(strip_possessive(w) == surname != w for w in lead)

    def nationality_given_name(self, words: Sequence[str], name_words: Sequence[str], full: str) -> bool:
        """Whether the word before a one-word mention's surname (*name_words*) is a given name
        though it reads as a nationality (``NameModel.NATIONALITY_GIVEN_NAMES``: ``German``), since
        *full*, the name the index gives the surname, has another given name: ``said German
        Ibarra`` beside ``Rafael Ibarra`` is Germán Ibarra, not Rafael.  Never after a determiner
        (``the German Ibarra``: the nationality of someone named before), nor when the index
        knows no longer name (``German Siemens``: the surname alone, as before).

        .. versionadded:: 0.2 (spk61)
        """
        if len(name_words) != 1 or len(words) < 2 or words[-1] != name_words[0]:
            return False
        given = words[-2]
        if not self.names.is_nationality_given_name(given):
            return False
        if len(words) > 2 and words[-3].casefold() in self._determiners:
            return False  # ("the German Ibarra": the nationality of one named before)
        named = full.split()
        return len(named) > 1 and named[-1] == name_words[0] and named[0] != given

    def first_written_later(self, full: str, at: int, state: State) -> bool:
        """Whether the text writes *full* (a longer name the index gives a one-word mention at
        *at*) first after the mention, in the same sentence, and never before it within
        :attr:`MAX_RENAMING_REACH` characters: the name is then of something the speaker's own
        words speak of (``Tesla said the Tesla Model Y recall covered 2,000 cars``, ``Ford said
        Ford Credit would cut jobs``), never the speaker's.

        .. versionadded:: 0.2
        """
        text = state.text
        if text.find(full, max(0, at - self.MAX_RENAMING_REACH), at) >= 0:
            return False
        end = self._sentence_end.search(text, at, min(len(text), at + self.MAX_SENTENCE), KEEP_GIL)
        stop = end.start() if end is not None else min(len(text), at + self.MAX_SENTENCE)
        return text.find(full, at + 1, stop) >= 0

    def after_determiner(self, name: str, at: int, state: State) -> bool:
        """Whether the last time the text writes *name* before *at*, within
        :attr:`MAX_RENAMING_REACH` characters, a determiner (``Vocabulary.DETERMINERS``) stands
        right before it (``the Real Tom Berg``) while the mention at *at* opens with none: its first
        word is then an adjective's or a title's, as a person's given name follows none (a body's
        name written with its article both times, ``the London Stock Exchange`` and ``the Stock
        Exchange``, keeps its first word).

        .. versionadded:: 0.2
        """
        text = state.text
        opening = text[at : at + self.NAMED_WINDOW].split()[:1]
        if opening and opening[0].casefold() in self._determiners:
            return False
        found = text.rfind(name, max(0, at - self.MAX_RENAMING_REACH), at)
        if found < 0:
            return False
        before = text[max(0, found - self.NAMED_WINDOW) : found].split()[-1:]
        return bool(before) and before[0].casefold() in self._determiners

    def title_case_role_object(self, words: Sequence[str], name_words: Sequence[str]) -> bool:
        """Whether the *name_words* that end a mention's *words* are the object of a role written
        in title case: right before them a capitalised one of :attr:`ROLE_LINKS` (``Of``, ``For``),
        and before that a title, role or person noun (``The Dean Of Students``, ``the Minister For
        Housing``): the mention is a role, not a person named ``Students``.  A link in lower case
        is read as before (``Secretary of State John Kerry``), and so is a body (``the Bank Of
        England``).

        .. versionadded:: 0.2
        """
        link = len(words) - len(name_words) - 1
        if link < 1 or not words[link][:1].isupper() or words[link].casefold() not in self._role_links:
            return False
        role = words[link - 1].rstrip(",")
        low = role.casefold()
        return self.vocabulary.is_title(role) or self.vocabulary.is_role_noun(low) or low in self._person_nouns

    def titled_person(
        self, titles: Sequence[str], name_words: Sequence[str], full: str, state: State, at: int | None = None
    ) -> str:
        """The person a name with *titles* before it refers to, given *full*, the fullest name the
        index has for *name_words*: when a title calls for one of :attr:`GENDER_WORDS` and the
        article described *full* as the other (``Mrs. Clinton`` after ``Bill Clinton ... his wife``),
        the one other person of that name described with the title's gender, else the name as
        written (no wrong person: for a mention of *full* itself, ``Mrs. Bill Hart`` after ``Bill
        Hart ... his wife``, the one person of the surname described with the title's gender, else
        the titles kept); the name as written too when the article describes no gender for *full*
        but gives it a kin word of the title's gender (``Jean Dupont est arrivé avec sa femme. ...
        Mme Dupont``: :meth:`described_kin`); *full* otherwise.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2
           A mention of the full name itself no longer gives the person of the other gender.
        """
        wanted = next((g for g in (self.gender_of(normalize_word(w)) for w in titles) if g is not None), None)
        bare = len(name_words) == 1 and not titles and at is not None
        living = self.living_namesake(name_words[0], at, state) if bare and at is not None else None
        if living is not None:
            return living  # ("Margaret Ellison died ... her son, Peter Ellison ... Ellison said": the son)
        namesake = self.namesake_speaker(name_words[0], at, state) if bare and at is not None else None
        if namesake is not None:
            return namesake  # ("Kamala Singh and her son, Arjun Singh, ... Singh said": either)
        if bare and at is not None and self.opens_two_names(name_words[0], full, at, state):
            return name_words[0]  # ("Kim Yong-hyun ... Kim Sung-hoon ... Kim said": either, as written)
        family = self.family_namesake(name_words[0], at, state) if bare and at is not None else None
        if family is not None:
            return family  # ("Ruth Fraser ... her husband, Alan Fraser ... Fraser said": either)
        if len(name_words) == 1:
            shared = self.shared_surname(titles, name_words[0], wanted, full, state)
            if shared is not None:
                return shared  # ("Dr Holt" after "Lena Holt ... Dr Sam Holt": Sam Holt)
            recent = self.paragraph_namesake(name_words[0], wanted, at, state, titles) if at is not None else None
            if recent is not None:
                return recent  # ("John Smith ... [paragraph] Eric Smith, his son, said ... Smith said": Eric Smith)
            quoted = self.quoted_namesakes(titles, name_words[0], wanted, state, at)
            if quoted is not None:
                return quoted  # ("Paul Hale said ... Tom Hale said ... Hale said": either, as written)
        if len(name_words) == 1 and titles and at is not None:
            close = self.titled_namesake(titles, name_words[0], wanted, at, state)
            if close is not None:
                return close  # ("Neil Young and Angus Young played. Mr Young said ...": either of them, as written)
        nearest = self.nearest_namesake(name_words[0], full, at, state) if bare and at is not None else None
        if nearest is not None:
            return nearest  # ('Ana Berg spoke. "...," Berg said. Later Tomas Anders Berg came.': Ana Berg)
        if wanted is None:
            return full
        genders = self.genders_of(state)
        shown = genders.get(full)
        # (the mention's own title may be what described *full*: "Mrs. Bill Hart" after "Bill Hart
        # ... his wife, Joan Hart"; a possessive after an earlier mention shows the other gender)
        if (
            shown == wanted and len(name_words) > 1 and at is not None
            and self.possessive_gender(full, at, state) not in (None, wanted)
        ):
            surname = full.split()[-1:]
            others = [n for n, g in genders.items() if g == wanted and n != full and n.split()[-1:] == surname]
            return others[0] if len(others) == 1 else " ".join([*titles, *name_words])
        if shown is None:
            if self.honorific_stranger(name_words, full, wanted):
                return name_words[0]  # ("Nina Marsh ... Mr. Marsh": someone else, as written)
            if state.kin is None:
                state.kin = self.described_kin(state)
            # ("Jean Dupont est arrivé avec sa femme. ... Mme Dupont": maybe the wife, as written)
            return " ".join(name_words) if wanted in state.kin.get(full, ()) else full
        if (
            shown == "" and len(name_words) > 1 and " ".join(name_words) == full and at is not None
            and self.possessive_gender(full, at, state) not in (None, wanted)
        ):
            # ("Mrs. Bill Hart" after "Mr. Bill Hart visited with his wife, Joan Hart": a name
            # described for both, whose possessive shows the other gender; the one woman of the
            # surname, else the mention as written)
            same = [n for n, g in genders.items() if g == wanted and n.split()[-1:] == name_words[-1:]]
            return same[0] if len(same) == 1 else " ".join([*titles, *name_words])
        if shown in ("", wanted):
            return full
        ending = tuple(name_words)
        same = [n for n, g in genders.items() if g == wanted and tuple(n.split()[-len(ending) :]) == ending]
        if len(same) == 1:
            return same[0]
        if " ".join(name_words) != full:
            return " ".join(name_words)  # ("Mrs. Hart", "Mrs. Lee Hart": no one's full name)
        # ("Mrs. Bill Hart" after "Bill Hart ... his wife, Joan Hart": the one woman of the surname,
        # else the mention as written, titles kept: the words alone name the man)
        same = [n for n, g in genders.items() if g == wanted and n.split()[-1:] == [ending[-1]]]
        return same[0] if len(same) == 1 else " ".join([*titles, *name_words])

    #: The most characters between a person's name and one of :attr:`DEATH_VERBS` after it, a
    #: clause or an age set off by commas (``Margaret Hale, who ran the library for 30 years,
    #: died``), for :meth:`described_dead`.
    #:
    #: .. versionadded:: 0.2
    DEATH_REACH: ClassVar[int] = 160

    def living_namesake(self, surname: str, at: int, state: State) -> str | None:
        """The person a bare *surname* after a cue at *at* refers to when the article gives two
        or three people the surname (:meth:`namesakes`) and all but one of them are described as
        dead before *at* (:meth:`described_dead`: ``Margaret Ellison ... died Sunday``, ``the late
        Margaret Ellison``): the one alive, who can speak now; ``None`` otherwise, and when the
        line at *at* holds a year's number within :attr:`YEAR_REACH` characters (``Ellison said in 1998``: the dead may be quoted
        from before), so that the other rules decide.

        .. versionadded:: 0.2
        """
        if not self.DEATH_VERBS and not self.DEATH_ADJECTIVES:
            return None
        people = self.namesakes(surname, state)
        if not 2 <= len(people) <= self.MAX_SUBJECTS:
            return None
        reach = min(len(state.text), at + self.YEAR_REACH)
        end = state.text.find("\n", at, reach)
        if _YEAR.search(state.text, at, end if end >= 0 else reach, KEEP_GIL):
            return None  # ("... Ellison said in a 1998 interview": the dead quoted from before)
        mentions = state.index.people_between(0, at, self.MAX_NAMESAKE_MENTIONS)
        dead = {person.name for person in mentions if self.described_dead(person, state)}
        alive = [name for name in people if not any(set(name.split()) <= set(d.split()) for d in dead)]
        if len(alive) == len(people) or not alive:
            return None
        if len(alive) == 1:
            return alive[0]
        # (two alive or more: the one of the gender a possessive before a kin word after the cue shows,
        # "Finch said her husband ...": the wife; else the surname as written, never the dead one)
        shown = self.kin_owner_after(at, state)
        if shown is not None:
            genders = self.genders_of(state)
            same = [name for name in alive if genders.get(name) == shown]
            if len(same) == 1:
                return same[0]
        return surname

    def kin_owner_after(self, at: int, state: State) -> str | None:
        """For :meth:`living_namesake`: the pronoun the first possessive of
        :attr:`PERSON_POSSESSIVE_FORMS` right before a kin or gender word of :attr:`GENDER_WORDS`
        shows, within :attr:`PHRASE_WINDOW` characters after *at* and its sentence (``Finch said
        her husband never took a holiday``: she); ``None`` for none, or for a possessive of either
        pronoun.

        .. versionadded:: 0.2
        """
        text = state.text
        stop = min(len(text), at + self.PHRASE_WINDOW)
        ends = [k for k in (text.find(mark, at, stop) for mark in self.SENTENCE_END) if k >= 0]
        words = [w.casefold() for w in self._word.findall(text, at, min(ends, default=stop), False, KEEP_GIL)]
        for word, noun in pairwise(words):
            if word in self._possessive_forms and self.gender_of(normalize_word(noun)) is not None:
                shown = self._possessive_forms[word]
                return next(iter(shown)) if len(shown) == 1 else None
        return None

    #: How many characters after a bare surname's cue :meth:`living_namesake` reads for a year
    #: (``Ellison said in a 1998 interview``), within the line: a bound, so that a line of any
    #: length is read in linear time.
    #:
    #: .. versionadded:: 0.2
    YEAR_REACH: ClassVar[int] = 200

    #: How many mentions of people before a bare surname :meth:`living_namesake` reads.
    #:
    #: .. versionadded:: 0.2
    MAX_NAMESAKE_MENTIONS: ClassVar[int] = 60

    def described_dead(self, person: Person, state: State) -> bool:
        """Whether the article describes *person*, a mention of the index, as dead right there:
        one of :attr:`DEATH_ADJECTIVES` right before the name (``the late Margaret Hale``), or one
        of :attr:`DEATH_VERBS` after it with at most an aside set off by commas between, within
        :attr:`DEATH_REACH` characters and the sentence, maybe after one of
        :attr:`DEATH_AUXILIARIES` (``Margaret Hale died``, ``Margaret Hale,
        88, dies``, ``Margaret Hale, who ran the library, has died``; not ``Tom Hale said his mother
        died``).

        .. versionadded:: 0.2
        """
        text = state.text
        before = text[max(0, person.start - self.NAMED_WINDOW) : person.start].split()
        if before and before[-1].casefold() in self.DEATH_ADJECTIVES:
            return True
        end = person.start + len(person.name)
        if text[person.start : end] != person.name:
            return False
        tail = text[end : end + self.DEATH_REACH]
        folded = tail.casefold()
        if not any(map(folded.__contains__, self.DEATH_VERBS)):
            return False  # (no word of the tail can be one: the words are not read one by one)
        for word in _WORD_RUN.finditer(tail):
            if word.group().casefold() in self.DEATH_VERBS:
                between = tail[: word.start()].strip()
                rest, _, auxiliary = between.rpartition(" ")
                if auxiliary.casefold() in self.DEATH_AUXILIARIES:
                    between = rest.strip()  # ("Harold Finch, a fisherman, has died": the auxiliary before the verb)
                if not between or (between.startswith(",") and between.endswith(",")):
                    return not any(mark in between for mark in ".!?\n")
        return False

    #: How many first letters two given names share when :meth:`paragraph_namesake` reads them
    #: as one person's (``Sandra`` and ``Sandy``, ``Kenneth`` and ``Ken``).
    #:
    #: .. versionadded:: 0.2 (mendQT66)
    NICKNAME_PREFIX_LETTERS: ClassVar[int] = 3

    def paragraph_namesake(
        self, surname: str, wanted: str | None, at: int, state: State, titles: Sequence[str] = ()
    ) -> str | None:
        """The person a *surname* at *at* (bare, or after titles of *wanted* gender) refers to when
        the article gives two people or more that surname (:meth:`namesakes`) and the paragraph
        being read names exactly one of them by a full name before *at* (the paragraph before
        it when this one names no one before *at*, and then only when no other of them spoke
        and the article calls no one by the bare surname before it, :meth:`surname_in_use`): that
        one, the nearest, whom the surname (its given name one of :attr:`GIVEN_NAMES`, and none of
        the others' opening with its first :attr:`NICKNAME_PREFIX_LETTERS` letters)
        takes up (``John Smith, 62, said ... [paragraph] Eric Smith, the farmer's son, said ...
        "...," Smith said.``: Eric Smith; ``Her death was confirmed by her daughter, Ruth Ellison.
        [paragraph] "...," Ms. Ellison said.``: Ruth Ellison, not the mother named first).  One
        described as of the other gender than a title's (``Mr``, ``Ms``) is not that one, nor one
        named only inside quoted words, and a mention with *titles* the article wrote before that
        one was named stays with the one it called so (``Mrs. Clinton`` before ``Chelsea Clinton``).
        ``None`` (the other rules decide) when it names none of them there, or two (``Kamala
        Singh and her son, Arjun Singh ...``: :meth:`namesake_speaker` keeps the surname).

        .. versionadded:: 0.2
        """
        people: list[str] = []  # (one person once, any case: "Marta de Souza" and "De Souza" are one)
        for name in self.namesakes(surname, state):
            folded = {w.casefold() for w in name.split()}
            if not any(folded <= {w.casefold() for w in other.split()} for other in people):
                people.append(name)
        if not 2 <= len(people) <= self.MAX_SUBJECTS:
            return None
        start, before = state.paragraph_start, False
        if state.previous_paragraph is not None and not state.index.people_between(start, at, 1):
            start, before = state.previous_paragraph.start, True  # (a paragraph that names no one: the one before it)
        found: list[str] = []
        first_at = at
        for person in state.index.people_before(start, at, self.MAX_SUBJECTS):
            words = [strip_possessive(w) for w in person.words]
            if len(words) < 2 or words[-1] != surname or person.start + len(person.name) >= at:
                continue
            if self.in_quoted_words(state.text, person.start):
                continue  # ('"... Jeb Bush has the character ...," the former president said': no one named there)
            holder = next((name for name in people if set(words) <= set(name.split())), None)
            if holder is not None and holder not in found:
                found.append(holder)
                first_at = min(first_at, person.start)
        if len(found) != 1 or found[0].split()[0].casefold() not in self._given_names:
            return None  # (two; or a name of no given name, "Can Sanders" of a question, "Stop Trump")
        given = found[0].split()[0].casefold()[: self.NICKNAME_PREFIX_LETTERS]
        if any(name != found[0] and name.split()[0].casefold().startswith(given) for name in people):
            return None  # ("Sandra Paradis" and "Sandy Paradis": one person, maybe, by a short name)
        if titles and state.text.find(" ".join([*titles, surname]), 0, first_at) >= 0:
            return None  # ("Mrs. Clinton" written before "Chelsea Clinton" is named: the one called so already)
        if before and (
            any(name != found[0] and name in state.spoken for name in people) or self.surname_in_use(surname, first_at, state)
        ):
            # (named in the paragraph before only: when another namesake spoke, or the article already
            # calls one by the bare surname, that one may speak on: "David Moll said ... His wife, Sara
            # Moll, signed it too. [paragraph] Moll said", the other rules decide)
            return None
        if wanted is not None:
            genders = self.genders_of(state)
            if genders.get(found[0]) not in (None, "", wanted) or self.other_gender(found[0], wanted, state):
                return None  # ("Mr. Smith" after "Anna Smith": not her)
        return found[0]

    def shared_surname(self, titles: Sequence[str], surname: str, wanted: str | None, full: str, state: State) -> str | None:
        """For :meth:`titled_person`: the person a surname with *titles* before it refers to when
        the article gives two people or more that surname, at most :attr:`MAX_SUBJECTS` names
        (:meth:`surname_holders`; names of one person, ``Ana Ruiz`` and ``Ana M. Ruiz``, count
        once), ``None`` (the other rules
        decide from *full*, the index's fullest name for it) when it gives one or none.  The one
        of them described with a title of the mention (``Dr Holt`` after ``Lena Holt, a nurse,
        and her brother, Dr Sam Holt``: Sam Holt); else, for a title of *wanted*
        gender (``Mr``, ``Mrs``, ``Frau``, ``Mme``) unless the article shows *full* of that
        gender, the one of them not described with the other gender if the others are (``Mr
        Holt`` there), else, when it shows no gender for *full*, the mention as written, titles
        kept (``Mr Marsh`` after ``Paul and Nina Marsh``: no guess) when the article gives a
        couple that surname; the other rules decide otherwise.

        .. versionadded:: 0.2
        """
        holders = self.surname_holders(state).get(surname, {})
        if not 2 <= len(holders) <= self.MAX_SUBJECTS:
            return None  # (one or none; or so many that the other rules decide, in bounded work)
        people: list[str] = []  # (one name for each person: "Ana M. Ruiz" and "Ana Ruiz" are one)
        for name in sorted(holders, key=len, reverse=True):
            words = set(name.split())
            if not any(words <= set(other.split()) for other in people):
                people.append(name)
        if len(people) < 2:
            return None
        marks = {normalize_word(w.rstrip(".")) for w in titles if self.vocabulary.is_title(w)}
        titled = [name for name in people if any(marks & holders[n] for n in holders if set(n.split()) <= set(name.split()))]
        if len(titled) == 1:
            return titled[0]
        if wanted is None:
            return None
        genders = self.genders_of(state)
        if genders.get(full) == wanted:
            return None  # (the article shows the fullest name of the title's gender: that one)
        left = [name for name in people if genders.get(name) in (None, "", wanted)]
        if len(left) == 1:
            return left[0]
        if genders.get(full):
            return None
        # (no guess when the article gives a couple that surname: "Paul and Nina Marsh")
        paired = any("" in described for described in holders.values())
        return " ".join([*titles, surname]) if paired else None

    def titled_namesake(self, titles: Sequence[str], surname: str, wanted: str | None, at: int, state: State) -> str | None:
        """For :meth:`titled_person`, after :meth:`shared_surname` left it to the other rules: a
        surname with *titles* of a gender (*wanted*) at *at* stays as written, titles kept, when two
        people or more the article gives that surname (one fullest name each, :meth:`namesakes`),
        each opening with a given name of :attr:`GIVEN_NAMES`, may be the title's (*wanted* gender,
        or no gender the article shows) and the two of them named nearest before *at*, within
        :attr:`SUBJECT_WINDOW` characters, are named in one sentence (``Neil Young and Angus Young
        both played. Mr Young said ...``: no one sure).  ``None`` (the other rules decide) otherwise:
        the nearer mention alone is no evidence (``Mr. Bush`` of a story on Jeb Bush after a
        paragraph that names George W. Bush is still Jeb Bush).

        .. versionadded:: 0.2
        """
        if wanted is None:
            return None
        people = self.namesakes(surname, state)
        if not 2 <= len(people) <= self.MAX_SUBJECTS:
            return None
        genders = self.genders_of(state)
        # (each a person by a given name of GIVEN_NAMES, "Neil Young", "Angus Young"; not "First Trump")
        people = [
            name for name in people
            if name.split()[0].casefold() in self._given_names
            and genders.get(name) in (None, "", wanted) and not self.other_gender(name, wanted, state)
        ]
        if len(people) < 2:
            return None
        named: list[tuple[int, str]] = []  # (where each of them is last named before *at*, nearest first)
        for person in reversed(state.index.people_before(max(0, at - self.SUBJECT_WINDOW), at, self.MAX_SUBJECTS)):
            holder = next((name for name in people if set(person.words) <= set(name.split())), None)
            if holder is not None and all(holder != other for _, other in named):
                named.append((person.start, holder))
            if len(named) == 2:
                break
        if not named:
            return None
        if len(named) == 2 and not self.sentence_end_between(state.text, named[1][0], named[0][0]):
            return " ".join([*titles, surname])
        return None

    @staticmethod
    def sentence_end_between(text: str, start: int, end: int) -> bool:
        """Whether a sentence ends in ``text[start:end]``: a full stop, question or exclamation
        mark before a blank, or a line end.

        .. versionadded:: 0.2
        """
        piece = text[start:end]
        return "\n" in piece or any(mark + " " in piece for mark in ".!?")

    def joined_partners(
        self, words: Sequence[str], join: int, plural: int, first: str, second: str, at: int, state: State
    ) -> tuple[str, str]:
        """*first* and *second*, the names :meth:`resolve_name` found for the two sides of a joined
        mention (*words*, joined at *join*; *plural* words of a title before the first), with a
        bare surname on one side read by the partner on the other (:meth:`partner_namesake`):
        ``Ford and Fry replied`` after ``Martha Fry and her brother, Dale Ford,`` and a later ``Mike
        Ford`` is Dale Ford and Martha Fry.

        .. versionadded:: 0.2 (fixQ67)"""
        sides = (
            self.joined_part(words[plural:join], leading=True),
            self.joined_part(words[join + 1 :], leading=False),
        )
        found = [first, second]
        for side in (0, 1):
            other = found[1 - side]  # (the first pass may have read the first side anew: rvq67)
            bare = [strip_possessive(w).rstrip(",") for w in sides[side]]
            if len(bare) == 1 and bare[0][:1].isupper() and len(other.split()) > 1:
                partner = self.partner_namesake(bare[0], other, at, state)
                found[side] = partner if partner is not None else found[side]
        return found[0], found[1]

    def partner_namesake(self, surname: str, partner: str, at: int, state: State) -> str | None:
        """The one of two people or more the article gives *surname* (:meth:`namesakes`) whom it
        joined to *partner* before *at*: named within :attr:`PARTNER_WINDOW` characters of it with
        one of :attr:`COORDINATORS` and no sentence end between: ``Martha Fry and her brother,
        Dale Ford,`` makes ``Ford`` in ``Ford and Fry`` Dale Ford, not a ``Mike Ford`` named
        nearer.  ``None`` when the article gives one person
        that surname (the other rules read it), or named none or two of them beside *partner*.

        .. versionadded:: 0.2 (fixQ67)"""
        people = self.namesakes(surname, state)
        if not 2 <= len(people) <= self.MAX_SUBJECTS or partner in people:
            return None
        text = state.text
        mentions = state.index.people_between(0, at, self.MAX_PARTNER_MENTIONS)
        spots = [(p.start, p.start + len(p.name)) for p in mentions if p.name == partner]
        fits: set[str] = set()
        for person in mentions:
            named = [strip_possessive(w) for w in person.words]
            if len(named) < 2 or named[-1] != surname:
                continue
            holder = next((name for name in people if set(named) <= set(name.split())), None)
            end = person.start + len(person.name)
            for start, stop in spots:
                left, right = (end, start) if end <= start else (stop, person.start)
                if holder is None or not 0 <= right - left <= self.PARTNER_WINDOW or self.sentence_between(text, left, right):
                    continue
                if any(word in self._coordinators for word in text[left:right].split()):
                    fits.add(holder)  # (joined: "Martha Fry and her brother, Dale Ford"; not "Martha Fry met Dale Ford")
        return next(iter(fits)) if len(fits) == 1 else None

    def namesakes(self, surname: str, state: State) -> list[str]:
        """The people the article gives *surname* (:meth:`surname_holders`), one fullest name for
        each (``Ana M. Ruiz`` and ``Ana Ruiz`` are one).

        .. versionadded:: 0.2
        """
        people: list[str] = []
        for name in sorted(self.surname_holders(state).get(surname, {}), key=len, reverse=True):
            if not any(set(name.split()) <= set(other.split()) for other in people):
                people.append(name)
        return people

    def quoted_namesakes(
        self, titles: Sequence[str], surname: str, wanted: str | None, state: State, at: int | None = None
    ) -> str | None:
        """The mention as written (*titles* and *surname*) when two people or more the article
        gives *surname* (:meth:`namesakes`) were quoted already (``State.spoken``) and, for a
        title of one gender (*wanted*), two or more of them are not described as of the other
        (``Paul Hale, the founder, said ... Tom Hale, the coach, said ... Hale said``, ``Mr Hale
        said``: either, and a wrong person is worse than none); ``None`` when one is left (``Ms
        Hale`` after ``Paul Hale`` and ``his daughter, Ruth Hale``); but when one of them is the
        last speaker, named within :attr:`FAMILY_WINDOW` characters before *at*, and no other of
        them is named by full name there (``Prime
        Minister Ann Sharif said ... [paragraph] Sharif said``, her namesake named far before):
        that speaker.

        .. versionadded:: 0.2
        """
        people: list[str] = []
        for name in self.namesakes(surname, state):
            words = {w.casefold() for w in name.split()}
            if name in state.spoken and not any(words <= {w.casefold() for w in other.split()} for other in people):
                people.append(name)  # (one person once: "Luis de Miranda" and "De Miranda" opening a sentence)
        if len(people) > 1 and at is not None:
            last = state.last_speaker
            floor = max(0, at - self.FAMILY_WINDOW)
            if last is not None and last.span is not None and last.span.start >= floor and last.name in people:
                window = state.index.people_between(floor, at, self.MAX_SUBJECTS + 1)
                if all(person.name == last.name or person.words[-1:] != (surname,) for person in window):
                    return last.name  # ("Ann Sharif said ... [paragraph] Sharif said": she spoke on, no namesake near)
        if len(people) > 1 and wanted is not None:
            genders = self.genders_of(state)
            people = [name for name in people if genders.get(name) in (None, "", wanted)]
        return " ".join([*titles, surname]) if len(people) > 1 else None

    #: How far back (characters) :meth:`family_namesake` looks for a kin of the same surname.
    FAMILY_WINDOW: ClassVar[int] = 1200

    def family_namesake(self, surname: str, at: int, state: State) -> str | None:
        """The person a bare *surname* at *at* refers to when, within :attr:`FAMILY_WINDOW`
        characters before it, the article names someone of that surname as another's kin (a
        possessive determiner and a noun of :attr:`GENDER_WORDS` right before the full name:
        ``her husband, Alan Fraser``) and the article gives two people or more the surname (a
        couple, siblings, a parent and a child): the last speaker when their full name has the
        surname and they were named after that kin (``"...," Alan Fraser said. ... "...," Fraser
        added.``) unless another of them is the subject of a sentence after that speaker's mention
        (``Ben Hale nodded. "...," Hale said.``: Ben Hale), else the last subject of a sentence
        (:meth:`last_subject`) when that is one of them named there since the kin (``His mother,
        Claire Fraser, did not want to wait. ... "...," Fraser said.``: she) and no other of them
        spoke last, before the kin (``"...," Maria Costa said. ... Her daughter, Lucia Costa, lives
        nearby. "...," Costa said.``: either), else the surname as written: either of them may be meant,
        and a wrong person is worse than none (``Ruth Fraser farms. She runs it with her husband,
        Alan Fraser. "...," Fraser said.``).  ``None`` when no such kin stands there: the other
        rules decide.

        .. versionadded:: 0.2
        """
        if not 2 <= len(self.namesakes(surname, state)) <= self.MAX_SUBJECTS:
            return None
        kin_at = -1
        for person in state.index.people_between(max(0, at - self.FAMILY_WINDOW), at, self.MAX_SUBJECTS):
            if len(person.words) < 2 or person.words[-1] != surname or person.start + len(person.name) >= at:
                continue
            lead = state.text[max(0, person.start - self.NAMED_WINDOW) : person.start].split()[-2:]
            if len(lead) == 2 and lead[0].casefold() in self._possessive_determiners and self.gender_of(
                normalize_word(lead[1].rstrip(","))
            ) is not None:
                kin_at = person.start
        if kin_at < 0 or self.surname_in_use(surname, kin_at, state):
            return None
        last = state.last_speaker
        spoke = last is not None and last.span is not None and last.name.split()[-1:] == [surname]
        named = self.subject_person(at, state)
        subject = self.last_subject(at, state) if named is not None else None
        if subject is None or subject.split()[-1:] != [surname] or len(subject.split()) < 2:
            named, subject = None, None  # (no subject of the surname: the speaker or the surname decide)
        if spoke and last is not None and last.span is not None and last.span.start > kin_at:
            if named is not None and subject != last.name and named.start > last.span.start:
                return subject  # ('"...," Tom Hale said. ... Ben Hale nodded. "...," Hale said.': Ben Hale)
            return last.name if len(last.name.split()) > 1 else surname
        if subject is not None and any(p.name == subject for p in state.index.people_between(kin_at, at, self.MAX_SUBJECTS)):
            if spoke and last is not None and subject != last.name:
                # ('"...," Maria Costa said. ... Her daughter, Lucia Costa, lives nearby. "...," Costa
                # said.': the one who spoke before the kin was named, or the relative: as written)
                return surname
            if any(other != subject and other in state.spoken for other in self.namesakes(surname, state)):
                # ("Paul Hale, the founder, said ... His son, Tom Hale, said ... Hale said": both
                # quoted, either may speak again: as written)
                return surname
            return subject  # ("His mother, Claire Fraser, did not want to wait. ... Fraser said": she)
        return surname

    def named_relative(self, words: Sequence[str], at: int, state: State) -> str | None:
        """The person a mention of a possessive determiner and a kin word of :attr:`GENDER_WORDS`
        in lower case (``his wife``, ``her husband``) refers to, within :attr:`FAMILY_WINDOW`
        characters before *at*: the one the article named right after the same two words,
        outside quotation marks (``Mark Asante and his wife, Linda, run the shop``: Linda; ``...
        with her husband, Peter Roth``: Peter Roth), when it names one so and no one but the
        person named before those words (whose relative it is) and that relative between them
        and *at*; else (:meth:`couple_member`) the one of a couple given one surname (``Mark and
        Linda Asante``) whose given name is of the kin word's gender.  ``None`` otherwise: two such
        relatives, or someone else named since (``his`` may then be that one's), leave the
        mention as written.

        .. versionadded:: 0.2
        """
        if len(words) != 2 or self._gender_titled is None:
            return None
        owner_word, noun = words[0].casefold(), words[1]
        if owner_word not in self._possessive_determiners or not (noun.isalpha() and noun.islower()):
            return None
        kin = self.gender_of(normalize_word(noun))
        if kin is None:
            return None
        text, floor = state.text, max(0, at - self.FAMILY_WINDOW)
        found: list[tuple[str, int, int]] = []  # (the relative's name, where the two words start, where the name ends)
        for match in self._gender_titled.finditer(text, floor, at):
            if match["word"] != noun:
                continue  # (another kin word, or a title in capitals: "Brother Oskar")
            before = text[max(floor, match.start() - self.NAMED_WINDOW) : match.start()].split()[-1:]
            if [w.casefold() for w in before] != [owner_word]:
                continue  # ("our son, Kofi" for "his son"; "the son, Kofi")
            if self.in_quoted_words(text, match.start()):
                continue
            full = state.index.people_between(match.start("name"), match.end("name") + 1, 1)
            name = full[0].name if full and full[0].start == match.start("name") else match["name"]
            if not full or full[0].start != match.start("name"):
                # ("her daughter, Ruth Ellison Park": a surname that is a place's word, kept whole)
                name = self.place_surnamed_at(text, match.start("name")) or name
            if len(name.split()) == 1 and not (self.names.is_name_word(name) or self.is_date_name(name)):
                continue  # ("his son, Paris": a place; a month is a given name after a kin word, "his wife, June")
            found.append((name, match.start(), match.start("name") + len(name)))
        if len({name for name, _, _ in found}) != 1:
            return self.couple_member(kin, at, state) if not found else None
        name, start, end = found[-1]
        owner = state.index.people_before(floor, start, 1)
        allowed = set(name.split()) | (set(owner[0].words) if owner else set())
        since = state.index.people_between(end, at, self.MAX_SUBJECTS + 1)
        if len(since) > self.MAX_SUBJECTS or any(not set(person.words) <= allowed for person in since):
            return None  # ("Mark Asante came with his wife, Linda. ... Tom Berg said. His wife said": his?)
        return name

    def place_surnamed_at(self, text: str, start: int) -> str | None:
        """For :meth:`named_relative`: the name of capitalised words that starts at *start* in *text*
        and ends in a surname that is a place's word too (:meth:`name_with_place_surname`: ``Ruth
        Ellison Park``), read within :attr:`NAMED_WINDOW` characters up to the first word in lower
        case or mark; ``None`` for any other run of words.

        .. versionadded:: 0.2 (mendQS70)"""
        run: list[str] = []
        for word in text[start : start + self.NAMED_WINDOW].split()[: self.MAX_NAME_WORDS]:
            bare = word.rstrip(",.;:")
            if not (bare.isalpha() and bare[:1].isupper()):
                break
            run.append(bare)
            if bare != word:
                break  # (a mark ends the name)
        return " ".join(run) if self.name_with_place_surname(run) else None

    def couple_member(self, kin: str, at: int, state: State) -> str | None:
        """For :meth:`named_relative`: the one of a couple the article names by one surname
        (``Mark and Linda Asante``: :meth:`written_as_couple`) whose given name is of *kin*'s
        gender when the other's is of the other gender, when the last person named within
        :attr:`FAMILY_WINDOW` characters before *at* with a surname is one of them and anyone
        named after is too, by a part of the name (``Victor and Helen Amsel ... Victor, 80, ...
        His wife said``: Helen Amsel); else ``None``.

        .. versionadded:: 0.2
        """
        named = state.index.people_before(max(0, at - self.FAMILY_WINDOW), at, self.MAX_SUBJECTS)
        full = [person for person in named if len(person.words) > 1]
        if not full:
            return None
        surname = full[-1].words[-1]
        people = self.namesakes(surname, state)
        if len(people) != 2 or not self.written_as_couple(people, state):
            return None  # (two relatives, maybe, but no couple: "Paul Marsh and his son, Tom Marsh")
        words = set(people[0].split()) | set(people[1].split())
        if any(not set(person.words) <= words for person in named if person.start > full[-1].start):
            return None  # (someone else named since: "his" may be that one's)
        genders = [self.given_words_gender(name.split()) for name in people]
        if None in genders or genders[0] == genders[1] or kin not in genders:
            return None
        return people[genders.index(kin)]

    def written_as_couple(self, people: Sequence[str], state: State) -> bool:
        """Whether the article writes the two full names *people*, of one surname, as a couple:
        the given name of one, one of :attr:`COORDINATORS` and the full name of the other (``Mark
        and Linda Asante``; :meth:`surname_holders` marks the first with the empty word).

        .. versionadded:: 0.2
        """
        holders = self.surname_holders(state).get(people[0].split()[-1], {})
        if any("" in holders.get(name, frozenset()) for name in people):
            return True
        for first, second in (people, people[::-1]):
            given = first.split()[0]
            for coordinator in self._coordinators:
                if f"{given} {coordinator} {second}" in state.text:
                    return True  # ("Victor and Helen Amsel", though "Victor Amsel" is written too)
        return False

    def surname_in_use(self, surname: str, before: int, state: State) -> bool:
        """Whether the article writes *surname* alone before *before*, not right after a name word
        (``Instead, Fiorina opened ...``, not ``Carly Fiorina``) nor right after a determiner
        (``The Fiorina family``: the family, no one person): it already calls one person by
        the bare surname, whom a relative named later (``her husband, Frank Fiorina``) leaves
        the one meant.

        The article is read once for each surname, in :attr:`~newsparse.quotes.model.State.bare_surnames`
        (how far it was read, and the first bare place found).

        .. versionadded:: 0.2
        """
        read, found = state.bare_surnames.get(surname, (0, -1))
        if found >= 0 or read >= before:
            return found >= 0 and found + len(surname) <= before
        text, pos = state.text, state.text.find(surname, read, before)
        while pos >= 0:
            end = pos + len(surname)
            if not text[pos - 1 : pos].isalpha() and not text[end : end + 1].isalpha():
                previous = text[max(0, pos - self.NAMED_WINDOW) : pos].split()[-1:]
                word = previous[0] if previous else ""
                if word.casefold() in self._determiners:
                    pass  # ("The Henderson family", "a Fraser spokesman": the family's or a body's name, no one person)
                elif not (word[:1].isupper() and word.isalpha() and self.names.is_name_word(word, surname)):
                    state.bare_surnames[surname] = (before, pos)
                    return True
            pos = text.find(surname, end, before)
        # (read on from before, less the surname's length: an occurrence may straddle it)
        state.bare_surnames[surname] = (max(read, before - len(surname) + 1), -1)
        return False

    def nearest_namesake(self, surname: str, full: str, at: int, state: State) -> str | None:
        """The person a bare *surname* at *at* refers to when the article gives two people or more
        that surname (:meth:`surname_holders`; names of one person count once),
        :meth:`namesake_speaker` left it to the other rules and *full*, the index's fullest name
        for it, is named only after *at* (:meth:`first_places`): the first of them the article
        names before *at* (the story's own, most often), in the fullest form it gives that person
        (``Ana Maria Berg`` for ``Ana Berg``).  ``None`` (*full* stands) when one person or none
        has the surname (or more than :attr:`MAX_SUBJECTS`), when *full* was named before, or
        when none of them was: a surname goes to someone named only later only when no one else
        is there (``Ana Berg spoke. "...," Berg said. Later Tomas Anders Berg came.``: Ana Berg).

        .. versionadded:: 0.2
        """
        first = self.first_places(state)
        if first.get(full, at) < at:
            return None
        holders = self.surname_holders(state).get(surname, {})
        if not 2 <= len(holders) <= self.MAX_SUBJECTS:
            return None  # (one or none; or so many that no one is sure, in bounded work)
        people: list[str] = []  # (one name for each person, the fullest first)
        for name in sorted(holders, key=len, reverse=True):
            if not any(set(name.split()) <= set(other.split()) for other in people):
                people.append(name)
        if len(people) < 2:
            return None
        for name in holders:  # (in the order the article first names them)
            if first.get(name, at) < at:
                return next((other for other in people if set(name.split()) <= set(other.split())), name)
        return None

    @staticmethod
    def first_places(state: State) -> dict[str, int]:
        """Each full name of the article's index -> where the article first names it, read once
        per article (``State.first_named``).

        .. versionadded:: 0.2
        """
        if state.first_named is None:
            first: dict[str, int] = {}
            for person in state.index.people:
                first.setdefault(person.name, person.start)
            state.first_named = first
        return state.first_named

    def namesake_speaker(self, surname: str, at: int, state: State) -> str | None:
        """The person a bare *surname* at *at* (no title) refers to when the paragraph being read
        names two people or more with it before *at* (full names of two words or more, among the
        last :attr:`MAX_SUBJECTS` people it names there; names of one person, ``Ana Ruiz`` and
        ``Ana M. Ruiz``, count once), or the paragraph before it when it names no one before
        *at*: the last speaker when it has that surname and spoke there (``"...," Kamala Singh
        said. Her son, Arjun Singh, nodded. "...," Singh added.``), else the surname as written
        (``Kamala Singh and her son, Arjun Singh, run the shop. "...," Singh said.``: either of
        them, no guess).  ``None`` when the surname names one person there: the other rules
        decide (one named elsewhere in the article, ``Bill Clinton`` in a story of ``Hillary
        Clinton``'s, makes no doubt).

        .. versionadded:: 0.2
        """
        start = state.paragraph_start
        if state.previous_paragraph is not None and not state.index.people_between(start, at, 1):
            start = state.previous_paragraph.start  # (a paragraph that names no one: the one before it)
        named: list[tuple[str, ...]] = []
        for person in state.index.people_before(start, at, self.MAX_SUBJECTS):
            words = person.words
            if len(words) < 2 or words[-1] != surname or any(set(words) <= set(n) or set(n) <= set(words) for n in named):
                continue
            if person.start + len(person.name) >= at:
                continue  # (the mention itself, read with the cue before it: "Added Ortiz: ...")
            named.append(words)
        if len(named) < 2:
            return None
        last = state.last_speaker
        if last is not None and last.span is not None and last.span.start >= start and last.name.split()[-1:] == [surname]:
            return last.name if len(last.name.split()) > 1 else surname
        return surname

    def opens_two_names(self, word: str, full: str, at: int, state: State) -> bool:
        """Whether *word*, a bare mention at *at* that the index gives *full* by its first word (a
        family name written first, ``Kim`` of ``Kim Yong-hyun``, or a given name alone), also
        opens the full name of another person the article names before *at* (``Kim Sung-hoon``;
        names of one person, ``Kim Yong-hyun`` and ``Kim Yong``, count once): the index keeps the
        first it read, which tells nothing of which one is meant, so the word stays as written.

        .. versionadded:: 0.2"""
        if " " in word or not full.startswith(word + " "):
            return False
        people: list[list[str]] = []
        for name, start in self.first_places(state).items():
            words = name.split()
            if len(words) < 2 or words[0] != word or start + len(name) > at:
                continue
            if any(self.vocabulary.is_org_word(w) for w in words[1:]):
                return False  # ("Sigma Mines ... Sigma Mine": a body's name, the other rules decide)
            if any(self.short_form_of(words, other) or self.short_form_of(other, words) for other in people):
                continue  # ("Bangor Hydro" of "Bangor Hydro-Electric Cor": one name, shorter)
            people.append(words)
            if len(people) > 1:
                return True
        return False

    @staticmethod
    def short_form_of(words: Sequence[str], other: Sequence[str]) -> bool:
        """For :meth:`opens_two_names`: whether each of *words* opens one of *other* (``Bangor
        Hydro`` of ``Bangor Hydro-Electric Cor``, ``Kim Yong`` of ``Kim Yong-hyun``): two forms
        of one name, not two people.

        .. versionadded:: 0.2"""
        return all(any(o.startswith(w) for o in other) for w in words)

    def surname_holders(self, state: State) -> dict[str, dict[str, frozenset[str]]]:
        """Each surname of the article (the last word of a full name of two words or more) -> the
        full names it gives with it, each with the titles and roles it is described with (its
        descriptors, :class:`~newsparse.people.Person`); a given name coordinated right before a
        full name shares its surname (``Paul and Nina Marsh``: ``Paul Marsh`` too, described
        with the empty word alone, which marks a couple).  One pass over the index, :attr:`GENDER_CHUNK` mentions at a time, kept in
        :attr:`~newsparse.quotes.model.State.surnames`.

        .. versionadded:: 0.2
        """
        if state.surnames is not None:
            return state.surnames
        found: dict[str, dict[str, frozenset[str]]] = {}
        pos, end = 0, len(state.text) + 1
        while True:
            chunk = state.index.people_between(pos, end, self.GENDER_CHUNK)
            for person in chunk:
                if len(person.words) < 2:
                    continue
                names = found.setdefault(person.words[-1], {})
                names[person.name] = names.get(person.name, frozenset()) | person.descriptors
                window = state.text[max(0, person.start - self.NAMED_WINDOW) : person.start]
                lead = window[window.rfind("\n") + 1 :].split()[-3:]
                if self.coordinated_given(lead, state):
                    names.setdefault(" ".join((lead[-2], *person.words[1:])), frozenset(("",)))
            if len(chunk) < self.GENDER_CHUNK:
                break
            pos = chunk[-1].start + 1
        state.surnames = found
        return found

    def coordinated_given(self, lead: Sequence[str], state: State) -> bool:
        """Whether the last two of *lead*, the words before a full name, are a given name alone
        and one of :attr:`COORDINATORS` (``that Paul and Nina Marsh``): a name word that may
        start a name and that the index knows as no one's surname, after no title nor capitalised
        word of its sentence and line (not ``Mr. Obama and Hillary Clinton``, ``Barack Obama and
        Hillary Clinton``).

        .. versionadded:: 0.2
        """
        if len(lead) < 2 or lead[-1] not in self._coordinators or not lead[-2].isalpha():
            return False
        given = lead[-2]
        before = lead[-3] if len(lead) > 2 else ""
        if self.vocabulary.is_title(before.rstrip(".")):
            return False  # ("Mr. Obama and Hillary Clinton": a surname)
        if before[:1].isupper() and before[-1:] not in self.SENTENCE_END:
            return False  # ("Barack Obama and Hillary Clinton": a name's last word)
        return (
            self.names.is_name_word(given) and self.vocabulary.can_start_name(given) and state.index.full_name((given,)) == given
        )

    def possessive_gender(self, name: str, at: int, state: State) -> str | None:
        """The pronoun a possessive after a mention of *name* before *at* shows for it
        (:meth:`owner_gender`: ``Bill Hart visited with his wife``), the first found among the
        first :attr:`MAX_SUBJECTS` mentions of the index within :attr:`MAX_RENAMING_REACH`
        characters before *at* (bounded work per quote); ``None`` for none.

        .. versionadded:: 0.2
        """
        people = state.index.people_between(max(0, at - self.MAX_RENAMING_REACH), at, self.MAX_SUBJECTS)
        for k, person in enumerate(people):
            if person.name == name:
                shown = self.owner_gender(state.text, person, people[k + 1] if k + 1 < len(people) else None)
                if shown is not None:
                    return shown
        return None

    def gender_of(self, word: str) -> str | None:
        """The pronoun of :attr:`GENDER_WORDS` normalised *word* calls for, or ``None``; with
        :attr:`GENDER_BY_ENDING`, also a compound that ends in such a word (``oberbürgermeisterin``)."""
        pronoun = self._gender_words.get(word)
        if pronoun is None and self._gender_endings and word.endswith(self._gender_endings):
            pronoun = next(self._gender_words[e] for e in self._gender_endings if word.endswith(e))
        return pronoun

    def last_subject(self, at: int, state: State) -> str | None:
        """The last person named before *at* as the subject of a sentence (only titles, roles,
        capitalised words and ``the`` before the name since the sentence began): ``Tom Ridley
        has kept the Point Lynas light`` gives ``Tom Ridley``, never the object after the verb.
        ``None`` when there is none, or when the last speaker was named after it by name words
        that resolve to no name of the article (:meth:`unresolved_speaker_since`: ``Hunter,
        meanwhile, told Politico ... He also said ...`` is not someone named before Hunter).
        The last rule :meth:`person_referent` falls back to."""
        person = self.subject_person(at, state)
        if person is None or self.unresolved_speaker_since(person, state):
            return None
        return person.name

    def subject_person(self, at: int, state: State) -> Person | None:
        """The mention :meth:`last_subject` names, with where it stands; ``None`` when that
        subject is a place, a region or a country the vocabulary knows
        (:meth:`~newsparse.vocabulary.Vocabulary.is_region_after_place`: ``South Carolina will
        hold ...``): no pronoun refers to it.

        .. versionadded:: 0.2

        .. versionchanged:: 0.2 a place is no subject person (fixQ61)
        """
        people = state.index.people_before(max(0, at - self.SUBJECT_WINDOW), at, self.MAX_SUBJECTS)
        for person in reversed(people):
            before = state.text[max(0, person.start - self.PHRASE_WINDOW) : person.start]
            cut = max(before.rfind(mark) for mark in (*self.SENTENCE_END, "\n", '"', "“", "”"))
            lead = before[cut + 1 :].split()
            line = before.rfind("\n")
            if line >= 0 or person.start <= self.PHRASE_WINDOW:
                # ("LYON - The mayor of Villeurbanne, Sophie Garnier, ...", "BEIJING, Aug. 13 (Xinhua) -- Her deputy, ...":
                # the paragraph's dateline, full stops in it too, before the sentence's subject)
                story = self.after_dateline(before[line + 1 :].split())
                marks = (*self.SENTENCE_END, '"', "“", "”")
                if len(story) <= len(lead) and not any(mark in word for word in story for mark in marks):
                    lead = story
            if self.genitive_of_role(lead):
                continue  # ("Eine Sprecherin der Deutschen Bahn": the role's body, no subject)
            if (
                lead and lead[-1].casefold() in self._determiners and self.subject_lead(lead, person.words)
                and not self.titled_name(person, lead[-1], state)
            ):
                return None  # ("The London Stock Exchange has ...", "A Mannesmann AG spokesman": a body, or a name as a modifier)
            opened = (cut >= 0 or person.start <= self.PHRASE_WINDOW) and self.opening_then_subject(lead, person, state)
            if (opened or self.subject_lead(lead, person.words)) and not self.is_possessor(person, state):
                if self.outside_story(person.start, state):
                    return None  # (a byline: no sentence of the story)
                if self.vocabulary.is_region_after_place(person.name):
                    return None  # ("South Carolina will hold ... He said": a place, a state, a country is no "he")
                if not self.in_quoted_words(state.text, person.start):
                    return person
                if not self.in_own_sentence(person.start, at, state):
                    return None  # ('her memoir, "Tough Choices." She ...': a quoted title hides the subject)
                # ('"Ask Ana Ruiz," he said.': the words the pronoun's speaker says, not its subject)
        return None

    def titled_name(self, person: Person, determiner: str, state: State) -> bool:
        """Whether *person*, a name right after *determiner* (``The Dalai Lama``), is a person's
        title-name rather than a body's name (``The London Stock Exchange``) or a name that
        modifies a noun (``a Marco Rubio delegate``, ``A Mannesmann AG spokesman``): after a
        determiner that is not one of :attr:`INDEFINITE_DETERMINERS`, and with a last word that is
        no noun for people (``The Illinois Democrat``: a description), a word of the name is an
        honorific or a word of :attr:`GENDER_WORDS` (``the Rev. Al Green``), or a person's pronoun
        or possessive follows it in its sentence before any capitalised word, the word right after
        the name a verb (in the past, :meth:`is_past_verb`, a cue or one of :attr:`CLAUSE_VERBS`:
        ``The Dalai Lama celebrated his 90th birthday``; not ``The Hong Kong trader said ... he``).

        .. versionadded:: 0.2
        """
        if determiner.casefold() in self._indefinites or self.is_person_noun(person.words[-1].casefold(), endings=False):
            return False  # ("a Marco Rubio delegate"; "The Illinois Democrat has ...": a description, no name)
        vocabulary = self.vocabulary
        if any(vocabulary.is_honorific(w) or self.gender_of(normalize_word(w)) is not None for w in person.words):
            return True
        start = state.text.find(person.words[-1], person.start, person.start + self.PHRASE_WINDOW)
        if start < 0:
            return False
        stop = min(len(state.text), start + self.PHRASE_WINDOW)
        for k, word in enumerate(self._word.finditer(state.text, start + len(person.words[-1]), stop, False, KEEP_GIL)):
            between = state.text[start : word.start()]
            if any(mark in between for mark in (*self.SENTENCE_END, "\n")):
                return False
            text = word.group()
            low = text.casefold()
            if k == 0 and not (self.is_past_verb(text) or self.is_cue_word(low) or low in self._clause_verbs):
                return False  # (no verb right after it: "The Marco Rubio campaign", "The Hong Kong trader said")
            if low in self._possessive_forms or low in self._persons:
                return True
            if text[:1].isupper():
                return False  # (someone else may be named first: the pronoun may be theirs)
        return False

    #: The most words of a dateline before its dash that :meth:`after_dateline` reads past
    #: (``MOSCOW, Aug 13 (Reuters) -``: five).
    #:
    #: .. versionadded:: 0.2
    MAX_DATELINE_WORDS: ClassVar[int] = 8
    #: The dateline parser whose dashes (:meth:`DatelineParser.real_dashes
    #: <newsparse.dateline.DatelineParser.real_dashes>`) end a paragraph's dateline for
    #: :meth:`after_dateline`, alone or at the end of its last word (``LYON -``, ``(EFE).-``): a
    #: subclass that adds a dash to its ``DASHES`` set here has it read in both places.
    #:
    #: .. versionadded:: 0.2
    DATELINE_PARSER: ClassVar[type[DatelineParser]] = DatelineParser

    def after_dateline(self, lead: list[str]) -> list[str]:
        """*lead*, the words that open a paragraph before a name, without the dateline that opens
        it: at most :attr:`MAX_DATELINE_WORDS` words, each capitalised, a number, a month of the
        vocabulary or any word after a number (a date), or in brackets (a place, a date, an agency), then one of
        the real dashes of :attr:`DATELINE_PARSER`, alone or ending the last word (``LYON - The mayor of Villeurbanne,``,
        ``MOSCOW, Aug 13 (Reuters) - The minister``, ``MADRID, 3 mar (EFE).- La portavoz``): the
        sentence's subject opens after it.  *lead* as it is when it opens with no such words.

        .. versionadded:: 0.2
        """
        previous, dashes = "", self.DATELINE_PARSER.real_dashes()
        for k, word in enumerate(lead[: self.MAX_DATELINE_WORDS + 1]):
            dash = word in dashes
            ending = not dash and k > 0 and word.endswith(dashes) and word[:1] == "("
            if (dash and k > 0) or ending:
                return lead[k + 1 :]
            bare = word.strip(",.()")
            dated = previous.isdigit() or self.vocabulary.month_number(bare) is not None  # ("3 mar", "Aug")
            if not (bare[:1].isupper() or bare[:1].isdigit() or word[:1] == "(" or dated):
                return lead
            previous = bare
        return lead

    #: The most characters of a paragraph's opening that :meth:`entry_label_end` looks at for a
    #: dateline (``Banska Bystrica, March 3 (TASR) - ``).
    #:
    #: .. versionadded:: 0.2
    MAX_DATELINE_CHARS: ClassVar[int] = 80

    def entry_label_end(self, raw: str) -> int:
        """Where the first sentence of *raw* starts: after a live blog entry's clock
        (:meth:`~newsparse.quotes.segmentation.Segmentation.entry_label_end`), or after a dateline
        that opens the paragraph, a place then a name of an agency's shape in brackets and a dash
        (:meth:`after_dateline`, :meth:`is_agency_shaped`), the agency known or not, a word not in
        lower case after it (``Poprad (TASR) - Tolls will rise, the governor said.``: the dateline
        is no part of the words); else 0.

        .. versionadded:: 0.2"""
        label = super().entry_label_end(raw)
        if label or not raw[:1].isupper() or raw.find("(", 0, self.MAX_DATELINE_CHARS) < 0:
            return label  # (and no bracket in reach: no agency's name, read before any word is)
        words = raw[: self.MAX_DATELINE_CHARS].split()[: self.MAX_DATELINE_WORDS + 1]
        rest = self.after_dateline(words)
        lead = words[: len(words) - len(rest)]
        if not rest or rest[0][:1].islower() or len(lead) < 3 or not any(self.is_agency_shaped(w) for w in lead[1:]):
            return 0  # (and "Tom Berg (SNP) - the MP for Dover - said ...": a name's tag, the clause goes on)
        pos = 0
        for word in lead:
            pos = raw.index(word, pos) + len(word)
        while pos < len(raw) and raw[pos].isspace():
            pos += 1
        return pos

    def is_agency_shaped(self, word: str) -> bool:
        """Whether *word* is a name in brackets that an agency's may be: one of the vocabulary's
        agencies, or capital letters alone (``(TASR)``, ``(SITA)``, ``(AP)``), with the dash that may
        end it (``(EFE).-``).

        .. versionadded:: 0.2"""
        inner = word.rstrip("".join(self.DATELINE_PARSER.real_dashes()) + ".")
        if not (inner.startswith("(") and inner.endswith(")")):
            return False
        inner = inner[1:-1]
        return len(inner) > 1 and ((inner.isalpha() and inner.isupper()) or self.vocabulary.is_agency(inner))

    def in_own_sentence(self, pos: int, at: int, state: State) -> bool:
        """Whether *pos* stands in the sentence of the paragraph being read that *at* stands in.

        .. versionadded:: 0.2
        """
        if pos < state.paragraph_start:
            return False
        starts = state.sentence_starts
        relative = at - state.paragraph_start
        index = bisect_right(starts, relative) - 1
        return index < 0 or state.paragraph_start + starts[index] <= pos

    def unresolved_speaker_since(self, subject: Person, state: State) -> bool:
        """Whether the last speaker was named after *subject* by name words only (no role, no
        pronoun) that did not resolve to a name of the article (``Hunter,`` read alone): a
        pronoun after that speaker does not skip back over them to *subject*, named before
        (``Collins had backed Jeb Bush. Hunter told reporters that ... He also said ...``: nobody
        sure, not Jeb Bush).  A role (``the businessman``) may be *subject* again.

        .. versionadded:: 0.2
        """
        last = state.last_speaker
        if last is None or last.span is None or last.span.start <= subject.start:
            return False
        words = [self.names.bare(word) for word in last.mention.split()]
        if not words or not all(self.names.is_name_word(word) and not self.is_acronym(word) for word in words):
            return False  # (a role, a pronoun, an agency's letters: no person's name)
        if any(self.vocabulary.is_org_word(word) or self.is_person(word.casefold().removesuffix("s")) for word in words):
            return False  # ("Tax Foundation", "Delegates": a body or nouns for people, no name)
        if set(words) <= set(subject.words):
            return False  # ("Cruz" after "Ted Cruz": the subject again)
        return not self.is_known_name(last.name, state)

    def outside_story(self, pos: int, state: State) -> bool:
        """Whether a name at *pos* stands on a line the layout read as furniture (the byline, a
        sign-off: :attr:`~newsparse.quotes.model.State.furniture`): never the subject a pronoun
        falls back to (:meth:`last_subject`), and nothing sure before it.

        .. versionadded:: 0.2
        """
        return any(span.start <= pos < span.end for span in state.furniture)

    def subject_since_speaker(self, at: int, state: State) -> str | None:
        """The last person named before *at* as a sentence's subject (:meth:`last_subject`) when
        named after the last speaker's mention (``"...," said Mr. Berg.`` / ``Tom Hart disagreed.``:
        ``Tom Hart``), not in quoted words nor before the speaker's name again, else ``None``: a speaker named
        only by a title is not the one a later pronoun goes on with when someone was introduced since.

        .. versionadded:: 0.2
        """
        last = state.last_speaker
        if last is None or last.span is None:
            return None
        since = state.index.people_between(last.span.end, at, self.MAX_SUBJECTS)
        if not since:
            return None
        person = self.last_subject(at, state)
        if person is None or person == last.name:
            return None
        newest = max((p.start for p in since if p.name == person), default=-1)
        if newest < 0 or state.text.find(last.name, newest, at) >= 0:
            return None  # (the speaker named again after the newcomer: 'Mr. Obama leaves ...' keeps him)
        return None if self.in_quoted_words(state.text, newest) else person

    def in_transcript_turn(self, text: str, pos: int) -> bool:
        """Whether *pos* stands on a line of *text* that opens with a transcript's label (``A: The
        port will pay, I told the council``: the "I" is the one answering, not the writer), the
        line's start looked for over at most :attr:`SUBJECT_WINDOW` characters back. This class
        knows no labels (``False``); :class:`DirectQuotes` reads them.

        .. versionadded:: 0.2
        """
        return False

    def turn_person(self, at: int, state: State) -> str | None:
        """The person whose transcript turn holds *at*, by its label, for a first-person pronoun
        there; this class knows no labels (``None``): :class:`DirectQuotes` reads them.

        .. versionadded:: 0.2
        """
        return None

    def in_quoted_words(self, text: str, pos: int) -> bool:
        """Whether *pos* stands inside quoted words of its paragraph (a quotation of the pack's
        :attr:`QUOTE_PAIRS` opened before it and not closed), read
        over at most :attr:`SUBJECT_WINDOW` characters back, the window the subject was found in
        (a pronoun's check costs no walk to the start of a long paragraph).

        .. versionadded:: 0.2
        """
        floor = max(0, pos - self.SUBJECT_WINDOW)
        lead = text[max(floor, text.rfind("\n", floor, pos) + 1) : pos]
        if not any(mark in lead for mark in self._marks):
            return False
        # (the pack's own pairs, read as a quotation is: „...“ closes with the mark "“" opens with)
        pairs = self.quotation_marks(self.single_marks(lead))
        return bool(pairs) and pairs[-1][1] == len(lead)

    def subject_lead(self, lead: Sequence[str], name: Sequence[str] = ()) -> bool:
        """Whether the words between a sentence's start and a name keep the name its subject:
        titles, roles, capitalised words, ``the`` (``Nordwind chief executive``), a cue before an
        inverted subject (``", said Mayor``), or a described appositive (``The schoolteacher,``);
        *name*, the name's words, for :meth:`verb_second_lead`."""
        if len(lead) > self.MAX_SUBJECT_LEAD:
            return False
        if lead and lead[0].casefold() in self._determiners and lead[-1].endswith(","):
            return True  # "The schoolteacher, Monique Ferrand, paid ..."
        vocabulary = self.vocabulary
        bare = [w.strip(",;:") for w in lead]
        return all(
            not w or w[:1].isupper() or w.casefold() in self._determiners or vocabulary.is_title(w)
            or vocabulary.is_role_noun(w) or self.is_cue_word(w) or self.role_modifier(lead, i)
            or self.portfolio_in_lead(bare, i)
            for i, w in enumerate(bare)
        ) or self.verb_second_lead(lead, name)

    def portfolio_in_lead(self, lead: Sequence[str], i: int) -> bool:
        """For :meth:`subject_lead`: whether ``lead[i]`` is one of the vocabulary's
        ``PORTFOLIO_LINKS`` (``for``), or one of its ``PORTFOLIO_JOINS`` in a lead with such a link, inside a
        capitalised title's portfolio: a capitalised word after it, and before it only capitalised
        words and joins back to a capitalised title or role noun (``for`` of ``Minister for
        Housing``, ``and`` of ``Minister for Foreign Affairs and Trade``): the name after the
        portfolio is the title's holder, the sentence's subject.  Not ``of`` alone (``Secretary of
        State`` may be what is left of ``the visit of U.S. Secretary of State`` when a lead is cut
        at an abbreviation's period).

        .. versionadded:: 0.2 (mendQT71)"""
        vocabulary = self.vocabulary
        word = lead[i]
        if not (vocabulary.is_portfolio_link(word) or vocabulary.is_portfolio_join(word)):
            return False
        if i + 1 >= len(lead) or not lead[i + 1][:1].isupper():
            return False
        if not any(vocabulary.is_portfolio_link(w) for w in lead):
            return False  # (a join alone: "Secretary of State", maybe a lead cut short)
        k = i - 1
        while k >= 0 and (lead[k][:1].isupper() or vocabulary.is_portfolio_link(lead[k]) or vocabulary.is_portfolio_join(lead[k])):
            if lead[k][:1].isupper() and (vocabulary.is_title(lead[k]) or vocabulary.is_role_noun(lead[k].casefold())):
                return True
            k -= 1
        return False

    def role_modifier(self, lead: Sequence[str], i: int) -> bool:
        """For :meth:`subject_lead`: whether ``lead[i]`` is a lower-case noun that modifies a role
        right after it (``fisheries`` of ``Norway's fisheries minister,``, ``trade`` and ``union``
        of ``the trade union official``): at most :attr:`MAX_ROLE_MODIFIERS` such words, with no
        punctuation, before a title or role noun.

        .. versionadded:: 0.2"""
        vocabulary = self.vocabulary
        run = i
        while run > 0 and i - run < self.MAX_ROLE_MODIFIERS and self.modifier_word(lead[run - 1]):
            run -= 1  # (back to the run's first noun: "fisheries" of "deputy fisheries minister")
        before = lead[run - 1] if run > 0 else ""
        if run > 0 and before.casefold() not in self._determiners and strip_possessive(before) == before:
            return False  # (after a determiner or an owner only: not "Clinton visited the National ...")
        for word in lead[i : run + self.MAX_ROLE_MODIFIERS + 1]:
            bare = word.rstrip(",")
            if bare.islower() and (vocabulary.is_title(bare) or vocabulary.is_role_noun(bare)):
                return not (vocabulary.is_company_noun(bare) or vocabulary.is_org_word(bare))  # (not "the state oil firm")
            if not self.modifier_word(word):
                return False
        return False

    def modifier_word(self, word: str) -> bool:
        """For :meth:`role_modifier`: whether *word* may be a noun modifying a role, lower-case
        letters only (no comma after it) and no determiner.

        .. versionadded:: 0.2"""
        return word.isalpha() and word.islower() and word not in self._determiners

    def opening_then_subject(self, lead: Sequence[str], person: Person, state: State) -> bool:
        """Whether *lead*, the words between a sentence's start and *person*'s name, is a phrase
        that opens the sentence and ends in a comma right before the name, so that the name is the
        sentence's subject (``After the match, Tom Reed said ...``, ``Asked about the vote, Ana
        Ortiz was blunt.``, ``When we spoke in March, Lena Holt ...``, ``Born in Leeds in 1950, the
        son of a miner, Sean Bray left school at 14.``): at most :attr:`MAX_OPENING_LEAD` words
        after a label that ends in a colon (``Profile: At 34, ...``), the first one of
        :attr:`PREPOSITIONS`, :attr:`PLACE_PREPOSITIONS` (``Outside the courthouse, Maria Peña, whose
        son died, said``), :attr:`SUBORDINATORS`, :attr:`ADVERBS` or :attr:`TIME_PREPOSITIONS`
        (``Last spring, Martin Vos said``), an adverb by its ending, or
        a capitalised participle before one of :attr:`PARTICIPLE_LINKS` or
        :attr:`OPENING_PARTICIPLE_LINKS` (``Asked about``, ``Raised in``, ``Speaking before``).  A
        phrase of :attr:`PREPOSITIONS` with a copula in it is no opening (``In the room were the
        mayor, Tom Reed, ...``), nor one that ends in a noun for a person when
        the name is set off by commas itself: it describes that person (``At the funeral of his
        friend, Tom Reed, the mayor said``).  Only in the paragraph being read or the one before
        it: further back, someone the index does not hold (a surname alone) may have acted since.

        .. versionadded:: 0.2
        """
        end = state.paragraph_start
        while end > 0 and state.text[end - 1].isspace():
            end -= 1  # (the end of the paragraph before the one being read)
        if person.start < state.paragraph_start and state.text.find("\n", person.start, end) >= 0:
            return False  # (further back than the paragraph before: other people may have acted since)
        colon = max((i for i, word in enumerate(lead) if word.endswith(":")), default=-1)
        lead = lead[colon + 1 :]
        lead = lead[: len(lead) - self.describing_words(lead)]
        if not lead or len(lead) > self.MAX_OPENING_LEAD or not lead[-1].endswith(","):
            return False
        first = lead[0].strip(",")
        low = normalize_word(first)
        if low in self._prepositions or low in self._place_prepositions:  # ("Outside the courthouse,")
            # (but a subordinator's clause holds its own copula: "Before the sentence was read, Pike turned")
            if low not in self._clause_openers and any(word.casefold() in self._be_words for word in lead[1:]):
                return False  # ("In the room were the mayor, Tom Reed, ...": no subject after it)
        elif not (
            low in self._clause_openers
            or low in self._adverbs
            or low in self._time_prepositions  # ("Last spring,", "This week,": a time that opens the sentence)
            or self.recurring_time(lead)  # ("Every morning,": a time again and again)
            or self.vocabulary.is_adverb(first)
            # ("Asked about his future,", "Born in Leeds,": a participle before its preposition)
            or (
                first[1:].islower()
                and len(lead) > 1
                and (lead[1].casefold() in self._participle_links or lead[1].casefold() in self._opening_participle_links)
            )
        ):
            return False
        if self.describes_next_name(person, state):
            return False  # ("On the topic, Harbour Town club president Ana Ruiz said": a place, a team)
        last = strip_possessive(lead[-1].rstrip(",")).casefold()
        if self.is_person(last) or self.vocabulary.is_role_noun(last):
            shown = state.text[person.start : person.start + self.NAMED_WINDOW].split()[: len(person.words)]
            if shown and shown[-1].endswith(","):
                return False  # (", Tom Reed," after a person: that person's name)
        return self.known_person(person, lead, state) or self.recurring_subject(person, lead)

    def recurring_subject(self, person: Person, lead: Sequence[str]) -> bool:
        """For :meth:`opening_then_subject`: whether *person* is a person's name after *lead*, a
        time of something done again and again (:meth:`recurring_time`), by its given name
        (:meth:`given_name_gender`: ``Every morning, Harald Jensen climbs ...``): someone's
        habit, as a bare subject would be (a place is rarely named so, and a given name is).

        .. versionadded:: 0.2"""
        return self.recurring_time(lead) and self.given_name_gender(person) is not None

    def recurring_time(self, lead: Sequence[str]) -> bool:
        """For :meth:`opening_then_subject`: whether *lead*, a phrase that ends in a comma, is a
        time of something done again and again: one of :attr:`RECURRENCE_WORDS` first, one of
        :attr:`TIME_NOUNS` (or its plural, by the vocabulary's ``PLURAL_ENDINGS``) or a weekday last
        (``Every morning,``, ``Each Sunday,``, ``Every other week,``, ``Cada dos meses,``); not
        ``Every voter,``.

        .. versionadded:: 0.2"""
        if len(lead) < 2 or normalize_word(lead[0]) not in self._recurrence:
            return False
        last = normalize_word(lead[-1].rstrip(","))
        singulars = (last[: -len(ending)] for ending in self.vocabulary.PLURAL_ENDINGS if ending and last.endswith(ending))
        return last in self._time_nouns or any(s in self._time_nouns for s in singulars) or self.vocabulary.is_weekday(last)

    def describing_words(self, lead: Sequence[str]) -> int:
        """How many of the last words of *lead* (the words before a name) describe that name after
        the comma that closes an opening phrase (``On the topic, Harbour Town club president`` /
        ``After the vote, Mayor`` / ``Later, the union leader``): at most
        :attr:`MAX_DESCRIBING_WORDS` words, capitalised ones (a place, a title) and lower-case
        ones that are titles, roles, organisation words or nouns of :attr:`PERSON_NOUNS`
        (``Under questioning, prosecution witness``), and maybe one other lower-case word that
        is no stop word first (an adjective: ``After the vote, longtime resident``; not ``On the
        topic, San Diego chapter president``), after at most one determiner, the last a title, a
        role or a person noun; 0 when the words before them do not end in a comma (``Tom Reed met reporter``, ``and
        council leader``).

        .. versionadded:: 0.2
        """
        vocabulary = self.vocabulary
        adjective = -1  # (where the one other lower-case word stands, counted from the end)
        for count, word in enumerate(reversed(lead[-self.MAX_DESCRIBING_WORDS - 1 :])):
            if count and word.endswith(","):
                return count if adjective in (-1, count - 1) else 0  # (the adjective opens the run)
            if not word.replace(".", "").isalpha():
                return 0  # (punctuation of its own: no describing word)
            if count == 0:
                if not (vocabulary.is_title(word) or vocabulary.is_role_noun(word) or word in self._person_nouns):
                    return 0
            elif word.casefold() in self._determiners:
                before = lead[len(lead) - count - 2] if count + 2 <= len(lead) else ""
                if adjective not in (-1, count - 1):
                    return 0
                return count + 1 if before.endswith(",") else 0  # (a determiner opens the run)
            elif word[:1].islower() and not (
                vocabulary.is_title(word) or vocabulary.is_role_noun(word) or vocabulary.is_org_word(word)
                or word in self._person_nouns
            ):
                if adjective >= 0 or word in self._stop or word in self._coordinators:
                    return 0
                adjective = count
        return 0

    def known_person(self, person: Person, lead: Sequence[str], state: State) -> bool:
        """Whether *person*, a name after an opening phrase (:meth:`opening_then_subject`), is
        surely a person's: no place (:meth:`~newsparse.vocabulary.Vocabulary.is_place`, a
        country, a name that opens with one of :attr:`PLACE_OPENERS`: ``Since then, New Orleans
        has recovered.``), and one the article shows as a person: with a title or role, a
        gender (its own or in the opening: ``the daughter of a baker,``), an age (``At 52,``), a
        person's pronoun in its sentence (``ran on his record``), named again (its surname
        elsewhere) or a speaker (the last one, one of the paragraph, the cue's
        right after it).  A run of
        capitalised words named once and nothing more may be a place (``In that sense, Sandy
        Hook was a turning point.``), and a wrong speaker is worse than none.

        .. versionadded:: 0.2
        """
        name, words = person.name, person.words
        vocabulary = self.vocabulary
        if not words or vocabulary.is_place(name) or vocabulary.country(name) or words[0] in self._place_openers:
            return False
        if person.descriptors:
            return True  # ("After the vote, Mayor Tom Berg ...")
        bare = [strip_possessive(w.strip(",;:")).casefold() for w in lead]
        if any(self.gender_of(normalize_word(w)) for w in bare):
            return True  # ("Raised in Hull, the daughter of a baker, Maud Kettle ...")
        if len(bare) == 2 and bare[1].isdigit() and len(bare[1]) <= 3:
            return True  # ("At 52, Rhys Carter ...": an age)
        genders = self.genders_of(state)
        if genders.get(name) and name not in state.given_genders:
            return True  # (a given name alone is no person's sign: "In that sense, Rose Hill was ...")
        last = state.last_speaker
        recent = state.paragraph_speakers[-self.MAX_SUBJECTS :]  # (the paragraph's last speakers: bounded work)
        if (last is not None and last.name == name) or any(s.name == name for s in recent):
            return True  # (a speaker)
        if self.aged_after(person, state):
            return True  # ("In the hall, Claire Dubois, 34, had waited ...": an age is a person's)
        after = state.text[person.start + len(name) : person.start + len(name) + self.NAMED_WINDOW].split()[:1]
        if after and self.is_cue_word(after[0].strip(",;:").casefold()):
            return True  # ("After the vote, Owen Marsh said ...": the cue's speaker)
        rest = state.text[person.start + len(name) : person.start + len(name) + self.PHRASE_WINDOW]
        cut = min((i for i in (rest.find(mark) for mark in (*self.SENTENCE_END, "\n")) if i >= 0), default=len(rest))
        if any(normalize_word(word) in self._third_person for word in rest[:cut].split()):
            return True  # ("During the race, Mitt Romney ran on his record": a person's pronoun after it)
        surname = words[-1]
        # (named again within SURNAME_REACH characters either side: bounded work per name, not a
        # search of the whole article)
        low, high = max(0, person.start - self.SURNAME_REACH), person.start + len(name) + self.SURNAME_REACH
        found = state.text.find(surname, low, high)
        return found >= 0 and state.text.find(surname, found + len(surname), high) >= 0

    def aged_after(self, person: Person, state: State) -> bool:
        """Whether an age set off by commas follows *person*'s name: a number of at most
        :attr:`MAX_AGE_DIGITS` digits, maybe one of :attr:`AGE_UNITS` after it, then a comma
        (``Claire Dubois, 34, had waited``, French ``Claire Dubois, 34 ans, attendait``): a sign
        that the name is a person's, not a place's.

        .. versionadded:: 0.2
        """
        end = person.start + len(person.name)
        if state.text[person.start : end] != person.name or state.text[end : end + 1] != ",":
            return False
        part, comma, _ = state.text[end + 1 : end + 1 + self.NAMED_WINDOW].partition(",")
        words = part.split()
        if not comma or not words or not words[0].isdigit() or len(words[0]) > self.MAX_AGE_DIGITS:
            return False
        return len(words) == 1 or (len(words) == 2 and words[1].casefold() in self._age_units)

    def describes_next_name(self, person: Person, state: State) -> bool:
        """Whether *person*'s words describe the next name of the index, within
        :attr:`NAMED_WINDOW` characters, with only lower-case words between, the last of them a
        role or a title (``Harbour Town club president Ana Ruiz``, ``Acme chief executive Laura
        Chen``): a place, a team or a company the index read as a name.

        .. versionadded:: 0.2
        """
        end = person.start + len(person.name)
        if state.text[person.start : end] != person.name:
            return False
        following = state.index.people_between(end, end + self.NAMED_WINDOW, 1)
        if not following:
            return False
        between = state.text[end : following[0].start].split()
        vocabulary = self.vocabulary
        return bool(between) and all(w[:1].islower() and w.isalpha() for w in between) and (
            vocabulary.is_role_noun(between[-1]) or vocabulary.is_title(between[-1])
        )

    def short_paragraph_before(self, state: State) -> tuple[int, int] | None:
        """The start of the line and the end of the paragraph right before the one being read, for
        the pronoun rules that read it (:meth:`short_paragraph_subject`,
        :meth:`previous_role_subject`): one of at most :attr:`SHORT_PARAGRAPH` characters that
        opens a paragraph (:meth:`paragraph_opens_at`), ends a sentence (not ``Article
        content``), holds no quotation mark and comes after the last speaker's mention; ``None``
        otherwise.  Reads at most :attr:`SHORT_PARAGRAPH` characters before the paragraph break.

        .. versionadded:: 0.2"""
        text = state.text
        end = state.paragraph_start
        while end > 0 and text[end - 1].isspace() and state.paragraph_start - end < self.NAMED_WINDOW:
            end -= 1  # (bounded: a run of blanks is read once per pronoun)
        floor = max(0, end - self.SHORT_PARAGRAPH - 1)
        start = text.rfind("\n", floor, end) + 1
        if (start == 0 and floor > 0) or not self.paragraph_opens_at(start, text):
            return None  # (no paragraph opens within reach: a long one, or a wrapped line's end)
        if text[end - 1 : end] not in (".", "!", "?") or any(mark in text[start:end] for mark in self._marks):
            return None  # (a sentence, not a line of page furniture, and no one's quoted words)
        last = state.last_speaker
        if last is not None and last.span is not None and last.span.end > start:
            return None  # (the last speaker spoke in that paragraph or after it)
        return start, end

    def short_paragraph_subject(self, pronoun: str, at: int, state: State) -> str | None:
        """The person a short paragraph right before the pronoun's opens with as its subject, after
        titles only (``"...," Eric Holder said.`` / ``Sanders was not impressed.`` / ``"...," he
        noted.``: Sanders, not Holder): a pronoun after a sentence about someone quoted before is
        that someone's.  ``None`` (the other rules decide) unless the person was quoted earlier in
        the article (``Outboard Marine was trading at 33.`` names no speaker), is not the last
        speaker, is named in full or by the surname of a name given in full, not in the
        possessive, and is of no other gender; the paragraph must be one of at most
        :attr:`SHORT_PARAGRAPH` characters that ends a sentence (not ``Article content``), after
        the last speaker's mention, with no quotation marks, and neither it nor the pronoun's own
        paragraph before the pronoun may name someone else (``Cruz is right, Viguerie argues.``).
        Reads at most :attr:`SHORT_PARAGRAPH` characters on each side of the paragraph break.

        .. versionadded:: 0.2"""
        found = self.short_paragraph_before(state)
        if found is None:
            return None
        text, last = state.text, state.last_speaker
        start, end = found
        words = text[start:end].split()
        titles = 0
        while titles < len(words) and self.vocabulary.is_title(words[titles]):
            titles += 1  # ("Senator", "Mr."): titles before the name
        people = state.index.people_between(start, end, 3)
        if people:
            person = people[0]
            if any(other.name != person.name for other in people) or self.is_possessor(person, state):
                return None
            if text[start : person.start].split() != words[:titles]:
                return None  # (the name must open the paragraph, after titles only)
            if self.surname_modifier(text[person.start + len(person.name) : end].split()[:2]):
                return None  # ("Tom Berg supporters booed.": the supporters)
            name = person.name
        else:
            # (a surname alone, "Sanders wasn't impressed.", of someone named in full before)
            if titles + 1 >= len(words) or not words[titles][:1].isupper() or words[titles + 1][:1].isupper():
                return None
            word = words[titles].rstrip(",.;:")
            if strip_possessive(word) != word or self.surname_modifier(words[titles + 1 : titles + 3]):
                return None  # ("Berg's lawyer", "Berg supporters booed.")
            name = state.index.full_name((word,))
            if name == word or not state.index.is_known(name):
                return None
        if (last is not None and name == last.name) or name not in state.spoken or self.other_gender(name, pronoun, state):
            return None  # (someone quoted before: "Outboard Marine was trading at 33" names no speaker)
        if self.names_someone_else(name, start, end, state) or self.names_someone_else(
            name, max(state.paragraph_start, at - self.SHORT_PARAGRAPH), at, state
        ):
            return None  # ('Cruz is right, Viguerie argues.', 'after Clinton lost her cool, she said'): not sure
        return name

    def is_role_phrase(self, phrase: str) -> bool:
        """Whether *phrase* is a role after a determiner (``the prime minister``, ``The Taoiseach``,
        ``the French foreign minister``): its last word one of the vocabulary's role nouns, not
        in the possessive.

        .. versionadded:: 0.2"""
        words = phrase.split()
        if len(words) < 2 or words[0].casefold() not in self._determiners or strip_possessive(words[-1]) != words[-1]:
            return False
        return self.vocabulary.is_role_noun(words[-1].casefold()) or self.title_of_place(words) is not None

    def title_of_place(self, words: Sequence[str]) -> str | None:
        """The title, folded, of *words*, a phrase after a determiner that is a person's title and
        the capitalised place or body it is of (``The Prince of Wales``, ``the Archbishop of
        Canterbury``, ``the Mayor of London``): a role noun, a title that names a person
        (:meth:`is_person`), an honorific or a word of :attr:`GENDER_WORDS` right before the first
        of :attr:`OF_WORDS`, every word after it capitalised but for determiners; ``None`` for
        anything else (``the Bank of England``, ``The Church of Scotland``: an organisation's
        word or a noun for a body).

        .. versionadded:: 0.2
        """
        link = next((k for k in range(2, len(words) - 1) if words[k] in self._of), None)
        if link is None or link > 3 or not all(w[:1].isupper() or w.casefold() in self._determiners for w in words[link + 1 :]):
            return None
        title = words[link - 1]
        low = normalize_word(title)
        vocabulary = self.vocabulary
        if not title[:1].isupper() or vocabulary.is_org_word(low) or vocabulary.is_company_noun(low):
            return None
        if vocabulary.is_role_noun(low) or vocabulary.is_honorific(low) or self.gender_of(low) is not None:
            return low
        return low if vocabulary.is_title(low) and self.is_person(low) and low not in self._groups else None

    def previous_role_subject(self, pronoun: str, at: int, state: State) -> str | None:
        """The referent of person *pronoun* at *at* when the paragraph right before the pronoun's
        opens with a role after an article as its subject (:meth:`role_subject` for the
        paragraph before: ``"...," said Tom Berg.`` / ``The prime minister visited the town.`` /
        ``"...," he said.``: the prime minister, resolved, never the speaker before): the role
        is a candidate referent for the next paragraph's pronoun as it is in its own paragraph.
        *pronoun* itself (no one sure) when that paragraph names someone else too.  ``None`` (the
        other rules decide) unless that paragraph is one of at most :attr:`SHORT_PARAGRAPH`
        characters that ends a sentence, after the last speaker's mention, with no quotation
        marks, and the pronoun's own paragraph names no one before it.  Reads at most
        :attr:`SHORT_PARAGRAPH` characters before the paragraph break.

        .. versionadded:: 0.2"""
        found = self.short_paragraph_before(state)
        if found is None:
            return None
        text = state.text
        start, end = found
        while start < end and text[start] in " \t":
            start += 1  # (its first word: the subject opens there)
        if state.index.people_between(state.paragraph_start, at, 1):
            return None  # (the pronoun's own paragraph names someone first)
        subject = self.sentence_subject(text, (start, end))
        if subject is None:
            return None
        if not self.is_role_phrase(subject.text):
            return None
        others = state.index.people_between(start, end, self.MAX_SUBJECTS)
        apposed = self.apposed_to_role(start, others, state)
        if apposed is not None:
            # ('The spokesman for the party on housing, Tom Berg, called it timid.': the role is Tom Berg)
            return pronoun if self.other_gender(apposed, pronoun, state) else apposed
        if others and not self.sole_role_of_gender(subject.text, pronoun, others, state):
            return pronoun  # ('The prime minister met Tom Berg.': either of them)
        return self.resolve_name(subject.text, subject.start, state)

    def apposed_to_role(self, start: int, others: Sequence[Person], state: State) -> str | None:
        """For :meth:`previous_role_subject`: the name of the one person of *others* (all named in
        the sentence opening at *start*) set off by commas right after the role phrase that opens
        that sentence with its complements (:meth:`role_with_complement`: ``The spokesman for the
        Green group on housing, Tom Berg, called it timid.``), the role's own name; ``None``
        otherwise (``The prime minister met Tom Berg.``, two people named, no comma after the name).

        .. versionadded:: 0.2 (cue58)
        """
        if len(others) != 1:
            return None
        person = others[0]
        text = state.text
        if not text.startswith(person.name, person.start):
            return None  # (the name as written differs: read it no further)
        if not text[person.start + len(person.name) :].lstrip(" ").startswith(","):
            return None
        lead = text[start : person.start].split()
        if len(lead) > self.MAX_ROLE_LEAD or not self.role_with_complement(lead):
            return None
        return person.name

    def sole_role_of_gender(self, role: str, pronoun: str, others: Sequence[Person], state: State) -> bool:
        """Whether *role*, a role phrase (:meth:`is_role_phrase`), calls for *pronoun* by its title
        (:attr:`GENDER_WORDS`: ``The Prince of Wales``, ``the queen``) while none of *others*, the
        people named beside it, is described for that pronoun (``The Prince of Wales visited
        Tenbury Wells.``, ``The Duke of Kent met Anne Morel.``; not ``... met Tom Hale.``): the
        role alone may be the pronoun's.

        .. versionadded:: 0.2
        """
        low = pronoun.casefold()
        words = role.split()
        title = self.title_of_place(words) or normalize_word(strip_possessive(words[-1]))
        if self.gender_of(title) != low:
            return False
        genders = self.genders_of(state)
        return all(genders.get(person.name) not in (low, "") for person in others)


    @staticmethod
    def paragraph_opens_at(start: int, text: str) -> bool:
        """Whether the line at *start* of *text* opens a paragraph: the text's start, an indent, or
        a blank line before it (a bare line break wraps a line: ``...said Laurie Milbank and Co
        assistant manager`` / ``Machiko Suzuki.``).

        .. versionadded:: 0.2"""
        if start == 0 or text[start : start + 1] in (" ", "\t"):
            return True
        k = start - 1  # (the line break)
        while k > 0 and text[k - 1] in " \t\r" and start - k < 8:
            k -= 1
        return k > 0 and text[k - 1] == "\n"

    def names_someone_else(self, name: str, start: int, end: int, state: State) -> bool:
        """Whether the text from *start* to *end* (absolute, short) names, outside the words of
        *name*, a person of the index other than *name*, in full or by surname alone."""
        own = set(name.split())
        for match in self._word.finditer(state.text, start, end):
            word = strip_possessive(match.group()).rstrip(",.;:")
            if not word[:1].isupper() or word in own:
                continue
            full = state.index.full_name((word,))
            if full != name and (full != word or len(full.split()) > 1) and state.index.is_known(full):
                return True
        return False

    def introduced_since_speaker(self, pronoun: str, state: State) -> bool:
        """Whether :meth:`newcomer_since_speaker` finds a newcomer for *pronoun*.

        .. versionadded:: 0.2"""
        return self.newcomer_since_speaker(pronoun, state) is not None

    def newcomer_since_speaker(self, pronoun: str, state: State) -> str | None:
        """The name of the person a paragraph between the last speaker's mention and the paragraph
        being read names for the first time in the article, in full (two name words or more), not in
        the possessive, whom the article does not call by another pronoun (``"...," Tom Berg
        said.`` / ``Across town is Wayne Borders, who ...`` / ``"...," he said.``): the pronoun
        may be that newcomer's, so it falls back to no one, or to the newcomer when the last
        speaker is shown for the other pronoun (:meth:`person_referent`); ``None`` when there
        is no such newcomer.  Reads the index between the two places (at most
        :attr:`MAX_SUBJECTS` mentions) and each name's first place once per article.

        .. versionadded:: 0.2"""
        last = state.last_speaker
        if last is None or last.span is None or last.span.end >= state.paragraph_start:
            return None
        between = state.index.people_between(last.span.end, state.paragraph_start, self.MAX_SUBJECTS)
        # (one the article shows for the other pronoun is no rival: "..., Meloni told reporters after
        # meeting President Sergio Mattarella." / "... leader Elly Schlein accused ..." / "she said")
        between = [person for person in between if not self.other_gender(person.name, pronoun, state)]
        if not between:
            return None
        first = self.first_places(state)
        newcomer = between[0]
        if any(person.name != newcomer.name for person in between):
            return None  # (several people named since: the other rules decide)
        if len(newcomer.words) < 2 or newcomer.name == last.name or first.get(newcomer.name) != newcomer.start:
            return None
        if newcomer.words[-1].casefold() == last.name.split()[-1].casefold():
            return None  # ("Herman De Croo said." / "De Croo, in Washington, ...": the same man)
        if self.is_possessor(newcomer, state) or self.other_gender(newcomer.name, pronoun, state):
            return None
        if self.introduces_subject(newcomer.start, state) or self.opens_previous_paragraph(newcomer, state):
            return newcomer.name
        return None

    def newcomer_spoke(self, name: str, state: State) -> bool:
        """For :meth:`person_referent`: whether *name*, the newcomer of
        :meth:`newcomer_since_speaker`, is named in the paragraph right before the one being read,
        which holds no quotation mark, and a speech verb (:meth:`is_cue_word`, in lower case) follows
        the name there (``Green councillor Ana Ruiz welcomed the plan but warned against haste.`` /
        ``"...," she said.``: the newcomer goes on speaking; not ``Inam Malik arrived in
        Karachi.``, where no one is sure).

        .. versionadded:: 0.2 (mendQT71)"""
        previous = state.previous_paragraph
        if previous is None:
            return False
        text = state.text
        at = text.find(name, previous.start, previous.end)
        if at < 0 or any(text.find(mark, previous.start, previous.end) >= 0 for mark in self._marks):
            return False
        for word in self._word.finditer(text, at + len(name), previous.end, False, KEEP_GIL):
            if word.group().islower() and self.is_cue_word(word.group()):
                return True
        return False

    def opens_previous_paragraph(self, person: Person, state: State) -> bool:
        """For :meth:`newcomer_since_speaker`: whether *person*'s bare name opens the paragraph right
        before the one being read as its subject, its verb (a word in lower case) right after the
        name (``Inam Malik arrived in Karachi.`` / ``"...," he said.``: the newcomer is as near as the
        last speaker, so no one is sure); not a name set off by a comma (``Tomas Lindqvist, the
        prosecutor, declined to comment.`` leaves the last speaker), nor one in an earlier paragraph.

        .. versionadded:: 0.2"""
        previous = state.previous_paragraph
        if previous is None or not previous.start <= person.start < previous.end:
            return False
        text = state.text
        if text[previous.start : person.start].strip():
            return False
        end = person.start
        for word in person.words:
            found = text.find(word, end, previous.end)
            if found < 0 or text[end:found].strip():
                return False
            end = found + len(word)
        following = text[end : min(previous.end, end + self.NAMED_WINDOW)].split(None, 1)
        return bool(following) and text[end : end + 1] == " " and following[0][:1].islower() and following[0].isalpha()

    def introduces_subject(self, start: int, state: State) -> bool:
        """Whether the name at *start* (absolute) is introduced as its sentence's subject: after
        titles that open the sentence (``Councillor Wayne Borders opened ...``, at a paragraph's
        start or after a full stop that ends no title: not ``... the way Sen. Bernie Sanders
        had``), or after a short phrase of place and a copula that open its paragraph (``Across
        town is Wayne Borders``), or after titles and the capitalised words of their portfolio that
        open the paragraph (``Housing Minister Ciarán Dolan``: :meth:`portfolio_word`).  A bare
        name that opens a sentence is not enough (``Tomas
        Lindqvist, the prosecutor, declined to comment.`` leaves the last speaker the referent).
        Reads at most :attr:`ROLE_LEAD_WINDOW` characters before it.

        .. versionadded:: 0.2"""
        floor = max(0, start - self.ROLE_LEAD_WINDOW)
        lead = state.text[floor:start]
        line = floor + lead.rfind("\n")
        # (a line break that a blank line or an indent goes with opens a paragraph; a bare one
        # wraps a line: "West German\nChancellor Helmut Kohl")
        paragraph = line >= floor and (state.text[line + 1 : line + 2] in (" ", "\t") or state.text[line - 1 : line] == "\n")
        words = state.text[line + 1 : start].split() if paragraph else lead.split()
        opened = paragraph or floor == 0  # (the words left open a paragraph, or the text)
        k = len(words)
        while k and self.vocabulary.is_title(words[k - 1]):
            k -= 1  # ("Councillor", "Sen."): titles before the name
        if self.body_role_lead(words, opened):
            return True  # ("Harbour board member Ivo Brandt voted ...": a role in lower case after its body's words)
        if k == len(words) and not (k and words[-1].casefold() in self._be_words) and not (opened and self.role_lead(words)):
            return False  # (a bare name, "Tomas Lindqvist, the prosecutor, declined ...": the last speaker stays)
        if k == 0 or (opened and self.role_lead(words)):
            return opened  # ("The transport minister, Ana Ruiz, ...": a role set before the name opens it too)
        if opened and k < len(words) and k <= self.MAX_ROLE_LEAD and self.portfolio_words_before(words[:k]):
            return True  # ("Housing Minister Ciarán Dolan rejected ...": the title's portfolio before it)
        previous = words[k - 1]
        if previous.casefold() in self._be_words:
            # ("Across town is Wayne Borders"): a short phrase of place and a copula open the paragraph
            return opened and k <= 3 and words[0][:1].isupper()
        return self.sentence_end_before_name(previous)

    def body_role_lead(self, words: Sequence[str], opened: bool) -> bool:
        """For :meth:`introduces_subject`: whether *words*, before a name, end with a role noun or
        a title in lower case after the capitalised words of its body (:meth:`portfolio_words_before`,
        at most :attr:`MAX_ROLE_LEAD`), which open the paragraph (*opened*) or a sentence
        (``Selectboard member Arlo Finch voted ...``, ``... agreed. Parish councillor Ivo Brandt
        ...``); not after a word of the sentence (``backed parish councillor Ivo Brandt``).

        .. versionadded:: 0.2 (mendQ64)
        """
        if len(words) < 2 or not words[-1].islower():
            return False
        if not (self.vocabulary.is_role_noun(words[-1]) or self.vocabulary.is_title(words[-1])):
            return False
        last = len(words) - 1
        body = last
        while body and last - body < self.MAX_ROLE_LEAD and words[body - 1][:1].isupper():
            if not self.portfolio_words_before(words[body - 1 : last]):
                break
            body -= 1
        if body == last:
            return False
        return (body == 0 and opened) or (body > 0 and self.sentence_end_before_name(words[body - 1]))

    def sentence_end_before_name(self, previous: str) -> bool:
        """Whether *previous*, the word before a name's titles, ends a sentence: ``!``, ``?`` or a
        full stop that ends no abbreviation (``Co.``, ``U.S.``, ``Sen.``).

        .. versionadded:: 0.2 (mendQ64)
        """
        stop = previous.endswith(".") and previous.count(".") == 1 and len(previous) > 3 and not self.vocabulary.is_title(previous)
        return previous[-1:] in "!?" or stop

    #: The most words of a role set before a name that opens its paragraph, its determiner
    #: included (``The minister for transport,``, ``Le propriétaire d'une pourvoirie de la
    #: Haute-Mauricie,``): :meth:`role_lead`; a bound.
    MAX_ROLE_LEAD: ClassVar[int] = 9
    #: The most characters :meth:`introduces_subject` reads back from a name for the titles or
    #: the role set before it (a role of :attr:`MAX_ROLE_LEAD` words).
    #:
    #: .. versionadded:: 0.2
    ROLE_LEAD_WINDOW: ClassVar[int] = 90

    def portfolio_word(self, word: str) -> bool:
        """Whether *word*, before a title that follows it (:meth:`introduces_subject`), is a
        capitalised word of the title's portfolio or body (``Housing`` of ``Housing Minister``,
        ``Sinn`` and ``Féin`` of ``Sinn Féin TD``): no stop word nor preposition (not ``Under``
        of ``Under President George Bush``), letters only, a hyphen or an apostrophe inside.

        .. versionadded:: 0.2"""
        low = word.casefold()
        if not word[:1].isupper() or low in self._stop or low in self._prepositions:
            return False
        return word.replace("-", "").replace("'", "").replace("\u2019", "").isalpha()

    def portfolio_words_before(self, words: Sequence[str]) -> bool:
        """Whether *words*, before the titles that precede a name opening its paragraph, are all
        words of the title's portfolio or body (:meth:`portfolio_word`), the body's acronym in
        brackets after its name allowed (``Opposition Democratic Party (PD) leader Elly Schlein``:
        :meth:`is_bracketed_acronym`), never first.

        .. versionadded:: 0.2"""
        return all(self.portfolio_word(w) or (i > 0 and self.is_bracketed_acronym(w)) for i, w in enumerate(words))

    def role_lead(self, words: Sequence[str]) -> bool:
        """Whether *words*, all that stands between a paragraph's start and a name, are a role set
        before the name with a determiner first (``The transport minister, Ana Ruiz``, ``The
        minister Ana Ruiz``, French ``Le ministre des Transports, Ana Ruiz``): at most
        :attr:`MAX_ROLE_LEAD` words, the first one of :attr:`DETERMINERS`, the last an occupation
        or title (:meth:`is_occupation`) or a capitalised word of its portfolio set off by a
        comma, each between a word in lower case none of :attr:`STOP_WORDS`, a link of
        :attr:`OF_WORDS` or :attr:`POST_MODIFIERS` (``for``), or a capitalised word (not ``The
        woman who sued the minister, Ana Ruiz``).

        A determiner elided onto the role noun counts as one (French ``L'autrice Kim Hye-jin``),
        and up to :attr:`ROLE_ADJECTIVES_AFTER` words in lower case may follow the role noun
        where adjectives come after the noun (French ``L'autrice sud-coréenne Kim Hye-jin``):
        no stop word, verb or cue among them.

        .. versionadded:: 0.2"""
        words = self.without_elided_determiner(words)
        if not 2 <= len(words) <= self.MAX_ROLE_LEAD or words[0].casefold() not in self._determiners:
            return False
        words = self.without_role_adjectives(words)
        *middle, last = words[1:]
        bare = last.rstrip(",")
        head = _ELISION.split(bare)[-1]  # (an elided article before the portfolio: French "l'Éducation")
        if not (self.is_occupation(bare) or (last.endswith(",") and head[:1].isupper() and head.replace("-", "").isalpha())):
            return False
        if not any(self.is_occupation(w.rstrip(",")) for w in words[1:]):
            return False
        return all(
            w[:1].isupper()
            or w.casefold() in self._cuts
            or (_ELISION.split(w)[-1].isalpha() and w.casefold() not in self._stop)  # ("d'une pourvoirie")
            for w in middle
        )

    #: How many adjectives in lower case may follow a role noun in a role set before a name
    #: (:meth:`role_lead`): none in English, where they come first; the French and Spanish packs
    #: allow two (``L'autrice sud-coréenne``, ``La ministra española``).
    ROLE_ADJECTIVES_AFTER: ClassVar[int] = 0

    def without_elided_determiner(self, words: Sequence[str]) -> Sequence[str]:
        """*words* with a determiner elided onto the first word split off as a word of its own
        (French ``L'autrice`` as ``L'`` and ``autrice``) when that determiner, apostrophe
        included, is one of :attr:`DETERMINERS`; *words* unchanged otherwise.

        .. versionadded:: 0.2"""
        if not words:
            return words
        cut = _ELISION.search(words[0])
        if cut is None or cut.end() >= len(words[0]) or words[0][: cut.end()].casefold() not in self._determiners:
            return words
        return [words[0][: cut.end()], words[0][cut.end() :], *words[1:]]

    def without_role_adjectives(self, words: Sequence[str]) -> Sequence[str]:
        """*words*, a role set before a name after its determiner, without up to
        :attr:`ROLE_ADJECTIVES_AFTER` words in lower case at its end that follow an occupation
        (:meth:`is_occupation`) as adjectives (``L'autrice sud-coréenne``: ``L'autrice``); none
        that is a stop word, a verb or a cue word, nor one before a comma but the last.

        .. versionadded:: 0.2"""
        k = len(words)
        while len(words) - k < self.ROLE_ADJECTIVES_AFTER and k > 2:
            word = words[k - 1]
            low = word.rstrip(",").casefold() if k == len(words) else word.casefold()
            if not (word[:1].islower() and low.replace("-", "").isalpha()) or low in self._stop:
                return words
            if low in self._clause_verbs or low in self._cue_words or self.is_past_verb(low):
                return words
            k -= 1
            if self.is_occupation(words[k - 1].rstrip(",")):
                return words[:k]
        return words

    #: The most characters :meth:`newcomer_of_gender` reads back from a name to the start of its
    #: paragraph for a quotation mark before it there.
    #:
    #: .. versionadded:: 0.2
    MAX_NEWCOMER_LEAD: ClassVar[int] = 200
    #: The most characters from a newcomer's name to the paragraph being read for
    #: :meth:`newcomer_of_gender` (a bound on the words it reads between them).
    #:
    #: .. versionadded:: 0.2
    MAX_NEWCOMER_DISTANCE: ClassVar[int] = 1500

    def newcomer_of_gender(self, pronoun: str, at: int, state: State) -> str | None:
        """The one person named between the last speaker, quoted in an earlier paragraph, and
        the paragraph being read, when the article shows that person of *pronoun*'s gender (a
        given name, a title) and does not show the last speaker so, by the article's genders nor
        by a title of the mention (``Mr. Berg``) (``"...," Ana Ruiz said.`` /
        ``Her nephew, Tom Berg, has toured with her.`` / ``"...," he said.``: Tom Berg, not Ruiz,
        whose given name may be unlisted).  ``None`` when the paragraph being read names someone
        before *at* outside quotation marks, when someone else is named between, or the one named is in the possessive
        or after a quotation mark in their paragraph (read back at most
        :attr:`MAX_NEWCOMER_LEAD` characters), or does not open their sentence as its subject
        (:meth:`opens_as_subject`), or when the last speaker's surname is written again after the
        newcomer (``Tom Hart disagreed. Mr. Berg shrugged.``), or more than
        :attr:`MAX_NEWCOMER_DISTANCE` characters before the paragraph, or when the paragraph's words
        before *at* speak of someone of *pronoun*'s gender (:meth:`speaks_of_gender`: ``"He never
        talks to the press," he said.`` is about the newcomer, not theirs).

        .. versionadded:: 0.2"""
        last = state.last_speaker
        low = pronoun.casefold()
        if last is None or last.span is None or last.span.end >= state.paragraph_start or low not in self._gendered:
            return None
        genders = self.genders_of(state)
        if genders.get(last.name) == low or self.titled_for(last.mention, pronoun) or any(
            not self.inside_marks(person.start - state.paragraph_start, state.paragraph_marks)
            for person in state.index.people_between(state.paragraph_start, at, self.MAX_SUBJECTS)
        ):
            return None
        between = state.index.people_between(last.span.end, state.paragraph_start, self.MAX_SUBJECTS)
        if len(between) >= self.MAX_SUBJECTS:
            return None
        between = self.after_speakers_report(between, last, low, state)
        if not between or any(p.name != between[0].name for p in between):
            return None
        if self.speaks_of_gender(low, state.text[state.paragraph_start : at]):
            return None  # ('"He never talks to the press," he said.': the newcomer is who the words are about)
        newcomer = between[0]
        if state.paragraph_start - newcomer.start > self.MAX_NEWCOMER_DISTANCE:
            return None  # (named far back: bounded, and no sure referent)
        if newcomer.name == last.name or genders.get(newcomer.name) != low or self.is_possessor(newcomer, state):
            return None
        text = state.text
        surname = last.name.split()[-1]
        if any(w.strip(_WORD_EDGES) == surname for w in text[newcomer.start : state.paragraph_start].split()):
            return None  # ('Tom Hart disagreed. Mr. Berg shrugged.': the last speaker named again after the newcomer)
        floor = max(0, newcomer.start - self.MAX_NEWCOMER_LEAD)
        line = text.rfind("\n", floor, newcomer.start)
        while line >= floor and not (text[line + 1 : line + 2] in (" ", "\t", "\n") or text[line - 1 : line] == "\n"):
            line = text.rfind("\n", floor, line)  # (a bare line break wraps a line: "West German\nChancellor")
        if line < 0 and floor > 0:
            return None  # (a paragraph too long to read back to its start: nobody sure)
        lead = text[line + 1 : newcomer.start]
        if any(c in self._marks for c in lead):
            return None  # (a name after a quotation mark may be quoted: '"I thank Tom Berg," she said.')
        return newcomer.name if self.opens_as_subject(lead) else None

    def after_speakers_report(self, between: list[Person], last: Speaker, pronoun: str, state: State) -> list[Person]:
        """For :meth:`newcomer_of_gender`: *between*, the people named after the last speaker's
        mention, without those named in the rest of the last speaker's own paragraph (the words
        it reports: ``Judge Ana Ruiz said Tom Berg had shown no remorse.``) when someone is named
        in a later paragraph and nothing shows a reported one for *pronoun* (the article's genders,
        a title): they are spoken about, the later one is the newcomer (``The victim's mother,
        Thandeka Mbeki, wept.`` / ``"...," she said.``).  *between* itself otherwise.

        .. versionadded:: 0.2"""
        if last.span is None:
            return between
        end = state.text.find("\n", last.span.end, state.paragraph_start)
        if end < 0:
            return between
        later = [p for p in between if p.start > end]
        if not later or len(later) == len(between):
            return between
        if self.introduced_by_gender_word(later, pronoun, state):
            return later  # ("... said Ms Dube had lied." / "The victim's mother, Anele Zulu, wept.": the mother)
        genders = state.genders or {}
        for person in between[: len(between) - len(later)]:
            if genders.get(person.name) == pronoun or any(self._gender_words.get(w) == pronoun for w in person.descriptors):
                return between  # ("... said Ms Dlamini had lied.": she may be the one reported)
        return later

    def introduced_by_gender_word(self, later: Sequence[Person], pronoun: str, state: State) -> bool:
        """For :meth:`after_speakers_report`: whether *later*, the people named after the last
        speaker's paragraph, are one person introduced set off by commas after a kin or role word
        of *pronoun*'s gender (:attr:`GENDER_WORDS`, :meth:`apposed_word`: ``The victim's mother,
        Anele Zulu, wept.``): the article introduces them for the pronoun, nearer than any person
        the last speaker's words report, whatever title those carry (``... said Ms Dube had lied``).

        .. versionadded:: 0.2
        """
        if not later or any(person.name != later[0].name for person in later):
            return False
        word = self.apposed_word(state.text, later[0])
        return word is not None and self._gender_words.get(word) == pronoun

    def speaks_of_gender(self, pronoun: str, words: str) -> bool:
        """Whether *words*, a paragraph's text before a pronoun's attribution, hold a person pronoun of
        *pronoun*'s gender in any form (*pronoun* itself, :attr:`PERSON_OBJECT_FORMS`,
        :attr:`PERSON_POSSESSIVE_FORMS`: ``"He built everything you see here," he said.``): the words
        speak of such a person, most likely the one just named, who is then not the speaker
        (:meth:`newcomer_of_gender`).

        .. versionadded:: 0.2"""
        for word in words[: self.MAX_NEWCOMER_DISTANCE].split():
            low = word.strip(_WORD_EDGES).casefold()
            if low == pronoun or pronoun in self._object_forms.get(low, ()) or pronoun in self._possessive_forms.get(low, ()):
                return True
        return False

    def opens_as_subject(self, lead: str) -> bool:
        """Whether a name after *lead*, the words of its paragraph before it, opens its sentence
        as the subject (:meth:`newcomer_of_gender`): nothing but titles stand between the last
        sentence end and the name, or at most :attr:`MAX_ROLE_LEAD` words with no verb (of
        :attr:`CLAUSE_VERBS` or :attr:`SPEECH_VERBS`, or in :attr:`PAST_SUFFIX`) nor a
        preposition of :attr:`PREPOSITIONS` or :attr:`PARTICIPLE_LINKS`, the last a title, an
        occupation or a word before a comma (``Her nephew, the guitarist Magnus Tait``, ``The
        chairwoman of the party, Ana Ruiz``; not ``adviser to Chancellor Helmut Kohl``, ``a tax
        holiday under President George Bush``, ``aides say Ivanka Trump``).

        .. versionadded:: 0.2"""
        words = lead.split()
        for k in range(len(words) - 1, -1, -1):
            word = words[k]
            stop = word.endswith(".") and len(word) > 3 and word.count(".") == 1 and not self.vocabulary.is_title(word)
            if word[-1:] in "!?" or stop:
                words = words[k + 1 :]
                break
        while words and self.vocabulary.is_title(words[-1]):
            words.pop()
        if not words:
            return True
        if len(words) > self.MAX_ROLE_LEAD:
            return False
        if self.role_with_complement(words):
            return True  # ("Le porte-parole de Québec solidaire en matière d'habitation, Andrés Fontecilla")
        links = self._prepositions | self._participle_links
        for word in words:
            low = word.rstrip(",").casefold()
            verb = low in self._clause_verbs or low in self._cue_words or self.is_past_verb(low)
            if word[:1].islower() and (low in links or verb):
                return False
        last = words[-1]
        return last.endswith(",") or self.is_occupation(last) or self.vocabulary.is_title(last)

    def role_with_complement(self, words: Sequence[str]) -> bool:
        """For :meth:`opens_as_subject`: whether *words* (at most :attr:`MAX_ROLE_LEAD`, all that
        stands between a sentence's start and a name) are a role noun after a determiner of
        :attr:`DETERMINERS` (elided or not) with its complements, set off by one comma at their end
        and none before (``The spokesman for the party on housing,``, French ``Le porte-parole de
        Québec solidaire en matière d'habitation,``): a preposition may stand among them, but no
        verb nor cue word (not ``The minister met with the mayor of Lyon,``).

        .. versionadded:: 0.2"""
        words = self.without_elided_determiner(words)
        if len(words) < 3 or words[0].casefold() not in self._determiners or not words[-1].endswith(","):
            return False
        head = words[1].casefold()
        if not (self.is_occupation(head) or self.vocabulary.is_role_noun(head)) or any("," in word for word in words[:-1]):
            return False
        for word in words[2:]:
            low = word.rstrip(",").casefold()
            if low in self._clause_verbs or low in self._cue_words or self.is_past_verb(low):
                return False
        return True

    def someone_else_named(self, at: int, state: State) -> bool:
        """Whether the paragraph names, before *at* and outside quotation marks, a person other than
        the last speaker, who spoke in an earlier paragraph: a pronoun then has no sure referent."""
        last = state.last_speaker
        if last is None or last.span is None or last.span.start >= state.paragraph_start:
            return False
        return any(
            person.name != last.name and not self.inside_marks(person.start - state.paragraph_start, state.paragraph_marks)
            and not self.fronted_object(person, at, state) and not self.one_of_speakers(person.name, last.name)
            for person in state.index.people_between(state.paragraph_start, at)
        )

    def one_of_speakers(self, name: str, speakers: str) -> bool:
        """Whether *name* is one of the names *speakers* lists, joined by commas or one of
        :attr:`COORDINATORS` (``Boris Pistorius and Catherine Vautrin`` holds ``Catherine
        Vautrin``): no one else than the last speakers (:meth:`someone_else_named`).

        .. versionadded:: 0.2 (mendQT68)"""
        if name == speakers or name not in speakers:
            return False
        pieces = [speakers]
        for joint in self._speaker_joints:
            pieces = [part.strip() for piece in pieces for part in piece.split(joint)]
        return name in pieces

    def fronted_object(self, person: Person, at: int, state: State) -> bool:
        """Whether *person* is the object of one of :attr:`OBJECT_PREPOSITIONS` (maybe after role
        nouns and titles: ``by prosecutor Anne Hale``) in a phrase that opens the sentence of the
        pronoun at *at* and is closed by the one comma after the name, right before the pronoun
        (``Under cross-examination by Anne Hale KC, she admitted ...``, ``Asked by Tom Berg about
        the cuts, he said ...``): never the pronoun's referent, who is the one it would be without
        the phrase (:meth:`someone_else_named`).

        .. versionadded:: 0.2"""
        relative = person.start - state.paragraph_start
        index = bisect_right(state.sentence_starts, relative) - 1
        opening = state.paragraph_start + (state.sentence_starts[index] if index >= 0 else 0)
        between = state.text[person.start + len(person.name) : at]
        if not between.rstrip().endswith(",") or between.count(",") != 1 or any(m in between for m in self.SENTENCE_END):
            return False
        if self.acts_on_pronoun(between, at, state):
            return True  # ("With Sam Hale beside him, he said": him is he, Sam Hale someone else)
        lead = state.text[opening : person.start].split()
        while lead and lead[-1][:1].islower() and (self.vocabulary.is_role_noun(lead[-1]) or self.vocabulary.is_title(lead[-1])):
            lead.pop()  # ("by prosecutor Anne Hale": the role before the name)
        return len(lead) > 1 and lead[-1] in self._object_prepositions

    def fronted_other(self, name: str, at: int, state: State) -> int | None:
        """Where the sentence of the pronoun at *at* opens when the person :meth:`paragraph_subject`
        reads for it, *name*, is named there in a phrase fronted before the pronoun that holds the
        pronoun's object form (:meth:`fronted_object`, :meth:`acts_on_pronoun`), else ``None``:
        someone else, and the pronoun is read as if it stood where its sentence opens, without
        the phrase.

        .. versionadded:: 0.2"""
        relative = at - state.paragraph_start
        index = bisect_right(state.sentence_starts, relative) - 1
        opening = state.paragraph_start + (state.sentence_starts[index] if index >= 0 else 0)
        people = state.index.people_between(opening, at)
        if any(person.name == name and self.fronted_object(person, at, state) for person in people):
            return opening
        return None

    def acts_on_pronoun(self, between: str, at: int, state: State) -> bool:
        """Whether *between* (the words from a name to the person pronoun at *at*, closed by the
        one comma before it) holds that pronoun's own object form (:attr:`PERSON_OBJECT_FORMS`,
        not a possessive): the name in a phrase or clause fronted before the pronoun stands by or
        acts on the pronoun's referent (``With Sam Hale beside him, he said``, ``When Anne Hale KC
        questioned her, she admitted``), so it is someone else, never the referent.

        .. versionadded:: 0.2"""
        pronoun = self._word.match(state.text, at)
        if pronoun is None:
            return False
        low = pronoun.group().casefold()
        for word in self._word.finditer(between):
            forms = self._object_forms.get(word.group().casefold())
            if forms is not None and low in forms and not self.possessive_here(between, word, len(between)):
                return True
        return False

    def someone_else_subject(self, at: int, state: State) -> bool:
        """Whether the paragraph names, before *at*, a person other than the last speaker, who spoke
        in an earlier paragraph, as a sentence's subject (:meth:`named_as_subject`): a dropped
        subject then has no sure referent.  A person named as an object or inside a modifier
        (``elogió a Pedro Sánchez``, ``firmado con la patronal de Antonio Garamendi``) leaves the
        last speaker the referent (:meth:`~newsparse.quotes.direct.DirectQuotes.dropped_subject`).

        .. versionadded:: 0.2
        """
        last = state.last_speaker
        if last is None or last.span is None or last.span.start >= state.paragraph_start:
            return False
        return any(
            person.name != last.name and self.named_as_subject(person, state)
            for person in state.index.people_between(state.paragraph_start, at)
        )

    def named_as_subject(self, person: Person, state: State) -> bool:
        """Whether *person*, named in the paragraph being read, is a sentence's subject or stands
        for it: one :meth:`may_be_subject` finds; the possessor of the noun that opens the
        sentence (a determiner, at most :attr:`SHORT_SUBJECT` lower-case words, the last one of
        :attr:`NOUN_LINKS`, no comma: ``El abogado de Pedro Sánchez habló``), or a name set off by commas
        right after the words that open its sentence, with no comma among them (``El secretario
        general de CCOO, Unai Sordo, celebró el pacto``; not ``El acuerdo, firmado con la
        patronal de Antonio Garamendi, ...``, ``El ministro elogió a Pedro Sánchez``).

        .. versionadded:: 0.2
        """
        if self.remembered(self.paragraph_memo(state), "subject", person, self.may_be_subject, state):
            return True
        raw, relative = state.paragraph_text, person.start - state.paragraph_start
        if self.inside_marks(relative, state.paragraph_marks):
            return False
        index = bisect_right(state.sentence_starts, relative) - 1
        opening = state.sentence_starts[index] if index >= 0 else 0
        lead = raw[opening:relative].split() if relative - opening <= self.SUBJECT_REACH else []
        if (
            2 < len(lead) <= self.SHORT_SUBJECT + 1 and lead[0].casefold() in self._determiners
            and lead[-1].casefold() in self.NOUN_LINKS and "," not in raw[opening:relative]
            and all(w[:1].islower() for w in lead[1:])
        ):
            return True  # (the subject's possessor: "El abogado de Pedro Sánchez habló": the lawyer, no one sure)
        comma = raw.find(",", relative, relative + self.NAMED_WINDOW)
        if comma < 0 or not all(word[:1].isupper() for word in raw[relative:comma].split()):
            return False  # (the name then its closing comma: "Unai Sordo,")
        before = relative
        while before > 0 and raw[before - 1].isspace():
            before -= 1
        if before == 0 or raw[before - 1] != ",":
            return False
        return raw.find(",", opening, before - 1) < 0

    def opens_sentence(self, start: int, state: State, name: Sequence[str] = ()) -> bool:
        """Whether only titles, capitalised words and ``the`` stand between the start of its
        sentence and *start* (``Nordwind chief executive Ola Berg``), after a phrase of
        :attr:`OPENING_CONNECTIVES` maybe (``Por su parte, la congresista ...``; lang62b), with an occupation in
        lower case right before the name (:meth:`is_occupation`: ``Civil Defence controller Mark
        Tane``), any word in lower case (or :attr:`UNLISTED_ROLE_WORDS` of them: ``El biólogo marino
        Javier Llorens dijo``) right after an article that opens the sentence when the
        name then speaks (``La percebeira Carmen Rial lamentó que``: :meth:`cue_after_name`; not
        ``El hospital Gregorio Marañón atendió a 40 heridos``: a place's name; a name that
        speaks is the subject, whatever the word: ``La empresa Rial S.L. anunció``), or an age (``68-year-old Duane
        Berglund``); *name*, the words of the name at *start*, for :meth:`verb_second_lead`.

        .. versionchanged:: 0.2 an article and a word in lower case that no list holds are a
           role only before a name a cue follows."""
        relative = start - state.paragraph_start
        index = bisect_right(state.sentence_starts, relative) - 1
        if index < 0:
            return False
        lead = state.paragraph_text[state.sentence_starts[index] : relative].split()
        lead = lead[self.opening_connective(lead) :]  # ("Por su parte, la congresista Milagros Huamán"; lang62b)
        if self.genitive_of_role(lead):
            return False  # ("Eine Sprecherin der Deutschen Bahn nannte ...": the body, no subject)
        # (a lower-case occupation right before the name: "Civil Defence controller Mark Tane")
        occupation = bool(lead) and lead[-1].isalpha() and lead[-1].islower() and self.lower_occupation(lead[-1])
        role = len(lead) - 1 if occupation else len(lead)
        role = self.occupation_modifiers_start(lead, role) if role < len(lead) else role
        if (
            2 <= len(lead) <= 1 + self.UNLISTED_ROLE_WORDS and lead[0].casefold() in self._determiners
            and all(w.isalpha() and w.islower() and w not in self._cuts and w not in self._place_prepositions for w in lead[1:])
            and self.cue_after_name(relative, len(name), state)
        ):
            # (an article and a noun in lower case, maybe with its adjective, a role no list holds:
            # "La percebeira Carmen Rial lamentó", "El biólogo marino Javier Llorens dijo"; no
            # preposition, "A spokesman for Pennine Land said": someone of that body)
            role = 1
        return (len(lead) <= 6 and all(
            w[:1].isupper() or w.casefold() in self._determiners or self.vocabulary.is_title(w) or self.vocabulary.is_role_noun(w)
            or w.casefold() in self._of or w.casefold() in self._person_nouns  # ("City engineer Raj Malhotra")
            or self.age_of((w,)) is not None  # ("68-year-old Duane Berg", "The 54-year-old mayor Ana Ruiz")
            or self.title_link(lead, i)  # ("Minister for the Environment Niamh Cassidy")
            for i, w in enumerate(lead[:role])
        )) or self.verb_second_lead(lead, name)

    def cue_after_name(self, relative: int, words: int, state: State) -> bool:
        """Whether a cue (:meth:`cues`) follows the name of *words* words that starts at
        paragraph offset *relative*, right after it or after an aside set off by commas, starting within
        :attr:`NAMED_WINDOW` characters (``La vecina Rosa Pazos, de 61 años, lamentó que``):
        the name speaks, so a lower-case word before it is a role.  Not a name that a verb of
        no speech follows (``El estadio Santiago Bernabéu acogió la final``: a place's name),
        nor one of no known length (*words* 0).

        .. versionadded:: 0.2
        """
        raw = state.paragraph_text
        name = list(islice(self._word.finditer(raw, relative, min(len(raw), relative + self.PHRASE_WINDOW)), words))
        if not words or len(name) < words:
            return False
        end = name[-1].end()
        # (a cue that starts within the window, read whole: "Javier Llorens, del Instituto de Ciencias del Mar, dijo")
        reach = min(len(raw), end + 2 * self.NAMED_WINDOW)
        cue = next((c for c in self.cues(raw, end, reach) if c.start() < end + self.NAMED_WINDOW), None)
        if cue is None:
            return False
        between = raw[end : cue.start()].strip()
        # (nothing between, or an aside set off by commas: ", de 61 años,"; not a sentence's end)
        return not between or (len(between) > 1 and between[0] == "," and between[-1] == "," and "." not in between)

    def title_link(self, lead: Sequence[str], i: int) -> bool:
        """For :meth:`opens_sentence`: whether ``lead[i]`` is one of the vocabulary's ``PORTFOLIO_LINKS`` right
        after a capitalised title or role noun, with a capitalised word after it before the name
        (``for`` of ``Minister for the Environment Niamh Cassidy``): the portfolio is part of the
        title; not a link that ends the words before the name (``A spokesman for Ola Berg``: the
        name is whom the role serves).

        .. versionadded:: 0.2
        """
        if i == 0 or i + 1 >= len(lead) or not self.vocabulary.is_portfolio_link(lead[i]):
            return False
        title = lead[i - 1]
        if not title[:1].isupper() or not (self.vocabulary.is_title(title) or self.vocabulary.is_role_noun(title.casefold())):
            return False
        return lead[-1][:1].isupper()

    def portfolio_name(self, bare: Sequence[str]) -> list[str] | None:
        """For :meth:`resolve_name`: the name in *bare*, a mention's words, after a capitalised
        title and the portfolio it holds (``Minister for Foreign Affairs and Trade Penny Wong``,
        ``Secretary of State for Work and Pensions Liz Kendall``): of the capitalised words after
        the last word in lower case, those the name model leaves after the portfolio's
        (``NameModel.portfolio_lead``: ``Penny Wong``); ``None`` (the other rules decide) when the
        mention holds no such title or names no one after the portfolio (``Minister for Foreign
        Affairs``, ``A spokesman for Ana Ruiz``).

        .. versionadded:: 0.2
        """
        last = max((i for i, w in enumerate(bare) if not w[:1].isupper()), default=-1)
        lead = self.names.portfolio_lead(bare[last + 1 :], bare[: last + 1]) if last > 0 else 0
        return list(bare[last + 1 + lead :]) if lead else None

    def lower_occupation(self, word: str) -> bool:
        """For :meth:`opens_sentence`: whether *word*, in lower case right before a name, is an
        occupation (:meth:`is_occupation`), or has one of :attr:`OCCUPATION_ENDINGS` and
        :attr:`MIN_OCCUPATION_LENGTH` letters even when a surname is written so (``walker`` of
        ``Local dog walker Jenny Ashcroft``: in lower case no one's name).

        .. versionadded:: 0.2
        """
        if self.is_occupation(word):
            return True
        endings = self._occupation_endings
        return bool(endings) and word.islower() and len(word) >= self.MIN_OCCUPATION_LENGTH and word.endswith(endings)

    def occupation_modifiers_start(self, lead: Sequence[str], role: int) -> int:
        """For :meth:`opens_sentence`: the index in *lead* where the lower-case nouns that make
        one occupation with ``lead[role]`` start (``dog`` of ``Local dog walker Jenny Ashcroft``,
        ``school bus`` of ``Veteran school bus driver Ann Cole``): at most
        :attr:`MAX_ROLE_MODIFIERS` words of :meth:`modifier_word` right before it, none a verb
        (:meth:`is_past_verb`, a cue, a clause verb or a stop word: ``Police arrested farmer Tom
        Hale``, ``Officials say dairy farmer ...``) nor an adverb, and only after capitalised words
        none of which is one of :attr:`GROUP_NOUNS` (``Police found farmer Tom Hale``: Police is
        the subject); *role* itself otherwise.

        .. versionadded:: 0.2
        """
        start = role
        while start > 0 and role - start < self.MAX_ROLE_MODIFIERS and self.modifier_word(lead[start - 1]):
            word = lead[start - 1]
            if self.is_past_verb(word) or self.is_cue_word(word) or self.is_adverb(word) or word in self._stop:
                break
            if word in self._clause_verbs or word in self._late_clause_verbs:
                break
            start -= 1
        if start == role or not all(w[:1].isupper() and w.casefold() not in self._groups for w in lead[:start]):
            return role
        return start

    def genitive_of_role(self, lead: Sequence[str]) -> bool:
        """Whether *lead*, the words between a sentence's start and a name, ends in a role or
        person noun and a genitive determiner or ``of``, maybe with an article (``Eine Sprecherin
        der`` before ``Deutschen Bahn``, ``Una portavoz de la``, ``A spokeswoman of``): the name is
        the role's body or employer, never the subject.

        .. versionadded:: 0.2
        """
        end = len(lead)
        if end > 2 and lead[-1].casefold() in self._determiners and lead[-2].casefold() in self._of:
            end -= 1  # ("Una portavoz de la": the article after "de")
        if end < 2 or (lead[end - 1].casefold() not in self._genitives and lead[end - 1].casefold() not in self._of):
            return False
        noun = lead[end - 2].rstrip(".,").casefold()
        return self.vocabulary.is_role_noun(noun) or noun in self._person_nouns or self.is_occupation(lead[end - 2])

    def verb_second_lead(self, lead: Sequence[str], name: Sequence[str] = ()) -> bool:
        """Whether *lead*, the words between a sentence's start and a name, is an opening that is
        no subject, a verb and titles, so that the name after them is the subject of a language
        that puts the verb second (:attr:`VERB_SECOND`: ``Nach der Niederlage wirkte Trainer
        Thomas Keller ruhig.``): no punctuation, one verb in lower case that is no stop word,
        preposition nor determiner, before it at most :attr:`MAX_PREPOSITIONAL_OPENING` words that
        a stop word or a preposition opens, or one capitalised word (``Gestern``), and after it only
        titles and roles, no determiner (``Am Montag traf der Minister Anna Schmidt``: she is
        the one met).  Never when *name*, the name's words, holds more than two capitalised words:
        two names glued (``Gestern besuchte Merkel Anna Schmidt``: the object after the subject) or
        a noun before the name (``Im Stadion jubelten Fans Thomas Keller zu``), no one sure.

        .. versionadded:: 0.2
        """
        if not self.VERB_SECOND or len(lead) < 2 or any(not w.isalpha() for w in lead):
            return False
        if sum(1 for w in name if w[:1].isupper()) > 2:
            return False  # ("besuchte Merkel Anna Schmidt", "jubelten Fans Thomas Keller": no one name)
        vocabulary = self.vocabulary
        verb = len(lead) - 1
        while verb >= 0 and (vocabulary.is_title(lead[verb]) or vocabulary.is_role_noun(lead[verb])):
            verb -= 1
        word = lead[verb].casefold() if verb >= 1 else ""
        if not word or not lead[verb].islower() or word in self._stop or word in self._prepositions or word in self._determiners:
            return False
        opening, first = lead[:verb], lead[0].casefold()
        if first in self._stop or first in self._prepositions:
            return len(opening) <= self.MAX_PREPOSITIONAL_OPENING and first not in self._pronouns and first not in self._determiners
        return len(opening) == 1 and lead[0][:1].isupper() and first not in self._pronouns and first not in self._determiners

    def joined_titles_end(self, words: Sequence[str], join: int) -> int | None:
        """Where the second of two titles joined by the coordinator at *join* starts, when a title
        stands right before the coordinator and capitalised titles, no honorific, right after it
        lead to a name that ends the mention (``Infotrek CEO and Managing Director Sandeep
        Raghunathan``, ``Chairman and Managing Director ...``, ``President and CEO Dana Cole``): one
        person holds both, named after the second; ``None`` otherwise (``President and Mrs. Cole``,
        ``Senator Ana Ortiz and Tom Berg``).

        .. versionadded:: 0.2
        """
        if not self.vocabulary.is_title(words[join - 1].rstrip(".")) or not words[join - 1][:1].isupper():
            return None
        right = words[join + 1 :]
        named = len(self.name_words(right))
        lead = right[: len(right) - named]
        if not named or not lead or not all(w[:1].isupper() and not self.vocabulary.is_honorific(w) for w in lead):
            return None
        return join + 1 if any(self.vocabulary.is_title(w.rstrip(".")) for w in lead) else None

    def joined_nouns_end(self, words: Sequence[str], join: int) -> int | None:
        """Where the name starts in a mention of two role nouns joined by the coordinator at *join*
        (German ``Der Architekt und Bauherr Jan Wendl``, ``Die Münchner Ärztin und Autorin Eva
        Ott``): in a language whose nouns are capitalised (``Vocabulary.CAPITALISED_NOUNS``), an
        article and capitalised words before the coordinator, none a given name, and after it
        capitalised words, none a given name, before a given name of either sex and a capitalised
        word after it: one person holds both roles, named after the second; ``None`` otherwise
        (``Anna Berg und Jan Wendl``: two people; ``Der Architekt und Jan Wendl``: no noun after
        the coordinator).

        .. versionadded:: 0.2 (lang65)"""
        vocabulary = self.vocabulary
        if not vocabulary.CAPITALISED_NOUNS or not self.names.noun_after_article(words[:join]):
            return None
        if not vocabulary.is_article(words[0]) or not words[join - 1][:1].isupper() or vocabulary.is_article(words[join - 1]):
            return None
        k = join + 1
        while k < len(words) - 1 and words[k][:1].isupper() and words[k].isalpha() and not vocabulary.is_given_name(words[k]):
            k += 1
        if k == join + 1 or k >= len(words) - 1 or not vocabulary.is_given_name(words[k]):
            return None
        return k if all(w[:1].isupper() for w in words[k:]) else None

    def role_after_firm(self, words: Sequence[str], joins: Sequence[int], state: State) -> int | None:
        """Where the role words start in a mention whose words joined by the first of *joins* name a
        firm before a role and a name (``Marks and Spencer chairman Archie Norman``, ``Memphis
        Light, Gas and Water spokesperson Dana Whitfield``): capitalised words after the
        coordinator, then role words in lower case, then a name; the words before the coordinator
        name no one the article knows (not ``Ana Ortiz and Nordwind chief executive Ola Berg``)
        and are no titled person (not ``Senator Ortiz and ...``; title words alone, a portfolio's,
        are part of the body's name: ``State Agriculture and Food Committee chairman Tom Berg``).
        ``None`` otherwise.

        .. versionadded:: 0.2"""
        join = joins[0]
        k = join + 1
        if k + 1 < len(words) and words[k] in self._determiners and words[k + 1][:1].isupper():
            k += 1  # ("Forestry, Fisheries and the Environment Minister Dion George": a portfolio's article)
        opened = k
        while k < len(words) and words[k][:1].isupper() and not self.vocabulary.is_title(words[k].rstrip(".")):
            k += 1
        # (a title may open the portfolio after an article, "and the Environment Minister", or after a
        # list of one-word portfolios set off by commas, "Tourism, Sport and Culture Minister")
        listed = join >= 2 and all(w.endswith(",") for w in words[: join - 1]) and words[join - 2].endswith(",")
        if (k == opened and opened == join + 1 and not listed) or k >= len(words):
            return None
        role = k
        while k < len(words) and self.role_word_after_firm(words[k]):
            k += 1
        if k < len(words) and words[k][:1].islower():
            # ("Procter and Gamble finance director Ana Ruiz", "... chief executive officer Ana Ruiz")
            k = max(k, self.lower_role_end(words, role))
        if k == role or k >= len(words) or len(self.name_words(words[k:])) != len(words) - k:
            return None
        if k == opened + 1 and opened == join + 1:
            # ("Ortiz, Berg and Mayor Eva Hall": one title alone after the coordinator is a person's,
            # the list's last; a portfolio listed before its title has a word of its own:
            # "Tourism, Sport and Culture Minister Parks Tau")
            return None
        first = [strip_possessive(w).rstrip(",") for w in words[:join]]
        if any(self.is_known_name(" ".join(first[i:]), state) for i in range(len(first))):
            return None  # ("Ortiz and Nordwind chief executive Ola Berg": two people)
        for item in " ".join(words[:join]).split(","):
            # (each item of a list set off by commas on its own: "Trade, Industry and Competition
            # Minister Parks Tau", a portfolio's title word alone, no one named)
            titled = [self.vocabulary.is_title(w.rstrip(".")) or self.vocabulary.is_honorific(w.casefold()) for w in item.split()]
            if any(titled) and not titled[-1]:
                # ("Senator Ortiz and Nordwind chief executive Ola Berg": a titled person first; but
                # "Agriculture and Food Committee chairman Tom Berg": portfolio words alone, no one named)
                return None
        return role

    def role_word_after_firm(self, word: str) -> bool:
        """Whether *word* is a word of the role in :meth:`role_after_firm`: a role noun in lower case
        (``chairman``) or a title (``MP``, ``Councillor``: ``Harrogate and Knaresborough MP Tom
        Gordon``, a constituency's name before the title).

        .. versionadded:: 0.2"""
        bare = word.rstrip(",")
        if bare[:1].islower():
            return self.vocabulary.is_role_noun(bare.casefold())
        return self.vocabulary.is_title(bare.rstrip("."))

    def resolve_listed(self, words: Sequence[str], at: int, state: State) -> str | None:
        """The names of *words*, the subjects before the coordinator of a list, each resolved and
        set off by commas as written, when every piece between commas is a name of two words or more
        (:meth:`name_words`: ``Ana Ortiz, Tom Berg`` of ``Ana Ortiz, Tom Berg and Eva Hall``) or a
        surname the article named in full before (``Ortiz, Berg``, resolved to ``Ana Ortiz, Tom
        Berg``; spk54); ``None`` otherwise (``Emma Clarke, 31,``: a name and its age, :meth:`joined_part`).

        .. versionadded:: 0.2
        """
        pieces = [piece.split() for piece in " ".join(words).split(",")]
        pieces = [piece for piece in pieces if piece]
        if len(pieces) < 2:
            return None
        names = []
        for piece in pieces:
            name = self.resolve_name(" ".join(piece), at, state)
            # (a surname alone when the article named its person in full before: "Ortiz, Berg and Hall said")
            surname = len(piece) == 1 and piece[0][:1].isupper() and len(name.split()) > 1
            if not surname and (len(piece) < 2 or not self.titled_list_piece(piece)):
                named = self.role_list_piece(piece)
                if named is None:
                    return None
                name = self.resolve_name(" ".join(named), at, state)  # ("challenger Lee Chan": the name)
            names.append(name)
        return ", ".join(names) + ","[: words[-1].endswith(",")]

    def listed_surnames(self, words: Sequence[str], join: int, at: int, state: State) -> str | None:
        """For :meth:`resolve_name`: the words before the coordinator at *join*, each resolved and
        set off by commas as written, when they are single capitalised words set off by commas (no
        place) and a person's full name, maybe after titles (:meth:`titled_list_piece`), or one
        more such word follows the coordinator (``Ortiz, Berg and Eva Hall``, ``Ortiz, Berg and
        Mayor Eva Hall``, ``Ortiz, Berg and Hall``: ``Ortiz, Berg``, surnames alone in a list
        being people); ``None`` otherwise.

        .. versionadded:: 0.2"""
        pieces = [piece.split() for piece in " ".join(words[:join]).split(",")]
        pieces = [piece for piece in pieces if piece]
        after = list(words[join + 1 :])
        if len(pieces) < 2 or not after or (len(after) > 1 and not self.titled_list_piece(after)):
            return None
        vocabulary = self.vocabulary
        lone = [*pieces, after] if len(after) == 1 else pieces  # ("Ortiz, Berg and Hall": three surnames)
        if not all(len(p) == 1 and p[0].isalpha() and p[0][:1].isupper() for p in lone):
            return None
        if any(vocabulary.is_place(p[0]) or vocabulary.country(p[0]) is not None for p in lone):
            return None
        return ", ".join(self.resolve_name(p[0], at, state) for p in pieces)

    def listed_modifier_noun(self, words: Sequence[str]) -> bool:
        """For :meth:`resolve_name`: whether *words* are a determiner, a name listed with commas
        and one of :attr:`COORDINATORS`, then nouns in lower case (``A Memphis Light, Gas and
        Water spokesperson``, ``The Leeds, Bradford and York officials``): a role or a group, as
        written, never a name read from the list (:meth:`SpeakerGrammar.listed_modifier_start`).

        .. versionadded:: 0.2"""
        low = words[0].casefold()
        if len(words) < 5 or (low not in self._determiners and low not in self._indefinites):
            return False
        k = len(words)
        while k > 1 and words[k - 1][:1].islower() and words[k - 1].isalpha() and words[k - 1] not in self._coordinators:
            k -= 1
        inner = words[1:k]
        return k < len(words) and any(w.endswith(",") for w in inner) and all(
            w[:1].isupper() or w in self._coordinators for w in inner
        )

    def group_of_listed(self, words: Sequence[str], join: int, preceding: str | None) -> bool:
        """For :meth:`resolve_name`: whether *words*, joined at *join* by one of
        :attr:`COORDINATORS`, open with people in the plural and no name (``The foreign ministers``,
        ``Officials``) before one of :attr:`CUTS` that links them to a list set off by commas
        (``The foreign ministers of France, Jean Roe, and Italy, Luca Neri``: one group, never
        ``Jean Roe and Italy``); not ``Ana Ortiz of Leeds, Tom Berg and Eva Hall`` (a name first).

        .. versionadded:: 0.2"""
        cut = next((i for i, w in enumerate(words[1:join], 1) if w in self._cuts), None)
        if cut is None or not any(w.endswith(",") for w in words[cut:join]) or self.name_words(words[:cut], preceding):
            return False
        head = strip_possessive(words[cut - 1]).casefold()
        plural = bool(self.PRESENT_SUFFIX) and head.endswith(self.PRESENT_SUFFIX) and not head.endswith(self.NOT_PRESENT_ENDINGS)
        lower = cut == 1 or words[cut - 1][:1].islower()
        return plural and lower and (self.is_person_noun(head) or head in self._groups)

    def titled_list_piece(self, piece: Sequence[str]) -> bool:
        """For :meth:`resolve_listed`: whether *piece* is a name of two words or more, maybe after
        capitalised titles (``Mayor Ana Ortiz`` of ``Mayor Ana Ortiz, Ben Lee and Lee Chan``).

        .. versionadded:: 0.2"""
        named = self.name_words(piece)
        if named == list(piece):
            return True
        lead = len(piece) - len(named)
        return len(named) >= 2 and list(piece[lead:]) == named and all(
            w[:1].isupper() and self.vocabulary.is_title(w) for w in piece[:lead]
        )

    def role_list_piece(self, piece: Sequence[str]) -> list[str] | None:
        """For :meth:`resolve_listed`: the name of *piece* when it is a name of two words or more
        after at most ``MAX_ROLE_BEFORE_NAME`` + 1 words, none a stop word (``challenger Lee
        Chan``, ``school trustee Eva Hall``, ``Ward 6's Tom Berg``); ``None`` otherwise (``the
        mayor``, ``31``, and a piece that opens with one of :attr:`DETERMINERS`, an appositive that
        names another person: ``a friend of Tom Berg``, ``the niece of Eva Hall``).

        .. versionadded:: 0.2 (trialQ62b)"""
        named = self.name_words(piece)
        lead = len(piece) - len(named)
        most = self.MAX_ROLE_BEFORE_NAME + 1
        if len(named) < 2 or list(piece[lead:]) != named or not 0 < lead <= most:
            return None
        if any(word.casefold() in self._stop or not word[-1:].isalnum() for word in piece[:lead]):
            return None  # ("the mayor": a determiner; "Tom Berg, 31": the pieces hold no comma)
        if piece[0].casefold() in self._determiners:
            return None  # ("Ana Ruiz, a friend of Tom Berg, and the mayor": an appositive, whose name is someone else)
        return named

    def joined_part(self, words: Sequence[str], *, leading: bool) -> list[str]:
        """The words that name one of two subjects joined by one of :attr:`COORDINATORS`, *words*
        (the first with *leading*): when commas set off an age or a role beside the name (``Emma
        Clarke, 31,``, ``her husband, James``, ``ihr Mann, Klaus``), the piece before the first
        comma of the first subject or after the last comma of the second, if it ends in a name
        (:meth:`name_words`: ``Local MP Sarah Jones, a former nurse,``, resolved as a role and
        its name) and every other piece opens in lower case or with a digit; for the
        second, the piece before its first comma when it is a name and every piece after it opens in
        lower case (``Lena Park, the port's chief``); *words* otherwise (``Tom Berg, Ana Ruiz``: a
        list of names).

        .. versionadded:: 0.2
        """
        pieces = [piece.split() for piece in " ".join(words).split(",")]
        pieces = [piece for piece in pieces if piece]
        if len(pieces) < 2:
            return list(words)
        piece, others = (pieces[0], pieces[1:]) if leading else (pieces[-1], pieces[:-1])
        if not leading and all(other[0][:1].islower() for other in pieces[1:]) and self.name_words(pieces[0]) == pieces[0]:
            return pieces[0]  # ("and Lena Park, the port's chief": the name before the role set off)
        if any(not (other[0][:1].islower() or other[0][:1].isdigit()) for other in others):
            return list(words)  # ("Tom Berg, Ana Ruiz, and ...": a list of names, no age nor role set off)
        named = self.name_words(piece)
        # ("Local MP Sarah Jones, a former nurse,": the role and the name that ends the piece, resolved as one)
        return piece if named and named == piece[len(piece) - len(named) :] else list(words)

    def name_words(self, words: Sequence[str], preceding: str | None = None) -> list[str]:
        """The words of a person's name at the end of a mention (``Russian President Vladimir Putin``
        -> ``Vladimir Putin``); empty when the mention names no person.  *preceding* is the word
        before the mention (``in`` makes the ``June`` of ``in June Whitaker`` a month).  A
        possessive before the last word, or before a known given name, owns the person, no part
        of the name (``Oxfam's Smith`` -> ``Smith``; versionchanged 0.2)."""
        bare = [strip_possessive(w).rstrip(",") for w in words]
        count = self.names.trailing_name(bare, preceding)
        owner = next((k for k in range(len(words) - 2, len(words) - count - 1, -1) if strip_possessive(words[k]) != words[k]), None)
        if owner is not None and self.owner_before_person(words, owner):
            # ("Oxfam's Smith", "Oxfam's Ann Smith": the owner no part of the name; not "the trade
            # paper Ward's Automotive Reports", a body's own possessive)
            count = len(words) - owner - 1
        if count > 2:
            # ("Dock Master Robert Lane", "Ohio's Ana Ruiz": the words before the given name describe)
            lead_words = [*([preceding] if preceding else []), *bare[: len(bare) - count]][-3:]
            count -= self.names.descriptor_lead([w.rstrip(",") for w in words[len(words) - count :]], lead_words)
        if count == 1 and self.modifier_title_in_body(bare):
            count = 2  # ("Passenger watchdog Transport Voice": the body's name whole, no person "Voice")
        before = bare[-count - 1] if count < len(bare) else ""
        # ("Save the Children's Anna Kelly": a possessive before the name owns her, no body's word of her name)
        owned = bool(before) and strip_possessive(words[-count - 1]) != words[-count - 1]
        organisation = not owned and (before.casefold() in self._groups or self.vocabulary.is_org_word(before))
        if before[:1].isupper() and organisation and not self.vocabulary.is_title(before):
            return []  # "the Harbour Authority": an organisation, not a person
        if count and count + 2 <= len(bare) and self.names.is_particle(before):
            body = bare[-count - 2]
            if body[:1].isupper() and self.vocabulary.is_org_word(body) and not self.vocabulary.is_title(body):
                return []  # ("el Sindicato de Trabajadores de Escondida": the body's name, no person's)
        if count and before[:1].isupper() and self.vocabulary.is_weekday(before) and bare[0].casefold() in self._determiners:
            return []  # ("The Sunday Telegraph": a body named with a day, not a person)
        if self.place_named_body(words, count):
            return []  # ("Scotland Yard": a body's two-word name, not a person called Yard)
        return bare[len(bare) - count :] if count else []

    def modifier_title_in_body(self, bare: Sequence[str]) -> bool:
        """For :meth:`name_words`: whether the one capitalised word that ends *bare* (a mention's
        words, possessives cut) follows a capitalised title that is no role noun, honorific nor
        given name (a portfolio's word: ``Transport``, ``Health``) after a lower-case word that is
        no title, a noun or an article (``watchdog``, ``the``): ``Passenger watchdog Transport
        Voice`` and ``according to the Communications Workers`` give a body's name of two
        words, where a title that stands for a person comes after a role (``health secretary
        Tom Hale``) or a body's title word (``police Inspector Jones``) and keeps its name.
        Never without :attr:`BODY_NAMES_AFTER_PORTFOLIO`.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 English only (mendR61)"""
        if not self.BODY_NAMES_AFTER_PORTFOLIO or len(bare) < 3:
            return False
        title, noun = bare[-2], bare[-3]
        vocabulary = self.vocabulary
        if not (title[:1].isupper() and title[1:].isalpha() and vocabulary.is_title(title)):
            return False
        if vocabulary.is_role_noun(title) or vocabulary.is_honorific(title) or self.names.is_given_name(title):
            return False
        return noun.isalpha() and noun.islower() and not (vocabulary.is_title(noun) or vocabulary.is_role_noun(noun))

    def titled_given_name(self, words: Sequence[str]) -> str | None:
        """The name after the titles that open *words* (``Vocabulary.is_title``: ``Rep.``, ``Gov.``,
        ``Mayor``) when it is a known given name and capitalised words after it, one or two (``Rep.
        Jim Jordan`` -> ``Jim Jordan``, ``Mayor Ann Georgia`` -> ``Ann Georgia``): a person whose
        surname is a place's name too, which :meth:`name_words` reads as no name; else ``None``.

        .. versionadded:: 0.2
        """
        titles = 0
        while titles < len(words) and self.vocabulary.is_title(words[titles]):
            titles += 1
        rest = [w.rstrip(",") for w in words[titles:]]
        if not titles or not 2 <= len(rest) <= 3 or not self.names.is_given_name(rest[0]):
            return None
        if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in rest):
            return None
        return " ".join(rest)

    def owner_before_person(self, words: Sequence[str], owner: int) -> bool:
        """Whether ``words[owner]``, a possessive inside a mention's name, owns a person named
        after it (``Oxfam's Smith``, ``Fox's Chris Wallace``): one word after it (a surname), or a
        known given name first, or two words and no word in lower case before the owner (``the
        trade paper Ward's Automotive Reports``: a body's own name, described as one); never more
        than two words without a known given name (``Dreyer's Grand Ice Cream``), nor an owner
        that is a given name (``St John's Ambulance``: a body's own name) unless a known given name
        and one more word follow it (``Morgan Stanley's Ian Whitlock``, trialQ63).

        .. versionadded:: 0.2
        """
        after = len(words) - owner - 1
        owner_word = strip_possessive(words[owner])
        if after == 2 and self.names.is_given_name(words[owner + 1]):
            return True  # ("Morgan Stanley's Ian Whitlock": a given name and a surname after any owner)
        if self.names.is_given_name(owner_word):
            # ("St John's Ambulance": a given name's possessive in a body's name; but "Morgan
            # Stanley's Brook": a two-word owner, the surname after it the person's; fixQ64)
            return after == 1 and self.full_owner_name(words, owner)
        if after == 1 or self.names.is_given_name(words[owner + 1]):
            return True
        return after == 2 and not any(w[:1].islower() for w in words[:owner])

    def full_owner_name(self, words: Sequence[str], owner: int) -> bool:
        """For :meth:`owner_before_person`: whether ``words[owner]``, a given name's possessive with
        one word after it, closes an owner's name of two words (``Morgan Stanley's Brook``: the firm
        owns the person, ``Brook``): a capitalised word before it that is no title nor one of
        :attr:`PLACE_OPENERS` (with or without its full stop: ``St John's Ambulance`` is a body's
        own name), and no word of a body's name after it (:meth:`~newsparse.quotes.languages.Vocabulary.is_org_word`:
        ``St Mary's Hospital``).

        .. versionadded:: 0.2 (fixQ64)"""
        if owner < 1:
            return False
        before = words[owner - 1]
        if not before[:1].isupper() or self.vocabulary.is_title(before) or strip_possessive(before) != before:
            return False
        if before in self._place_openers or f"{before}." in self._place_openers:
            return False
        return not self.vocabulary.is_org_word(words[owner + 1].rstrip(".,;:"))

    def place_named_body(self, words: Sequence[str], count: int) -> bool:
        """Whether *words*, a mention whose name would be its last word alone (*count* 1), are two
        capitalised words, the first a country (by its name, not its demonym: ``German Ortega`` is
        a person) or place of the vocabulary with no possessive (``Scotland Yard``): a body's name
        whole, not a place and a person's surname; never ``Russia's Putin``, where the place owns
        the person.

        .. versionadded:: 0.2
        """
        if count != 1 or len(words) != 2 or not words[0][:1].isupper() or strip_possessive(words[0]) != words[0]:
            return False
        first = words[0].rstrip(",")
        # (a country's own name, never its demonym: "German Ortega" is a person)
        return first == words[0] and (self.vocabulary.country(first) == first.casefold() or self.vocabulary.is_place(first))

    def remember(self, state: State, speaker: Speaker | None, number: int) -> None:
        """Record the latest speaker, for pronouns and quotations that carry on.  A plural
        pronoun left as written (nobody sure: ``they think``) is no speaker to carry on, nor is
        ``I`` left as written (the writer, :meth:`speaks_later`), nor ``it`` left as written
        (:attr:`THING_PRONOUNS`), nor one of :attr:`INDEFINITE_SPEAKERS` (``someone``): the one
        before it stays the last speaker for the next ``he`` or ``she``."""
        if speaker is not None and speaker.name == speaker.mention and speaker.mention.casefold() in self._plurals:
            return
        if speaker is not None and speaker.name == speaker.mention and speaker.mention.casefold() in self._first_person:
            return
        if speaker is not None and speaker.name == speaker.mention and speaker.mention.casefold() in self._things:
            return  # ("it" left as written, :meth:`may_be_thing`: the speaker before stays the last)
        if speaker is not None and speaker.name == speaker.mention and speaker.mention.casefold() in self._indefinite_speakers:
            return  # ("Then someone asked ...": no one named, whom no later "he" carries on)
        if speaker is not None:
            state.last_speaker = speaker
            state.last_speaker_paragraph = number
            low = speaker.mention.casefold()
            if low in self._persons and speaker.name != speaker.mention and low in self._gendered:
                genders = self.genders_of(state)
                # ("...," she added.: she from now on; keyed by the index's name)
                full = state.index.full_name(tuple(speaker.name.split()))
                if full in state.given_genders:  # (now a pronoun shows it: stronger than the given name)
                    state.given_genders.discard(full)
                    genders[full] = low
                genders.setdefault(full, low)
            if speaker.span is not None and self.names_organisation(speaker.name, state):
                state.last_body_speaker = speaker  # ("Acme Corp said ...": an "it said" after a person may be its)
            named = speaker.mention.casefold() not in self._pronouns and self.is_known_name(speaker.name, state)
            if named and len(state.spoken) < self.MAX_SPOKEN:
                state.spoken.add(speaker.name)
            if named and len(state.paragraph_speakers) < self.MAX_SUBJECTS:
                state.paragraph_speakers.append(speaker)

    def named_in_own_words(self, quote: Quote, state: State) -> bool:
        """Whether *quote*'s speaker is a person pronoun (``he``) resolved to someone its own
        words, before it, name (``Paul Grant was the first mayor of the town, he said.``: the
        clause speaks of Paul Grant, and a speaker does not name himself so), or, after it, open
        with as their subject (``He said Paul Grant was the first mayor.``): the pronoun stays as
        written.  Reads the people index over the quote's span only.

        .. versionadded:: 0.2
        """
        speaker = quote.speaker
        if speaker is None or speaker.span is None or speaker.mention.casefold() not in self._persons:
            return False
        if speaker.name == speaker.mention:
            return False
        surname = speaker.name.split()[-1]
        if quote.span.end > speaker.span.start:
            # (the speaker before the words: only the name their clause opens with, its subject; a
            # speaker may name himself further in: "He says ... it's not Bernie Sanders.")
            people = state.index.people_between(quote.span.start, quote.span.start + 1, 1)
        else:
            people = state.index.people_between(quote.span.start, quote.span.end, self.MAX_SUBJECTS)
        return any(person.name in (speaker.name, surname) for person in people)

    def country_speaks(self, quote: Quote) -> bool:
        """Whether *quote*'s speaker is a one-word mention that is a country, a region or a place of
        the vocabulary (:meth:`~newsparse.Vocabulary.is_region_after_place`), resolved to a person
        of that surname, and its reported clause opens with one of :attr:`THING_PRONOUNS` or
        :attr:`THING_POSSESSIVES` (``Foreign Minister Ana Jordan ... Jordan said it would reopen
        the crossing``): a body's pronoun, so the country speaks and the mention stays as written
        (``Jordan said she would travel`` is Ana Jordan's).

        .. versionadded:: 0.2"""
        speaker = quote.speaker
        if speaker is None or speaker.name == speaker.mention or " " in speaker.mention.strip():
            return False
        first = quote.text.split(maxsplit=1)[:1]
        if not first or (first[0].casefold() not in self._things and first[0].casefold() not in self._thing_possessives):
            return False
        return self.vocabulary.is_region_after_place(speaker.mention.strip())

    def note_clause_gender(self, state: State, quote: Quote) -> None:
        """Note the person pronoun a reported clause opens with, its subject, as its named
        speaker's (``Ana Ortiz told Tom Berg she would resign.``: a later ``he`` is not Ana
        Ortiz's, and is left as written), unless that speaker's clauses opened with the other
        pronoun too (``Tom Berg said he would stay ... Tom Berg said she lied``: nothing sure).
        Not when the article shows the speaker as of the other pronoun (a title, a role, a given
        name: ``Judge Ana Ortiz told Tom Berg he had lied.``: the pronoun is the one told).
        Only to keep a pronoun from that speaker, never to give it to someone else, and apart
        from :attr:`~newsparse.quotes.model.State.genders`: the clause's pronoun may be someone
        else's (``Tom Berg attacked Ana Ortiz, saying she lied.``)."""
        speaker = quote.speaker
        if speaker is None or speaker.mention.casefold() in self._pronouns or not self._gendered:
            return
        first = self._word.match(quote.text, None, None, KEEP_GIL)
        low = first.group().casefold() if first is not None else ""
        if low not in self._persons or low not in self._gendered:
            return
        if not state.index.is_known(state.index.full_name(tuple(speaker.name.split()))):
            return  # ("His daughter said he ...": a role, whose own word may tell otherwise)
        genders = self.genders_of(state)
        if genders.get(speaker.name) not in (None, "", low):
            return  # ("Judge Ana Ortiz told Tom Berg he had lied.": the man told, not her)
        clauses = state.clause_genders
        clauses[speaker.name] = low if clauses.get(speaker.name, low) == low else ""

    @staticmethod
    def direct_speaker_in(speakers: Sequence[tuple[int, Mention]], start: int, end: int) -> Mention | None:
        """The mention of a direct quote's speaker between *start* and *end*; *speakers* are
        ``(start, mention)`` pairs in order."""
        i = bisect_left(speakers, start, key=lambda pair: pair[0])
        return speakers[i][1] if i < len(speakers) and speakers[i][0] < end else None
