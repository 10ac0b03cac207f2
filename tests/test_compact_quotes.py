"""An article's many quotes are kept compactly (``newsparse.spans.Quotes``) and behave as the
tuple they stand for; the parse collects them in a ``QuoteList`` that packs them as they come."""

from __future__ import annotations

import json
import pickle
from collections import deque
from collections.abc import MutableSequence, Sequence

import attrs
import pytest

import newsparse
from newsparse.spans import Article, Quote, QuoteKind, QuoteList, Quotes, Span, Speaker

#: A council meeting's report, its three paragraphs repeated: a quote with a named speaker and a
#: role, one with a pronoun, and reported speech with a participle after it.
STORY = (
    "Council approves the harbour plan\n\n"
    "“We will rebuild the pier by spring,” said Marta Lindqvist, the harbour master.\n\n"
    "Fishermen had waited three years. “It is about time,” she said.\n\n"
    "Jonas Berg, a trawler owner, said the plan came too late, adding that prices had doubled.\n\n"
)


def _story(times: int) -> str:
    head, body = STORY.split("\n\n", 1)
    return head + "\n\n" + body * times


def _quote(text: str, start: int, end: int, speaker: Speaker | None, paragraph: int | None = 0) -> Quote:
    return Quote(text, Span(start, end), QuoteKind.DIRECT, "said" if speaker else None, speaker, None, paragraph)


def test_many_quotes_are_kept_compactly_and_equal_their_tuple() -> None:
    text = _story(400)
    article = newsparse.parse_article(text)
    quotes = article.quotes
    assert isinstance(quotes, Quotes) and len(quotes) == 1600
    plain = tuple(quotes)
    first = Quote(
        "We will rebuild the pier by spring,",
        Span(36, 71),
        QuoteKind.DIRECT,
        "said",
        Speaker("Marta Lindqvist", "Marta Lindqvist", Span(78, 93)),
        None,
        0,
    )
    assert quotes[0] == first == plain[0]
    assert [(q.text, q.kind.value, q.cue, q.paragraph) for q in quotes[-4:]] == [
        ("We will rebuild the pier by spring,", "direct", "said", 1197),
        ("It is about time,", "direct", "said", 1198),
        ("the plan came too late", "indirect", "said", 1199),
        ("prices had doubled", "indirect", "adding", 1199),
    ]
    assert quotes[-1].speaker == Speaker("Jonas Berg", "Jonas Berg", Span(len(text) - 91, len(text) - 81))
    assert quotes == plain and plain == quotes and (quotes != plain) is False
    assert quotes[1:3] == plain[1:3] and isinstance(quotes[1:3], Quotes) and quotes[::-500] == plain[::-500]
    assert (quotes[-1], list(quotes)) == (plain[-1], list(plain))
    assert plain[5] in quotes and quotes.index(plain[5]) == 5 and quotes.count(plain[0]) == 1
    assert hash(quotes) == hash(plain) and repr(quotes[:2]) == repr(plain[:2])
    assert quotes + () == plain and () + quotes == plain
    assert pickle.loads(pickle.dumps(quotes)) == plain
    assert quotes != plain[:-1] and quotes != list(plain)
    with pytest.raises(IndexError):
        quotes[1600]
    assert article.span_mismatches() == []


def test_an_article_with_many_quotes_keeps_its_public_contract() -> None:
    text = _story(300)
    article = newsparse.parse_article(text)
    assert isinstance(article.quotes, Quotes)
    plain = attrs.evolve(article, quotes=tuple(article.quotes))
    assert plain == article and article == plain and hash(plain) == hash(article)
    assert plain.to_dict() == article.to_dict() and plain.to_json() == article.to_json()
    assert Article.from_dict(article.to_dict(), text=text) == article
    assert Article.from_json(article.to_json(), text=text) == article
    assert pickle.loads(pickle.dumps(article)) == article
    assert json.loads(article.to_json())["quotes"][0]["speaker"]["name"] == "Marta Lindqvist"
    assert attrs.evolve(article, headline=None).quotes is article.quotes
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.quotes = ()  # type: ignore[misc]


def test_few_quotes_stay_a_tuple_of_the_quotes_found() -> None:
    article = newsparse.parse_article(STORY)
    assert isinstance(article.quotes, tuple) and len(article.quotes) == 4


def test_speakers_without_a_span_no_speaker_and_the_headline_paragraph_are_kept() -> None:
    text = "“Go,” he said. “Stay.” " * 3
    quotes = (
        _quote("Go,", 1, 4, Speaker("Ola Berg", "he", Span(6, 8))),
        _quote("Stay.", 16, 21, None, None),
        _quote("Go,", 24, 27, Speaker("Ola Berg", "Berg", None, "the mayor"), 2),
    )
    packed = Quotes(text, quotes)
    assert packed == quotes and list(packed) == list(quotes) and not packed._odd
    assert packed[1].paragraph is None and packed[2].speaker == Speaker("Ola Berg", "Berg", None, "the mayor")
    assert len(packed._labels) == 3 and packed._strings == ["Go,", "Stay."]


class Marked(Quote):
    """A subclass of Quote, made by a user."""


def test_a_quote_the_arrays_cannot_hold_is_kept_as_it_is() -> None:
    text = "“Go,” he said."
    odd = [
        Marked("Go,", Span(1, 4), QuoteKind.DIRECT, "said", None, None, 0),
        _quote("Go,", 1, 40, None),  # a span past the text
        _quote("Go,", 1, 4, Speaker("Ola Berg", "he", Span(6, 80))),
        _quote("Go,", 1, 4, None, -1),
        _quote("Go,", 1, 4, None, 1 << 40),
    ]
    packed = Quotes(text, odd)
    assert all(packed[i] is quote for i, quote in enumerate(odd))
    assert pickle.loads(pickle.dumps(packed)) == tuple(odd)


def test_the_quote_list_of_a_parse_packs_from_a_thousand_quotes_on() -> None:
    text = "“Go,” he said. " * 1100
    quotes = [_quote("Go,", 15 * i + 1, 15 * i + 4, Speaker("he", "he", Span(15 * i + 6, 15 * i + 8)), i) for i in range(1100)]
    growing = QuoteList(text, quotes[:999])
    assert growing._packed is None and growing == quotes[:999]
    growing.extend(quotes[999:])
    assert growing._packed is not None and growing == quotes and len(growing) == 1100
    copied = growing[:]
    growing[5] = quotes[0]
    assert (growing[5], copied[5]) == (quotes[0], quotes[5])
    growing[-1] = Marked("Go,", Span(1, 4), QuoteKind.DIRECT, None, None, None, None)
    assert type(growing[1099]) is Marked
    growing[-1] = quotes[-1]
    assert type(growing[1099]) is Quote and not growing._packed._odd
    del growing[5]
    growing.insert(5, quotes[5])
    assert growing == quotes
    with pytest.raises(IndexError):
        growing[1100] = quotes[0]
    frozen = growing.freeze()
    assert isinstance(frozen, Quotes) and frozen == tuple(quotes) and len(growing) == 0
    assert QuoteList(text, quotes[:3]).freeze() == tuple(quotes[:3])


class Recording(newsparse.QuoteParser):
    """An override of the hook as 0.1 documented it: it is given a list and may sort it."""

    seen: list[type] = []

    def speakers_from_later_paragraphs(self, text: str, quotes: Sequence[Quote]) -> MutableSequence[Quote]:
        Recording.seen.append(type(quotes))
        out = super().speakers_from_later_paragraphs(text, quotes)
        out.sort(key=lambda quote: quote.span.start)
        return out


@pytest.mark.parametrize(("times", "kind"), [(1, list), (40, list), (400, QuoteList)])
def test_the_hook_is_given_a_list_unless_the_quotes_are_packed(times: int, kind: type) -> None:
    text = _story(times)
    Recording.seen = []
    found = newsparse.ArticleParser(quotes=Recording()).parse(text).quotes
    assert Recording.seen == [kind]
    assert found == newsparse.parse_article(text).quotes


@pytest.mark.parametrize("given", [(), [], deque()], ids=["tuple", "list", "deque"])
def test_the_hook_returns_a_list_for_any_sequence(given: Sequence[Quote]) -> None:
    quote = _quote("Go,", 1, 4, None)
    quotes = type(given)([quote]) if not isinstance(given, tuple) else (quote,)
    out = newsparse.QuoteParser().speakers_from_later_paragraphs("“Go,” he said.", quotes)
    assert type(out) is list and out == [quote]
    out[0] = quote  # a list: it can be changed


def test_a_quote_list_sorts_copies_and_adds_like_a_list() -> None:
    text = "“Go,” he said. " * 1100
    quotes = [_quote("Go,", 15 * i + 1, 15 * i + 4, None, i) for i in range(1100)]
    for size in (3, 1100):  # plain, then packed
        listed = QuoteList(text, quotes[:size])
        listed.sort(key=lambda quote: quote.span.start, reverse=True)
        assert listed == quotes[:size][::-1] and listed.packed == (size >= 1000)
        copied = listed.copy()
        copied.sort(key=lambda quote: quote.span.start)
        assert copied == quotes[:size] and listed == quotes[:size][::-1]
        joined = copied + [quotes[0]]
        assert type(joined) is QuoteList and joined == [*quotes[:size], quotes[0]] and copied == quotes[:size]
        assert [quotes[0]] + copied == [quotes[0], *quotes[:size]]
        assert (copied + quotes[:1]) == [*quotes[:size], quotes[0]]
