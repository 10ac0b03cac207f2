"""Speaker resolution's and the people index's cheap checks before their costly ones (issue 7,
stop 27): each may only skip work whose answer it already knows, so the speakers stay those of
the full reading.  Table-driven: the shape a check lets through beside the shape it skips."""

from __future__ import annotations

from typing import ClassVar

import pytest

from newsparse import Vocabulary
from newsparse.people import Person, PersonIndex
from newsparse.quotes.parser import QuoteParser
from quote_cases import speaker_rows

PARSER = QuoteParser()
VOCABULARY = Vocabulary()


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        # a stake noun in any case, alone or inside a longer word, lets the firm patterns run
        ("Shares of Hugo Boss rose 4 percent.", True),
        ("Hugo Boss shares fell after the report.", True),
        ("The fund sold its STAKE in the carmaker.", True),
        ("Shareholders of the bank met on Friday.", True),
        ("Her stock answer did not change.", True),
        # no stake noun: neither pattern could match, so neither runs
        ("Ralph Lauren Corp reported higher sales.", False),
        ("The mayor opened the new bridge on Tuesday.", False),
        ("", False),
    ],
)
def test_mentions_stake_before_the_firm_patterns(text: str, holds: bool) -> None:
    assert PARSER.mentions_stake(text) is holds


class _NoStakes(QuoteParser):
    FIRM_STAKE_NOUNS: ClassVar[tuple[str, ...]] = ()


class _Aktien(QuoteParser):
    FIRM_STAKE_NOUNS: ClassVar[tuple[str, ...]] = ("Aktien",)


def test_mentions_stake_reads_a_subclass_list() -> None:
    assert not _NoStakes().mentions_stake("Shares of Hugo Boss rose.")
    assert _Aktien().mentions_stake("Die AKTIEN von Hugo Boss stiegen.")
    assert not _Aktien().mentions_stake("Shares of Hugo Boss rose.")


#: A firm named after a person takes no person pronoun when a stake names it; with no stake noun
#: in the article, the person named so takes it as before (the stake check skipped only the patterns).
FIRMS = [
    (
        'Shares of Hugo Boss rose 4 percent. Hugo Boss said demand was strong. "We are pleased," he said.',
        [("demand was strong", "Hugo Boss", "Hugo Boss"), ("We are pleased,", "he", "he")],
    ),
    (
        'Hugo Boss shares jumped on Monday. Hugo Boss said demand was strong. "We are pleased," he said.',
        [("demand was strong", "Hugo Boss", "Hugo Boss"), ("We are pleased,", "he", "he")],
    ),
    (
        'Hugo Boss arrived on Monday. Hugo Boss said demand was strong. "We are pleased," he said.',
        [("demand was strong", "Hugo Boss", "Hugo Boss"), ("We are pleased,", "Hugo Boss", "he")],
    ),
]


@pytest.mark.parametrize(("story", "expected"), FIRMS)
def test_firm_names_with_and_without_a_stake(story: str, expected: list[tuple[str, str, str]]) -> None:
    assert speaker_rows(story) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("39", True), ("21,000", True), ("39 ", True),
        # a count after a lead reads as a phrase; a word, a year's range or a name is no count
        ("at least 21,000", False), ("Ana Ortiz", False), ("39 voters", False), ("", False), ("1,00", False),
    ],
)
def test_is_bare_count_reads_the_first_character_first(text: str, count: bool) -> None:
    assert PARSER.is_bare_count(text) is count


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("May", True), ("Friday", True), ("Friday,", True), ("May 2025", True), ("May, 2025", True), ("5 May", True),
        # one word that is no date word makes no date, wherever it stands
        ("Theresa May", False), ("May Berg", False), ("Friday Ortiz 5", False), ("", False),
    ],
)
def test_is_date_name_word_by_word(name: str, date: bool) -> None:
    assert PARSER.is_date_name(name) is date


STORY = (
    "Mayor Ana Ortiz met Tom Berg on Monday. Helen Park, the council's treasurer, joined them. "
    "Later Ana Ortiz and Tom Berg spoke to Paul Grant."
)


@pytest.mark.parametrize(("start", "end", "limit"), [(0, len(STORY), 20), (0, len(STORY), 2), (10, 60, 20), (60, 10, 20), (0, 0, 5)])
def test_people_between_and_before_are_the_index_slices(start: int, end: int, limit: int) -> None:
    index = PersonIndex.build(VOCABULARY, [(STORY, 0)])
    inside = [person for person in index.people if start <= person.start < end]
    assert index.people_between(start, end, limit) == inside[:limit]
    assert index.people_before(start, end, limit) == (inside[-limit:] if inside else [])
    assert all(isinstance(person, Person) for person in index.people_between(start, end, limit))


def test_people_between_names_the_people_in_order() -> None:
    index = PersonIndex.build(VOCABULARY, [(STORY, 0)])
    assert [person.name for person in index.people_between(0, len(STORY))] == [
        "Ana Ortiz", "Tom Berg", "Helen Park", "Ana Ortiz", "Tom Berg", "Paul Grant",
    ]
    assert [person.name for person in index.people_before(0, len(STORY), 2)] == ["Tom Berg", "Paul Grant"]


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("WAS ANYONE ELSE INVOLVED?", True), ("WAS ANYONE ELSE INVOLVED?  \n", True),
        ("Was anyone else involved?", False), ("WHO WAS THERE", False), ("123?", False), ("", False),
    ],
)
def test_capitals_question_reads_the_capitals_first(text: str, question: bool) -> None:
    assert PersonIndex.capitals_question(text) is question
