"""Markdown's marks of emphasis are one vocabulary, ``Vocabulary.EMPHASIS_MARKS``, read by the
byline parser and by the stamp parser alike: a site whose export marks its header with other
marks changes both by changing that one list."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse.vocabulary import Vocabulary


class HighlightVocabulary(Vocabulary):
    """A wiki export that highlights its header fields with ``==`` instead of asterisks."""

    EMPHASIS_MARKS = ("==",)


STORY = "Councillors voted 31-12 on Thursday to build protected cycle lanes on four main roads.\n"

HEADERS = [
    ("{m}By Owen Price{m} | 12 May 2025\n{m}Updated:{m} 13 May 2025 10:05", ("Owen Price",), dt.datetime(2025, 5, 13, 10, 5)),
    ("{m}By Mia Lund and Tom Berg{m}\n{m}Last updated{m}: 2 June 2025 18:40", ("Mia Lund", "Tom Berg"), dt.datetime(2025, 6, 2, 18, 40)),
]


@pytest.mark.parametrize(("header", "authors", "updated"), HEADERS)
def test_a_vocabulary_of_other_marks_reads_them_round_bylines_and_stamps(
    header: str, authors: tuple[str, ...], updated: dt.datetime
) -> None:
    text = f"Council approves cycle lanes\n\n{header.format(m='==')}\n\n{STORY}"
    article = newsparse.ArticleParser(vocabulary=HighlightVocabulary()).parse(text)
    assert article.byline is not None and article.byline.authors == authors
    assert article.updated is not None and article.updated.datetime == updated
    assert article.boilerplate == ()


@pytest.mark.parametrize(("header", "authors", "updated"), HEADERS)
def test_marks_left_out_of_the_vocabulary_are_read_as_written(
    header: str, authors: tuple[str, ...], updated: dt.datetime
) -> None:
    # control: the same header in asterisks, which that vocabulary no longer names, is no byline or update
    text = f"Council approves cycle lanes\n\n{header.format(m='**')}\n\n{STORY}"
    article = newsparse.ArticleParser(vocabulary=HighlightVocabulary()).parse(text)
    assert article.byline is None
    assert article.updated is None
    default = newsparse.parse_article(text)
    assert default.byline is not None and default.byline.authors == authors
    assert default.updated is not None and default.updated.datetime == updated
