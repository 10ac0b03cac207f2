"""A second read of stop 30's merges: a name written surname first that the article introduces as
a person keeps its full form when later written before a noun (``the Xi Jinping era``), and the one
promised is no part of the clause a promise reports (``promised residents they would ...``).
Each table holds sentences that failed after the merges and the near controls that kept working;
each row says every quote's text and speaker (and kind for the clauses)."""

from __future__ import annotations

import pytest

from newsparse.spans import QuoteKind
from quote_cases import kind_rows, speaker_rows

R, M = QuoteKind.INDIRECT, QuoteKind.MIXED

# (article, [(quote text, speaker's name, mention)])
NAMED_BEFORE_NOUN = [
    # a person introduced with a title, later written before a noun: still the person's full name
    (
        "President Xi Jinping arrived in Moscow on Monday for talks.\n\n"
        "Diplomats said the Xi Jinping era had changed the region.\n\n"
        '"We will open further," Xi said on Tuesday.',
        [
            ("the Xi Jinping era had changed the region", "Diplomats", "Diplomats"),
            ("We will open further,", "Xi Jinping", "Xi"),
        ],
    ),
    (
        "Prime Minister Li Qiang opened the forum in Tianjin.\n\n"
        "Delegates welcomed the Li Qiang plan for growth.\n\n"
        '"Growth will be steady," Li said.',
        [("Growth will be steady,", "Li Qiang", "Li")],
    ),
    (
        "President Moon Jae-in flew to Tokyo on Sunday.\n\n"
        "Critics attacked the Moon Jae-in government over housing.\n\n"
        '"We will fix it," Moon said.',
        [("We will fix it,", "Moon Jae-in", "Moon")],
    ),
    # controls: a product named after its maker first, then the maker alone: the maker
    (
        "A SkyLark Mini drone on display at a trade show.\n\nSkyLark said it had received 23 reports of fires.",
        [("it had received 23 reports of fires", "SkyLark", "SkyLark")],
    ),
    (
        "A Voltra Nova sedan at a dealer in Lyon.\n\nVoltra said no injuries had been reported.",
        [("no injuries had been reported", "Voltra", "Voltra")],
    ),
]


@pytest.mark.parametrize(("article", "expected"), NAMED_BEFORE_NOUN)
def test_named_before_noun(article: str, expected: list[tuple[str, str, str]]) -> None:
    assert speaker_rows(article) == expected


# (sentence, [(quote text, kind, speaker's name)])
PROMISED = [
    # the one promised, then a clause that opens with a pronoun or a determiner: the clause alone
    (
        "Officials promised residents they would be compensated for the flooding.",
        [("they would be compensated for the flooding", R, "Officials")],
    ),
    (
        "The senator promised his wife he would return before Christmas.",
        [("he would return before Christmas", R, "The senator")],
    ),
    (
        "The governor promised reporters the plant would stay open through the winter.",
        [("the plant would stay open through the winter", R, "The governor")],
    ),
    (
        "Obama promised Americans they could keep their health plans.",
        [("they could keep their health plans", R, "Obama")],
    ),
    (
        'The mayor pledged the voters of Ohio she would "fight for every job."',
        [('she would "fight for every job."', M, "The mayor")],
    ),
    # controls: the clause's own subject right after the cue, and no clause at all
    (
        "The senator pledged the party would not raise taxes.",
        [("the party would not raise taxes", R, "The senator")],
    ),
    (
        'The minister promised the change would "save money for every family."',
        [('the change would "save money for every family."', M, "The minister")],
    ),
    ("The senator promised a veto and attempted to stall the bill.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), PROMISED)
def test_promised_clause(sentence: str, expected: list[tuple[str, QuoteKind, str]]) -> None:
    assert kind_rows(sentence) == expected


# (paragraph, language, [(quote text, speaker's name, mention)])
GIVEN_NAME_FIRST = [
    # a given name the given-name list lacks, with an occupation's ending, before a second given
    # name: the person's first given name, never an occupation to drop
    (
        '"We need more beds," said Evander Paul Whitcombe, a nurse in Atlanta.',
        None,
        [("We need more beds,", "Evander Paul Whitcombe", "Evander Paul Whitcombe")],
    ),
    (
        '"The harbour is full," said Leander John Marsh, who runs the marina.',
        None,
        [("The harbour is full,", "Leander John Marsh", "Leander John Marsh")],
    ),
    (
        "„Wir brauchen mehr Betten“, sagte Kathrin Anna Vogt, Ärztin in Bremen.",
        "de",
        [("Wir brauchen mehr Betten", "Kathrin Anna Vogt", "Kathrin Anna Vogt")],
    ),
    (
        "„Der Hafen ist voll“, sagte Konstantin Paul Weber, der die Marina leitet.",
        "de",
        [("Der Hafen ist voll", "Konstantin Paul Weber", "Konstantin Paul Weber")],
    ),
    (
        "„Das Dorf ist leer“, sagte Carolin Maria Schmidt, Bürgermeisterin von Au.",
        "de",
        [("Das Dorf ist leer", "Carolin Maria Schmidt", "Carolin Maria Schmidt")],
    ),
    (
        '"Necesitamos más camas", dijo Teodora María Ruiz, enfermera en Sevilla.',
        "es",
        [("Necesitamos más camas", "Teodora María Ruiz", "Teodora María Ruiz")],
    ),
    (
        '"El puerto está lleno", dijo Homero José Castillo, que dirige la marina.',
        "es",
        [("El puerto está lleno", "Homero José Castillo", "Homero José Castillo")],
    ),
    # controls: an occupation before a given name still goes
    (
        '"We need more beds," said Pediatrician Amy Carver.',
        None,
        [("We need more beds,", "Amy Carver", "Pediatrician Amy Carver")],
    ),
    (
        "„Wir brauchen mehr Betten“, sagte Baudezernentin Karin Vogt.",
        "de",
        [("Wir brauchen mehr Betten", "Karin Vogt", "Baudezernentin Karin Vogt")],
    ),
]


@pytest.mark.parametrize(("paragraph", "language", "expected"), GIVEN_NAME_FIRST)
def test_given_name_first(paragraph: str, language: str | None, expected: list[tuple[str, str, str]]) -> None:
    assert speaker_rows(paragraph, language) == expected


# (paragraph, [(quote text, speaker's name, mention)])
INVERTED_CLOSING = [
    # reported words closed by an inverted attribution, then a pronoun: the one named there
    (
        'Prices will rise next year, said Finance Minister Paul Grant. "We have no choice," he said.',
        [
            ("Prices will rise next year", "Paul Grant", "Finance Minister Paul Grant"),
            ("We have no choice,", "Paul Grant", "he"),
        ],
    ),
    (
        'The vote was rigged, said Paul Grant, the party chairman. "We will appeal," he said.',
        [("The vote was rigged", "Paul Grant", "Paul Grant"), ("We will appeal,", "Paul Grant", "he")],
    ),
    # controls: a pronoun of the other gender stays as written; someone else named after him
    (
        'Prices will rise next year, said Finance Minister Paul Grant. "We have no choice," she said.',
        [
            ("Prices will rise next year", "Paul Grant", "Finance Minister Paul Grant"),
            ("We have no choice,", "she", "she"),
        ],
    ),
    (
        'The vote was rigged, said Paul Grant. Tom Reed disagreed. "It was fair," he said.',
        [("The vote was rigged", "Paul Grant", "Paul Grant"), ("It was fair,", "Tom Reed", "he")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), INVERTED_CLOSING)
def test_inverted_closing_attribution(paragraph: str, expected: list[tuple[str, str, str]]) -> None:
    assert speaker_rows(paragraph) == expected
