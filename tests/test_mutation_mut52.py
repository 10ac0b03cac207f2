"""Mutation pass mut52 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``da1e3b6d..aa95e326`` (stop 44: the layout rules of ``article.py``, the quote rules of
``quotes/direct.py``, ``grammar.py``, ``reported.py`` and ``resolution.py``), made on main
``aa95e326``.  Each table pins down a rule whose mutants no test noticed: a predicate read on words
written for it, or a text and what must come out of it (see docs/testing.md, "Mutation testing").
Rows that read a rule a parser compiles when it is made build a parser of their own."""

from __future__ import annotations

import functools

import pytest

import newsparse
from newsparse import ArticleParser, QuoteKind
from newsparse.quotes.parser import QuoteParser

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED
Row = tuple[str, QuoteKind, "str | None", "str | None"]


@functools.cache
def article_parser(language: str | None = None) -> ArticleParser:
    """One article parser (of *language*'s pack if given) for the predicate tables."""
    return ArticleParser(language=language)


@functools.cache
def quote_parser() -> QuoteParser:
    """One quote parser for the predicate tables (parsers are stateless)."""
    return QuoteParser()


def fresh_rows(paragraph: str, language: str | None = None) -> list[Row]:
    """The quotes of *paragraph* under a plain headline, read by an :class:`ArticleParser` built
    for this row (a rule its constructor compiles is read as the constructor compiles it now)."""
    article = ArticleParser(language=language).parse(f"Harbour notebook\n\n{paragraph}")
    return [
        (quote.text, quote.kind, quote.speaker and quote.speaker.name, quote.speaker and quote.speaker.mention)
        for quote in article.quotes
    ]


# ArticleParser.names_alone: one or more names a byline's list could hold (at most MAX_AUTHORS of
# them, eight), not a line in capitals
NAMES_ALONE = [
    ("Jane Roe", True),
    ("Jane Roe and Tom Hale", True),
    ("Jane Roe, Tom Hale, Ana Ruiz, Li Wei, Omar Haddad, Eva Jansen, Paul Dunn and Sara Kim", True),  # (eight)
    ("Jane Roe, Tom Hale, Ana Ruiz, Li Wei, Omar Haddad, Eva Jansen, Paul Dunn, Rosa Diaz and Sara Kim", False),
    ("JANE ROE", False),  # (a label in capitals)
    ("", False),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_ALONE)
def test_names_alone(text: str, expected: bool) -> None:
    assert article_parser().names_alone(text) is expected


# ArticleParser.is_reading_time: at most READING_TIME_WORDS words (five), a digit among them, and
# a line the boilerplate rules file as "other"
READING_TIME = [
    (None, "3 min read", True),
    (None, "Reading time: 4 minutes", True),
    ("fr", "Temps de lecture 3 min.", True),  # (five words, the most)
    (None, "Jane Roe", False),  # (no digit)
    (None, "Updated 2 hours ago", False),  # (a digit, no boilerplate)
]


@pytest.mark.parametrize(("language", "text", "expected"), READING_TIME)
def test_is_reading_time(language: str | None, text: str, expected: bool) -> None:
    assert article_parser(language).is_reading_time(text) is expected


# DirectQuotes.leading_titles: how many of a signature's words are titles before the name
LEADING_TITLES = [
    (["Dr"], 1),  # (titles to the end: no word past them is read)
    (["Dr", "Ann", "Cole"], 1),
    (["Prof.", "Dr", "Ravi", "Menon"], 2),
    (["Ann", "Cole"], 0),
]


@pytest.mark.parametrize(("words", "expected"), LEADING_TITLES)
def test_leading_titles(words: list[str], expected: int) -> None:
    assert quote_parser().leading_titles(words) == expected


# ArticleParser.cut_cards_printed_twice: a label and a title printed twice in a row, each a block of
# one line, are filed as related links, whatever block follows the four (here a paragraph of two lines)
CARD_TWICE = (
    "Council approves new budget for schools\n\nBy Jane Roe\n\n"
    "The city council approved a new budget for schools on Tuesday after a long debate.\n\n"
    "Teachers welcomed the decision, which adds funding for two hundred new posts.\n\n"
    "Business\n\nPaper renames itself as its dispute goes on\n\n"
    "Business\n\nPaper renames itself as its dispute goes on\n\n"
    "The budget now goes to the mayor, who is expected to sign it\nbefore the end of the month.\n"
)


def test_card_printed_twice_before_a_paragraph_of_two_lines() -> None:
    article = newsparse.parse_article(CARD_TWICE)
    assert [p.text for p in article.paragraphs] == [
        "The city council approved a new budget for schools on Tuesday after a long debate.",
        "Teachers welcomed the decision, which adds funding for two hundred new posts.",
        "The budget now goes to the mayor, who is expected to sign it before the end of the month.",
    ]
    assert [(b.kind, b.text) for b in article.boilerplate] == [
        ("related", "Business"),
        ("related", "Paper renames itself as its dispute goes on"),
        ("related", "Business"),
        ("related", "Paper renames itself as its dispute goes on"),
    ]


# DirectQuotes.__init__'s patterns, read by a parser built for the row: a letter's closing before
# the name that signs a quotation (SIGN_OFF_WORDS), an agency the words were told to (the
# recipient pattern, written VERBOSE)
FRESH = [
    (None, "\u201cWe thank residents for their patience. Yours, Dr Ann Cole, Mayor.\u201d",
     [("We thank residents for their patience.", D, "Ann Cole", "Dr Ann Cole")]),
    ("es", "\u00abVamos a ganar las elecciones\u00bb, dijo a Efe Luis Vega, portavoz del partido.",
     [("Vamos a ganar las elecciones", D, "Luis Vega", "Luis Vega")]),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), FRESH)
def test_rules_a_new_parser_compiles(language: str | None, paragraph: str, expected: list[Row]) -> None:
    assert fresh_rows(paragraph, language) == expected
