"""Two readings a new user's article showed wrong: ``warned that ... to <verb>`` kept its ``that``
as if the clause were the object told to do something, and a role opening with a word in ``-ing``
before a name and the body it belongs to (``Shipping analyst Marta Lindqvist of Nordic Freight
Research said``) lost its speaker."""

from __future__ import annotations

import pytest

import newsparse

HEAD = "Port deal ends strike after eleven days\n\n"


def _quotes(sentence: str) -> list[tuple[str, str, str | None, str | None]]:
    article = newsparse.parse_article(HEAD + sentence + "\n")
    return [(q.kind.value, q.text, q.cue, q.speaker.name if q.speaker else None) for q in article.quotes]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ewan Doyle warned that the backlog could take weeks to clear.",
            [("indirect", "the backlog could take weeks to clear", "warned", "Ewan Doyle")],
        ),
        (
            "The regulator cautioned that a new levy was likely to follow.",
            [("indirect", "a new levy was likely to follow", "cautioned", "The regulator")],
        ),
        (
            "Greta Lind told that the pier was going to close.",
            [("indirect", "the pier was going to close", "told", "Greta Lind")],
        ),
        # the directive reading stays where no "that" opens the object
        ("Ewan Doyle warned residents to stay indoors.", [("indirect", "residents to stay indoors", "warned", "Ewan Doyle")]),
        ("Greta Lind asked the council to reconsider.", [("indirect", "the council to reconsider", "asked", "Greta Lind")]),
    ],
)
def test_that_before_an_infinitive_is_the_clause_s(sentence: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _quotes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Shipping analyst Marta Lindqvist of Nordic Freight Research said the deal was "a template."', "Marta Lindqvist"),
        ('Marketing director Ana Ortiz of Lumo said sales would "recover by spring."', "Ana Ortiz"),
        ('Polling expert Sam Okoro of Civic Data said turnout was "the story of the night."', "Sam Okoro"),
        ('Visiting professor Lena Fischer of Yale said the findings were "a warning."', "Lena Fischer"),
        ('Housing minister Tom Keane of Ireland said rents would "stabilise next year."', "Tom Keane"),
    ],
)
def test_an_ing_role_before_a_name_and_its_body(sentence: str, speaker: str) -> None:
    quotes = _quotes(sentence)
    assert quotes
    assert {q[3] for q in quotes} == {speaker}


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Marketing", "director", "Ana", "Ortiz", "of", "Lumo"], ["Marketing", "director", "Ana", "Ortiz"]),
        (["Shipping", "analyst", "Marta", "Lindqvist", "of", "Nordic", "Freight", "Research"],
         ["Shipping", "analyst", "Marta", "Lindqvist"]),
        # a participle's object: "of" after a word in lower case is kept
        (["Holding", "signs", "of", "Protest"], ["Holding", "signs", "of", "Protest"]),
        # the body's words must all be capitalised
        (["Leading", "figures", "Ana", "Ortiz", "of", "the", "Party"], ["Leading", "figures", "Ana", "Ortiz", "of", "the", "Party"]),
        (["Ana", "Ortiz"], ["Ana", "Ortiz"]),
    ],
)
def test_before_body_of(words: list[str], expected: list[str]) -> None:
    assert list(newsparse.QuoteParser().before_body_of(words)) == expected


def test_a_participle_and_its_object_stay_no_speaker() -> None:
    parser = newsparse.QuoteParser()
    raw = "Holding signs of Protest said"
    assert parser.phrase_before(raw, raw.rindex(" said"), 0) is None
