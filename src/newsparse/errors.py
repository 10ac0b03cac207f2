"""The exceptions newsparse raises."""

from __future__ import annotations

__all__ = ["ParseError", "check_text"]


class ParseError(ValueError):
    """Raised for input that cannot be used at all.

    Text that merely lacks a part never raises: the part is ``None`` or empty.

    .. versionadded:: 0.1.0
    """


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
