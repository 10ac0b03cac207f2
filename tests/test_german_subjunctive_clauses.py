"""German reported speech after a comma in the subjunctive, present (Konjunktiv I) and past
(Konjunktiv II), without ``dass``: the clause is the speaker's words (trial 30: ``kämen`` gave no
quote where ``seien`` gave one)."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

PARSER = ArticleParser(language="de")

TABLE = [
    ("Markus Brenner sagte, viele Kunden kämen mit dem Auto.", "viele Kunden kämen mit dem Auto", "sagte", "Markus Brenner"),
    (
        "Die Ministerin erklärte, ohne neue Schulden gäbe es keine Reform.",
        "ohne neue Schulden gäbe es keine Reform", "erklärte", "Die Ministerin",
    ),
    (
        "Der Sprecher betonte, die Stadt hätte früher handeln müssen.",
        "die Stadt hätte früher handeln müssen", "betonte", "Der Sprecher",
    ),
    ("Anna Schmidt sagte, sie wäre gern gekommen.", "sie wäre gern gekommen", "sagte", "Anna Schmidt"),
    (
        "Die Polizei teilte mit, die Straße bliebe bis Montag gesperrt.",
        "die Straße bliebe bis Montag gesperrt", "teilte mit", "Die Polizei",
    ),
    # the present subjunctive, as before
    (
        "Markus Brenner sagte, viele Kunden seien mit dem Auto unterwegs.",
        "viele Kunden seien mit dem Auto unterwegs", "sagte", "Markus Brenner",
    ),
]


@pytest.mark.parametrize(("text", "words", "cue", "speaker"), TABLE)
def test_a_clause_in_the_subjunctive_after_a_comma_is_reported_speech(text: str, words: str, cue: str, speaker: str) -> None:
    quotes = PARSER.parse(text).quotes
    assert [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in quotes] == [(words, cue, speaker)]


def test_a_question_word_after_the_comma_is_no_clause_of_speech() -> None:
    assert PARSER.parse("Er sagte, was er dachte.").quotes == ()
