"""Overrides of the quote parser's hooks: a subclass written for a method's older signature keeps
working after a release adds keyword arguments to it, and the cues a subclass gives are the cues
every pass reads."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest
import regex

from newsparse import ArticleParser, QuoteParser
from newsparse.quotes.model import Mention

APPOSITIVE = 'Lena Marsh, the union\'s treasurer, repeated her demand for "a fair contract."\n'
TAGGED_ROLE = 'Former mayor Tom Vance (R), a longtime donor, hailed the budget as "a turning point."\n'


def quotes_of(parser: QuoteParser, text: str) -> list[tuple[str, str | None]]:
    quotes = ArticleParser(quotes=parser).parse(text).quotes
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes]


def old_appositive(self: Any, raw: str, sentence: tuple[int, int]) -> Mention | None:
    return QuoteParser.appositive_subject(self, raw, sentence)


def old_clause(self: Any, raw: str, sentence: tuple[int, int], before: int) -> Mention | None:
    return QuoteParser.clause_subject(self, raw, sentence, before)


def old_occupation(self: Any, word: str) -> bool:
    return QuoteParser.is_occupation(self, word)


def new_appositive(
    self: Any, raw: str, sentence: tuple[int, int], *, described: bool = False, before: int | None = None
) -> Mention | None:
    return QuoteParser.appositive_subject(self, raw, sentence, described=described, before=before)


def new_clause(self: Any, raw: str, sentence: tuple[int, int], before: int, *, described: bool = True) -> Mention | None:
    return QuoteParser.clause_subject(self, raw, sentence, before, described=described)


def any_keywords(self: Any, raw: str, sentence: tuple[int, int], before: int, **kwargs: Any) -> Mention | None:
    return QuoteParser.clause_subject(self, raw, sentence, before, **kwargs)


def new_occupation(self: Any, word: str, *, by_ending: bool = True) -> bool:
    return QuoteParser.is_occupation(self, word, by_ending=by_ending)


# (hook, override, warned, text, quotes): an override without the added keywords is warned and
# called without them (the base method's defaults), one that takes them is neither
CASES = [
    ("appositive_subject", old_appositive, True, APPOSITIVE, [("a fair contract.", "Lena Marsh")]),
    ("appositive_subject", old_appositive, True, TAGGED_ROLE, [("a turning point.", "Tom Vance")]),
    ("appositive_subject", new_appositive, False, APPOSITIVE, [("a fair contract.", "Lena Marsh")]),
    ("appositive_subject", new_appositive, False, TAGGED_ROLE, [("a turning point.", "Tom Vance")]),
    ("clause_subject", old_clause, True, APPOSITIVE, [("a fair contract.", "Lena Marsh")]),
    ("clause_subject", old_clause, True, TAGGED_ROLE, [("a turning point.", "Tom Vance")]),
    ("clause_subject", new_clause, False, TAGGED_ROLE, [("a turning point.", "Tom Vance")]),
    ("clause_subject", any_keywords, False, TAGGED_ROLE, [("a turning point.", "Tom Vance")]),
    ("is_occupation", old_occupation, True, APPOSITIVE, [("a fair contract.", "Lena Marsh")]),
    ("is_occupation", new_occupation, False, APPOSITIVE, [("a fair contract.", "Lena Marsh")]),
]


@pytest.mark.parametrize(("hook", "override", "warned", "text", "expected"), CASES)
def test_an_override_with_an_older_signature_still_runs(
    hook: str, override: Any, warned: bool, text: str, expected: list[tuple[str, str | None]]
) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        parser_class = type("Custom", (QuoteParser,), {hook: override})
    deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert [hook in str(w.message) for w in deprecations] == ([True] if warned else [])
    assert quotes_of(parser_class(), text) == expected


def test_an_override_that_is_not_a_hook_with_added_keywords_is_not_warned() -> None:
    def cue_before_comma(self: Any, raw: str, start: int, end: int) -> Mention | None:
        return None

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parser_class = type("Custom", (QuoteParser,), {"cue_before_comma": cue_before_comma})
    assert quotes_of(parser_class(), APPOSITIVE) == [("a fair contract.", "Lena Marsh")]


class WithoutWord(QuoteParser):
    """Gives every cue but those of one word."""

    def __init__(self, word: str) -> None:
        super().__init__()
        self.word = word

    def cues(self, raw: str, start: int, end: int) -> Iterator[regex.Match[str]]:
        return (cue for cue in super().cues(raw, start, end) if cue.group().casefold() != self.word)


# (word left out, text, quotes): the reported pass reads the cues an override of cues() gives, as
# the direct pass does; a cue the override keeps still gives its quote
CUE_CASES = [
    ("added", "Marsh added that the strike would go on.\n", []),
    ("added", "Marsh said that the strike would go on.\n", [("the strike would go on", "Marsh")]),
    ("said", "Marsh added that the strike would go on.\n", [("the strike would go on", "Marsh")]),
    ("said", "The strike will go on until March, union leaders said.\n", []),
    ("added", "The strike will go on until March, union leaders said.\n", [("The strike will go on until March", "union leaders")]),
    ("said", '"The strike goes on," Marsh said.\n', [("The strike goes on,", None)]),
    ("told", '"The strike goes on," Marsh said.\n', [("The strike goes on,", "Marsh")]),
]


@pytest.mark.parametrize(("word", "text", "expected"), CUE_CASES)
def test_every_pass_reads_the_cues_a_subclass_gives(word: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(WithoutWord(word), text) == expected
