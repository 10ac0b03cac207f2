"""Mends of a reviewer's layout findings on round 70 (rvl70): a stamp's order weighed only against
dates spelled in the header or a caption, never later than the reference date.  Invented stories in
the layouts pages print; each row says exactly what must come out, near misses beside the rows that
change."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse_article
from parts import blocks

# -- 1. a numeric stamp's order: only the header's and the captions' spelled dates weigh ---------------

BOND_HEAD = "County sets date for school bond vote\n\nPublished 04/06/2026 10:12 AM"
BOND_BODY = "The board approved the ballot language last week."


@pytest.mark.parametrize(
    ("text", "reference", "published"),
    [
        (  # the story's date of the vote is not the page's: the US reading, 6 April, stays
            blocks(
                BOND_HEAD,
                "Voters in Linn County will decide the $40 million school bond on June 4, 2026, officials said.",
                BOND_BODY,
            ),
            None,
            "2026-04-06T10:12:00",
        ),
        (  # the same with a reference date the day after
            blocks(
                BOND_HEAD,
                "Voters in Linn County will decide the $40 million school bond on June 4, 2026, officials said.",
                BOND_BODY,
            ),
            dt.date(2026, 4, 7),
            "2026-04-06T10:12:00",
        ),
        (  # a caption spells out the filing day: it settles the order, 4 June
            blocks(
                "Council approves new bus lanes\nIssued on: 04/06/2026 - 10:12",
                "Buses queue on Station Road on 4 June 2026. Photo: Jean Roux/AFP",
                "The council voted on Thursday to add bus lanes on three main roads.",
                BOND_BODY,
            ),
            None,
            "2026-06-04T10:12:00",
        ),
        (  # the caption's day is later than the reference date: not taken (month first, as the page reads)
            blocks(
                "Council approves new bus lanes\nIssued on: 04/06/2026 - 10:12",
                "Buses queue on Station Road on 4 June 2026. Photo: Jean Roux/AFP",
                "The council voted on Thursday to add bus lanes on three main roads.",
                BOND_BODY,
            ),
            dt.date(2026, 4, 8),
            "2026-04-06T10:12:00",
        ),
        (  # the caption's day is on or before the reference date: taken
            blocks(
                "Council approves new bus lanes\nIssued on: 04/06/2026 - 10:12",
                "Buses queue on Station Road on 4 June 2026. Photo: Jean Roux/AFP",
                "The council voted on Thursday to add bus lanes on three main roads.",
                BOND_BODY,
            ),
            dt.date(2026, 6, 4),
            "2026-06-04T10:12:00",
        ),
        (  # a body date in a day-first story weighs nothing either: 5 March is not flipped to 3 May
            blocks(
                "Court sets date for appeal hearing\n\nPublished: 03/05/2026 - 10:12",
                "The appeal of the former mayor will be heard on 3 May 2026, the court said on Thursday.",
                "His lawyers had asked for more time to prepare.",
            ),
            None,
            "2026-03-05T10:12:00",
        ),
    ],
)
def test_spelled_date_only_around_story(text: str, reference: dt.date | None, published: str) -> None:
    article = parse_article(text, reference_date=reference)
    assert article.published is not None
    assert article.published.datetime.isoformat() == published


# -- 2. a running story's topic over a title: no verb-like word before the topic noun ------------------


def topic_page(label: str) -> str:
    return blocks(
        f"{label}\nDefence lawyers say key evidence was withheld from them\nBy Jane Roe",
        "A judge halted the proceedings on Monday after the defence complained.",
    )


@pytest.mark.parametrize(
    ("label", "section", "headline"),
    [
        # a short headline with its verb: the headline, the line under it its standfirst
        ("Judge halts trial", (), "Judge halts trial"),
        ("Storm hits summit", (), "Storm hits summit"),
        ("Court orders inquiry", (), "Court orders inquiry"),
        # near misses: a topic label, the section over the title
        ("Ukraine war", ("Ukraine war",), "Defence lawyers say key evidence was withheld from them"),
        ("Covid pandemic", ("Covid pandemic",), "Defence lawyers say key evidence was withheld from them"),
        ("Eastgate mall shooting", ("Eastgate mall shooting",), "Defence lawyers say key evidence was withheld from them"),
        ("Bondi mass shooting", ("Bondi mass shooting",), "Defence lawyers say key evidence was withheld from them"),
        # a label of four words is no sentence-case label: the headline, as before
        ("Cost of living crisis", (), "Cost of living crisis"),
    ],
)
def test_topic_label_refuses_verb(label: str, section: tuple[str, ...], headline: str) -> None:
    article = parse_article(topic_page(label))
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
