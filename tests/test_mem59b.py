"""mem59b: the dateline patterns write the date's shape once after the ways that lead to it (a
comma, a bracket, a wire between slashes, a weekday), each way's end read after the date by the
group it sets; every reading stays what it was."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsparse import parse_article
from newsparse.spans import MonthDay
from parts import blocks, holds_every_line

HEADLINE = "Council backs new flood defences after a wet winter"
MORE = "The works are to start in the spring and end before the next winter, officials said."

ROWS: list[tuple[str, str, tuple[Any, ...] | None]] = [
    # (language, paragraph, (place, agency, date, dateline text) or None)
    # the date after a comma (_caps, _titled, _titled_dated)
    ("en", "ATLANTA, March 3 (AP) - The governor signed the bill on Tuesday.",
     ("ATLANTA", "AP", MonthDay(3, 3), "ATLANTA, March 3 (AP) -")),
    ("en", "Bogota, March 4 - The court ruled on the appeal on Monday.",
     ("Bogota", None, MonthDay(3, 4), "Bogota, March 4 -")),
    ("es", "Madrid, 12 mar (EFE).- El Gobierno aprobó el plan de obras el martes.",
     ("Madrid", "EFE", MonthDay(3, 12), "Madrid, 12 mar (EFE).-")),
    # the date in brackets (_caps, _titled_dated): its closing bracket is asked for after it
    ("en", "PORTLAND, Maine (March 4, 2025) - The city council met on Tuesday night.",
     ("PORTLAND, Maine", None, dt.date(2025, 3, 4), "PORTLAND, Maine (March 4, 2025) -")),
    ("en", "BOSTON (March 4, 2025) -- Officials said the storm had passed by noon.",
     ("BOSTON", None, dt.date(2025, 3, 4), "BOSTON (March 4, 2025) --")),
    ("en", "Bogota (March 4, 2025) - The court ruled on the appeal on Monday.",
     ("Bogota", None, dt.date(2025, 3, 4), "Bogota (March 4, 2025) -")),
    # the date's bracket left open: no dateline, in capitals or title case
    ("en", "PORTLAND, Maine (March 4, 2025 - The city council met on Tuesday night.", None),
    ("en", "Bogota (March 4, 2025 - The court ruled on the appeal on Monday.", None),
    # the date after the weekday the comma read as a region (_titled): the weekday is no place
    ("en", "Kisumu, Tuesday March 10, 2026 (KNA)-- Farmers gathered early at the market.",
     ("Kisumu", "KNA", dt.date(2026, 3, 10), "Kisumu, Tuesday March 10, 2026 (KNA)--")),
    ("en", "Kisumu, Tuesday (KNA)-- Farmers gathered early at the market.",
     ("Kisumu", "KNA", None, "Kisumu, Tuesday (KNA)--")),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), ROWS)
def test_dateline_date_once(language: str, paragraph: str, expected: tuple[Any, ...] | None) -> None:
    article = parse_article(blocks(HEADLINE, paragraph, MORE), language=language)
    assert holds_every_line(article)
    dateline = article.dateline
    if expected is None:
        assert dateline is None
        return
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.date, dateline.text) == expected


RELEASE = (
    "Kestrel Energy Inc. (TSX:KEI) is pleased to report the first output from its Cold Lake wells, "
    "six months ahead of the plan it set out last spring."
)

SLASHED: list[tuple[str, tuple[Any, ...] | None]] = [
    # the wire between slashes, the date, a slash after it (_caps): the slash ends the dateline
    ("VANCOUVER, BC / ACCESSWIRE / March 4, 2025 / ",
     ("VANCOUVER, BC", "ACCESSWIRE", dt.date(2025, 3, 4), "VANCOUVER, BC / ACCESSWIRE / March 4, 2025 /")),
    # no slash after the date: no dateline
    ("VANCOUVER, BC / ACCESSWIRE / March 4, 2025 ", None),
]


@pytest.mark.parametrize(("opening", "expected"), SLASHED)
def test_slash_wire_date_once(opening: str, expected: tuple[Any, ...] | None) -> None:
    article = parse_article(blocks("Kestrel Energy Reports First Output at Cold Lake", opening + RELEASE, MORE))
    assert holds_every_line(article)
    dateline = article.dateline
    if expected is None:
        assert dateline is None
        return
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.date, dateline.text) == expected
