"""Layout the parsers had not seen (lay56): short story sentences of reported speech lost to a
headline or to teaser debris, a dateline under its headline, stamps with a weekday, brackets or a
spelled-out US zone, and debris lines kept as paragraphs.  Invented stories; each row is the text
and exactly what must come out, and every line of the input stays in a part whose span slices
back to its text."""

from __future__ import annotations

import itertools

import pytest

import newsparse
from newsparse import Article
from parts import holds_every_line, part_spans

PARSERS: dict[str | None, newsparse.ArticleParser] = {}


def parse(text: str, language: str | None = None) -> Article:
    if language not in PARSERS:
        PARSERS[language] = newsparse.ArticleParser(language=language) if language else newsparse.ArticleParser()
    return PARSERS[language].parse(text)


def sound(article: Article) -> bool:
    """Every line in a part, every span slicing back, and no two parts sharing a character."""
    spans = sorted((span.start, span.end) for span in part_spans(article))
    disjoint = all(end <= start for (_, end), (start, _) in itertools.pairwise(spans))
    return holds_every_line(article) and disjoint


def texts(article: Article) -> list[str]:
    return [paragraph.text for paragraph in article.paragraphs]


def headline(article: Article) -> str | None:
    return article.headline.text if article.headline is not None else None


# -- 1. a short sentence of reported speech is the story's, never a headline or a teaser ----------

STORY_SENTENCES = [
    # (text, headline, paragraphs)
    ("Headline\n\n" + "Mr Smith said so.\n" * 5, None, ["Mr Smith said so."] * 5),
    ("Briefs\n\nThe mayor said so.\n\nThe council met on Monday.\n", None, ["The mayor said so.", "The council met on Monday."]),
    ("News\n\nMrs Ortiz told reporters.\nMrs Ortiz told reporters.\n", None, ["Mrs Ortiz told reporters."] * 2),
    ("Rates rise\n\nThe governor said so.\n\nThe bank met on Monday.\n", "Rates rise", ["The governor said so.", "The bank met on Monday."]),
]


@pytest.mark.parametrize(("text", "title", "paragraphs"), STORY_SENTENCES)
def test_short_reported_sentence_is_story(text: str, title: str | None, paragraphs: list[str]) -> None:
    article = parse(text)
    assert headline(article) == title
    assert texts(article) == paragraphs
    assert sound(article)


HEADLINES_KEPT = [
    # a headline's passive, a question, a title with no speech: still the headline
    ("Ministers told to wait.\n\nThe council met on Monday to discuss the budget and the pier.\n", "Ministers told to wait."),
    ("Mayor says pier reopens\n\nThe council met on Monday to discuss the budget and the pier.\n", "Mayor says pier reopens"),
    ("What she told me.\n\nThe council met on Monday to discuss the budget and the pier.\n", "What she told me."),
    ("The pier is saved.\n\nThe council met on Monday to discuss the budget and the pier.\n", "The pier is saved."),
]


@pytest.mark.parametrize(("text", "title"), HEADLINES_KEPT)
def test_headline_without_reported_speech_kept(text: str, title: str) -> None:
    article = parse(text)
    assert headline(article) == title
    assert texts(article) == ["The council met on Monday to discuss the budget and the pier."]
    assert sound(article)


def test_button_printed_twice_stays_debris() -> None:
    text = "Save this story for later.\nSave this story for later.\n\nThe council met on Monday to vote on the pier, and it voted to rebuild it.\n"
    article = parse(text)
    assert texts(article) == ["The council met on Monday to vote on the pier, and it voted to rebuild it."]
    assert sound(article)
