"""spd54 (stop 47, issue 7): less repeated work on the quote path, every output unchanged.

- the head before an inverted cue (``The plan, said Ana Ruiz, ...``) is stripped of its
  possessives only where a quotation mark stands in it or where its core is short enough to be a
  subject's phrase: a long sentence with a cue every few words (``', said' * n``) no longer
  strips its whole head at each cue;
- ``opening_core`` reads a head part by part, up to each part's first word;
- the region abbreviation pattern is compiled once, not looked up in the ``regex`` module's
  cache on every call."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser, QuoteParser
from newsparse.names import strip_possessive


@pytest.fixture(scope="module")
def quotes() -> QuoteParser:
    return QuoteParser()


@pytest.mark.parametrize(
    ("phrase", "marked"),
    [
        ("The “new” plan", True),
        ('The "new" plan', True),
        ("The council's «new» plan", True),
        # no mark at all: answered without stripping a word
        ("The mayor's plan", False),
        ("The new plan of the council", False),
        # a possessive's apostrophe is dropped with it
        ("The players' union", False),
        ("The plan”", True),  # (a closing quotation mark is no possessive: it stays)
        ("", False),
    ],
)
def test_marked_without_possessives(quotes: QuoteParser, phrase: str, marked: bool) -> None:
    assert quotes.marked_without_possessives(phrase) is marked
    # (the same answer as reading the stripped phrase itself)
    assert marked == any(m in quotes.without_possessives(phrase) for m in quotes._marks)


@pytest.mark.parametrize(
    ("head", "core"),
    [
        ("The plan, in his view", "The plan"),
        ("The plan, in his view, at least", "The plan"),
        ("The plan", "The plan"),
        # a part that opens with no preposition, or an empty part: the head itself
        ("The plan, the mayor", "The plan, the mayor"),
        ("The plan, in his view, the mayor", "The plan, in his view, the mayor"),
        ("The plan,", "The plan,"),
        (", said" * 50, ", said" * 50),
    ],
)
def test_opening_core(quotes: QuoteParser, head: str, core: str) -> None:
    assert quotes.opening_core(head) == core


def test_opening_core_without_a_comma_is_the_head_itself(quotes: QuoteParser) -> None:
    head = "The new plan of the council"
    assert quotes.opening_core(head) is head


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("D.C.", True),
        ("Ariz.", True),
        ("U.S.", True),
        # a title, a word in lower case, a plain word that is no place of the vocabulary
        ("Mr.", False),
        ("ariz.", False),
        ("Leeds", False),
    ],
)
def test_is_region_abbreviation(quotes: QuoteParser, text: str, region: bool) -> None:
    assert quotes.is_region(text) is region


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ("The plan, said Ana Ruiz, was too costly for the town.", "The plan, said Ana Ruiz, was too costly for the town", "Ana Ruiz"),
        ("The mayor's plan, said Ana Ruiz, was too costly for the town.", "The mayor's plan, said Ana Ruiz, was too costly for the town", "Ana Ruiz"),
        ("The plan, in his view, said Ana Ruiz, was too costly for the town.", "was too costly for the town", "Ana Ruiz"),
        ("The players' union, said Ana Ruiz, was too weak to win the dispute.", "The players' union, said Ana Ruiz, was too weak to win the dispute", "Ana Ruiz"),
        ("Calm as ever, said the minister, the plan is good for the town.", "the plan is good for the town", "the minister"),
        # a quotation mark in the head: no subject's phrase, the words before the cue are said
        ("The “new” plan, said Ana Ruiz, was too costly for the town.", "The “new” plan, said Ana Ruiz, was too costly for the town", "Ana Ruiz"),
        ("Berg arrived late, said Ana Ruiz, who chairs the council in the town.", "Berg arrived late", "Ana Ruiz"),
    ],
)
def test_inverted_cue_reads_as_before(sentence: str, words: str, speaker: str) -> None:
    article = ArticleParser().parse("Headline\n\n" + sentence)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [(words, speaker)]


class _Counting(QuoteParser):
    """Counts the words :meth:`without_possessives` strips."""

    stripped = 0

    @staticmethod
    def without_possessives(phrase: str) -> str:
        words = phrase.split()
        _Counting.stripped += len(words)
        return " ".join(strip_possessive(word) for word in words)


@pytest.mark.parametrize("count", [200, 800])
def test_a_cue_every_few_words_strips_no_long_head(count: int) -> None:
    # (each cue of one long sentence used to strip the whole head before it: about 500 words a cue)
    _Counting.stripped = 0
    ArticleParser(quotes=_Counting()).parse(", said" * count)
    assert _Counting.stripped <= 10 * count
