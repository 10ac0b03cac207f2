"""Spanish, German, French and English quotes a new user found wrong (issue 5, lang61): the name
after ``identified as`` (``identificada como``, ``identifiée comme``, ``namens``) set off after a
phrase speaks; Spanish ``vocero`` is a role, so a name set off after it is the source; a dropped
subject's speaker has no mention (never the cue's verb); German ``gemäß``/``gemäss`` read as
``laut``; a German sentence opened by ``Das``/``Dies`` and a cue (``Das teilte X am Montag mit.``)
gives the sentence before to its speaker.  Invented sentences; each row gives the exact
``(text, kind, speaker's name, speaker's mention)`` of every quote, beside the near misses."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT
Rows = list[tuple[str, QuoteKind, str | None, str | None]]

quotes_of = partial(mention_rows, headline="Brand in der Altstadt")


NAMED_AS = [
    # the name after the words that give it, set off after the phrase before the cue
    ("es", "Ardieron tres casas. Una vecina, identificada como Rosa Beltrán, declaró que el humo llegó al amanecer.",
     [("el humo llegó al amanecer", R, "Rosa Beltrán", "Rosa Beltrán")]),
    ("es", "Ardieron tres casas. Un agente, identificado como Mario Quiroga, dijo que nadie resultó herido.",
     [("nadie resultó herido", R, "Mario Quiroga", "Mario Quiroga")]),
    ("fr", "Trois maisons ont brûlé. Une voisine, identifiée comme Odile Fabre, a déclaré que la fumée était noire.",
     [("la fumée était noire", R, "Odile Fabre", "Odile Fabre")]),
    ("en", "Three barns burned. A farmhand, identified as Cole Brandt, said the smoke rose before dawn.",
     [("the smoke rose before dawn", R, "Cole Brandt", "Cole Brandt")]),
    # after an inverted cue, set off by a comma or not, closing the sentence
    ("en", 'Three barns burned. "The smoke rose before dawn," said a farmhand identified as Cole Brandt.',
     [("The smoke rose before dawn,", D, "Cole Brandt", "Cole Brandt")]),
    ("en", 'Three barns burned. "The smoke rose before dawn," said a farmhand, identified as Cole Brandt.',
     [("The smoke rose before dawn,", D, "Cole Brandt", "Cole Brandt")]),
    ("es", "Ardieron tres casas. «El humo llegó al amanecer», dijo una vecina, identificada como Rosa Beltrán.",
     [("El humo llegó al amanecer", D, "Rosa Beltrán", "Rosa Beltrán")]),
    # (near misses: what identifies no name, read as before: no speaker; a name with more after it:
    # the phrase speaks)
    ("en", 'Three barns burned. "The smoke rose before dawn," said a farmhand, identified as a local man.',
     [("The smoke rose before dawn,", D, None, None)]),
    ("es", "Ardieron tres casas. «El humo llegó al amanecer», dijo una vecina, identificada como Rosa Beltrán, de 60 años.",
     [("El humo llegó al amanecer", D, "una vecina", "una vecina")]),
]


SPANISH_ROLES = [
    # "vocero" a role: the name set off after it speaks, no part of the words
    ("La medida es temporal, según explicó el vocero presidencial, Ismael Arregui.",
     [("La medida es temporal", R, "Ismael Arregui", "el vocero presidencial")]),
    ("Según explicó el vocero presidencial, Ismael Arregui, la medida es temporal.",
     [("la medida es temporal", R, "Ismael Arregui", "el vocero presidencial")]),
    ("Según la vocera del partido, Nuria Salcedo, la medida es temporal.",
     [("la medida es temporal", R, "Nuria Salcedo", "la vocera del partido")]),
    # (near miss: no name set off, the role speaks)
    ("Según explicó el vocero presidencial, la medida es temporal.",
     [("la medida es temporal", R, "el vocero presidencial", "el vocero presidencial")]),
]


DROPPED_SUBJECTS = [
    # the verb stands for its subject: the speaker named before, no mention
    ("El ministro Ramiro Ezcurra habló en el Congreso. «No habrá más demoras», agregó.",
     [("No habrá más demoras", D, "Ramiro Ezcurra", "")]),
    ("La alcaldesa Marta Ibáñez visitó el barrio. Añadió que las obras terminarán en mayo.",
     [("las obras terminarán en mayo", R, "Marta Ibáñez", "")]),
    # (a subject written: its mention as written)
    ("El ministro Ramiro Ezcurra habló en el Congreso. «No habrá más demoras», agregó el ministro.",
     [("No habrá más demoras", D, "Ramiro Ezcurra", "el ministro")]),
    # (one told between the verb and the subject keeps the subject's resolution)
    ("El ministro Ramiro Ezcurra habló en el Congreso. «No habrá más demoras», indicó a Efe el ministro.",
     [("No habrá más demoras", D, "Ramiro Ezcurra", "el ministro")]),
]


GERMAN_ACCORDING = [
    # "gemäß", Swiss "gemäss", as "laut"
    ("Gemäß Stadträtin Vera Lindqvist soll die Brücke im Herbst fertig sein.",
     [("soll die Brücke im Herbst fertig sein", R, "Vera Lindqvist", "Stadträtin Vera Lindqvist")]),
    ("Gemäss Stadtrat Urs Baumgartner soll die Brücke im Herbst fertig sein.",
     [("soll die Brücke im Herbst fertig sein", R, "Urs Baumgartner", "Stadtrat Urs Baumgartner")]),
    ("Laut Stadtrat Urs Baumgartner soll die Brücke im Herbst fertig sein.",
     [("soll die Brücke im Herbst fertig sein", R, "Urs Baumgartner", "Stadtrat Urs Baumgartner")]),
    ("Gemäß der Polizei wurde niemand verletzt.", [("wurde niemand verletzt", R, "der Polizei", "der Polizei")]),
    # (near misses: in keeping with a plan or rules, no one's report: SPEAKING_SOURCES)
    ("Die Brücke wird gemäß dem Plan im Herbst fertig.", []),
    ("Gemäß den Vorgaben müssen alle Bauten geprüft werden.", []),
]


GERMAN_DEMONSTRATIVE = [
    # "Das"/"Dies", a cue and its speaker: the sentence before is the speaker's report
    ("Das Hallenbad bleibt bis Ende März geschlossen. Das teilte Sportstadträtin Ines Pfeifer am Montag mit.",
     [("Das Hallenbad bleibt bis Ende März geschlossen", R, "Ines Pfeifer", "Sportstadträtin Ines Pfeifer")]),
    ("Das Hallenbad bleibt bis Ende März geschlossen. Dies kündigte Bürgermeister Lukas Brenner an.",
     [("Das Hallenbad bleibt bis Ende März geschlossen", R, "Lukas Brenner", "Bürgermeister Lukas Brenner")]),
    ("Das Hallenbad bleibt bis Ende März geschlossen. Das sagte Bürgermeister Lukas Brenner am Dienstag.",
     [("Das Hallenbad bleibt bis Ende März geschlossen", R, "Lukas Brenner", "Bürgermeister Lukas Brenner")]),
    ("Das Hallenbad bleibt bis Ende März geschlossen. Das teilte die Polizei mit.",
     [("Das Hallenbad bleibt bis Ende März geschlossen", R, "die Polizei", "die Polizei")]),
    # (near misses: a thing explains, no particle, an article before a noun, a question before, a clause after)
    ("Die Unfälle nahmen im Winter stark zu. Das erklärte die hohe Zahl der Verletzten.", []),
    ("Das Hallenbad bleibt bis Ende März geschlossen. Das gab es noch nie.", []),
    ("Bleibt das Hallenbad bis Ende März geschlossen? Das sagte Bürgermeister Lukas Brenner am Dienstag.", []),
    ("Das Hallenbad bleibt bis Ende März geschlossen. Das teilte Bürgermeister Lukas Brenner mit, als er ging.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), NAMED_AS)
def test_named_as(language: str, text: str, expected: Rows) -> None:
    assert quotes_of(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), SPANISH_ROLES)
def test_spanish_roles(text: str, expected: Rows) -> None:
    assert quotes_of(text, "es") == expected


@pytest.mark.parametrize(("text", "expected"), DROPPED_SUBJECTS)
def test_dropped_subject_has_no_mention(text: str, expected: Rows) -> None:
    assert quotes_of(text, "es") == expected


@pytest.mark.parametrize(("text", "expected"), GERMAN_ACCORDING)
def test_german_according(text: str, expected: Rows) -> None:
    assert quotes_of(text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), GERMAN_DEMONSTRATIVE)
def test_german_demonstrative_report(text: str, expected: Rows) -> None:
    assert quotes_of(text, "de") == expected
