"""Wrong values left on main (issue 5, stop 21), each bad shape beside the near-misses that must not
change: a pronoun resolved to a name inside its own words, the name a role is held for, a rank written
without its period, a closing ``..., neighbours reported``, a place after the person told, and another
speaker's clause after ``, et``/``, y`` in the French and Spanish packs."""

from __future__ import annotations

import pytest

from newsparse.quotes.parser import QuoteParser
from quote_cases import Case, quotes_of

#: a pronoun is never resolved to the name its own reported words open with (or, before it, name);
#: near-misses: words that name no one, or name the speaker further in, keep the pronoun's referent
OWN_WORDS = [
    Case(
        ["Paul Grant was named the new chief of the council on Monday.", "He said Paul Grant was the first mayor."],
        [("R", "Paul Grant was the first mayor", 70, 100, "said", "He", None)],
    ),
    Case(
        ["Paul Grant was named the new chief of the council on Monday.", "Paul Grant was the first mayor, he said."],
        [("R", "Paul Grant was the first mayor", 62, 92, "said", "he", None)],
    ),
    Case(
        ["Paul Grant was named the new chief of the council on Monday.", "He said the council was the first in the region."],
        [("R", "the council was the first in the region", 70, 109, "said", "Paul Grant", None)],
    ),
    Case(
        [
            "Paul Grant was named the new chief of the council on Monday.",
            "He said voters who wanted change should not pick Paul Grant.",
        ],
        [("R", "voters who wanted change should not pick Paul Grant", 70, 121, "said", "Paul Grant", None)],
    ),
]

#: a role held for someone (``a lawyer for the businessman Tom Hale``) is not that person; near-misses:
#: a name after a title or a body is the speaker's
ROLE_FOR = [
    Case(
        "A lawyer for the businessman Tom Hale said the charges would be fought.",
        [("R", "the charges would be fought", 43, 70, "said", "A lawyer for the businessman Tom Hale", None)],
    ),
    Case(
        "An aide to the jailed activist Ana Ruiz said the appeal would be heard.",
        [("R", "the appeal would be heard", 45, 70, "said", "An aide to the jailed activist Ana Ruiz", None)],
    ),
    Case(
        "A spokesman for Mayor Ana Ruiz said the road would reopen.",
        [("R", "the road would reopen", 36, 57, "said", "A spokesman for Mayor Ana Ruiz", None)],
    ),
    Case(
        [
            "Jean Dupont, the French foreign minister, arrived in Rome.",
            "An aide to the French foreign minister said the talks would resume.",
        ],
        [("R", "the talks would resume", 104, 126, "said", "An aide to the French foreign minister", None)],
    ),
    Case(
        "The chairman of the board Colin Reyes said the plant would close.",
        [("R", "the plant would close", 43, 64, "said", "Colin Reyes", None)],
    ),
    Case(
        "Former secretary of state Hillary Clinton said the talks would resume.",
        [("R", "the talks would resume", 47, 69, "said", "Hillary Clinton", None)],
    ),
]

#: a rank written without its period names the person; near-misses: words that qualify a body
RANK_ABBREVIATIONS = [
    Case("Lt Diaz said the road was closed.", [("R", "the road was closed", 13, 32, "said", "Diaz", None)]),
    Case("Gov Diaz said the budget would pass.", [("R", "the budget would pass", 14, 35, "said", "Diaz", None)]),
    Case("Sgt Diaz said the road was closed.", [("R", "the road was closed", 14, 33, "said", "Diaz", None)]),
    Case("Insp Ruiz said the road was closed.", [("R", "the road was closed", 15, 34, "said", "Ruiz", None)]),
    Case("Lt. Diaz said the road was closed.", [("R", "the road was closed", 14, 33, "said", "Diaz", None)]),
    Case("National Grid said the supply was safe.", [("R", "the supply was safe", 19, 38, "said", "National Grid", None)]),
    Case("Central Bank said the rate would stay.", [("R", "the rate would stay", 18, 37, "said", "Central Bank", None)]),
]

#: the words end before a closing attribution with a report cue, and begin after a place the person
#: told was in; near-misses: an outlet stays the source, a plain object and ``that`` are unchanged
QUOTE_TEXTS = [
    Case(
        "The firm said its income was 485,380 dlrs, not 528,790 dlrs reported earlier.",
        [("R", "its income was 485,380 dlrs, not 528,790 dlrs reported earlier", 14, 76, "said", "The firm", None)],
    ),
    Case(
        "The man told officers he had been drinking, neighbours reported.",
        [("R", "he had been drinking", 22, 42, "told", "The man", None)],
    ),
    Case(
        "The man said he had been drinking, witnesses reported.", [("R", "he had been drinking", 13, 33, "said", "The man", None)]
    ),
    Case(
        "The man said he had been drinking, state media reported.",
        [("R", "he had been drinking", 13, 33, "said", "The man", "state media")],
    ),
    Case(
        "The man told officers he had been drinking, police said.",
        [
            ("R", "The man told officers he had been drinking", 0, 42, "said", "police", None),
            ("R", "he had been drinking", 22, 42, "told", "The man", None),
        ],
    ),
    Case(
        "The chairman told a luncheon in Ohio Reagan could decide the matter.",
        [("R", "Reagan could decide the matter", 37, 67, "told", "The chairman", None)],
    ),
    Case(
        "The chairman told reporters in Lyon the talks had failed.",
        [("R", "the talks had failed", 36, 56, "told", "The chairman", None)],
    ),
    Case(
        "The chairman told reporters in Ohio that he would resign.",
        [("R", "he would resign", 41, 56, "told", "The chairman", None)],
    ),
    Case("The chairman told reporters he would resign.", [("R", "he would resign", 28, 43, "told", "The chairman", None)]),
]

#: ``, et le maire a dit ...`` / ``, y el alcalde dijo ...`` opens another speaker's clause, as ``, and the
#: mayor said`` does; near-misses: ``et``/``y`` joining two subjects inside the words
OTHER_SPEAKERS_CLAUSE = [
    Case(
        "Le ministre a dit que la route serait fermée, et le maire a dit que le pont serait ouvert.",
        [
            ("R", "la route serait fermée", 22, 44, "a dit", "Le ministre", None),
            ("R", "le pont serait ouvert", 68, 89, "a dit", "le maire", None),
        ],
        language="fr",
    ),
    Case(
        "Le ministre a dit que la route et le pont seraient fermés.",
        [("R", "la route et le pont seraient fermés", 22, 57, "a dit", "Le ministre", None)],
        language="fr",
    ),
    Case(
        "El ministro dijo que la carretera estaría cerrada, y el alcalde dijo que el puente estaría abierto.",
        [
            ("R", "la carretera estaría cerrada", 21, 49, "dijo", "El ministro", None),
            ("R", "el puente estaría abierto", 73, 98, "dijo", "el alcalde", None),
        ],
        language="es",
    ),
    Case(
        "El ministro dijo que la carretera y el puente estarían cerrados.",
        [("R", "la carretera y el puente estarían cerrados", 21, 63, "dijo", "El ministro", None)],
        language="es",
    ),
    Case(
        "The minister said the road would be closed, and the mayor said the bridge would open.",
        [
            ("R", "the road would be closed", 18, 42, "said", "The minister", None),
            ("R", "the bridge would open", 63, 84, "said", "the mayor", None),
        ],
    ),
]

#: a cue after a modal right before a quotation is a verb of the sentence, no attribution; near-misses:
#: a cue right before a quotation, and a modal cue with its colon
MODAL_CUES = [
    Case(
        'De Graaf told Reuters the strike would continue "as long as it takes".',
        [("M", 'the strike would continue "as long as it takes"', 22, 69, "told", "De Graaf", None)],
    ),
    Case('The crowd chanted "lock him up".', [("D", "lock him up", 19, 30, "chanted", "The crowd", None)]),
    Case('He would say: "We won."', [("D", "We won.", 15, 22, "say", "He", None)]),
]


#: a question asked of the subject in an aside (``Vermeer, asked about ..., said``) is no words of hers;
#: near-misses: a question opening the sentence, a relative clause's question, an active question
ASKED_ASIDES = [
    Case(
        'Vermeer, asked about the criticism, said she was "not going anywhere".',
        [("M", 'she was "not going anywhere"', 41, 69, "said", "Vermeer", None)],
    ),
    Case(
        "Vermeer, asked by reporters whether she would quit, said she would stay.",
        [("R", "she would stay", 57, 71, "said", "Vermeer", None)],
    ),
    Case("Asked about the criticism, Vermeer said she would stay.", [("R", "she would stay", 40, 54, "said", "Vermeer", None)]),
    Case(
        "The senator, who asked about the budget, said the plan would fail.",
        [
            ("R", "about the budget", 23, 39, "asked", "The senator", None),
            ("R", "the plan would fail", 46, 65, "said", "The senator", None),
        ],
    ),
    Case(
        "Vermeer asked about the criticism of the plan.",
        [("R", "about the criticism of the plan", 14, 45, "asked", "Vermeer", None)],
    ),
]


#: the person told and a place before the colon still end the attribution (no mixed quote that holds the
#: place); near-misses: the person told alone, a place alone
TOLD_THEN_PLACE = [
    Case(
        'The lawyer told reporters outside court: "We will appeal this verdict."',
        [("D", "We will appeal this verdict.", 42, 70, "told", "The lawyer", None)],
    ),
    Case(
        'The lawyer told the council in March, "We will appeal this verdict."',
        [("D", "We will appeal this verdict.", 39, 67, "told", "The lawyer", None)],
    ),
    Case(
        'The lawyer told reporters: "We will appeal this verdict."',
        [("D", "We will appeal this verdict.", 28, 56, "told", "The lawyer", None)],
    ),
    Case(
        'The lawyer said outside court: "We will appeal this verdict."',
        [("D", "We will appeal this verdict.", 32, 60, "said", "The lawyer", None)],
    ),
]


#: a name and its own cue right after ``said`` are a clause; near-misses: a comma before them (another
#: attribution), a name alone, a plain subject and verb
NAME_AND_CUE = [
    Case("The mayor said Ortiz agreed.", [("R", "Ortiz agreed", 15, 27, "said", "The mayor", None)]),
    Case(
        "The mayor said Ortiz agreed, officials said.",
        [
            ("R", "The mayor said Ortiz agreed", 0, 27, "said", "officials", None),
            ("R", "Ortiz agreed", 15, 27, "said", "The mayor", None),
        ],
    ),
    Case("The mayor said prices fell.", [("R", "prices fell", 15, 26, "said", "The mayor", None)]),
    Case("The mayor said Ortiz.", []),
    Case("Lena Voss said on Monday, Reuters reported.", []),
]


@pytest.mark.parametrize(
    "case",
    [
        *NAME_AND_CUE,
        *TOLD_THEN_PLACE,
        *ASKED_ASIDES,
        *MODAL_CUES,
        *OWN_WORDS,
        *ROLE_FOR,
        *RANK_ABBREVIATIONS,
        *QUOTE_TEXTS,
        *OTHER_SPEAKERS_CLAUSE,
    ],
)
def test_quotes(case: Case) -> None:
    assert quotes_of(case) == case.expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Lt", True),
        ("Gov", True),
        ("Sgt", True),
        ("Insp", True),
        ("Cllr", True),
        ("National", False),
        ("Central", False),
        ("Bank", False),
        ("Head", False),
        ("Tom", False),
        ("L", False),
    ],
)
def test_abbreviated_title(word: str, expected: bool) -> None:
    assert QuoteParser().abbreviated_title(word) is expected


@pytest.mark.parametrize(
    ("noun", "between", "expected"),
    [
        ("lawyer", ["the", "businessman"], True),
        ("aide", ["the", "jailed", "activist"], True),
        ("chairman", ["the", "board"], False),
        ("secretary", ["state"], False),
        ("lawyer", ["businessman"], False),
        ("Lawyer", ["the", "businessman"], False),
    ],
)
def test_role_for_named(noun: str, between: list[str], expected: bool) -> None:
    assert QuoteParser().role_for_named(noun, between) is expected
