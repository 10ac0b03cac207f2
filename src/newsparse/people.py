"""Who is who in one article: full names, the titles they carry, and resolving a later mention
(``Putin``, ``the Russian president``, ``he``) to the full name (``Vladimir Putin``)."""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import regex

from .vocabulary import Vocabulary, normalize_word

__all__ = ["Person", "PersonIndex"]

_RUN = regex.compile(
    r"(?:\p{Lu}[\p{L}'’\-]*+\.?+|\p{Lu}\.)"
    r"(?:[ \t\xa0]*+\n?[ \t\xa0]*+(?:(?:of|de|van|von|bin|al|da|di|le|la|der|du)[ \t\xa0]++)?"
    r"(?:\p{Lu}[\p{L}'’\-]*+\.?+|\p{Lu}\.)){0,9}"
)
_WORD = regex.compile(r"[\p{L}][\p{L}'’\-]*+\.?+")
_POSSESSIVE = regex.compile(r"['’]s?$")


@attrs.frozen
class Person:
    """One mention of a named person: the full ``name``, its words, the ``descriptors`` seen with it
    (titles, roles, countries, all normalised) and where it ``start``\\ s."""

    name: str
    words: tuple[str, ...]
    descriptors: frozenset[str]
    start: int


def strip_possessive(word: str) -> str:
    """``Putin's`` -> ``Putin``."""
    return _POSSESSIVE.sub("", word) if word[-2:] in ("'s", "’s") or word[-1:] in ("'", "’") else word


class PersonIndex:
    """The people named in an article, built once per article by :meth:`build`."""

    #: How many words before a name to read for titles (``the visiting Russian Security Council secretary``).
    DESCRIPTOR_WINDOW = 6

    def __init__(self, vocabulary: Vocabulary, people: Iterable[Person] = ()) -> None:
        self.vocabulary = vocabulary
        self.people = sorted(people, key=lambda p: p.start)

    @classmethod
    def build(cls, vocabulary: Vocabulary, pieces: Iterable[tuple[str, int]]) -> PersonIndex:
        """Index the people named in *pieces*, each a ``(text, offset)`` pair."""
        found: list[Person] = []
        for text, offset in pieces:
            for run in _RUN.finditer(text):
                person = cls.read_run(vocabulary, text, run)
                if person is not None:
                    found.append(attrs.evolve(person, start=person.start + offset))
        return cls(vocabulary, found)

    @classmethod
    def read_run(cls, vocabulary: Vocabulary, text: str, run: regex.Match[str]) -> Person | None:
        """A :class:`Person` from a run of capitalised words, or ``None`` if the run names no person."""
        words = run.group().split()
        name: list[str] = []
        for word in reversed(words):
            bare = strip_possessive(word)
            if (
                not vocabulary.can_start_name(bare)
                or vocabulary.is_org_word(bare)
                or vocabulary.country(bare)
                or (word in ("of", "de", "van", "von", "bin", "al", "da", "di", "le", "la", "der", "du") and not name)
            ):
                break
            name.insert(0, bare if not name else word)
        while name and name[0] in ("of", "de", "van", "von", "bin", "al", "da", "di", "le", "la", "der", "du"):
            name.pop(0)
        if len(name) < 2 or any(vocabulary.is_org_word(w) for w in name):
            return None
        lead = words[: len(words) - len(name)]
        before = text[max(0, run.start() - 80) : run.start()]
        prior = _WORD.findall(before)[-cls.DESCRIPTOR_WINDOW :]
        descriptors = cls.descriptors(vocabulary, [*prior, *lead])
        after = text[run.end() : run.end() + 120]
        appositive = regex.match(r",\s++(?:an?|the)\s++([^,.;]{1,100})", after)
        if appositive is not None:
            descriptors |= cls.descriptors(vocabulary, _WORD.findall(appositive[1])[:6])
        start = run.start() + len(run.group()) - len(run.group().lstrip())
        name_start = run.start() + run.group().rfind(name[0]) if len(lead) else start
        return Person(" ".join(name), tuple(name), descriptors, name_start)

    @staticmethod
    def descriptors(vocabulary: Vocabulary, words: Iterable[str]) -> frozenset[str]:
        """The titles, roles and countries among *words*, normalised (``Russia's`` -> ``russia``)."""
        out: set[str] = set()
        for word in words:
            country = vocabulary.country(word)
            if country is not None:
                out.add(country)
            elif vocabulary.is_title(word) or vocabulary.is_role_noun(word):
                out.add(normalize_word(word))
            elif word[:1].isupper():
                out.add(normalize_word(strip_possessive(word)))
        return frozenset(out)

    def full_name(self, words: tuple[str, ...], before: int) -> str:
        """The fullest name in the index for the name *words* as written (``("Putin",)``): the longest
        indexed name that ends with them, else (surname first, as in Chinese names) one that starts
        with a single given word; the nearest mention before *before* wins ties."""
        if not words:
            return ""
        best: Person | None = None
        n = len(words)
        for person in self.people:
            matches = person.words[-n:] == words or (n == 1 and person.words[0] == words[0])
            if not matches or len(person.words) < n:
                continue
            if best is None or len(person.words) > len(best.words) or (
                len(person.words) == len(best.words) and person.start < before
            ):
                best = person
        return best.name if best is not None else " ".join(words)

    def by_description(self, words: list[str], before: int) -> str | None:
        """The person a nominal mention (``the French foreign minister``) refers to: the latest one
        before *before* whose descriptors include every descriptive word, else the first after."""
        wanted = self.descriptors(self.vocabulary, words)
        if not wanted or not any(self.vocabulary.is_role_noun(w) for w in words):
            return None
        earlier = [p for p in self.people if wanted <= p.descriptors and p.start < before]
        if earlier:
            return earlier[-1].name
        later = [p for p in self.people if wanted <= p.descriptors]
        return later[0].name if later else None

    def last_person(self, before: int) -> str | None:
        """The last person named before offset *before*."""
        earlier = [p for p in self.people if p.start < before]
        return earlier[-1].name if earlier else None
