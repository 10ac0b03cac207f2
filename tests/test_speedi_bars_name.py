"""``Vocabulary.bars_name``: titles, organisation words and countries bar a word from a person's
name, read through one set lookup, while a subclass that overrides ``is_title``, ``is_org_word``
or ``country`` (or only their lists) still has its say in the name model."""

from __future__ import annotations

import pytest

from newsparse.names import NameModel
from newsparse.vocabulary import Vocabulary


class SkipperTitle(Vocabulary):
    """A vocabulary whose ``is_title`` also reads ``Skipper`` as a title (a method override)."""

    def is_title(self, word: str) -> bool:
        return word.rstrip(".").casefold() == "skipper" or super().is_title(word)


class HarbourOrg(Vocabulary):
    """A vocabulary that reads ``Harbourside`` as an organisation word (a method override)."""

    def is_org_word(self, word: str) -> bool:
        return word.casefold() == "harbourside" or super().is_org_word(word)


class ListedSkipper(Vocabulary):
    """A vocabulary that lists ``Skipper`` among its titles (no method override)."""

    TITLES = (*Vocabulary.TITLES, "Skipper")


@pytest.mark.parametrize(
    ("word", "barred"),
    [
        ("President", True),  # a title
        ("Sen.", True),  # an abbreviated title
        ("Ministry", True),  # an organisation word
        ("Russian", True),  # a country's adjective
        ("Russia's", True),  # a country's possessive
        ("Putin", False),  # a name
        ("Skipper", False),  # no title in the library's list
    ],
)
def test_default_vocabulary_bars_titles_orgs_and_countries(word: str, barred: bool) -> None:
    assert Vocabulary().bars_name(word) is barred


@pytest.mark.parametrize(
    ("vocabulary", "words", "count"),
    [
        (Vocabulary(), ["Skipper", "Tom", "Berg"], 3),  # "Skipper" is a given name here
        (SkipperTitle(), ["Skipper", "Tom", "Berg"], 2),  # the overriding is_title makes it a title
        (ListedSkipper(), ["Skipper", "Tom", "Berg"], 2),  # and so does the class's list
        (Vocabulary(), ["Harbourside", "Tom", "Berg"], 3),
        (HarbourOrg(), ["Harbourside", "Tom", "Berg"], 2),  # the overriding is_org_word counts
    ],
)
def test_overrides_still_bar_a_word_from_a_name(vocabulary: Vocabulary, words: list[str], count: int) -> None:
    assert NameModel(vocabulary).trailing_name(words) == count


def test_overriding_vocabulary_is_asked_through_its_hooks() -> None:
    assert SkipperTitle().bars_name("Skipper") is True
    assert HarbourOrg().bars_name("Harbourside") is True
    assert SkipperTitle().bars_name("Berg") is False
