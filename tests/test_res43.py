"""Speaker resolution of roles and nationality nouns (res43, trial 45): a role with a portfolio
after it (``le ministre du Travail``, ``the minister of health``) refers back only to someone the
article introduced with that portfolio; an article of the other gender before a role written alike
for both (French ``le``/``la ministre``, Spanish ``el``/``la presidente``, German ``der``/``die
Vorsitzende``) names someone else than the person introduced with the other; a nationality noun
(``the Spaniard``) is no name: it refers to someone introduced with that country, or stays as
written; a time of a habit (``Every morning,``) before a named subject hides it from no later
pronoun; a pronoun after a speaker of the other gender refers to the one person of its gender
named before, and one after an unnamed person before a post-modifier (``A resident of Sendai``)
to that person, as written.  Where the engine cannot tell, the mention is kept as written."""

from __future__ import annotations

import pytest

from quote_cases import article_speakers

PORTFOLIOS = [
    # (language, text, speakers): another portfolio, or a title of another office, is someone else
    (
        "fr",
        "Le Premier ministre Paul Garnier a présenté jeudi son plan pour les hôpitaux.\n\n"
        "Le ministre de la Santé a jugé que les délais étaient tenables.",
        ["Le ministre de la Santé"],
    ),
    (
        "fr",
        "La ministre des Sports, Hélène Marchal, a inauguré le stade samedi.\n\n"
        "Le ministre de l'Économie a estimé que le coût restait raisonnable.",
        ["Le ministre de l'Économie"],
    ),
    (
        None,
        "Prime Minister Olivia Grant opened the new bridge on Friday.\n\n"
        "The minister of transport said the tolls would be reviewed next year.",
        ["The minister of transport"],
    ),
    (
        None,
        "Foreign Secretary Daniel Osei met his counterparts in Geneva.\n\n"
        "The secretary for education said the schools would reopen on Monday.",
        ["The secretary for education"],
    ),
    (
        "es",
        "El presidente del Gobierno, Andrés Molina, visitó la fábrica el lunes.\n\n"
        "La ministra de Industria afirmó que los empleos estaban garantizados.",
        ["La ministra de Industria"],
    ),
    (
        "de",
        "Bundeskanzler Jonas Keller sprach am Montag in Berlin.\n\nDie Ministerin für Bildung sagte, die Schulen blieben offen.",
        ["Die Ministerin für Bildung"],
    ),
    (
        "de",
        "Der Minister für Arbeit sagte, die Renten seien sicher.",
        ["Der Minister für Arbeit"],
    ),
    # the same portfolio: the person introduced with it
    (
        "de",
        "Die Ministerin für Bildung, Karin Vogel, sprach am Montag.\n\nDie Ministerin für Bildung sagte, die Schulen blieben offen.",
        ["Karin Vogel"],
    ),
    (
        "fr",
        "Le ministre de l'Intérieur, Marc Delorme, s'est rendu à Lyon mardi.\n\n"
        "Le ministre de l'Intérieur a affirmé que les renforts arriveraient vendredi.",
        ["Marc Delorme"],
    ),
    (
        "fr",
        "La ministre de la Culture, Claire Vasseur, a visité le musée lundi.\n\n"
        "La ministre de la Culture a promis que les travaux seraient financés.",
        ["Claire Vasseur"],
    ),
    (
        None,
        "Ana Ruiz, the health minister, visited the hospital.\n\nThe minister of health said the waiting lists would fall.",
        ["Ana Ruiz"],
    ),
    (
        None,
        "Health Secretary Wes Brandon visited the hospital.\n\nThe secretary for health said the waiting lists would fall.",
        ["Wes Brandon"],
    ),
    (
        None,
        "Transport Minister Ana Ruiz opened the new bridge on Friday.\n\n"
        "The minister of transport said the tolls would be reviewed next year.",
        ["Ana Ruiz"],
    ),
]

GENDERED_ARTICLES = [
    # (language, text, speakers): the mention's article is of the other gender than the one that
    # introduced the person: someone else, the mention as written
    (
        "fr",
        "La ministre du Logement, Sonia Perrin, a visité le chantier mardi.\n\n"
        "Le ministre a estimé que les loyers devaient baisser.",
        ["Le ministre"],
    ),
    (
        "fr",
        "Le ministre de l'Agriculture, Julien Roussel, a reçu les éleveurs mercredi.\n\n"
        "La ministre a jugé que les aides arriveraient trop tard.",
        ["La ministre"],
    ),
    (
        "fr",
        "Le maire, Pierre Lanvin, a fermé la piscine municipale.\n\n"
        "La maire a estimé que la décision était prématurée.",
        ["La maire"],
    ),
    (
        "es",
        "La presidente del club, Marta Solís, habló el lunes.\n\nEl presidente aseguró que el estadio se ampliaría.",
        ["El presidente"],
    ),
    (
        "es",
        "El juez Tomás Ibarra cerró la vista el martes.\n\nLa juez aseguró que la sentencia llegaría pronto.",
        ["La juez"],
    ),
    (
        "de",
        "Die Vorsitzende der Partei, Anna Berger, sprach am Montag.\n\nDer Vorsitzende sagte, die Wahl sei offen.",
        ["Der Vorsitzende"],
    ),
    (
        "de",
        "Der Abgeordnete Jonas Vogt sprach am Montag.\n\nDie Abgeordnete sagte, die Wahl sei offen.",
        ["Die Abgeordnete"],
    ),
    # the same article: the person introduced with it
    (
        "es",
        "La presidente del club, Marta Solís, habló el lunes.\n\nLa presidente aseguró que el estadio se ampliaría.",
        ["Marta Solís"],
    ),
    (
        "de",
        "Die Vorsitzende der Partei, Anna Berger, sprach am Montag.\n\nDie Vorsitzende sagte, die Wahl sei offen.",
        ["Anna Berger"],
    ),
    (
        "fr",
        "La ministre du Logement, Sonia Perrin, a visité le chantier mardi.\n\n"
        "La ministre a estimé que les loyers devaient baisser.",
        ["Sonia Perrin"],
    ),
    (
        "fr",
        "Le ministre de l'Agriculture, Julien Roussel, a reçu les éleveurs mercredi.\n\n"
        "Le ministre a jugé que les aides arriveraient trop tard.",
        ["Julien Roussel"],
    ),
]

NATIONALITY_NOUNS = [
    # (language, text, speakers): a nationality noun after an article is no name
    (
        None,
        'Coach Pep Alvarez was unhappy after the draw. "We gave them the game," the Spaniard said.',
        ["the Spaniard"],
    ),
    (
        None,
        'Goalkeeper Lars Nilsen kept a clean sheet. "It was a quiet night," the Swede said.',
        ["the Swede"],
    ),
    (
        None,
        'The race was stopped twice. "The track was too wet," said a Pole who finished fourth.',
        ["a Pole"],
    ),
    # introduced with that country: that person
    (
        None,
        'The Spanish coach Pep Alvarez was unhappy after the draw. "We gave them the game," the Spaniard said.',
        ["Pep Alvarez"],
    ),
    (
        None,
        'Swedish goalkeeper Lars Nilsen kept a clean sheet. "It was a quiet night," the Swede said.',
        ["Lars Nilsen"],
    ),
]

RECURRING_OPENINGS = [
    # (language, text, speakers): a time of a habit before the subject hides it from no pronoun
    (
        None,
        'Every morning, Peter Lindqvist climbs the steps to the old lighthouse.\n\n"People think it is lonely," he says.',
        ["Peter Lindqvist"],
    ),
    (
        "fr",
        "Chaque matin, Louis Garnier ouvre la boulangerie du village.\n\n« Les habitués attendent dehors », dit-il.",
        ["Louis Garnier"],
    ),
    # the other pronoun, or no given name after the time: as written
    (
        None,
        'Every morning, Peter Lindqvist climbs the steps to the old lighthouse.\n\n"People think it is lonely," she says.',
        ["she"],
    ),
    (
        None,
        'Every year, Sandy Hook draws crowds to the beach.\n\n"We cannot cope," he says.',
        ["he"],
    ),
]

PRONOUN_REFERENTS = [
    # (language, text, speakers): a person noun before a post-modifier, the last speaker in the
    # paragraph before, is whom a pronoun refers to (the mention as written)
    (
        None,
        'A resident of Sendai told local media the water rose fast.\n\n"It came in seconds," she was quoted as saying.',
        ["A resident of Sendai", "A resident of Sendai"],
    ),
    (
        None,
        'A friend of the family told reporters the fire started at night.\n\n"We heard glass breaking," she said.',
        ["A friend of the family", "A friend of the family"],
    ),
    # after a speaker of the other gender: the one person of the pronoun's gender named before
    (
        None,
        'Mark Hollis said the bridge was unsafe.\n\nSarah Quinn disagreed. "It passed every test," she said.\n\n'
        '"Tests can be wrong," he replied.',
        ["Mark Hollis", "Sarah Quinn", "Mark Hollis"],
    ),
    (
        "fr",
        "Paul Girard a jugé le projet risqué.\n\nMarie Lefèvre n'était pas d'accord. « Il fonctionnera », a-t-elle dit.\n\n"
        "« J'en doute », a-t-il répondu.",
        ["Marie Lefèvre", "Paul Girard"],
    ),
    # two people of that gender named before, or a speaker left as written before: no guess
    (
        None,
        'Mark Hollis said the bridge was unsafe.\n\nSarah Quinn and Dana Reyes disagreed. "It passed every test," she said.\n\n'
        '"Tests can be wrong," he replied.',
        ["Mark Hollis", "she", "he"],
    ),
    (
        None,
        'Mark Hollis and Owen Park said the bridge was unsafe.\n\nSarah Quinn disagreed. "It passed every test," she said.\n\n'
        '"Tests can be wrong," he replied.',
        ["Mark Hollis and Owen Park", "Sarah Quinn", "he"],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PORTFOLIOS)
def test_a_portfolio_role_refers_only_to_its_holder(language: str | None, text: str, expected: list[str | None]) -> None:
    assert article_speakers(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), GENDERED_ARTICLES)
def test_a_role_article_of_the_other_gender_is_someone_else(language: str | None, text: str, expected: list[str | None]) -> None:
    assert article_speakers(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), NATIONALITY_NOUNS)
def test_a_nationality_noun_is_no_name(language: str | None, text: str, expected: list[str | None]) -> None:
    assert article_speakers(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), RECURRING_OPENINGS)
def test_a_recurring_time_opening_hides_no_subject(language: str | None, text: str, expected: list[str | None]) -> None:
    assert article_speakers(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), PRONOUN_REFERENTS)
def test_a_pronoun_finds_the_one_person_it_may_refer_to(language: str | None, text: str, expected: list[str | None]) -> None:
    assert article_speakers(text, language) == expected
