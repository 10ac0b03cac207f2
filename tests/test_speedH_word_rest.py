"""``newsparse.quotes.words.word_rest``: the rest of a word after its first character, as the quote
rules' word patterns read it (``WORD``, and the noun phrases after a cue, after ``according to`` and
after a post-modifier's link).  It is one class of characters repeated, with a comma between digits
read between such runs, so that the pattern engine reads a run in a tight loop instead of trying two
branches at each character; it must match exactly what the alternation it replaced matched,
``(?:[chars]|(?<=\\p{N}),(?=\\p{N}))*+``, which is written out below as the reference.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.quotes.words import DIGIT_COMMA, WORD, word_rest

#: The characters of a word after its first, as ``WORD`` and the phrase patterns give them.
WORD_CHARS = r"\p{L}\p{M}\p{N}'’‘ʼ.\-"
PHRASE_CHARS = r"\p{L}\p{M}\p{N}'’.\-/"


def reference(chars: str) -> regex.Pattern[str]:
    """The form ``word_rest`` replaced: each character either in *chars* or a comma between digits."""
    return regex.compile(rf"[\p{{L}}\p{{M}}\p{{N}}](?:[{chars}]|(?<=\p{{N}}),(?=\p{{N}}))*+")


def rewritten(chars: str) -> regex.Pattern[str]:
    return regex.compile(rf"[\p{{L}}\p{{M}}\p{{N}}]{word_rest(chars)}")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The strike by 2,000 dockworkers cost the port $80,000,000, officials said on Tuesday.",
            ["The", "strike", "by", "2,000", "dockworkers", "cost", "the", "port", "80,000,000", "officials", "said", "on",
             "Tuesday."],
        ),
        (
            "OPEC+ agreed to cut output, the U.S.-led group's statement said, citing 1,2 and 3,5 percent.",
            ["OPEC+", "agreed", "to", "cut", "output", "the", "U.S.-led", "group's", "statement", "said", "citing", "1,2",
             "and", "3,5", "percent."],
        ),
        (
            "«L’entraîneur a tout dit», a déclaré Ana Ortiz-Ruiz, 42, à l’AFP.",
            ["L’entraîneur", "a", "tout", "dit", "a", "déclaré", "Ana", "Ortiz-Ruiz", "42", "à", "l’AFP."],
        ),
        (
            "Scores were 3,a and b,4 and 10, 20 and A+B, said the EU+ group, not the Eu+ one.",
            ["Scores", "were", "3", "a", "and", "b", "4", "and", "10", "20", "and", "A", "B", "said", "the", "EU+",
             "group", "not", "the", "Eu", "one."],
        ),
    ],
)
def test_word_reads_sentences(sentence: str, words: list[str]) -> None:
    # (a comma joins digits only; a plus ends a word only after a capital and before no letter)
    assert regex.findall(WORD, sentence) == words


@pytest.mark.parametrize("chars", [WORD_CHARS, PHRASE_CHARS, r"\p{Lu}.\-"])
@pytest.mark.parametrize(
    "text",
    [
        "Imports rose to 12,500,000 tonnes, the ministry said, up from 9,8 in 2023,when prices fell.",
        "Ana Ortiz, 54, a Cape Town-based lawyer and/or adviser, said: “It’s over,” on 3/4 May.",
        "1,,2 ,3 4, 5,6,7,a ,, x,y A.B.-C. ’quoted’ ‘single’ ʼokina",
    ],
)
def test_word_rest_matches_the_alternation_it_replaced(chars: str, text: str) -> None:
    old, new = reference(chars), rewritten(chars)
    for pos in range(len(text) + 1):
        for end in (len(text), min(len(text), pos + 7)):  # (a window's end may cut a number: "12,5")
            before, after = old.match(text, pos, end), new.match(text, pos, end)
            assert (after.span() if after else None) == (before.span() if before else None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab A9,0.'’-/+ é\u0301", max_size=40))
def test_word_rest_matches_the_alternation_on_any_text(text: str) -> None:
    for chars in (WORD_CHARS, PHRASE_CHARS):
        assert [m.span() for m in rewritten(chars).finditer(text)] == [m.span() for m in reference(chars).finditer(text)]


def test_digit_comma_reads_the_comma_first() -> None:
    # a comma between digits, and only there, in any script's digits (Devanagari ४,५००)
    pattern = regex.compile(DIGIT_COMMA)
    assert DIGIT_COMMA.startswith(",")
    assert [m.start() for m in pattern.finditer("2,000 a,b 3, 4 ,5 ४,५०० x,1")] == [1, 19]
