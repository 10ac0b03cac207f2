"""What keeps a parse's memory proportional to its input stays exact: collapsing whitespace a
piece at a time, one line's own span for a one-line paragraph, boilerplate kept in input order."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser, Boilerplate, Span, spans
from newsparse.lines import join_span, split_lines
from newsparse.spans import collapse

TEXTS = [
    "The minister said on Tuesday that the plan would go ahead. " * 3,
    " Rain\r\n  ends\x1fdrought\u00a0 and\u2028floods\x85recede\u3000 ",
    "word" * 30,  # no space at all: one piece
    "a  b\t\tc\n\nd" * 7,
    "   ",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("chunk", [1, 5, 16, 65_536])
def test_collapse_in_pieces_is_collapse(monkeypatch: pytest.MonkeyPatch, text: str, chunk: int) -> None:
    monkeypatch.setattr(spans, "COLLAPSE_PIECE", chunk)
    assert collapse(text) == " ".join(text.split())


def test_one_line_paragraph_shares_the_line_span() -> None:
    one, two, _ = split_lines("Rain ends drought\nin the north\n\nFloods recede.")
    assert join_span([one]) is one.span
    assert join_span([one, two]) == Span(0, 30)
    article = ArticleParser().parse("Title\n\nRain ends drought in the north today, officials said.\n\nFloods recede.")
    assert [p.span for p in article.paragraphs] == [Span(7, 60), Span(62, 76)]


@pytest.mark.parametrize(
    ("spans_in", "expected"),
    [
        ([(0, 5), (6, 9), (10, 12)], [(0, 5), (6, 9), (10, 12)]),
        ([(6, 9), (0, 5), (10, 12)], [(0, 5), (6, 9), (10, 12)]),
        ([(0, 5), (0, 3)], [(0, 3), (0, 5)]),
        ([], []),
    ],
)
def test_boilerplate_in_order(spans_in: list[tuple[int, int]], expected: list[tuple[int, int]]) -> None:
    found = [Boilerplate("x" * (end - start), "other", Span(start, end)) for start, end in spans_in]
    assert [b.span.to_list() for b in ArticleParser.in_order(found)] == [list(pair) for pair in expected]
