"""Missed quotes and missing speakers in the French, German and Spanish packs (issue 5, stop 26):
a German source clause closing the sentence (``..., wie das Unternehmen mitteilte.``), a name
particle after a compound title, ``sprach von``; French one spoken to between an inverted verb and
the name, ``Pour la ministre, ...``, ``a appelé``, ``a promis``; Spanish an outlet told before
``que``.  Invented sentences; each row gives the exact ``(text, kind, speaker name)`` triples that
must come out, the shape fixed beside the near misses that must stay as they are."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import kind_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT
Triples = list[tuple[str, QuoteKind, str | None]]

quotes_of = partial(kind_rows, headline="Titel")


GERMAN = [
    # a source clause after a comma closes the sentence: the words before it are the source's
    (
        "Der Autozulieferer will 3000 Stellen abbauen, wie das Unternehmen am Mittwoch mitteilte.",
        [("Der Autozulieferer will 3000 Stellen abbauen", R, "das Unternehmen")],
    ),
    ("Die Steuern sollen im Herbst sinken, wie der Finanzminister sagte.", [("Die Steuern sollen im Herbst sinken", R, "der Finanzminister")]),
    (
        "Die Brücke bleibt bis Juni gesperrt, wie Bürgermeisterin Eva Roth erklärte.",
        [("Die Brücke bleibt bis Juni gesperrt", R, "Eva Roth")],
    ),
    # (an impersonal "es ... hieß": the words, with no one named)
    ("Die Werke bleiben bis Freitag geschlossen, wie es in einer Mitteilung hieß.", [("Die Werke bleiben bis Freitag geschlossen", R, None)]),
    # (near misses: a comparison with no verb of saying, an impersonal subject with a verb of a person)
    ("Die Preise stiegen schneller, wie viele Händler befürchtet hatten.", []),
    ("Die Zahl der Gäste lag höher als erwartet, wie schon im Vorjahr.", []),
    ("Die Werke bleiben bis Freitag geschlossen, wie es der Vorstand sagte.", []),
    # a name particle after a title, compound or not: the whole name (was a strict xfail: "der" after a
    # particle ended the phrase; the title before the given name now counts as a title, and "Müller von der
    # Polizei" keeps to the given word, a body's name after the particles)
    ("„Wir sind bereit“, sagte Kommissionschefin Ursula von der Leyen.", [("Wir sind bereit", D, "Ursula von der Leyen")]),
    ("„Wir sind bereit“, sagte Ministerin Anna von der Heide am Montag.", [("Wir sind bereit", D, "Anna von der Heide")]),
    # (near miss: "von dem", no particle pair of the name model, gives no part of the name)
    ("„Wir sind bereit“, sagte die Landrätin Maria von dem Busche.", [("Wir sind bereit", D, None)]),
    # (near misses: "der", "dem" after no particle still close the phrase: the one told)
    ("„Wir sind bereit“, sagte Anna Weber der Zeitung.", [("Wir sind bereit", D, "Anna Weber")]),
    ("„Wir sind bereit“, sagte Jan Vogel dem Sender.", [("Wir sind bereit", D, "Jan Vogel")]),
    # "sprach von" gives the quotation after it to the subject
    (
        "Der Betriebsratsvorsitzende Thomas Kern sprach von einem „schwarzen Tag“.",
        [("schwarzen Tag", D, "Thomas Kern")],
    ),
    ("Gewerkschaftschefin Eva Roth spricht von „Erpressung“.", [("Erpressung", D, "Eva Roth")]),
    # (near misses: no quotation, no quote)
    ("Der Minister sprach von einem Erfolg für die Stadt.", []),
    ("Sie sprach von der Bühne zu den Fans.", []),
]


FRENCH = [
    # the one told (or where) between the inverted verb and a closing name
    (
        "« Nous irons jusqu'au bout », a assuré à l'AFP Marie Durand, porte-parole du collectif.",
        [("Nous irons jusqu'au bout", D, "Marie Durand")],
    ),
    ("« Nous irons jusqu'au bout », a affirmé à l'ANP Paul Girard.", [("Nous irons jusqu'au bout", D, "Paul Girard")]),
    (
        "« J'ai tout perdu », a raconté à la barre Fatima Benali, une ancienne locataire.",
        [("J'ai tout perdu", D, "Fatima Benali")],
    ),
    ("« J'ai tout perdu », a expliqué à la radio Louis Martin.", [("J'ai tout perdu", D, "Louis Martin")]),
    # (near misses: a title there names the one told, not the speaker; a lone given name is unsure)
    ("« J'ai tout perdu », a dit à la ministre Fatima Benali.", [("J'ai tout perdu", D, None)]),
    ("« J'ai tout perdu », a dit au porte-parole Jean Petit.", [("J'ai tout perdu", D, None)]),
    ("« Nous irons jusqu'au bout », a assuré à l'AFP Marie.", [("Nous irons jusqu'au bout", D, None)]),
    # "Pour" and the holder of the view opening the sentence
    ("Pour la ministre, « le compte n'y est pas ».", [("le compte n'y est pas", D, "la ministre")]),
    ("Pour le parquet, les travaux avaient été repoussés.", [("les travaux avaient été repoussés", R, "le parquet")]),
    ("Pour le syndicat, la réforme est injuste.", [("la réforme est injuste", R, "le syndicat")]),
    ("Pour Marie Durand, la réforme est injuste.", [("la réforme est injuste", R, "Marie Durand")]),
    ("Pour l'avocat de la famille, le dossier est vide.", [("le dossier est vide", R, "l'avocat de la famille")]),
    # (near misses: a time, a feast, a purpose, people a measure is for)
    ("Pour la première fois, la ville a gagné le titre.", []),
    ("Pour Noël, les magasins ouvriront le dimanche.", []),
    ("Pour ce faire, la ville a emprunté.", []),
    ("Pour les familles, l'aide sera doublée dès janvier.", []),
    ("Pour la première fois, « la ville est sauvée ».", [("la ville est sauvée", D, None)]),
    # "a appelé" before a quotation, "a promis que"
    (
        "Le ministre des Transports, Marc Petit, a appelé « au sens des responsabilités ».",
        [("au sens des responsabilités", D, "Marc Petit")],
    ),
    ("Le président a promis que les impôts ne baisseraient pas.", [("les impôts ne baisseraient pas", R, "Le président")]),
    ("Le maire a promis aux habitants que les travaux seraient finis en mai.", [("les travaux seraient finis en mai", R, "Le maire")]),
    ("« Nous ne lâcherons rien », a promis la ministre.", [("Nous ne lâcherons rien", D, "la ministre")]),
    # (near misses: a call, a promise of a thing)
    ("Le maire a appelé les pompiers vers minuit.", []),
    ("La ministre a appelé son homologue allemand mardi.", []),
    ("Le maire a promis une enquête.", []),
]


SPANISH = [
    # an outlet told between the verb and "que"
    (
        "Portavoces del Ministerio confirmaron a este diario que la reunión se celebrará el lunes.",
        [("la reunión se celebrará el lunes", R, "Portavoces")],
    ),
    ("El ministro confirmó a este diario que la reunión se celebrará el lunes.", [("la reunión se celebrará el lunes", R, "El ministro")]),
    ("La alcaldesa aseguró a la cadena que la obra terminará en mayo.", [("la obra terminará en mayo", R, "La alcaldesa")]),
    # (near misses: a relative "que" after a thing)
    ("El ministro confirmó la noticia que adelantó este diario.", []),
    ("El ministro vendió el diario que fundó su padre.", []),
    # the one told between the inverted verb and a closing name
    ("«No vamos a ceder», aseguró a la prensa Marta Ruiz, portavoz del sindicato.", [("No vamos a ceder", D, "Marta Ruiz")]),
    ("«No vamos a ceder», dijo a la ministra Marta Ruiz.", [("No vamos a ceder", D, None)]),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN)
def test_german(text: str, expected: Triples) -> None:
    assert quotes_of(text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), FRENCH)
def test_french(text: str, expected: Triples) -> None:
    assert quotes_of(text, "fr") == expected


@pytest.mark.parametrize(("text", "expected"), SPANISH)
def test_spanish(text: str, expected: Triples) -> None:
    assert quotes_of(text, "es") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The plant will close, as the company said on Wednesday.",
        "For the minister, the deal falls short.",
        '"We will go on," said to the press Mary Dunn.',
    ],
)
def test_english_unchanged(text: str) -> None:
    """The rules are the packs' own: English gives none of these shapes a speaker."""
    assert all(name is None for _, _, name in quotes_of(text))
