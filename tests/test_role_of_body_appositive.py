"""A role with the body it serves, then a name set off by commas, opens a sentence (``The
president of the federation, Sophie Marchand, said ...``): the name is the sentence's subject, and
a pronoun in the paragraph's next quotation refers to that person (trial 30: ``she`` was left as
written, where ``Its secretary general, X,`` already worked)."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

TABLE = [
    # (language, text, [(quote text, speaker)])
    (
        None,
        'The president of the federation, Sophie Marchand, said that state aid came too late. '
        '"Banks no longer follow," she added.',
        [("state aid came too late", "Sophie Marchand"), ("Banks no longer follow,", "Sophie Marchand")],
    ),
    (
        None,
        'The head of the regional health authority, Ana Ruiz, said that beds were short. '
        '"We are full every night," she said.',
        [("beds were short", "Ana Ruiz"), ("We are full every night,", "Ana Ruiz")],
    ),
    (
        None,
        'The chief executive of the port, Tom Berg, said the strike would hurt exports. '
        '"We lose money every day," he said.',
        [("the strike would hurt exports", "Tom Berg"), ("We lose money every day,", "Tom Berg")],
    ),
    (
        None,
        "The leader of the miners' union, Paul Grant, said the talks had failed. "
        '"Nobody listened to us," he said.',
        [("the talks had failed", "Paul Grant"), ("Nobody listened to us,", "Paul Grant")],
    ),
    (
        "fr",
        "La présidente de la fédération, Sophie Marchand, estime que l'aide de l'État arrive trop tard. "
        "« Les banques ne suivent plus », ajoute-t-elle.",
        [("l'aide de l'État arrive trop tard", "Sophie Marchand"), ("Les banques ne suivent plus", "Sophie Marchand")],
    ),
    # near misses: a pronoun of the other gender, or another person acted on since, stays as written
    (
        None,
        'The president of the federation, Sophie Marchand, said that state aid came too late. '
        '"Banks no longer follow," he added.',
        [("state aid came too late", "Sophie Marchand"), ("Banks no longer follow,", "he")],
    ),
    (
        None,
        'The president of the federation, Sophie Marchand, met Paul Roy on Monday. "We agreed on nothing," he said.',
        [("We agreed on nothing,", "he")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), TABLE)
def test_a_name_set_off_after_a_role_and_its_body_is_the_subject(
    language: str | None, text: str, expected: list[tuple[str, str]]
) -> None:
    quotes = ArticleParser(language=language).parse(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected
