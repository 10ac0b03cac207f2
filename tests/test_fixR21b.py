"""Regressions the second reader of stop 21 found (issue 5), each bad shape beside the shape the
change aimed at, which must keep working.  Invented stories; each row gives the exact
``(quoted text, speaker's name, speaker's mention)`` that must come out."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow, speaker_rows

# German "sagte"/"erklärte" take the one told (dative) before the comma; a thing said ("nichts"), an
# accusative thing ("den Rücktritt", "die Reform") and a relative clause after it are no speech
TOLD_IN_GERMAN = [
    ("Der Minister sagte nichts, was die Lage erklären würde.", []),
    ("Der Minister sagte etwas, das niemand hören wollte.", []),
    ("Die Kanzlerin erklärte den Rücktritt, den niemand erwartet hatte.", []),
    ("Der Minister erklärte die Reform, die ab Januar für alle Rentner gilt.", []),
    ("Der Minister sagte den Journalisten, die Lage sei ernst.", [("die Lage sei ernst", "Der Minister", "Der Minister")]),
    ("Der Minister sagte der Zeitung, die Lage sei ernst.", [("die Lage sei ernst", "Der Minister", "Der Minister")]),
    ("Der Minister sagte dem Sender RTL, die Lage sei ernst.", [("die Lage sei ernst", "Der Minister", "Der Minister")]),
    ("Der Minister sagte ihm, die Lage sei ernst.", [("die Lage sei ernst", "Der Minister", "Der Minister")]),
    ("Der Minister sagte der Zeitung, das sei falsch.", [("das sei falsch", "Der Minister", "Der Minister")]),
    ("Die Firma versicherte den Kunden, die Daten seien sicher.", [("die Daten seien sicher", "Die Firma", "Die Firma")]),
    ("Der Minister sagte, die Lage sei ernst.", [("die Lage sei ernst", "Der Minister", "Der Minister")]),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_IN_GERMAN)
def test_german_told_object_is_dative(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, "de") == expected


# a couple named together: the two names, never the age or the role set off by commas beside them
COUPLES = [
    (
        "Emma Clarke, 31, and her husband, James, said they were happy.", None,
        [("they were happy", "Emma Clarke and James", "Emma Clarke, 31, and her husband, James")],
    ),
    (
        "Emma Clarke and her husband, James, said they were happy.", None,
        [("they were happy", "Emma Clarke and James", "Emma Clarke and her husband, James")],
    ),
    (
        "Tom Berg, the mayor, and his aides said the bridge would close.", None,
        [("the bridge would close", "Tom Berg and his aides", "Tom Berg, the mayor, and his aides")],
    ),
    (
        "Anna Berg und ihr Mann, Klaus, sagten, sie seien glücklich.", "de",
        [("sie seien glücklich", "Anna Berg und Klaus", "Anna Berg und ihr Mann, Klaus")],
    ),
    (
        "Anne Martin et son mari, Paul, ont déclaré qu'ils étaient heureux.", "fr",
        [("ils étaient heureux", "Anne Martin et Paul", "Anne Martin et son mari, Paul")],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), COUPLES)
def test_a_couple_is_named_without_the_words_set_off(text: str, language: str | None, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, language) == expected


PEREZ = "El ministro Juan Pérez habló en Madrid. «Es un gran día», dijo Pérez.\n\n"

# a Spanish dropped subject carries the last speaker over a person named as an object or inside a
# modifier; a person who is (or stands for) a sentence's subject still leaves no one sure
DROPPED_SUBJECTS = [
    (
        PEREZ + "El ministro elogió a Pedro Sánchez. «Es un gran aliado», dijo.",
        [("Es un gran día", "Juan Pérez", "Pérez"), ("Es un gran aliado", "Juan Pérez", "")],
    ),
    (
        PEREZ + "El acuerdo, firmado con la patronal de Antonio Garamendi, entra en vigor en enero. «Es un paso», añadió.",
        [("Es un gran día", "Juan Pérez", "Pérez"), ("Es un paso", "Juan Pérez", "")],
    ),
    (
        PEREZ + "El acuerdo entra en vigor en enero. «Es un paso», añadió.",
        [("Es un gran día", "Juan Pérez", "Pérez"), ("Es un paso", "Juan Pérez", "")],
    ),
    (
        # (the role's complement "de CCOO" before the name set off: he, not the one before; packQ)
        PEREZ + "El secretario general de CCOO, Unai Sordo, celebró el pacto. «Es un paso», dijo.",
        [("Es un gran día", "Juan Pérez", "Pérez"), ("Es un paso", "Unai Sordo", "")],
    ),
    (
        PEREZ + "La mujer de Pedro Sánchez habló primero. «Es un paso», dijo.",
        [("Es un gran día", "Juan Pérez", "Pérez"), ("Es un paso", None, None)],
    ),
    (
        PEREZ + "Pedro Sánchez no asistió. «Lo lamentamos», dijo.",
        [("Es un gran día", "Juan Pérez", "Pérez"), ("Lo lamentamos", "Pedro Sánchez", "")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DROPPED_SUBJECTS)
def test_a_dropped_subject_passes_over_a_name_that_is_no_subject(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, "es") == expected


# a role cut at a word that ends the phrase after an inverted cue (pour, avec, con) still gives the
# name set off by a comma that closes the sentence; where nothing but the setting follows, the role speaks
CUT_ROLES = [
    (
        "« Nous ne céderons pas », a déclaré le haut-commissaire pour les réfugiés, Filippo Grandi.", "fr",
        [("Nous ne céderons pas", "Filippo Grandi", "Filippo Grandi")],
    ),
    (
        "« Nous ne céderons pas », a déclaré le responsable des relations avec la presse, Jean Dupont.", "fr",
        [("Nous ne céderons pas", "Jean Dupont", "Jean Dupont")],
    ),
    ("« Nous ne céderons pas », a déclaré le ministre sur France Inter.", "fr", [("Nous ne céderons pas", "le ministre", "le ministre")]),
    ("« Nous ne céderons pas », a déclaré le ministre depuis Bruxelles.", "fr", [("Nous ne céderons pas", "le ministre", "le ministre")]),
    (
        "«No vamos a ceder», dijo el responsable de relaciones con la prensa, Juan Pérez.", "es",
        [("No vamos a ceder", "Juan Pérez", "Juan Pérez")],
    ),
    ("«No vamos a ceder», dijo el ministro con los periodistas.", "es", [("No vamos a ceder", "el ministro", "el ministro")]),
    (
        '"We will appeal," said an attorney for the slain teenager, Ana Ruiz.', None,
        [("We will appeal,", "an attorney for the slain teenager", "an attorney for the slain teenager")],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), CUT_ROLES)
def test_the_name_after_a_cut_role_is_read(text: str, language: str | None, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, language) == expected
