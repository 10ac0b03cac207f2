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
