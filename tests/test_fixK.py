"""fixK (issue 5): wrong speakers mutQ found in ``quotes/direct.py``, each beside near-misses that
must not change.  Rows are ``(kind, text, cue, speaker's name)``; :func:`quotes_of` checks every
span on the way."""

from __future__ import annotations

import pytest

from quote_cases import Case, quotes_of

Short = tuple[str, str, "str | None", "str | None"]

WORDS_DE = "„Wir bauen die Brücke neu.“"
INNER_DE = "Wir bauen die Brücke neu."


def short(case: Case) -> list[Short]:
    return [(kind, text, cue, name) for kind, text, _, _, cue, name, _ in quotes_of(case)]


# 1. German verb-second: the opening before the verb is never the speaker; the subject comes after
# the verb, its head the first noun (a genitive after it belongs to it).
GERMAN = [
    # the bad shapes: the opening was the speaker
    (f"Gestern sagte der Sprecher der Stadt: {WORDS_DE}", [("D", INNER_DE, "sagte", "der Sprecher der Stadt")]),
    (f"Gestern sagte der neue Sprecher der Behörde: {WORDS_DE}", [("D", INNER_DE, "sagte", "der neue Sprecher der Behörde")]),
    (f"Am Montag sagte die Leiterin des Amtes: {WORDS_DE}", [("D", INNER_DE, "sagte", "die Leiterin des Amtes")]),
    (f"Dennoch sagte sie: {WORDS_DE}", [("D", INNER_DE, "sagte", "sie")]),  # (no one named: the pronoun)
    (f"Anna Schmidt leitet das Amt. Dennoch sagte sie: {WORDS_DE}", [("D", INNER_DE, "sagte", "Anna Schmidt")]),
    (f"Gestern sagte der Zeitung: {WORDS_DE}", [("D", INNER_DE, "sagte", None)]),
    (f"Gestern sagte: {WORDS_DE}", [("D", INNER_DE, "sagte", None)]),
    (f"Nach der Sitzung am Montag sagte der Bürgermeister: {WORDS_DE}", [("D", INNER_DE, "sagte", "der Bürgermeister")]),
    (f"Nach der langen Sitzung im Rathaus am Montag sagte die Ministerin: {WORDS_DE}", [("D", INNER_DE, "sagte", "die Ministerin")]),
    # (the genitive completes the role, as before the verb: fixC54, stop 47)
    (f"Am Montag sagte der Bürgermeister der Stadt: {WORDS_DE}", [("D", INNER_DE, "sagte", "der Bürgermeister der Stadt")]),
    # near-misses: a subject before the verb, a name after it, a coordinator before the subject
    (f"Der Sprecher der Stadt sagte: {WORDS_DE}", [("D", INNER_DE, "sagte", "Der Sprecher der Stadt")]),
    (f"Die Ministerin sagte der Zeitung: {WORDS_DE}", [("D", INNER_DE, "sagte", "Die Ministerin")]),
    (f"Gestern sagte Anna Schmidt: {WORDS_DE}", [("D", INNER_DE, "sagte", "Anna Schmidt")]),
    (f"Gestern sagte die Ministerin: {WORDS_DE}", [("D", INNER_DE, "sagte", "die Ministerin")]),
    (f"Und der Minister sagte: {WORDS_DE}", [("D", INNER_DE, "sagte", "der Minister")]),
    (f"Anna Schmidt sagte: {WORDS_DE}", [("D", INNER_DE, "sagte", "Anna Schmidt")]),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN)
def test_german_verb_second_opening_is_never_the_speaker(text: str, expected: list[Short]) -> None:
    assert short(Case(text, [], language="de")) == expected


FIRST_FR = "Nous allons reconstruire le pont"
MORE_FR = "Le travail commence lundi."

# 2. French: an inserted attribution that runs to the closing mark is attribution, not words.
FRENCH = [
    (f"« {FIRST_FR}, a déclaré le maire, Paul Durand. »", [("D", FIRST_FR, "a déclaré", "Paul Durand")]),
    (f"« {FIRST_FR}, a déclaré le maire, Paul Durand »", [("D", FIRST_FR, "a déclaré", "Paul Durand")]),
    (f"« {FIRST_FR}, a déclaré Anne Dupont, qui dirige le port. »", [("D", FIRST_FR, "a déclaré", "Anne Dupont")]),
    # the whole attribution at the closing mark: a person's phrase attributes, another phrase is the words' own
    (f"« {FIRST_FR}, a déclaré Anne Dupont. »", [("D", FIRST_FR, "a déclaré", "Anne Dupont")]),
    (f"« {FIRST_FR}, a déclaré le maire. »", [("D", FIRST_FR, "a déclaré", "le maire")]),
    ("« Le pays, a déclaré la guerre. »", [("D", "Le pays, a déclaré la guerre.", None, None)]),
    # near-misses: words go on after the name or the clause
    (
        f"« {FIRST_FR}, a déclaré le maire, Paul Durand. {MORE_FR} »",
        [("D", FIRST_FR, "a déclaré", "Paul Durand"), ("D", MORE_FR, "a déclaré", "Paul Durand")],
    ),
    (
        f"« {FIRST_FR}, a déclaré Anne Dupont, qui dirige le port. {MORE_FR} »",
        [("D", FIRST_FR, "a déclaré", "Anne Dupont"), ("D", MORE_FR, "a déclaré", "Anne Dupont")],
    ),
    (
        f"« {FIRST_FR}, a déclaré le maire. {MORE_FR} »",
        [("D", FIRST_FR, "a déclaré", "le maire"), ("D", MORE_FR, "a déclaré", "le maire")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRENCH)
def test_french_inserted_attribution_to_the_closing_mark(text: str, expected: list[Short]) -> None:
    assert short(Case(text, [], language="fr")) == expected


# 3. A claim noun after a possessive right before the quotation, inside the clause of another
# possessive's claim: the owner of that claim speaks, not the sentence's subject.
CLAIMS = [
    ("Lee rejected Ortiz's claim that the mayor's warning \"was only a bluff.\"", [("D", "was only a bluff.", None, "Ortiz")]),
    # near-misses: the claim's own link, a verb cue
    ("Lee rejected the judge's warning that \"the bridge will fall.\"", [("D", "the bridge will fall.", None, "the judge")]),
    ("Lee warned: \"The bridge will fall.\"", [("D", "The bridge will fall.", "warned", "Lee")]),
    # a verb owns the clause: its subject speaks (the judge's warning is what is talked about)
    (
        "Lee told reporters on Monday that the judge's warning \"was only a bluff.\"",
        [
            ("M", "the judge's warning \"was only a bluff.\"", "told", "Lee"),
            ("D", "was only a bluff.", "warning", "Lee"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMS)
def test_claim_noun_owner_speaks(text: str, expected: list[Short]) -> None:
    assert short(Case(text, [])) == expected


# 4. A naming verb after a form of "get" is a passive: the one named is no speaker.
GET_PASSIVE = [
    ("Getting called \"a liar and a cheat,\" the senator walked out of the hall.", [("D", "a liar and a cheat,", None, None)]),
    ("The senator got called \"a liar and a cheat\" at the rally.", [("D", "a liar and a cheat", None, None)]),
    # near-misses: the active participle and verb
    ("Calling him \"a liar and a cheat,\" the senator walked out of the hall.", [("D", "a liar and a cheat,", None, "the senator")]),
    ("The senator called him \"a liar and a cheat\" at the rally.", [("D", "a liar and a cheat", None, "The senator")]),
    ("Being called \"a liar and a cheat,\" the senator walked out of the hall.", [("D", "a liar and a cheat,", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), GET_PASSIVE)
def test_get_passive_names_no_speaker(text: str, expected: list[Short]) -> None:
    assert short(Case(text, [])) == expected
