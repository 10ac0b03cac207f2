"""The quote engine's working data for one paragraph is kept compactly when the paragraph holds
many quotes (``newsparse.quotes.model``): the direct quotes' speakers as arrays
(``DirectSpeakers``), the claimed parts sorted only when they are out of order (``Claims``).
What the parse gives must not change with it."""

from __future__ import annotations

from typing import ClassVar

import pytest

import newsparse
from newsparse.quotes.model import Claims, ClaimWindow, DirectSpeakers, Mention
from newsparse.quotes.parser import QuoteParser
from newsparse.quotes.resolution import SpeakerResolution
from newsparse.quotes.words import QuoteWords
from newsparse.spans import Paragraph, Quote, QuoteKind, Span, Speaker, collapse

#: A harbour master quoted, then a participle whose speaker is the direct quote's (read through
#: ``DirectSpeakers``: the role between the name and the participle hides the name from the
#: other rules).
UNIT = "“We will rebuild the pier,” said Marta Lindqvist, the harbour master, noting that prices had doubled. "


class _PackSoon(DirectSpeakers):
    COMPACT_FROM: ClassVar[int] = 2


class _WindowSoon(Claims):
    """Claims whose every slice is a ClaimWindow (a paragraph's are from 16 pairs on)."""

    WINDOW_FROM: ClassVar[int] = 0


def _direct(speaker_start: int, mention: str, *, spanned: bool = True) -> Quote:
    where = Span(speaker_start, speaker_start + len(mention)) if spanned else None
    speaker = Speaker(mention, mention, where)
    return Quote("We go,", Span(speaker_start - 10, speaker_start - 4), QuoteKind.DIRECT, "said", speaker, None, 0)


# (quotes as (speaker start in the input, mention, whether the speaker has a span), paragraph offset,
#  the pairs expected)
CASES = [
    ([], 100, []),
    ([(130, "Lindqvist", True)], 100, [(30, Mention("Lindqvist", 30, 39))]),
    (
        [(180, "Berg", True), (130, "Lindqvist", True), (150, "she", False)],
        100,
        [(30, Mention("Lindqvist", 30, 39)), (80, Mention("Berg", 80, 84))],
    ),
    (
        [(20, "Ana Ortiz", True), (20, "Ana Ortiz", True), (60, "Lee", True)],
        0,
        [(20, Mention("Ana Ortiz", 20, 29)), (20, Mention("Ana Ortiz", 20, 29)), (60, Mention("Lee", 60, 63))],
    ),
]


@pytest.mark.parametrize(("speakers", "offset", "expected"), CASES)
def test_direct_speakers_read_as_the_sorted_pairs_packed_or_not(
    speakers: list[tuple[int, str, bool]], offset: int, expected: list[tuple[int, Mention]]
) -> None:
    direct = [_direct(start, mention, spanned=spanned) for start, mention, spanned in speakers]
    few = DirectSpeakers.of(direct, offset)
    assert isinstance(few, list) and few == expected
    packed = _PackSoon.of(direct, offset)
    assert isinstance(packed, DirectSpeakers) if len(direct) >= 2 else isinstance(packed, list)
    assert list(packed) == expected and len(packed) == len(expected)
    assert packed[:] == expected and packed[1:] == expected[1:] and packed[::-1] == expected[::-1]
    if expected:
        assert packed[-1] == expected[-1]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(0, 100, "Lindqvist"), (31, 100, "Berg"), (31, 80, None), (81, 200, None), (80, 81, "Berg")],
)
def test_a_direct_speaker_is_found_by_position_in_the_packed_pairs(start: int, end: int, expected: str | None) -> None:
    direct = [_direct(180, "Berg"), _direct(130, "Lindqvist")]
    packed = _PackSoon.of(direct, 100)
    found = SpeakerResolution.direct_speaker_in(packed, start, end)
    assert (found.text if found is not None else None) == expected
    assert found == SpeakerResolution.direct_speaker_in(DirectSpeakers.of(direct, 100), start, end)


@pytest.mark.parametrize(
    ("pairs", "in_order"),
    [
        ([], True),
        ([(3, 9)], True),
        ([(0, 5), (5, 9), (5, 12), (20, 21)], True),
        ([(5, 12), (5, 9)], False),
        ([(10, 12), (0, 30), (11, 11)], False),
        ([(-4, 2), (0, 1), (0, 1)], True),
    ],
)
def test_claims_sort_as_the_list_of_their_pairs_sorted(pairs: list[tuple[int, int]], in_order: bool) -> None:
    claims = Claims()
    for pair in pairs:
        claims.append(pair)
    assert claims.in_order() is in_order
    claims.sort()
    assert list(claims) == sorted(pairs) and claims.in_order()


def test_a_participle_takes_the_direct_quotes_speaker_in_a_paragraph_of_many_quotes() -> None:
    text = "Harbour plan approved\n\n" + UNIT * 1_200
    quotes = newsparse.parse_article(text).quotes
    assert len(quotes) == 2_400
    first = text.index("Marta")
    assert [(q.text, q.kind, q.speaker) for q in quotes[:2]] == [
        ("We will rebuild the pier,", QuoteKind.DIRECT, Speaker("Marta Lindqvist", "Marta Lindqvist", Span(first, first + 15))),
        ("prices had doubled", QuoteKind.INDIRECT, Speaker("Marta Lindqvist", "Marta Lindqvist", Span(first, first + 15))),
    ]
    last = text.rindex("Marta")
    assert quotes[-1] == Quote(
        "prices had doubled",
        Span(text.rindex("prices"), text.rindex("prices") + 18),
        QuoteKind.INDIRECT,
        "noting",
        Speaker("Marta Lindqvist", "Marta Lindqvist", Span(last, last + 15)),
        None,
        0,
    )
    assert all(q.speaker is not None and q.speaker.name == "Marta Lindqvist" for q in quotes)


LONG = "Ferries sailed again on Monday after a week of strikes, the port authority said. " * 2_000


@pytest.mark.parametrize(
    ("text", "kept"),
    [(LONG.strip(), True), (LONG, False), (LONG.strip().replace("Monday after", "Monday\nafter", 1), False)],
)
def test_a_long_text_with_nothing_to_fold_is_not_copied(text: str, kept: bool) -> None:
    folded = collapse(text)
    assert folded == " ".join(text.split())
    assert (folded is text) is kept


@pytest.mark.parametrize(
    ("text", "words", "own"),
    [
        ("Port reopens\n\nFerries sailed again.\n", "Ferries sailed again.", True),  # its text is its slice
        ("Port reopens\n\nFerries sailed\n again.\n", "Ferries sailed again.", False),  # (a line break folded)
        ("Port reopens\n\nFerries sailed again!\n", "Ferries sailed again.", False),  # (a text that is not the slice)
    ],
)
def test_a_paragraph_is_read_from_its_own_text_when_that_is_its_slice(text: str, words: str, own: bool) -> None:
    start = text.index("Ferries")
    end = text.rindex("\n")
    paragraph = Paragraph(words, Span(start, end))
    read = QuoteParser.paragraph_slice(text, paragraph)
    assert read == text[start:end]
    assert (read is paragraph.text) is own


#: (claims in the order they were made, the pairs appended to the window after the slice, a
#: position, whether it is claimed).  Bisection must answer as reading every pair would: a
#: pair nested in an earlier, longer one; a short pair after a long one that covers the
#: position; a pair appended out of order; the ends excluded, the starts included.
CLAIM_WINDOWS: list[tuple[list[tuple[int, int]], list[tuple[int, int]], int, bool]] = [
    ([(0, 40), (5, 9), (12, 14)], [], 20, True),  # (the long first pair reaches past the short ones)
    ([(0, 10), (5, 9), (12, 14)], [], 10, False),  # (an end is not claimed)
    ([(0, 10), (5, 9), (12, 14)], [], 12, True),  # (a start is)
    ([(0, 10), (12, 14)], [], 11, False),  # (between two pairs)
    ([(3, 6)], [], 2, False),  # (before the first pair)
    ([(3, 6)], [(1, 3)], 2, True),  # (a pair appended before the first one)
    ([(3, 6), (8, 9)], [(20, 30)], 25, True),  # (and one after the last)
    ([], [(4, 5)], 4, True),
    ([], [], 0, False),
    ([(12, 14), (0, 10)], [], 5, True),  # (claims out of order when sliced)
]


@pytest.mark.parametrize(("claims", "appended", "pos", "expected"), CLAIM_WINDOWS)
def test_a_slice_of_the_claims_answers_as_reading_every_pair(
    claims: list[tuple[int, int]], appended: list[tuple[int, int]], pos: int, expected: bool
) -> None:
    made = _WindowSoon()
    for pair in claims:
        made.append(pair)
    window = made[:]
    for pair in appended:
        window.append(pair)
    assert QuoteWords.is_claimed(pos, window) is expected
    assert QuoteWords.is_claimed(pos, list(window)) is expected  # (a plain list: one by one)


def test_a_slice_of_the_claims_reads_as_the_list_of_its_pairs() -> None:
    claims = _WindowSoon()
    pairs = [(0, 4), (2, 3), (6, 9), (8, 30), (12, 14)]
    for pair in pairs:
        claims.append(pair)
    for low, high, step in [(0, 5, 1), (1, 4, 1), (3, 1, 1), (-3, None, 1), (None, None, 2), (None, None, -1)]:
        window = claims[low:high:step]
        expected = pairs[low:high:step]
        assert list(window) == expected and len(window) == len(expected)
        assert [window[i] for i in range(-len(expected), len(expected))] == expected * 2
        window.append((40, 41))
        assert list(window) == [*expected, (40, 41)] and window[-1] == (40, 41) and window[1:] == [*expected, (40, 41)][1:]
        for pos in range(-1, 45):
            assert QuoteWords.is_claimed(pos, window) is any(a <= pos < b for a, b in [*expected, (40, 41)])
    with pytest.raises(IndexError):
        claims[1:2][1]


def test_a_slice_keeps_its_pairs_when_the_claims_are_sorted_or_grow_after_it() -> None:
    claims = _WindowSoon()
    for pair in [(10, 20), (0, 5)]:  # (out of order: a slice reads its pairs one by one)
        claims.append(pair)
    before = claims[:]
    claims.sort()
    after = claims[:]
    claims.append((30, 40))  # (in order still: the slices made before it do not hold it)
    assert list(before) == [(10, 20), (0, 5)] and list(after) == [(0, 5), (10, 20)]
    for pos in (0, 4, 5, 12, 20, 35):
        expected = 0 <= pos < 5 or 10 <= pos < 20
        assert QuoteWords.is_claimed(pos, before) is expected and QuoteWords.is_claimed(pos, after) is expected
    assert QuoteWords.is_claimed(35, claims[:]) and not QuoteWords.is_claimed(35, after)


def test_a_claim_before_the_window_that_reaches_into_it_is_not_the_windows() -> None:
    claims = _WindowSoon()
    for pair in [(0, 100), (10, 12), (50, 60), (70, 72)]:
        claims.append(pair)
    assert not QuoteWords.is_claimed(80, claims[1:])  # (only the first pair, left out, reaches 80)
    assert QuoteWords.is_claimed(80, claims[0:])  # (a pair before the last one that starts before 80 covers it)
    assert QuoteWords.is_claimed(55, claims[1:]) and QuoteWords.is_claimed(71, claims[2:])
    assert QuoteWords.is_claimed(58, claims[1:4])  # (the last pair that starts before it covers it)
    assert not QuoteWords.is_claimed(65, claims[1:4]) and not QuoteWords.is_claimed(5, claims[1:])


def test_claims_appended_between_questions_are_seen_by_the_next_slice() -> None:
    claims = _WindowSoon()
    claims.append((0, 50))
    assert QuoteWords.is_claimed(40, claims[:]) and not QuoteWords.is_claimed(60, claims[:])
    claims.append((55, 58))  # (after a question: the furthest ends read for it must grow with the claims)
    assert not QuoteWords.is_claimed(60, claims[:]) and QuoteWords.is_claimed(45, claims[:])
    claims.append((56, 90))
    assert QuoteWords.is_claimed(60, claims[:]) and QuoteWords.is_claimed(89, claims[:])
    assert not QuoteWords.is_claimed(60, claims[:2]) and not QuoteWords.is_claimed(95, claims[:])


def test_a_short_slice_of_the_claims_is_a_list_and_a_long_one_a_window() -> None:
    claims = Claims()
    for i in range(20):
        claims.append((i * 10, i * 10 + 5))
    assert isinstance(claims[4:19], list) and isinstance(claims[4:20], ClaimWindow)
    assert list(claims[4:20]) == claims[4:19] + [(190, 195)] and isinstance(claims[::1], ClaimWindow)
    assert isinstance(claims[::-1], list) and claims[::-1] == list(claims)[::-1]
    for pos in (0, 44, 45, 46, 151, 194, 195):
        assert QuoteWords.is_claimed(pos, claims[4:20]) is (pos >= 40 and pos % 10 < 5)
    stepped = ClaimWindow(claims, slice(1, None, 5))  # (made by hand with a step: its own copy, read one by one)
    assert list(stepped) == list(claims)[1::5] and QuoteWords.is_claimed(62, stepped) and not QuoteWords.is_claimed(72, stepped)
