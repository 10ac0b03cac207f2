"""Layout rules of stop 24 the second reader and the hostile trial found wanting (each beside its
near-misses): the place before a stamp on a stamp line, a rights notice against a story's sentence,
a headline of two names over the story, and a maker's credit read without splitting a long line."""

from __future__ import annotations

import tracemalloc

import pytest

import newsparse
from newsparse.caption import CaptionParser
from newsparse.lines import Line
from newsparse.spans import Span

STORY = "\n\nThe monsoon reached Kerala on Monday, three days early, the weather office said.\n"


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("NEW DELHI", "NEW DELHI"),
        ("SPRINGFIELD, Ill.", "SPRINGFIELD, Ill."),
        # a reporter's name or a desk before the stamp: no place
        ("JANE ROE", None),
        ("EXPRESS NEWS SERVICE", None),
        ("LIVE UPDATES", None),
    ],
)
def test_the_place_before_a_stamp_on_a_stamp_line(head: str, place: str | None) -> None:
    article = newsparse.parse_article(f"Monsoon arrives early in Kerala\n{head}, MAY 26, 2026 10:48 IST{STORY}")
    assert (article.dateline.place if article.dateline else None) == place
    assert article.published is not None and article.published.text == "MAY 26, 2026 10:48 IST"


NOTICE = "This material may not be published, broadcast, rewritten or redistributed."
RULING = "This material may not be published or shared until the trial ends, Judge Ana Ortiz ruled, and copies must be destroyed."


@pytest.mark.parametrize(("line", "boilerplate"), [(NOTICE, True), (RULING, False)])
def test_a_rights_notice_is_boilerplate_and_a_story_sentence_is_not(line: str, boilerplate: bool) -> None:
    text = f"Judge bans leaked files\n\nLONDON (Reuters) - A judge on Monday barred newspapers from printing the files.\n\n{line}\n"
    article = newsparse.parse_article(text)
    assert any(item.text == line for item in article.boilerplate) is boilerplate
    assert any(paragraph.text == line for paragraph in article.paragraphs) is not boilerplate


@pytest.mark.parametrize(
    ("text", "section", "headline"),
    [
        # two names joined by a spaced dash over the story's first sentence: the headline
        ("Real Madrid – Barcelona\n\nThe two sides met on Sunday before 80,000 fans, and the game ended in a draw.\n",
         (), "Real Madrid – Barcelona"),
        # a region and its town over a headline: the kicker
        ("Bretagne - Saint-Brieuc\nLa piscine ferme pour travaux\n\nLa piscine fermera le 5 mars.\n",
         ("Bretagne", "Saint-Brieuc"), "La piscine ferme pour travaux"),
    ],
)
def test_a_dashed_line_over_a_sentence_is_a_headline(text: str, section: tuple[str, ...], headline: str) -> None:
    article = newsparse.ArticleParser(language="fr").parse(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline


def test_a_maker_credit_does_not_split_a_long_line() -> None:
    text = "Jane Roe, Free Press, " * 50_000
    line = Line(text, Span(0, len(text)), 0, True)
    below = Line("Nordwind Trail 2 for $120", Span(len(text) + 2, len(text) + 27), 0, True)
    parser = CaptionParser()  # (built outside the trace: its patterns may be compiled afresh once the
    # regex module's pattern cache is full, late in a long run; the bound is the call's, not the build's)
    tracemalloc.start()
    try:
        assert parser.maker_credit(line, below) is None
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # (a list of every word held about 12 bytes a character; the bounded split, a copy or two)
    assert peak < 4 * len(text)
