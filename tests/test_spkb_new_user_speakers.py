"""Constructions a demanding new user wrote that gave a wrong speaker: a date read as a name, a
document's words given to the people who received it.  Invented stories; each case is the text
after a plain headline and the exact ``(text, kind, speaker name)`` triples that must come out;
a label before a colon that is a common noun (``Rating:``), no speaker."""

from __future__ import annotations

from functools import partial

import pytest

import newsparse
from newsparse import QuoteKind
from newsparse.quotes.languages import language_pack
from quote_cases import kind_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED
Triples = list[tuple[str, QuoteKind, str | None]]


quotes_of = partial(kind_rows, headline="Plant news")


# a month, a weekday or a date before ", the company said" is the end of the reported words,
# never the organisation the company is (nor a speaker of its own)
DATES = [
    ("en", "The mill will shut in June, the company said.", [("The mill will shut in June", R, "the company")]),
    ("en", "“The mill will shut in June,” the company said.", [("The mill will shut in June,", D, "the company")]),
    ("en", "Talks resume on Tuesday, the union said in a statement.",
     [("Talks resume on Tuesday", R, "the union")]),
    ("en", "The first trains will run on March 3, the operator said.",
     [("The first trains will run on March 3", R, "the operator")]),
    ("fr", "L’usine fermera ses portes en mai, a indiqué l’entreprise.",
     [("L’usine fermera ses portes en mai", R, "l’entreprise")]),
    ("es", "La fábrica cerrará en mayo, dijo la empresa.", [("La fábrica cerrará en mayo", R, "la empresa")]),
    ("es", "«La fábrica cerrará en mayo», dijo la empresa.", [("La fábrica cerrará en mayo", D, "la empresa")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), DATES)
def test_a_date_is_never_a_speaker(language: str, text: str, expected: Triples) -> None:
    assert quotes_of(text, language) == expected


def test_a_date_word_resolves_to_no_name() -> None:
    for language, words in (("en", ("May", "Friday")), ("fr", ("mai", "vendredi")), ("de", ("Mai", "Freitag")),
                            ("es", ("mayo", "viernes"))):
        pack = language_pack(language)
        quotes = pack.quotes(pack.vocabulary())
        assert all(quotes.is_date_name(w) for w in words), language
        assert not quotes.is_date_name("Mayer"), language


# "<someone> got a letter saying ...": the document speaks, never its readers; but whoever issued
# the document ("sent a letter saying") is its author and speaks, and a document no one received
# in the sentence gives no speaker to read
DOCUMENTS = [
    ("Drivers came across a memo from the depot manager saying routes would be cut.",
     [("routes would be cut", R, "a memo")]),
    ("Residents have received a second letter this month warning that rents will rise.",
     [("rents will rise", R, "a second letter")]),
    ("There was a notice on the gate saying that the plant would close.", []),
    ("Workers got a letter on Friday saying the plant would close.",
     [("the plant would close", R, "a letter")]),
    ("Parents received an email from the school saying classes would resume on Monday.",
     [("classes would resume on Monday", R, "an email")]),
    ("Tenants found a notice on their doors warning that the water would be shut off.",
     [("the water would be shut off", R, "a notice")]),
    ("The union issued a statement on Friday saying the plant would close.",
     [("the plant would close", R, "The union")]),
    ("The union sent members a letter saying the plant would close.",
     [("the plant would close", R, "The union")]),
    ("The company put out a statement saying the plant would close.",
     [("the plant would close", R, "The company")]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_a_received_document_speaks_for_itself(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


# a capitalised word alone before a colon over a quotation is a label (a review's "Rating:", a
# service page's "Traffic:"), unless the article names someone by it; a transcript's labels in
# capitals name their speakers, and "Q:"/"A:" no one
LABELS = [
    ("Rating: “A triumph of style over substance.”", [("A triumph of style over substance.", D, None)]),
    ("Verdict: “Come for the chowder, stay for the view.”", [("Come for the chowder, stay for the view.", D, None)]),
    ("Traffic: “Expect delays on the ring road until noon.”", [("Expect delays on the ring road until noon.", D, None)]),
    ("Parking: “Use the multi-storey on Dock Street.”", [("Use the multi-storey on Dock Street.", D, None)]),
    # a common noun by its ending, or because the page uses it in lower case too
    ("Information: “Call the box office after noon.”", [("Call the box office after noon.", D, None)]),
    ("Seating: “Arrive early for the balcony.”\n\nThe hall is small and seating is limited.",
     [("Arrive early for the balcony.", D, None)]),
    # a surname alone still speaks
    ("Ortiz: “We will rebuild the pier.”", [("We will rebuild the pier.", D, "Ortiz")]),
    ("Ana Ortiz chaired the meeting.\n\nOrtiz: “We will win this.”", [("We will win this.", D, "Ana Ortiz")]),
    ("HOLT: “Do you accept the result?”\n\nBERG: “I will look at it then.”",
     [("Do you accept the result?", D, "HOLT"), ("I will look at it then.", D, "BERG")]),
    ("Q: “Do you accept the result?”\n\nA: “I will look at it then.”",
     [("Do you accept the result?", D, None), ("I will look at it then.", D, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_a_label_over_a_quotation_is_no_speaker(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


# a capitalised occupation noun before a full name is no part of the name, whatever its ending;
# a given name with such an ending stays (before an initial or a particle, or a listed one)
OCCUPATIONS = [
    ("Critic Anna Bell said the revival was “a triumph.”", [("the revival was “a triumph.”", M, "Anna Bell")]),
    ("Novelist Tomas Grieve said the prize money would fund a library.",
     [("the prize money would fund a library", R, "Tomas Grieve")]),
    ("“The light was perfect,” said Photographer Lena Marsh.", [("The light was perfect,", D, "Lena Marsh")]),
    ("Curator Ines Calder said the loan would end in spring.",
     [("the loan would end in spring", R, "Ines Calder")]),
    ("Historian Paul Okafor said the map was a forgery.", [("the map was a forgery", R, "Paul Okafor")]),
    ("Moderator Dana Pike said the debate would run long.", [("the debate would run long", R, "Dana Pike")]),
    # given names, not occupations
    ("Christopher Dale Hunt said the vote would be close.", [("the vote would be close", R, "Christopher Dale Hunt")]),
    ("Sander M. Holt said the bill would pass.", [("the bill would pass", R, "Sander M. Holt")]),
    ("Chester van Rijn said the dyke would hold.", [("the dyke would hold", R, "Chester van Rijn")]),
    # a listed given name written with its accent (Spanish double surnames)
    ("Héctor García López said the port would reopen.", [("the port would reopen", R, "Héctor García López")]),
    ("“We will appeal,” said Víctor Pérez Ruiz.", [("We will appeal,", D, "Víctor Pérez Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), OCCUPATIONS)
def test_an_occupation_before_a_full_name_is_not_part_of_it(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


# a speaker's phrase that ends in a relative pronoun, a determiner or a preposition is a piece of
# a clause, not a noun phrase: the quote stays, without a speaker; whole phrases still speak
FRAGMENTS = [
    ("The Ortiz campaign is running a new 60-second spot that urges voters in Ohio to “finish the job.”",
     [("finish the job.", D, None)]),
    ("Ana Ortiz named falling rents as one of the reasons that families should stay in the city.",
     [("families should stay in the city", R, None)]),
    ("Some of the workers said the plant was unsafe.", [("the plant was unsafe", R, "Some of the workers")]),
    ("The campaign sent out a mailer that said the levy would double.",
     [("the levy would double", R, "a mailer")]),
]


@pytest.mark.parametrize(("text", "expected"), FRAGMENTS)
def test_a_clause_fragment_is_no_speaker(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(
    ("phrase", "fragment"),
    [("a new ad that", True), ("one of the", True), ("a collection of his", True), ("reports from", True),
     ("Al From", False), ("it", False), ("the union", False), ("Ana Ortiz", False)],
)
def test_which_phrases_are_fragments(phrase: str, fragment: bool) -> None:
    assert newsparse.QuoteParser().is_fragment(phrase) is fragment
