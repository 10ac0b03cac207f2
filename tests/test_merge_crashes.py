"""Inputs that raised from ``parse_article`` when two of the day's correct changes met in main
(stop 19): each must parse, keep every span slicing back, and give its quotes a speaker."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import ArticleParser


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        # a titled mention with no fuller name reached the kin reader with an empty index chunk
        ('Headline here\n\n"We are leaving," said Mr. Obama.', None, ["Obama"]),
        ('Headline here\n\n"We are leaving," said Mrs. Obama.', None, ["Obama"]),
        ('Titre\n\n« Nous partons », a déclaré Mme Dupont.', "fr", ["Dupont"]),
        # two speakers of one paragraph read from one start with mentions of different lengths: the
        # sort of (start, mention) pairs compared the mentions, which have no order
        ('John Van der Berg: "A," said "B."', None, None),
        ('Headline\n\nJohn Van der Berg said: "We are leaving," said "Yes."', None, None),
        ('Headline\n\nJohn De la Cruz said: "We are leaving," said "Yes."', "en-GB", None),
        ("Müller told reporters: „Nous partons“, Según „Wir ", "es", None),
    ],
)
def test_parses_without_an_exception(text: str, language: str | None, speakers: list[str] | None) -> None:
    article = ArticleParser(language=language).parse(text) if language else newsparse.parse_article(text)
    assert article.span_mismatches() == []
    assert newsparse.Article.from_dict(article.to_dict(), text=text) == article
    if speakers is not None:
        assert [q.speaker.name if q.speaker else None for q in article.quotes] == speakers
    else:
        assert article.quotes and all(q.speaker is not None for q in article.quotes)
