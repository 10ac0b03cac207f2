"""The French, German and Spanish packs on shapes that gave a wrong speaker, none, or a quote that
is no one's words (issue 5): a French cue with its pronoun joined to the verb inside the
guillemets, the title of a work after a noun for it, a Spanish dropped subject after a role with a
complement, a German genitive after a bare role, ``laut Angaben``, an age adjective in a role,
a second subject joined after a Spanish verb.  Invented sentences; each row gives the exact
``(text, kind, speaker's name)`` triples that must come out, the bad shape beside the near-misses
that must stay as they are."""

from __future__ import annotations

import pytest

from newsparse import QuoteKind
from quote_cases import kind_rows, mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED
Triples = list[tuple[str, QuoteKind, str | None]]


def quotes_of(text: str, language: str) -> Triples:
    return kind_rows(text, language, headline="Titre")


# -- 1. a French cue with its pronoun joined to the verb inside the guillemets ---------------------

WOMAN = "La ministre de la Culture, Claire Vasseur, a visité le chantier lundi.\n\n"
MAN = "M. Olivier Brunet a présenté le budget de la ville.\n\n"

INSERTED_INVERTED = [
    # (the bad shape: one quote with the cue inside it, and no speaker)
    (WOMAN + "« Nous irons jusqu'au bout, a-t-elle ajouté, sans rien céder. »",
     [("Nous irons jusqu'au bout", D, "Claire Vasseur"), ("sans rien céder.", D, "Claire Vasseur")]),
    (MAN + "« Le budget est sincère, a-t-il estimé, et il sera voté. »",
     [("Le budget est sincère", D, "Olivier Brunet"), ("et il sera voté.", D, "Olivier Brunet")]),
    (WOMAN + "« Le théâtre rouvrira en mai, ajoute-t-elle. Les travaux sont presque finis. »",
     [("Le théâtre rouvrira en mai", D, "Claire Vasseur"), ("Les travaux sont presque finis.", D, "Claire Vasseur")]),
    (MAN + "« Nous tiendrons nos promesses, poursuit-il, quoi qu'il arrive. »",
     [("Nous tiendrons nos promesses", D, "Olivier Brunet"), ("quoi qu'il arrive.", D, "Olivier Brunet")]),
    # (at the closing mark: the words before the cue alone)
    (MAN + "« Nous tiendrons nos promesses, a-t-il assuré. »", [("Nous tiendrons nos promesses", D, "Olivier Brunet")]),
    # (a place after the pronoun's verb is no part of the words)
    (MAN + "« Nous tiendrons nos promesses, a-t-il assuré devant les élus. Le vote aura lieu jeudi. »",
     [("Nous tiendrons nos promesses", D, "Olivier Brunet"), ("Le vote aura lieu jeudi.", D, "Olivier Brunet")]),
    # (a pronoun that agrees with no one named before: both pieces without a speaker)
    (MAN + "« Nous irons jusqu'au bout, a-t-elle ajouté, sans rien céder. »",
     [("Nous irons jusqu'au bout", D, None), ("sans rien céder.", D, None)]),
    # (near-misses: the cue outside the marks, an impersonal "on", a question with no comma before the verb)
    (MAN + "« Nous tiendrons nos promesses », a-t-il assuré.", [("Nous tiendrons nos promesses", D, "Olivier Brunet")]),
    (MAN + "« Le budget est sincère, dit-on, et il sera voté. »", [("Le budget est sincère, dit-on, et il sera voté.", D, None)]),
    (MAN + "« Que dit-il au fond ? » demande une élue.", [("Que dit-il au fond ?", D, None)]),
    # (a named speaker inside the marks is read as before)
    (MAN + "« Le budget est sincère, a dit Olivier Brunet, et il sera voté. »",
     [("Le budget est sincère", D, "Olivier Brunet"), ("et il sera voté.", D, "Olivier Brunet")]),
]


@pytest.mark.parametrize(("text", "expected"), INSERTED_INVERTED)
def test_a_french_inverted_cue_inside_the_marks_splits_the_quotation(text: str, expected: Triples) -> None:
    assert quotes_of(text, "fr") == expected


def test_the_inverted_pronoun_is_the_mention() -> None:
    rows = mention_rows(WOMAN + "« Nous irons jusqu'au bout, a-t-elle ajouté, sans rien céder. »", "fr", headline="Titre")
    assert [(name, mention) for _, _, name, mention in rows] == [("Claire Vasseur", "elle")] * 2


# -- 2. the title of a work after a noun for it ---------------------------------------------------

WORK_TITLES = [
    # (the bad shape: a judging verb made the title its subject's words)
    ("fr", "La critique Hélène Roux a salué le film « Les Nuits de Lyon » lundi soir.", []),
    ("fr", "Le maire Paul Girard a critiqué le roman « Un hiver à Brest » devant la presse.", []),
    ("fr", "La députée Anne Morel a salué la série « Les Gardiens » sur France 2.", []),
    ("de", "Die Kritikerin Anna Weiß lobte den Film „Der lange Winter“ am Montag.", []),
    ("de", "Der Minister Jan Vogel kritisierte den Kriminalroman „Tod am Rhein“ scharf.", []),
    ("es", "La ministra Ana Ortiz elogió la película «Los años perdidos» en Sevilla.", []),
    ("es", "El alcalde Luis Gil criticó el libro «La casa del río» en la radio.", []),
    # (near-misses: a judgement in lower case after the noun is a naming quote, as before)
    ("fr", "La critique Hélène Roux a dénoncé un film « raté » lundi soir.", [("raté", D, "Hélène Roux")]),
    ("fr", "La ministre Anne Morel a dénoncé un budget « injuste ».", [("injuste", D, "Anne Morel")]),
    ("de", "Die Ministerin Anna Weiß kritisierte den „unfairen“ Haushalt.", [("unfairen", D, "Anna Weiß")]),
    ("es", "La ministra Ana Ortiz criticó un libro «aburrido» en Sevilla.", [("aburrido", D, "Ana Ortiz")]),
    # (words spoken that open with a capital after a cue are still a quote)
    ("fr", "« Un film magnifique », a dit la critique Hélène Roux.", [("Un film magnifique", D, "Hélène Roux")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), WORK_TITLES)
def test_the_title_of_a_work_is_no_one_s_words(language: str, text: str, expected: Triples) -> None:
    assert quotes_of(text, language) == expected


# -- 3. a Spanish dropped subject after a role with a complement -----------------------------------

DROPPED_AFTER_ROLE = [
    # (the bad shape: "de Trabajo" between the role and the name left the verb with no subject)
    ("El ministro de Trabajo, Unai Sordo, defendió el lunes la reforma. «Vamos a subir los salarios», dijo.",
     [("Vamos a subir los salarios", D, "Unai Sordo")]),
    ("La consejera de Sanidad, Marta Sanz, visitó el hospital. «Faltan médicos», lamentó.",
     [("Faltan médicos", D, "Marta Sanz")]),
    ("El presidente de la Diputación, Luis Roca, inauguró la obra. «Es un día histórico», añadió.",
     [("Es un día histórico", D, "Luis Roca")]),
    # (near-misses: a role with no complement, and two people named: either of them)
    ("El ministro, Unai Sordo, defendió el lunes la reforma. «Vamos a subir los salarios», dijo.",
     [("Vamos a subir los salarios", D, "Unai Sordo")]),
    ("El ministro de Trabajo, Unai Sordo, se reunió con Ana Ruiz. «Vamos a subir los salarios», dijo.",
     [("Vamos a subir los salarios", D, None)]),
]


@pytest.mark.parametrize(("text", "expected"), DROPPED_AFTER_ROLE)
def test_a_spanish_dropped_subject_after_a_role_with_a_complement(text: str, expected: Triples) -> None:
    assert quotes_of(text, "es") == expected


# -- 4. German: a genitive after a bare role, "laut Angaben", an age in a role ---------------------

GERMAN_SPEAKERS = [
    # (the bad shape: the genitive's noun was read as a name)
    ("Sprecher des Ministeriums sagten, man prüfe den Fall genau.", [("man prüfe den Fall genau", R, "Sprecher des Ministeriums")]),
    ("„Wir prüfen den Fall“, sagten Sprecher des Ministeriums am Montag.", [("Wir prüfen den Fall", D, "Sprecher des Ministeriums")]),
    ("Mitarbeiter des Ministeriums sagten, man prüfe den Fall genau.", [("man prüfe den Fall genau", R, "Mitarbeiter des Ministeriums")]),
    # (near-misses: an article before the role, and a plural noun that is no role)
    ("Ein Sprecher des Ministeriums sagte, man prüfe den Fall genau.", [("man prüfe den Fall genau", R, "Ein Sprecher des Ministeriums")]),
    ("Vertreter der Regierung sagten, man prüfe den Fall genau.", [("man prüfe den Fall genau", R, "Vertreter der Regierung")]),
    # ("laut Angaben": the body whose figures they are)
    ("Laut Angaben der Feuerwehr wurden bei dem Brand drei Menschen verletzt.",
     [("wurden bei dem Brand drei Menschen verletzt", R, "der Feuerwehr")]),
    ("Nach Angaben der Polizei wurden bei dem Unfall zwei Menschen verletzt.",
     [("wurden bei dem Unfall zwei Menschen verletzt", R, "der Polizei")]),
    ("Laut Feuerwehr wurden bei dem Brand drei Menschen verletzt.", [("wurden bei dem Brand drei Menschen verletzt", R, "Feuerwehr")]),
    # (an age written as one adjective, or another adjective, in a role after an article)
    ("Der 29-jährige Stürmer sagte, er sei nach dem Spiel sehr müde.", [("er sei nach dem Spiel sehr müde", R, "Der 29-jährige Stürmer")]),
    ("„Ich bin sehr müde“, sagte der 29-jährige Stürmer.", [("Ich bin sehr müde", D, "der 29-jährige Stürmer")]),
    ("Der junge Stürmer sagte, er sei nach dem Spiel sehr müde.", [("er sei nach dem Spiel sehr müde", R, "Der junge Stürmer")]),
    # (near-miss: a noun alone after its article, as before)
    ("Die Firma teilte mit, der Umsatz sei gestiegen.", [("der Umsatz sei gestiegen", R, "Die Firma")]),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN_SPEAKERS)
def test_german_role_phrases_and_sources(text: str, expected: Triples) -> None:
    assert quotes_of(text, "de") == expected


# -- 5. a second subject joined after the verb ------------------------------------------------------

JOINED_AFTER_VERB = [
    # (the bad shape: only the first of the two)
    ("es", "«Estamos muy tristes», dijeron Ana Ruiz y su marido, Pedro.", [("Estamos muy tristes", D, "Ana Ruiz y Pedro")]),
    ("es", "«Estamos muy tristes», dijeron Ana Ruiz y Pedro Gil.", [("Estamos muy tristes", D, "Ana Ruiz y Pedro Gil")]),
    ("es", "«Nadie nos avisó», denunciaron Ana Ruiz y el alcalde, Luis Gil.", [("Nadie nos avisó", D, "Ana Ruiz y Luis Gil")]),
    ("fr", "« Nous sommes tristes », ont dit Anne Morel et son mari, Pierre.", [("Nous sommes tristes", D, "Anne Morel et Pierre")]),
    # (near-misses: a clause of its own after the coordinator, and words after the second subject)
    ("es", "«Estamos muy tristes», dijo Ana Ruiz y se marchó.", [("Estamos muy tristes", D, "Ana Ruiz")]),
    ("es", "«Estamos muy tristes», dijo Ana Ruiz y el niño lloró.", [("Estamos muy tristes", D, "Ana Ruiz")]),
    ("fr", "« Nous sommes tristes », a dit Anne Morel et elle est partie.", [("Nous sommes tristes", D, "Anne Morel")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), JOINED_AFTER_VERB)
def test_a_second_subject_joined_after_the_verb(language: str, text: str, expected: Triples) -> None:
    assert quotes_of(text, language) == expected



# -- 6. no closed list of people nouns in the French and German packs ------------------------------

# (a list of person nouns, as English keeps, would take the speaker from every person outside it:
# measured on sentences like these, it gave "le micro" no speaker and five people none either; the
# rows below pin the people, and "le micro", "das Mikrofon" as the known gap)
PEOPLE_BY_A_NOUN = [
    ("fr", "« C'était terrible », a confié la serveuse.", [("C'était terrible", D, "la serveuse")]),
    ("fr", "« C'était terrible », a dit le cardinal.", [("C'était terrible", D, "le cardinal")]),
    ("fr", "Le vigneron a expliqué qu'il n'avait rien vu venir ce soir-là.",
     [("il n'avait rien vu venir ce soir-là", R, "Le vigneron")]),
    ("fr", "Une lycéenne a expliqué qu'elle avait eu très peur ce soir-là.",
     [("elle avait eu très peur ce soir-là", R, "Une lycéenne")]),
    ("de", "„Es war schrecklich“, sagte die Kellnerin.", [("Es war schrecklich", D, "die Kellnerin")]),
    ("de", "Der Winzer sagte, er habe nichts kommen sehen.", [("er habe nichts kommen sehen", R, "Der Winzer")]),
    # (the known gap: a thing after the verb is read as the speaker)
    ("fr", "« C'était terrible », a dit le micro.", [("C'était terrible", D, "le micro")]),
    ("de", "„Es war schrecklich“, sagte das Mikrofon.", [("Es war schrecklich", D, "das Mikrofon")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), PEOPLE_BY_A_NOUN)
def test_people_named_by_a_noun_outside_any_list_keep_their_speaker(language: str, text: str, expected: Triples) -> None:
    assert quotes_of(text, language) == expected


# -- 7. a role of either gender set off before a name: its article gives the person's gender --------

ARTICLE_BEFORE_SET_OFF_ROLE = [
    # (the bad shape: "Le maire, Olivier Brunet," said nothing of his gender, so "elle" was he)
    ("fr", "Le maire, Olivier Brunet, a présenté le budget.\n\n« Nous tiendrons bon », a-t-elle ajouté.",
     [("Nous tiendrons bon", D, None)]),
    ("fr", "La ministre, Claire Vasseur, a présenté le budget.\n\n« Nous tiendrons bon », a-t-il ajouté.",
     [("Nous tiendrons bon", D, None)]),
    ("de", "Der Abgeordnete, Jonas Vogt, stellte den Plan vor.\n\n„Wir schaffen das“, sagte sie.", [("Wir schaffen das", D, None)]),
    # (near-misses: the pronoun that agrees)
    ("fr", "Le maire, Olivier Brunet, a présenté le budget.\n\n« Nous tiendrons bon », a-t-il ajouté.",
     [("Nous tiendrons bon", D, "Olivier Brunet")]),
    ("fr", "La ministre, Claire Vasseur, a présenté le budget.\n\n« Nous tiendrons bon », a-t-elle ajouté.",
     [("Nous tiendrons bon", D, "Claire Vasseur")]),
    ("de", "Der Abgeordnete, Jonas Vogt, stellte den Plan vor.\n\n„Wir schaffen das“, sagte er.", [("Wir schaffen das", D, "Jonas Vogt")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), ARTICLE_BEFORE_SET_OFF_ROLE)
def test_the_article_of_a_role_set_off_before_a_name_gives_its_gender(language: str, text: str, expected: Triples) -> None:
    assert quotes_of(text, language) == expected
