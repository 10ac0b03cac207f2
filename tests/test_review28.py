"""Review of fixS/layS/memU (stop 26, second read): sharing and invisible characters."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser


def test_public_dict_of_one_parser_is_not_shared_with_another() -> None:
    # a caller adds a zone abbreviation to one parser's vocabulary: the other parser's is untouched
    first, second = ArticleParser(), ArticleParser()
    second.vocabulary.tzinfos["XST"] = 3600
    assert "XST" not in first.vocabulary.tzinfos
    assert "XST" in second.vocabulary.tzinfos


def test_private_tables_are_still_shared() -> None:
    first, second = ArticleParser(), ArticleParser()
    assert second.vocabulary._titles is first.vocabulary._titles


@pytest.mark.parametrize(
    ("text", "place", "agency", "raw"),
    [
        # a soft hyphen after the agency, a zero-width space before it, bidi isolates round the place
        ("Storm hits coast\n\nLISBON, Oct 2 (Reuters)\u00ad - Winds of 120 km/h hit the coast, officials said.\n",
         "LISBON", "Reuters", "LISBON, Oct 2 (Reuters)\u00ad -"),
        ("Storm hits coast\r\n\r\nLISBON, Oct 2 \u200b(Reuters) - Winds of 120 km/h hit the coast, officials said.\r\n",
         "LISBON", "Reuters", "LISBON, Oct 2 \u200b(Reuters) -"),
        ("Sturm an der Küste\n\n\u2067HAMBURG\u2069 (dpa) - Der Sturm erreichte am Morgen die Küste.\n",
         "HAMBURG", "dpa", "\u2067HAMBURG\u2069 (dpa) -"),
    ],
)
def test_invisible_characters_hide_no_dateline(text: str, place: str, agency: str, raw: str) -> None:
    article = ArticleParser().parse(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.text) == (place, agency, raw)
    assert article.dateline.span.slice(text) == raw
    assert not article.paragraphs[0].text.startswith(place)
    assert article.span_mismatches() == []
    # the dateline stays out of the reported speech
    assert all(not q.text.startswith(place) for q in article.quotes)
