"""Scraper exports in Markdown and with field labels (try37): a heading's marks are no part of the
headline, and a ``Byline:`` field names the authors."""

from __future__ import annotations

import pytest

import newsparse

BODY = (
    "The city council approved a network of protected cycle lanes on Monday after a two-hour debate, "
    "with nine votes for and four against.\n\n"
    '"This is the safest option for everyone who uses our streets," said councillor Ruth Adeyemi.\n'
)


@pytest.mark.parametrize("marks", ["#", "##", "###", "######"])
def test_a_markdown_heading_gives_the_headline_without_its_marks(marks: str) -> None:
    text = f"{marks} Council approves cycle lanes across the city centre\n\n{BODY}"
    headline = newsparse.parse_article(text).headline
    assert headline is not None
    assert headline.text == "Council approves cycle lanes across the city centre"
    assert text[headline.span.start : headline.span.end] == headline.text


def test_a_hashtag_is_no_heading_mark() -> None:
    text = f"#MeToo campaigners rally outside parliament\n\n{BODY}"
    headline = newsparse.parse_article(text).headline
    assert headline is not None and headline.text.startswith("#MeToo")


@pytest.mark.parametrize(
    ("line", "authors"),
    [("Byline: Maria Costa", ["Maria Costa"]), ("Bylines: Maria Costa and Tom Hale", ["Maria Costa", "Tom Hale"])],
)
def test_a_byline_field_names_the_authors(line: str, authors: list[str]) -> None:
    text = f"Council approves cycle lanes\n\n{line}\n\n{BODY}"
    byline = newsparse.parse_article(text).byline
    assert byline is not None and list(byline.authors) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [("By Amber Phillips.", ["Amber Phillips"]), ("BYLINE: Amber Phillips.", ["Amber Phillips"]),
     ("By Ruth Okafor and Daniel Mensah.", ["Ruth Okafor", "Daniel Mensah"]),
     ("By John Smith Jr.", ["John Smith Jr."]), ("By Tom Hale Jnr.", ["Tom Hale Jnr."]), ("By Ana B.", ["Ana B."])],
)
def test_a_byline_s_full_stop_is_no_part_of_the_last_name(line: str, authors: list[str]) -> None:
    text = f"Council approves cycle lanes\n\n{line}\n\n{BODY}"
    byline = newsparse.parse_article(text).byline
    assert byline is not None and list(byline.authors) == authors
