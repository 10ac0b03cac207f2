"""newsparse: the plain text of a news article in, a typed :class:`Article` out.

>>> import newsparse
>>> article = newsparse.parse_article("Storm hits coast\\n\\nMIAMI (AP) — “We lost everything,” Ana Ruiz said.")
>>> article.headline.text, article.dateline.agency, article.quotes[0].speaker.name
('Storm hits coast', 'AP', 'Ana Ruiz')
"""

import gc

from .article import ArticleParser, ParseState, parse_article
from .batch import ParseFailure, parse_many
from .body import BodyParser
from .boilerplate import BoilerplateKind, BoilerplateParser
from .byline import BylineParser
from .caption import CaptionParser
from .dateline import DatelineParser
from .decoding import parse_bytes
from .errors import ArticleTooLarge, DecodeError, ParseError, SchemaError, UnknownCodec
from .headline import HeadlineParser
from .html import HtmlRenderer, render_html
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

__version__ = "0.1.0"

# Building the default parser compiles a few hundred patterns, and the regex module's compiler
# leaves each pattern's parse tree in reference cycles, which wait for the next full collection
# (rare while an import makes many long-lived objects): about 1.3 MB held after the import and
# raising the peak resident memory of a whole run.  One collection here frees them.
gc.collect()

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
    "parse_article",
    "parse_bytes",
    "parse_many",
    "render_html",
]
