"""The layout's fast paths (issue 7) read lines as the slow paths do: table-driven, the shape a
fast path takes beside the one it must leave to the full test."""

from __future__ import annotations

from typing import ClassVar

import pytest

from newsparse import ArticleParser
from newsparse.lines import COMPACT_LINES, Lines, has_lower_word, is_sentence, split_lines, word_count
from newsparse.spans import collapse

# a text, its lines as (text, start, end, indent, blank_before)
SPLIT = [
    ("Rain ends drought\nin the north\n\nFloods recede.", [
        ("Rain ends drought", 0, 17, 0, True), ("in the north", 18, 30, 0, False), ("Floods recede.", 32, 46, 0, True),
    ]),
    # blanks to strip off either end, a tab indent, Windows breaks, a blank line of spaces
    ("  Oslo, Norway  \r\n\tThe mayor said.\r\n   \r\nShe left. ", [
        ("Oslo, Norway", 2, 14, 2, True), ("The mayor said.", 19, 34, 4, False), ("She left.", 41, 50, 0, True),
    ]),
    # a byte-order mark before a line is left out, on a later line too (two files joined)
    ("\ufeffHeadline\n\ufeffBody line", [("Headline", 1, 9, 0, True), ("Body line", 11, 20, 0, False)]),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_split_lines_keeps_offsets_indents_and_blank_lines(text: str, expected: list[tuple[str, int, int, int, bool]]) -> None:
    lines = split_lines(text)
    assert isinstance(lines, tuple)  # (fewer than COMPACT_LINES lines)
    assert [(ln.text, ln.span.start, ln.span.end, ln.indent, ln.blank_before) for ln in lines] == expected
    assert all(text[ln.span.start : ln.span.end] == ln.text for ln in lines)


def test_split_lines_reads_a_short_text_as_a_long_one() -> None:
    unit = "  Oslo, Norway\n\tThe mayor said.\n\nShe left.\n"
    long = unit * (COMPACT_LINES // 3 + 1)
    compact = split_lines(long)
    assert isinstance(compact, Lines)
    assert list(compact[:3]) == list(split_lines(unit))


WINDOW_WORD = "x" * 2_100  # one word longer than the window word_count reads
TWENTY = "Heavy rain flooded dozens of streets in the south on Tuesday and the fire service said it had many calls"


class WideProse(ArticleParser):
    PROSE_CHARS: ClassVar[int] = 5_000


@pytest.mark.parametrize(
    ("parser", "line", "expected"),
    [
        (ArticleParser(), TWENTY, True),  # twenty words on the line alone
        (ArticleParser(), " ".join(TWENTY.split()[:19]), False),
        (WideProse(), TWENTY, True),
        # twenty words read, but word_count sees only the first 2,000 characters: one word
        (WideProse(), f"{WINDOW_WORD} {TWENTY}", False),
    ],
)
def test_is_prose_counts_the_words_word_count_reads(parser: ArticleParser, line: str, expected: bool) -> None:
    assert parser.is_prose(split_lines(line + "\n"), 0) is expected


# a line, min words, whether it is a sentence; whether it has a word in lower case
SENTENCES = [
    ("The mayor said the bridge would reopen.", 6, True, True),
    ("The mayor said it.", 6, False, True),
    ("THE MAYOR SAID THE BRIDGE WOULD REOPEN.", 6, False, False),
    ("市长说这座桥将在周一重新开放。", 6, True, True),  # no spaces: a word per two letters
    ("市长说。", 6, False, False),  # one word of three letters: no second word
    ("Mayor", 1, False, False),
    ("市长说话", 1, False, True),  # one spaced word of several letters without case
    # the first word in lower case after the first min_words words, or none at all
    ("NEW YORK CITY MAYOR ERIC ADAMS SAID on Monday.", 6, True, True),
    ("NEW YORK CITY MAYOR ERIC ADAMS SAID ON MONDAY.", 6, False, False),
    ("NEW YORK CITY MAYOR ERIC ADAMS SAID ON MONDAY.", 2, False, False),
    ("The MAYOR SAID.", 2, False, False),  # a capital first word does not count
    ("Rain fell.", 2, True, True),
    ("Rain fell.", 3, False, True),
    ("Rain   fell .  ", 2, True, True),
]


@pytest.mark.parametrize(("line", "words", "sentence", "lower"), SENTENCES)
def test_is_sentence_and_has_lower_word(line: str, words: int, sentence: bool, lower: bool) -> None:
    assert is_sentence(line, words) is sentence
    assert has_lower_word(line) is lower
    assert word_count(line) == max(len(line.split()), sum(1 for c in line if "\u4e00" <= c <= "\u9fff") // 2)


def test_only_the_space_is_both_whitespace_and_printable() -> None:
    # collapse returns a text of printable characters with single spaces as it is: sound only
    # while every other whitespace character is not printable
    assert [c for c in map(chr, range(0x110000)) if c.isspace() and c.isprintable()] == [" "]


# a text, what collapse makes of it
COLLAPSE = [
    ("Rain ends drought", "Rain ends drought"),  # nothing to fold
    ("Rain  ends drought", "Rain ends drought"),
    ("Rain\u00a0ends\x1fdrought", "Rain ends drought"),  # a no-break space, a unit separator
    (" Rain ends drought ", "Rain ends drought"),
    ("Rain\u200bends", "Rain\u200bends"),  # a zero-width space is no whitespace (not printable either)
    ("", ""),
]


@pytest.mark.parametrize(("text", "expected"), COLLAPSE)
def test_collapse(text: str, expected: str) -> None:
    assert collapse(text) == expected
