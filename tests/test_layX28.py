"""Layout failures of stop 28's trial: a bare name under a headline that ends in a preposition,
particles and credentials in bylines, South Asian datelines, an agency after a middle dot, an
outlet's sign-off in capitals, more zone names and a travel guide's list of places.

Each shape is checked in whole short articles written in several sites' and wires' formats, with
near-misses whose reading must stay as it was.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import MonthDay, parse_article

# -- 1. a bare name under a headline that ends in a preposition ---------------------------------

NAME_UNDER_WRAPPED = [
    # (text, headline, author)
    (
        "Five things to look out for\nMaria Lopez\n"
        "The chancellor set out the new budget on Wednesday, with changes to taxes on fuel, food and pensions.\n\n"
        "Here is what it means for households.\n",
        "Five things to look out for",
        "Maria Lopez",
    ),
    (
        "What the new stadium deal could mean for\nthe club and its supporters\nDaniel Okafor\n"
        "The club agreed a deal on Monday to build a new stadium by the river, its owners said in a statement.\n\n"
        "Supporters' groups welcomed the plan but asked about ticket prices.\n",
        "What the new stadium deal could mean for the club and its supporters",
        "Daniel Okafor",
    ),
    (
        "The island villages the ferries forgot about\nSofia Lindqvist\n"
        "For three winters running, the last ferry of the day has left the harbour before the school bus arrives.\n\n"
        "Parents say the timetable was written without them.\n",
        "The island villages the ferries forgot about",
        "Sofia Lindqvist",
    ),
]


@pytest.mark.parametrize(("text", "headline", "author"), NAME_UNDER_WRAPPED)
def test_a_name_under_a_headline_ending_in_a_preposition_is_the_byline(text: str, headline: str, author: str) -> None:
    article = parse_article(text)
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is not None and article.byline.authors == (author,)
    assert article.byline.text == author


def test_a_name_set_off_from_the_story_alone_is_a_label_not_the_headline() -> None:
    # (a name with a blank line under it and none above is a label under the headline, as
    # test_layout_bylines has it: no byline, but no part of the headline either)
    text = (
        "Five things to look out for\nMaria Lopez\n\n"
        "The chancellor set out the new budget on Wednesday, with changes to taxes on fuel, food and pensions.\n"
    )
    article = parse_article(text)
    assert article.headline is not None and article.headline.text == "Five things to look out for"
    assert article.byline is None
    assert [(b.text, b.kind) for b in article.boilerplate] == [("Maria Lopez", "other")]


SURNAME_IN_STORY = [
    # (the headline's two lines, the story that names the person by the surname alone)
    ("A tribute to\nNelson Mandela", "Mandela spent 27 years in prison before he was elected president in 1994, friends recalled."),
    ("Five songs written by\nBruce Springsteen", "Springsteen wrote the first of them at 19, in a rented room above a garage in Asbury Park."),
    ("In conversation with\nMaria Lopez", "Lopez is a name she chose herself, the novelist says, laughing at the question on Monday."),
]


@pytest.mark.parametrize(("head", "story"), SURNAME_IN_STORY)
def test_a_headline_wraps_onto_a_name_whose_surname_the_story_writes(head: str, story: str) -> None:
    article = parse_article(f"{head}\n{story}\n")
    assert article.headline is not None and article.headline.text == head.replace("\n", " ")
    assert article.byline is None


def test_a_headline_wraps_onto_a_name_only_when_the_story_names_it() -> None:
    story = "sold out three more stadium shows on Monday, her promoter said in a statement to fans.\n"
    named = parse_article(f"Why fans keep coming back to\nTaylor Swift\nTaylor Swift {story}")
    assert named.headline is not None and named.headline.text == "Why fans keep coming back to Taylor Swift"
    assert named.byline is None
    signed = parse_article(f"Why fans keep coming back to\nMaria Lopez\nThe singer {story}")
    assert signed.headline is not None and signed.headline.text == "Why fans keep coming back to"
    assert signed.byline is not None and signed.byline.authors == ("Maria Lopez",)


# -- 2. particles in a byline's name ------------------------------------------------------------

STORY = (
    "Heavy rain closed dozens of schools across the region on Monday as rivers burst their banks.\n\n"
    "Officials said the main roads would reopen by the end of the week.\n"
)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Maria de los Santos", ("Maria de los Santos",)),
        ("By Carmen de las Heras, Reuters", ("Carmen de las Heras",)),
        ("By Ahmed al-Hassan", ("Ahmed al-Hassan",)),
        ("By Nour el-Din and Omar ad-Dawla", ("Nour el-Din", "Omar ad-Dawla")),
        ("Por João do Carmo", ("João do Carmo",)),
    ],
)
def test_name_particles_stay_in_the_author(line: str, authors: tuple[str, ...]) -> None:
    article = parse_article(f"Floods close schools across the region\n{line}\n{STORY}")
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.text == line
    assert [b.text for b in article.boilerplate] == []


# -- 3. South Asian datelines -------------------------------------------------------------------

MONSOON = "Heavy monsoon rain delayed dozens of flights at the city's main airport on Monday, officials said."


@pytest.mark.parametrize(
    ("opening", "place", "agency", "date"),
    [
        ("NEW DELHI:", "NEW DELHI", None, None),
        ("LAHORE:", "LAHORE", None, None),
        ("New Delhi [India], March 3 (ANI):", "New Delhi", "ANI", MonthDay(3, 3)),
        ("Islamabad [Pakistan], Nov 12 (ANI):", "Islamabad", "ANI", MonthDay(11, 12)),
        ("Washington DC [US], June 7 (ANI):", "Washington DC", "ANI", MonthDay(6, 7)),
    ],
)
def test_south_asian_datelines(opening: str, place: str, agency: str | None, date: MonthDay | None) -> None:
    text = f"Monsoon delays flights\n{opening} {MONSOON}\n\nOperations will resume on Tuesday.\n"
    article = parse_article(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.date) == (place, agency, date)
    assert article.dateline.text == opening
    assert article.paragraphs[0].text == MONSOON


def test_only_a_known_place_before_a_bare_colon_is_a_dateline() -> None:
    def first(opening: str) -> tuple[str | None, str]:
        article = parse_article(f"Monsoon delays flights\n{opening} {MONSOON}\n\nOperations will resume on Tuesday.\n")
        return (article.dateline.text if article.dateline else None), article.paragraphs[0].text

    assert first("TRAVEL ALERT:") == (None, f"TRAVEL ALERT: {MONSOON}")
    assert first("KOTTAYAM:") == (None, f"KOTTAYAM: {MONSOON}")
    assert first("PESHAWAR:") == ("PESHAWAR:", MONSOON)


# -- 4. an agency after a middle dot ------------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        ("By Jane Roe · Reuters", ("Jane Roe",), "Reuters"),
        ("By Ana Lima · Associated Press", ("Ana Lima",), "Associated Press"),
        ("By Tom Berg and Lea Vogt • AFP", ("Tom Berg", "Lea Vogt"), "AFP"),
    ],
)
def test_an_agency_after_a_middle_dot(line: str, authors: tuple[str, ...], agency: str) -> None:
    article = parse_article(f"Oil prices rise after supply cuts\n{line}\n{STORY}")
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, line)


def test_only_a_known_agency_after_a_dot_is_the_agency() -> None:
    def read(line: str) -> tuple[tuple[str, ...], str | None]:
        byline = parse_article(f"Oil prices rise after supply cuts\n{line}\n{STORY}").byline
        assert byline is not None
        return byline.authors, byline.agency

    assert read("By Jane Roe · The Daily Ledger") == (("Jane Roe",), None)
    assert read("By Jane Roe · Bloomberg") == (("Jane Roe",), "Bloomberg")


# -- 5. credentials after the name ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "authors", "byline_text", "published"),
    [
        ("Written by Jane Roe, MS, RD on March 4, 2025", ("Jane Roe",), "Written by Jane Roe, MS, RD", dt.datetime(2025, 3, 4)),
        ("By Tom Berg, PhD | Updated May 2, 2024", ("Tom Berg",), "By Tom Berg, PhD", None),
        ("By Ana Lima, MD, MPH and Lea Vogt, RN", ("Ana Lima", "Lea Vogt"), "By Ana Lima, MD, MPH and Lea Vogt, RN", None),
    ],
)
def test_credentials_after_a_name_are_no_author(
    line: str, authors: tuple[str, ...], byline_text: str, published: dt.datetime | None
) -> None:
    article = parse_article(f"Ten foods that can help you sleep better\n{line}\n{STORY}")
    assert article.byline is not None
    assert (article.byline.authors, article.byline.text) == (authors, byline_text)
    assert [b.text for b in article.boilerplate] == []
    if published is not None:
        assert article.published is not None and article.published.datetime == published
        assert article.published.text == "on March 4, 2025"


# -- 6. words in capitals (an outlet's sign-off) after the last sentence -----------------------------------------

@pytest.mark.parametrize(
    ("last", "kept", "mark"),
    [
        ("The ferry runs again. HARBOUR NEWS", "The ferry runs again.", "HARBOUR NEWS"),
        ("Tickets go on sale on Friday. VALLEY POST", "Tickets go on sale on Friday.", "VALLEY POST"),
        ('"We will be back," she said. THE COAST TIMES', '"We will be back," she said.', "THE COAST TIMES"),
    ],
)
def test_an_outlet_sign_off_after_the_last_sentence(last: str, kept: str, mark: str) -> None:
    text = (
        "Ferry service resumes after storms\n\n"
        "The ferry service between the islands resumed on Monday after a week of storms kept boats in harbour.\n\n"
        "Passengers queued from early morning to get a place on the first crossing.\n\n"
        f"{last}\n"
    )
    article = parse_article(text)
    assert article.paragraphs[-1].text == kept
    # (no known agency: the words are cut off, but filed as "other", never surely a sign-off)
    assert [(b.text, b.kind) for b in article.boilerplate] == [(mark, "other")]


def test_capitals_after_a_sentence_but_not_at_the_end_or_after_a_button_stay() -> None:
    head = (
        "Ferry service resumes after storms\n\n"
        "The ferry service between the islands resumed on Monday after a week of storms kept boats in harbour.\n\n"
    )
    button = parse_article(head + "Subscribe. READ MORE\n")
    assert [p.text for p in button.paragraphs] == [
        "The ferry service between the islands resumed on Monday after a week of storms kept boats in harbour."
    ]
    last = parse_article(head + "Boats left on time. HARBOUR NEWS\n")
    assert [p.text for p in last.paragraphs][-1] == "Boats left on time."


# -- 7. zone names ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "written", "offset_hours"),
    [
        ("Published 4 March 2025, 14:05 BRT", "4 March 2025, 14:05 BRT", -3),
        ("Updated March 4, 2025 9:15 MYT", "March 4, 2025 9:15 MYT", 8),
        ("Published 4 March 2025 08:30 IRST", "4 March 2025 08:30 IRST", 3.5),
    ],
)
def test_zone_names_are_read(line: str, written: str, offset_hours: float) -> None:
    text = f"Election results delayed\n{line}\n{STORY}"
    article = parse_article(text)
    stamp = article.published or article.updated
    assert stamp is not None and stamp.text == written
    assert stamp.datetime.utcoffset() == dt.timedelta(hours=offset_hours)
    assert [b.text for b in article.boilerplate] == []


def test_a_known_zone_is_read_and_an_ambiguous_one_is_not_guessed() -> None:
    def stamp(zone: str) -> dt.datetime:
        article = parse_article(f"Election results delayed\nPublished 4 March 2025, 14:05 {zone}\n{STORY}")
        assert article.published is not None
        return article.published.datetime

    # AST is Atlantic and Arabia Standard Time: no offset is read
    assert stamp("AST").tzinfo is None
    assert stamp("BRST").utcoffset() == dt.timedelta(hours=-2)


# -- 8. a travel guide's list of places ------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Five cities for a long weekend\n\nLisbon – Sun, sea and custard tarts in a city built on seven hills.\n\n"
        "Rome – History on every corner, and gelato too.\n\nBerlin – Clubs, museums and cheap beer.\n",
        "Where to eat this spring\n\nParis – A bistro by the canal, with a menu that changes daily.\n"
        "Madrid – Tapas until two in the morning.\n",
        "Winter breaks\n\nVienna - Coffee houses, cake and the opera.\n\nPrague - Bridges, beer and old squares.\n",
    ],
)
def test_a_list_of_places_is_no_dateline(text: str) -> None:
    article = parse_article(text)
    assert article.dateline is None
    assert article.paragraphs[0].text.split(" ")[1] in ("–", "-")


def test_a_known_place_over_the_story_stays_a_dateline_but_not_over_a_list() -> None:
    story = "Lisbon – The Portuguese government said on Monday it would raise fuel taxes.\n\n"
    dated = parse_article(f"Portugal raises fuel taxes\n\n{story}Unions said they would protest.\n")
    assert dated.dateline is not None and dated.dateline.place == "Lisbon"
    listed = parse_article(f"Portugal raises fuel taxes\n\n{story}Madrid – The Spanish government did the same.\n")
    assert listed.dateline is None
