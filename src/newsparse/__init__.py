"""newsparse: the plain text of a news article in, a typed :class:`Article` out.

>>> import newsparse
>>> article = newsparse.parse_article("Storm hits coast\\n\\nMIAMI (AP) — “We lost everything,” Ana Ruiz said.")
>>> article.headline.text, article.dateline.agency, article.quotes[0].speaker.name
('Storm hits coast', 'AP', 'Ana Ruiz')
"""

import gc
import importlib
from typing import TYPE_CHECKING

from .article import ArticleParser, ParseState, parse_article
from .body import BodyParser
from .boilerplate import BoilerplateKind, BoilerplateParser
from .byline import BylineParser
from .caption import CaptionParser
from .dateline import DatelineParser
from .errors import ArticleTooLarge, DecodeError, ParseError, SchemaError, UnknownCodec
from .headline import HeadlineParser
from .quotes import QuoteParser
from .section import Section, SectionParser
from .spans import (
    SCHEMA_VERSION,
    Article,
    Boilerplate,
    Byline,
    Caption,
    Dateline,
    Headline,
    MonthDay,
    Paragraph,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    Timestamp,
    TimestampKind,
)
from .timestamp import TimestampParser
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .batch import ParseFailure, parse_many
    from .decoding import parse_bytes
    from .html import HtmlRenderer, render_html
    from .quotes.languages import LanguagePack, language_pack

__version__ = "0.1.0"

# Building the default parser compiles a few hundred patterns, and the regex module's compiler
# leaves each pattern's parse tree in reference cycles, which wait for the next full collection
# (rare while an import makes many long-lived objects): about 1.3 MB held after the import and
# raising the peak resident memory of a whole run.  One collection here frees them.
gc.collect()

#: The public names whose modules plain-text parsing never needs, each imported the first time it
#: is read (``newsparse.parse_many``, ``from newsparse import render_html``): the pool of
#: :func:`parse_many` (with :mod:`pickle`), the HTML view, the bytes decoder and the language
#: packs (:func:`language_pack`, which ``ArticleParser(language=...)`` imports when first given
#: one), about 0.7 MB of resident memory a run that parses English ``str`` never holds.
LAZY_NAMES: dict[str, str] = {
    "HtmlRenderer": "html",
    "LanguagePack": "quotes.languages",
    "ParseFailure": "batch",
    "language_pack": "quotes.languages",
    "parse_bytes": "decoding",
    "parse_many": "batch",
    "render_html": "html",
}


def __getattr__(name: str) -> object:
    """One of :data:`LAZY_NAMES`, its module imported now (and the name kept here after)."""
    module = LAZY_NAMES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value: object = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *LAZY_NAMES})


__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "ArticleParser",
    "ArticleTooLarge",
    "BodyParser",
    "Boilerplate",
    "BoilerplateKind",
    "BoilerplateParser",
    "Byline",
    "BylineParser",
    "Caption",
    "CaptionParser",
    "Dateline",
    "DatelineParser",
    "DecodeError",
    "Headline",
    "HeadlineParser",
    "HtmlRenderer",
    "LanguagePack",
    "MonthDay",
    "Paragraph",
    "ParseError",
    "ParseFailure",
    "ParseState",
    "Quote",
    "QuoteKind",
    "QuoteParser",
    "SchemaError",
    "Section",
    "SectionParser",
    "Span",
    "Speaker",
    "Timestamp",
    "TimestampKind",
    "TimestampParser",
    "UnknownCodec",
    "Vocabulary",
    "__version__",
    "language_pack",
    "parse_article",
    "parse_bytes",
    "parse_many",
    "render_html",
]
