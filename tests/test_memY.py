"""Memory of the people index while it reads (issue 7, ``opening phrases before names``): the
mentions are read straight into the index's three lists, no tuple a name nor a list of them, and
each mention reads as before."""

from __future__ import annotations

import tracemalloc

import pytest

from newsparse.people import Person, PersonIndex
from newsparse.quotes.direct import DirectQuotes
from newsparse.vocabulary import Vocabulary

VOCABULARY = Vocabulary()


def _surname(i: int) -> str:
    return "Q" + "".join(chr(0x61 + i // 26**k % 26) for k in range(4))


def test_reading_a_new_name_in_each_sentence_peaks_low() -> None:
    # the peak while reading, a name: about 650 bytes (700 with a tuple a new name and a list of them)
    given = ("Nadia", "Tomas", "Irene", "Bruno", "Clara")
    count = 3000
    text = "".join(f"Before the hearing, {given[i % 5]} {_surname(i)} left. " for i in range(count))
    PersonIndex.build(VOCABULARY, [("Warm up: Nadia Qaaaa spoke.", 0)])
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        index = PersonIndex.build(VOCABULARY, [(text, 0)])
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert len(index.people) == count and index.full_name((_surname(11),)) == f"Tomas {_surname(11)}"
    assert peak / count < 675


def test_mentions_share_their_readings() -> None:
    text = "Irene Qa spoke. Judge Irene Qa ruled. Irene Qa left. Irene Qb came. Bruno Qa stayed."
    first, judge, again, other, bruno = PersonIndex.build(VOCABULARY, [(text, 0)]).people
    assert [p.name for p in (first, judge, again, other, bruno)] == ["Irene Qa", "Irene Qa", "Irene Qa", "Irene Qb", "Bruno Qa"]
    assert judge.descriptors == {"judge"} and again.descriptors == frozenset()
    assert judge.name is first.name and judge.words is first.words and again.words is first.words
    assert again.descriptors is first.descriptors and other.words[0] is first.words[0]
    assert bruno.words[1] is first.words[1]


def test_given_people_out_of_order_are_kept_in_order() -> None:
    people = [
        Person("Clara Mendes", ("Clara", "Mendes"), frozenset({"minister"}), 50),
        Person("Tomas Berg", ("Tomas", "Berg"), frozenset(), 10),
        Person("Clara Mendes", ("Clara", "Mendes"), frozenset(), 30),
    ]
    index = PersonIndex(VOCABULARY, people)
    assert [(p.name, p.start, p.descriptors) for p in index.people] == [
        ("Tomas Berg", 10, frozenset()), ("Clara Mendes", 30, frozenset()), ("Clara Mendes", 50, frozenset({"minister"}))
    ]
    assert index.full_name(("Mendes",)) == "Clara Mendes"


@pytest.mark.parametrize(
    ("after", "source"),
    [
        (" the minister told reporters, Harbour Wire reported.", "Harbour Wire"),
        (" the minister told reporters on Monday.", None),  # no comma before the sentence ends
    ],
)
def test_an_outlet_after_a_cue_object(after: str, source: str | None) -> None:
    parser = DirectQuotes(VOCABULARY)
    raw = "“We will go,”" + after + " More followed, and more."
    pos = raw.index("told") + len("told")
    assert parser.source_after_object(raw, pos, raw.index(".") + 1) == source
