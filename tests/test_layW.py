"""Layout follow-ups of the layU and layV merges: an outlet's name before its author with no
mark between them, a name beside a stamp under a standfirst, a three-word kicker in title case,
a newsroom's signature that names no person, and a date in another language with no label.

Each shape is a whole short article, the bad shape beside near-misses whose reading must not
change.
"""

from __future__ import annotations

import pytest

from newsparse import parse_article
from newsparse.byline import BylineParser
from newsparse.section import SectionParser

TITLE = "Bridge to close for a month of repairs"
STANDFIRST = "Drivers face long detours while engineers inspect the piers of the old river crossing."
STORY = (
    "The council voted on Tuesday to close the old bridge, officials said. Traffic will be diverted "
    "for a month while engineers inspect the piers.\n\nResidents said the detour would add twenty "
    "minutes to their commute.\n"
)


# -- 1. an outlet's name, then its author, with no mark between -------------------------------


@pytest.mark.parametrize(
    ("byline", "authors", "agency"),
    [
        ("Ouest-France Marion Le Goff", ("Marion Le Goff",), "Ouest-France"),  # one hyphened word
        ("El Tiempo Ana María López", ("Ana María López",), "El Tiempo"),  # a determiner opens it
        ("BBC News Laura Kuenssberg", ("Laura Kuenssberg",), "BBC News"),  # an outlet word ends it
        ("By Der Spiegel Anna Schmidt", ("Anna Schmidt",), "Der Spiegel"),
        # near-misses: the first word is a given name, or holds one; nothing reads as an outlet
        ("Mary Ellen Roe", ("Mary Ellen Roe",), None),
        ("Anne-Sophie Marie Dubois", ("Anne-Sophie Marie Dubois",), None),
        ("Siobhan Mary Roe", ("Siobhan Mary Roe",), None),
        ("Ana María López", ("Ana María López",), None),
        ("By Dr. John Smith", ("Dr. John Smith",), None),
    ],
)
def test_an_outlet_before_its_author_splits_at_a_given_name(
    byline: str, authors: tuple[str, ...], agency: str | None
) -> None:
    article = parse_article(f"{TITLE}\n\n{byline}\n\n{STORY}")
    assert article.headline is not None and article.headline.text == TITLE
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, byline)


@pytest.mark.parametrize(
    ("author", "split"),
    [
        ("Ouest-France Marion Le Goff", ("Ouest-France", "Marion Le Goff")),
        ("CNN Laura Smith", ("CNN", "Laura Smith")),
        ("Le Monde Jean Dupont", ("Le Monde", "Jean Dupont")),
        ("Mary Ellen Roe", None),
        ("Siobhan Mary Roe", None),  # "Siobhan" reads as no outlet
        ("Jane Roe", None),  # two words: no room for an outlet
        ("BBC News Laura", None),  # a given name alone is no name
    ],
)
def test_outlet_before_name(author: str, split: tuple[str, str] | None) -> None:
    assert BylineParser().outlet_before_name(author) == split


def test_a_place_before_a_name_is_no_outlet() -> None:
    article = parse_article(f"{TITLE}\n\nNorth Carolina Mary Smith\n\n{STORY}")
    assert article.byline is None


# -- 2. a name beside a stamp under a standfirst -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        ("Jane Roe | March 5, 2024", ("Jane Roe",), "2024-03-05T00:00:00"),
        ("Jane Roe • 5 March 2024 10:42", ("Jane Roe",), "2024-03-05T10:42:00"),
        ("Anna Schmidt · 5. März 2024", ("Anna Schmidt",), "2024-03-05T00:00:00"),
        # near-misses: a place, a label, a name whose first word is no known given name
        ("Hong Kong | March 5, 2024", None, "2024-03-05T00:00:00"),
        ("Fact Check • March 5, 2024", None, "2024-03-05T00:00:00"),
        ("Mara Quint | March 5, 2024", None, "2024-03-05T00:00:00"),
        ("Mary Smith Foundation | March 5, 2024", None, "2024-03-05T00:00:00"),
    ],
)
def test_a_name_beside_a_stamp_under_a_standfirst(line: str, authors: tuple[str, ...] | None, published: str) -> None:
    article = parse_article(f"{TITLE}\n\n{STANDFIRST}\n\n{line}\n\n{STORY}")
    assert article.headline is not None and article.headline.text == TITLE
    assert (article.byline.authors if article.byline is not None else None) == authors
    assert article.published is not None and article.published.datetime.isoformat() == published
    assert [b.kind for b in article.boilerplate][:1] == ["standfirst"]


# -- 3. a kicker of three words in title case -------------------------------------------------


@pytest.mark.parametrize(
    ("header", "section", "headline"),
    [
        ("The Long Read\nThe quiet cartel\n{s}\nBy Jane Roe", ("The Long Read",), "The quiet cartel"),
        ("The Big Idea\nWhy cities are shrinking\n{s}\nBy Jane Roe", ("The Big Idea",), "Why cities are shrinking"),
        ("The Long Read\nThe Quiet Cartel\n{s}\nBy Jane Roe", ("The Long Read",), "The Quiet Cartel"),
        # near-misses: a short title-case headline over its standfirst and the byline
        ("The Quiet Cartel\n{s}\nBy Jane Roe", (), "The Quiet Cartel"),
        ("Bridge Closes Tonight\n{s}\nBy Jane Roe", (), "Bridge Closes Tonight"),
        ("Three Ferries Collide\nA second line\n{s}\nBy Jane Roe", (), "Three Ferries Collide"),  # no determiner
    ],
)
def test_a_title_case_kicker_over_a_headline_and_standfirst(header: str, section: tuple[str, ...], headline: str) -> None:
    article = parse_article(header.format(s=STANDFIRST) + "\n\n" + STORY)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is not None and article.byline.authors == ("Jane Roe",)


@pytest.mark.parametrize(
    ("third", "section", "headline"),
    [
        (STANDFIRST, ("The Harbour Blog",), "Spring open thread"),  # a standfirst ends a sentence
        ("Previous Post", (), "The Harbour Blog"),  # a blog's name over its post's title and a button
    ],
)
def test_a_title_case_kicker_needs_a_standfirst(third: str, section: tuple[str, ...], headline: str) -> None:
    article = parse_article(f"The Harbour Blog\nSpring open thread\n{third}\nNext Post\nBy Jane Roe\n\n{STORY}")
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Long Read", True),
        ("The Big Idea", True),
        ("The long read", False),  # sentence case: is_sentence_case_label's
        ("Long Read Weekly", False),  # no determiner
        ("The Long Read.", False),
        ("The Long", False),
        ("The Long Read Again", False),
    ],
)
def test_is_title_case_label(text: str, expected: bool) -> None:
    assert SectionParser().is_title_case_label(text) is expected


# -- 4. a newsroom's signature that names no person -------------------------------------------


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("By Staff Reporter", TITLE),
        ("Staff Reporter", TITLE),
        ("Redacción Bogotá", "El puente cerrará un mes por reparaciones"),
        ("Redaktion", "Brücke wird für einen Monat gesperrt"),
        ("La rédaction", "Le pont fermera pendant un mois"),
        ("Par La rédaction", "Le pont fermera pendant un mois"),
    ],
)
def test_a_desk_signature_is_a_byline_with_no_authors(line: str, title: str) -> None:
    article = parse_article(f"{title}\n\n{line}\n\n{STORY}")
    assert article.headline is not None and article.headline.text == title
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == ((), None, line)
    assert article.boilerplate == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Jane Roe, Staff Reporter", ("Jane Roe",)),  # a person signs
        ("By Jane Roe", ("Jane Roe",)),
        ("Staff Reporter Jane Roe", None),  # a name after the desk is no city
    ],
)
def test_a_desk_beside_a_person(line: str, authors: tuple[str, ...] | None) -> None:
    article = parse_article(f"{TITLE}\n\n{line}\n\n{STORY}")
    assert (article.byline.authors if article.byline is not None else None) == authors


# -- 5. a date in another language with no label ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("5 de marzo de 2024 - 10:42", "2024-03-05T10:42:00"),
        ("5 de marzo de 2024", "2024-03-05T00:00:00"),
        ("martes, 5 de marzo de 2024 10:42", "2024-03-05T10:42:00"),
        # a weekday the date contradicts (5 March 2024 was a Tuesday): no stamp, as in English
        ("lunes, 5 de marzo de 2024 10:42", None),
        ("5. März 2024, 10:42 Uhr", "2024-03-05T10:42:00"),
        ("5 mars 2024 à 10h42", "2024-03-05T10:42:00"),
        ("18 novembre 2019", "2019-11-18T00:00:00"),
        # near-misses: no day before the month, or no year of four digits after it
        ("Mars 2024", None),
        ("Mai 18, 2024", None),
        ("5 Mars bars sold in 2024", None),
        ("5 mars 24", None),
    ],
)
def test_an_unlabelled_foreign_date(line: str, published: str | None) -> None:
    article = parse_article(f"{TITLE}\n\n{line}\n\n{STORY}")
    assert (article.published.datetime.isoformat() if article.published else None) == published
    if published is not None:
        assert article.published is not None and article.published.text == line
