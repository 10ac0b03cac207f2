"""Attribution shapes still missed or wrong after stop 17 (issue 5, role spkH).  Each table puts
the bad shape beside its good shape and near-misses; each row is one paragraph under a plain
headline and the exact ``(text, kind, speaker name, speaker mention)`` tuples that must come out."""

from __future__ import annotations

from functools import partial

import pytest

import newsparse
from newsparse import QuoteKind
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]


quotes_of = partial(mention_rows, headline="Council notebook")


OPENING_ADVERB = [
    # an adverb that opens the sentence with no comma is no given name (was: "Eventually Tom Berg")
    ("Eventually Tom Berg said the plan would fail.", [("the plan would fail", R, "Tom Berg", "Tom Berg")]),
    ("Later Nadia Quell said the roads were closed. \u201cWe had no choice,\u201d Quell said.",
     [("the roads were closed", R, "Nadia Quell", "Nadia Quell"), ("We had no choice,", D, "Nadia Quell", "Quell")]),
    # near-misses: the comma form, and given names that are also modals or months
    ("Eventually, Tom Berg said the plan would fail.", [("the plan would fail", R, "Tom Berg", "Tom Berg")]),
    ("Will Hurd said the plan would fail. \u201cIt is over,\u201d Hurd said.",
     [("the plan would fail", R, "Will Hurd", "Will Hurd"), ("It is over,", D, "Will Hurd", "Hurd")]),
    ("May Chen said the plan would fail.", [("the plan would fail", R, "May Chen", "May Chen")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), OPENING_ADVERB)
def test_opening_adverb(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


NEGATIVE_PAIRS = [
    # "neither ... nor": nobody spoke (was: the second name as the speaker)
    ("Neither Ana Ortiz nor Tom Berg said the plan would fail.", []),
    ("Neither the mayor nor her aides said the plan would fail.", []),
    ("\u201cIt will fail,\u201d neither Ortiz nor Berg said.", [("It will fail,", D, None, None)]),
    # near-misses: "and" joins two speakers; a clause after the pair has its own speaker
    ("Ana Ortiz and Tom Berg said the plan would fail.",
     [("the plan would fail", R, "Ana Ortiz and Tom Berg", "Ana Ortiz and Tom Berg")]),
    ("Neither the mayor nor her aides said anything, but Tom Berg said the plan would fail.",
     [("the plan would fail", R, "Tom Berg", "Tom Berg")]),
    ("Neither of them said the plan would fail.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), NEGATIVE_PAIRS)
def test_negative_pairs(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


SENT_DOCUMENTS = [
    # the addressee of a sent document never speaks its words (was: "Tom Berg")
    ("A letter from Ana Ortiz to Tom Berg said the plan would fail.",
     [("the plan would fail", R, "A letter from Ana Ortiz", "A letter from Ana Ortiz")]),
    ("\u201cThe plan will fail,\u201d a letter from Ana Ortiz to Tom Berg said.",
     [("The plan will fail,", D, "a letter from Ana Ortiz", "a letter from Ana Ortiz")]),
    # near-misses: no addressee; an addressee after the document alone; a person's adviser
    ("A letter from Ana Ortiz said the plan would fail.",
     [("the plan would fail", R, "A letter from Ana Ortiz", "A letter from Ana Ortiz")]),
    ("The letter to Tom Berg said the plan would fail.", [("the plan would fail", R, "The letter", "The letter")]),
    ("An adviser to Tom Berg said the plan would fail.",
     [("the plan would fail", R, "An adviser to Tom Berg", "An adviser to Tom Berg")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), SENT_DOCUMENTS)
def test_sent_documents(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


PARTICIPLE_AFTER_IRREGULAR_PAST = [
    # a subject before an irregular past verb speaks the participle's words (was: no quote, or no speaker)
    ("Ortiz spoke to reporters, saying the plan would fail.", [("the plan would fail", R, "Ortiz", "Ortiz")]),
    ("Ortiz spoke to reporters on Monday, saying \u201cthe plan will fail.\u201d",
     [("the plan will fail.", D, "Ortiz", "Ortiz")]),
    ("The mayor struck a calm tone, saying the plan would fail.", [("the plan would fail", R, "The mayor", "The mayor")]),
    # near-misses: a regular past, and no participle at all
    ("Ortiz addressed the crowd, saying the plan would fail.", [("the plan would fail", R, "Ortiz", "Ortiz")]),
    ("Ortiz spoke to reporters on Monday.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), PARTICIPLE_AFTER_IRREGULAR_PAST)
def test_participle_after_irregular_past(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


PASSIVE_NAMING = [
    # the subject of a naming verb in the passive is the thing named (was: "The plan" as the speaker);
    # the agent after "by" says the words (spkI: naming_agent)
    ("The plan was called \u201ca disaster\u201d by critics.", [("a disaster", D, "critics", "critics")]),
    ("The deal has been widely described as \u201ca betrayal\u201d.", [("a betrayal", D, None, None)]),
    # near-misses: the active, a progressive, and an infinitive after an adjective
    ("Critics called the plan \u201ca disaster\u201d.", [("a disaster", D, "Critics", "Critics")]),
    ("The mayor is calling the plan \u201ca disaster\u201d.", [("a disaster", D, "The mayor", "The mayor")]),
    ("Tom Berg was quick to call the plan \u201ca disaster\u201d.", [("a disaster", D, "Tom Berg", "Tom Berg")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PASSIVE_NAMING)
def test_passive_naming(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


REPORT_CUES = [
    # an outlet that reports a clause speaks it (was: no quote)
    ("The bridge will close in May, CNN reported.", [("The bridge will close in May", R, "CNN", "CNN")]),
    ("The bridge will close in May, the newspaper reported.",
     [("The bridge will close in May", R, "the newspaper", "the newspaper")]),
    ("The Harbour Gazette reported on Sunday that there may be 600 more jobs.",
     [("there may be 600 more jobs", R, "The Harbour Gazette", "The Harbour Gazette")]),
    ("The Times reports that police found the car.", [("police found the car", R, "Times", "The Times")]),
    # near-misses: an object with a relative clause, a plural noun with one, no clause at all
    ("Authorities reported at least 20 victims at a center that works with the disabled.", []),
    ("That is the lesson of freshly filed commission reports that track spending.", []),
    ("Police reported two deaths on Monday.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), REPORT_CUES)
def test_report_cues(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


REPORT_AS_SOURCE = [
    # after another attribution in its sentence, the report is that quote's source, as before
    ("Ana Ortiz said the pier would close in May, state media reported.",
     [("the pier would close in May", "Ana Ortiz", "state media")]),
    ("\u201cThe pier will close,\u201d said Ana Ortiz, the agency reported.",
     [("The pier will close,", "Ana Ortiz", "the agency")]),
    ("The pier will close in May, the agency reported.", [("The pier will close in May", "the agency", None)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), REPORT_AS_SOURCE)
def test_report_as_source(paragraph: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    article = newsparse.parse_article(f"Council notebook\n\n{paragraph}")
    assert [(q.text, q.speaker.name if q.speaker else None, q.source) for q in article.quotes] == expected


ASIDE_AFTER_OBJECT = [
    # an aside between the person told and "that" (was: no quote, or the aside in the words)
    ("Tom Berg told the court, according to a transcript, that the plan would fail.",
     [("the plan would fail", R, "Tom Berg", "Tom Berg", "a transcript")]),
    ("Tom Berg told reporters, however, that the plan would fail.",
     [("the plan would fail", R, "Tom Berg", "Tom Berg", None)]),
    # near-misses: no aside, the aside after a cue with no object, and no clause after the source
    ("Tom Berg told the court on Monday that the plan would fail.",
     [("the plan would fail", R, "Tom Berg", "Tom Berg", None)]),
    ("Tom Berg said, according to a transcript, that the plan would fail.",
     [("the plan would fail", R, "Tom Berg", "Tom Berg", "a transcript")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), ASIDE_AFTER_OBJECT)
def test_aside_after_object(paragraph: str, expected: list[tuple[str, QuoteKind, str | None, str | None, str | None]]) -> None:
    article = newsparse.parse_article(f"Council notebook\n\n{paragraph}")
    assert [
        (q.text, q.kind, q.speaker.name if q.speaker else None, q.speaker.mention if q.speaker else None, q.source)
        for q in article.quotes
    ] == expected


PARTICLE_NAMES = [
    # a name particle that is also an article or a preposition stays in the name (was: no speaker,
    # or "Ursula")
    ("de", "\u201eWir schaffen das\u201c, sagte Ursula von der Leyen.",
     [("Wir schaffen das", D, "Ursula von der Leyen", "Ursula von der Leyen")]),
    ("de", "Ursula von der Leyen sagte, die Br\u00fccke werde geschlossen.",
     [("die Br\u00fccke werde geschlossen", R, "Ursula von der Leyen", "Ursula von der Leyen")]),
    (None, "Ursula von der Leyen said the bridge would close.",
     [("the bridge would close", R, "Ursula von der Leyen", "Ursula von der Leyen")]),
    ("es", "\u00abEs un desastre\u00bb, dijo Juan de la Fuente.",
     [("Es un desastre", D, "Juan de la Fuente", "Juan de la Fuente")]),
    # near-misses: where a named person works, and a place after a full name
    ("de", "\u201eWir schaffen das\u201c, sagte Anna Schmidt vom Ifo-Institut.",
     [("Wir schaffen das", D, "Anna Schmidt", "Anna Schmidt")]),
    ("es", "\u00abEs un desastre\u00bb, dijo Mar\u00eda L\u00f3pez de Madrid.",
     [("Es un desastre", D, "Mar\u00eda L\u00f3pez", "Mar\u00eda L\u00f3pez de Madrid")]),
    (None, "\u201cIt is over,\u201d said Ana Ortiz of the Sierra Club.",
     [("It is over,", D, "Ana Ortiz", "Ana Ortiz of the Sierra Club")]),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), PARTICLE_NAMES)
def test_particle_names(language: str | None, paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph, language) == expected


POSSESSIVE_APPOSITIONS = [
    # "su" agrees with the noun, not the owner: the gender comes from the role noun, and a pronoun of
    # the apposed person's gender is not the paragraph's first subject (was: Tomás Ruiz, Ana Ortiz);
    # it is the apposed person's, as English "His deputy, Mary Lopez, ... she said" (spkJ; was None)
    ("es", "Tomás Ruiz llegó el lunes. Su adjunta, María López, dijo que el puente cerraría. «Es un desastre», dijo ella.",
     [("el puente cerraría", R, "María López", "María López"), ("Es un desastre", D, "María López", "ella")]),
    ("es", "Ana Ortiz llegó el lunes. Su adjunto, Juan Pérez, dijo que el puente cerraría. «Es un desastre», dijo él.",
     [("el puente cerraría", R, "Juan Pérez", "Juan Pérez"), ("Es un desastre", D, "Juan Pérez", "él")]),
    # near-miss: the pronoun of the other gender goes to the first subject
    ("es", "Ana Ortiz llegó el lunes. Su adjunto, Juan Pérez, dijo que el puente cerraría. «Es un desastre», dijo ella.",
     [("el puente cerraría", R, "Juan Pérez", "Juan Pérez"), ("Es un desastre", D, "Ana Ortiz", "ella")]),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), POSSESSIVE_APPOSITIONS)
def test_possessive_appositions(language: str, paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph, language) == expected


SETTING_BEFORE_CLAUSE = [
    # a setting that ends in a name between the cue and a clause without "that" (was a strict xfail
    # in tests/test_fixq_trial_quotes.py: no quote)
    ("Ana Ortiz said in an interview with the BBC the bridge would close.",
     [("the bridge would close", R, "Ana Ortiz", "Ana Ortiz")]),
    ("Tom Berg said at a meeting with the Harbour Board it would close in May.",
     [("it would close in May", R, "Tom Berg", "Tom Berg")]),
    # near-misses: "that" after the setting; no clause after it; a setting with no name; no verb
    ("Ana Ortiz said in an interview with the BBC that the bridge would close.",
     [("the bridge would close", R, "Ana Ortiz", "Ana Ortiz")]),
    ("Ana Ortiz said in an interview with the BBC.", []),
    ("Ana Ortiz spoke in an interview with the BBC the day the bridge closed.", []),
    ("Ana Ortiz said in an interview with the BBC the bridge on the river.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), SETTING_BEFORE_CLAUSE)
def test_setting_before_clause(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


HEAD_BEFORE_OF = [
    # a plural head before "of" speaks for the phrase, as "Mr. Morgan of the Sierra Club" does (was:
    # no quote, or no speaker)
    ("Critics of the plan said it would fail.", [("it would fail", R, "Critics of the plan", "Critics of the plan")]),
    ("Critics of the plan have called it \u201ca disaster\u201d.",
     [("a disaster", D, "Critics of the plan", "Critics of the plan")]),
    ("When the two were matched up, 45 percent of registered voters said they would back the mayor.",
     [("they would back the mayor", R, "45 percent of registered voters", "45 percent of registered voters")]),
    # near-misses: a thing before "of", and an appositive after a comma that names the person before it
    ("The cost of the plan said it would fail.", [("it would fail", R, None, None)]),
    ("Sen. Ana Ortiz (D-Ariz.), a supporter of Tom Berg’s bid for the presidency told reporters she believed "
     "that it would pass.", [("it would pass", R, None, None)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), HEAD_BEFORE_OF)
def test_head_before_of(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


PLURAL_NOUN_BEFORE_ASIDE = [
    # a cue form that is a plural noun before an attribution set off by commas is no cue (was: the
    # words "Ana Ortiz said, were false" with no speaker); the attribution is set off inside the
    # clause, so never the phrase before it (fixS, stop 26: was "The new claims"); fewer than
    # MIN_WORDS words follow it, so the words are read whole from the fronted noun phrase (rs54, stop 47)
    ("The new claims, Ana Ortiz said, were false.", [("The new claims, Ana Ortiz said, were false", R, "Ana Ortiz", "Ana Ortiz")]),
    ("The new claims, Ana Ortiz said, were false and cruel.", [("The new claims, Ana Ortiz said, were false and cruel", R, "Ana Ortiz", "Ana Ortiz")]),
    # near-misses: a verb before an aside, and an attribution inside the clause
    ("Soon after, the evidence indicates, the judge assigned the case to Tom Berg.",
     [("the judge assigned the case to Tom Berg", R, None, None)]),
    ("The museum, the director said, will reopen in May.", [("The museum, the director said, will reopen in May", R, "the director", "the director")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PLURAL_NOUN_BEFORE_ASIDE)
def test_plural_noun_before_aside(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected
