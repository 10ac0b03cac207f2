"""A demanding new user's trial of the quote engine: shapes that gave a wrong speaker or none
where a person plainly spoke.  Invented stories; each case is the text after a plain headline and
the exact ``(text, kind, speaker name)`` triples that must come out, in order."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import QuoteKind

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED


def quotes_of(text: str) -> list[tuple[str, QuoteKind, str | None]]:
    article = newsparse.parse_article(f"Valley sport\n\n{text}")
    return [(q.text, q.kind, q.speaker.name if q.speaker else None) for q in article.quotes]


# a person named by an age ("the 34-year-old") speaks, and a subject never runs past its verb
AGES = [
    ("The 34-year-old said the win was “the best night of my career.”",
     [("the win was “the best night of my career.”", M, "The 34-year-old")]),
    ("The 34-year-old said the win was the best night of her career.",
     [("the win was the best night of her career", R, "The 34-year-old")]),
    ("“I only wanted to finish,” said the six-year-old, clutching her medal.",
     [("I only wanted to finish,", D, "the six-year-old")]),
    ("“We were lucky today,” the 29-year-old admitted.",
     [("We were lucky today,", D, "the 29-year-old")]),
]


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_a_person_named_by_an_age_speaks(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# a participle after an attribution in the clause before it ("..., Smith said, calling it"):
# the one who spoke does what the participle says, not the sentence's first subject
CALLING = [
    ("The new timetable is popular, Dana Pike said, calling it “a long overdue change.”",
     [("a long overdue change.", D, "Dana Pike")]),
    ("The new timetable is popular, the mayor told reporters, calling it “a long overdue change.”",
     [("a long overdue change.", D, "the mayor")]),
    ("The new timetable is popular, said Dana Pike, calling it “a long overdue change.”",
     [("a long overdue change.", D, "Dana Pike")]),
    # no attribution in that clause: the subject still does
    ("Dana Pike attacked the new timetable, calling it “a mess.”",
     [("a mess.", D, "Dana Pike")]),
]


@pytest.mark.parametrize(("text", "expected"), CALLING)
def test_a_participle_after_an_attribution_is_the_speakers(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected

