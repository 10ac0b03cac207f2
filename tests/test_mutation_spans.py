"""Exact error messages and values of the model's JSON readers (``spans.py``), table-driven, so that
a changed word, bound or branch in them is seen (issue 8, mutation testing)."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from articles import WEB_ARTICLE, delete_at, set_at
from newsparse import Article, Boilerplate, Paragraph, SchemaError, Span, parse_article
from newsparse.spans import BoilerplateLines, Paragraphs, QuoteList

GOOD = parse_article(WEB_ARTICLE).to_dict()


# (what is broken, how, the whole message of the error)
EXACT = [
    ("text null", set_at(("paragraphs", 0, "text"), None), "paragraphs[0].text: expected a string, got null"),
    ("text true", set_at(("paragraphs", 0, "text"), True), "paragraphs[0].text: expected a string, got a boolean"),
    ("text 3", set_at(("paragraphs", 0, "text"), 3), "paragraphs[0].text: expected a string, got a number"),
    ("text 3.5", set_at(("paragraphs", 0, "text"), 3.5), "paragraphs[0].text: expected a string, got a number"),
    ("text list", set_at(("paragraphs", 0, "text"), ["a"]), "paragraphs[0].text: expected a string, got an array"),
    ("text tuple", set_at(("paragraphs", 0, "text"), ("a",)), "paragraphs[0].text: expected a string, got an array"),
    ("text object", set_at(("paragraphs", 0, "text"), {}), "paragraphs[0].text: expected a string, got an object"),
    ("text bytes", set_at(("paragraphs", 0, "text"), b"a"), "paragraphs[0].text: expected a string, got a bytes"),
    ("text missing", delete_at(("paragraphs", 0, "text")), "paragraphs[0].text: is missing"),
    ("agency a number", set_at(("byline", "agency"), 4), "byline.agency: expected a string or null, got a number"),
    ("authors a string", set_at(("byline", "authors"), "Ann"), "byline.authors: expected an array of strings, got a string"),
    ("authors null", set_at(("byline", "authors"), None), "byline.authors: expected an array of strings, got null"),
    ("second author", set_at(("byline", "authors", 1), None), "byline.authors[1]: expected a string, got null"),
    ("quotes a string", set_at(("quotes",), "none"), "quotes: expected an array, got a string"),
    ("quote a list", set_at(("quotes", 1), []), "quotes[1]: expected an object, got an array"),
    ("paragraph true", set_at(("quotes", 0, "paragraph"), True), "quotes[0].paragraph: expected a non-negative integer, got True"),
    ("paragraph -2", set_at(("quotes", 0, "paragraph"), -2), "quotes[0].paragraph: expected a non-negative integer, got -2"),
    ("paragraph 1.0", set_at(("quotes", 0, "paragraph"), 1.0), "quotes[0].paragraph: expected a non-negative integer, got 1.0"),
    (
        "paragraph of 60 characters",
        set_at(("quotes", 0, "paragraph"), "a" * 58),
        "quotes[0].paragraph: expected a non-negative integer, got '" + "a" * 58 + "'",
    ),
    (
        "paragraph of 61 characters",
        set_at(("quotes", 0, "paragraph"), "a" * 59),
        "quotes[0].paragraph: expected a non-negative integer, got '" + "a" * 58 + "…",
    ),
    ("span of three", set_at(("headline", "span"), [1, 2, 3]), "headline.span: expected [start, end], two integers, got [1, 2, 3]"),
    ("span a string", set_at(("headline", "span"), "0-9"), "headline.span: expected [start, end], two integers, got '0-9'"),
    ("span of one float", set_at(("headline", "span"), [0, 9.0]), "headline.span: expected [start, end], two integers, got [0, 9.0]"),
    ("span backwards", set_at(("headline", "span"), [9, 8]), "headline.span: expected 0 <= start <= end, got [9, 8]"),
    ("span negative", set_at(("headline", "span"), [-1, 8]), "headline.span: expected 0 <= start <= end, got [-1, 8]"),
    ("section_span null", set_at(("section_span",), None), None),
]


@pytest.mark.parametrize(("change", "message"), [case[1:] for case in EXACT], ids=[case[0] for case in EXACT])
def test_from_dict_error_message_is_exact(change: Callable[[dict[str, Any]], None], message: str | None) -> None:
    data = copy.deepcopy(GOOD)
    change(data)
    if message is None:
        assert Article.from_dict(data).section_span is None
        return
    with pytest.raises(SchemaError) as raised:
        Article.from_dict(data)
    assert str(raised.value) == message
    assert raised.value.path == message.split(": ", 1)[0]


@pytest.mark.parametrize(
    ("pair", "span"),
    [([0, 0], Span(0, 0)), ([3, 9], Span(3, 9)), ((4, 4), Span(4, 4)), ([0, 12], Span(0, 12))],
)
def test_span_from_list_reads_a_good_pair(pair: Any, span: Span) -> None:
    assert Span.from_list(pair) == span


@pytest.mark.parametrize(
    ("pair", "message"),
    [
        ([1], "expected [start, end], two integers, got [1]"),
        ([True, 3], "expected [start, end], two integers, got [True, 3]"),
        ([1, None], "expected [start, end], two integers, got [1, None]"),
        ({0: 1, 1: 2}, "expected [start, end], two integers, got {0: 1, 1: 2}"),
        ([5, 4], "expected 0 <= start <= end, got [5, 4]"),
        ([-3, -1], "expected 0 <= start <= end, got [-3, -1]"),
    ],
)
def test_span_from_list_rejects_with_the_exact_message(pair: Any, message: str) -> None:
    with pytest.raises(SchemaError) as raised:
        Span.from_list(pair)
    assert str(raised.value) == message
    assert raised.value.path == ""


def _iso_error(value: str) -> str:
    try:
        dt.datetime.fromisoformat(value)
    except ValueError as error:
        return str(error)
    raise AssertionError(value)


@pytest.mark.parametrize("length", [150, 172, 173, 174, 400])
def test_a_long_parse_error_is_cut_to_200_characters(length: int) -> None:
    value = "2024-08-13T" + "x" * (length - 11)
    full = _iso_error(value)
    data = copy.deepcopy(GOOD)
    data["published"]["datetime"] = value
    with pytest.raises(SchemaError) as raised:
        Article.from_dict(data)
    assert raised.value.path == "published.datetime"
    assert raised.value.problem == (full if len(full) <= 200 else full[:199] + "…")
    assert isinstance(raised.value.__cause__, ValueError)


def test_from_json_of_broken_json_names_the_decoder_error() -> None:
    with pytest.raises(SchemaError) as raised:
        Article.from_json('{"schema_version": 2,')
    assert raised.value.path == ""
    assert str(raised.value) == "not JSON: Expecting property name enclosed in double quotes: line 1 column 22 (char 21)"


@pytest.mark.parametrize(
    ("headline", "shown"),
    [
        ("Dikes hold", "'Dikes hold'"),
        ("h" * 60, "'" + "h" * 60 + "'"),
        ("h" * 61, "'" + "h" * 59 + "…'"),
        (None, "None"),
    ],
)
def test_repr_shows_the_headline_cut_at_60_characters(headline: str | None, shown: str) -> None:
    article = parse_article(WEB_ARTICLE)
    head = None if headline is None else attrs.evolve(article.headline, text=headline)
    article = attrs.evolve(article, headline=head)
    assert repr(article) == f"<Article 840 chars: headline={shown}, 3 paragraphs, 3 quotes>"


@pytest.mark.parametrize(
    ("start", "end", "error", "message"),
    [
        ("3", 4, TypeError, "'start' must be <class 'int'> (got '3' that is a <class 'str'>)."),
        (1, 4.0, TypeError, "'end' must be <class 'int'> (got 4.0 that is a <class 'float'>)."),
        (-1, 4, ValueError, "Span.start must be >= 0, got -1"),
        (5, 4, ValueError, "Span end 4 is before its start 5"),
    ],
)
def test_span_constructor_names_the_bad_end(start: Any, end: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as raised:
        Span(start, end)
    assert raised.value.args[0] == message


@pytest.mark.parametrize(
    ("path", "read"),
    [
        (("captions", 0, "credit"), lambda article: article.captions[0].credit),
        (("dateline", "place"), lambda article: article.dateline.place),
        (("byline", "agency"), lambda article: article.byline.agency),
    ],
)
def test_an_optional_string_may_be_null(path: tuple[Any, ...], read: Callable[[Article], Any]) -> None:
    data = copy.deepcopy(GOOD)
    set_at(path, None)(data)
    assert read(Article.from_dict(data)) is None


@pytest.mark.parametrize("value", ["--2-30", "--13-1x", "--08-1"])
def test_month_day_of_a_bad_form_names_it(value: str) -> None:
    data = copy.deepcopy(GOOD)
    data["dateline"]["date"] = value
    with pytest.raises(SchemaError) as raised:
        Article.from_dict(data)
    assert str(raised.value) == f"dateline.date: not a --MM-DD date: {value!r}"


# -- the compact containers behave as the tuple they stand for -------------------------------------

PAGE = "Share this story\nRead more: Dikes hold\nThe water rose in the night.\n(c) 2024 Delta News\n"


def _lines() -> tuple[Boilerplate, ...]:
    share = Boilerplate("Share this story", "share", Span(0, 16))
    more = Boilerplate("Read more: Dikes hold", "read_more", Span(17, 38))
    odd = Boilerplate("an edited line", "other", Span(39, 67))  # not its slice: kept whole
    rights = Boilerplate("(c) 2024 Delta News", "copyright", Span(68, 87))
    past = Boilerplate("", "other", Span(90, 95))  # beyond the text: kept whole
    return (share, more, odd, rights, past)


def test_boilerplate_lines_keep_labels_and_whole_parts() -> None:
    lines = _lines()
    parts = BoilerplateLines(PAGE, lines)
    assert tuple(parts) == lines
    assert [parts[i] for i in range(-5, 5)] == list(lines + lines)
    assert parts._labels == ["share", "read_more", "copyright"]
    assert sorted(parts._odd) == [2, 4]
    for index in (5, -6):
        with pytest.raises(IndexError, match=r"^part index out of range$"):
            parts[index]


@pytest.mark.parametrize(
    "cut",
    [slice(None), slice(1, 4), slice(0, 2), slice(3, None), slice(None, None, 2), slice(None, None, -1), slice(4, 0, -2)],
)
def test_a_slice_is_the_tuple_slice(cut: slice) -> None:
    lines = _lines()
    whole, plain = BoilerplateLines(PAGE, lines), BoilerplateLines(PAGE, (lines[0], lines[1], lines[3]))
    assert tuple(whole[cut]) == lines[cut]
    assert type(whole[cut]) is BoilerplateLines
    plain_lines = (lines[0], lines[1], lines[3])
    assert tuple(plain[cut]) == plain_lines[cut]
    assert plain[cut] == plain_lines[cut]


def test_equality_hash_add_and_repr_follow_the_tuple() -> None:
    lines = _lines()
    parts = BoilerplateLines(PAGE, lines)
    other_kind = (lines[0], attrs.evolve(lines[1], kind="related"), *lines[2:])
    assert parts == lines
    assert (parts != lines) is False
    assert parts == BoilerplateLines(PAGE, lines)
    assert parts != BoilerplateLines(PAGE, other_kind) and parts != other_kind
    assert BoilerplateLines(PAGE, lines[:2]) != BoilerplateLines(PAGE, (lines[0], attrs.evolve(lines[1], kind="related")))
    assert BoilerplateLines(PAGE, lines[:2]) == BoilerplateLines(PAGE, lines[:2])
    assert BoilerplateLines(PAGE, lines[:2]) != BoilerplateLines(PAGE, lines[1:3])
    assert parts != lines[:4] and parts != list(lines)
    assert parts.__eq__(list(lines)) is NotImplemented and parts.__ne__(list(lines)) is NotImplemented
    assert hash(parts) == hash(lines)
    assert parts + lines[:1] == lines + lines[:1]
    assert lines[:1] + parts == lines[:1] + lines
    assert parts + parts == lines + lines
    assert parts.__add__([1]) is NotImplemented and parts.__radd__([1]) is NotImplemented
    assert repr(parts) == repr(lines)
    assert pickle.loads(pickle.dumps(parts)) == lines


def test_paragraphs_rebuild_collapsed_text() -> None:
    text = "The water\nrose in the night.\n\nDikes held."
    first = Paragraph("The water rose in the night.", Span(0, 28))
    second = Paragraph("Dikes held.", Span(30, 41))
    edited = Paragraph("Dikes held firm.", Span(30, 41))
    parts = Paragraphs(text, (first, second, edited))
    assert tuple(parts) == (first, second, edited)
    assert parts._labels == [""] and sorted(parts._odd) == [2]
    assert Paragraphs.of(text, (first,)) == (first,) and type(Paragraphs.of(text, (first,))) is tuple


def test_containers_with_the_same_spans_but_other_parts_differ() -> None:
    text = "The water\nrose in the night.\n\nDikes held."
    plain = BoilerplateLines(text, (Boilerplate("", "share", Span(0, 0)),))
    whole = BoilerplateLines(text, (Boilerplate("Share", "share", Span(0, 0)),))  # kept whole
    assert plain != whole and whole != plain
    assert not plain == whole and not whole == plain  # noqa: SIM201
    paragraphs = Paragraphs(text, (Paragraph("Dikes held.", Span(30, 41)),))
    lines = BoilerplateLines(text, (Boilerplate("Dikes held.", "", Span(30, 41)),))
    assert paragraphs != lines and lines != paragraphs
    assert paragraphs == Paragraphs(text, (Paragraph("Dikes held.", Span(30, 41)),))


def test_a_packed_quote_list_behaves_as_a_list() -> None:
    article = parse_article(WEB_ARTICLE)
    a, b, c = article.quotes
    mirror = [(a, b, c)[i % 3] for i in range(999)]
    quotes = QuoteList(article.text, mirror)
    assert not quotes.packed
    quotes.append(a)
    mirror.append(a)
    assert quotes.packed and list(quotes) == mirror and len(quotes) == 1000
    quotes[-1000] = c
    mirror[-1000] = c
    quotes[999] = b
    mirror[999] = b
    for index in (1000, -1001):
        with pytest.raises(IndexError) as raised:
            quotes[index] = a
        assert raised.value.args == ("list assignment index out of range",)
    quotes[2:4] = [a]
    mirror[2:4] = [a]
    del quotes[0]
    del mirror[0]
    quotes.insert(len(quotes), c)
    mirror.insert(len(mirror), c)
    quotes.insert(5, b)
    mirror.insert(5, b)
    assert list(quotes) == mirror and quotes == mirror[:] and repr(quotes) == repr(mirror)
    assert quotes != [*mirror[:-1], a] and quotes != mirror[:-1]
