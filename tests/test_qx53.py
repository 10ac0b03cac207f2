"""Language packs and reported-speech clause edges (qx53, stop 46, issue 5).  Each row is one
paragraph in one language under a plain headline and the exact ``(text, kind, speaker name,
speaker mention)`` tuples that must come out; every table puts the shape it fixes beside
near-shapes that must keep their reading (precision rows)."""

from __future__ import annotations

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]
Case = tuple[str, str, list[Row]]


ARTICLE_IN_TITLE: list[Case] = [
    # a capitalised article inside a sentence opens an outlet's title: part of the speaker's name
    ("fr", "Selon Le Figaro, la digue sera relevée avant l'hiver.",
     [("la digue sera relevée avant l'hiver", R, "Le Figaro", "Le Figaro")]),
    ("fr", "« Le chantier a pris du retard », a écrit La Croix.",
     [("Le chantier a pris du retard", D, "La Croix", "La Croix")]),
    ("es", "Según El Mundo, la presa se abrirá en marzo.",
     [("la presa se abrirá en marzo", R, "El Mundo", "El Mundo")]),
    ("de", "Laut Die Zeit wird die Brücke im Mai gesperrt.",
     [("wird die Brücke im Mai gesperrt", R, "Die Zeit", "Die Zeit")]),
    ("en", "According to The Observer, the ferry will stop running in May.",
     [("the ferry will stop running in May", R, "The Observer", "The Observer")]),
    ("en", "The ferry will stop running in May, The Herald reported.",
     [("The ferry will stop running in May", R, "The Herald", "The Herald")]),
    # precision: the sentence's first word, a title after the article, a word in lower case
    ("en", "The Observer reported that the ferry will stop running in May.",
     [("the ferry will stop running in May", R, "Observer", "The Observer")]),
    ("en", "\u201cWe will march again,\u201d said The Rev. Ada Nwosu.",
     [("We will march again,", D, "Ada Nwosu", "The Rev. Ada Nwosu")]),
    ("en", "The ferry will stop running in May, The Herald's Ana Ruiz reported.",
     [("The ferry will stop running in May", R, "Ana Ruiz", "The Herald's Ana Ruiz")]),
    ("fr", "Selon le ministère, la digue sera relevée avant l'hiver.",
     [("la digue sera relevée avant l'hiver", R, "le ministère", "le ministère")]),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), ARTICLE_IN_TITLE)
def test_article_in_title(language: str, paragraph: str, expected: list[Row]) -> None:
    assert mention_rows(paragraph, language) == expected


NAME_AFTER_LONG_ROLE: list[Case] = [
    # a role with a body of two nouns before a name set off by a comma: the name speaks
    ("es", "«Reabriremos el mercado», dijo el portavoz del comité de huelga, Luis Ortega.",
     [("Reabriremos el mercado", D, "Luis Ortega", "Luis Ortega")]),
    ("es", "«No habrá cierre», afirmó la presidenta de la asociación de comercio, Carmen Vidal.",
     [("No habrá cierre", D, "Carmen Vidal", "Carmen Vidal")]),
    ("fr", "« Nous ne céderons pas », a déclaré le porte-parole du comité de grève, Paul Lemaire.",
     [("Nous ne céderons pas", D, "Paul Lemaire", "Paul Lemaire")]),
    ("en", "\u201cWe will not give in,\u201d said the head of the strike committee, Paul Carter.",
     [("We will not give in,", D, "Paul Carter", "Paul Carter")]),
    # precision: no name after the role; a name that is the second noun's (a role link)
    ("es", "«Reabriremos el mercado», dijo el portavoz del comité de huelga.",
     [("Reabriremos el mercado", D, None, None)]),
    ("en", "\u201cShe was afraid,\u201d said an attorney for the slain teenager, Ana Ruiz.",
     [("She was afraid,", D, "an attorney for the slain teenager", "an attorney for the slain teenager")]),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), NAME_AFTER_LONG_ROLE)
def test_name_after_long_role(language: str, paragraph: str, expected: list[Row]) -> None:
    assert mention_rows(paragraph, language) == expected


GERMAN_TOLD_CLAUSE: list[Case] = [
    # the one told (dative), a comma, and the clause reported without "dass"
    ("de", "Die Ministerin sagte der dpa, sie rechne mit einer Einigung.",
     [("sie rechne mit einer Einigung", R, "Die Ministerin", "Die Ministerin")]),
    ("de", "Lena Kraus sagte dem Sender, die Fähre werde im Mai wieder fahren.",
     [("die Fähre werde im Mai wieder fahren", R, "Lena Kraus", "Lena Kraus")]),
    ("de", "Der Landrat erklärte der Zeitung, er sei zuversichtlich.",
     [("er sei zuversichtlich", R, "Der Landrat", "Der Landrat")]),
    # precision: a relative clause on the one told, and a clause with no words reported
    ("de", "Lena Kraus sagte der Zeitung, die am Montag erschien.", []),
    ("de", "Lena Kraus erklärte den Rücktritt, den niemand erwartet hatte.", []),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), GERMAN_TOLD_CLAUSE)
def test_german_told_clause(language: str, paragraph: str, expected: list[Row]) -> None:
    assert mention_rows(paragraph, language) == expected


TOLD_OUTLET_AND_SETTING: list[Case] = [
    # an outlet's noun or a programme's title after the one told, then a clause with a pronoun
    ("en", "The chancellor told Le Monde newspaper she would stay in office.",
     [("she would stay in office", R, "The chancellor", "The chancellor")]),
    ("en", "Ortiz told the Herald newspaper he would sell the boat.",
     [("he would sell the boat", R, "Ortiz", "Ortiz")]),
    ("en", "Ortiz told ABC's This Week he would sell the boat.",
     [("he would sell the boat", R, "Ortiz", "Ortiz")]),
    ("en", "Ortiz told the Times of Malta he would sell the boat.",
     [("he would sell the boat", R, "Ortiz", "Ortiz")]),
    # where the one told was told, a place of several words or a noun after a determiner
    ("en", "Ortiz told reporters aboard Marine One he would sell the boat.",
     [("he would sell the boat", R, "Ortiz", "Ortiz")]),
    ("en", "Ortiz told reporters outside Dover Crown Court she would appeal.",
     [("she would appeal", R, "Ortiz", "Ortiz")]),
    ("en", "Ortiz told reporters aboard the ferry he would sell the boat.",
     [("he would sell the boat", R, "Ortiz", "Ortiz")]),
    # precision: no clause after the place; "that" after a title and a time
    ("en", "Ortiz told NBC's Meet the Press on Sunday that he would sell the boat.",
     [("he would sell the boat", R, "Ortiz", "Ortiz")]),
    ("en", "Ortiz told reporters aboard Marine One about his plan.", []),
    ("en", "Ortiz told the Herald newspaper readers that the boat was sold.",
     [("the boat was sold", R, "Ortiz", "Ortiz")]),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), TOLD_OUTLET_AND_SETTING)
def test_told_outlet_and_setting(language: str, paragraph: str, expected: list[Row]) -> None:
    assert mention_rows(paragraph, language) == expected


JOINED_BARE_CUE: list[Case] = [
    # a second cue of the same speaker after "but"/"and", its clause without "that": two reports
    ("en", "Ana Ruiz said the ferry was late but insisted the crossing was safe.",
     [("the ferry was late", R, "Ana Ruiz", "Ana Ruiz"), ("the crossing was safe", R, "Ana Ruiz", "Ana Ruiz")]),
    ("en", "Ana Ruiz said the ferry was late and added she would complain.",
     [("the ferry was late", R, "Ana Ruiz", "Ana Ruiz"), ("she would complain", R, "Ana Ruiz", "Ana Ruiz")]),
    ("en", "Ana Ruiz said the ferry was late, but argued the fares were fair.",
     [("the ferry was late", R, "Ana Ruiz", "Ana Ruiz"), ("the fares were fair", R, "Ana Ruiz", "Ana Ruiz")]),
    # precision: "and" inside the clause, no second cue
    ("en", "Ana Ruiz said the ferry and the bus were late.",
     [("the ferry and the bus were late", R, "Ana Ruiz", "Ana Ruiz")]),
    ("en", "Ana Ruiz said the ferry was late and the bus was full.",
     [("the ferry was late and the bus was full", R, "Ana Ruiz", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), JOINED_BARE_CUE)
def test_joined_bare_cue(language: str, paragraph: str, expected: list[Row]) -> None:
    assert mention_rows(paragraph, language) == expected


OPEN_SUBJECT_RELATIVE: list[Case] = [
    # a relative clause of the subject after a comma, its closing comma missing: the phrase before speaks
    ("fr", "La préfète, qui a pris ses fonctions en mars a déclaré que la digue sera renforcée.",
     [("la digue sera renforcée", R, "La préfète", "La préfète")]),
    ("fr", "Claire Morel, qui dirige le syndicat depuis 2019 a affirmé que la grève continuera.",
     [("la grève continuera", R, "Claire Morel", "Claire Morel")]),
    ("es", "La alcaldesa, que asumió el cargo en marzo dijo que el dique será reforzado.",
     [("el dique será reforzado", R, "La alcaldesa", "La alcaldesa")]),
    ("es", "Ana Ruiz, quien dirige el sindicato desde 2019 aseguró que la huelga seguirá.",
     [("la huelga seguirá", R, "Ana Ruiz", "Ana Ruiz")]),
    ("de", "Der Landrat, der im März sein Amt antrat sagte, der Deich werde verstärkt.",
     [("der Deich werde verstärkt", R, "Der Landrat", "Der Landrat")]),
    # precision: an object's clause, whose subject is someone else; a genitive's clause
    ("es", "La alcaldesa, que los vecinos eligieron en marzo dijo que el dique será reforzado.", []),
    ("de", "Der Landrat, dessen Sprecher gestern sagte, der Deich werde verstärkt.", []),
    # the clause closed by its comma before the cue: read as ever (the name before the role speaks)
    ("fr", "Morel, la préfète, qui a été nommée en mars, a déclaré que la digue sera renforcée.",
     [("la digue sera renforcée", R, "Morel", "Morel")]),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), OPEN_SUBJECT_RELATIVE)
def test_open_subject_relative(language: str, paragraph: str, expected: list[Row]) -> None:
    assert mention_rows(paragraph, language) == expected


JOINED_CUE_KEPT: list[Case] = [
    # precision for the joined cue: a first report too short, and a cue that takes the one told
    ("en", "Ana Ruiz claimed victory and argued she would win the runoff.",
     [("victory and argued she would win the runoff", R, "Ana Ruiz", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), JOINED_CUE_KEPT)
def test_joined_cue_kept(language: str, paragraph: str, expected: list[Row]) -> None:
    assert mention_rows(paragraph, language) == expected
