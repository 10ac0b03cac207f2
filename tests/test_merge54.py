"""Merge fixes of stop 47: a quotation before a cue is kept when no speaker is read after the
cue, and a pronoun resolved before carries its name on to the same pronoun."""

from __future__ import annotations

import pytest

import newsparse

HEAD = "Council votes on harbour plan\n\n"


def quotes_of(body: str) -> list[tuple[str, str | None]]:
    article = newsparse.parse_article(HEAD + body)
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in article.quotes]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a cue right after the quotation: the words are someone's even when no speaker is read
        ('"It is over," said officials in the city.\n', [("It is over,", None)]),
        ('"It is over," said residents in Bonn on Monday.\n', [("It is over,", None)]),
        ('"Is it over?" asked residents in the city.\n', [("Is it over?", None)]),
        ('"It is over," said the mayor in the city.\n', [("It is over,", "the mayor")]),
        ('"It is over," said officials.\n', [("It is over,", "officials")]),
        # no cue after the closing mark: a title or scare quote stays no quote
        ('The show "Meet the Press" aired on Sunday.\n', []),
        ('The "experts" were wrong about the pier.\n', []),
        ('The "It Is Over" tour sold out in a day.\n', []),
    ],
)
def test_quotation_before_a_cue_is_kept(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(body) == expected


TRADER = "The Hong Kong trader said imports would rise this year.\n\nHe said the mills were sold to the state.\n\n"


@pytest.mark.parametrize(
    ("body", "last"),
    [
        (TRADER + '"Most of the mills are old," he said.\n', "The Hong Kong trader"),
        (
            'A nurse at the clinic said the ward was full.\n\nShe said the staff were tired.\n\n"We cannot go on," she said.\n',
            "A nurse at the clinic",
        ),
        # the other pronoun is someone else
        (TRADER + '"The harvest was poor," she said.\n', "she"),
        # someone named in between: not carried
        (TRADER + 'Ana Ruiz, a banker, disagreed.\n\n"The mills are fine," she said.\n', "Ana Ruiz"),
    ],
)
def test_resolved_pronoun_carries_on(body: str, last: str) -> None:
    assert quotes_of(body)[-1][1] == last


@pytest.mark.parametrize(
    "body",
    [
        # a title in quotation marks inside a phrase, then a cue: the cue is the phrase's
        'Jo Hale, host of "Morning Talk," suggested the mayor would resign.\n',
        'Perry, in a cape bearing the words "Vote Ruiz," shouted at the crowd.\n',
        'As Amy Lee, author of "The Quiet Harbour," put it, the pier is gone.\n',
    ],
)
def test_title_inside_a_phrase_before_a_cue_is_no_quote(body: str) -> None:
    assert all(text not in ("Morning Talk,", "Vote Ruiz,", "The Quiet Harbour,") for text, _ in quotes_of(body))
