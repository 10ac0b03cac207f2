"""A new user's French, German and Spanish speaker defects (fixQ57b, trial 57).  One table per
rule, each with precision rows where similar text must keep today's reading."""

from __future__ import annotations

import pytest

from quote_cases import QuoteSpeaker, quote_speakers

_HEAD = "Le conseil vote le budget\n\n"


# -- (1) a role with its complements set off before a name opens the sentence: the name is its subject ---

@pytest.mark.parametrize(
    ("language", "body", "last"),
    [
        # (a role, its body and a field after a preposition, then the name set off)
        (
            "fr",
            "« Les tarifs vont monter », a déclaré la ministre de la Culture, Évelyne Beaudin.\n\nLe"
            " porte-parole du Parti vert en matière de transport, Marc Tremblay, a critiqué la hausse.\n\n"
            "« C'est injuste », a-t-il ajouté.\n",
            ("C'est injuste", "Marc Tremblay"),
        ),
        # (a role and a field after a preposition only)
        (
            "fr",
            "« Les tarifs vont monter », a déclaré la ministre de la Culture, Évelyne Beaudin.\n\nLe"
            " porte-parole en matière de finances, Luc Gagnon, a critiqué la hausse.\n\n"
            "« C'est injuste », a-t-il ajouté.\n",
            ("C'est injuste", "Luc Gagnon"),
        ),
        # precision: a verb before the name: the name is an object, no one sure for "il"
        (
            "fr",
            "« Les tarifs vont monter », a déclaré la ministre de la Culture, Évelyne Beaudin.\n\nLe"
            " ministre a rencontré dans son bureau à Montréal, Luc Gagnon, hier.\n\n"
            "« C'est injuste », a-t-il ajouté.\n",
            ("C'est injuste", None),
        ),
    ],
)
def test_role_with_complement_before_name(language: str, body: str, last: QuoteSpeaker) -> None:
    assert quote_speakers(_HEAD + body, language)[-1] == last


# -- (1b) a role set off with its complements gives the name its article's gender ---------------------

@pytest.mark.parametrize(
    ("language", "body", "last"),
    [
        # (a woman named after "la ministre de ...": "il" is not hers)
        (
            "fr",
            "« Les tarifs vont monter », a déclaré la ministre de la Culture, Évelyne Beaudin.\n\n"
            "« C'est injuste », a-t-il ajouté.\n",
            ("C'est injuste", None),
        ),
        # (precision: "elle" is hers)
        (
            "fr",
            "« Les tarifs vont monter », a déclaré la ministre de la Culture, Évelyne Beaudin.\n\n"
            "« C'est injuste », a-t-elle ajouté.\n",
            ("C'est injuste", "Évelyne Beaudin"),
        ),
        # (the same in Spanish: "la portavoz del partido")
        (
            "es",
            "“Los precios van a subir”, dijo la portavoz del partido, Carmen Ortega.\n\n"
            "“Es injusto”, añadió él.\n",
            ("Es injusto", None),
        ),
        # (precision: a verb between the article's role and the name: the role is another's)
        (
            "fr",
            "« Les tarifs vont monter », a dit le ministre qui a reçu la lettre de la Culture, Évelyne"
            " Beaudin.\n\n« C'est injuste », a-t-elle ajouté.\n",
            ("C'est injuste", "Évelyne Beaudin"),
        ),
    ],
)
def test_set_off_role_gender(language: str, body: str, last: QuoteSpeaker) -> None:
    assert quote_speakers(_HEAD + body, language)[-1] == last


# -- (2) titles after a role set off, and titles left out of the speaker's name -------------------------

@pytest.mark.parametrize(
    ("language", "body", "first"),
    [
        # (an article and a title before the name set off after the role)
        (
            "fr",
            "« Nous ne céderons pas », a déclaré sa directrice, la Dre Sophie Caron, en conférence de presse.\n",
            ("Nous ne céderons pas", "Sophie Caron"),
        ),
        (
            "fr",
            "« Nous ne céderons pas », a déclaré son porte-parole, le Dr Paul Girard.\n",
            ("Nous ne céderons pas", "Paul Girard"),
        ),
        # (precision: an article before a capitalised word that is no title: the role stays)
        (
            "fr",
            "« Nous ne céderons pas », a déclaré son porte-parole, le Centre Paul Girard.\n",
            ("Nous ne céderons pas", "son porte-parole"),
        ),
        # (the feminine title of Quebec, left out of the name)
        (
            "fr",
            "« Nous ne céderons pas », a déclaré la Dre Sophie Caron.\n",
            ("Nous ne céderons pas", "Sophie Caron"),
        ),
        # (a German role compound of "Mitglied", left out of the name)
        (
            "de",
            "„Wir bleiben dabei“, sagte Vorstandsmitglied Anna Weber.\n",
            ("Wir bleiben dabei", "Anna Weber"),
        ),
        # (precision: a name with no role before it stays whole)
        (
            "de",
            "„Wir bleiben dabei“, sagte Anna Weber-Mitglied.\n",
            ("Wir bleiben dabei", "Anna Weber-Mitglied"),
        ),
    ],
)
def test_titles_around_set_off_name(language: str, body: str, first: QuoteSpeaker) -> None:
    assert quote_speakers(_HEAD + body, language)[0] == first


# -- (3) a noun of public standing names again the one person it fits -----------------------------------

@pytest.mark.parametrize(
    ("language", "body", "last"),
    [
        # (the one person named before, introduced with a role)
        (
            "de",
            "Das kündigte Verkehrsminister Jonas Brandt am Dienstag im Landtag an.\n\n„Die Busse fahren öfter“,"
            " sagte der SPD-Politiker.\n",
            ("Die Busse fahren öfter", "Jonas Brandt"),
        ),
        (
            "es",
            "La gobernadora Lucía Méndez anunció el plan el martes.\n\n“Vamos a cumplir”, dijo la mandataria.\n",
            ("Vamos a cumplir", "Lucía Méndez"),
        ),
        (
            "fr",
            "La députée solidaire Anne Vachon a déposé le projet.\n\n« Nous irons jusqu'au bout », a dit l'élue"
            " solidaire.\n",
            ("Nous irons jusqu'au bout", "Anne Vachon"),
        ),
        # (a woman and a man: the noun's gender picks her)
        (
            "es",
            "La gobernadora Lucía Méndez y el ministro Tomás Vidal firmaron el plan.\n\n“Vamos a cumplir”, dijo"
            " la mandataria.\n",
            ("Vamos a cumplir", "Lucía Méndez"),
        ),
        # precision: the one person named is shown for the other gender
        (
            "es",
            "El ministro Tomás Vidal anunció el plan el martes.\n\n“Vamos a cumplir”, dijo la mandataria.\n",
            ("Vamos a cumplir", "la mandataria"),
        ),
        # precision: the noun brought someone in before
        (
            "de",
            "Verkehrsminister Jonas Brandt traf am Dienstag einen Politiker der Opposition.\n\n„Die Busse fahren"
            " öfter“, sagte der Politiker.\n",
            ("Die Busse fahren öfter", "der Politiker"),
        ),
        # precision: two men, either may be meant
        (
            "de",
            "Verkehrsminister Jonas Brandt und Landrat Peter Kühn stellten den Plan vor.\n\n„Die Busse fahren"
            " öfter“, sagte der SPD-Politiker.\n",
            ("Die Busse fahren öfter", "der SPD-Politiker"),
        ),
    ],
)
def test_standing_noun_person(language: str, body: str, last: QuoteSpeaker) -> None:
    assert quote_speakers(_HEAD + body, language)[-1] == last


# -- (4) Spanish: a preposition opening the sentence is no part of a body's name; a name after the agency --

@pytest.mark.parametrize(
    ("body", "first"),
    [
        # (a body's name of several words after "Desde la")
        (
            "Desde la Unión Obrera Metalúrgica advirtieron que el paro seguirá.\n",
            ("el paro seguirá", "Unión Obrera Metalúrgica"),
        ),
        # (precision: an acronym, as before)
        (
            "Desde la CGT advirtieron que el paro seguirá.\n",
            ("el paro seguirá", "CGT"),
        ),
        # (an unlisted given name after the agency spoken to, a role set off after it)
        (
            "\u201cNadie quiere salir de noche\u201d, dijo a EFE Yusnavy Prado, directora del centro comunitario.\n",
            ("Nadie quiere salir de noche", "Yusnavy Prado"),
        ),
        # (precision: a body's name after the agency, no role after the comma: no speaker named)
        (
            "\u201cNadie quiere salir de noche\u201d, informó a EFE Protección Civil, que pidió calma.\n",
            ("Nadie quiere salir de noche", None),
        ),
    ],
)
def test_spanish_opening_preposition_and_agency(body: str, first: QuoteSpeaker) -> None:
    assert quote_speakers(_HEAD + body, "es")[0] == first
