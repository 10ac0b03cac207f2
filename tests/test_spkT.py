"""Quotes that found no speaker (issue 5, stop 26, spkT): a name's letter or response, an opening
phrase with a place's region set off by commas, an attribution that ends in ``into``, verbs that
attribute only a quotation right before them (``remembered``, ``sings``), and ``always`` /
``sometimes`` between a speaker and the verb.

Each table holds the constructions that now give the speaker beside those that still must not.
"""

from __future__ import annotations

import pytest

from newsparse import QuoteParser
from newsparse.quotes.grammar import SpeakerGrammar
from newsparse.quotes.languages import FrenchQuotes, GermanQuotes
from quote_cases import SpeakerRow, speaker_rows

# A name (or a company) owns a letter, a statement, a response: the phrase speaks, as "the mayor's
# letter" does; a weekday owns nothing, and a thing that is no one's words speaks for no one.
OWNED: list[tuple[str, list[SpeakerRow]]] = [
    (
        'The mayor wrote to the council on Monday. Ortiz\'s letter said: "We cannot keep paying for roads nobody uses."',
        [("We cannot keep paying for roads nobody uses.", "Ortiz's letter", "Ortiz's letter")],
    ),
    (
        'The board met on Friday. "The vote was never in doubt," Tom Berg\'s statement said.',
        [("The vote was never in doubt,", "Tom Berg's statement", "Tom Berg's statement")],
    ),
    (
        'The union answered within the hour. Lee\'s response was: "We will strike on Monday."',
        [("We will strike on Monday.", "Lee's response", "Lee's response")],
    ),
    (
        'Talks resumed at dawn. Acme\'s email said the offer would stand "until Friday at noon."',
        [('the offer would stand "until Friday at noon."', "Acme's email", "Acme's email")],
    ),
    (
        "Judges upheld the ruling. Thursday's decision also overturned an earlier ruling, which had found "
        'the firm to be a "service provider" instead of a seller.',
        [("service provider", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWNED)
def test_a_names_letter_or_response_speaks(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


@pytest.mark.parametrize(
    ("words", "owned"),
    [
        (["Ortiz's", "letter"], True),
        (["Berg’s", "Facebook", "post"], True),
        (["Acme's", "response"], True),
        (["Ortiz's", "plan"], False),  # (a plan is no one's words)
        (["Thursday's", "statement"], False),  # (when, not whose)
        (["He's", "letter"], False),  # (a pronoun and "is")
        (["Ortiz's", "letter", "to", "the", "council"], False),  # (a phrase that goes on)
        (["the", "mayor's", "letter"], False),  # (read as a noun after an article instead)
    ],
)
def test_owned_document(words: list[str], owned: bool) -> None:
    assert QuoteParser().owned_document(words) is owned


def test_owned_document_is_english_only() -> None:
    assert FrenchQuotes().owned_document(["Ortiz's", "letter"]) is False
    assert SpeakerGrammar.owned_document is QuoteParser.owned_document


# An opening phrase with a place and its region set off by commas is one opening phrase: the
# participle's subject comes after it; a list of places is no region.
OPENINGS: list[tuple[str, list[SpeakerRow]]] = [
    (
        "At a rally in Dayton, Ohio, on Tuesday, Senator Tom Berg endorsed the bill, saying that the plan "
        'would "save thousands of jobs."',
        [('the plan would "save thousands of jobs."', "Tom Berg", "Senator Tom Berg")],
    ),
    (
        'In Portsmouth, N.H., on Monday, Ana Ortiz backed the mayor, saying that the city "cannot wait another year."',
        [('the city "cannot wait another year."', "Ana Ortiz", "Ana Ortiz")],
    ),
    (
        "On Monday in Lyon, France, after the vote, the minister defended the reform, arguing that pensions "
        '"must be paid for."',
        [('pensions "must be paid for."', "the minister", "the minister")],
    ),
    (
        "In Raleigh, North Carolina, on Friday, Ana Ortiz signed the bill and said that it would cut waiting lists.",
        [("it would cut waiting lists", "Ana Ortiz", "Ana Ortiz")],
    ),
    (
        "Countries like China, Iran, Turkey, and Russia have built firewalls for years, saying they aim "
        'to stop "propaganda content."',
        [("propaganda content.", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPENINGS)
def test_a_places_region_is_one_opening_comma(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "comma"),
    [
        ("At a rally in Dayton, Ohio, on Tuesday, Berg spoke", len("At a rally in Dayton, Ohio")),
        ("In Portsmouth, N.H., Ortiz spoke", len("In Portsmouth, N.H.")),
        ("At the meeting, Ortiz, the mayor, spoke", len("At the meeting")),  # (no place before the comma)
        ("Countries like China, Iran, and Russia spoke", len("Countries like China")),  # (no preposition)
        ("In Iran, Iraq, and Syria, the envoys spoke", len("In Iran")),  # (a list)
        ("In Paris, the mayor's aides, who were there, spoke", len("In Paris")),  # (no capitals)
        ("Ortiz spoke", -1),
    ],
)
def test_opening_comma(text: str, comma: int) -> None:
    assert QuoteParser().opening_comma(text, 0, len(text)) == comma


# "into" may close an attribution after a quotation that ends with a question or an exclamation.
INTO: list[tuple[str, list[SpeakerRow]]] = [
    (
        '"Are you coming to vote?" Ruth Miller, a retired nurse, said into the phone. "We need you there."',
        [("Are you coming to vote?", "Ruth Miller", "Ruth Miller"), ("We need you there.", "Ruth Miller", "Ruth Miller")],
    ),
    ('"Is anyone there?" the captain shouted into the radio.', [("Is anyone there?", "the captain", "the captain")]),
    ('"Stop the count!" Tom Berg yelled angrily into a megaphone.', [("Stop the count!", "Tom Berg", "Tom Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), INTO)
def test_into_closes_an_attribution(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# "remembered" and "sings" give the quotation right before them its speaker, before or after the
# speaker's phrase; elsewhere they are memory or song, no speech.
POSTPOSED: list[tuple[str, list[SpeakerRow]]] = [
    (
        '"We did our best," remembered Carl Dunn, the club\'s former treasurer. "And we lost anyway."',
        [("We did our best,", "Carl Dunn", "Carl Dunn"), ("And we lost anyway.", "Carl Dunn", "Carl Dunn")],
    ),
    ('"It was a cold winter," Ana Ortiz remembers.', [("It was a cold winter,", "Ana Ortiz", "Ana Ortiz")]),
    ('"Keep your hands in sight," Ruth Miller sings to the mayor.', [("Keep your hands in sight,", "Ruth Miller", "Ruth Miller")]),
    ('"Don\'t go home tonight," sang Ruth Miller.', [("Don't go home tonight,", "Ruth Miller", "Ruth Miller")]),
    ("Carl Dunn remembered that the club had lost every game that year.", []),
    ("Ruth Miller sang the anthem before the game.", []),
]


@pytest.mark.parametrize(("text", "expected"), POSTPOSED)
def test_verbs_that_attribute_only_a_quotation_before_them(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# "always" and "sometimes" stand between a speaker and the verb as "long" and "often" do.
ADVERBS: list[tuple[str, list[SpeakerRow]]] = [
    ("Ana Ortiz has always claimed that her staff did nothing wrong.", [("her staff did nothing wrong", "Ana Ortiz", "Ana Ortiz")]),
    ("The union has sometimes argued that the rules favour landlords.", [("the rules favour landlords", "The union", "The union")]),
    ('"We never lied," the German chancellor has always said.', [("We never lied,", "the German chancellor", "the German chancellor")]),
]


@pytest.mark.parametrize(("text", "expected"), ADVERBS)
def test_always_and_sometimes_before_the_verb(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# An adverb of manner right before "that" is no part of the words ("said only that"); one further
# from "that" may be ("largely on hopes that" belongs to the words), and "family" is no adverb.
MANNER: list[tuple[str, list[SpeakerRow]]] = [
    ("Tom Berg noted dryly that the budget had not changed in years.", [("the budget had not changed in years", "Tom Berg", "Tom Berg")]),
    (
        'A spokeswoman for the firm said only that the report was "one of the usual rumours."',
        [('the report was "one of the usual rumours."', "A spokeswoman for the firm", "A spokeswoman for the firm")],
    ),
    (
        "Ana Ortiz did not attack the mayor but argued insistently that she would be a better candidate.",
        [("she would be a better candidate", "Ana Ortiz", "Ana Ortiz")],
    ),
    ("Tom Berg told his family that the budget had not changed in years.", [("the budget had not changed in years", "Tom Berg", "Tom Berg")]),
    (
        "In the last hour, another trader said, the shares rose sharply, largely on hopes that the firm would sell its mills.",
        [("the shares rose sharply, largely on hopes that the firm would sell its mills", "another trader", "another trader")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MANNER)
def test_an_adverb_right_before_that_is_no_part_of_the_words(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


def test_manner_adverb_pattern_is_off_without_a_suffix() -> None:
    assert GermanQuotes().manner_adverb_pattern() == "(?!)"
    assert QuoteParser().manner_adverb_pattern().endswith("(?<=ly)")


# A present verb before a reflexive pronoun is the sentence's verb ("describes itself"), so the
# subject of a paragraph that ends in a colon speaks the quotation in the next one.
REFLEXIVE: list[tuple[list[str], list[SpeakerRow]]] = [
    (
        [
            "The union has grown fast in the valley.",
            "The union describes itself in the following way:",
            '"We fight for every worker in the valley, from the orchards to the mills."',
        ],
        [("We fight for every worker in the valley, from the orchards to the mills.", "The union", "The union")],
    ),
    (
        [
            "The Harbour Trust grew fast.",
            "The Harbour Trust presents itself as follows:",
            '"We keep the old port open to everyone, from anglers to ferry crews."',
        ],
        # (the body's name without its article, as orgT reads a name ending in an organisation word)
        [("We keep the old port open to everyone, from anglers to ferry crews.", "Harbour Trust", "The Harbour Trust")],
    ),
    (["The company officials said the plant would close."], [("the plant would close", "The company officials", "The company officials")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), REFLEXIVE)
def test_a_present_verb_before_a_reflexive(paragraphs: list[str], expected: list[SpeakerRow]) -> None:
    assert speaker_rows("\n\n".join(paragraphs)) == expected
