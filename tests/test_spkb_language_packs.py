"""The French, German and Spanish packs on small articles of the shapes wires and web pages print:
a role resolves to the person introduced with it, an inverted pronoun must agree with the person,
German separable verbs with the particle at the end.  Invented stories; each case gives the exact
``(text, kind, speaker name)`` triples that must come out."""

from __future__ import annotations

from functools import partial

import pytest

import newsparse
from newsparse import QuoteKind
from quote_cases import kind_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT
Triples = list[tuple[str, QuoteKind, str | None]]


quotes_of = partial(kind_rows, headline=None)


FR_WIRE = (
    "Lyon : la piscine du Rhône rouvrira en juin\n\n"
    "LYON, 12 mars (AFP) - La maire de Lyon, Claire Martin, a visité mardi le chantier de la piscine.\n\n"
    "« Les travaux avanceront plus vite que prévu », a déclaré la maire.\n\n"
    "Paul Girard, directeur des sports, était présent. "
    "« Nous ouvrirons avant l'été », a-t-il déclaré."
)
FR_WEB = (
    "Budget : le gouvernement maintient le cap\n\n"
    "La porte-parole du gouvernement, Inès Roux, a répondu aux questions mercredi.\n\n"
    "« Rien n'est encore décidé », a indiqué la porte-parole.\n\n"
    "M. Hugo Lefèvre, député de la Drôme, a critiqué le texte. "
    "« Ce budget est injuste », affirme-t-elle."
)
DE_WIRE = (
    "Stadtwerke erhöhen die Preise\n\n"
    "Köln (dpa) - Die Stadtwerke teilten am Montag mit, dass die Preise im Januar steigen.\n\n"
    "Die Sprecherin der Stadtwerke, Julia Wagner, verwies auf die Kosten.\n\n"
    "„Wir können nicht anders“, sagte die Sprecherin.\n\n"
    "Das Ministerium gab am Dienstag bekannt, dass die Aufsicht den Plan prüft.\n\n"
    "Bürgermeister Klaus Becker kritisierte die Erhöhung.\n\n"
    "„Das trifft die Falschen“, sagte er der Zeitung."
)
DE_WEB = (
    "Neues Bad eröffnet\n\n"
    "Die Ministerin für Sport, Petra Lang, eröffnete am Samstag das Bad.\n\n"
    "„Das ist ein guter Tag für die Stadt“, sagte die Ministerin.\n\n"
    "Der Verein gab am Freitag seinen neuen Trainer bekannt."
)
ES_WIRE = (
    "Sevilla estrena puente\n\n"
    "SEVILLA, 3 may (EFE).- El alcalde de Sevilla, Juan Moreno, inauguró el martes el nuevo puente.\n\n"
    "«Es un día histórico», dijo el alcalde.\n\n"
    "La ministra de Transportes, Elena Gómez, asistió al acto.\n\n"
    "«Vamos a invertir más en la ciudad», afirmó la ministra."
)
ES_WEB = (
    "El Gobierno aplaza la reforma\n\n"
    "La portavoz del Gobierno, Marta Ruiz, compareció el martes.\n\n"
    "«No hay nada decidido», dijo la portavoz.\n\n"
    "El presidente de la patronal, Luis Vega, pidió calma. "
    "«Esperaremos al texto final», dijo ella."
)

ARTICLES = [
    ("fr", FR_WIRE, [("Les travaux avanceront plus vite que prévu", D, "Claire Martin"),
                     ("Nous ouvrirons avant l'été", D, "Paul Girard")]),
    # "elle" after a man (M., député): no agreement, no speaker
    ("fr", FR_WEB, [("Rien n'est encore décidé", D, "Inès Roux"), ("Ce budget est injuste", D, None)]),
    ("de", DE_WIRE, [("die Preise im Januar steigen", R, "Die Stadtwerke"),
                     ("Wir können nicht anders", D, "Julia Wagner"),
                     ("die Aufsicht den Plan prüft", R, "Das Ministerium"),
                     ("Das trifft die Falschen", D, "Klaus Becker")]),
    # "gab ... bekannt" with a plain object and no clause: no quote
    ("de", DE_WEB, [("Das ist ein guter Tag für die Stadt", D, "Petra Lang")]),
    ("es", ES_WIRE, [("Es un día histórico", D, "Juan Moreno"),
                     ("Vamos a invertir más en la ciudad", D, "Elena Gómez")]),
    # "ella" after a man (el presidente): no speaker
    ("es", ES_WEB, [("No hay nada decidido", D, "Marta Ruiz"), ("Esperaremos al texto final", D, None)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), ARTICLES)
def test_pack_articles(language: str, text: str, expected: Triples) -> None:
    assert quotes_of(text, language) == expected


# a role set off by commas before a name, after each language's article, describes that person
ROLES = [
    ("fr", "Le maire, Paul Girard, a inauguré la piscine.\n\n« C'est un grand jour », a dit le maire.", "Paul Girard"),
    ("fr", "La ministre de la Santé, Anne Duval, a visité l'hôpital.\n\n« Il faut recruter », a dit la ministre.",
     "Anne Duval"),
    ("de", "Der Bürgermeister, Jonas Krämer, eröffnete das Fest.\n\n„Alle sind eingeladen“, sagte der Bürgermeister.",
     "Jonas Krämer"),
    ("es", "La alcaldesa, Rosa Prieto, visitó la obra.\n\n«Terminaremos en julio», dijo la alcaldesa.", "Rosa Prieto"),
    # the role in an appositive after the name, with no article
    ("fr", "Claire Martin, porte-parole du gouvernement, a répondu.\n\n« Rien n'est décidé », a déclaré la porte-parole.",
     "Claire Martin"),
    ("fr", "Claire Martin, la maire de Lyon, a visité le chantier.\n\n« Ça avance », a dit la maire.", "Claire Martin"),
    ("de", "Julia Wagner, Sprecherin der Stadt, äußerte sich.\n\n„Es gibt keine Gefahr“, sagte die Sprecherin.",
     "Julia Wagner"),
    ("de", "Anna Schmidt, die Bürgermeisterin von Bonn, kam.\n\n„Wir liegen im Plan“, sagte die Bürgermeisterin.",
     "Anna Schmidt"),
    ("es", "Marta Ruiz, portavoz del Gobierno, compareció.\n\n«No hay nada decidido», dijo la portavoz.", "Marta Ruiz"),
    ("es", "Juan Moreno, alcalde de Sevilla, inauguró el puente.\n\n«Es un día histórico», dijo el alcalde.",
     "Juan Moreno"),
    ("en", "Ana Ortiz, spokeswoman for the council, spoke first.\n\n“Nothing is decided,” the spokeswoman said.",
     "Ana Ortiz"),
    # an appositive without an article that is no role describes no one
    ("en", "Ana Ortiz, Tomas Berg and the mayor met.\n\n“Nothing is decided,” the mayor said.", "the mayor"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), ROLES)
def test_a_role_resolves_to_the_person_introduced_with_it(language: str, text: str, speaker: str) -> None:
    assert [q.speaker.name if q.speaker else None for q in newsparse.ArticleParser(language=language).parse(text).quotes] == [speaker]


# a gendered pronoun agrees with the person it resolves to in every pack
PRONOUNS = [
    ("fr", "M. Jean Dufour a présenté la saison.\n\n« Nous tiendrons nos engagements », a-t-il déclaré.", "Jean Dufour"),
    ("fr", "M. Jean Dufour a présenté la saison.\n\n« Nous tiendrons nos engagements », a-t-elle déclaré.", None),
    ("de", "Bürgermeister Klaus Becker eröffnete das Bad.\n\n„Das Bad ist für alle da“, sagte sie.", None),
    ("de", "Bürgermeisterin Anna Schmidt eröffnete das Bad.\n\n„Das Bad ist für alle da“, sagte sie.", "Anna Schmidt"),
    ("es", "El alcalde Juan Moreno visitó la obra.\n\n«Terminaremos en julio», dijo ella.", None),
    ("es", "La alcaldesa Rosa Prieto visitó la obra.\n\n«Terminaremos en julio», dijo ella.", "Rosa Prieto"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), PRONOUNS)
def test_a_gendered_pronoun_agrees_with_the_person(language: str, text: str, speaker: str | None) -> None:
    assert [q.speaker.name if q.speaker else None for q in newsparse.ArticleParser(language=language).parse(text).quotes] == [speaker]


# German: a separable verb with words before its particle, and an inverted attribution with the
# person spoken to after the pronoun
GERMAN = [
    ("Die Polizei teilte am Abend in einer Erklärung mit, die Straße sei wieder frei.",
     [("die Straße sei wieder frei", R, "Die Polizei")]),
    ("Der Konzern räumte am Mittwoch ein, dass die Zahlen falsch waren.",
     [("die Zahlen falsch waren", R, "Der Konzern")]),
    ("Die Nachbarn teilten sich die Kosten für den Zaun.", []),
    ("Ministerin Petra Lang besuchte die Baustelle. Die Arbeiten liegen im Plan, sagte sie der Zeitung.",
     [("Die Arbeiten liegen im Plan", R, "Petra Lang")]),
    ("Minister Karl Brandt besuchte die Baustelle. Die Arbeiten liegen im Plan, sagte er dem Sender.",
     [("Die Arbeiten liegen im Plan", R, "Karl Brandt")]),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN)
def test_german_separable_verbs_and_inverted_attributions(text: str, expected: Triples) -> None:
    assert quotes_of(text, "de") == expected
