"""memZ: the quote engine's working arrays of a long paragraph in less memory (issue 7, the
hostile input ``opening phrases before names``): claims and bounds in 4-byte offsets, the
claims' sort letting go of the unsorted arrays before it makes the sorted ones, and the cue
scan's starts in an integer array."""

from __future__ import annotations

import random
import tracemalloc
from array import array

import pytest

from newsparse import QuoteParser
from newsparse.quotes.model import Bounds, Claims

PARSER = QuoteParser()


@pytest.mark.parametrize(
    ("pairs", "code"),
    [
        ([(3, 9), (12, 40)], "I"),  # paragraph offsets: 4 bytes each
        ([(3, 9), (12, 2**32)], "q"),  # an end past 4-byte offsets: both arrays made 8-byte ones
        ([(3, 9), (2**33, 2**33 + 5), (12, 40)], "q"),  # a start past them (the end is never appended alone)
        ([(3, 9), (-1, 4)], "q"),  # a negative offset
    ],
)
@pytest.mark.parametrize("kind", [Bounds, Claims])
def test_bounds_keep_four_byte_offsets_and_widen_for_one_that_does_not_fit(
    kind: type[Bounds], pairs: list[tuple[int, int]], code: str
) -> None:
    built = kind(pairs[:1])
    assert built._starts.typecode == "I"  # (the first pair fits)
    for pair in pairs[1:]:
        built.append(pair)
    assert list(built) == pairs
    assert (built._starts.typecode, built._ends.typecode) == (code, code)
    assert kind(pairs)._starts.typecode == code
    if isinstance(built, Claims):
        built.sort()
        assert list(built) == sorted(pairs)
        assert built._starts.typecode == code


def test_claims_answer_positions_after_widening() -> None:
    # the furthest end before each claim is asked, then a claim past 4-byte offsets is made
    claims = Claims([(0, 10), (2, 3), (20, 30)])
    assert claims.covers(5, 0, 3) is True and claims.covers(15, 0, 3) is False
    assert claims._reach is not None and claims._reach.typecode == "I"
    claims.append((40, 2**34))
    assert claims._reach.typecode == "q" and list(claims._reach) == [10, 10, 30, 2**34]
    assert claims.covers(2**33, 0, 4) is True
    assert claims.covers(35, 0, 4) is False


def test_claims_sort_of_many_pairs_holds_one_copy_of_them_at_a_time() -> None:
    # 200,000 claims out of order (as a paragraph of a hundred thousand quotes makes them): the
    # sort's traced peak stays under 28 bytes a pair (the unsorted arrays are let go before the
    # sorted ones are made, offsets take 4 bytes, the runs' lists are short)
    rng = random.Random(7)
    pairs = [(start, start + rng.randrange(1, 60)) for start in (rng.randrange(0, 10_000_000) for _ in range(200_000))]
    claims = Claims()
    for pair in pairs:
        claims.append(pair)
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        claims.sort()
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert list(claims) == sorted(pairs)
    assert peak < 28 * len(pairs)


def test_a_long_paragraph_scan_keeps_its_starts_in_an_array() -> None:
    # a paragraph of 1,200 sentences, each with a cue word: the starts in an integer array, the
    # same cues found as from a tuple of them
    sentence = "The mayor said the bridge would open in June. "
    text = sentence * 1_200
    scan = PARSER.cue_scan(text)
    assert isinstance(scan.starts, array)
    assert list(scan.starts) == [i * len(sentence) + 10 for i in range(1_200)]
    assert scan.words == ("said",) * 1_200
    few = PARSER.cue_scan(sentence * 3)
    assert few.starts == (10, 56, 102) and few.words == ("said", "said", "said")
    window = (len(sentence) * 600, len(sentence) * 602)
    found = [(cue.group(), cue.start()) for cue in PARSER.cues_in(scan, *window)]
    assert found == [("said", window[0] + 10), ("said", window[0] + len(sentence) + 10)]
    # a scan with its starts in an array is a value like any other: it hashes, and equals a scan of
    # the same text
    again = PARSER.cue_scan(text)
    assert again == scan and hash(again) == hash(scan) and len({scan, again, few}) == 2
