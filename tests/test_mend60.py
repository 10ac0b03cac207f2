"""A line closed by a credit after its sentence has ended carries on no sentence onto the next line
(a regression trial of round 60: ``... on Monday. © Reuters`` / ``Residents said ...`` ran into one
paragraph whose quote was ``Reuters Residents``'s)."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.body import BodyParser

HEAD = "Ashby floods\n\nASHBY - The river burst its banks on Sunday night.\n\n"


@pytest.mark.parametrize(
    ("lines", "paragraphs", "speakers"),
    [
        (
            "Rescuers reached the village on Monday. © Reuters\nResidents said they had lost everything.\n",
            ["Rescuers reached the village on Monday. © Reuters", "Residents said they had lost everything."],
            ["Residents"],
        ),
        (
            "Rescuers reached the village on Monday. (c) Jane Doe\nResidents said they had lost everything.\n",
            ["Rescuers reached the village on Monday. (c) Jane Doe", "Residents said they had lost everything."],
            ["Residents"],
        ),
        # (must not change: a hard-wrapped sentence left open goes on; a © inside a sentence ends nothing)
        (
            "Rescuers reached the village on Monday after the river burst its banks and\nflooded the main street.\n",
            ["Rescuers reached the village on Monday after the river burst its banks and flooded the main street."],
            [],
        ),
        (
            "The photographs, © the city archive and shown for the first time, were taken by\nvolunteers in 1953.\n",
            ["The photographs, © the city archive and shown for the first time, were taken by volunteers in 1953."],
            [],
        ),
    ],
)
def test_a_credit_after_a_sentence_ends_its_line(lines: str, paragraphs: list[str], speakers: list[str]) -> None:
    article = newsparse.parse_article(HEAD + lines)
    assert [p.text for p in article.paragraphs][1:] == paragraphs
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == speakers


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Rescuers reached the village on Monday. © Reuters", True),
        ("Rescuers reached the village on Monday! (C) AFP", True),
        ("The photographs, © the city archive", False),
        ("© Reuters", False),
        ("Rescuers reached the village on Monday", False),
    ],
)
def test_ends_in_credit(text: str, ends: bool) -> None:
    assert BodyParser().ends_in_credit(text) is ends


UPDATE_PAGE = """Senate passes the budget

By Jane Roe
Updated {stamp}

WASHINGTON, Dec 4 (Reuters) - The Senate passed the budget on Friday by 52 votes to 48.
"""


@pytest.mark.parametrize(
    ("stamp", "updated"),
    [
        # (an update days after the dateline keeps its reading: reader60)
        ("12/07/2026", "2026-12-07T00:00:00"),
        ("12/05/2026", "2026-12-05T00:00:00"),
    ],
)
def test_an_update_days_after_the_dateline_is_kept(stamp: str, updated: str) -> None:
    article = newsparse.parse_article(UPDATE_PAGE.format(stamp=stamp))
    assert article.updated is not None and article.updated.datetime.isoformat() == updated


def test_a_published_stamp_astray_from_the_dateline_is_still_dropped() -> None:
    page = "Senate passes the budget\n\nBy Jane Roe\nPublished: 04/05/2026\n\nPARIS, June 2 (AFP) - The Senate passed the budget.\n"
    article = newsparse.parse_article(page)
    assert article.published is None
    assert [b.text for b in article.boilerplate if b.kind == "timestamp"] == ["Published: 04/05/2026"]


LIST_PAGE = "Vote looms\n\nWASHINGTON - Ana Ortiz, Tom Berg and Eva Hall met on Monday.\n\n{sentence}\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # (a conjunction or a determiner in capitals before the first item opens no name: a second reader, round 60)
        ("And Ortiz, Berg and Hall, all Democrats, said they would vote no.", ("Ana Ortiz, Tom Berg and Eva Hall", "Ortiz, Berg and Hall")),
        ("But Ortiz, Berg and Hall, all Democrats, said they would vote no.", ("Ana Ortiz, Tom Berg and Eva Hall", "Ortiz, Berg and Hall")),
        # (must not change: no function word before the list)
        ("Ortiz, Berg and Hall, all Democrats, said they would vote no.", ("Ana Ortiz, Tom Berg and Eva Hall", "Ortiz, Berg and Hall")),
    ],
)
def test_a_function_word_opens_no_listed_name(sentence: str, speaker: tuple[str, str]) -> None:
    quotes = newsparse.parse_article(LIST_PAGE.format(sentence=sentence)).quotes
    assert quotes[-1].speaker is not None and (quotes[-1].speaker.name, quotes[-1].speaker.mention) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # (a firm's legal form in capitals closes the body's whole name: no person after a body's noun)
        ("Danish insulin producer Novo Industri A/S said profit fell 10 pct in 1986.", "Novo Industri A/S"),
        # (must not change: an employer before a person, a given name listed or not: fixQ60b)
        pytest.param(
            "Deputy Director General of the state corporation Rosatom Vadim Korsunov said output rose.", "Vadim Korsunov",
            marks=pytest.mark.xfail(reason="an unlisted given name after a body's name (a reread of round 60)", strict=True),
        ),
        ("The camps are full, the charity Médecins Sans Frontières said.", "Médecins Sans Frontières"),
    ],
)
def test_a_legal_form_closes_a_body_name(sentence: str, speaker: str) -> None:
    quotes = newsparse.parse_article("Output report\n\nCOPENHAGEN - " + sentence + "\n").quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [speaker]
