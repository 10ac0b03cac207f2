"""The quote engine's working data for one paragraph is kept compactly when the paragraph holds
many quotes (``newsparse.quotes.model``): the direct quotes' speakers as arrays
(``DirectSpeakers``), the claimed parts sorted only when they are out of order (``Claims``).
What the parse gives must not change with it."""

from __future__ import annotations

from typing import ClassVar

import pytest

import newsparse
from newsparse.quotes.model import Claims, DirectSpeakers, Mention
from newsparse.quotes.parser import QuoteParser
from newsparse.quotes.resolution import SpeakerResolution
from newsparse.spans import Paragraph, Quote, QuoteKind, Span, Speaker, collapse

#: A harbour master quoted, then a participle whose speaker is the direct quote's (read through
#: ``DirectSpeakers``: the role between the name and the participle hides the name from the
#: other rules).
UNIT = "“We will rebuild the pier,” said Marta Lindqvist, the harbour master, noting that prices had doubled. "


class _PackSoon(DirectSpeakers):
    COMPACT_FROM: ClassVar[int] = 2


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
