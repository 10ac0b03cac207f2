"""A speaker named by surname resolves to the full name the story introduced, when that name holds
two particles in a row or opens with a month's short form before an initial (issue 8)."""

from __future__ import annotations

import pytest

import newsparse

# (the sentence that introduces the person, the quote's attribution, the speaker's full name)
CASES = [
    ("The tavern was run by Ana de la Fuente for years.", "de la Fuente said", "Ana de la Fuente"),
    ("The tavern was run by Ana de Fuente for years.", "de Fuente said", "Ana de Fuente"),
    ("The report was written by Jan M. Vogel, a port engineer.", "Vogel said", "Jan M. Vogel"),
    # near misses: a month in full after "in" is a date, the name is the initial and surname
    ("The fee was cut in March J. Ortiz said.", "Ortiz said", "J. Ortiz"),
]


@pytest.mark.parametrize(("intro", "attribution", "speaker"), CASES)
def test_a_surname_resolves_to_the_full_name(intro: str, attribution: str, speaker: str) -> None:
    text = f"Harbour news\n\n{intro}\n\n\"We stayed open through every storm,\" {attribution}.\n"
    article = newsparse.parse_article(text)
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [speaker]
