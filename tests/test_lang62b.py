"""Round 62's language packs, continued (lang62b).

Reported and direct speech the packs still missed (an according-to cue cut short before a
pronoun, a quotation that opens its source's clause, multi-word connectives before a subject or a
dropped one, Spanish plural preterites, a setting opened by ``ante`` or ``desde`` before ``que``,
an object pronoun before an interjected inverted cue), each with the nearest shapes that must not
change; and a pack's thanks line that someone says is the story's.
"""

from __future__ import annotations

import pytest
from tests.parts import blocks
from tests.quote_cases import cued_quotes

import newsparse
from newsparse.quotes.languages import language_pack

FRENCH_LEAD = "Le maire de secteur, Paul Ortega, a visité l'immeuble mardi."
SPANISH_LEAD = "La ministra Ana Ruiz visitó Sevilla el lunes."
ENGLISH_LEAD = "Mayor Paul Ortega toured the building on Tuesday."

# (language, the paragraph after the lead, [(text, cue, speaker)] that must come out)
ROWS: list[tuple[str | None, str, str, list[tuple[str, str | None, str | None]]]] = [
    # an according-to cue's words whole before a pronoun ("Selon l'" was cut), the pronoun resolved
    ("fr", FRENCH_LEAD, "Selon lui, « aucun risque de chute n'a été identifié ».",
     [("aucun risque de chute n'a été identifié", "Selon", "Paul Ortega")]),
    (None, ENGLISH_LEAD, 'According to him, "the walls are sound."', [("the walls are sound.", "According to", "Paul Ortega")]),
    # a quotation that opens the source's clause: the clause, mixed, as with no marks
    ("fr", FRENCH_LEAD, "Selon lui, « aucun risque de chute » n'a été identifié.",
     [("« aucun risque de chute » n'a été identifié", "Selon", "Paul Ortega")]),
    ("fr", FRENCH_LEAD, "Selon lui, aucun risque de chute n'a été identifié.",
     [("aucun risque de chute n'a été identifié", "Selon", "Paul Ortega")]),
    (None, ENGLISH_LEAD, 'According to him, "no risk of collapse" was found.',
     [('"no risk of collapse" was found', "According to", "Paul Ortega")]),
    # (nearest shapes: the quotation closes the sentence or a comma follows it)
    (None, ENGLISH_LEAD, 'According to him, "no risk of collapse", and none of fire.', [("no risk of collapse", "According to", "Paul Ortega")]),
    (None, ENGLISH_LEAD, 'According to him, "the walls are sound," presumably meaning the repairs can wait.',
     [("the walls are sound,", "According to", "Paul Ortega")]),
    # Spanish: a connective of several words before the subject, whom the verb after a quotation then reads
    ("es", SPANISH_LEAD,
     'Por su parte, la diputada Marta Gil sostuvo que la ley es injusta. "Nadie nos ha escuchado", declaró a la prensa.',
     [("la ley es injusta", "sostuvo", "Marta Gil"), ("Nadie nos ha escuchado", "declaró", "Marta Gil")]),
    ("es", SPANISH_LEAD,
     'No obstante, la diputada Marta Gil sostuvo que la ley es injusta. "Nadie nos ha escuchado", declaró.',
     [("la ley es injusta", "sostuvo", "Marta Gil"), ("Nadie nos ha escuchado", "declaró", "Marta Gil")]),
    # ... and before a dropped subject, as "Además,"
    ("es", SPANISH_LEAD, "Sin embargo, advirtió que la medida llega tarde.", [("la medida llega tarde", "advirtió", "Ana Ruiz")]),
    ("es", SPANISH_LEAD, "Por su parte, advirtió que la medida llega tarde.", [("la medida llega tarde", "advirtió", "Ana Ruiz")]),
    # (nearest shapes: a connective before a clause of no speech; two people before the dropped subject)
    ("es", SPANISH_LEAD, "Sin embargo, la medida llega tarde.", []),
    ("es", SPANISH_LEAD,
     'Por su parte, la diputada Marta Gil y el alcalde Luis Mora votaron en contra. "Nadie nos ha escuchado", declaró.',
     [("Nadie nos ha escuchado", "declaró", None)]),
    # Spanish: the plural preterites of listed verbs
    ("es", SPANISH_LEAD, "Los vecinos del barrio relataron que el agua subió en minutos.",
     [("el agua subió en minutos", "relataron", "Los vecinos del barrio")]),
    ("es", SPANISH_LEAD, '"Salimos con lo puesto", contaron los bomberos.', [("Salimos con lo puesto", "contaron", "los bomberos")]),
    ("es", SPANISH_LEAD, "Los vecinos contaron con la ayuda de los bomberos.", []),
    # Spanish: a setting opened by "desde" between the verb and "que" (not "ante": the merged round)
    ("es", SPANISH_LEAD, "El alcalde Juan Pérez dijo desde el balcón en la plaza que el agua volverá.",
     [("el agua volverá", "dijo", "Juan Pérez")]),
    ("es", SPANISH_LEAD, "La ministra respondió ante las críticas que la oposición lanzó el martes en el Congreso.", []),
    ("es", SPANISH_LEAD, "El alcalde Juan Pérez dijo desde el balcón que el agua volverá.", [("el agua volverá", "dijo", "Juan Pérez")]),
    ("es", SPANISH_LEAD, "El alcalde Juan Pérez dijo en la plaza que el agua volverá.", [("el agua volverá", "dijo", "Juan Pérez")]),
    # (nearest shapes: "que" a relative of the setting's noun, its verb right after it)
    ("es", SPANISH_LEAD, "El alcalde Juan Pérez respondió ante las críticas que recibió el plan.", []),
    ("es", SPANISH_LEAD, "El alcalde Juan Pérez habló desde el balcón que da a la plaza.", []),
    # French and Spanish: the one told before an interjected inverted cue, as with no pronoun
    ("fr", FRENCH_LEAD, "Les salariés, m'a confié Anne Roux, garderont leur poste.",
     [("Les salariés, m'a confié Anne Roux, garderont leur poste", "a confié", "Anne Roux")]),
    ("fr", FRENCH_LEAD, "Les salariés, nous a confié Anne Roux, garderont leur poste.",
     [("Les salariés, nous a confié Anne Roux, garderont leur poste", "a confié", "Anne Roux")]),
    ("fr", FRENCH_LEAD, "Les salariés, a confié Anne Roux, garderont leur poste.",
     [("Les salariés, a confié Anne Roux, garderont leur poste", "a confié", "Anne Roux")]),
    ("es", SPANISH_LEAD, "El plan, me dijo Ana Ruiz, era demasiado caro.",
     [("El plan, me dijo Ana Ruiz, era demasiado caro", "dijo", "Ana Ruiz")]),
    # (nearest shapes: a verb of no speech; a subject before the pronoun)
    ("fr", FRENCH_LEAD, "Les salariés, lui a donné Anne Roux, garderont leur poste.", []),
    ("fr", FRENCH_LEAD, "Les salariés m'ont dit que le projet coûtera cher.", [("le projet coûtera cher", "ont dit", "Les salariés")]),
]


@pytest.mark.parametrize(("language", "lead", "paragraph", "expected"), ROWS)
def test_speech_of_the_packs(
    language: str | None, lead: str, paragraph: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    headline = "Titre" if language else "Headline"
    assert cued_quotes(blocks(headline, lead, paragraph), language) == expected


def test_rows_are_distinct() -> None:
    assert len({(language, lead, paragraph) for language, lead, paragraph, _ in ROWS}) == len(ROWS)


@pytest.mark.parametrize(
    ("language", "line", "thanks"),
    [
        ("de", "Danke fürs Lesen, sagte die Bürgermeisterin.", False),
        ("de", "Danke fürs Lesen!", True),
        ("fr", "Merci de nous lire, a dit la maire.", False),
        ("fr", "Merci de nous lire !", True),
        ("es", "Gracias por leernos, dijo la alcaldesa.", False),
        ("es", "¡Gracias por leernos!", True),
        (None, "Thanks for reading, the mayor told the club.", False),
        (None, "Thanks for reading!", True),
    ],
)
def test_thanks_someone_says_is_the_storys(language: str | None, line: str, thanks: bool) -> None:
    vocabulary = language_pack(language).vocabulary() if language else newsparse.Vocabulary()
    assert newsparse.BoilerplateParser(vocabulary).is_reader_thanks(line) is thanks


def test_subclass_connectives() -> None:
    """A pack's connectives are a class attribute a subclass replaces."""
    pack = language_pack("es")

    class NoConnectives(pack.quotes):  # type: ignore[name-defined,misc]
        OPENING_CONNECTIVES = frozenset()

    parser = NoConnectives(pack.vocabulary())
    assert parser.opening_connective(["Por", "su", "parte,", "la"]) == 0
    assert pack.quotes(pack.vocabulary()).opening_connective(["Por", "su", "parte,", "la"]) == 3


def test_according_to_before_a_quotation_keeps_a_later_cue_its_own() -> None:
    # (second reader of the merged round: the clause after the quotation ran on over another cue,
    # and the investigators' attribution was lost to the inquiry)
    text = (
        "LONDON (Reuters) - The report was published on Monday.\n\n"
        'According to the inquiry, "key safeguards" were ignored, investigators said.\n'
    )
    quotes = newsparse.parse_article(text).quotes
    assert sorted((q.text, q.speaker.name if q.speaker else None) for q in quotes) == [
        ('According to the inquiry, "key safeguards" were ignored', "investigators"),
        ("key safeguards", "the inquiry"),
    ]
