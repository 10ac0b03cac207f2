"""Issue 5, quote precision: no wrong speaker and no stray quote where a sentence's grammar points
away from a name (a possessor, an organisation between a person and a pronoun, a relative clause
set off by commas, a question that opens the sentence, a long appositive).  Invented stories
(sport, courts, business); each case is the text after a plain headline and the exact ``(text,
kind, speaker name)`` triples that must come out, in order (a pronoun nobody is sure of keeps
its mention as the name)."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import QuoteKind
from quote_cases import kind_rows as quotes_of

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED
Triple = tuple[str, QuoteKind, "str | None"]


# the person named in the possessive is not the subject: a pronoun after it is not that person
POSSESSORS = [
    ("Marta Kowalczyk's lawyer addressed the jury first. “My client never saw the money,” she said.",
     [("My client never saw the money,", D, "she")]),
    ("Jonas Abebe's agent met the club on Friday. “There is no offer on the table,” he said.",
     [("There is no offer on the table,", D, "he")]),
    ("Priya Andrews' coach watched from the stands. “She ran a perfect race,” he said.",
     [("She ran a perfect race,", D, "he")]),
    # the person as the subject still resolves
    ("Marta Kowalczyk addressed the jury first. “I never saw the money,” she said.",
     [("I never saw the money,", D, "Marta Kowalczyk")]),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSORS)
def test_a_possessor_is_not_the_subject(text: str, expected: list[Triple]) -> None:
    assert quotes_of(text) == expected


# an organisation as the last subject before a pronoun: the pronoun has no sure referent
ORGANISATION_SUBJECTS = [
    ("“We were unlucky,” said Jonas Abebe.\n\nBrightwater Holdings apologised on Monday. “We regret the delay,” he said.",
     [("We were unlucky,", D, "Jonas Abebe"), ("We regret the delay,", D, "he")]),
    ("Marta Kowalczyk said the appeal was ready. The Harbour Authority refused to comment. “It is a matter for the court,” she said.",
     [("the appeal was ready", R, "Marta Kowalczyk"), ("It is a matter for the court,", D, "she")]),
    # an organisation word before a role and a name: the person is the subject
    ("Brightwater Holdings chief executive Jonas Abebe apologised on Monday. “We regret the delay,” he said.",
     [("We regret the delay,", D, "Jonas Abebe")]),
]


@pytest.mark.parametrize(("text", "expected"), ORGANISATION_SUBJECTS)
def test_an_organisation_subject_before_a_pronoun(text: str, expected: list[Triple]) -> None:
    assert quotes_of(text) == expected


# a cue inside a relative clause set off by commas reports only what stands inside the clause
RELATIVE_CLAUSES = [
    ("Marta Kowalczyk, who had said nothing all day, apologised to the court.", []),
    ("The goalkeeper, who has said the pitch was dangerous, refused to play on Saturday.",
     [("the pitch was dangerous", R, "The goalkeeper")]),
    ("Jonas Abebe, who told reporters the merger was off, left the building by a side door.",
     [("the merger was off", R, "Jonas Abebe")]),
    ("The judge, who said after the hearing that the case was closed, declined to comment further.",
     [("the case was closed", R, "The judge")]),
    # a comma inside the reported words that no main verb follows does not end them
    ("The chairman, who said the club was in trouble, deep trouble, resigned on Friday.",
     [("the club was in trouble, deep trouble", R, "The chairman")]),
    # a relative clause before the cue leaves the main clause's speech alone
    ("Marta Kowalczyk, who was elected in May, said the budget would be cut.",
     [("the budget would be cut", R, "Marta Kowalczyk")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CLAUSES)
def test_a_cue_inside_a_relative_clause(text: str, expected: list[Triple]) -> None:
    assert quotes_of(text) == expected


# a pronoun that is the verb's object, not a clause's subject, reports nothing
OBJECT_PRONOUNS = [
    ("The striker said nothing about the transfer on Monday.", []),
    ("The defendant said little during the two-hour hearing.", []),
    # with a verb right behind it the pronoun opens the clause
    ("The striker said nothing had changed since the summer.", [("nothing had changed since the summer", R, "The striker")]),
    ("The chief executive said everything was on the table.", [("everything was on the table", R, "The chief executive")]),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_PRONOUNS)
def test_an_object_pronoun_after_a_bare_cue(text: str, expected: list[Triple]) -> None:
    assert quotes_of(text) == expected


# a place or a body after "of" or "in" inside an appositive is not the speaker
PLACED_NAMES = [
    ("Senator Marta Kowalczyk, Democrat of Ohio, a member of the finance committee, said the bill was dead.",
     [("the bill was dead", R, "Marta Kowalczyk")]),
    ("Coach Tomas Lindqvist, formerly of Malmo, a two-time league winner, said the squad was too thin.",
     [("the squad was too thin", R, "Tomas Lindqvist")]),
    # a person's name before "of" and the place: the person speaks
    ("Aides to Gov. Jonas Abebe of Vermont, a former judge, said the veto was certain.",
     [("the veto was certain", R, "Jonas Abebe")]),
    # an appositive after the name itself still gives the name
    ("The goalkeeper, Priya Andrews, a former captain, said the pitch was dangerous.",
     [("the pitch was dangerous", R, "Priya Andrews")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACED_NAMES)
def test_a_place_in_an_appositive_is_not_the_speaker(text: str, expected: list[Triple]) -> None:
    assert quotes_of(text) == expected


# a relative pronoun stands for the name at the end of a clause, not the whole clause: the
# speaker's mention is the name alone
ANTECEDENTS = [
    ("The logic of the ruling escapes Kowalczyk, who says the court ignored the evidence.",
     [("the court ignored the evidence", "Kowalczyk", "Kowalczyk")]),
    ("The silence in the dressing room worried Tomas Lindqvist, who said the players had lost faith.",
     [("the players had lost faith", "Tomas Lindqvist", "Tomas Lindqvist")]),
    ("The takeover surprised Jonas Abebe, who says the board was never consulted.",
     [("the board was never consulted", "Jonas Abebe", "Jonas Abebe")]),
    # a name with its title, or two names joined, is the whole antecedent
    ("Marta Kowalczyk and Tomas Lindqvist, who say the deal is unfair, will appeal.",
     [("the deal is unfair", "Marta Kowalczyk and Tomas Lindqvist", "Marta Kowalczyk and Tomas Lindqvist")]),
    ("Mr. Abebe of the Harbour Trust, who said the river was polluted, called for an inquiry.",
     [("the river was polluted", "Abebe", "Mr. Abebe of the Harbour Trust")]),
]


@pytest.mark.parametrize(("text", "expected"), ANTECEDENTS)
def test_the_antecedent_of_a_relative_pronoun(text: str, expected: list[tuple[str, str, str]]) -> None:
    article = newsparse.parse_article(f"Harbour news\n\n{text}")
    assert [(q.text, q.speaker.name, q.speaker.mention) for q in article.quotes if q.speaker] == expected
    assert len(article.quotes) == len(expected)


# a sentence that opens with the topic of a question reports no words; a question it opens with does
QUESTION_OPENINGS = [
    ("Asked about the vote, Ortiz said: “We will rebuild.”", [("We will rebuild.", "Ortiz")]),
    ("When asked about the transfer fee, the manager smiled and walked away.", []),
    ("Asked whether the plan was dead, Ortiz said it was not.", [("whether the plan was dead", None), ("it was not", "Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), QUESTION_OPENINGS)
def test_a_question_opening_the_sentence(text: str, expected: list[tuple[str, str | None]]) -> None:
    article = newsparse.parse_article(f"Harbour news\n\n{text}\n")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == expected
