"""A second read of spkW's rules (stop 27), in our own sentences: the words of the one spoken to
after an inverted cue may hold an of-phrase whose article opens no subject (``al término de la
reunión el alcalde``), and a verb joined by a coordinator after a free relative clause is the
sentence's, not the clause's (``Tom Berg knew what voters wanted and called the deal "..."``).
Each bad shape stands beside a near-miss that keeps its answer."""

from __future__ import annotations

import pytest

from newsparse import QuoteKind
from quote_cases import kind_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT
Rows = list[tuple[str, QuoteKind, str | None]]

# (language, paragraph, [(quote, kind, speaker's name)], what the row checks)
OF_PHRASES = [
    (
        "es",
        "«Estamos preparados», dijo al término de la reunión el alcalde.",
        [("Estamos preparados", D, "el alcalde")],
        "an article after `de` is the recipient phrase's: was `la reunión`",
    ),
    (
        "es",
        "«Habrá acuerdo», explicó al salir de la sesión la concejala.",
        [("Habrá acuerdo", D, "la concejala")],
        "an infinitive and an of-phrase after `al`",
    ),
    (
        "es",
        "«Habrá acuerdo», dijo a la salida del pleno la alcaldesa.",
        [("Habrá acuerdo", D, "la alcaldesa")],
        "`del`, an of-word spelt as an article, opens no subject: was `del pleno la alcaldesa`",
    ),
    (
        "fr",
        "« Nous sommes prêts », a déclaré à la sortie de la réunion le ministre.",
        [("Nous sommes prêts", D, "le ministre")],
        "French: was `la réunion le ministre`",
    ),
    (
        "fr",
        "« Le texte sera voté », a assuré au terme du conseil la porte-parole.",
        [("Le texte sera voté", D, "la porte-parole")],
        "French `du`",
    ),
    (
        "es",
        "«Estamos preparados», dijo al ministro de Hacienda Pedro Gil el alcalde.",
        [("Estamos preparados", D, "el alcalde")],
        "near-miss: a capitalised name after `de` in the recipient's words",
    ),
    (
        "es",
        "«Estamos preparados», dijo a los periodistas el portavoz de la empresa.",
        [("Estamos preparados", D, "el portavoz de la empresa")],
        "near-miss: the subject's own of-phrase stays in it",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected", "why"), OF_PHRASES)
def test_article_of_an_of_phrase_opens_no_subject(language: str, text: str, expected: Rows, why: str) -> None:
    assert kind_rows(text, language) == expected, why


FREE_RELATIVE_JOINS = [
    (
        'Tom Berg knew what voters wanted and called the deal "a win for everyone."',
        [("a win for everyone.", D, "Tom Berg")],
        "the verb after `and` is the sentence's: was the voters (before spkW) or none",
    ),
    (
        'Amy Cole did what she promised and called the tax "a mistake we have fixed."',
        [("a mistake we have fixed.", D, "Amy Cole")],
        "spkW gave none",
    ),
    (
        'Amy Cole heard what the council had decided and called it "a disgrace."',
        [("a disgrace.", D, "Amy Cole")],
        "four words in the free relative: was `the council`",
    ),
    (
        'Amy Cole is what some have called "a reluctant hero."',
        [("a reluctant hero.", D, None)],
        "near-miss: the verb is the free relative's own, never Cole's",
    ),
    (
        'Cole resigned over what Ana Ruiz called "a betrayal of trust."',
        [("a betrayal of trust.", D, "Ana Ruiz")],
        "near-miss: the free relative's subject speaks",
    ),
    (
        'In what Ana Ruiz and Tom Berg called "a betrayal," the council voted no.',
        [("a betrayal,", D, "Ana Ruiz and Tom Berg")],
        "near-miss: `and` inside the free relative's subject, not right before its verb",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), FREE_RELATIVE_JOINS)
def test_verb_joined_after_free_relative(text: str, expected: Rows, why: str) -> None:
    assert kind_rows(text) == expected, why
