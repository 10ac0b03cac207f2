"""English speaker readings that trial 31 and a mutation pass got wrong or missed: a quotation that
is the subject of a copula (``"..." was the message from Tom Berg``) has no speaker phrase after it;
``conceded`` with a plain object (``conceded the race``) reports nothing; a time after a demonstrative
(``said that night``) is no part of what was said; a name set off after the noun that opens a
paragraph's sentence (``Its youngest, Kayla Brooks, 18, ...``) or after an inverted copula (``Among
the first members was Jamal Whitaker``) is the subject a later ``she``/``he`` refers to, even when
another woman was quoted in the paragraph before; an adverb of frequency shows a clause in the
present after a bare noun (``said younger people often move away``)."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

TABLE = [
    # (text, [(quote text, speaker)])
    # a quotation as the subject of "was": what follows is no speaker's phrase
    (
        '"We will not give up" was the message from Tom Berg, adding that the crews would stay.',
        [("We will not give up", None)],
    ),
    (
        '"Keep the gates open" is the plea of Ana Ortiz, adding that the market depends on them.',
        [("Keep the gates open", None)],
    ),
    # "conceded" with a contest as its object is no speech; with a clause it still is
    (
        "Republican Dale Harmon conceded the governor's race shortly before midnight, telling supporters "
        "that he had called his rival.",
        [("he had called his rival", "Dale Harmon")],
    ),
    ("Senator Ruth Adler conceded the election on Tuesday.", []),
    ("Dale Harmon conceded the plan had failed.", [("the plan had failed", "Dale Harmon")]),
    # a time after "that" between the cue and the words
    ("Tom Berg said that night the pier would close.", [("the pier would close", "Tom Berg")]),
    ("Ana Ortiz said that evening that the ferry would not sail.", [("the ferry would not sail", "Ana Ortiz")]),
    ("The mayor, Paul Grant, said that morning the bridge was safe.", [("the bridge was safe", "Paul Grant")]),
    # an adverb of frequency and a lower-case word after a bare noun: a clause in the present
    (
        "Denise Kowalski is the chief. Volunteer numbers have fallen by a third, according to the state "
        "firefighters' association, and she said younger people often move away for work.",
        [
            ("Volunteer numbers have fallen by a third", "the state firefighters' association"),
            ("younger people often move away for work", "Denise Kowalski"),
        ],
    ),
    ("Tom Berg said voters never forget a broken promise.", [("voters never forget a broken promise", "Tom Berg")]),
    # (after a comma, a list of reasons goes on: no speech)
    (
        "A judge may not enforce the order because of her Fifth Amendment claims, prosecutors rarely pursue "
        "such cases, and the panel lacks the power.",
        [],
    ),
    # a name after an opening phrase and an inverted copula is the paragraph's subject
    (
        "Among the first members was Jamal Whitaker, now 22. He comes back to coach the brass section. "
        '"Beatriz told me I had a big sound," he said.',
        [("Beatriz told me I had a big sound,", "Jamal Whitaker")],
    ),
    # (someone else named after the name in its sentence: either may be meant)
    ('Among the guests was Ana Ortiz, with Paul Roy. "We waited all night," he said.', [("We waited all night,", "he")]),
    # a name set off after the noun that opens its sentence is the paragraph's subject
    (
        'Chief Denise Kowalski, 58, runs the station. "They know to wait," she said.\n\n'
        "Its youngest, Kayla Brooks, 18, signed up the week after she graduated. Her father and grandfather "
        'both served. She said she had wanted to join "since I was old enough."',
        [("They know to wait,", "Denise Kowalski"), ('she had wanted to join "since I was old enough."', "Kayla Brooks")],
    ),
    (
        'Jamal Whitaker coaches the brass. "Beatriz told me I had a big sound," he said.\n\n'
        "The youngest player is Lily Tran, 12. Her mother, Hoa Tran, drives her an hour each way. "
        'She said the orchestra had given her daughter "a second family."',
        [
            ("Beatriz told me I had a big sound,", "Jamal Whitaker"),
            ('the orchestra had given her daughter "a second family."', "Hoa Tran"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_english_speaker_readings_of_trial_31(text: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = ArticleParser().parse(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected
