"""speedL69: cheaper per-line body rules on many short lines (issue 7), parses unchanged.

The rules whose tests were reordered or prefiltered still read what they read before: a press
release's contact block, a bare credit after a caption's sentence, a caption printed twice over
its credit; and lines that only look like them stay the story's."""

from __future__ import annotations

import time

import pytest

import newsparse
from newsparse.body import BodyParser

HEAD = "Acme Widgets opens plant in Ohio\n\nCOLUMBUS, Ohio--(BUSINESS WIRE)--Acme Widgets Inc. said on Monday it would open a plant in Columbus, hiring 300 workers by next year.\n\nThe plant will make parts for electric cars, the company said in a statement.\n\n"


@pytest.mark.parametrize(
    "block",
    [
        ["Media Contact:", "Jane Roe", "+1 555 0100", "jane.roe@acme.example"],
        ["Media Contacts", "Jane Roe", "+1 555 0100"],
        ["Investor Enquiries", "Tom Hale", "tom.hale@acme.example"],
        ["Contact:", "Ana Ruiz, Acme Widgets", "+44 20 7946 0000"],
    ],
)
def test_contact_block_lines_stay_press_release(block: list[str]) -> None:
    article = newsparse.parse_article(HEAD + "\n".join(block) + "\n")
    assert [(b.text, b.kind) for b in article.boilerplate] == [(line, "press-release") for line in block]
    assert len(article.paragraphs) == 2


def test_line_under_other_boilerplate_is_no_contact_line() -> None:
    text = HEAD + "Share this article\nThe plant opens in May, a spokeswoman said on Tuesday in Columbus.\n"
    article = newsparse.parse_article(text)
    assert "press-release" not in {b.kind for b in article.boilerplate}
    assert article.paragraphs[-1].text.startswith("The plant opens in May")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials inspect the pier on Monday. Reuters", True),
        ("Crowds gather in Kyiv. Getty Images", True),
        ("Rain fell", False),  # no space before a credit, no credit
        ("Reuters", False),  # a credit alone: no sentence before it
        ("The deal was reported by Reuters", False),  # no sentence end before the credit
        ("Officials inspect the pier on Monday. Reuters reported", False),
    ],
)
def test_ends_in_bare_credit(text: str, expected: bool) -> None:
    assert BodyParser().ends_in_bare_credit(text) is expected


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Fans cheer the winning goal.", "Jo Roe/Photosport"),
        ("Supporters wave flags outside the stadium.", "Tom Hale/Getty Images"),
    ],
)
def test_caption_printed_twice_over_its_credit(caption: str, credit: str) -> None:
    text = (
        "Fans flood the streets after the final\n\nBy Tom Hale\n\n"
        "Thousands of fans filled the city centre on Sunday night after the home side won the cup.\n\n"
        f"{caption}\n{caption}\n{credit}\n\nPolice said the crowds were peaceful and left by midnight.\n"
    )
    article = newsparse.parse_article(text)
    assert (caption, credit) in [(c.text, c.credit) for c in article.captions]
    assert (credit, "credit") in [(b.text, b.kind) for b in article.boilerplate]


def test_sentence_not_printed_twice_stays_a_paragraph() -> None:
    text = (
        "Fans flood the streets after the final\n\nBy Tom Hale\n\n"
        "Thousands of fans filled the city centre on Sunday night after the home side won the cup.\n\n"
        "Fans cheer the winning goal.\nThe mayor said the parade would be held on Friday.\n"
    )
    article = newsparse.parse_article(text)
    assert not article.captions
    assert "Fans cheer the winning goal." in [p.text for p in article.paragraphs]


@pytest.mark.parametrize("unit", ["Home\n", "Share\n", "By\n", "News 3\n"])
def test_short_lines_stay_linear(unit: str) -> None:
    def cpu(count: int) -> float:
        text = "Menu\n\n" + unit * count
        start = time.process_time()
        newsparse.parse_article(text)
        return time.process_time() - start

    small, large = min(cpu(200) for _ in range(2)), min(cpu(800) for _ in range(2))
    assert large < 4 * small * 2.0  # 4x the lines in at most 8x the time
