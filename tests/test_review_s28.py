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
