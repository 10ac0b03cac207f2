"""mem38: a long text's lines are let go before its quotes are read (issue 7).  A line's text and its
paragraph's are a copy of the input; the quote parser reading a text with invisible characters
holds two more (the text without them, its paragraph without them), so ten million characters of
emoji on one line held four copies of forty megabytes at once.  From ``ArticleParser.LET_GO_FROM``
characters on, ``build`` gives the quote parser the paragraphs by their spans and empties the
state's lines before it reads them; the article is the same."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsparse import ArticleParser, Paragraph, QuoteParser, Span
from newsparse.lines import split_lines
from newsparse.quotes.parser import _VisibleParagraphs
from newsparse.spans import Paragraphs

#: A fan forum thread copied as one line (the scraper lost its line breaks), emoji with zero-width
#: joiners in every post.
THREAD = (
    "FOOTBALL\nSupporters pack the square after the cup final\nBy Nuria Castell\n\n"
    + " ".join(
        f"Post {k}: fans 👨\u200d👩\u200d👧 waved scarves in Plaça {k} until dawn 🎉. "
        f"“We waited nineteen years for this night,” said Jordi Puig, a season ticket holder from Girona."
        for k in range(40)
    )
    + "\n"
)


class _Watching(QuoteParser):
    """Notes what container of paragraphs the article parser hands over (the visible text's own
    call, ``parse_visible``'s, left out)."""

    seen: list[type] = []

    def parse(
        self,
        text: str,
        paragraphs: Sequence[Paragraph],
        *,
        context: Iterable[Span] = (),
        headline: Span | None = None,
        furniture: Iterable[Span] = (),
    ) -> Sequence:  # type: ignore[type-arg]
        if not isinstance(paragraphs, _VisibleParagraphs):
            _Watching.seen.append(type(paragraphs))
        return super().parse(text, paragraphs, context=context, headline=headline, furniture=furniture)


class _EarlyLetGo(ArticleParser):
    LET_GO_FROM = 1_000  # (the thread is some ten thousand characters: let go of it as of ten million)


def test_a_long_text_gives_its_quotes_the_paragraphs_by_their_spans_and_the_same_article() -> None:
    _Watching.seen.clear()
    letting_go = _EarlyLetGo(quotes=_Watching()).parse(THREAD)
    assert _Watching.seen == [Paragraphs]
    keeping = ArticleParser(quotes=_Watching()).parse(THREAD)  # (under LET_GO_FROM: as before)
    assert _Watching.seen == [Paragraphs, tuple]
    assert letting_go.to_json() == keeping.to_json()
    assert type(letting_go.paragraphs) is tuple
    assert len(letting_go.quotes) == 40
    assert {q.speaker.name for q in letting_go.quotes if q.speaker is not None} == {"Jordi Puig"}


def test_let_go_of_lines_empties_the_state_only_from_its_threshold() -> None:
    parser = _EarlyLetGo()
    state = parser.read(THREAD, split_lines(THREAD), None)
    paragraphs = (Paragraph("Fans waved scarves.", Span(0, 19)),)
    kept = parser.let_go_of_lines(state, paragraphs)
    assert isinstance(kept, Paragraphs) and tuple(kept) == paragraphs
    assert len(state.lines) == 0 and len(state.body) == 0
    short = ArticleParser()
    state = short.read(THREAD, split_lines(THREAD), None)
    assert short.let_go_of_lines(state, paragraphs) is paragraphs
    assert len(state.lines) > 0
