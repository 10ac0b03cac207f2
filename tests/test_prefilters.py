"""The cheap tests the pipeline runs before the caption, credit and timestamp patterns
(``CaptionParser.might_be_caption``, ``CaptionParser.might_be_credit_line``, ``TimestampParser.might_be_stamp_line``): they
must let through every line the parsers behind them accept (else a caption or a stamp is lost),
and they should stop plain lines (else they save nothing).  Also the faster line helpers of
``newsparse.lines``, which must answer as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse import ArticleParser, CaptionParser, TimestampParser
from newsparse.lines import Line, has_lower_word, is_sentence, split_lines

FIXTURES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))
PARSER = ArticleParser()


def line_of(text: str) -> Line:
    return split_lines(text)[0]


CAPTIONS = [
    # each shape of caption the caption parser reads
    "Tourists cool off in Rome. Photo: Ana Lima",
    "Tourists cool off in Rome. PHOTO: Ana Lima",
    "Rescue crews search the rubble (AP Photo/Evan Vucci)",
    "Rescue crews search the rubble. REUTERS/Maxim Shemetov",
    "Rescue crews search the rubble. Alamy Stock Photo",
    "Crews search the rubble. Handout",
    "A man waves from a boat [File: Reuters]",
    "The new scissor switch keyboard via iFixit",
    "IMAGE CAPTION Rescue crews search the rubble",
    "Caption: Crews search the rubble.",
    "Rescue crews search the rubble of the market hall on Tuesday. less",
    "1 of 4 | A man waves from a boat on the river.",
    "FILE - Mike and Jane Roberts tend to their son at home.",
    "Christopher Battin Submitted photo",
    "Flood water covers the road near Dhaka on Monday. Jane Roe / City Herald",
    "Firefighters work at the scene in Malibu, California.David McNew—Getty Images",
    "Police stand guard outside the court on Monday. (Adel Hana/Associated Press)",
    "Firefighters work at the scene in Malibu, California. SIA/EFAK/YPPOA",
]


@pytest.mark.parametrize("text", CAPTIONS)
def test_every_caption_passes(text: str) -> None:
    line = line_of(text)
    assert PARSER.captions.parse_line(line) is not None  # the row is a caption indeed
    assert PARSER.captions.might_be_caption(line) is True


PLAIN = [
    "Rescue crews searched the rubble on Tuesday, officials said.",
    "The council meets again next week",
    "Share this article",
    "Mr Ortiz voted against the budget",
    "Pictured in the photo are the three winners",  # a one-word label needs a colon: no caption, and caught anyway
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PLAIN[0], False),
        (PLAIN[1], False),
        (PLAIN[2], False),
        (PLAIN[3], False),
        (PLAIN[4], True),  # "Pictured" opens it: let through to the caption parser, which says no
        ("A boat on the river " * 40 + "(AP Photo/Evan Vucci)", False),  # longer than MAX_CHARS
        ("Tourists cool off in Rome. pHoTo: ana lima", True),  # a label in any case is let through
        ("Tourists cool off in Rome. Image ſource: Ana Lima", True),  # "ſ" folds to "s" as the pattern reads it
        # a slash that can be no part of a credit: in a link, between two words
        ("The full report is at https://example.org/reports/2024 for readers", False),
        ("Members may vote yes and/or abstain on the motion", False),
        ("Members may vote yes / no on the motion", True),  # a slash between spaces
        ("Rescue crews search the rubble. AP/Evan Vucci", True),
        # a label inside a word is none; as a word, or glued in capitals, it is let through
        ("The topic was the epic fight over the budget", False),
        ("The council saw a picture of the budget", True),
        ("The rubble of the market hall.Photo: Ana Lima", True),
        ("The rubble of the market hallPhoto: Ana Lima", True),
        # a number opens a gallery counter only when "of" or a slash follows it
        ("2 of 3 Americans say the economy is getting worse", True),
        ("3/12 - A man waves from a boat on the river", True),
        ("12 people died in the floods on Tuesday", False),
        ("1987 of them voted for the plan", False),  # four digits are no counter
        # "via" ends a caption only on a line that ends in no sentence end
        ("The new scissor switch keyboard, shown via iFixit.", False),
    ],
)
def test_might_be_caption(text: str, expected: bool) -> None:
    assert PARSER.captions.might_be_caption(line_of(text)) is expected


def test_caption_test_reads_the_parsers_vocabulary() -> None:
    class Captions(CaptionParser):
        CREDIT_WORDS = (*CaptionParser.CREDIT_WORDS, "Foto")
        TOGGLES = ("weniger",)

    text = "Ein Mann winkt von einem Boot auf dem Fluss. Foto: Ana Lima"
    assert PARSER.captions.might_be_caption(line_of(text)) is False
    parser = ArticleParser(captions=Captions())
    assert parser.captions.might_be_caption(line_of(text)) is True
    assert parser.captions.might_be_caption(line_of("Ein Mann winkt von einem Boot auf dem Fluss. weniger")) is True
    assert parser.parse(f"Titel\n\n{text}\n\nText.").captions[0].credit == "Ana Lima"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Photo: Jane Doe, AP", True),
        ("photo by David Dyer-Bennet", True),  # any case: the credit parser decides
        ("(Photo: Jane Doe)", True),
        ("AP Photo/Evan Vucci", True),
        ("[Reuters/Jane Doe]", True),
        ("Jane Doe/Getty Images", True),
        ("(Jane Doe/Getty Images)", True),
        ("The river rose two metres overnight.", False),
        ("By Jane Roe", False),
    ],
)
def test_might_be_credit_line(text: str, expected: bool) -> None:
    line = line_of(text)
    assert PARSER.captions.might_be_credit_line(line) is expected
    if PARSER.captions.is_credit_line(line):
        assert expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published: Aug 13, 2024 11:14 PM", True),
        ("Updated 1:39 am EST, Wednesday, November 20, 2019", True),
        ("2025年3月4日 14:30", True),
        ("Published yesterday", False),
        ("Updated: Tuesday", False),
        ("Published: Aug 13, 2024 11:14 PM | " + "Section news " * 20, False),  # longer than MAX_LINE_CHARS
    ],
)
def test_might_be_stamp_line(text: str, expected: bool) -> None:
    line = line_of(text)
    assert PARSER.timestamps.might_be_stamp_line(line) is expected
    if not expected:
        assert TimestampParser().parse([line], 0) == ()


def fixture_lines() -> list[Line]:
    lines = [line for path in FIXTURES for line in split_lines(path.read_text(encoding="utf-8"))]
    return lines + [line_of(text) for text in CAPTIONS + PLAIN]


def test_no_fixture_line_is_stopped_that_the_parsers_accept() -> None:
    lines = fixture_lines()
    assert len(lines) > 150
    stopped = {"caption": 0, "credit": 0, "stamp": 0}
    for line in lines:
        if not PARSER.captions.might_be_caption(line):
            stopped["caption"] += 1
            assert PARSER.captions.parse_line(line) is None, line.text
        if not PARSER.captions.might_be_credit_line(line):
            stopped["credit"] += 1
            assert not PARSER.captions.is_credit_line(line), line.text
        if not PARSER.timestamps.might_be_stamp_line(line):
            stopped["stamp"] += 1
            assert PARSER.timestamps.parse([line], 0) == (), line.text
    # and they stop most lines, which is what they are for
    assert all(count > len(lines) // 2 for count in stopped.values()), stopped


@pytest.mark.parametrize(
    ("text", "min_words", "expected"),
    [
        ("The minister said the plan would go ahead.", 6, True),
        ("The minister said the plan would go ahead", 6, False),  # no sentence end
        ("The Minister Said The Plan Would Go Ahead.", 6, False),  # a title
        ("The minister said so.", 6, False),  # too few words
        ("“We will rebuild the bridge,” said the mayor.”", 6, True),  # closing quotes after the end
        ("国务院总理在北京主持召开会议。", 6, True),  # no spaces: two letters make a word
        ("总理开会。", 6, False),
        ("Yes.", 1, False),  # one word and a capital
        ("yes.", 1, False),  # one word has no word after the first
        ("", 1, False),
    ],
)
def test_is_sentence(text: str, min_words: int, expected: bool) -> None:
    assert is_sentence(text, min_words) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Rain Ends Drought", False), ("Rain ends drought", True), ("总理开会", True), ("RAIN", False), ("雨", False)],
)
def test_has_lower_word(text: str, expected: bool) -> None:
    assert has_lower_word(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (line, start, indent, blank_before) of each line
        ("A\nb", [("A", 0, 0, True), ("b", 2, 0, False)]),
        ("A\r\nb", [("A", 0, 0, True), ("b", 3, 0, False)]),
        ("A\r\n\r\nb", [("A", 0, 0, True), ("b", 5, 0, True)]),
        ("A\n \t\nb", [("A", 0, 0, True), ("b", 5, 0, True)]),  # a line of spaces is a blank line
        ("A\r\rb", [("A", 0, 0, True), ("b", 3, 0, True)]),
        ("A\x0cb", [("A", 0, 0, True), ("b", 2, 0, False)]),
        ("A\n\tb\n  c", [("A", 0, 0, True), ("b", 3, 4, False), ("c", 7, 2, False)]),
        ("\ufeff  A\n\n\n b", [("A", 3, 2, True), ("b", 8, 1, True)]),
    ],
)
def test_split_lines(text: str, expected: list[tuple[str, int, int, bool]]) -> None:
    assert [(ln.text, ln.span.start, ln.indent, ln.blank_before) for ln in split_lines(text)] == expected
