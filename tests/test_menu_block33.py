"""Stop 33: a list of short title-case lines under the story is a page's menu (boilerplate
``other``) only when one of its lines names a section or a page label filed as boilerplate
stands right above it; a recipe's ingredients, a team's line-up or the scorers stay the
story's (``ArticleParser.is_menu_block``)."""

from __future__ import annotations

import pytest

import newsparse
from parts import holds_every_line

HEAD = (
    "Harbour club wins the county cup\n\nBy Jane Roe\n\n"
    "Harbour Athletic won the county cup on Saturday, beating Millbrook 3-1 in front of a record crowd.\n\n"
    "The manager said the win was the club's first trophy in a decade.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # a team's line-up: a heading and surnames, no section named
        ("Harbour Athletic\nAlves\nMensah\nPrice\nOkafor\n", ["Harbour Athletic", "Alves", "Mensah", "Price", "Okafor"]),
        # the scorers
        ("Goals\nMensah\nPrice\nOkafor\n", ["Goals", "Mensah", "Price", "Okafor"]),
        # a recipe's ingredients at the end of a feature
        ("Ingredients\nBeef\nOnions\nCarrots\nRed Wine\n", ["Ingredients", "Beef", "Onions", "Carrots", "Red Wine"]),
    ],
    ids=["line-up", "scorers", "ingredients"],
)
def test_a_list_of_the_story_stays_in_the_body(tail: str, kept: list[str]) -> None:
    article = newsparse.parse_article(HEAD + tail)
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert " ".join(texts[2:]) == " ".join(kept)
    assert not any(line.kind == "other" for line in article.boilerplate)
    assert holds_every_line(article)


@pytest.mark.parametrize(
    ("tail", "menu"),
    [
        # a section named among the lines: the site's menu
        ("News\nSport\nObituaries\nClassifieds\n", ["News", "Sport", "Obituaries", "Classifieds"]),
        ("Local\nWorld\nOpinion\nPodcasts\n", ["Local", "World", "Opinion", "Podcasts"]),
    ],
    ids=["news-sport", "world-opinion"],
)
def test_a_menu_under_the_story_is_other(tail: str, menu: list[str]) -> None:
    article = newsparse.parse_article(HEAD + tail)
    assert [paragraph.text for paragraph in article.paragraphs][-1] == "The manager said the win was the club's first trophy in a decade."
    assert [line.text for line in article.boilerplate if line.kind == "other"] == menu
    assert holds_every_line(article)
