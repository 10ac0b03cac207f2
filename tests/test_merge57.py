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
