"""A wire's end mark in brackets, a kicker under several lines of page furniture, and a headline
of short sentences under a kicker (trial 30: a new user's unseen articles)."""

from __future__ import annotations

import pytest

from newsparse import parse_article

END_MARKS = [
    # (the text, the last paragraph, the sign-off)
    (
        "S. Korea to expand free childcare\nBy Kim Seo-yeon\n\nSEOUL, March 11 (Yonhap) -- South Korea will "
        "provide free childcare for all 2-year-olds starting next year, the health ministry said Wednesday.\n\n"
        "South Korea's total fertility rate stood at 0.75 last year. (END)\n",
        "South Korea's total fertility rate stood at 0.75 last year.",
        "(END)",
    ),
    (
        "Port strike enters third day\n\nROTTERDAM, May 4 (Reuters) - Dock workers extended their strike on "
        "Thursday as talks with terminal operators stalled.\n\nUnion leaders said a vote on the latest offer "
        "would be held next week. (MORE)\n",
        "Union leaders said a vote on the latest offer would be held next week.",
        "(MORE)",
    ),
    (
        "Flood waters recede in river towns\n\nDHAKA, July 9 -- Flood waters began to recede across northern "
        "districts on Tuesday, officials said.\n\nRelief camps will stay open until the end of the month. (end)\n",
        "Relief camps will stay open until the end of the month.",
        "(end)",
    ),
]


@pytest.mark.parametrize(("text", "last", "mark"), END_MARKS)
def test_an_end_mark_in_brackets_closes_the_story_and_is_no_credit(text: str, last: str, mark: str) -> None:
    article = parse_article(text)
    assert article.captions == ()
    assert article.paragraphs[-1].text == last
    assert [(b.text, b.kind) for b in article.boilerplate] == [(mark, "sign-off")]
    assert article.boilerplate[0].span.slice(text) == mark


def test_a_picture_credited_in_brackets_is_still_a_caption() -> None:
    text = (
        "Flood waters recede in river towns\n\nResidents wade through a flooded street in Sylhet on Tuesday. "
        "(AP Photo/Mahmud Rahman)\n\nDHAKA, July 9 (AP) -- Flood waters began to recede across northern "
        "districts on Tuesday, officials said.\n\nRelief camps will stay open until the end of the month.\n"
    )
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Residents wade through a flooded street in Sylhet on Tuesday.", "AP Photo/Mahmud Rahman")
    ]


FURNITURE = [
    # (the text, the furniture lines, the section, the headline)
    (
        "Skip to main content\nSubscribe | Sign in\nNews › Local › Transportation\nPinecrest bridge closure "
        "will add 20 minutes to commutes, county warns\nRebecca Holm\nPublished 6:02 a.m. ET March 12, 2026\n\n"
        "The Pinecrest Road bridge will close for at least seven months starting April 6, county officials "
        "announced Wednesday.",
        ["Skip to main content", "Subscribe | Sign in"],
        ("News", "Local", "Transportation"),
        "Pinecrest bridge closure will add 20 minutes to commutes, county warns",
    ),
    (
        "Skip to content\nMenu\nSearch\nSport › Football\nHarbour Town sack manager after fifth straight "
        "defeat\nBy Owen Price\nUpdated 21:40 GMT, 3 February 2026\n\nHarbour Town have dismissed manager Gary "
        "Lowe after a 3-0 home defeat to Millbrook left them bottom of the table.",
        ["Skip to content", "Menu", "Search"],
        ("Sport", "Football"),
        "Harbour Town sack manager after fifth straight defeat",
    ),
    # one line of furniture, as before
    (
        "Skip to main content\nNEWS › LOCAL\nWater main break floods downtown streets\nBy Jane Roe\nMarch 3, "
        "2026\n\nA water main broke under Main Street early Tuesday, flooding three blocks.",
        ["Skip to main content"],
        ("NEWS", "LOCAL"),
        "Water main break floods downtown streets",
    ),
]


@pytest.mark.parametrize(("text", "furniture", "section", "headline"), FURNITURE)
def test_a_kicker_under_lines_of_page_furniture_is_the_section(
    text: str, furniture: list[str], section: tuple[str, ...], headline: str
) -> None:
    article = parse_article(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert [b.text for b in article.boilerplate] == furniture


SHORT_SENTENCES = [
    # (the text, the section, the headline, the author)
    (
        "Opinion\nOur town doesn't need another parking garage. It needs buses.\nBy Miriam Castellano\n"
        "March 14, 2026\n\nLast month the city council voted 5-2 to spend $22 million on a new downtown "
        "parking garage.",
        ("Opinion",),
        "Our town doesn't need another parking garage. It needs buses.",
        "Miriam Castellano",
    ),
    (
        "Analysis\nThe central bank blinked. Markets noticed.\nTomás Ferreira\nPublished: 2 April 2026, 08:15 "
        "BST\n\nWhen the bank held rates on Thursday, traders who had bet on a cut were left scrambling.",
        ("Analysis",),
        "The central bank blinked. Markets noticed.",
        "Tomás Ferreira",
    ),
    (
        "COMMENTARY\nSchools are not daycare. Stop treating them like it.\nBy Priya Natarajan | Staff "
        "columnist\n\nEvery August, the district sends parents a list of supplies.",
        ("COMMENTARY",),
        "Schools are not daycare. Stop treating them like it.",
        "Priya Natarajan",
    ),
]


@pytest.mark.parametrize(("text", "section", "headline", "author"), SHORT_SENTENCES)
def test_a_headline_of_short_sentences_under_a_kicker_over_a_byline(
    text: str, section: tuple[str, ...], headline: str, author: str
) -> None:
    article = parse_article(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is not None and article.byline.authors == (author,)
    assert article.boilerplate == ()


def test_a_paragraph_of_sentences_under_a_label_with_no_byline_is_no_headline() -> None:
    # long sentences, no byline or stamp under them: the story's first paragraph, not a headline
    text = (
        "Opinion\nThe council voted on Tuesday to spend $22 million on a garage. Residents who packed the "
        "meeting were not pleased.\n\nLast month the city council voted 5-2 to spend the money."
    )
    article = parse_article(text)
    assert article.section == ()
    assert article.headline is not None and article.headline.text == "Opinion"
    assert [p.text for p in article.paragraphs] == [
        "The council voted on Tuesday to spend $22 million on a garage. Residents who packed the meeting "
        "were not pleased.",
        "Last month the city council voted 5-2 to spend the money.",
    ]
