"""Quotes and reported speech, with their speakers.

The engine is a stack of layers, one job per module, each a class the next one extends:

- :mod:`~newsparse.quotes.words`: the vocabularies (UPPERCASE class attributes) and shared helpers;
- :mod:`~newsparse.quotes.grammar`: speaker phrases and cues;
- :mod:`~newsparse.quotes.segmentation`: quotation marks and sentences;
- :mod:`~newsparse.quotes.resolution`: a mention to a full name;
- :mod:`~newsparse.quotes.direct`: quotation-marked quotes;
- :mod:`~newsparse.quotes.reported`: reported speech;
- :mod:`~newsparse.quotes.parser`: :class:`QuoteParser`, the class users call and subclass.

:mod:`~newsparse.quotes.model` holds the named intermediate values (a :class:`Cue`, a
:class:`Mention`, an :class:`Attribution`, a :class:`Quotation`, a :class:`Candidate`), and
:mod:`~newsparse.quotes.languages` the language packs.
"""

from .model import Attribution, Candidate, Cue, Mention, Quotation
from .parser import QuoteParser

__all__ = ["Attribution", "Candidate", "Cue", "Mention", "Quotation", "QuoteParser"]
