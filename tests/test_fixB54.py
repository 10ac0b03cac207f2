"""fixB54 (stop 47): a new user's layout defects: a filed stamp's line, ledes taken for headlines,
live-blog entry clocks, captions, bylines with roles and desk bylines, agencies in datelines."""

from __future__ import annotations

import pytest

from newsparse import parse_article
from parts import holds_every_line

STORY = "The council approved the budget for the coming year on Monday evening, officials said."


@pytest.mark.parametrize(
    ("text", "stamps"),
    [
        # a second stamp at the foot of the page, filed as boilerplate: its label is part of it
        (
            "Council approves budget\nPosted Sun 2 Mar 2025 at 5:00am\n\n" + STORY + "\n\nPosted 2 Mar 2025\n",
            ["Posted 2 Mar 2025"],
        ),
        (
            "Rail fares to rise\nPublished: 4 March 2025\n\n" + STORY + "\n\nPublished: 4 March 2025 09:00\n",
            ["Published: 4 March 2025 09:00"],
        ),
        # precision: a filed stamp with no label is its line already
        (
            "Council approves budget\nPosted Sun 2 Mar 2025 at 5:00am\n\n" + STORY + "\n\n2 Mar 2025\n",
            ["2 Mar 2025"],
        ),
    ],
)
def test_filed_stamp_covers_its_line(text: str, stamps: list[str]) -> None:
    article = parse_article(text)
    assert [part.text for part in article.boilerplate if part.kind == "timestamp"] == stamps
    # (the header's stamp is the publication, its label left out)
    assert article.published is not None and article.published.text == text.splitlines()[1].split(None, 1)[1]
    assert holds_every_line(article)


@pytest.mark.parametrize(
    ("text", "published", "updated"),
    [
        # precision: the page's own stamps leave their labels out of their spans, as documented
        (
            "Council approves budget\nPosted Sun 2 Mar 2025 at 5:00am, updated Sun 2 Mar 2025 at 9:12am\n\n" + STORY + "\n",
            "Sun 2 Mar 2025 at 5:00am",
            "Sun 2 Mar 2025 at 9:12am",
        ),
        # a wire's note of the day it first ran: the publication date, its words the stamp's label
        (
            "OTTAWA — The federal government says it will extend the deadline for the rebate by a month.\n\n"
            "This report by The Canadian Press was first published Nov. 14, 2024.\n",
            "Nov. 14, 2024",
            None,
        ),
    ],
)
def test_page_stamps_keep_their_labels_out(text: str, published: str, updated: str | None) -> None:
    article = parse_article(text)
    assert article.published is not None and article.published.text == published
    assert (article.updated.text if article.updated is not None else None) == updated
    assert [part.text for part in article.boilerplate if part.kind == "timestamp"] == []
    assert holds_every_line(article)


LIVE = (
    "Budget live: Chancellor unveils tax rise\nBy Political Staff\n\n"
    "15:42\nThe Chancellor has sat down after speaking for more than an hour in the Commons.\n\n"
    "14:58\nThe Chancellor tells MPs that the country has fixed the foundations of the economy.\n\n"
    "{clock}\nGood afternoon and welcome to our live coverage of the Budget in the Commons today.\n"
)


@pytest.mark.parametrize(
    ("clock", "stamp"),
    [
        ("12:31 Posted 4 hours ago", "12:31 Posted 4 hours ago"),
        ("12:31 4 hours ago", "12:31 4 hours ago"),
        ("9:05 a.m. Updated 2 hours ago", "9:05 a.m. Updated 2 hours ago"),
        ("12:31", "12:31"),
        # precision: a clock before other words is no entry clock: the entry's words stay text
        ("12:31 Trains cancelled", None),
    ],
)
def test_clock_then_ago_heads_an_entry(clock: str, stamp: str | None) -> None:
    article = parse_article(LIVE.format(clock=clock))
    stamps = [part.text for part in article.boilerplate if part.kind == "timestamp"]
    assert stamps == ["15:42", "14:58"] + ([stamp] if stamp else [])
    assert article.paragraphs[-1].text.endswith("live coverage of the Budget in the Commons today.")
    assert (stamp is None) == any(clock in p.text for p in article.paragraphs)
    assert holds_every_line(article)


@pytest.mark.parametrize(
    ("text", "headline", "first"),
    [
        # a one-line block of reported speech that ends in a full stop: the story's first sentence
        (
            "Club\n\nPaul Henderson said the club would stay.\n\nHis son said it would move.\n",
            "Club",
            "Paul Henderson said the club would stay.",
        ),
        (
            "Harbour\n\nThe French foreign minister told reporters the talks had failed.\n\nHe left at noon.\n",
            "Harbour",
            "The French foreign minister told reporters the talks had failed.",
        ),
        # precision: a headline writes speech in the present, with no full stop
        (
            "Mayor says pier will reopen\n\nThe pier will reopen in May after repairs, the mayor said on Monday.\n",
            "Mayor says pier will reopen",
            "The pier will reopen in May after repairs, the mayor said on Monday.",
        ),
        (
            "Minister said to be considering resignation\n\nThe minister is considering her position, aides said.\n",
            "Minister said to be considering resignation",
            "The minister is considering her position, aides said.",
        ),
        # precision: a headline sentence with a full stop and no speech stays the headline
        (
            "Rain is expected on Tuesday.\n\nHeavy rain is expected across the north of the country on Tuesday.\n",
            "Rain is expected on Tuesday.",
            "Heavy rain is expected across the north of the country on Tuesday.",
        ),
    ],
)
def test_reported_sentence_is_no_headline(text: str, headline: str, first: str) -> None:
    article = parse_article(text)
    assert article.headline is not None and article.headline.text == headline
    assert article.paragraphs[0].text == first
    assert holds_every_line(article)
