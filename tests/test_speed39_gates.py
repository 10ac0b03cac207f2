"""Issue 7 (speed), stop 39's speed39: work skipped where it cannot change the answer.

Each change reads less and gives the same quotes and speakers (0 of the 8,728 corpus texts
differ).  These tests kill the mutant each names: a gate that skips too much, or a value
read once and shared where each reader needs its own.

- ``SpeakerGrammar.shares_at``: the share pattern (``six in 10``) runs only over a piece that
  holds a hyphen or the first word of a share word on its own (mutant: ``shares_at`` always
  ``False``, so no share of people is ever a speaker);
- ``SpeakerGrammar.preposition_phrase_before``: the starts of the words before a name are read
  once for all the multi-word prepositions (mutant: every phrase read from the start of the
  last two words, so ``In addition to`` is never found);
- ``PersonIndex.read_piece``: the words before a name of three words or more are read only
  then, the portfolio's first and the describing words only when no portfolio leads (mutants:
  ``portfolio_lead`` or ``descriptor_lead`` never asked);
- ``SpeakerResolution.described_dead``: the words after a name are read one by one only when
  the text after it holds a verb of death (mutant: the test always says it holds none).
"""

from __future__ import annotations

import pytest

from newsparse.quotes import QuoteParser
from quote_cases import mention_rows

POLL = """Ferry poll

Asked about the pier, six in 10 said the council should pay for it.

Of the island households, two of three said they would use the ferry every week.

Among the traders, three-fourths said the pier would bring more visitors.

In the survey, seven out of 10 said the fares were too high.
"""


def test_a_share_of_people_is_the_speaker() -> None:
    # mutant: shares_at always False (these quotes are then lost)
    assert [(text, name) for text, _, name, _ in mention_rows(POLL, headline=None)] == [
        ("the council should pay for it", "six in 10"),
        ("they would use the ferry every week", "two of three"),
        ("the pier would bring more visitors", "three-fourths"),
        ("the fares were too high", "seven out of 10"),
    ]


@pytest.mark.parametrize(
    ("piece", "holds"),
    [
        ("six in 10", True),
        ("two of three", True),
        ("seven out of 10", True),
        ("three-fourths", True),
        ("the harbour trust", False),
        ("Councillor Ana Ortiz", False),
        ("seven inches", False),  # ("in" inside a word is no share word)
    ],
)
def test_shares_at_reads_the_piece_between_its_bounds(piece: str, holds: bool) -> None:
    parser = QuoteParser()
    text = f"Pier vote: {piece} said"
    start = text.index(piece)
    assert parser.shares_at(text, start, start + len(piece)) is holds


PIER = """Council delays pier vote

PORTSEA - The council put off its vote on the new pier on Tuesday night.

Due to illness Councillor Ana Ortiz said she could not attend the meeting.

In addition to the delay Mayor Tom Berg said the budget would be read again in May.
"""


def test_a_preposition_of_two_and_of_three_words_opens_the_sentence() -> None:
    # mutant: every phrase read from the start of the last two words ("the delay Mayor Tom Berg")
    assert [(name, mention) for _, _, name, mention in mention_rows(PIER, headline=None)] == [
        ("Ana Ortiz", "Councillor Ana Ortiz"),
        ("Tom Berg", "Mayor Tom Berg"),
    ]


BACKING = """Pier plan wins backing

Minister for Harbours and Coasts Penny Marsh said the plan would go ahead.

"We will build it this year," Marsh said on Tuesday.

Brave Edith Moore, who swam the strait in 1990, said the pier was long overdue.

"It has taken far too long," Moore said.
"""


def test_a_portfolio_and_a_describing_word_are_no_part_of_the_name() -> None:
    # mutants: portfolio_lead never asked ("Coasts Penny Marsh"), descriptor_lead never asked
    # once no portfolio leads ("Brave Edith Moore")
    assert [name for _, _, name, _ in mention_rows(BACKING, headline=None)] == [
        "Penny Marsh", "Penny Marsh", "Edith Moore", "Edith Moore",
    ]


LIBRARY = """Harbour mourns its librarian

Margaret Hale, who ran the harbour library for 30 years, has died, her family said.

"She loved the sea," Hale's son Tom said.

Tom Hale said the family would hold a service on Friday. "She will be missed," Hale said.
"""


def test_the_dead_namesake_is_not_the_speaker() -> None:
    # mutant: described_dead's test of the tail always finds no verb of death (Margaret Hale)
    assert [name for _, _, name, _ in mention_rows(LIBRARY, headline=None)] == [
        "her family", "Tom Hale", "Tom Hale", "Tom Hale",
    ]
