"""Language packs and reported-speech clause edges (qx53, stop 46, issue 5).  Each row is one
paragraph in one language under a plain headline and the exact ``(text, kind, speaker name,
speaker mention)`` tuples that must come out; every table puts the shape it fixes beside
near-shapes that must keep their reading (precision rows)."""

from __future__ import annotations

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]
Case = tuple[str, str, list[Row]]


ARTICLE_IN_TITLE: list[Case] = [
    # a capitalised article inside a sentence opens an outlet's title: part of the speaker's name
    ("fr", "Selon Le Figaro, la digue sera relevée avant l'hiver.",
     [("la digue sera relevée avant l'hiver", R, "Le Figaro", "Le Figaro")]),
    ("fr", "« Le chantier a pris du retard », a écrit La Croix.",
     [("Le chantier a pris du retard", D, "La Croix", "La Croix")]),
    ("es", "Según El Mundo, la presa se abrirá en marzo.",
     [("la presa se abrirá en marzo", R, "El Mundo", "El Mundo")]),
    ("de", "Laut Die Zeit wird die Brücke im Mai gesperrt.",
     [("wird die Brücke im Mai gesperrt", R, "Die Zeit", "Die Zeit")]),
    ("en", "According to The Observer, the ferry will stop running in May.",
     [("the ferry will stop running in May", R, "The Observer", "The Observer")]),
    ("en", "The ferry will stop running in May, The Herald reported.",
     [("The ferry will stop running in May", R, "The Herald", "The Herald")]),
    # precision: the sentence's first word, a title after the article, a word in lower case
    ("en", "The Observer reported that the ferry will stop running in May.",
     [("the ferry will stop running in May", R, "Observer", "The Observer")]),
    ("en", "\u201cWe will march again,\u201d said The Rev. Ada Nwosu.",
     [("We will march again,", D, "Ada Nwosu", "The Rev. Ada Nwosu")]),
    ("fr", "Selon le ministère, la digue sera relevée avant l'hiver.",
     [("la digue sera relevée avant l'hiver", R, "le ministère", "le ministère")]),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), ARTICLE_IN_TITLE)
def test_article_in_title(language: str, paragraph: str, expected: list[Row]) -> None:
    assert mention_rows(paragraph, language) == expected
