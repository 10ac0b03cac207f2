"""Layout defects a new user's trial found (round 57): a story paragraph that ends in a news
agency's tag read as a photo caption, a contributor's note glued to a paragraph's last sentence
read into its quote.  Invented stories; each row is the text and exactly what must come out."""

from __future__ import annotations

from typing import Any

import pytest

import newsparse
from newsparse import CaptionParser

PARSER = newsparse.ArticleParser()


def parse(text: str) -> dict[str, Any]:
    return PARSER.parse(text).to_dict()


def paragraphs(article: dict[str, Any]) -> list[str]:
    return [paragraph["text"] for paragraph in article["paragraphs"]]


def captions(article: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(caption["text"], caption["credit"]) for caption in article["captions"]]


def boilerplate(article: dict[str, Any]) -> list[tuple[str, str]]:
    return [(item["kind"], item["text"]) for item in article["boilerplate"]]


def quotes(article: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(quote["text"], (quote["speaker"] or {}).get("name")) for quote in article["quotes"]]


HEAD = "Prices rise\n\nConsumer prices in the country rose faster than expected last month, driven by food and fuel costs.\n\n"
STATS = "Prices rose 3 percent in February, the statistics office said on Tuesday."
MORE = "\n\nThe central bank will meet next week to weigh a rate rise.\n"
LEAD = HEAD.split("\n\n")[1]

# a sentence that ends in an attribution clause, or reports what will happen, and a news agency in
# brackets: the story's paragraph, the agency its sign-off (the last line's cut off, a middle line's kept)
WIRE_TAGGED = [
    (HEAD + STATS + " (Reuters)\n", [], [LEAD, STATS], [("sign-off", "(Reuters)")]),
    (HEAD + STATS + " (AFP)" + MORE, [], [LEAD, STATS + " (AFP)", MORE.strip()], []),
    (HEAD + STATS + " (Xinhua)" + MORE, [], [LEAD, STATS + " (Xinhua)", MORE.strip()], []),
    (HEAD + STATS + " (PNA)" + MORE, [], [LEAD, STATS + " (PNA)", MORE.strip()], []),
    (HEAD + STATS + " (Philippine News Agency)" + MORE, [], [LEAD, STATS + " (Philippine News Agency)", MORE.strip()], []),
    (HEAD + STATS + " (KNA)" + MORE, [], [LEAD, STATS + " (KNA)", MORE.strip()], []),
    (HEAD + STATS + " (APP)" + MORE, [], [LEAD, STATS + " (APP)", MORE.strip()], []),
    # an agency of no vocabulary, an acronym in capitals, after an attribution clause
    (HEAD + STATS + " (ANA)" + MORE, [], [LEAD, STATS + " (ANA)", MORE.strip()], []),
    (HEAD + "The senator said she would file a resolution seeking a full audit. (PNA)" + MORE, [],
     [LEAD, "The senator said she would file a resolution seeking a full audit. (PNA)", MORE.strip()], []),
    # precision: one sentence describing a picture, or what its subject said, keeps its credit
    (HEAD + "Shoppers queue at a market stall in the capital on Tuesday. (Reuters)" + MORE,
     [("Shoppers queue at a market stall in the capital on Tuesday.", "Reuters")],
     [LEAD, MORE.strip()], []),
    (HEAD + "The finance minister has denied the claims and said prices were stable. (AFP)" + MORE,
     [("The finance minister has denied the claims and said prices were stable.", "AFP")],
     [LEAD, MORE.strip()], []),
    # precision: a photographer's name in brackets after an attribution clause is no acronym
    (HEAD + "Traders work on the floor of the exchange, where shares fell, brokers said. (Jane Roe)" + MORE,
     [("Traders work on the floor of the exchange, where shares fell, brokers said.", "Jane Roe")],
     [LEAD, MORE.strip()], []),
]


@pytest.mark.parametrize(("text", "expected_captions", "expected", "furniture"), WIRE_TAGGED)
def test_wire_tagged_story_paragraph(
    text: str, expected_captions: list[tuple[str, str]], expected: list[str], furniture: list[tuple[str, str]]
) -> None:
    article = parse(text)
    assert captions(article) == expected_captions
    assert paragraphs(article) == expected
    assert boilerplate(article) == furniture


def test_wire_tagged_story_keeps_its_quote() -> None:
    article = parse(HEAD + STATS + " (Reuters)\n")
    assert quotes(article) == [("Prices rose 3 percent in February", "the statistics office")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (STATS, True),
        ("Exports fell, according to customs data.", True),
        ("Shares fell, brokers said on the trading floor.", True),
        # precision: no comma, a comma before a long clause, a clause with no reporting word
        ("The minister said prices were stable.", False),
        ("Officials said, after a long meeting that ran into the night and past the deadline, that talks failed.", False),
        ("Shoppers queue at a stall, bags in hand.", False),
    ],
)
def test_ends_in_attribution(text: str, expected: bool) -> None:
    assert CaptionParser().ends_in_attribution(text) is expected


@pytest.mark.parametrize(
    ("credit", "expected"),
    [("ANA", True), ("PNA", True), ("Jane Roe", False), ("Getty Images", False), ("Reuters", False), ("EPA-EFE", False),
     ("A", False), ("ABCDEF", False)],
)
def test_is_acronym(credit: str, expected: bool) -> None:
    assert CaptionParser().is_acronym(credit) is expected


AUDIT = "Senators seek audit\n\nSenators on Monday called for a review of the flood control budget.\n\n"
FILE = "Jo Cruz said she would file a resolution seeking a full audit."
NEXT = "\n\nThe budget will be debated in the Senate next week.\n"
QUOTE = [("she would file a resolution seeking a full audit", "Jo Cruz")]

# a contributor's note or an agency after a dash or a slash, glued to a paragraph's last sentence:
# boilerplate "sign-off", the paragraph and its quote end at the sentence
GLUED_CREDIT = [
    (AUDIT + FILE + " — With a report from PNA\n", [FILE], [("sign-off", "— With a report from PNA")], QUOTE),
    (AUDIT + FILE + " — With a report from PNA" + NEXT, [FILE, NEXT.strip()], [("sign-off", "— With a report from PNA")], QUOTE),
    (AUDIT + FILE + " —With reports from Inquirer Research" + NEXT, [FILE, NEXT.strip()],
     [("sign-off", "—With reports from Inquirer Research")], QUOTE),
    (AUDIT + FILE + " - with additional reporting by Jane Roe and Tom Poe\n", [FILE],
     [("sign-off", "- with additional reporting by Jane Roe and Tom Poe")], QUOTE),
    (AUDIT + FILE + " /PNA\n", [FILE], [("sign-off", "/PNA")], QUOTE),
    (AUDIT + FILE + " /PNA" + NEXT, [FILE, NEXT.strip()], [("sign-off", "/PNA")], QUOTE),
    (AUDIT + FILE + " — AFP" + NEXT, [FILE, NEXT.strip()], [("sign-off", "— AFP")], QUOTE),
    # precision: a dash and words that are no contributor's note, or no agency, stay the story's
    (AUDIT + FILE + " — With a vote due next week" + NEXT, [FILE + " — With a vote due next week", NEXT.strip()], [],
     [("she would file a resolution seeking a full audit. — With a vote due next week", "Jo Cruz")]),
    (AUDIT + "Senators met. — With reports from the field, they acted. More followed." + NEXT,
     ["Senators met. — With reports from the field, they acted. More followed.", NEXT.strip()], [], []),
    (AUDIT + FILE + " /Updates" + NEXT, [FILE + " /Updates", NEXT.strip()], [],
     [("she would file a resolution seeking a full audit. /Updates", "Jo Cruz")]),
]


@pytest.mark.parametrize(("text", "expected", "furniture", "expected_quotes"), GLUED_CREDIT)
def test_glued_credit_is_sign_off(
    text: str, expected: list[str], furniture: list[tuple[str, str]], expected_quotes: list[tuple[str, str]]
) -> None:
    article = parse(text)
    assert paragraphs(article) == ["Senators on Monday called for a review of the flood control budget.", *expected]
    assert boilerplate(article) == furniture
    assert quotes(article) == expected_quotes
    for item in article["boilerplate"]:
        start, end = item["span"]
        assert text[start:end] == item["text"]
