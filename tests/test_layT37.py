"""A new user's layout findings (try37): labels in capitals before a dash are no dateline place,
a place's stray full stop, a title-case place with a date and an agency's acronym no list holds,
and JSON that always encodes to UTF-8."""

from __future__ import annotations

import io
import json

import pytest

import newsparse

STORY = (
    "Heavy rain closed several roads across the region on Monday, and the weather service said more "
    "was expected before the weekend.\n\n"
    '"We are asking people to stay at home unless their trip is essential," said Carol Mbeki, a spokeswoman '
    "for the roads agency.\n"
)


def dateline_of(first: str) -> dict[str, object] | None:
    text = f"Rivers burst their banks as storm lingers\n\n{first} {STORY}"
    found = newsparse.parse_article(text).to_dict()["dateline"]
    assert found is None or text[found["span"][0] : found["span"][1]].startswith(first.split()[0])
    return found


@pytest.mark.parametrize(
    "label",
    ["AMBER WARNING -", "FLOOD ALERT -", "WEATHER WARNING —", "LIVE UPDATES -", "FACTBOX -", "MARKET WRAP --",
     "SEVERE WEATHER ALERT -", "TRAVEL ADVISORY —"],
)
def test_a_label_that_ends_in_a_label_word_is_no_place(label: str) -> None:
    assert dateline_of(label) is None


@pytest.mark.parametrize(
    ("first", "place"),
    [("PALM BEACH -", "PALM BEACH"), ("NEW YORK —", "NEW YORK"), ("CAPE TOWN -", "CAPE TOWN"),
     ("SALT LAKE CITY -", "SALT LAKE CITY")],
)
def test_places_in_capitals_stay_datelines(first: str, place: str) -> None:
    found = dateline_of(first)
    assert found is not None and found["place"] == place


@pytest.mark.parametrize(
    ("first", "place"),
    [("DURBAN. -", "DURBAN"), ("NAIROBI. —", "NAIROBI"), ("WASHINGTON, D.C. -", "WASHINGTON, D.C."),
     ("SPRINGFIELD, ILL. (AP) -", "SPRINGFIELD, ILL.")],
)
def test_a_stray_full_stop_after_a_place_in_capitals_is_no_part_of_it(first: str, place: str) -> None:
    found = dateline_of(first)
    assert found is not None and found["place"] == place


@pytest.mark.parametrize(
    ("first", "place", "agency", "date"),
    [("Wellington, Aug 20 (NZPA) -", "Wellington", "NZPA", "--08-20"),
     ("Srinagar, Jan 3 (KNO):", "Srinagar", "KNO", "--01-03"),
     ("Port Moresby, March 14 (PNGNB) --", "Port Moresby", "PNGNB", "--03-14")],
)
def test_a_title_case_place_with_a_date_takes_an_agency_acronym_no_list_holds(
    first: str, place: str, agency: str, date: str
) -> None:
    found = dateline_of(first)
    assert found is not None and (found["place"], found["agency"], found["date"]) == (place, agency, date)


@pytest.mark.parametrize(
    "first",
    ["Madrid, 27 Abr. (Police Sources) -", "Wellington (NZPA) -", "Wellington, Aug 20 (NEWSPAPERGROUP) -"],
)
def test_no_date_or_no_acronym_stays_no_dateline(first: str) -> None:
    assert dateline_of(first) is None


def test_json_of_a_text_with_a_lone_surrogate_encodes_to_utf8_and_reads_back() -> None:
    text = "Council backs \udce9cole plan\n\nLYON (AFP) - The council voted for the plan on Monday.\n"
    article = newsparse.parse_article(text)
    written = article.to_json()
    written.encode("utf-8")  # no UnicodeEncodeError
    assert "\\udce9" in written
    assert json.loads(written) == article.to_dict()
    out = io.StringIO()
    article.write_json(out)
    assert out.getvalue() == written


def test_json_without_surrogates_is_unchanged() -> None:
    text = "Council backs école plan\n\nLYON (AFP) - The council voted for the plan on Monday.\n"
    article = newsparse.parse_article(text)
    assert article.to_json() == json.dumps(article.to_dict(), ensure_ascii=False)
