"""The people index's reading, done once where its answer cannot change (issue 7): the name model
is built once for a vocabulary, not once per article, and an organisation word is asked about as
a surname (``Ms. Helen Park``) only when the last word of a run would end the name otherwise.
The people read stay those of the full reading."""

from __future__ import annotations

from typing import ClassVar

import pytest
import regex

from newsparse import Vocabulary
from newsparse.names import NameModel
from newsparse.people import PersonIndex

VOCABULARY = Vocabulary()

ARTICLES = [
    "Helen Park, 42, runs the bakery on Mill Road. Tom Berg, her partner, bakes the bread.",
    "Mayor Ana Ortiz met Senator Paul Grant on Monday.",
    "The Central Bank raised rates. Governor Lena Holt said the move was needed.",
]


class _CountedModel(NameModel):
    """A name model that counts how many times it is built."""

    built: ClassVar[list[int]] = []

    def __init__(self, vocabulary: Vocabulary) -> None:
        super().__init__(vocabulary)
        _CountedModel.built.append(1)


class _CountedIndex(PersonIndex):
    NAME_MODEL = _CountedModel


def test_the_name_model_is_built_once_for_a_vocabulary() -> None:
    _CountedModel.built.clear()
    vocabulary = Vocabulary()
    names = [[p.name for p in _CountedIndex.build(vocabulary, [(text, 0)]).people] for text in ARTICLES]
    assert names == [["Helen Park", "Tom Berg"], ["Ana Ortiz", "Paul Grant"], ["Lena Holt"]]
    assert len(_CountedModel.built) == 1


class _AskedIndex(PersonIndex):
    """An index that notes the last word of each run it asks :meth:`org_word_surname` about."""

    asked: ClassVar[list[str]] = []

    @classmethod
    def org_word_surname(
        cls, vocabulary: Vocabulary, text: str, piece: list[regex.Match[str]], names: NameModel
    ) -> bool:
        cls.asked.append(piece[-1].group())
        return super().org_word_surname(vocabulary, text, piece, names)


@pytest.mark.parametrize(
    ("text", "people", "asked"),
    [
        # a last word that is a name word: never asked, the name stands as read
        ("Tom Berg spoke to Ana Ortiz on Monday.", ["Tom Berg", "Ana Ortiz"], []),
        # an organisation word last: asked, a person's surname after an honorific, a given name or
        # an age set off by commas
        ("Ms. Helen Park spoke on Monday.", ["Helen Park"], ["Park"]),
        ("The council told John Park that the shop must close.", ["John Park"], ["Park"]),
        ("Helen Park, 42, runs the bakery.", ["Helen Park"], ["Park"]),
        # asked too where it names no one: a bank, a park
        ("Deutsche Bank said profits fell.", [], ["Bank"]),
        ("Crowds filled Central Park on Sunday.", [], ["Park"]),
        # both in one sentence: only the organisation word is asked about
        ("Tom Berg met Helen Park, 42, at the bakery.", ["Tom Berg", "Helen Park"], ["Park"]),
    ],
)
def test_an_organisation_word_is_asked_about_only_when_it_would_end_the_name(
    text: str, people: list[str], asked: list[str]
) -> None:
    _AskedIndex.asked.clear()
    index = _AskedIndex.build(VOCABULARY, [(text, 0)])
    assert [person.name for person in index.people] == people
    assert _AskedIndex.asked == asked
