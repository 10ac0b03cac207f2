"""The first paragraph of a web page: a lead-in after the whole header opens the story even when a
heading and a table follow it, and a page's promos between the header and the story are
boilerplate, so that the header goes on past them."""

from __future__ import annotations

import pytest

import newsparse

HEADER = "Harbor Hawks snap counts and notes: Week 11\n\nBy Mara Quint\nNov 18, 2019, 11:47am EST\n\nShare this story\n\n"
TABLE = (
    "Defensive Line\n\n"
    "Pos\tPlayer\tPlays\t%\tStats\n\n"
    "DL\tTom Hale\t63\t85%\t1 tackle (1 combined). 1 sack, 1 TFL, 2 QH.\n\n"
    "DL\tBen Ortiz\t57\t77%\t1 tackle (1 combined). 3 QH.\n\n"
    "There is a lot to sort through here, but the pass rush was the best it has been all season.\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "Below, we analyze the snap counts and stats on defense for the Harbor Hawks’ Week 11 game against the Rivermen.",
        "Here is how the Harbor Hawks used their defensive players in Sunday's win over the Rivermen at home.",
    ],
)
def test_a_lead_in_after_the_whole_header_opens_the_story(lead: str) -> None:
    article = newsparse.parse_article(HEADER + lead + "\n\n" + TABLE)
    assert article.paragraphs[0].text == lead
    assert [b.kind for b in article.boilerplate if b.kind == "standfirst"] == []


def test_a_standfirst_above_the_byline_stays_a_standfirst() -> None:
    standfirst = "The Hawks' defense is dealing with a bunch of suspensions and injuries right now."
    text = "Harbor Hawks snap counts and notes: Week 11\n\n" + standfirst + "\n\nBy Mara Quint\nNov 18, 2019\n\n" + TABLE
    article = newsparse.parse_article(text)
    assert ("standfirst", standfirst) in [(b.kind, b.text) for b in article.boilerplate]
    assert article.byline is not None and article.byline.authors == ("Mara Quint",)


def test_a_line_of_text_before_the_stamp_is_no_lead_in() -> None:
    # no stamp above the line yet: the header is not whole, and the line is a standfirst
    standfirst = "The Hawks' defense is dealing with a bunch of suspensions and injuries right now."
    text = "Harbor Hawks snap counts and notes: Week 11\n\nBy Mara Quint\n\n" + standfirst + "\n\nNov 18, 2019\n\n" + TABLE
    article = newsparse.parse_article(text)
    assert ("standfirst", standfirst) in [(b.kind, b.text) for b in article.boilerplate]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Breaking News Emails", "subscribe"),
        ("Email Alerts", "subscribe"),
        ("Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.",
         "subscribe"),
        ("Get email alerts when we publish a new story about the harbor.", "subscribe"),
        ("Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.", "share"),
        ("Chat with us on WhatsApp for the latest news from the harbor and the city council.", "share"),
    ],
)
def test_a_promo_between_the_header_and_the_story(line: str, kind: str) -> None:
    standfirst = "The port's plan aims to keep the cannery pier from falling into the bay."
    text = (
        "Harbor district plans a new ferry terminal\n\n"
        f"{standfirst}\n\n"
        f"{line}\n\n"
        "SUBSCRIBE\n"
        "March 4, 2025, 9:28 AM UTC\n"
        "By Mara Quint\n\n"
        "The port authority on Monday unveiled plans for a ferry terminal on the old cannery pier, a project "
        "that would cost about $40 million, officials said.\n\n"
        "Construction could begin next spring.\n"
    )
    article = newsparse.parse_article(text)
    filed = [(b.kind, b.text) for b in article.boilerplate]
    assert (kind, line) in filed
    assert ("standfirst", standfirst) in filed
    assert article.paragraphs[0].text.startswith("The port authority on Monday")
    assert len(article.paragraphs) == 2
