"""Limits and input errors: ``max_chars``, ``parse_bytes`` and constructor arguments checked when
the parser is built, each failing with an exception that says what was expected."""

from __future__ import annotations

import codecs
import datetime as dt
import pickle
from typing import Any

import pytest

from articles import WEB_ARTICLE
from newsparse import (
    ArticleParser,
    ArticleTooLarge,
    BylineParser,
    CaptionParser,
    DatelineParser,
    DecodeError,
    ParseError,
    QuoteParser,
    TimestampParser,
    Vocabulary,
    parse_article,
    parse_bytes,
)
from newsparse.decoding import decode_bytes

WIRE = "Rain ends drought in Provence\n\nMARSEILLE, Aug 13 (AFP) - Heavy rain fell overnight, the mayor’s office said.\n"

# -- max_chars ------------------------------------------------------------------------------------


def test_default_limit_is_fifty_million_characters() -> None:
    assert ArticleParser.MAX_CHARS == 50_000_000
    assert ArticleParser().max_chars == 50_000_000


def test_text_at_the_limit_parses_and_one_more_character_raises() -> None:
    parser = ArticleParser(max_chars=len(WIRE))
    assert parser.parse(WIRE) == parse_article(WIRE)
    with pytest.raises(ArticleTooLarge) as raised:
        parser.parse(WIRE + " ")
    assert raised.value.length == len(WIRE) + 1
    assert raised.value.limit == len(WIRE)
    assert str(raised.value) == (
        f"the text has {len(WIRE) + 1} characters, more than max_chars={len(WIRE)}; "
        "split it, or pass a larger max_chars to ArticleParser"
    )
    assert isinstance(raised.value, ParseError) and isinstance(raised.value, ValueError)


def test_limit_counts_characters_not_bytes() -> None:
    text = "Ελλάδα: ζέστη\n\nΑΘΗΝΑ (Reuters) - Η θερμοκρασία ξεπέρασε τους 40 βαθμούς, είπαν οι αρχές."
    assert len(text.encode("utf-8")) > len(text)
    assert ArticleParser(max_chars=len(text)).parse(text).text == text


def test_subclass_changes_the_default_limit() -> None:
    class Small(ArticleParser):
        MAX_CHARS = 20

    with pytest.raises(ArticleTooLarge):
        Small().parse(WIRE)
    article = Small(max_chars=1000).parse(WIRE)
    assert article == parse_article(WIRE)
    assert article.dateline is not None and article.dateline.text == "MARSEILLE, Aug 13 (AFP) -"


@pytest.mark.parametrize(("value", "error"), [(0, ValueError), (-5, ValueError), (True, TypeError), (1.5e6, TypeError), ("10", TypeError)])
def test_bad_max_chars(value: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match=r"ArticleParser\(max_chars=\.\.\.\) expects a positive int"):
        ArticleParser(max_chars=value)


def test_parser_with_a_limit_pickles() -> None:
    parser = pickle.loads(pickle.dumps(ArticleParser(max_chars=1234)))
    assert parser.max_chars == 1234


# -- constructor arguments ------------------------------------------------------------------------

BAD_ARGUMENTS = [
    (ArticleParser, {"quotes": "x"}, "ArticleParser(quotes=...) expects a QuoteParser instance or None, not str 'x'"),
    (
        ArticleParser,
        {"captions": CaptionParser},
        "ArticleParser(captions=...) expects a CaptionParser instance or None, not the class itself: pass CaptionParser()",
    ),
    (ArticleParser, {"vocabulary": 1}, "ArticleParser(vocabulary=...) expects a Vocabulary instance or None, not int 1"),
    (ArticleParser, {"byline": QuoteParser()}, "ArticleParser(byline=...) expects a BylineParser instance or None, not QuoteParser <"),
    (ArticleParser, {"timestamps": DatelineParser()}, "ArticleParser(timestamps=...) expects a TimestampParser instance or None"),
    (ArticleParser, {"body": []}, "ArticleParser(body=...) expects a BodyParser instance or None, not list []"),
    (BylineParser, {"vocabulary": "en"}, "BylineParser(vocabulary=...) expects a Vocabulary instance or None, not str 'en'"),
    (DatelineParser, {"vocabulary": Vocabulary}, "DatelineParser(vocabulary=...) expects a Vocabulary instance or None, not the class itself"),
    (QuoteParser, {"vocabulary": {}}, "QuoteParser(vocabulary=...) expects a Vocabulary instance or None, not dict {}"),
    (TimestampParser, {"vocabulary": 0}, "TimestampParser(vocabulary=...) expects a Vocabulary instance or None, not int 0"),
    (CaptionParser, {"vocabulary": 1}, "CaptionParser(vocabulary=...) expects a Vocabulary instance or None, not int 1"),
    (CaptionParser, {"vocabulary": Vocabulary}, "CaptionParser(vocabulary=...) expects a Vocabulary instance or None, not the class itself"),
    (TimestampParser, {"dayfirst": "yes"}, "TimestampParser(dayfirst=...) expects a bool instance or None, not str 'yes'"),
]


@pytest.mark.parametrize(("cls", "kwargs", "message"), BAD_ARGUMENTS)
def test_bad_constructor_argument_raises_at_construction(cls: type, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(TypeError) as raised:
        cls(**kwargs)
    assert str(raised.value).startswith(message)


def test_long_bad_argument_is_cut_short_in_the_message() -> None:
    with pytest.raises(TypeError) as raised:
        ArticleParser(quotes="x" * 1000)
    assert len(str(raised.value)) < 150
    assert str(raised.value).endswith("…")


def test_subclass_instances_and_none_are_accepted() -> None:
    class Captions(CaptionParser):
        CREDIT_WORDS = (*CaptionParser.CREDIT_WORDS, "Foto")

    parser = ArticleParser(captions=Captions(), quotes=None, vocabulary=Vocabulary())
    assert isinstance(parser.captions, Captions)
    assert parser.parse(WEB_ARTICLE) == parse_article(WEB_ARTICLE)
    assert TimestampParser(dayfirst=True).dayfirst is True


# -- parse_bytes ----------------------------------------------------------------------------------

ACCENTED = "Fire guts café in Besançon\r\n\r\nBESANÇON, France, Aug 13 (AFP) - “Everything burned,” said Zoé Lefèvre, a neighbour.\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ACCENTED.encode("utf-8"), None),
        (codecs.BOM_UTF8 + ACCENTED.encode("utf-8"), None),
        (codecs.BOM_UTF16_LE + ACCENTED.encode("utf-16-le"), None),
        (codecs.BOM_UTF16_BE + ACCENTED.encode("utf-16-be"), None),
        (ACCENTED.encode("utf-32"), None),
        (ACCENTED.encode("cp1252"), "cp1252"),
        (codecs.BOM_UTF8 + ACCENTED.encode("utf-8"), "utf-8-sig"),
        (bytearray(ACCENTED.encode("utf-8")), None),
        (memoryview(ACCENTED.encode("utf-8")), None),
    ],
    ids=["utf-8", "utf-8 bom", "utf-16-le bom", "utf-16-be bom", "utf-32 bom", "cp1252 given", "utf-8-sig given", "bytearray", "memoryview"],
)
def test_parse_bytes_decodes_to_the_same_article(data: Any, encoding: str | None) -> None:
    article = parse_bytes(data, encoding)
    assert article.text == ACCENTED
    assert article == parse_article(ACCENTED)
    assert article.dateline is not None and article.dateline.place == "BESANÇON, France"
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [("Everything burned,", "Zoé Lefèvre")]


def test_explicit_utf8_keeps_the_bom_as_a_character() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + b"Rain", "utf-8") == "\ufeffRain"


@pytest.mark.parametrize(
    ("data", "encoding", "offset", "reason"),
    [
        (b"Incendie \xe0 Besan\xe7on", None, 9, "invalid continuation byte"),
        (codecs.BOM_UTF8 + b"Caf\xc3", None, 6, "unexpected end of data"),
        (codecs.BOM_UTF8 + b"ab\xff", "utf-8-sig", 5, "invalid start byte"),
        (codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"\x00\xdc", None, 6, "illegal encoding"),
        (codecs.BOM_UTF16_BE + b"\x00a\x00", None, 4, "truncated data"),
    ],
)
def test_decode_error_carries_the_byte_offset(data: bytes, encoding: str | None, offset: int, reason: str) -> None:
    with pytest.raises(DecodeError) as raised:
        parse_bytes(data, encoding)
    assert raised.value.offset == offset
    assert raised.value.reason == reason
    assert f"at byte offset {offset}" in str(raised.value)
    assert isinstance(raised.value, ValueError) and isinstance(raised.value.__cause__, UnicodeDecodeError)


def test_errors_replace_never_raises() -> None:
    article = parse_bytes(b"Incendie \xe0 Besan\xe7on\n\nLe feu a pris vers minuit, selon les pompiers de la ville.", errors="replace")
    assert article.headline is not None and article.headline.text == "Incendie \ufffd Besan\ufffdon"


def test_parse_bytes_passes_parser_and_reference_date() -> None:
    data = WIRE.encode("utf-8")
    article = parse_bytes(data, reference_date=dt.date(2024, 8, 20))
    assert article.dateline is not None and article.dateline.date == dt.date(2024, 8, 13)
    with pytest.raises(ArticleTooLarge):
        parse_bytes(data, parser=ArticleParser(max_chars=10))


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda: parse_bytes("text"), TypeError, "parse_bytes expects bytes, not str"),
        (lambda: parse_bytes(b"x", parser=ArticleParser), TypeError, "not the class itself"),
        (lambda: parse_bytes(b"x", encoding=8), TypeError, "expects a str instance"),
        (lambda: parse_bytes(b"x", encoding="no-such-codec"), LookupError, "no-such-codec"),
    ],
)
def test_parse_bytes_bad_arguments(call: Any, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words):
        call()
