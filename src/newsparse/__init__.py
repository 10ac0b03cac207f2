"""newsparse: the plain text of a news article in, a typed :class:`Article` out.

>>> import newsparse
>>> article = newsparse.parse_article("Storm hits coast\\n\\nMIAMI (AP) — “We lost everything,” Ana Ruiz said.")
>>> article.headline.text, article.dateline.agency, article.quotes[0].speaker.name
('Storm hits coast', 'AP', 'Ana Ruiz')
"""

from .article import ArticleParser, ParseState, parse_article
from .body import BodyParser
from .boilerplate import BoilerplateKind, BoilerplateParser
from .byline import BylineParser
from .caption import CaptionParser
from .dateline import DatelineParser
from .errors import ParseError
from .headline import HeadlineParser
from .quotes import QuoteParser
from .section import Section, SectionParser
from .spans import (
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

__all__ = [
    "Article",
    "ArticleParser",
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
    "Headline",
    "HeadlineParser",
    "MonthDay",
    "Paragraph",
    "ParseError",
    "ParseState",
    "Quote",
    "QuoteKind",
    "QuoteParser",
    "Section",
    "SectionParser",
    "Span",
    "Speaker",
    "Timestamp",
    "TimestampKind",
    "TimestampParser",
    "Vocabulary",
    "__version__",
    "parse_article",
]
