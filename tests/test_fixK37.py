"""German reported speech goes on in the plural's Konjunktiv II (try37, finding 12): the plural's
Konjunktiv I is the indicative's form, so a paper writes ``müssten``, ``hätten``, ``wären``."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

GERMAN = ArticleParser(language="de")


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in GERMAN.parse(text).quotes]


@pytest.mark.parametrize(
    "sentence",
    ["Die Länder müssten ihren Beitrag leisten", "Die Kommunen hätten keine Reserven mehr",
     "Viele Betriebe wären ohne Hilfe längst pleite", "Die Kassen könnten die Beiträge nicht halten"],
)
def test_the_plural_konjunktiv_ii_goes_on_with_the_speaker_s_words(sentence: str) -> None:
    text = (
        "Streit um die Schuldenbremse\n\n"
        f"„Wir brauchen jetzt Klarheit“, sagte Finanzministerin Petra Albers am Montag in Berlin. {sentence}.\n"
    )
    assert quotes(text)[1:] == [(sentence, "Petra Albers")]


def test_the_indicative_after_a_quotation_is_the_writer_s() -> None:
    text = (
        "Streit um die Schuldenbremse\n\n"
        "„Wir brauchen jetzt Klarheit“, sagte Finanzministerin Petra Albers am Montag in Berlin. Die Länder leisten "
        "ihren Beitrag seit Jahren.\n"
    )
    assert len(quotes(text)) == 1
