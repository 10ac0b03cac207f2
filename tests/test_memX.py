"""Memory of the people index (issue 7, ``opening phrases before names``): an article that names
a new person in each sentence keeps one dictionary slot a name while it reads them, its names'
endings keyed by strings the entries hold already, a given name shared by every name that has
it.  Each lookup gives what the index of tuples gave."""

from __future__ import annotations

import pickle
import tracemalloc

import pytest

from newsparse.people import Person, PersonIndex
from newsparse.vocabulary import Vocabulary

VOCABULARY = Vocabulary()

STORY = (
    "Finance Minister Piotr Nowak met bankers on Monday. Later Martin Luther King Jr. spoke in "
    "the hall, and Tom Berg Sr. and Tom Berg Jr. arrived together. Li Wei, a trader, watched. "
    "Senator Ana de la Fuente left early."
)


def _index(text: str = STORY) -> PersonIndex:
    return PersonIndex.build(VOCABULARY, [(text, 0)])


@pytest.mark.parametrize(
    ("words", "full"),
    [
        (("Nowak",), "Piotr Nowak"),
        (("Piotr", "Nowak"), "Piotr Nowak"),
        (("King",), "Martin Luther King Jr."),  # an ending before a suffix
        (("Luther", "King"), "Martin Luther King Jr."),
        (("King", "Jr."), "Martin Luther King Jr."),
        (("Berg",), "Berg"),  # two people whose names differ by a suffix: neither
        (("Tom", "Berg"), "Tom Berg"),
        (("Berg", "Jr."), "Tom Berg Jr."),
        (("Li",), "Li Wei"),  # a lone first word (a surname first)
        (("Fuente",), "Ana de la Fuente"),
        (("la", "Fuente"), "Ana de la Fuente"),
        (("Ana", "Ruiz"), "Ana Ruiz"),  # nobody's: the words as written
        (("Piotr Nowak",), "Piotr Nowak"),  # a word with a space is no name's word
        (("Piotr Nowak", "Jr."), "Piotr Nowak Jr."),
        ((), ""),
    ],
)
def test_full_names_from_endings(words: tuple[str, ...], full: str) -> None:
    assert _index().full_name(words) == full


def test_a_word_with_a_space_finds_no_name_by_its_joined_words() -> None:
    # (the endings are keyed by their words joined by spaces: "Berg" + "Jr." is "Berg Jr.", and
    # no one-word or two-word lookup whose words hold a space may find it)
    index = _index()
    assert index.full_name(("Berg Jr.",)) == "Berg Jr."
    assert index.full_name(("Luther", "King Jr.")) == "Luther King Jr."


def test_equal_words_and_descriptors_are_shared() -> None:
    text = "Ana Ruiz spoke. Ana Sanz agreed. Mayor Ana Ruiz left. Ana Ruiz returned. Ana Sanz stayed."
    people = _index(text).people
    assert [p.name for p in people] == ["Ana Ruiz", "Ana Sanz", "Ana Ruiz", "Ana Ruiz", "Ana Sanz"]
    ruiz, sanz, mayor, again, sanz_again = people
    assert mayor.descriptors == {"mayor"} and ruiz.descriptors == frozenset()
    assert mayor.name is ruiz.name and mayor.words is ruiz.words  # other descriptors, the same name
    assert again.words is ruiz.words and sanz_again.words is sanz.words
    assert sanz.words[0] is ruiz.words[0]  # one "Ana" for both names
    assert sanz.descriptors is ruiz.descriptors  # equal descriptors, one set


def test_an_index_of_given_people_shares_them_too() -> None:
    people = [
        Person("Ana Ruiz", ("Ana", "Ruiz"), frozenset(), 0),
        Person("Ana Sanz", ("Ana", "Sanz"), frozenset(), 20),
        Person("Ana Ruiz", ("Ana", "Ruiz"), frozenset({"mayor"}), 40),
    ]
    index = PersonIndex(VOCABULARY, people)
    assert index.people == people
    assert index.people[1].words[0] is index.people[0].words[0]
    assert index.full_name(("Ruiz",)) == "Ana Ruiz" and index.is_known("Ana Sanz")


def test_the_index_pickles_with_its_endings() -> None:
    index = pickle.loads(pickle.dumps(_index()))
    assert index.full_name(("King",)) == "Martin Luther King Jr." and index.full_name(("Li",)) == "Li Wei"


def _surname(i: int) -> str:
    return "Z" + "".join(chr(0x61 + i // 26**k % 26) for k in range(4))


def test_a_new_name_in_each_sentence_costs_little() -> None:
    # a name named once in each sentence: what the index keeps a name (its entry, its endings,
    # its words, the name and surname strings) stays under 600 bytes (about 550 here; 684 with a
    # tuple a key, a given name a string each time and three slots a name while reading)
    given = ("Ana", "Luis", "Marta", "Pablo", "Sofia")
    count = 3000
    text = "".join(f"After the vote, {given[i % 5]} {_surname(i)} resigned. " for i in range(count))
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        index = _index(text)
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(index.people) == count and index.full_name((_surname(7),)) == f"Marta {_surname(7)}"
    assert kept / count < 600
