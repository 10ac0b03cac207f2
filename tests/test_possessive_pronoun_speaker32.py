"""``a friend of his`` ends in a possessive pronoun, not a determiner left open: the phrase is a
speaker (mutS's wrong reading of stop 32: ``is_fragment`` read ``his`` as a determiner that ends a piece
of a clause, so the quote kept no speaker); ``a collection of his`` is still no one."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

PARSER = ArticleParser()

ROWS = [
    ('Tom Berg was arrested on Monday.\n\n"The deal is dead," a friend of his said.', ["a friend of his"]),
    ("Tom Berg was arrested.\n\nA neighbour of his said the house had been empty for weeks.", ["A neighbour of his"]),
    # controls: "hers" is no determiner (already a speaker); a thing of his is no one
    ('Ana Ortiz left the firm in May.\n\n"She was never happy there," a colleague of hers said.', ["a colleague of hers"]),
    ('The poet died in May.\n\n"It was a dark year," a collection of his said.', [None]),
]


@pytest.mark.parametrize(("body", "expected"), ROWS)
def test_a_person_of_his_speaks(body: str, expected: list[str | None]) -> None:
    article = PARSER.parse("Harbour deal collapses\n\n" + body + "\n")
    assert [q.speaker.mention if q.speaker else None for q in article.quotes] == expected
