"""Merge fixes of stop 45 (round 52): rows for the rules the merge mended."""

from __future__ import annotations

import pytest

import newsparse

HEAD = "Ferry fares to rise by a fifth\n\n"


def quotes_of(sentence: str) -> list[tuple[str, str | None]]:
    article = newsparse.parse_article(HEAD + sentence)
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ("Officials reported the fall in prices was temporary.", "the fall in prices was temporary", "Officials"),
        ("The ministry reported the rise in exports had slowed.", "the rise in exports had slowed", "The ministry"),
        ("Analysts reported the loss at the unit would widen.", "the loss at the unit would widen", "Analysts"),
    ],
)
def test_a_result_noun_heading_a_clause_after_report_is_speech(sentence: str, words: str, speaker: str) -> None:
    # A result noun and its preposition's phrase followed by a verb are the reported clause's subject.
    assert (words, speaker) in quotes_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares fell 8% after it reported an unexpected quarterly loss.",
        "The company reported a rise in sales in the fourth quarter.",
        "The bank reported a fall in profit for the year.",
    ],
)
def test_figures_a_body_reports_are_no_speech(sentence: str) -> None:
    assert quotes_of(sentence) == []


def speaker_names(sentence: str) -> list[str | None]:
    return [speaker for _, speaker in quotes_of(sentence)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a role's "of" / "for" links it to the body or place it serves: no part of the name
        ("The mayor of Albacete Luis Vega said the plan was fair.", "Luis Vega"),
        ("The chief executive of Siemens Roland Busch said orders rose.", "Roland Busch"),
        ("Tom Berg met the head of Oxfam Anna Kelly on Monday. Kelly said aid was blocked.", "Anna Kelly"),
        # a person's preposition keeps an unknown given name (spk52)
        ("The plan will fail, according to Xiomara Ana Castro.", "Xiomara Ana Castro"),
    ],
)
def test_a_roles_preposition_takes_the_body_not_the_given_name(sentence: str, speaker: str) -> None:
    assert speaker_names(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Tom Berg told reporters on his way to work that the plan was fair.", "the plan was fair"),
        ("Tom Berg told a reporter close to tears that he was quitting.", "he was quitting"),
        ("Tom Berg told supporters to cheers that he would run again.", "he would run again"),
        # an object told to do something: the clause is the infinitive's (spk52)
        ("The board urged Tom Hale to concede that the budget was too small.", "Tom Hale to concede that the budget was too small"),
        ("The union urged members to discuss whether the deal was fair.", "members to discuss whether the deal was fair"),
    ],
)
def test_an_object_with_a_phrase_or_a_plural_after_to_is_no_infinitive(sentence: str, words: str) -> None:
    assert [text for text, _ in quotes_of(sentence)] == [words]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The plant will close in May, the airline was quoted as saying.", "the airline"),
        ("The plant will close in May, the carrier has been quoted as saying.", "the carrier"),
        ("The plant will close in May, the regional government was quoted as saying.", "the regional government"),
    ],
)
def test_a_subject_quoted_as_saying_speaks(sentence: str, speaker: str) -> None:
    assert speaker_names(sentence) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    ["A quake hit the coast, no injuries were reported.", "A storm hit the town overnight, damage was reported."],
)
def test_the_thing_a_passive_reports_is_no_speaker(sentence: str) -> None:
    assert quotes_of(sentence) == []


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        (
            "Debate night guide\n\nBy Jane Roe\n\nThe first debate is tonight.\n\nWhat to look out for\n"
            "The candidates will spar over taxes and immigration.\n",
            ["The first debate is tonight.", "What to look out for", "The candidates will spar over taxes and immigration."],
        ),
        (
            "Council to vote on rail plan\nBy Tom Hale\n\nThe city council will meet on\n"
            "March 3 to vote on the rail plan, officials said.\n\nThe plan costs $2 billion.\n",
            ["The city council will meet on March 3 to vote on the rail plan, officials said.", "The plan costs $2 billion."],
        ),
    ],
)
def test_a_question_crosshead_is_no_line_left_open(text: str, paragraphs: list[str]) -> None:
    assert [p.text for p in newsparse.parse_article(text).paragraphs] == paragraphs
