"""The people index's and the name model's cheap checks before their costly ones (issue 7): each
check may only skip work whose answer it already knows, so the answers stay those of the full
reading.  Table-driven: the shape a check lets through beside the shape it skips."""

from __future__ import annotations

from typing import ClassVar

import pytest

from newsparse import Vocabulary
from newsparse.names import strip_possessive
from newsparse.people import PersonIndex

VOCABULARY = Vocabulary()


def descriptors_of(text: str, name: str) -> frozenset[str]:
    """The descriptors the index gives the first mention of *name* in *text*."""
    index = PersonIndex.build(VOCABULARY, [(text, 0)])
    return next(person.descriptors for person in index.people if person.name == name)


@pytest.mark.parametrize(
    ("word", "bare"),
    [
        # a possessive with any apostrophe and either case goes; a plural's closing mark goes
        ("Nowak's", "Nowak"), ("NOWAK'S", "NOWAK"), ("Kelce‘s", "Kelce"), ("Kelceʼs", "Kelce"), ("Harris’", "Harris"),
        # an s without a mark before it, an opening mark alone and a lone letter stay
        ("Glass", "Glass"), ("Ross‘", "Ross‘"), ("s", "s"), ("S", "S"), ("", ""),
        # a mark alone is a closing mark: nothing is left of it
        ("'", ""), ("'s", ""),
    ],
)
def test_strip_possessive_reads_the_last_character_first(word: str, bare: str) -> None:
    assert strip_possessive(word) == bare


class _FrenchAdverbs(Vocabulary):
    ADVERB_ENDINGS: ClassVar[tuple[str, ...]] = ("ement", "amment")


class _AnyEnding(Vocabulary):
    ADVERB_ENDINGS: ClassVar[tuple[str, ...]] = ("",)


class _OneLetterEnding(Vocabulary):
    ADVERB_ENDINGS: ClassVar[tuple[str, ...]] = ("ment", "o")


class _NoEnding(Vocabulary):
    ADVERB_ENDINGS: ClassVar[tuple[str, ...]] = ()


@pytest.mark.parametrize(
    ("vocabulary", "word", "adverb"),
    [
        # the class's own endings are the ones looked up, their last letters first
        (_FrenchAdverbs(), "Finalement", True), (_FrenchAdverbs(), "Eventually", False), (_FrenchAdverbs(), "Clermont", False),
        (_FrenchAdverbs(), "Chapelle", False),
        (VOCABULARY, "Eventually", True), (VOCABULARY, "Finalement", False),
        # an empty ending lets every long enough word in lower case after its capital through
        (_AnyEnding(), "Ordinary", True), (_AnyEnding(), "McNally", False), (_AnyEnding(), "Short", False),
        # "ly" ends every English ending: "Hillary" and "Kelly" pass the letters' check, not the endings'
        (VOCABULARY, "Hillary", False), (VOCABULARY, "Kimberly", False), (VOCABULARY, "Reportedly", True),
        # a one-letter ending is looked up whole
        (_OneLetterEnding(), "Allegretto", True), (_OneLetterEnding(), "Finalement", True), (_OneLetterEnding(), "Prestige", False),
        # no endings: no adverb at all
        (_NoEnding(), "Eventually", False),
    ],
)
def test_is_adverb_checks_the_last_letter_of_the_class_endings(vocabulary: Vocabulary, word: str, adverb: bool) -> None:
    assert vocabulary.is_adverb(word) is adverb


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the word right before the name describes nothing: nothing before it counts either
        ("The chief executive said Ola Berg", []),
        ("The chief executive, said Ola Berg", []),
        # it describes the name: every describing word before it is read, as far as they go
        ("he said the chief executive Ola Berg", ["chief", "executive"]),
        ("he said that Northumberland Harbour chief executive Ola Berg", ["Northumberland", "Harbour", "chief", "executive"]),
        # the last word glued to a mark ("3.") holds no word: the window's words decide (none here)
        ("the chief executive 3. Ola Berg", []),
        # no space in the window: its words are read as before
        ("executive\tOla Berg", ["executive"]),
    ],
)
def test_title_words_before_reads_the_last_word_first(text: str, words: list[str]) -> None:
    assert PersonIndex.title_words_before(VOCABULARY, text, text.index("Ola")) == words


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a role set off by a comma right before the name, blanks after the comma, describes it
        ("The environment secretary, James Holloway, said it would.", True),
        ("The environment secretary,\n  James Holloway said it would.", True),
        # a comma further back is no role's: "secretary" is no descriptor
        ("Asked about the environment secretary, he said James Holloway would.", False),
        ("With the environment secretary, Leeds, and James Holloway there, it was agreed.", False),
    ],
)
def test_a_role_before_a_name_needs_its_comma_right_before_it(text: str, role: bool) -> None:
    assert ("secretary" in descriptors_of(text, "James Holloway")) is role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # an appositive opens with a comma right after the name
        ("James Holloway, the environment secretary, said it would.", True),
        ("James Holloway, environment secretary, said it would.", True),
        # a comma later, or a blank before it, opens none
        ("James Holloway said, the environment secretary agreed.", False),
        ("James Holloway , the environment secretary, said it would.", False),
    ],
)
def test_an_appositive_needs_its_comma_right_after_the_name(text: str, role: bool) -> None:
    assert ("secretary" in descriptors_of(text, "James Holloway")) is role
