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
