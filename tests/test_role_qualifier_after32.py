"""A role qualifier a language writes after its noun (French ``maire adjointe``, Spanish ``directora
adjunta``) is part of the role: the role set off before a name, and the role as a sentence's subject,
give the later pronoun (or dropped subject) its person.  packL's per-pack ``ROLE_QUALIFIERS`` had made
the qualifier read as the sentence's verb (``La maire`` + ``adjointe``), so the pronoun agreed with no one."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

PARSERS = {lang: ArticleParser(language=None if lang == "en" else lang) for lang in ("en", "fr", "es")}


def speakers(lang: str, paragraph: str) -> list[str | None]:
    article = PARSERS[lang].parse("Les loyers flambent en centre-ville\n\n" + paragraph + "\n")
    return [quote.speaker.name if quote.speaker else None for quote in article.quotes]


ROWS = [
    # a qualifier after the noun, the role set off before the name: the pronoun is that person
    (
        "fr",
        "La maire adjointe, Sophie Garnier, a indiqué que la ville étudiait un dispositif d'aide. "
        "« Nous ne pouvons pas fixer les loyers », a-t-elle précisé.",
        ["Sophie Garnier", "Sophie Garnier"],
    ),
    (
        "fr",
        "La maire adjointe chargée du commerce, Sophie Garnier, a indiqué que la ville étudiait un "
        "dispositif d'aide. « Nous pouvons racheter des murs », a-t-elle ajouté.",
        ["Sophie Garnier", "Sophie Garnier"],
    ),
    (
        "fr",
        "Le directeur adjoint de l'hôpital, Marc Petit, a expliqué que les urgences resteraient ouvertes. "
        "« Nous avons recruté douze infirmiers », a-t-il ajouté.",
        ["Marc Petit", "Marc Petit"],
    ),
    # the role alone as the subject: the pronoun is the role as written, as the first quote's speaker
    (
        "fr",
        "Le maire adjoint a annoncé que la piscine rouvrirait en mars. « Les travaux sont finis », a-t-il dit.",
        ["Le maire adjoint", "Le maire adjoint"],
    ),
    # Spanish: a dropped subject after the role set off before the name
    (
        "es",
        "La directora adjunta del hospital, Marta Ruiz, explicó que las urgencias seguirán abiertas. "
        "«Hemos contratado a doce enfermeras», añadió.",
        ["Marta Ruiz", "Marta Ruiz"],
    ),
    # controls: English writes its qualifiers before the noun, unchanged
    (
        "en",
        'The deputy mayor, Sarah Quinn, said the pool would reopen in March. "The work is done," she said.',
        ["Sarah Quinn", "Sarah Quinn"],
    ),
    (
        "en",
        'The former mayor, Tom Reilly, said the pool had been neglected. "It was a scandal," he said.',
        ["Tom Reilly", "Tom Reilly"],
    ),
    (
        "es",
        "El alcalde adjunto, Pedro Gil, aseguró que la piscina abrirá en marzo. «Las obras han terminado», dijo.",
        ["Pedro Gil", "Pedro Gil"],
    ),
]


@pytest.mark.parametrize(("lang", "paragraph", "expected"), ROWS)
def test_a_qualifier_after_the_noun_stays_in_the_role(lang: str, paragraph: str, expected: list[str | None]) -> None:
    assert speakers(lang, paragraph) == expected
