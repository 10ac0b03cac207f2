"""Exact error messages and values of the model's JSON readers (``spans.py``), table-driven, so that
a changed word, bound or branch in them is seen (issue 8, mutation testing)."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
import sys
import tracemalloc
from collections.abc import Callable
from typing import Any

import attrs
import pytest
import regex

from articles import WEB_ARTICLE, delete_at, set_at
from newsparse import (
    Article,
    Boilerplate,
    Byline,
    Caption,
    Dateline,
    Headline,
    Paragraph,
    Quote,
    QuoteKind,
    SchemaError,
    Span,
    Speaker,
    Timestamp,
    TimestampKind,
    parse_article,
    spans,
)
from newsparse.spans import BoilerplateLines, BoilerplateList, Paragraphs, QuoteList, Quotes, collapse

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
    ("second author a number", set_at(("byline", "authors", 1), 7), "byline.authors[1]: expected a string, got a number"),
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
    (
        "span of one float",
        set_at(("headline", "span"), [0, 9.0]),
        "headline.span: expected [start, end], two integers, got [0, 9.0]",
    ),
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
        (0, 4.0, TypeError, "'end' must be <class 'int'> (got 4.0 that is a <class 'float'>)."),
        (0, None, TypeError, "'end' must be <class 'int'> (got None that is a <class 'NoneType'>)."),
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


def test_a_section_null_reads_as_none_and_missing_raises() -> None:
    data = copy.deepcopy(GOOD)
    set_at(("section",), None)(data)
    article = Article.from_dict(data, text=WEB_ARTICLE)
    assert article.section == ()
    assert article.paragraphs == parse_article(WEB_ARTICLE).paragraphs
    delete_at(("section",))(data)  # (a key version 2 always writes: its absence is no null)
    with pytest.raises(SchemaError) as raised:
        Article.from_dict(data, text=WEB_ARTICLE)
    assert raised.value.path == "section"


def test_from_json_without_the_text_reads_an_empty_text() -> None:
    article = parse_article(WEB_ARTICLE)
    read = Article.from_json(article.to_json())
    assert read.text == ""
    assert read == attrs.evolve(article, text="")
    assert Article.from_json(article.to_json(), text=WEB_ARTICLE) == article


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


_SHARE = "Share this story\nRead more: Dikes hold\n"
_SHARED = "Share that story\nRead more: Dikes hold\n"


# (what, the lines of one container and its text, of the other and its text, whether they are equal)
SAME_CLASS = [
    ("another start, the same end", ((0, 16, _SHARE),), ((6, 16, _SHARE),), False),
    ("the same start, another end", ((0, 16, _SHARE),), ((0, 10, _SHARE),), False),
    ("the same spans of another text", ((0, 16, _SHARE),), ((0, 16, _SHARED),), False),
    ("the same lines in another text", ((17, 38, _SHARE),), ((17, 38, _SHARED),), True),
    ("the same lines", ((0, 16, _SHARE), (17, 38, _SHARE)), ((0, 16, _SHARE), (17, 38, _SHARE)), True),
    ("one line more", ((0, 16, _SHARE),), ((0, 16, _SHARE), (17, 38, _SHARE)), False),
]


@pytest.mark.parametrize(("mine", "theirs", "equal"), [case[1:] for case in SAME_CLASS], ids=[case[0] for case in SAME_CLASS])
def test_containers_of_one_class_are_equal_as_their_tuples(
    mine: tuple[tuple[int, int, str], ...], theirs: tuple[tuple[int, int, str], ...], equal: bool
) -> None:
    def lines(spec: tuple[tuple[int, int, str], ...]) -> tuple[str, tuple[Boilerplate, ...]]:
        text = spec[0][2]
        return text, tuple(Boilerplate(text[start:end], "share", Span(start, end)) for start, end, _ in spec)

    (text_a, lines_a), (text_b, lines_b) = lines(mine), lines(theirs)
    a, b = BoilerplateLines(text_a, lines_a), BoilerplateLines(text_b, lines_b)
    assert (lines_a == lines_b) is equal
    assert (a == b) is equal and (b == a) is equal
    assert (a != b) is (not equal) and (b != a) is (not equal)
    assert (a == lines_b) is equal and (lines_a == b) is equal


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


# -- collapse on texts longer than the piece it folds at a time (65,536 characters) --------------

_WIRE_LINES = (
    "THE HAGUE (Reuters) -\u00a0Thousands of Dutch farmers drove tractors onto motorways\r\n"
    "on Tuesday,\tcausing traffic jams of more than 900 km, the national road\r\n"
    "authority said.\u2028  Police  closed two exits near Utrecht.\x1f\n\n"
)


def _long_texts() -> list[tuple[str, str]]:
    story = _WIRE_LINES * (3 * spans.COLLAPSE_PIECE // len(_WIRE_LINES))
    piece = spans.COLLAPSE_PIECE
    return [
        ("a wire story hard-wrapped, three pieces long", story),
        ("a run of spaces longer than a piece first", " " * (piece + 10) + story[:500] + "\r\n" * 40),
        ("a run of blank lines across a piece's end", story[: piece - 7] + "\n" * 30 + story[:300]),
        ("exactly a piece, ending in spaces", (story[: piece - 3] + "   ")),
        ("a piece and one character", story[: piece - 1] + " x"),
        ("no whitespace at all", "—" * (piece + 5)),
        ("one word after a piece of dashes", "—" * (piece + 5) + "\u3000 Analysis \u3000"),
    ]


@pytest.mark.parametrize(("what", "text"), _long_texts(), ids=[case[0] for case in _long_texts()])
def test_collapse_of_a_long_text_is_split_and_join(what: str, text: str) -> None:
    assert len(text) >= spans.COLLAPSE_PIECE
    assert collapse(text) == " ".join(text.split())


def test_collapse_of_a_long_text_never_holds_all_its_words() -> None:
    text = "Rain ends drought in the north, officials say.\n" * 10_000  # 80,000 words
    tracemalloc.start()
    try:
        folded = collapse(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert folded == " ".join(text.split())
    assert peak < 4 * sys.getsizeof(text)  # a list of every word alone takes more than 6 times the text


# -- the lists a parse collects into behave as a list, on both sides of what they have packed ------

_FEED = "".join(f"Read more: story {n:03d}\n" for n in range(120))


def _feed_lines(count: int) -> list[Boilerplate]:
    kinds = ("read_more", "related", "share")
    return [Boilerplate(f"Read more: story {n:03d}", kinds[n % 3], Span(22 * n, 22 * n + 21)) for n in range(count)]


# Each change is made to a BoilerplateList of 100 lines (66 packed, the last 34 kept as they are)
# and to the list of the same lines.
_EXTRA = Boilerplate("Read more: story 110", "share", Span(22 * 110, 22 * 110 + 21))
LIST_CHANGES: list[tuple[str, Callable[[Any], Any]]] = [
    ("del the first kept line", lambda lines: lines.__delitem__(66)),
    ("del the last packed line", lambda lines: lines.__delitem__(65)),
    ("del the line after the first kept", lambda lines: lines.__delitem__(67)),
    ("del the first kept line from the end", lambda lines: lines.__delitem__(-34)),
    ("del the last packed line from the end", lambda lines: lines.__delitem__(-35)),
    ("del the last line", lambda lines: lines.__delitem__(-1)),
    ("del the first line", lambda lines: lines.__delitem__(0)),
    ("del a slice across", lambda lines: lines.__delitem__(slice(60, 70))),
    ("set the first kept line", lambda lines: lines.__setitem__(66, _EXTRA)),
    ("set the last packed line", lambda lines: lines.__setitem__(65, _EXTRA)),
    ("set the first kept line from the end", lambda lines: lines.__setitem__(-34, _EXTRA)),
    ("set the last packed line from the end", lambda lines: lines.__setitem__(-35, _EXTRA)),
    ("set the last line", lambda lines: lines.__setitem__(-1, _EXTRA)),
    ("set a slice across", lambda lines: lines.__setitem__(slice(64, 68), [_EXTRA])),
    ("insert before the first kept line", lambda lines: lines.insert(66, _EXTRA)),
    ("insert before the last packed line", lambda lines: lines.insert(65, _EXTRA)),
    ("insert at the end", lambda lines: lines.insert(100, _EXTRA)),
    ("insert at the start", lambda lines: lines.insert(0, _EXTRA)),
    ("append 40", lambda lines: lines.extend([_EXTRA] * 40)),
]


@pytest.mark.parametrize("change", [case[1] for case in LIST_CHANGES], ids=[case[0] for case in LIST_CHANGES])
def test_a_boilerplate_list_changes_as_a_list(change: Callable[[Any], Any]) -> None:
    lines = _feed_lines(100)
    growing, mirror = BoilerplateList(_FEED, lines), list(lines)
    change(growing)
    change(mirror)
    assert list(growing) == mirror and len(growing) == len(mirror)
    assert [growing[i] for i in range(-len(mirror), len(mirror))] == mirror + mirror
    for cut in (slice(None), slice(60, 70), slice(70, None), slice(None, None, 7), slice(-5, None), slice(70, 90, 2)):
        assert growing[cut] == mirror[cut]
    assert growing.copy() == mirror and growing == mirror and repr(growing) == repr(mirror)
    assert tuple(growing.freeze()) == tuple(sorted(mirror, key=lambda line: (line.span.start, line.span.end)))
    assert len(growing) == 0


def test_a_boilerplate_list_reads_no_index_out_of_range() -> None:
    growing = BoilerplateList(_FEED, _feed_lines(100))
    for index in (100, -101):
        with pytest.raises(IndexError) as raised:
            growing[index]
        assert raised.value.args == ("list index out of range",)


# -- span_mismatches names the part and what disagrees, rule by rule -------------------------------

_PAGE = (
    "WORLD / EUROPE\n"
    "Dikes hold as rivers peak\n"
    "By\n"
    "Eva Jansen\n"
    "Published: Mar 4, 2025 09:05 AM\n"
    "Updated: Mar 4, 2025 11:40 AM\n"
    "Water stands in a street of Venlo. Photo: Sanne Visser\n"
    "VENLO, Netherlands (Reuters) - The Meuse peaked on Tuesday.\n"
    '"The dikes held," said Henk Bosman.\n'
    "Read more: Why rivers rise\n"
)


def _at(words: str, end_words: str | None = None) -> Span:
    start = _PAGE.index(words)
    return Span(start, start + len(words) if end_words is None else _PAGE.index(end_words) + len(end_words))


def _page() -> Article:
    stamp = dt.datetime(2025, 3, 4, 9, 5)
    return Article(
        _PAGE,
        section=("WORLD", "EUROPE"),
        section_span=_at("WORLD / EUROPE"),
        headline=Headline("Dikes hold as rivers peak", _at("Dikes hold as rivers peak")),
        byline=Byline(("Eva Jansen",), None, "By Eva Jansen", _at("By\nEva", "Jansen")),
        dateline=Dateline("VENLO", "Reuters", None, "VENLO, Netherlands (Reuters) -", _at("VENLO, Netherlands (Reuters) -")),
        published=Timestamp(stamp, TimestampKind.PUBLISHED, "Mar 4, 2025 09:05 AM", _at("Mar 4, 2025 09:05 AM")),
        updated=Timestamp(stamp, TimestampKind.UPDATED, "Mar 4, 2025 11:40 AM", _at("Mar 4, 2025 11:40 AM")),
        captions=(Caption("Water stands in a street of Venlo.", "Sanne Visser", (_at("Water stands in a street of Venlo."),)),),
        paragraphs=(Paragraph("The Meuse peaked on Tuesday.", _at("The Meuse peaked on Tuesday.")),),
        quotes=(
            Quote(
                "The dikes held,",
                _at("The dikes held,"),
                QuoteKind.DIRECT,
                "said",
                Speaker("Henk Bosman", "Henk Bosman", _at("Henk Bosman")),
                None,
                1,
            ),
        ),
        boilerplate=(Boilerplate("Read more: Why rivers rise", "read_more", _at("Read more: Why rivers rise")),),
    )


def _evolve(path: str, **changes: Any) -> Callable[[Article], Article]:
    def change(article: Article) -> Article:
        if path == "":
            return attrs.evolve(article, **changes)
        part = getattr(article, path)
        if isinstance(part, tuple):
            return attrs.evolve(article, **{path: (attrs.evolve(part[0], **changes), *part[1:])})
        return attrs.evolve(article, **{path: attrs.evolve(part, **changes)})

    return change


def _reported_by(speaker: Speaker | None) -> Callable[[Article], Article]:
    def change(article: Article) -> Article:
        (quote,) = article.quotes
        return attrs.evolve(article, quotes=(quote, attrs.evolve(quote, speaker=speaker)))

    return change


def _speaker_mention(article: Article) -> Article:
    (quote,) = article.quotes
    return attrs.evolve(article, quotes=(attrs.evolve(quote, speaker=attrs.evolve(quote.speaker, mention="HENK BOSMAN")),))


_SIZE = len(_PAGE)
MISMATCHES: list[tuple[str, Callable[[Article], Article], list[str]]] = [
    ("none", lambda article: article, []),
    ("a quote with no speaker", _reported_by(None), []),
    ("a speaker with no span", _reported_by(Speaker("Henk Bosman", "HENK BOSMAN")), []),
    (
        "section span past the end",
        _evolve("", section_span=Span(0, _SIZE + 1)),
        [f"section: span [0, {_SIZE + 1}] ends after the text ({_SIZE} characters)"],
    ),
    (
        "section labels out of order",
        _evolve("", section=("EUROPE", "WORLD")),
        ["section: label 'WORLD' is not in the kicker 'WORLD / EUROPE'"],
    ),
    (
        "section label twice",
        _evolve("", section=("EUROPE", "EUROPE")),
        ["section: label 'EUROPE' is not in the kicker 'WORLD / EUROPE'"],
    ),
    (
        "section label not there",
        _evolve("", section=("WORLD", "ASIA")),
        ["section: label 'ASIA' is not in the kicker 'WORLD / EUROPE'"],
    ),
    (
        "section label inside a later one",
        _evolve("", section=("EUROPE", "EU")),
        ["section: label 'EU' is not in the kicker 'WORLD / EUROPE'"],
    ),
    (
        "headline in capitals",
        _evolve("headline", text="DIKES HOLD AS RIVERS PEAK"),
        ["headline: text 'DIKES HOLD AS RIVERS PEAK' but span [15, 40] slices to 'Dikes hold as rivers peak'"],
    ),
    (
        "byline over two lines in capitals",
        _evolve("byline", text="BY EVA JANSEN"),
        ["byline: text 'BY EVA JANSEN' but span [41, 54] slices to 'By\\nEva Jansen'"],
    ),
    (
        "byline over two lines, one space less",
        _evolve("byline", text="ByEva Jansen"),
        ["byline: text 'ByEva Jansen' but span [41, 54] slices to 'By\\nEva Jansen'"],
    ),
    (
        "dateline in capitals",
        _evolve("dateline", text="VENLO, NETHERLANDS (REUTERS) -"),
        ["dateline: text 'VENLO, NETHERLANDS (REUTERS) -' but span [172, 202] slices to 'VENLO, Netherlands (Reuters) -'"],
    ),
    (
        "published with two spaces",
        _evolve("published", text="Mar 4, 2025  09:05 AM"),
        ["published: text 'Mar 4, 2025  09:05 AM' but span [66, 86] slices to 'Mar 4, 2025 09:05 AM'"],
    ),
    (
        "updated in lower case",
        _evolve("updated", text="mar 4, 2025 11:40 am"),
        ["updated: text 'mar 4, 2025 11:40 am' but span [96, 116] slices to 'Mar 4, 2025 11:40 AM'"],
    ),
    ("caption in capitals", _evolve("captions", text="WATER STANDS IN A STREET OF VENLO."), []),
    (
        "caption of other words",
        _evolve("captions", text="Water stands in Venlo."),
        ["captions[0].spans[0]: text 'Water stands in Venlo.' but span [117, 151] slices to 'Water stands in a street of Venlo.'"],
    ),
    (
        "paragraph in capitals",
        _evolve("paragraphs", text="THE MEUSE PEAKED ON TUESDAY."),
        ["paragraphs[0]: text 'THE MEUSE PEAKED ON TUESDAY.' but span [203, 231] slices to 'The Meuse peaked on Tuesday.'"],
    ),
    (
        "quote in capitals",
        _evolve("quotes", text="THE DIKES HELD,"),
        ["quotes[0]: text 'THE DIKES HELD,' but span [233, 248] slices to 'The dikes held,'"],
    ),
    (
        "speaker in capitals",
        _speaker_mention,
        ["quotes[0].speaker: text 'HENK BOSMAN' but span [255, 266] slices to 'Henk Bosman'"],
    ),
    (
        "boilerplate in capitals",
        _evolve("boilerplate", text="READ MORE: WHY RIVERS RISE"),
        ["boilerplate[0]: text 'READ MORE: WHY RIVERS RISE' but span [268, 294] slices to 'Read more: Why rivers rise'"],
    ),
]


@pytest.mark.parametrize(("change", "found"), [case[1:] for case in MISMATCHES], ids=[case[0] for case in MISMATCHES])
def test_span_mismatches_names_the_part_that_disagrees(change: Callable[[Article], Article], found: list[str]) -> None:
    assert change(_page()).span_mismatches() == found


def test_span_mismatches_reads_a_repeated_kicker_label_in_order() -> None:
    text = "MARKETS / ASIA / MARKETS NEWS\nStocks slip in Tokyo\n"
    article = Article(text, section=("MARKETS", "ASIA", "MARKETS"), section_span=Span(0, 29))
    assert article.span_mismatches() == []
    later = Article(text, section=("ASIA", "MARKETS", "NEWS"), section_span=Span(0, 29))
    assert later.span_mismatches() == []
    backwards = Article(text, section=("NEWS", "ASIA"), section_span=Span(0, 29))
    assert backwards.span_mismatches() == ["section: label 'ASIA' is not in the kicker 'MARKETS / ASIA / MARKETS NEWS'"]


@pytest.mark.parametrize(
    ("found", "in_order"),
    [
        ([(0, 5), (6, 9), (6, 8)], [(0, 5), (6, 8), (6, 9)]),
        ([(6, 9), (6, 8), (7, 8)], [(6, 8), (6, 9), (7, 8)]),
        ([(0, 5), (6, 8), (6, 9), (10, 12)], [(0, 5), (6, 8), (6, 9), (10, 12)]),
        ([(10, 12), (0, 5)], [(0, 5), (10, 12)]),
    ],
)
def test_a_boilerplate_list_freezes_in_input_order(found: list[tuple[int, int]], in_order: list[tuple[int, int]]) -> None:
    text = "Share this story\n(c) 2024 Delta News\n"
    lines = BoilerplateList(text, [Boilerplate(text[start:end], "other", Span(start, end)) for start, end in found])
    assert [line.span.to_list() for line in lines.freeze()] == [list(pair) for pair in in_order]


_ARTICLE = parse_article(WEB_ARTICLE)
_OTHER = attrs.evolve(_ARTICLE.quotes[0], cue="told", source="Reuters")
QUOTE_CHANGES: list[tuple[str, Callable[[Any], Any]]] = [
    ("set the first", lambda quotes: quotes.__setitem__(0, _OTHER)),
    ("set the last", lambda quotes: quotes.__setitem__(-1, _OTHER)),
    ("set a slice", lambda quotes: quotes.__setitem__(slice(1, 3), [_OTHER])),
    ("del the first", lambda quotes: quotes.__delitem__(0)),
    ("del a slice", lambda quotes: quotes.__delitem__(slice(-3, None))),
    ("insert at the end", lambda quotes: quotes.insert(len(quotes), _OTHER)),
    ("insert past the end", lambda quotes: quotes.insert(len(quotes) + 5, _OTHER)),
    ("insert at the start", lambda quotes: quotes.insert(0, _OTHER)),
    ("append", lambda quotes: quotes.append(_OTHER)),
    ("sort by cue, reversed", lambda quotes: quotes.sort(key=lambda quote: quote.cue or "", reverse=True)),
]


@pytest.mark.parametrize("size", [999, 1000])
@pytest.mark.parametrize("change", [case[1] for case in QUOTE_CHANGES], ids=[case[0] for case in QUOTE_CHANGES])
def test_a_quote_list_changes_as_a_list(change: Callable[[Any], Any], size: int) -> None:
    mirror = [_ARTICLE.quotes[i % 3] for i in range(size)]
    quotes = QuoteList(_ARTICLE.text, mirror)
    assert quotes.packed is (size >= 1000)
    change(quotes)
    change(mirror)
    assert list(quotes) == mirror and len(quotes) == len(mirror) and quotes == mirror
    assert [quotes[i] for i in (0, 1, -2, -1)] == [mirror[i] for i in (0, 1, -2, -1)]
    assert list(quotes[2:9]) == mirror[2:9] and list(quotes.copy()) == mirror
    assert list(quotes + [_OTHER]) == [*mirror, _OTHER] and list([_OTHER] + quotes) == [_OTHER, *mirror]
    assert tuple(quotes.freeze()) == tuple(mirror) and len(quotes) == 0


# -- Quotes keeps a quote made of other classes as it is, and packs every other one ----------------


class _Marked(str):
    """A string a caller tagged (a subclass: not what the arrays can give back)."""


class _NotedQuote(Quote):
    """A caller's subclass of Quote."""


class _NotedSpan(Span):
    """A caller's subclass of Span."""


class _NotedSpeaker(Speaker):
    """A caller's subclass of Speaker."""


def _quote_variants() -> list[tuple[str, Quote]]:
    base = _ARTICLE.quotes[0]
    size = len(_ARTICLE.text)
    who = base.speaker
    assert who is not None and who.span is not None
    start, end = base.span.start, base.span.end
    return [
        ("a subclass of Quote", _NotedQuote(*attrs.astuple(base, recurse=False))),
        ("text of a subclass of str", attrs.evolve(base, text=_Marked(base.text))),
        ("kind not a QuoteKind", attrs.evolve(base, kind="direct")),
        ("span of a subclass of Span", attrs.evolve(base, span=_NotedSpan(start, end))),
        ("span starting at a bool", attrs.evolve(base, span=Span(False, end))),
        ("span ending at a bool", attrs.evolve(base, span=Span(0, True))),
        ("span past the text", attrs.evolve(base, span=Span(start, size + 1))),
        ("cue of a subclass of str", attrs.evolve(base, cue=_Marked("said"))),
        ("source of a subclass of str", attrs.evolve(base, source=_Marked("Reuters"))),
        ("paragraph a bool", attrs.evolve(base, paragraph=True)),
        ("paragraph below 0", attrs.evolve(base, paragraph=-1)),
        ("paragraph past the largest kept", attrs.evolve(base, paragraph=Quotes.MAX_PARAGRAPH)),
        ("a subclass of Speaker", attrs.evolve(base, speaker=_NotedSpeaker(who.name, who.mention, who.span))),
        ("name of a subclass of str", attrs.evolve(base, speaker=attrs.evolve(who, name=_Marked(who.name)))),
        ("mention of a subclass of str", attrs.evolve(base, speaker=attrs.evolve(who, mention=_Marked(who.mention)))),
        ("description of a subclass of str", attrs.evolve(base, speaker=attrs.evolve(who, description=_Marked("a farmer")))),
        ("speaker span of a subclass", attrs.evolve(base, speaker=attrs.evolve(who, span=_NotedSpan(1, 2)))),
        ("speaker span starting at a bool", attrs.evolve(base, speaker=attrs.evolve(who, span=Span(False, 2)))),
        ("speaker span ending at a bool", attrs.evolve(base, speaker=attrs.evolve(who, span=Span(0, True)))),
        ("speaker span past the text", attrs.evolve(base, speaker=attrs.evolve(who, span=Span(1, size + 1)))),
    ]


@pytest.mark.parametrize("odd", [case[1] for case in _quote_variants()], ids=[case[0] for case in _quote_variants()])
def test_quotes_keep_a_quote_of_other_classes_as_it_is(odd: Quote) -> None:
    plain = _ARTICLE.quotes
    quotes = Quotes(_ARTICLE.text, (plain[0], odd, plain[1]))
    assert quotes[1] is odd
    assert quotes[0] == plain[0] and quotes[0] is not plain[0]  # (built when read)
    assert quotes[2] == plain[1] and quotes[2] is not plain[1]
    assert tuple(quotes) == (plain[0], odd, plain[1])


def test_quotes_pack_every_plain_quote() -> None:
    size = len(_ARTICLE.text)
    base = _ARTICLE.quotes[0]
    who = base.speaker
    assert who is not None
    plain = [
        attrs.evolve(base, span=Span(size - 5, size)),
        attrs.evolve(base, speaker=attrs.evolve(who, span=Span(size - 5, size), description=None)),
        attrs.evolve(base, speaker=Speaker(who.name, who.mention)),
        attrs.evolve(base, cue=None, source="Reuters", paragraph=Quotes.MAX_PARAGRAPH - 1),
        attrs.evolve(base, speaker=None, paragraph=None),
    ]
    quotes = Quotes(_ARTICLE.text, plain)
    assert [quotes[i] for i in range(len(plain))] == plain
    assert all(quotes[i] is not plain[i] for i in range(len(plain)))


# (the path of a value in the JSON, the value written there, how to read it back, what it reads as)
READ_BACK: list[tuple[tuple[Any, ...], Any, Callable[[Article], Any], Any]] = [
    (("quotes", 1, "source"), "Reuters", lambda article: article.quotes[1].source, "Reuters"),
    (("quotes", 1, "source"), None, lambda article: article.quotes[1].source, None),
    (
        ("quotes", 1, "speaker", "description"),
        "a dairy farmer from Gelderland",
        lambda article: article.quotes[1].speaker.description,
        "a dairy farmer from Gelderland",
    ),
    (("quotes", 1, "speaker", "span"), None, lambda article: article.quotes[1].speaker, Speaker("Henk Bosman", "Henk Bosman")),
    (("quotes", 1, "speaker", "span"), [505, 516], lambda article: article.quotes[1].speaker.span, Span(505, 516)),
    (("quotes", 1, "speaker"), None, lambda article: article.quotes[1].speaker, None),
    (("quotes", 1, "paragraph"), None, lambda article: article.quotes[1].paragraph, None),
    (("quotes", 1, "paragraph"), 0, lambda article: article.quotes[1].paragraph, 0),
    (("quotes", 1, "cue"), None, lambda article: article.quotes[1].cue, None),
]


@pytest.mark.parametrize(("path", "value", "read", "expected"), READ_BACK)
def test_a_value_in_the_json_reads_back(path: tuple[Any, ...], value: Any, read: Callable[[Article], Any], expected: Any) -> None:
    data = copy.deepcopy(GOOD)
    set_at(path, value)(data)
    assert read(Article.from_dict(data, text=WEB_ARTICLE)) == expected


_DATELINE = regex.compile(r"(?P<place>[A-Z][A-Z ]+[A-Z]) \((?P<agency>\w+)\) —")


@pytest.mark.parametrize(
    ("group", "offset", "span"),
    [
        (0, 0, Span(0, 21)),
        ("place", 0, Span(0, 9)),
        ("agency", 0, Span(11, 18)),
        (0, 240, Span(240, 261)),
        ("agency", 7, Span(18, 25)),
    ],
)
def test_span_from_match_shifts_the_group(group: int | str, offset: int, span: Span) -> None:
    match = _DATELINE.match("THE HAGUE (Reuters) — Thousands of Dutch farmers drove tractors onto motorways")
    assert match is not None
    assert Span.from_match(match, group, offset) == span
    assert Span.from_match(match) == Span(0, 21)
    assert span.shift(-offset) == Span.from_match(match, group)


@pytest.mark.parametrize(
    ("one", "other", "overlap"),
    [
        (Span(0, 5), Span(5, 9), False),
        (Span(5, 9), Span(0, 5), False),
        (Span(0, 5), Span(4, 9), True),
        (Span(4, 9), Span(0, 5), True),
        (Span(2, 3), Span(0, 9), True),
        (Span(0, 9), Span(9, 9), False),
    ],
)
def test_spans_overlap_when_they_share_a_character(one: Span, other: Span, overlap: bool) -> None:
    assert one.overlaps(other) is overlap
