"""Story text a new user's trial found filed out of the body: a paragraph that ends in a news
agency's sign-off (``(AFP)``, ``— AFP``, ``- Reuters``, ``(dpa)``, ``/Kyodo``, a glued
``(END)``) stays a paragraph, the sign-off boilerplate of its own.  Invented stories; each row
is the text and exactly what must come out."""

from __future__ import annotations

from typing import Any

import pytest

import newsparse

PARSERS: dict[str | None, newsparse.ArticleParser] = {}


def parse(text: str, language: str | None = None) -> dict[str, Any]:
    if language not in PARSERS:
        PARSERS[language] = newsparse.ArticleParser(language=language) if language else newsparse.ArticleParser()
    return PARSERS[language].parse(text).to_dict()


def paragraphs(article: dict[str, Any]) -> list[str]:
    return [paragraph["text"] for paragraph in article["paragraphs"]]


def boilerplate(article: dict[str, Any]) -> list[tuple[str, str]]:
    return [(item["kind"], item["text"]) for item in article["boilerplate"]]


def captions(article: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(caption["text"], caption["credit"]) for caption in article["captions"]]


# the story's last paragraph ends in an agency's sign-off: the paragraph stays, the sign-off is
# boilerplate "sign-off"; a one-paragraph wire story keeps its dateline
SIGNED_LAST = [
    ("Oil rises\n\nLONDON, Nov 3 (Reuters) - Oil prices rose on Monday after the producers agreed to pause.\n\n"
     '"We expect prices to rise further," said Jane Roe, an analyst at a Dutch bank. (AFP)\n',
     None, "LONDON, Nov 3 (Reuters) -",
     ["Oil prices rose on Monday after the producers agreed to pause.",
      '"We expect prices to rise further," said Jane Roe, an analyst at a Dutch bank.'],
     [("sign-off", "(AFP)")]),
    ("Exports rise\n\nSEOUL, Nov. 3 (Yonhap) -- South Korea's exports rose for a third straight month in October, "
     "data showed Monday.(END)\n",
     None, "SEOUL, Nov. 3 (Yonhap) --",
     ["South Korea's exports rose for a third straight month in October, data showed Monday."],
     [("sign-off", "(END)")]),
    ("Grain prices climb\n\nCHICAGO, March 4 (Reuters) - Wheat futures rose on Tuesday as dry weather hit the crop.\n\n"
     "Corn rose 2 percent to $4.50 a bushel in early trade. — AFP\n",
     None, "CHICAGO, March 4 (Reuters) -",
     ["Wheat futures rose on Tuesday as dry weather hit the crop.", "Corn rose 2 percent to $4.50 a bushel in early trade."],
     [("sign-off", "— AFP")]),
    ("Grain prices climb\n\nCHICAGO, March 4 (Reuters) - Wheat futures rose on Tuesday as dry weather hit the crop.\n\n"
     "Soybeans fell in thin trade, dealers said. - Reuters\n",
     None, "CHICAGO, March 4 (Reuters) -",
     ["Wheat futures rose on Tuesday as dry weather hit the crop.", "Soybeans fell in thin trade, dealers said."],
     [("sign-off", "- Reuters")]),
    ("Quake hits Japan\n\nTOKYO - A strong earthquake struck off northern Japan on Tuesday, the weather agency said.\n\n"
     "No tsunami warning was issued and there were no early reports of damage. /Kyodo\n",
     None, "TOKYO -",
     ["A strong earthquake struck off northern Japan on Tuesday, the weather agency said.",
      "No tsunami warning was issued and there were no early reports of damage."],
     [("sign-off", "/Kyodo")]),
    ("Haushalt beschlossen\n\nBERLIN (dpa) - Der Stadtrat hat am Montag den neuen Haushalt beschlossen.\n\n"
     "Die Bürgermeisterin begrüßte die Entscheidung. (dpa)\n",
     "de", "BERLIN (dpa) -",
     ["Der Stadtrat hat am Montag den neuen Haushalt beschlossen.", "Die Bürgermeisterin begrüßte die Entscheidung."],
     [("sign-off", "(dpa)")]),
    ("Grève\n\nLYON (AFP) - Les syndicats ont appelé à une nouvelle grève jeudi, a déclaré la secrétaire générale. "
     "« Nous irons jusqu'au bout », a-t-elle ajouté. (AFP)\n",
     "fr", "LYON (AFP) -",
     ["Les syndicats ont appelé à une nouvelle grève jeudi, a déclaré la secrétaire générale. "
      "« Nous irons jusqu'au bout », a-t-elle ajouté."],
     [("sign-off", "(AFP)")]),
    # precision: a link's title that ends in an agency after no sentence is page navigation under the story
    ("Oil rises\n\nOil prices rose on Monday after the producers agreed to pause output increases.\n\n"
     "Oil falls as demand worries grow - Reuters\n",
     None, None,
     ["Oil prices rose on Monday after the producers agreed to pause output increases."],
     [("other", "Oil falls as demand worries grow - Reuters")]),
    # precision: a dash and a word of no agency after the last sentence is the story's
    ("Ferries resume\n\nThe ferries to the islands resumed on Monday after a week of storms kept them in port.\n\n"
     "The first boat left at dawn. - Updates\n",
     None, None,
     ["The ferries to the islands resumed on Monday after a week of storms kept them in port."],
     [("other", "The first boat left at dawn. - Updates")]),
]


@pytest.mark.parametrize(("text", "language", "dateline", "expected", "furniture"), SIGNED_LAST)
def test_story_line_ending_in_agency_sign_off(
    text: str, language: str | None, dateline: str | None, expected: list[str], furniture: list[tuple[str, str]]
) -> None:
    article = parse(text, language)
    assert (article["dateline"] or {}).get("text") == dateline
    assert paragraphs(article) == expected
    assert boilerplate(article) == furniture
    assert captions(article) == []


# an agency alone in brackets after story prose (a quotation, reported speech, two sentences) is
# its sign-off, no picture's credit; after one sentence describing a picture it stays the credit
AGENCY_IN_BRACKETS = [
    ("Fire spreads\n\nThe fire spread overnight across the hills north of the city, officials said on Monday.\n\n"
     "Firefighters battle the flames near Malibu on Monday. (AFP)\n\n"
     "The mayor said more crews would arrive from the north on Tuesday morning.\n",
     [("Firefighters battle the flames near Malibu on Monday.", "AFP")],
     ["The fire spread overnight across the hills north of the city, officials said on Monday.",
      "The mayor said more crews would arrive from the north on Tuesday morning."]),
    ("Fire spreads\n\nThe fire spread overnight across the hills north of the city, officials said on Monday.\n\n"
     "Crews worked through the night, the fire chief told reporters. (AFP)\n\n"
     "The mayor said more crews would arrive from the north on Tuesday morning.\n",
     [],
     ["The fire spread overnight across the hills north of the city, officials said on Monday.",
      "Crews worked through the night, the fire chief told reporters. (AFP)",
      "The mayor said more crews would arrive from the north on Tuesday morning."]),
]


@pytest.mark.parametrize(("text", "expected_captions", "expected"), AGENCY_IN_BRACKETS)
def test_agency_in_brackets_after_story_prose(
    text: str, expected_captions: list[tuple[str, str | None]], expected: list[str]
) -> None:
    article = parse(text)
    assert captions(article) == expected_captions
    assert paragraphs(article) == expected
