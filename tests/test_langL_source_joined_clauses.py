"""``Selon X, A, mais B``: a source opening the sentence, then two clauses joined by a coordinator:
the words are both clauses, the first no description of the source (trial 31: only ``mais B``
was read), in every language."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

# (language, text, the words, the speaker's name, the cue)
TABLE = [
    (
        "fr",
        "Selon les marins-pompiers, la structure de l'immeuble ne présente pas de danger immédiat, "
        "mais un expert doit l'inspecter lundi.",
        "la structure de l'immeuble ne présente pas de danger immédiat, mais un expert doit l'inspecter lundi",
        "les marins-pompiers",
        "Selon",
    ),
    (
        "es",
        "Según los bomberos, el edificio no presenta peligro, pero un técnico lo revisará el lunes.",
        "el edificio no presenta peligro, pero un técnico lo revisará el lunes",
        "los bomberos",
        "Según",
    ),
    (
        None,
        "According to the fire department, the building poses no danger, but an engineer will inspect it Monday.",
        "the building poses no danger, but an engineer will inspect it Monday",
        "the fire department",
        "According to",
    ),
]


@pytest.mark.parametrize(("language", "text", "words", "speaker", "cue"), TABLE)
def test_both_joined_clauses_are_the_sources_words(language: str | None, text: str, words: str, speaker: str, cue: str) -> None:
    quotes = ArticleParser(language=language).parse(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in quotes] == [
        (words, speaker, cue),
    ]
