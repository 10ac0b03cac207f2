"""memZ (stop 31): a text with an invisible character between every two words (the hostile
inputs ``zero-width and bidi`` and ``emoji sequences``, issue 7) is read without them in less
memory: :meth:`Visible.of` joins the pieces between the runs a few thousand at a time instead of
holding one string a word beside the text they make, and keeps its offsets in 4-byte arrays."""

from __future__ import annotations

import tracemalloc

import pytest

from newsparse import parse_article
from newsparse.spans import NARROW_CODE, Span
from newsparse.visible import JOIN_EVERY, Visible

#: A wire paragraph with a zero-width space after each word, as a scraper that kept the page's
#: line-break hints leaves it, and a bidi mark before the speaker's name.
SENTENCE = (
    "Rescue\u200b teams\u200b reached\u200b the\u200b flooded\u200b villages\u200b on\u200b Sunday,\u200b "
    "the\u200b regional\u200b governor\u200b said\u200b in\u200b a\u200b statement.\u200e "
)
PLAIN = (
    "Rescue teams reached the flooded villages on Sunday, "
    "the regional governor said in a statement. "
)


def test_a_text_with_a_run_between_every_two_words_is_read_in_a_few_bytes_a_run() -> None:
    count = 4_000  # sentences: 60,000 runs, many times JOIN_EVERY
    text = SENTENCE * count
    tracemalloc.start()
    try:
        visible = Visible.of(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    runs = 15 * count
    assert runs > 10 * JOIN_EVERY
    assert visible.text == PLAIN * count
    assert len(visible.ends) == len(visible.places) == len(visible.removed) == runs
    assert {visible.ends.typecode, visible.places.typecode, visible.removed.typecode} == {NARROW_CODE}
    # the arrays (12 bytes a run), the text (six characters a run) held twice while it is joined,
    # and at most JOIN_EVERY pieces: under 40 bytes a run (a list of one string a piece was 90)
    assert peak < 40 * runs
    # the way back: the second sentence's "governor" in the input and in the visible text
    start = len(SENTENCE) + SENTENCE.index("governor")
    inner = len(PLAIN) + PLAIN.index("governor")
    assert visible.inward(start) == inner
    assert visible.outward(inner) == start
    assert visible.span_out(Span(inner, inner + len("governor"))) == Span(start, start + len("governor"))


def test_a_text_with_one_run_is_its_two_pieces_joined() -> None:
    visible = Visible.of("Prices rose 3\u00ad percent in May.")
    assert visible.text == "Prices rose 3 percent in May."
    assert (list(visible.ends), list(visible.places), list(visible.removed)) == ([14], [13], [1])


@pytest.mark.parametrize("count", [JOIN_EVERY // 15 - 1, JOIN_EVERY // 15, JOIN_EVERY // 15 + 1])
def test_an_article_read_across_a_join_gives_its_quotes_at_the_input_offsets(count: int) -> None:
    """Around a multiple of JOIN_EVERY runs (15 a sentence): the quote after them is found, with
    its span and text in the input as written."""
    quote = "\u201cThe water is still rising,\u201d said\u200b Maria\u200b Lopez, a nurse."
    text = "Floods hit the north\n\n" + SENTENCE * count + quote + "\n"
    article = parse_article(text)
    # each sentence is the governor's reported speech; the quotation comes last
    assert len(article.quotes) == count + 1
    found = article.quotes[-1]
    assert (found.text, found.speaker.name if found.speaker else None) == ("The water is still rising,", "Maria Lopez")
    assert found.span.slice(text) == "The water is still rising,"
    assert found.speaker is not None and found.speaker.mention == "Maria\u200b Lopez"
