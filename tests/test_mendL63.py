"""Regressions of round 63's layout rules (mendL63): a sentence longer than a standfirst over a
byline with its prefix is the story's first paragraph, a story's first line broken before a
weekday, a month or a name's particles is the story's, a section's label over the issue's date
reads in sentence case as in title case, two agencies with a slash alone on the story's last
line sign it off, and a known agency with a full stop under the writer's name is the byline's.
Invented stories in real layouts; each row is the text and exactly what must come out, the rows
that must not fire beside the ones that must."""

from __future__ import annotations

import pytest

from articles import parse_held, parts_of
from parts import blocks

HEADLINE = "Council approves new bus lanes"
MORE = [
    "The lanes will open in May, officials said, and cost about $2 million.",
    "Drivers' groups opposed the plan.",
]
#: a first sentence of more than a standfirst's words (43)
LONG_LEDE = (
    "The city council voted 7-2 on Tuesday night to add bus lanes on three of the busiest roads in the "
    "city centre, a plan that drivers' groups had fought for two years and that the mayor called the "
    "biggest change to the roads since the ring road opened."
)
SHORT_DECK = "Three roads will get bus lanes by May."


# -- (1) a sentence longer than a standfirst over "Written by ..." is the story's -----------------


@pytest.mark.parametrize(
    ("top", "author", "byline", "standfirst"),
    [
        (LONG_LEDE, "Written by Ana Ruiz", "Ana Ruiz", None),
        (LONG_LEDE, "By Ana Ruiz", "Ana Ruiz", None),
        (LONG_LEDE, "Ana Ruiz", "Ana Ruiz", None),
        # (must not fire: a standfirst's length over the byline, or over a name alone)
        (SHORT_DECK, "Written by Ana Ruiz", "Ana Ruiz", SHORT_DECK),
        (SHORT_DECK, "Ana Ruiz", "Ana Ruiz", SHORT_DECK),
    ],
)
def test_long_sentence_over_byline_is_the_story(top: str, author: str, byline: str, standfirst: str | None) -> None:
    article = parse_held(blocks(HEADLINE, f"{top}\n{author}", *MORE))
    captions, filed, paragraphs = parts_of(article)
    assert article.byline is not None and article.byline.authors == (byline,)
    assert article.byline.text == author
    assert captions == []
    assert filed == ([] if standfirst is None else [("standfirst", standfirst)])
    assert paragraphs == ([top] if standfirst is None else []) + MORE


def test_name_under_dated_lede_is_the_byline() -> None:
    lede = "SPRINGFIELD — The city council voted on Tuesday to add bus lanes on three main roads."
    article = parse_held(blocks(HEADLINE, f"{lede}\nAna Ruiz", *MORE))
    captions, filed, paragraphs = parts_of(article)
    assert article.byline is not None and (article.byline.authors, article.byline.text) == (("Ana Ruiz",), "Ana Ruiz")
    assert article.dateline is not None and article.dateline.place == "SPRINGFIELD"
    assert (captions, filed) == ([], [])
    assert paragraphs == [lede.removeprefix("SPRINGFIELD — "), *MORE]


def test_story_subject_under_lede_is_no_byline() -> None:
    # (must not fire: the name the first sentence writes about, its surname there, is the story's subject)
    lede = "SPRINGFIELD — Councillor Ana Ruiz won Tuesday's vote to add bus lanes on three main roads."
    article = parse_held(blocks(HEADLINE, f"{lede}\nAna Ruiz", *MORE))
    assert article.byline is None


# -- (2) a first line broken before a weekday, a month or a name's particles ----------------------


@pytest.mark.parametrize(
    ("first", "second", "paragraphs"),
    [
        # in one block: the first line is a paragraph of the story (the body has no calendar to join them)
        (
            "The council said it would meet\nThursday to decide on the plan, after residents objected.",
            None,
            ["The council said it would meet", "Thursday to decide on the plan, after residents objected."],
        ),
        (
            "The vote was put off until\nMarch 12 after residents asked for more time to read it.",
            None,
            ["The vote was put off until", "March 12 after residents asked for more time to read it."],
        ),
        # across a blank line, a name broken before its particles: one paragraph
        (
            "The plan was backed by Mayor Ana",
            "van der Berg said the vote would go ahead next week as planned.",
            ["The plan was backed by Mayor Ana van der Berg said the vote would go ahead next week as planned."],
        ),
        # a line that ends in a known given name over the surname
        (
            "The plan was drawn up by Councillor Maria",
            "Lopez, who chairs the transport committee, and was backed by six members.",
            [
                "The plan was drawn up by Councillor Maria",
                "Lopez, who chairs the transport committee, and was backed by six members.",
            ],
        ),
    ],
)
def test_first_line_broken_before_a_capital_is_the_story(first: str, second: str | None, paragraphs: list[str]) -> None:
    pieces = [first] if second is None else [first, second]
    article = parse_held(blocks("Council delays vote on bus lanes", *pieces, MORE[1]))
    captions, filed, found = parts_of(article)
    assert article.headline is not None and article.headline.text == "Council delays vote on bus lanes"
    assert captions == []
    assert filed == []
    assert found == [*paragraphs, MORE[1]]


@pytest.mark.parametrize(
    ("deck", "story"),
    [
        # (must not fire: the line under it opens with a weekday's possessive, no sentence carried on)
        ("Residents asked for more time to read the plan", "Thursday's meeting was called off after residents objected."),
        # (nor with a word that carries nothing on: "The" opens a sentence of its own)
        ("Residents asked for more time to read the plan", "The council said on Thursday it would delay the vote."),
    ],
)
def test_deck_over_a_capital_stays_the_header(deck: str, story: str) -> None:
    article = parse_held(blocks("Council delays vote on bus lanes", deck, story, MORE[1]))
    _, filed, paragraphs = parts_of(article)
    assert filed == [("other", deck)]
    assert paragraphs == [story, MORE[1]]


# -- (3) a section's label over the date, in sentence case as in title case ---------------


@pytest.mark.parametrize(
    ("first", "section"),
    [
        ("Regional News of Friday, 6 March 2026", "Regional News"),
        ("Regional news of Friday, 6 March 2026", "Regional news"),
        ("Local news of Friday, 6 March 2026", "Local news"),
    ],
)
def test_section_of_stamp_in_either_case(first: str, section: str) -> None:
    headline = "Floods close three roads near Leeds"
    story = ["Heavy rain closed three roads near Leeds on Thursday, the council said.", "Crews worked through the night."]
    article = parse_held(blocks(first, headline, *story))
    assert article.section == (section,)
    assert article.headline is not None and article.headline.text == headline
    assert article.published is not None and article.published.datetime.date().isoformat() == "2026-03-06"
    assert [paragraph.text for paragraph in article.paragraphs] == story


def test_headline_ending_in_a_date_is_no_section() -> None:
    # (must not fire: a headline that names no section's noun before "of")
    first = "Council sets date of vote for Friday, 6 March 2026"
    story = ["The council will vote on the bus lanes next week, officials said.", "Drivers' groups opposed the plan."]
    article = parse_held(blocks(first, *story))
    assert article.section == ()
    assert article.headline is not None and article.headline.text == first


# -- (4) agencies with a slash alone on the story's last line: its sign-off -----------------------

BAVARIA = [
    "MUNICH — Heavy rain closed dozens of roads in Bavaria on Thursday, police said.",
    "Crews worked through the night to clear fallen trees.",
]


@pytest.mark.parametrize(
    ("last", "filed", "captions"),
    [
        ("dpa/AFP", [("sign-off", "dpa/AFP")], []),
        ("AFP/Reuters", [("sign-off", "AFP/Reuters")], []),
        ("dpa", [("sign-off", "dpa")], []),
        # (must not fire: a photographer's credit under a caption stays the picture's)
        (
            "Jo Roe/Reuters",
            [("credit", "Jo Roe/Reuters")],
            [("Crews worked through the night to clear fallen trees.", "Jo Roe/Reuters")],
        ),
    ],
)
def test_agencies_alone_on_the_last_line_sign_off(
    last: str, filed: list[tuple[str, str]], captions: list[tuple[str, str]]
) -> None:
    article = parse_held(blocks("Floods close roads in Bavaria", *BAVARIA, last))
    found_captions, found_filed, paragraphs = parts_of(article)
    assert found_filed == filed
    assert found_captions == captions
    assert article.dateline is not None and article.dateline.place == "MUNICH"
    assert paragraphs == [BAVARIA[0].removeprefix("MUNICH — "), *BAVARIA[1 : 2 - len(captions)]]


# -- (5) a known agency with a full stop under the writer's name ----------------------------------

QUEENSLAND = [
    "Heavy rain closed dozens of roads in Queensland on Thursday, police said.",
    "Crews worked through the night to clear fallen trees.",
]


@pytest.mark.parametrize(
    ("agency_line", "agency"),
    [
        ("Australian Associated Press.", "Australian Associated Press"),
        ("Australian Associated Press", "Australian Associated Press"),
        ("AAP.", "AAP"),
    ],
)
def test_agency_with_full_stop_under_name(agency_line: str, agency: str) -> None:
    article = parse_held(blocks("Floods close roads in Queensland", f"Tessa Boyd\n{agency_line}", *QUEENSLAND))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (("Tessa Boyd",), agency)
    assert article.byline.text == f"Tessa Boyd {agency_line}"
    assert [paragraph.text for paragraph in article.paragraphs] == QUEENSLAND
