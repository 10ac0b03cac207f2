"""Web pages copied as text: how paragraphs, first paragraphs and dates come out of the layout
a browser copy gives (a blank line between blocks, a bare line break inside one), table-driven."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import BodyParser
from newsparse.lines import split_lines

# the body text, the paragraphs BodyParser makes of it
BLANK_LAYOUT = [
    # a web page: blank lines between paragraphs, so a bare line break is a <br> inside one
    ("The ferry left the harbour at dawn with 212 passengers on board.\nIt reached the island three hours later.\n\n"
     "Crews checked the hull on arrival.\n\nNo damage was found.",
     ["The ferry left the harbour at dawn with 212 passengers on board. It reached the island three hours later.",
      "Crews checked the hull on arrival.", "No damage was found."]),
    # a short list between paragraphs stays one block
    ("The shop sells three kinds of bread.\n\nRye\nSpelt\nSourdough\n\nIt opens at seven.",
     ["The shop sells three kinds of bread.", "Rye Spelt Sourdough", "It opens at seven."]),
    # one blank line is not enough to tell the layout: each line stays a paragraph
    ("The storm hit the coast on Monday.\n\nPower was cut to 4,000 homes.\nSchools stayed shut.",
     ["The storm hit the coast on Monday.", "Power was cut to 4,000 homes.", "Schools stayed shut."]),
    # most lines follow no blank line: a line a paragraph, as before
    ("The storm hit the coast on Monday.\nPower was cut to 4,000 homes.\nSchools stayed shut.\n\n"
     "Roads reopened on Tuesday.\nTrains ran late.\n\nThe mayor thanked the crews.",
     ["The storm hit the coast on Monday.", "Power was cut to 4,000 homes.", "Schools stayed shut.",
      "Roads reopened on Tuesday.", "Trains ran late.", "The mayor thanked the crews."]),
    # indented wire copy keeps its own rule even with blank lines in it
    ("  The bank raised its main rate on Tuesday to 4.5 percent,\nthe highest level in a decade.\n\n"
     "  Analysts had expected the move.\n\n  Markets barely moved.",
     ["The bank raised its main rate on Tuesday to 4.5 percent, the highest level in a decade.",
      "Analysts had expected the move.", "Markets barely moved."]),
]


@pytest.mark.parametrize(("text", "paragraphs"), BLANK_LAYOUT)
def test_blank_layout(text: str, paragraphs: list[str]) -> None:
    assert [p.text for p in BodyParser().parse(split_lines(text))] == paragraphs


def test_blank_layout_in_an_article() -> None:
    text = (
        "Ferry service resumes after storm\n\nBy Jane Roe\n\n"
        "The ferry left the harbour at dawn with 212 passengers on board, the first crossing in a week.\n"
        "It reached the island three hours later.\n\nCrews checked the hull on arrival.\n\nNo damage was found.\n"
    )
    article = newsparse.parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        "The ferry left the harbour at dawn with 212 passengers on board, the first crossing in a week. "
        "It reached the island three hours later.",
        "Crews checked the hull on arrival.",
        "No damage was found.",
    ]
