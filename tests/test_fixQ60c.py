"""Quote follow-ups of round 60 (fixQ60c): an object pronoun before the verb (French, Spanish)
leaves the subject before it to speak, and where subjects drop one alone reads as a dropped
subject; a middle adverb right after a relative clause's verb goes with the cue; a phrase
opened by ``by`` or ``of`` after a subordinate clause's subject is skipped to that clause's verb.
Each row: the article, its language, then every quote as ``(text, kind, speaker's name,
speaker's mention)``."""

from __future__ import annotations

import pytest

from newsparse.spans import QuoteKind
from quote_cases import MentionRow, mention_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

BUDGET = "PARIS (AFP) — Le ministre de l'Économie, Paul Martin, a présenté mardi son projet de budget.\n\n"
WITHDRAWN = "le projet serait retiré avant l'été"
STRIKE = "MADRID (EFE) — Los sindicatos convocaron el martes una huelga.\n\n"
VISIT = "Ana Ruiz visitó la fábrica el lunes. "
DAYS = "la huelga durará tres días"
FOOD = "LEEDS, England (AP) — The city's food bank ran short of supplies this week.\n\n"
SHORT = "the fund was short"

ROWS: list[tuple[str, str | None, list[MentionRow]]] = [
    # -- 1: French: the subject before the pronoun told speaks ----------------------------------------
    (BUDGET + "Il nous a dit que " + WITHDRAWN + ".", "fr", [(WITHDRAWN, R, "Paul Martin", "Il")]),
    (BUDGET + "Le ministre nous a dit que " + WITHDRAWN + ".", "fr", [(WITHDRAWN, R, "Paul Martin", "Le ministre")]),
    (BUDGET + "Le ministre leur a affirmé que " + WITHDRAWN + ".", "fr", [(WITHDRAWN, R, "Paul Martin", "Le ministre")]),
    # must not change: "on" names no one, with or without the pronoun told
    (BUDGET + "On nous a dit que " + WITHDRAWN + ".", "fr", [(WITHDRAWN, R, None, None)]),
    (BUDGET + "On a dit que " + WITHDRAWN + ".", "fr", [(WITHDRAWN, R, None, None)]),
    # -- 1: Spanish: a named subject before the pronoun, or a dropped one ------------------------------
    (STRIKE + "Ana Ruiz nos dijo que " + DAYS + ".", "es", [(DAYS, R, "Ana Ruiz", "Ana Ruiz")]),
    (STRIKE + "La ministra nos dijo que " + DAYS + ".", "es", [(DAYS, R, "La ministra", "La ministra")]),
    # the pronoun alone before the verb: read as the verb alone is (the one the paragraph named)
    (STRIKE + VISIT + "Nos dijo que " + DAYS + ".", "es", [(DAYS, R, "Ana Ruiz", "")]),
    (STRIKE + VISIT + "Les dijo que " + DAYS + ".", "es", [(DAYS, R, "Ana Ruiz", "")]),
    (STRIKE + VISIT + "Dijo que " + DAYS + ".", "es", [(DAYS, R, "Ana Ruiz", "")]),
    # must not change: two people named (either of them), an impersonal "se" (no one)
    (STRIKE + "Ana Ruiz y Luis Gil visitaron la fábrica. Nos dijo que " + DAYS + ".", "es", [(DAYS, R, None, None)]),
    (STRIKE + VISIT + "Se dijo que " + DAYS + ".", "es", []),
    # -- 2: a middle adverb right after a relative clause's verb is no part of the subject -------------
    (FOOD + "The donors who spoke also said " + SHORT + ".", None, [(SHORT, R, "The donors who spoke", "The donors who spoke")]),
    # must not change: the clause's object kept, the adverb after it left to the cue
    (FOOD + "The donors who met the mayor later said " + SHORT + ".", None,
     [(SHORT, R, "The donors who met the mayor", "The donors who met the mayor")]),
    (FOOD + "The volunteers who spoke to reporters still said " + SHORT + ".", None,
     [(SHORT, R, "The volunteers who spoke to reporters", "The volunteers who spoke to reporters")]),
    (FOOD + "The donors who spoke said " + SHORT + ".", None, [(SHORT, R, "The donors who spoke", "The donors who spoke")]),
    # -- 2: a subordinate clause's subject with a phrase of "by" or "of": never the main subject -------
    (FOOD + 'Ana Ruiz frowned after the review by the board found "serious failings".', None,
     [("serious failings", D, None, None)]),
    (FOOD + 'Ana Ruiz frowned after the audit of the accounts found "serious failings".', None,
     [("serious failings", D, None, None)]),
    # must not change: the clause's bare subject, a phrase of "with"; the main subject's own verb
    (FOOD + 'Ana Ruiz frowned after the review found "serious failings".', None, [("serious failings", D, "the review", "the review")]),
    (FOOD + 'Ana Ruiz was stunned when the mayor with her aides spoke of "a rigged system".', None,
     [("a rigged system", D, None, None)]),
    (FOOD + 'Ana Ruiz, who was hired by the board, called the review "a whitewash".', None,
     [("a whitewash", D, "Ana Ruiz", "Ana Ruiz")]),
    (FOOD + 'Ana Ruiz said after a review by the board that the fund had "serious failings".', None,
     [('the fund had "serious failings"', QuoteKind.MIXED, "Ana Ruiz", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("text", "language", "expected"), ROWS)
def test_fixq60c_quotes(text: str, language: str | None, expected: list[MentionRow]) -> None:
    assert mention_rows(text, language, None) == expected
