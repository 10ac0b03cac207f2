"""Memory of long paragraphs (issue 7): a quotation's text folded between bounds, with no copy of
the bounded part first, and a long quotation's words read one at a time; each gives what the
plain reading gives."""

from __future__ import annotations

import pytest

from newsparse.quotes.direct import DirectQuotes
from newsparse.spans import COLLAPSE_PIECE, collapse

LONG = "We  lost\u2028everything. " * (COLLAPSE_PIECE // 10)
PLAIN = "We lost everything. " * (COLLAPSE_PIECE // 10)

# text, start, end: short and long, with whitespace to fold, with none, with a blank at a bound
BOUNDED = [
    ("He said: “We  lost.” Then he left.", 10, 19),
    ("He said: “We lost.” Then he left.", 10, 18),
    ("He said: “ We lost. ” Then", 10, 20),
    (LONG, 3, len(LONG) - 5),
    (LONG, 0, len(LONG)),
    (PLAIN, 3, len(PLAIN) - 1),
    (PLAIN, 2, len(PLAIN) - 3),
    (PLAIN.strip(), 0, len(PLAIN) - 1),
]


@pytest.mark.parametrize(("text", "start", "end"), BOUNDED, ids=range(len(BOUNDED)))
def test_collapse_between_bounds_is_collapse_of_the_slice(text: str, start: int, end: int) -> None:
    assert collapse(text, start, end) == collapse(text[start:end]) == " ".join(text[start:end].split())


def test_collapse_of_a_whole_long_text_with_nothing_to_fold_is_no_copy() -> None:
    text = PLAIN.strip()
    assert collapse(text) is text
    assert collapse(text, 0, len(text)) is text


# quotation words, whether they hold a third person's pronoun (long ones read a word at a time)
SPEAKS = [
    ("We will not give up.", False),
    ("She will not give up.", True),
    ("We will not give up. " * 1_000, False),
    ("We will not give up. " * 1_000 + "“his”", True),
    ("We will\x1cnot give up.\u2028" * 1_000 + "he", True),
    ("We will\x1cnot give up.\u2028" * 1_000 + "the", False),
]


@pytest.mark.parametrize(("words", "speaks"), SPEAKS, ids=range(len(SPEAKS)))
def test_speaks_of_someone_long_or_short(words: str, speaks: bool) -> None:
    assert DirectQuotes().speaks_of_someone(words) is speaks
