"""Adverbs of time and place that open a sentence before a name are no part of the name (found by
mutM's mutation pass over the people index: ``Afterwards Berg said`` indexed a person ``Afterwards
Berg``, who then took a later ``the mayor said`` too)."""

from __future__ import annotations

import pytest

import newsparse

ADVERBS = ["Afterwards", "Afterward", "Thereafter", "Beforehand", "Elsewhere", "Overall", "Tonight", "Sometimes", "Once"]


@pytest.mark.parametrize("adverb", ADVERBS)
def test_an_opening_adverb_is_no_given_name(adverb: str) -> None:
    article = newsparse.parse_article(
        f"Council votes\n\nThe council met on Monday.\n\n{adverb} Tom Berg said the talks had failed.\n\n"
        f"{adverb} Ana Ortiz, the mayor, said she would resign."
    )
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == ["Tom Berg", "Ana Ortiz"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near-misses that must not change: a name that merely starts like an adverb, a surname alone
        ("Council votes\n\nOnce Tom Berg left, Ana Ortiz said the talks had failed.", "Ana Ortiz"),
        ("Council votes\n\nTom Often said the talks had failed.", "Tom Often"),
        ("Council votes\n\nLater Tom Berg said the talks had failed.", "Tom Berg"),
    ],
)
def test_names_near_the_adverbs_stay(text: str, speaker: str) -> None:
    article = newsparse.parse_article(text)
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [speaker]
