"""Header and body lines that hold several parts: every character of such a line that is not a
piece mark or a space must end up inside some part (no text lost), each part's span slicing back
to its text.  Found by the mutation run over the composer (issues 5 and 8).

Each page is invented, set out as a browser copy prints one: a headline, a line or two of header,
then the story.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import newsparse
from parts import holds_every_line, lost_lines, part_spans

HEADLINE = "Ferries halted as storm closes the harbour\n\n"
STORY = (
    "\n\nFerry crossings were suspended on Monday after gale-force winds closed the harbour, "
    "the port authority said in a statement.\n\n"
    "Crews will inspect the piers before any sailing is allowed, a spokesman added.\n"
)
MARKS = "|·•/ \t,;:-–—"



def uncovered(article: newsparse.Article, labels: tuple[str, ...] = ()) -> str:
    """The characters of the text, other than piece marks, spaces and stamp labels, that no part covers."""
    text = article.text
    covered = [False] * len(text)
    for span in part_spans(article):
        assert text[span.start : span.end].strip(), span
        for at in range(span.start, span.end):
            covered[at] = True
    left = "".join(char for char, inside in zip(text, covered, strict=True) if not inside and char not in MARKS + "\n")
    for label in labels:
        left = left.replace(label, "", 1)
    return left


# (header line, authors, published, the boilerplate text after them)
COUNTERS = [
    # a byline, a stamp and a comment counter on one line: all three read, the counter boilerplate
    ("By Mara Quint · 4 Mar 2025 · 0 Comments", ("Mara Quint",), "2025-03-04T00:00:00", "0 Comments"),
    ("By Mara Quint | 4 Mar 2025 | 3 min read", ("Mara Quint",), "2025-03-04T00:00:00", "3 min read"),
    ("By Mara Quint • March 4, 2025 • 12 comments", ("Mara Quint",), "2025-03-04T00:00:00", "12 comments"),
    # a stamp line with no byline: the tail is kept all the same
    ("4 Mar 2025 · 0 Comments", None, "2025-03-04T00:00:00", "0 Comments"),
]


@pytest.mark.parametrize(("line", "authors", "published", "rest"), COUNTERS)
def test_header_line_with_a_counter_loses_no_text(
    line: str, authors: tuple[str, ...] | None, published: str, rest: str
) -> None:
    article = newsparse.parse_article(HEADLINE + line + STORY)
    assert (article.byline.authors if article.byline else None) == authors
    assert article.published is not None and article.published.datetime.isoformat() == published
    assert [b.text for b in article.boilerplate] == [rest]
    assert uncovered(article) == ""


@pytest.mark.parametrize(("line", "authors", "published", "rest"), COUNTERS[:3])
def test_body_line_with_a_counter_gives_byline_stamp_and_counter(
    line: str, authors: tuple[str, ...], published: str, rest: str
) -> None:
    lead = (
        "Ferry crossings were suspended on Monday after gale-force winds closed the harbour.\n\n"
        "The port authority said the crossings would resume once the wind dropped below gale force.\n\n"
    )
    article = newsparse.parse_article(HEADLINE + lead + line + STORY)
    assert article.byline is not None and article.byline.authors == authors
    assert article.published is not None and article.published.datetime.isoformat() == published
    assert [b.text for b in article.boilerplate] == [rest]
    assert uncovered(article) == ""
    assert len(article.paragraphs) == 4


def test_a_stamp_line_that_ends_with_its_stamp_adds_no_boilerplate() -> None:
    article = newsparse.parse_article(HEADLINE + "By Mara Quint · 4 Mar 2025" + STORY)
    assert article.byline is not None and article.byline.text == "By Mara Quint"
    assert article.published is not None and article.published.text == "4 Mar 2025"
    assert list(article.boilerplate) == []


# (the line under the headline, byline text, published text)
NAME_BESIDE_DATE = [
    # a name glued to the date (a copy-paste artefact) and a name a space before it: both read the same
    ("Jane RoeDecember 2, 2016", "Jane Roe", "December 2, 2016"),
    ("Jane Roe December 2, 2016", "Jane Roe", "December 2, 2016"),
    ("Samir Haddad 2 December 2016", "Samir Haddad", "2 December 2016"),
    # near misses: a place (a word of the place list) or a heading beside the date is no author
    ("North Carolina December 2, 2016", None, "December 2, 2016"),
    ("Key Takeaways December 2, 2016", None, "December 2, 2016"),
    # a name the story writes again is its subject, not its author
    ("Harbour Authority December 2, 2016", None, "December 2, 2016"),
    # the same near misses glued to the date: the glue makes no signed byline of them, the date is read
    ("North CarolinaDecember 2, 2016", None, "December 2, 2016"),
    ("Key TakeawaysDecember 2, 2016", None, "December 2, 2016"),
    ("Harbour AuthorityDecember 2, 2016", None, "December 2, 2016"),
    # a place of two words the vocabulary knows (Vocabulary.PLACES) is where, not who, spaced or glued
    ("Hong Kong December 2, 2016", None, "December 2, 2016"),
    ("Hong KongDecember 2, 2016", None, "December 2, 2016"),
    ("Buenos Aires December 2, 2016", None, "December 2, 2016"),
    ("Tom Kong December 2, 2016", "Tom Kong", "December 2, 2016"),
]


@pytest.mark.parametrize(("line", "byline", "published"), NAME_BESIDE_DATE)
def test_name_beside_a_date_is_the_byline(line: str, byline: str | None, published: str) -> None:
    story = STORY.replace("the port authority", "the Harbour Authority")
    article = newsparse.parse_article(HEADLINE + line + story)
    assert (article.byline.text if article.byline else None) == byline
    assert article.published is not None and article.published.text == published
    assert article.published.datetime == dt.datetime(2016, 12, 2)
    if byline is not None:
        assert uncovered(article) == ""
    assert article.paragraphs[0].text.startswith("Ferry crossings")


# (published line, updated line, updated datetime or None)
UPDATES = [
    ("Published Nov 18, 2019 8:19 PM", "Updated Nov 19, 9:02 AM", dt.datetime(2019, 11, 19, 9, 2)),
    # the month wraps round: the next year
    ("Published Dec 30, 2019 8:19 PM", "Updated Jan 2, 9:02 AM", dt.datetime(2020, 1, 2, 9, 2)),
    # an update before the published stamp cannot be dated: none, rather than a wrong year
    ("Published Nov 18, 2019 8:19 PM", "Updated Nov 10, 9:02 AM", None),
    # a published stamp without a year dates nothing
    ("Published Nov 18, 8:19 PM", "Updated Nov 19, 9:02 AM", None),
]


@pytest.mark.parametrize(("published", "updated", "when"), UPDATES)
def test_an_update_without_a_year_takes_the_published_year(
    published: str, updated: str, when: dt.datetime | None
) -> None:
    article = newsparse.parse_article(HEADLINE + published + "\n" + updated + STORY)
    assert (article.updated.datetime if article.updated else None) == when
    if when is not None:
        assert article.updated is not None and article.updated.text == updated.removeprefix("Updated ")
        assert list(article.boilerplate) == []
    assert article.paragraphs[0].text.startswith("Ferry crossings")


def test_an_update_without_a_year_uses_the_reference_date_when_given() -> None:
    text = HEADLINE + "Published Nov 18, 2019 8:19 PM\nUpdated Nov 19, 9:02 AM" + STORY
    article = newsparse.parse_article(text, reference_date=dt.date(2019, 11, 20))
    assert article.updated is not None and article.updated.datetime == dt.datetime(2019, 11, 19, 9, 2)


LAST = "\n\nThe port closed on Monday after the storm, officials said.\n\n"
# (the lines after the story, sign-off text or None, the caption texts, boilerplate kinds in order)
SIGN_OFFS = [
    # a sign-off followed by a copyright line that reads as a sentence: still a sign-off
    (
        "Mara Quint for The Associated Press\n\nCopyright 2025 The Associated Press. All rights reserved.\n",
        [],
        ["credit", "copyright"],
    ),
    ("MARA QUINT (AFP)\n\nCopyright 2025 AFP. All rights reserved.\n", [], ["credit", "copyright"]),
    # the sign-off alone, as before
    ("Mara Quint for The Associated Press\n", [], ["credit"]),
]


@pytest.mark.parametrize(("tail", "captions", "kinds"), SIGN_OFFS)
def test_sign_off_over_a_copyright_line_is_no_caption(tail: str, captions: list[str], kinds: list[str]) -> None:
    article = newsparse.parse_article("Storm closes the port" + LAST + tail)
    assert [caption.text for caption in article.captions] == captions
    assert [line.kind for line in article.boilerplate] == kinds
    assert [paragraph.text for paragraph in article.paragraphs] == [
        "The port closed on Monday after the storm, officials said."
    ]
    assert uncovered(article) == ""


def test_sign_off_with_a_story_paragraph_after_it_is_a_caption_credit_as_before() -> None:
    # running text after the credit line: it is no sign-off (the copyright rule does not widen this)
    tail = "Mara Quint for The Associated Press\n\nThe ferries will run again on Friday, the port authority said.\n"
    article = newsparse.parse_article("Storm closes the port" + LAST + tail)
    assert "sign-off" not in [line.kind for line in article.boilerplate]
    assert article.paragraphs[-1].text == "The ferries will run again on Friday, the port authority said."


# (the lines that open the text, section, headline, boilerplate (kind, text))
OPENERS = [
    # a picture's credit over the headline, the picture not copied: a credit, not the section or headline
    ("Jo Li/Getty Images\nStorm closes the port\n", (), "Storm closes the port", [("credit", "Jo Li/Getty Images")]),
    ("Jo Li/Getty Images\n\nStorm closes the port\n", (), "Storm closes the port", [("credit", "Jo Li/Getty Images")]),
    ("Photo: Jo Li, AP\n\nStorm closes the port\n", (), "Storm closes the port", [("credit", "Photo: Jo Li, AP")]),
    # near miss: a section path over the headline stays the section
    ("World/Europe\nStorm closes the port\n", ("World", "Europe"), "Storm closes the port", []),
]


@pytest.mark.parametrize(("opening", "section", "headline", "boilerplate"), OPENERS)
def test_credit_line_that_opens_the_text(
    opening: str, section: tuple[str, ...], headline: str, boilerplate: list[tuple[str, str]]
) -> None:
    article = newsparse.parse_article(opening + LAST.lstrip("\n"))
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert [(line.kind, line.text) for line in article.boilerplate] == boilerplate
    assert len(article.paragraphs) == 1


def test_labelled_title_over_a_byline_stays_the_headline() -> None:
    # near miss: a title with a media label reads as a credit line, but a byline under it makes it the headline
    article = newsparse.parse_article("VIDEO: Voting on the harbour plan\n\nBy Mara Quint\n" + LAST)
    assert article.headline is not None and article.headline.text == "VIDEO: Voting on the harbour plan"
    assert article.byline is not None and article.byline.authors == ("Mara Quint",)


# (the lines after the story's last paragraph, the paragraphs after it, the boilerplate (kind, text))
AFTER_SIGN_OFF = [
    # a short story line under the sign-off at the text's end stays in the story
    (
        "Mara Quint for The Associated Press\n\nFerries resume on Friday\n",
        ["Ferries resume on Friday"],
        [("credit", "Mara Quint for The Associated Press")],
    ),
    (
        "Reporting by Mara Quint; Editing by Tom Poe\n\nFerries resume on Friday\n",
        ["Ferries resume on Friday"],
        [("sign-off", "Reporting by Mara Quint; Editing by Tom Poe")],
    ),
    # near misses: a link's title in capitals, or a line of two words, is page navigation as before
    (
        "Mara Quint for The Associated Press\n\nRelated Stories From Harbour\n",
        [],
        # (a heading over related links, "Related stories from ...": kind related since layB)
        [("credit", "Mara Quint for The Associated Press"), ("related", "Related Stories From Harbour")],
    ),
    ("Mara Quint for The Associated Press\n\nMore news\n", [], [("credit", "Mara Quint for The Associated Press"), ("other", "More news")]),
    # under a byline rather than a sign-off: a promo as often, navigation as before
    ("Reporting by Mara Quint\n\nFollow our coverage of the storm\n", [], [("other", "Follow our coverage of the storm")]),
]


@pytest.mark.parametrize(("tail", "paragraphs", "boilerplate"), AFTER_SIGN_OFF)
def test_short_story_line_after_the_sign_off(
    tail: str, paragraphs: list[str], boilerplate: list[tuple[str, str]]
) -> None:
    article = newsparse.parse_article("Storm closes the port" + LAST + tail)
    assert [paragraph.text for paragraph in article.paragraphs[1:]] == paragraphs
    assert [(line.kind, line.text) for line in article.boilerplate] == boilerplate
    assert uncovered(article) == ""


def test_the_shared_line_check_sees_a_lost_paragraph() -> None:
    """``parts.lost_lines`` (used by the layout tables) names a line no part holds: a parse with its
    paragraphs taken away loses them."""
    article = newsparse.parse_article("Ferries return\n\nBy Jane Roe\n\nThe ferries sailed again on Monday, the port said.\n")
    assert lost_lines(article) == [] and holds_every_line(article)
    emptied = attrs.evolve(article, paragraphs=())
    assert lost_lines(emptied) == ["The ferries sailed again on Monday, the port said."]
    assert not holds_every_line(emptied)
