"""Second read of stop 26's speaker rules (spkT, fixZ): the traps that broke a rule, each fixed by a
general rule, with near-misses that must keep their answer.  Short articles in our own words; each
row gives the exact ``(text, kind, speaker name, speaker mention)`` tuples that must come out."""

from __future__ import annotations

import time

import pytest

import newsparse
from newsparse import QuoteKind
from quote_cases import mention_rows

D, M = QuoteKind.DIRECT, QuoteKind.MIXED
Row = tuple[str, QuoteKind, "str | None", "str | None"]

# 1. a speech verb and a particle of NOT_SPEECH_PHRASALS attribute the quotation right before them
PHRASALS: list[tuple[str, list[Row]]] = [
    # (was: no speaker, as if "shouted down" were "silenced")
    ('"Get back," Ana Ruiz shouted down the stairs.', [("Get back,", D, "Ana Ruiz", "Ana Ruiz")]),
    ('"Stay there!" the night nurse shouted down the corridor.', [("Stay there!", D, "the night nurse", "the night nurse")]),
    # (was: the quotation lost altogether)
    ('"No," Tom Hale shouted down the hallway.', [("No,", D, "Tom Hale", "Tom Hale")]),
    ('"Forget it," Ana Ruiz laughed off the last question.', [("Forget it,", D, "Ana Ruiz", "Ana Ruiz")]),
    # near-misses: another clause between, or no quotation before: still no cue
    ('"It is a disaster," Tom Hale said. Ana Ruiz shrugged off the criticism. "It is nothing."',
     [("It is a disaster,", D, "Tom Hale", "Tom Hale"), ("It is nothing.", D, None, None)]),
    ('"Enough," Ana Ruiz said, and shouted down the hecklers. "Sit."',
     [("Enough,", D, "Ana Ruiz", "Ana Ruiz"), ("Sit.", D, "Ana Ruiz", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), PHRASALS)
def test_phrasal_after_its_quotation_attributes_it(text: str, expected: list[Row]) -> None:
    assert mention_rows(text) == expected


def test_quotation_before_phrasal_stays_linear() -> None:
    parser = newsparse.QuoteParser()
    long_run = '"No," ' + "Ana " * 50_000
    start = time.perf_counter()
    assert parser.attributes_quotation_before(long_run, len(long_run)) is False
    assert parser.attributes_quotation_before('"No," Ana Ruiz ', 15) is True
    assert time.perf_counter() - start < 1.0


# 2. a title in title case after "told the crowd," is the told clause's subject unless it is closed as words are
TOLD_TITLES: list[tuple[str, list[Row]]] = [
    # (was: the title alone as her words)
    ('Ana Ruiz told the jury, "The Long Night" was her client\'s favourite film.',
     [('"The Long Night" was her client\'s favourite film', M, "Ana Ruiz", "Ana Ruiz")]),
    ('Tom Hale told the crowd, "Harbour Lights" was his mother\'s favourite song.',
     [('"Harbour Lights" was his mother\'s favourite song', M, "Tom Hale", "Tom Hale")]),
    # (was: the title of the story as her words: "the story" is no one told)
    ('Ana Ruiz told the story, "Girl With a Lantern," in her first book.', []),
    ('Tom Hale told the whole story, "The Long Night," in an interview.', []),
    # near-misses (fixZ's rule): words closed by a comma or a sentence's end are what was told
    ('Tom Hale told the crowd, "We Will Win," and left the stage.', [("We Will Win,", D, "Tom Hale", "Tom Hale")]),
    ('Ana Ruiz told a cheering crowd, "We will win."', [("We will win.", D, "Ana Ruiz", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_TITLES)
def test_title_as_the_told_clause_s_subject(text: str, expected: list[Row]) -> None:
    assert mention_rows(text) == expected


# 3. a stake noun after a person's name with an object after it is the person's verb, no firm's shares
STAKES: list[tuple[str, list[Row]]] = [
    # (was: the pronoun unresolved, the person read as a firm named like one)
    ('Ana Ruiz shares custody of her son. "It works," she said.', [("It works,", D, "Ana Ruiz", "she")]),
    ('Tom Hale shares everything with his crew. "We are a team," he said.', [("We are a team,", D, "Tom Hale", "he")]),
    ('Ana Ruiz stakes everything on the vote. "It is now or never," she said.',
     [("It is now or never,", D, "Ana Ruiz", "she")]),
    # near-misses (fixZ's rule): a stake that moves is a firm's, and no pronoun goes to it
    ('Paul Marsh shares fell 3% on Monday. "We are disappointed," he said.', [("We are disappointed,", D, "he", "he")]),
    ('Paul Marsh shares tumbled on Monday. "We are disappointed," he said.', [("We are disappointed,", D, "he", "he")]),
    ('Paul Marsh shares were halted on Monday. "We are disappointed," he said.',
     [("We are disappointed,", D, "he", "he")]),
]


@pytest.mark.parametrize(("text", "expected"), STAKES)
def test_stake_after_a_name_is_a_firm_s_only_when_it_moves(text: str, expected: list[Row]) -> None:
    assert mention_rows(text) == expected
