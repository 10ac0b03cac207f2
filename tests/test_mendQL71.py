"""Round 71's quote mends in the French, German and Spanish packs (mendQL71, issue 5).

1. French: a phrase of one side of two inside a compound cue (``a de son côté dénoncé``) is no
   subject; a name with its role set off after it holds a ``Pour`` view (``Pour Laurent Roux,
   secrétaire général du syndicat, « ... »``); a compound title of two roles (``ministre-président``)
   is a role, so the name set off after it after an inverted cue speaks.
2. German: a Konjunktiv I sentence that holds a quotation no one speaks goes on with the speaker of
   the sentence before.
3. Spanish (and French): a closing ``según un comunicado`` after a clause a cue reports with ``que``
   is the report's source; the cue's subject speaks.
"""

from __future__ import annotations

import pytest

from newsparse import parse_article

# (language, text, quoted words, speaker's name or None)
ROWS: list[tuple[str, str, str, str | None]] = [
    # 1a. French: the aside inside the compound cue
    ("fr", "La ministre de la Culture, Anne Ferrand, a de son côté dénoncé une réforme « brutale ».",
     "brutale", "Anne Ferrand"),
    ("fr", "Paul Girard a pour sa part qualifié le projet de « fiasco annoncé ».", "fiasco annoncé", "Paul Girard"),
    ("fr", "Les syndicats ont de leur côté dénoncé une réforme « injuste ».", "injuste", "Les syndicats"),
    ("fr", "Le maire de Lille, Marc Vasseur, a lui aussi dénoncé un budget « insincère ».", "insincère", "Marc Vasseur"),
    # (near misses: the aside opening the sentence, an adverb alone, no aside)
    ("fr", "De son côté, le préfet a dénoncé des violences « inacceptables ».", "inacceptables", "le préfet"),
    ("fr", "Claire Martin a ensuite dénoncé une décision « absurde ».", "absurde", "Claire Martin"),
    ("fr", "Le ministre des Finances, Hugo Roche, a dénoncé une grève « politique ».", "politique", "Hugo Roche"),
    # 1b. French: Pour, a name, its role set off, then the quotation
    ("fr", "Pour Laurent Mercier, secrétaire général de la fédération, « le gouvernement porte seul la "
     "responsabilité du blocage ».", "le gouvernement porte seul la responsabilité du blocage", "Laurent Mercier"),
    ("fr", "Pour Sophie Arnaud, porte-parole du collectif des riverains, « personne ne nous a consultés ».",
     "personne ne nous a consultés", "Sophie Arnaud"),
    ("fr", "Pour Marc Lemoine, l'ancien ministre de la Santé, « la réforme arrive beaucoup trop tard ».",
     "la réforme arrive beaucoup trop tard", "Marc Lemoine"),
    # (near misses: the name alone, a role holder with its name set off, as before)
    ("fr", "Pour Laurent Mercier, « le gouvernement porte seul la responsabilité ».",
     "le gouvernement porte seul la responsabilité", "Laurent Mercier"),
    ("fr", "Pour le président de la région, Pierre Martin, « la ligne doit rouvrir ».", "la ligne doit rouvrir",
     "Pierre Martin"),
    # 1c. French: a compound title of two roles, then the name set off after an inverted cue
    ("fr", "« Nous ne céderons pas », a déclaré le ministre-président, Christophe Dumont, devant le Parlement.",
     "Nous ne céderons pas", "Christophe Dumont"),
    ("fr", "« Le budget est bouclé », a assuré la ministre-présidente, Élise Vandamme, devant les députés.",
     "Le budget est bouclé", "Élise Vandamme"),
    # (near miss: no name after the title)
    ("fr", "« Nous ne céderons pas », a déclaré le ministre-président devant le Parlement.",
     "Nous ne céderons pas", "le ministre-président"),
    # 3. French: a closing "selon un communiqué" after a clause of its own cue
    ("fr", "Le syndicat estime que la hausse « menace des milliers d'emplois », selon un communiqué.",
     "la hausse « menace des milliers d'emplois »", "Le syndicat"),
]

GERMAN: list[tuple[str, list[tuple[str, str | None]]]] = [
    # 2. German: the Konjunktiv I sentence with a quoted phrase goes on with the last speaker
    ("Verdi-Verhandlungsführer Jan Roth sagte am Montag: «Wir haben lange genug gewartet.» Das Angebot der "
     "Arbeitgeber sei «völlig unzureichend».",
     [("Wir haben lange genug gewartet.", "Jan Roth"), ("Das Angebot der Arbeitgeber sei «völlig unzureichend»", "Jan Roth")]),
    ("„Das ist ein Schlag ins Gesicht der Belegschaft“, sagte Bezirksleiterin Petra Lang. Die Gewerkschaft werde "
     "„mit allen Mitteln“ um die Arbeitsplätze kämpfen.",
     [("Das ist ein Schlag ins Gesicht der Belegschaft", "Petra Lang"),
      ("Die Gewerkschaft werde „mit allen Mitteln“ um die Arbeitsplätze kämpfen", "Petra Lang")]),
    ('"Wir bleiben hart", sagte Betriebsrat Uwe Kranz. Der Konzern habe "keinerlei Plan" für das Werk.',
     [("Wir bleiben hart", "Uwe Kranz"), ('Der Konzern habe "keinerlei Plan" für das Werk', "Uwe Kranz")]),
    # (near misses: an indicative sentence between breaks the chain; another speaker's cue; no speaker before)
    ("«Wir bleiben hart», sagte Uwe Kranz. Der Streik geht weiter. Das Angebot sei «völlig unzureichend».",
     [("Wir bleiben hart", "Uwe Kranz"), ("völlig unzureichend", None)]),
    ("«Wir bleiben hart», sagte Uwe Kranz. Das Angebot sei «völlig unzureichend», sagte Jan Roth.",
     [("Wir bleiben hart", "Uwe Kranz"), ("völlig unzureichend", "Jan Roth")]),
    ("Der Streik dauert an. Das Angebot sei «völlig unzureichend».", [("völlig unzureichend", None)]),
]

# (text, quoted words, speaker's name, source)
SPANISH: list[tuple[str, str, str, str | None]] = [
    ('La patronal CEOE, que no respaldó el acuerdo, considera que la subida "pone en riesgo el empleo en las '
     'pequeñas empresas", según un comunicado.',
     'la subida "pone en riesgo el empleo en las pequeñas empresas"', "CEOE", "un comunicado"),
    ("El sindicato UGT, que convocó la protesta, aseguró que la huelga tuvo un seguimiento masivo, según una nota.",
     "la huelga tuvo un seguimiento masivo", "UGT", "una nota"),
    ("La Confederación Hidrográfica advirtió que los embalses siguen por debajo del 40 %, según un comunicado.",
     "los embalses siguen por debajo del 40 %", "La Confederación Hidrográfica", "un comunicado"),
    ('El ministro dijo que la reforma "llega tarde", según la agencia EFE.', 'la reforma "llega tarde"',
     "El ministro", "la agencia EFE"),
    # (near misses: no cue of the clause's own, the statement is the source and speaker)
    ("La subida pone en riesgo el empleo de miles de trabajadores, según un comunicado de la patronal.",
     "La subida pone en riesgo el empleo de miles de trabajadores", "un comunicado de la patronal", None),
]


def _quote(text: str, language: str, words: str):  # type: ignore[no-untyped-def]
    article = parse_article(text + "\n", language=language)
    found = [q for q in article.quotes if q.text == words]
    assert len(found) == 1, [(q.text, q.speaker) for q in article.quotes]
    return found[0]


@pytest.mark.parametrize(("language", "text", "words", "speaker"), ROWS)
def test_french_speaker(language: str, text: str, words: str, speaker: str | None) -> None:
    quote = _quote(text, language, words)
    assert (quote.speaker.name if quote.speaker else None) == speaker


@pytest.mark.parametrize(("text", "expected"), GERMAN)
def test_german_subjunctive_goes_on(text: str, expected: list[tuple[str, str | None]]) -> None:
    article = parse_article(text + "\n", language="de")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == expected


@pytest.mark.parametrize(("text", "words", "speaker", "source"), SPANISH)
def test_spanish_closing_source(text: str, words: str, speaker: str, source: str | None) -> None:
    quote = _quote(text, "es", words)
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.source == source


def test_pour_name_role_span() -> None:
    """The words after the role set off after a ``Pour`` holder's name, no part of the role."""
    text = "Pour Sophie Arnaud, porte-parole du collectif, les riverains n'ont jamais été consultés sur le projet.\n"
    article = parse_article(text, language="fr")
    [quote] = article.quotes
    assert quote.text == "les riverains n'ont jamais été consultés sur le projet"
    assert text[quote.span.start : quote.span.end] == quote.text
    assert quote.speaker is not None and quote.speaker.name == "Sophie Arnaud"
