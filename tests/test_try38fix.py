"""A new user's check of this stop's rules on the merged code (try38): the new wrong values mended."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import ArticleParser

BODY = "\n\nThe city council approved a network of protected cycle lanes on Monday after a long debate, officials said.\n"


@pytest.mark.parametrize(
    ("line", "authors"),
    [("Byline: By Anna Berg, Economics Editor.", ("Anna Berg",)), ("BYLINE: By Anna Berg", ("Anna Berg",)),
     ("By Ann Lee.", ("Ann Lee",)), ("By Li Wei.", ("Li Wei",)), ("By Tom Hale Snr.", ("Tom Hale Snr.",)),
     ("By Ana B.", ("Ana B.",))],
)
def test_byline_fields_and_closing_stops(line: str, authors: tuple[str, ...]) -> None:
    byline = newsparse.parse_article(f"Council approves cycle lanes\n\n{line}{BODY}").byline
    assert byline is not None and byline.authors == authors


def test_a_us_page_that_quotes_a_pound_price_keeps_month_first() -> None:
    text = (
        "BP sells its stake in a North Sea field\n\nPosted 03/04/2024 8:00 a.m.\n\n"
        "HOUSTON -- BP plc agreed to sell its stake in a North Sea field for £1.2 billion, about $1.5 billion, "
        "the company's U.S. arm said on Monday.\n"
    )
    published = newsparse.parse_article(text).published
    assert published is not None and (published.datetime.month, published.datetime.day) == (3, 4)


def test_a_british_page_reads_day_first() -> None:
    text = (
        "Town centre gets new colour scheme\n\nPosted: 03/04/2026\n\n"
        "The council's colour scheme for the town centre will cost £2m, Harbour Ltd said on Monday.\n"
    )
    published = newsparse.parse_article(text).published
    assert published is not None and (published.datetime.month, published.datetime.day) == (4, 3)


def test_a_german_genitive_after_a_thing_is_no_pronoun_s_referent() -> None:
    text = (
        "Bahnstreik legt Fernverkehr lahm\n\n"
        "Der Streik der Lokführer hat am Montag den Fernverkehr weitgehend lahmgelegt. „Wir bedauern die "
        "Einschränkungen“, sagte eine Bahnsprecherin am Morgen. „Die Reisenden sollten ihre Fahrt verschieben“, "
        "sagte sie anschließend.\n"
    )
    names = [q.speaker.name if q.speaker else None for q in ArticleParser(language="de").parse(text).quotes]
    assert "Der Streik der Lokführer" not in names and names[0] == "eine Bahnsprecherin"


@pytest.mark.parametrize("name", ["Jones", "Mayor Ann Jones"])
def test_a_name_before_a_closing_told_still_speaks(name: str) -> None:
    text = f'Council vote looms\n\n"We will win this vote," {name} told.\n'
    speakers = [q.speaker.name if q.speaker else None for q in newsparse.parse_article(text).quotes]
    assert speakers == [name.removeprefix("Mayor ")]


@pytest.mark.parametrize(
    ("stamp", "british", "month_day"),
    [("07/03/2024 17:40 GMT", True, (3, 7)), ("07/03/2024 17:40 UTC", True, (3, 7)), ("07/03/2024 17:40 GMT", False, (7, 3)),
     ("07/03/2024 17:40 EST", True, (7, 3))],
)
def test_a_universal_zone_leaves_the_order_to_the_page(stamp: str, british: bool, month_day: tuple[int, int]) -> None:
    body = (
        "The council's colour scheme for the town centre will cost £2m, Harbour Ltd said on Monday."
        if british
        else "The city's color scheme for the downtown center will cost $2 million, Harbor Inc. said on Monday."
    )
    published = newsparse.parse_article(f"Town gets a new look\n\nPublished: {stamp}\n\n{body}\n").published
    assert published is not None and (published.datetime.month, published.datetime.day) == month_day
