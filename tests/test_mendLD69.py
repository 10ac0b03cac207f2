"""mendLD69: wire datelines, agency credit lines and bracketed zone offsets a new user found wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse_article
from newsparse.spans import MonthDay, collapse

HEADLINE = "Parliament passes the budget after a long debate\n\n"


def _dateline(lede: str) -> tuple[str | None, str | None, object, str] | None:
    article = parse_article(HEADLINE + lede + "\n")
    found = article.dateline
    if found is None:
        return None
    assert collapse(article.text[found.span.start : found.span.end]) == collapse(found.text)
    return found.place, found.agency, found.date, found.text


# --- 1. an agency's name alone in brackets under the writer's name is a credit, no dateline ----------------

CREDIT_ROWS = [
    # (writer, credit line, lede, place, agency of the dateline, byline agency)
    (
        "Tess Ikonomou",
        "(Australian Associated Press)",
        "CANBERRA, Nov 27 AAP - Prime Minister Anthony Albanese has flagged a new $5 billion fund for housing.",
        "CANBERRA",
        "AAP",
        "Australian Associated Press",
    ),
    (
        "Farah Quddus",
        "(Press Association)",
        "LONDON (PA) - Rail fares in England will be frozen next year, the transport secretary said on Monday.",
        "LONDON",
        "PA",
        "Press Association",
    ),
    (
        "Ondrej Vlk",
        "(Reuters)",
        "PRAGUE, Nov 27 (Reuters) - The Czech central bank held interest rates steady on Thursday, as expected.",
        "PRAGUE",
        "Reuters",
        "Reuters",
    ),
]


@pytest.mark.parametrize(("writer", "credit", "lede", "place", "agency", "byline_agency"), CREDIT_ROWS)
def test_agency_credit_line_is_no_dateline(
    writer: str, credit: str, lede: str, place: str, agency: str, byline_agency: str
) -> None:
    text = (
        f"Rail fares and rates frozen across the country\n\n{writer}\n{credit}\n\n{lede}\n\nThe decision was welcomed by unions.\n"
    )
    article = parse_article(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (place, agency)
    assert article.byline is not None
    assert article.byline.authors == (writer,)
    assert article.byline.agency == byline_agency
    assert not article.paragraphs[0].text.startswith(place)
    assert credit not in [part.text for part in article.boilerplate]


AGENCY_DATELINE_ROWS = [
    # an agency in brackets with a dash or a date after it still opens the story as its dateline
    ("(AP) — Stocks fell sharply on Wall Street on Thursday as oil prices climbed.", "AP"),
    ("March 4 (UPI) -- The Senate passed the spending bill late on Wednesday night.", "UPI"),
    ("(Reuters) - The European Central Bank left its rates unchanged, as expected.", "Reuters"),
]


@pytest.mark.parametrize(("lede", "agency"), AGENCY_DATELINE_ROWS)
def test_agency_bracket_with_dash_stays_dateline(lede: str, agency: str) -> None:
    found = _dateline(lede)
    assert found is not None
    assert found[0] is None
    assert found[1] == agency


# --- 2. a place, its full stop and the agency in capitals ---------------------------------------------------

STOP_AGENCY_ROWS = [
    ("ASTANA. KAZINFORM – President Kassym-Jomart Tokayev has signed a law on artificial intelligence.", "ASTANA", "KAZINFORM"),
    ("ALMATY. KAZINFORM - The city council approved a new budget for next year on Friday.", "ALMATY", "KAZINFORM"),
    ("LONDON. REUTERS - The Bank of England held its key rate on Thursday, as markets expected.", "LONDON", "REUTERS"),
]


@pytest.mark.parametrize(("lede", "place", "agency"), STOP_AGENCY_ROWS)
def test_place_stop_agency(lede: str, place: str, agency: str) -> None:
    found = _dateline(lede)
    assert found is not None
    assert found[:3] == (place, agency, None)


STOP_NOT_AGENCY_ROWS = [
    ("ST. LOUIS — The city council approved a new budget for next year on Friday evening.", "ST. LOUIS"),
    ("DURBAN. - Flooding closed roads across the city on Monday, officials said.", "DURBAN"),
]


@pytest.mark.parametrize(("lede", "place"), STOP_NOT_AGENCY_ROWS)
def test_place_stop_without_agency_keeps_place(lede: str, place: str) -> None:
    found = _dateline(lede)
    assert found is not None
    assert found[:2] == (place, None)


# --- 3. wire datelines: a wire between slashes, a day and month with no year, Nordic agencies ---------------

WIRE_ROWS = [
    (
        "BAKU, Azerbaijan, November 28. /Trend/ Azerbaijan's gas exports rose 5 percent in October.",
        "BAKU, Azerbaijan",
        "Trend",
        MonthDay(11, 28),
        "BAKU, Azerbaijan, November 28. /Trend/",
    ),
    (
        "BAKU, November 28. /Trend/ - Azerbaijan's oil exports fell 3 percent in October.",
        "BAKU",
        "Trend",
        MonthDay(11, 28),
        "BAKU, November 28. /Trend/ -",
    ),
    (
        "Moscow, November 28. /TASS/. Russia's central bank held its key rate on Friday.",
        "Moscow",
        "TASS",
        MonthDay(11, 28),
        "Moscow, November 28. /TASS/.",
    ),
    (
        "Москва, 28 ноября. /ТАСС/. Президент России провел в пятницу совещание по экономике.",
        "Москва",
        "ТАСС",
        None,
        "Москва, 28 ноября. /ТАСС/.",
    ),
    (
        "Киев, 27 ноября. /РИА/ Правительство утвердило бюджет на следующий год.",
        "Киев",
        "РИА",
        None,
        "Киев, 27 ноября. /РИА/",
    ),
    (
        "STOCKHOLM (TT) Sweden's central bank cut its key rate on Thursday, the governor said.",
        "STOCKHOLM",
        "TT",
        None,
        "STOCKHOLM (TT)",
    ),
    (
        "Visby (TT) - The island's ferry line will add two sailings a day next summer.",
        "Visby",
        "TT",
        None,
        "Visby (TT) -",
    ),
    (
        "Helsinki, 27.11. (STT) - The government cut housing benefits on Thursday, the minister said.",
        "Helsinki",
        "STT",
        MonthDay(11, 27),
        "Helsinki, 27.11. (STT) -",
    ),
    (
        "Tampere, 3.12. (STT) The city council approved the tram extension on Wednesday.",
        "Tampere",
        "STT",
        MonthDay(12, 3),
        "Tampere, 3.12. (STT)",
    ),
    (
        "Berlin, 03.11. (dpa) - Die Regierung hat am Montag den Haushalt beschlossen.",
        "Berlin",
        "dpa",
        MonthDay(11, 3),
        "Berlin, 03.11. (dpa) -",
    ),
]


WIRE_ROWS += [
    (
        "Kyiv, November 26, 2026 16:40. Ukrinform. President Volodymyr Zelensky met the leaders on Wednesday.",
        "Kyiv",
        "Ukrinform",
        dt.date(2026, 11, 26),
        "Kyiv, November 26, 2026 16:40. Ukrinform.",
    ),
    (
        "Lviv, 26 November 2026 09:15. Ukrinform. The city council approved a new tram line.",
        "Lviv",
        "Ukrinform",
        dt.date(2026, 11, 26),
        "Lviv, 26 November 2026 09:15. Ukrinform.",
    ),
    (
        "Odesa, November 25, 2026. Interfax. The port resumed grain shipments on Tuesday.",
        "Odesa",
        "Interfax",
        dt.date(2026, 11, 25),
        "Odesa, November 25, 2026. Interfax.",
    ),
]


@pytest.mark.parametrize(("lede", "place", "agency", "date", "text"), WIRE_ROWS)
def test_wire_datelines(lede: str, place: str, agency: str, date: object, text: str) -> None:
    assert _dateline(lede) == (place, agency, date, text)


def test_dotted_day_month_takes_reference_year() -> None:
    text = HEADLINE + "Helsinki, 27.11. (STT) - The government cut housing benefits on Thursday.\n"
    article = parse_article(text, reference_date=dt.date(2026, 11, 28))
    assert article.dateline is not None
    assert article.dateline.date == dt.date(2026, 11, 27)


WIRE_NEGATIVE_ROWS = [
    "Kyiv, November 26, 2026 16:40. Heavy rain. President Volodymyr Zelensky met the leaders on Wednesday.",
    "He met them in Kyiv, November 26. Ukrinform. Then he left for Warsaw by train.",
    "Moscow, November 28 /heavy rain/ Russia's central bank held its key rate on Friday.",
    "Helsinki, 27.11. The government cut housing benefits on Thursday, the minister said.",
    "Helsinki, 32.11. (STT) - The government cut housing benefits on Thursday, the minister said.",
]


@pytest.mark.parametrize("lede", WIRE_NEGATIVE_ROWS)
def test_wire_shapes_that_are_no_dateline(lede: str) -> None:
    assert _dateline(lede) is None


def test_press_release_wire_unchanged() -> None:
    found = _dateline("Bogota, march 4, 2025 /PRNewswire/ -- Acme Corp. said today it would expand.")
    assert found == ("Bogota", "PRNewswire", dt.date(2025, 3, 4), "Bogota, march 4, 2025 /PRNewswire/ --")


# --- 6. an offset from UTC in brackets is the stamp's zone ---------------------------------------------------

STAMP_ROWS = [
    ("27/11/2026, 15:05 (GMT+7)", dt.datetime(2026, 11, 27, 15, 5), 7 * 3600),
    ("26/11/2026 09:30 (UTC-3)", dt.datetime(2026, 11, 26, 9, 30), -3 * 3600),
    ("Nov 27, 2026 10:00 (GMT +5:30)", dt.datetime(2026, 11, 27, 10, 0), 5 * 3600 + 1800),
    ("27/11/2026, 15:05 GMT+7", dt.datetime(2026, 11, 27, 15, 5), 7 * 3600),
]


@pytest.mark.parametrize(("stamp", "naive", "offset"), STAMP_ROWS)
def test_bracketed_offset_is_zone(stamp: str, naive: dt.datetime, offset: int) -> None:
    text = f"Fuel prices fall for a third time\n\n{stamp}\n\nHANOI - Petrol prices fell on Thursday for the third time in a row.\n"
    published = parse_article(text).published
    assert published is not None
    assert published.text == stamp
    assert published.datetime.replace(tzinfo=None) == naive
    assert published.datetime.utcoffset() == dt.timedelta(seconds=offset)


STAMP_NO_ZONE_ROWS = [
    ("27/11/2026, 15:05 (Hanoi)", "27/11/2026, 15:05"),
    ("27/11/2026, 15:05 (GMT+25)", "27/11/2026, 15:05"),
]


@pytest.mark.parametrize(("stamp", "text"), STAMP_NO_ZONE_ROWS)
def test_bracket_that_is_no_offset_gives_no_zone(stamp: str, text: str) -> None:
    page = f"Fuel prices fall for a third time\n\n{stamp}\n\nHANOI - Petrol prices fell on Thursday for the third time in a row.\n"
    published = parse_article(page).published
    assert published is not None
    assert published.text == text
    assert published.datetime.tzinfo is None


# --- 4. boilerplate: a PDF's running header, comment-section debris, a press release's contact labels -------

PDF_STORY = (
    "Council approves new water-treatment plant\n\nBy Helen Marsh\n\n"
    "RIVERSIDE — The county council voted 7-2 on Tuesday to approve a\n$90 million water-treatment plant.\n\n"
    "Opponents said the cost was too high, and a residents' group\nsaid it would appeal.\n\n"
    "{header}\n\n"
    "The plant will be built on land the county already owns near the\nriver, officials said.\n"
)


@pytest.mark.parametrize(
    "header",
    [
        "THE RIVERSIDE GAZETTE                                    Page 3 of 5",
        "NORTHERN ECHO | Page 2 of 12",
        "Page 4 of 4",
    ],
)
def test_page_counter_header_is_boilerplate(header: str) -> None:
    article = parse_article(PDF_STORY.format(header=header))
    assert [part.kind for part in article.boilerplate if part.text == header] == ["other"]
    assert header not in [paragraph.text for paragraph in article.paragraphs]
    assert article.paragraphs[-1].text.startswith("The plant will be built")


@pytest.mark.parametrize(
    "line",
    [
        "The report runs to page 3 of 5 volumes, the clerk said.",
        "Turn to page 3 of the report for the full list of closures, the clerk said.",
    ],
)
def test_page_counter_negative(line: str) -> None:
    article = parse_article(PDF_STORY.format(header=line))
    assert line in [paragraph.text for paragraph in article.paragraphs]


COMMENT_TAIL_ROWS = [
    ("Join the conversation", "Conversations are opinions of our readers and are subject to the Code of Conduct."),
    ("Join the discussion", "Comments are the opinions of their authors and do not reflect the views of the paper."),
]


@pytest.mark.parametrize(("heading", "notice"), COMMENT_TAIL_ROWS)
def test_comment_section_debris(heading: str, notice: str) -> None:
    text = (
        "Province to remove bike lanes by spring\n\nBy Ben Spurr\n\n"
        "The province will remove bike lanes on three major streets by spring, the minister said on Thursday.\n\n"
        '"People will die," said Albert Koehl, a lawyer for a cycling group.\n\n'
        f"{heading}\n{notice}\n"
    )
    article = parse_article(text)
    assert [paragraph.text for paragraph in article.paragraphs][-1].startswith('"People will die,"')
    assert {part.text: part.kind for part in article.boilerplate if part.text in (heading, notice)} == {
        heading: "share",
        notice: "share",
    }


def test_story_sentence_about_conversations_stays() -> None:
    line = "The conversations are opinions of our readers, the mayor said of the survey."
    text = f"Survey of readers\n\nBy Ben Spurr\n\nThe city asked 2,000 readers about transit this fall.\n\n{line}\n"
    assert line in [paragraph.text for paragraph in parse_article(text).paragraphs]


RELEASE = (
    "Northwind Bank names new chief financial officer\n\n"
    "CHARLOTTE, N.C.--(BUSINESS WIRE)--Northwind Bank (NYSE: NWB) today announced the appointment of Priya Raman "
    "as chief financial officer, effective January 1.\n\n"
    "Raman said she was excited to join the bank.\n\n"
    "Contacts\n\n{blocks}\n"
)


@pytest.mark.parametrize(
    "blocks",
    [
        "Investors:\nSam Ortiz, 704-555-0199\ninvestors@northwindbank.com",
        "Media:\nLena Brook\n+1 704-555-0123\nmedia@northwindbank.com",
        "Investor Relations:\nSam Ortiz, 704-555-0199\n\nMedia Relations:\nLena Brook, 704-555-0123",
    ],
)
def test_contact_labels_under_contacts_heading(blocks: str) -> None:
    article = parse_article(RELEASE.format(blocks=blocks))
    filed = [part.text for part in article.boilerplate if part.kind == "press-release"]
    for line in blocks.split("\n"):
        if line:
            assert line in filed
    assert article.paragraphs[-1].text == "Raman said she was excited to join the bank."


def test_label_over_sentence_is_no_contact() -> None:
    text = RELEASE.format(blocks="Outlook:\nThe bank expects loan growth of 4 percent next year, Raman said.")
    article = parse_article(text)
    assert article.paragraphs[-1].text == "Outlook: The bank expects loan growth of 4 percent next year, Raman said."
    assert "Outlook:" not in [part.text for part in article.boilerplate]


# --- 7. a live blog copied up to its last clock: the clock and its heading are never glued into a paragraph --

BLOG = (
    "Storm live: trains halted as gales hit the coast\n\n"
    "{c1}\nFerries cancelled\nAll ferries to the islands are cancelled for the day, the operator said.\n"
    "{c2}\nSchools closed\nAll schools in the county will stay closed, the council said.\n"
    "Gusts reached 180 km/h on the coast, the transport minister said.\n"
)
CLOCKS = [("09:10", "09:30", "09:50"), ("9.10am", "9.30am", "9.50am"), ("3:10pm", "3:30pm", "3:50pm")]


@pytest.mark.parametrize(("c1", "c2", "c3"), CLOCKS)
@pytest.mark.parametrize("heading", ["Trains halted", ""])
def test_last_clock_not_glued(c1: str, c2: str, c3: str, heading: str) -> None:
    tail = f"{c3}\n{heading}\n" if heading else f"{c3}\n"
    article = parse_article(BLOG.format(c1=c1, c2=c2) + tail)
    assert article.paragraphs[-1].text.endswith("the transport minister said.")
    filed = [part.text for part in article.boilerplate]
    assert c3 in filed
    if heading:
        assert heading in filed


def test_clock_in_story_sentence_stays() -> None:
    # a lone number that ends the story with no clock above it is no entry's clock
    text = "Rail timetable changes\n\nThe last train will leave at a new time from Monday, the operator said.\n08:30\n"
    article = parse_article(text)
    assert article.paragraphs[-1].text.endswith("08:30")
