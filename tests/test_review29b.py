"""Stop 29's third code read (review29b): shapes the last merges' new rules misread, each beside
the reading that must stay.

1. A body's name joined by ``and`` after ``according to`` (orgT) never takes in a person's name
   that opens with a given name: ``the Department of Health and Anna Holt`` is the department
   (and Anna Holt), while ``the Department of Housing and Urban Development`` stays whole.
2. A time phrase right after a cue (spkW's ``said that night``) is the clause's subject when a
   verb follows it: ``said that night was the worst of her life`` keeps its reported words.
3. A copula after a quotation (spkW) bars only a phrase that opens with it (``was the message
   from Tom Berg, adding``); the name after ``was how``, ``is what``, ``was all`` still speaks.
"""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

ENGLISH = ArticleParser()


def quotes(body: str) -> list[tuple[str, str | None]]:
    """(text, speaker name) of each quote of a short English article."""
    article = ENGLISH.parse(f"Harbour plans stir debate\n\nBy Jane Roe\n\nMarch 4, 2025\n\n{body}\n")
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a person's name after the body's name and "and": the body's name stops there, and both are
        # the sources (mendQ64's joined sources after "according to", as "Mayor A and treasurer B")
        (
            "The plan was approved last week, according to the Department of Health and Anna Holt.",
            [("The plan was approved last week", "Department of Health and Anna Holt")],
        ),
        (
            "The funds were released on Friday, according to the Ministry of Finance and Peter Lang.",
            [("The funds were released on Friday", "Ministry of Finance and Peter Lang")],
        ),
        # near misses: the body's name goes on past "and"
        (
            "The grant was approved, according to the Department of Housing and Urban Development.",
            [("The grant was approved", "Department of Housing and Urban Development")],
        ),
        (
            "The plan will cost more, according to the Department of Health and Human Services.",
            [("The plan will cost more", "Department of Health and Human Services")],
        ),
    ],
)
def test_joined_body_name_stops_at_a_person(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the time phrase is the subject of the reported clause
        ("Ortiz said that night was the worst of her life.", [("that night was the worst of her life", "Ortiz")]),
        ("Tom Berg said the next day was crucial for the talks.", [("the next day was crucial for the talks", "Tom Berg")]),
        # near misses: the time phrase belongs to the cue
        ("Ortiz said that night the pier would close for good.", [("the pier would close for good", "Ortiz")]),
        ("Tom Berg said the other day the plan was dead.", [("the plan was dead", "Tom Berg")]),
    ],
)
def test_time_phrase_before_a_verb_is_the_subject(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('"It is over," was how Tom Berg put it after the vote.', [("It is over,", "Tom Berg")]),
        ('"We won," is what Tom Berg said on Monday night.', [("We won,", "Tom Berg")]),
        ('"We lost," was all Anna Holt said.', [("We lost,", "Anna Holt")]),
        # near miss: the copula opens the phrase before the cue, which names no speaker
        (
            '"We lost," was the message from Tom Berg, adding that he would run again.',
            [("We lost,", None)],
        ),
    ],
)
def test_name_after_copula_still_speaks(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(body) == expected
