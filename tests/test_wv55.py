"""Speaker phrases that took a wrong speaker (wv55, issue 5): a clock's half of the day before a
live blog's speaker, and the other rows below.  One table each, with precision rows where
similar text keeps today's reading."""

from __future__ import annotations

import pytest

from newsparse import Vocabulary
from quote_cases import quote_speakers, speaker_mentions

_HEAD = "Council votes on harbour plan\n\n"


def _one(line: str, language: str | None = None) -> tuple[list[tuple[str, str | None]], list[str | None]]:
    text = f"{_HEAD}{line}\n"
    return quote_speakers(text, language), speaker_mentions(text, language)


# -- (1) a clock's half of the day (AM, pm) is no part of a speaker -----------------------------------

@pytest.mark.parametrize(
    ("line", "speaker", "mention"),
    [
        ("9:00 AM AFP reports that roads are closed.", "AFP", "AFP"),
        ("10:15 AM Premier Anna Bligh told reporters the road was shut.", "Anna Bligh", "Premier Anna Bligh"),
        ("11:40 PM Governor Tom Hale told reporters the bridge was shut.", "Tom Hale", "Governor Tom Hale"),
        ("9 pm Police say the roads are closed.", "Police", "Police"),
        ("14.20 PM Mayor Ana Ortiz said the ferry was cancelled.", "Ana Ortiz", "Mayor Ana Ortiz"),
        # (precision: today's reading of a clock with periods, and of a 24-hour clock)
        ("10:15 a.m. Premier Anna Bligh told reporters the road was shut.", "Anna Bligh", "Premier Anna Bligh"),
        ("21:40 Premier Anna Bligh told reporters the road was shut.", "Anna Bligh", "Premier Anna Bligh"),
    ],
)
def test_clock_half_before_speaker(line: str, speaker: str, mention: str) -> None:
    speakers, mentions = _one(line)
    assert [name for _, name in speakers] == [speaker]
    assert mentions == [mention]


@pytest.mark.parametrize(
    ("text", "start", "word", "expected"),
    [
        ("9:00 AM AFP", 5, "AM", True),
        ("9 pm Police", 2, "pm", True),
        ("at 10.15 PM", 9, "PM", True),
        # (precision: no number before it, a year's digits, minutes of one digit, another word)
        ("AM Roe", 0, "AM", False),
        ("in 2024 AM", 8, "AM", False),
        ("9:0 AM", 4, "AM", False),
        ("I am AM", 2, "am", False),
        ("9 Uhr", 2, "Uhr", False),
    ],
)
def test_is_clock_half(text: str, start: int, word: str, expected: bool) -> None:
    assert Vocabulary().is_clock_half(text, start, word) is expected


def test_clock_half_off_in_german() -> None:
    from newsparse.quotes.languages import GermanVocabulary

    # ("am Montag": a German preposition, never a clock's half)
    assert GermanVocabulary().is_clock_half("um 9 am Montag", 5, "am") is False
