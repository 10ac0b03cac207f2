"""Issue 5, speaker accuracy on real news (spkK): the families of speakers still missed, each as a
general rule of grammar.  Invented stories (local politics, courts, business, sport); each case is
the text after a plain headline and the exact ``(text, speaker name, mention)`` triples that must
come out, in order.  The bad shape and the good shape stand side by side; near misses that must
not change stand with them."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow as Row
from quote_cases import speaker_rows as quotes_of

# a question or an exclamation closes its quotation's sentence unless an attribution follows it;
# the attribution may go on with where the words came from ("asked from the stage", "said from
# her office in Bergen", "said through an interpreter"), as it did with a time or a place
WHERE_FROM = [
    # the bad shape: "from" and "through" after the cue made the attribution a sentence of its own
    ('"Can we still win?" Rosa Lind asked from the stage. "I think we can."',
     [("Can we still win?", "Rosa Lind", "Rosa Lind"), ("I think we can.", "Rosa Lind", "Rosa Lind")]),
    ('"Is the ferry safe?" the harbour master asked through an interpreter.',
     [("Is the ferry safe?", "the harbour master", "the harbour master")]),
    ('"We won!" Coach Ana Ferreira shouted from the bench, and the crowd roared.',
     [("We won!", "Ana Ferreira", "Coach Ana Ferreira")]),
    # a quoted phrase inside a sentence, then the next quotation of the same speaker
    ('Still, ferry lines are "just scratching out a profit," Ms. Lund said from her office in Bergen. '
     '"It is a thin business."',
     [("just scratching out a profit,", "Lund", "Ms. Lund"), ("It is a thin business.", "Lund", "Ms. Lund")]),
    # the good shape that worked before: a time or a place after the cue
    ('"Can we still win?" Rosa Lind asked on Monday. "I think we can."',
     [("Can we still win?", "Rosa Lind", "Rosa Lind"), ("I think we can.", "Rosa Lind", "Rosa Lind")]),
    # near misses: a capitalised "From" opens a sentence of its own after the attribution
    ('"Can we still win?" Rosa Lind asked. From the back, Tom Berg waved.',
     [("Can we still win?", "Rosa Lind", "Rosa Lind")]),
    # a question with no attribution after it keeps no speaker
    ('"Is the ferry safe?" From May on, the line will run twice a day.',
     [("Is the ferry safe?", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), WHERE_FROM)
def test_attribution_goes_on_with_where_from(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
