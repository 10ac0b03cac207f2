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


# -- 3. a word broken by a hyphen at a line's end: joined, its hyphen kept but before a bare ending -----


@pytest.mark.parametrize(
    ("paragraph", "read"),
    [
        (  # real compounds keep their hyphen
            "The council will fund the at-\nrisk youth scheme and keep the tax-\nfree zone, while the oil-\n"
            "rich estate paid a hot-\nbutton levy and e-\ncigarettes were banned.",
            "The council will fund the at-risk youth scheme and keep the tax-free zone, while the oil-rich "
            "estate paid a hot-button levy and e-cigarettes were banned.",
        ),
        (  # a printed page's break inside a word keeps it too; a bare ending drops it
            "The plan was di-\nvided and the govern-\nment said the gener-\nation after would pay, de-\n"
            "spite the rul-\ning.",
            "The plan was di-vided and the government said the generation after would pay, de-spite the ruling.",
        ),
        (  # a capital after the break: a name's compound, hyphen kept
            "Directors of the struggling Anglo-\nFrench ferry firm met the mayor, Jean-\nPierre Roux, at the town "
            "hall on Monday.",
            "Directors of the struggling Anglo-French ferry firm met the mayor, Jean-Pierre Roux, at the town hall "
            "on Monday.",
        ),
        (  # near misses: a spaced dash, two hyphens and a year range keep their space
            "The vote was close -\nfive to four -- \nand the plan passed in the 2019-\n2020 session.",
            "The vote was close - five to four -- and the plan passed in the 2019- 2020 session.",
        ),
    ],
)
def test_hyphen_kept_but_before_bare_ending(paragraph: str, read: str) -> None:
    text = "Council split on harbour plan\n\nBy Jane Doe\n\n" + paragraph + "\n"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [read]
    span = article.paragraphs[0].span
    assert text[span.start : span.end] == paragraph
    assert article.span_mismatches() == []


def test_quote_folds_hyphen_break_to_space() -> None:
    text = (
        "Council split on harbour plan\n\nBy Jane Doe\n\n"
        '"The plan is well-\nknown and the govern-\nment backs it," the mayor, Ann Lee, said.\n'
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        '"The plan is well-known and the government backs it," the mayor, Ann Lee, said.'
    ]
    assert [q.text for q in article.quotes] == ["The plan is well- known and the govern- ment backs it,"]


# -- 4. a print edition's line and a call to subscribe: no story sentence after them --------------------

FOOT = (
    "Streaming prices rise again\n\nBy Jane Roe",
    "Prices for streaming rose again this year, squeezing households already facing higher bills.",
)


@pytest.mark.parametrize(
    ("foot", "kind"),
    [
        ("Appeared in the March 3, 2026, print edition as 'Fares To Rise In March'.", "sign-off"),
        ("This column appeared in the Sunday print edition.", "sign-off"),
        ("This article appeared in the print edition of March 3, 2026.", "sign-off"),
        ("This article appeared in the print edition with the headline: Council Votes to Widen Bridge.", "sign-off"),
        ("Subscribe to Ledger Premium for unlimited access.", "subscribe"),
        ("Subscribe to Harbour Plus for full access to live sport, films and news.", "subscribe"),
        (
            "Subscribe to HARBOUR PLUS to get access to The Harbour Daily & other 40+ titles, share up to 5 gadgets"
            " and listen to the news.",
            "subscribe",
        ),
    ],
)
def test_print_and_subscribe_lines(foot: str, kind: str) -> None:
    article = parse_article(blocks(*FOOT, foot))
    assert [p.text for p in article.paragraphs] == [FOOT[1]]
    assert [(item.kind, item.text) for item in article.boilerplate] == [(kind, foot)]


@pytest.mark.parametrize(
    "sentence",
    [
        "This column appeared in the Sunday print edition and drew more than 200 letters from readers in a week.",
        "The essay appeared in the print edition on Sunday and was shared 10,000 times online.",
        "Subscribe to Disney Plus for full access to live sport and the price rises to $15 a month from March.",
        "Subscribe to Harbour Plus for full access, but its price doubles in the new year, analysts warned.",
    ],
)
def test_story_sentence_after_print_or_subscribe_stays(sentence: str) -> None:
    article = parse_article(blocks(*FOOT, sentence))
    assert [p.text for p in article.paragraphs] == [FOOT[1], sentence]
    assert article.boilerplate == ()


# -- 5. a bare credit line under a credited caption: its credit again only as whole words ---------------


def bridge_page(caption: str, credit_line: str) -> str:
    return blocks(
        "Bridge reopens after repairs\n\nBy Jane Roe",
        "The Elm Street bridge reopened on Monday after six months of repairs.",
        f"{caption}\n{credit_line}",
        "The city spent $4 million on the work, officials said.",
    )


@pytest.mark.parametrize(
    ("caption", "credit_line", "captions", "boilerplate"),
    [
        (  # the same credit again: the caption's credit line
            "Workers repair the deck of the bridge. (Jane Roe/Harbour Times)",
            "Credit: Jane Roe",
            [("Workers repair the deck of the bridge.", "Jane Roe/Harbour Times")],
            [("credit", "Credit: Jane Roe")],
        ),
        (
            "Workers repair the deck of the bridge. (Ann Roe/Reuters)",
            "Photo: Reuters",
            [("Workers repair the deck of the bridge.", "Ann Roe/Reuters")],
            [("credit", "Photo: Reuters")],
        ),
        (  # "ap" is inside "Capital", no word of it: a credit line of its own
            "Workers repair the deck of the bridge. (Jasper Roe/Capital Press)",
            "Photo: AP",
            [("Workers repair the deck of the bridge.", "Jasper Roe/Capital Press"), ("Photo: AP", "AP")],
            [],
        ),
        (  # "Ann Lee" is inside "Joanne Lee", not her name
            "Workers repair the deck of the bridge. (Joanne Lee/Reuters)",
            "Photo: Ann Lee",
            [("Workers repair the deck of the bridge.", "Joanne Lee/Reuters"), ("Photo: Ann Lee", "Ann Lee")],
            [],
        ),
    ],
)
def test_repeated_credit_whole_words(
    caption: str, credit_line: str, captions: list[tuple[str, str]], boilerplate: list[tuple[str, str]]
) -> None:
    article = parse_article(bridge_page(caption, credit_line))
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate


# -- 6. the line under the stamp: a writer's note (a name and a copula) is no standfirst ----------------

LANES_STORY = "The city council approved three new bus lanes on Monday after a long debate."


@pytest.mark.parametrize(
    ("under", "kind"),
    [
        ("Jane Roe is the Herald's transport reporter based in Leeds", "other"),
        ("Tom Alan Berg was a city hall reporter for the paper until 2024", "other"),
        # near misses: a deck, and a deck that names someone without a copula after the name
        ("Councillors voted 32 to 11 in favour of the plan", "standfirst"),
        ("Jane Roe says the lanes will cut journey times across the city", "standfirst"),
    ],
)
def test_writer_note_under_stamp(under: str, kind: str) -> None:
    text = blocks(f"Council backs new bus lanes\nUpdated: Dec 7, 2026, 08:10\n{under}", LANES_STORY, "Work begins in spring.")
    article = parse_article(text)
    assert article.headline is not None and article.headline.text == "Council backs new bus lanes"
    assert [(b.kind, b.text) for b in article.boilerplate] == [(kind, under)]
    assert [p.text for p in article.paragraphs] == [LANES_STORY, "Work begins in spring."]


def test_spelled_date_ordinals_from_vocabulary() -> None:
    text = blocks(
        "Port reopens after strike\nIssued on: 09/02/2026 - 11:32",
        "Ships dock at the north quay on February 9th, 2026. Photo: Jean Roux/AFP",
        "Dock workers returned to the port on Monday after a long strike over pay.",
    )
    article = parse_article(text)
    assert article.published is not None
    assert article.published.datetime.isoformat() == "2026-02-09T11:32:00"
