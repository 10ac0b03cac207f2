"""A kicker over the author's signature over the title, and a name over a stamp or a reading time.

A page may print its section label, then the author's name (or names), then a date stamp or a
reading time, and only then the title.  The label is the section, the names the byline, the stamp
the publication date and the title the headline; the title is never boilerplate.  A person's name
over a stamp is the byline, never a section.  Controls keep a real kicker over a headline and a
one-word headline over the story."""

from __future__ import annotations

import pytest

import newsparse

STORY = (
    "\n\nThe harbour board voted 5-4 on Tuesday to sell the old ferry terminal to a developer.\n\n"
    "Work on the site is due to start next spring.\n"
)
TITLE = "Harbour board sells ferry terminal to developer"


def parse(text: str, language: str | None = None) -> newsparse.Article:
    parser = newsparse.ArticleParser(language=language) if language else newsparse.ArticleParser()
    return parser.parse(text)


def boilerplate_texts(article: newsparse.Article) -> list[str]:
    return [item.text for item in article.boilerplate]


@pytest.mark.parametrize(
    ("header", "section", "authors"),
    [
        ("POLITICS\nMarta Velasquez\nApril 9, 2024 8:40 AM\n" + TITLE, ("POLITICS",), ("Marta Velasquez",)),
        ("Politics\nMarta Velasquez\nApril 9, 2024\n" + TITLE, ("Politics",), ("Marta Velasquez",)),
        ("Local News\nOwen Pritchard\nPublished April 9, 2024\n" + TITLE, ("Local News",), ("Owen Pritchard",)),
        ("Analysis\nOwen Pritchard\nApril 9, 2024\n" + TITLE, ("Analysis",), ("Owen Pritchard",)),
        ("Opinion\nOwen Pritchard\nApr 9, 2024\n" + TITLE, ("Opinion",), ("Owen Pritchard",)),
        ("NEWS > LOCAL\nMarta Velasquez\nApril 9, 2024 8:40 AM\n" + TITLE, ("NEWS", "LOCAL"), ("Marta Velasquez",)),
        ("Business\nMarta Velasquez and Owen Pritchard\nApril 9, 2024\n" + TITLE, ("Business",), ("Marta Velasquez", "Owen Pritchard")),
    ],
)
def test_kicker_over_signature_over_title(header: str, section: tuple[str, ...], authors: tuple[str, ...]) -> None:
    article = parse(header + STORY)
    assert article.section == section
    assert article.headline is not None and article.headline.text == TITLE
    assert article.byline is not None and article.byline.authors == authors
    assert article.published is not None and article.published.datetime.date().isoformat() == "2024-04-09"
    assert TITLE not in boilerplate_texts(article)
    assert article.paragraphs[0].text.startswith("The harbour board voted")


def test_kicker_over_signature_in_german() -> None:
    text = (
        "Wirtschaft\nKlara Hoffmann\n09.04.2024, 08:40 Uhr\nHafenbehörde verkauft das alte Fährterminal\n\n"
        "Die Hafenbehörde hat am Dienstag den Verkauf des alten Fährterminals an einen Investor beschlossen.\n"
    )
    article = parse(text, "de")
    assert article.section == ("Wirtschaft",)
    assert article.headline is not None and article.headline.text == "Hafenbehörde verkauft das alte Fährterminal"
    assert article.byline is not None and article.byline.authors == ("Klara Hoffmann",)
    assert "Hafenbehörde verkauft das alte Fährterminal" not in boilerplate_texts(article)


@pytest.mark.parametrize(
    "signature",
    ["Marta Velasquez and Owen Pritchard\nApril 9, 2024", "Marta Velasquez and Owen Pritchard | April 9, 2024"],
)
def test_names_over_stamp_without_kicker(signature: str) -> None:
    article = parse(signature + "\n" + TITLE + STORY)
    assert article.section == ()
    assert article.headline is not None and article.headline.text == TITLE
    assert article.byline is not None and article.byline.authors == ("Marta Velasquez", "Owen Pritchard")
    assert article.published is not None and article.published.text == "April 9, 2024"
    assert boilerplate_texts(article) == []


@pytest.mark.parametrize(
    ("header", "published"),
    [
        # a short standfirst in the title's block
        ("Owen Pritchard\nApril 9, 2024\n" + TITLE + "\nThe vote was 5-4.", True),
        # the name and the date on one line
        ("Owen Pritchard · April 9, 2024\n" + TITLE, True),
        ("Owen Pritchard | April 9, 2024\n" + TITLE, True),
        # a reading time where the stamp stands
        ("Owen Pritchard\n3 min read\n" + TITLE, False),
    ],
)
def test_name_over_stamp_is_byline_not_section(header: str, published: bool) -> None:
    article = parse(header + STORY)
    assert article.section == ()
    assert article.headline is not None and article.headline.text == TITLE
    assert article.byline is not None and article.byline.authors == ("Owen Pritchard",)
    assert (article.published is not None) is published
    assert TITLE not in boilerplate_texts(article)


@pytest.mark.parametrize(
    ("text", "section", "headline", "authors"),
    [
        # a kicker over the headline over a byline with "By": read as ever
        ("Politics\n" + TITLE + "\nBy Owen Pritchard" + STORY, ("Politics",), TITLE, ("Owen Pritchard",)),
        # a kicker over a stamp over the title (no name): read as ever
        ("World\nApril 9, 2024\n" + TITLE + STORY, ("World",), TITLE, None),
        # a kicker right over the headline, nothing between
        ("NEWS > LOCAL\n" + TITLE + STORY, ("NEWS", "LOCAL"), TITLE, None),
    ],
)
def test_controls_keep_reading(
    text: str, section: tuple[str, ...], headline: str, authors: tuple[str, ...] | None
) -> None:
    article = parse(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert (article.byline.authors if article.byline else None) == authors
    assert headline not in boilerplate_texts(article)


def test_one_word_headline_over_story_stays_headline() -> None:
    text = "Floodgates\n\nThe floodgates on the river were opened on Tuesday for the first time in a decade.\n"
    article = parse(text)
    assert article.section == ()
    assert article.headline is not None and article.headline.text == "Floodgates"


@pytest.mark.parametrize("line", ["Hong Kong • April 9, 2024", "Fact Check • April 9, 2024", "Mara Quint | April 9, 2024"])
def test_piece_beside_stamp_without_given_name_is_no_byline(line: str) -> None:
    # a place, a label or a name whose first word is no known given name, beside a stamp over the title
    article = parse(line + "\n" + TITLE + STORY)
    assert article.byline is None
    assert article.headline is not None and article.headline.text == TITLE


@pytest.mark.parametrize("kicker", ["Local News", "SPORT"])
def test_kicker_over_name_over_reading_time(kicker: str) -> None:
    article = parse(f"{kicker}\nOwen Pritchard\n4 min read\n{TITLE}{STORY}")
    assert article.section == (kicker,)
    assert article.headline is not None and article.headline.text == TITLE
    assert article.byline is not None and article.byline.authors == ("Owen Pritchard",)
    assert boilerplate_texts(article) == ["4 min read"]
