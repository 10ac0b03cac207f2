"""Mutation pass mut37 (stop 35, issue 8): mutants on the lines of ``quotes/grammar.py``,
``quotes/direct.py`` and ``quotes/reported.py`` changed since ``c4776179`` (the last pass over
``direct.py``), a sample of them run against the quote tests that reach each function.  These
cases are for the survivors of ``SpeakerGrammar.name_after_opening`` and
``preposition_opens_clause`` (a preposition and its object open the sentence before the
speaker's name, no comma) and ``DirectQuotes.day_is_given_name`` (a weekday before a lone
capitalised word after an inverted cue).  Each row names the mutants it kills (module:index in
the pass's own numbering, the line and the change; see docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.spans import QuoteKind

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

Row = tuple[str, QuoteKind, "str | None", "str | None", "str | None"]
PARSER = newsparse.ArticleParser()


def rows_of(text: str) -> list[Row]:
    """Each quote of *text* under a headline: its words, kind, speaker's name, mention and cue."""
    article = PARSER.parse(f"Port vote\n\n{text}")
    return [(q.text, q.kind, q.speaker and q.speaker.name, q.speaker and q.speaker.mention, q.cue) for q in article.quotes]


# (text, every quote)
CASES: list[tuple[str, list[Row]]] = [
    # kills grammar:124 L1739 drop not
    (
        "At the meeting Tom Berg said the port would close in May.",
        [("the port would close in May", R, "Tom Berg", "Tom Berg", "said")],
    ),
    # kills grammar:124 L1739 drop not; grammar:142 L1730 1->0; grammar:156 L1746 0->1
    ("Prior to the vote Ortiz said the plan was dead.", [("the plan was dead", R, "Ortiz", "Ortiz", "said")]),
    # kills grammar:124 L1739 drop not; grammar:129 L1724 NotEq->Eq; grammar:131 L1725 drop not
    ("At Tuesday's meeting Ortiz said the plan was dead.", [("the plan was dead", R, "Ortiz", "Ortiz", "said")]),
    # kills grammar:119 L1719 Lt->LtE; grammar:124 L1739 drop not; grammar:142 L1730 1->0
    ("Due to illness Ortiz said she would miss the vote.", [("she would miss the vote", R, "Ortiz", "Ortiz", "said")]),
    # kills grammar:124 L1739 drop not; grammar:139 L1742 drop not; grammar:156 L1746 0->1
    ("Prior to the vote Councillor Ortiz said the plan was dead.", [("the plan was dead", R, "Ortiz", "Councillor Ortiz", "said")]),
    # kills grammar:124 L1739 drop not; grammar:142 L1730 1->0
    ("At the meeting Ortiz said the plan was dead.", [("the plan was dead", R, "Ortiz", "Ortiz", "said")]),
    # kills grammar:124 L1739 drop not
    (
        "But at the meeting Tom Berg said the port would close in May.",
        [("the port would close in May", R, "Tom Berg", "Tom Berg", "said")],
    ),
    # kills grammar:124 L1739 drop not
    (
        "At the meeting Mayor Ana Ortiz told reporters the port would close.",
        [("the port would close", R, "Ana Ortiz", "Mayor Ana Ortiz", "told")],
    ),
    # kills grammar:124 L1739 drop not
    (
        "The board met on Monday. At the meeting Tom Berg said the port would close in May.",
        [("the port would close in May", R, "Tom Berg", "Tom Berg", "said")],
    ),
    # kills grammar:124 L1739 drop not; grammar:156 L1746 0->1; grammar:157 L1746 0->-1
    (
        "Because of the storm Tom Berg said the port would close in May.",
        [("the port would close in May", R, "Tom Berg", "Tom Berg", "said")],
    ),
    # kills grammar:124 L1739 drop not; grammar:142 L1730 1->0
    (
        "Tom Berg said the port would close in May. In the meeting Ortiz said the plan was dead.",
        [("the port would close in May", R, "Tom Berg", "Tom Berg", "said"), ("the plan was dead", R, "Ortiz", "Ortiz", "said")],
    ),
    # kills grammar:124 L1739 drop not; grammar:144 L1731 LtE->Lt
    ("In a long angry statement Ana Ortiz said the plan was dead.", [("the plan was dead", R, "Ana Ortiz", "Ana Ortiz", "said")]),
    # kills grammar:124 L1739 drop not
    ("In a long statement Ana Ortiz said the plan was dead.", [("the plan was dead", R, "Ana Ortiz", "Ana Ortiz", "said")]),
    # kills grammar:124 L1739 drop not; grammar:174 L1759 1->0
    (
        "The vote passed; at the meeting Tom Berg said the port would close in May.",
        [("the port would close in May", R, "Tom Berg", "Tom Berg", "said")],
    ),
    # kills grammar:124 L1739 drop not
    (
        "The vote passed; but at the meeting Tom Berg said the port would close in May.",
        [("the port would close in May", R, "Tom Berg", "Tom Berg", "said")],
    ),
    # kills grammar:150 L1734 1->2
    (
        "Before the judge Tom Berg said the port would close in May.",
        [("the port would close in May", R, "Tom Berg", "the judge Tom Berg", "said")],
    ),
    # kills grammar:124 L1739 drop not; grammar:142 L1730 1->0
    ("At the meeting Berg said the port would close in May.", [("the port would close in May", R, "Berg", "Berg", "said")]),
    # kills grammar:124 L1739 drop not; grammar:139 L1742 drop not
    (
        "At the meeting Acting Mayor Berg said the port would close in May.",
        [("the port would close in May", R, "Berg", "Acting Mayor Berg", "said")],
    ),
    # kills direct:18 L860 return False
    (
        '"We will stay out until the cranes are safe," said Sunday Balogun, a union steward at the port.',
        [("We will stay out until the cranes are safe,", D, "Sunday Balogun", "Sunday Balogun", "said")],
    ),
    # kills direct:20 L839 return True
    (
        '"We will stay out until the cranes are safe," said Sunday night Balogun, a union steward at the port.',
        [("We will stay out until the cranes are safe,", D, "Balogun", "Balogun", "said")],
    ),
    # kills direct:18 L860 return False
    (
        '"We will stay out until the cranes are safe," said Sunday Balogun.\n\nSunday Balogun has worked at the port for twenty years.',
        [("We will stay out until the cranes are safe,", D, "Sunday Balogun", "Sunday Balogun", "said")],
    ),
    # kills direct:18 L860 return False
    (
        '"We will stay out until the cranes are safe," said Sunday Balogun on Monday.\n\nSunday Balogun has worked at the port for twenty years.',
        [("We will stay out until the cranes are safe,", D, "Sunday Balogun", "Sunday Balogun", "said")],
    ),
    # kills direct:17 L860 return True (a place after the name; a day there makes "Sunday" a given name
    # since fixS39: "said Sunday Balogun on Monday" is Sunday Balogun, DirectQuotes.day_after_name)
    (
        '"We will stay out until the cranes are safe," said Sunday Balogun in Lagos.',
        [("We will stay out until the cranes are safe,", D, "Balogun", "Balogun", "said")],
    ),
    # kills direct:17 L860 return True
    (
        '"We will stay out until the cranes are safe," said Tuesday Smith.',
        [("We will stay out until the cranes are safe,", D, "Smith", "Smith", "said")],
    ),
    # kills direct:18 L860 return False
    (
        '"We will stay out until the cranes are safe," said Monday Etim, 44, the port\'s crane driver.',
        [("We will stay out until the cranes are safe,", D, "Monday Etim", "Monday Etim", "said")],
    ),
    # kills direct:18 L860 return False
    (
        '"We will stay out until the cranes are safe," said Monday Etim, spokesman for the dockers.',
        [("We will stay out until the cranes are safe,", D, "Monday Etim", "Monday Etim", "said")],
    ),
    # kills direct:17 L860 return True
    (
        '"We will stay out until the cranes are safe," said Monday Etim, who has led the strike.',
        [("We will stay out until the cranes are safe,", D, "Etim", "Etim", "said")],
    ),
    # kills direct:17 L860 return True
    (
        '"We will stay out until the cranes are safe," said Monday Etim, adding that talks had failed.',
        [
            ("We will stay out until the cranes are safe,", D, "Etim", "Etim", "said"),
            ("talks had failed", R, "Etim", "Etim", "adding"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{n}" for n in range(len(CASES))])
def test_quotes_and_speakers(text: str, expected: list[Row]) -> None:
    assert rows_of(text) == expected
