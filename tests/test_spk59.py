"""Issue 5, speaker accuracy (spk59): an auxiliary verb that opens a yes-no question is no given
name, so a headline or sentence asking ``Can Ortiz win?`` makes no person "Can Ortiz" whom the
story's later ``Ortiz`` would resolve to.  Each case is invented copy, and the ``(text, speaker's
name)`` pairs that must come out, in order."""

from __future__ import annotations

import pytest

import newsparse
from quote_cases import mention_rows

Row = tuple[str, "str | None"]


def quotes_of(text: str, headline: str) -> list[Row]:
    """The ``(text, speaker's name)`` of every quote of *text* under *headline*."""
    return [(quoted, name) for quoted, _, name, _ in mention_rows(text, None, headline)]


BODY = 'Ortiz told reporters on Monday that the bill would pass.\n\n"We have the votes," Ortiz said.'
DONE = [("the bill would pass", "Ortiz"), ("We have the votes,", "Ortiz")]

QUESTION_AUXILIARY = [
    # the question's verb, then the surname: no person "Can Ortiz", "Will Ortiz", "Should Ortiz"
    ("Can Ortiz win back the suburbs?", BODY, DONE),
    ("Will Ortiz step back from the race?", BODY, DONE),
    ("Should Ortiz run again? Voters are split", BODY, DONE),
    ("Could Ortiz be the next speaker?", BODY, DONE),
    # must not fire: a statement keeps the given name "Will" (no question mark ends the sentence)
    (
        "Will Ortiz says he will run again",
        'Will Ortiz told reporters on Monday that the bill would pass.\n\n"We have the votes," Ortiz said.',
        [("he will run again", "Will Ortiz"), ("the bill would pass", "Will Ortiz"), ("We have the votes,", "Will Ortiz")],
    ),
    # must not fire: the question opens no sentence with the auxiliary (a given name mid-sentence)
    (
        "Harbour vote count",
        'Voters cheered Will Ortiz at the rally on Monday.\n\n"We have the votes," Ortiz said.',
        [("We have the votes,", "Will Ortiz")],
    ),
]


@pytest.mark.parametrize(("headline", "text", "expected"), QUESTION_AUXILIARY)
def test_question_auxiliary_is_no_given_name(headline: str, text: str, expected: list[Row]) -> None:
    assert quotes_of(text, headline) == expected


OPENS_QUESTION = [
    # (text, where the word starts, what opens_question says)
    ("Can Ortiz win back the suburbs?", 0, True),
    ("Game over. Will Ortiz step back from the race?", 11, True),
    ("Do Ortiz and Berg agree?", 0, True),
    # must not fire: a statement, a question further on, a mid-sentence word, no auxiliary
    ("Will Ortiz says he will run. Can he win?", 0, False),
    ("Will Ortiz says he will run\nCan he win?", 0, False),
    ("Reporters asked Will Ortiz whether he would run?", 16, False),
    ("Tom Ortiz, will you run?", 0, False),
]


@pytest.mark.parametrize(("text", "start", "expected"), OPENS_QUESTION)
def test_opens_question(text: str, start: int, expected: bool) -> None:
    vocabulary = newsparse.Vocabulary()
    end = start + len(text[start:].split()[0])
    assert newsparse.people.PersonIndex.opens_question(vocabulary, text, start, end) is expected


def mentions_of(text: str) -> list[tuple[str, str | None, str | None]]:
    """The ``(text, speaker's name, speaker's mention)`` of every quote of *text*."""
    return [(quoted, name, mention) for quoted, _, name, mention in mention_rows(text, None, "Harbour news")]


RELATIVE_THEN_ADVERB = [
    # a middle adverb between a speaker's relative clause and the cue goes with the cue
    (
        "The donors who spoke to reporters also say there is growing anger in the camp.",
        [("there is growing anger in the camp", "The donors who spoke to reporters", "The donors who spoke to reporters")],
    ),
    (
        "The farmers who met the minister on Monday later said the talks had failed.",
        [("the talks had failed", "The farmers who met the minister on Monday", "The farmers who met the minister on Monday")],
    ),
    (
        "The engineer who designed the bridge now says the cracks are cosmetic.",
        [("the cracks are cosmetic", "The engineer who designed the bridge", "The engineer who designed the bridge")],
    ),
    (
        "A resident who asked not to be named still said the water was unsafe.",
        [("the water was unsafe", "A resident who asked not to be named", "A resident who asked not to be named")],
    ),
    # must not fire: an adverb that ends the clause stays in it, as does one inside it
    (
        "A man who lives there said the water was unsafe.",
        [("the water was unsafe", "A man who lives there", "A man who lives there")],
    ),
    (
        "A woman who spoke privately said the water was unsafe.",
        [("the water was unsafe", "A woman who spoke privately", "A woman who spoke privately")],
    ),
    (
        "A man who was also at the meeting said the water was unsafe.",
        [("the water was unsafe", "A man who was also at the meeting", "A man who was also at the meeting")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_THEN_ADVERB)
def test_middle_adverb_after_relative_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert mentions_of(text) == expected


TIME_QUALIFIER = [
    # a qualifying "late" or "early" before a time between the speaker and the cue is the time's
    ("The mayor late last week said the road would reopen.", [("the road would reopen", "The mayor", "The mayor")]),
    ("Police late on Monday said the road would reopen.", [("the road would reopen", "Police", "Police")]),
    ("The ministry early on Tuesday said the road would reopen.", [("the road would reopen", "The ministry", "The ministry")]),
    ("Tom Berg late last week said the road would reopen.", [("the road would reopen", "Tom Berg", "Tom Berg")]),
    # must not fire: "late" as the speaker's own adjective stays in the phrase
    (
        "Her late husband on Monday said the road would reopen.",
        [("the road would reopen", "Her late husband", "Her late husband")],
    ),
    (
        "A late spokesman on Monday said the road would reopen.",
        [("the road would reopen", "A late spokesman", "A late spokesman")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TIME_QUALIFIER)
def test_time_qualifier_before_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert mentions_of(text) == expected


def headline_speakers(headline: str) -> list[Row]:
    """The ``(text, speaker's name)`` of the quotes of a title-case *headline* over one plain line."""
    text = "Mercer told reporters on Monday that the plan would pass."
    article = newsparse.parse_article(headline + ".\n\n" + text)
    return [(q.text, q.speaker and q.speaker.name) for q in article.quotes]


HEADLINE_ADVERB = [
    # a middle adverb before a title-case headline's cue is no part of the speaker's name
    ("Mercer Just Vowed To Cut Fares", [("To Cut Fares", "Mercer"), ("the plan would pass", "Mercer")]),
    ("Governor Mercer Now Says Taxes Will Rise", [("Taxes Will Rise", "Mercer"), ("the plan would pass", "Mercer")]),
    ("Mercer Still Says ‘We Will Win’", [("We Will Win", "Mercer"), ("the plan would pass", "Mercer")]),
    # must not fire: no adverb, or the adverb alone before the cue (no speaker left to read)
    ("Mercer Says Budget Will Pass", [("Budget Will Pass", "Mercer"), ("the plan would pass", "Mercer")]),
    ("Just Says Budget Will Pass", [("the plan would pass", "Mercer")]),
]


@pytest.mark.parametrize(("headline", "expected"), HEADLINE_ADVERB)
def test_middle_adverb_in_title_case_headline(headline: str, expected: list[Row]) -> None:
    assert headline_speakers(headline) == expected
