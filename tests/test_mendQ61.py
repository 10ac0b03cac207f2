"""Mends of round 61's quote rules (mendQ61): a Spanish plural verb's dropped subject is never one
person; a leading time adverb is no word of the name after it and a fronted phrase of time or
place no speaker before a dropped subject; a possessive last item in a list of two names no one,
the quote keeping its cue; a region set off after a placed phrase is never the speaker, whatever
the vocabulary knows of it; a portfolio of two joined with no comma before a title; a party noun
after an age describes the aged person, no name.  Each row: the article, its language, then every
quote as ``(text, kind, speaker's name, speaker's mention)``."""

from __future__ import annotations

import pytest

from newsparse.spans import QuoteKind
from quote_cases import MentionRow, article_of, mention_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT
HEADLINE = "Harbour news"

PORT = "VALENCIA (EFE) — El nuevo muelle del puerto se inauguró el viernes.\n\n"
DOCK = "el muelle abrirá en junio"
MAYOR = "El alcalde Jorge Prats recorrió las obras el jueves. "
GYM = "La consejera Elena Sanz habló con los padres. "
POOL = "habrá una piscina nueva"
FLOODS = "CARDIFF — Rivers burst their banks across Wales on Sunday.\n\n"
RISE = "the river rose in an hour"
TALKS = "NAIROBI, Kenya (AP) — Budget talks ended on Friday.\n\n"
RACE = "RALEIGH, N.C. (AP) — The Senate race tightened on Monday.\n\n"

ROWS: list[tuple[str, str | None, str | None, list[MentionRow]]] = [
    # -- 1: a plural verb's dropped subject is never the one person named before ---------------------
    (PORT + MAYOR + f"Luego aseguraron que {DOCK}.", "es", None, [(DOCK, R, None, None)]),
    (PORT + MAYOR + f"Aseguraron que {DOCK}.", "es", None, [(DOCK, R, None, None)]),
    (PORT + MAYOR + f"A los comerciantes les explicaron que {DOCK}.", "es", None, [(DOCK, R, None, None)]),
    (PORT + MAYOR + f"Hoy afirman que {DOCK}.", "es", None, [(DOCK, R, None, None)]),
    # a plural speaker before it is its subject
    (PORT + f"Los estibadores dijeron que {DOCK}. Luego aseguraron que habrá más grúas.", "es", None,
     [(DOCK, R, "Los estibadores", "Los estibadores"), ("habrá más grúas", R, "Los estibadores", "")]),
    # must not change: a singular verb after the adverb or the fronted object
    (PORT + MAYOR + f"Luego aseguró que {DOCK}.", "es", None, [(DOCK, R, "Jorge Prats", "")]),
    (PORT + MAYOR + f"A los comerciantes les explicó que {DOCK}.", "es", None, [(DOCK, R, "Jorge Prats", "")]),
    (PORT + MAYOR + f"Los estibadores aseguraron que {DOCK}.", "es", None, [(DOCK, R, "Los estibadores", "Los estibadores")]),
    # -- 6: a time adverb before a name; a fronted phrase of time or place before a dropped subject ---
    (PORT + f"Hoy Marta Vidal dijo que {DOCK}.", "es", None, [(DOCK, R, "Marta Vidal", "Marta Vidal")]),
    (PORT + GYM + f"Tras la reunión dijo que {POOL}.", "es", None, [(POOL, R, "Elena Sanz", "")]),
    (PORT + GYM + f"Al término de la visita les dijo que {POOL}.", "es", None, [(POOL, R, "Elena Sanz", "")]),
    # must not change: a subject after the fronted phrase; "hasta" as "even"; a capitalised time alone
    (PORT + GYM + f"Durante la visita el director dijo que {POOL}.", "es", None, [(POOL, R, "el director", "el director")]),
    (PORT + GYM + f"Hasta el director dijo que {POOL}.", "es", None, [(POOL, R, "el director", "el director")]),
    (PORT + f"Ayer la concejala Marta Vidal dijo que {DOCK}.", "es", None, [(DOCK, R, "Marta Vidal", "la concejala Marta Vidal")]),
    # -- 3: a region set off after a placed phrase is no speaker, known to the vocabulary or not -------
    (FLOODS + f"A shopkeeper in Builth Wells, Powys, who lost his stock, said {RISE}.", "en-GB", HEADLINE,
     [(RISE, R, "A shopkeeper in Builth Wells", "A shopkeeper in Builth Wells")]),
    (FLOODS + f"A nurse near Skipton, North Yorkshire, said {RISE}.", "en-GB", HEADLINE,
     [(RISE, R, "A nurse near Skipton", "A nurse near Skipton")]),
    # must not change: a name with a given name set off after the place; a month, no place; a titled
    # name; a place inside an opening phrase
    (FLOODS + f"A shopkeeper in Builth Wells, Gareth Pryce, said {RISE}.", "en-GB", HEADLINE,
     [(RISE, R, "Gareth Pryce", "Gareth Pryce")]),
    (FLOODS + f"In a report to the board in March, Zander Quill, the head of the trust, said {RISE}.", "en-GB", HEADLINE,
     [(RISE, R, "Zander Quill", "Zander Quill")]),
    (FLOODS + f"When the trust met in March, Trust Director Zander Quill said {RISE}.", "en-GB", HEADLINE,
     [(RISE, R, "Zander Quill", "Trust Director Zander Quill")]),
    (FLOODS + f"In its review of the damage in Powys, Hafren Analytics, a Newtown firm, says {RISE}.", "en-GB", HEADLINE,
     [(RISE, R, "Hafren Analytics", "Hafren Analytics")]),
    # -- 4: a portfolio of two joined with no comma, then its title and the holder --------------------
    (TALKS + '"The deal is fair," said Work and Pensions Secretary Lena Osei.', "en-GB", HEADLINE,
     [("The deal is fair,", D, "Lena Osei", "Work and Pensions Secretary Lena Osei")]),
    # must not change: two titled people joined; a name and a titled person
    (TALKS + '"The deal is fair," said Trade Minister Lena Osei and Energy Minister Paul Kiprop.', None, HEADLINE,
     [("The deal is fair,", D, "Lena Osei and Paul Kiprop", "Trade Minister Lena Osei and Energy Minister Paul Kiprop")]),
    (TALKS + '"The deal is fair," said Lena Osei and Energy Minister Paul Kiprop.', None, HEADLINE,
     [("The deal is fair,", D, "Lena Osei and Paul Kiprop", "Lena Osei and Energy Minister Paul Kiprop")]),
    # -- 5: a party noun after an age describes the aged person ----------------------------------------
    (RACE + 'Senator Ruth Hale, 71, spoke at a rally.\n\n"We are ahead," the 71-year-old Democrat said.', None, HEADLINE,
     [("We are ahead,", D, "Ruth Hale", "the 71-year-old Democrat")]),
    # must not change: another age, or another party told, leaves the mention as written
    (RACE + 'Senator Ruth Hale, 71, spoke at a rally.\n\n"We are ahead," the 58-year-old Democrat said.', None, HEADLINE,
     [("We are ahead,", D, "the 58-year-old Democrat", "the 58-year-old Democrat")]),
    (RACE + 'Ruth Hale, 71, a Republican, spoke at a rally.\n\n"We are ahead," the 71-year-old Democrat said.', None, HEADLINE,
     [("We are ahead,", D, "the 71-year-old Democrat", "the 71-year-old Democrat")]),
]


@pytest.mark.parametrize(("text", "language", "headline", "expected"), ROWS)
def test_mendq61_speakers(text: str, language: str | None, headline: str | None, expected: list[MentionRow]) -> None:
    assert mention_rows(text, language, headline) == expected


CUED_ROWS: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    # -- 2: a possessive last item in a list of two or more: no speaker, the cue kept ------------------
    # (two names joined before the role: the lawyer of both speaks, fixQ66b's joined_possessors_role)
    (TALKS + '"We will appeal," said Paul Kiprop and Lena Osei\'s lawyer.',
     [("We will appeal,", "said", "Paul Kiprop and Lena Osei's lawyer")]),
    (TALKS + '"We will appeal," said Kiprop and Osei\'s lawyer on Friday.', [("We will appeal,", "said", None)]),
    (TALKS + '"We will appeal," said Paul Kiprop, Amos Otieno and Lena Osei\'s lawyer.', [("We will appeal,", "said", None)]),
    # must not change: two names; the possessive set off after one name; the owner's role and a name
    (TALKS + '"We will appeal," said Paul Kiprop and Lena Osei.', [("We will appeal,", "said", "Paul Kiprop and Lena Osei")]),
    (TALKS + '"We will appeal," said Paul Kiprop, Lena Osei\'s lawyer.', [("We will appeal,", "said", "Paul Kiprop")]),
    (TALKS + '"We will appeal," said Lena Osei\'s lawyer, Paul Kiprop.', [("We will appeal,", "said", "Paul Kiprop")]),
]


@pytest.mark.parametrize(("text", "expected"), CUED_ROWS)
def test_mendq61_refused_list_keeps_cue(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    quotes = article_of(text, None, HEADLINE).quotes
    assert [(q.text, q.cue, q.speaker and q.speaker.name) for q in quotes] == expected
