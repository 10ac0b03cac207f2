"""The pipeline's named line rules: their order is class data, and a new part is one rule plus one field."""

from __future__ import annotations

import pickle

import attrs
import pytest

import newsparse
from newsparse import Article, ArticleParser, ParseState
from newsparse.article import STOP
from newsparse.spans import Span

STORY = (
    "Bridge reopens after repairs\n"
    "By Ana Lima\n"
    "Published: Mar 4, 2025 09:05 AM\n\n"
    "PORTO (Reuters) - The old bridge over the river reopened on Tuesday after two years of repairs.\n\n"
    "Correction: An earlier version of this story gave the wrong year for the closure.\n\n"
    "Traffic was light in the first hours, the city said.\n"
)


@attrs.define
class CorrectionState(ParseState):
    """The parse state with one more part."""

    corrections: list[str] = attrs.Factory(list)


@attrs.frozen
class CorrectedArticle(Article):
    corrections: tuple[str, ...] = ()


class CorrectionParser(ArticleParser):
    """Correction notices, as one rule plus one field."""

    STATE = CorrectionState
    BODY_RULES = ("correction", *ArticleParser.BODY_RULES)
    BODY_PROSE_RULES = ArticleParser.BODY_PROSE_RULES | {"correction"}

    def body_correction(self, state: ParseState, index: int, peek: bool) -> int:
        assert isinstance(state, CorrectionState)
        line = state.lines[index]
        if not line.text.startswith("Correction:"):
            return 0
        if not peek:
            state.corrections.append(line.text)
        return 1

    def build(self, state: ParseState) -> Article:
        assert isinstance(state, CorrectionState)
        article = super().build(state)
        return CorrectedArticle(**attrs.asdict(article, recurse=False), corrections=tuple(state.corrections))


def test_a_new_part_is_one_rule_and_one_field() -> None:
    article = CorrectionParser().parse(STORY)
    assert isinstance(article, CorrectedArticle)
    assert article.corrections == ("Correction: An earlier version of this story gave the wrong year for the closure.",)
    assert [p.text[:20] for p in article.paragraphs] == ["The old bridge over ", "Traffic was light in"]
    assert article.boilerplate == ()


def test_the_default_parser_files_the_notice_as_an_editors_note() -> None:
    # (the default parser files it as boilerplate; the part above gives it a field of its own)
    article = newsparse.parse_article(STORY)
    assert [p.text[:20] for p in article.paragraphs] == ["The old bridge over ", "Traffic was light in"]
    assert [(b.kind, b.text[:20]) for b in article.boilerplate] == [("editors-note", "Correction: An earli")]


def test_dropping_a_header_rule() -> None:
    class NoStamps(ArticleParser):
        HEADER_RULES = tuple(name for name in ArticleParser.HEADER_RULES if name not in ("timestamps", "inline_stamp"))

    article = NoStamps().parse(STORY)
    assert article.published is None
    assert [(b.kind, b.text[:31]) for b in article.boilerplate] == [
        ("other", "Published: Mar 4, 2025 09:05 AM"), ("editors-note", "Correction: An earlier version "),
    ]
    assert newsparse.parse_article(STORY).published is not None


def test_moving_a_rule_changes_what_claims_a_line() -> None:
    # "By Ana Lima" is a byline by default; with the headline rule first it is the headline
    class HeadlineFirst(ArticleParser):
        HEADER_RULES = ("headline", *(name for name in ArticleParser.HEADER_RULES if name != "headline"))

    text = "By Ana Lima\n\nThe old bridge over the river reopened on Tuesday after two years of repairs, the city said."
    assert newsparse.parse_article(text).byline is not None
    assert newsparse.parse_article(text).headline is None
    assert HeadlineFirst().parse(text).headline == newsparse.Headline("By Ana Lima", Span(0, 11))


def test_a_rule_that_does_not_exist_is_refused() -> None:
    class Misspelt(ArticleParser):
        BODY_RULES = ("captoin",)

    with pytest.raises(TypeError, match="body_captoin"):
        Misspelt()


def test_peek_claims_nothing() -> None:
    parser = ArticleParser()
    lines = newsparse.lines.split_lines(STORY)
    state = ParseState(STORY, lines)
    assert parser.header_byline(state, 1, peek=True) == 1
    assert parser.header_timestamps(state, 2, peek=True) == 1
    assert parser.header_dateline(state, 3, peek=True) == STOP
    assert state == ParseState(STORY, lines)


def test_a_parser_with_its_own_rules_pickles() -> None:
    parser = pickle.loads(pickle.dumps(CorrectionParser()))
    assert isinstance(parser.parse(STORY), CorrectedArticle)


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        # a byline on two lines in the body: both lines are the byline's, neither is also a paragraph
        (
            "Council votes on budget\nBy\nMarta Kowalski\n\nCouncillors met on Monday night and voted to cut the road budget.\n",
            "By\nMarta Kowalski",
        ),
        # the header runs out without running text, so the body reads the byline
        ("0\r\nBy\r\nAnna Berg", "By\r\nAnna Berg"),
        (
            "Photo gallery\n\n3 of 12\n\nBY\nJOHN DOE\n\nThe mayor opened the new library on Saturday, and hundreds came.\n",
            "BY\nJOHN DOE",
        ),
    ],
)
def test_a_body_rule_that_claims_two_lines_claims_both(text: str, byline: str) -> None:
    article = newsparse.parse_article(text)
    assert article.byline is not None
    span = article.byline.span
    assert text[span.start : span.end] == byline
    others = [part.span for part in (*article.paragraphs, *article.boilerplate, *article.captions)]
    assert [other for other in others if other.start < span.end and span.start < other.end] == []
