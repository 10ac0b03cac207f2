"""Bylines and datelines missed on pages from unseen sites (byl60): an outlet's one-word desk credit,
an agency opening an author's role, a name glued to its stamp's clock, a signer alone under a
standfirst, a German dateline with the default parser, and a spelled-out US zone on an update's clock
or at an hour the clocks change over.  Invented stories in real layouts; each row is the text and
exactly what must come out."""

from __future__ import annotations

import datetime as dt

import pytest

from articles import offset_hours, parse_held
from parts import blocks, texts

HEADLINE = "Council approves budget after long debate"
STORY = (
    "The county council approved a new budget on Tuesday after a long debate over road repairs and school funding.",
    "Councillors voted 31 to 12 in favour of the plan, which raises local taxes by two per cent from April next year.",
)
STANDFIRST = "The plan raises local taxes by two per cent from April."


@pytest.mark.parametrize(
    ("line", "authors", "agency", "text"),
    [
        # an outlet's one-word name and a desk's role after "By": the desk signs, no person, no agency
        ("BY NATION REPORTER", (), None, "BY NATION REPORTER"),
        ("By Nation Correspondent, Nairobi", (), None, "By Nation Correspondent, Nairobi"),
        ("By Crime Reporter", (), None, "By Crime Reporter"),
        ("By Staff Reporter", (), None, "By Staff Reporter"),
        # an agency is the agency's byline, as before
        ("By Reuters Reporter", ("Reuters",), "Reuters", "By Reuters Reporter"),
        # a known agency opening the role after the name: the author's agency
        ("By Oliver Hartley, PA Transport Correspondent", ("Oliver Hartley",), "PA", "By Oliver Hartley, PA Transport Correspondent"),
        ("By Rhian Ellis, AFP Correspondent", ("Rhian Ellis",), "AFP", "By Rhian Ellis, AFP Correspondent"),
        ("By Rhian Ellis, Associated Press Correspondent", ("Rhian Ellis",), "Associated Press", "By Rhian Ellis, Associated Press Correspondent"),
        ("Oliver Hartley, PA Transport Correspondent", ("Oliver Hartley",), "PA", "Oliver Hartley, PA Transport Correspondent"),
        # must not fire: a role that opens with no known agency gives none
        ("By Oliver Hartley, Transport Correspondent", ("Oliver Hartley",), None, "By Oliver Hartley, Transport Correspondent"),
        ("By Oliver Hartley, Nation Political Editor", ("Oliver Hartley",), None, "By Oliver Hartley, Nation Political Editor"),
    ],
)
def test_credit_lines(line: str, authors: tuple[str, ...], agency: str | None, text: str) -> None:
    article = parse_held(blocks(HEADLINE, line, *STORY))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, text)
    assert texts(article) == list(STORY)


@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        # an agency's outlet, maybe with the place it writes from, alone right under the headline
        ("BBC News, Leeds", ("BBC News",), "BBC News"),
        ("BBC News", ("BBC News",), "BBC News"),
        ("CBS News, New York", ("CBS News",), "CBS News"),
        ("AFP, Paris", ("AFP",), "AFP"),
        ("Reuters, London", ("Reuters",), "Reuters"),
    ],
)
def test_outlet_line_under_headline(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    article = parse_held(blocks(HEADLINE, line, *STORY))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, line)
    assert texts(article) == list(STORY)


@pytest.mark.parametrize(
    "line",
    [
        "Petra, Amman",  # an agency's name that is a given name: maybe a person and a place
        "Sky News, Leeds",  # no known agency
        "BBC News, Leeds and Bradford",  # no place alone after the comma
        "By Jane Reporter",  # a given name before the role: no desk
        "Nation Reporter",  # no "By": a heading, no desk's credit
        "By the time the vote was called, most members had already left the chamber for the night.",
    ],
)
def test_credit_lines_that_are_none(line: str) -> None:
    article = parse_held(blocks(HEADLINE, line, *STORY))
    assert article.byline is None


@pytest.mark.parametrize(
    ("line", "author", "when", "stamp"),
    [
        # a clock glued to the name: the name, and the stamp from the clock on
        ("Mereana Tukaki15:45, Aug 14 2025", "Mereana Tukaki", dt.datetime(2025, 8, 14, 15, 45), "15:45, Aug 14 2025"),
        ("Mereana Tukaki15:45 Aug 14 2025", "Mereana Tukaki", dt.datetime(2025, 8, 14, 15, 45), "15:45 Aug 14 2025"),
        ("Mereana Tukaki 15:45, Aug 14 2025", "Mereana Tukaki", dt.datetime(2025, 8, 14, 15, 45), "15:45, Aug 14 2025"),
        ("Jane RoeDecember 2, 2016", "Jane Roe", dt.datetime(2016, 12, 2), "December 2, 2016"),
    ],
)
def test_name_glued_to_clock(line: str, author: str, when: dt.datetime, stamp: str) -> None:
    article = parse_held(blocks(HEADLINE, line, *STORY))
    assert article.byline is not None and article.byline.authors == (author,) and article.byline.text == author
    assert article.published is not None
    assert (article.published.datetime, article.published.text) == (when, stamp)


def test_clock_glued_to_digits_is_no_split() -> None:
    # must not fire: a clock after a digit is no glued name ("Flight BA2117:45" is no stamp of 17:45)
    article = parse_held(blocks(HEADLINE, "Flight BA2117:45, Aug 14 2025", *STORY))
    assert article.byline is None


@pytest.mark.parametrize(
    ("standfirst", "signer", "authors", "agency"),
    [
        (STANDFIRST, "Tom Hale", ("Tom Hale",), None),
        (STANDFIRST, "Australian Associated Press", ("Australian Associated Press",), "Australian Associated Press"),
        (
            "Councillors back a rise in local taxes after a marathon session that ran late into the night.",
            "Tom Hale",
            ("Tom Hale",),
            None,
        ),
    ],
)
def test_signer_under_standfirst(standfirst: str, signer: str, authors: tuple[str, ...], agency: str | None) -> None:
    article = parse_held(blocks(HEADLINE, standfirst, signer, *STORY))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, signer)
    assert texts(article) == [standfirst, *STORY]


@pytest.mark.parametrize(
    ("pieces", "paragraphs"),
    [
        # must not fire: the story names the person (a subject, a speaker)
        (
            (HEADLINE, STANDFIRST, "Ann Berg", STORY[0], "Ann Berg, who chairs the finance committee, voted against."),
            [STANDFIRST, "Ann Berg", STORY[0], "Ann Berg, who chairs the finance committee, voted against."],
        ),
        # the surname in the standfirst: the story's subject
        (
            (HEADLINE, "Mayor Hale says the plan is fair.", "Tom Hale", *STORY),
            ["Mayor Hale says the plan is fair.", "Tom Hale", *STORY],
        ),
        # a picture's credit under the standfirst: a company, no known given name
        ((HEADLINE, STANDFIRST, "Warner Bros.", *STORY), [STANDFIRST, "Warner Bros.", *STORY]),
        # a heading, names in capitals, an agency's initials, two names: no signer alone
        ((HEADLINE, STANDFIRST, "Budget Day", *STORY), [STANDFIRST, "Budget Day", *STORY]),
        ((HEADLINE, STANDFIRST, "TOM HALE", *STORY), [STANDFIRST, "TOM HALE", *STORY]),
        ((HEADLINE, STANDFIRST, "AAP", *STORY), [STANDFIRST, "AAP", *STORY]),
        # deeper in the story: a name alone after the second paragraph is no byline
        ((HEADLINE, *STORY, "Tom Hale", "The vote ends months of talks between the parties on the council."),
         [*STORY, "Tom Hale", "The vote ends months of talks between the parties on the council."]),
    ],
)
def test_no_signer_under_standfirst(pieces: tuple[str, ...], paragraphs: list[str]) -> None:
    article = parse_held(blocks(*pieces))
    assert article.byline is None
    assert texts(article) == paragraphs


GERMAN = "Die Bundesregierung hat am Mittwoch ein neues Klimapaket beschlossen, das den Ausbau der Windkraft beschleunigen soll."


@pytest.mark.parametrize(
    ("opener", "place", "agency"),
    [
        ("Berlin, 4. Dezember 2026 -", "Berlin", None),
        ("Wien, 4. Dezember 2026 (APA) -", "Wien", "APA"),
    ],
)
@pytest.mark.parametrize("language", [None, "de"])
def test_german_dateline_any_parser(opener: str, place: str, agency: str | None, language: str | None) -> None:
    # the default parser reads the months of every pack on a dateline, as the de pack does
    article = parse_held(blocks("Regierung beschließt neues Klimapaket", f"{opener} {GERMAN}", "Die Opposition kritisierte den Entwurf."), language)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.date, article.dateline.text) == (
        place,
        agency,
        dt.date(2026, 12, 4),
        opener,
    )


@pytest.mark.parametrize(
    ("header", "published", "updated", "update_text"),
    [
        # an update's clock with its zone spelled out, under a day with no clock: the update that day, naive as the day
        ("Published July 3, 2025\nUpdated 2:15 p.m. Eastern time", dt.datetime(2025, 7, 3), dt.datetime(2025, 7, 3, 14, 15), "2:15 p.m. Eastern time"),
        ("Published July 3, 2025\nUpdated 2:15 p.m. ET", dt.datetime(2025, 7, 3), dt.datetime(2025, 7, 3, 14, 15), "2:15 p.m. ET"),
        ("Published July 3, 2025 | Updated 2:15 p.m. Eastern time", dt.datetime(2025, 7, 3), dt.datetime(2025, 7, 3, 14, 15), "2:15 p.m. Eastern time"),
    ],
)
def test_update_on_day_spelled_zone(header: str, published: dt.datetime, updated: dt.datetime, update_text: str) -> None:
    article = parse_held(blocks(HEADLINE, header, *STORY))
    assert article.published is not None and article.updated is not None
    assert article.published.datetime == published
    assert (article.updated.datetime, article.updated.text) == (updated, update_text)
    assert offset_hours(article.updated.datetime) is None


def test_clock_alone_with_spelled_zone_is_no_update() -> None:
    # must not fire: a labelled clock with no day above it gives no stamp (a live blog's time)
    article = parse_held(blocks(HEADLINE, "Updated 2:15 p.m. Eastern time", *STORY))
    assert (article.published, article.updated) == (None, None)
    assert [(part.kind, part.text) for part in article.boilerplate] == [("timestamp", "Updated 2:15 p.m. Eastern time")]


@pytest.mark.parametrize(
    ("stamp", "when", "hours"),
    [
        # a region's zone by its season
        ("July 3, 2025 10:00 a.m. Eastern time", dt.datetime(2025, 7, 3, 10, 0), -4.0),
        ("January 3, 2025 10:00 a.m. Eastern time", dt.datetime(2025, 1, 3, 10, 0), -5.0),
        # the day the clocks change, away from the change: the offset of that hour
        ("March 9, 2025 10:30 a.m. ET", dt.datetime(2025, 3, 9, 10, 30), -4.0),
        ("March 9, 2025 1:30 a.m. ET", dt.datetime(2025, 3, 9, 1, 30), -5.0),
        # an hour the clocks skip or pass twice: no offset can be told
        ("March 9, 2025 2:30 a.m. Eastern time", dt.datetime(2025, 3, 9, 2, 30), None),
        ("November 2, 2025 1:30 a.m. Eastern time", dt.datetime(2025, 11, 2, 1, 30), None),
        ("November 2, 2025 1:30 a.m. PT", dt.datetime(2025, 11, 2, 1, 30), None),
        # a fixed offset is no region's: kept as written
        ("November 2, 2025 1:30 a.m. EST", dt.datetime(2025, 11, 2, 1, 30), -5.0),
    ],
)
def test_zone_across_clock_change(stamp: str, when: dt.datetime, hours: float | None) -> None:
    article = parse_held(blocks(HEADLINE, f"Published {stamp}", *STORY))
    assert article.published is not None and article.published.text == stamp
    assert (article.published.datetime.replace(tzinfo=None), offset_hours(article.published.datetime)) == (when, hours)
