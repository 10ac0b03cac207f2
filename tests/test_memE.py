"""memE (stop 32): the people index reads a paragraph whose text is its slice of the article (a
line with nothing to collapse) as that text, not as a second slice of it: a one-line article of
ten million characters (the hostile input ``emoji sequences``, issue 7) holds one copy of its
paragraph fewer while the index is read."""

from __future__ import annotations

import pickle
import tracemalloc
from collections.abc import Iterable

from newsparse.people import PersonIndex
from newsparse.quotes import QuoteParser
from newsparse.spans import Paragraph, Span
from newsparse.vocabulary import Vocabulary

HEADLINE = "Floods close roads across the north"
ONE_LINE = (
    "The river rose two metres overnight and the police closed the coast road, "
    "Mayor Ana Ruiz said on Sunday."
)
WRAPPED = "Farmers moved their herds to\nhigher ground, said Piet de Vries,\na union leader."


class _Recording(PersonIndex):
    """A people index that notes the pieces it is given, as they are read."""

    read: list[tuple[str, int]] = []

    @classmethod
    def build(
        cls,
        vocabulary: Vocabulary,
        pieces: Iterable[tuple[str, int]],
        *,
        title_case: Iterable[tuple[str, int]] = (),
        lazy: bool = False,
    ) -> PersonIndex:
        cls.read = list(pieces)
        return super().build(vocabulary, cls.read, title_case=title_case, lazy=lazy)


class _RecordingParser(QuoteParser):
    PERSON_INDEX = _Recording


def _article(*paragraphs: str) -> tuple[str, list[Paragraph]]:
    text, found = HEADLINE, []
    for raw in paragraphs:
        text += "\n\n"
        start = len(text)
        text += raw
        found.append(Paragraph(" ".join(raw.split()), Span(start, len(text))))
    return text, found


def test_a_one_line_paragraph_is_read_as_its_own_text_and_a_wrapped_one_as_its_slice() -> None:
    text, paragraphs = _article(ONE_LINE, WRAPPED)
    caption = Span(0, len(HEADLINE))  # (in sentence case: read for people too)
    _RecordingParser().person_index(text, paragraphs, [caption])
    read = _Recording.read
    assert [offset for _, offset in read] == [0, paragraphs[0].span.start, paragraphs[1].span.start]
    assert [piece for piece, _ in read] == [HEADLINE, ONE_LINE, WRAPPED]
    assert read[1][0] is paragraphs[0].text  # the paragraph's own string, not a copy of it
    assert read[2][0] is not paragraphs[1].text  # (its text has the line breaks collapsed)
    # the index waiting to be read still pickles, and reads the same people after
    index = pickle.loads(pickle.dumps(QuoteParser().person_index(text, paragraphs, [caption])))
    assert [person.name for person in index.people_between(0, len(text) + 1)] == ["Ana Ruiz", "Piet de Vries"]


def test_reading_the_index_of_a_long_one_line_paragraph_makes_no_copy_of_it() -> None:
    filler = "the water rose again in the night and the roads to the villages stayed closed, "
    raw = filler * 6_000 + "Mayor Ana Ruiz said on Sunday."
    text, paragraphs = _article(raw)
    assert paragraphs[0].text is not None and len(raw) > 450_000
    index = QuoteParser().person_index(text, paragraphs, [])
    tracemalloc.start()
    try:
        named = index.people_between(0, len(text) + 1)  # (the first question reads the pieces)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [person.name for person in named] == ["Ana Ruiz"]
    assert peak < len(raw) // 4  # (a slice of the paragraph alone is len(raw) bytes)
