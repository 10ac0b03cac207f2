"""Layout leftovers of round 68 (mendL68b): a section's label over a short headline with the story
in the same block (a paste with single newlines); a sentence about a person under the headline,
no full stop after it, is no byline.
Invented stories in the layouts pages and scraper exports print; each row says exactly what must
come out, the rows that must not change beside the ones that must."""

from __future__ import annotations

import pytest

from articles import parse_held
from parts import blocks, sound, texts

# -- 1. a section label over a short headline, the story in the same block ---------------------------

STORIES = {
    "rates": (
        "The Reserve Bank lifted its cash rate by a quarter point on Tuesday, the third rise this year.",
        "Economists had expected a pause after weaker retail figures in October.",
    ),
    "pm": (
        "The prime minister resigned on Monday after losing a confidence vote in parliament by four votes.",
        "His deputy will lead the party until a leadership contest is held in March.",
    ),
    "derby": (
        "City beat United 3-1 at the Etihad on Sunday, with two goals in the last ten minutes of the match.",
        "The result lifts City to second place, a point behind the leaders.",
    ),
}


@pytest.mark.parametrize(
    ("label", "title", "story"),
    [
        ("World news", "Rates rise", "rates"),
        ("Business", "Rates rise", "rates"),
        ("Politics", "PM quits", "pm"),
        ("Federal politics", "PM quits", "pm"),
        ("Sport", "City win derby", "derby"),
        ("Local news", "City win derby", "derby"),
    ],
)
def test_section_label_over_short_headline_in_one_block(label: str, title: str, story: str) -> None:
    lines = STORIES[story]
    article = parse_held("\n".join((label, title, *lines)) + "\n")
    assert article.section == (label,)
    assert article.headline is not None and article.headline.text == title
    assert texts(article) == list(lines)
    assert article.boilerplate == ()
    assert sound(article)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Rates rise", "Banks brace"),  # two titles, no section word: the first is the headline
        ("Storm hits", "Trains stop"),
    ],
)
def test_two_titles_in_one_block_keep_first_as_headline(first: str, second: str) -> None:
    lines = STORIES["rates"]
    article = parse_held("\n".join((first, second, *lines)) + "\n")
    assert article.section == ()
    assert article.headline is not None and article.headline.text == first


@pytest.mark.parametrize(
    "under",
    [
        "Boats ran.",  # a short sentence under the title: no running text, the label stays the headline
        "More soon",  # no sentence at all
    ],
)
def test_label_over_title_and_no_running_text_stays_headline(under: str) -> None:
    article = parse_held(f"Harbour news\nFerries resume\n{under}\n")
    assert article.section == ()
    assert article.headline is not None and article.headline.text == "Harbour news"


# -- 2. a sentence about a person under the headline is no byline -----------------------------------

HEADLINE = "Council backs school budget after a long night of debate"
BODY = (
    "The council approved the new budget on Tuesday after a debate that ran past midnight.",
    "Councillors said the plan would fund two new primary schools in the north of the city.",
)


@pytest.mark.parametrize(
    "line",
    [
        "Ana Ruiz spoke with reporters",
        "Ana Ruiz told a reporter",
        "Tom Berg spoke to a reporter",
        "Maria Lopez talked to reporters",
        "David Cohen spoke with the press",
    ],
)
@pytest.mark.parametrize("stamp", [False, True])
def test_name_and_verb_phrase_is_no_byline(line: str, stamp: bool) -> None:
    header = f"{HEADLINE}\n{line}" + ("\nMarch 3, 2026" if stamp else "")
    article = parse_held(blocks(header, *BODY))
    assert article.byline is None
    assert texts(article) == list(BODY)
    assert sound(article)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Ana Ruiz, Staff Writer", ("Ana Ruiz",)),  # a name and its role: the byline as before
        ("Tom Berg Senior Contributor", ("Tom Berg",)),
        ("Maria Lopez technology reporter", ("Maria Lopez",)),
        ("Jane Roe for The Times", ("Jane Roe",)),
    ],
)
def test_name_and_role_stays_byline(line: str, authors: tuple[str, ...]) -> None:
    article = parse_held(blocks(f"{HEADLINE}\n{line}\nMarch 3, 2026", *BODY))
    assert article.byline is not None and article.byline.authors == authors


def test_sentence_with_full_stop_stays_standfirst() -> None:
    article = parse_held(blocks(f"{HEADLINE}\nAna Ruiz spoke with reporters.", *BODY))
    assert article.byline is None
    assert texts(article) == ["Ana Ruiz spoke with reporters.", *BODY]


# -- 3. a name and its outlet's role before a stamp piece; a credit glued to its caption -------------

GLOBE_BODY = (
    "Governor Maura Healey on Wednesday signed a $425 million bill to keep the state's emergency shelter system open.",
    '"This is about keeping families safe," Healey said.',
)


@pytest.mark.parametrize(
    ("line", "author", "when"),
    [
        ("By Samantha J. Gross Globe Staff, Updated December 3, 2026, 7:14 p.m.", "Samantha J. Gross", "2026-12-03T19:14"),
        ("By Kim Lee Globe Staff, Updated December 3, 2026, 7:14 p.m.", "Kim Lee", "2026-12-03T19:14"),
        ("By Susan Du Star Tribune, Updated March 3, 2026 8:00 AM", "Susan Du", "2026-03-03T08:00"),
        ("By Jane Roe, Updated March 3, 2026 8:00 AM", "Jane Roe", "2026-03-03T08:00"),  # (as before)
    ],
)
def test_name_and_outlet_role_before_updated_stamp(line: str, author: str, when: str) -> None:
    article = parse_held(blocks(f"Healey signs bill expanding shelter funding\n{line}", *GLOBE_BODY))
    assert article.byline is not None and article.byline.authors == (author,)
    assert article.updated is not None and article.updated.datetime.isoformat().startswith(when)
    assert article.boilerplate == ()
    assert sound(article)


def test_name_and_role_before_published_stamp() -> None:
    line = "By Jane Roe Times staff writer, Published March 3, 2026"
    article = parse_held(blocks(f"Healey signs bill expanding shelter funding\n{line}", *GLOBE_BODY))
    assert article.byline is not None and article.byline.authors == ("Jane Roe",)
    assert article.published is not None and article.published.datetime.date().isoformat() == "2026-03-03"


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        (
            "Governor Maura Healey spoke at the State House on Wednesday.JESSICA RINALDI/GLOBE STAFF",
            "Governor Maura Healey spoke at the State House on Wednesday.",
            "JESSICA RINALDI/GLOBE STAFF",
        ),
        (
            "Fans gathered outside the stadium before the match on Sunday.JO ROE/THE CITY HERALD",
            "Fans gathered outside the stadium before the match on Sunday.",
            "JO ROE/THE CITY HERALD",
        ),
        (
            "Firefighters worked through the night in 2026.ANA LIMA/AFP",
            "Firefighters worked through the night in 2026.",
            "ANA LIMA/AFP",
        ),
        (  # (a space between them, as before)
            "Governor Maura Healey spoke at the State House on Wednesday. JESSICA RINALDI/GLOBE STAFF",
            "Governor Maura Healey spoke at the State House on Wednesday.",
            "JESSICA RINALDI/GLOBE STAFF",
        ),
    ],
)
def test_credit_in_capitals_glued_to_caption(caption: str, text: str, credit: str) -> None:
    header = f"Healey signs bill expanding shelter funding\nBy Samantha J. Gross Globe Staff\n{caption}"
    article = parse_held(blocks(header, *GLOBE_BODY))
    assert [(c.text, c.credit) for c in article.captions] == [(text, credit)]
    assert texts(article) == list(GLOBE_BODY)


def test_glued_sentence_and_slash_is_no_credit() -> None:
    header = "Healey signs bill expanding shelter funding\nBy Samantha J. Gross Globe Staff\nThe mayor spoke on Monday.Then he left/returned"
    article = parse_held(blocks(header, *GLOBE_BODY))
    assert article.captions == ()


# -- 4. a translator's credit under the story is its sign-off ----------------------------------------

WIRE = (
    "The finance minister said on Tuesday that the budget deficit would stay below 3 percent of GDP.",
    '"We will maintain fiscal discipline," the minister said at the State Palace.',
)


@pytest.mark.parametrize(
    "tail",
    [
        "Related news: Indonesia eyes faster growth next year\nTranslator: Aji Cakti\nEditor: Rahmad Nasution",
        "Translator: Aji Cakti\nEditor: Rahmad Nasution",
        "Translated by: Maria Lopez\nEditor: Tom Berg",
        "Translator: Nguyen Van An",
    ],
)
def test_translator_credit_is_sign_off(tail: str) -> None:
    article = parse_held(blocks("Indonesia keeps deficit below 3 percent", *WIRE, tail))
    credits = [line for line in tail.split("\n") if not line.startswith("Related")]
    assert [(b.text, b.kind) for b in article.boilerplate if b.kind == "sign-off"] == [(c, "sign-off") for c in credits]
    assert texts(article) == list(WIRE)


def test_sentence_about_a_translator_stays_paragraph() -> None:
    line = "Translator Aji Cakti said the new edition would be out in May."
    article = parse_held(blocks("Indonesia keeps deficit below 3 percent", *WIRE, line))
    assert texts(article) == [*WIRE, line]
