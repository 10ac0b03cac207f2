"""A text copied from a feed or a page with its HTML character references left in (``&amp;``,
``&#8220;``, ``&rsquo;``), as the quote finder reads it: each reference written as the character it
stands for, so that ``Hawthorne &amp; Division`` is one phrase and ``O&#8217;Brien`` one name.

The reading keeps the input's offsets (each reference padded to its length with the invisible
:data:`~newsparse.jsontext.ESCAPE_PADDING`, which the quote finder leaves out), and the spans found
in it are taken back to whole references of the input (:meth:`EntityReading.widened`).  This
module is imported only when a text holds an ampersand.

.. versionadded:: 0.2 (mendQT69)
"""

from __future__ import annotations

import html
from functools import cache

import attrs
import regex

from .jsontext import JsonReading

__all__ = ["EntityReading", "entities_unescaped"]


@cache
def _reference() -> regex.Pattern[str]:
    """A character reference: a number in decimal or hexadecimal, or a name (compiled when first
    asked: only a text holding an ampersand needs it)."""
    return regex.compile(
        r"""&(?:
            \#[0-9]{1,7}             # "&#8220;"
            |\#[xX][0-9a-fA-F]{1,6}  # "&#x201C;"
            |[A-Za-z][A-Za-z0-9]{1,31}  # "&amp;", "&rsquo;"
        );""",
        regex.VERBOSE,
    )


def entities_unescaped(raw: str) -> str:
    """*raw* with each HTML character reference it holds read as what it stands for (``&amp;`` an
    ampersand, ``&#8217;`` a right single mark); *raw* itself when it holds none."""
    if "&" not in raw:
        return raw
    return _reference().sub(lambda m: _standing_for(m.group()) or m.group(), raw)


def _standing_for(reference: str) -> str | None:
    """What *reference* stands for, ``None`` when it is no reference HTML knows (``&foo;``) or stands
    for more characters than it is long."""
    char = html.unescape(reference)
    return char if char != reference and len(char) <= len(reference) else None


@attrs.frozen
class EntityReading(JsonReading):
    """A text with HTML character references as the quote finder reads it, of the same length: each
    reference written as what it stands for after :data:`~newsparse.jsontext.ESCAPE_PADDING`
    characters to its length, and where the references stand (``starts``, ``ends``), to take a span
    found in it back to whole references of the input (:meth:`widened`, as a JSON record's escapes
    are).

    .. versionadded:: 0.2 (mendQT69)"""

    @classmethod
    def of(cls, text: str) -> EntityReading:
        """The reading of *text*: one pass over its references (``JsonReading.read``)."""
        return cls.read(text, _reference().finditer(text), _standing_for)

    @staticmethod
    def holds_references(text: str) -> bool:
        """Whether *text* may hold a character reference: an ampersand and a semicolon (the cheap
        test before a reading is made)."""
        return "&" in text and ";" in text and _reference().search(text) is not None
