"""Cases written for the second part of the mutation pass over stop 17's new code in
``quotes/resolution.py`` (issue 8; see "Mutation testing" in ``docs/testing.md``): the survivors
the first part (``tests/test_mutation_mutD.py``) left unexamined.  Each row is a paragraph written
for one rule and the speakers of all its quotations, the bad reading a mutant gave beside it in a
comment."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser
from newsparse.people import Person
from newsparse.quotes.parser import QuoteParser

HEADLINE = "Harbor board weighs ferry cuts\n\n"


class KeepsNoObject(QuoteParser):
    """A parser that leaves a pronoun as written when the subject's object may be meant too (the
    default since fixT; kept explicit so that the table says what it tests)."""

    SUBJECT_OVER_OBJECT = False


class PrefersSubject(QuoteParser):
    """A parser that gives such a pronoun to the sentence's subject."""

    SUBJECT_OVER_OBJECT = True


def speakers(story: str, parser: ArticleParser | None = None) -> list[tuple[str, str | None]]:
    article = (parser or ArticleParser()).parse(HEADLINE + story + "\n")
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


#: ``nearer_subject`` and the helpers it reads a paragraph with (``named_between``,
#: ``subject_name``, ``read_subjects``): a pronoun after a sentence that opens with someone.
NEARER: list[tuple[str, list[tuple[str, str | None]]]] = [
    # someone named between the subject and the pronoun: the subject is not sure, the last
    # speaker stays (not "Becker")
    (
        '"It is over," Sam Berg said. Mr Becker thanked Alex Grant. "It is not," he said.',
        [("It is over,", "Sam Berg"), ("It is not,", "Sam Berg")],
    ),
    # the same subject with no one after it: its title shows the pronoun's gender, so the subject
    # (fixY: was the last speaker, when "Mr Becker nodded." was read as no subject at all);
    # a title that shows none leaves the last speaker
    (
        '"It is over," Sam Berg said. Mr Becker nodded. "It is not," he said.',
        [("It is over,", "Sam Berg"), ("It is not,", "Becker")],
    ),
    (
        '"It is over," Sam Berg said. Dr Becker nodded. "It is not," he said.',
        [("It is over,", "Sam Berg"), ("It is not,", "Sam Berg")],
    ),
    # a possessor named between is no one else: the subject is read on (not "Sam Berg")
    (
        '"It is over," Sam Berg said. Mr Becker thanked Kim Ortiz\'s lawyer. "It is not," he said.',
        [("It is over,", "Sam Berg"), ("It is not,", "Becker")],
    ),
    # the same person opened a sentence before the last speaker was quoted: that sentence is past,
    # and nothing shows that the nearer one is meant
    (
        'Sam Berg spoke first. "We lost," Kim Ortiz said. Sam Berg stood up. "It is not," he said.',
        [("We lost,", "Kim Ortiz"), ("It is not,", "he")],
    ),
    # a subject that owns "his" in its own sentence shows the gender (each sentence read to its own end)
    (
        '"It is over," Sam Berg said. The mayor read his statement. "It is not," he said.',
        [("It is over,", "Sam Berg"), ("It is not,", "The mayor")],
    ),
    # a subject asked about: its name is read at its own place (a TypeError with no position)
    (
        '"It is over," Sam Berg said. The mayor nodded. Judge Kim Ortiz asked whether he would stay. "I will," he said.',
        [("It is over,", "Sam Berg"), ("whether he would stay", "Kim Ortiz"), ("I will,", "he")],
    ),
]


@pytest.mark.parametrize(("story", "expected"), NEARER)
def test_a_pronoun_after_a_nearer_subject(story: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers(story) == expected


#: ``note_followers`` and ``acts_apart``: someone of the speaker's surname acting after the speaker
#: is no one else (the next paragraph's quotation stays the speaker's), someone of another is.
FOLLOWERS: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        '"We lost," Kim Ortiz said. Ms Ortiz left the hall.\n\n"We will appeal the ruling."',
        [("We lost,", "Kim Ortiz"), ("We will appeal the ruling.", "Kim Ortiz")],
    ),
    (
        '"We lost," Kim Ortiz said. Sam Ortiz left the hall.\n\n"We will appeal the ruling."',
        [("We lost,", "Kim Ortiz"), ("We will appeal the ruling.", "Kim Ortiz")],
    ),
    # the speaker's mention opens the paragraph: the sentences after it are read all the same
    (
        'Kim Ortiz said the vote was lost. Sam Berg left the hall.\n\n"We will appeal the ruling."',
        [("the vote was lost", "Kim Ortiz"), ("We will appeal the ruling.", None)],
    ),
    (
        'Then Kim Ortiz said the vote was lost. Sam Berg left the hall.\n\n"We will appeal the ruling."',
        [("the vote was lost", "Kim Ortiz"), ("We will appeal the ruling.", None)],
    ),
    # someone acting in a sentence that is not the paragraph's last (its subject read to its own end)
    (
        '"We lost," Kim Ortiz said. Sam Berg left the hall. The vote was close.\n\n"We will appeal the ruling."',
        [("We lost,", "Kim Ortiz"), ("We will appeal the ruling.", None)],
    ),
    # the last words compared, whatever the number of words before them
    (
        '"We lost," Kim Ortiz said. Maria Luisa Ortiz left the hall.\n\n"We will appeal the ruling."',
        [("We lost,", "Kim Ortiz"), ("We will appeal the ruling.", "Kim Ortiz")],
    ),
    (
        '"We lost," Kim Maria Ortiz said. Sam Ortiz left the hall.\n\n"We will appeal the ruling."',
        [("We lost,", "Kim Maria Ortiz"), ("We will appeal the ruling.", "Kim Maria Ortiz")],
    ),
    (
        '"We lost," Kim Ortiz said. Sam Berg left the hall.\n\n"We will appeal the ruling."',
        [("We lost,", "Kim Ortiz"), ("We will appeal the ruling.", None)],
    ),
]


@pytest.mark.parametrize(("story", "expected"), FOLLOWERS)
def test_someone_of_the_speakers_surname_acts_after_the_speaker(story: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers(story) == expected


#: ``other_person`` and ``named_after``: a pronoun of the other gender than the one the rules found.
OTHER_PERSON: list[tuple[str, list[tuple[str, str | None]]]] = [
    # the one other person the article describes for the pronoun (not "he", nor "Lena Marsh")
    (
        'Mrs. Kim Ortiz met Mr. Sam Berg and Lena Marsh. "We will appeal," he said.',
        [("We will appeal,", "Sam Berg")],
    ),
    (
        'Mrs. Kim Ortiz sued Mr. Sam Berg, her neighbour. "We will win," he said.',
        [("We will win,", "Sam Berg")],
    ),
    # else the person named right after her (not "he")
    ('Mrs. Kim Ortiz arrived with Sam Berg. "We will appeal," he said.', [("We will appeal,", "Sam Berg")]),
    ('Mrs. Kim Ortiz met Sam Berg. "We will win," he said.', [("We will win,", "Sam Berg")]),
    # unless that one is a possessor (not "Sam Berg": his lawyer may be meant)
    (
        'Mrs. Kim Ortiz thanked Sam Berg\'s lawyer, Alex Grant. "We will win," he said.',
        [("We will win,", "he")],
    ),
]


@pytest.mark.parametrize(("story", "expected"), OTHER_PERSON)
def test_a_pronoun_of_the_other_gender(story: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers(story) == expected


#: ``rival_object`` with ``SUBJECT_OVER_OBJECT`` off (the default): the pronoun as written when the
#: person named after the subject may be meant as well, the subject when the article shows who is
#: meant; switched on, the subject.
RIVAL: list[tuple[str, str | None, str | None]] = [
    ('Kim Ortiz sued Sam Berg in May. "We will win," he said.', "he", "Kim Ortiz"),
    ('Mrs. Kim Ortiz sued Sam Berg in May. "We will win," she said.', "Kim Ortiz", "Kim Ortiz"),  # her gender shown
    # the one named after her described for the pronoun: someone else of that gender either way
    ('Kim Ortiz sued Mrs. Lena Marsh in May. "We will win," she said.', "she", "she"),
    ('Kim Ortiz sued Sam Berg\'s lawyer in May. "We will win," he said.', "Kim Ortiz", "Kim Ortiz"),  # a possessor
    ('Kim Ortiz sued "Sam Berg" in May. "We will win," he said.', "Kim Ortiz", "Kim Ortiz"),  # in quotation marks
]


@pytest.mark.parametrize(("story", "kept", "preferred"), RIVAL)
def test_a_rival_object_when_the_subject_is_not_preferred(story: str, kept: str | None, preferred: str | None) -> None:
    assert speakers(story, ArticleParser(quotes=KeepsNoObject()))[-1][1] == kept
    assert speakers(story)[-1][1] == kept  # (the default)
    assert speakers(story, ArticleParser(quotes=PrefersSubject()))[-1][1] == preferred


#: ``note_clause_gender``: the pronoun a reported clause opens with, noted as its named speaker's,
#: keeps the other pronoun from that speaker; nothing is noted for a speaker written as a pronoun,
#: nor kept when the speaker's clauses opened with both pronouns.
CLAUSES: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "Kim Ortiz told Sam Berg she would resign. He said he was surprised.",
        [("she would resign", "Kim Ortiz"), ("he was surprised", "He")],
    ),
    # the clause's speaker is written "He": its "she" may be Kim Ortiz (not "He" for the last one)
    (
        "Sam Berg arrived. He told Kim Ortiz she would resign. He said he was surprised.",
        [("she would resign", "Sam Berg"), ("he was surprised", "Sam Berg")],
    ),
    # both pronouns open his clauses: nothing sure, the subject stays (not "He")
    (
        "Sam Berg said he would stay. Sam Berg said she had lied. He said he was surprised.",
        [("he would stay", "Sam Berg"), ("she had lied", "Sam Berg"), ("he was surprised", "Sam Berg")],
    ),
]


@pytest.mark.parametrize(("story", "expected"), CLAUSES)
def test_the_gender_a_reported_clause_shows(story: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers(story) == expected


def test_owner_gender_finds_the_name_at_its_own_place() -> None:
    """The surname is searched from the mention's start: an earlier mention of it (a sentence
    before) is not the one the possessive follows."""
    text = "Berg left early. Sam Berg introduced his colleague Kim Ortiz."
    before = Person("Sam Berg", ("Tom", "Berg"), frozenset(), text.index("Sam Berg"))
    after = Person("Kim Ortiz", ("Ana", "Ortiz"), frozenset(), text.index("Kim Ortiz"))
    assert QuoteParser().owner_gender(text, before, after) == "he"
    # the same possessive after a sentence's end shows nothing
    ended = "Sam Berg left early. Berg introduced his colleague Kim Ortiz."
    first = Person("Sam Berg", ("Tom", "Berg"), frozenset(), 0)
    assert (
        QuoteParser().owner_gender(ended, first, Person("Kim Ortiz", ("Ana", "Ortiz"), frozenset(), ended.index("Kim Ortiz")))
        is None
    )
