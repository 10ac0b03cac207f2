"""review28 (stop 28): second read of the stop's merges, on texts of layouts the new rules were
not written for."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser
from parts import holds_every_line

HEAD = (
    "Regional drug approvals speed up\n\n"
    "Regulators in three states said on Tuesday they would review the proposal before the end of the year.\n\n"
)


# -- words in capitals that end the story's last sentence are no outlet's sign-off ------------------------------

@pytest.mark.parametrize(
    "last",
    [
        "The drug still needs final approval from the U.S. FDA.",  # the sentence's last word, its full stop
        "Polls close across the state at 8 p.m. ET.",  # (and after an abbreviation's stop)
        'Asked whether she would back it, the mayor paused and said: "Maybe." OK.',
    ],
)
def test_capitals_that_end_the_last_sentence_stay_in_the_paragraph(last: str) -> None:
    article = ArticleParser().parse(HEAD + last + "\n")
    assert article.paragraphs[-1].text == last
    assert article.boilerplate == ()
    assert holds_every_line(article)


# -- text after a dateline and a headline over two lines read as their lines are: no direction mark at an edge --

STORY = (
    "The council voted 7-2 on Monday to fund a new bridge over the river.\n\n"
    "\u201cWe have waited long enough for this,\u201d Mayor Ana Ortiz said after the vote.\n"
)


@pytest.mark.parametrize(
    ("dateline_line", "dateline", "first"),
    [
        # (a right-to-left mark after the dash, as a page copied from a bilingual site leaves it)
        (
            "MADRID, March 3 (Reuters) - \u200fThe council voted 7-2 on Monday to fund a new bridge.",
            "MADRID, March 3 (Reuters) -",
            "The council voted 7-2 on Monday to fund a new bridge.",
        ),
        # (and at the ends of the lines the paragraph runs over)
        (
            "BEIRUT, March 3 (AP) - The cabinet met on Monday\u200f\n\u200fto approve the budget for next year.",
            "BEIRUT, March 3 (AP) -",
            "The cabinet met on Monday to approve the budget for next year.",
        ),
    ],
)
def test_the_story_after_a_dateline_starts_past_invisible_marks(dateline_line: str, dateline: str, first: str) -> None:
    article = ArticleParser().parse("Town votes on new bridge\n\n" + dateline_line + "\n\n" + STORY)
    assert article.dateline is not None
    assert article.dateline.text == dateline
    assert article.paragraphs[0].text == first
    assert article.span_mismatches() == []
    assert holds_every_line(article)


def test_a_headline_over_two_lines_drops_the_marks_at_their_edges() -> None:
    text = "Ministers meet in Brussels as talks on the budget stall for\u200f\n\u200fa second night\n\n" + STORY
    article = ArticleParser().parse(text)
    assert article.headline is not None
    assert article.headline.text == "Ministers meet in Brussels as talks on the budget stall for a second night"
    assert article.span_mismatches() == []
    assert holds_every_line(article)


# -- credentials after a name and then an affiliation: the affiliation is no second author ----------------------

HEALTH_STORY = (
    "Cold weather raises blood pressure, and the heart has to work harder to keep the body warm.\n\n"
    "Doctors advise short walks at midday, when the air is warmest, and warm layers outdoors.\n"
)


@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        ("By Jane Roe, MD, Cleveland Clinic", ("Jane Roe",), None),
        ("Written by Jane Roe, RD, Harvard Health", ("Jane Roe",), None),
        ("By Jane Roe, MS, RD, Northside Medical Center", ("Jane Roe",), None),
        ("By Jane Roe, JD, Reuters", ("Jane Roe",), "Reuters"),  # (a known agency stays one)
        ("By Tom Berg, MD, and Ana Lima, RN", ("Tom Berg", "Ana Lima"), None),  # (another author after "and")
    ],
)
def test_an_affiliation_after_credentials_is_no_author(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    article = ArticleParser().parse("Heart health tips for winter\n\n" + line + "\n\n" + HEALTH_STORY)
    assert article.byline is not None
    assert article.byline.text == line
    assert article.byline.authors == authors
    assert article.byline.agency == agency
    assert holds_every_line(article)
