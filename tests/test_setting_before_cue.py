"""The occasion or medium of the words between a speaker and the cue (``Ortiz in an interview
said``) is no part of the speaker, and never the speaker (it gave ``an interview``)."""

from __future__ import annotations

import pytest

from newsparse import parse_article

TABLE = [
    ("Ortiz in an interview said the plan would fail.", "the plan would fail", "Ortiz"),
    ("The mayor in a statement said the bridge would reopen in May.", "the bridge would reopen in May", "The mayor"),
    ("Tom Berg in a statement on Friday said the plant would close.", "the plant would close", "Tom Berg"),
    ("The senator during a news conference said taxes would rise.", "taxes would rise", "The senator"),
    ("Ana Ruiz in a letter to parents said the school would close early.", "the school would close early", "Ana Ruiz"),
    ("Finance Minister Ana Ruiz in a television interview said the deficit would shrink.",
     "the deficit would shrink", "Ana Ruiz"),
    # near misses: a document after a comma is the speaker, as before
    ("Exports rose in 1986 and the surplus is expected to fall further in 1987, the statement said.",
     "Exports rose in 1986 and the surplus is expected to fall further in 1987", "the statement"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), TABLE)
def test_a_setting_between_the_speaker_and_the_cue_is_skipped(text: str, words: str, speaker: str) -> None:
    quotes = parse_article(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [(words, speaker)]
