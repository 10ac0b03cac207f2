"""The French, German and Spanish packs on shapes that gave no quote, no speaker or part of one
(issue 5: speakers resolve to full names in every pack): a day between an inverted verb and its
subject, attributions set off by commas inside a sentence, Spanish ``de que`` and the person told
before ``que``, a newspaper in quotation marks as the one told, a setting before the comma of a
German clause, ``laut`` inside a clause.  Invented sentences; each row gives the exact ``(text,
kind, speaker's name)`` triples that must come out, the bad shape beside the near-misses that must
stay as they are."""

from __future__ import annotations

import pytest

from newsparse import QuoteKind
from quote_cases import kind_rows, mention_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT
Triples = list[tuple[str, QuoteKind, str | None]]


def quotes_of(text: str, language: str) -> Triples:
    return kind_rows(text, language, headline="Titre")


# -- 1. a day or a time between an inverted verb and its subject ---------------------------------

TIME_BEFORE_SUBJECT = [
    (
        "fr",
        "« Nous allons agir vite », a déclaré mardi la ministre de la Santé, Isabelle Ferrand, devant les députés.",
        [("Nous allons agir vite", D, "Isabelle Ferrand")],
    ),
    ("fr", "« Nous allons agir vite », a déclaré mardi soir Isabelle Ferrand.", [("Nous allons agir vite", D, "Isabelle Ferrand")]),
    ("fr", "« Nous allons agir vite », a déclaré hier Isabelle Ferrand.", [("Nous allons agir vite", D, "Isabelle Ferrand")]),
    # (the person named before: the role after the day resolves to her)
    (
        "fr",
        "La ministre de la Santé, Isabelle Ferrand, a présenté le plan lundi.\n\n"
        "« Nous allons agir vite », a déclaré mardi la ministre devant les députés.",
        [("Nous allons agir vite", D, "Isabelle Ferrand")],
    ),
    # (near-misses: no day, and a day that ends the sentence, with no subject after it)
    ("fr", "« Nous allons agir vite », a déclaré Isabelle Ferrand.", [("Nous allons agir vite", D, "Isabelle Ferrand")]),
    ("fr", "« Nous allons agir vite », a déclaré mardi.", [("Nous allons agir vite", D, None)]),
    ("es", "«Vamos a actuar rápido», dijo el martes la ministra de Sanidad, Isabel Ferrán.", [("Vamos a actuar rápido", D, "Isabel Ferrán")]),
    ("es", "«Vamos a actuar rápido», dijo este martes Isabel Ferrán.", [("Vamos a actuar rápido", D, "Isabel Ferrán")]),
    ("de", "„Wir handeln schnell“, sagte am Dienstag die Ministerin Isabel Ferner.", [("Wir handeln schnell", D, "Isabel Ferner")]),
    ("de", "„Wir handeln schnell“, sagte gestern Isabel Ferner.", [("Wir handeln schnell", D, "Isabel Ferner")]),
    ("de", "„Wir handeln schnell“, sagte Isabel Ferner am Dienstag.", [("Wir handeln schnell", D, "Isabel Ferner")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), TIME_BEFORE_SUBJECT)
def test_a_day_between_the_verb_and_its_subject_is_no_part_of_the_speaker(language: str, text: str, expected: Triples) -> None:
    assert quotes_of(text, language) == expected


def test_the_mention_after_a_day_starts_at_the_subject() -> None:
    rows = mention_rows("« Nous allons agir vite », a déclaré mardi soir Isabelle Ferrand.", "fr", headline="Titre")
    assert rows == [("Nous allons agir vite", D, "Isabelle Ferrand", "Isabelle Ferrand")]


# -- 1. attributions set off by commas inside the sentence ---------------------------------------

INTERRUPTED = [
    ("fr", "« Le projet, a dit Ana Ruiz, était trop cher. »", [("Le projet", D, "Ana Ruiz"), ("était trop cher.", D, "Ana Ruiz")]),
    ("fr", "Le projet, a dit Ana Ruiz, était trop cher pour la commune.", [("Le projet, a dit Ana Ruiz, était trop cher pour la commune", R, "Ana Ruiz")]),
    ("fr", "Le musée, a expliqué la directrice Ana Ruiz, rouvrira en mai.", [("Le musée, a expliqué la directrice Ana Ruiz, rouvrira en mai", R, "Ana Ruiz")]),
    ("fr", "Le projet, selon Ana Ruiz, était trop cher pour la commune.", [("Le projet, selon Ana Ruiz, était trop cher pour la commune", R, "Ana Ruiz")]),
    ("fr", "Le musée, selon la directrice Ana Ruiz, rouvrira en mai.", [("Le musée, selon la directrice Ana Ruiz, rouvrira en mai", R, "Ana Ruiz")]),
    # (near-miss: the words before the verb are a clause, said by the one named after it)
    ("fr", "Le budget a été voté, a expliqué le maire Paul Girard.", [("Le budget a été voté", R, "Paul Girard")]),
    ("es", "El plan, dijo Ana Ruiz, era demasiado caro.", [("El plan, dijo Ana Ruiz, era demasiado caro", R, "Ana Ruiz")]),
    ("es", "«El plan, dijo Ana Ruiz, era demasiado caro.»", [("El plan", D, "Ana Ruiz"), ("era demasiado caro.", D, "Ana Ruiz")]),
    ("es", "La reforma, explicó el ministro Pedro Gómez, entrará en vigor en enero.", [("La reforma, explicó el ministro Pedro Gómez, entrará en vigor en enero", R, "Pedro Gómez")]),
    # (near-misses: no verb after the speaker's comma; the policía is no verb in "-ía")
    ("es", "El plan, dijo Ana Ruiz, la policía y los vecinos.", []),
    ("es", "El plan de Ana Ruiz era demasiado caro.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), INTERRUPTED)
def test_an_attribution_inside_the_sentence_gives_the_words_after_it(language: str, text: str, expected: Triples) -> None:
    assert quotes_of(text, language) == expected


# -- 2. Spanish: "de que", the person told before "que", joined subjects -------------------------

SPANISH = [
    ("Los expertos advirtieron de que la sequía durará todo el verano.", [("la sequía durará todo el verano", R, "Los expertos")]),
    ("El ministro Pedro Gómez advirtió de que la sequía durará todo el verano.", [("la sequía durará todo el verano", R, "Pedro Gómez")]),
    ("Los vecinos advirtieron al Ayuntamiento de que el ruido era insoportable.", [("el ruido era insoportable", R, "Los vecinos")]),
    ("Pedro Gómez aseguró que la sequía durará todo el verano.", [("la sequía durará todo el verano", R, "Pedro Gómez")]),
    ("Pedro Gómez explicó a los periodistas que la sequía durará todo el verano.", [("la sequía durará todo el verano", R, "Pedro Gómez")]),
    (
        "Ana Ruiz y Pedro Gómez dijeron a los periodistas que el plan era demasiado caro.",
        [("el plan era demasiado caro", R, "Ana Ruiz y Pedro Gómez")],
    ),
    (
        "Ana Ruiz y su marido, Pedro, dijeron que el plan era demasiado caro.",
        [("el plan era demasiado caro", R, "Ana Ruiz y Pedro")],
    ),
    (
        "La vecina Ana Ruiz y su marido, Pedro, aseguraron que el ruido era insoportable.",
        [("el ruido era insoportable", R, "Ana Ruiz y Pedro")],
    ),
    # (near-misses: "de que" with no speech verb, and a verb of OBJECT_VERBS with a plain object)
    ("Se habló mucho de que la sequía durará todo el verano.", []),
    ("La ministra reconoció su error ante el Congreso.", []),
    # (near-miss: "que" a relative after the one told and a comma)
    ("El ministro reconoció a su hijo, que estaba en la sala.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPANISH)
def test_spanish_cue_shapes(text: str, expected: Triples) -> None:
    assert quotes_of(text, "es") == expected


# Spanish keeps no closed list of nouns for people (PERSON_NOUNS, PERSON_SUFFIXES): the list of
# packO left every speaker outside it with none ("dijo el rey"), so the filter is off again, and a
# phrase whose head names no one is still read as the speaker (a known gap, the rows below)
SPANISH_PERSON_NOUNS = [
    ("«Ya está», dijo la pantalla del aeropuerto.", [("Ya está", D, "la pantalla del aeropuerto")]),
    ("«Ya está», dijo el micrófono.", [("Ya está", D, "el micrófono")]),
    # (the bad shape of packO: people outside the list)
    ("«Es un gran día», dijo el rey.", [("Es un gran día", D, "el rey")]),
    ("El rey dijo que era un gran día.", [("era un gran día", R, "El rey")]),
    ("«Es un gran día», dijo la reina.", [("Es un gran día", D, "la reina")]),
    ("«Es un gran día», dijo el técnico.", [("Es un gran día", D, "el técnico")]),
    ("«Es un gran día», dijo el coronel.", [("Es un gran día", D, "el coronel")]),
    # (near-misses: people listed, people by their ending, groups and roles)
    ("«Ya está», dijo el vecino.", [("Ya está", D, "el vecino")]),
    ("«Ya está», dijo un camarero del bar.", [("Ya está", D, "un camarero del bar")]),
    ("«Ya está», dijeron los agricultores.", [("Ya está", D, "los agricultores")]),
    ("«Ya está», dijo la oposición.", [("Ya está", D, "la oposición")]),
    ("«Ya está», dijo el portavoz del Ayuntamiento.", [("Ya está", D, "el portavoz del Ayuntamiento")]),
    ("«Ya está», dijo la jueza.", [("Ya está", D, "la jueza")]),
]


@pytest.mark.parametrize(("text", "expected"), SPANISH_PERSON_NOUNS)
def test_spanish_speaker_phrases_name_people(text: str, expected: Triples) -> None:
    assert quotes_of(text, "es") == expected


# -- 3. German: the one told, a setting before the comma, "laut" inside the clause ---------------

GERMAN = [
    # a newspaper in quotation marks is told: the subject speaks, the words follow the comma
    ("Die Ministerin Anna Schmidt sagte der „Süddeutschen Zeitung“, sie sei zufrieden.", [("sie sei zufrieden", R, "Anna Schmidt")]),
    ("Anna Schmidt sagte dem Magazin „Stern“, sie sei zufrieden.", [("sie sei zufrieden", R, "Anna Schmidt")]),
    ("Anna Schmidt sagte der „Zeit“, dass sie zufrieden sei.", [("sie zufrieden sei", R, "Anna Schmidt")]),
    ("„Wir sind zufrieden“, sagte Anna Schmidt der „Süddeutschen Zeitung“.", [("Wir sind zufrieden", D, "Anna Schmidt")]),
    # (near-miss: the paper unmarked, as before)
    ("Anna Schmidt sagte der Süddeutschen Zeitung, sie sei zufrieden.", [("sie sei zufrieden", R, "Anna Schmidt")]),
    # the people told after a pronoun: "den" closes the speaker's phrase as "der" and "dem" do
    ("Trainer Jan Vogel war nach dem Spiel gegen Bremen gut gelaunt.\n\n„Wir sind zufrieden“, sagte er den Fans.", [("Wir sind zufrieden", D, "Jan Vogel")]),
    (
        "Die Ministerin Anna Schmidt besuchte am Montag die neue Klinik in der Altstadt.\n\n„Wir sind zufrieden“, sagte sie den Journalisten in Berlin.",
        [("Wir sind zufrieden", D, "Anna Schmidt")],
    ),
    ("Die Ministerin Anna Schmidt besuchte am Montag die neue Klinik in der Altstadt.\n\n„Wir sind zufrieden“, sagte sie der Zeitung.", [("Wir sind zufrieden", D, "Anna Schmidt")]),
    # a place or a time between the verb and the comma of its clause
    (
        "Die Ministerin Anna Schmidt besuchte am Montag die neue Klinik in der Altstadt.\n\nDie Ministerin erklärte am Dienstag in Berlin, die Reform komme zu spät.",
        [("die Reform komme zu spät", R, "Anna Schmidt")],
    ),
    ("Anna Schmidt sagte am Dienstag in Berlin, sie sei zufrieden.", [("sie sei zufrieden", R, "Anna Schmidt")]),
    ("Anna Schmidt sagte vor Journalisten, sie sei zufrieden.", [("sie sei zufrieden", R, "Anna Schmidt")]),
    # (near-misses: the verb's object before a relative clause, and a setting with no comma)
    ("Anna Schmidt erklärte den Rücktritt, den niemand erwartet hatte.", []),
    ("Die Ministerin Anna Schmidt besuchte am Montag die neue Klinik in der Altstadt.\n\n„Wir sind zufrieden“, erklärte die Ministerin am Dienstag in Berlin.", [("Wir sind zufrieden", D, "Anna Schmidt")]),
    ("Die Sprecherin der Stadt, Anna Schmidt, äußerte sich am Montag zu dem Brand in der Altstadt.\n\nDie Lage sei ruhig, so die Sprecherin.", [("Die Lage sei ruhig", R, "Anna Schmidt")]),
    # "laut" inside its clause: the whole sentence is the source's
    ("Bei dem Unfall wurden laut Polizei drei Menschen verletzt.", [("Bei dem Unfall wurden laut Polizei drei Menschen verletzt", R, "Polizei")]),
    (
        "Der Schaden liegt laut Innenministerin Anna Schmidt bei zwei Millionen Euro.",
        [("Der Schaden liegt laut Innenministerin Anna Schmidt bei zwei Millionen Euro", R, "Anna Schmidt")],
    ),
    ("Laut Polizei wurden drei Menschen verletzt.", [("wurden drei Menschen verletzt", R, "Polizei")]),
    # (near-misses: "laut" the adjective, before a noun and at the end)
    ("Er sprach laut Deutsch mit ihm.", []),
    ("Die Fans sangen laut Lieder und tanzten.", []),
    ("Die Musik war zu laut.", []),
    # (the source after "laut" ends before the clause's object: a lower-case article past its first word)
    (
        "Die Regierung will laut Kanzler Scholz die Steuern senken.",
        [("Die Regierung will laut Kanzler Scholz die Steuern senken", R, "Scholz")],
    ),
    (
        "Die Zahl der Toten ist laut Angaben der Stadt auf zwölf gestiegen.",
        [("Die Zahl der Toten ist laut Angaben der Stadt auf zwölf gestiegen", R, "der Stadt")],
    ),
    # (a relative clause after the comma of a setting or of a paper told is no reported clause)
    ("Der Minister sagte in einem Interview, das am Sonntag erscheint, die Lage sei ernst.", []),
    ("Der Minister sagte der „Zeit“, die am Montag erscheint, die Lage sei ernst.", []),
    # ("den" ends the speaker's phrase, but not after a name particle)
    ("„Wir sind bereit“, sagte Jan van den Berg.", [("Wir sind bereit", D, "Berg")]),
    ("„Wir sind bereit“, sagte Jan von den Driesch.", [("Wir sind bereit", D, "Jan von den Driesch")]),
    ("„Wir sind zufrieden“, sagte Anna Schmidt den Journalisten.", [("Wir sind zufrieden", D, "Anna Schmidt")]),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN)
def test_german_cue_shapes(text: str, expected: Triples) -> None:
    assert quotes_of(text, "de") == expected


FRENCH = [
    ("La ministre Claire Dubois a indiqué aux journalistes que la réforme était prête.", [("la réforme était prête", R, "Claire Dubois")]),
    ("La ministre Claire Dubois a déclaré au « Monde » que la réforme était prête.", [("la réforme était prête", R, "Claire Dubois")]),
    ("Les syndicats ont dit à la presse que la grève continuerait.", [("la grève continuerait", R, "Les syndicats")]),
    # (near-miss: a plain object, no words)
    ("La ministre Claire Dubois a annoncé sa démission mardi.", []),
    # (near-misses: "que" a relative after a noun phrase object, or after a thing told)
    ("Le maire a annoncé le projet que la ville prépare depuis dix ans.", []),
    ("Le maire a dit le mot que tout le monde attendait.", []),
    ("Le ministre a répondu aux questions que les élus ont posées.", []),
    ("Le ministre a répondu aux journalistes que la réforme était prête.", [("la réforme était prête", R, "Le ministre")]),
]


@pytest.mark.parametrize(("text", "expected"), FRENCH)
def test_french_cue_shapes(text: str, expected: Triples) -> None:
    assert quotes_of(text, "fr") == expected


def test_english_reads_a_day_after_the_verb_the_same_way() -> None:
    # the rule is the language's words: English reads "said Tuesday the minister" the same way
    rows = kind_rows('"We will act fast," said on Tuesday the health minister, Isabel Ferrand.', None)
    assert rows == [("We will act fast,", D, "Isabel Ferrand")]
