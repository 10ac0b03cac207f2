"""Rereading round 64's layout rules (mendR64): a lede broken after a preposition over a blank, an
agency in capitals before a name, a letters page's first title, a plain ``Regards,`` in a story,
a crosshead that reads as an appeal's heading over the story's last sentence, a country's time.
Invented stories in real layouts; each row is the text and exactly what must come out, the rows
that must not fire beside the ones that must."""

from __future__ import annotations

import pytest

from articles import parse_held, parts_of
from parts import blocks
from test_fixL64 import BUS, STORY  # (the page fixL64's letters and foot boxes are read on)

HEADLINE = "Council puts off its budget vote"


# -- (1) a lede line ending in a preposition, a blank, then a weekday --------------------------


@pytest.mark.parametrize(
    ("first", "second", "filed"),
    [
        ("The council said it would meet on", "Tuesday afternoon to decide the budget, after residents objected.", []),
        ("Crews worked through the night and into", "Sunday morning to restore power to the valley, the utility said.", []),
        # (must keep firing: a deck over a lede whose month is its subject is the header's)
        (
            "Residents count the cost of the wettest spring in decades",
            "March was the wettest month on record in the valley, the weather service said on Monday.",
            [("other", "Residents count the cost of the wettest spring in decades")],
        ),
    ],
)
def test_lede_ending_in_a_preposition_goes_on(first: str, second: str, filed: list[tuple[str, str]]) -> None:
    article = parse_held(blocks(HEADLINE, first, second, STORY[1]))
    _, found, paragraphs = parts_of(article)
    assert article.headline is not None and article.headline.text == HEADLINE
    assert found == filed
    assert paragraphs == ([] if filed else [first]) + [second, STORY[1]]


# -- (2) an agency in capitals before a name in capitals ------------------------------------------


LEDE = "The ministry said on Monday it would review the rules for all state schools before the new term."


@pytest.mark.parametrize(
    ("byline", "authors", "agency"),
    [
        ("By BERNAMA JOHN SMITH", ("JOHN SMITH",), "BERNAMA"),
        # (must keep firing: one name of three words in capitals, no agency before it)
        ("By FARAH NADIA ISMAIL", ("FARAH NADIA ISMAIL",), None),
    ],
)
def test_agency_in_capitals_before_a_name(byline: str, authors: tuple[str, ...], agency: str | None) -> None:
    article = parse_held(blocks(HEADLINE, byline, LEDE, STORY[1]))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (authors, agency)
    assert [paragraph.text for paragraph in article.paragraphs] == [LEDE, STORY[1]]


# -- (3, 4) a letters page's first title; a plain closing in a story ------------------------------


FIRST_LETTER = (
    "The plan to put bus lanes on three main roads will cost the town dearly. Traders have already lost "
    "trade to the retail park, and cutting parking by a third will finish many of them off."
)
SECOND_LETTER = (
    "I was sorry to read that the library will close on Saturdays. For many working parents it is the only "
    "day we can take our children there."
)
LAST_CLOSE = ["Yours faithfully,", "David Okafor", "Matlock"]


@pytest.mark.parametrize(
    ("head", "first_close"),
    [
        (["LETTERS", "Readers write on the week's news"], ["Regards,", "Margaret Hollis", "Chesterfield"]),
        (["Letters to the editor"], ["Sincerely,", "Margaret Hollis, Chesterfield"]),
    ],
)
def test_letters_page_first_title_stays_a_title(head: list[str], first_close: list[str]) -> None:
    text = blocks(
        *head, "A costly mistake", FIRST_LETTER, "\n".join(first_close),
        "Library hours matter to families", SECOND_LETTER, "\n".join(LAST_CLOSE),
    )
    article = parse_held(text)
    captions, filed, paragraphs = parts_of(article)
    assert article.headline is not None and article.headline.text == head[-1]
    assert captions == []
    assert filed == [("sign-off", line) for line in (*first_close, *LAST_CLOSE)]
    assert paragraphs == ["A costly mistake", FIRST_LETTER, "Library hours matter to families", SECOND_LETTER]


NOTE = "The mother of a pupil at the school wrote to the head in March, in a letter which closed:"


@pytest.mark.parametrize(
    ("closing", "filed", "last"),
    [
        # (a plain closing alone in a story: the quoted note's end, the story's)
        ("Regards,", [], ["Regards, A worried mother"]),
        # (must keep firing: a letter's own closing words)
        ("Kind regards,", [("sign-off", "Kind regards,"), ("sign-off", "A worried mother")], []),
    ],
)
def test_plain_closing_at_a_storys_foot(closing: str, filed: list[tuple[str, str]], last: list[str]) -> None:
    _, found, paragraphs = parts_of(parse_held(blocks(BUS, "By Ana Ruiz", STORY[0], NOTE, f"{closing}\nA worried mother")))
    assert found == filed
    assert paragraphs == [STORY[0], NOTE, *last]


# -- (5) an appeal's heading alone on its line over a block ---------------------------------------


@pytest.mark.parametrize(
    ("foot", "filed", "kept"),
    [
        # (a crosshead over the story's last sentence: the sentence stays the story's)
        (
            ["Support local journalism", "The mayor urged residents to back the bond measure in May."],
            [],
            ["Support local journalism", "The mayor urged residents to back the bond measure in May."],
        ),
        # (must keep firing: the block calls for a gift, or the heading speaks for the page)
        (
            ["Support local journalism", "Donate today to keep reporters covering city hall."],
            [("subscribe", "Support local journalism"), ("subscribe", "Donate today to keep reporters covering city hall.")],
            [],
        ),
        (
            ["Support local journalism", "Become a member at https://example.org/join and keep reporters at city hall."],
            [("subscribe", "Support local journalism"),
             ("subscribe", "Become a member at https://example.org/join and keep reporters at city hall.")],
            [],
        ),
        (
            ["Support our work", "Reporters have covered the council every week since 1998."],
            [("subscribe", "Support our work"), ("subscribe", "Reporters have covered the council every week since 1998.")],
            [],
        ),
    ],
)
def test_appeal_heading_takes_only_a_call(foot: list[str], filed: list[tuple[str, str]], kept: list[str]) -> None:
    _, found, paragraphs = parts_of(parse_held(blocks(BUS, "By Ana Ruiz", *STORY, *foot)))
    assert found == filed
    assert paragraphs == [*STORY, *kept]


# -- (6) a country's time ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "stamp", "iso"),
    [
        ("Published: March 3, 2026, 10:30 (South Korea time)", "March 3, 2026, 10:30 (South Korea time)",
         "2026-03-03T10:30:00+09:00"),
        ("Published: March 3, 2026, 10:30 (Korea time)", "March 3, 2026, 10:30 (Korea time)", "2026-03-03T10:30:00+09:00"),
    ],
)
def test_korea_time_is_kst(line: str, stamp: str, iso: str) -> None:
    article = parse_held(blocks(BUS, line, *STORY))
    assert article.published is not None
    assert (article.published.text, article.published.datetime.isoformat()) == (stamp, iso)
    assert [paragraph.text for paragraph in article.paragraphs] == STORY


def test_byline_clock_before_its_zone_and_date_gives_no_stamp() -> None:
    # (as the CHANGELOG says: no published from this shape yet, and never a wrong one)
    article = parse_held(blocks(BUS, "By Tom Hale | 10:30 a.m. (Kenya time), March 3, 2026", *STORY))
    assert article.byline is not None and article.byline.authors == ("Tom Hale",)
    assert article.published is None
    assert [paragraph.text for paragraph in article.paragraphs] == STORY
