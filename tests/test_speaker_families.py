"""Issue 5, speaker accuracy (stop 17): general rules for families of wrong speakers, each a
table of invented stories, the bad shape beside the good one and a near miss that must not
change.  Each case is the text after a plain headline and the exact ``(text, kind, speaker
name)`` triples that must come out, in order."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import QuoteKind

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED


def quotes_of(text: str) -> list[tuple[str, QuoteKind, str | None]]:
    article = newsparse.parse_article(f"Harbour news\n\n{text}")
    return [(q.text, q.kind, q.speaker.name if q.speaker else None) for q in article.quotes]


# "and" with no comma opens a second speaker's clause inside reported words only after a whole
# clause (a finite verb before it) and with a finite cue right after the second speaker
AND_AFTER_A_CLAUSE = [
    ("The governor said the bridge would close and the mayor said it would stay open.",
     [("the bridge would close", R, "The governor"), ("it would stay open", R, "the mayor")]),
    ("In the survey one in three said the club had lost its way and one in four said it should be sold.",
     [("the club had lost its way", R, "one in three"), ("it should be sold", R, "one in four")]),
    ("Ortiz said the council approved the budget and members later said it was fair to all.",
     [("the council approved the budget", R, "Ortiz"), ("it was fair to all", R, "members")]),
    # near misses: "and" joins two subjects, or a participle follows the phrase after "and"
    ("Ortiz said both he and Rubio promised to fight the plan in the courts.",
     [("both he and Rubio promised to fight the plan in the courts", R, "Ortiz")]),
    ("The keeper said he saw no difference between the striker and the other players - noting that both had fouled him.",
     [("he saw no difference between the striker and the other players - noting that both had fouled him", R, "The keeper")]),
    ("The coach said the team had respect for the fans and his latest comment was only a joke.",
     [("the team had respect for the fans and his latest comment was only a joke", R, "The coach")]),
    # a comma before "and" was read so before
    ("The coach said the team was tired, and the captain said they would rest.",
     [("the team was tired", R, "The coach"), ("they would rest", R, "the captain")]),
]


@pytest.mark.parametrize(("text", "expected"), AND_AFTER_A_CLAUSE)
def test_and_opens_a_second_speakers_clause_after_a_whole_clause(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected


# a relative clause for people with no comma runs up to the cue: the phrase before "who" speaks,
# never a name inside the clause, however long the clause or with no determiner before the noun
RELATIVE_CLAUSE_SUBJECTS = [
    ("Voters who backed Tom Berg in the primary said the race was far from over.",
     [("the race was far from over", R, "Voters")]),
    ("Many of the club's older members who'd rather see Ana Ortiz as coach next season said they would back the board.",
     [("they would back the board", R, "Many of the club's older members")]),
    ("Fans who cheered Ana Ortiz and Tom Berg on Saturday said the final was a classic.",
     [("the final was a classic", R, "Fans")]),
    # near misses: a comma before "who" (an antecedent that speaks), another relative pronoun
    # inside the clause, a sentence's end, and a clause with a coordinator stay as they were
    ("The mayor chose Tom Berg as her deputy, a man who changed his mind to side with Ana Ortiz, who believes the tax is unfair.",
     [("the tax is unfair", R, "Ana Ortiz")]),
    ("The mayor painted Tom Berg as a rival who would split the city into the camps that Ana Ortiz argued in 2004 were harmful.",
     [("in 2004 were harmful", R, "Ana Ortiz")]),
    ("The club thanked parents who raised money for the trip and said the players would fly on Friday.",
     [("the players would fly on Friday", R, "The club")]),
    ("She met the fans who waited for hours. Ana Ortiz said the team was grateful.",
     [("the team was grateful", R, "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CLAUSE_SUBJECTS)
def test_the_phrase_before_a_relative_clause_speaks(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected
