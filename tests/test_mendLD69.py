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


@pytest.mark.parametrize(("lede", "place", "agency", "date", "text"), WIRE_ROWS)
def test_wire_datelines(lede: str, place: str, agency: str, date: object, text: str) -> None:
    assert _dateline(lede) == (place, agency, date, text)


def test_dotted_day_month_takes_reference_year() -> None:
    text = HEADLINE + "Helsinki, 27.11. (STT) - The government cut housing benefits on Thursday.\n"
    article = parse_article(text, reference_date=dt.date(2026, 11, 28))
    assert article.dateline is not None
    assert article.dateline.date == dt.date(2026, 11, 27)


WIRE_NEGATIVE_ROWS = [
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
