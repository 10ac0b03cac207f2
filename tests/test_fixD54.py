"""fixD54 (stop 47): layout defects the round's helpers found: a story line lost to boilerplate,
a line in two parts, a story sentence read as a caption, French datelines with an ordinal day,
stamps with an unknown zone, and a list under a colon line."""

from __future__ import annotations

import functools

import pytest

from newsparse import ArticleParser, parse_article

HEADLINE = "Council votes on harbour plan\n\n"


def paragraphs_of(text: str) -> list[str]:
    return [p.text for p in parse_article(text).paragraphs]


def boilerplate_of(text: str) -> list[tuple[str, str]]:
    return [(b.text, str(b.kind)) for b in parse_article(text).boilerplate]


# -- 1. a story's first sentence hard-wrapped at a comma -------------------------------------------


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # a line ending in a comma and the line right under it that ends the sentence: one paragraph
        ("Residents of Springfield,\nShelbyville and Ogdenville voted on Tuesday to rebuild the pier.",
         "Residents of Springfield, Shelbyville and Ogdenville voted on Tuesday to rebuild the pier."),
        ("Farmers near Dijon,\nBeaune and Chablis said on Monday the frost had killed the vines.",
         "Farmers near Dijon, Beaune and Chablis said on Monday the frost had killed the vines."),
        ("LONDON,\nthe capital, voted on Tuesday to rebuild the pier.",
         "LONDON, the capital, voted on Tuesday to rebuild the pier."),
        ("In Oslo,\nthe city council voted to close the harbour road.",
         "In Oslo, the city council voted to close the harbour road."),
    ],
)
def test_comma_wrapped_lede_is_one_paragraph(first: str, expected: str) -> None:
    text = HEADLINE + first + "\n\nThe vote was close.\n"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [expected, "The vote was close."]
    assert list(article.boilerplate) == []
    assert article.dateline is None  # (no agency, no date: no dateline split over the two lines)


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        # (precision: a line under the comma line that ends no sentence carries nothing on)
        ("Springfield,\nIllinois\n\nThe council voted on Tuesday to rebuild the pier, officials said on Wednesday.",
         ["The council voted on Tuesday to rebuild the pier, officials said on Wednesday."]),
        # (precision: a dateline broken at its comma is still read as the dateline)
        ("LONDON,\nMarch 3 (Reuters) - The council voted on Tuesday to rebuild the pier.",
         ["The council voted on Tuesday to rebuild the pier."]),
        # (precision: too few words for a sentence: no prose)
        ("Oslo,\nNorway.\n\nThe council voted on Tuesday to rebuild the pier, officials said on Wednesday.",
         ["The council voted on Tuesday to rebuild the pier, officials said on Wednesday."]),
    ],
)
def test_comma_line_that_carries_no_sentence(text: str, paragraphs: list[str]) -> None:
    assert paragraphs_of(HEADLINE + text + "\n") == paragraphs


# -- 3. a sentence that states a fact, cited to news agencies, is story text -----------------------


def captions_of(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.credit) for c in parse_article(text).captions]


BODY_OPEN = HEADLINE + "The council voted on Tuesday to rebuild the pier.\n\n"
BODY_CLOSE = "\n\nThe vote was close, and the mayor left the hall at once.\n"


@pytest.mark.parametrize(
    "line",
    [
        "The jobless rate rose. Source: Reuters",
        "Exports fell. Source: AFP",
        "Fuel prices climbed. Source: Reuters",
        "The harbour toll is high. Source: Reuters",
        "Ferry traffic grew. Quelle: dpa",
    ],
)
def test_agency_cited_statement_stays_story(line: str) -> None:
    article = parse_article(BODY_OPEN + line + BODY_CLOSE)
    assert list(article.captions) == []
    assert [p.text for p in article.paragraphs][1] == line


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        # (precision: a picture named with no finite verb keeps its agency as its credit)
        ("Ein Zug im Hauptbahnhof. Quelle: dpa", ("Ein Zug im Hauptbahnhof.", "dpa")),
        ("Firefighters at the pier on Monday. Source: Reuters", ("Firefighters at the pier on Monday.", "Reuters")),
        ("The flooded harbour road in Dover. Source: AFP", ("The flooded harbour road in Dover.", "AFP")),
    ],
)
def test_agency_cited_picture_stays_caption(line: str, caption: tuple[str, str]) -> None:
    assert captions_of(BODY_OPEN + line + BODY_CLOSE) == [caption]


# -- 4. a French dateline with the first of the month written "1er" -------------------------------

@functools.cache
def french() -> ArticleParser:
    return ArticleParser(language="fr")


def french_dateline(first: str) -> tuple[str | None, object, str] | None:
    article = french().parse("Le conseil vote\n\n" + first + "\n\nLe vote était serré.\n")
    dateline = article.dateline
    return None if dateline is None else (dateline.place, dateline.date, dateline.text)


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("Genève, le 1er juin (AFP) - Le conseil a voté mardi.", ("Genève", (6, 1), "Genève, le 1er juin (AFP) -")),
        ("PARIS, 1er mars (AFP) - Le conseil a voté mardi.", ("PARIS", (3, 1), "PARIS, 1er mars (AFP) -")),
        ("Lyon, le 1er décembre (AFP) - Le conseil a voté mardi.", ("Lyon", (12, 1), "Lyon, le 1er décembre (AFP) -")),
        ("PARIS, 3 mars (AFP) - Le conseil a voté mardi.", ("PARIS", (3, 3), "PARIS, 3 mars (AFP) -")),
    ],
)
def test_french_first_of_month(first: str, expected: tuple[str, tuple[int, int], str]) -> None:
    found = french_dateline(first)
    assert found is not None
    place, date, text = found
    assert (place, (date.month, date.day), text) == expected  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "first",
    [
        # (precision: only the day 1 takes "er"; a word glued on is no ordinal)
        "PARIS, 11er mars (AFP) - Le conseil a voté mardi.",
        "PARIS, 1ere mars (AFP) - Le conseil a voté mardi.",
    ],
)
def test_no_french_ordinal(first: str) -> None:
    assert french_dateline(first) is None


# -- 5. a clock whose zone is written but cannot be read: the date alone, in either order ----------

STORY = "\n\nThe council voted on Tuesday to rebuild the pier, officials said.\n"


def stamp_of(line: str) -> tuple[str, str, str] | None:
    article = parse_article("Council votes on harbour plan\n" + line + STORY)
    stamp = article.published or article.updated
    if stamp is None:
        return None
    return (stamp.kind.value, stamp.datetime.isoformat(), stamp.text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published Tue November 3, 2026 9:00 AM XYZ", ("published", "2026-11-03T00:00:00", "Tue November 3, 2026 9:00 AM XYZ")),
        ("Published 9:00 AM XYZ, Tue November 3, 2026", ("published", "2026-11-03T00:00:00", "9:00 AM XYZ, Tue November 3, 2026")),
        ("Published Tue November 3, 2026 at 9:00 AM XYZ", ("published", "2026-11-03T00:00:00", "Tue November 3, 2026 at 9:00 AM XYZ")),
        ("Updated 3 November 2026, 14:05 QRT", ("updated", "2026-11-03T00:00:00", "3 November 2026, 14:05 QRT")),
        ("Updated 14:05 QRT, 3 November 2026", ("updated", "2026-11-03T00:00:00", "14:05 QRT, 3 November 2026")),
        # (precision: a known zone is read with its offset in either order; no zone, a naive clock)
        ("Published Tue November 3, 2026 9:00 AM EST",
         ("published", "2026-11-03T09:00:00-05:00", "Tue November 3, 2026 9:00 AM EST")),
        ("Published 9:00 AM EST, Tue November 3, 2026",
         ("published", "2026-11-03T09:00:00-05:00", "9:00 AM EST, Tue November 3, 2026")),
        ("Published Tue November 3, 2026 9:00 AM", ("published", "2026-11-03T09:00:00", "Tue November 3, 2026 9:00 AM")),
        ("Updated 3 November 2026, 14:05 GMT", ("updated", "2026-11-03T14:05:00+00:00", "3 November 2026, 14:05 GMT")),
    ],
)
def test_unknown_zone_keeps_the_date_alone(line: str, expected: tuple[str, str, str]) -> None:
    # (lay55: the datetime is the date alone; the clock and its unknown zone are the stamp's words as written)
    assert stamp_of(line) == expected


# -- 6. a list with no bullets under a colon line: one paragraph an item ---------------------------

LEDE = "Budget live\n\nThe chancellor set out the budget in the house on Tuesday.\n\n"
AFTER = "\n\nThe vote was close.\n"


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("Key points so far:\nEmployer national insurance up to 15%\nFuel duty frozen",
         ["Key points so far:", "Employer national insurance up to 15%", "Fuel duty frozen"]),
        ("What we know:\nThree people were hurt\nThe road is closed\n2 schools shut early",
         ["What we know:", "Three people were hurt", "The road is closed", "2 schools shut early"]),
        # (precision: a sentence carried on under the colon, or one item alone, is no list)
        ("The measures include:\nhigher taxes on employers\nand a freeze on fuel duty.",
         ["The measures include: higher taxes on employers and a freeze on fuel duty."]),
        ("Her message was simple:\nVote for the plan on Tuesday.",
         ["Her message was simple: Vote for the plan on Tuesday."]),
        ("Key points so far:\nEmployer national insurance up to 15%, and\nfuel duty frozen for a year.",
         ["Key points so far: Employer national insurance up to 15%, and fuel duty frozen for a year."]),
    ],
)
def test_list_under_colon_line(block: str, expected: list[str]) -> None:
    texts = paragraphs_of(LEDE + block + AFTER)
    assert texts == ["The chancellor set out the budget in the house on Tuesday.", *expected, "The vote was close."]
