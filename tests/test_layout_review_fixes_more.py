"""Regressions a review found in the layout change (promos, surnames, foreign stamps, one-word ledes), each pinned against the text that showed it."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import BoilerplateParser, TimestampParser

STORY = "The council voted on Monday to double fees, a move that will hurt shops.\n"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Get alerts from the county by texting FLOOD to 511, the sheriff said on Monday.", None),
        ("Get alerts about road closures on the county's website, officials said.", None),
        ("Phishing email alerts", None),
        ("Fake news emails", None),
        ("Get breaking news alerts and special reports. The news and stories that matter.", "subscribe"),
        ("Breaking News Emails", "subscribe"),
        ("Email Alerts", "subscribe"),
        ("News Alerts", "subscribe"),
    ],
)
def test_alerts_are_a_promo_only_when_they_offer_news_or_mail(text: str, kind: str | None) -> None:
    assert BoilerplateParser().kind(text) == kind


@pytest.mark.parametrize("name", ["Gabor Markovics", "Kevin Moriarity", "Anna Jovanovics", "Jane Roe"])
def test_a_surname_ending_like_a_noun_is_still_a_byline_over_a_stamp(name: str) -> None:
    text = f"Council votes to double parking fees\n{name}\nPublished November 18, 2019\n\n{STORY}"
    article = newsparse.parse_article(text)
    assert article.byline is not None
    assert article.byline.authors == (name,)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # reads both ways: the label's language puts the day first, never month first
        ("Pubblicato il 04/03/2025 alle 14:30", "2025-03-04T14:30:00"),
        ("Veröffentlicht am 04.03.2025", "2025-03-04T00:00:00"),
        ("Veröffentlicht am 04.03.25", "2025-03-04T00:00:00"),  # a year of two digits: day first as well
        ("Pubblicato il 14/03/2025 alle 14:30", "2025-03-14T14:30:00"),  # only day first
        ("Published 04/03/2025", "2025-04-03T00:00:00"),  # an English label: the vocabulary's order
        ("Veröffentlicht am 3. Okt. 2019", "2019-10-03T00:00:00"),
        ("Aktualisiert am 5. Dez. 2019, 10:12 Uhr", "2019-12-05T10:12:00"),
        ("Publié le lundi 18 novembre 2019", "2019-11-18T00:00:00"),
        ("Actualizado el 4 de marzo de 2025 a las 14:30", "2025-03-04T14:30:00"),
        ("Publié le 1er mars 2019", "2019-03-01T00:00:00"),
        ("Publié le 11er mars 2019", None),  # only the first of the month is written so
    ],
)
def test_a_foreign_label_never_reads_a_numeric_date_month_first(text: str, when: str | None) -> None:
    stamp = TimestampParser().parse_segment(text, 0, None)
    assert (stamp.datetime.isoformat() if stamp is not None else None) == when


def test_a_foreign_label_reads_a_numeric_date_day_first_when_told() -> None:
    stamp = TimestampParser(dayfirst=True).parse_segment("Pubblicato il 04/03/2025 alle 14:30", 0, None)
    assert stamp is not None
    assert stamp.datetime.isoformat() == "2025-03-04T14:30:00"


@pytest.mark.parametrize(
    ("text", "stamp_like"),
    [
        ("Date set for council vote on parking fees", False),
        ("Original Mars rover team reunites", False),
        ("Posted set list", False),
        ("Posted ago", False),
        ("Publié le lundi 18 novembre 2019", True),
        ("Pubblicato il novembre 2019", True),
        ("Published November 18, 2019", True),
    ],
)
def test_a_foreign_month_after_a_label_needs_a_number(text: str, stamp_like: bool) -> None:
    parser = TimestampParser()
    assert parser.starts_with_label(text) is stamp_like


@pytest.mark.parametrize(
    ("word", "first_paragraph"),
    [
        ("Exclusive!", STORY.strip()),
        ("Analysis.", STORY.strip()),
        ("Hello!", STORY.strip()),
        ("Why?", "Why?"),
        ("“No.”", "“No.”"),
    ],
)
def test_a_one_word_kicker_is_no_lede(word: str, first_paragraph: str) -> None:
    text = f"Council votes to double parking fees\nBy Jane Roe\n\n{word}\n\n{STORY}"
    article = newsparse.parse_article(text)
    assert article.paragraphs[0].text == first_paragraph
    assert [p.text for p in article.paragraphs][-1] == STORY.strip()
