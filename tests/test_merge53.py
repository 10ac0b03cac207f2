"""Fixes made while merging stop 46's branches (merge53): a timeline's date alone is looked for
only on a short line without a colon that ends like a date (a sentence with a number or a
labelled note is not read for one, and the date parser is not loaded for it: a PolNeAR run's
peak memory, benchmarks/README.md)."""

from __future__ import annotations

import pytest

import newsparse

ABOVE = (
    "Council passes budget\n\n"
    "The council approved the budget on Monday after a debate that lasted all night, officials said.\n\n"
    "The plan was first tabled in the spring and rejected twice by the finance committee.\n\n"
)
BELOW = "\n\nThe council first proposed the budget, but the finance committee rejected it two weeks later.\n"


@pytest.mark.parametrize(
    "line",
    [
        "The Natural Bridge is a rocky arch towering 215 feet above a small creek in the valley.",
        "Oct. 31, 2012 The mayor's hug.",
    ],
)
def test_a_line_that_is_no_date_alone_stays_in_the_story(line: str) -> None:
    article = newsparse.parse_article(ABOVE + line + BELOW)
    assert article.headline is not None and article.headline.text == "Council passes budget"
    assert article.published is None
    assert any(p.text == line for p in article.paragraphs)


@pytest.mark.parametrize(
    "line",
    ["March 5, 2025", "Wednesday, March 5, 2025", "5 March 2025.", "Sunday"],
)
def test_a_date_alone_between_paragraphs_is_still_a_timeline_heading(line: str) -> None:
    article = newsparse.parse_article(ABOVE + line + BELOW)
    assert article.headline is not None and article.headline.text == "Council passes budget"
    assert article.published is None


# A second reader's findings on the fixes after db519e8e


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a label's compound (a hyphen, no space) is a story's sentence, not an editors' note
        ("Korrektur-Vorschläge der Opposition wurden am Montag im Landtag abgelehnt.", None),
        ("Erratum-Listen gibt es seit dem Mittelalter, sagte der Historiker.", None),
        ("Korrektur: In einer früheren Fassung stand ein falsches Datum.", "editors-note"),
        ("Anmerkung der Redaktion: Der Artikel wurde am Dienstag ergänzt.", "editors-note"),
    ],
)
def test_a_labels_compound_is_no_editors_note(line: str, kind: str | None) -> None:
    parser = newsparse.ArticleParser(language="de")
    article = parser.parse("Haushalt beschlossen\n\nDer Stadtrat hat am Montag den Haushalt beschlossen.\n\n" + line + "\n")
    kinds = [b.kind for b in article.boilerplate if b.text == line]
    assert kinds == ([kind] if kind else [])
    assert any(p.text == line for p in article.paragraphs) is (kind is None)


@pytest.mark.parametrize(
    ("text", "headline", "authors"),
    [
        # a glued "By" is a prefix only before a known given name
        ("ByWard Market vendors protest new fees\n\nThe council voted on Monday to raise the fees.\n",
         "ByWard Market vendors protest new fees", None),
        ("Pool closes\nByWard Market Vendors\n\nThe council voted on Monday to close the pool.\n", "Pool closes", None),
        ("Pool closes\nByJane Roe\nMarch 3, 2025\n\nThe council voted on Monday to close the pool.\n",
         "Pool closes", ("Jane Roe",)),
    ],
)
def test_a_glued_by_needs_a_given_name(text: str, headline: str, authors: tuple[str, ...] | None) -> None:
    article = newsparse.parse_article(text)
    assert article.headline is not None and article.headline.text == headline
    assert (article.byline.authors if article.byline else None) == authors


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # a bare time before a date may be a video's length: the date alone
        ("2:45 · Mar 3, 2025", "2025-03-03T00:00:00"),
        ("1:23:45 | March 3, 2025", "2025-03-03T00:00:00"),
        # a clock with its half of the day or its zone: the time of that date
        ("9:15 AM · Mar 3, 2025", "2025-03-03T09:15:00"),
        ("9:15AM · Mar 3, 2025", "2025-03-03T09:15:00"),
        ("14:05 GMT · 3 March 2025", "2025-03-03T14:05:00+00:00"),
    ],
)
def test_a_time_before_a_date_needs_a_clocks_marks(line: str, published: str) -> None:
    article = newsparse.parse_article("Pool closes\n" + line + "\n\nThe council voted on Monday to close the pool.\n")
    assert article.published is not None and article.published.datetime.isoformat() == published


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"We will win," Hale fired back.', "Hale"),
        ('"We will win," the mayor hit back.', "the mayor"),
        ('"That is wrong," Ana Ruiz chimed in.', "Ana Ruiz"),
        # a group or people in the plural: maybe an act, no speaker
        ('"Move back!" Officers pushed back.', None),
        ('"Drop the weapon!" Police fired back.', None),
        ('"It is not true," protesters hit back.', None),
    ],
)
def test_a_closing_phrase_after_a_group_names_no_speaker(paragraph: str, speaker: str | None) -> None:
    article = newsparse.parse_article("Council votes on harbour plan\n\n" + paragraph + "\n")
    assert len(article.quotes) == 1
    found = article.quotes[0].speaker
    assert (found.mention if found else None) == speaker


@pytest.mark.parametrize(("line", "kind"), [("and/or", "other"), ("he/she", "other"), ("jr/tp/ab", "sign-off")])
def test_common_slash_words_are_no_desks_initials(line: str, kind: str) -> None:
    article = newsparse.parse_article(
        "Budget passes\n\nThe council approved the budget on Monday, officials said.\n\nThe vote was 7-2.\n\n" + line + "\n"
    )
    assert [(b.text, b.kind) for b in article.boilerplate] == [(line, kind)]
