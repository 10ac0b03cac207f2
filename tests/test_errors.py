"""Errors a caller can rely on: malformed JSON for ``Article.from_dict`` raises one
``newsparse.SchemaError`` naming the bad place, and the short ``repr`` of an article."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles import WEB_ARTICLE, delete_at, set_at
from newsparse import SCHEMA_VERSION, Article, SchemaError, Span, parse_article
from newsparse.spans import SCHEMA_VERSION as MODEL_SCHEMA_VERSION

GOOD = parse_article(WEB_ARTICLE).to_dict()


def test_web_article_has_the_parts_the_table_below_breaks() -> None:
    assert GOOD["schema_version"] == SCHEMA_VERSION == MODEL_SCHEMA_VERSION == 3
    assert GOOD["section_span"] == [0, 14]
    assert len(GOOD["quotes"]) >= 2 and GOOD["quotes"][1]["speaker"] is not None
    assert len(GOOD["captions"][0]["spans"]) == 2
    assert GOOD["published"] is not None and GOOD["byline"] is not None


# (what is broken, how, the path the error names, words of its message)
BROKEN = [
    ("span too short", set_at(("quotes", 1, "span"), [3]), "quotes[1].span", "two integers"),
    ("span of strings", set_at(("paragraphs", 0, "span"), ["0", "9"]), "paragraphs[0].span", "two integers"),
    ("span of floats", set_at(("headline", "span"), [0.0, 9.0]), "headline.span", "two integers"),
    ("span of booleans", set_at(("headline", "span"), [False, True]), "headline.span", "two integers"),
    ("span backwards", set_at(("headline", "span"), [9, 3]), "headline.span", "0 <= start <= end"),
    ("span negative", set_at(("boilerplate", 0, "span"), [-1, 3]), "boilerplate[0].span", "0 <= start <= end"),
    ("span missing", delete_at(("quotes", 1, "speaker", "span")), "quotes[1].speaker.span", "is missing"),
    ("speaker not an object", set_at(("quotes", 0, "speaker"), "Henk"), "quotes[0].speaker", "expected an object"),
    ("caption span", set_at(("captions", 0, "spans", 1), "x"), "captions[0].spans[1]", "two integers"),
    ("caption spans not a list", set_at(("captions", 0, "spans"), 7), "captions[0].spans", "expected an array"),
    ("text a number", set_at(("paragraphs", 2, "text"), 12), "paragraphs[2].text", "expected a string, got a number"),
    ("author a number", set_at(("byline", "authors", 1), 5), "byline.authors[1]", "expected a string"),
    ("agency a list", set_at(("byline", "agency"), []), "byline.agency", "expected a string or null, got an array"),
    ("kind unknown", set_at(("quotes", 0, "kind"), "shouted"), "quotes[0].kind", "shouted"),
    ("paragraph index", set_at(("quotes", 0, "paragraph"), -1), "quotes[0].paragraph", "non-negative integer, got -1"),
    ("paragraph a long string", set_at(("quotes", 0, "paragraph"), "7" * 500), "quotes[0].paragraph", "got '777"),
    ("paragraph past the last", set_at(("quotes", 0, "paragraph"), 999), "quotes[0].paragraph", "got 999"),
    ("span a long list", set_at(("headline", "span"), list(range(500))), "headline.span", "got [0, 1, 2"),
    ("bad datetime", set_at(("published", "datetime"), "13/08/2024"), "published.datetime", "13/08/2024"),
    ("long bad datetime", set_at(("published", "datetime"), "x" * 4000), "published.datetime", "Invalid isoformat string"),
    ("offset of a day", set_at(("published", "datetime"), "2024-08-13T11:14:00+24:00"), "published.datetime", ""),
    ("dateline date", set_at(("dateline", "date"), "--02-30"), "dateline.date", "no day 30"),
    ("dateline datetime", set_at(("dateline", "date"), "2024-08-13T10:00"), "dateline.date", "2024-08-13T10:00"),
    ("section of numbers", set_at(("section",), [1]), "section[0]", "expected a string"),
    ("section_span", set_at(("section_span",), {"start": 0}), "section_span", "two integers"),
    ("quotes an object", set_at(("quotes",), {}), "quotes", "expected an array"),
    ("headline a string", set_at(("headline",), "Title"), "headline", "expected an object, got a string"),
    ("future version", set_at(("schema_version",), 4), "schema_version", "expected 1 to 3"),
    ("version a string", set_at(("schema_version",), "2"), "schema_version", "expected 1 to 3"),
]


@pytest.mark.parametrize(("change", "path", "words"), [case[1:] for case in BROKEN], ids=[case[0] for case in BROKEN])
def test_from_dict_names_the_bad_path(change: Callable[[dict[str, Any]], None], path: str, words: str) -> None:
    data = copy.deepcopy(GOOD)
    change(data)
    with pytest.raises(SchemaError) as raised:
        Article.from_dict(data)
    assert raised.value.path == path
    assert str(raised.value).startswith(f"{path}: ")
    assert words in raised.value.problem
    assert len(raised.value.problem) <= 200
    assert isinstance(raised.value, ValueError)


# a span that ends after the text given to from_dict, in each kind of part (the path, the span)
PAST_THE_TEXT = [
    ("headline.span", ("headline", "span")),
    ("byline.span", ("byline", "span")),
    ("published.span", ("published", "span")),
    ("captions[0].spans[1]", ("captions", 0, "spans", 1)),
    ("paragraphs[2].span", ("paragraphs", 2, "span")),
    ("quotes[1].span", ("quotes", 1, "span")),
    ("quotes[1].speaker.span", ("quotes", 1, "speaker", "span")),
    ("boilerplate[0].span", ("boilerplate", 0, "span")),
    ("section_span", ("section_span",)),
]


@pytest.mark.parametrize(("path", "where"), PAST_THE_TEXT)
def test_from_dict_with_the_text_refuses_a_span_after_its_end(path: str, where: tuple[Any, ...]) -> None:
    size = len(WEB_ARTICLE)
    for end in (size, size + 1):
        data = copy.deepcopy(GOOD)
        set_at(where, [0, end])(data)
        if end == size:  # the text's very end is a span's end
            assert Article.from_dict(data, text=WEB_ARTICLE).text == WEB_ARTICLE
            continue
        with pytest.raises(SchemaError) as raised:
            Article.from_dict(data, text=WEB_ARTICLE)
        assert raised.value.path == path
        assert f"ends after the text ({size} characters)" in raised.value.problem
        assert Article.from_dict(data).text == ""  # with no text, spans are not checked against one


def test_part_spans_lists_every_span_with_its_path() -> None:
    article = Article.from_dict(GOOD, text=WEB_ARTICLE)
    listed = dict(article.part_spans())
    assert len(listed) == len(list(article.part_spans()))
    assert article.headline is not None and listed["headline.span"] == article.headline.span
    assert listed["captions[0].spans[1]"] == article.captions[0].spans[1]
    speaker = article.quotes[1].speaker
    assert speaker is not None and listed["quotes[1].speaker.span"] == speaker.span
    assert [path for path in listed if path.startswith("paragraphs[")] == [f"paragraphs[{i}].span" for i in range(len(article.paragraphs))]


@pytest.mark.parametrize("data", [[], "text", 3, None], ids=["list", "str", "int", "None"])
def test_from_dict_of_a_non_object(data: Any) -> None:
    with pytest.raises(SchemaError, match=r"^expected an object") as raised:
        Article.from_dict(data)
    assert raised.value.path == ""


@pytest.mark.parametrize("encoded", ["{", "", "[" * 100_000, '{"quotes": [{"text": 1}]}'])
def test_from_json_raises_schema_error_only(encoded: str) -> None:
    with pytest.raises(SchemaError):
        Article.from_json(encoded)


def test_version_one_json_still_reads() -> None:
    data = copy.deepcopy(GOOD)
    del data["schema_version"], data["section_span"]
    article = Article.from_dict(data, text=WEB_ARTICLE)
    assert article.section_span is None
    assert article.section == ("WORLD", "EUROPE")
    assert article.headline == parse_article(WEB_ARTICLE).headline


def test_unknown_keys_are_ignored() -> None:
    data = copy.deepcopy(GOOD)
    data["file"] = "web.txt"
    data["headline"]["font"] = "bold"
    assert Article.from_dict(data, text=WEB_ARTICLE) == parse_article(WEB_ARTICLE)


def test_span_from_list_is_strict() -> None:
    assert Span.from_list([2, 7]) == Span(2, 7)
    assert Span.from_list((2, 7)) == Span(2, 7)
    for bad in ([1, 2, 3], "27", [1.5, 2], None, [True, 2], [4, 2]):
        with pytest.raises(SchemaError):
            Span.from_list(bad)


def test_schema_error_paths_nest() -> None:
    inner = SchemaError("span", "is missing")
    assert inner.within("speaker").within("quotes[3]").path == "quotes[3].speaker.span"
    assert SchemaError("[2]", "bad").within("spans").path == "spans[2]"
    assert SchemaError("", "bad").within("headline").path == "headline"


# -- repr -----------------------------------------------------------------------------------------


def test_repr_is_short_and_holds_no_input() -> None:
    text = WEB_ARTICLE * 50
    article = parse_article(text)
    assert repr(article) == (
        f"<Article {len(text)} chars: headline='Dutch farmers block motorways in protest over nitrogen rules', "
        f"{len(article.paragraphs)} paragraphs, {len(article.quotes)} quotes>"
    )
    assert len(repr(article)) < 200


def test_repr_cuts_a_long_headline_and_shows_no_headline() -> None:
    long = "Ministers agree to extend the fishing quota talks into next week after a night of bargaining"
    article = parse_article(long + "\n\nThe talks in Brussels ran until dawn, officials said on Tuesday morning.")
    assert article.headline is not None and article.headline.text == long
    assert repr(article) == (
        "<Article 166 chars: headline='Ministers agree to extend the fishing quota talks into next…', 1 paragraphs, 1 quotes>"
    )
    assert repr(Article("")) == "<Article 0 chars: headline=None, 0 paragraphs, 0 quotes>"


def test_to_json_round_trip_of_the_good_dict() -> None:
    assert json.loads(Article.from_dict(GOOD, text=WEB_ARTICLE).to_json()) == GOOD


# -- any malformed JSON raises SchemaError, nothing else ------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=True) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place inside a JSON value, the value itself included."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_from_dict_with_one_value_replaced_raises_only_schema_error(data: st.DataObject) -> None:
    document = copy.deepcopy(GOOD)
    path = data.draw(st.sampled_from(_paths(document)[1:]))
    replacement = data.draw(json_values)
    target: Any = document
    for step in path[:-1]:
        target = target[step]
    if data.draw(st.booleans()) and isinstance(target, dict):
        del target[path[-1]]
    else:
        target[path[-1]] = replacement
    try:
        article = Article.from_dict(document)
    except SchemaError as error:
        assert isinstance(error.path, str)
    else:
        assert isinstance(article.to_json(), str)


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_from_dict_of_any_json_raises_only_schema_error(value: Any) -> None:
    try:
        Article.from_dict(value)
    except SchemaError as error:
        assert str(error)
    else:
        assert isinstance(value, dict)  # only an object can read (unknown keys are ignored)
