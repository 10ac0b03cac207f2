"""Reading bytes: :func:`parse_bytes` decodes them (UTF-8 by default, a byte order mark honoured)
and parses the text."""

from __future__ import annotations

import codecs
import datetime as dt

from .article import ArticleParser, parse_article
from .errors import DecodeError, UnknownCodec, check_option
from .spans import Article

__all__ = ["BOMS", "decode_bytes", "parse_bytes"]

#: Byte order marks and the codec each one selects, longest first (the UTF-32 LE mark starts
#: with the UTF-16 LE one).  The codecs named here remove the mark themselves.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes | bytearray | memoryview, encoding: str | None = None, errors: str = "strict") -> str:
    """Decode *data* to the text :func:`parse_bytes` parses.

    With no *encoding*, a byte order mark selects UTF-8, UTF-16 or UTF-32 and is dropped;
    without one the bytes are read as UTF-8.  A given *encoding* is used as it is (pass
    ``"utf-8-sig"`` to drop a UTF-8 mark).  *errors* is the codec's error handler: with
    ``"strict"`` a byte that does not decode raises :class:`~newsparse.DecodeError` giving its
    offset, with ``"replace"`` it becomes ``U+FFFD``.  An unknown *encoding* or *errors* raises :class:`~newsparse.UnknownCodec`, a
    :class:`~newsparse.ParseError` and a :class:`LookupError`.

    >>> decode_bytes(b"\\xef\\xbb\\xbfCaf\\xc3\\xa9")
    'Café'
    >>> decode_bytes("Café".encode("utf-16"))
    'Café'
    >>> decode_bytes(b"Caf\\xe9 au lait")
    Traceback (most recent call last):
      ...
    newsparse.errors.DecodeError: cannot decode the bytes as utf-8: invalid continuation byte at byte offset 3
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"parse_bytes expects bytes, not {type(data).__name__}: pass a str to parse_article")
    check_option("parse_bytes", "encoding", encoding, str)
    check_option("parse_bytes", "errors", errors, str)
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise UnknownCodec("encoding", encoding) from None
    try:
        codecs.lookup_error(errors)
    except LookupError:
        raise UnknownCodec("errors", errors) from None
    raw = bytes(data)
    if encoding is None:
        encoding = next((codec for bom, codec in BOMS if raw.startswith(bom)), "utf-8")
    try:
        return raw.decode(encoding, errors)
    except UnicodeDecodeError as error:
        offset = error.start
        if codecs.lookup(encoding).name == "utf-8-sig" and raw.startswith(codecs.BOM_UTF8):
            offset += len(codecs.BOM_UTF8)  # this codec counts from after the mark it removed
        raise DecodeError(encoding, offset, error.reason) from error


def parse_bytes(
    data: bytes | bytearray | memoryview,
    encoding: str | None = None,
    errors: str = "strict",
    *,
    parser: ArticleParser | None = None,
    reference_date: dt.date | None = None,
) -> Article:
    """Decode *data* with :func:`decode_bytes` and parse it with *parser* (the default
    :class:`~newsparse.ArticleParser` when ``None``).  Spans count characters of the decoded
    text, which is ``Article.text`` (without a byte order mark).

    >>> parse_bytes("Rain ends drought\\n\\nPARIS (AFP) - It rained.".encode("utf-16")).dateline.place
    'PARIS'
    """
    check_option("parse_bytes", "parser", parser, ArticleParser)
    text = decode_bytes(data, encoding, errors)
    if parser is None:
        return parse_article(text, reference_date=reference_date)
    return parser.parse(text, reference_date=reference_date)
