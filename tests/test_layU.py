"""Layout leftovers of stop 24: two section labels over the headline, outlets and photo credits in a
byline, a clock alone under the date line, a rights notice under the story, and a standfirst with no
sentence end over the author's name.

Each table gives the bad shape beside near-misses that must read as they did; every line of the
input stays in a part, every span slices back to its text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import BoilerplateParser, BylineParser, parse_article
from newsparse.lines import split_lines
from newsparse.spans import collapse
from parts import holds_every_line

LEDE = "Oil prices fell on Tuesday as producers met in Vienna, and traders said the talks went on late into the night."
MORE = "Analysts said the cuts would do little to lift prices before the summer, when demand usually picks up again."


def spans_slice(text: str, article: object) -> None:
    """Every part's span slices back to its text (the byline, the stamps, the boilerplate); a
    byline of two lines to its lines joined by a space (docs/model.md, "What a span covers")."""
    byline = getattr(article, "byline", None)
    if byline is not None:
        assert collapse(text[byline.span.start : byline.span.end]) == byline.text
    for part in (getattr(article, "published", None), getattr(article, "updated", None)):
        if part is not None:
            assert text[part.span.start : part.span.end] == part.text
    for item in getattr(article, "boilerplate", ()):
        assert text[item.span.start : item.span.end] == item.text


# -- 1. a section and its subsection, one label a line, over the headline ------------------------

SECTIONS = [
    # (the lines over the story, the section, the headline)
    # the bad shape: two labels, then the headline in the same block
    ("Business\nMarkets\nOil slides as OPEC+ weighs deeper cuts\n\nBy Jane Roe", ("Business", "Markets"),
     "Oil slides as OPEC+ weighs deeper cuts"),
    ("News\nWorld\nFloods cut off villages across the northern valley\nBy Tom Berg\nMarch 5, 2024", ("News", "World"),
     "Floods cut off villages across the northern valley"),
    ("Sport\nFootball\nUnited sack manager after run of six straight defeats", ("Sport", "Football"),
     "United sack manager after run of six straight defeats"),
    ("SPORT\nFOOTBALL\nUnited sack manager after run of six straight defeats\nBy Tom Berg", ("SPORT", "FOOTBALL"),
     "United sack manager after run of six straight defeats"),
    ("Culture\nBooks & Arts\nA novelist returns to the valley she left forty years ago\nApril 2, 2025",
     ("Culture", "Books & Arts"), "A novelist returns to the valley she left forty years ago"),
    # near-misses: one kicker; a columnist's name under the kicker is no subsection
    ("Business\nOil slides as OPEC+ weighs deeper cuts\n\nBy Jane Roe", ("Business",),
     "Oil slides as OPEC+ weighs deeper cuts"),
    # (the columnist's name under the kicker is the byline, the title the headline: lay53)
    ("Opinion\nJane Roe\nWhy deeper cuts will hurt the people they are meant to help", ("Opinion",),
     "Why deeper cuts will hurt the people they are meant to help"),
]


@pytest.mark.parametrize(("head", "section", "headline"), SECTIONS)
def test_two_section_labels_over_the_headline(head: str, section: tuple[str, ...], headline: str) -> None:
    text = f"{head}\n\n{LEDE}\n\n{MORE}\n"
    article = parse_article(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert [p.text for p in article.paragraphs] == [LEDE, MORE]
    assert article.section_span is not None
    labels = text[article.section_span.start : article.section_span.end]
    assert labels.split("\n") == list(section)
    assert holds_every_line(article)


def test_two_labels_over_a_headline_over_the_story_in_one_block() -> None:
    # the story's running text right under the headline, no blank line between
    text = f"Business\nMarkets\nOil slides as OPEC+ weighs deeper cuts\n{LEDE}\n\n{MORE}\n"
    article = parse_article(text)
    assert article.section == ("Business", "Markets")
    assert article.headline is not None and article.headline.text == "Oil slides as OPEC+ weighs deeper cuts"
    assert [p.text for p in article.paragraphs] == [LEDE, MORE]


def test_a_headline_in_two_lines_over_a_sentence_is_no_section_pair() -> None:
    # the third line ends a sentence: the story's first paragraph, under a headline of two lines
    text = "Senate Passes\nBudget Bill\nThe Senate passed the budget bill on Tuesday after a long night of debate.\n"
    article = parse_article(text)
    assert article.section == ()
    assert article.headline is not None and article.headline.text == "Senate Passes"


# -- 2. outlets and credits in a byline -----------------------------------------------------------

BYLINES = [
    # (the byline's line, the authors, the agency, the byline's text, the boilerplate)
    # an outlet read as a second author
    ("By Jane Roe, Free Press", ("Jane Roe",), None, "By Jane Roe, Free Press", []),
    ("By Jane Roe with New Yorker", ("Jane Roe",), None, "By Jane Roe with New Yorker", []),
    ("By Jane Roe and Ana Ruiz, Evening Standard", ("Jane Roe", "Ana Ruiz"), None,
     "By Jane Roe and Ana Ruiz, Evening Standard", []),
    # four outlets: the agency is the one that is an agency by itself
    ("By Jane Roe, BBC News, Politico.com, Axios, Reuters", ("Jane Roe",), "Reuters",
     "By Jane Roe, BBC News, Politico.com, Axios, Reuters", []),
    # the photographer's credit beside the byline is no part of it
    ("Words: Jane Roe | Photos: Tom Berg", ("Jane Roe",), None, "Words: Jane Roe", [("Photos: Tom Berg", "credit")]),
    ("By Jane Roe | Photography by Tom Berg", ("Jane Roe",), None, "By Jane Roe",
     [("Photography by Tom Berg", "credit")]),
    ("By Jane Roe and Ana Ruiz · Video: Tom Berg", ("Jane Roe", "Ana Ruiz"), None, "By Jane Roe and Ana Ruiz",
     [("Video: Tom Berg", "credit")]),
    # near-misses: a second author, a surname that is an outlet word, a given name a place may open with
    ("By Jane Roe with Tom Berg", ("Jane Roe", "Tom Berg"), None, "By Jane Roe with Tom Berg", []),
    ("By Jane Roe, Tom Press", ("Jane Roe", "Tom Press"), None, "By Jane Roe, Tom Press", []),
    ("By Jane Roe and St. John Smith", ("Jane Roe", "St. John Smith"), None, "By Jane Roe and St. John Smith", []),
    ("By Jane Roe and Tom Berg, Reuters", ("Jane Roe", "Tom Berg"), "Reuters", "By Jane Roe and Tom Berg, Reuters", []),
]


@pytest.mark.parametrize(("line", "authors", "agency", "written", "boilerplate"), BYLINES)
def test_outlets_and_credits_in_a_byline(
    line: str, authors: tuple[str, ...], agency: str | None, written: str, boilerplate: list[tuple[str, str]]
) -> None:
    text = f"Oil slides as OPEC+ weighs deeper cuts\n{line}\n\n{LEDE}\n"
    article = parse_article(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, written)
    assert [(b.text, b.kind) for b in article.boilerplate] == boilerplate
    spans_slice(text, article)
    assert holds_every_line(article)


def test_a_stamp_after_a_bar_is_no_credit() -> None:
    text = f"Oil slides as OPEC+ weighs deeper cuts\nBy Jane Roe | Updated: March 5, 2024 10:42 AM\n\n{LEDE}\n"
    article = parse_article(text)
    assert article.byline is not None and article.byline.text == "By Jane Roe"
    assert article.updated is not None and article.updated.datetime == dt.datetime(2024, 3, 5, 10, 42)


@pytest.mark.parametrize(
    ("rest", "start"),
    [("Jane Roe | Photos: Tom Berg", 8), ("Jane Roe · Video by Ana Ruiz", 8), ("Jane Roe | Tom Berg", None),
     ("Jane Roe, Photos", None), ("Photos: Tom Berg", None)],
)
def test_credit_piece_start(rest: str, start: int | None) -> None:
    assert BylineParser().credit_piece_start(rest) == start


# -- 3. a clock alone under the date line ---------------------------------------------------------

CLOCKS = [
    # (the lines under the headline, the published stamp's time and text, the boilerplate)
    ("March 5, 2024\n\n10:42 AM", dt.datetime(2024, 3, 5, 10, 42), "March 5, 2024\n\n10:42 AM", []),
    ("By Jane Roe\nNov. 19, 2019\n\n5:50 PM\n\nShare", dt.datetime(2019, 11, 19, 17, 50), "Nov. 19, 2019\n\n5:50 PM",
     [("Share", "share")]),
    ("March 5, 2024\n10:42 AM", dt.datetime(2024, 3, 5, 10, 42), "March 5, 2024\n10:42 AM", []),
    # near-misses: the date had its clock; a clock with no am/pm and no zone (a video's length)
    ("March 5, 2024\n\n0:49", dt.datetime(2024, 3, 5), "March 5, 2024", [("0:49", "other")]),
    # (a second clock with its half of the day is a stamp's line left over: `timestamp`, since fixL56)
    ("March 5, 2024 10:42 AM\n\n11:05 AM", dt.datetime(2024, 3, 5, 10, 42), "March 5, 2024 10:42 AM",
     [("11:05 AM", "timestamp")]),
]


@pytest.mark.parametrize(("head", "published", "written", "boilerplate"), CLOCKS)
def test_a_clock_under_the_date_line(
    head: str, published: dt.datetime, written: str, boilerplate: list[tuple[str, str]]
) -> None:
    text = f"Oil slides as OPEC+ weighs deeper cuts\n{head}\n\n{LEDE}\n"
    article = parse_article(text)
    assert article.published is not None
    assert (article.published.datetime, article.published.text) == (published, written)
    assert [(b.text, b.kind) for b in article.boilerplate] == boilerplate
    assert [p.text for p in article.paragraphs] == [LEDE]
    spans_slice(text, article)
    assert holds_every_line(article)


def test_a_live_blog_entry_clock_is_no_time_of_the_date() -> None:
    entry = "Network Rail said all trains between Dover and London were cancelled for the rest of the day."
    text = f"Storm live: trains cancelled across the south\nMarch 5, 2024\n\n10:42 AM\n{entry}\n\n{MORE}\n"
    article = parse_article(text)
    assert article.published is not None and article.published.datetime == dt.datetime(2024, 3, 5)
    assert [(b.text, b.kind) for b in article.boilerplate] == [("10:42 AM", "timestamp")]


# -- 5. a rights notice under the story -----------------------------------------------------------

NOTICES = [
    # (the line under the story, its boilerplate kind or None for the story's)
    ("This material may not be published, broadcast, rewritten or redistributed.", "copyright"),
    ("This article may not be reproduced, republished or redistributed without written permission.", "copyright"),
    ("No part of this publication may be reproduced or transmitted in any form without permission.", "copyright"),
    ("This story may not be copied without the express consent of the publisher.", "copyright"),
    ("Copyright 2024 The Associated Press. All rights reserved.", "copyright"),
    # near-misses: a story's sentences about what may not be published
    ("The judge ruled that the material may not be published until the trial ends, lawyers said.", None),
    ("This report may not be published before the verdict, the court said on Tuesday.", None),
]


@pytest.mark.parametrize(("line", "kind"), NOTICES)
def test_a_rights_notice_is_boilerplate(line: str, kind: str | None) -> None:
    text = f"Oil slides as OPEC+ weighs deeper cuts\nBy Jane Roe\n\n{LEDE}\n\n{line}\n"
    article = parse_article(text)
    if kind is None:
        assert [p.text for p in article.paragraphs] == [LEDE, line]
        assert list(article.boilerplate) == []
    else:
        assert [p.text for p in article.paragraphs] == [LEDE]
        assert [(b.text, b.kind) for b in article.boilerplate] == [(line, kind)]
    assert holds_every_line(article)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("This video may not be broadcast or redistributed.", "copyright"),
     ("This video may not be shown in schools.", None)],
)
def test_parse_line_files_a_rights_notice(text: str, kind: str | None) -> None:
    found = BoilerplateParser().parse_line(split_lines(text)[0])
    assert (found.kind if found is not None else None) == kind


# -- 6. a standfirst with no sentence end over the author's name ----------------------------------

STANDFIRSTS = [
    # (the lines under the headline, over the date line; the byline's text, the boilerplate)
    ("Big Oil, Big Trouble\nJane Roe", "Jane Roe", [("Big Oil, Big Trouble", "other")]),
    ("Crude Awakening, Vienna Style\nTom Berg", "Tom Berg", [("Crude Awakening, Vienna Style", "other")]),
    # near-misses: a name over another name, over an agency, over a place: the first is the byline
    ("Jane Roe\nTom Berg", "Jane Roe", [("Tom Berg", "other")]),
    ("Jane Roe\nReuters", "Jane Roe Reuters", []),  # (the agency the byline's: lay53, name_over_agency)
    ("Jane Roe\nOslo, Norway", "Jane Roe", [("Oslo, Norway", "other")]),
]


@pytest.mark.parametrize(("head", "written", "boilerplate"), STANDFIRSTS)
def test_a_standfirst_over_the_authors_name(head: str, written: str, boilerplate: list[tuple[str, str]]) -> None:
    text = f"Oil slides as OPEC+ weighs deeper cuts\n{head}\nMarch 5, 2024\n\n{LEDE}\n"
    article = parse_article(text)
    assert article.headline is not None and article.headline.text == "Oil slides as OPEC+ weighs deeper cuts"
    assert article.byline is not None and article.byline.text == written
    assert [(b.text, b.kind) for b in article.boilerplate] == boilerplate
    assert article.published is not None and article.published.datetime == dt.datetime(2024, 3, 5)
    spans_slice(text, article)
    assert holds_every_line(article)
