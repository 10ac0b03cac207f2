"""Issue 5, regressions of stop 50's quote rules (fixR58): a closing attribution with a role in
lower case before its name or a clause after it ends an earlier cue's reported words; the
finding cue only when its study noun heads the subject; a French or Spanish publishing verb
gives no speaker to a quotation after its object, and a paper's name keeps its article.  Each
case is invented copy after a plain headline, and the ``(text, speaker's name)`` pairs that must
come out, in order."""

from __future__ import annotations

import pytest

from quote_cases import mention_rows

Row = tuple[str, "str | None"]


def quotes_of(text: str, language: str | None = None) -> list[Row]:
    """The ``(text, speaker's name)`` of every quote of *text* under a plain headline."""
    return [(quoted, name) for quoted, _, name, _ in mention_rows(text, language, "Council news")]


# a closing inverted attribution with a role in lower case before the name, or a relative clause
# or an agent phrase after it, is its own: the earlier cue's words end at its comma (nesting)
CLOSING_ATTRIBUTION = [
    (
        "The audit found that £4m was missing, said councillor Tom Hart.",
        [("The audit found that £4m was missing", "Tom Hart"), ("£4m was missing", "The audit")],
    ),
    (
        "The study found that the drug cut deaths by a third, said Dr Ann Lee, who led it.",
        [("The study found that the drug cut deaths by a third", "Ann Lee"), ("the drug cut deaths by a third", "The study")],
    ),
    (
        "The study found that the drug cut deaths by a third, wrote the authors, led by Dr Ann Lee.",
        [
            ("The study found that the drug cut deaths by a third", "the authors"),
            ("the drug cut deaths by a third", "The study"),
        ],
    ),
    (
        "Participants in the study found that the drug helped, said lead author Dr Ann Lee.",
        [("Participants in the study found that the drug helped", "Ann Lee")],
    ),
    # any cue, not only a finding's (the same flaw before stop 50)
    (
        "The minister claimed that £4m was missing, said councillor Tom Hart.",
        [("The minister claimed that £4m was missing", "Tom Hart"), ("£4m was missing", "The minister")],
    ),
    (
        "The minister claimed that the road was safe, said Ana Ruiz, who drives it daily.",
        [("The minister claimed that the road was safe", "Ana Ruiz"), ("the road was safe", "The minister")],
    ),
    (
        "The mayor insisted that the plan was sound, said economist Paul Roy.",
        [("The mayor insisted that the plan was sound", "Paul Roy"), ("the plan was sound", "The mayor")],
    ),
    # as before: a plain name, a closing attribution with its subject first
    (
        "The study found that the drug cut deaths by a third, said Dr Ann Lee.",
        [("The study found that the drug cut deaths by a third", "Ann Lee"), ("the drug cut deaths by a third", "The study")],
    ),
    (
        "The survey found that rents rose by 9% last year, the report said.",
        [("The survey found that rents rose by 9% last year", "the report"), ("rents rose by 9% last year", "The survey")],
    ),
    # precision: a participle with words of its own, a passive with no speaker after the verb
    (
        "The minister claimed that £4m was missing, said Tom Hart, adding that it was stolen.",
        [("£4m was missing, said Tom Hart", "The minister"), ("it was stolen", "The minister")],
    ),
    (
        "The minister claimed that the vote was rigged, said to be a common view.",
        [("the vote was rigged, said to be a common view", "The minister")],
    ),
    ("Voters, the poll found, were tired of the war.", [("Voters, the poll found, were tired of the war", "the poll")]),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING_ATTRIBUTION)
def test_closing_attribution_ends_earlier_words(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# the finding cue only when the study noun heads the subject, not after a preposition inside it
FINDING_HEAD = [
    ("The team behind the survey found that most voters were undecided.", []),
    ("Researchers behind the study found that the drug helped.", []),
    ("Critics of the new audit found that the figures did not add up.", []),
    ("The authors of Gallup's latest poll found that voters were tired.", []),
    # precision: an opening phrase before the subject, a possessive owner, an adverb
    ("In 2020 the study found that the drug helped patients.", [("the drug helped patients", "the study")]),
    ("After months of delays the audit found that £4m was missing.", [("£4m was missing", "the audit")]),
    ("Gallup's latest poll found that voters were tired.", [("voters were tired", "Gallup's latest poll")]),
    ("The survey also found that voters were tired.", [("voters were tired", "The survey")]),
]


@pytest.mark.parametrize(("text", "expected"), FINDING_HEAD)
def test_finding_cue_needs_the_study_as_head(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a publishing verb speaks for its "que" clause and a closing attribution, never for a quotation
# after its object or a participle: only a name that ends the object after a role, or no one
PUBLISHED_OBJECT = [
    ('El diario publicó unas declaraciones del ministro Pedro Gil: "No voy a dimitir".', "es", [("No voy a dimitir", "Pedro Gil")]),
    ('El periódico publicó una carta de la alcaldesa Ana Ruiz: "No me iré".', "es", [("No me iré", "Ana Ruiz")]),
    ("Le Monde publie une lettre du ministre Paul Roy : « Je ne démissionnerai pas ».", "fr", [("Je ne démissionnerai pas", "Paul Roy")]),
    ("Le journal rapporte des propos du ministre : « Nous irons jusqu'au bout ».", "fr", [("Nous irons jusqu'au bout", None)]),
    ("Le Parisien rapporte les propos d'un témoin : « J'ai vu la voiture partir ».", "fr", [("J'ai vu la voiture partir", None)]),
    ("Le journal rapporte, citant un proche du ministre : « Il est épuisé ».", "fr", [("Il est épuisé", None)]),
    ('El diario publicó, citando a un asesor: "El ministro está agotado".', "es", [("El ministro está agotado", None)]),
    # precision: the clause a publishing verb reports, an attribution closing it, other verbs
    ("Le Canard enchaîné a révélé mercredi que le ministre avait menti.", "fr", [("le ministre avait menti", "Le Canard enchaîné")]),
    ("Le ministre va démissionner, rapporte l'AFP.", "fr", [("Le ministre va démissionner", "l'AFP")]),
    ("La ministre a déclaré : « Nous irons jusqu'au bout ».", "fr", [("Nous irons jusqu'au bout", "La ministre")]),
]


@pytest.mark.parametrize(("text", "language", "expected"), PUBLISHED_OBJECT)
def test_publishing_verb_not_the_quotations_speaker(text: str, language: str, expected: list[Row]) -> None:
    assert quotes_of(text, language) == expected


# a paper's name that opens with its article keeps it before a publishing verb
PAPER_ARTICLE = [
    ("Le Parisien rapporte que le maire va démissionner.", "fr", [("le maire va démissionner", "Le Parisien")]),
    ("Le Figaro publie que le ministre va démissionner.", "fr", [("le ministre va démissionner", "Le Figaro")]),
    ("El País publicó que el alcalde dimitirá.", "es", [("el alcalde dimitirá", "El País")]),
    # precision: another verb, as before (a body's name without its article)
    ("El Gobierno dijo que el alcalde dimitirá.", "es", [("el alcalde dimitirá", "Gobierno")]),
]


@pytest.mark.parametrize(("text", "language", "expected"), PAPER_ARTICLE)
def test_paper_keeps_its_article(text: str, language: str, expected: list[Row]) -> None:
    assert quotes_of(text, language) == expected
