"""A PersonIndex built with ``lazy=True`` reads its pieces only when first asked something, and
then answers as one built at once; the quote parser builds it so, and an article whose quotes
need no speaker resolved never reads its pieces."""

from __future__ import annotations

import copy
import pickle
import threading
from collections.abc import Callable, Iterator

import pytest

from articles import paragraphs_of
from newsparse import QuoteParser, Vocabulary
from newsparse.people import PersonIndex

VOCABULARY = Vocabulary()
STORY = (
    "Finance Minister Piotr Nowak met the visiting French foreign minister Claire Dumont on Monday. "
    "The environment secretary, James Holloway, said the State Post Bureau would review the plan. "
    "Hutchins said Acme Holdings Inc. had agreed."
)


class Pieces:
    """The story as one piece, counting how often it is read."""

    def __init__(self) -> None:
        self.reads = 0

    def __iter__(self) -> Iterator[tuple[str, int]]:
        self.reads += 1
        yield STORY, 10


QUERIES: list[tuple[str, Callable[[PersonIndex], object]]] = [
    ("people", lambda index: index.people),
    ("full_name", lambda index: index.full_name(("Holloway",))),
    ("is_known", lambda index: index.is_known("Claire Dumont")),
    ("by_description", lambda index: index.by_description(["French", "minister"], 300)),
    ("people_between", lambda index: index.people_between(0, 120)),
    ("last_person", lambda index: index.last_person(300)),
    ("by_organisation", lambda index: index.by_organisation("bureau", 300)),
]


@pytest.mark.parametrize(("name", "query"), QUERIES, ids=[q[0] for q in QUERIES])
def test_a_lazy_index_reads_its_pieces_once_on_the_first_query(name: str, query: Callable[[PersonIndex], object]) -> None:
    pieces = Pieces()
    lazy = PersonIndex.build(VOCABULARY, pieces, lazy=True)
    assert pieces.reads == 0
    eager = PersonIndex.build(VOCABULARY, [(STORY, 10)])
    assert query(lazy) == query(eager)
    assert pieces.reads == 1
    assert [query(lazy) for _ in range(2)] == [query(eager)] * 2
    assert pieces.reads == 1


def test_the_answers_of_the_story() -> None:
    index = PersonIndex.build(VOCABULARY, Pieces(), lazy=True)
    assert index.full_name(("Holloway",)) == "James Holloway"
    assert index.by_description(["French", "minister"], 300) == "Claire Dumont"
    assert index.by_organisation("bureau", 300) == "State Post Bureau"
    assert index.last_person(27) is None  # (the first name starts at 10 + 17)
    assert index.last_person(105) == "Claire Dumont"


def test_an_eager_index_reads_its_pieces_at_once() -> None:
    pieces = Pieces()
    PersonIndex.build(VOCABULARY, pieces)
    assert pieces.reads == 1


@pytest.mark.parametrize(
    ("paragraphs", "reads"),
    [
        (["Rescue crews searched the rubble of the market hall on Tuesday.", "The council meets again next week."], 0),
        (["Ana Ruiz visited the market hall on Tuesday.", "“We will rebuild it,” Ruiz said."], 1),
    ],
)
def test_the_quote_parser_reads_the_people_only_for_a_speaker(
    monkeypatch: pytest.MonkeyPatch, paragraphs: list[str], reads: int
) -> None:
    calls: list[None] = []
    read_pending = PersonIndex._read_pending

    def counting(index: PersonIndex) -> None:
        if index._pending is not None:
            calls.append(None)
        read_pending(index)

    monkeypatch.setattr(PersonIndex, "_read_pending", counting)
    text, spans = paragraphs_of(paragraphs)
    quotes = QuoteParser().parse(text, spans)
    assert len(calls) == reads
    assert [q.speaker.name for q in quotes if q.speaker is not None] == (["Ana Ruiz"] if reads else [])


def _lazy_index_of_the_story() -> PersonIndex:
    text, spans = paragraphs_of([STORY, "“We will review it,” Holloway said."])
    return QuoteParser().person_index(text, spans, ())


COPIES: list[tuple[str, Callable[[PersonIndex], PersonIndex]]] = [
    ("pickle", lambda index: pickle.loads(pickle.dumps(index))),
    ("deepcopy", copy.deepcopy),
    ("copy", copy.copy),
]


@pytest.mark.parametrize(("name", "make_copy"), COPIES, ids=[c[0] for c in COPIES])
def test_a_lazy_index_is_picklable_and_copyable_before_it_is_read(
    name: str, make_copy: Callable[[PersonIndex], PersonIndex]
) -> None:
    index = _lazy_index_of_the_story()
    assert index._pending is not None
    copied = make_copy(index)
    # the copy and the original each read the pieces: neither empties the other
    assert copied.full_name(("Holloway",)) == "James Holloway"
    assert index.full_name(("Holloway",)) == "James Holloway"
    assert make_copy(index).people == index.people


def test_a_generator_given_to_a_lazy_index_is_kept_as_a_tuple() -> None:
    index = PersonIndex.build(VOCABULARY, ((text, offset) for text, offset in [(STORY, 10)]), lazy=True)
    assert pickle.loads(pickle.dumps(index)).full_name(("Holloway",)) == "James Holloway"
    assert index.full_name(("Holloway",)) == "James Holloway"


class SlowPieces:
    """The story as one piece, read slowly, so that a second thread asks while the first reads."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.go_on = threading.Event()

    def __iter__(self) -> Iterator[tuple[str, int]]:
        self.started.set()
        self.go_on.wait(5)
        yield STORY, 10


def test_two_threads_asking_a_lazy_index_at_once_get_the_same_answer() -> None:
    pieces = SlowPieces()
    index = PersonIndex.build(VOCABULARY, pieces, lazy=True)
    answers: dict[str, object] = {}

    def ask(name: str) -> None:
        answers[name] = index.full_name(("Holloway",))

    first = threading.Thread(target=ask, args=("first",))
    first.start()
    assert pieces.started.wait(5)
    second = threading.Thread(target=ask, args=("second",))
    second.start()  # asks while the first is still reading: reads the pieces too
    pieces.go_on.set()
    first.join(5)
    second.join(5)
    assert answers == {"first": "James Holloway", "second": "James Holloway"}


class FailingPieces:
    """Pieces whose first reading fails half way."""

    def __init__(self) -> None:
        self.reads = 0

    def __iter__(self) -> Iterator[tuple[str, int]]:
        self.reads += 1
        yield "Jo Lind, the mayor, spoke.", 0
        if self.reads == 1:
            raise OSError("the source went away")
        yield STORY, 10


def test_an_exception_while_reading_leaves_the_index_unbuilt() -> None:
    pieces = FailingPieces()
    index = PersonIndex.build(VOCABULARY, pieces, lazy=True)
    with pytest.raises(OSError, match="went away"):
        index.people  # noqa: B018
    assert index._pending is not None
    assert index.full_name(("Holloway",)) == "James Holloway"
    assert pieces.reads == 2
