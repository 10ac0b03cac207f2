"""Header lines of web pages that were misread: a short headline in sentence case (never a
section label), a heading beside the stamp taken for a byline, and a stamp wrapped onto two lines."""

from __future__ import annotations

import pytest

import newsparse

STORY = (
    "The city council approved a new budget for schools on Tuesday night after a debate that ran "
    "past midnight, the mayor's office said.\n\n"
    "The vote was 6-1, with one member absent.\n"
)


@pytest.mark.parametrize(
    ("kicker", "section"),
    [
        ("Education", ("Education",)),
        ("Local News", ("Local News",)),
    ],
)
def test_a_section_label_over_the_headline(kicker: str, section: tuple[str, ...]) -> None:
    text = f"{kicker}\n\nCouncil backs school budget after a long night of debate\n\nBy Tom Poe\nMarch 4, 2025\n\n" + STORY
    article = newsparse.parse_article(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == "Council backs school budget after a long night of debate"
    assert article.byline is not None and article.byline.authors == ("Tom Poe",)


@pytest.mark.parametrize(
    "second",
    [
        "Council backs school budget after a long night of debate",
        "Mayor Ana Ortiz spoke at the harbour on Monday. Ortiz released the following statement:",
    ],
)
def test_a_short_headline_in_sentence_case_over_no_page_header(second: str) -> None:
    # no byline or stamp under the second line: "Harbour news" is the headline, not a section
    article = newsparse.parse_article(f"Harbour news\n\n{second}\n\n" + STORY)
    assert article.section == ()
    assert article.headline is not None and article.headline.text == "Harbour news"


def test_a_page_label_in_sentence_case_is_no_section() -> None:
    text = "Supported by\n\nCouncil backs school budget after a long night of debate\n\nBy Tom Poe\n\n" + STORY
    article = newsparse.parse_article(text)
    assert article.section == ()
    assert ("advertisement", "Supported by") in [(b.kind, b.text) for b in article.boilerplate]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a short headline over its standfirst: the standfirst ends a sentence
        ("Stocks fall", "Shares slid across Asia on Monday as investors weighed new tariffs."),
        # three words in sentence case are a headline, not a label
        ("Council backs budget", "Schools get more money in the new plan"),
        # a number is no label's word
        ("Budget 2025", "What the council's new plan means for the city's schools"),
        # a line in a script without capitals is the first paragraph, not a headline
        ("Heavy rain", "ရန်ကုန်မြို့တွင် အင်္ဂါနေ့က မိုးသည်းထန်စွာ ရွာသွန်းခဲ့သည်"),
        ("Heavy rain", "北京周二下起了大雨，官员说城里的许多道路已经关闭"),
    ],
)
def test_a_short_headline_in_sentence_case_stays_the_headline(first: str, second: str) -> None:
    article = newsparse.parse_article(f"{first}\n\n{second}\n\nBy Tom Poe\nMarch 4, 2025\n\n" + STORY)
    assert article.section == ()
    assert article.headline is not None and article.headline.text == first


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # a topic heading beside the stamp is no byline: its last word is an abstract noun
        ("Space Exploration", None),
        ("Business Development", None),
        ("Climate Economics", None),
        ("Community Engagement", None),
        ("Artificial Intelligence Technology", None),
        # names that end like such nouns but are too short for the rule
        ("Jean Clement", ("Jean Clement",)),
        ("Debbie White", ("Debbie White",)),
        ("Joan Vance", ("Joan Vance",)),
    ],
)
def test_a_heading_beside_the_stamp_is_no_byline(line: str, authors: tuple[str, ...] | None) -> None:
    text = "NASA picks five firms for moon deliveries\n\n" + line + "\nNov. 18, 2019\n\n" + STORY
    article = newsparse.parse_article(text)
    assert (article.byline.authors if article.byline else None) == authors
    assert article.published is not None and article.published.datetime.date().isoformat() == "2019-11-18"
    assert article.paragraphs[0].text.startswith("The city council approved")


@pytest.mark.parametrize(
    ("lines", "published", "updated", "text"),
    [
        ("Published November 18,\n2019 at 10:00 a.m.", "2019-11-18T10:00:00", None, "November 18,\n2019 at 10:00 a.m."),
        ("Updated: Tuesday, November\n19, 2019, 8:03 AM EST", None, "2019-11-19T08:03:00-05:00",
         "Tuesday, November\n19, 2019, 8:03 AM EST"),
        ("Nov. 18,\n2019", "2019-11-18T00:00:00", None, "Nov. 18,\n2019"),
    ],
)
def test_a_stamp_wrapped_onto_the_next_line(lines: str, published: str | None, updated: str | None, text: str) -> None:
    article = newsparse.parse_article("Council backs school budget\n\nBy Tom Poe\n" + lines + "\n\n" + STORY)
    stamp = article.published or article.updated
    assert (article.published.datetime.isoformat() if article.published else None) == published
    assert (article.updated.datetime.isoformat() if article.updated else None) == updated
    assert stamp is not None and stamp.text == text
    assert article.boilerplate == ()
    assert article.paragraphs[0].text.startswith("The city council approved")
    assert article.span_mismatches() == []


@pytest.mark.parametrize(
    ("above", "line"),
    [
        ("Page 2", "2 Published Nov. 18, 2019"),
        ("Photo 1 of 12", "12 comments · Published: Nov. 18, 2019"),
        ("Share 27", "3 min read Published 18 November 2019"),
    ],
)
def test_a_line_ending_in_a_number_above_a_stamp_is_not_its_first_half(above: str, line: str) -> None:
    # the stamp starts on the second line: the first keeps its own part
    article = newsparse.parse_article("Council backs school budget\n\nBy Tom Poe\n" + above + "\n" + line + "\n\n" + STORY)
    assert article.published is not None and article.published.datetime.date().isoformat() == "2019-11-18"
    assert "\n" not in article.published.text
    texts = [part.text for part in (*article.boilerplate, *article.paragraphs, *article.captions)]
    assert any(above in text for text in texts)
    assert article.span_mismatches() == []


def test_a_byline_with_its_stamp_wrapped_onto_the_next_line() -> None:
    text = "Council backs school budget\n\nBy Tom Poe | Updated: Tuesday, November\n19, 2019, 8:03 AM EST\n\n" + STORY
    article = newsparse.parse_article(text)
    assert article.byline is not None and article.byline.text == "By Tom Poe"
    assert article.updated is not None and article.updated.datetime.isoformat() == "2019-11-19T08:03:00-05:00"
    assert article.boilerplate == ()
    assert article.span_mismatches() == []


@pytest.mark.parametrize(
    "second",
    [
        # the line under a date that ends in a comma is the story's, not the stamp's
        "2,000 residents signed a petition against the plan, organisers said on Tuesday evening.",
        "12 members voted for it.",
    ],
)
def test_story_text_under_a_date_is_no_wrapped_stamp(second: str) -> None:
    text = "Council backs school budget\n\nBy Tom Poe\nMarch 4, 2025\n\nAt a meeting on Tuesday night,\n" + second + "\n\n" + STORY
    article = newsparse.parse_article(text)
    assert article.published is not None and article.published.text == "March 4, 2025"
    assert any(second in p.text for p in article.paragraphs)


@pytest.mark.parametrize(
    ("lines", "authors", "captions"),
    [
        # a second credit line under a credited picture is no byline: photographers are credited
        # "Jane Roe for The City Herald" too, so the line may be the picture's
        ("Council members vote on Tuesday night in the town hall.\nPhoto: Jo Li / AP\nJane Roe for The Associated Press",
         None, [("Council members vote on Tuesday night in the town hall.", "Jo Li / AP")]),
        ("Council members vote on Tuesday night in the town hall.\nPhoto: Jo Li / AP\nJane Roe for The City Herald",
         None, [("Council members vote on Tuesday night in the town hall.", "Jo Li / AP")]),
        # one credit line under a picture is the picture's
        ("Council members vote on Tuesday night in the town hall. (AP Photo/Jo Li)",
         None, [("Council members vote on Tuesday night in the town hall.", "AP Photo/Jo Li")]),
    ],
)
def test_no_byline_from_a_credit_line_under_the_lead_picture(
    lines: str, authors: tuple[str, ...] | None, captions: list[tuple[str, str]]
) -> None:
    article = newsparse.parse_article("Council backs school budget\n\n" + lines + "\n\n" + STORY)
    assert (article.byline.authors if article.byline else None) == authors
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert article.paragraphs[0].text.startswith("The city council approved")


def test_a_second_credit_line_after_the_byline_stays_a_credit() -> None:
    text = (
        "Council backs school budget\n\nBy Tom Poe\n\n"
        "Council members vote on Tuesday night in the town hall.\nPhoto: Jo Li / AP\nJane Roe for The City Herald\n\n" + STORY
    )
    article = newsparse.parse_article(text)
    assert article.byline is not None and article.byline.authors == ("Tom Poe",)
    assert ("credit", "Jane Roe for The City Herald") in [(b.kind, b.text) for b in article.boilerplate]


@pytest.mark.parametrize(
    ("stamp", "below"),
    [
        # a stamp line whole on its own line, a short number under it: the number is no part of the stamp
        ("Published: Nov. 18, 2019 10:00 AM |", "4"),
        ("PUBLISHED1MAR2000 0AM |", "0"),
        ("Updated Nov. 19, 2019 8:03 AM EST", "12 comments"),
    ],
)
def test_a_line_under_a_whole_stamp_is_not_lost_to_it(stamp: str, below: str) -> None:
    for separator in ("\n", "\x1e", "\r\n"):
        text = "Council backs school budget\n\n" + stamp + separator + below + "\n\n" + STORY
        article = newsparse.parse_article(text)
        stamp_part = article.published or article.updated
        assert stamp_part is not None and stamp_part.span.end <= text.index(separator + below)
        parts = [p.text for p in article.paragraphs] + [b.text for b in article.boilerplate]
        assert below in parts, (separator, parts)
