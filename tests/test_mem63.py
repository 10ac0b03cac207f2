"""mem63: less compiled pattern memory, the same parses (issue 7).  The reported speech's
conjunction tail, break tail and sentence tail each call one defined group of the time nouns
(written twice in each before).  These rows pin what each reads, where it must find nothing, and
that each matches as the pattern with its copies written out on generated texts."""

from __future__ import annotations

import itertools

import pytest
import regex

from newsparse import QuoteParser

_PARSER = QuoteParser()
_NOUN_DEFINED = "(?(DEFINE)(?P<_noun>"


def _reported() -> object:
    """The reported-speech reader that holds the three tails."""
    if hasattr(_PARSER, "_sentence_tail"):
        return _PARSER
    return next(part for part in vars(_PARSER).values() if hasattr(part, "_sentence_tail"))


_READER = _reported()


def _inlined(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """*pattern* as it was before mem63: each call of the time nouns written out as their copy."""
    source = pattern.pattern
    start = source.index(_NOUN_DEFINED)
    end = start + len(_NOUN_DEFINED)
    depth, i = 1, end
    while depth:  # (the defined group's own closing bracket: the nouns hold no bracket of their own)
        depth += {"(": 1, ")": -1}.get(source[i], 0)
        i += 1
    nouns = source[end : i - 1]
    assert source[i] == ")"
    body = source[:start] + source[i + 1 :]
    return regex.compile(body.replace("(?&_noun)", f"(?:{nouns})"), pattern.flags)


_TAILS = ("_conjunction_tail", "_break_tail", "_sentence_tail")


@pytest.mark.parametrize("name", _TAILS)
def test_each_tail_holds_the_time_nouns_once(name: str) -> None:
    source = getattr(_READER, name).pattern
    assert source.count(_NOUN_DEFINED) == 1
    assert source.count("(?&_noun)") == 2
    assert "Wednesday" in source and source.count("Wednesday") == 1


# the words after a cue, whether the conjunction's clause closes the attribution there
CONJUNCTION_TAILS = [
    (", as protesters returned home.", True),
    (" on Monday, as the talks resumed.", True),  # (a day after a preposition)
    (" Friday afternoon, as they left.", True),  # (two time nouns)
    (" FRIDAY, AS THEY LEFT.", True),  # (in any case)
    # must find nothing
    (", before leaving for Rome.", False),  # (a participle after the conjunction)
    (" monitors, as they left.", False),  # (not "Mon" of "monitors")
    (" the report, as they left.", False),
]


@pytest.mark.parametrize(("after", "expected"), CONJUNCTION_TAILS)
def test_conjunction_tail(after: str, expected: bool) -> None:
    assert (_READER._conjunction_tail.match(after) is not None) is expected


# the words after a cue, the word of CLAUSE_BREAKS the break tail reads (or None)
BREAK_TAILS = [
    (" as talks continued.", "as"),
    (" on Tuesday as talks continued.", "as"),
    (" Tuesday evening, amid growing anger.", "amid"),
    # must find nothing
    (" Monitors as talks continued.", None),  # (a word that opens with a day's short name)
    (" the report as talks continued.", None),
]


@pytest.mark.parametrize(("after", "expected"), BREAK_TAILS)
def test_break_tail(after: str, expected: str | None) -> None:
    found = _READER._break_tail.match(after)
    assert (found and found.group("word")) == expected


# the words after an attribution, whether they close the sentence
SENTENCE_TAILS = [
    (".", True),
    (" Tuesday.", True),
    (" on Monday in Paris.", True),
    (" Friday afternoon.", True),
    (" here today.", True),
    # must find nothing
    (" monitors.", False),
    (" that prices would rise.", False),
]


@pytest.mark.parametrize(("after", "expected"), SENTENCE_TAILS)
def test_sentence_tail(after: str, expected: bool) -> None:
    assert (_READER._sentence_tail.fullmatch(after) is not None) is expected


_PIECES = [" ", ", ", "on", "Monday", "MON", "monitors", "afternoon", "as", "amid", "leaving", "in Paris", ".", "said"]


@pytest.mark.parametrize("name", _TAILS)
def test_each_tail_matches_as_its_copies_written_out_on_generated_texts(name: str) -> None:
    new = getattr(_READER, name)
    old = _inlined(new)
    compared = found = 0
    for pieces in itertools.product(_PIECES, repeat=4):
        text = " " + " ".join(pieces)
        for way in ("match", "fullmatch"):
            old_match, new_match = getattr(old, way)(text), getattr(new, way)(text)
            assert (old_match and old_match.span()) == (new_match and new_match.span()), (way, text)
            if name == "_break_tail" and new_match is not None:
                assert old_match is not None and old_match.span("word") == new_match.span("word"), text
            compared += 1
            found += new_match is not None
    assert compared > 50_000
    assert found > 200
