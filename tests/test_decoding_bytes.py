"""decode_bytes, parse_bytes and the error helpers, message by message (kills the mutants of
decoding.py and errors.py)."""

from __future__ import annotations

import codecs
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from newsparse import ArticleParser, DecodeError, SchemaError
from newsparse.decoding import decode_bytes, parse_bytes
from newsparse.errors import check_limit, check_option, check_text

WIRE = "Storm closes port\n\nBERLIN, Aug 13 (Reuters) - The port of Hamburg closed on Tuesday as a storm reached the coast.\n"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: decode_bytes(b"Rain", encoding=8), "parse_bytes(encoding=...) expects a str instance or None, not int 8"),
        (lambda: decode_bytes(b"Rain", errors=8), "parse_bytes(errors=...) expects a str instance or None, not int 8"),
        (lambda: parse_bytes(b"Rain", parser="x"), "parse_bytes(parser=...) expects an ArticleParser instance or None, not str 'x'"),
        (lambda: check_text(b"Rain"), "newsparse parses str, not bytes: decode it first, for example data.decode('utf-8')"),
        (lambda: check_text(5), "newsparse parses str, not int: pass the article's text as a str"),
        (lambda: check_limit("ArticleParser", "max_chars", "10"), "ArticleParser(max_chars=...) expects a positive int, not str '10'"),
        (lambda: check_option("Owner", "size", "x" * 58, int), "Owner(size=...) expects an int instance or None, not str '" + "x" * 58 + "'"),
        (lambda: check_option("Owner", "size", "x" * 59, int), "Owner(size=...) expects an int instance or None, not str '" + "x" * 58 + "…"),
        (lambda: check_option("Owner", "when", 1, dt.date), "Owner(when=...) expects a date instance or None, not int 1"),
    ],
)
def test_type_errors_say_what_was_expected(call: Callable[[], Any], message: str) -> None:
    with pytest.raises(TypeError) as raised:
        call()
    assert str(raised.value) == message


def test_default_errors_are_strict_and_name_the_encoding() -> None:
    with pytest.raises(DecodeError) as raised:
        decode_bytes(b"Caf\xe9 au lait")
    assert (raised.value.encoding, raised.value.offset, raised.value.reason) == ("utf-8", 3, "invalid continuation byte")
    assert str(raised.value) == "cannot decode the bytes as utf-8: invalid continuation byte at byte offset 3"


def test_a_utf8_mark_moves_the_offset_only_for_the_codec_that_removes_it() -> None:
    with pytest.raises(DecodeError) as raised:
        decode_bytes(codecs.BOM_UTF8 + b"Rain", "ascii")
    assert (raised.value.encoding, raised.value.offset) == ("ascii", 0)


def test_parse_bytes_passes_the_reference_date_to_a_given_parser() -> None:
    article = parse_bytes(WIRE.encode("utf-8"), parser=ArticleParser(), reference_date=dt.date(2019, 8, 20))
    assert article.dateline is not None and article.dateline.date == dt.date(2019, 8, 13)


@pytest.mark.parametrize(("value", "limit"), [(1, 1), (50, 50)])
def test_check_limit_accepts_any_positive_int(value: int, limit: int) -> None:
    assert check_limit("ArticleParser", "max_chars", value) == limit


@pytest.mark.parametrize(
    ("path", "outer", "joined"),
    [("span", "", "span"), ("span", "quotes[3]", "quotes[3].span"), ("[2]", "captions", "captions[2]"), ("", "byline", "byline")],
)
def test_schema_error_within(path: str, outer: str, joined: str) -> None:
    assert SchemaError(path, "is missing").within(outer).path == joined
