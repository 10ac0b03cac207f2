"""Interrupted and reported speech in English as one rule (int56, issue 5).

An attribution set off by commas between a fronted subject and its verb (``The plan, he said, was
working.``) reports the whole clause, the subject and the aside inside its span, whatever the
length of the words before and after the aside; the words stop before a clause of the writer's
about the speaker (``..., and he smiled``) and before another speaker's clause; scare quotes in
the fronted subject do not make it a quotation.

Each row is one paragraph; the expected value is every quote ``(kind, text, cue, speaker's name,
description)`` in order, spans checked by ``quotes_of``."""

from __future__ import annotations

import pytest

from test_mutation_reported import Row, quotes_of

# 1. one rule for short and long heads and tails: the fronted subject, the aside and the words
ONE_RULE: list[tuple[str, list[Row]]] = [
    ("The bridge, he said, was closed.", [("R", "The bridge, he said, was closed", "said", "he", None)]),
    (
        "The bridge, he said, was closed to lorries for the whole of the winter.",
        [("R", "The bridge, he said, was closed to lorries for the whole of the winter", "said", "he", None)],
    ),
    (
        "The suspect, officers said, was holding a screwdriver.",
        [("R", "The suspect, officers said, was holding a screwdriver", "said", "officers", None)],
    ),
    (
        "The suspect, officers said, was holding a screwdriver when he was stopped outside the bank.",
        [
            (
                "R",
                "The suspect, officers said, was holding a screwdriver when he was stopped outside the bank",
                "said",
                "officers",
                None,
            )
        ],
    ),
    (
        "The budget, she told herself, was finally balanced.",
        [("R", "The budget, she told herself, was finally balanced", "told", "she", None)],
    ),
    (
        "The old ferry route, the harbour master added, would reopen in the spring after repairs.",
        [
            (
                "R",
                "The old ferry route, the harbour master added, would reopen in the spring after repairs",
                "added",
                "the harbour master",
                None,
            )
        ],
    ),
    (
        "The school roof, Tomas Verhoeven said, had leaked for years before anyone acted.",
        [
            (
                "R",
                "The school roof, Tomas Verhoeven said, had leaked for years before anyone acted",
                "said",
                "Tomas Verhoeven",
                None,
            )
        ],
    ),
    (
        "The tram line, said Carla Brennan, would cost far more than the council had claimed.",
        [
            (
                "R",
                "The tram line, said Carla Brennan, would cost far more than the council had claimed",
                "said",
                "Carla Brennan",
                None,
            )
        ],
    ),
    (
        "The hospital, the minister said on Friday, will treat patients from the whole region.",
        [
            (
                "R",
                "The hospital, the minister said on Friday, will treat patients from the whole region",
                "said",
                "the minister",
                None,
            )
        ],
    ),
    # a possessive in the subject is no contracted verb
    (
        "The council's plan, she said, was final.",
        [("R", "The council's plan, she said, was final", "said", "she", None)],
    ),
    (
        "The council's plan, said Carla Brennan, was far too costly for the town.",
        [("R", "The council's plan, said Carla Brennan, was far too costly for the town", "said", "Carla Brennan", None)],
    ),
    # a demonstrative before the speaker's noun sets off the aside too
    (
        "The governor, these officials said, would be open to other measures.",
        [("R", "The governor, these officials said, would be open to other measures", "said", "officials", None)],
    ),
    (
        "The ferry, those residents said, had been late every day that week.",
        [("R", "The ferry, those residents said, had been late every day that week", "said", "residents", None)],
    ),
    # a coordinator before the subject is the writer's link
    (
        "But the bridge, he said, was closed to lorries all winter.",
        [("R", "the bridge, he said, was closed to lorries all winter", "said", "he", None)],
    ),
    # precision: the words after the aside have a subject of their own, or the head is an opening
    (
        "On top of that, opponents say, the new levy will raise prices for everyone.",
        [("R", "the new levy will raise prices for everyone", "say", "opponents", None)],
    ),
    (
        "In the end, the coach said, the players had simply run out of energy.",
        [("R", "the players had simply run out of energy", "said", "the coach", None)],
    ),
    # precision: a lone linking adverb is no subject; "that" after the aside opens the clause
    (
        "Instead, she said, delayed works pushed the tram line back by a year.",
        [("R", "delayed works pushed the tram line back by a year", "said", "she", None)],
    ),
    (
        "Rather, he said, continued delays by the contractor will raise the final cost.",
        [("R", "continued delays by the contractor will raise the final cost", "said", "he", None)],
    ),
    (
        "The queues had grown so long, the manager noted, that the shop hired two more staff.",
        [("R", "the shop hired two more staff", "noted", "the manager", None)],
    ),
    (
        "He hoped, he said, that the council would think again.",
        [("R", "the council would think again", "said", "he", None)],
    ),
    # a lone noun before the aside is the subject
    (
        "Landlords, he said, appeared to have raised rents deliberately.",
        [("R", "Landlords, he said, appeared to have raised rents deliberately", "said", "he", None)],
    ),
    # precision: still too short in all, a lone word before an inverted verb, or no cue
    ("Rents, he said, rose.", []),
    ("The bridge, he feared, was closed to lorries all winter.", []),
    (
        "Rents, said Carla Brennan, would rise again next year.",
        [("R", "would rise again next year", "said", "Carla Brennan", None)],
    ),
]

# 2. a clause of the writer's about the speaker ends the words; reported clauses joined by "and" stay
SPEAKER_CLAUSE: list[tuple[str, list[Row]]] = [
    (
        "The bridge, he said, was safe, and he smiled.",
        [("R", "The bridge, he said, was safe", "said", "he", None)],
    ),
    (
        "The budget, she said, was balanced, but she laughed nervously.",
        [("R", "The budget, she said, was balanced", "said", "she", None)],
    ),
    (
        "The budget, Carla Brennan said, was balanced, and she walked out of the room.",
        [("R", "The budget, Carla Brennan said, was balanced", "said", "Carla Brennan", None)],
    ),
    (
        "The budget, said Carla Brennan, was balanced for the first time, and she smiled.",
        [("R", "The budget, said Carla Brennan, was balanced for the first time", "said", "Carla Brennan", None)],
    ),
    # precision: the joined clause is reported (a modal, another subject, another pronoun)
    (
        "The bridge, he said, was safe, and the city would save money.",
        [("R", "The bridge, he said, was safe, and the city would save money", "said", "he", None)],
    ),
    (
        "The bridge, he said, was safe, and he would drive over it himself.",
        [("R", "The bridge, he said, was safe, and he would drive over it himself", "said", "he", None)],
    ),
    (
        "The bridge, he said, was safe, and it reopened in May.",
        [("R", "The bridge, he said, was safe, and it reopened in May", "said", "he", None)],
    ),
    (
        "The bridge, she said, was safe, and he agreed.",
        [("R", "The bridge, she said, was safe, and he agreed", "said", "she", None)],
    ),
]

# 3. another speaker's clause after the interrupted report: two reports, each with its speaker
TWO_SPEAKERS: list[tuple[str, list[Row]]] = [
    (
        "The bridge, he said, was safe, but Mayor Lena Holt said it would fail an inspection.",
        [
            ("R", "The bridge, he said, was safe", "said", "he", None),
            ("R", "it would fail an inspection", "said", "Lena Holt", None),
        ],
    ),
    (
        "The bridge, he said, was safe, but the engineer said it would fail an inspection.",
        [
            ("R", "The bridge, he said, was safe", "said", "he", None),
            ("R", "it would fail an inspection", "said", "the engineer", None),
        ],
    ),
    (
        "The bridge, said Carla Brennan, was safe, but Mayor Lena Holt said it would fail.",
        [
            ("R", "The bridge, said Carla Brennan, was safe", "said", "Carla Brennan", None),
            ("R", "it would fail", "said", "Lena Holt", None),
        ],
    ),
]

# 4. scare quotes in the fronted subject: the interrupted report, not a quotation
SCARE_QUOTES: list[tuple[str, list[Row]]] = [
    (
        "The “smart” meters, said Carla Brennan, were too costly.",
        [("M", "The “smart” meters, said Carla Brennan, were too costly", "said", "Carla Brennan", None)],
    ),
    (
        "The “smart” meters, Carla Brennan said, were too costly for most households.",
        [("M", "The “smart” meters, Carla Brennan said, were too costly for most households", "said", "Carla Brennan", None)],
    ),
    (
        'The "green" levy, she said, was a tax on the poor.',
        [("M", 'The "green" levy, she said, was a tax on the poor', "said", "she", None)],
    ),
    # precision: a quotation before the attribution stays a direct quote
    (
        "“We will win,” said Carla Brennan, “and soon.”",
        [("D", "We will win,", "said", "Carla Brennan", None), ("D", "and soon.", "said", "Carla Brennan", None)],
    ),
    (
        "“Never,” said Carla Brennan, “will we give in.”",
        [("D", "Never,", "said", "Carla Brennan", None), ("D", "will we give in.", "said", "Carla Brennan", None)],
    ),
]

# 5. a relative clause on the opening subject: where the report ends is unsure, with or without a
# main verb after it (a fragment cannot be told from a sentence whose main verb the word lists miss)
SUBJECT_RELATIVE: list[tuple[str, list[Row]]] = [
    ("The driver who said he saw the crash was later questioned.", []),
    ("A lawyer who said the case was weak and flawed.", []),
    (
        "She met a driver who said he saw the crash.",
        [("R", "he saw the crash", "said", "a driver", None)],
    ),
]

# 6. a passive "told" with no agent: the report, with no speaker, with or without "that"
PASSIVE_TOLD: list[tuple[str, list[Row]]] = [
    ("Residents were told on Monday the water was unsafe.", [("R", "the water was unsafe", "told", None, None)]),
    ("Residents were told on Monday that the water was unsafe.", [("R", "the water was unsafe", "told", None, None)]),
    ("Parents were told the school would close early.", [("R", "the school would close early", "told", None, None)]),
    (
        "Residents were told by the mayor on Monday that the water was unsafe.",
        [("R", "the water was unsafe", "told", "the mayor", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE_RULE)
def test_interrupted_report_one_rule(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), SPEAKER_CLAUSE)
def test_writer_clause_about_speaker(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), TWO_SPEAKERS)
def test_second_speaker_after_interrupted_report(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), SCARE_QUOTES)
def test_scare_quotes_in_fronted_subject(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), SUBJECT_RELATIVE)
def test_subject_relative(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), PASSIVE_TOLD)
def test_passive_told(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
