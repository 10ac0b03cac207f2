"""The name model: which capitalised words make up a person's name.

One detector for the whole library: :class:`~newsparse.people.PersonIndex` (who is named in an
article) and the quote engine's speaker resolution ask it, and a byline parser may too
(:meth:`NameModel.is_name`).  Its rules, all read from the :class:`~newsparse.Vocabulary`:

- a name word is capitalised and is not a title (``President``), an organisation word
  (``Ministry``), a country or its adjective, nor a word that never starts a name (``The``);
- a month or weekday (``June``, ``Jan``, ``May``) is a given name when another name word follows it
  and no preposition or number stands before it: ``transport expert June Whitaker`` is a name,
  ``in June Whitaker`` and ``June 5`` are not; a month is a surname when it ends a name after a
  given name that is no date word (``Theresa May``, not ``Friday May``);
- a country's name that is also a given name (``Jordan``, ``Israel``, ``India``:
  ``COUNTRY_GIVEN_NAMES``) is one on the same terms as a month: ``said Jordan Peterson``, not
  ``flights from Jordan Monday``;
- a hyphened word with a lower-case part is a noun (``Co-author``), unless it is two romanised East
  Asian syllables (``Ji-woo``, ``Jae-in``: ``SYLLABLE``);
- particles (``de``, ``van``, ``bin``) may stand inside a name, never at its ends;
- a word in capitals before a word that is not (``BBC Radio``, ``NHS England``) is an acronym, not
  a name word (``JOHN SMITH`` and ``Emmanuel MACRON`` are names);
- a news agency's name before a word in capitals (``told Reuters MHI is ...``) is no name word.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import ClassVar

import regex

from .vocab import given_names
from .vocabulary import APOSTROPHE_MARKS, KEEP_GIL, Vocabulary, normalize_word

__all__ = ["NameModel", "strip_possessive"]

#: The endings of a possessive, with any of :data:`APOSTROPHE_MARKS` and in either case
#: (``Putin's``, ``NATO’S``, ``Kelce‘s``).
POSSESSIVE_ENDINGS = tuple(mark + s for mark in APOSTROPHE_MARKS for s in "sS")
#: The endings of a plural noun's possessive, an ``s`` and an apostrophe (``Boots'``, ``Barclays’``):
#: a word that ends in one before another name word is an owner, no part of the name after it
#: (``Boots' Seb James``), as a word of :data:`POSSESSIVE_ENDINGS` is (fixQ66).
PLURAL_POSSESSIVE_ENDINGS = tuple(s + mark for mark in ("'", "’") for s in "sS")


#: The last letters of :data:`POSSESSIVE_ENDINGS`, the marks before them, and the marks that
#: close a plural's possessive (``players'``: any but the opening ``‘``), as sets: the word's last
#: character is looked up once (:func:`strip_possessive` runs on almost every capitalised word).
_POSSESSIVE_S = frozenset(ending[-1] for ending in POSSESSIVE_ENDINGS)
_POSSESSIVE_MARKS = frozenset(ending[0] for ending in POSSESSIVE_ENDINGS)
_CLOSING_MARKS = frozenset(APOSTROPHE_MARKS) - {"‘"}


@functools.lru_cache(maxsize=16)
def _hyphened_syllables(syllable: str) -> regex.Pattern[str]:
    """Two syllables joined by a hyphen of :attr:`NameModel.SYLLABLE` *syllable*."""
    return regex.compile(rf"(?:{syllable})-(?:{syllable})")


@functools.lru_cache(maxsize=16)
def _one_syllable(syllable: str) -> regex.Pattern[str]:
    """One syllable of :attr:`NameModel.SURNAME_SYLLABLE` *syllable* (each pattern compiled alone:
    a pair compiled for one of them kept the other, 10-21 KB, in the ``regex`` module's cache)."""
    return regex.compile(syllable)


def strip_possessive(word: str) -> str:
    """*word* without a possessive: ``Putin's`` -> ``Putin``, ``NORDWIND'S`` -> ``NORDWIND``,
    ``players'`` -> ``players``."""
    last = word[-1:]
    if last in _POSSESSIVE_S:
        return word[:-2] if len(word) > 1 and word[-2] in _POSSESSIVE_MARKS else word
    return word[:-1] if last in _CLOSING_MARKS else word


class NameModel:
    """Name words by the rules above; stateless, cheap to build."""

    #: Lower-case words that may stand inside a name (``Ursula von der Leyen``, Welsh ``Dafydd ap Gwilym`` and
    #: ``Dafydd ab Owain``,
    #: ``Caspar van den Berg``; the German pack leaves ``den`` out, an article there: ``sagte Schmidt den Fans``).
    PARTICLES: ClassVar[tuple[str, ...]] = (
        "de", "van", "von", "bin", "al", "da", "di", "le", "la", "der", "du", "del", "ap", "ab", "den",
        # (Irish "Eoghan Mac Cárthaigh", "Siobhán Nic Giolla", "Seán Ó Fearghail", "Máire Ní Bhriain";
        # Portuguese "Maria dos Santos")
        "mac", "nic", "ó", "ní", "dos",
        # (Urdu and Arabic "Hassan ul Haseeb Khan", "Khalid ibn Rashid", "Fatima bint Saleh"; fixQ71)
        "ul", "ibn", "bint",
    )
    #: Those of :attr:`PARTICLES` that stand in a name only after another particle (``von der
    #: Leyen``, ``van der Berg``), never right after a given name: an article there (German
    #: ``sagte Obermaier der Zeitung``).  Not ``den``, which opens Dutch names (``Joop den Uyl``).
    INNER_PARTICLES: ClassVar[tuple[str, ...]] = ("der",)
    #: Words that may end a name after its surname, as written (``Martin Luther King Jr.``, ``Tom
    #: Berg III``): never a name alone, and the word before one is the surname even when it is a
    #: title word (``King``), as long as a name word stands before that.
    NAME_SUFFIXES: ClassVar[tuple[str, ...]] = ("Jr.", "Jr", "Sr.", "Sr", "Jnr.", "Jnr", "Snr.", "Snr", "II", "III", "IV")
    #: Letters written after a name for an office, an honour or a degree (``Helen Park KC``,
    #: ``Sarah Hill MP``, ``Ana Ruiz PhD``), as written: never part of the name.
    POST_NOMINALS: ClassVar[tuple[str, ...]] = (
        "KC", "QC", "MP", "MEP", "MSP", "MLA", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "FRS",
        # (senior counsel in Ireland, South Africa and India; a Senior Advocate of Nigeria; a barrister-at-law in Ireland)
        "SC", "SAN", "BL",
        # (Australian honours: Member, Officer and Companion of the Order of Australia)
        "AM", "AO", "AC",
    )
    #: Countries' names that are given names too (``Jordan Peterson``, ``Israel Katz``, ``India
    #: Walton``), as written: one is a given name when a name word follows it and no preposition or
    #: number stands before it (:meth:`is_country_given_name`); alone, or after ``in``, a country.
    #:
    #: .. versionadded:: 0.2
    COUNTRY_GIVEN_NAMES: ClassVar[tuple[str, ...]] = ("Jordan", "Georgia", "Israel", "India", "Kenya", "America", "Cuba")
    #: Nationality adjectives that are given names too (``German``: Germán, Gherman), as written.
    #: Never a name word here (``German Chancellor``, ``German Siemens``): the speaker's resolution
    #: reads one as a given name only before the surname of someone the article names with another
    #: given name (``said German Ibarra`` beside ``Rafael Ibarra``: not Rafael;
    #: :meth:`is_nationality_given_name`).
    #:
    #: .. versionadded:: 0.2 (spk61)
    NATIONALITY_GIVEN_NAMES: ClassVar[tuple[str, ...]] = ("German", "Germán")
    #: One romanised East Asian syllable (``ji``, ``woo``, ``hyun``, ``ing``, ``tsai``), in lower case: a
    #: consonant cluster, one to three vowels, maybe a final ``n``, ``ng``, ``k``, ``l``, ``m``, ``p``
    #: or ``t`` (no English noun after a prefix reads so: ``wife``, ``author``, ``war``).  Possessive
    #: quantifiers keep it linear.
    #:
    #: .. versionadded:: 0.2
    SYLLABLE: ClassVar[str] = r"[bcdfghjklmnpqrstwxyz]{0,3}+[aeiouy]{1,3}+(?:ng|[nklmpt])?+"
    #: One romanised East Asian family name before a hyphened given name (:meth:`is_syllable_surname`),
    #: in lower case: a :attr:`SYLLABLE` that may hold an ``r`` before its final (``Park``), as some
    #: family names are romanised.
    #:
    #: .. versionadded:: 0.2
    SURNAME_SYLLABLE: ClassVar[str] = r"[bcdfghjklmnpqrstwxyz]{0,3}+[aeiouy]{1,3}+r?+(?:ng|[nklmpt])?+"
    #: Prefixes that open a hyphened noun and read as a syllable (``Co-op``, ``Pro-gun``,
    #: ``Non-union``), in lower case: such a word is no given name.
    #:
    #: .. versionadded:: 0.2
    HYPHEN_PREFIXES: ClassVar[tuple[str, ...]] = (
        "co", "ex", "pre", "pro", "non", "anti", "re", "de", "sub", "mid", "vice", "self", "post", "semi", "neo", "run", "sit",
    )
    #: East Asian surnames written as an English pronoun (``He Lifeng``), as written: one is a surname
    #: after a title or a role noun before the name's last word (:meth:`is_titled_syllable_surname`).
    #:
    #: .. versionadded:: 0.2
    PRONOUN_SURNAMES: ClassVar[tuple[str, ...]] = ("He",)
    #: Honours of several words, in lower case without apostrophes, whose words alone may be a
    #: name's (``Tan`` a surname, ``Sri`` a given name: ``Tan Wei Ming``, ``Sri Mulyani``): the
    #: words are an honour, no part of the name, only when two name words or more follow them
    #: (``Tan Sri Kamal Hassan``, ``Dato' Sri Azman Hashim``: :meth:`honour_words`).
    #:
    #: .. versionadded:: 0.2
    HONOUR_PHRASES: ClassVar[tuple[str, ...]] = ("tan sri", "puan sri", "toh puan", "dato sri", "datuk sri", "datin sri")
    #: The fewest and most words of a name a byline may hold.
    MIN_WORDS: ClassVar[int] = 2
    MAX_WORDS: ClassVar[int] = 5
    #: How far before a name its preceding word is looked for.
    PRECEDING_WINDOW: ClassVar[int] = 30
    #: Endings of a verb form that may open quoted words (``"Joining Acme gives us scale"``):
    #: right after one of :attr:`OPENING_QUOTE_MARKS`, a word of :attr:`MIN_OPENING_VERB_LENGTH`
    #: letters or more with such an ending, in lower case after its first letter, is the verb, no
    #: given name (:meth:`is_opening_verb`).  Empty turns the rule off.
    OPENING_VERB_ENDINGS: ClassVar[tuple[str, ...]] = ("ing",)
    MIN_OPENING_VERB_LENGTH: ClassVar[int] = 6
    #: The marks that open quoted words, for :meth:`is_opening_verb`: after other punctuation (a
    #: parenthesis, a dash, ``(Channing Tatum said ...)``, ``— Channing Tatum``) a name may begin.
    OPENING_QUOTE_MARKS: ClassVar[str] = "\"“„«‹'‘"
    #: The marks that end a sentence, for :meth:`is_opening_participle`: a word after one opens
    #: the next sentence.
    #:
    #: .. versionadded:: 0.2
    SENTENCE_END_MARKS: ClassVar[str] = ".!?"

    #: Known given names, in lower case: a capitalised word before one at the start of a longer run
    #: of capitalised words may describe the person (:meth:`descriptor_lead`).
    #:
    #: .. versionadded:: 0.2
    #:
    #: .. deprecated:: 0.2 no longer read: the name model asks the vocabulary
    #:    (:meth:`listed_given_name`); override ``Vocabulary.GIVEN_NAMES`` or ``Vocabulary.is_given_name``.
    GIVEN_NAMES: ClassVar[frozenset[str]] = given_names.ALL
    #: The most capitalised words before a known given name that :meth:`descriptor_lead` leaves out
    #: of a name (``Brave Edith Moore``, ``Dock Master Robert Lane``).
    #:
    #: .. versionadded:: 0.2
    MAX_DESCRIPTOR_LEAD: ClassVar[int] = 2

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self._particles = frozenset(self.PARTICLES)
        self._inner_particles = frozenset(self.INNER_PARTICLES)
        self._honour_phrases = tuple(tuple(phrase.split()) for phrase in self.HONOUR_PHRASES)
        self._post_nominals = frozenset(self.POST_NOMINALS)
        self._country_given_names = frozenset(self.COUNTRY_GIVEN_NAMES)
        self._nationality_given_names = frozenset(self.NATIONALITY_GIVEN_NAMES)
        self._hyphen_prefixes = frozenset(self.HYPHEN_PREFIXES)
        self._quoting_participles = frozenset(w.casefold() for w in vocabulary.CITING_PARTICIPLES)
        self._descriptors = frozenset(vocabulary.DESCRIPTOR_WORDS)
        self._plural_endings = tuple(vocabulary.PLURAL_ENDINGS)
        # (compiled once per syllable pattern, not per model: models of other classes or vocabularies share them)
        self._syllables = _hyphened_syllables(self.SYLLABLE)
        self._surname_syllable = _one_syllable(self.SURNAME_SYLLABLE)
        # a month's short forms without their period ("Jan", not "January" or "May"), which a date
        # writes with a period or before a number, and a given name before an initial ("Jan M. Vogel")
        self._short_months = frozenset(
            normalize_word(form)
            for forms in vocabulary.MONTHS
            for form in forms
            if "." not in form and len(form) < max(len(other) for other in forms)
        )

    @staticmethod
    def bare(word: str) -> str:
        """*word* without a possessive and closing punctuation (``Putin's,`` -> ``Putin``,
        ``NATO'S`` -> ``NATO``)."""
        return strip_possessive(word.rstrip(",;:"))

    def is_post_nominal(self, word: str) -> bool:
        """Whether *word* (its trailing punctuation aside) is one of :attr:`POST_NOMINALS`.

        .. versionadded:: 0.2
        """
        return word.rstrip(",;:.") in self._post_nominals

    def is_particle(self, word: str) -> bool:
        return word in self._particles

    def opens_particles(self, word: str) -> bool:
        """Whether *word* is a particle that may come first after a given name (``von``,
        ``de``, ``van``): one of :attr:`PARTICLES` and not of :attr:`INNER_PARTICLES`."""
        return word in self._particles and word not in self._inner_particles

    def honour_words(self, values: Sequence[str], cut: int) -> int:
        """How many of the words of *values* from *cut* (where a name read from them starts) end one
        of :attr:`HONOUR_PHRASES` that opens there or before, when at least :attr:`MIN_WORDS` words
        follow it (``Tan Sri Kamal Hassan``: 2; ``Dato' Sri Azman Hashim``, the name read from
        ``Sri``: 1); 0 otherwise (``Tan Wei Ming``, ``Tan Sri said``).

        .. versionadded:: 0.2"""
        folded = [word.strip(APOSTROPHE_MARKS + ".").casefold() for word in values[max(0, cut - 2) : cut + 3]]
        base = max(0, cut - 2)
        for phrase in self._honour_phrases:
            for opening in range(max(0, cut - len(phrase) + 1), cut + 1):
                end = opening + len(phrase)
                if end > cut and len(values) - end >= self.MIN_WORDS and tuple(folded[opening - base : end - base]) == phrase:
                    return end - cut
        return 0

    def is_name_word(self, word: str, following: str | None = None, preceding: str | None = None) -> bool:
        """Whether capitalised *word* can be part of a person's name, given the words next to it
        (needed for a month or weekday used as a given name)."""
        bare = self.bare(word)
        vocabulary = self.vocabulary
        if not bare[:1].isupper():
            return False
        if vocabulary.bars_name(bare):
            return self.is_country_given_name(word, following, preceding)
        if vocabulary.is_title_after_article(bare, preceding):
            return False  # ("die Ökonomin Anna Schmidt": a noun after an article describes the name)
        if vocabulary.is_salutation(bare) and self.opens_salutation(following, preceding):
            return False  # ("Dear Ana Ortiz, ...": a greeting; "Ana Dear", "Dear said" keep the surname)
        if "-" in bare and any(part[:1].islower() for part in bare.split("-")[1:]) and not self.is_syllable_given_name(bare):
            return False  # "Co-author", "Ex-husband": a hyphened word with a lower-case part is a noun
        if bare[1:2] in ("'", "’") and bare[2:3].islower():
            return False  # "D'après", "L'entraîneur": an elided article or preposition, not "D'Souza"
        if (
            following is not None and self.is_acronym(bare) and not self.is_acronym(self.bare(following))
            and not self.initials_after_role(bare, following, preceding)
        ):
            return False  # "BBC Radio", "NHS England": an acronym before a capitalised word names a body
        if following is not None and vocabulary.is_agency(bare) and self.is_acronym(self.bare(following)):
            return False  # ("told Reuters MHI is ...": a news agency, the object of a verb, before a company's acronym)
        if self.is_opening_verb(bare, preceding):
            return False  # ('"Joining Acme gives us scale," said Hale': no "Joining Acme")
        if vocabulary.can_start_name(bare):
            return True
        if self.is_surname_after_given(bare, preceding) or self.is_surname_word(bare, preceding):
            return True  # ("John Connally": a surname, though it ends like "Eventually"; "Kenneth More")
        return self.is_given_name_date_word(bare, following, preceding)

    def opens_salutation(self, following: str | None, preceding: str | None) -> bool:
        """Whether one of the vocabulary's ``SALUTATIONS`` between *preceding* and *following*
        greets a name: a capitalised word follows it, and no word stands before it but the end of
        a sentence (one of :attr:`SENTENCE_END_MARKS`) or the start of the text (``Dear Ana
        Ortiz``; not ``Ana Dear said`` after a given name, nor ``Dear said`` before a verb).

        .. versionadded:: 0.2 (fixR56)"""
        if following is None or not self.bare(following)[:1].isupper():
            return False
        return preceding is None or preceding.rstrip(self.OPENING_QUOTE_MARKS)[-1:] in self.SENTENCE_END_MARKS

    def is_quoting_participle(self, word: str) -> bool:
        """Whether *word*, in any case, is one of the vocabulary's
        :attr:`~newsparse.Vocabulary.CITING_PARTICIPLES` (``Quoting``).

        .. versionadded:: 0.2
        """
        return word.casefold() in self._quoting_participles

    def is_given_name(self, word: str) -> bool:
        """Whether *word* (a possessive aside) is a known given name: one the vocabulary lists
        (:meth:`listed_given_name`), or a hyphened one whose parts, each capitalised, all are (``Ann-Marie``, ``Hans-Peter``,
        ``Marie-Hélène``), or a romanised East Asian given name (:meth:`is_syllable_given_name`:
        ``Eun-ji``).

        .. versionadded:: 0.2"""
        bare = strip_possessive(word)
        listed = self.listed_given_name
        if listed(bare):
            return True
        parts = bare.split("-")
        if len(parts) > 1 and all(part[:1].isupper() and listed(part) for part in parts):
            return True
        return self.is_syllable_given_name(bare)

    def listed_given_name(self, word: str) -> bool:
        """Whether *word* (any case, periods aside) is a given name of one sex the vocabulary lists:
        its one check, :meth:`Vocabulary.is_given_name <newsparse.vocabulary.Vocabulary.is_given_name>`
        without the names of either sex, so that a vocabulary (a language pack) that overrides the
        check or its list is obeyed by every rule of the name model.

        .. versionadded:: 0.2"""
        return self.vocabulary.is_given_name(word, either_sex=False)

    def is_syllable_given_name(self, word: str) -> bool:
        """Whether hyphened *word* is a romanised East Asian given name, two syllables of
        :attr:`SYLLABLE` with a capital on the first only (``Ji-woo``, ``Jae-in``, ``Ing-wen``), and no
        prefix of :attr:`HYPHEN_PREFIXES` opens it (``Co-op``).

        .. versionadded:: 0.2"""
        if not word[:1].isupper() or word.count("-") != 1 or not word.partition("-")[2][:1].islower():
            return False  # (a capital after the hyphen, "Jean-Luc", "Yeon-Kim": the plain rule's)
        head = word.casefold()
        return self._syllables.fullmatch(head) is not None and head.partition("-")[0] not in self._hyphen_prefixes

    def is_syllable_surname(self, words: Sequence[str], i: int) -> bool:
        """Whether ``words[i]``, a word that never starts a name elsewhere (``So``, ``Do``), is a
        surname written before a hyphened given name that ends the name (:meth:`is_syllable_given_name`:
        ``So Yeon-kim``, as ``Moon Jae-in``): one syllable of :attr:`SYLLABLE`, a capital first,
        no title nor country.  An organisation word may be one (``Park Jae-hoon``, ``Park Ji-sung``):
        no body's name ends in such a given name.

        .. versionadded:: 0.2"""
        word = words[i]
        if i + 1 >= len(words) or not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
            return False
        vocabulary = self.vocabulary
        if vocabulary.is_title(word) or vocabulary.country(word):
            return False
        if self._surname_syllable.fullmatch(word.casefold(), 0, None, KEEP_GIL) is None:
            return False
        return self.is_syllable_given_name(self.bare(words[i + 1]).rstrip("."))  # ("Park Ji-sung." ends a sentence)

    def is_titled_syllable_surname(self, words: Sequence[str], i: int, before: str | None) -> bool:
        """Whether ``words[i]``, a word that never starts a name elsewhere (``He``), is an East Asian
        surname written before its given name (``Vice Premier He Lifeng``, ``spokesperson He
        Yongqian``): one of :attr:`PRONOUN_SURNAMES`, no title nor
        country, right after a title or a role noun (*before*) and before the one word of the name
        that ends the mention.  At a sentence's start (``He Lifeng``), nothing tells it from the
        pronoun: not one.

        .. versionadded:: 0.2"""
        word = words[i]
        if before is None or i + 2 != len(words) or not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
            return False
        vocabulary = self.vocabulary
        if word not in self.PRONOUN_SURNAMES or vocabulary.is_title(word):
            return False  # (only a surname that is a pronoun elsewhere: not "The Minister For Housing")
        title = before.rstrip(",")
        if not title.isalpha() or before != title:
            return False  # ("the spokesperson, He said": a comma ends the role)
        return vocabulary.is_title(title) or (title.islower() and vocabulary.is_role_noun(title))

    def is_country_given_name(self, word: str, following: str | None, preceding: str | None) -> bool:
        """Whether *word*, a country's name, is a given name here: one of :attr:`COUNTRY_GIVEN_NAMES`
        as written (no possessive: ``Georgia's Brian Kemp`` is the state's), a name word follows it
        (``Jordan Peterson``; not ``Jordan Valley``, ``Israel Police``, ``Kenya Tuesday``), and, as for
        a month as a given name, no number nor a word that never starts a name (``in``, ``from``)
        stands before it (``flights from Israel Monday``, ``troops in Georgia Sunday``).

        .. versionadded:: 0.2"""
        if word not in self._country_given_names or following is None:
            return False
        if not self.is_name_word(following):
            return False
        if preceding is None:
            return True
        before = normalize_word(preceding)
        return not before[:1].isdigit() and (self.vocabulary.can_start_name(before) or self.vocabulary.is_title(before))

    def is_nationality_given_name(self, word: str) -> bool:
        """Whether *word*, as written, is one of :attr:`NATIONALITY_GIVEN_NAMES` (``German``): a
        nationality adjective that may be a given name too, which the name model never reads as
        one on its own.

        .. versionadded:: 0.2 (spk61)"""
        return word in self._nationality_given_names

    def is_opening_verb(self, word: str, preceding: str | None) -> bool:
        """Whether *word* is a verb form that opens quoted words (:attr:`OPENING_VERB_ENDINGS`):
        the word before it is punctuation alone that ends with one of :attr:`OPENING_QUOTE_MARKS`
        (``"Joining Acme ...``; not ``Sterling Brown`` after a word, nor ``(Channing Tatum`` or
        ``— Channing Tatum`` after other punctuation), and *word* reads as that form (``Joining``,
        not ``McKing`` or ``King``).

        .. versionadded:: 0.2
        """
        if preceding is None or len(word) < self.MIN_OPENING_VERB_LENGTH or preceding[-1:] not in self.OPENING_QUOTE_MARKS:
            return False  # (the cheap tests first: most words follow a word, not a quotation mark)
        if not preceding or any(c.isalnum() for c in preceding):
            return False
        rest = word[1:]
        return rest.islower() and rest.isalpha() and word.endswith(self.OPENING_VERB_ENDINGS)

    def is_opening_participle(self, word: str, preceding: str | None, name_words: int) -> bool:
        """Whether capitalised *word*, the first of a run of capitalised words, is a participle
        that opens its sentence before a name of *name_words* words (``Facing John Smith, the
        mayor said``, ``Flanking Ana Ruiz, ...``): it reads as :meth:`is_opening_verb`'s verb form
        (one of :attr:`OPENING_VERB_ENDINGS`, :attr:`MIN_OPENING_VERB_LENGTH` letters or more,
        lower case after its capital), nothing but a sentence's end stands before it (one of
        :attr:`SENTENCE_END_MARKS` after a word that is not capitalised, or the text's start), and
        a name of :attr:`MIN_WORDS` words or more follows it (``Sterling Brown said`` keeps its
        given name), or of one word after one of the vocabulary's ``CITING_PARTICIPLES`` (``Quoting
        Thatcher, he said``; versionchanged 0.2).

        .. versionadded:: 0.2
        """
        fewest = 1 if self.is_quoting_participle(word) else self.MIN_WORDS  # ("Quoting Thatcher, he said")
        if name_words < fewest or len(word) < self.MIN_OPENING_VERB_LENGTH or not word.endswith(self.OPENING_VERB_ENDINGS):
            return False
        if preceding is not None:
            mark = preceding.rstrip(self.OPENING_QUOTE_MARKS)
            if mark[-1:] not in self.SENTENCE_END_MARKS or mark[:1].isupper():
                return False  # ("said Channing Tatum", "Mr. Manning Ruiz": the name goes on)
        rest = word[1:]
        return word[:1].isupper() and rest.islower() and rest.isalpha()

    def is_surname_after_given(self, word: str, preceding: str | None) -> bool:
        """Whether *word*, shaped like an adverb (``Vocabulary.is_adverb``: ``Connally``,
        ``Nunnally``), is a surname: the word right
        before it, with nothing but a space between, is a name word that may start a name
        (``John Connally``; not ``Tom Berg. Eventually``, whose period ends the word)."""
        vocabulary = self.vocabulary
        if preceding is None or not vocabulary.is_adverb(word):
            return False
        if not preceding[-1:].isalpha() or not preceding[:1].isupper() or vocabulary.is_adverb(preceding):
            return False  # ("Tom Berg. Eventually", "Smith, Reportedly"; "Eventually Reportedly")
        before = preceding
        return vocabulary.can_start_name(before) and self.is_name_word(before)

    def is_surname_word(self, word: str, preceding: str | None) -> bool:
        """Whether *word*, one of the vocabulary's ``SURNAME_WORDS`` (``More``), is a surname: the
        word right before it, with nothing but a space between, is a title (``Sir More``, ``Mr
        More``) or a name word that may start a name (``Kenneth More``; not ``Tom Berg. More``,
        whose period ends the word, nor ``More than 40``, which no name word precedes).

        .. versionadded:: 0.2 (fixQ65)"""
        vocabulary = self.vocabulary
        if preceding is None or not word[:1].isupper() or not vocabulary.is_surname_word(word):
            return False
        if not preceding[-1:].isalpha() or not preceding[:1].isupper():
            return False
        if vocabulary.is_title(preceding):
            return True
        return vocabulary.can_start_name(preceding) and self.is_name_word(preceding)

    #: How many capitals without periods :meth:`initials_after_role` reads as a person's
    #: initials (``JP Smith``).
    #:
    #: .. versionadded:: 0.2
    MAX_BARE_INITIALS: ClassVar[int] = 2

    def initials_after_role(self, word: str, following: str, preceding: str | None) -> bool:
        """Whether *word*, capitals without periods before the capitalised *following*, are a
        person's initials (``member for safety JP Smith``): at most :attr:`MAX_BARE_INITIALS` of
        them, after a lower-case word of a role's phrase (no preposition, article or relative word
        of the vocabulary's ``PHRASE_LINKS``), neither they nor *following* a place, and
        *following* no organisation's word (``the broadcaster BBC Radio`` stays a body).

        .. versionadded:: 0.2
        """
        if len(word) > self.MAX_BARE_INITIALS or preceding is None or not preceding.islower():
            return False
        vocabulary = self.vocabulary
        if vocabulary.is_phrase_link(preceding) or vocabulary.is_place(word) or vocabulary.country(word) is not None:
            return False
        bare = self.bare(following)
        return bare[1:].islower() and not (vocabulary.is_org_word(bare) or vocabulary.is_place(bare))

    @staticmethod
    def is_acronym(word: str) -> bool:
        """Whether *word* is written in capitals only (``BBC``), at least two letters."""
        return len(word) >= 2 and word.isalpha() and word.isupper()

    def is_given_name_date_word(self, word: str, following: str | None, preceding: str | None) -> bool:
        """Whether a month or weekday is used as a given name: another name word follows it and
        neither a number nor a word that never starts a name (``in``, ``on``) stands before it.  A
        month that ends a name is a surname after a name word (:meth:`is_surname_date_word`:
        ``Theresa May``), and a weekday's short form after a known given name of
        :meth:`listed_given_name` (``Christine Sun``; not ``the Las Vegas Sun``); a weekday in full is not
        (``said Tom Berg Monday``: the day he said it).  A month's short form before one of
        :attr:`PARTICLES` inside the name is a given name (``Jan de Vries``) unless a number
        stands before it."""
        vocabulary = self.vocabulary
        if "." in word or not (vocabulary.month_number(word) or vocabulary.is_weekday(word)):
            return False
        if following is None and preceding is not None and vocabulary.month_number(word):
            return self.is_surname_date_word(preceding)
        if following is None and preceding is not None and vocabulary.is_short_weekday(word):
            return self.listed_given_name(self.bare(preceding)) and self.is_surname_date_word(preceding)
        if following is not None and self.is_particle(following) and normalize_word(word) in self._short_months:
            # ("Jan de Vries", "Jan van der Merwe": a month's short form before a name's particle
            # inside a name, as before an initial; but "5 Jan": a date)
            return preceding is None or not normalize_word(preceding)[:1].isdigit()
        if following is None or not self.is_name_word(following):
            return False
        if preceding is not None:
            before = normalize_word(preceding)
            if before[:1].isdigit():
                return False
            if not vocabulary.can_start_name(before) and not vocabulary.is_title(before):
                return self.is_short_month_before_initial(word, following)  # "by Jan M. Vogel"
        return True

    def is_short_month_before_initial(self, word: str, following: str) -> bool:
        """Whether *word* is a month's short form written without its period (``Jan``: a date
        writes ``Jan.`` or ``Jan 5``) and *following* a middle initial (``M.``): a given name
        whatever word stands before it (``by Jan M. Vogel``, ``in Jan M. Vogel's report``).  A
        month in full keeps to the rule for the word before it (``In March J.P. Morgan cut ...``).

        .. versionadded:: 0.2"""
        return normalize_word(word) in self._short_months and len(following) == 2 and following[0].isupper() and following[1] == "."

    def is_surname_date_word(self, preceding: str) -> bool:
        """Whether a month that ends a name is a surname after *preceding* (``Theresa May``,
        ``Brian May``): a word that may start a name and is no month or weekday itself."""
        bare = self.bare(preceding)
        vocabulary = self.vocabulary
        if not bare[:1].isupper() or vocabulary.month_number(bare) or vocabulary.is_weekday(bare):
            return False
        return self.is_name_word(bare)

    def trailing_name(self, words: Sequence[str], preceding: str | None = None) -> int:
        """How many of the last *words* make up a name (0 if none): ``("transport", "expert",
        "June", "Whitaker")`` -> 2.  *preceding* is the word before *words*, if any."""
        suffixed = bool(words) and self.is_name_suffix(words[-1])
        count = 0
        for i in range(len(words) - 1 - suffixed, -1, -1):
            following = words[i + 1] if i + 1 < len(words) else None
            before = words[i - 1] if i > 0 else preceding
            if count and (self.is_particle(words[i]) or self.is_capitalised_particle(words, i)):
                count += 1
                continue
            if not self.is_name_word(words[i], following if count else None, before):
                if not count and (
                    self.is_title_surname(words, i) or self.is_given_title_surname(words, i)
                    or (suffixed and self.is_suffixed_title_surname(words, i))
                ):
                    count += 1  # ("Bruno Le Maire", "Ana King", "Martin Luther King Jr.": a title word as the surname)
                    continue
                if not count and self.is_barred_surname(words, i):
                    count += 1  # ("Nguyen Van An": a word that never starts a name, as a surname after a particle)
                    continue
                if count >= 2 and self.is_barred_given_name(words, i, before):
                    count += 1  # ("spokeswoman An Van Hoorebeke": a given name that is an article elsewhere)
                    break
                if count == 1 and self.is_syllable_surname(words, i):
                    count += 1  # ("So Yeon-kim": the surname before a hyphened given name)
                    continue
                if count == 1 and self.is_titled_syllable_surname(words, i, before):
                    count += 1  # ("spokesperson He Yongqian": a surname that is a pronoun elsewhere, after a title)
                    continue
                break
            count += 1
        while count and self.is_particle(words[len(words) - suffixed - count]):
            count -= 1
        if count > self.MIN_WORDS:
            count -= self.honour_words(words[: len(words) - suffixed], len(words) - suffixed - count)  # ("Tan Sri Kamal Hassan")
        return count + suffixed if count else 0

    def descriptor_lead(self, words: Sequence[str], before: Sequence[str] = ()) -> int:
        """How many of the first *words*, a name of three words or more as written, describe the
        person rather than name them: the capitalised words before the first of
        :meth:`listed_given_name`, at most :attr:`MAX_DESCRIPTOR_LEAD`, none of them a known given name,
        an initial or a particle, the last of them a title, a role noun or one of the vocabulary's
        ``DESCRIPTOR_WORDS``, or a possessive (``Brave Edith Moore`` -> 1, ``Dock Master
        Robert Lane`` -> 2, ``Ohio's Ana Ruiz`` -> 1), with two words or more left; 0
        otherwise (``Mary Ann Lowe``; ``Marisol Anna Berg``: an unknown given name first; a
        hyphened given name whose parts are known is known, :meth:`is_given_name`: ``Oxfam's
        Ann-Marie Kelly`` -> 1); a known agency before the given name is no part of the name
        either (``Efe Luis Vega`` -> 1, ``Europa Press Ana Gil`` -> 2: the one told), nor is a
        known place (``dijo desde Sevilla Luis Vega``, ``en Madrid Luis Vega`` -> 1) or one word
        after a preposition (:meth:`after_preposition`: ``desde Albacete Luis Vega`` -> 1).  After
        a role's noun, a preposition and an article, the last three of *before* (the words before
        *words*), one capitalised word before a known given name is the body the role serves
        (``la ministre de la Santé Claire Morel``, ``the minister of the Interior Claire Morel``
        -> 1; not ``the story of the Real Tom Berg``: no role), and so is it after a capitalised
        preposition and an article that open the sentence, the place of the words that follow
        (``At the Guildhall Tom Berg said``: :meth:`opening_place_before`).

        .. versionadded:: 0.2
        """
        if len(words) < 3:
            return 0
        if (self.role_body_before(before) or self.opening_place_before(before)) and self.body_before_given(words):
            return 1
        if self.body_noun_before(before) and self.body_before_given(words):
            # ("the carmaker Nordvik Erik Lund": the employer, no part of the name; a listed given name only: before an
            # unlisted one, "the group Human Rights Watch" is a body whole as often as "the state corporation Rosatom
            # Vadim Korsunov" an employer and a person, and "Rights Watch" would be a wrong speaker; a reread of round 60)
            return 1
        nouns_lead = self.noun_after_article(before) or self.noun_joined_before(before)
        for k in range(1, min(self.MAX_DESCRIPTOR_LEAD, len(words) - 2) + 1):
            word = words[k - 1]
            bare = normalize_word(strip_possessive(word))
            if self.listed_given_name(bare) or self.is_particle(word) or len(bare) < 2:
                return 0
            if k == 1 and strip_possessive(word) != word and self.is_syllable_given_name(words[-1]):
                return 1  # ("Oxfam's Park Ji-won": an owner before a surname and its hyphened given name)
            given = self.is_given_name(words[k]) or self.vocabulary.is_given_name(words[k])  # (of either sex: "Jan")
            if nouns_lead and given and words[k + 1][:1].isupper():
                # ("Der Architekt Lukas Wendl", "Der Münchner Architekt Jan Wendl": nouns and a city's adjective after
                # their article, before a given name of either sex, no name's words, lang64, lang65; "Der Architekt
                # und Bauherr Jan Wendl", lang65)
                return k
            if not self.is_given_name(words[k]):
                continue  # (a hyphened given name is one too: "Oxfam's Ann-Marie Kelly")
            if self.vocabulary.is_agency(" ".join(words[:k])):
                return k  # ("dijo a Efe Luis Vega": the agency told, no part of the name)
            if self.vocabulary.is_place(" ".join(words[:k])) or (k == 1 and self.after_preposition(before)):
                return k  # ("dijo desde Sevilla Luis Vega": the place he spoke from, no part of the name)
            return k if strip_possessive(word) != word or self.describes(bare) else 0
        return 0

    def noun_after_article(self, before: Sequence[str]) -> bool:
        """Whether *before*, the words before a name of three words or more, end in one of the
        vocabulary's ``ARTICLES`` in a language whose nouns are capitalised
        (``Vocabulary.CAPITALISED_NOUNS``): the capitalised word after it, before a known given
        name, is a noun (``Der Architekt Lukas Wendl``, ``die Landwirtin Eva Ott``), for a name
        takes no article there; never in English (``the Real Tom Berg``).

        Capitalised words between the article and the name's first word, none a given name, are
        nouns or a city's adjective too (``Der Münchner Architekt Jan Wendl``: *before* ``Der
        Münchner``).

        .. versionadded:: 0.2 (lang64)
        .. versionchanged:: 0.2 (lang65) capitalised words after the article."""
        vocabulary = self.vocabulary
        if not vocabulary.CAPITALISED_NOUNS:
            return False
        end = len(before)
        while end and before[end - 1][:1].isupper() and before[end - 1].isalpha() and not vocabulary.is_article(before[end - 1]):
            if vocabulary.is_given_name(before[end - 1]):
                return False  # ("Die Anna Berg ...": a name before, no noun)
            end -= 1
        return end > 0 and vocabulary.is_article(before[end - 1])

    def noun_joined_before(self, before: Sequence[str]) -> bool:
        """Whether *before*, the words before a name of three words or more, end in a
        capitalised word and one of the vocabulary's ``AND_WORDS`` after an article or another
        capitalised word, none of them a known given name, in a language whose nouns are
        capitalised (``Vocabulary.CAPITALISED_NOUNS``): the capitalised word after them, before a
        known given name, is a second role's noun (``Der Architekt und Bauherr Jan Wendl``, ``Der
        Münchner Architekt und Bauherr Jan Wendl``), no word of the name; never after a name
        (``Anna Berg und Maria Lena Vogt``: ``Berg`` is no noun after an article).

        .. versionadded:: 0.2 (lang65)"""
        vocabulary = self.vocabulary
        if not vocabulary.CAPITALISED_NOUNS or len(before) < 3 or before[-1] not in vocabulary.AND_WORDS:
            return False
        noun, lead = before[-2], before[-3]
        if not (noun[:1].isupper() and noun.isalpha()) or self.is_given_name(noun):
            return False
        if vocabulary.is_article(lead):
            return True
        return lead[:1].isupper() and lead.isalpha() and not self.is_given_name(lead) and not vocabulary.is_article(lead)

    def after_preposition(self, before: Sequence[str]) -> bool:
        """Whether *before*, the words before a name, end with a preposition in lower case: one of
        the vocabulary's ``PHRASE_LINKS`` that is none of its ``ARTICLES`` (``desde``, ``en``,
        ``from``; not ``the``) nor of its ``PERSON_PREPOSITIONS``, whose object is a person as often
        (``according to Xiomara Ana Castro``; spk52), unless it links a role to what the role serves
        (:meth:`after_role_link`), so that a capitalised word right after it is its object (a place
        or a body), no part of the name after it.

        .. versionadded:: 0.2
        """
        if not before:
            return False
        last = before[-1]
        vocabulary = self.vocabulary
        if not last[:1].islower() or not vocabulary.is_phrase_link(last) or vocabulary.is_article(last):
            return False
        return not vocabulary.is_person_preposition(last) or self.after_role_link(before)

    def after_role_link(self, before: Sequence[str]) -> bool:
        """Whether *before*, the words before a name, end with a role's noun or a title in lower
        case and the preposition after it (``The mayor of``, ``the chief executive of``, ``a
        spokesman for``): the preposition's object is the body or the place the role serves,
        even when it is one of the vocabulary's ``PERSON_PREPOSITIONS`` (``The mayor of Albacete
        Luis Vega``: Luis Vega; ``according to Xiomara Ana Castro`` keeps the whole name).

        .. versionadded:: 0.2
        """
        if len(before) < 2:
            return False
        role = before[-2].lower()
        return before[-2][:1].islower() and (self.vocabulary.is_role_noun(role) or self.vocabulary.is_title(role))

    def portfolio_lead(self, words: Sequence[str], before: Sequence[str]) -> int:
        """How many of the first *words*, a name of three words or more as written, are the last
        words of a portfolio rather than the name, when *before* (the words before *words*) ends
        with a title's portfolio (:meth:`after_portfolio_link`: ``Minister for``, ``Minister for
        Foreign Affairs and``): the words before the first known given name that is not the
        first word (``Foreign Affairs Penny Wong`` -> 2), else all but the last two when none of
        those is a title, place or organisation's word (``Home Affairs Xander Quill`` -> 2);
        0 otherwise (the other rules decide), and when a role noun stands among the portfolio's words
        (``Spokesman for Foreign Affairs Minister Penny Wong``: the name is the minister's, whom the
        spokesman serves).

        .. versionadded:: 0.2
        """
        if len(words) < 3 or not (self.after_portfolio_link(before) or self.after_title_of(before)):
            return 0
        vocabulary = self.vocabulary
        given = next((i for i in range(1, len(words) - 1) if self.listed_given_name(words[i])), None)
        if any(vocabulary.is_role_noun(w.casefold()) for w in words[: len(words) - 2 if given is None else given]):
            return 0  # ("Spokesman for Foreign Affairs Minister Penny Wong": she is whom the role serves)
        if given is not None:
            return given
        # (the given name before the surname's particles: "Housing Eoghan Mac Cárthaigh" -> 1)
        lead = len(words) - 2
        while lead > 1 and self.is_written_particle(words[lead]):
            lead -= 1
        first, last = strip_possessive(words[lead]), strip_possessive(words[-1])
        if not self.is_name_word(first, last) or not self.is_name_word(last, None, first):
            return 0  # ("Minister for Small Business Enterprise Ireland": a country, no surname)
        if any(vocabulary.is_title(w) or vocabulary.is_place(w) or vocabulary.is_org_word(w) for w in (first, last)):
            return 0  # ("Minister for Transport Dublin Port": a place's words, no name)
        return lead

    #: Words that link a capitalised title to its portfolio written right after it (``Director of
    #: Natural Resources``, ``Minister of State``), as ``Vocabulary.PORTFOLIO_LINKS`` (``for``) do
    #: whatever stands between: :meth:`after_title_of`.  Empty turns the rule off.
    #:
    #: .. versionadded:: 0.2 (mendQT71)
    TITLE_OF_LINKS: ClassVar[tuple[str, ...]] = ("of",)

    def after_title_of(self, before: Sequence[str]) -> bool:
        """For :meth:`portfolio_lead`: whether *before*, the words before a name's run of
        capitalised words, end with a capitalised title or role noun and one of
        :attr:`TITLE_OF_LINKS` (``Director of`` before ``Natural Resources Andrea Clausen``): the
        run opens with the title's portfolio.

        .. versionadded:: 0.2 (mendQT71)"""
        if len(before) < 2 or before[-1] not in self.TITLE_OF_LINKS:
            return False
        title = before[-2]
        vocabulary = self.vocabulary
        return title[:1].isupper() and (vocabulary.is_title(title) or vocabulary.is_role_noun(title.casefold()))

    def is_written_particle(self, word: str) -> bool:
        """Whether *word* is one of :attr:`PARTICLES`, in lower case or capitalised (``van``,
        ``Van``, ``Mac``, ``Ó``).

        .. versionadded:: 0.2"""
        rest = word[1:]
        return self.is_particle(word) or (word[:1].isupper() and (not rest or rest.islower()) and self.is_particle(word.casefold()))

    def after_portfolio_link(self, before: Sequence[str]) -> bool:
        """Whether *before*, the words before a name, end with a capitalised title or role noun,
        maybe followed by capitalised words and the vocabulary's ``PORTFOLIO_JOINS`` (``Secretary
        of State``), then one of its ``PORTFOLIO_LINKS`` and a portfolio's capitalised words and
        joins (``Minister for``, ``Minister for Foreign Affairs and``, ``Secretary of State for
        Work and``): the name comes after a portfolio (:meth:`portfolio_lead`).

        .. versionadded:: 0.2
        """
        return self.portfolio_title_start(before) is not None

    def portfolio_title_start(self, before: Sequence[str]) -> int | None:
        """The index in *before* of the capitalised title or role noun whose portfolio *before*
        ends with (:meth:`after_portfolio_link`: ``Minister`` of ``Minister for``, of ``Secretary
        of State for Work and``), the nearest one to the link; ``None`` when *before* ends with
        no such title and portfolio.

        .. versionadded:: 0.2
        """
        vocabulary = self.vocabulary
        i = len(before) - 1
        while i >= 0 and not vocabulary.is_portfolio_link(before[i]):
            if not (before[i][:1].isupper() or vocabulary.is_portfolio_join(before[i])):
                return None  # (a word in lower case that joins no portfolio: "a spokesman for ... said")
            if vocabulary.is_role_noun(before[i].casefold()):
                return None  # ("Spokesman for Foreign Affairs Minister": the name is the minister's, served)
            i -= 1
        while i > 0 and (before[i - 1][:1].isupper() or vocabulary.is_portfolio_join(before[i - 1])):
            i -= 1
            word = before[i]
            if word[:1].isupper() and (vocabulary.is_title(word) or vocabulary.is_role_noun(word)):
                return i  # ("Minister", "Secretary" of "Secretary of State for")
        return None

    def role_body_before(self, before: Sequence[str]) -> bool:
        """Whether the last three of *before* are a role's noun or title in lower case, a
        preposition of the vocabulary's ``PHRASE_LINKS`` and an article (``ministre de la``,
        ``minister of the``): the capitalised word after them names the body the role serves
        (:meth:`descriptor_lead`).

        .. versionadded:: 0.2
        """
        if len(before) < 3:
            return False
        role, link, article = before[-3:]
        vocabulary = self.vocabulary
        if not role.islower() or not (vocabulary.is_title(role) or vocabulary.is_role_noun(role)):
            return False
        return vocabulary.is_phrase_link(link) and not vocabulary.is_article(link) and vocabulary.is_article(article)

    def body_noun_before(self, before: Sequence[str]) -> bool:
        """Whether the last of *before* is an organisation word or a business noun in lower case
        (the vocabulary's ``ORG_WORDS``, ``COMPANY_NOUNS``: ``the state corporation``, ``the
        carmaker``, ``the bank``): the capitalised word after it names that body, the speaker's
        employer, no part of the name after it (``the carmaker Volvo Erik Lund``;
        :meth:`descriptor_lead`).

        .. versionadded:: 0.2
        """
        if not before:
            return False
        last = before[-1]
        vocabulary = self.vocabulary
        return last.islower() and (vocabulary.is_org_word(last) or vocabulary.is_company_noun(last))

    def opening_place_before(self, before: Sequence[str]) -> bool:
        """Whether the last two of *before* are a capitalised preposition of the vocabulary's
        ``PHRASE_LINKS`` and an article (``At the``, ``Outside the``): a phrase that opens the
        sentence, whose capitalised word is a place, not the name after it (:meth:`descriptor_lead`).

        .. versionadded:: 0.2
        """
        if len(before) < 2:
            return False
        link, article = before[-2:]
        vocabulary = self.vocabulary
        if not link[:1].isupper() or not vocabulary.is_phrase_link(link):
            return False
        return not vocabulary.is_article(link) and vocabulary.is_article(article)

    def body_before_given(self, words: Sequence[str], *, known: bool = True) -> bool:
        """Whether the first of *words*, a name of three words or more as written, is one
        capitalised word that is no given name, initial, particle nor title and the second a
        known given name (``Santé Claire Morel``): after a role and an article, that word is a
        body's name (:meth:`descriptor_lead`).  With *known* false the second may be any
        capitalised word that is no particle nor title (``Rosatom Vadim Korsunov`` after ``the
        state corporation``: a body's noun in lower case says the word after it is the body's
        name, whether the given name is listed or not), unless the first or the last is in
        capitals (``the company PT Tambang Timah``, ``producer Novo Industri A/S``: a firm's legal
        form, before or after its name).

        .. versionadded:: 0.2
        """
        first = normalize_word(strip_possessive(words[0]))
        if not words[0][:1].isupper() or self.listed_given_name(first) or self.is_particle(words[0]) or len(first) < 2:
            return False
        if self.vocabulary.is_title(first):
            return False
        if not known and words[1][:1].isupper() and not self.is_particle(words[1]) and not self.vocabulary.is_title(words[1]):
            # (not a word in capitals, which may be a firm's legal form before its name: "the company PT Tambang Timah",
            # nor after it, closing the firm's whole name: "producer Novo Industri A/S"; a second reader, round 60)
            return strip_possessive(words[0]) == words[0] and not words[0].isupper() and not words[-1].isupper()
        return strip_possessive(words[0]) == words[0] and self.listed_given_name(words[1])

    def describes(self, word: str) -> bool:
        """Whether lower-case *word* (or its singular, by the vocabulary's ``PLURAL_ENDINGS``) is a
        title, a role noun or one of the vocabulary's ``DESCRIPTOR_WORDS`` (:meth:`descriptor_lead`).

        .. versionadded:: 0.2
        """
        forms = (word, *(word[: -len(ending)] for ending in self._plural_endings if ending and word.endswith(ending)))
        vocabulary = self.vocabulary
        return any(
            form in self._descriptors or vocabulary.is_title(form) or vocabulary.is_role_noun(form) for form in forms
        )

    def is_name_suffix(self, word: str) -> bool:
        """Whether *word* (a possessive or a comma after it aside) is one of :attr:`NAME_SUFFIXES`.

        .. versionadded:: 0.2"""
        return self.is_suffix_word(self.bare(word))

    @classmethod
    def is_suffix_word(cls, word: str) -> bool:
        """Whether *word*, as written, is one of :attr:`NAME_SUFFIXES` (the class's own list:
        the people index asks it of the names it keeps).

        .. versionadded:: 0.2"""
        return word in cls.NAME_SUFFIXES

    def is_suffixed_title_surname(self, words: Sequence[str], i: int) -> bool:
        """Whether ``words[i]``, right before a name suffix, is a title word written as a
        capitalised surname (``King`` of ``Martin Luther King Jr.``): a name word stands right before
        it, and it is no organisation word nor country.

        .. versionadded:: 0.2"""
        bare = self.bare(words[i])
        vocabulary = self.vocabulary
        if i < 1 or not bare[:1].isupper() or not bare[1:].islower() or not bare.isalpha():
            return False
        if vocabulary.is_org_word(bare) or vocabulary.country(bare):
            return False
        return self.is_name_word(words[i - 1], bare, words[i - 2] if i > 1 else None)

    def is_capitalised_particle(self, words: Sequence[str], i: int) -> bool:
        """Whether ``words[i]`` is a particle written with a capital inside a name, between a
        name word before it and the name's last words after it (``Marine Le Pen``, ``Luigi Di
        Maio``, ``Charles De Gaulle``), where the language reads the word alone as no name
        word (French ``Le``, an article).

        .. versionadded:: 0.2"""
        word = words[i]
        if i == 0 or not word[:1].isupper() or not word[1:].islower() or not self.is_particle(word.casefold()):
            return False
        before = words[i - 1]
        return not before.endswith((",", ";", ":")) and self.is_name_word(before, word, words[i - 2] if i > 1 else None)

    def is_barred_surname(self, words: Sequence[str], i: int) -> bool:
        """Whether ``words[i]``, a word that never starts a name elsewhere (an article or a
        preposition capitalised: ``An``, ``To``), is the surname that ends a name because a
        capitalised particle inside the name stands before it (:meth:`is_capitalised_particle`:
        ``Nguyen Van An``), as a title word may (:meth:`is_title_surname`);
        no title, organisation word nor country.

        .. versionadded:: 0.2"""
        bare = self.bare(words[i])
        vocabulary = self.vocabulary
        if i < 2 or not bare[:1].isupper() or not bare[1:].islower() or not bare.isalpha():
            return False
        if vocabulary.can_start_name(bare) or vocabulary.bars_name(bare):
            return False  # (a name word is the plain rule's; a title, a body or a country never ends a name so)
        return self.is_capitalised_particle(words, i - 1)

    def is_barred_given_name(self, words: Sequence[str], i: int, before: str | None) -> bool:
        """Whether ``words[i]``, a short capitalised word that never starts a name elsewhere (an
        article capitalised: ``An``, ``La``), is the given name before a capitalised particle
        and the surname after it (``spokeswoman An Van Hoorebeke``, ``said An De Smet``): the word
        before it, if any, in lower case or closing a phrase with a comma (never a name's word nor
        a sentence's capitalised opening: ``An Van Gogh sold ...`` keeps its article).

        .. versionadded:: 0.2"""
        bare = self.bare(words[i])
        if i + 2 >= len(words) or not bare.isalpha() or not bare[:1].isupper() or not bare[1:].islower():
            return False
        if self.vocabulary.is_title(bare) or self.vocabulary.is_org_word(bare) or self.vocabulary.country(bare):
            return False
        particle = words[i + 1]
        if not (particle[:1].isupper() and self.is_written_particle(particle)):
            return False
        return before is not None and (before[:1].islower() or before.endswith(","))

    def is_title_surname(self, words: Sequence[str], i: int) -> bool:
        """Whether ``words[i]``, a title word of the vocabulary capitalised (French ``Maire``,
        ``Roi``), is the surname that ends a name because a capitalised particle inside the name
        stands before it (:meth:`is_capitalised_particle`: ``Bruno Le Maire``), no organisation
        word nor country.

        .. versionadded:: 0.2"""
        bare = self.bare(words[i])
        vocabulary = self.vocabulary
        if i < 2 or not bare[:1].isupper() or not bare[1:].islower() or not bare.isalpha():
            return False
        if not vocabulary.is_title(bare) or vocabulary.is_org_word(bare) or vocabulary.country(bare):
            return False
        return self.is_capitalised_particle(words, i - 1)

    def is_given_title_surname(self, words: Sequence[str], i: int) -> bool:
        """Whether ``words[i]``, the last of *words* and a title word of the vocabulary
        capitalised (``Lord``, ``King``, ``Bishop``), is the surname that ends a name because a
        known given name of :meth:`is_given_name` stands right before it (``Ana King``,
        ``Commissioner Rob Lord``): a title stands before a name, never after its given name.  No
        organisation word nor country (``Tom Berg Ministry`` reads no person ``Ministry``).

        .. versionadded:: 0.2 (fixQ63)"""
        if i < 1 or i != len(words) - 1:
            return False
        bare = self.bare(words[i])
        vocabulary = self.vocabulary
        if not bare[:1].isupper() or not bare[1:].islower() or not bare.isalpha():
            return False
        if not vocabulary.is_title(bare) or vocabulary.is_org_word(bare) or vocabulary.country(bare):
            return False
        return self.is_given_name(self.bare(words[i - 1]))

    def is_name(self, text: str) -> bool:
        """Whether *text* is a person's name on its own (a byline's): :attr:`MIN_WORDS` to
        :attr:`MAX_WORDS` words, each a name word, an initial or a particle."""
        words = text.split()
        if not self.MIN_WORDS <= len(words) <= self.MAX_WORDS:
            return False
        return self.trailing_name(words) == len(words)
