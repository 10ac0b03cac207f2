"""Stop 42 (lead): a second new user's trial on the merged code (trial48)."""

from __future__ import annotations

import pytest

import newsparse

STORY = "The council approved the budget on Monday after a long debate over police funding.\n"


def test_the_writers_possessive_mid_story_is_the_story() -> None:
    text = (
        "Driver jailed for dangerous driving\nBy Ann Kelly\n\nA man was jailed on Monday.\n\n"
        "Ann Kelly's brother, Sean Kelly, was the driver.\n\nJudge Mary Ryan said the driving was reckless.\n"
    )
    article = newsparse.parse_article(text)
    assert [paragraph.text for paragraph in article.paragraphs] == [
        "A man was jailed on Monday.",
        "Ann Kelly's brother, Sean Kelly, was the driver.",
        "Judge Mary Ryan said the driving was reckless.",
    ]
    assert article.boilerplate == ()


REPORTED_NOTES = [
    "The writer owned no shares in the company at the time, her lawyer said.",
    "The author holds shares in the company, the court heard.",
    "This story was amended by the council on Tuesday to remove the quote, its spokesman said.",
    "The company regrets the error, its spokesman said.",
]


@pytest.mark.parametrize("line", REPORTED_NOTES)
def test_a_note_the_story_reports_is_the_story(line: str) -> None:
    article = newsparse.parse_article(f"City budget passes\nBy Jane Roe\n\n{STORY}\n{line}\n\nThe mayor signed it.\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [STORY.strip(), line, "The mayor signed it."]


NOTES = [
    ("This article was amended on 10 March 2025 because an earlier version misnamed the councillor.", "editors-note"),
    ("A previous version of this article incorrectly stated the date of the vote.", "editors-note"),
    ("The Harbour Times regrets the error.", "editors-note"),
    ("We apologise for the error.", "editors-note"),
    ("SOURCE Acme Robotics Corp.", "press-release"),
]


@pytest.mark.parametrize(("line", "kind"), NOTES)
def test_more_notes_at_the_end(line: str, kind: str) -> None:
    article = newsparse.parse_article(f"City budget passes\n\n{STORY}\n{line}\n")
    assert [(item.kind, item.text) for item in article.boilerplate] == [(kind, line)]


BRITISH = [
    # (the paragraph, the quotes: speaker, words)
    ("'It's a joke', said supporter Craig Bell.", [("Craig Bell", "It's a joke")]),
    ("The chairman, Ian Ward, said: 'We will appeal'.", [("Ian Ward", "We will appeal")]),
    # no quotation in single marks, only possessives before punctuation: nothing switches
    ("The players' union met on Monday. It praised the fans', stewards' and police work.", []),
]


@pytest.mark.parametrize(("paragraph", "quotes"), BRITISH)
def test_british_punctuation_outside_the_closing_mark(paragraph: str, quotes: list[tuple[str, str]]) -> None:
    article = newsparse.parse_article(f"Cup tie row over ticket prices\n\n{paragraph}\n")
    assert [(quote.speaker.name if quote.speaker else None, quote.text) for quote in article.quotes] == quotes


UNNAMED = [
    # with no bare name before the colon the one who quotes is read as the speaker, as PolNeAR credits a speech
    # that quotes someone to its speaker ("ended her speech by quoting Leonardo da Vinci in Italian: ...")
    ('The mayor ended her speech by quoting Abraham Lincoln in full: "With malice toward none."', "The mayor"),
    ('She quoted Churchill: "We shall fight on the beaches."', "Churchill"),
    ('The mayor, citing a survey, said: "Most residents agree."', "The mayor"),
    # "quotes" is a noun as often: no quoting verb
    ('The piece used one of her quotes as its headline: "Finally, someone who listens."', "The piece"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), UNNAMED)
def test_who_speaks_after_a_quoting_verb(paragraph: str, speaker: str | None) -> None:
    article = newsparse.parse_article(f"Crash on the coast road\n\n{paragraph}\n")
    assert [quote.speaker.name if quote.speaker else None for quote in article.quotes] == [speaker]


@pytest.mark.parametrize("line", ["By Politics Desk | March 8, 2025", "By Online Desk | Published: March 8, 2025"])
def test_a_desk_beside_a_stamp_signs_with_no_author(line: str) -> None:
    article = newsparse.parse_article(f"Rail fares rise again\n{line}\n\n{STORY}")
    assert article.byline is not None
    assert (article.byline.authors, article.byline.text) == ((), line.split(" |")[0])
    assert article.published is not None and article.published.datetime.isoformat() == "2025-03-08T00:00:00"


def test_an_age_after_the_is_no_count() -> None:
    text = "Senate race tightens\n\nClaire Roe, a senator, spoke on Monday. The 63-year-old senator said she would run again.\n"
    (quote,) = newsparse.parse_article(text).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.mention) == ("Claire Roe", "The 63-year-old senator")


FRENCH_INCISES = [
    ("— Et les usagers ? a demandé un journaliste.", [("Et les usagers ?", "a demandé", "un journaliste")]),
    ("— Partez ! s'est exclamé un passager.", [("Partez !", "s'est exclamé", "un passager")]),
    ("— Nous ne céderons pas, a déclaré Sophie Binet.", [("Nous ne céderons pas", "a déclaré", "Sophie Binet")]),
]


@pytest.mark.parametrize(("paragraph", "quotes"), FRENCH_INCISES)
def test_a_french_incise_after_a_question_needs_no_dash(paragraph: str, quotes: list[tuple[str, str, str]]) -> None:
    text = f"Grève à la SNCF\n\n— La grève continue, a dit Anne Roy.\n\n{paragraph}\n"
    article = newsparse.ArticleParser(language="fr").parse(text)
    got = [(quote.text, quote.cue, quote.speaker.name if quote.speaker else None) for quote in article.quotes]
    assert got[1:] == quotes
