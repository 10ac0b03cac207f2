"""Speakers of constructions a review of the stop-15 change found read wrongly, each table with
the shapes the rule was made for beside the ones it broke."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser
from quote_cases import quote_speakers as speakers

# A verb joined by "and" to an earlier verb shares that verb's subject, not the subject of a
# relative clause without its pronoun standing between them.
COORDINATED = [
    ('Dana Reyes thanked the nurses the county hired and called them "lifesavers."\n', [("lifesavers.", "Dana Reyes")]),
    ('The governor vetoed the budget the Assembly approved and called it "a fantasy."\n', [("a fantasy.", "The governor")]),
    ('Reyes backed the route Okafor proposed and called it "the only option."\n', [("the only option.", "Reyes")]),
    ('Reyes thanked the nurses and called them "lifesavers."\n', [("lifesavers.", "Reyes")]),
    ('Reyes left the hearing early and called the ruling "a farce."\n', [("a farce.", "Reyes")]),
    ('A judge in Nevada dismissed the case and called the claims "baseless."\n', [("baseless.", "A judge in Nevada")]),
    ('Former senator Ruth Gale toured the plant and called it "a model."\n', [("a model.", "Ruth Gale")]),
    ('The party chairman Okafor toured the plant and called it "a model."\n', [("a model.", "Okafor")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_a_joined_verb_shares_the_subject_of_the_main_clause(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers(text) == expected


# A participle after a document: its reader speaks for nobody, so after a verb of getting hold of
# the document the document speaks; after a verb that may voice it or only sees it, never.
DOCUMENTS = [
    ("The council clerk read a notice saying the bridge would close.\n", "a notice", False),
    ("Reyes read out a letter saying the bridge would close.\n", "a letter", False),
    ("The minister saw a survey saying prices had fallen.\n", "a survey", False),
    ("Reyes opened an email saying the bridge would close.\n", "an email", False),
    ("Reyes came upon a memo saying the bridge would close.\n", "a memo", False),
    ("Reyes issued a statement saying the bridge would close.\n", "a statement", False),
    ("Tenants got a notice on Monday saying the rent would rise.\n", "a notice", True),
    ("Reyes received an email from the county saying the bridge would close.\n", "an email", True),
    ("Reyes came across a memo saying the bridge would close.\n", "a memo", True),
    ("Reporters obtained a memo saying the bridge would close.\n", "a memo", True),
    ("Inspectors found a note saying the bridge would close.\n", "a note", True),
]


@pytest.mark.parametrize(("text", "document", "speaks"), DOCUMENTS)
def test_a_document_speaks_only_after_a_verb_of_getting_it(text: str, document: str, speaks: bool) -> None:
    named = [speaker for _, speaker in speakers(text)]
    if speaks:
        assert named == [document]
    else:
        assert document not in named


# An appositive without an article describes the name before it only when it is a role: a title
# followed by another name opens a list of people instead.
APPOSITIVES = [
    ('Maria Lund, Governor Okafor and the fire chief toured the site.\n\n"It is contained," the fire chief said.\n', "the fire chief"),
    ('Maria Lund, Senator Okafor and the mayor toured the site.\n\n"It is contained," the mayor said.\n', "the mayor"),
    ('Maria Lund, Governor of the central bank, toured the site.\n\n"It is contained," the governor said.\n', "Maria Lund"),
    ('Maria Lund, Deputy Governor, toured the site.\n\n"It is contained," the deputy governor said.\n', "Maria Lund"),
    ('Maria Lund, Mayor of Akron, toured the site.\n\n"It is contained," the mayor said.\n', "Maria Lund"),
    ('Maria Lund, fire chief of Akron, toured the site.\n\n"It is contained," the fire chief said.\n', "Maria Lund"),
]


@pytest.mark.parametrize(("text", "speaker"), APPOSITIVES)
def test_a_title_and_a_name_after_a_name_are_another_person(text: str, speaker: str) -> None:
    assert speakers(text) == [("It is contained,", speaker)]


# An article's phrase after a preposition that opens the sentence is its object, no subject:
# the name in apposition after the role speaks ('In a statement, his sister, Hope Rose, said').
PREPOSITION_OBJECT = [
    ('In a statement, his sister, Lena Marsh, said: "Tom was the kindest man."\n', [("Tom was the kindest man.", "Lena Marsh")]),
    (
        "In a statement, Mr Marsh's daughter, Lena Marsh, said: \"He never gave up.\"\n",
        [("He never gave up.", "Lena Marsh")],
    ),
    ('After the hearing, the family lawyer, Omar Haddad, said: "Justice was done."\n', [("Justice was done.", "Omar Haddad")]),
    ('The family lawyer, Omar Haddad, said: "Justice was done."\n', [("Justice was done.", "Omar Haddad")]),
    # a place after a preposition stays the name's (placed_name)
    ('Senator Ana Ortiz in Lyon, a member of the panel, said: "We will vote."\n', [("We will vote.", "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), PREPOSITION_OBJECT)
def test_an_object_of_a_preposition_is_no_subject(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers("Tributes paid\n\n" + text) == expected


# A role that is the subject of a sentence between a named person and a pronoun does not take the
# pronoun from the person the sentence acts on ("The judge asked him to sit").
ROLE_BETWEEN = [
    ('Pete Harlow arrived late. The judge asked him to sit. "I apologise," he said.\n', [("him to sit", "The judge"), ("I apologise,", "Pete Harlow")]),
    (
        'Pete Harlow arrived late. A police officer stopped him at the door. "I live here," he said.\n',
        [("I live here,", "Pete Harlow")],
    ),
    (
        'Ana Ortiz won the race. A journalist asked her how she felt. "Tired," she said.\n',
        [("how she felt", "A journalist"), ("Tired,", "Ana Ortiz")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_BETWEEN)
def test_a_role_acting_on_the_named_person_does_not_take_the_pronoun(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert speakers("Court news\n\n" + text) == expected


# A speech verb between "según" and its source is no part of the source (a new user's trial).
SEGUN = [
    ("Según explicó la ministra, el plan costará 200 millones de euros.", ("el plan costará 200 millones de euros", "la ministra")),
    ("Según informó la policía, el sospechoso huyó a pie.", ("el sospechoso huyó a pie", "la policía")),
    ("Según declaró Ana Ruiz, la obra terminará en mayo.", ("la obra terminará en mayo", "Ana Ruiz")),
    ("Según la ministra, el plan costará 200 millones de euros.", ("el plan costará 200 millones de euros", "la ministra")),
]


@pytest.mark.parametrize(("text", "expected"), SEGUN)
def test_a_speech_verb_after_segun_is_no_part_of_the_source(text: str, expected: tuple[str, str]) -> None:
    quotes = ArticleParser(language="es").parse("Huelga\n\n" + text + "\n").quotes
    assert [(q.text, q.speaker.mention if q.speaker else None) for q in quotes] == [expected]
