"""Who is who in one article: full names, the titles they carry, and resolving a later mention
(``Putin``, ``the Russian president``, ``he``) to the full name (``Vladimir Putin``)."""

from __future__ import annotations

import functools
from array import array
from bisect import bisect_left
from collections.abc import Hashable, Iterable, Iterator, Sequence
from itertools import chain, pairwise
from typing import ClassVar, cast

import attrs
import regex

from .names import PLURAL_POSSESSIVE_ENDINGS, POSSESSIVE_ENDINGS, NameModel, strip_possessive
from .spans import Span
from .vocab import given_names
from .vocabulary import APOSTROPHE_MARKS, KEEP_GIL, Vocabulary, alternation, normalize_word

__all__ = ["Organisation", "Person", "PersonIndex", "TextPieces"]

#: A capitalised word or an initial, as a run of capitalised words reads one.
_RUN_WORD = r"(?:\p{Lu}[\p{L}\p{M}'’\-]*+\.?+|\p{Lu}\.)"


#: The most joining words (``of``, particles) between two capitalised words of a run: ``de la``
#: in ``Ana de la Fuente``.
MAX_JOIN_WORDS = 3


@functools.lru_cache(maxsize=16)
def run_pattern(particles: tuple[str, ...], links: tuple[str, ...] = Vocabulary.AFFILIATION_WORDS) -> regex.Pattern[str]:
    """A run of two capitalised words or more (up to ten), maybe with up to
    :data:`MAX_JOIN_WORDS` of *particles* (a :class:`~newsparse.names.NameModel`'s ``PARTICLES``)
    or *links* (a vocabulary's ``AFFILIATION_WORDS``, ``of``) between them (``Ana de la Fuente``,
    ``Dale Hutchins of Effingham``).  A lone capitalised word names nobody, and the pattern
    passes it by inside the scan: where it fails on a word, it fails at every capital inside that
    word too (each would end where the word ends), so the runs it finds are those of the scan that
    reads lone words as runs of one."""
    joins = alternation([*links, *particles])
    return regex.compile(
        rf"{_RUN_WORD}(?:[ \t\xa0]*+\n?[ \t\xa0]*+(?:(?:{joins})[ \t\xa0]++){{0,{MAX_JOIN_WORDS}}}+{_RUN_WORD}){{1,9}}"
    )


#: The run pattern of the library's :class:`~newsparse.names.NameModel`.
_RUN = run_pattern(NameModel.PARTICLES)

#: How many name models :func:`_name_model` keeps (one a name model class and vocabulary).
NAME_MODELS_KEPT = 4


@functools.lru_cache(maxsize=NAME_MODELS_KEPT)
def _cached_name_model(model: Hashable, vocabulary: Vocabulary) -> NameModel:
    return cast(type[NameModel], model)(vocabulary)


def _name_model(model: type[NameModel], vocabulary: Vocabulary) -> NameModel:
    """The name model of class *model* for *vocabulary*, built once and shared by the indexes
    that read with it (:meth:`PersonIndex._read_pending`), not once per article: a model holds
    only what it derives from its class and the vocabulary (its word sets, compiled patterns),
    and reading leaves it unchanged."""
    return _cached_name_model(cast(Hashable, model), vocabulary)


_TOKEN = regex.compile(r"[^\s]++")
_DESCRIBED = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}\p{M}\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}\-]*+){0,4}),\s++"
    # an article, or (group owner, empty) a capitalised possessive: "Lavrov, Russia's foreign minister,"
    rf"(?:(?:an?|the|one\s++of(?:\s++the)?)\s++|(?P<owner>(?=\p{{Lu}}[\p{{L}}\-]*+[{APOSTROPHE_MARKS}]s\s)))"
    r"(?P<description>[^,.;]{1,100})"
)
#: What must follow a comma for :data:`_DESCRIBED` to match at it: an article (or ``one``) and a
#: blank, or a capitalised possessive; a piece with none is not scanned for it (a cheap search from
#: comma to comma, where the full pattern tries every capital letter).
_DESCRIBED_OPENING = regex.compile(
    rf",\s++(?:an?\s|the\s|one\s|\p{{Lu}}[\p{{L}}\-]*+[{APOSTROPHE_MARKS}]s\s)"
)
_WORD = regex.compile(rf"[\p{{L}}][\p{{L}}{APOSTROPHE_MARKS}\-]*+\.?+")
#: An age set off by commas right after a name (``Helen Park, 42,``): the name is a person's.
_AGE_AFTER = regex.compile(r",[ ]?+\d{1,3}+,")
#: How many characters before a name :meth:`PersonIndex.title_words_before` reads first.
_NEAR_WORDS = 40
#: How many characters from a name's run :meth:`PersonIndex.portfolio_link_at` reads (mendQT71).
_PORTFOLIO_AHEAD = 60
#: The characters a :data:`_WORD` may end with, besides a letter.
_WORD_ENDS = APOSTROPHE_MARKS + "-."
#: A letter as the patterns read it (``str.isalpha`` may know fewer, on an older Unicode).
_LETTER = regex.compile(r"\p{L}")
#: The most characters between a one-word name and a mention (``, ``) for the mention to be the
#: role set off after that name, which then describes no one else (:meth:`PersonIndex.described_before`).
_APPOSED_GAP = 3
#: The possessive endings whose presence the owned-organisation pattern needs (any apostrophe).
_OWNED_ENDINGS = tuple(mark + "s" for mark in APOSTROPHE_MARKS)


@functools.lru_cache(maxsize=NAME_MODELS_KEPT)
def _relative_openings(relatives: tuple[str, ...]) -> tuple[str, ...]:
    """What :attr:`~newsparse.vocabulary.Vocabulary.relative_named_business` needs in a text for
    each relative word of *relatives* (``, which ``), made once per vocabulary's words
    (:meth:`PersonIndex.may_hold_relative_business`); none for an empty word."""
    return tuple(f", {word} " for word in relatives if word)

#: A capitalised abbreviation a desk writes before a full name and then before the surname alone
#: (``Adv. Thandeka Nkosi`` ... ``Adv. Nkosi``, ``Cllr. Ruth Amadi`` ... ``Cllr. Amadi``): a capital,
#: one to :data:`MAX_ABBREVIATED_TITLE` - 1 letters in lower case and a point, a blank or two before the
#: name (:meth:`PersonIndex.abbreviated_title`).
MAX_ABBREVIATED_TITLE = 5
_ABBREVIATED_TITLE = regex.compile(rf"(\p{{Lu}}\p{{Ll}}{{1,{MAX_ABBREVIATED_TITLE - 1}}}+\.)[ \t\xa0]{{1,2}}+\Z")


@attrs.frozen
class Person:
    """One mention of a named person: the full ``name``, its words, the ``descriptors`` seen with it
    (titles, roles, countries, all normalised) and where it ``start``\\ s."""

    name: str
    words: tuple[str, ...]
    descriptors: frozenset[str]
    start: int


@attrs.frozen
class Organisation:
    """A named organisation (``State Post Bureau``, ``Ukraine's agriculture ministry``), the org
    word that heads it (normalised: ``bureau``, ``ministry``) and where it starts."""

    name: str
    head: str
    start: int


class _Mentions:
    """The mentions of people an index reads, in three lists, one item a mention: the names,
    their words and their descriptors (no tuple a mention or a name); each a name's first
    mention's, shared by every later mention equal to it."""

    __slots__ = ("_last", "_sets", "descriptors", "names", "words")

    def __init__(self) -> None:
        self.names: list[str] = []
        self.words: list[tuple[str, ...]] = []
        self.descriptors: list[frozenset[str]] = []
        # a name -> where its last new reading is in the lists; words and descriptor sets by value
        self._last: dict[str, int] = {}
        self._sets: dict[object, object] = {}

    def add(self, person: Person) -> None:
        """Keep a mention of *person*: the name, words and descriptors of the last new reading
        of its name when its words and descriptors are equal too (a name repeated through an
        article is stored once), else a new reading, with that reading's words when they are
        equal, else words each taken from the sets when an equal one is there (``Ana`` of
        ``Ana Ruiz`` and ``Ana Sanz``), and descriptors equal to ones seen before taken from
        the sets: one dictionary slot a name, none for its tuple of words (an article of many
        names, each named once, keeps little more than the names)."""
        name, words, descriptors = person.name, person.words, person.descriptors
        at = self._last.get(name)
        sets = self._sets
        if at is not None:
            name, known = self.names[at], self.words[at]
            if known == words:
                if self.descriptors[at] == descriptors:
                    self._append(name, known, self.descriptors[at])
                    return
                words = known
            else:
                words = cast(tuple[str, ...], tuple([sets.setdefault(word, word) for word in words]))
        else:
            words = cast(tuple[str, ...], tuple([sets.setdefault(word, word) for word in words]))
        self._last[name] = len(self.names)
        self._append(name, words, cast(frozenset[str], sets.setdefault(descriptors, descriptors)))

    def _append(self, name: str, words: tuple[str, ...], descriptors: frozenset[str]) -> None:
        self.names.append(name)
        self.words.append(words)
        self.descriptors.append(descriptors)


#: The last word of a stretch of text, before blanks only (``Over`` of ``Over ``).
_LAST_WORD = regex.compile(r"\p{L}++(?=\s++$)")


def _word_before(text: str, pos: int, window: int) -> str | None:
    """The last word (between whitespace) of the *window* characters before *pos*, if any."""
    before = text[max(0, pos - window) : pos].rsplit(None, 1)
    return before[-1] if before else None


#: Words a later mention may use for an organisation headed by the key: ``the company`` for ``Acme Inc``.
#: A vocabulary's ``TRADE_WORDS`` (``Harlow Foods``, ``Vantor Motors``) are filed under ``company``
#: too (:func:`org_key`).
_ORG_SYNONYMS: dict[str, str] = {
    "co": "company", "corp": "company", "corporation": "company", "inc": "company", "ltd": "company",
    "plc": "company", "llc": "company", "group": "company", "firm": "company", "holdings": "company",
    "department": "ministry",
}
#: The trade words of :class:`~newsparse.vocabulary.Vocabulary` itself, for :func:`org_key`
#: called without a vocabulary.
_DEFAULT_TRADE_WORDS: frozenset[str] = frozenset(normalize_word(w) for w in Vocabulary.TRADE_WORDS)


#: The head under which the index files a business named by its trade (``copper miner Minera
#: Andacollo``, ``Latchly, which sells ...``: :meth:`PersonIndex.traded_businesses`), apart from the
#: companies: ``the company`` finds one only when the article names no company before it
#: (``SpeakerResolution.resolve_organisation``).  No word's :func:`org_key` (it holds a space).
#: (versionadded 0.2)
TRADED_HEAD = "traded business"


def org_key(word: str, vocabulary: Vocabulary | None = None) -> str:
    """The normalised head under which an organisation is found: ``Inc.`` -> ``company``, and a
    trade word of *vocabulary* (``Vocabulary.TRADE_WORDS``, the default one's without it) ->
    ``company`` (``Vantor Motors``).

    .. versionchanged:: 0.2 *vocabulary*."""
    bare = normalize_word(word)
    trade = vocabulary.is_trade_word(bare) if vocabulary is not None else bare in _DEFAULT_TRADE_WORDS
    if trade:
        return "company"  # ("Vantor Motors": a business's trade word, filed as a company's ending is)
    return _ORG_SYNONYMS.get(bare, bare)


@attrs.frozen
class TextPieces:
    """Pieces of one text by their spans, as :meth:`PersonIndex.build` reads them: iterating
    gives each ``(text[start:end], start)`` in turn, sliced only then, as often as it is
    iterated; picklable, so that a lazy index that holds it is too."""

    text: str
    spans: Sequence[Span]

    def __iter__(self) -> Iterator[tuple[str, int]]:
        text = self.text
        for span in self.spans:
            yield text[span.start : span.end], span.start


class PersonIndex:
    """The people named in an article, built once per article by :meth:`build`."""

    #: How many words before a name to read for titles (``the visiting Russian Security Council secretary``).
    DESCRIPTOR_WINDOW = 6
    #: How many characters before a name of three words or more to read for the role, preposition
    #: and article before a body's name that opens it (``la ministre de la Santé Claire Morel``:
    #: ``NameModel.descriptor_lead``).  (versionadded 0.2)
    BEFORE_NAME_WINDOW: ClassVar[int] = 40
    #: How many characters before a name of three words or more to read for a title and the
    #: portfolio it holds (``Secretary of State for Work and Pensions``:
    #: ``NameModel.portfolio_lead``).  (versionadded 0.2)
    PORTFOLIO_WINDOW: ClassVar[int] = 80

    #: How many people before a mention (and, failing those, after it) a role description is compared with.
    DESCRIPTION_WINDOW = 200
    #: The name model that reads the people's names; the runs of capitalised words the index
    #: reads may hold its ``PARTICLES`` (``Ana van Rijn``), so a subclass's particles count too.
    NAME_MODEL: ClassVar[type[NameModel]] = NameModel
    #: Given names one sex only is given (:mod:`newsparse.vocab.given_names`, lower case): one
    #: before an organisation word that may be a surname makes the two a person's name (``Helen
    #: Park spoke.``; :meth:`org_word_surname`).
    #:
    #: .. deprecated:: 0.2 no longer read: the index asks the vocabulary (:meth:`listed_given_name`);
    #:    override ``Vocabulary.GIVEN_NAMES`` or ``Vocabulary.is_given_name``.
    GIVEN_NAMES: ClassVar[frozenset[str]] = given_names.ALL
    #: How many characters before a name :meth:`opens_sentence` reads for what stands before it.
    OPENING_WINDOW: ClassVar[int] = 8

    def __init__(
        self, vocabulary: Vocabulary, people: Iterable[Person] = (), organisations: Iterable[Organisation] = ()
    ) -> None:
        self.vocabulary = vocabulary
        # one mention of a person is four machine words: where it starts (an array), its name,
        # words and descriptors (three lists), each shared by every mention with the same
        mentions = _Mentions()
        starts = array("q")
        for person in people:
            mentions.add(person)
            starts.append(person.start)
        # the names written at least once where their first word's capital shows a name: not
        # opening a piece or a sentence ("Understated Perez" opening a headline shows none)
        self._named_inside: set[str] = set()
        self._set_people(mentions, starts)
        self._set_organisations(organisations)
        # one-word names described by a role after them ("Lammy, the foreign secretary,"), by position
        self._described: list[Person] = []
        self._described_starts: list[int] = []
        # an abbreviated title and a surname ("Adv. Nkosi") -> the full name written after that title
        # ("Adv. Thandeka Nkosi"), "" where two full names were (abbreviated_title)
        self._titled: dict[str, str] = {}
        # what build(lazy=True) has yet to read: the pieces and the title-case pieces
        self._pending: tuple[Iterable[tuple[str, int]], Iterable[tuple[str, int]]] | None = None

    def _set_organisations(self, organisations: Iterable[Organisation]) -> None:
        """Keep *organisations* by their head word, each head's in order of position."""
        self._organisations: dict[str, list[Organisation]] = {}
        for org in sorted(organisations, key=lambda o: o.start):
            self._organisations.setdefault(org.head, []).append(org)
        self._organisation_starts = {head: [o.start for o in orgs] for head, orgs in self._organisations.items()}

    def _set_people(self, mentions: _Mentions, starts: array[int]) -> None:
        """Keep the *mentions* at *starts*, in order of position (stable), and index their
        names."""
        names_at, words_at, descriptors_at = mentions.names, mentions.words, mentions.descriptors
        if any(starts[i] > starts[i + 1] for i in range(len(starts) - 1)):
            order = sorted(range(len(starts)), key=starts.__getitem__)
            names_at = [names_at[i] for i in order]
            words_at = [words_at[i] for i in order]
            descriptors_at = [descriptors_at[i] for i in order]
            starts = array("q", (starts[i] for i in order))
        # (the three lists read into: no tuple kept a mention or a name)
        self._names_at, self._words_at, self._descriptors_at = names_at, words_at, descriptors_at
        self._starts = starts
        # every ending of every name -> the longest name with it, first seen wins; keyed by the
        # ending's words joined by spaces (the name itself, its last word: strings the entry
        # holds already), and a lone first word in _first_words
        self._longest: dict[str, str] = {}
        self._first_words: dict[str, str] = {}
        # the first word of a name of two words or more whose second is no given name ("Hunter" of
        # "Hunter Biden") -> the last words of those names: the article uses it as a given name
        self._given_openers: dict[str, set[str]] = {}
        seen: dict[str, int] = {}  # (kept as the names, each with its count of mentions)
        for name, words in zip(names_at, words_at, strict=True):
            if name in seen:
                seen[name] += 1
                continue  # (a name seen again changes nothing else)
            seen[name] = 1
            if len(words) > 1 and not self.listed_given_name(self.vocabulary, words[1]):
                self._given_openers.setdefault(words[0], set()).add(words[-1])
            self._add_ending(self._first_words, words[0], words[0], name, len(words))
            for n in range(1, len(words) + 1):
                self._add_ending(self._longest, self._ending_key(name, words, n), words[-n:], name, len(words))
            if len(words) > 2 and self.NAME_MODEL.is_suffix_word(words[-1]):
                for n in range(1, len(words) - 1):  # ("King" of "Martin Luther King Jr.")
                    ending = words[-n - 1 : -1]
                    self._add_ending(self._longest, " ".join(ending), ending, name, len(words))
        self._names = seen

    @staticmethod
    def _ending_key(name: str, words: tuple[str, ...], n: int) -> str:
        """The key of the last *n* of *words*, the words of *name*: its last word, the name
        itself when *n* is all of them, else the words joined by spaces."""
        if n == 1:
            return words[-1]
        return name if n == len(words) and name == " ".join(words) else " ".join(words[-n:])

    def _add_ending(self, table: dict[str, str], key: str, ending: Sequence[str] | str, name: str, size: int) -> None:
        """Keep *name*, of *size* words, under *key* (the words *ending*, or a lone first word) in
        *table* unless a name seen before keeps it: the longer one wins, and of two names that differ only by a
        suffix (``Tom Berg Sr.``, ``Tom Berg Jr.``) neither does, the words as written do."""
        known = table.get(key)
        if known is None:
            table[key] = name
        elif self.suffix_variants(known, name):
            # ("Tom Berg Sr." and "Tom Berg Jr.", or "Brent Bozell III" and his father
            # "Brent Bozell, Jr.": two people, "Bozell" is neither; the words as written)
            table[key] = ending if isinstance(ending, str) else " ".join(ending)
        elif size > len(known.split()):
            if not self.given_name_only(known, name):
                table[key] = name
        elif self.given_name_only(name, known):
            table[key] = name

    #: Marks that may stand right before a sentence's first word (:meth:`opens_sentence`): quotation
    #: marks of the shipped languages and an opening bracket or an inverted question or exclamation mark.
    #:
    #: .. versionadded:: 0.2
    SENTENCE_OPENERS: ClassVar[str] = "\"'“‘«„‚‹(¡¿"
    #: Characters that end a sentence or a clause before a capital that may be no name's
    #: (:meth:`opens_sentence`), in the scripts the packs read.
    #:
    #: .. versionadded:: 0.2
    SENTENCE_CLOSERS: ClassVar[str] = ".!?:;。！？؟।…"

    @classmethod
    def opens_sentence(cls, text: str, start: int) -> bool:
        """Whether a name at *start* of a piece's *text* opens the piece or a sentence (nothing
        but blanks, one of :attr:`SENTENCE_OPENERS` or one of :attr:`SENTENCE_CLOSERS` before it
        within :attr:`OPENING_WINDOW` characters): its first word's capital may be the sentence's,
        not a name's.

        .. versionadded:: 0.2
        .. versionchanged:: 0.2 the marks read from class vocabularies, other scripts' sentence ends too.
        """
        before = text[max(0, start - cls.OPENING_WINDOW) : start].rstrip(" \t\n" + cls.SENTENCE_OPENERS)
        return not before or before[-1] in cls.SENTENCE_CLOSERS

    #: How many characters after a sentence's first word :meth:`opens_question` reads for the
    #: question mark that ends the sentence (a headline's or a short question's length).
    QUESTION_WINDOW: ClassVar[int] = 160
    #: The marks that end a question (other scripts' too), a subset of :attr:`SENTENCE_CLOSERS`.
    QUESTION_MARKS: ClassVar[str] = "?？؟"

    @classmethod
    def opens_question(cls, vocabulary: Vocabulary, text: str, start: int, end: int) -> bool:
        """Whether the capitalised word at ``text[start:end]`` is an auxiliary verb that opens a
        yes-no question (:meth:`~newsparse.Vocabulary.is_question_auxiliary`): it opens its
        sentence (:meth:`opens_sentence`) and the first sentence end after it, on the same line and
        within :attr:`QUESTION_WINDOW` characters, is a question mark (``Can Ortiz win back the
        suburbs?``: the verb, then the surname; not ``Will Haddon says he will run.``).

        .. versionadded:: 0.2 (spk59)"""
        if not vocabulary.is_question_auxiliary(text[start:end]) or not cls.opens_sentence(text, start):
            return False
        for char in text[end : end + cls.QUESTION_WINDOW]:
            if char == "\n" or char in cls.SENTENCE_CLOSERS:
                return char in cls.QUESTION_MARKS
        return False

    def given_name_only(self, name: str, other: str) -> bool:
        """Whether *name* opens with a given name of :meth:`listed_given_name` and *other*, a name at least
        as long with the same ending that does not end with *name*, opens with a capitalised word
        that is none nor an initial, and is written only where its first word opens a piece or a
        sentence (:meth:`opens_sentence`: ``Socceroo Mitchell signs`` opening a headline, where the
        capital shows no name): *name* is the fuller name of the two, whatever their lengths.

        .. versionadded:: 0.2
        """
        words, others = name.split(), other.split()
        if len(others) < len(words) or others[-len(words) :] == words or other in self._named_inside:
            return False
        first = others[0]
        return (
            self.listed_given_name(self.vocabulary, words[0])
            and not self.listed_given_name(self.vocabulary, first)
            and first[:1].isupper()
            and len(first.rstrip(".")) > 1
            and "." not in first
        )

    @classmethod
    def suffix_variants(cls, one: str, other: str) -> bool:
        """Whether names *one* and *other* differ and are the same name but for a suffix of
        ``NameModel.NAME_SUFFIXES`` on one or both (``Tom Berg``, ``Tom Berg Jr.``, ``Tom Berg Sr.``).

        .. versionadded:: 0.2"""
        if one == other:
            return False
        stems = [n.split() for n in (one, other)]
        stems = [w[:-1] if len(w) > 2 and cls.NAME_MODEL.is_suffix_word(w[-1]) else w for w in stems]
        return stems[0] == stems[1]

    @property
    def people(self) -> list[Person]:
        """Every mention of a person, in order of position (a new list on each call)."""
        if self._pending is not None:
            self._read_pending()
        return [self._person(i) for i in range(len(self._starts))]

    def _person(self, i: int) -> Person:
        return Person(self._names_at[i], self._words_at[i], self._descriptors_at[i], self._starts[i])

    @classmethod
    def build(
        cls,
        vocabulary: Vocabulary,
        pieces: Iterable[tuple[str, int]],
        *,
        title_case: Iterable[tuple[str, int]] = (),
        lazy: bool = False,
    ) -> PersonIndex:
        """Index the people named in *pieces*, each a ``(text, offset)`` pair.  *title_case*
        pieces (a headline that capitalises every word) name organisations but no people.  With
        *lazy* the pieces are read only when the index is first asked something (an article
        none of whose quotes needs a speaker resolved never reads them).  A lazy index keeps
        them to read again, so a one-shot iterator (a generator) is read into a tuple at once;
        the quote parser passes a :class:`TextPieces`, which slices its text only when read.
        The index stays picklable and copyable, and two threads that ask it at once each read
        the pieces and set the same index."""
        index = cls(vocabulary)
        if lazy:
            # (a generator is neither picklable nor readable twice: keep what it yields)
            kept = tuple(pieces) if isinstance(pieces, Iterator) else pieces
            titles = tuple(title_case) if isinstance(title_case, Iterator) else title_case
            index._pending = (kept, titles)
        else:
            index._pending = (pieces, title_case)
            index._read_pending()
        return index

    def _read_pending(self) -> None:
        """Read the pieces :meth:`build` was given: the people and organisations they name.  The
        index is built aside and then set, and what is pending is let go only after that, so
        that another thread asking meanwhile reads the pieces too rather than an empty index,
        and an exception while reading leaves the index to be built on the next question."""
        pending = self._pending
        if pending is None:
            return
        pieces, title_case = pending
        vocabulary = self.vocabulary
        cls = type(self)
        mentions = _Mentions()
        starts = array("q")
        inside: set[str] = set()
        organisations: list[Organisation] = []
        described: list[Person] = []
        titled: dict[str, str] = {}
        names = _name_model(cls.NAME_MODEL, vocabulary)  # (built once, not per article)
        runs = run_pattern(tuple(names.PARTICLES), tuple(vocabulary.AFFILIATION_WORDS))
        # (a name repeated through an article is stored once: its text, words and descriptors)
        # (one piece at a time: a caller may slice each only when it is read)
        readings = chain(((text, offset, False) for text, offset in title_case), ((text, offset, True) for text, offset in pieces))
        for text, offset, people in readings:
            people = people and not cls.capitals_question(text)
            for run in runs.finditer(text, None, None, False, KEEP_GIL):
                words = run.group()
                if " " not in words and "\n" not in words and "\t" not in words and "\xa0" not in words:
                    continue  # one word (``U.S.``: the only spaces a run holds) names neither a person nor an organisation
                for person in cls.read_run(vocabulary, text, run, names=names) if people else ():
                    mentions.add(person)
                    starts.append(person.start + offset)
                    if person.name not in inside and not cls.opens_sentence(text, person.start):
                        inside.add(person.name)
                    title = cls.abbreviated_title(vocabulary, text, person) if "." in words else None
                    if title is not None:
                        # ("Adv. Thandeka Nkosi": "Adv. Nkosi" names her; of two such names, neither)
                        key = f"{title} {person.words[-1]}"
                        titled[key] = person.name if titled.get(key, person.name) == person.name else ""
                org = cls.read_organisation(vocabulary, words, run.start() + offset) or cls.plural_business(
                    vocabulary, words, run.start() + offset
                )
                if org is not None and org.start == run.start() + offset and org.head != "company":
                    org = cls.joined_organisation(vocabulary, text, run.start(), org, offset)
                if org is not None:
                    organisations.append(org)
            described_here = "," in text and _DESCRIBED_OPENING.search(text, None, None, KEEP_GIL) is not None  # (it needs one)
            for match in _DESCRIBED.finditer(text, 0, None, False, KEEP_GIL) if described_here else ():
                # "Albion Coachways, one of Britain's largest bus operators": a business by its description
                if match["owner"] is None and cls.describes_business(vocabulary, match["description"]):
                    organisations.append(Organisation(match["name"], "company", match.start() + offset))
                elif people:
                    surname = cls.described_surname(vocabulary, text, match, names)
                    if surname is not None:
                        described.append(attrs.evolve(surname, start=surname.start + offset))
            business = vocabulary.noun_named_business.finditer(text, None, None, False, KEEP_GIL) if "," in text else ()
            for match in business:
                start = match.start("name") + offset
                if cls.names_business(vocabulary, match["name"]) and not any(o.start == start for o in organisations[-3:]):
                    # "The van's operator, Swiftline Logistics,": a business by the noun before its name
                    # (not again where a run already named one: "business, Southwestern Engineering Co,")
                    name = " ".join(match["name"].split())
                    organisations.append(Organisation(name, "company", start))
            for match in cls.traded_businesses(vocabulary, text):
                start = match.start("name") + offset
                if not any(o.start == start and o.head == "company" for o in organisations[-3:]):
                    # ("copper miner Minera Andacollo", "Latchly, which sells ...": a business by its trade,
                    # filed apart: "the company" finds it only where the article names no other company)
                    organisations.append(Organisation(" ".join(match["name"].split()), TRADED_HEAD, start))
            owned = any(ending in text for ending in _OWNED_ENDINGS)  # (any apostrophe: "Ukraine‘s")
            for match in vocabulary.owned_organisation.finditer(text, None, None, False, KEEP_GIL) if owned else ():
                name = " ".join(match.group().split())
                organisations.append(Organisation(name, org_key(match["head"], vocabulary), match.start() + offset))
        built = cls(vocabulary)
        built._named_inside = inside
        built._titled = titled
        built._set_organisations(organisations)
        built._set_people(mentions, starts)
        described.sort(key=lambda person: person.start)
        built._described, built._described_starts = described, [person.start for person in described]
        for name in (
            "_organisations", "_organisation_starts", "_names_at", "_words_at", "_descriptors_at", "_starts", "_names",
            "_longest", "_first_words", "_given_openers", "_described", "_named_inside",
            "_described_starts", "_titled",
        ):
            setattr(self, name, getattr(built, name))
        self._pending = None

    @classmethod
    def described_surname(
        cls, vocabulary: Vocabulary, text: str, match: regex.Match[str], names: NameModel
    ) -> Person | None:
        """A one-word name described by a role set off after it (``Lammy, the foreign
        secretary,``), from a match of the described-name pattern: its last word, the only name
        word at its end (``Later Lammy``: Lammy), and no part of a longer word (``O'Brien``); a
        comma closes the description, and it holds a title or role noun among its first eight
        words, before any of the vocabulary's ``PHRASE_LINKS`` (``the office of the president``
        describes a body); the name itself follows none (``In Paris``).  The descriptors are read
        as for an appositive.  :meth:`described_before` takes it only for a surname the text
        also gives in full."""
        start = match.start()
        if start and (text[start - 1].isalpha() or text[start - 1] in _WORD_ENDS):
            return None
        if text[match.end() : match.end() + 1] != ",":
            return None  # (no comma closes it: "In Scranton, the vice president said ..." is a sentence's subject)
        words = match["name"].split(" ")
        preceding = _word_before(text, start, names.PRECEDING_WINDOW)
        if names.trailing_name(words, preceding) != 1:
            return None  # (no name, or a longer one, which the run it stands in gives: "David Lammy, the ...")
        if vocabulary.is_phrase_link(words[-2] if len(words) > 1 else preceding or ""):
            return None  # ("In Paris, the president,", "from the Kremlin, the office of ...": a place, a body)
        word = words[-1]
        start = match.end("name") - len(word)  # ("Later Lammy, the foreign secretary,": Lammy)
        words = _WORD.findall(match["description"], 0, None, False, KEEP_GIL)[:8]
        if match["owner"] is not None and not (words and cls.owned_role(vocabulary, words[0], match["description"])):
            return None  # ("Lavrov, Russia's foreign minister,"; not "Berg, Lyon's biggest employer,")
        head = next((i for i, w in enumerate(words) if vocabulary.is_phrase_link(w)), len(words))
        if not any(vocabulary.is_title(w) or vocabulary.is_role_noun(w) for w in words[:head]):
            return None  # ("Geneva, the city where the president was born,": the role is not the name's)
        descriptors = cls.descriptors(vocabulary, words) | {w.casefold() for w in words}
        return Person(word, (word,), descriptors, start)

    @staticmethod
    def names_another(vocabulary: Vocabulary, description: str) -> bool:
        """Whether an appositive *description* without an article names another person after
        its title (``Governor Lee and the police chief``, ``Senator Lee``): its second word is
        capitalised and neither a title nor a role (``Deputy Governor``, ``Chief Executive of
        ...`` stay roles)."""
        words = _WORD.findall(description, 0, None, False, KEEP_GIL)
        if len(words) < 2:
            return False
        second = words[1]
        return second[:1].isupper() and not (vocabulary.is_title(second) or vocabulary.is_role_noun(second))

    @classmethod
    def plural_business(cls, vocabulary: Vocabulary, run: str, start: int) -> Organisation | None:
        """A business from a run of capitalised words that holds no org word but ends in the
        plural of a company noun (``Great Lakes Bulk Carriers``, ``Westwind Airlines``), its head
        ``company`` so that a later ``the company`` finds it; ``None`` for one word, a run that
        opens with a given name of :meth:`listed_given_name` or a word that starts no name, or any other
        ending.

        .. versionadded:: 0.2"""
        words = run.split()
        if len(words) < 2:
            return None
        # (the last word first: most runs end in no plural of a company noun, and are not read
        # as a business's name at all)
        last = words[-1].rstrip(".,;:")
        if last[-1:] != "s" or not last[:1].isupper() or not last[1:].islower():
            return None
        if not (vocabulary.is_company_noun(last) or vocabulary.is_company_noun(last[:-1])):
            return None
        if not cls.names_business(vocabulary, run):
            return None
        return Organisation(" ".join([*words[:-1], last]), "company", start)

    @staticmethod
    def listed_given_name(vocabulary: Vocabulary, word: str) -> bool:
        """Whether *word* is a given name of one sex that *vocabulary* lists: its one check,
        :meth:`Vocabulary.is_given_name <newsparse.vocabulary.Vocabulary.is_given_name>` without the
        names of either sex, so that a vocabulary (a language pack) that overrides it is obeyed.

        .. versionadded:: 0.2"""
        return vocabulary.is_given_name(word, either_sex=False)

    @classmethod
    def names_business(cls, vocabulary: Vocabulary, name: str) -> bool:
        """Whether *name*, the capitalised words right after a company noun
        (:attr:`~newsparse.vocabulary.Vocabulary.noun_named_business`), is a business's name: no
        place of the vocabulary, and its first word may start a name and is no given name of
        :meth:`listed_given_name` (``the group, Tom Berg,``: a person), month or weekday.

        .. versionadded:: 0.2"""
        words = name.split()
        first = words[0]
        if cls.listed_given_name(vocabulary, first) or not vocabulary.can_start_name(first) or vocabulary.is_place(name):
            return False  # (nor a place: "the company, New York,")
        return vocabulary.month_number(first) is None and not vocabulary.is_weekday(first)

    @classmethod
    def traded_businesses(cls, vocabulary: Vocabulary, text: str) -> list[regex.Match[str]]:
        """The names in *text* that a trade says are businesses', a match each with its ``name``
        group: after a noun of a trade (``copper miner Minera Andacollo``, ``the carmaker
        Vantor``: :attr:`~newsparse.vocabulary.Vocabulary.trade_named_business`) or before a
        relative word for a thing and a verb of a trade (``Latchly, which sells ...``:
        :attr:`~newsparse.vocabulary.Vocabulary.relative_named_business`), each a name by
        :meth:`names_business` (``the company Tom Berg founded``, ``In Ohio, which makes ...``: none).

        .. versionadded:: 0.2
        """
        found = (
            list(vocabulary.trade_named_business.finditer(text, None, None, False, KEEP_GIL))
            if vocabulary.may_hold_trade_noun(text)  # (most paragraphs hold none: not searched)
            else []
        )
        if cls.may_hold_relative_business(vocabulary, text):  # (most paragraphs hold no ", which ": not searched)
            found += vocabulary.relative_named_business.finditer(text, None, None, False, KEEP_GIL)
        return [
            match for match in found
            if cls.names_business(vocabulary, match["name"]) and not cls.holds_person_word(vocabulary, match["name"])
            and not cls.other_body(vocabulary, match["name"])
        ]

    @staticmethod
    def may_hold_relative_business(vocabulary: Vocabulary, text: str) -> bool:
        """Whether :attr:`~newsparse.vocabulary.Vocabulary.relative_named_business` may match in
        *text*: it holds a comma, a space, one of the vocabulary's ``THING_RELATIVES`` and a space
        (``, which ``), as the pattern wants them, case and all.  ``False`` only where the
        pattern finds nothing, so that a text with none (most) is not searched with it, a search
        tried at every capital letter (:meth:`traded_businesses`).

        .. versionadded:: 0.2 (speed60)"""
        return any(map(text.__contains__, _relative_openings(vocabulary.THING_RELATIVES)))

    @staticmethod
    def other_body(vocabulary: Vocabulary, name: str) -> bool:
        """Whether *name* ends in an organisation's word that heads no company (``the New Mexico
        Public Service Commission, which provides ...``): a body of its own kind, never a business
        by its trade (:meth:`traded_businesses`).

        .. versionadded:: 0.2
        """
        last = name.split()[-1]
        return vocabulary.is_org_word(last) and org_key(last, vocabulary) != "company"

    @classmethod
    def holds_person_word(cls, vocabulary: Vocabulary, name: str) -> bool:
        """Whether a word of *name* is a given name of :meth:`listed_given_name` or a title of the
        vocabulary (``the company Chief Executive Tom Berg``): a person's name or role, no
        business's (:meth:`traded_businesses`).

        .. versionadded:: 0.2
        """
        return any(cls.listed_given_name(vocabulary, word) or vocabulary.is_title(word) for word in name.split())

    @staticmethod
    def describes_business(vocabulary: Vocabulary, description: str) -> bool:
        """Whether an appositive *description* (``one of Britain's largest bus operators``) says
        its name is a business: among its first eight words, a company noun comes before any
        role noun (``the founder of the blood-testing company Nordlab`` describes a person).  A
        company noun first, before a lower-case word that is none of
        :attr:`~newsparse.vocabulary.Vocabulary.DESCRIPTION_LINKS`, opens a new clause, no
        description (``... plants in Ohio, the company said``).

        .. versionchanged:: 0.2 the company noun first before a clause's verb."""
        words = _WORD.findall(description, 0, None, False, KEEP_GIL)[:8]
        for number, word in enumerate(words):
            if vocabulary.is_company_noun(word):
                following = words[number + 1] if number + 1 < len(words) else ""
                return not (number == 0 and following.islower() and not vocabulary.is_description_link(following))
            if vocabulary.is_role_noun(word):
                return False
        return False

    @staticmethod
    def ends_sentence_word(word: str) -> bool:
        """Whether the period that ends *word*, a capitalised word of an organisation's run, ends a
        sentence rather than an abbreviation (``Party.``, ``Society.``; not ``Corp.``, ``Assn.``,
        ``U.S.``): more than four letters before it and no other period.

        .. versionadded:: 0.2"""
        return word.endswith(".") and len(word) > 5 and "." not in word[:-1]

    @staticmethod
    def ending_before_opener(vocabulary: Vocabulary, word: str, following: str) -> bool:
        """Whether *word*, a company's abbreviated ending with its period (``Corp.``, ``Inc.``,
        ``Co.``: an org word filed as ``company``, :func:`org_key`), ends a sentence because
        *following*, the next word of the run, may start no name (one of
        :attr:`~newsparse.vocabulary.Vocabulary.NOT_NAMES` or a title: ``... sold to Acme Corp. The
        company said``, ``... at Acme Inc. It said``): the run's name ends at *word*.

        .. versionadded:: 0.2 (fixQ70)"""
        if not word.endswith(".") or "." in word[:-1]:
            return False
        stem = word[:-1]
        if not vocabulary.is_org_word(stem) or org_key(stem, vocabulary) != "company":
            return False
        return not vocabulary.can_start_name(following) and not vocabulary.is_org_word(following.rstrip("."))

    @staticmethod
    def title_opens_body(vocabulary: Vocabulary, rest: Sequence[str]) -> bool:
        """Whether a title's word before *rest*, the words after it in a run that names a body, is
        the first word of the body's name (``General Motors Corp``, ``General Electric Co``,
        ``National Bank of Canada``): no word stands between it and the first word of
        :attr:`~newsparse.vocabulary.Vocabulary.ORG_WORDS`, or one before a company's ending
        (``Co``, ``Inc``).  Otherwise (``Senator Ana Ruiz Foundation``, ``Ms. Mary Bank``) the
        title is a person's, before a name.  Asked of runs of three words or more
        only (``Foreign Ministry`` alone is a ministry's common name, read as none).

        .. versionadded:: 0.2"""
        for count, word in enumerate(rest):
            if vocabulary.is_org_word(word.rstrip(".")):
                # (one word between only before a company's ending: "General Electric Co", never
                # "Ms. Mary Bank", a person whose surname is an org word)
                return count == 0 or (count == 1 and org_key(word.rstrip("."), vocabulary) == "company")
        return False

    #: Words that join two capitalised parts of one body's name (``Food and Drug Authority``,
    #: ``Securities and Exchange Commission``), which no run of capitalised words holds:
    #: :meth:`joined_organisation`.  Empty turns the rule off.
    #:
    #: .. versionadded:: 0.2 (mendQT71)
    BODY_NAME_JOINS: ClassVar[frozenset[str]] = frozenset(("and", "&"))
    #: The most capitalised words :meth:`joined_organisation` takes before a join.
    #:
    #: .. versionadded:: 0.2 (mendQT71)
    MAX_JOINED_BODY_WORDS: ClassVar[int] = 3
    #: How many characters before a body's name :meth:`joined_organisation` reads.
    #:
    #: .. versionadded:: 0.2 (mendQT71)
    JOINED_BODY_WINDOW: ClassVar[int] = 60

    @classmethod
    def joined_organisation(cls, vocabulary: Vocabulary, text: str, start: int, org: Organisation, offset: int) -> Organisation:
        """*org*, a body's name (no company's) that opens the run at *start* in *text*, with the
        capitalised words joined to it before by one of :attr:`BODY_NAME_JOINS`, one space either
        side (``Saudi Food and`` before ``Drug Authority``: ``Saudi Food and Drug Authority``): at
        most :attr:`MAX_JOINED_BODY_WORDS` of them, after a word that opens no name (``The``) or
        none, none an org word, the one before the join no place nor country (``Britain and Drug
        Authority`` are two); *org* itself otherwise.

        .. versionadded:: 0.2 (mendQT71)"""
        if not cls.BODY_NAME_JOINS or start < 2 or text[start - 1] != " ":
            return org
        floor = max(0, start - 1 - cls.JOINED_BODY_WINDOW)
        before = text[floor : start - 1].split(" ")
        if len(before) < 2 or before[-1] not in cls.BODY_NAME_JOINS:
            return org
        taken = 0
        k = len(before) - 2
        while k >= 0 and before[k][:1].isupper() and before[k].isalpha():
            word = before[k]
            if vocabulary.is_article(word.casefold()):
                break  # ("The Saudi Food and": the article opens no name)
            if vocabulary.is_org_word(word) or taken == cls.MAX_JOINED_BODY_WORDS:
                return org
            taken += 1
            k -= 1
        if not taken:
            return org
        last = before[-2]
        if vocabulary.country(last) is not None or vocabulary.is_place(last):
            return org
        joined = before[k + 1 :]
        name = " ".join(joined)
        return Organisation(f"{name} {org.name}", org.head, start - 1 - len(name) + offset)

    @classmethod
    def read_organisation(cls, vocabulary: Vocabulary, run: str, start: int) -> Organisation | None:
        """An :class:`Organisation` from a run of capitalised words that holds an org word
        (``The State Post Bureau`` -> ``State Post Bureau``, head ``bureau``).  A run without any
        org word (most runs) is read no further.  A noun of
        :attr:`~newsparse.vocabulary.Vocabulary.PARTITIVE_NOUNS` and an affiliation word that open
        the run are the stake's, not the name's (``Shares of Kestrel Motors`` -> ``Kestrel Motors``).

        .. versionchanged:: 0.2 a partitive noun and ``of`` before the name are left out."""
        for word in run.split():
            if vocabulary.is_org_word(word.rstrip(".")):
                break
        else:
            return None  # (the heads below are some of these words)
        words = [(m.group(), m.start()) for m in _TOKEN.finditer(run, None, None, False, KEEP_GIL)]
        for i, (word, _) in enumerate(words[:-1]):
            ending = cls.ending_before_opener(vocabulary, word, words[i + 1][0])
            if ending or cls.ends_sentence_word(word):
                # (a run across a sentence's end: "quash the Tea Party. The party said": the first
                # sentence's name if it has an org word, else the next one's)
                first = any(vocabulary.is_org_word(w.rstrip(".")) for w, _ in words[: i + 1])
                words = words[: i + 1] if first else words[i + 1 :]
                if ending and first:
                    words[-1] = (word[:-1], words[-1][1])  # ("... to Acme Corp. The company said": the period ends the sentence)
                break
        if all(w.isupper() for w, _ in words):
            # (a wire's headline in capitals runs on past the name: "CENTRAL BANK SAYS", "GERMAN
            # INSTITUTE SEES INFLATION RISING": the name ends at its last org word)
            named = max((i for i, (w, _) in enumerate(words) if vocabulary.is_org_word(w.rstrip("."))), default=-1)
            words = words[: named + 1]
        if len(words) > 2 and vocabulary.is_partitive_noun(words[0][0]) and words[1][0] in vocabulary.AFFILIATION_WORDS:
            words = words[2:]  # ("Shares of Kestrel Motors rose": the stake's firm, Kestrel Motors)
        while words and not vocabulary.can_start_name(words[0][0]) and not vocabulary.is_org_word(words[0][0]):
            if len(words) > 2 and vocabulary.is_title(words[0][0]) and cls.title_opens_body(vocabulary, [w for w, _ in words[1:]]):
                break  # (a title's word opens a company's name: "General Motors Corp", not "Motors Corp")
            words.pop(0)
        heads = [w for w, _ in words if vocabulary.is_org_word(w.rstrip("."))]
        if len(words) < 2 or not heads:
            return None
        last = words[-1][0]
        if cls.ends_sentence_word(last):
            words[-1] = (last[:-1], words[-1][1])
        return Organisation(" ".join(w for w, _ in words), org_key(heads[-1].rstrip("."), vocabulary), start + words[0][1])

    def organisation_names(self, head: str) -> list[str]:
        """The names of the organisations the index holds whose head is *head* or a word for the
        same (:func:`org_key`: ``company`` for ``Ralph Lauren Corp``), in order of position.

        .. versionadded:: 0.2
        """
        if self._pending is not None:
            self._read_pending()
        return [org.name for org in self._organisations.get(org_key(head, self.vocabulary), ())]

    def organisations_before(self, head: str, before: int) -> list[str]:
        """The names of the organisations with head *head* or a word for the same
        (:func:`org_key`) named before *before*, in order of position, each once.

        .. versionadded:: 0.2
        """
        if self._pending is not None:
            self._read_pending()
        key = org_key(head, self.vocabulary)
        cut = bisect_left(self._organisation_starts.get(key, []), before)
        return list(dict.fromkeys(org.name for org in self._organisations.get(key, [])[:cut]))

    def any_organisation_before(self, before: int) -> bool:
        """Whether the index holds an organisation of any head named before *before* (an ``it``
        that resolves to none may still stand for it: ``SpeakerResolution.unresolved_thing``).

        .. versionadded:: 0.2 (fixQ67b)
        """
        if self._pending is not None:
            self._read_pending()
        return any(starts and starts[0] < before for starts in self._organisation_starts.values())

    def by_organisation(self, head: str, before: int) -> str | None:
        """The organisation a mention such as ``the ministry`` or ``the company`` refers to: the last
        one with that head named before *before*."""
        if self._pending is not None:
            self._read_pending()
        key = org_key(head, self.vocabulary)
        cut = bisect_left(self._organisation_starts.get(key, []), before)
        return self._organisations[key][cut - 1].name if cut else None

    @classmethod
    def read_run(
        cls, vocabulary: Vocabulary, text: str, run: regex.Match[str], *, names: NameModel | None = None
    ) -> list[Person]:
        """The people named in a run of capitalised words.  The run is cut at one of the
        vocabulary's ``AFFILIATION_WORDS`` (``of``) and after a word that ends a sentence (``Dale
        Hutchins of Effingham. Hutchins``), and each piece read alone (by *names*, a
        :class:`~newsparse.names.NameModel` shared by the articles read with one vocabulary, or a
        new one)."""
        names = names if names is not None else cls.NAME_MODEL(vocabulary)
        words = text[run.start() : run.end()]
        links = vocabulary.AFFILIATION_WORDS
        if "." not in words and not any(link in words for link in links):
            # (most runs: no period and no "of" anywhere in them, so one piece, the run's words)
            whole = list(_TOKEN.finditer(text, run.start(), run.end(), False, KEEP_GIL))
            person = cls.read_piece(vocabulary, text, whole, names=names) if whole else None
            return [person] if person is not None else []
        pieces: list[list[regex.Match[str]]] = [[]]
        after_of: set[int] = set()  # (the pieces that follow "of")
        for word in _TOKEN.finditer(text, run.start(), run.end(), False, KEEP_GIL):
            value = word.group()
            if value in links:
                after_of.add(len(pieces))
                pieces.append([])
                continue
            pieces[-1].append(word)
            if value[-1:] == "." and not cls.keeps_period(vocabulary, value):
                pieces.append([])
        found: list[Person] = []
        previous: Person | None = None
        for number, piece in enumerate(pieces):
            person = cls.read_piece(vocabulary, text, piece, names=names) if piece else None
            if person is not None and number in after_of and cls.affiliation_after(previous, person, piece, vocabulary):
                person = None  # ("Laura Perrin of Lipper Analytical": her firm, no second person)
            if person is not None:
                found.append(person)
            previous = person
        return found

    @classmethod
    def affiliation_after(
        cls, person: Person | None, other: Person, piece: Sequence[regex.Match[str]], vocabulary: Vocabulary
    ) -> bool:
        """Whether *other*, read from the *piece* of a run right after ``of``, is the body *person*
        (read from the piece before ``of``, a full name ending right there) belongs to rather than
        a second person: its piece opens with no given name of :meth:`listed_given_name` (``Laura Perrin
        of Lipper Analytical``, ``Tom Hale of Brightwater Capital``; but ``Tom Hale of Ana
        Ruiz Associates`` may name her).

        .. versionadded:: 0.2
        """
        if person is None or len(person.words) < 2 or not piece:
            return False
        return not cls.listed_given_name(vocabulary, piece[0].group())

    @classmethod
    def abbreviated_title(cls, vocabulary: Vocabulary, text: str, person: Person) -> str | None:
        """The capitalised abbreviation right before *person*'s full name in its run in *text*
        (``Adv.`` of ``Adv. Thandeka Nkosi``, ``Cllr.`` of ``Cllr. Ruth Amadi``: :data:`_ABBREVIATED_TITLE`),
        under which the index files the name with its surname alone (``Adv. Nkosi``, :meth:`full_name`);
        ``None`` for a name of one word, or where no such word stands there (``Swedish Maja Lindqvist``:
        a word that is no abbreviation joins no surname).  Only the same word before the surname finds
        the name: an abbreviation the vocabulary does not know is no honorific anywhere else.

        .. versionadded:: 0.2
        """
        if len(person.words) < 2:
            return None
        match = _ABBREVIATED_TITLE.search(text, max(0, person.start - MAX_ABBREVIATED_TITLE - 3), person.start, KEEP_GIL)
        if match is None or (match.start() and text[match.start() - 1].isalnum()):
            return None
        return match[1]

    @staticmethod
    def keeps_period(vocabulary: Vocabulary, word: str) -> bool:
        """Whether a period ends an initial or a title (``J.``, ``Rep.``) rather than a sentence."""
        bare = word.rstrip(".")
        return len(bare) == 1 or vocabulary.is_title(bare) or "." in bare

    @classmethod
    def period_ends_sentence(cls, vocabulary: Vocabulary, word: str) -> bool:
        """Whether the period of *word*, right before a name, ends a sentence: a word in lower case
        (``said the mayor. Ana Ortiz left``), which no abbreviated title is (``Sen.``, ``Gov.``).  A
        capitalised word keeps to :meth:`keeps_period` where the run is cut.

        .. versionadded:: 0.2
        """
        return word[:1].islower() and word[-1:] == "."

    @classmethod
    def region_before(cls, vocabulary: Vocabulary, text: str, start: int, end: int) -> int | None:
        """Where the role before a name ends when a region set off by commas stands between them
        (``the mayor of Lyon, France, Gregory Doucet``): the end of the blanks after the comma
        before the region, a place, a country, a region or a region's abbreviation of the vocabulary
        (:meth:`~newsparse.Vocabulary.is_region_after_place`: ``Washington, D.C.,``, ``Austin,
        Texas,``, ``Tucson, Ariz.,``) after a capitalised word; ``None`` otherwise (``text[start:end]``
        ends with the region's comma and blanks).

        .. versionchanged:: 0.2 the vocabulary's one region check, which the speaker grammar asks
           too: a region's abbreviation such as ``Ariz.`` as well (q54).

        .. versionadded:: 0.2
        """
        before = text[start:end].rstrip()
        if not before.endswith(","):
            return None
        comma = before.rfind(",", 0, len(before) - 1)
        region = before[comma + 1 : -1].strip()
        owner = before[:comma].split() if comma >= 0 else []
        if not region[:1].isupper() or not owner or not owner[-1][:1].isupper():
            return None
        if not vocabulary.is_region_after_place(region):
            return None
        stop = start + comma + 1
        while stop < end and text[stop].isspace():
            stop += 1
        return stop if stop > start + comma + 1 else None

    @classmethod
    def region_set_off(
        cls, vocabulary: Vocabulary, names: NameModel, text: str, name_words: Sequence[str], start: int
    ) -> bool:
        """Whether *name_words*, read as a name at *start* right after a comma that follows a
        capitalised word (a place: ``the mayor of Santa Fe, Nuevo México,``), are that place's
        region: no given name of the name model first, and one of them a place, a country or a
        region of the vocabulary (:meth:`~newsparse.Vocabulary.is_region_after_place`).

        .. versionadded:: 0.2"""
        region = vocabulary.is_region_after_place
        # (a region's abbreviation is left out: "Meanwhile, N.V. Philips" is a company's name)
        if names.is_given_name(name_words[0]) or not any(
            region(w) and not vocabulary.is_region_abbreviation(w) for w in name_words
        ):
            return False
        before = text[max(0, start - names.PRECEDING_WINDOW) : start].rstrip()
        owner = before[:-1].split()[-1:] if before.endswith(",") else []
        return bool(owner) and owner[0][:1].isupper()

    @classmethod
    def article_before(cls, vocabulary: Vocabulary, text: str, start: int) -> bool:
        """Whether the word right before *start*, a run of capitalised words' first, is one of the
        vocabulary's ``ARTICLES`` in any case (``said the Sinn Fein MLA``): what follows is
        described, never a name a person bears.

        .. versionadded:: 0.2 (mendQT69)"""
        before = _word_before(text, start, len(max(vocabulary.ARTICLES, key=len, default="")) + 2)
        return before is not None and before.casefold() in vocabulary.ARTICLES and text[start - 1 : start].isspace()

    @classmethod
    def read_piece(
        cls, vocabulary: Vocabulary, text: str, piece: list[regex.Match[str]], *, names: NameModel | None = None
    ) -> Person | None:
        """A :class:`Person` from capitalised words: the name is the trailing words that are not
        titles, countries or organisation words; the words before it and around it describe it
        (read by *names*, or a new :class:`~newsparse.names.NameModel`)."""
        if len(piece) < 2:
            return None  # a name has two words or more
        names = names if names is not None else cls.NAME_MODEL(vocabulary)
        if names.is_post_nominal(piece[-1].group()) and (
            piece[0].group().casefold() in vocabulary.ARTICLES or cls.article_before(vocabulary, text, piece[0].start())
        ):
            return None  # ("The Sinn Fein MLA", "an SNP MSP": a party's member described, no name before the letters)
        while len(piece) > 2 and names.is_post_nominal(piece[-1].group()):
            piece = piece[:-1]  # ("Helen Park KC": the letters after a name are not in it)
        values = [word.group() for word in piece]
        count = 0  # how many of the last words are in the name
        following: str | None = None  # the word after this one, once it is in the name
        # ("Martin Luther King Jr.": a suffix ends the name, the title word before it is the surname)
        suffixed = len(piece) > 2 and names.is_name_suffix(values[-1])
        last_index = len(piece) - 1
        for index in range(last_index, -1, -1):
            value = values[index]
            if suffixed and index >= len(piece) - 2 and (count == 0 or names.is_suffixed_title_surname(values, index)):
                pass
            elif names.is_particle(value):  # "Ana van Rijn": a particle inside a name
                if not count and not (
                    index == last_index and not suffixed and cls.org_word_surname(vocabulary, text, piece, names)
                ):
                    break  # (unless it is the last word, an organisation word as a surname: below)
            elif not count and names.is_barred_surname(values, index):
                pass  # ("Nguyen Van An": a word that never starts a name, as the surname after a particle)
            elif count == 1 and not names.is_name_word(value) and names.is_syllable_surname(values, index):
                pass  # ("Park Jae-hoon": the surname before a hyphened given name, an organisation word elsewhere)
            else:
                # (a word without a period is its own text whatever keeps_period says)
                bare = value.rstrip(".") if value[-1:] == "." and not cls.keeps_period(vocabulary, value) else value
                # (the word before the piece, if any, for its first word)
                preceding = values[index - 1] if index else _word_before(text, piece[0].start(), names.PRECEDING_WINDOW)
                # ("Ms. Helen Park", "told John Park": an organisation word as a person's surname;
                # asked only of a last word that would end the name otherwise, which most do not)
                if not index and index < last_index and vocabulary.is_plural_title(bare) and not vocabulary.is_org_word(bare):
                    # ("Senators Ortiz and Berg": many people's title opening the piece, no name's word;
                    # "Blake Masters", "Harris Associates L.P.", "Salomon Brothers" keep theirs)
                    break
                if not names.is_name_word(strip_possessive(bare), following, preceding) and not (
                    index == last_index and not suffixed
                    and (cls.org_word_surname(vocabulary, text, piece, names) or cls.barred_surname(vocabulary, text, piece))
                ):
                    break
                if not index and names.is_opening_participle(bare, preceding, count):
                    break  # ("Facing John Smith, the mayor said": the verb opening the sentence)
                if not index and cls.opens_question(vocabulary, text, piece[0].start(), piece[0].end()):
                    break  # ("Can Ortiz win back the suburbs?": the question's verb, no given name)
                if count >= names.MIN_WORDS and cls.time_span_object(vocabulary, text, piece, index):
                    break  # ("Over Christmas Ana Ortiz said": the holiday, then the name; fixR56)
                if vocabulary.is_clock_half(text, piece[index].start(), value):
                    break  # ("9:00 AM AFP reports": the clock's half of the day, no given name)
            if (count and value[-2:] in POSSESSIVE_ENDINGS) or (count > 1 and value[-2:] in PLURAL_POSSESSIVE_ENDINGS):
                # "NBC's Kristen Welker", "Boots' Seb James": the possessive word is not part of the name;
                # a plural one only before a name of two words ("Reuters’ Lopez" stays whole: round 66)
                break
            count += 1
            following = value
        cut = len(piece) - count  # (where the name starts in the piece, particles before it left out)
        while count and names.is_particle(values[cut]):
            cut += 1
            count -= 1
        if cls.named_by_body(vocabulary, names, values, cut):
            return None  # ("Sindicato de Trabajadores de Escondida": the body's name, no person's)
        honour = names.honour_words(values, cut) if count > names.MIN_WORDS else 0
        cut, count = cut + honour, count - honour  # ("Tan Sri Kamal Hassan": the honour is no part of the name)
        descriptor = 0
        if count > 2:  # (the words before the name are read only for a name of three words or more)
            # (a title's portfolio: "Foreign Affairs" of "Minister for Foreign Affairs Penny Wong")
            portfolio = [*text[max(0, piece[0].start() - cls.PORTFOLIO_WINDOW) : piece[0].start()].split(), *values[:cut]]
            descriptor = names.portfolio_lead(values[cut:], portfolio)
            if not descriptor:
                # (the words before the name: "ministre de la" before "Santé Claire Morel", whose "Santé" is a body's)
                before = [*text[max(0, piece[0].start() - cls.BEFORE_NAME_WINDOW) : piece[0].start()].split(), *values[:cut]]
                descriptor = names.descriptor_lead(values[cut:], before[-3:])
        cut, count = cut + descriptor, count - descriptor  # ("Brave Edith Moore": the adjective describes her)
        if count < 2:
            return None  # (one word left)
        told = vocabulary.is_agency(values[cut]) and not names.is_given_name(values[cut])
        if told and (count == 2 or names.is_particle(values[cut + 1])):
            # ("dijo a Efe Vega": the agency told before a surname alone, no given
            # name; "Petra Lang" is a person, though Jordan's agency is Petra; "aseguró a Efe la
            # Guardia Civil": the agency told before a body, no name opens with a particle after it)
            return None
        name = values[cut:]
        last = name[-1] if suffixed else name[-1].rstrip(".")  # ("Jr." keeps its period)
        name_words = (*name[:-1], strip_possessive(last))
        if all(len(word.rstrip(".")) == 1 for word in name_words):
            return None  # ('Chairman R. T.' before '"Bud" Collins' on the next line: initials alone name no one)
        lead = values[:cut]
        start = piece[cut].start()
        end = piece[-1].end()
        prior = cls.title_words_before(vocabulary, text, piece[0].start())
        # "the environment secretary, James Holloway,"
        role_start = max(0, piece[0].start() - 80)
        # (the role's comma ends the text before the name but for blanks: only then is it searched)
        closed = text[role_start : piece[0].start()].rstrip()[-1:] == ","
        if closed and cls.region_set_off(vocabulary, names, text, name_words, piece[0].start()):
            return None  # ("el alcalde de Santa Fe, Nuevo México, ...": the place's region, no one's name)
        role = vocabulary.role_before.search(text, role_start, piece[0].start(), KEEP_GIL) if closed else None
        if role is None and closed:
            # ("the mayor of Lyon, France, Gregory Doucet": the role before its place's region)
            region_end = cls.region_before(vocabulary, text, role_start, piece[0].start())
            if region_end is not None:
                role = vocabulary.role_before.search(text, role_start, region_end, KEEP_GIL)
        if role is not None and role["owner"] is not None and not cls.ends_in_role(vocabulary, role["role"]):
            role = None  # ("As NBC's Kristen Welker's guest, Sen. Charles E. Grassley": no role)
        if role is not None:
            prior += _WORD.findall(role["role"], 0, None, False, KEEP_GIL)[-cls.DESCRIPTOR_WINDOW :]
        descriptors = cls.descriptors(vocabulary, [*prior, *lead])
        # (an appositive opens with a comma right after the name: only then is it matched)
        appositive = vocabulary.appositive.match(text, end, end + 120, KEEP_GIL) if text.startswith(",", end) else None
        if appositive is not None and not appositive["article"]:
            # (no article: only a role, "Claire Martin, porte-parole du gouvernement,")
            first = _WORD.match(appositive[2], 0, None, KEEP_GIL)
            if first is None or not (
                vocabulary.is_title(first.group())
                or vocabulary.is_role_noun(first.group())
                or cls.owned_role(vocabulary, first.group(), appositive[2])
            ):
                appositive = None
            elif cls.names_another(vocabulary, appositive[2]):
                appositive = None  # ("Ana Ortiz, Governor Lee and the police chief met": a list of people)
        # (a role closed by no comma after the object of an opening word: "Alongside Ana Ruiz, the mayor said")
        unclosed = appositive is not None and text[appositive.end() : appositive.end() + 1] != "," and bool(lead)
        opener = _word_before(text, piece[0].start(), names.PRECEDING_WINDOW) if unclosed else None
        if unclosed and cls.opens_with_object(vocabulary, names, lead[0], opener):
            appositive = None
        open_role = appositive is not None and text[appositive.end() : appositive.end() + 1] != ","
        if open_role and appositive is not None and cls.lists_people(vocabulary, appositive[2]):
            appositive = None  # ("Tom Berg, the mayor and the sheriff toured": three people, or two, no role of his)
        if appositive is not None and appositive["article"] and vocabulary.opens_clause(appositive[2].split()):
            appositive = None  # (a relative clause: "Klaus Becker, der die Ministerin berät,")
        if appositive is not None:
            words = _WORD.findall(appositive[2], 0, None, False, KEEP_GIL)[:8]
            descriptors |= cls.descriptors(vocabulary, words) | {w.casefold() for w in words}
        return Person(" ".join(name_words), name_words, descriptors, start)

    @classmethod
    def time_span_object(cls, vocabulary: Vocabulary, text: str, piece: Sequence[regex.Match[str]], index: int) -> bool:
        """Whether ``piece[index]`` of *text* follows one of the vocabulary's
        ``TIME_SPAN_PREPOSITIONS`` that opens a sentence (:meth:`opens_sentence`), in the piece or
        right before it: the word is the preposition's object, a holiday or a season, never a
        given name, when a full name follows it (``Over Christmas Ana Ortiz said``, ``During
        Ramadan Ana Ortiz said``: Ana Ortiz).

        .. versionadded:: 0.2 (fixR56)"""
        if index:
            word, at = piece[index - 1].group(), piece[index - 1].start()
        else:
            before = text[max(0, piece[0].start() - cls.OPENING_WINDOW) : piece[0].start()]
            found = _LAST_WORD.search(before)
            if found is None:
                return False
            word, at = found.group(), piece[0].start() - len(before) + found.start()
        return word.casefold() in vocabulary.TIME_SPAN_PREPOSITIONS and cls.opens_sentence(text, at)

    @staticmethod
    def lists_people(vocabulary: Vocabulary, words: str) -> bool:
        """Whether *words*, a role set off after a name with no comma closing it, join one more
        person after it: one of the vocabulary's ``LISTED_PEOPLE_JOINS`` then one of its
        ``ARTICLES`` (``the mayor and the sheriff toured``): a list of subjects, no description.

        .. versionadded:: 0.2 (wv56)"""
        folded = [w.casefold() for w in words.split()]
        joins, articles = vocabulary.LISTED_PEOPLE_JOINS, vocabulary.ARTICLES
        return any(w in joins and following in articles for w, following in pairwise(folded))

    @staticmethod
    def named_by_body(vocabulary: Vocabulary, names: NameModel, values: Sequence[str], cut: int) -> bool:
        """Whether the name that starts at *cut* among the capitalised *values* of a piece is what
        an organisation word names: a particle stands right before it and the organisation word
        right before that (Spanish ``Sindicato de Trabajadores de Escondida``, ``Banco de Crédito
        Rural``): the words after the particle are the body's name, no person's.

        .. versionadded:: 0.2
        """
        if cut < 2 or not names.is_particle(values[cut - 1]):
            return False
        word = values[cut - 2]
        return word[:1].isupper() and vocabulary.is_org_word(word)

    @staticmethod
    def opens_with_object(vocabulary: Vocabulary, names: NameModel, first: str, preceding: str | None) -> bool:
        """Whether capitalised *first*, the word before a name in its run, makes the name the
        object of a phrase that opens the sentence (``Alongside Ana Ruiz,``, ``Facing John
        Smith,``): a word that never starts a name and is no title (a preposition), or a participle
        (:meth:`~newsparse.names.NameModel.is_opening_participle`, *preceding* the word before it).
        A role set off after such a name and closed by no comma is the sentence's subject, not an
        appositive (``Alongside Ana Ruiz, the mayor said ...``).

        .. versionadded:: 0.2
        """
        if vocabulary.is_title(first):
            return False
        return not vocabulary.can_start_name(first) or names.is_opening_participle(first, preceding, names.MIN_WORDS)

    @classmethod
    def org_word_surname(cls, vocabulary: Vocabulary, text: str, piece: list[regex.Match[str]], names: NameModel) -> bool:
        """Whether the last word of *piece*, a capitalised organisation word of the vocabulary
        (``Park``, ``Bank``; no company's ending, ``Inc``, ``Group``), is a person's surname after a
        given name: an honorific or an abbreviated title stands right before the two words (``Ms.
        Helen Park``, ``Sen. Tom Park``; not a title that may name a body's part, ``Labor Relations
        Board``, ``General Host Corp``, unless a given name follows it, ``Mayor Elena Park``), or one of
        the vocabulary's ``NAME_OBJECT_VERBS`` (``told John Park that``), or an age set off by commas
        follows them (``Helen Park, 42,``).
        ``Deutsche Bank said``, ``Central Park`` and ``the World Bank`` show none: no person.

        .. versionadded:: 0.2"""
        if len(piece) < 2:
            return False
        last = strip_possessive(cls.without_sentence_period(vocabulary, piece[-1].group()))  # ("... said Mayor Elena Park.")
        if not (last[1:].islower() and last[:1].isupper() and last.isalpha() and vocabulary.is_org_word(last)):
            return False
        values = [word.group() for word in piece]
        if org_key(last, vocabulary) in _ORG_SYNONYMS.values():
            return False  # ("Inc", "Corp", "Group": a company's ending, never a surname)
        given = values[-2]
        if names.is_acronym(given) or not names.is_name_word(given, last, values[-3] if len(values) > 2 else None):
            return False
        if len(values) > 2:
            title = values[-3]  # ("Ms. Helen Park"; a title that may name a body's part is none: "Labor Relations Board")
            if vocabulary.is_honorific(title) or (title.endswith(".") and vocabulary.is_title(title[:-1])):
                return True
            if vocabulary.is_title(title) and title[:1].isupper():
                return cls.given_name_surname(vocabulary, values[-2:], None)  # ("Mayor Elena Park"; not "General Host Corp")
            if names.is_name_word(title, given):
                return False  # ("Yellowstone National Park")
        before = values[-3] if len(values) > 2 else _word_before(text, piece[0].start(), names.PRECEDING_WINDOW)
        if before is not None and (vocabulary.is_honorific(before) or before.casefold() in vocabulary.NAME_OBJECT_VERBS):
            return True
        if cls.given_name_surname(vocabulary, values[-2:], before):
            return True
        return _AGE_AFTER.match(text, piece[-1].end(), None, KEEP_GIL) is not None

    @classmethod
    def barred_surname(cls, vocabulary: Vocabulary, text: str, piece: list[regex.Match[str]]) -> bool:
        """Whether the last word of *piece*, a country's name or a title of the vocabulary written
        as a name (a capital, then lower-case letters: ``Montenegro``, ``Jordan``, ``White``; no
        organisation word, :meth:`org_word_surname`'s), is a person's surname: right after a given
        name of :meth:`listed_given_name`, itself after a title, an honorific or an owner's
        possessive of ``ROLE_OWNER_ENDINGS`` (``Prime Minister Luís Montenegro``, ``Senator Tom
        Jordan``, ``Labour's Helen White``), or the two words alone (:meth:`given_name_surname`:
        ``Helen White said``).  ``the Jordan Valley``, ``King Abdullah of Jordan`` and ``Casa
        White`` show none.

        .. versionadded:: 0.2"""
        if len(piece) < 2:
            return False
        last = strip_possessive(cls.without_sentence_period(vocabulary, piece[-1].group()))
        if not (last[1:].islower() and last[:1].isupper() and last.isalpha()) or vocabulary.is_org_word(last):
            return False
        if not (vocabulary.is_title(last) or vocabulary.country(last)):
            return False
        values = [word.group() for word in piece]
        if not cls.listed_given_name(vocabulary, values[-2]):
            return False
        if len(values) == 2:
            before = _word_before(text, piece[0].start(), NameModel.PRECEDING_WINDOW)
            return cls.given_name_surname(vocabulary, values, before)
        title = values[-3]
        return (
            vocabulary.is_honorific(title) or vocabulary.is_title(title.rstrip("."))
            or (title[:1].isupper() and title.endswith(vocabulary.ROLE_OWNER_ENDINGS))
        )

    @classmethod
    def without_sentence_period(cls, vocabulary: Vocabulary, word: str) -> str:
        """*word* without a period that ends its sentence (``Park.``), but with one an abbreviation
        keeps (:meth:`keeps_period`: ``Corp.``).

        .. versionadded:: 0.2"""
        return word[:-1] if word[-1:] == "." and not cls.keeps_period(vocabulary, word) else word

    @staticmethod
    def capitals_question(text: str) -> bool:
        """Whether a piece of text is a question in capitals (a heading: ``WAS ANYONE ELSE
        INVOLVED?``), whose capitalised words name no person.

        .. versionadded:: 0.2"""
        return text.isupper() and text.rstrip().endswith("?")  # (capitals first: most text fails at its second letter)

    @classmethod
    def given_name_surname(cls, vocabulary: Vocabulary, values: Sequence[str], before: str | None) -> bool:
        """For :meth:`org_word_surname`: whether *values*, the last two capitalised words of a run
        (after no title nor name word, *before*), are a given name of :meth:`listed_given_name` and a
        surname (``Helen Park spoke.``, ``Yesterday Helen Park arrived.``), not after an article
        (``the Victoria Park``); three words are no such pair.

        .. versionadded:: 0.2"""
        if len(values) != 2 or not cls.listed_given_name(vocabulary, values[0]):
            return False
        return before is None or not vocabulary.is_article(before)  # (a set the vocabulary built once)

    @classmethod
    def owned_role(cls, vocabulary: Vocabulary, first: str, phrase: str) -> bool:
        """Whether an appositive *phrase* with no article, whose first word is *first*, is a role
        opened by its owner's possessive (``Jean Roux, France's foreign minister,``): *first* is
        capitalised with one of the vocabulary's ``ROLE_OWNER_ENDINGS``, and the phrase ends in a
        role (:meth:`ends_in_role`; ``Ana Ortiz, Lyon's biggest employer,`` holds none)."""
        return (
            first[:1].isupper()
            and first.endswith(vocabulary.ROLE_OWNER_ENDINGS)
            and cls.ends_in_role(vocabulary, phrase)
        )

    @staticmethod
    def ends_in_role(vocabulary: Vocabulary, phrase: str) -> bool:
        """Whether *phrase*, a role opened by its owner's possessive (``Britain's foreign
        secretary``), ends in a title or role noun: ``NBC's Kristen Welker's guest`` names none."""
        words = _WORD.findall(phrase)
        return bool(words) and (vocabulary.is_title(words[-1]) or vocabulary.is_role_noun(words[-1]))

    @classmethod
    def title_words_before(cls, vocabulary: Vocabulary, text: str, start: int) -> list[str]:
        """The words right before *start* that describe a name (``Nordwind chief executive``): titles,
        roles, countries and capitalised words, up to the first other word or punctuation."""
        window_start = max(0, start - 80)
        before = text[window_start:start].rstrip()
        last = before[-1:]
        if not last or not (last.isalpha() or last in _WORD_ENDS or _LETTER.match(last, 0, None, KEEP_GIL)):
            return []  # (the last word ends before a mark right before the name: nothing describes it)
        if last == "." and cls.period_ends_sentence(vocabulary, before[before.rfind(" ") + 1 :]):
            return []  # ("said the mayor. Ana Ortiz left": a sentence ends before the name)
        # the window's last word alone first, from the last space (most names follow a word that
        # describes nothing: "said Tom Berg"); none describes the name when that one does not
        space = before.rfind(" ")
        if space >= 0:
            lone = list(_WORD.finditer(text, window_start + space + 1, start, False, KEEP_GIL))[-1:]
            linked = lone and (vocabulary.is_portfolio_link(lone[0].group()) or vocabulary.is_portfolio_join(lone[0].group()))
            if lone and not linked and not cls.describing_words(vocabulary, text, start, lone):
                return []
        # the words of the window's last _NEAR_WORDS characters first, from a space (no word runs
        # across one, so they are the window's last words); the whole window only when every one
        # of them describes the name and there may be more
        near = text.rfind(" ", window_start, max(window_start, start - _NEAR_WORDS)) + 1
        words = list(_WORD.finditer(text, max(near, window_start), start, False, KEEP_GIL))[-cls.DESCRIPTOR_WINDOW :]
        out = cls.describing_words(vocabulary, text, start, words)
        if len(out) == len(words) < cls.DESCRIPTOR_WINDOW and near > window_start:
            words = list(_WORD.finditer(text, window_start, start))[-cls.DESCRIPTOR_WINDOW :]
            out = cls.describing_words(vocabulary, text, start, words)
        return out

    @staticmethod
    def describing_words(vocabulary: Vocabulary, text: str, start: int, words: Sequence[regex.Match[str]]) -> list[str]:
        """The last of *words* (matches in *text* before *start*) that describe a name: titles,
        roles, countries and capitalised words with nothing but spaces between them and *start*."""
        out: list[str] = []
        end = start
        for k in range(len(words) - 1, -1, -1):
            word = words[k]
            value = word.group()
            if text[word.end() : end].strip():
                break
            if not (
                vocabulary.is_title(value) or vocabulary.is_role_noun(value) or vocabulary.country(value) or value[:1].isupper()
            ) and not PersonIndex.portfolio_link_at(vocabulary, words, k, out, text[start : start + _PORTFOLIO_AHEAD].split()[:4]):
                break
            out.append(value)
            end = word.start()
        out.reverse()
        return out

    @staticmethod
    def portfolio_link_at(
        vocabulary: Vocabulary, words: Sequence[regex.Match[str]], k: int, out: Sequence[str], ahead: Sequence[str]
    ) -> bool:
        """For :meth:`describing_words`: whether ``words[k]`` is one of the vocabulary's
        ``PORTFOLIO_LINKS`` or ``PORTFOLIO_JOINS`` between a capitalised title or role noun right
        before it and a capitalised word of a portfolio right after it, the last of *out* (the
        words read after it, in reverse), else the first of *ahead* (the words from the name's run on, at
        most four) (``of`` in
        ``Minister of State``, ``for`` in ``Minister for Housing``): the title describes the name
        after the portfolio too; not when a title or role noun stands in the portfolio after its
        first word (``Adviser for Trade Secretary Liam Fox``: the adviser serves the secretary), nor
        when that first word is a role noun (``Spokesman for Minister Tom Berg``: the minister's
        title, no portfolio; ``State``, ``Health`` are titles' words but no role nouns).

        .. versionchanged:: 0.2 (halfQ71) a role noun as the portfolio's first word is none.

        .. versionadded:: 0.2 (mendQT71)"""
        value = words[k].group()
        if not (vocabulary.is_portfolio_link(value) or vocabulary.is_portfolio_join(value)):
            return False
        portfolio = [*reversed(out), *ahead]  # (from the word after the link on)
        if not portfolio or not portfolio[0][:1].isupper() or k == 0:
            return False
        if vocabulary.is_role_noun(portfolio[0].casefold()):
            return False  # (a person's title is no portfolio: "Spokesman for Minister Tom Berg"; "State", "Health" are)
        if any(vocabulary.is_title(word) or vocabulary.is_role_noun(word.casefold()) for word in portfolio[1:]):
            return False  # (a title after the portfolio's first word: "Adviser for Trade Secretary")
        before = words[k - 1].group()
        return before[:1].isupper() and (vocabulary.is_title(before) or vocabulary.is_role_noun(before.casefold()))

    @staticmethod
    def descriptors(vocabulary: Vocabulary, words: Iterable[str]) -> frozenset[str]:
        """The titles, roles, their qualifiers and countries among *words*, normalised (``Russia's``
        -> ``russia``; ``shadow`` in ``the shadow chancellor``, one of the vocabulary's
        ``ROLE_QUALIFIERS``, makes another role)."""
        out: set[str] = set()
        qualifiers = vocabulary.role_qualifiers
        for word in words:
            country = vocabulary.country(word)
            if country is not None:
                out.add(country)
            elif vocabulary.is_title(word) or vocabulary.is_role_noun(word) or normalize_word(word) in qualifiers:
                out.add(normalize_word(word))
                head = vocabulary.title_head(word)  # ("Innenministerin": also "ministerin")
                if head is not None:
                    out.add(head)
            elif word[:1].isupper():
                out.add(normalize_word(strip_possessive(word)))
        return frozenset(out)

    def full_name(self, words: tuple[str, ...]) -> str:
        """The fullest name in the index for the name *words* as written (``("Putin",)``): the longest
        indexed name that ends with them, else (surname first, as in Chinese names) one that starts
        with a single given word."""
        if self._pending is not None:
            self._read_pending()
        if not words:
            return ""
        if len(words) == 1:
            found = self._longest.get(words[0]) if " " not in words[0] else None
            if found is None:
                found = self._first_words.get(words[0])
        else:
            key = " ".join(words)
            # (the words of a name hold no space: a word that holds one is no name's)
            found = self._longest.get(key) if key.count(" ") == len(words) - 1 else None
            if found is None and len(words) == 2:
                found = self._titled.get(key) or None  # ("Adv. Nkosi" after "Adv. Thandeka Nkosi")
        return found if found is not None else " ".join(words)

    def opens_as_given_name(self, word: str, name: str) -> bool:
        """Whether *word* opens a name of the index other than *name* and its shorter forms (one
        with another last word) whose second word is no given name of :meth:`listed_given_name`:
        the article writes *word* as someone's given name (``Hunter`` of ``Hunter Biden``), so
        it is no occupation before *name* (``Hunter Gary Okafor``).

        .. versionadded:: 0.2
        """
        if self._pending is not None:
            self._read_pending()
        lasts = self._given_openers.get(word)
        last = name.rsplit(None, 1)[-1]
        return lasts is not None and any(other != last for other in lasts)

    def mentions_of(self, name: str) -> int:
        """How many mentions of the index have the full name *name* (``Sunday Balogun`` named
        at two places: 2).

        .. versionadded:: 0.2
        """
        if self._pending is not None:
            self._read_pending()
        return self._names.get(name, 0)

    def is_known(self, name: str) -> bool:
        """Whether *name* is a full name in the index."""
        if self._pending is not None:
            self._read_pending()
        return name in self._names

    def by_description(self, words: list[str], before: int) -> str | None:
        """The person a nominal mention (``the French foreign minister``) refers to: the latest one
        before *before* whose descriptors include every descriptive word, else the first after.
        A person also described with a word of the vocabulary's ``ROLE_QUALIFIERS`` that the
        mention lacks holds another role (``Vice President Ana Ortiz`` is not ``the president``,
        ``Tom Berg, the former governor`` not ``the governor``)."""
        person = self.described(words, before)
        return person.name if person is not None else None

    def described(self, words: list[str], before: int) -> Person | None:
        """The mention of a person that :meth:`by_description` finds for *words*, with the
        descriptors it was found by and where it stands."""
        if self._pending is not None:
            self._read_pending()
        wanted = self.descriptors(self.vocabulary, words)
        if not wanted or not any(self.vocabulary.is_role_noun(w) for w in words):
            return None
        other_roles = self.vocabulary.role_qualifiers - wanted
        cut = bisect_left(self._starts, before)
        held = self._descriptors_at
        found: Person | None = None
        for i in range(cut - 1, max(0, cut - self.DESCRIPTION_WINDOW) - 1, -1):
            if wanted <= held[i] and other_roles.isdisjoint(held[i]):
                found = self._person(i)
                break
        # a one-word name described so ("Lammy, the foreign secretary,"), nearer before
        surname = self.described_before(wanted, other_roles, before)
        if surname is not None and (found is None or surname.start > found.start):
            full = self.full_name(surname.words)
            return Person(full, tuple(full.split()), surname.descriptors, surname.start)
        if found is not None:
            return found
        for i in range(cut, min(len(held), cut + self.DESCRIPTION_WINDOW)):
            if wanted <= held[i] and other_roles.isdisjoint(held[i]):
                return self._person(i)
        return None

    def described_before(self, wanted: frozenset[str], other_roles: frozenset[str], before: int) -> Person | None:
        """The last one-word name described by a role after it (``Lammy, the foreign
        secretary,``) before *before*, among the last :attr:`DESCRIPTION_WINDOW`, with every
        *wanted* descriptor and none of *other_roles*, whose word is a surname the text gives in
        full (:meth:`is_surname`); not one whose role is the mention at *before* itself
        (``Nevertheless, the chair of the board said``)."""
        cut = bisect_left(self._described_starts, before)
        for i in range(cut - 1, max(0, cut - self.DESCRIPTION_WINDOW) - 1, -1):
            person = self._described[i]
            if before - (person.start + len(person.name)) <= _APPOSED_GAP:
                continue  # ("Nevertheless, the chair said": the role right after it is the mention itself)
            if wanted <= person.descriptors and other_roles.isdisjoint(person.descriptors) and self.is_surname(person):
                return person
        return None

    def is_surname(self, person: Person) -> bool:
        """Whether the one-word name of a described *person* (``Lammy, the foreign secretary,``)
        is the surname of a fuller name in the index (``David Lammy``): one word alone before a
        role set off by commas may as well be a place or an opening word (``Overall, the mayor,
        who took office in May,``), and a wrong speaker is worse than none."""
        return self.full_name(person.words) != person.name

    def people_between(self, start: int, end: int, limit: int = 20) -> list[Person]:
        """The first *limit* people named from offset *start* up to *end*, in order."""
        if self._pending is not None:
            self._read_pending()
        starts, names, words, held = self._starts, self._names_at, self._words_at, self._descriptors_at
        first = bisect_left(starts, start)
        # (each Person made right here from its entry and start: no call per person)
        stop = min(first + limit, max(first, bisect_left(starts, end)))
        return [Person(names[i], words[i], held[i], starts[i]) for i in range(first, stop)]

    def people_before(self, start: int, end: int, limit: int = 20) -> list[Person]:
        """The last *limit* people named from offset *start* up to *end*, in order (the nearest
        ones to *end*, where :meth:`people_between` gives the first ones).

        .. versionadded:: 0.2
        """
        if self._pending is not None:
            self._read_pending()
        starts, names, words, held = self._starts, self._names_at, self._words_at, self._descriptors_at
        first, stop = bisect_left(starts, start), bisect_left(starts, end)
        return [Person(names[i], words[i], held[i], starts[i]) for i in range(max(first, stop - limit), stop)]

    def last_person(self, before: int) -> str | None:
        """The last person named before offset *before*."""
        if self._pending is not None:
            self._read_pending()
        cut = bisect_left(self._starts, before)
        return self._names_at[cut - 1] if cut else None
