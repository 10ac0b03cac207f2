"""A second reader's findings on round 55 (fixR55): regressions the round brought in, then its
guesses made safer.  Each row is a short article in our own words and what it must give; the
near-misses that keep their answer stand beside the fixes."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.quotes.resolution import SpeakerResolution
from quote_cases import speaker_names as speakers

HEADLINE = "Minister speaks\n\n"

# (paragraphs, speakers in order, what the row checks)
SPEAKER_ROWS = [
    # 1. a place's name then a surname is a person's name: a pronoun stands for the person
    (
        "Israel Katz spoke to troops on Monday.\n\n\"We will respond,\" he said.",
        ["Israel Katz"],
        "a country's name as a given name before a surname",
    ),
    (
        "London Breed toured the flooded district on Monday.\n\n\"We will rebuild,\" she said.",
        ["London Breed"],
        "a city's name as a given name",
    ),
    (
        "Kenya Moore arrived at the premiere on Monday.\n\n\"It is a wonderful film,\" she said.",
        ["Kenya Moore"],
        "a country's name before a surname",
    ),
    (
        "Georgia Harrison gave evidence on Monday.\n\n\"I wanted to be heard,\" she said.",
        ["Georgia Harrison"],
        "a state's name before a surname",
    ),
    # near-misses: a body named by its place keeps no pronoun
    (
        "The Kenya Red Cross said 12 people had died.\n\n\"More rain is expected,\" she said.",
        ["Kenya Red Cross", "she"],
        "near-miss: three words after a determiner are a body's",
    ),
    (
        "Manchester United confirmed the signing on Tuesday.\n\n\"He is a top player,\" he said.",
        ["he"],
        "near-miss: a club's word after a city",
    ),
    (
        "Birmingham City confirmed the signing on Tuesday.\n\n\"He is a fine player,\" he said.",
        ["he"],
        "near-miss: a city then City",
    ),
    (
        "Kenya Airways said flights would resume on Friday.\n\n\"Safety comes first,\" she said.",
        ["Kenya Airways", "she"],
        "near-miss: an organisation's word after a country",
    ),
    # 2. a holiday's name inside a time phrase between the subject and the cue
    (
        "The ministry over the Easter weekend said the roads were busier than usual.",
        ["The ministry"],
        "a holiday's weekend between a body and the cue",
    ),
    (
        "Police over the Easter weekend said the roads were busier than usual.",
        ["Police"],
        "a holiday's weekend after a bare group noun",
    ),
    (
        "The council over the Thanksgiving weekend said the bins would be collected late.",
        ["The council"],
        "a holiday of one word before weekend",
    ),
    (
        "Officials during the Christmas holidays said the roads were busier than usual.",
        ["Officials"],
        "holidays heads a time phrase",
    ),
    (
        "The ministry over the holiday period said the roads were busier than usual.",
        ["The ministry"],
        "a period in lower case",
    ),
    # 5. a bare age after the paragraph before: its subject only, never a verb's object
    (
        "Police arrested Sam Ortiz on Monday after the attack.\n\n\"I was terrified,\" said the 22-year-old.",
        ["the 22-year-old"],
        "an object of the paragraph before is no sure age",
    ),
    (
        "The win over Tom Hale surprised the club.\n\n\"It was a tough one,\" said the 22-year-old.",
        ["the 22-year-old"],
        "a name after a preposition is no subject",
    ),
    (
        "Sam Prendergast kicked a late penalty to give Leinster the win.\n\n\"It was a tough one,\" said the 22-year-old.",
        ["Sam Prendergast"],
        "near-miss: the subject of the paragraph before",
    ),
    (
        "Coach Ana Ruiz praised the team.\n\n\"It was a tough one,\" said the 42-year-old.",
        ["Ana Ruiz"],
        "near-miss: a title before the subject",
    ),
    # near-misses: a place's name apart from the head still ends the phrase
    (
        "Mary Walsh, who has lived in Southill for 12 years, said the mould was everywhere.",
        ["Mary Walsh"],
        "near-miss: a place's phrase, then a time phrase",
    ),
]


def test_no_duplicate_rows() -> None:
    texts = [row[0] for row in SPEAKER_ROWS]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize(("paragraphs", "expected", "why"), SPEAKER_ROWS, ids=[row[2] for row in SPEAKER_ROWS])
def test_speakers(paragraphs: str, expected: list[str | None], why: str) -> None:
    assert speakers(newsparse.parse_article(HEADLINE + paragraphs + "\n")) == expected, why


# 1. (a name a person pronoun was resolved to, whether it holds a place and so is a body's)
PLACE_NAME_ROWS = [
    ("Israel Katz", False),
    ("Paris Hilton", False),
    ("India Arie", False),
    ("Jordan Hale", False),
    ("Manchester United", True),
    ("Paris Bourse", True),
    ("Kenya Red Cross", True),
    ("Kenya Airways", True),
    ("Air New Zealand", True),
    ("Minerals Council South Africa", True),
]


@pytest.mark.parametrize(("name", "body"), PLACE_NAME_ROWS)
def test_place_in_name(name: str, body: bool) -> None:
    assert SpeakerResolution().place_in_name(name) is body


# 3. (a line between two story paragraphs, whether it is filed as share boilerplate)
CHANNEL_ROWS = [
    ("Join ST's Telegram channel and get the latest breaking news delivered to you.", True),
    ("Follow our WhatsApp channel for the latest updates.", True),
    ("Follow the official WhatsApp channel for updates, officials urged residents on Monday.", False),
    ("Join the Facebook group for survivors, the charity said, and share your story.", False),
    ("Join the Telegram channel to get alerts; the army said the roads were closed.", False),
]


@pytest.mark.parametrize(("line", "filed"), CHANNEL_ROWS)
def test_join_channel_line(line: str, filed: bool) -> None:
    text = "Storm hits the coast\n\nThe storm hit the coast on Monday.\n\n" + line + "\n\nMore rain is due on Friday.\n"
    article = newsparse.parse_article(text)
    assert (line in [b.text for b in article.boilerplate]) is filed
    assert (line in [p.text for p in article.paragraphs]) is not filed


# 4. (stamp line under the headline, the published stamp's text): a bracket is whole or left out
STAMP_ROWS = [
    ("November 3, 2026 10:00 (XYZ)", "November 3, 2026 10:00 (XYZ)"),
    ("Published: November 3, 2026 10:00 (XYZ)", "November 3, 2026 10:00 (XYZ)"),
    ("November 3, 2026 10:00 XYZ", "November 3, 2026 10:00 XYZ"),
    ("(November 3, 2026 10:00 XYZ)", "(November 3, 2026 10:00 XYZ)"),  # (the pair it stands in is the stamp's: lay56)
]


@pytest.mark.parametrize(("line", "stamp"), STAMP_ROWS)
def test_unread_zone_bracket_whole(line: str, stamp: str) -> None:
    text = "Storm hits coast\n\n" + line + "\n\nThe storm hit the coast on Monday.\n"
    article = newsparse.parse_article(text)
    assert article.published is not None
    assert article.published.text == stamp
    assert text[article.published.span.start : article.published.span.end] == stamp
    assert article.published.text.count("(") == article.published.text.count(")")


# 6. (German line, whether it is a lede's reported speech): a split verb's first half is no speech
GERMAN_LEDE_ROWS = [
    ("Merz sagte Reise nach China kurzfristig ab.", False),
    ("Die Kanzlerin sagte der Ukraine weitere Hilfe zu.", False),
    ("Die Experten sagten eine Rezession für das Jahr voraus.", False),
    ("Der Minister sagte den Besuch in Peking ab, weil er krank war.", False),
    ("Der Bürgermeister sagte am Montag, die Brücke bleibe gesperrt.", True),
    ("Die Ministerin sagte, dass die Schulen offen bleiben.", True),
    ("Die Experten sagten voraus, dass die Wirtschaft schrumpft.", True),
    ("Die Brücke bleibt bis Freitag gesperrt, sagte der Bürgermeister.", True),
]


@pytest.mark.parametrize(("line", "reported"), GERMAN_LEDE_ROWS)
def test_german_lede_speech(line: str, reported: bool) -> None:
    assert newsparse.ArticleParser(language="de").headline.is_reported_sentence(line) is reported


def test_english_lede_needs_no_clause() -> None:
    assert newsparse.ArticleParser().headline.is_reported_sentence("The mayor said the bridge would reopen in May.")


# 7. (stamp line under the headline, whether the stamp holds an unread clock): the labelled line's
# last-words fallback reads only a stamp whose datetime lost its clock to an unread zone
UNREAD_CLOCK_ROWS = [
    ("Published October 14, 2025 9:00 AM XYZ", True),
    ("Published October 14, 2025 1:45 PM GMT", False),
    ("Published October 14, 2025 1:45 PM", False),
    ("Published October 14, 2025", False),
]


@pytest.mark.parametrize(("line", "unread"), UNREAD_CLOCK_ROWS)
def test_holds_unread_clock(line: str, unread: bool) -> None:
    parser = newsparse.ArticleParser()
    text = "Council ignored warnings\n\n" + line + "\n\nThe council ignored the warnings, a report found.\n"
    article = parser.parse(text)
    assert article.published is not None
    assert parser.timestamps.holds_unread_clock(article.published) is unread
    assert [p.text for p in article.paragraphs] == ["The council ignored the warnings, a report found."]
