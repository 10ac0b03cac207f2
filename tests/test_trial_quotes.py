"""A demanding new user's trial of the quote engine (precision first): shapes where a wrong
speaker or a non-quote came out. Each case is one paragraph under a plain headline and the exact
``(text, kind, speaker name, speaker mention)`` tuples that must come out, in order."""

from __future__ import annotations

from functools import partial

import pytest

import newsparse
from newsparse import QuoteKind
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]


quotes_of = partial(mention_rows, headline="Town hall notes")


SUBJECT_HOLDS_NO_QUOTATION = [
    # a subject phrase that runs over a quotation is no speaker's mention
    # (and after a possessive noun it is no one's words at all: follows_a_thing)
    ("The mayor's \"open government\" initiative was quietly shelved in March after two years.", []),
    # (the document before "read:" speaks, as in "The notice said:" and '"...," the notice read' (recN); its
    # mention is the notice alone, never a phrase that runs over the quotation)
    ("The notice read: \"We thank our customers for forty years.\"",
     [("We thank our customers for forty years.", D, "The notice", "The notice")]),
    # a subject before the quotation still speaks
    ("The council leader called the plan \"a gamble with public money.\"",
     [("a gamble with public money.", D, "The council leader", "The council leader")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), SUBJECT_HOLDS_NO_QUOTATION)
def test_subject_holds_no_quotation(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


MARKS_AFTER_A_LETTER_OR_DIGIT = [
    # a straight mark right after a letter or a digit (inches, a typo for an apostrophe) opens nothing
    ("The shop sells a 12\" pizza for ten dollars on Mondays.", []),
    ("The firm, once known as Baxter\"s Tools, changed its name on Monday.", []),
    ("Its 6'2\" founder, Omar Reyes, said the new name \"fits who we are.\"",
     [("the new name \"fits who we are.\"", M, "Omar Reyes", "Omar Reyes")]),
    # a mark after a space or a colon still opens a quotation
    ("\"We are ready,\" said coach Ben Ali.", [("We are ready,", D, "Ben Ali", "coach Ben Ali")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), MARKS_AFTER_A_LETTER_OR_DIGIT)
def test_marks_after_a_letter_or_digit(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


PRONOUN_OF_THE_OTHER_SEX = [
    # "he" after a speaker quoted as "she" (and the reverse) does not refer to her
    ("Councillor Nora Pike spoke first on Tuesday.\n\n\"It's a mess,\" she said.\n\n"
     "Her colleague, Ivan Moss, disagreed.\n\n\"It's fine,\" he said.",
     [("It's a mess,", D, "Nora Pike", "she"), ("It's fine,", D, "Ivan Moss", "he")]),
    ("Councillor Paul Tate opened the meeting.\n\n\"We have no money,\" he said.\n\n"
     "The treasurer, Rosa Quinn, nodded.\n\n\"None at all,\" she said.",
     [("We have no money,", D, "Paul Tate", "he"), ("None at all,", D, "Rosa Quinn", "she")]),
    # the same pronoun still carries the last speaker on
    ("Councillor Nora Pike spoke first on Tuesday.\n\n\"It's a mess,\" she said.\n\n"
     "The room fell silent.\n\n\"A real mess,\" she said.",
     [("It's a mess,", D, "Nora Pike", "she"), ("A real mess,", D, "Nora Pike", "she")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), PRONOUN_OF_THE_OTHER_SEX)
def test_pronoun_of_the_other_sex(paragraphs: str, expected: list[Row]) -> None:
    assert quotes_of(paragraphs) == expected


def british_quotes_of(paragraph: str) -> list[tuple[str, QuoteKind, str | None, str | None]]:
    article = newsparse.ArticleParser(language="en-GB").parse(f"Town hall notes\n\n{paragraph}")
    return [
        (q.text, q.kind, q.speaker.name if q.speaker else None, q.speaker.mention if q.speaker else None)
        for q in article.quotes
    ]


CLOSING_MARK_BEFORE_A_LOWER_CASE_WORD = [
    # a single mark after a letter other than "s", before a space and a lower-case word, closes
    ("The 'Special One' was in the stands on Saturday.", []),
    ("Fans sang 'You'll Never Walk Alone' after the whistle.", []),
    ("The club's 'project' has stalled, the chairman admitted.",
     [("The club's 'project' has stalled", M, "the chairman", "the chairman")]),
    # after an "s" it is still a plural's apostrophe
    ("'The players' wages are too high,' the chairman said.",
     [("The players' wages are too high,", D, "the chairman", "the chairman")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), CLOSING_MARK_BEFORE_A_LOWER_CASE_WORD)
def test_closing_mark_before_a_lower_case_word(paragraph: str, expected: list[Row]) -> None:
    assert british_quotes_of(paragraph) == expected


ONE_LETTER_IS_NO_SPEAKER = [
    # an interview's label before its question is no speaker's name
    ("Q: \"How do you feel about the season so far?\"",
     [("How do you feel about the season so far?", D, None, None)]),
    ("Q. \"Will you run for the council again?\"",
     [("Will you run for the council again?", D, None, None)]),
    # a name, or the pronoun "I", before a colon or a cue still is one
    ("Jane Roe: \"We will appeal the ruling.\"", [("We will appeal the ruling.", D, "Jane Roe", "Jane Roe")]),
    ("\"We will appeal,\" I said.", [("We will appeal,", D, "I", "I")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), ONE_LETTER_IS_NO_SPEAKER)
def test_one_letter_is_no_speaker(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


HYPHENED_NOUN_BEFORE_A_NAME = [
    # a hyphened word with a lower-case part before a name is a noun, not the name's first word
    ("Co-author Raj Patel added that the effect was \"small but real.\"",
     [("the effect was \"small but real.\"", M, "Raj Patel", "Co-author Raj Patel")]),
    ("Ex-minister Carla Diaz said the deal was \"a betrayal of the town.\"",
     [("the deal was \"a betrayal of the town.\"", M, "Carla Diaz", "Ex-minister Carla Diaz")]),
    # a hyphened name keeps both its parts
    ("\"We will fight on,\" Jean-Luc Moreau said.", [("We will fight on,", D, "Jean-Luc Moreau", "Jean-Luc Moreau")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), HYPHENED_NOUN_BEFORE_A_NAME)
def test_hyphened_noun_before_a_name(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


UNCLOSED_BEFORE_AN_ATTRIBUTION = [
    # a quotation left open, with an attribution right after one of its commas: the closing mark
    # was left out there, and the speaker is the attribution's, not the previous paragraph's
    ("The storm hit the coast on Monday, officials said.\n\n\"We lost everything, said resident Mary Holt.",
     [("The storm hit the coast on Monday", R, "officials", "officials"),
      ("We lost everything,", D, "Mary Holt", "resident Mary Holt")]),
    ("\"We lost the house, the car, everything, Mary Holt said. It is all gone.",
     [("We lost the house, the car, everything,", D, "Mary Holt", "Mary Holt")]),
    # a comma with no attribution after it closes nothing
    ("\"The plan, said to cost billions, is dead and buried for good.",
     [("The plan, said to cost billions, is dead and buried for good.", D, None, None)]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), UNCLOSED_BEFORE_AN_ATTRIBUTION)
def test_unclosed_before_an_attribution(paragraphs: str, expected: list[Row]) -> None:
    assert quotes_of(paragraphs) == expected


def language_quotes_of(language: str, paragraph: str) -> list[tuple[str, QuoteKind, str | None, str | None]]:
    article = newsparse.ArticleParser(language=language).parse(f"Notes\n\n{paragraph}")
    return [
        (q.text, q.kind, q.speaker.name if q.speaker else None, q.speaker.mention if q.speaker else None)
        for q in article.quotes
    ]


NAME_AFTER_AN_ACCORDING_TO_ROLE = [
    # the name set off by commas after the role is the source's, not the reported clause's
    ("en", "According to the labour minister, Claire Martin, the text is \"balanced and fair.\"",
     [("the text is \"balanced and fair.\"", M, "Claire Martin", "the labour minister")]),
    ("en", "According to the labour minister, Claire Martin, output will rise next year.",
     [("output will rise next year", R, "Claire Martin", "the labour minister")]),
    ("fr", "Selon la ministre du Travail, Claire Martin, « le texte est équilibré ».",
     [("« le texte est équilibré »", M, "Claire Martin", "la ministre du Travail")]),
    # a name with an age, or with an appositive of its own, is the clause's subject
    ("en", "According to the police, John Smith, 45, was arrested at home.",
     [("John Smith, 45, was arrested at home", R, "the police", "the police")]),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), NAME_AFTER_AN_ACCORDING_TO_ROLE)
def test_name_after_an_according_to_role(language: str, paragraph: str, expected: list[Row]) -> None:
    assert language_quotes_of(language, paragraph) == expected


QUOTATION_AFTER_A_THING = [
    # words in quotation marks right after an article and a noun that names no speaker are what
    # the thing says or is called (a refrain, a line, a scare quote), not anyone's words
    ("The refrain \"hold on, hold on, the morning is near\" recurs like a prayer.", []),
    ("The single opens with the line \"I left the lights on for you.\"", []),
    ("The senator dismissed the so-called \"experts\" as partisan hacks.", []),
    # after a speaker's noun, or a verb that attributes them, they still are
    ("Critics called the plan \"a disaster in the making.\"",
     [("a disaster in the making.", D, "Critics", "Critics")]),
    ("The minister \"deeply regrets\" the decision, aides said.",
     [("The minister \"deeply regrets\" the decision", M, "aides", "aides")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), QUOTATION_AFTER_A_THING)
def test_quotation_after_a_thing(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


def test_a_title_after_a_french_noun_is_no_quote() -> None:
    assert language_quotes_of("fr", "Le slogan « Liberté, égalité » était peint sur le mur.") == []
