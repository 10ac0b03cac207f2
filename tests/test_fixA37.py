"""An adverb after an inverted subject (German) or inside an inverted compound (French) no longer
drops the cue and the speaker (try37, finding 11)."""

from __future__ import annotations

import pytest

from quote_cases import cue_speakers


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [("sagte sie anschließend", "Anja Lorenz"), ("sagte Lorenz danach", "Anja Lorenz"),
     ("sagte sie später", "Anja Lorenz"), ("sagte sie weiter", "Anja Lorenz"),
     ("sagte die Bürgermeisterin zudem", "Anja Lorenz")],
)
def test_a_german_adverb_after_the_subject(tail: str, speaker: str) -> None:
    text = (
        "Gebühren steigen im Herbst\n\n"
        "Bürgermeisterin Anja Lorenz stellte am Montag den Haushalt der Stadt vor.\n\n"
        f"„Die Gebühren für Kitas bleiben in diesem Jahr stabil“, {tail}.\n"
    )
    assert cue_speakers(text, "de") == [("sagte", speaker)]


@pytest.mark.parametrize(
    "cue", ["a-t-elle ensuite déclaré", "a-t-elle également souligné", "a-t-elle aussi ajouté", "a-t-elle déclaré"]
)
def test_a_french_adverb_inside_an_inverted_compound(cue: str) -> None:
    text = (
        "Les tarifs des cantines augmentent\n\n"
        "La maire, Sophie Garnier, a présenté lundi le budget de la ville.\n\n"
        f"« Les tarifs resteront stables cette année », {cue}.\n"
    )
    assert cue_speakers(text, "fr") == [(cue, "Sophie Garnier")]
