"""A broadcasting station's name over a story's title (``WXYZ News 7``, ``NBC 5 Chicago``) is the
page's kicker, not its headline: before stop 40 the channel's number made the line the headline and
the story's real title boilerplate."""

from __future__ import annotations

import pytest
from tests.parts import holds_every_line

import newsparse
from newsparse import SectionParser

TITLE = "Man rescued from frozen pond in Oakdale Park"
STORY = (
    "A man was rescued from a frozen pond in Oakdale Park on Sunday after he fell through the ice, firefighters said.\n\n"
    "The man was taken to hospital with hypothermia and is expected to recover.\n"
)


@pytest.mark.parametrize(
    "masthead", ["WXYZ News 7", "KARE 11", "NBC 5 Chicago", "ABC7", "FOX 13 Detroit", "WRAL 5", "KXAN Austin"]
)
def test_a_stations_name_over_the_title_is_the_kicker(masthead: str) -> None:
    text = f"{masthead}\n{TITLE}\nby: Kayla Dunn\n\n{STORY}"
    article = newsparse.parse_article(text)
    assert article.section == (masthead,)
    assert article.headline is not None and article.headline.text == TITLE
    assert article.byline is not None and article.byline.authors == ("Kayla Dunn",)
    assert holds_every_line(article)


@pytest.mark.parametrize(
    ("text", "station"),
    [
        ("WXYZ News 7", True),
        ("KARE 11", True),
        ("NBC 5 Chicago", True),
        ("ABC7", True),
        ("CBS 2 Hong Kong", True),  # (a place of two words the vocabulary knows: four words in all)
        ("CBS 2 Tampa Bay", False),  # a place the vocabulary does not know: left to the other readers
        ("WHO 5 Key Facts", False),  # an acronym, a number and a title's words: a listicle's headline
        ("KPMG 10 Lessons", False),
        ("WWII 75 Years Later", False),
        ("Global 5 Trends", False),  # (Global is no network of NETWORKS: a common word)
        ("Apollo 11", False),  # a word in title case and a number: a short headline's
        ("Budget 2025", False),
        ("WXYZ", False),  # no channel: a call sign alone is left to the other readers
        ("NBC 5 Chicago Weather Team", False),  # more than MAX_STATION_WORDS words
        ("NBC 123", False),  # no channel of one or two digits
        ("ABC 7 news tonight", False),  # words in lower case after the channel: a headline's
    ],
)
def test_what_is_a_stations_name(text: str, station: bool) -> None:
    assert SectionParser().is_station_name(text) is station


def test_the_networks_and_call_signs_are_the_class_s_to_change() -> None:
    class NoNetworks(SectionParser):
        NETWORKS = frozenset()
        CALL_SIGN = ""

    assert not NoNetworks().is_station_name("NBC 5 Chicago")
    assert not NoNetworks().is_station_name("KARE 11")
    assert NoNetworks().is_single_label("KXAN Austin")  # (two capitalised words: a label still)


@pytest.mark.parametrize("title", ["WHO 5 Key Facts", "KPMG 10 Lessons", "WWII 75 Years Later"])
def test_a_title_that_opens_with_an_acronym_and_a_number_stays_the_headline(title: str) -> None:
    text = f"{title}\nWhat the agency said about the outbreak\n\n{STORY}"
    article = newsparse.parse_article(text)
    assert article.section == ()
    assert article.headline is not None and article.headline.text == title
