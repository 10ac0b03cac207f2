"""``BodyParser`` table by table, written against the survivors of a mutation run of ``body.py``
(docs/testing.md, "Mutation testing"): blank-line layout (a web page copied as text, where a line
break with no blank line stays inside a paragraph), its labels, the whole page asked when the body
is short, and the edges of the hard-wrap rule.  A fresh parser is built for each test."""

from __future__ import annotations

from typing import ClassVar

import pytest

from newsparse import BodyParser, Span
from newsparse.lines import split_lines
from newsparse.spans import Paragraph


@pytest.fixture
def body() -> BodyParser:
    return BodyParser()


STORM = "The storm hit the coast on Monday."
POWER = "Power was cut to 4,000 homes."


def test_a_short_body_asks_the_page_whether_blank_lines_mark_paragraphs(body: BodyParser) -> None:
    text = f"Storm hits coast\n\nBy Ana Lima\n\nUpdated 10:00\n\n{STORM}\n{POWER}"
    page = split_lines(text)
    start = text.index(STORM)
    # on a page laid out with blank lines, a bare line break is a <br> inside the paragraph
    assert body.parse(page[-2:], page=page) == (Paragraph(f"{STORM} {POWER}", Span(start, len(text))),)
    # without the page, two lines prove nothing: each line is a paragraph
    assert body.parse(page[-2:]) == (
        Paragraph(STORM, Span(start, start + len(STORM))),
        Paragraph(POWER, Span(len(text) - len(POWER), len(text))),
    )


# the lines, whether blank lines mark the paragraphs
BLANK_LAYOUT = [
    (STORM, False),
    (f"{STORM}\n\n{POWER}", False),  # one line after a blank line proves nothing
    (f"{STORM}\n\n{POWER}\n\nSchools stayed shut.", True),
    (f"{STORM}\n{POWER}\n\nSchools stayed shut.", False),
    # six lines: three of the five after the first must follow a blank line
    ("A.\nB.\n\nC.\nD.\n\nE.\nF.", False),
    ("A.\n\nB.\nC.\n\nD.\nE.\n\nF.", True),
    # seven lines: three of six
    ("A.\nB.\n\nC.\nD.\n\nE.\nF.\n\nG.", True),
    ("A.\nB.\nC.\n\nD.\nE.\n\nF.\nG.", False),
]


@pytest.mark.parametrize(("text", "expected"), BLANK_LAYOUT)
def test_is_blank_layout(body: BodyParser, text: str, expected: bool) -> None:
    assert body.is_blank_layout(split_lines(text)) is expected


class OneBlankLine(BodyParser):
    BLANK_LAYOUT_LINES: ClassVar[int] = 1


def test_blank_layout_lines_is_a_class_constant() -> None:
    assert OneBlankLine().is_blank_layout(split_lines(f"{STORM}\n\n{POWER}")) is True
    assert OneBlankLine().is_blank_layout(split_lines(STORM)) is False


# the line above, the line, whether the line starts a paragraph where blank lines mark them
STARTS_UNDER_BLANK_LAYOUT = [
    ("Tags", "Elections and the budget vote", True),  # a label over running text
    ("Tags", "Elections", False),  # a list of labels stays one
    ("Tags", "more about the budget vote", False),
    ("Tags", "eBay deals and offers this week", False),
    (STORM, POWER, False),  # a <br> inside a paragraph
    ("Related:", "Elections and the budget vote", False),
]


@pytest.mark.parametrize(("previous", "following", "expected"), STARTS_UNDER_BLANK_LAYOUT)
def test_starts_paragraph_under_blank_layout(body: BodyParser, previous: str, following: str, expected: bool) -> None:
    above, line = split_lines(f"{previous}\n{following}")
    assert body.starts_paragraph(above, line, indented=False, blank=True) is expected


def test_starts_paragraph_is_not_blank_layout_by_default(body: BodyParser) -> None:
    above, line = split_lines(f"{STORM}\n{POWER}")
    assert body.starts_paragraph(above, line, indented=False) is True


LABELS = [
    ("Tags", True),
    ("Media contact", True),
    ("Three word label", True),
    ("SpaceX", True),
    ("More about this story", False),
    ("More about this story today", False),
    ("Related:", False),
    ("Tags,", False),
    ("Read more.", False),
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_is_label(body: BodyParser, text: str, expected: bool) -> None:
    assert body.is_label(split_lines(text)[0]) is expected


FIFTY = "The ministry said the new rules would apply to the"  # 50 characters
SHOUTED = "THE COMPANY FORMERLY KNOWN AS TWITTER RENAMED ITSELF X"

# the line above, the line, whether it carries on the sentence
CONTINUES = [
    (FIFTY, "Capital region from next year.", True),
    (FIFTY[4:], "Capital region from next year.", True),  # shorter than 50 characters, left open (left_open)
    (FIFTY[4:-4] + ",", "Capital region from next year.", False),  # shorter than 50 characters, a comma
    (FIFTY[:-4] + ",", "Capital region from next year.", False),  # 47 characters and a comma
    (FIFTY[:-3] + "us,", "Capital region from next year.", True),  # 50 characters and a comma
    ("https://example.com/news/2025/03/storm-report", "Power was cut to 4,000 homes.", False),
    (SHOUTED, "Shares rose on the news.", False),
]


@pytest.mark.parametrize(("previous", "following", "expected"), CONTINUES)
def test_continues(body: BodyParser, previous: str, following: str, expected: bool) -> None:
    above, line = split_lines(f"{previous}\n{following}")
    assert body.continues(above, line) is expected
