"""A desk's signature after ``By`` that names no person is the byline, with no authors."""

from __future__ import annotations

import pytest

import newsparse

STORY = """{head}

{by}

Published: March 3, 2025

{lead}

Officials said the work would finish by the end of the month.
"""

HEADS = [
    ("Storm closes schools across the county", "Schools across the county closed on Monday as a storm brought snow."),
    ("Ferry service resumes after strike ends", "Ferries ran again on Tuesday after a week-long strike ended."),
]


@pytest.mark.parametrize(("head", "lead"), HEADS)
@pytest.mark.parametrize(
    "by",
    ["By Staff", "By Live desk", "By Sports Staff", "By Times staff and wire reports", "By Staff and agencies",
     "By the metro news team", "BY STAFF"],
)
def test_desk_signature_is_a_byline_without_authors(head: str, lead: str, by: str) -> None:
    text = STORY.format(head=head, by=by, lead=lead)
    article = newsparse.parse_article(text)
    assert article.byline is not None
    assert (article.byline.text, article.byline.authors, article.byline.agency) == (by, (), None)
    assert article.byline.span.slice(text) == by
    assert article.headline is not None and article.headline.text == head
    assert article.paragraphs[0].text == lead


@pytest.mark.parametrize(
    ("by", "authors", "agency"),
    [
        ("By Jane Team", ("Jane Team",), None),  # a given name opens it: a person
        ("By Reuters Staff", ("Reuters",), "Reuters"),  # an agency's staff: the agency signs
        ("By Amir Haddad, Staff Writer", ("Amir Haddad",), None),
    ],
)
def test_names_and_agencies_before_a_desk_word_are_kept(by: str, authors: tuple[str, ...], agency: str | None) -> None:
    text = STORY.format(head=HEADS[0][0], by=by, lead=HEADS[0][1])
    article = newsparse.parse_article(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (authors, agency)


@pytest.mark.parametrize(
    "rest",
    [
        "the end of the season the team had won",  # too many words before the desk word
        "Staff Sergeant",  # the desk word must end the signature
    ],
)
def test_parse_staff_turns_down(rest: str) -> None:
    parser = newsparse.BylineParser()
    line = newsparse.lines.split_lines("By " + rest)[0]
    assert parser.parse_staff(line, rest) is None


def test_a_subclass_adds_a_desk_word() -> None:
    class Redaktion(newsparse.BylineParser):
        STAFF_WORDS = (*newsparse.BylineParser.STAFF_WORDS, "Crew")

    line = newsparse.lines.split_lines("By Night Crew")[0]
    byline = Redaktion().parse_staff(line, "Night Crew")
    assert byline is not None and byline.authors == ()
    assert newsparse.BylineParser().parse_staff(line, "Night Crew") is None
