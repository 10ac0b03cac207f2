"""Stop 29's second code read (review29): shapes this stop's new rules misread, each beside the
reading that must stay.

1. Spanish ``según`` with a compound past: the participle need not be a regular one (``según ha
   dicho el ministro``), may take the sentence's period (``según han confirmado.``), and a day
   may stand between it and the source (``según ha señalado hoy la consejera``); the verb is
   never the source.
"""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

SPANISH = ArticleParser(language="es")


def spanish_quotes(body: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker name, speaker mention) of each quote of a short Spanish article."""
    article = SPANISH.parse(f"Titular de la noticia\n\n{body}\n")
    return [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.mention if q.speaker else None) for q in article.quotes
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an irregular participle before the source
        (
            "«La situación en los hospitales es grave», según ha dicho el ministro de Sanidad.",
            [("La situación en los hospitales es grave", "el ministro de Sanidad", "el ministro de Sanidad")],
        ),
        (
            "La economía creció un 2 % en el trimestre, según ha escrito el Banco de España en su informe.",
            [("La economía creció un 2 % en el trimestre", "Banco de España", "el Banco de España")],
        ),
        # a day between the participle and the source
        (
            "Las obras de la presa comenzarán en abril, según ha señalado hoy la consejera de Fomento.",
            [("Las obras de la presa comenzarán en abril", "la consejera de Fomento", "la consejera de Fomento")],
        ),
        (
            "La economía creció un 2 % en el trimestre, según ha informado este martes el Instituto Nacional "
            "de Estadística.",
            [
                (
                    "La economía creció un 2 % en el trimestre",
                    "Instituto Nacional de Estadística",
                    "el Instituto Nacional de Estadística",
                )
            ],
        ),
        # the compound past alone before the sentence's period: no source, never the verb
        ("La economía creció un 2 % en el trimestre, según han confirmado.", []),
        (
            "«La situación en los hospitales es grave», según ha dicho.",
            [("La situación en los hospitales es grave", None, None)],
        ),
        # as before: a regular participle and its source
        (
            "Las obras comenzarán en abril, según han indicado fuentes de la Consejería de Fomento.",
            [
                (
                    "Las obras comenzarán en abril",
                    "fuentes de la Consejería de Fomento",
                    "fuentes de la Consejería de Fomento",
                )
            ],
        ),
    ],
)
def test_spanish_compound_past_source_is_never_the_verb(
    body: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert spanish_quotes(body) == expected
