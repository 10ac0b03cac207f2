"""Speakers a new user's trial found wrong (issue 5): a pronoun given to the subject when its
verb's object may be meant as well, ``según dijo`` giving the verb as the source, the separators
``\\x1c``-``\\x1f`` read as no whitespace, and a raised passive (``is said to``) giving its
subject as the speaker."""

from __future__ import annotations

import pytest

import newsparse
from quote_cases import article_speakers, quote_speakers

HEADLINE = "Talks end without a deal\n\n"


def found(text: str, language: str | None = None) -> list[tuple[str, str | None]]:
    return quote_speakers(HEADLINE + text, language)


def speakers(text: str, language: str | None = None) -> list[str | None]:
    return article_speakers(HEADLINE + text, language)


# (language, paragraph, speakers): the object of the subject's verb may be meant (bad shape:
# the subject was given), side by side with the shapes where the subject stays
PRONOUNS = [
    (None, 'Sam Hale met Chancellor Robin Ruiz on Monday. "The budget is ready," she said.', ["she"]),
    (None, 'Robin Ruiz thanked Sam Hale. "She saved my life," he said.', ["he"]),
    (None, 'Robin Ruiz thanked Sam Hale. "He saved my life," she said.', ["she"]),
    # (the same with given names of one sex each, GIVEN_NAMES: the one of the pronoun's)
    (None, 'Tom Hale met Chancellor Ana Ruiz on Monday. "The budget is ready," she said.', ["Ana Ruiz"]),
    (None, 'Ana Ruiz thanked Tom Hale. "She saved my life," he said.', ["Tom Hale"]),
    (None, 'Ana Ruiz thanked Tom Hale. "He saved my life," she said.', ["Ana Ruiz"]),
    # (near-misses: no one after the verb, someone set off by a comma, a gender the text shows)
    (None, 'Ana Ruiz met the board on Monday. "The budget is ready," she said.', ["Ana Ruiz"]),
    (None, 'Ana Ruiz, an adviser to Tom Hale, spoke first. "The budget is ready," she said.', ["Ana Ruiz"]),
    (None, 'Mrs. Ana Ruiz met Tom Hale on Monday. "The budget is ready," she said.', ["Ana Ruiz"]),
    (None, 'Sam Hale met Robin Ruiz, who had flown in from Lima. "The budget is ready," he said.', ["he"]),
    (None, 'Tom Hale met Ana Ruiz, who had flown in from Lima. "The budget is ready," he said.', ["Tom Hale"]),
    ("fr", "Jean Morel a rencontré Claire Vidal. « Rien n'a changé », a-t-elle dit.", [None]),
    ("de", "Eike Vogt traf Kim Keller. „Wir sind einig“, sagte sie.", [None]),
    ("es", "Andrea Vega se reunió con Guadalupe Gil. «Hay acuerdo», dijo ella.", [None]),
    ("fr", "Paul Morel a rencontré Claire Vidal. « Rien n'a changé », a-t-elle dit.", ["Claire Vidal"]),
    ("de", "Jonas Vogt traf Anna Keller. „Wir sind einig“, sagte sie.", ["Anna Keller"]),
    ("es", "Luis Vega se reunió con Marta Gil. «Hay acuerdo», dijo ella.", ["Marta Gil"]),
    ("es", "Luis Vega se reunió con la junta. «Hay acuerdo», dijo él.", ["Luis Vega"]),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), PRONOUNS)
def test_pronoun_with_a_rival_object(language: str | None, paragraph: str, expected: list[str | None]) -> None:
    assert speakers(paragraph, language) == expected


# "según" and a speech verb alone: as the subject said, never the verb as the source
ACCORDING = [
    (
        'Luis Vega anunció una reforma que, según dijo, "pondrá a pagar a los que más tienen".',
        [("pondrá a pagar a los que más tienen", "Luis Vega")],
    ),
    ('Según dijo, "pondrá a pagar a los que más tienen".', [("pondrá a pagar a los que más tienen", None)]),
    (
        'La reforma, según explicó la ministra Marta Gil, "pondrá a pagar a los que más tienen".',
        [("pondrá a pagar a los que más tienen", "Marta Gil")],
    ),
    (
        'La reforma, según la ministra Marta Gil, "pondrá a pagar a los que más tienen".',
        [("pondrá a pagar a los que más tienen", "Marta Gil")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), ACCORDING)
def test_according_to_a_bare_verb(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(paragraph, "es") == expected


@pytest.mark.parametrize("blank", ["\x1c", "\x1d", "\x1e", "\x1f", " ", "\t", "\xa0"])
def test_every_whitespace_ends_a_speaker(blank: str) -> None:
    text = (
        '"We have never seen a summer like this," said Marco Bianchi, a farmer near Naples.'
        + blank
        + "Bianchi said the harvest would be the smallest in a decade."
    )
    article = newsparse.parse_article(text)
    assert [(q.text, q.speaker and q.speaker.name) for q in article.quotes][-1] == (
        "the harvest would be the smallest in a decade",
        "Marco Bianchi",
    )
    assert article.span_mismatches() == []


# a passive of a speech verb before an infinitive: what others say of the subject
RAISED = [
    ("Ruiz is said to have lied to the committee about the payments.", [None]),
    ("He is believed to have met the rebels twice.", [None]),
    ("The minister was widely said to have resigned in anger.", [None]),
    ("The minister is alleged to have taken bribes from the firm.", [None]),
    # (near-misses: an active verb before the infinitive, a progressive, and the agent's own cue)
    ("Ruiz vowed to block the nominee.", ["Ruiz"]),
    ("Ruiz is promising to block the nominee.", ["Ruiz"]),
    ("Ruiz claimed to have voted twice.", ["Ruiz"]),
    ("Ruiz is said to be ready to quit, aides said.", ["aides"]),
]


@pytest.mark.parametrize(("paragraph", "expected"), RAISED)
def test_raised_passive(paragraph: str, expected: list[str | None]) -> None:
    assert speakers(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the cue inside the infinitive: its words, not "to have said ..."
        ("He is believed to have said the plan was a disaster.", [("the plan was a disaster", None)]),
        ("She is thought to have told aides that the plan was dead.", [("the plan was dead", None)]),
        # (near-miss: no cue inside the infinitive, the words as they were)
        ("Ruiz is said to have lied to the committee.", [("to have lied to the committee", None)]),
    ],
)
def test_raised_passive_words(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(paragraph) == expected
