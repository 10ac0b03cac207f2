"""``explicó el lunes por la tarde las obras que se harán ...``: after a time written with a
preposition (``por la tarde``, ``dans la soirée``), a noun after its determiner is the verb's
object and ``que`` the relative pronoun after it, no clause of reported words (trial 31); ``que``
right after the time still opens the words."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

# (language, text, every quote as (text, speaker's name, cue))
TABLE = [
    (
        "es",
        "El alcalde, Juan Pérez, explicó el lunes por la tarde las obras que se harán en el puerto. "
        "Dijo que las obras se harán en el puerto.",
        [("las obras se harán en el puerto", "Juan Pérez", "Dijo")],
    ),
    (
        "es",
        "La ministra explicó el martes por la mañana los cambios que se aplicarán en enero. "
        "La ministra explicó el martes por la mañana que los cambios se aplicarán en enero.",
        [("los cambios se aplicarán en enero", "La ministra", "explicó")],
    ),
    (
        "fr",
        "Le maire a détaillé lundi dans la soirée les travaux que la ville fera au port. "
        "Le maire a détaillé lundi dans la soirée que la ville fera des travaux au port.",
        [("la ville fera des travaux au port", "Le maire", "a détaillé")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), TABLE)
def test_the_object_before_a_relative_que_is_no_report(language: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    quotes = ArticleParser(language=language).parse(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in quotes] == expected
