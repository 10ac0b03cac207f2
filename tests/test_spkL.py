"""Wrong speakers (issue 5, stop 21), each bad shape beside near misses that must not change: a
name's bare suffix as the speaker, a name in quoted words or a byline as the subject a pronoun
falls back to, a pronoun that skips back over a speaker who did not resolve, the opening
words of an interrupted or trailing attribution as the pronoun's referent.  Invented stories; each
row gives the exact ``(quoted text, speaker's name, speaker's mention)`` that must come out."""

from __future__ import annotations

import pytest

from quote_cases import Case, Row, SpeakerRow, quotes_of, speaker_rows

# (text, language, rows): a bare suffix ("Jr.", "III") is never a speaker; a name that ends in one is
SUFFIXES = [
    ('"We will stay," said Jr.', None, [("We will stay,", None, None)]),
    ('"We will stay," III said.', None, [("We will stay,", None, None)]),
    ("'We will stay,' said Jr.", "en-GB", [("We will stay,", None, None)]),
    ("« Nous resterons », a dit Jr.", "fr", [("Nous resterons", None, None)]),
    ('"We will stay," said Tom Berg Jr.', None, [("We will stay,", "Tom Berg Jr.", "Tom Berg Jr.")]),
    ("'We will stay,' said Tom Berg Jr.", "en-GB", [("We will stay,", "Tom Berg Jr.", "Tom Berg Jr.")]),
]

# a name in the quoted words a pronoun attributes is never its referent, in every pack's marks;
# someone named before, outside quotation marks, still is
QUOTED_WORDS = [
    ('"Ask Ana Ruiz," he said.', None, [("Ask Ana Ruiz,", "he", "he")]),
    ('Tom Berg arrived late.\n\n"Ask Ana Ruiz," he said.', None, [("Ask Ana Ruiz,", "Tom Berg", "he")]),
    ("'Ask Ana Ruiz,' he said.", "en-GB", [("Ask Ana Ruiz,", "he", "he")]),
    ("Tom Berg arrived late.\n\n'Ask Ana Ruiz,' he said.", "en-GB", [("Ask Ana Ruiz,", "Tom Berg", "he")]),
    ("« Demandez à Ana Ruiz », a-t-il dit.", "fr", [("Demandez à Ana Ruiz", None, None)]),
    (
        "Tom Berg est arrivé tard.\n\n« Demandez à Ana Ruiz », a-t-il dit.", "fr",
        [("Demandez à Ana Ruiz", "Tom Berg", "il")],
    ),
    ("„Fragen Sie Ana Ruiz“, sagte er.", "de", [("Fragen Sie Ana Ruiz", None, None)]),
    ("Tom Berg kam spät.\n\n„Fragen Sie Ana Ruiz“, sagte er.", "de", [("Fragen Sie Ana Ruiz", "Tom Berg", "er")]),
    ("«Pregunte a Ana Ruiz», dijo él.", "es", [("Pregunte a Ana Ruiz", None, None)]),
    ("Tom Berg llegó tarde.\n\n«Pregunte a Ana Ruiz», dijo él.", "es", [("Pregunte a Ana Ruiz", "Tom Berg", "él")]),
    # a quoted title in an earlier sentence hides the subject: nobody sure, not the title
    (
        'Tom Berg wrote a memoir.\n\nThe book, "Ana Ruiz Remembers," sold well. "It took years," he said.', None,
        [("It took years,", "he", "he")],
    ),
    ('Tom Berg wrote a memoir.\n\nThe book sold well. "It took years," he said.', None, [("It took years,", "Tom Berg", "he")]),
]

# (text, headline, rows): the byline is no sentence of the story; a headline's subject still counts (on
# webfix and aeb the person a headline names is most often the one a later pronoun means)
HEADLINES = [
    ('The vote was close.\n\n"We will stay," he said.', "Tom Berg quits council", [("We will stay,", "Tom Berg", "he")]),
    ('The vote was close.\n\n"We will stay," he said.', "Tom Berg Quits Council", [("We will stay,", "he", "he")]),
    ('Council vote\n\nBy Tom Berg\n\n"We will stay," he said.', None, [("We will stay,", "he", "he")]),
    ('Tom Berg quit the council on Monday.\n\n"We will stay," he said.', None, [("We will stay,", "Tom Berg", "he")]),
    ('Tom Berg quit the council.\n\n"We will stay," he said.', "Harbour news", [("We will stay,", "Tom Berg", "he")]),
]

# a pronoun after a speaker named by a name that resolved to no one does not skip back over them
UNRESOLVED = [
    (
        "Tom Berg backed the plan in May.\n\nHunter, meanwhile, told reporters that the vote was close. "
        "He also said the plan was dead.",
        [("the vote was close", "Hunter", "Hunter"), ("the plan was dead", "He", "He")],
    ),
    # the same surname, a plural noun: the subject named before is still the one
    (
        "Tom Berg backed the plan in May.\n\nBerg, meanwhile, told reporters that the vote was close. "
        "He also said the plan was dead.",
        [("the vote was close", "Tom Berg", "Berg"), ("the plan was dead", "Tom Berg", "He")],
    ),
    (
        "Tom Berg backed the plan in May.\n\nDelegates told reporters that the vote was close. "
        "He also said the plan was dead.",
        [("the vote was close", "Delegates", "Delegates"), ("the plan was dead", "Tom Berg", "He")],
    ),
]

# the opening words before a trailing or interrupting pronoun are what it says, not who says it
INTERRUPTED = [
    (
        "Ana Ruiz arrived first. Tom Berg praised the council.\n\nRuiz would resign, he predicted.",
        [("Ruiz would resign", "Tom Berg", "he")],
    ),
    (
        "Ana Ruiz arrived first. Tom Berg spoke next.\n\nRuiz said she would resign.",
        [("she would resign", "Ana Ruiz", "Ruiz")],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), SUFFIXES)
def test_a_bare_name_suffix_is_never_a_speaker(text: str, language: str | None, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), QUOTED_WORDS)
def test_a_name_in_quoted_words_is_no_subject(text: str, language: str | None, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, language) == expected


@pytest.mark.parametrize(("text", "headline", "expected"), HEADLINES)
def test_a_byline_is_no_subject(text: str, headline: str | None, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, headline=headline) == expected


@pytest.mark.parametrize(("text", "expected"), UNRESOLVED)
def test_a_pronoun_does_not_skip_back_over_an_unresolved_speaker(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), INTERRUPTED)
def test_the_words_before_an_attribution_are_not_its_speaker(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# a participle aside between a subject and its own cue is no cue: the cue after it speaks
PARTICIPLE_ASIDES = [
    Case(
        "The governor said the budget was balanced, and the mayor, noting the cost, said the bridge would wait.",
        [
            ("R", "the budget was balanced", 18, 41, "said", "The governor", None),
            ("R", "the bridge would wait", 80, 101, "said", "the mayor", None),
        ],
    ),
    Case(
        "The governor said the budget was balanced, but Ana Ruiz, noting the cost, said the bridge would wait.",
        [
            ("R", "the budget was balanced", 18, 41, "said", "The governor", None),
            ("R", "the bridge would wait", 79, 100, "said", "Ana Ruiz", None),
        ],
        language="en-GB",
    ),
    Case(
        "El gobernador dijo que el presupuesto estaba equilibrado, y el alcalde, señalando el costo, dijo que el "
        "puente esperaría.",
        [
            # (the first words end before ", y el alcalde": the Spanish pack's CLAUSE_JOINS, fixQ)
            ("R", "el presupuesto estaba equilibrado", 23, 56, "dijo", "El gobernador", None),
            ("R", "el puente esperaría", 101, 120, "dijo", "el alcalde", None),
        ],
        language="es",
    ),
    # a participle that closes its clause, or one before another participle, is still a cue
    Case(
        "The governor said the budget was balanced, noting that the bridge would wait.",
        [
            ("R", "the budget was balanced", 18, 41, "said", "The governor", None),
            ("R", "the bridge would wait", 55, 76, "noting", "The governor", None),
        ],
    ),
    Case(
        "The governor said the budget was balanced, noting the cost, adding that the bridge would wait.",
        [
            ("R", "the budget was balanced", 18, 41, "said", "The governor", None),
            ("R", "the bridge would wait", 72, 93, "adding", "The governor", None),
        ],
    ),
]


@pytest.mark.parametrize("case", PARTICIPLE_ASIDES)
def test_a_participle_aside_before_a_cue_is_no_cue(case: Case) -> None:
    expected: list[Row] = case.expected
    assert quotes_of(case) == expected


# an inverted attribution inside the sentence: the speaker after the verb, the words after the speaker;
# a possessive or an aside in the phrase before the verb keeps it an opening, never the speaker
INTERRUPTED_INVERSIONS = [
    Case("The plan, in his view, said Tom Berg, was too costly.", [("R", "was too costly", 38, 52, "said", "Tom Berg", None)]),
    Case("The plan, said Tom Berg, was too costly.", [("R", "The plan, said Tom Berg, was too costly", 0, 39, "said", "Tom Berg", None)]),
    Case("The mayor's plan, said Ana Ruiz, was a failure.", [("R", "The mayor's plan, said Ana Ruiz, was a failure", 0, 46, "said", "Ana Ruiz", None)]),
    Case(
        "The mayor's plan, said Ana Ruiz, was a failure.",
        [("R", "The mayor's plan, said Ana Ruiz, was a failure", 0, 46, "said", "Ana Ruiz", None)],
        language="en-GB",
    ),
    Case(
        "The mayor's plan, in her view, said Ana Ruiz, was a failure.",
        [("R", "was a failure", 46, 59, "said", "Ana Ruiz", None)],
    ),
    # a time after the speaker: the words after it, as after an aside (since stop 48, rs55)
    Case(
        "The mayor's plan, said Ana Ruiz on Monday, was a failure.",
        [("R", "The mayor's plan, said Ana Ruiz on Monday, was a failure", 0, 56, "said", "Ana Ruiz", None)],
    ),
    # a clause before the verb is what was said
    Case(
        "Sanders will back the party's nominee, predicted Ana Ruiz, the former governor.",
        [("R", "Sanders will back the party's nominee", 0, 37, "predicted", "Ana Ruiz", None)],
    ),
]


@pytest.mark.parametrize("case", INTERRUPTED_INVERSIONS)
def test_an_interrupting_inversion_keeps_speaker_and_words_apart(case: Case) -> None:
    expected: list[Row] = case.expected
    assert quotes_of(case) == expected


# a couple named together speaks together: the name after a role in apposition ("her husband, James")
# is never the speaker alone, and the shared surname does not make a later "Mr" the wife
COUPLES = [
    (
        'Emma Clarke, 31, and her husband, James, said the flat was too small.\n\n"We need more room," Mr Clarke said.',
        None,
        [
            ("the flat was too small", "Emma Clarke and James", "Emma Clarke, 31, and her husband, James"),
            ("We need more room,", "Clarke", "Mr Clarke"),
        ],
    ),
    (
        'Emma Clarke, 31, and her husband, James, said the flat was too small.\n\n"We need more room," Mrs Clarke said.',
        None,
        [
            ("the flat was too small", "Emma Clarke and James", "Emma Clarke, 31, and her husband, James"),
            ("We need more room,", "Emma Clarke", "Mrs Clarke"),
        ],
    ),
    (
        "Emma Clarke and her husband, James, said the flat was too small.", "en-GB",
        [("the flat was too small", "Emma Clarke and James", "Emma Clarke and her husband, James")],
    ),
    (
        "Emma Clarke et son mari, James, ont déclaré que l’appartement était trop petit.", "fr",
        [("l’appartement était trop petit", "Emma Clarke et James", "Emma Clarke et son mari, James")],
    ),
    (
        "Emma Clarke y su esposo, James, dijeron que el piso era demasiado pequeño.", "es",
        [("el piso era demasiado pequeño", "Emma Clarke y James", "Emma Clarke y su esposo, James")],
    ),
    # one speaker: the name in apposition after a role with no one before the coordinator
    ("The council and its chairman, Tom Berg, said the flat was too small.", None, [("the flat was too small", "Tom Berg", "Tom Berg")]),
    (
        "Tom Berg, the mayor, and his aides said the flat was too small.", None,
        [("the flat was too small", "Tom Berg and his aides", "Tom Berg, the mayor, and his aides")],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), COUPLES)
def test_a_couple_named_together_speaks_together(text: str, language: str | None, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, language) == expected


# the one a speaker tells is no part of the words (German "sagte der Zeitung", as "told reporters"); a
# document recalled says its own words with its participle; a person recalled is left to the subject
OBJECTS_AND_DOCUMENTS = [
    Case(
        "Die Ministerin sagte der Zeitung, der Plan sei zu teuer.",
        [("R", "der Plan sei zu teuer", 34, 55, "sagte", "Die Ministerin", None)],
        language="de",
    ),
    Case(
        "Anna Schmidt sagte der Zeitung, der Plan sei zu teuer.",
        [("R", "der Plan sei zu teuer", 32, 53, "sagte", "Anna Schmidt", None)],
        language="de",
    ),
    Case("Anna Schmidt sagte, der Plan sei zu teuer.", [("R", "der Plan sei zu teuer", 20, 41, "sagte", "Anna Schmidt", None)], language="de"),
    # the object inverted after the subject ("der" may be a genitive's too: "die Sprecherin der Stadt"): nothing sure
    Case("Gestern sagte die Ministerin der Zeitung, der Plan sei zu teuer.", [], language="de"),
    Case(
        "The mayor recalled the report saying the bridge was unsafe.",
        [("R", "the bridge was unsafe", 37, 58, "saying", "the report", None)],
    ),
    Case(
        "The mayor recalled the letter stating that the bridge was unsafe.",
        [("R", "the bridge was unsafe", 43, 64, "stating", "the letter", None)],
    ),
    Case(
        "The mayor recalled Tom Berg saying the bridge was unsafe.",
        [("R", "Tom Berg saying the bridge was unsafe", 19, 56, "recalled", "The mayor", None)],
    ),
]


@pytest.mark.parametrize("case", OBJECTS_AND_DOCUMENTS)
def test_the_one_told_and_a_document_recalled(case: Case) -> None:
    expected: list[Row] = case.expected
    assert quotes_of(case) == expected
