"""Rows for the fixes made while merging stop 50's helper branches, from a regression trial that compared
the merged tree with its base (issue 5): an indefinite pronoun before a comma opens reported words
unless it is ``nothing``; ``caught X saying`` is no report of the one who caught; surnames that are
also office names (``Provost``) stay surnames; a capitalised time noun before a capitalised word is a
title's (``Last Week Tonight``)."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

HEAD = "Harbour board meets\n\n"


def _quotes(body: str) -> list[tuple[str, str | None]]:
    article = ArticleParser().parse(HEAD + body + "\n")
    return [(quote.text, quote.speaker.name if quote.speaker else None) for quote in article.quotes]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an indefinite pronoun before a comma or a colon, then a verb: the subject of the reported words
        (
            "Officials said more, including children, were trapped under the rubble.",
            [("more, including children, were trapped under the rubble", "Officials")],
        ),
        (
            "Ana Ortiz said little, if anything, would change under the new rules.",
            [("little, if anything, would change under the new rules", "Ana Ortiz")],
        ),
        (
            "The auditor said much, if not all, of the money was gone.",
            [("much, if not all, of the money was gone", "The auditor")],
        ),
        (
            "The mayor said more: the city would also cut bus fares by half.",
            [("more: the city would also cut bus fares by half", "The mayor")],
        ),
        # (precision: "nothing" before a comma is the cue's object; the sentence goes on as narration)
        ("The car, the driver said nothing, hit a tree.", []),
        ("The witness said nothing, staring at the floor of the courtroom.", []),
    ],
)
def test_indefinite_pronoun_before_a_comma(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _quotes(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a perception verb's object is the one who speaks: never the subject who caught or heard
        ("Investigators caught a suspect saying he had planted the bomb.", []),
        # (precision: a subject acting by an irregular past before ", saying" speaks)
        ("The company tore up the deal, saying it was unfair to workers.", [("it was unfair to workers", "The company")]),
        ("The union withdrew its support, saying the offer was too low.", [("the offer was too low", "The union")]),
    ],
)
def test_perception_verb_before_saying(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _quotes(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a surname that names an office too stays the person's surname
        (
            '"It was wrong," said Kerri Provost. "We are angry," Provost added.',
            [("It was wrong,", "Kerri Provost"), ("We are angry,", "Kerri Provost")],
        ),
        (
            "Ana Registrar said the list was complete. Registrar added that two names were missing.",
            [("the list was complete", "Ana Registrar"), ("two names were missing", "Ana Registrar")],
        ),
        # (precision: an administrative title before a full name is a title)
        ("Prefect Didier Lallement said the march was banned.", [("the march was banned", "Didier Lallement")]),
        ("Governor-General Sam Mostyn said the parliament was dissolved.", [("the parliament was dissolved", "Sam Mostyn")]),
    ],
)
def test_surnames_that_name_offices(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _quotes(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a capitalised time noun, then a capitalised word: a show's or a film's title, kept whole
        (
            "Last Week Tonight said the segment had been edited for length.",
            [("the segment had been edited for length", "Last Week Tonight")],
        ),
        # (precision: a time phrase in lower case, or one before "of", opens the sentence)
        (
            "Last week shopkeepers and farmers said the market would open.",
            [("the market would open", "shopkeepers and farmers")],
        ),
        ("Last Night of the Proms conductor Ana Ruiz said the hall was full.", [("the hall was full", "Ana Ruiz")]),
        ("On Monday Tom Berg said the pier was unsafe.", [("the pier was unsafe", "Tom Berg")]),
    ],
)
def test_capitalised_time_title(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _quotes(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a German role in the feminine singular (-in) after an article: one woman, resolved to the person named with it
        (
            "Die Sprecherin der Stadt, Eva Kurz, kam am Montag.\n\nDie Sprecherin der Stadt sagte, die Brücke werde im Mai eröffnet.",
            [("die Brücke werde im Mai eröffnet", "Eva Kurz")],
        ),
        # (precision: a plural head after an article with a genitive is the group)
        (
            "Die Freunde des Opfers sagten, er sei freundlich gewesen.",
            [("er sei freundlich gewesen", "Die Freunde des Opfers")],
        ),
    ],
)
def test_german_singular_role_after_an_article(body: str, expected: list[tuple[str, str | None]]) -> None:
    article = ArticleParser(language="de").parse(HEAD + body + "\n")
    assert [(quote.text, quote.speaker.name if quote.speaker else None) for quote in article.quotes] == expected


def test_standing_noun_written_before_in_a_compound_leaves_the_mention() -> None:
    # a closed compound of the standing noun written before ("einen Kommunalpolitiker"): maybe that newcomer, no one sure
    text = (
        HEAD + "Thomas Weber leitet die Behörde in Bonn. Er traf am Montag einen Kommunalpolitiker aus Köln.\n\n"
        "„Wir brauchen mehr Geld für die Schulen“, sagte der Kommunalpolitiker.\n"
    )
    quotes = ArticleParser(language="de").parse(text).quotes
    assert [(q.speaker.name if q.speaker else None) for q in quotes] == ["der Kommunalpolitiker"]


AUDIT = (
    "Harbour audit ordered\n\nThe council ordered a full audit of the harbour accounts on Monday after a long row.\n\n"
    "The audit will take two months, officials said.{tail}\n\nMore of the story follows here in this paragraph.\n"
)


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        (" — With reports from AFP", "— With reports from AFP"),
        # a note that ends in a full stop is cut too
        (" — With reports from AFP.", "— With reports from AFP."),
        # (precision: a glued dash is no word of its own; nine words after the phrase are over CONTRIBUTOR_MAX_WORDS)
        (" —With a report from Jane Roe and Ana Ruiz in the city Leeds", None),
        (" — With a report from Jane Roe and Ana Ruiz in the city Leeds", None),
    ],
)
def test_contributor_note_after_a_body_line(tail: str, cut: str | None) -> None:
    article = ArticleParser().parse(AUDIT.format(tail=tail))
    signed = [part.text for part in article.boilerplate if part.kind == "sign-off"]
    assert signed == ([cut] if cut else [])
    if cut:
        assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
            ("The audit will take two months", "officials")
        ]


def test_contributor_phrases_of_a_subclass_are_read_in_their_own_words() -> None:
    class FrenchNotes(ArticleParser):
        CONTRIBUTOR_PHRASES = ("avec des informations de",)

    text = (
        "Audit du port\n\nLe conseil a ordonné lundi un audit complet des comptes du port après une longue dispute.\n\n"
        "L'audit prendra deux mois, selon la mairie. — Avec des informations de AFP\n\n"
        "La suite du texte vient ici dans ce paragraphe.\n"
    )
    article = FrenchNotes(language="fr").parse(text)
    assert [(part.text, part.kind) for part in article.boilerplate] == [("— Avec des informations de AFP", "sign-off")]
