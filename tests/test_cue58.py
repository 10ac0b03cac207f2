"""Issue 5, wrong speakers left unresolved and missing English cues (cue58): a pronoun two people
of its gender may mean, the kin noun set off before a name, and more.  Each case is invented copy
after a plain headline, and the ``(text, speaker's name)`` pairs that must come out, in order."""

from __future__ import annotations

import pytest

from quote_cases import mention_rows

Row = tuple[str, "str | None"]


def quotes_of(text: str, language: str | None = None) -> list[Row]:
    """The ``(text, speaker's name)`` of every quote of *text* under a plain headline."""
    return [(quoted, name) for quoted, _, name, _ in mention_rows(text, language, "Council news")]


# two people of the pronoun's gender, the second with a title or role of her own: either may speak
TWO_OF_GENDER = [
    ('Minister Jane Roe met Mayor Ann Lee on Monday.\n\n"We will see," she said.', None, [("We will see,", "she")]),
    ('Senator Tom Berg met Governor Paul Hart in Dover.\n\n"It went well," he said.', None, [("It went well,", "he")]),
    (
        "La ministra Lucía Ruiz se reunió con la alcaldesa Ana Gómez.\n\n«Veremos», respondió ella.",
        "es",
        [("Veremos", None)],
    ),
    # precision: the second person of the other gender, or with no title of their own, or owned
    ('Minister Jane Roe met Mayor Tom Lee on Monday.\n\n"We will see," she said.', None, [("We will see,", "Jane Roe")]),
    ('Minister Jane Roe met Ann Lee on Monday.\n\n"We will see," she said.', None, [("We will see,", "Jane Roe")]),
    ('Tom Berg sued his brother, Mayor Mark Berg.\n\n"We will see," he said.', None, [("We will see,", "Tom Berg")]),
    (
        "La ministra Lucía Ruiz se reunió con el alcalde Pedro Gómez.\n\n«Veremos», respondió ella.",
        "es",
        [("Veremos", "Lucía Ruiz")],
    ),
    # a speaker named before picks one
    (
        '"It is late," said Minister Jane Roe.\n\nRoe met Mayor Ann Lee on Monday.\n\n"We will see," she said.',
        None,
        [("It is late,", "Jane Roe"), ("We will see,", "Jane Roe")],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), TWO_OF_GENDER)
def test_two_people_of_the_pronouns_gender(text: str, language: str | None, expected: list[Row]) -> None:
    assert quotes_of(text, language) == expected


# a person set off by commas after a kin or role word of the pronoun's gender, named after the last
# speaker's report, is the newcomer, whatever title a reported person carries
KIN_AFTER_REPORT = [
    (
        "Judge Lerato Khumalo said Ms Sizwe Dube had shown no remorse.\n\nThe victim's mother, Anele Zulu, wept."
        '\n\n"I have lost my child," she said.',
        [("Ms Sizwe Dube had shown no remorse", "Lerato Khumalo"), ("I have lost my child,", "Anele Zulu")],
    ),
    (
        "Magistrate Tebogo Mokoena said Mr Themba Dube had lied to the court.\n\nThe victim's father, Sipho Zulu, wept."
        '\n\n"I have lost my son," he said.',
        [("Mr Themba Dube had lied to the court", "Tebogo Mokoena"), ("I have lost my son,", "Sipho Zulu")],
    ),
]


# precision: neither a kin word of the other gender, nor a role word of none, nor a kin word with
# no commas makes the later person the newcomer
NOT_KIN_NEWCOMER = [
    "Judge Lerato Khumalo said Ms Sizwe Dube had shown no remorse.\n\nHer husband, Sipho Zulu, wept.",
    "Judge Lerato Khumalo said Ms Sizwe Dube had shown no remorse.\n\nThe victim's lawyer, Anele Zulu, nodded.",
    "Judge Lerato Khumalo said Ms Sizwe Dube had shown no remorse.\n\nThe victim's mother Anele Zulu wept.",
]


@pytest.mark.parametrize(("text", "expected"), KIN_AFTER_REPORT)
def test_kin_newcomer_after_report(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize("text", NOT_KIN_NEWCOMER)
def test_no_kin_newcomer(text: str) -> None:
    speakers = [name for _, name in quotes_of(text + '\n\n"It is a lie," she said.')]
    assert len(speakers) == 2
    assert speakers[1] not in ("Sipho Zulu", "Anele Zulu")


# the objects of the subject's verb only: a titled person in a clause of its own is no rival
TWO_OF_GENDER_PRECISION = [
    (
        'President Tom Hale listens to a question, as Secretary of State Paul Reid watches.\n\n"We will see," he said.',
        [("We will see,", "Tom Hale")],
    ),
    ('Minister Jane Roe met with Mayor Ann Lee on Monday.\n\n"We will see," she said.', [("We will see,", "she")]),
]


@pytest.mark.parametrize(("text", "expected"), TWO_OF_GENDER_PRECISION)
def test_rival_is_the_verbs_object(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a quotation inside a clause of time after the subject, with "that" and its own clause's
# auxiliary: not the main subject's words
CLAUSE_OF_ITS_OWN = [
    ('Colm Reddy was relieved when the tribunal held that his dismissal was "unfair and unlawful".', "Colm Reddy"),
    ('Ana Ruiz was pleased after the court ruled that the ban was "a gross overreach".', "Ana Ruiz"),
    ('Ana Ruiz smiled when the judge found that the claim was "without merit".', "Ana Ruiz"),
]


@pytest.mark.parametrize(("text", "subject"), CLAUSE_OF_ITS_OWN)
def test_quotation_in_time_clause_not_subjects(text: str, subject: str) -> None:
    assert all(name != subject for _, name in quotes_of(text))


def test_main_clause_naming_verb_keeps_subject() -> None:
    text = 'Ana Ruiz, who lost her job before the board found that it was wrong, called the decision "a disgrace".'
    assert quotes_of(text) == [("a disgrace", "Ana Ruiz")]


# two people sharing a surname, one last named with a title and it: the surname alone is no one sure
SHARED_SURNAME = [
    'Tan Ah Kow, 54, was fined. Mr Ravi Tan, his lawyer, asked for mercy.\n\n"He is sorry," Tan told the court.',
    'Wong Mei Ling, 41, was jailed. Ms Grace Wong, her lawyer, asked for mercy.\n\n"She is sorry," Wong told the court.',
    # a family name that is a given name too, the full name introduced with an age
    'Lee Mei Ling, 41, was jailed. Ms Grace Lee, her lawyer, asked for mercy.\n\n"She is sorry," Lee told the court.',
]


# precision: one person of that name keeps the surname
def test_single_holder_keeps_surname() -> None:
    text = 'Ms Grace Lee, the lawyer, asked for mercy.\n\n"She is sorry," Lee told the court.'
    assert quotes_of(text) == [("She is sorry,", "Grace Lee")]


@pytest.mark.parametrize("text", SHARED_SURNAME)
def test_shared_surname_not_the_titled_one(text: str) -> None:
    [(_, name)] = quotes_of(text)
    assert name not in ("Ravi Tan", "Grace Wong", "Tan Ah Kow", "Wong Mei Ling", "Grace Lee", "Lee Mei Ling")


# a study's, a poll's or a survey's finding is reported speech; anyone else's a discovery
FINDINGS = [
    ("Voters, the poll found, were tired of the war.", [("Voters, the poll found, were tired of the war", "the poll")]),
    ("The poll found that voters were tired.", [("voters were tired", "The poll")]),
    ("The study also found that children slept less.", [("children slept less", "The study")]),
    ("Rents rose by a third, the audit found.", [("Rents rose by a third", "the audit")]),
    ("Police found a body in the river.", []),
    ("Ana Ruiz found that the job was hard.", []),
    ("The report's authors found that rents rose.", []),
    ("The report found its way to the minister's desk.", []),
    ("Investigators found the wreck on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), FINDINGS)
def test_finding_cues(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a publication told by its kind before its name
PUBLICATIONS = [
    ("The plan will fail, the newspaper The Clarion reported.", [("The plan will fail", "The Clarion")]),
    ("The plan will fail, the magazine The Lantern wrote.", [("The plan will fail", "The Lantern")]),
    ("The plan will fail, the newspaper reported.", [("The plan will fail", "the newspaper")]),
]


@pytest.mark.parametrize(("text", "expected"), PUBLICATIONS)
def test_publication_kind_before_name(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


def test_publication_mention_holds_its_kind() -> None:
    [(_, _, name, mention)] = mention_rows("The plan will fail, the newspaper The Clarion reported.", None, "Council news")
    assert (name, mention) == ("The Clarion", "the newspaper The Clarion")


# a long role phrase set off before the name: the pronoun in the next paragraph is that person
ROLE_WITH_COMPLEMENT = [
    (
        'The spokesman for the Green group on housing, Tom Berg, called it timid.\n\n"It does nothing for renters," he said.',
        [("It does nothing for renters,", "Tom Berg")],
    ),
    (
        'The spokeswoman for the Green group on housing, Ana Ruiz, called it timid.\n\n"It does nothing for renters," she said.',
        [("It does nothing for renters,", "Ana Ruiz")],
    ),
    # precision: a verb in the lead, or the name's gender the other
    (
        'The minister met with the mayor of Lyon, Tom Berg, on Monday.\n\n"It does nothing for renters," he said.',
        [("It does nothing for renters,", "he")],
    ),
    (
        'The spokesman for the Green group on housing, Tom Berg, called it timid.\n\n"It does nothing for renters," she said.',
        [("It does nothing for renters,", "she")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_WITH_COMPLEMENT)
def test_role_with_complement_apposed(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
