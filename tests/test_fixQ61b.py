"""Quote follow-ups of round 61 (fixQ61b) in the language packs: a Spanish object fronted with
``a`` and its clitic, or an adverb, before a verb whose subject is dropped (the dropped subject
speaks, never the object); a French or Spanish object pronoun alone before an inverted cue (the
subject after the verb speaks); researchers' findings in French, German and Spanish.  Each row:
the article, its language, then every quote as ``(text, kind, speaker's name, speaker's
mention)``."""

from __future__ import annotations

import pytest

from newsparse.spans import QuoteKind
from quote_cases import MentionRow, mention_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

STRIKE = "MADRID (EFE) — Los sindicatos convocaron el martes una huelga.\n\n"
VISIT = "La alcaldesa Marta Gil visitó el barrio el lunes. "
WORKS = "la obra terminará en marzo"
BUDGET = "PARIS (AFP) — Le ministre de l'Économie, Paul Martin, a présenté mardi son projet de budget.\n\n"
VOTE = "Le budget sera voté en juin"
VOSGES = "PARIS (AFP) — Une forêt des Vosges est suivie depuis dix ans.\n\n"
FOREST = "BERLIN (dpa) — Ein Wald in Brandenburg wird seit zehn Jahren beobachtet.\n\n"
SORIA = "MADRID (EFE) — Un bosque de Soria se estudia desde hace diez años.\n\n"

ROWS: list[tuple[str, str, list[MentionRow]]] = [
    # -- 1: Spanish: an object fronted with "a" and its clitic is never the speaker --------------------
    (STRIKE + VISIT + "A los vecinos les dijo que " + WORKS + ".", "es", [(WORKS, R, "Marta Gil", "")]),
    (STRIKE + VISIT + "Al presidente del comité le dijo que " + WORKS + ".", "es", [(WORKS, R, "Marta Gil", "")]),
    # must not change: a subject after the fronted object, a subject before the clitic, "se"
    (STRIKE + VISIT + "A los periodistas el ministro les dijo que " + WORKS + ".", "es",
     [(WORKS, R, "el ministro", "el ministro")]),
    (STRIKE + VISIT + "Los vecinos les dijeron que " + WORKS + ".", "es", [(WORKS, R, "Los vecinos", "Los vecinos")]),
    (STRIKE + VISIT + "Se dijo que " + WORKS + ".", "es", []),
    # -- 4: Spanish: a listed adverb before a dropped subject's verb reads as the verb alone -----------
    (STRIKE + VISIT + "Hoy dijo que " + WORKS + ".", "es", [(WORKS, R, "Marta Gil", "")]),
    (STRIKE + VISIT + "Luego añadió que " + WORKS + ".", "es", [(WORKS, R, "Marta Gil", "")]),
    (STRIKE + VISIT + "Ayer les dijo que " + WORKS + ".", "es", [(WORKS, R, "Marta Gil", "")]),
    # must not change: the verb alone; a subject after the adverb
    (STRIKE + VISIT + "Dijo que " + WORKS + ".", "es", [(WORKS, R, "Marta Gil", "")]),
    (STRIKE + VISIT + "Hoy el ministro dijo que " + WORKS + ".", "es", [(WORKS, R, "el ministro", "el ministro")]),
    # -- 2: French: an object pronoun before an inverted cue is the one told -------------------------
    (BUDGET + VOTE + ", nous a assuré le ministre.", "fr", [(VOTE, R, "Paul Martin", "le ministre")]),
    (BUDGET + "« " + VOTE + " », leur a dit Claire Morel.", "fr", [(VOTE, D, "Claire Morel", "Claire Morel")]),
    # must not change: no pronoun; a subject before the pronoun; "nous" the subject of its own verb
    (BUDGET + VOTE + ", a assuré le ministre.", "fr", [(VOTE, R, "Paul Martin", "le ministre")]),
    (BUDGET + "Il nous a dit que le budget sera voté en juin.", "fr", [("le budget sera voté en juin", R, "Paul Martin", "Il")]),
    (BUDGET + VOTE + ", nous avons dit aux élus.", "fr", []),
    # -- 3: researchers' findings before "que", "dass" ---------------------------------------------
    (VOSGES + "Les chercheurs ont découvert que la forêt pousse plus vite.", "fr",
     [("la forêt pousse plus vite", R, "Les chercheurs", "Les chercheurs")]),
    (FOREST + "Die Forscher fanden heraus, dass der Wald schneller wächst.", "de",
     [("der Wald schneller wächst", R, "Die Forscher", "Die Forscher")]),
    (SORIA + "Los investigadores descubrieron que el bosque crece más rápido.", "es",
     [("el bosque crece más rápido", R, "Los investigadores", "Los investigadores")]),
    # must not change: a discovery (no clause), anyone else's finding, no "dass" after the particle
    (VOSGES + "Les chercheurs ont découvert une nouvelle espèce de champignon.", "fr", []),
    (VOSGES + "Les pompiers ont découvert que la porte était ouverte.", "fr", []),
    (FOREST + "Die Forscher fanden im Wald seltene Pilze.", "de", []),
    (FOREST + "Die Forscher fanden heraus, wie der Wald wächst.", "de", []),
    (FOREST + "Die Polizisten fanden heraus, dass die Tür offen war.", "de", []),
    (SORIA + "Los investigadores descubrieron una nueva especie de hongo.", "es", []),
    (SORIA + "Los bomberos descubrieron que la puerta estaba abierta.", "es", []),
]

HEARING = "The state budget hearing ran for three hours on Tuesday. A transcript of the exchange follows.\n\n"

TRANSCRIPT_ROWS: list[tuple[str, list[MentionRow]]] = [
    # -- 5: a full name in capitals labels its turn in a run of turns; an answer after a question ------
    (HEARING + "DAN PRICE: I think the budget is too large.\n\nMARIA LOPEZ: I think it is fine as it is.\n\n"
     "DAN PRICE: Then we should vote on it today.",
     [("I think the budget is too large.", D, "Dan Price", "DAN PRICE"),
      ("I think it is fine as it is.", D, "Maria Lopez", "MARIA LOPEZ"),
      ("Then we should vote on it today.", D, "Dan Price", "DAN PRICE")]),
    (HEARING + "SEN. PRICE: Did the state close the gap?\n\nGOV. LIN: Yes, on Monday.\n\nSEN. PRICE: Thank you, governor.",
     [("Did the state close the gap?", D, "Price", "SEN. PRICE"), ("Yes, on Monday.", D, "Lin", "GOV. LIN"),
      ("Thank you, governor.", D, "Price", "SEN. PRICE")]),
    # must not change: two turns alone (no run), one labelled line alone, a note, a heading in capitals,
    # a box score, an interview's Q
    (HEARING + "DAN PRICE: The budget is too large.\n\nMARIA LOPEZ: It is fine as it is.", []),
    (HEARING + "DAN PRICE: We will not raise taxes this year.\n\nThe governor left at noon.", []),
    ("The council met on Monday.\n\nNOTE: The meeting was moved to the library because the hall is being painted.", []),
    ("The council met on Monday.\n\nUPDATE: We have added comments from the mayor to this story today.", []),
    ("Markets\n\nBREAKING NEWS: We are seeing stocks fall sharply this morning.\n\nMARKET WATCH: We expect more losses.", []),
    ("Box scores\n\nWILL ORTIZ: 12 points, 5 rebounds.\n\nTOM BERG: 10 points, 3 assists.\n\nANA RUIZ: 8 points, 2 steals.", []),
    ("Q&A\n\nQ: Your numbers this season?\n\nWILL ORTIZ: 12 points, 5 rebounds.\n\nQ: And next year?", []),
]


@pytest.mark.parametrize(("text", "expected"), TRANSCRIPT_ROWS)
def test_fixq61b_transcripts(text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text, None, None) == expected


@pytest.mark.parametrize(("text", "language", "expected"), ROWS)
def test_fixq61b_quotes(text: str, language: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text, language, None) == expected
