"""Speaker accuracy by general grammar (spk39): wrong speakers that a preposition's object, an
opening phrase's object or a time clause's subject used to get, and speakers found after an
aside and an auxiliary."""

from __future__ import annotations

import pytest

from quote_cases import quote_speakers

HEAD = "Council budget talks stall\n\n"


@pytest.mark.parametrize(
    ("sentence", "quoted", "name"),
    [
        # (the pronoun is the object of the preposition before it, never the subject of the cue)
        (
            "It is unclear how loyal the new board will be, as several members named to it told reporters "
            "they were still undecided.",
            "they were still undecided",
            "several members named to it",
        ),
        (
            "The committee met on Friday, and many of those who sit on it told reporters they would oppose "
            "the plan.",
            "they would oppose the plan",
            "many of those who sit on it",
        ),
        (
            "The report was leaked last week, and some who worked on it said it had been rushed.",
            "it had been rushed",
            "some who worked on it",
        ),
        (
            "The plan drew fire from tenants, and two of the people behind it told the paper they had doubts.",
            "they had doubts",
            "two of the people behind it",
        ),
    ],
)
def test_a_pronoun_after_a_preposition_is_no_speaker(sentence: str, quoted: str, name: str) -> None:
    assert quote_speakers(HEAD + sentence + "\n") == [(quoted, name)]


def test_it_after_that_phrase_is_the_next_sentences_body() -> None:
    # (the phrase ends in its own "it": no body a later "It" may stand for; the body that opens the
    # sentence right before it is, since fixQ65)
    text = (
        HEAD
        + "The plan drew fire from tenants, and two of the people behind it told the paper they had doubts.\n\n"
        + "The board met on Tuesday. It said the plan was final.\n"
    )
    assert quote_speakers(text) == [
        ("they had doubts", "two of the people behind it"),
        ("the plan was final", "The board"),
    ]


@pytest.mark.parametrize(
    ("sentence", "quoted", "name"),
    [
        (
            "Apart from the mayor, two council members, Ruth Lang and Tom Esposito, said they will not back "
            "the levy.",
            "they will not back the levy",
            "two council members",
        ),
        (
            "Aside from the union, several local traders, who asked not to be named, said they would join "
            "the strike.",
            "they would join the strike",
            "several local traders",
        ),
        (
            "In addition to Ms. Okafor, two members of the council, Ruth Lang and Tom Esposito, have said "
            "they will not back the levy.",
            "they will not back the levy",
            "two members of the council",
        ),
    ],
)
def test_the_object_of_an_opening_phrase_is_no_speaker(sentence: str, quoted: str, name: str) -> None:
    assert quote_speakers(HEAD + sentence + "\n") == [(quoted, name)]


@pytest.mark.parametrize(
    ("sentence", "quoted", "name"),
    [
        (
            "Two members of the council, Ruth Lang and Tom Esposito, have said they will not back the levy.",
            "they will not back the levy",
            "Two members of the council",
        ),
        (
            "Three tenants' groups, including the largest in the city, had said they would sue over the levy.",
            "they would sue over the levy",
            "Three tenants' groups",
        ),
    ],
)
def test_an_auxiliary_between_an_aside_and_its_cue(sentence: str, quoted: str, name: str) -> None:
    assert quote_speakers(HEAD + sentence + "\n") == [(quoted, name)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor looked tired. He was unable to answer when Ruiz accused him of a “cynical smear” over the budget.",
        "The mayor sat in silence while the treasurer mocked his “tax on renters” in her speech.",
        "The mayor stayed calm until the treasurer accused him of “reckless spending” in front of reporters.",
    ],
)
def test_a_quotation_in_a_time_clause_is_not_the_main_subjects(sentence: str) -> None:
    # (no cue says whose words they are: none, never the main clause's subject)
    assert [name for _, name in quote_speakers(HEAD + sentence + "\n")] == [None]


def test_a_preposition_before_a_subject_in_a_time_clause_keeps_the_subject() -> None:
    # ("gone after the mayor as a ...": a preposition and its object, no clause of its own; kills
    # the mutant of DirectQuotes.subordinate_subject_between that drops its check for a verb after
    # the clause's subject, which made this quotation no one's)
    text = HEAD + "In recent weeks, Ruiz has gone after the mayor as a “reckless spender” on every radio show.\n"
    assert quote_speakers(text) == [("reckless spender", "Ruiz")]


def test_an_infinitive_after_an_aside_is_no_auxiliary_of_its_subject() -> None:
    # (kills the mutant of ReportedSpeech.before_auxiliaries that reads past "to" as it reads past
    # "have": the chairwoman set off by commas became the speaker of the treasurer's argument)
    text = (
        HEAD
        + "The treasurer chimed in, breaking with the council's chairwoman, Ana Ruiz, to argue that the levy "
        + "was too high.\n"
    )
    assert quote_speakers(text) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The mayor mocked her rivals, talked over them as they answered questions and even assured the crowd "
            "that the levy was fair.",
            [("the levy was fair", "The mayor")],
        ),
        (
            "The treasurer answered the phone and a caller asked her about the levy.",
            [("about the levy", "a caller")],
        ),
    ],
)
def test_a_thing_answered_is_no_reported_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert quote_speakers(HEAD + sentence + "\n") == expected


def test_an_answer_that_reports_words_stays() -> None:
    # (kills the mutant that drops every quote of "answered": its clause and its quotation stay)
    text = HEAD + "Asked about the levy, the treasurer answered that it was fair.\n"
    assert quote_speakers(text) == [("it was fair", "the treasurer")]


def test_an_answer_given_by_saying_stays_a_report() -> None:
    # (kills the mutant of ReportedSpeech.answered_by_saying that always answers False: the words
    # after "by insisting" are the answer, and the report read at "answered" stays)
    text = HEAD + "The mayor answered a question on rents by insisting that the levy was fair.\n"
    assert quote_speakers(text) == [("a question on rents by insisting that the levy was fair", "The mayor")]
