"""Constructions a new user's trial found open (issue 5): each table puts the shape that went
wrong beside the shape that already worked and near-misses that must not change.  Invented
stories; each case gives the exact ``(text, kind, speaker name)`` triples that must come out, in
order."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import QuoteKind
from quote_cases import kind_rows as quotes_of

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED
Triples = list[tuple[str, QuoteKind, str | None]]


def sources_of(text: str) -> list[tuple[str, str | None]]:
    article = newsparse.parse_article(f"Harbour news\n\n{text}")
    return [(q.text, q.source) for q in article.quotes]


# a source set off by commas between the cue and its clause reports the speaker's words: the
# speaker is the cue's subject, the source the quote's source
ACCORDING_ASIDE = [
    ("Port officials said, according to Reuters, that the talks had failed.",
     [("the talks had failed", R, "Port officials")]),
    ("Port officials said, according to a report in the local press, that the talks had failed.",
     [("the talks had failed", R, "Port officials")]),
    ("Port officials said, according to Reuters, the talks had failed.",
     [("the talks had failed", R, "Port officials")]),
    # the shapes that worked: the source alone, closing or opening the sentence
    ("The talks had failed, according to Reuters.", [("The talks had failed", R, "Reuters")]),
    ("According to Reuters, the talks had failed.", [("the talks had failed", R, "Reuters")]),
    # (a clause of a cue of its own before the closing source: the cue's speaker's, house decision, stop 40)
    ("Port officials said the talks had failed, according to Reuters.",
     [("the talks had failed", R, "Port officials")]),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING_ASIDE)
def test_a_source_between_cue_and_clause_is_no_speaker(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


def test_the_source_between_cue_and_clause_is_the_quotes_source() -> None:
    assert sources_of("Port officials said, according to Reuters, that the talks had failed.") == [
        ("the talks had failed", "Reuters")
    ]


# a place between the cue and the words (a colon or "that") is no part of the words
PLACES = [
    ('Jane Roe said outside court: "We will appeal the ruling."', [("We will appeal the ruling.", D, "Jane Roe")]),
    ("Jane Roe said outside court that the family would appeal.", [("the family would appeal", R, "Jane Roe")]),
    ('Jane Roe said inside the courtroom, "We will appeal the ruling."',
     [("We will appeal the ruling.", D, "Jane Roe")]),
    # the shapes that worked: a time, a place after "in"
    ('Jane Roe said on Monday: "We will appeal the ruling."', [("We will appeal the ruling.", D, "Jane Roe")]),
    ("Jane Roe said in court that the family would appeal.", [("the family would appeal", R, "Jane Roe")]),
    # a place after the speaker's noun is the speaker's, never the speaker
    ("Protesters outside the parliament said the law was unfair.",
     [("the law was unfair", R, "Protesters")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_a_place_after_the_cue_is_no_part_of_the_words(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


# "asked not to be named" is the condition a source spoke on, not speech; a request to others is
ANONYMOUS = [
    ("The official, who asked not to be named, said the deal was dead.",
     [("the deal was dead", R, "The official")]),
    ("The official asked not to be identified because she was not authorised to speak.", []),
    ("The plan will fail, said a senior official who asked not to be named.",
     [("The plan will fail", R, "a senior official")]),
    ('"The plan will fail," said a senior official who asked not to be named.',
     [("The plan will fail,", D, "a senior official")]),
    # near-misses: a request to others is speech
    ("The mayor asked residents not to be alarmed by the sirens.",
     [("residents not to be alarmed by the sirens", R, "The mayor")]),
    ("The mayor asked the council to reconsider the vote.", [("the council to reconsider the vote", R, "The mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), ANONYMOUS)
def test_asking_not_to_be_named_is_no_speech(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


# a quotation with its own attribution after a unit or an abbreviation that ends a sentence is a
# quote of its own, never swallowed into the reported words before it
OWN_ATTRIBUTION = [
    ('Ana Ruiz said winds could reach 130km/h. "Stay indoors," she said.',
     [("winds could reach 130km/h", R, "Ana Ruiz"), ("Stay indoors,", D, "Ana Ruiz")]),
    ("Ana Ruiz said gusts could reach 90 km/h. Residents should stay indoors, she said.",
     [("gusts could reach 90 km/h", R, "Ana Ruiz"), ("Residents should stay indoors", R, "Ana Ruiz")]),
    ('Ana Ruiz said the storm would arrive at 5 p.m. "Stay indoors," she said.',
     [("the storm would arrive at 5 p.m", R, "Ana Ruiz"), ("Stay indoors,", D, "Ana Ruiz")]),
    ('Ana Ruiz said the water would reach Main St. "Stay indoors," she said.',
     [("the water would reach Main St", R, "Ana Ruiz"), ("Stay indoors,", D, "Ana Ruiz")]),
    # near-misses: the shape that worked, and an initial that ends no sentence
    ('Ana Ruiz said winds could reach 130 kilometres. "Stay indoors," she said.',
     [("winds could reach 130 kilometres", R, "Ana Ruiz"), ("Stay indoors,", D, "Ana Ruiz")]),
    ("The report by J. Berg said the dam was safe.", [("the dam was safe", R, "J. Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), OWN_ATTRIBUTION)
def test_a_quotation_with_its_own_attribution_is_its_own_quote(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


# an appositive after "a role for/of the body" that names an organisation (its last word one of
# the vocabulary's ORG_WORDS) names the body, not the person: the role as written speaks
BODY_APPOSITIVES = [
    ("A spokeswoman for the hotel group, Marriott International, said the hotel would reopen.",
     [("the hotel would reopen", R, "A spokeswoman for the hotel group")]),
    ('"The hotel will reopen," a spokeswoman for the hotel group, Marriott International, said.',
     [("The hotel will reopen,", D, "a spokeswoman for the hotel group")]),
    ("A spokesman for the carmaker, Volta Motors, said output would resume.",
     [("output would resume", R, "A spokesman for the carmaker")]),
    # near-misses: a person's name after the role is the speaker; a body alone speaks for itself
    ("A spokeswoman for the hotel group, Ana Ruiz, said the hotel would reopen.",
     [("the hotel would reopen", R, "Ana Ruiz")]),
    ("The director of the port, Colin Reyes, said the port would reopen.",
     [("the port would reopen", R, "Colin Reyes")]),
    ("The carmaker, Volta Motors, said output would resume.", [("output would resume", R, "Volta Motors")]),
]


@pytest.mark.parametrize(("text", "expected"), BODY_APPOSITIVES)
def test_an_organisation_after_a_role_is_no_speaker(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


# the language packs: German "so" with no verb, French and Spanish verbs beside "a dit" and
# "añadió", and a Spanish verb that opens its sentence with the subject dropped
PACKS = [
    ("de", "Der Abgeordnete Matthias Miersch sprach am Montag. „Wir brauchen mehr Geld“, so Miersch.",
     [("Wir brauchen mehr Geld", D, "Matthias Miersch")]),
    ("de", "Die Sprecherin der Stadt, Julia Wagner, war anwesend. „Wir brauchen mehr Geld“, so die Sprecherin.",
     [("Wir brauchen mehr Geld", D, "Julia Wagner")]),
    ("de", "„Wir brauchen mehr Geld“, so Miersch, der Generalsekretär der Partei.",
     [("Wir brauchen mehr Geld", D, "Miersch")]),
    # near-misses: "so" in its other senses gives no speaker
    ("de", "„Wir brauchen mehr Geld“, so dass die Stadt zahlt.", [("Wir brauchen mehr Geld", D, None)]),
    ("de", "„Wir brauchen mehr Geld“, so die Stadt habe kein Geld.", [("Wir brauchen mehr Geld", D, None)]),
    # reported words closed by "so" and the speaker
    ("de", "Der Abgeordnete Matthias Miersch sprach am Montag. Die Stadt brauche mehr Geld, so Miersch.",
     [("Die Stadt brauche mehr Geld", R, "Matthias Miersch")]),
    ("de", "Die Sprecherin der Stadt, Julia Wagner, war da. Die Stadt brauche mehr Geld, so die Sprecherin.",
     [("Die Stadt brauche mehr Geld", R, "Julia Wagner")]),
    ("de", "Die Stadt brauche mehr Geld, so dass die Steuern steigen.", []),
    ("de", "Das Bad ist neu, so viel ist klar.", []),
    ("de", "Die Stadt habe gespart, so Miersch, und sie brauche mehr Geld, so Lang.", []),
    ("de", "Die Ministerin Petra Lang bestätigte, die Stadt brauche mehr Geld.",
     [("die Stadt brauche mehr Geld", R, "Petra Lang")]),
    ("de", "„Das ist zu teuer“, mahnte Petra Lang.", [("Das ist zu teuer", D, "Petra Lang")]),
    ("fr", "Le maire Paul Martin a visité le chantier. « Nous allons reconstruire », lance le maire.",
     [("Nous allons reconstruire", D, "Paul Martin")]),
    ("fr", "« Nous allons reconstruire », glisse Paul Martin.", [("Nous allons reconstruire", D, "Paul Martin")]),
    ("fr", "Paul Martin raconte que les travaux dureront un an.", [("les travaux dureront un an", R, "Paul Martin")]),
    # near-misses: the verb in another sense, with no clause and no quotation
    ("fr", "Le maire lance un nouveau projet de piscine pour la ville.", []),
    ("fr", "Le club regrette la décision du conseil municipal.", []),
    ("es", "La ministra Ana Ruiz habló el lunes en Madrid. Añadió que el plan seguirá adelante.",
     [("el plan seguirá adelante", R, "Ana Ruiz")]),
    ("es", "«El plan seguirá», dijo la ministra Ana Ruiz.\n\nAñadió que el presupuesto está cerrado.",
     [("El plan seguirá", D, "Ana Ruiz"), ("el presupuesto está cerrado", R, "Ana Ruiz")]),
    ("es", "La ministra Ana Ruiz recordó que el plan seguirá adelante.", [("el plan seguirá adelante", R, "Ana Ruiz")]),
    ("es", "«El plan seguirá», lamentó la ministra Ana Ruiz.", [("El plan seguirá", D, "Ana Ruiz")]),
    # near-misses: two people before the verb, or none: the words without a speaker
    ("es", "La ministra Ana Ruiz y el alcalde Luis Gil hablaron el lunes. Añadió que el plan seguirá adelante.",
     [("el plan seguirá adelante", R, None)]),
    ("es", "El presupuesto está cerrado. Añadió que el plan seguirá adelante.", [("el plan seguirá adelante", R, None)]),
    # a verb alone after a quotation stands for its subject too
    ("es", "La ministra Ana Ruiz habló el lunes. Dijo que el plan seguirá. «Es lo correcto», insistió.",
     [("el plan seguirá", R, "Ana Ruiz"), ("Es lo correcto", D, "Ana Ruiz")]),
    ("es", "La ministra Ana Ruiz y el alcalde Luis Gil hablaron. «Es lo correcto», insistió.",
     [("Es lo correcto", D, None)]),
    # near-miss: English drops no subject ('"...," added.' names no one)
    ("en", 'Ana Ruiz spoke on Monday. "It is the right thing," added.', [("It is the right thing,", D, None)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), PACKS)
def test_the_packs_read_their_neighbouring_forms(language: str, text: str, expected: Triples) -> None:
    assert quotes_of(text, language) == expected


def test_a_dropped_subject_has_no_mention() -> None:
    # (the verb is the cue, never its speaker's words: no mention, no span; lang61)
    text = "Harbour news\n\nLa ministra Ana Ruiz habló el lunes en Madrid. Añadió que el plan seguirá adelante."
    (quote,) = newsparse.ArticleParser(language="es").parse(text).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.mention, quote.speaker.span) == ("Ana Ruiz", "", None)
    assert quote.cue == "Añadió"


def test_english_drops_no_subject() -> None:
    # (a capitalised verb opening an English sentence is no cue: "Added" here is no one's speech)
    assert quotes_of("Ana Ruiz spoke on Monday. Added costs mean the plan will be late.") == []


# a transcript in plain paragraphs: a turn labelled with the name of someone the article names is
# that person's quote; "Q" and "A" name no one; a negative pronoun is no speaker
INTERVIEW = (
    "Maria Lopez, a climber from Quito, reached the summit in May.\n\n"
    "Q: What surprised you most?\n\n"
    "A: The silence. Nobody warns you about the cold.\n\n"
    "MARIA LOPEZ: We kept going anyway. My brother said the wind would drop.\n\n"
    "TOM BERG: I did not believe her."
)
TRANSCRIPTS = [
    (INTERVIEW, [("We kept going anyway. My brother said the wind would drop.", D, "Maria Lopez")]),
    ("Maria Lopez reached the summit in May.\n\nQ: And then?\n\nLOPEZ: We kept going anyway, and we made it.",
     [("We kept going anyway, and we made it.", D, "Maria Lopez")]),
    # near-misses: a label over no transcript (a headline's shape, a table), a label of no one named
    ("Maria Lopez reached the summit in May.\n\nMaria Lopez: The Summit Was Worth It.\n\nShe rested for a week.", []),
    ("The count stood at noon.\n\nMaria Lopez: 1,769.\n\nTom Berg: 1,501.", []),
    ("Maria Lopez reached the summit in May.\n\nQ: And then?\n\nTOM BERG: We kept going anyway.", []),
]


@pytest.mark.parametrize(("text", "expected"), TRANSCRIPTS)
def test_a_transcript_turn_is_its_labels_quote(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


def test_a_turn_and_its_speaker_slice_back() -> None:
    text = "Harbour news\n\nMaria Lopez reached the summit in May.\n\nQ: And then?\n\nLOPEZ: We kept going, and we made it."
    (quote,) = newsparse.parse_article(text).quotes
    assert quote.span.slice(text) == "We kept going, and we made it."
    assert quote.speaker is not None and quote.speaker.span is not None
    assert (quote.speaker.span.slice(text), quote.cue) == ("LOPEZ", ":")


NEGATIVE_SUBJECTS = [
    ("No one said the plan would fail.", []),
    ("Nobody told us that the road was closed.", []),
    ("None of the officials said the plan would fail.", []),
    # near-misses: a subject that names someone
    ("One official said the plan would fail.", [("the plan would fail", R, "One official")]),
    ("Nora Berg said nobody would fail.", [("nobody would fail", R, "Nora Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), NEGATIVE_SUBJECTS)
def test_a_negative_pronoun_says_no_one_spoke(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


# a quotation with no attribution of its own after attributed ones in its paragraph goes on with
# the speaker of the nearest one before it
FOLLOW_ON = [
    ('"We will appeal," said Jane Roe. "We disagree," said Tom Berg. "The ruling stands and it is fair."',
     [("We will appeal,", D, "Jane Roe"), ("We disagree,", D, "Tom Berg"), ("The ruling stands and it is fair.", D, "Tom Berg")]),
    ('"We disagree," said Tom Berg. "We will appeal," said Jane Roe. "The ruling is wrong and we will prove it."',
     [("We disagree,", D, "Tom Berg"), ("We will appeal,", D, "Jane Roe"),
      ("The ruling is wrong and we will prove it.", D, "Jane Roe")]),
    # another person as the subject of a sentence between: either may speak, so no one
    ('"We will appeal," said Jane Roe. Tom Berg shook his head. "The ruling is wrong and we will prove it."',
     [("We will appeal,", D, "Jane Roe"), ("The ruling is wrong and we will prove it.", D, None)]),
    # near-misses: the speaker as that subject, or a sentence of her reported speech between
    ('"We will appeal," said Jane Roe. Roe turned to Tom Berg. "The ruling is wrong and we will prove it."',
     [("We will appeal,", D, "Jane Roe"), ("The ruling is wrong and we will prove it.", D, "Jane Roe")]),
    ('"We will appeal," said Jane Roe. The family will not give up, Roe says. "The ruling is wrong and unfair."',
     [("We will appeal,", D, "Jane Roe"), ("The family will not give up", R, "Jane Roe"),
      ("The ruling is wrong and unfair.", D, "Jane Roe")]),
    # the shapes that worked: one speaker before, and a speaker's words resumed after a colon
    ('"We will appeal," Jane Roe said outside court. "The ruling is wrong and we will prove it."',
     [("We will appeal,", D, "Jane Roe"), ("The ruling is wrong and we will prove it.", D, "Jane Roe")]),
    ('Jane Roe said: "We will appeal." "The ruling is wrong and we will prove it."',
     [("We will appeal.", D, "Jane Roe"), ("The ruling is wrong and we will prove it.", D, "Jane Roe")]),
]


@pytest.mark.parametrize(("text", "expected"), FOLLOW_ON)
def test_a_follow_on_quotation_goes_on_with_the_nearest_speaker(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


class WithoutReporterQuestions(newsparse.QuoteParser):
    REPORTER_QUESTIONS = False


# "Asked whether ..., X said": the question is the reporter's, the answer X's.  By default the
# question is a quote with no speaker (as PolNeAR annotates it); REPORTER_QUESTIONS = False leaves
# it out; a question whose asker is named is always one
QUESTIONS = [
    ('Asked whether he would resign, Mayor John Smith said: "No."',
     [("whether he would resign", R, None), ("No.", D, "John Smith")],
     [("No.", D, "John Smith")]),
    ("Asked whether he would resign, Mayor John Smith said he would stay.",
     [("whether he would resign", R, None), ("he would stay", R, "John Smith")],
     [("he would stay", R, "John Smith")]),
    ('Asked by host Tom Berg whether he would resign, Mayor John Smith said: "No."',
     [("whether he would resign", R, "Tom Berg"), ("No.", D, "John Smith")],
     [("whether he would resign", R, "Tom Berg"), ("No.", D, "John Smith")]),
]


@pytest.mark.parametrize(("text", "default", "without"), QUESTIONS)
def test_a_reporters_question_is_optional(text: str, default: Triples, without: Triples) -> None:
    assert quotes_of(text) == default
    article = newsparse.ArticleParser(quotes=WithoutReporterQuestions()).parse(f"Harbour news\n\n{text}")
    assert [(q.text, q.kind, q.speaker.name if q.speaker else None) for q in article.quotes] == without
