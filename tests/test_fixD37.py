"""A wire's dateline before a paragraph's subject (try37, finding 8), and a name right after an
article, which is a body's or a modifier's, never a pronoun's subject."""

from __future__ import annotations

import pytest

from quote_cases import article_speakers


@pytest.mark.parametrize(
    "dateline",
    ["LYON -", "MOSCOW, Aug 13 (Reuters) -", "BEIJING, Aug. 13 (Xinhua) --", "WASHINGTON (AP) —", "NAIROBI, Kenya --", ""],
)
def test_a_dateline_leaves_the_paragraph_s_subject_to_a_later_pronoun(dateline: str) -> None:
    text = (
        "Minister tours the new plant\n\n"
        f"{dateline} The French foreign minister, Anne Morel, toured the plant on Monday with local officials.\n\n"
        '"It is an impressive piece of work," she said.\n'
    ).replace("\n\n ", "\n\n")
    assert article_speakers(text, "en") == ["Anne Morel"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("fr", "Municipales à Villeurbanne\n\nLYON (AFP) - La maire de Villeurbanne, Sophie Garnier, a annoncé lundi sa "
               "candidature.\n\n« Le travail n'est pas terminé », a-t-elle affirmé.\n", "Sophie Garnier"),
        ("de", "Streit um Gebühren\n\nBERLIN (dpa) - Die Sprecherin der Stadt, Julia Wagner, kündigte am Montag "
               "Gespräche an.\n\n„Wir sind bereit“, sagte sie.\n", "Julia Wagner"),
        ("es", "Huelga en el metro\n\nMADRID, 3 mar (EFE).- La portavoz del Gobierno, Marta Ruiz, anunció el lunes "
               "nuevas medidas.\n\n«Estamos preparados», dijo ella.\n", "Marta Ruiz"),
    ],
)
def test_a_wire_dateline_in_the_packs(language: str, text: str, speaker: str) -> None:
    assert article_speakers(text, language) == [speaker]


def test_a_dash_inside_a_sentence_is_no_dateline() -> None:
    text = (
        "New line opens\n\n"
        "The Lyon - Paris line, which Sophie Garnier opened, carried 3,000 people on Monday.\n\n"
        '"The work is not finished," she said.\n'
    )
    assert article_speakers(text, "en") == ["she"]


@pytest.mark.parametrize("dateline", ["LONDON, March 11 -", ""])
def test_a_body_after_an_article_is_no_pronoun_s_subject(dateline: str) -> None:
    text = (
        "Exchange declines comment\n\n"
        f"{dateline} The Harbour City Stock Exchange has no immediate comment on the charges, an exchange spokesman "
        "said.\n\n"
        '"This is a civil action and no-one here has any details yet," he added.\n'
    ).replace("\n\n ", "\n\n")
    assert "Harbour City Stock Exchange" not in article_speakers(text, "en")
