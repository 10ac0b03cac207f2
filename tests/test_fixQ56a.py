"""A new user's wrong and missing English quotes (trial 56, issue 5): a second report after a role,
a name and a relative clause set off by commas; a single letter that ends a sentence; a name after
a role ``Minister of <Noun>``.  Each row is one paragraph under a plain headline and the exact
``(text, kind, speaker name, speaker mention)`` tuples that must come out, in order."""

from __future__ import annotations

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]


def quotes_of(paragraph: str, language: str | None = None) -> list[Row]:
    return mention_rows(paragraph, language, headline="County news")


SECOND_REPORT_AFTER_RELATIVE = [
    # a role before the second name and a relative clause set off by commas (was: one quote for the
    # first speaker holding both reports)
    ("The mayor said the plan would fail, while opposition leader Ana Ruiz, whose group voted against it, "
     "said it would work.",
     [("the plan would fail", R, "The mayor", "The mayor"), ("it would work", R, "Ana Ruiz", "Ana Ruiz")]),
    ("Okada said the turnout was low, while party leader Ken Mori, whose seat was safe, said it was only the start.",
     [("the turnout was low", R, "Okada", "Okada"), ("it was only the start", R, "Ken Mori", "Ken Mori")]),
    ("The mayor said the plan would fail, but union chief Tom Berg, who was present, said it would work.",
     [("the plan would fail", R, "The mayor", "The mayor"), ("it would work", R, "Tom Berg", "Tom Berg")]),
    # the same in French: a join of two words and an auxiliary before the cue
    ("Le ministre a déclaré que l'État interviendrait dans le dossier, tandis que la présidente de région, qui était "
     "présente, a affirmé qu'elle s'y opposerait.",
     [("l'État interviendrait dans le dossier", R, "Le ministre", "Le ministre"),
      ("elle s'y opposerait", R, "la présidente de région", "la présidente de région")]),
    ("Le ministre a déclaré que l'État interviendrait dans le dossier, tandis que Marie Dupont, qui était présente, "
     "a affirmé qu'elle s'y opposerait.",
     [("l'État interviendrait dans le dossier", R, "Le ministre", "Le ministre"),
      ("elle s'y opposerait", R, "Marie Dupont", "Marie Dupont")]),
    # precision: a relative clause on a noun inside the words, no second cue, keeps them whole
    ("The mayor said the plan for Tom Berg, whose house burned, would fail.",
     [("the plan for Tom Berg, whose house burned, would fail", R, "The mayor", "The mayor")]),
    ("The mayor said the report on Ana Ruiz, whose firm won the contract, was late.",
     [("the report on Ana Ruiz, whose firm won the contract, was late", R, "The mayor", "The mayor")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), SECOND_REPORT_AFTER_RELATIVE)
def test_second_report_after_relative(paragraph: str, expected: list[Row]) -> None:
    language = "fr" if paragraph.startswith("Le ") else None
    assert quotes_of(paragraph, language) == expected


SINGLE_LETTER_ENDS_SENTENCE = [
    # a single capital and its point before a sentence that opens with a determiner end that sentence
    # (was: the second quotation given to the first sentence's speaker)
    ('"Peace is possible," Anne Morel wrote on X. The decision was "a reward for terror", Tom Berg said.',
     [("Peace is possible,", D, "Anne Morel", "Anne Morel"), ("a reward for terror", D, "Tom Berg", "Tom Berg")]),
    ('"Peace is possible," Anne Morel wrote on X. The decision was "a reward for terror," said Tom Berg.',
     [("Peace is possible,", D, "Anne Morel", "Anne Morel"), ("a reward for terror,", D, "Tom Berg", "Tom Berg")]),
    ('"We need a backup," Ana Ruiz said of Plan B. The deal was "not enough", Tom Berg said.',
     [("We need a backup,", D, "Ana Ruiz", "Ana Ruiz"), ("not enough", D, "Tom Berg", "Tom Berg")]),
    # precision: an initial before a surname, or before a given name and a surname, stays inside the name
    ("Acme Co chairman J. Hugh Lund said the company had made several proposals.",
     [("the company had made several proposals", R, "J. Hugh Lund", "Acme Co chairman J. Hugh Lund")]),
    ("Michael J. Fox said the disease had changed his life.",
     [("the disease had changed his life", R, "Michael J. Fox", "Michael J. Fox")]),
    ('"We will win," said Harry S. Truman. He said the war was over.',
     [("We will win,", D, "Harry S. Truman", "Harry S. Truman"), ("the war was over", R, "Harry S. Truman", "He")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), SINGLE_LETTER_ENDS_SENTENCE)
def test_single_letter_ends_sentence(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


NAME_AFTER_PORTFOLIO = [
    # a title, "of" and a portfolio's word that names a body too (was: the role kept in the name)
    ("Minister of Media Salman bin Yousef Al-Dossary said the Cabinet had approved the strategy.",
     [("the Cabinet had approved the strategy", R, "Salman bin Yousef Al-Dossary",
       "Minister of Media Salman bin Yousef Al-Dossary")]),
    ("Minister of Media Tom Berg said the Cabinet had approved the strategy.",
     [("the Cabinet had approved the strategy", R, "Tom Berg", "Minister of Media Tom Berg")]),
    ("Secretary of Energy Jennifer Granholm said the grid was ready.",
     [("the grid was ready", R, "Jennifer Granholm", "Secretary of Energy Jennifer Granholm")]),
    ("Minister of Finance Salman bin Yousef Al-Dossary said the Cabinet had approved the strategy.",
     [("the Cabinet had approved the strategy", R, "Salman bin Yousef Al-Dossary",
       "Minister of Finance Salman bin Yousef Al-Dossary")]),
    # precision: no title before "of", or a title after it, leaves the phrase to the other rules
    ("The wife of Media Tom Berg said the talks would go on.",
     [("the talks would go on", R, "The wife of Media Tom Berg", "The wife of Media Tom Berg")]),
    ("A spokesman for Mayor Ana Ortiz said the budget was fine.",
     [("the budget was fine", R, "A spokesman for Mayor Ana Ortiz", "A spokesman for Mayor Ana Ortiz")]),
    ("Ursula von der Leyen said the deal was done.",
     [("the deal was done", R, "Ursula von der Leyen", "Ursula von der Leyen")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), NAME_AFTER_PORTFOLIO)
def test_name_after_portfolio(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


PLACE_BEFORE_BARE_CLAUSE = [
    # a place where the speaker spoke, between the cue and its clause, is no part of the words (was:
    # "outside court the family was relieved"), after the one told too (was: no quote)
    ("Rohatgi's junior, Ananya Rohatgi, said outside court the family was relieved.",
     [("the family was relieved", R, "Ananya Rohatgi", "Ananya Rohatgi")]),
    ("Ana Ruiz said outside the district court the family was relieved.",
     [("the family was relieved", R, "Ana Ruiz", "Ana Ruiz")]),
    ("Mr Kaine told reporters outside court the workers felt relieved.",
     [("the workers felt relieved", R, "Kaine", "Mr Kaine")]),
    ("Ana Ruiz said at the hearing the family was relieved.", [("the family was relieved", R, "Ana Ruiz", "Ana Ruiz")]),
    # precision: "outside" as an adjective, or as the clause's own place, stays in the words
    ("Ana Ruiz said outside experts had found the flaw.",
     [("outside experts had found the flaw", R, "Ana Ruiz", "Ana Ruiz")]),
    ("Ana Ruiz said outside the court was a crowd of reporters.",
     [("outside the court was a crowd of reporters", R, "Ana Ruiz", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PLACE_BEFORE_BARE_CLAUSE)
def test_place_before_bare_clause(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


SEMICOLON_BEFORE_CLOSING_ATTRIBUTION = [
    # a report of its own before a semicolon: the closing attribution's words are the clause after it
    # (was: "His wife, Julia Schwanholz, has written that ...; she was not ...", Pistorius's)
    ("Defence Minister Boris Pistorius said the army would recruit. His wife, Julia Schwanholz, has written that "
     "the army lacks personnel; she was not involved in the plan, he said.",
     [("the army would recruit", R, "Boris Pistorius", "Defence Minister Boris Pistorius"),
      ("the army lacks personnel", R, "Julia Schwanholz", "Julia Schwanholz"),
      ("she was not involved in the plan", R, "Boris Pistorius", "he")]),
    ("Ana Ruiz said that the army lacks personnel; the new plan would surely fail, she added.",
     [("the army lacks personnel", R, "Ana Ruiz", "Ana Ruiz"),
      ("the new plan would surely fail", R, "Ana Ruiz", "she")]),
    # precision: no semicolon, or no cue before it, keeps the words whole
    ("Lars Berg said the plan would fail, he added.", [("the plan would fail", R, "Lars Berg", "Lars Berg")]),
    ("The army lacks personnel; she was not involved in the plan, he said.",
     [("The army lacks personnel; she was not involved in the plan", R, "he", "he")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), SEMICOLON_BEFORE_CLOSING_ATTRIBUTION)
def test_semicolon_before_closing_attribution(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


PERFECT_WRITTEN = [
    # "written" after a perfect's auxiliary is a cue (was: no quote)
    ("Julia Schwanholz has written that the army lacks personnel.",
     [("the army lacks personnel", R, "Julia Schwanholz", "Julia Schwanholz")]),
    ("Critics have written that the plan would fail.", [("the plan would fail", R, "Critics", "Critics")]),
    # precision: a thing written, or "written" as an adjective, is no report
    ("Julia Schwanholz has written two books about the army.", []),
    ("In a written statement, Julia Schwanholz said the army lacks personnel.",
     [("the army lacks personnel", R, "Julia Schwanholz", "Julia Schwanholz")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PERFECT_WRITTEN)
def test_perfect_written(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


QUOTED_BY_AGENT = [
    # a passive quoting phrase with its agent between: the one quoted speaks (was: no quote)
    ("Rahul Gandhi was quoted by ANI as saying the government had failed.",
     [("the government had failed", R, "Rahul Gandhi", "Rahul Gandhi")]),
    ("The minister was quoted by state media as saying the talks would resume.",
     [("the talks would resume", R, "The minister", "The minister")]),
    ("Rahul Gandhi was cited by the agency as saying the government had failed.",
     [("the government had failed", R, "Rahul Gandhi", "Rahul Gandhi")]),
    # precision: a pronoun quoted so is left unread (after a spokesman's words about "him", too often the spokesman)
    ('The spokesman said "He continues to be interested." He was quoted by a magazine as saying he had the support '
     "of two banks.",
     [("He continues to be interested.", D, "The spokesman", "The spokesman")]),
    # near-miss: the active quoting phrase names the one quoted after the verb
    ("The paper quoted Ana Ruiz as saying the plan would fail.", [("the plan would fail", R, "Ana Ruiz", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), QUOTED_BY_AGENT)
def test_quoted_by_agent(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


ACRONYM_ROLE_SUBJECT = [
    # a body's initials and a role before the name that opens the sentence (was: no quote)
    ("AIMIM chief Asaduddin Owaisi tore a copy of the bill in protest, saying it was an attack on Muslims.",
     [("it was an attack on Muslims", R, "Asaduddin Owaisi", "AIMIM chief Asaduddin Owaisi")]),
    ("NDA spokesman Tom Berg tore up the letter, saying it was a forgery.",
     [("it was a forgery", R, "Tom Berg", "NDA spokesman Tom Berg")]),
    # precision: initials before a plural noun name no one
    ("NATO troops tore down the fence, saying it was unsafe.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), ACRONYM_ROLE_SUBJECT)
def test_acronym_role_subject(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


PRONOUN_BY_GENDER = [
    # two people named by an honorific and a surname only: the pronoun's gender settles which (was: "He")
    ('Ms Khan said she would raise the issue, while her colleague Mr Patel said the operator should lose its '
     'franchise. He added: "Enough is enough."',
     [("she would raise the issue", R, "Khan", "Ms Khan"),
      ("the operator should lose its franchise", R, "Patel", "her colleague Mr Patel"), ("Enough is enough.", D, "Patel", "He")]),
    ('Ms Khan said she would raise the issue, while her colleague Mr Patel said the operator should lose its '
     'franchise. She added: "Enough is enough."',
     [("she would raise the issue", R, "Khan", "Ms Khan"),
      ("the operator should lose its franchise", R, "Patel", "her colleague Mr Patel"), ("Enough is enough.", D, "Khan", "She")]),
    # a possessive, a role and a full name open the sentence: that person, someone else's co-leader (was: "He")
    ("Green party co-leader Franziska Brantner accused the government of neglecting climate protection. She said "
     'the budget was "a missed opportunity". Her co-leader Felix Banaszak agreed. He said Germany needed both.',
     [('the budget was "a missed opportunity"', M, "Franziska Brantner", "She"),
      ("Germany needed both", R, "Felix Banaszak", "He")]),
    ('Anna Weber accused the government of neglect. She said the budget was "a missed opportunity". Her deputy '
     "Tom Berg agreed. He said Germany needed both.",
     [('the budget was "a missed opportunity"', M, "Anna Weber", "She"), ("Germany needed both", R, "Tom Berg", "He")]),
    # precision: two of one gender, or the pronoun of both the owner and the one named, stay unresolved; so does
    # a pronoun after a sentence whose joined clause names someone else of its gender (was: the first subject)
    ('Mr Singh said he would raise the issue, while his colleague Mr Patel said the operator should lose its '
     'franchise. He added: "Enough is enough."',
     [("he would raise the issue", R, "Singh", "Mr Singh"),
      ("the operator should lose its franchise", R, "Patel", "his colleague Mr Patel"), ("Enough is enough.", D, "He", "He")]),
    ('Tom Berg said he would raise the issue, while his colleague Raj Patel said the operator should lose its '
     'franchise. He added: "Enough is enough."',
     [("he would raise the issue", R, "Tom Berg", "Tom Berg"),
      ("the operator should lose its franchise", R, "Raj Patel", "his colleague Raj Patel"),
      ("Enough is enough.", D, "He", "He")]),
    # near-misses: a list's last item after "and" is no joined clause's subject, and a joined clause's subject of
    # the other gender leaves the first subject the pronoun's
    ("Ana Ortiz filed a lawsuit against the county, its sheriff Tom Hale, and the University of North Dakota. She "
     "said the county had failed its students.",
     [("the county had failed its students", R, "Ana Ortiz", "She")]),
    ('Tom Berg said he would raise the issue, while his colleague Ana Ruiz said the operator should lose its '
     'franchise. He added: "Enough is enough."',
     [("he would raise the issue", R, "Tom Berg", "Tom Berg"),
      ("the operator should lose its franchise", R, "Ana Ruiz", "his colleague Ana Ruiz"),
      ("Enough is enough.", D, "Tom Berg", "He")]),
    ('Ms Khan said she would raise the issue. He added: "Enough is enough."',
     [("she would raise the issue", R, "Khan", "Ms Khan"), ("Enough is enough.", D, "He", "He")]),
    ('Anna Weber accused the government of neglect. She said the budget was "a missed opportunity". Her deputy '
     "Maria Schulz agreed. She said Germany needed both.",
     [('the budget was "a missed opportunity"', M, "Anna Weber", "She"), ("Germany needed both", R, "She", "She")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PRONOUN_BY_GENDER)
def test_pronoun_by_gender(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected
