"""spd47 (stop 43): speed-only changes keep the class-level vocabularies overridable.

``opens_with_count`` now reads ``COUNT_LEADS`` folded once when the parser is made; a subclass's
own leads must still be the ones it reads, and the answers must be the ones it gave before.
"""

from __future__ import annotations

from typing import ClassVar

import pytest

from newsparse.quotes import QuoteParser


class WellOverParser(QuoteParser):
    """A parser whose only count lead is a phrase the default list lacks."""

    COUNT_LEADS: ClassVar[tuple[str, ...]] = ("Well over",)


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Nearly 200 residents", True),  # a lead, then a number in digits
        ("nearly 1,200 residents", True),  # (any case; a thousands comma)
        ("More than 40 nurses", True),  # a lead of two words
        ("Nearly all residents", False),  # no number after the lead
        ("the 63-year-old senator", False),  # an age, one person
        ("Nearlyer 200 residents", False),  # the lead must end at a blank
        ("Well over 300 workers", False),  # not a lead of the default list
    ],
)
def test_default_count_leads(mention: str, expected: bool) -> None:
    assert QuoteParser().opens_with_count(mention) is expected


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Well over 300 workers", True),  # the subclass's own lead
        ("WELL OVER 300 workers", True),  # (folded as the default leads are)
        ("Nearly 200 residents", False),  # the default leads are replaced, not added to
    ],
)
def test_subclass_count_leads_take_effect(mention: str, expected: bool) -> None:
    assert WellOverParser().opens_with_count(mention) is expected
