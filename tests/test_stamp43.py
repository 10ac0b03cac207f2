"""An update's clock in brackets after the publication's stamp on its line (``12 mars 2025 à 14h05
(mis à jour à 16h10)``, ``May 12, 2025 11:05 AM (Updated 2:05 PM)``) is the update on that day, as
it is after a comma or a bar: before stop 40 the bracket kept the piece from being read and it was
boilerplate ``other``."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.parts import holds_every_line

import newsparse

STAMPS = [
    # (the language, the stamp line, the publication, the update, the update's text)
    ("en", "Published May 12, 2025 11:05 (Updated 14:05)", dt.datetime(2025, 5, 12, 11, 5), dt.datetime(2025, 5, 12, 14, 5), "14:05"),
    ("en", "May 12, 2025 11:05 AM (Updated 2:05 PM)", dt.datetime(2025, 5, 12, 11, 5), dt.datetime(2025, 5, 12, 14, 5), "2:05 PM"),
    ("en", "Published May 12, 2025 (Updated 14:05)", dt.datetime(2025, 5, 12), dt.datetime(2025, 5, 12, 14, 5), "14:05"),
    ("fr", "Publié le 12 mars 2025 à 14h05 (mis à jour à 16h10)", dt.datetime(2025, 3, 12, 14, 5), dt.datetime(2025, 3, 12, 16, 10), "16h10"),
    ("de", "12. März 2025, 14:05 Uhr (aktualisiert um 16:10 Uhr)", dt.datetime(2025, 3, 12, 14, 5), dt.datetime(2025, 3, 12, 16, 10), "16:10 Uhr"),
]

STORY = {
    "en": ("Farmers block roads in the south", "By Claire Dubois",
           "Farmers blocked several roads in the south on Tuesday in protest at falling prices, the police said."),
    "fr": ("Les agriculteurs bloquent les routes du sud", "Par Claire Dubois",
           "Les agriculteurs ont bloqué plusieurs routes du sud mardi pour protester contre la baisse des prix."),
    "de": ("Bauern blockieren Straßen im Süden", "Von Claire Dubois",
           "Bauern haben am Dienstag mehrere Straßen im Süden blockiert, um gegen sinkende Preise zu protestieren."),
}


@pytest.mark.parametrize(("language", "line", "published", "updated", "written"), STAMPS)
def test_an_update_in_brackets_beside_the_stamp_is_read(
    language: str, line: str, published: dt.datetime, updated: dt.datetime, written: str
) -> None:
    headline, byline, first = STORY[language]
    text = f"{headline}\n\n{line}\n\n{byline}\n\n{first}\n\nThe protest ended in the evening.\n"
    parser = newsparse.ArticleParser() if language == "en" else newsparse.ArticleParser(language=language)
    article = parser.parse(text)
    assert article.published is not None and article.published.datetime == published
    assert article.updated is not None and (article.updated.datetime, article.updated.text) == (updated, written)
    assert text[article.updated.span.start : article.updated.span.end] == written
    assert holds_every_line(article)


def test_a_bracket_that_opens_nowhere_before_is_not_read_past() -> None:
    # the closing bracket belongs to no bracket on the line: the piece is left as it was
    text = "Farmers block roads\n\nPublished May 12, 2025 11:05 | Updated 14:05)\n\nBy Claire Dubois\n\n" + STORY["en"][2] + "\n"
    article = newsparse.parse_article(text)
    assert article.published is not None and article.published.datetime == dt.datetime(2025, 5, 12, 11, 5)
    assert article.updated is None
