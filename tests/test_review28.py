"""Review of fixS/layS/memU (stop 26, second read): sharing and invisible characters."""

from __future__ import annotations

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
