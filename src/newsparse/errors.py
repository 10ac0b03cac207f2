"""The exceptions newsparse raises."""

from __future__ import annotations

from typing import TypeVar

__all__ = [
    "ArticleTooLarge", "DecodeError", "ParseError", "SchemaError", "UnknownCodec", "check_limit", "check_option", "check_text",
]

_T = TypeVar("_T")


class ParseError(ValueError):
    """The error for input that cannot be used at all: :class:`ArticleTooLarge` and
    :class:`DecodeError` are its kinds.  Any ``str`` within the size limit parses, and text that
    merely lacks a part gives ``None`` or an empty tuple for that part.

    .. versionadded:: 0.1.0
    """


class ArticleTooLarge(ParseError):
    """The text is longer than the parser's ``max_chars``.  ``length`` and ``limit`` are in characters."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(
            f"the text has {length:,} characters, more than max_chars={limit:,}; "
            "split it, or pass a larger max_chars to ArticleParser"
        )
        self.length = length
        self.limit = limit

    def __reduce__(self) -> tuple[type[ArticleTooLarge], tuple[int, int]]:
        return type(self), (self.length, self.limit)  # (pickles: a worker's error reaches the parent)


class DecodeError(ParseError):
    """Bytes that do not decode.  ``offset`` is the byte offset of the first bad byte,
    ``encoding`` the encoding tried, ``reason`` what the codec said."""

    def __init__(self, encoding: str, offset: int, reason: str) -> None:
        super().__init__(f"cannot decode the bytes as {encoding}: {reason} at byte offset {offset}")
        self.encoding = encoding
        self.offset = offset
        self.reason = reason

    def __reduce__(self) -> tuple[type[DecodeError], tuple[str, int, str]]:
        return type(self), (self.encoding, self.offset, self.reason)


class UnknownCodec(ParseError, LookupError):
    """An encoding or an error handler Python does not know, given to :func:`~newsparse.parse_bytes`:
    a :class:`ParseError` and, as Python's own codec lookup raises, a :class:`LookupError`.
    ``name`` is the name given and ``option`` which argument it was (``encoding`` or ``errors``).

    .. versionadded:: 0.2
    """

    def __init__(self, option: str, name: str) -> None:
        what = "encoding" if option == "encoding" else "error handler"
        super().__init__(f"unknown {what} for parse_bytes: {option}={name!r}")
        self.option = option
        self.name = name

    def __reduce__(self) -> tuple[type[UnknownCodec], tuple[str, str]]:
        return type(self), (self.option, self.name)


class SchemaError(ValueError):
    """JSON that is not what :meth:`newsparse.Article.to_dict` writes.  ``path`` names the place,
    as in ``quotes[3].span`` (empty for the whole document), and ``problem`` what is wrong there.

    >>> SchemaError("span", "is missing").within("quotes[3]")
    SchemaError('quotes[3].span: is missing')
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}" if path else problem)
        self.path = path
        self.problem = problem

    def within(self, outer: str) -> SchemaError:
        """The same error with *outer* (the place of the value it was found in) in front of its path."""
        if not self.path:
            path = outer
        elif self.path.startswith("["):
            path = outer + self.path
        else:
            path = f"{outer}.{self.path}" if outer else self.path
        return SchemaError(path, self.problem)


def check_text(text: object) -> str:
    """Return *text* if it is a ``str``; otherwise raise a :class:`TypeError` that says what to do."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"newsparse parses str, not {type(text).__name__}: decode it first, "
            "for example data.decode('utf-8')"
        )
    raise TypeError(f"newsparse parses str, not {type(text).__name__}: pass the article's text as a str")


def check_option(owner: str, name: str, value: _T | None, expected: type[_T]) -> _T | None:
    """Return *value* when it is ``None`` or an instance of *expected*; otherwise raise a
    :class:`TypeError` that says what ``owner(name=...)`` expects.

    >>> check_option("ArticleParser", "quotes", "x", int)
    Traceback (most recent call last):
      ...
    TypeError: ArticleParser(quotes=...) expects an int instance or None, not str 'x'
    """
    if value is None or isinstance(value, expected):
        return value
    article = "an" if expected.__name__[:1].lower() in "aeiou" else "a"
    wanted = f"{owner}({name}=...) expects {article} {expected.__name__} instance or None"
    if isinstance(value, type) and issubclass(value, expected):
        raise TypeError(f"{wanted}, not the class itself: pass {value.__name__}()")
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:59] + "…"
    raise TypeError(f"{wanted}, not {type(value).__name__} {shown}")


def check_limit(owner: str, name: str, value: object) -> int:
    """Return *value* when it is a positive ``int``; otherwise raise :class:`TypeError` (not an
    ``int``) or :class:`ValueError` (not positive) saying so."""
    if type(value) is not int:
        raise TypeError(f"{owner}({name}=...) expects a positive int, not {type(value).__name__} {value!r:.60}")
    if value <= 0:
        raise ValueError(f"{owner}({name}=...) expects a positive int, not {value}")
    return value
