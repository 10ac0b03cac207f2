"""fixD52 (stop 45): reported speech and speakers a new user found wrong."""

from __future__ import annotations

import pytest

from newsparse import parse_article

HEADLINE = "Ferry fares to rise by a fifth\n\n"


def quotes_of(sentence: str) -> list[tuple[str, str | None]]:
    """The (words, speaker's name) of every quote in an article of *sentence* under a headline."""
    article = parse_article(HEADLINE + sentence)
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in article.quotes]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a transitive verb no list holds, right before a pronoun in the object case, after an aside
        ("The woman, who lives nearby, said the guards beat her.", [("the guards beat her", "The woman")]),
        ("The man, who lives nearby, said the guards beat him.", [("the guards beat him", "The man")]),
        ("The nurse, a mother of three, said the soldiers shot them with rifles.",
         [("the soldiers shot them with rifles", "The nurse")]),
        ("The farmer, who was there, said the police hurt him badly.", [("the police hurt him badly", "The farmer")]),
        # (precision: a preposition, a participle or a possessive before the pronoun makes no verb)
        ("The pastor, who had driven all night, said a prayer for her.", []),
        ("The pastor, who had driven all night, said a prayer thanking them.", []),
        ("The pastor, who had driven all night, said a prayer her mother taught.", []),
        ("The pastor, who had driven all night, said goodbye to them.", []),
    ],
)
def test_verb_before_object_pronoun(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an appositive with a relative clause whose closing comma is missing: the name speaks
        ("Lars Eriksen, a biologist at the University of Oslo who has tracked the herd for a decade said the "
         "herd was shrinking.", [("the herd was shrinking", "Lars Eriksen")]),
        ("Ana Ruiz, an engineer with the county who has inspected the dam for years said the spillway "
         "was cracked.", [("the spillway was cracked", "Ana Ruiz")]),
        ("Tom Berg, a friend of the mayor who lives nearby said the plan would fail.",
         [("the plan would fail", "Tom Berg")]),
        # an age set off by commas between the name and its appositive or relative clause
        ("Tom Reed, 71, a retired teacher who lives in Portland said the bridge was unsafe.",
         [("the bridge was unsafe", "Tom Reed")]),
        ("Mary Jones, 71, who has lived on the street since 1962 said the noise was unbearable.",
         [("the noise was unbearable", "Mary Jones")]),
        ("Lena Moss, 34, the pollster who founded a survey firm said the count was flawed.",
         [("the count was flawed", "Lena Moss")]),
        # (precision: a year is no age; no name before the appositive)
        ("Tom Reed, 1962, a teacher who lives nearby said the plan would fail.",
         [("the plan would fail", "a teacher who lives nearby")]),
        ("The union, a group of workers who strike often said the plan would fail.",
         [("the plan would fail", "a group of workers who strike often")]),
    ],
)
def test_name_before_described_relative(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two owners joined before a role after an inverted cue: the role's holder speaks
        ('"We will appeal," said Acme and Globex chief Ana Ruiz.', [("We will appeal,", "Ana Ruiz")]),
        ('"We will appeal," said Smith & Wesson chairman Tom Berg.', [("We will appeal,", "Tom Berg")]),
        ('"We will appeal," said Acme and Globex Media president Lena Moss.', [("We will appeal,", "Lena Moss")]),
        # (precision: two people joined, an owner's name alone)
        ('"We will appeal," said Ana Ruiz and Tom Berg.', [("We will appeal,", "Ana Ruiz and Tom Berg")]),
        ('"We will appeal," said Smith & Wesson.', [("We will appeal,", "Smith & Wesson")]),
        ('"We will appeal," said Ana Ruiz and Globex chief Tom Berg.', [("We will appeal,", "Ana Ruiz")]),
    ],
)
def test_joined_owners_before_role(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the thing a passive cue reports closes no one's words
        ("Storm floods the coast, no casualties reported\n\nA storm hit the coast on Monday.\n", []),
        (HEADLINE + "A storm hit the coast, no injuries were reported.", []),
        (HEADLINE + "A storm hit the coast, no deaths were immediately reported.", []),
        (HEADLINE + "A storm hit the coast, but damage was reported.", []),
        # (precision: people, a pronoun or a body report the words)
        (HEADLINE + "The port will reopen, officials were told.", [("The port will reopen", "told", None)]),
        (HEADLINE + "Three people died, it was reported.", [("Three people died", "reported", None)]),
        (HEADLINE + "Smoke rose over the port, the regional government was quoted as saying.",
         [("Smoke rose over the port", "quoted as saying", "the regional government")]),
        (HEADLINE + "Smoke rose over the port, the Tuva ministry was quoted as saying.",
         [("Smoke rose over the port", "quoted as saying", "Tuva ministry")]),
        (HEADLINE + "The bridge is closed, the ministry reported.", [("The bridge is closed", "reported", "the ministry")]),
        (HEADLINE + "The bridge is closed, officials reported.", [("The bridge is closed", "reported", "officials")]),
    ],
)
def test_reported_thing_is_no_speaker(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    article = parse_article(text)
    assert [(q.text, q.cue, q.speaker.name if q.speaker is not None else None) for q in article.quotes] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an outlet told, named after its noun and modifiers, is no part of the words
        ("Lena Moss told Danish broadcaster DR she was shocked.", [("she was shocked", "Lena Moss")]),
        ("The minister told the Dutch newspaper De Telegraaf he would resign.", [("he would resign", "The minister")]),
        ("Tom Berg told public broadcaster NHK the plant was safe.", [("the plant was safe", "Tom Berg")]),
        ("Tom Berg told news agency Reuters on Monday that the plant was safe.", [("the plant was safe", "Tom Berg")]),
        # (precision: capitalised words that open the clause told are its subject, not the outlet)
        ("The official told state media Ana Ruiz had approved the plan.",
         [("Ana Ruiz had approved the plan", "The official")]),
        ("Tom Berg told the radio station the plant was safe.", [("the plant was safe", "Tom Berg")]),
    ],
)
def test_outlet_told_before_words(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(sentence) == expected
