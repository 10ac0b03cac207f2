"""Two regressions of the gender rules of issue 5 (fixM): a last speaker named only by a title
does not beat a person introduced after it, and a titled name in a possessive, a relative or
subordinate clause, or before a later surname-only mention of the subject is no one else the
pronoun may mean.  Invented stories; each case is the text after a plain headline and the exact
``(text, speaker name, mention)`` triples that must come out, in order.  The bad shapes and the
near misses that must not change stand side by side."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow as Row
from quote_cases import speaker_rows

Case = tuple[str, list[Row]]

# a speaker named only by a title goes on only when no one was introduced as a subject since
TITLED_SPEAKER: list[Case] = [
    # the bad shapes: the newcomer, as before the title rule
    ('"We won," said Mr. Berg.\n\nTom Hart disagreed.\n\n"It was unfair," he said.',
     [("We won,", "Berg", "Mr. Berg"), ("It was unfair,", "Tom Hart", "he")]),
    ('"We won," Mr. Berg said. The opposition leader, Tom Hart, disagreed. "It was unfair," he said.',
     [("We won,", "Berg", "Mr. Berg"), ("It was unfair,", "Tom Hart", "he")]),
    ('"We won," said Ms. Ruiz.\n\nHer rival, Ana Lopez, disagreed.\n\n"It was unfair," she said.',
     [("We won,", "Ruiz", "Ms. Ruiz"), ("It was unfair,", "Ana Lopez", "she")]),
    # near misses: no one since, or the one named before the speaker
    ('"We won," said Mr. Berg.\n\nTom Hart disagreed. Mr. Berg shrugged.\n\n"It was unfair," he said.',
     [("We won,", "Berg", "Mr. Berg"), ("It was unfair,", "Berg", "he")]),
    ('"We won," said Mr. Berg.\n\n"It was unfair," he said.',
     [("We won,", "Berg", "Mr. Berg"), ("It was unfair,", "Berg", "he")]),
    ('Ana Ruiz met Mr. Berg on Monday.\n\n"We are ready," Mr. Berg said.\n\n"Very ready indeed," he added.',
     [("We are ready,", "Berg", "Mr. Berg"), ("Very ready indeed,", "Berg", "he")]),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_SPEAKER)
def test_a_titled_speaker_yields_to_a_newcomer(text: str, expected: list[Row]) -> None:
    assert speaker_rows(text) == expected


# a titled name the sentence's subject does not act on leaves the subject the speaker
TITLED_OTHER: list[Case] = [
    # the bad shapes: the subject, as before the title rule
    ('Pat Quinn called Mr. Hart\'s plan reckless. "It will fail," he said.',
     [("It will fail,", "Pat Quinn", "he")]),
    ('Pat Quinn called Mr. Hart’s plan reckless. "It will fail," he said.',
     [("It will fail,", "Pat Quinn", "he")]),
    ('Robin Hart, who met Mr. Lee on Friday, spoke to reporters. "It went well," he said.',
     [("It went well,", "Robin Hart", "he")]),
    ('Sam Ortiz spoke after Mr. Lee left the room. "I am hopeful," he said.',
     [("I am hopeful,", "Sam Ortiz", "he")]),
    ('Taylor Reed praised Ms. Gomez at the rally. "She inspires us," Reed said. "We will win," she added.',
     [("She inspires us,", "Taylor Reed", "Reed"), ("We will win,", "Taylor Reed", "she")]),
    # near misses: the titled name is the one acted on, nobody sure
    ('Ana Ruiz told Mr. Berg he was fired. "I am shocked," he said.',
     [("he was fired", "Ana Ruiz", "Ana Ruiz"), ("I am shocked,", "he", "he")]),
    ('Pat Quinn called Mr. Hart reckless. "It will fail," he said.', [("It will fail,", "he", "he")]),
    ('Sam Ortiz met Mr. Lee in the room. "I am hopeful," he said.', [("I am hopeful,", "he", "he")]),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_OTHER)
def test_a_titled_name_outside_the_subjects_reach_is_no_rival(text: str, expected: list[Row]) -> None:
    assert speaker_rows(text) == expected
