"""Issue 5, regressions and wrong speakers of round 59 (fixQ59b): a region set off after a role of
a place, a country that speaks with ``it`` though a person bears its name, plural titles, impersonal
pronouns, demonstrative objects, a picture credit run into a lede, an opening adverb where the
subject drops, ``Will`` as a given name, a name closing a trailing source and lists after an
inverted cue.  Each case is invented copy after a plain headline, and the ``(text, speaker's name,
mention)`` rows that must come out, in order."""

from __future__ import annotations

import pytest
import regex

from newsparse.quotes import QuoteParser
from newsparse.vocabulary import Vocabulary
from quote_cases import mention_rows

Row = tuple[str, "str | None", "str | None"]


def quotes_of(text: str, language: str | None = None) -> list[Row]:
    """The ``(text, speaker's name, mention)`` of every quote of *text* under a plain headline."""
    return [(quoted, name, mention) for quoted, _, name, mention in mention_rows(text, language, "Council news")]


# R2/W1: a region set off after a role of a place is no holder's name: the role speaks, and the
# words start after the region; a person's name there still does
REGION_AFTER_ROLE = [
    (
        "According to the mayor of Springfield, Illinois, the plant will close in May.",
        None,
        [("the plant will close in May", "the mayor of Springfield", "the mayor of Springfield")],
    ),
    (
        "Laut dem Landrat von Fulda, Hessen, bleibt die Schule bis Freitag zu.",
        "de",
        [("bleibt die Schule bis Freitag zu", "dem Landrat von Fulda", "dem Landrat von Fulda")],
    ),
    (
        "Según el alcalde de Santa Fe, Nuevo México, la planta cerrará en mayo.",
        "es",
        [("la planta cerrará en mayo", "el alcalde de Santa Fe", "el alcalde de Santa Fe")],
    ),
    (
        "Selon le maire de Moncton, Nouveau-Brunswick, l'usine va fermer en mai.",
        "fr",
        [("l'usine va fermer en mai", "le maire de Moncton", "le maire de Moncton")],
    ),
    # must not fire: a person's name after the role (a given name first, or two words no place)
    (
        "According to the head of Harlow Energy, Jim Voss, prices will rise next year.",
        None,
        [("prices will rise next year", "Jim Voss", "the head of Harlow Energy")],
    ),
    (
        "Selon le syndic de Vevray, Anne Roux, le pont restera fermé tout l'été.",
        "fr",
        [("le pont restera fermé tout l'été", "Anne Roux", "le syndic de Vevray")],
    ),
]


# R1: a country that is a person's surname in the text speaks for the country when its clause opens
# with a body's pronoun ("it", "its"); a person's pronoun or a quotation keeps the person
COUNTRY_SPEAKS = [
    (
        "Foreign Minister Ana Jordan met the envoy on Monday. Jordan said it would reopen the border crossing.",
        None,
        [("it would reopen the border crossing", "Jordan", "Jordan")],
    ),
    (
        "Foreign Minister Paulo Portugal met his Spanish counterpart in Madrid. Portugal said on Monday it would send troops.",
        None,
        [("it would send troops", "Portugal", "Portugal")],
    ),
    (
        "Prime Minister Luís Montenegro spoke on Friday. Montenegro said on Saturday its troops would join the mission.",
        None,
        [("its troops would join the mission", "Montenegro", "Montenegro")],
    ),
    # must not fire: a person's pronoun, a direct quotation
    (
        "Foreign Minister Ana Jordan met the envoy on Monday. Jordan said she would travel to Cairo.",
        None,
        [("she would travel to Cairo", "Ana Jordan", "Jordan")],
    ),
    (
        'Prime Minister Luís Montenegro said on Thursday the budget would pass. "We have the votes," Montenegro said.',
        None,
        [
            ("the budget would pass", "Luís Montenegro", "Prime Minister Luís Montenegro"),
            ("We have the votes,", "Luís Montenegro", "Montenegro"),
        ],
    ),
]


# W2: a plural title is no word of a person's name, so a list with a new member is no earlier list
PLURAL_TITLES = [
    (
        "Senators Ortiz and Berg said the bill was dead. Ortiz, Berg and Hall said the vote was rigged.",
        None,
        [
            ("the bill was dead", "Ortiz and Berg", "Senators Ortiz and Berg"),
            ("the vote was rigged", "Ortiz, Berg and Hall", "Ortiz, Berg and Hall"),
        ],
    ),
    (
        "Governors Lee and Shaw said the plan was late. Lee, Shaw and Grant said the money was gone.",
        None,
        [
            ("the plan was late", "Lee and Shaw", "Governors Lee and Shaw"),
            ("the money was gone", "Lee, Shaw and Grant", "Lee, Shaw and Grant"),
        ],
    ),
    # must not fire: a given name before a surname that looks like a plural title keeps it
    (
        "Blake Masters said the race was close. Masters said he would not concede.",
        None,
        [("the race was close", "Blake Masters", "Blake Masters"), ("he would not concede", "Blake Masters", "Masters")],
    ),
]


# W6: an impersonal pronoun never speaks; the one told is no part of the words
IMPERSONAL = [
    ("Man sagte uns am Telefon, es gebe keine Auskunft.", "de", [("es gebe keine Auskunft", None, None)]),
    ("Man sagte, die Straße bleibe bis Montag gesperrt.", "de", [("die Straße bleibe bis Montag gesperrt", None, None)]),
    # must not fire: a person pronoun, a named speaker with the one told
    ("Er sagte mir am Telefon, es gebe keine Auskunft.", "de", [("es gebe keine Auskunft", "Er", "Er")]),
    (
        "Die Sprecherin sagte uns, die Straße bleibe gesperrt.",
        "de",
        [("die Straße bleibe gesperrt", "Die Sprecherin", "Die Sprecherin")],
    ),
]


# M1: a demonstrative object followed only by adjuncts reports nothing
DEMONSTRATIVE_OBJECTS = [
    ("Ana Ruiz said this at a press briefing on Monday.", None, []),
    ("Ana Ruiz said so on Monday.", None, []),
    # must not fire: the demonstrative as the clause's subject, a time phrase, "that" opening a clause
    (
        "Ana Ruiz said this would be the last season for the club.",
        None,
        [("this would be the last season for the club", "Ana Ruiz", "Ana Ruiz")],
    ),
    (
        "Ana Ruiz said this week that the company would close two plants.",
        None,
        [("the company would close two plants", "Ana Ruiz", "Ana Ruiz")],
    ),
]


# M2-M6: a credit's agency, an opening adverb, "Will" as a given name, a closing name, lists
MISC = [
    (
        "SYDNEY (AAP) - Photo: Jane Doe/AAP Police said on Monday a man had been arrested after the crash.",
        None,
        [("a man had been arrested after the crash", "Police", "Police")],
    ),
    (
        "Más tarde, Pérez dijo que el acuerdo estaba cerca. Luego añadió: «Falta poco».",
        "es",
        [("el acuerdo estaba cerca", "Pérez", "Pérez"), ("Falta poco", None, None)],
    ),
    (
        "Will Jordan, the club's coach, said on Friday he had not decided.",
        None,
        [("he had not decided", "Will Jordan", "Will Jordan")],
    ),
    (
        "Can Ortiz, the team's captain, said on Friday she would stay.",
        None,
        [("she would stay", "Can Ortiz", "Can Ortiz")],
    ),
    (
        "Die Brücke bleibt bis März gesperrt, laut dem Bürgermeister von Hainfeld, Klaus Reiter.",
        "de",
        [("Die Brücke bleibt bis März gesperrt", "Klaus Reiter", "dem Bürgermeister von Hainfeld")],
    ),
    ("Ana Ortiz, Tom Berg y Eva Hall votaron en contra. «No vamos a ceder», dijeron Ortiz, Berg y Hall.", "es", [("No vamos a ceder", "Ana Ortiz, Tom Berg y Eva Hall", "Ortiz, Berg y Hall")]),
    (
        'Ana Ortiz, Tom Berg and Eva Hall voted against it. "We will not yield," said Ortiz, Berg and Hall.',
        None,
        [("We will not yield,", "Ana Ortiz, Tom Berg and Eva Hall", "Ortiz, Berg and Hall")],
    ),
    (
        "Ana Ortiz, Tom Berg et Eva Hall ont voté contre. « Nous ne céderons pas », ont dit Ortiz, Berg et Hall.",
        "fr",
        [("Nous ne céderons pas", "Ana Ortiz, Tom Berg et Eva Hall", "Ortiz, Berg et Hall")],
    ),
    (
        "Picture: Tom Berg/Reuters Officials said the road would reopen on Friday.",
        None,
        [("the road would reopen on Friday", "Officials", "Officials")],
    ),
    # must not fire: a role after the name, places in the list, no comma after "Will Jordan"
    (
        "«No vamos a ceder», dijo Ortiz, portavoz del partido.",
        "es",
        [("No vamos a ceder", "Ortiz", "Ortiz")],
    ),
    (
        "Will Jordan said on Friday he had not decided.",
        None,
        [("he had not decided", "Will Jordan", "Will Jordan")],
    ),
]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [*REGION_AFTER_ROLE, *COUNTRY_SPEAKS, *PLURAL_TITLES, *IMPERSONAL, *DEMONSTRATIVE_OBJECTS, *MISC],
)
def test_speakers(text: str, language: str | None, expected: list[Row]) -> None:
    assert quotes_of(text, language) == expected


def test_listed_names_stop_at_places() -> None:
    """A list after an inverted cue whose items are places is no list of people."""
    assert quotes_of('"We will not yield," said Ortiz, Paris and Rome.') == [("We will not yield,", "Ortiz", "Ortiz")]


@pytest.mark.parametrize(
    ("word", "expected"), [("Senators", True), ("Governors", True), ("Senator", False), ("Ortiz", False), ("Masters", False)]
)
def test_plural_title(word: str, expected: bool) -> None:
    assert Vocabulary().is_plural_title(word) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Photo: Jane Doe/AAP Police said", "AAP", True),
        ("Picture: Tom Berg/Reuters Officials said", "Reuters", True),
        # a slash between two bodies' names, no credit's colon; a colon before no person's name
        ("A CNN/ORC poll said", "ORC", False),
        ("Update: 24/7 AAP Police said", "AAP", False),
    ],
)
def test_credit_agency(text: str, word: str, expected: bool) -> None:
    match = regex.compile(rf"\b{word}\b").search(text)
    assert match is not None
    assert QuoteParser().credit_agency(text, match) is expected
