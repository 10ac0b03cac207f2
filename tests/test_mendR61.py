"""A second reader's findings on round 61: the nationality-role holder when the article has named
that country for someone else since, a Spanish subject written after a cue that opens its
sentence, the byline's agency pattern compiled lazily, no adverb read as a present's third person,
and the body name after a portfolio word in English only.  Every text is written here."""

from __future__ import annotations

import pytest
from tests.quote_cases import SpeakerRow, speaker_rows

from newsparse.byline import BylineParser
from newsparse.quotes.reported import ReportedSpeech
from newsparse.sharing import LazyPattern
from newsparse.vocabulary import Vocabulary

# (language, story, the quotes as (text, speaker's name, mention), what the row checks)
ROWS: list[tuple[str | None, str, list[SpeakerRow], str]] = [
    # 1. "the <nationality> <role>": not its holder when the country was named for someone else since
    (
        None,
        "Foreign Minister Ana Ruiz hosted her Norwegian counterpart in Madrid on Monday.\n\n"
        "The Norwegian foreign minister said the talks would continue.",
        [("the talks would continue", "The Norwegian foreign minister", "The Norwegian foreign minister")],
        "the country's adjective given to a counterpart between the holder and the mention",
    ),
    (
        None,
        "Foreign Minister Ana Ruiz met Norway's foreign minister on Monday.\n\n"
        "The Norwegian foreign minister said the talks would continue.",
        [("the talks would continue", "The Norwegian foreign minister", "The Norwegian foreign minister")],
        "the country's name with a possessive between them",
    ),
    (
        None,
        "Prime Minister Ana Ruiz flew to Oslo to meet the Norwegian prime minister.\n\n"
        "The Norwegian prime minister said the talks would continue.",
        [("the talks would continue", "The Norwegian prime minister", "The Norwegian prime minister")],
        "the same description written for another person in the holder's sentence",
    ),
    (
        None,
        "Foreign Minister Ana Ruiz arrived in Oslo on Monday for two days of talks.\n\n"
        "The Norwegian foreign minister said the talks would continue.",
        [("the talks would continue", "Ana Ruiz", "The Norwegian foreign minister")],
        "must not fire: a city of the country is no name of it",
    ),
    (
        None,
        "Foreign Minister Ana Ruiz hosted her Danish counterpart in Oslo on Monday.\n\n"
        "The Norwegian foreign minister said the talks would continue.",
        [("the talks would continue", "Ana Ruiz", "The Norwegian foreign minister")],
        "must not fire: another country named between them",
    ),
    # 2. Spanish: a subject after a cue that opens its sentence speaks, never the dropped one
    (
        "es",
        "El ministro dijo que la economía crecerá. Después añadió el portavoz que no habrá recortes.",
        [("la economía crecerá", "El ministro", "El ministro"), ("no habrá recortes", "el portavoz", "el portavoz")],
        "an adverb, the cue, then its subject and que",
    ),
    (
        "es",
        "La ministra Ana Ruiz habló el lunes en Madrid. Luego le dijo el alcalde que el agua volverá.",
        [("el agua volverá", "el alcalde", "el alcalde")],
        "an object pronoun before the cue, the subject after it",
    ),
    (
        "es",
        "La ministra Ana Ruiz habló el lunes en Madrid. Añadió el alcalde que el agua volverá.",
        [("el agua volverá", "el alcalde", "el alcalde")],
        "the cue first in its sentence, the subject after it",
    ),
    (
        "es",
        "La ministra Ana Ruiz habló el lunes en Madrid. Después añadió Pedro Gómez que el agua volverá.",
        [("el agua volverá", "Pedro Gómez", "Pedro Gómez")],
        "a name after the cue",
    ),
    (
        "es",
        "La ministra Ana Ruiz habló el lunes en Madrid. Luego añadió que el agua volverá.",
        [("el agua volverá", "Ana Ruiz", "")],
        "must not change: no subject after the cue, the dropped one speaks",
    ),
    (
        "es",
        "La ministra Ana Ruiz habló el lunes en Madrid. Dijo el lunes que el agua volverá.",
        [("el agua volverá", "Ana Ruiz", "")],
        "must not fire: a time after the cue is no subject",
    ),
    (
        "es",
        "La ministra Ana Ruiz habló el lunes en Madrid. Luego dijo a los vecinos que el agua volverá.",
        [("el agua volverá", "Ana Ruiz", "")],
        "must not fire: the one told after the cue is no subject",
    ),
    # 4. an adverb in -s is no present's third person after an interrupting attribution
    (
        None,
        "The new rule, he said, perhaps the paperwork will take a week.",
        [("perhaps the paperwork will take a week", "he", "he")],
        "'perhaps' after the aside: the phrase before is no subject",
    ),
    (
        None,
        "The minister's plan, critics say, ignores the shortage of nurses in rural areas.",
        [("The minister's plan, critics say, ignores the shortage of nurses in rural areas", "critics", "critics")],
        "must not change: a present's third person after a singular head",
    ),
    # 5. a body's name after a portfolio word: English only
    (
        "fr",
        "Selon le Transport Dupont, la ligne rouvrira lundi.",
        [("la ligne rouvrira lundi", "Dupont", "le Transport Dupont")],
        "French: the portfolio word before a surname opens no body's name",
    ),
    (
        None,
        "The line will reopen on Monday, said passenger watchdog Transport Focus.",
        [("The line will reopen on Monday", "Transport Focus", "passenger watchdog Transport Focus")],
        "must not change: English keeps the body's name",
    ),
]


@pytest.mark.parametrize(("language", "story", "expected", "checks"), ROWS, ids=[row[3] for row in ROWS])
def test_mend_speakers(language: str | None, story: str, expected: list[SpeakerRow], checks: str) -> None:
    assert speaker_rows(story, language) == expected, checks


@pytest.mark.parametrize(
    ("word", "expected"),
    [("perhaps", False), ("always", False), ("sometimes", False), ("ignores", True), ("costs", True)],
)
def test_present_after_singular_no_adverb(word: str, expected: bool) -> None:
    assert ReportedSpeech().present_after_singular(word, ["the", "plan"]) is expected


def test_role_agency_pattern_is_lazy() -> None:
    parser = BylineParser(Vocabulary())
    assert isinstance(parser._role_agency, LazyPattern)
    match = parser.role_agency("Jane Roe, correspondent for Reuters in Dakar")
    assert match is not None and match["agency"] == "Reuters"
    assert parser.role_agency("Jane Roe, editor of The Times") is None
