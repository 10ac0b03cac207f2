"""Review fixes in the German and Spanish packs: a relative pronoun that looks like an article does
not open a describing appositive, a preposition is not a separable verb's particle, and an article
that shows a gender decides the gender of the title after it.  Invented stories; each case gives the
exact ``(text, kind, speaker name)`` triples that must come out."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import kind_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT
Triples = list[tuple[str, QuoteKind, str | None]]


quotes_of = partial(kind_rows, headline=None)


# (language, text, expected): a relative clause after a name is not a role of that name; an
# appositive noun phrase after an article still is.
RELATIVE_CLAUSES = [
    # the clause's object is the role quoted later: it names someone else
    (
        "de",
        "Jonas Vogt, die den Landrat heftig angriff, blieb der Sitzung fern.\n\n"
        "„Die Straße wird gebaut“, sagte der Landrat.",
        [("Die Straße wird gebaut", D, "der Landrat")],
    ),
    (
        "de",
        "Petra Lang, der die Ministerin seit Jahren vertraut, fehlte am Dienstag.\n\n"
        "„Wir warten ab“, sagte die Ministerin.",
        [("Wir warten ab", D, "die Ministerin")],
    ),
    (
        "es",
        "Marta Gil, la que acusó al gobernador, no se presentó.\n\n«No cederemos», dijo el gobernador.",
        [("No cederemos", D, "el gobernador")],
    ),
    # a noun phrase after the article: the role is the name's
    (
        "de",
        "Jonas Vogt, der neue Landrat, besuchte die Baustelle.\n\n„Die Straße wird gebaut“, sagte der Landrat.",
        [("Die Straße wird gebaut", D, "Jonas Vogt")],
    ),
    (
        "de",
        "Petra Lang, die seit 2019 amtierende Ministerin, besuchte die Schule.\n\n„Wir warten ab“, sagte die Ministerin.",
        [("Wir warten ab", D, "Petra Lang")],
    ),
    (
        "es",
        "Marta Gil, la gobernadora de la provincia, visitó el puerto.\n\n«No cederemos», dijo la gobernadora.",
        [("No cederemos", D, "Marta Gil")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), RELATIVE_CLAUSES)
def test_a_relative_clause_after_a_name_gives_that_name_no_role(language: str, text: str, expected: Triples) -> None:
    assert quotes_of(text, language) == expected


# A separable verb's particle closes its clause; the same word opening a phrase is a preposition.
SEPARABLE_PARTICLES = [
    # a preposition spelled like the particle, with a phrase after it: no reported clause
    ("Der Verband gab im Mai an die Mitglieder einen Bonus aus.", []),
    ("Die Gemeinde gab den Zuschuss an den Sportverein weiter, der damit Bälle kauft.", []),
    # (no clause of "kündigte an"; the source clause closing the sentence gives the words before it: packV)
    (
        "Die Bank kündigte den Kredit an einem Montag, wie eine Sprecherin bestätigte.",
        [("Die Bank kündigte den Kredit an einem Montag", R, "eine Sprecherin")],
    ),
    ("Der Landkreis teilte die Kosten mit der Nachbarstadt und baute die Brücke.", []),
    # the particle then a relative clause about the verb's object: no reported clause
    ("Die Aufsicht kündigte eine Untersuchung an, die bis zum Herbst dauern soll.", []),
    # the particle before a comma, a colon-free clause or "dass": the clause is reported
    (
        "Die Feuerwehr teilte am Abend mit, die Straße sei wieder frei.",
        [("die Straße sei wieder frei", R, "Die Feuerwehr")],
    ),
    (
        "Die Aufsicht kündigte am Freitag an, dass sie die Bank prüfen werde.",
        [("sie die Bank prüfen werde", R, "Die Aufsicht")],
    ),
    (
        "Die Schulleiterin teilte mit dass der Unterricht ausfalle.",
        [("der Unterricht ausfalle", R, "Die Schulleiterin")],
    ),
    (
        "Der Verband gab am Dienstag bekannt, dass die Saison später beginnt.",
        [("die Saison später beginnt", R, "Der Verband")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEPARABLE_PARTICLES)
def test_a_separable_verbs_particle_closes_its_clause(text: str, expected: Triples) -> None:
    assert quotes_of(text, "de") == expected


# (language, text, expected): before a title written alike for both sexes, the article decides the
# gender; a title whose own form shows it keeps it; a title after another noun's phrase is not read.
ARTICLE_GENDERS = [
    (
        "es",
        "La juez Lucía Prados abrió la sesión.\n\n«Habrá sentencia en mayo», dijo ella.",
        [("Habrá sentencia en mayo", D, "Lucía Prados")],
    ),
    (
        "es",
        "El juez Tomás Prados abrió la sesión.\n\n«Habrá sentencia en mayo», dijo él.",
        [("Habrá sentencia en mayo", D, "Tomás Prados")],
    ),
    (
        "es",
        "La presidente Irene Solís inauguró el puente.\n\n«Es un gran día», dijo ella.",
        [("Es un gran día", D, "Irene Solís")],
    ),
    # the pronoun does not agree with the article: nobody
    (
        "es",
        "La portavoz Irene Solís habló en el puerto.\n\n«Es un gran día», dijo él.",
        [("Es un gran día", D, None)],
    ),
    # a title whose form shows the gender keeps it
    (
        "es",
        "La alcaldesa Irene Solís inauguró el puente.\n\n«Es un gran día», dijo ella.",
        [("Es un gran día", D, "Irene Solís")],
    ),
    (
        "de",
        "Der Abgeordnete Jonas Vogt besuchte die Schule.\n\n„Der Neubau kommt“, sagte er.",
        [("Der Neubau kommt", D, "Jonas Vogt")],
    ),
    (
        "de",
        "Der SPD-Abgeordnete Jonas Vogt besuchte die Schule.\n\n„Der Neubau kommt“, sagte er.",
        [("Der Neubau kommt", D, "Jonas Vogt")],
    ),
    (
        "de",
        "Die Abgeordnete Petra Lang besuchte die Schule.\n\n„Der Neubau kommt“, sagte sie.",
        [("Der Neubau kommt", D, "Petra Lang")],
    ),
    (
        "de",
        "Der Abgeordnete Jonas Vogt besuchte die Schule.\n\n„Der Neubau kommt“, sagte sie.",
        [("Der Neubau kommt", D, None)],
    ),
    (
        "de",
        "Die Ministerin Petra Lang besuchte die Schule.\n\n„Der Neubau kommt“, sagte sie.",
        [("Der Neubau kommt", D, "Petra Lang")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), ARTICLE_GENDERS)
def test_the_article_decides_the_gender_of_a_title_for_both_sexes(
    language: str, text: str, expected: Triples
) -> None:
    assert quotes_of(text, language) == expected
