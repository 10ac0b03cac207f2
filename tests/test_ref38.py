"""ref38: refactors that keep behaviour, and the one thing a user may now change in one place: the
dashes that end a dateline are the dateline parser's, read by the quote parser too."""

from __future__ import annotations

from typing import ClassVar

import pytest

from newsparse import ArticleParser
from newsparse.dateline import DatelineParser
from newsparse.quotes import QuoteParser
from newsparse.vocabulary import Vocabulary


class FigureDashDatelines(DatelineParser):
    """A paper that ends its datelines with a figure dash (U+2012)."""

    DASHES: ClassVar[tuple[str, ...]] = (*DatelineParser.DASHES, "‒")


class FigureDashQuotes(QuoteParser):
    """The quote parser that reads past the same datelines."""

    DATELINE_PARSER: ClassVar[type[DatelineParser]] = FigureDashDatelines


def test_a_dash_added_to_the_dateline_parser_is_read_past_by_the_quote_parser() -> None:
    vocabulary = Vocabulary()
    parser = ArticleParser(
        vocabulary=vocabulary, dateline=FigureDashDatelines(vocabulary), quotes=FigureDashQuotes(vocabulary)
    )
    article = parser.parse(
        "Minister tours the new plant\n\n"
        "LYON ‒ The French foreign minister, Anne Morel, toured the plant on Monday with local officials.\n\n"
        '"It is an impressive piece of work," she said.\n'
    )
    assert article.dateline is not None
    assert article.dateline.place == "LYON"
    assert [quote.speaker.name if quote.speaker else None for quote in article.quotes] == ["Anne Morel"]


@pytest.mark.parametrize("label", ["UPDATE", "ANALYSIS", "REVIEW", "EDITOR'S NOTE", "MEDIA ADVISORY", "FLOOD ALERT"])
def test_a_label_that_ends_with_a_label_noun_is_no_dateline_alone_or_qualified(label: str) -> None:
    # mutants: is_label reads LABEL_LAST_WORDS only after a qualifier (len(words) > 1: the one-word
    # labels, no longer in COLON_LABELS, would be places) or only alone (len(words) == 1: FLOOD ALERT)
    article = ArticleParser().parse(
        "Ferry timetable changes\n\n"
        f"{label} - The harbour ferries will run every half hour from Monday, the operator said in a statement.\n"
    )
    assert article.dateline is None
