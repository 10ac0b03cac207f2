"""The exceptions newsparse raises."""

from __future__ import annotations

__all__ = ["ParseError", "check_text"]


class ParseError(ValueError):
    """The error for input that cannot be used at all.

    In 0.1 nothing raises it: every ``str`` parses, and text that merely lacks a part gives
    ``None`` or an empty tuple for that part.  It is exported so that callers can already catch
    it, as later versions may raise it (for example for options that contradict each other).

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
