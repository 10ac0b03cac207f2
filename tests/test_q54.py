"""Speaker phrases with a role, a place, its region or country and a name, in all four packs
(q54, issue 5): a region set off after a place is never the speaker, nor is a place set off
before an inverted cue; a broadcaster told by what it is speaks as written; one check of a
region after a place for the speaker grammar and the people index."""

from __future__ import annotations

import pytest

from newsparse import QuoteKind
from newsparse.quotes.languages import language_pack
from newsparse.vocabulary import Vocabulary
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED


def speakers(text: str, language: str | None = None) -> list[tuple[QuoteKind, str | None]]:
    """``(kind, speaker's name)`` of each quote of *text*."""
    return [(kind, name) for _, kind, name, _ in mention_rows(text, language)]


# -- 1. a name with a particle after "role in Place, Country," ------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the particle inside the name is no role of the region's: the name speaks
        ("\u201cWe will dredge the channel,\u201d the head of the port authority in Rotterdam, Netherlands, Pieter de Vries, said.",
         [(D, "Pieter de Vries")]),
        ("\u201cThe road stays shut,\u201d the mayor of Antwerp, Belgium, Bart van der Berg, said.",
         [(D, "Bart van der Berg")]),
        ("The director of the museum in Leiden, Netherlands, Femke van Dijk, said the roof \u201cwill hold.\u201d",
         [(M, "Femke van Dijk")]),
        ("\u201cPrices will rise,\u201d said the governor of the bank in Lagos, Nigeria, Olayemi Cardoso.",
         [(D, "Olayemi Cardoso")]),
        ("\u201cWe print less,\u201d the governor of the central bank in Lagos, Nigeria, Olayemi Cardoso, said.",
         [(D, "Olayemi Cardoso")]),
        # precision: a firm's name before a role in lower case is still a role (no particle there)
        ("\u201cSales are down,\u201d Robert Lutz, Acme executive vice-president, said.", [(D, "Robert Lutz")]),
        # precision: no name after the region: the role in its place speaks
        ("\u201cIt is over,\u201d a senior official in Berlin, Germany, said.",
         [(D, "a senior official in Berlin, Germany")]),
        ("\u201cThe wells are dry,\u201d a farmer near Austin, Texas, said.", [(D, "a farmer near Austin, Texas")]),
    ],
)
def test_a_name_with_a_particle_after_a_place_and_its_country_speaks(text: str, expected: list[object]) -> None:
    assert speakers(text) == expected


# -- 2. a place set off before an inverted cue ------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u201cThe pier is lost,\u201d Bonn, said officials.", [(D, "officials")]),
        ("\u201cThe quay is flooded,\u201d Gdansk, said a docker.", [(D, "a docker")]),
        ("\u201cThe tram is late,\u201d Geelong, said commuters.", [(D, "commuters")]),
        ("\u201cThe pier is lost,\u201d Bonn, said Anna Weber.", [(D, "Anna Weber")]),
        # a place after the bare noun after the cue is where they are: the noun speaks
        ("\u201cIt is over,\u201d said officials in Bonn.", [(D, "officials")]),
        ("\u201cThe wall held,\u201d said residents in New York.", [(D, "residents")]),
        ("The pier is gone, said officials in Gdansk.", [(R, "officials")]),
        # precision: a name after the cue speaks as ever, its place aside
        ("\u201cThe pier is lost,\u201d said Ana Ortiz in Bonn.", [(D, "Ana Ortiz")]),
        # precision: a given name set off there reads as ever
        ("\u201cThe pier is lost,\u201d Tom, said a commuter.", [(D, "Tom")]),
        # precision: a person's name before the cue, no comma, speaks
        ("\u201cThe suite was lovely,\u201d Paris Hilton said.", [(D, "Paris Hilton")]),
        ("\u201cWe won,\u201d Georgia Ortiz said.", [(D, "Georgia Ortiz")]),
    ],
)
def test_a_place_set_off_before_an_inverted_cue_never_speaks(text: str, expected: list[object]) -> None:
    assert speakers(text) == expected


# -- 5. a broadcaster told by what it is ------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("State television said the ceasefire \u201cis holding.\u201d", [(M, "State television")]),
        ("Iranian TV said the talks \u201cwere constructive.\u201d", [(M, "Iranian TV")]),
        ("French state radio said the strike \u201cwill spread.\u201d", [(M, "French state radio")]),
        ("Public radio said the bridge \u201cwas closed.\u201d", [(M, "Public radio")]),
        ("\u201cThe ceasefire is holding,\u201d state television said.", [(D, "state television")]),
        ("\u201cThe border is open,\u201d said Turkish state radio.", [(D, "Turkish state radio")]),
        ("\u201cThe dam held,\u201d the state broadcaster reported.", [(D, "the state broadcaster")]),
        ("State television reported that the ceasefire was holding.", [(R, "State television")]),
        ("\u201cIt is calm,\u201d said state television.", [(D, "state television")]),
        ("The border stays shut, said Hungarian public radio.", [(R, "Hungarian public radio")]),
        ("Russian state television reported that the bridge was closed.", [(R, "Russian state television")]),
        # precision: no qualifier, no broadcaster
        ("\u201cThe dam held,\u201d a television said.", [(D, None)]),
        ("The television said the talks \u201cwere constructive.\u201d", [(M, None)]),
    ],
)
def test_a_broadcaster_told_by_what_it_is_speaks_as_written(text: str, expected: list[object]) -> None:
    assert speakers(text) == expected


# -- 3. German: a role in its place ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ein Sprecher des Ministeriums in Berlin sagte, die Brücke werde gesperrt.",
         [(R, "Ein Sprecher des Ministeriums in Berlin")]),
        ("Eine Sprecherin der Polizei in Hamburg sagte, die Straße bleibe gesperrt.",
         [(R, "Eine Sprecherin der Polizei in Hamburg")]),
        ("Eine Anwohnerin aus Köln sagte, der Lärm sei unerträglich.", [(R, "Eine Anwohnerin aus Köln")]),
        ("Ein Sprecher der Bahn in Leipzig sagte: \u201eDer Zug fällt aus.\u201c", [(D, "Ein Sprecher der Bahn in Leipzig")]),
        ("Eine Sprecherin der Stadt Köln sagte, die Brücke werde gesperrt.", [(R, "Eine Sprecherin der Stadt Köln")]),
        # precision: a name after the place, or a place after the name, reads as ever
        ("In Berlin sagte Anna Weber, die Brücke werde gesperrt.", [(R, "Anna Weber")]),
        ("Anna Weber sagte in Berlin, die Brücke werde gesperrt.", [(R, "Anna Weber")]),
        ("\u201eDie Brücke wird gesperrt\u201c, sagte Markus Roth in Dresden.", [(D, "Markus Roth")]),
    ],
)
def test_german_a_role_in_its_place_speaks_not_the_place(text: str, expected: list[object]) -> None:
    assert speakers(text, "de") == expected


# -- 4. Spanish, French, German: a country in the pack's language; a relative clause after the name

@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "\u201cVamos a votar\u201d, dijo el alcalde de Valencia, España, Joan Ribó.", [(D, "Joan Ribó")]),
        ("es", "\u201cNo hay agua\u201d, dijo la alcaldesa de Rosario, Argentina, María Pérez.", [(D, "María Pérez")]),
        ("fr", "\u00ab Nous allons voter \u00bb, a déclaré le maire de Lyon, France, Grégory Doucet.", [(D, "Grégory Doucet")]),
        ("fr", "\u00ab Le pont tiendra \u00bb, a déclaré le maire de Liège, Belgique, Willy Demeyer.", [(D, "Willy Demeyer")]),
        ("de", "\u201eWir stimmen ab\u201c, sagte der Bürgermeister von Graz, Österreich, Siegfried Nagl.", [(D, "Siegfried Nagl")]),
        # a relative clause on the name: the name speaks (its own cue reports words of its own)
        ("es", "\u201cNo hay plazo\u201d, dijo el concejal de Seguridad, Juan Carlos Caballero, quien añadió que el plan sigue en pie.",
         [(D, "Juan Carlos Caballero"), (R, "Juan Carlos Caballero")]),
        ("es", "\u201cNo hay prisa\u201d, dijo la portavoz del Gobierno, Pilar Alegría, quien pidió calma.",
         [(D, "Pilar Alegría")]),
        (None, "\u201cThere is no deadline,\u201d said the security chief, Ana Ruiz, who added that she would not resign.",
         [(D, "Ana Ruiz"), (R, "Ana Ruiz")]),
        (None, "\u201cNo deadline,\u201d said the government spokeswoman, Pilar Alegria, who insisted on calm.",
         [(D, "Pilar Alegria")]),
        # precision: no name, the role in its place speaks (French: right today, kept)
        ("fr", "\u00ab Nous restons prudents \u00bb, a affirmé un porte-parole du ministère à Bruxelles, Belgique.",
         [(D, "un porte-parole du ministère")]),
    ],
)
def test_a_name_after_a_role_its_place_and_country_speaks_in_every_pack(
    language: str | None, text: str, expected: list[object]
) -> None:
    assert speakers(text, language) == expected


# -- 6. one check of a region after a place ---------------------------------------------------------

@pytest.mark.parametrize(
    ("language", "word", "expected"),
    [
        (None, "France", True), (None, "New Mexico", True), (None, "D.C.", True), (None, "N.Y.", True),
        (None, "Ariz.", True), (None, "Lyon", True), (None, "Mr.", False), (None, "Sen.", False),
        (None, "Ortiz", False), (None, "España", False),
        ("es", "España", True), ("es", "Estados Unidos", True), ("fr", "Belgique", True), ("fr", "Pays-Bas", True),
        ("de", "Österreich", True), ("de", "Hessenland", False), ("fr", "Dupont", False),
    ],
)
def test_one_region_check_after_a_place(language: str | None, word: str, expected: bool) -> None:
    vocabulary = Vocabulary() if language is None else language_pack(language).vocabulary()
    assert vocabulary.is_region_after_place(word) is expected


def test_a_region_abbreviation_is_compiled_once_per_vocabulary() -> None:
    vocabulary = Vocabulary()
    first = vocabulary._region_abbreviation
    assert vocabulary.is_region_abbreviation("D.C.") and vocabulary._region_abbreviation is first
    assert first.compiled is vocabulary._region_abbreviation.compiled


class _NoAbbreviations(Vocabulary):
    REGION_ABBREVIATION = r"(?!)"


def test_a_region_abbreviation_is_the_vocabulary_s_to_override() -> None:
    assert Vocabulary().is_region_after_place("Ariz.")
    assert not _NoAbbreviations().is_region_after_place("Ariz.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people index passes over a region's abbreviation too, as the speaker grammar does
        ("\u201cThe heat is deadly,\u201d said the mayor of Tucson, Ariz., Regina Romero.", [(D, "Regina Romero")]),
        ("\u201cThe lines are long,\u201d said the mayor of Washington, D.C., Muriel Bowser.", [(D, "Muriel Bowser")]),
        ("\u201cThe lights are out,\u201d said the mayor of Austin, Texas, Kirk Watson.", [(D, "Kirk Watson")]),
    ],
)
def test_the_people_index_passes_over_every_region_the_grammar_does(text: str, expected: list[object]) -> None:
    assert speakers(text) == expected
