"""Reported speech as ``quotes/reported.py`` reads it, for the survivors of the fourth mutation run of
issue 8 that were not examined in its time (see docs/testing.md): relative clauses that run into the
sentence's own verb after a comma (``Residents who said ..., voted``), a second sentence after one
with a comma and a participle, attributions set off by commas inside a sentence, a second speaker
after ``Although X says ...,``, a relative clause kept in the words, a subject carried to the next
sentence's cue, and a clause opened by ``When X said ...,`` before a direct quotation.

Each case is one paragraph as wires and web copy print it; the expected value is every quote
``(kind, text, cue, speaker's name, description)`` in order, each quote's span and its speaker's span
checked against the text by ``quotes_of``."""

from __future__ import annotations

import pytest

from test_mutation_reported import Row, quotes_of

CASES: list[tuple[str, list[Row]]] = [
    (
        "The deal, announced on Friday, would last four years. It was negotiated with help from Labor Secretary Tom Ruiz, who said he expects the deal to be signed over the weekend.",
        [("R", "he expects the deal to be signed over the weekend", "said", "Tom Ruiz", None)],
    ),
    (
        "The plan was backed by former Governor Martin Hale, who noted that he had raised the minimum wage while in office. But the other candidate, Senator Ana Diaz, drew a contrast, saying the state could not afford it.",
        [
            ("R", "he had raised the minimum wage while in office", "noted", "Martin Hale", None),
            ("R", "the state could not afford it", "saying", "Ana Diaz", None),
        ],
    ),
    (
        "Residents who said the plan was a disaster, voted against it.",
        [("R", "the plan was a disaster", "said", "Residents", None)],
    ),
    (
        "Residents who said it was bad, voted against it.",
        [("R", "it was bad", "said", "Residents", None)],
    ),
    (
        "The mayor who said the tax was unfair to renters, says she will vote against it.",
        [("R", "the tax was unfair to renters", "said", "The mayor", None)],
    ),
    (
        "It was Ortiz who said the plan was a disaster for the city, says Berg.",
        [
            ("R", "It was Ortiz who said the plan was a disaster for the city", "says", "Berg", None),
            ("R", "the plan was a disaster for the city", "said", "Ortiz", None),
        ],
    ),
    (
        'They are doing this, he says, by "clinging to the old ways." The board did not respond.',
        [("D", "clinging to the old ways.", None, "he", None)],
    ),
    (
        "The chip was designed, the company said, for use with older machines, which are still common in schools.",
        [("R", "The chip was designed", "said", "the company", None)],
    ),
    (
        "So she toughened up, she said, and advises other women to do the same.",
        [("R", "So she toughened up", "said", "she", None)],
    ),
    (
        "The mayor, aides said, has become skeptical of the plan to widen the road.",
        [("R", "The mayor, aides said, has become skeptical of the plan to widen the road", "said", "aides", None)],
    ),
    (
        'Ortiz, who said last week that the judge was biased against him, issued a statement on Tuesday saying, "I do not think the judge is unfair." He added that he was simply asking questions.',
        [
            ("R", "the judge was biased against him", "said", "Ortiz", None),
            ("D", "I do not think the judge is unfair.", "saying", "Ortiz", None),
            ("R", "he was simply asking questions", "added", "He", None),
        ],
    ),
    (
        'Although Berg says that Ortiz "broke the story" of the standoff in Reno, Nev., others argue that Ortiz is the reason it happened.',
        [
            ("M", 'Ortiz "broke the story" of the standoff in Reno, Nev', "says", "Berg", None),
            ("R", "Ortiz is the reason it happened", "argue", "others", None),
        ],
    ),
    (
        "Although Berg says the council broke its promise on the road, others argue that the council had no choice.",
        [
            ("R", "the council broke its promise on the road", "says", "Berg", None),
            ("R", "the council had no choice", "argue", "others", None),
        ],
    ),
    (
        "Berg said the council broke its promise on the road, which he said was a disgrace.",
        [("R", "the council broke its promise on the road, which he said was a disgrace", "said", "Berg", None)],
    ),
    (
        "The bank said it expected a shortage of 250 million pounds. Among the factors, it said maturing bills would drain 1 billion pounds.",
        [
            ("R", "it expected a shortage of 250 million pounds", "said", "The bank", None),
            ("R", "maturing bills would drain 1 billion pounds", "said", "The bank", None),
        ],
    ),
    (
        'When the mayor said she would no longer defend the plan, Berg responded, "She will regret it."',
        [
            ("R", "she would no longer defend the plan", "said", "the mayor", None),
            ("D", "She will regret it.", "responded", "Berg", None),
        ],
    ),
    (
        'So when the firm signaled last summer that it would sell the plant, Mr. Ruiz said, "we were floored."',
        [("R", "it would sell the plant", "signaled", "the firm", None), ("D", "we were floored.", "said", "Ruiz", None)],
    ),
    (
        'The company said it is studying the offer. In a brief statement, the company said, "We are studying the proposal."',
        [
            ("R", "it is studying the offer", "said", "The company", None),
            ("D", "We are studying the proposal.", "said", "the company", None),
        ],
    ),
    (
        "The letter cited a summit where health director Tom Ruiz said caring for a child with birth defects can cost $10 million.",
        [("R", "caring for a child with birth defects can cost $10 million", "said", "Tom Ruiz", None)],
    ),
    (
        "The women say officers still watch the park. (According to the police department, it does not keep figures on such fines.)",
        [("R", "it does not keep figures on such fines", "According to", "the police department", None)],
    ),
    (
        "Berg turned the story back on the paper, pointing out that its reporter had written in June that his campaign was in trouble. He hoped, he said, that the paper would be fair now.",
        # (the subject before the comma points out: fixL56's coordinated subject, as PolNeAR's gold reads it)
        [
            ("R", "its reporter had written in June that his campaign was in trouble", "pointing out", "Berg", None),
            ("R", "the paper would be fair now", "said", "he", None),
        ],
    ),
    (
        'Ortiz, who previously questioned whether the judge was biased against him, said on Friday that the judge "happens to be, we believe, unfair."',
        [
            ("R", "whether the judge was biased against him", "questioned", "Ortiz", None),
            ("M", 'the judge "happens to be, we believe, unfair."', "said", "Ortiz", None),
        ],
    ),
    (
        "Some advisers are said to be urging the governor to make the payment on Tuesday.",
        [],
    ),
    (
        "Some advisers are said to be urging the governor to make the payment on Tuesday and build good will in Congress, which holds the keys to the island's salvation.",
        [],
    ),
    (
        'According to his doctor, the senator had "excellent" results in his exam, shows "great" strength, and "will be the healthiest mayor ever."',
        [
            (
                "M",
                'the senator had "excellent" results in his exam, shows "great" strength, and "will be the healthiest mayor ever."',
                "According to",
                "his doctor",
                None,
            )
        ],
    ),
    (
        "[According to the filing, the money went to Company X]",
        [("R", "the money went to Company X", "According to", "the filing", None)],
    ),
    (
        "(According to the filing, the money went to Company X)",
        [("R", "the money went to Company X", "According to", "the filing", None)],
    ),
    (
        'Ana Lind, delivering the speech, asked the crowd "If she cannot tell us the truth, why should we give her the job?"',
        [("D", "If she cannot tell us the truth, why should we give her the job?", None, "Ana Lind", None)],
    ),
    (
        'Lind asked the crowd "Who will pay for this?"',
        [("D", "Who will pay for this?", None, "Lind", None)],
    ),
    (
        "Workers got a letter saying the plant would close in May.",
        [("R", "the plant would close in May", "saying", "a letter", None)],
    ),
    (
        "The mayor received a memo saying the bridge was unsafe.",
        [("R", "the bridge was unsafe", "saying", "a memo", None)],
    ),
    (
        "Residents got a text message warning that the river would flood.",
        [("R", "the river would flood", "warning", "a text message", None)],
    ),
    (
        "Berg’s state chairman, Rex Early, a former party chairman who joined the team last week, said he had not studied the rules.",
        [("R", "he had not studied the rules", "said", "Rex Early", None)],
    ),
    (
        'Berg\'s attorney, Tom Coan, argued that his client was not to be taken seriously: his words were those of a "shock jock."',
        [("M", 'his client was not to be taken seriously: his words were those of a "shock jock."', "argued", "Tom Coan", None)],
    ),
    (
        'The mayor intends to give a speech on foreign policy at the press club in the capital this month, Mr. Ruiz said, adding that she would also hold town halls to address her "gender gap."',
        [
            (
                "R",
                "The mayor intends to give a speech on foreign policy at the press club in the capital this month",
                "said",
                "Ruiz",
                None,
            ),
            ("M", 'she would also hold town halls to address her "gender gap."', "adding", "Ruiz", None),
        ],
    ),
    (
        'Ortiz recalled the three-year freeze on basic federal pay rates: "I saw how hard it was for the staff."',
        [("D", "I saw how hard it was for the staff.", None, "Ortiz", None)],
    ),
    (
        "Berg said the deal, experts said, could collapse, and Ortiz said it was already dead.",
        [
            ("R", "the deal, experts said, could collapse", "said", "Berg", None),
            ("R", "it was already dead", "said", "Ortiz", None),
        ],
    ),
    (
        "Berg said the plan, which he said was costly, was dead, and Ortiz said it would pass anyway.",
        [
            ("R", "the plan, which he said was costly, was dead", "said", "Berg", None),
            ("R", "it would pass anyway", "said", "Ortiz", None),
        ],
    ),
    (
        "Berg said Ortiz said the plan was dead, and the council said it would vote on Friday.",
        [
            ("R", "Ortiz said the plan was dead", "said", "Berg", None),
            ("R", "it would vote on Friday", "said", "the council", None),
        ],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_reported_speech_fifth(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


# German: a separable verb's words up to its particle (``teilte ... mit``), with and without ``dass``
# (a German noun keeps its article as written, like English "The company")
GERMAN: list[tuple[str, list[Row]]] = [
    (
        "Der Konzern teilte am Montag mit, die Preise würden im Mai steigen.",
        [("R", "die Preise würden im Mai steigen", "teilte", "Der Konzern", None)],
    ),
    (
        "Der Konzern teilte am Montag mit, dass die Preise im Mai steigen würden.",
        [("R", "die Preise im Mai steigen würden", "teilte", "Der Konzern", None)],
    ),
    (
        "Die Ministerin teilte den Abgeordneten am Dienstag mit, das Gesetz werde geändert.",
        [("R", "das Gesetz werde geändert", "teilte", "Die Ministerin", None)],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), GERMAN)
def test_reported_speech_fifth_german(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph, "de") == expected


# a quotation left open at its paragraph's end takes the speaker of the next paragraph's quotation,
# also when a later quote in the article is passed over (attributed, or followed by one with no
# speaker, one that does not open its paragraph, or one with no cue that closes)
RUNS: list[tuple[list[str], list[Row]]] = [
    (
        [
            '"We will not back down from this fight, not now and not ever.',
            '"We will win this strike," said union leader Ana Lind.',
            "The mayor said the talks would resume on Monday.",
        ],
        [
            ("D", "We will not back down from this fight, not now and not ever.", "said", "Ana Lind", None),
            ("D", "We will win this strike,", "said", "Ana Lind", None),
            ("R", "the talks would resume on Monday", "said", "The mayor", None),
        ],
    ),
    (
        [
            '"We will not back down from this fight, not now and not ever.',
            '"We will win this strike," said union leader Ana Lind.',
            '"The city has made its offer and it is a fair one.',
            '"No comment."',
        ],
        [
            ("D", "We will not back down from this fight, not now and not ever.", "said", "Ana Lind", None),
            ("D", "We will win this strike,", "said", "Ana Lind", None),
            ("D", "The city has made its offer and it is a fair one.", None, "Ana Lind", None),
            ("D", "No comment.", None, None, None),
        ],
    ),
    (
        [
            '"We will not back down from this fight, not now and not ever.',
            '"We will win this strike," said union leader Ana Lind.',
            '"The city has made its offer and it is a fair one.',
            'The mayor said, "We will talk again on Monday."',
        ],
        [
            ("D", "We will not back down from this fight, not now and not ever.", "said", "Ana Lind", None),
            ("D", "We will win this strike,", "said", "Ana Lind", None),
            ("D", "The city has made its offer and it is a fair one.", None, "Ana Lind", None),
            ("D", "We will talk again on Monday.", "said", "The mayor", None),
        ],
    ),
    (
        [
            '"We will not back down from this fight, not now and not ever.',
            '"We will win this strike," said union leader Ana Lind.',
            '"The city has made its offer and it is a fair one.',
            '"We will talk again on Monday." The mayor left.',
        ],
        [
            ("D", "We will not back down from this fight, not now and not ever.", "said", "Ana Lind", None),
            ("D", "We will win this strike,", "said", "Ana Lind", None),
            ("D", "The city has made its offer and it is a fair one.", None, "Ana Lind", None),
            ("D", "We will talk again on Monday.", None, "Ana Lind", None),
        ],
    ),
]


@pytest.mark.parametrize(("pieces", "expected"), RUNS)
def test_a_quotation_over_paragraphs_before_others(pieces: list[str], expected: list[Row]) -> None:
    assert quotes_of(pieces) == expected
