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
     "« Nous irons jusqu'au bout de ce mouvement », a-t-elle ajouté. (AFP)\n",
     "fr", "LYON (AFP) -",
     ["Les syndicats ont appelé à une nouvelle grève jeudi, a déclaré la secrétaire générale. "
      "« Nous irons jusqu'au bout de ce mouvement », a-t-elle ajouté."],
     [("sign-off", "(AFP)")]),
    ("Démission\n\nPARIS (AFP) - Le ministre de l'Agriculture a démissionné lundi soir. (AFP)\n",
     "fr", "PARIS (AFP) -",
     ["Le ministre de l'Agriculture a démissionné lundi soir."],
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
     "Crews worked through the night. They saved most homes. The last flames died at dawn, the fire chief told reporters. (AFP)\n\n"
     "The mayor said more crews would arrive from the north on Tuesday morning.\n",
     [],
     ["The fire spread overnight across the hills north of the city, officials said on Monday.",
      "Crews worked through the night. They saved most homes. The last flames died at dawn, the fire chief told reporters. (AFP)",
      "The mayor said more crews would arrive from the north on Tuesday morning."]),
    ("Fire spreads\n\nThe fire spread overnight across the hills north of the city, officials said on Monday.\n\n"
     '"We have never seen a fire move this fast," said the fire chief, Ana Ruiz. (AFP)\n\n'
     "The mayor said more crews would arrive from the north on Tuesday morning.\n",
     [],
     ["The fire spread overnight across the hills north of the city, officials said on Monday.",
      '"We have never seen a fire move this fast," said the fire chief, Ana Ruiz. (AFP)',
      "The mayor said more crews would arrive from the north on Tuesday morning."]),
    # precision: one sentence with what the picture's subject said is still a caption
    ("Fire spreads\n\nThe fire spread overnight across the hills north of the city, officials said on Monday.\n\n"
     "The fire chief has denied the claims and said crews reached the town in time. (AAP)\n\n"
     "The mayor said more crews would arrive from the north on Tuesday morning.\n",
     [("The fire chief has denied the claims and said crews reached the town in time.", "AAP")],
     ["The fire spread overnight across the hills north of the city, officials said on Monday.",
      "The mayor said more crews would arrive from the north on Tuesday morning."]),
]


@pytest.mark.parametrize(("text", "expected_captions", "expected"), AGENCY_IN_BRACKETS)
def test_agency_in_brackets_after_story_prose(
    text: str, expected_captions: list[tuple[str, str | None]], expected: list[str]
) -> None:
    article = parse(text)
    assert captions(article) == expected_captions
    assert paragraphs(article) == expected


# a correction note under the story, the day of the change and what the earlier version said (or
# what the change shows): boilerplate "editors-note", no quote of "An earlier version"
BODY = "Budget passes\n\nThe council approved the new budget on Monday after a long debate that lasted all night.\n\n"
CORRECTIONS = [
    (BODY + "This article was amended on 4 November 2026. An earlier version said 50 MPs had signed the letter.\n",
     [("editors-note", "This article was amended on 4 November 2026. An earlier version said 50 MPs had signed the letter.")],
     []),
    (BODY + "This story was corrected on March 3. A previous version misstated the number of council seats.\n",
     [("editors-note", "This story was corrected on March 3. A previous version misstated the number of council seats.")],
     []),
    (BODY + "This story has been corrected to show that 318 councillors voted for the plan, not 320.\n",
     [("editors-note", "This story has been corrected to show that 318 councillors voted for the plan, not 320.")],
     []),
    # precision: a story's sentence after the day of a change is the story's, with its quote
    (BODY + "This story was updated on March 3. The mayor said 50 homes would be built by the spring.\n",
     [],
     [("indirect", "50 homes would be built by the spring", "The mayor")]),
]


@pytest.mark.parametrize(("text", "furniture", "quotes"), CORRECTIONS)
def test_correction_note(text: str, furniture: list[tuple[str, str]], quotes: list[tuple[str, str, str]]) -> None:
    article = parse(text)
    assert boilerplate(article) == furniture
    assert [(quote["kind"], quote["text"], quote["speaker"]["name"]) for quote in article["quotes"]] == quotes
    assert paragraphs(article)[0] == "The council approved the new budget on Monday after a long debate that lasted all night."
    assert len(paragraphs(article)) == (1 if furniture else 2)


def stamp_text(article: dict[str, Any], key: str) -> str | None:
    return (article[key] or {}).get("text")


# a date alone between the story's paragraphs heads a timeline's entry: no stamp, and the header
# keeps its headline; a date over the story, or under the last paragraph with no text after it,
# stays the page's stamp
TIMELINE = [
    ("Council passes budget\n\n"
     "The council approved the budget on Monday after a debate that lasted all night, officials said.\n\n"
     "The plan was first tabled in the spring and rejected twice by the finance committee.\n\n"
     "March 5, 2025\n\n"
     "The council first proposed the budget, but the finance committee rejected it two weeks later.\n",
     "Council passes budget", None, None,
     ["The council approved the budget on Monday after a debate that lasted all night, officials said.",
      "The plan was first tabled in the spring and rejected twice by the finance committee.",
      "March 5, 2025",
      "The council first proposed the budget, but the finance committee rejected it two weeks later."]),
    ("Port strike ends\n\n"
     "Dock workers returned to work on Tuesday after a two-week strike that closed the port, the union said.\n\n"
     "The strike began over pay and spread to three other harbours along the coast within days.\n\n"
     "12 January 2026\n\n"
     "The union first called the strike after talks with the port authority broke down before dawn.\n",
     "Port strike ends", None, None,
     ["Dock workers returned to work on Tuesday after a two-week strike that closed the port, the union said.",
      "The strike began over pay and spread to three other harbours along the coast within days.",
      "12 January 2026",
      "The union first called the strike after talks with the port authority broke down before dawn."]),
    # precision: a date over the story is the page's stamp
    ("Council passes budget\n\nMarch 5, 2025\n\n"
     "The council approved the budget on Monday after a debate that lasted all night, officials said.\n\n"
     "The plan was first tabled in the spring and rejected twice by the finance committee.\n",
     "Council passes budget", "March 5, 2025", None,
     ["The council approved the budget on Monday after a debate that lasted all night, officials said.",
      "The plan was first tabled in the spring and rejected twice by the finance committee."]),
    # precision: a labelled stamp between paragraphs stays a stamp
    ("Council passes budget\n\n"
     "The council approved the budget on Monday after a debate that lasted all night, officials said.\n\n"
     "The plan was first tabled in the spring and rejected twice by the finance committee.\n\n"
     "Published: March 5, 2025\n\n"
     "The council first proposed the budget, but the finance committee rejected it two weeks later.\n",
     "Council passes budget", "March 5, 2025", None,
     ["The council approved the budget on Monday after a debate that lasted all night, officials said.",
      "The plan was first tabled in the spring and rejected twice by the finance committee.",
      "The council first proposed the budget, but the finance committee rejected it two weeks later."]),
    # the lede over the page's update stamp stays the first paragraph; the stamp is the update
    ("Council passes budget after all-night debate\n\n"
     "The council approved the new budget on Monday after a debate that lasted well into the night, officials said.\n\n"
     "Last updated: Nov 4, 2026 9:00 AM EST\n\n"
     "The mayor welcomed the vote and said new spending on housing would begin in January.\n",
     "Council passes budget after all-night debate", None, "Nov 4, 2026 9:00 AM EST",
     ["The council approved the new budget on Monday after a debate that lasted well into the night, officials said.",
      "The mayor welcomed the vote and said new spending on housing would begin in January."]),
    # precision: a standfirst that tells no day over the update stamp stays the standfirst
    ("Council passes budget after all-night debate\n\n"
     "A plan years in the making finally clears its last hurdle, but the hard part is still to come.\n\n"
     "Last updated: Nov 4, 2026 9:00 AM EST\n\n"
     "The council approved the new budget on Monday after a debate that lasted well into the night.\n",
     "Council passes budget after all-night debate", None, "Nov 4, 2026 9:00 AM EST",
     ["The council approved the new budget on Monday after a debate that lasted well into the night."]),
]


@pytest.mark.parametrize(("text", "headline", "published", "updated", "expected"), TIMELINE)
def test_date_lines_in_the_body(
    text: str, headline: str, published: str | None, updated: str | None, expected: list[str]
) -> None:
    article = parse(text)
    assert article["section"] == []
    assert (article["headline"] or {}).get("text") == headline
    assert stamp_text(article, "published") == published
    assert stamp_text(article, "updated") == updated
    assert paragraphs(article) == expected


# a short headline over the lede and a picture's caption with a bare credit on the line under it
# (a name and an agency, in capitals too): the headline stays, the caption takes the credit; a
# label over a headline, a standfirst and a byline stays the kicker
CAPTION_UNDER_LEDE = [
    ("Wildfire spreads\n\nThe fire spread overnight across the hills north of the city, officials said on Monday.\n\n"
     "A firefighter battles the flames near Malibu on Monday.\nJane Roe/AP\n\n"
     "The mayor said more crews would arrive from the north on Tuesday morning.\n",
     None, [], "Wildfire spreads", [("A firefighter battles the flames near Malibu on Monday.", "Jane Roe/AP")]),
    ("Budget passes\n\nThe council approved the new budget on Monday after a long debate that lasted all night.\n\n"
     "Firefighters at the scene in Malibu on Monday.\nJANE ROE / AFP\n\n"
     "The mayor welcomed the vote on Tuesday and promised new money for housing from January.\n",
     None, [], "Budget passes", [("Firefighters at the scene in Malibu on Monday.", "JANE ROE / AFP")]),
    ("Budget voté\n\nLe conseil municipal a approuvé lundi le nouveau budget après un long débat.\n\n"
     "Des pompiers à Nîmes, le 3 novembre.\nJEAN DUPONT / AFP\n\n"
     "Le maire a salué le vote mardi et a promis des investissements dès janvier.\n",
     "fr", [], "Budget voté", [("Des pompiers à Nîmes, le 3 novembre.", "JEAN DUPONT / AFP")]),
    # precision: a label, a headline, a standfirst and a byline: the label is the kicker
    ("Climate crisis\n\nFire season grows longer across the West\n\n"
     "Scientists say hotter summers leave forests drier for longer each year.\n\nBy Jane Roe\n\n"
     "The fire spread overnight across the hills north of the city, officials said on Monday.\n",
     None, ["Climate crisis"], "Fire season grows longer across the West", []),
    # precision: a headline in capitals over a slash and an agency is no credit line
    ("Markets\n\nStocks fell on Monday as investors sold shares in banks and energy companies, traders said.\n\n"
     "Oil prices slid for a third day.\nMARKETS WRAP / NEWS DESK\n\n"
     "The dollar rose against most currencies in afternoon trade in London.\n",
     None, None, None, []),
]


@pytest.mark.parametrize(("text", "language", "section", "headline", "expected_captions"), CAPTION_UNDER_LEDE)
def test_caption_with_bare_credit_under_the_lede(
    text: str, language: str | None, section: list[str] | None, headline: str | None,
    expected_captions: list[tuple[str, str | None]],
) -> None:
    article = parse(text, language)
    if section is not None:
        assert article["section"] == section
        assert (article["headline"] or {}).get("text") == headline
    assert captions(article) == expected_captions
    assert [kind for kind, _ in boilerplate(article)] == ["credit"] * len(expected_captions) + (
        ["standfirst"] if section else []
    )
