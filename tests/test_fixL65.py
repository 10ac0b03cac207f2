"""Regressions of round 65's layout rules (fixL65): bylines with the author's station or paper,
a live blog's shift notes, related headlines in sentence case under the story, an export's
section and page fields, relative stamps, full-stop datelines of East African papers, prices
that are no dates, bracketed caption credits, broadcast transcripts' labels, outlets in a dated
dateline's brackets, ``EST`` on an Australian page, and a clock in a country's time.  Invented
stories in real layouts; each row is the text and exactly what must come out, the rows that must
not fire beside the ones that must."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from articles import offset_hours, parse_held, parts_of
from parts import blocks, holds_every_line

BUS = "Council backs new bus routes"
STORY = [
    "The city council voted on Tuesday to expand the bus network across three districts.",
    "The plan will cost about $4 million and take two years to complete, officials said.",
]


# -- (1) a byline with the author's station or paper ----------------------------------------------


@pytest.mark.parametrize(
    ("signature", "authors"),
    [
        ("Author: Jo Reed (KTVQ 7)", ("Jo Reed",)),
        ("Author: Maria Lopez (WXYZ 7 Action News)", ("Maria Lopez",)),
        ("By Jo Reed | The Daily Sentinel", ("Jo Reed",)),
        ("By Sam Ortiz | Lakeside Gazette", ("Sam Ortiz",)),
        ("By Jo Reed, KTVQ 2 News", ("Jo Reed",)),
        ("Maria Lopez, WKRN News 2", ("Maria Lopez",)),
        ("Dana Pruitt, 13News Now", ("Dana Pruitt",)),
        ("Tom Berg, Lakeside Gazette", ("Tom Berg",)),
        ("Sarah Mwangi, Citizen TV", ("Sarah Mwangi",)),
    ],
)
def test_byline_keeps_the_outlet_in_its_text(signature: str, authors: tuple[str, ...]) -> None:
    article = parse_held(blocks(f"{BUS}\n{signature}", *STORY))
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.agency is None  # (no known agency: the outlet stays in the text)
    assert article.byline.text == signature
    assert [p.text for p in article.paragraphs] == STORY


@pytest.mark.parametrize(
    "line",
    [
        "Mayor Ana Ruiz, Times Square",  # (a title first, and no outlet: "Times" before another word)
        "Jordan Lake, Denver",  # (a place after the comma, no station)
        "Maria Lopez, Channel Four",  # (no outlet word last, no call sign)
    ],
)
def test_name_and_no_outlet_is_no_byline(line: str) -> None:
    article = parse_held(blocks(f"{BUS}\n{line}", *STORY))
    assert article.byline is None
    assert [p.text for p in article.paragraphs] == STORY


def test_name_and_station_beside_a_stamp() -> None:
    article = parse_held(blocks(f"{BUS}\nJo Reed, KTVQ 2 News\nPublished: 10:42 AM MST Mar 3, 2026", *STORY))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.text) == (("Jo Reed",), "Jo Reed, KTVQ 2 News")
    assert article.published is not None
    assert article.published.datetime == dt.datetime(2026, 3, 3, 10, 42, tzinfo=article.published.datetime.tzinfo)
    assert offset_hours(article.published.datetime) == -7


# -- (2) other stories' headlines under the story ------------------------------------------------

RELATED_RUNS = [
    ["School board delays vote on new budget", "Police identify man killed in highway crash",
     "Farmers market returns to downtown this weekend", "Library extends weekend hours"],
    ["Kenya's central bank holds rate at 10.75 percent", "Maize prices fall as harvest comes in early",
     "Nairobi traders protest new county levies"],
    ["Ferry fares to rise for the third time this year", "Harbour master retires after 40 years at sea",
     "New lighthouse keeper named for the northern isles", "Storm damage repairs finished early",
     "Island school wins national science prize"],
]


@pytest.mark.parametrize("run", RELATED_RUNS)
def test_headline_run_under_the_story_is_related(run: list[str]) -> None:
    article = parse_held(blocks(f"{BUS}\nBy Jane Reed", *STORY, "\n".join(run)))
    _captions, filed, paragraphs = parts_of(article)
    assert paragraphs == STORY
    assert filed == [("related", line) for line in run]


def test_headline_run_under_a_label_is_related() -> None:
    run = RELATED_RUNS[0][:3]
    article = parse_held(blocks(f"{BUS}\nBy Jane Reed", *STORY, "More from The Sentinel", "\n".join(run)))
    assert [p.text for p in article.paragraphs] == STORY
    assert [(b.kind, b.text) for b in article.boilerplate] == [("related", "More from The Sentinel")] + [
        ("related", line) for line in run
    ]


@pytest.mark.parametrize(
    ("tail", "paragraphs"),
    [
        (  # a paragraph wrapped over lines: its last line ends a sentence
            "The council will vote again in May after\nresidents asked for more time to study the\nplan and its cost.",
            ["The council will vote again in May after residents asked for more time to study the plan and its cost."],
        ),
        (  # a list the story leads into
            "The new routes:\n\nRoute 4 from downtown to the airport\nRoute 9 from the university to the mall\n"
            "Route 12 from the harbour to the hospital",
            ["The new routes:",
             "Route 4 from downtown to the airport Route 9 from the university to the mall "
             "Route 12 from the harbour to the hospital"],
        ),
        (  # two lines only, the story's own last words
            "Officials said the first new buses would run in June\n\nDrivers will be hired over the spring",
            ["Officials said the first new buses would run in June", "Drivers will be hired over the spring"],
        ),
        (  # a list of bullets
            "- Route 4 runs from downtown to the airport\n- Route 9 runs from the university to the mall\n"
            "- Route 12 runs from the harbour to the hospital",
            ["- Route 4 runs from downtown to the airport", "- Route 9 runs from the university to the mall",
             "- Route 12 runs from the harbour to the hospital"],
        ),
    ],
)
def test_story_lines_at_the_foot_stay_body(tail: str, paragraphs: list[str]) -> None:
    article = parse_held(blocks(f"{BUS}\nBy Jane Reed", *STORY, tail))
    assert [p.text for p in article.paragraphs] == STORY + paragraphs
    assert article.boilerplate == ()


# -- (3) an export's section and page fields ------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "fields"),
    [
        ("NEWSPAPER SECTION: News\nPAGE: A4\nBy Jo Reed", ["NEWSPAPER SECTION: News", "PAGE: A4"]),
        ("By Jo Reed\nSECTION: Business\nPAGE: B2", ["SECTION: Business", "PAGE: B2"]),
        ("SECTION: Business; Pg. 4\nLENGTH: 512 words\nBy Jo Reed", ["SECTION: Business; Pg. 4", "LENGTH: 512 words"]),
        ("By Jo Reed\nSection: Local News\nPage: 3", ["Section: Local News", "Page: 3"]),
    ],
)
def test_export_fields_are_no_paragraphs(header: str, fields: list[str]) -> None:
    article = parse_held(blocks(f"{BUS}\n{header}", *STORY))
    assert article.byline is not None and article.byline.authors == ("Jo Reed",)
    assert [p.text for p in article.paragraphs] == STORY
    assert [(b.kind, b.text) for b in article.boilerplate] == [("other", field) for field in fields]


def test_export_fields_under_the_story() -> None:
    article = parse_held(blocks(f"{BUS}\nBy Jo Reed", *STORY, "SECTION: Business\nPAGE: A4"))
    assert [p.text for p in article.paragraphs] == STORY
    assert [(b.kind, b.text) for b in article.boilerplate] == [("other", "SECTION: Business"), ("other", "PAGE: A4")]


@pytest.mark.parametrize(
    "line",
    [
        "Section 4: The tenant must give the landlord two months' notice before leaving.",
        "Page: the council's own report runs to 400 pages and took two years to write.",
        "section: business",
    ],
)
def test_story_line_with_a_field_word_stays_body(line: str) -> None:
    article = parse_held(blocks(f"{BUS}\nBy Jo Reed", STORY[0], line, STORY[1]))
    assert [p.text for p in article.paragraphs] == [STORY[0], line, STORY[1]]


# -- (4) a live blog's shift notes ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("signature", "authors"),
    [
        ("By Ana Ruiz (now) and Tom Berg (earlier)", ("Ana Ruiz", "Tom Berg")),
        ("By Li Wei (now), Sara Okafor (earlier) and Tom Berg", ("Li Wei", "Sara Okafor", "Tom Berg")),
        ("By Ana Ruiz (Now) and Tom Berg (Earlier)", ("Ana Ruiz", "Tom Berg")),
        ("By Maya Patel (now) and Chris Dunn (previously)", ("Maya Patel", "Chris Dunn")),
    ],
)
def test_live_blog_shift_notes_leave_the_names(signature: str, authors: tuple[str, ...]) -> None:
    article = parse_held(blocks(f"Live updates: Storm hits the coast\n{signature}", *STORY))
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.text == signature


def test_bracket_that_is_no_shift_note_stays() -> None:
    article = parse_held(blocks("Live updates: Storm hits the coast\nBy Ana Ruiz (Reuters) and Tom Berg", *STORY))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (("Ana Ruiz", "Tom Berg"), "Reuters")


# -- (5) relative stamps under the headline -------------------------------------------------------


@pytest.mark.parametrize("stamp", ["4h ago", "35 min ago", "2 hours ago", "Updated 35 min ago"])
@pytest.mark.parametrize("reference", [None, dt.date(2026, 3, 5)])
def test_relative_stamp_is_no_paragraph_and_no_date(stamp: str, reference: dt.date | None) -> None:
    article = newsparse.parse_article(blocks(f"{BUS}\nBy Ana Ruiz\n{stamp}", *STORY), reference_date=reference)
    assert holds_every_line(article)
    assert (article.published, article.updated) == (None, None)
    assert [p.text for p in article.paragraphs] == STORY
    assert [b.text for b in article.boilerplate] == [stamp]


# -- (6) full-stop datelines of East African papers -----------------------------------------------


@pytest.mark.parametrize(
    ("lede", "place", "rest"),
    [
        ("DODOMA. The government has approved a new budget for roads.", "DODOMA",
         "The government has approved a new budget for roads."),
        ("Dar es Salaam. The city council has approved new bus routes.", "Dar es Salaam",
         "The city council has approved new bus routes."),
        ("Nairobi. Kenya's treasury has cut its growth forecast for the year.", "Nairobi",
         "Kenya's treasury has cut its growth forecast for the year."),
        ("Addis Ababa. The central bank raised its main rate on Monday.", "Addis Ababa",
         "The central bank raised its main rate on Monday."),
        ("Mombasa. Port officials have cleared a backlog of containers.", "Mombasa",
         "Port officials have cleared a backlog of containers."),
    ],
)
def test_full_stop_dateline(lede: str, place: str, rest: str) -> None:
    article = parse_held(blocks(BUS, lede, STORY[1]))
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.text) == (place, place + ".")
    assert [p.text for p in article.paragraphs] == [rest, STORY[1]]


@pytest.mark.parametrize(
    "lede",
    [
        "Nairobi is growing fast. The city council has approved new bus routes.",
        "Dar es Salaam is the largest city in Tanzania, officials said.",
        "Paris Hilton. The heiress has opened a new hotel in the city.",  # (no place the vocabulary knows)
        "Kenya. The country has cut its growth forecast.",  # (a country, no town written from)
    ],
)
def test_place_as_a_sentence_subject_is_no_dateline(lede: str) -> None:
    article = parse_held(blocks(BUS, lede, STORY[1]))
    assert article.dateline is None
    assert [p.text for p in article.paragraphs] == [lede, STORY[1]]


@pytest.mark.parametrize(
    "title",
    [
        "Nairobi. The city where the idea began",
        "Kampala. A market that never sleeps",
        "Addis Ababa. Where the coffee comes from",
    ],
)
def test_titled_place_over_a_byline_stays_the_headline(title: str) -> None:
    # (a known place and a full stop before a short line with no sentence's end: a title, no dateline;
    # a second user's trial, round 65)
    lede = "The company first tested the idea there in 2019, its founder said on Monday."
    article = parse_held(title + "\nBy Jo Reed\n" + lede + "\n" + STORY[1])
    assert article.headline is not None and article.headline.text == title
    assert article.dateline is None


# -- (7) prices and other calendars are no dates --------------------------------------------------


@pytest.mark.parametrize(
    ("header", "lede"),
    [
        ("By Jane Banda\nK450", "LILONGWE - Maize now costs K450 a kilogram, up from K300 in March."),
        ("Sh2,000", "NAIROBI - A litre now costs Sh2,000 at most stations."),
        ("RM15 per kg", "KUALA LUMPUR - Prices rose to RM15 per kilogram this week."),
        ("Chaitra 21, 2082", "KATHMANDU - The budget passed on Chaitra 21, 2082."),
    ],
)
@pytest.mark.parametrize("reference", [None, dt.date(2026, 3, 5)])
def test_prices_and_other_calendars_give_no_stamp(header: str, lede: str, reference: dt.date | None) -> None:
    article = newsparse.parse_article(blocks(f"Prices climb again\n{header}", lede), reference_date=reference)
    assert holds_every_line(article)
    assert (article.published, article.updated) == (None, None)
    assert article.dateline is not None and article.dateline.date is None


def test_iso_date_is_read() -> None:
    article = parse_held(blocks("Budget passed\n2026-03-04", "KATHMANDU - The budget passed on Tuesday."))
    assert article.published is not None
    assert (article.published.datetime, article.published.has_time) == (dt.datetime(2026, 3, 4), False)


# -- (8) bracketed caption credits ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("European Commission President speaks in Brussels, Belgium, 3 March 2026. [EPA-EFE/OLIVIER HOSLET]",
         "European Commission President speaks in Brussels, Belgium, 3 March 2026.", "EPA-EFE/OLIVIER HOSLET"),
        ("A farmer in a field of wheat. [Shutterstock]", "A farmer in a field of wheat.", "Shutterstock"),
        ("Ministers arrive for the summit in Luxembourg. [EPA-EFE/JULIEN WARNAND]",
         "Ministers arrive for the summit in Luxembourg.", "EPA-EFE/JULIEN WARNAND"),
    ],
)
def test_bracketed_caption_credit(line: str, caption: str, credit: str) -> None:
    article = parse_held(blocks(BUS, line, *STORY))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert [p.text for p in article.paragraphs] == STORY


# -- (9) a broadcast transcript's labels ---------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "reporter"),
    [("AILSA CHANG, HOST:", "JO REED"), ("STEVE INSKEEP, HOST:", "MARIA LOPEZ"), ("MARY LOUISE KELLY, HOST:", "TOM BERG")],
)
def test_transcript_labels_stay_body(host: str, reporter: str) -> None:
    turns = [
        host,
        "Farmers across the plains are bracing for a dry spring.",
        f"{reporter}, BYLINE: On a farm outside Salina, the wheat is already thin.",
        "(SOUNDBITE OF ARCHIVED RECORDING)",
        "UNIDENTIFIED PERSON: We have not had rain since October.",
    ]
    article = parse_held(blocks("Farmers brace for a dry spring", *turns))
    assert article.byline is None
    assert [p.text for p in article.paragraphs] == turns
    assert article.boilerplate == ()


def test_field_label_in_capitals_is_no_transcript_label() -> None:
    assert not newsparse.ArticleParser().is_transcript_label("NEWSPAPER SECTION: News")
    assert not newsparse.ArticleParser().is_transcript_label("Jo Reed, Host:")


# -- (10) an outlet in a dated dateline's brackets ------------------------------------------------


@pytest.mark.parametrize(
    ("lede", "place", "agency"),
    [
        ("LONDON, March 3 (Sunday Times) - The city council voted on Tuesday.", "LONDON", "Sunday Times"),
        ("Colombo, Nov. 24 (Daily Mirror) - The city council voted on Tuesday.", "Colombo", "Daily Mirror"),
        ("LONDON, March 3 (Sunday Times Readers) - The city council voted on Tuesday.", None, None),
        ("SYDNEY, March 3 (Herald Sun Subscribers) - The city council voted.", None, None),
        ("Colombo, Nov. 24 (Daily Mirror Online Readers) - The city council voted.", None, None),
    ],
)
def test_dated_outlet_is_an_outlet_name(lede: str, place: str | None, agency: str | None) -> None:
    article = parse_held(blocks(BUS, lede, STORY[1]))
    if place is None:
        assert article.dateline is None
        assert article.paragraphs[0].text == lede
    else:
        assert article.dateline is not None
        assert (article.dateline.place, article.dateline.agency) == (place, agency)


# -- (11) EST under an Australian dateline --------------------------------------------------------


@pytest.mark.parametrize(
    ("lede", "hours"),
    [
        ("PERTH, Western Australia — The city council voted on Tuesday.", 10),
        ("BRISBANE, Queensland — The city council voted on Tuesday.", 10),
        ("SYDNEY (AAP) - The city council voted on Tuesday.", 10),
        ("TOLEDO, Ohio — The city council voted on Tuesday.", -5),
        ("The city council voted on Tuesday.", -5),
    ],
)
def test_est_follows_the_dateline_country(lede: str, hours: float) -> None:
    article = parse_held(blocks(f"{BUS}\nBy Jo Reed\nMarch 3, 2026 10:30 AM EST", lede, STORY[1]))
    assert article.published is not None
    assert article.published.datetime.replace(tzinfo=None) == dt.datetime(2026, 3, 3, 10, 30)
    assert offset_hours(article.published.datetime) == hours


def test_est_on_a_page_naming_both_countries_has_no_zone() -> None:
    article = parse_held(
        blocks("US and Australia sign trade pact\nBy Jo Reed\nMarch 3, 2026 10:30 AM EST",
               "CANBERRA, Australia — The two governments signed the pact on Tuesday.", STORY[1])
    )
    assert article.published is not None
    assert article.published.datetime.tzinfo is None


# -- (12) a clock in a country's time -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "when", "hours"),
    [
        ("10:30 a.m. (Kenya time), March 3, 2026", dt.datetime(2026, 3, 3, 10, 30), 3),
        ("9:15 p.m. (Nigeria time), March 3, 2026", dt.datetime(2026, 3, 3, 21, 15), 1),
        ("8:00 a.m. (Uganda time), March 3, 2026", dt.datetime(2026, 3, 3, 8, 0), 3),
    ],
)
def test_country_time_stamp(line: str, when: dt.datetime, hours: float) -> None:
    article = parse_held(blocks(f"{BUS}\nBy Jo Reed\n{line}", *STORY))
    assert article.published is not None
    assert article.published.datetime.replace(tzinfo=None) == when
    assert offset_hours(article.published.datetime) == hours
    assert article.published.text == line


@pytest.mark.parametrize(
    ("regions", "region", "hours"),
    [
        ({"Australia"}, "Australia", 10),
        (set(), "United States", -5),  # (the default: US Eastern)
        ({"United States"}, "United States", -5),
        ({"United States", "Australia"}, None, None),  # (both named: no zone)
    ],
)
def test_est_is_an_ambiguous_zone(regions: set[str], region: str | None, hours: float | None) -> None:
    vocabulary = newsparse.Vocabulary()
    found = vocabulary.ambiguous_zone_region("EST", frozenset(regions))
    assert found == region
    assert (None if found is None else vocabulary.ambiguous_zone_offset("EST", found)) == hours
