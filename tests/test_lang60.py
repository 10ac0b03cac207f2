"""English tags of regions that write the day first read a numeric date day first (trial60:
``language="en-IN"`` read ``05/12/2026`` as 12 May); other English tags keep the month first."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse import ArticleParser, QuoteParser
from newsparse.quotes.languages import BritishQuotes, BritishVocabulary, language_pack

PAGE = """Frost damages tea crop in the highlands

Published: 05/12/2026 07:40

NAIROBI - Farmers in three counties said on Friday that frost had hit their bushes on three nights in a row.

"We have never seen it this late," said Wanjiru Kamau, who grows tea near Kericho.
"""


@pytest.mark.parametrize(
    ("language", "published"),
    [
        ("en-IN", dt.datetime(2026, 12, 5, 7, 40)),
        ("en-AU", dt.datetime(2026, 12, 5, 7, 40)),
        ("en_nz", dt.datetime(2026, 12, 5, 7, 40)),
        ("EN-ie", dt.datetime(2026, 12, 5, 7, 40)),
        ("en-ZA", dt.datetime(2026, 12, 5, 7, 40)),
        ("en-KE", dt.datetime(2026, 12, 5, 7, 40)),
        ("en-SG", dt.datetime(2026, 12, 5, 7, 40)),
        ("en-GB", dt.datetime(2026, 12, 5, 7, 40)),
        # (month first: the US, and Canada and the Philippines, whose pages write both or the month first)
        ("en", dt.datetime(2026, 5, 12, 7, 40)),
        ("en-US", dt.datetime(2026, 5, 12, 7, 40)),
        ("en-CA", dt.datetime(2026, 5, 12, 7, 40)),
        ("en-PH", dt.datetime(2026, 5, 12, 7, 40)),
    ],
)
def test_a_numeric_stamp_is_read_in_the_regions_order(language: str, published: dt.datetime) -> None:
    article = newsparse.parse_article(PAGE, language=language)
    assert article.published is not None
    assert article.published.datetime == published
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == ["Farmers", "Wanjiru Kamau"]


@pytest.mark.parametrize("language", ["en-IN", "en-AU", "en-IE"])
def test_a_day_first_region_reads_quotation_marks_as_english_does(language: str) -> None:
    pack = language_pack(language)
    assert (pack.code, pack.vocabulary, pack.quotes) == (language.upper().replace("EN-", "en-"), BritishVocabulary, QuoteParser)
    single = "SYDNEY - The mayor spoke on Monday.\n\n'We will rebuild the pier,' said Mayor Ruth Lane.\n"
    double = 'SYDNEY - The mayor spoke on Monday.\n\n"We will rebuild the pier," said Mayor Ruth Lane.\n'
    for text in (single, double):
        quotes = ArticleParser(language=language).parse(text).quotes
        assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
            ("We will rebuild the pier,", "Ruth Lane")
        ]


def test_en_gb_keeps_its_own_quotation_marks() -> None:
    assert language_pack("en-GB").quotes is BritishQuotes
    assert language_pack("en-US").quotes is QuoteParser and language_pack("en-US").vocabulary is not BritishVocabulary
