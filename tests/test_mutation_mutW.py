"""Survivors of the mutation pass over ``quotes/grammar.py`` (stop 19's lines of the functions ``mutR``
did not run) and ``quotes/direct.py`` (``mutQ``'s "not run" list) (issue 8, the ``mutW`` pass; see
docs/testing.md).  Each row is realistic text with the bad shape and the good shape side by side
where a rule tells them apart; the reading a surviving mutant gave is in the comment above it.

The method tables call one rule of a fresh :class:`~newsparse.quotes.parser.QuoteParser` on the words
or the sentence it is given; ``CASES`` checks every quote a fresh parser reads, as
``(kind, text, start, end, cue, speaker's name, source)`` (:func:`quote_cases.quotes_of`)."""

from __future__ import annotations

import pytest
import regex

from newsparse.quotes.parser import QuoteParser
from quote_cases import Case, parser_for, quotes_of

PARSER = QuoteParser()

#: ``(quoted words, whether they are a title)``: a question or an exclamation is a title only when
#: a word after its first is capitalised (mutants read ``!`` as no end, or looked from the third
#: word on and took "What Now?" for a sentence).
TITLES = [
    (["Go", "for", "it!"], False),
    (["Go", "For", "It!"], True),
    (["What", "Now?"], True),
    (["What", "now?"], False),
    (["Is", "it", "over?"], False),
]


@pytest.mark.parametrize(("words", "expected"), TITLES)
def test_is_title(words: list[str], expected: bool) -> None:
    assert PARSER.is_title(words) is expected


#: ``(sentence, cue word, whether the cue is a claim noun)``: only a noun of ``CLAIM_NOUNS`` after a
#: possessive (a mutant answered yes for every cue that is no claim noun).
CLAIM_NOUNS = [
    ('Ortiz said the plan "was dead on arrival."', "said", False),
    ('Ortiz\'s warning that the plan "was dead on arrival" went unheeded.', "warning", True),
    ('The warning that the plan "was dead on arrival" went unheeded.', "warning", False),
]


@pytest.mark.parametrize(("raw", "cue", "expected"), CLAIM_NOUNS)
def test_is_claim_noun(raw: str, cue: str, expected: bool) -> None:
    match = regex.search(rf"\b{cue}\b", raw)
    assert match is not None
    assert PARSER.is_claim_noun(raw, match) is expected


#: ``(word before a comma, whether it opens the sentence as an adverb, as a participle)``: a participle
#: or adjective in -ed, -ous, -able ... is no name; a name, a noun for people and a word the
#: vocabulary lets open a name are (mutants joined the tests with the wrong operator, asked only
#: -ed words or only -able ones, let every name or every people noun through, or refused every
#: adverb).
OPENINGS = [
    ("Meanwhile", True, False),
    ("Undeterred", True, True),
    ("Frustrated", True, True),
    ("Imperturbable", True, True),
    ("Ted", False, False),
    ("Officials", False, False),
    ("Residents", False, False),
    ("Unhappy", False, False),
]


@pytest.mark.parametrize(("word", "adverb", "participle"), OPENINGS)
def test_opening_word(word: str, adverb: bool, participle: bool) -> None:
    assert PARSER.opening_adverb(word) is adverb
    assert PARSER.opening_participle(word) is participle


#: ``(German word before a comma, whether it is an opening participle)``: a pack that lists
#: ``OPENING_WORD_PREFIXES`` reads a prefixed participle as one (a mutant asked about no word).
GERMAN_OPENINGS = [("Unbeirrt", True), ("Ungerührt", True), ("Unruh", False)]


@pytest.mark.parametrize(("word", "expected"), GERMAN_OPENINGS)
def test_german_opening_participle(word: str, expected: bool) -> None:
    assert parser_for("de").opening_participle(word) is expected


CASES: list[Case] = [
    # dropped_subject: a role set off before the name opens the sentence before the quotation
    # ("El ministro, Unai Sordo, ..."): the name speaks (mutants never asked for it, or only when
    # the paragraph named a subject, and gave no one)
    Case(
        "El ministro, Unai Sordo, celebró el pacto. «Es un buen día», dijo.",
        [("D", "Es un buen día", 44, 58, "dijo", "Unai Sordo", None)],
        "es",
    ),
    # the last speaker carries to a dropped subject in the next paragraph, whatever the paragraphs'
    # numbers (a mutant added them and gave no one from the fourth paragraph on) ...
    Case(
        [
            "La reunión duró tres horas.",
            "Hubo protestas en la calle.",
            "«Vamos a ganar», dijo Pedro Sánchez en Madrid.",
            "«Es el momento de votar», añadió.",
        ],
        [
            ("D", "Vamos a ganar", 59, 72, "dijo", "Pedro Sánchez", None),
            ("D", "Es el momento de votar", 107, 129, "añadió", "Pedro Sánchez", None),
        ],
        "es",
    ),
    # ... but not across a paragraph of other news (mutants reached two paragraphs back, or read
    # the distance alone, and gave Sánchez)
    Case(
        [
            "«Vamos a ganar», dijo Pedro Sánchez en Madrid.",
            "La reunión duró tres horas.",
            "«Es el momento de votar», añadió.",
        ],
        [
            ("D", "Vamos a ganar", 1, 14, "dijo", "Pedro Sánchez", None),
            ("D", "Es el momento de votar", 78, 100, "añadió", None, None),
        ],
        "es",
    ),
    # passive_naming: "getting" right before the naming verb at the text's very start makes it a
    # passive, and the one named is no speaker (mutants read the window from the second character,
    # "etting", or never asked GET_PASSIVES, and gave "Getting" as the speaker)
    Case(
        'Getting called "a traitor by his own party," the senator walked out of the hall.',
        [("D", "a traitor by his own party,", 16, 43, None, None, None)],
    ),
    # unclosed_appositive: a name before a role for one person with no closing comma speaks (a
    # mutant refused every such role and gave no speaker) ...
    Case(
        '"We will appeal the ruling," Ana Ortiz, the defence lawyer said.',
        [("D", "We will appeal the ruling,", 1, 27, "said", "Ana Ortiz", None)],
    ),
    # ... a plural after the name's comma speaks for itself (a mutant asked only collectives and
    # gave Tom Berg the words)
    Case(
        '"The pier is unsafe," Tom Berg, officials said.',
        [("M", '"The pier is unsafe," Tom Berg', 0, 30, "said", "officials", None)],
    ),
    # agent_before_object: the noun before a participle and its agent speaks, even when it opens
    # the sentence (a mutant wanted four words before the agent and gave Reuters) ...
    Case(
        "Economists polled by Reuters said the bank would hold rates.",
        [("R", "the bank would hold rates", 34, 59, "said", "Economists", None)],
    ),
    # ... the noun right before the participle, not the word before it (a mutant gave Tom Berg)
    Case(
        "A source briefed by Tom Berg said the deal was close.",
        [("R", "the deal was close", 34, 52, "said", "A source", None)],
    ),
    # ... and only with a participle in PASSIVE_PARTICIPLE_ENDINGS before the agent: "sent out by"
    # leaves the agent the speaker (a mutant asked no ending and gave no one)
    Case(
        "An email sent out by Ana Ruiz said the pier would close.",
        [("R", "the pier would close", 35, 55, "said", "Ana Ruiz", None)],
    ),
]


@pytest.mark.parametrize("case", CASES)
def test_quotes(case: Case) -> None:
    assert quotes_of(case) == case.expected
