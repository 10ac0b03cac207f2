"""Bugs a second read of the 0.2 change found (each case failed before its fix): quote speakers
after an adjective in -ing, person nouns of sport and institutions, reported words after
``much``/``nothing``, a quotation about the person before it, German ``laut`` with a genitive, a
story's first paragraph over a button, live-blog clocks, and the compact line and boilerplate
containers behaving as the tuple and list they stand for."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import TimestampParser
from newsparse.lines import split_lines
from newsparse.spans import Boilerplate, BoilerplateList, Span


def quotes_of(text: str, language: str | None = None) -> list[tuple[str, str | None]]:
    parser = newsparse.ArticleParser(language=language) if language else newsparse.ArticleParser()
    article = parser.parse(f"Harbour news\n\n{text}\n")
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


QUOTES = [
    # an adjective in -ing before its noun is no participle after the speaker
    ("“We deserved the win tonight,” said the club's sporting director.",
     [("We deserved the win tonight,", "the club's sporting director")]),
    ("“Profits will rise again next year,” said the company's managing director, Ana Ortiz.",
     [("Profits will rise again next year,", "Ana Ortiz")]),
    ("“Get out of my shop,” said a man standing at the door.", [("Get out of my shop,", "a man")]),
    # people and institutions that the person-noun check must let speak
    ("“We are ready for anything now,” the quarterback said.", [("We are ready for anything now,", "the quarterback")]),
    ("The umpire said on Monday that the match would go ahead.", [("the match would go ahead", "The umpire")]),
    ("The hospital said on Monday that two patients were in a stable condition.",
     [("two patients were in a stable condition", "The hospital")]),
    # "much", "nothing" opening the reported words, their verb a few words on
    ("Ortiz said much of the damage was caused by the storm.", [("much of the damage was caused by the storm", "Ortiz")]),
    ("The minister said nothing in the new budget would hurt families.",
     [("nothing in the new budget would hurt families", "The minister")]),
    ("Ortiz said nothing about the vote at the meeting on Monday.", []),
    # a quotation about the person of the sentence before is not theirs
    ("Ana Ortiz scored twice before half-time. “She was simply unstoppable tonight.”",
     [("She was simply unstoppable tonight.", None)]),
    ("The judge turned to the jury. “You must weigh the evidence carefully.”",
     [("You must weigh the evidence carefully.", "The judge")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_quotes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an article between the source's capitalised words: the clause starts at its verb
        ("Laut Angaben der Polizei wurden bei dem Unfall drei Menschen schwer verletzt.",
         [("wurden bei dem Unfall drei Menschen schwer verletzt", "der Polizei")]),
        ("Laut einem Bericht der Zeitung will der Konzern tausend Stellen streichen.",
         [("will der Konzern tausend Stellen streichen", "Bericht der Zeitung")]),
        # a lower-case word after an article is no verb: nothing is read
        ("Laut Angaben der städtischen Polizei wurden drei Menschen verletzt.", []),
    ],
)
def test_german_laut_with_a_genitive(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(text, "de") == expected


def test_a_first_paragraph_over_a_button_stays_when_the_story_goes_on() -> None:
    first = "The city council voted 7-2 on Monday to approve a $2 billion budget after months of debate."
    text = (
        "Council approves budget after long fight\n\nBy Ana Ortiz\n\n" + first + "\n\nContinue reading\n\n"
        "The vote came after a five-hour meeting in which residents spoke for and against the plan.\n"
    )
    assert newsparse.parse_article(text).paragraphs[0].text == first


@pytest.mark.parametrize(("text", "clock"), [("1:45 p.m.", True), ("1:05", True), ("12:30 p.m.", True), ("24:10", False)])
def test_clock_lines(text: str, clock: bool) -> None:
    assert TimestampParser().is_clock_line(text) is clock


def test_lines_add_like_a_tuple() -> None:
    lines = split_lines("\n".join(f"Line {i} of the list." for i in range(1200)))
    assert type(lines).__name__ == "Lines"
    assert lines + () == tuple(lines) == () + lines
    assert lines[1:3] + lines[3:5] == tuple(lines[1:5])


def test_boilerplate_list_slices_like_a_list() -> None:
    parts = [Boilerplate("x", "other", Span(i, i + 1)) for i in range(100)]
    packed = BoilerplateList("x" * 500, parts)
    for start in range(-110, 111, 9):
        for stop in range(-110, 111, 7):
            assert packed[start:stop] == parts[start:stop]


@pytest.mark.parametrize(
    "caption", ["Save the Children staff unload aid in Gaza on Monday.", "Follow-up checks are made on the pier in March."]
)
def test_a_caption_opening_with_a_button_word(caption: str) -> None:
    text = (
        "Aid reaches Gaza\n\nBy Ana Ortiz\n\n"
        "The first aid convoy in weeks crossed into Gaza on Monday, the United Nations said.\n\n"
        f"{caption}\nPhoto: Jane Roe/Reuters\n\nThe trucks carried food and medicine for 20,000 people.\n"
    )
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Jane Roe/Reuters")]


@pytest.mark.parametrize(
    ("sign_off", "authors"),
    [
        ("Jane Roe can be reached at jroe@example.com.", ("Jane Roe",)),  # the author named again at the end
        ("Jane Roe said the vote showed the council could still agree.", None),  # named in the story: its subject
    ],
)
def test_a_name_alone_and_a_sign_off(sign_off: str, authors: tuple[str, ...] | None) -> None:
    text = (
        "Council approves budget\n\nJane Roe\n\n"
        "The city council approved a new budget on Tuesday after months of debate.\n\n"
        "The vote was 7-2, with two members opposed.\n\n" + sign_off + "\n"
    )
    article = newsparse.parse_article(text)
    assert (article.byline.authors if article.byline else None) == authors


# A date alone with a full stop right under the headline or the byline is the page's stamp, and
# the wire dateline under it is still read (a date that ends a sentence is told apart by words
# besides it, a line above that stops mid-sentence, or a stamp given before it).
STAMPS_WITH_A_STOP = [
    ("Storm hits coast\nMay 12, 2025.\n", "2025-05-12", ("LONDON", "Reuters")),
    ("Storm hits coast\nBy Jane Roe, Associated Press\nMay 12, 2025.\n\n", "2025-05-12", ("LONDON", "Reuters")),
    ("Storm hits coast\n\nMonday 13 May 2024.\n\n", "2024-05-13", ("LONDON", "Reuters")),
]


@pytest.mark.parametrize(("header", "published", "dateline"), STAMPS_WITH_A_STOP)
def test_a_stamp_with_a_full_stop_under_the_headline(header: str, published: str, dateline: tuple[str, str]) -> None:
    text = (
        header + "LONDON (Reuters) - A storm hit the coast on Monday, cutting power to thousands of homes, officials said.\n\n"
        "Crews were working to restore power in the worst hit towns on Tuesday.\n"
    )
    article = newsparse.parse_article(text)
    assert article.published is not None and article.published.datetime.date().isoformat() == published
    assert article.dateline is not None and (article.dateline.place, article.dateline.agency) == dateline
    assert article.paragraphs[0].text.startswith("A storm hit the coast on Monday")


# ">" may stand between two things in a headline: a path with it needs three labels; with a
# breadcrumb's own marks two are enough.
PATHS = [
    ("Apple > Samsung", (), "Apple > Samsung"),
    ("Home > Recipes > Baking", ("Recipes", "Baking"), None),
    ("Home » Recipes", ("Recipes",), None),
]


@pytest.mark.parametrize(("line", "section", "headline"), PATHS)
def test_a_headline_with_a_greater_than_sign_is_no_path(line: str, section: tuple[str, ...], headline: str | None) -> None:
    article = newsparse.parse_article(
        line + "\nMay 12, 2025\n\nThe phone maker reported results on Monday that beat forecasts by a wide margin.\n\n"
        "It was the best quarter in years.\n"
    )
    assert article.section == section
    assert (article.headline.text if article.headline else None) == headline
