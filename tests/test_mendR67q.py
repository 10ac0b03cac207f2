"""Round 67 (mendR67q): a kind noun (``the company``, ``the union``) after a nearer other subject,
or after two bodies of its kind joined, stays as written rather than taking a far body."""

from __future__ import annotations

import pytest

from newsparse import parse_article


def speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker is not None else None for q in parse_article(text).quotes]


def last_speaker(text: str) -> str | None:
    return speakers(text)[-1]


# Two bodies of one kind joined: either may speak.
JOINED = [
    (
        "Statement issued\n\nThe Ministry of Finance and the Ministry of Energy issued a joint statement.\n\n"
        "\"Fuel subsidies will end in March,\" the ministry said.\n",
        "the ministry",
    ),
    (
        "Strike ends\n\nThe Transport Workers Union and the Maritime Union of Australia both signed on Friday.\n\n"
        "\"Our members won a fair deal,\" the union said.\n",
        "the union",
    ),
    (
        "Budget agreed\n\nThe Ministry of Health and the Ministry of Education agreed the budget.\n\n"
        "\"Schools come first,\" the ministry said in a statement.\n",
        "the ministry",
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_joined_bodies_of_one_kind_keep_mention(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


# Negative rows: what must still resolve.
STILL_RESOLVED = [
    (
        "Port deal\n\nPort operator DP World signed the agreement on Friday.\n\n"
        "\"Ships will be moving by Monday,\" the company said.\n",
        "DP World",
    ),
    (
        "Drug approved\n\nThe European Medicines Agency approved the drug on Friday. "
        "\"It is safe and effective,\" the agency said.\n",
        "European Medicines Agency",
    ),
    (
        "Teachers reach deal\n\nThe Chicago Teachers Union reached a tentative deal on Sunday.\n\n"
        "The deal still needs approval by members.\n\n\"This is a win for students,\" the union said.\n",
        "Chicago Teachers Union",
    ),
    (
        "Budget set\n\nSeparately, the Ministry of Finance published its budget.\n\n"
        "\"Spending will fall,\" the ministry said.\n",
        "Ministry of Finance",
    ),
]


STILL_RESOLVED += [
    (
        "Outlook cut\n\nThe International Monetary Fund lowered its forecast on Tuesday.\n\n"
        "The IMF expects output to slow. \"Growth is too weak,\" the fund said.\n",
        "International Monetary Fund",
    ),
    (
        "Airline statement\n\nPilot Omar Assem had logged 2,700 hours with Nile Airways.\n\n"
        "Assem, the co-pilot, joined in 2014. \"He was a fine pilot,\" the airline said.\n",
        "Nile Airways",
    ),
]


STILL_RESOLVED += [
    (
        "PATENT GRANTED\n\n    SALT LAKE CITY, March 9 - Norvex Medical Corp said it received\na patent from the U.S. "
        "Patent Office for its sensors.\n    The company said the patent is its fourth in a year.\n Reuter\n",
        "Norvex Medical Corp",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STILL_RESOLVED)
def test_sole_body_still_resolves(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


def test_fronted_adverb_is_no_subject() -> None:
    text = (
        "Budget set\n\nThe Ministry of Finance published its budget.\n\n"
        "Separately, prices rose. \"Spending will fall,\" the ministry said.\n"
    )
    assert last_speaker(text) != "Separately"


# Negative rows: the body's own sentence or its own paragraph still gives it.
IT_STILL_RESOLVED = [
    ("Warning\n\nThe Met Office issued a flood warning on Thursday. It said rivers could burst.\n", "Met Office"),
    (
        "Results\n\nAcme Corp reported a loss for the quarter. \"Demand was weak,\" it said.\n",
        "Acme Corp",
    ),
    (
        "Results\n\nGlobex Holdings said profits rose.\n\n\"We are pleased,\" it said.\n",
        "Globex Holdings",
    ),
]


@pytest.mark.parametrize(("text", "expected"), IT_STILL_RESOLVED)
def test_it_still_resolved(text: str, expected: str) -> None:
    assert last_speaker(text) == expected
