"""Names, titles and the French, German and Spanish packs on text new users wrote: a name in
apposition after a role speaks, stacked titles stay out of a name, given names that look like
occupations stay in it, German articles and compound titles, pronouns of the wrong gender,
inverted subjects in French and Spanish, one-word headlines.  Invented stories; each case gives
the exact quotes and speakers that must come out."""

from __future__ import annotations

from functools import partial

import pytest

import newsparse
from newsparse import QuoteKind
from quote_cases import kind_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT
Row = tuple[str, QuoteKind, str | None]


quotes_of = partial(kind_rows, headline=None)


# the first of three capitalised words is a given name unless it is a listed occupation noun
THREE_WORD_NAMES = [
    ("Tanner Houck Smith said the bullpen was rested.", [("the bullpen was rested", R, "Tanner Houck Smith")]),
    ('"We are ready," Tanner Houck Smith said after practice.', [("We are ready,", D, "Tanner Houck Smith")]),
    ("Baker Mayfield Jones told reporters the line had held.", [("the line had held", R, "Baker Mayfield Jones")]),
    ("Kasper Lind Olsen said the ferry would sail at noon.", [("the ferry would sail at noon", R, "Kasper Lind Olsen")]),
    # listed occupations still go, with or without their ending
    ("Novelist Anna Bell said the book took ten years.", [("the book took ten years", R, "Anna Bell")]),
    ("Photographer Ray Dunn said the light was perfect.", [("the light was perfect", R, "Ray Dunn")]),
    ("Goalkeeper Mia Holt said the defence had let her down.", [("the defence had let her down", R, "Mia Holt")]),
    ("Drummer Leo Grant said the band would tour again.", [("the band would tour again", R, "Leo Grant")]),
    ("Playwright Nina Ross said the theatre had saved her.", [("the theatre had saved her", R, "Nina Ross")]),
]


@pytest.mark.parametrize(("text", "expected"), THREE_WORD_NAMES)
def test_three_word_names_keep_an_unlisted_first_word(text: str, expected: list[Row]) -> None:
    assert quotes_of("Club news\n\n" + text) == expected


# a name in apposition after a role speaks, whether the role opens with an article, a possessive
# determiner or an owner's possessive, before or after the quotation
APPOSED_NAMES = [
    ('"We will appeal," Smith\'s lawyer, Karen Webb, said.', [("We will appeal,", D, "Karen Webb")]),
    ('"It is over," Nordwind\'s chief executive, Ana Ruiz, said on Monday.', [("It is over,", D, "Ana Ruiz")]),
    ("\u201cSales will rise,\u201d the company\u2019s chief executive, Ana Ruiz, told analysts.",
     [("Sales will rise,", D, "Ana Ruiz")]),
    ('"He is resting," his spokeswoman, Lena Holt, told reporters.', [("He is resting,", D, "Lena Holt")]),
    ("Smith's lawyer, Karen Webb, said the charges were false.", [("the charges were false", R, "Karen Webb")]),
    ("His spokeswoman, Lena Holt, told reporters the senator was resting.",
     [("the senator was resting", R, "Lena Holt")]),
    ('"We will appeal," said Smith\'s lawyer, Karen Webb.', [("We will appeal,", D, "Karen Webb")]),
    # no name after the role: the role as written
    ('"We will appeal," Ortiz\'s lawyer said.', [("We will appeal,", D, "Ortiz's lawyer")]),
    ('"We will appeal," said Ortiz\'s lawyer.', [("We will appeal,", D, "Ortiz's lawyer")]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED_NAMES)
def test_a_name_in_apposition_after_a_role_speaks(text: str, expected: list[Row]) -> None:
    assert quotes_of("Court news\n\n" + text) == expected


# titles, stacked or abbreviated, are never part of the person's name
STACKED_TITLES = [
    ("Detective Sgt. Bill Roe said the suspect fled on foot.", [("the suspect fled on foot", R, "Bill Roe")]),
    ('"He ran north," Detective Sgt. Bill Roe said.', [("He ran north,", D, "Bill Roe")]),
    ("Sgt. Bill Roe said the suspect fled on foot.", [("the suspect fled on foot", R, "Bill Roe")]),
    ("Staff Sgt. Ray Cole said the unit was ready.", [("the unit was ready", R, "Ray Cole")]),
    ("Lt. Gov. Mary Fallin said the budget was tight.", [("the budget was tight", R, "Mary Fallin")]),
    ("Deputy Police Chief Tom Hale said officers were at the scene.", [("officers were at the scene", R, "Tom Hale")]),
    ('"Stay indoors," said Det. Insp. Carla Mendez.', [("Stay indoors,", D, "Carla Mendez")]),
    ('"We held the ridge," Cpl. Sam Otieno said.', [("We held the ridge,", D, "Sam Otieno")]),
]


@pytest.mark.parametrize(("text", "expected"), STACKED_TITLES)
def test_stacked_titles_stay_out_of_the_name(text: str, expected: list[Row]) -> None:
    assert quotes_of("Police news\n\n" + text) == expected


# in the French, German and Spanish packs a pronoun for one person that agrees with no one named
# before has no speaker: never the person of the other gender, never the bare pronoun
WRONG_GENDER = [
    ("fr", "M. Luc Perrin, directeur du port, a reçu les élus.\n\n« Le quai sera prêt », affirme-t-elle.",
     [("Le quai sera prêt", D, None)]),
    ("fr", "M. Luc Perrin, directeur du port, a reçu les élus.\n\n« Le quai sera prêt », affirme-t-il.",
     [("Le quai sera prêt", D, "Luc Perrin")]),
    ("de", "Oberbürgermeister Jens Falk besuchte den Hafen.\n\n„Der Kai wird fertig“, sagte sie.",
     [("Der Kai wird fertig", D, None)]),
    ("de", "Oberbürgermeisterin Jana Falk besuchte den Hafen.\n\n„Der Kai wird fertig“, sagte sie.",
     [("Der Kai wird fertig", D, "Jana Falk")]),
    ("es", "El alcalde Tomás Vidal visitó el puerto.\n\n«El muelle estará listo», afirmó ella.",
     [("El muelle estará listo", D, None)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), WRONG_GENDER)
def test_a_pronoun_that_agrees_with_no_one_has_no_speaker(language: str, text: str, expected: list[Row]) -> None:
    assert quotes_of(text, language) == expected


# German writes every noun capitalised: a noun after its article is the speaker as written, like
# English "The company" and French "la direction", whether it names a person's role or a body
GERMAN_ARTICLES = [
    ("Die Firma teilte am Montag mit, dass die Produktion ruht.", [("die Produktion ruht", R, "Die Firma")]),
    ("Das Unternehmen erklärte, die Löhne würden pünktlich gezahlt.",
     [("die Löhne würden pünktlich gezahlt", R, "Das Unternehmen")]),
    ("Der Minister sagte, die Lage sei ernst.", [("die Lage sei ernst", R, "Der Minister")]),
    ("„Wir prüfen den Fall“, sagte die Staatsanwaltschaft.", [("Wir prüfen den Fall", D, "die Staatsanwaltschaft")]),
    # without an article, a lone noun is left as it is
    ("Laut Polizei wurde niemand verletzt.", [("wurde niemand verletzt", R, "Polizei")]),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN_ARTICLES)
def test_a_german_noun_keeps_its_article(text: str, expected: list[Row]) -> None:
    assert quotes_of(text, "de") == expected


# a German compound title (one word) describes the person for its last title alone
GERMAN_COMPOUNDS = [
    ("Innenministerin Nancy Faeser besuchte die Grenze.\n\n„Wir handeln jetzt“, sagte die Ministerin.",
     [("Wir handeln jetzt", D, "Nancy Faeser")]),
    ("BERLIN (dpa) - Konzernchef Jan Berg stellte die Zahlen vor. Der Chef sagte, der Umsatz sei gestiegen.",
     [("der Umsatz sei gestiegen", R, "Jan Berg")]),
    ("Regierungssprecher Tim Vogt äußerte sich am Abend.\n\n„Es gibt keinen Streit“, sagte der Sprecher.",
     [("Es gibt keinen Streit", D, "Tim Vogt")]),
    ("Bundespräsident Karl Wendt empfing die Gäste.\n\n„Willkommen“, sagte der Präsident.",
     [("Willkommen", D, "Karl Wendt")]),
    # another title: not that person
    ("Innenministerin Nancy Faeser besuchte die Grenze.\n\n„Wir warten ab“, sagte der Sprecher.",
     [("Wir warten ab", D, "der Sprecher")]),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN_COMPOUNDS)
def test_a_german_compound_title_describes_the_person_for_its_last_title(text: str, expected: list[Row]) -> None:
    assert quotes_of(text, "de") == expected


# French and Spanish reporting with the subject after the verb, or after selon/según
FR_WIRE = (
    "Grève à l'usine de Cholet\n\n"
    "CHOLET, 4 mars (AFP) - La production restera à l'arrêt jusqu'à lundi, a annoncé la direction.\n\n"
    "Le mouvement continue, a indiqué le syndicat. Selon la préfecture, aucun incident n'a eu lieu.\n\n"
    "Le dossier sera examiné en avril, a précisé le parquet. Le travail reprendra mardi, ont annoncé les syndicats."
)
ES_WEB = (
    "Huelga en el puerto de Vigo\n\n"
    "La descarga seguirá parada el lunes, dijo el alcalde.\n\n"
    "El paro continúa, anunció el sindicato. Según la policía, no hubo incidentes.\n\n"
    "El caso se verá en abril, según la fiscalía."
)
INVERTED_SUBJECTS = [
    ("fr", FR_WIRE, [("La production restera à l'arrêt jusqu'à lundi", R, "la direction"),
                     ("Le mouvement continue", R, "le syndicat"),
                     ("aucun incident n'a eu lieu", R, "la préfecture"),
                     ("Le dossier sera examiné en avril", R, "le parquet"),
                     ("Le travail reprendra mardi", R, "les syndicats")]),
    ("es", ES_WEB, [("La descarga seguirá parada el lunes", R, "el alcalde"),
                    ("El paro continúa", R, "el sindicato"),
                    ("no hubo incidentes", R, "la policía"),
                    ("El caso se verá en abril", R, "la fiscalía")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), INVERTED_SUBJECTS)
def test_a_body_after_the_verb_speaks(language: str, text: str, expected: list[Row]) -> None:
    assert quotes_of(text, language) == expected


# a one-word headline over a byline or a date stamp is the headline, in every language
ONE_WORD_HEADLINES = [
    ("de", "Streik\n\nVon Anna Schmidt\n\nBERLIN (dpa) - Die Lokführer legen am Montag den Fernverkehr lahm.\n"),
    ("fr", "Grève\n\nPublié le 12/03/2025 à 10h15\n\nPARIS (AFP) - Les cheminots cessent le travail lundi.\n"),
    ("es", "Huelga\n\nPublicado el 12/03/2025\n\nMADRID (EFE) - Los maquinistas paran el lunes.\n"),
    ("en", "Strike\n\nPublished 03/12/2025\n\nLONDON (Reuters) - Drivers will walk out on Monday.\n"),
]


@pytest.mark.parametrize(("language", "text"), ONE_WORD_HEADLINES)
def test_a_one_word_headline_over_a_byline_or_stamp(language: str, text: str) -> None:
    article = newsparse.ArticleParser(language=language).parse(text)
    first = text.split("\n", 1)[0]
    assert (article.section, article.headline.text if article.headline else None) == ((), first)
    assert article.dateline is not None and article.paragraphs[0].text.endswith(".")


# a kicker in capitals stays a kicker over a one-word headline
def test_a_kicker_in_capitals_over_a_word() -> None:
    article = newsparse.ArticleParser(language="de").parse("WIRTSCHAFT\n\nVon Anna Schmidt\n\nDie Bahn streikt am Montag.\n")
    assert article.section == ("WIRTSCHAFT",)
