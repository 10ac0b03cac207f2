"""A one-sentence lede over the story's key facts whose bullets the copy lost (short lines that
end no sentence, maybe under a subhead), then the story's running text: the lede and the facts
are the story, not a standfirst and header debris.  A standfirst with the rest of the header
under it stays a standfirst.
"""

from __future__ import annotations

import pytest

import newsparse

HEADLINE = "Heatwave grips the south"
LEDE = "Temperatures reached 41C in Seville on Wednesday."
STORY = "The national weather agency said the heat would ease by the weekend."

# (the lines between the lede and the story, each its own block)
FACTS = [
    # key facts alone
    ["Water rationing in 30 towns", "Outdoor work banned in the afternoon", "Hospitals cancel routine operations"],
    ["Two forest fires still burning", "Night trains added on coastal routes"],
    # under a subhead of several words
    ["What we know so far", "Water rationing in 30 towns", "Outdoor work banned in the afternoon"],
    # under one-word subheads
    ["Open", "Public pools stay open until midnight", "Libraries run as cooling centres", "Closed",
     "Schools in the province shut early"],
]


@pytest.mark.parametrize("facts", FACTS)
def test_a_lede_over_lost_bullets_is_the_story(facts: list[str]) -> None:
    text = "\n\n".join([HEADLINE, LEDE, *facts, STORY]) + "\n"
    article = newsparse.parse_article(text)
    assert article.headline is not None and article.headline.text == HEADLINE
    assert [p.text for p in article.paragraphs] == [LEDE, *facts, STORY]
    assert [b.text for b in article.boilerplate] == []


STANDFIRST = "Firefighters have battled the blaze in the hills for three days."

# (the lines between the short line and the story, the kind the short line is filed under)
HEADERS = [
    # a byline under the facts: the header goes on, the line is its standfirst
    (["Water rationing in 30 towns", "Outdoor work banned in the afternoon", "By Lucia Ferrer"], "standfirst"),
    # a stamp under them
    (["Water rationing in 30 towns", "Outdoor work banned in the afternoon", "Published: 12 August 2025"], "standfirst"),
    # the titles of links to other pages, in title case
    (["Seven Ways To Keep Your Home Cool", "Which Medicines Are Affected By Heat"], "standfirst"),
    # an embed's notice printed again and again: furniture, no facts
    (["Post may have been removed", "Post may have been removed", "Post may have been removed"], "standfirst"),
]


@pytest.mark.parametrize(("lines", "kind"), HEADERS)
def test_a_standfirst_over_the_rest_of_the_header_stays_one(lines: list[str], kind: str) -> None:
    text = "\n\n".join([HEADLINE, STANDFIRST, *lines, STORY]) + "\n"
    article = newsparse.parse_article(text)
    assert [b.text for b in article.boilerplate if b.kind == kind] == [STANDFIRST]
    assert STANDFIRST not in [p.text for p in article.paragraphs]
    assert [p.text for p in article.paragraphs][-1] == STORY


NO_DAY_LEDE = "Hospitals across the region have opened extra wards for heat cases."


def test_a_lede_that_names_no_day_needs_a_subhead_over_the_facts() -> None:
    facts = ["Key facts", "Water rationing in 30 towns", "Outdoor work banned in the afternoon"]
    text = "\n\n".join([HEADLINE, NO_DAY_LEDE, *facts, STORY]) + "\n"
    article = newsparse.parse_article(text)
    assert [p.text for p in article.paragraphs] == [NO_DAY_LEDE, *facts, STORY]


def test_a_standfirst_over_two_pictures_captions_stays_one() -> None:
    # no day in the short line, no subhead over the lines: the captions of pictures without credits
    captions = ["Firefighters tackle a blaze above the village", "A helicopter drops water on the hills"]
    text = "\n\n".join([HEADLINE, STANDFIRST, *captions, STORY]) + "\n"
    article = newsparse.parse_article(text)
    assert [b.text for b in article.boilerplate if b.kind == "standfirst"] == [STANDFIRST]
    assert [p.text for p in article.paragraphs] == [STORY]


def test_one_subhead_alone_is_no_run_of_facts() -> None:
    # a short line with no fact under it, then a link in title case: no lede over facts
    text = "\n\n".join([HEADLINE, STANDFIRST, "Live", "More Heatwave Coverage From Our Reporters", "Shares", STORY]) + "\n"
    article = newsparse.parse_article(text)
    assert [b.text for b in article.boilerplate if b.kind == "standfirst"] == [STANDFIRST]
