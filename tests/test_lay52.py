"""Web-page headers and bulleted key facts (lay52, stop 45).

Development rows: a copied agency page (a kicker over the wire service's name over its stamp), a
page that prints its author over a reading time and a stamp, the author and the reading time on one
line, an outlet's initials after ``By`` before the sections a story is filed in, and key facts with
their bullets or dashes at the top of the story.  Each row is a complete small article written for
this file; the precision rows are the shapes each rule must leave alone.
"""

from __future__ import annotations

import pytest

from newsparse import Article, BodyParser, parse_article
from newsparse.lines import Line
from newsparse.spans import Span

#: The story under every header: three paragraphs of running text.
STORY = (
    "The city council approved the new transit budget on Tuesday after a long debate over bus routes.\n\n"
    "The plan adds three routes to the east side and raises fares by 25 cents, officials said.\n\n"
    "Critics said the fare increase would hit low-income riders hardest during the winter months.\n"
)
TITLE = "Council approves transit budget after long debate"


def header(article: Article) -> tuple[tuple[str, ...], str | None, tuple[str, ...] | None, str | None, str | None]:
    """The section, the headline, the byline's authors and agency, and the published stamp's text."""
    byline = article.byline
    return (
        tuple(article.section),
        article.headline.text if article.headline else None,
        tuple(byline.authors) if byline else None,
        byline.agency if byline else None,
        article.published.text if article.published else None,
    )


def boilerplate(article: Article) -> list[tuple[str, str]]:
    return [(str(part.kind), part.text) for part in article.boilerplate]


def paragraphs(article: Article) -> list[str]:
    return [paragraph.text for paragraph in article.paragraphs]


# (text, (section, headline, authors, agency, published), boilerplate, message)
HEADERS = [
    (
        f"WORLD\nReuters\nNovember 14, 2024 3:12 PM GMT\n{TITLE}\n\n{STORY}",
        (("WORLD",), TITLE, ("Reuters",), "Reuters", "November 14, 2024 3:12 PM GMT"),
        [],
        "a kicker over a wire service over its stamp: the agency's byline, the title the headline",
    ),
    (
        f"Business\nThe Associated Press\nMarch 3, 2025\n{TITLE}\n\n{STORY}",
        (("Business",), TITLE, ("The Associated Press",), "The Associated Press", "March 3, 2025"),
        [],
        "the same with another kicker and another agency",
    ),
    (
        f"ECONOMY\nJane Roe\n4 min read\nNov. 3, 2025\n{TITLE}\n\n{STORY}",
        (("ECONOMY",), TITLE, ("Jane Roe",), None, "Nov. 3, 2025"),
        [("other", "4 min read")],
        "a name over a reading time over a stamp under a kicker: the byline, no headline",
    ),
    (
        f"SPORT\nTom Hale\nMay 9, 2025\n6 min read\n{TITLE}\n\n{STORY}",
        (("SPORT",), TITLE, ("Tom Hale",), None, "May 9, 2025"),
        [("other", "6 min read")],
        "the stamp over the reading time",
    ),
    (
        f"Taylor Swift\n2 min read\n{TITLE}\n\n{STORY}",
        ((), TITLE, ("Taylor Swift",), None, None),
        [("other", "2 min read")],
        "a famous name over a reading time is the byline",
    ),
    (
        f"Jane Roe | 3 min read\n{TITLE}\n\n{STORY}",
        ((), TITLE, ("Jane Roe",), None, None),
        [("other", "3 min read")],
        "a name and a reading time on one line over the title: a byline, no section path",
    ),
    (
        f"{TITLE}\nJane Roe and Tom Hale · 5 min read\n\n{STORY}",
        ((), TITLE, ("Jane Roe", "Tom Hale"), None, None),
        [("other", "5 min read")],
        "two names and a reading time under the title",
    ),
    (
        f"{TITLE}\n\nJane Roe | 4 min read | March 3, 2025\n\n{STORY}",
        ((), TITLE, ("Jane Roe",), None, "March 3, 2025"),
        [("other", "4 min read")],
        "a reading time between the name and the stamp on one line is boilerplate, not lost",
    ),
    (
        f"{TITLE}\n\nJane Roe · Staff · March 3, 2025\n\n{STORY}",
        ((), TITLE, ("Jane Roe",), None, "March 3, 2025"),
        [("other", "Staff")],
        "any piece between the name and the stamp",
    ),
    (
        f"{TITLE}\n\nBy TPN, in News, Portugal · 31 Jan 2025, 20:02 · 0 Comments\n\n{STORY}",
        ((), TITLE, ("TPN",), None, "31 Jan 2025, 20:02"),
        [("other", "in News, Portugal"), ("share", "0 Comments")],
        "an outlet's initials after By, the sections and a stamp after them",
    ),
    (
        f"{TITLE}\n\nBy PTI, in India · 31 Jan 2025\n\n{STORY}",
        ((), TITLE, ("PTI",), "PTI", "31 Jan 2025"),
        [("other", "in India")],
        "a known agency before the sections",
    ),
    (
        f"{TITLE}\n\nBy KLM\n\n{STORY}",
        ((), TITLE, ("KLM",), None, None),
        [],
        "initials alone after By",
    ),
]

# the shapes the rules above must leave alone
HEADERS_PRECISION = [
    (
        f"WORLD\nReuters\n{TITLE}\n\n{STORY}",
        (("WORLD",), TITLE, None, None, None),
        [("sign-off", "Reuters")],
        "no stamp under the wire service: no signature read above the title (the reading it had)",
    ),
    (
        f"{TITLE}\nPolitics | 3 min read\n\n{STORY}",
        ((), TITLE, None, None, None),
        [("other", "Politics | 3 min read")],
        "a section and a reading time: no name, no byline",
    ),
    (
        f"{TITLE}\n\nBy Jane Roe, in News · 31 Jan 2025\n\n{STORY}",
        ((), TITLE, ("Jane Roe",), None, "31 Jan 2025"),
        [],
        "a person before the sections is read as a person",
    ),
    (
        f"{TITLE}\n\nBy HT Correspondent\n\n{STORY}",
        ((), TITLE, (), None, None),
        [],
        "initials before a desk's role stay an unsigned desk",
    ),
    (
        f"{TITLE}\n\nJane Roe · March 3, 2025\n\n{STORY}",
        ((), TITLE, ("Jane Roe",), None, "March 3, 2025"),
        [],
        "nothing between the name and the stamp: nothing filed",
    ),
    (
        f"Storm batters the coast\nReuters\nMarch 3, 2025\n{STORY}",
        ((), "Storm batters the coast", ("Reuters",), "Reuters", "March 3, 2025"),
        [],
        "a wire service over a stamp under a headline over the story: no kicker",
    ),
    (
        f"{TITLE}\n\nBy Jane Roe\n\n{STORY}",
        ((), TITLE, ("Jane Roe",), None, None),
        [],
        "a plain byline",
    ),
]


@pytest.mark.parametrize(("text", "expected", "furniture", "message"), HEADERS + HEADERS_PRECISION)
def test_web_page_headers(text: str, expected: tuple[object, ...], furniture: list[tuple[str, str]], message: str) -> None:
    article = parse_article(text)
    assert header(article) == expected, message
    assert boilerplate(article) == furniture, message
    assert paragraphs(article) == [part for part in STORY.strip().split("\n\n")], message
    assert article.span_mismatches() == []


def test_no_duplicate_rows() -> None:
    texts = [row[0] for row in HEADERS + HEADERS_PRECISION]
    assert len(texts) == len(set(texts))


FACTS = "- The council voted 7-2 on Tuesday\n- The plan takes effect in May\n"
LEDE = "The council approved the budget on Tuesday."

# (text, paragraphs, boilerplate, message)
LISTS = [
    (
        f"{TITLE}\n\n{FACTS}\n{STORY}",
        ["- The council voted 7-2 on Tuesday", "- The plan takes effect in May", *STORY.strip().split("\n\n")],
        [],
        "dashed key facts under the headline open the story, one item a paragraph",
    ),
    (
        f"{TITLE}\n\n• The council voted 7-2 on Tuesday.\n• The plan takes effect in May.\n\n{STORY}",
        ["• The council voted 7-2 on Tuesday.", "• The plan takes effect in May.", *STORY.strip().split("\n\n")],
        [],
        "bullets, the items ending in full stops",
    ),
    (
        f"{TITLE}\nBy Jane Roe\n\n* The council voted 7-2 on Tuesday\n* The plan takes effect in May\n\n{STORY}",
        ["* The council voted 7-2 on Tuesday", "* The plan takes effect in May", *STORY.strip().split("\n\n")],
        [],
        "asterisks under a byline",
    ),
    (
        f"{TITLE}\n\n– The council voted 7-2 on Tuesday\n– The plan takes effect in May\n\n{STORY}",
        ["– The council voted 7-2 on Tuesday", "– The plan takes effect in May", *STORY.strip().split("\n\n")],
        [],
        "en dashes",
    ),
    (
        f"{TITLE}\n\n{LEDE}\n\n{FACTS}\n{STORY}",
        [LEDE, "- The council voted 7-2 on Tuesday", "- The plan takes effect in May", *STORY.strip().split("\n\n")],
        [],
        "a short lede over the facts stays the first paragraph, no standfirst",
    ),
]

LISTS_PRECISION = [
    (
        f"{TITLE}\n\n- Share on Facebook\n- Share on Twitter\n\n{STORY}",
        STORY.strip().split("\n\n"),
        [("other", "- Share on Facebook"), ("other", "- Share on Twitter")],
        "bulleted sharing buttons stay boilerplate",
    ),
    (
        f"{TITLE}\n\n- Home\n- News\n- Sport\n\n{STORY}",
        STORY.strip().split("\n\n"),
        [("other", "- Home"), ("other", "- News"), ("other", "- Sport")],
        "a bulleted menu of single words is no list of facts",
    ),
    (
        f"{TITLE}\n\n- The council voted 7-2 on Tuesday\n\n{STORY}",
        STORY.strip().split("\n\n"),
        [("other", "- The council voted 7-2 on Tuesday")],
        "one bulleted line alone is no run of key facts",
    ),
]


@pytest.mark.parametrize(("text", "expected", "furniture", "message"), LISTS + LISTS_PRECISION)
def test_bulleted_facts(text: str, expected: list[str], furniture: list[tuple[str, str]], message: str) -> None:
    article = parse_article(text)
    assert paragraphs(article) == expected, message
    assert boilerplate(article) == furniture, message
    assert article.headline is not None and article.headline.text == TITLE
    assert article.span_mismatches() == []


def line(text: str) -> Line:
    return Line(text, Span(0, len(text)), 0, False)


# (previous line, line, starts a paragraph in a layout of blank lines)
ITEMS = [
    ("- The council voted 7-2 on Tuesday", "- The plan takes effect in May", True),
    ("The council listed its reasons:", "• Fares rise in May", True),
    ("Bus routes on the east side.", "* 40 homes lose a stop", True),
    # precision: a dash that carries on a line left open, a dash before lower case, no space
    ("The plan, which the mayor backed after a long", "– Which the council", False),
    ("The council listed its reasons.", "- and then it voted", False),
    ("The council listed its reasons.", "-The plan", False),
]


@pytest.mark.parametrize(("previous", "text", "starts"), ITEMS)
def test_list_items_start_paragraphs(previous: str, text: str, starts: bool) -> None:
    assert BodyParser().starts_paragraph(line(previous), line(text), indented=False, blank=True) is starts


class NoStars(BodyParser):
    LIST_MARKS = frozenset({"-", "•"})


def test_list_marks_overridable() -> None:
    assert BodyParser().is_list_item(line("* The plan takes effect in May"))
    assert not NoStars().is_list_item(line("* The plan takes effect in May"))
    assert NoStars().is_list_item(line("• The plan takes effect in May"))
