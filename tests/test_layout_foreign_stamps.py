"""Stamps that French, Italian, Spanish and German pages print, labelled in their own language:
read with the label's month names, and those month names read nowhere else."""

from __future__ import annotations

import pytest

import newsparse

HEADLINE = "Le conseil municipal adopte le budget des écoles\n\n"
STORY = (
    "\n\nLe conseil municipal a adopté mardi soir le budget des écoles après un long débat qui a duré "
    "jusqu'à minuit, a annoncé la mairie.\n\n"
    "Le vote a été acquis par six voix contre une.\n"
)


@pytest.mark.parametrize(
    ("stamp", "published", "updated"),
    [
        ("Publié le 18 novembre 2019 à 09h12", "2019-11-18T09:12:00", None),
        ("Publié le lundi 18 novembre 2019 à 09h12", "2019-11-18T09:12:00", None),
        ("Publié le 3 févr. 2025 à 17h05", "2025-02-03T17:05:00", None),
        ("Mis à jour le 19 novembre 2019 à 10h00", None, "2019-11-19T10:00:00"),
        ("Publié le 18 novembre 2019 à 09h12 | Mis à jour le 19 novembre 2019 à 10h00",
         "2019-11-18T09:12:00", "2019-11-19T10:00:00"),
        ("Pubblicato il 18 novembre 2019", "2019-11-18T00:00:00", None),
        ("Pubblicato il 18 novembre 2019 alle 09:12", "2019-11-18T09:12:00", None),
        ("Aggiornato il 2 maggio 2024 alle 18:40", None, "2024-05-02T18:40:00"),
        ("Publicado el 18 de noviembre de 2019", "2019-11-18T00:00:00", None),
        ("Veröffentlicht am 18. November 2019 um 09:12 Uhr", "2019-11-18T09:12:00", None),
        ("Veröffentlicht am 4. März 2025", "2025-03-04T00:00:00", None),
        # no year and no reference date: no date is better than a guess
        ("Publié le 18 novembre à 09h12", None, None),
    ],
)
def test_a_labelled_stamp_in_another_language(stamp: str, published: str | None, updated: str | None) -> None:
    article = newsparse.parse_article(HEADLINE + stamp + STORY)
    assert (article.published.datetime.isoformat() if article.published else None) == published
    assert (article.updated.datetime.isoformat() if article.updated else None) == updated
    assert article.paragraphs[0].text.startswith("Le conseil municipal a adopté")


def test_a_byline_with_a_labelled_stamp_in_french() -> None:
    article = newsparse.parse_article(HEADLINE + "Par Jean Dupont | Publié le 18 mars 2019" + STORY)
    assert article.published is not None and article.published.datetime.isoformat() == "2019-03-18T00:00:00"
    assert article.published.text == "18 mars 2019"


@pytest.mark.parametrize(
    "line",
    [
        # another language's month name without a label is no date: "Mars" is a planet in English
        "Mars 2019",
        "Mai 18, 2019",
        "Mars 18 2019",  # (a day, the month, the year of four digits is a date: tests/test_layW.py)
    ],
)
def test_a_foreign_month_without_a_label_is_no_stamp(line: str) -> None:
    article = newsparse.parse_article("Rover lands safely\n\n" + line + STORY)
    assert article.published is None and article.updated is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Mars 2020 landed in Jezero crater on 18 February 2021, mission controllers said.",
        "Published in Mai 2019, the report was ignored by the council for two years.",
    ],
)
def test_story_sentences_with_foreign_month_words_stay(sentence: str) -> None:
    text = "Rover lands safely\n\nBy Jane Roe\n\n" + sentence + "\n\nThe rover will collect rock samples over the next year.\n"
    article = newsparse.parse_article(text)
    assert [p.text for p in article.paragraphs] == [sentence, "The rover will collect rock samples over the next year."]
    assert article.published is None
