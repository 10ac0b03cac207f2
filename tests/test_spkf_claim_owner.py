"""A quotation after a name's possessive and a claim noun (``Ortiz's claim that there were
"thousands of errors"``) is the owner's words: the possessor speaks.  Invented stories; each case
is the text after a plain headline and the exact ``(text, kind, speaker name)`` triples that must
come out, the bad shape (no speaker before) and the near misses that must not change side by side."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import QuoteKind
from newsparse.quotes.languages import language_pack
from quote_cases import kind_rows as quotes_of

D = QuoteKind.DIRECT
Triples = list[tuple[str, QuoteKind, str | None]]


CASES = [
    # the owner of the claim speaks (no speaker before)
    ("The council checked Mayor Ines Calder’s claim that there were “thousands of empty berths” last summer.",
     [("thousands of empty berths", D, "Ines Calder")]),
    ("Reporters pressed on Tom Berg’s allegations of a “coordinated smear campaign” by his rivals.",
     [("coordinated smear campaign", D, "Tom Berg")]),
    ("The ferry board studied Ana Ortiz's warning that the pier was “close to collapse” this winter.",
     [("close to collapse", D, "Ana Ortiz")]),
    ("Tom Berg’s comments carried echoes of Ana Ortiz’s allegations of a “harbour-wide cover-up” last year.",
     [("harbour-wide cover-up", D, "Ana Ortiz")]),
    ("Critics seized on Ana Ortiz’s remarks about “a harbour of losers” at the dinner.",
     [("a harbour of losers", D, "Ana Ortiz")]),
    # the words judge the claim (the subject's): no link word after the noun, "as", or a dash before them
    ("The board found Tom Berg’s claim “absurd and dangerous” on Friday.", [("absurd and dangerous", D, "The board")]),
    ("The board dismissed criticism of Tom Berg’s remarks about the pier as “scare stories” on Friday.",
     [("scare stories", D, "The board")]),
    ("The board treated Tom Berg’s claim first as a joke -- “That makes me right,” Ana Ortiz replied.",
     [("That makes me right,", D, "Ana Ortiz")]),
    # the owner is no name, or the claim's clause holds a speaker of its own
    ("The council checked the city’s claim that there were “thousands of empty berths” last summer.",
     [("thousands of empty berths", D, None)]),
    ("The paper checked Ana Ortiz’s claim that Tom Berg said “no deal at all” at the dinner.",
     [("no deal at all", D, "Tom Berg")]),
    # a naming verb before the possessive names the claim in the subject's words
    ("Ines Calder called Tom Berg’s claim “absurd and dangerous” on Friday.",
     [("absurd and dangerous", D, "Ines Calder")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_owner_of_a_claim_speaks(text: str, expected: Triples) -> None:
    assert quotes_of(text) == expected


def test_the_mention_slices_back_to_the_name_without_its_possessive() -> None:
    text = "The council checked Mayor Ines Calder’s claim that there were “thousands of empty berths” last summer."
    article = newsparse.ArticleParser().parse(f"Harbour news\n\n{text}")
    speaker = article.quotes[0].speaker
    assert speaker is not None
    start, end = speaker.span.start, speaker.span.end
    assert article.text[start:end] == "Ines Calder"


def test_the_rule_is_off_without_claim_nouns() -> None:
    pack = language_pack("fr")
    quotes = pack.quotes(pack.vocabulary())
    assert quotes.CLAIM_NOUNS == ()
