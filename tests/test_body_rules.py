"""``BodyParser`` on its own, table-driven: how body lines become paragraphs in web copy (a line
each), hard-wrapped text (a sentence carried over the line end) and indented wire copy (an
indented line starts a paragraph), with the limits at their edges."""

from __future__ import annotations

import pytest

from newsparse import BodyParser, Span
from newsparse.lines import collapse, split_lines
from newsparse.spans import Paragraph


def _paragraphs(parser: BodyParser, text: str) -> list[str]:
    """The texts of the paragraphs *parser* makes of *text*, after checking that each span holds
    its paragraph's lines (the text is the span's slice with its whitespace collapsed)."""
    found = parser.parse(split_lines(text))
    for paragraph in found:
        assert collapse(text[paragraph.span.start : paragraph.span.end]) == paragraph.text
    return [paragraph.text for paragraph in found]


# the body text, the paragraphs
PARAGRAPHS = [
    # a blank line always ends a paragraph; in web copy each line is one
    ("The storm hit the coast on Monday.\n\nPower was cut to 4,000 homes.\nSchools stayed shut.",
     ["The storm hit the coast on Monday.", "Power was cut to 4,000 homes.", "Schools stayed shut."]),
    # indented wire copy: an indented line starts a paragraph, a flush one carries on
    ("  The bank raised its main rate on Tuesday to 4.5 percent,\nthe highest level in a decade.\n"
     "  Analysts had expected the move.\nMarkets barely moved.",
     ["The bank raised its main rate on Tuesday to 4.5 percent, the highest level in a decade.",
      "Analysts had expected the move. Markets barely moved."]),
    # one indented line is enough when the text starts with it
    ("  The bank raised its main rate on Tuesday,\nthe highest in a decade.\n\nMarkets barely moved on the news.\nTraders were calm.",
     ["The bank raised its main rate on Tuesday, the highest in a decade.", "Markets barely moved on the news. Traders were calm."]),
    # one indented list item in web copy is not indented layout
    ("The council met on Monday.\n  - a new bridge\nwas approved.\nThe vote was close.",
     ["The council met on Monday.", "- a new bridge was approved.", "The vote was close."]),
    # indented lines with no flush line under them: web copy
    ("  The council met on Monday.\n  Ten members voted.\n  The vote was close.",
     ["The council met on Monday.", "Ten members voted.", "The vote was close."]),
    # hard wrapping: a sentence left open goes on in lower case
    ("The minister said on Tuesday that the government would cut the fuel\ntax by a third from next month.\nOfficials confirmed the plan.",
     ["The minister said on Tuesday that the government would cut the fuel tax by a third from next month.",
      "Officials confirmed the plan."]),
    # a name broken over two lines
    ("The plan would go ahead despite the protests, said Henk\nBosman, a spokesman for the farmers' union.",
     ["The plan would go ahead despite the protests, said Henk Bosman, a spokesman for the farmers' union."]),
    # a number after a wrapped line
    ("The ministry said the number of people who lost their homes was\n4,000 by Tuesday.",
     ["The ministry said the number of people who lost their homes was 4,000 by Tuesday."]),
    # a line of capitals ending in a capitalised word is a title, not a name
    ("THE MAYOR LISTED THE DAMAGE ON MONDAY IN THE Hague\nBridges fell.",
     ["THE MAYOR LISTED THE DAMAGE ON MONDAY IN THE Hague", "Bridges fell."]),
    # a colon, a semicolon, a closing quote or bracket ends a paragraph
    ("The mayor listed the damage on Monday in the city:\nroads, bridges and schools.",
     ["The mayor listed the damage on Monday in the city:", "roads, bridges and schools."]),
    ("The mayor listed the damage on Monday in the city;\nroads were shut.",
     ["The mayor listed the damage on Monday in the city;", "roads were shut."]),
    ('The mayor said the damage was "the worst in years"\nand left.', ['The mayor said the damage was "the worst in years"', "and left."]),
    ("The mayor listed the damage (roads and bridges)\nand left.", ["The mayor listed the damage (roads and bridges)", "and left."]),
    ("北京周二下起了大雨，官员说城里的许多道路已经关闭了。\nrain fell again on friday", ["北京周二下起了大雨，官员说城里的许多道路已经关闭了。", "rain fell again on friday"]),
]


@pytest.mark.parametrize(("text", "paragraphs"), PARAGRAPHS)
def test_parse(text: str, paragraphs: list[str]) -> None:
    assert _paragraphs(BodyParser(), text) == paragraphs


def test_parse_keeps_spans_in_the_input() -> None:
    text = "  The bank raised its main rate,\nthe highest in a decade.\n  Analysts had expected it.\n"
    assert BodyParser().parse(split_lines(text)) == (
        Paragraph("The bank raised its main rate, the highest in a decade.", Span(2, 57)),
        Paragraph("Analysts had expected it.", Span(60, 85)),
    )
    assert BodyParser().parse(()) == ()


# previous line, next line, whether the next continues the previous one's sentence
CONTINUES = [
    # the longest wrapped line
    ("The ministry said the number of people who lost their homes in the floods was still rising", "on Monday.", True),
    ("The ministry said the number of people who lost their homes in the floods was still rising.", "on Monday.", False),
    ("The ministry said the number of people who had lost their homes in the floods was now rising", "on Monday.", False),
    # a short line goes on in lower case when it has two words (a hard wrap, a manual line break)
    ("Rain", "fell again on Monday.", False),
    ("Rain fell", "again on Monday.", True),
    ("Rain fell hard", "again on Monday.", True),
    # a digit or a capital after a line of thirty characters or more
    ("The ministry said the toll wa", "4,000 by Tuesday.", False),
    ("The ministry said the toll was", "4,000 by Tuesday.", True),
    ("The ministry said the toll was", "Rescuers dug on.", False),
    # a capitalised word at the end of running text: a name broken over two lines
    ("Rescuers dug through the night, said Anna", "Berg, a spokeswoman.", True),
    ("RESCUERS DUG THROUGH THE NIGHT, SAID ANNA", "Berg, a spokeswoman.", False),
    # a word that cannot end a sentence, or a comma or a dash, ends a line of fifty characters or more
    ("The storm hit the coast on Monday and then it hit the", "Harbour wall.", True),
    # (under fifty characters, a word that cannot end a sentence still carries on: BodyParser.left_open; a comma does not)
    ("The storm hit the coast on Monday and it hit the", "Harbour wall.", True),
    ("The storm hit the coast on Monday and it hit us,", "Harbour walls fell.", False),
    ("The storm hit the coast on Monday and it hit the very", "Harbour wall.", False),
    ("The storm hit the coast on Monday and it hit us hard,", "Harbour walls fell.", True),
    ("The storm hit the coast on Monday and it hit us hard -", "Harbour walls fell.", True),
    ("The storm hit the coast on Monday and it hit us hard –", "Harbour walls fell.", True),
    ("The storm hit the coast on Monday and it hit us hard —", "Harbour walls fell.", True),
    ("The storm hit the coast on Monday and it hit us hard+", "Harbour walls fell.", False),
    ("The storm hit the coast on Monday and it hit us hard", "Harbour walls fell.", False),
]


@pytest.mark.parametrize(("previous", "following", "expected"), CONTINUES)
def test_continues(previous: str, following: str, expected: bool) -> None:
    first, second = split_lines(f"{previous}\n{following}")
    assert BodyParser().continues(first, second) is expected


def test_the_widths_are_measured_as_documented() -> None:
    assert len("The ministry said the number of people who lost their homes in the floods was still rising") == BodyParser.WRAP_WIDTH
    assert len("The ministry said the toll was") == BodyParser.MIN_WRAPPED_CHARS
    assert len("The storm hit the coast on Monday and then it hit the") > 50 > len("The storm hit the coast on Monday and it hit the")


@pytest.mark.parametrize(
    ("text", "indented"),
    [
        (" The bank raised its rate,\nthe highest in a decade.\n Analysts had expected it.\nMarkets barely moved.", False),
        ("  The bank raised its rate,\nthe highest in a decade.\n  Analysts had expected it.\nMarkets barely moved.", True),
        ("The bank raised its rate.\n  Analysts had expected it,\nmarkets said.", False),
        ("The bank raised its rate.\n  Analysts had expected it,\nmarkets said.\n  Trading was calm.", True),
        ("  The bank raised its rate.\n  Analysts had expected it.", False),
        ("  The bank raised its rate.\n\nthe highest in a decade.\n  Analysts had expected it.", False),
    ],
)
def test_is_indented_layout(text: str, indented: bool) -> None:
    assert BodyParser().is_indented_layout(split_lines(text)) is indented


def test_the_limits_are_class_constants() -> None:
    class Narrow(BodyParser):
        WRAP_WIDTH = 40
        MIN_WRAPPED_WORDS = 3
        MIN_WRAPPED_CHARS = 10
        INDENT = 4
        OPEN_WORDS = ("near",)

    narrow = Narrow()
    assert _paragraphs(narrow, "The ministry said the number of people who\nlost their homes rose.") == [
        "The ministry said the number of people who", "lost their homes rose."
    ]
    assert _paragraphs(narrow, "Rain fell\nagain on Monday.") == ["Rain fell", "again on Monday."]
    assert _paragraphs(narrow, "Rain fell hard\nagain on Monday.") == ["Rain fell hard again on Monday."]
    assert _paragraphs(narrow, "The toll was\n4,000 on Monday.") == ["The toll was 4,000 on Monday."]
    assert _paragraphs(narrow, "  The bank raised its rate,\nthe highest in a decade.\n  Analysts had expected it.\nMarkets moved.") == [
        "The bank raised its rate, the highest in a decade.", "Analysts had expected it.", "Markets moved."
    ]
    assert _paragraphs(BodyParser(), "The storm hit the coast on Monday and it hit homes near\nHarbour Road.") == [
        "The storm hit the coast on Monday and it hit homes near", "Harbour Road."
    ]
    wide = type("Wide", (BodyParser,), {"OPEN_WORDS": ("near",), "WRAP_WIDTH": 90})()
    assert _paragraphs(wide, "The storm hit the coast on Monday and it hit homes near\nHarbour Road.") == [
        "The storm hit the coast on Monday and it hit homes near Harbour Road."
    ]
