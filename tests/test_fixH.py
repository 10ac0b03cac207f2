"""Story lines and headers found by a new user's layout trial, each row a short article in our own
words: the bad shape beside the near-misses that must keep their answer.  A lede over a ``Read
more`` button is the story, the button alone furniture (a teaser over a button stays a teaser); a
lede printed again lower down keeps its first copy as the first paragraph (a standfirst that the
story's first paragraph prints again stays a standfirst); running text under a byline opens the
story even when a list or subheads follow it."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser, parse_article
from parts import blocks, holds_every_line

LEDE = "The council said on Monday it would review the decision after complaints from residents."
NEXT = "Residents had said the new charges were unfair to people who work night shifts."
HEAD = "Council to review parking decision\nBy Jane Roe\n\n"


# 1. a lede over a button: (text, the first paragraph, the button's kind, the lines filed as boilerplate)
BUTTONS = [
    (HEAD + blocks(LEDE, "Read more", NEXT), LEDE, "related", ["Read more"]),
    (HEAD + blocks(LEDE, "READ MORE", NEXT), LEDE, "related", ["READ MORE"]),
    (HEAD + blocks(LEDE, "Read the full story", NEXT), LEDE, "related", ["Read the full story"]),
    (HEAD + blocks(LEDE, "Read full article »", NEXT), LEDE, "related", ["Read full article »"]),
    # near-miss: a teaser for another page (no day of the news) over a button stays a teaser
    (
        HEAD + blocks("The best deals of the week, picked by our editors.", "Read More", NEXT),
        NEXT,
        "related",
        ["The best deals of the week, picked by our editors.", "Read More"],
    ),
    # near-miss: a sentence that only starts with the button's words is the story
    (HEAD + blocks(LEDE, "Read the story of the flood again.", NEXT), LEDE, None, []),
]


@pytest.mark.parametrize(("text", "first", "kind", "filed"), BUTTONS)
def test_a_lede_over_a_button_is_the_story(text: str, first: str, kind: str | None, filed: list[str]) -> None:
    article = parse_article(text)
    assert article.paragraphs[0].text == first
    assert [item.text for item in article.boilerplate] == filed
    if kind is not None:
        assert article.boilerplate[-1].kind == kind
    assert holds_every_line(article)


SCHOOL = "The school board on Monday delayed a vote on next year's budget after parents packed the meeting."
MORE = "More than 200 people attended, and dozens spoke during public comment."
BOARD = "Board members said they needed more time to review alternatives."
VOTE = "The vote is now scheduled for June 10."
DE_LEDE = "Der Bundestag hat am Freitag das umstrittene Rentenpaket nach langer Debatte beschlossen."
DE_NEXT = "Die Opposition kritisierte die hohen Kosten für künftige Generationen."

# 2. a lede printed again lower down: (language, text, the paragraphs, the lines filed as standfirst)
AGAIN = [
    ("en", "School board delays vote on budget\nBy Kim Park\n\n" + blocks(SCHOOL, MORE, BOARD, SCHOOL, VOTE),
     [SCHOOL, MORE, BOARD, SCHOOL, VOTE], []),
    ("en", "School board delays vote on budget\n\n" + blocks(SCHOOL, MORE, BOARD, SCHOOL, VOTE),
     [SCHOOL, MORE, BOARD, SCHOOL, VOTE], []),
    ("de", "Bundestag beschließt Rentenpaket\nVon Anna Schmidt\n\n" + blocks(DE_LEDE, DE_NEXT, DE_LEDE, "Die Abstimmung war knapp."),
     [DE_LEDE, DE_NEXT, DE_LEDE, "Die Abstimmung war knapp."], []),
    # near-miss: a teaser that says no day, printed again after the lede, stays a standfirst
    ("en", "School board delays vote on budget\n\n" + BOARD + "\n\n" + blocks(SCHOOL, BOARD, VOTE),
     [SCHOOL, BOARD, VOTE], [BOARD]),
    # near-miss: a standfirst over the byline, the story's first paragraph its copy, stays a standfirst
    # (its copy before the story is filed too: only the lines after it are asserted)
    ("en", "School board delays vote on budget\n\n" + SCHOOL + "\n\nBy Kim Park\n\n" + blocks(SCHOOL, MORE, BOARD),
     [MORE, BOARD], [SCHOOL]),
]


@pytest.mark.parametrize(("language", "text", "paragraphs", "standfirst"), AGAIN)
def test_a_lede_printed_again_keeps_its_first_copy(
    language: str, text: str, paragraphs: list[str], standfirst: list[str]
) -> None:
    article = ArticleParser(language=language).parse(text)
    texts = [p.text for p in article.paragraphs]
    assert (texts[-len(paragraphs) :] if standfirst else texts) == paragraphs
    assert [item.text for item in article.boilerplate if item.kind == "standfirst"] == standfirst
    assert holds_every_line(article)


RALLY = "Thousands of protesters rallied outside parliament on Saturday, chanting and waving flags."
POLICE = "Police said the rally was peaceful and that no one had been arrested."
PROTEST = "Protesters rally outside parliament\n"

# 3. running text under a byline, a list or subheads under it: (text, the paragraphs, the boilerplate's texts)
UNDER_BYLINE = [
    (PROTEST + "By Jane Roe\n\n" + blocks(RALLY, "Their demands:", "• End the fuel tax", "• Hold a referendum", POLICE),
     [RALLY, "Their demands:", "• End the fuel tax", "• Hold a referendum", POLICE], []),
    (PROTEST + "By Jane Roe\n\n" + blocks(RALLY, "What happens next", "Who organised it", POLICE),
     [RALLY, "What happens next", "Who organised it", POLICE], []),
    # near-miss: a standfirst between the byline and the stamp stays a standfirst
    (PROTEST + "By Jane Roe\n" + RALLY + "\nPublished May 12, 2025\n\n" + blocks(POLICE), [POLICE], [RALLY]),
    # near-miss: no byline, two paragraphs: both the story
    (PROTEST + "\n" + blocks(RALLY, POLICE), [RALLY, POLICE], []),
]


@pytest.mark.parametrize(("text", "paragraphs", "filed"), UNDER_BYLINE)
def test_under_a_byline_the_story_has_begun(text: str, paragraphs: list[str], filed: list[str]) -> None:
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == paragraphs
    assert [item.text for item in article.boilerplate] == filed
    assert holds_every_line(article)


SEAS = "Seas are rising faster than expected, scientists warn"
STUDY = "A new study of satellite data shows the oceans warming at twice the rate of the 1990s."
BUS = "The city council voted 7-2 on Tuesday to add bus lanes on three downtown streets."
WORK = "Construction is expected to begin in September and last about four months."

# 4. a kicker, a headline, a standfirst and the author's name alone closing the block:
# (text, section, headline, byline, the lines filed as boilerplate, the first paragraph)
AUTHOR_UNDER = [
    ("Climate crisis\n" + SEAS + "\n" + STUDY + "\nMaria Okafor\n\n" + blocks(BUS, WORK),
     ("Climate crisis",), SEAS, "Maria Okafor", [STUDY], BUS),
    (SEAS + "\n" + STUDY + "\nMaria Okafor\n\n" + blocks(BUS, WORK), (), SEAS, "Maria Okafor", [STUDY], BUS),
    # near-miss: a caption over its credit is no standfirst over an author
    (SEAS + "\n\n" + STUDY + "\nJane Doe/Reuters\n\n" + blocks(BUS, WORK), (), SEAS, None, None, None),
]


@pytest.mark.parametrize(("text", "section", "headline", "byline", "filed", "first"), AUTHOR_UNDER)
def test_an_author_under_the_standfirst(
    text: str, section: tuple[str, ...], headline: str, byline: str | None, filed: list[str] | None, first: str | None
) -> None:
    article = parse_article(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert (article.byline.text if article.byline else None) == byline
    if filed is not None:
        assert [item.text for item in article.boilerplate] == filed
    if first is not None:
        assert article.paragraphs[0].text == first
    assert all(byline is None or byline not in p.text for p in article.paragraphs)
    assert holds_every_line(article)


LANES = "Council approves new bus lanes"

# 5. a block of navigation over a kicker: (text, section, headline, the navigation lines)
NAVIGATION = [
    ("Menu\nSearch\n\nLOCAL NEWS\n" + LANES + "\nBy Maria Gonzalez\n\n", ("LOCAL NEWS",), LANES, ["Menu", "Search"]),
    ("Home\nNews\nSport\n\nLOCAL NEWS\n" + LANES + "\nBy Maria Gonzalez\n\n", ("LOCAL NEWS",), LANES,
     ["Home", "News", "Sport"]),
    ("Home\nNews\nSport\n\n" + LANES + "\nBy Maria Gonzalez\n\n", (), LANES, ["Home", "News", "Sport"]),
    ("Home\nNews\n\nLOCAL NEWS\n" + LANES + "\n\n", ("LOCAL NEWS",), LANES, ["Home", "News"]),
    # near-miss: one line of furniture right over the kicker (as before)
    ("Skip to main content\nNEWS › LOCAL\n" + LANES + "\n\n", ("NEWS", "LOCAL"), LANES, ["Skip to main content"]),
    # near-miss: a section path one label a line, no furniture in it, is the kicker (as before)
    ("National\nNSW\nBushfires\n\n" + LANES + "\nBy Maria Gonzalez\n\n", ("National", "NSW", "Bushfires"), LANES, []),
]


@pytest.mark.parametrize(("head", "section", "headline", "navigation"), NAVIGATION)
def test_navigation_over_a_kicker(head: str, section: tuple[str, ...], headline: str, navigation: list[str]) -> None:
    article = parse_article(head + blocks(BUS, WORK))
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert [item.text for item in article.boilerplate] == navigation
    assert [p.text for p in article.paragraphs] == [BUS, WORK]
    assert holds_every_line(article)


DE_STORY = blocks(DE_LEDE, DE_NEXT)

# 7. a headline wrapped onto two lines: (language, head, headline, the lines filed as boilerplate)
WRAPPED = [
    ("de", "Bundestag beschließt das\numstrittene Rentenpaket\nVon Anna Schmidt\n\n",
     "Bundestag beschließt das umstrittene Rentenpaket", []),
    ("en", "City to replace lead pipes\non the east side\nBy Tom Hale\n\n", "City to replace lead pipes on the east side", []),
    ("en", "City to replace lead pipes in\nthe east side\nBy Tom Hale\n\n", "City to replace lead pipes in the east side", []),
    # near-misses: a standfirst under the headline opens with a capital; a sentence's end ends the headline
    ("en", "City to replace lead pipes\nThe work starts in May\nBy Tom Hale\n\n", "City to replace lead pipes",
     ["The work starts in May"]),
    ("en", "City to replace lead pipes.\nthe work starts in May\nBy Tom Hale\n\n", "City to replace lead pipes.",
     ["the work starts in May"]),
    ("en", "City to replace lead pipes\niPhone owners get alerts\nBy Tom Hale\n\n", "City to replace lead pipes",
     ["iPhone owners get alerts"]),
    ("en", "City to replace lead pipes\nx\nBy Tom Hale\n\n", "City to replace lead pipes", ["x"]),
]


@pytest.mark.parametrize(("language", "head", "headline", "filed"), WRAPPED)
def test_a_headline_wrapped_onto_two_lines(language: str, head: str, headline: str, filed: list[str]) -> None:
    body = DE_STORY if language == "de" else blocks(BUS, WORK)
    article = ArticleParser(language=language).parse(head + body)
    assert article.headline is not None and article.headline.text == headline
    assert article.headline.span.slice(article.text).replace("\n", " ") == headline
    assert [item.text for item in article.boilerplate] == filed
    assert holds_every_line(article)


FIVE = "Five ways to cut your energy bill this winter"
BANK = "Central bank lifts borrowing costs for the third time this year"

# 6. a label in sentence case that names a section over a headline and a byline:
# (head, section, headline, the lines filed as boilerplate)
LABELS = [
    ("Personal finance\n" + FIVE + "\nBy Tom Hale\n\n", ("Personal finance",), FIVE, []),
    ("Local news\n" + LANES + " on three streets\nBy Tom Hale\n\n", ("Local news",), LANES + " on three streets", []),
    ("US news\n" + FIVE + "\nBy Tom Hale\n\n", ("US news",), FIVE, []),
    ("The big picture\n" + FIVE + "\nBy Tom Hale\nPublished May 12, 2025\n\n", ("The big picture",), FIVE, []),
    # near-misses: a short headline over its standfirst (its last word a verb or an object) stays the headline
    ("Rates rise\n" + BANK + "\nBy Tom Hale\n\n", (), "Rates rise", [BANK]),
    ("Bank holds rates\n" + BANK + "\nBy Tom Hale\n\n", (), "Bank holds rates", [BANK]),
]


@pytest.mark.parametrize(("head", "section", "headline", "filed"), LABELS)
def test_a_section_label_in_sentence_case(head: str, section: tuple[str, ...], headline: str, filed: list[str]) -> None:
    article = parse_article(head + blocks(BUS, WORK))
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert [item.text for item in article.boilerplate] == filed
    assert holds_every_line(article)


def test_a_section_phrase() -> None:
    sections = ArticleParser().section
    texts = ["Local news", "UK politics", "The big picture", "Rates rise", "Local News", "news", "Bank holds rates"]
    assert [sections.is_section_phrase(text) for text in texts] == [True, True, True, False, False, False, False]
