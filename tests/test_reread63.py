"""The reread of round 63: a portfolio of two words is one office (``Foreign Minister Ana Ruiz``
and ``the foreign affairs minister``); ``quoted as saying by`` a run of capitalised words with no
``that`` gives no source unless the run ends in an outlet's word; a letter's signature may hold a
role in lower case, but a sentence under the closing is the story's; a headline in sentence case
that opens with an article before ``of`` and a date is no section."""

from __future__ import annotations

import pytest

from articles import parse_held
from quote_cases import sourced_rows, speaker_rows

PORTFOLIOS = [
    (
        'Foreign Minister Ana Ruiz met her counterpart on Monday.\n\n"We are close," the foreign affairs minister said.',
        [("We are close,", "Ana Ruiz", "the foreign affairs minister")],
    ),
    # must not change: another portfolio is someone else's
    (
        "The labour minister, Ana Ruiz, has not commented.\n\n"
        "The tourism minister said on Monday that the sector employed 170,000 people.",
        [("the sector employed 170,000 people", "The tourism minister", "The tourism minister")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PORTFOLIOS)
def test_portfolio_of_two_words(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert speaker_rows(text) == expected


OUTLETS = [
    ("Ruiz was quoted as saying by Reuters the talks had stalled.", [("the talks had stalled", "Ruiz", "Reuters")]),
    ("Ruiz was quoted as saying by China Daily the talks had stalled.", [("the talks had stalled", "Ruiz", "China Daily")]),
    # the clause's subject may open the run: no source made up, the words as before
    ("Ruiz was quoted as saying by Xinhua China would not back down.", [("by Xinhua China would not back down", "Ruiz", None)]),
]


@pytest.mark.parametrize(("text", "expected"), OUTLETS)
def test_outlet_after_quoted_as_saying(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert sourced_rows(text) == expected


def test_signature_with_a_role_in_lower_case_is_signed_off() -> None:
    article = parse_held(
        "Letters\n\nFerry plan\n\nSir, - The ferry plan is a disgrace and must go.\n\n"
        "Yours, etc,\n\nJANE ROE-BARRY,\nchair, Kilbracken Residents,\nCo Clare.\n"
    )
    assert [p.text for p in article.paragraphs] == ["Sir, - The ferry plan is a disgrace and must go."]
    assert [(b.kind, b.text) for b in article.boilerplate][-4:] == [
        ("sign-off", "Yours, etc,"),
        ("sign-off", "JANE ROE-BARRY,"),
        ("sign-off", "chair, Kilbracken Residents,"),
        ("sign-off", "Co Clare."),
    ]


def test_sentence_under_a_closing_stays_the_story() -> None:
    article = parse_held("Council rejects plea\n\nThe letter ended:\n\nSincerely\n\nThat was all the note said.\n")
    assert [p.text for p in article.paragraphs] == ["That was all the note said."]


@pytest.mark.parametrize(
    ("first", "section", "headline"),
    [
        ("The big election of Friday, 6 March 2026", (), "The big election of Friday, 6 March 2026"),
        # must not change: a section's label in sentence case or title case with its date
        ("Regional news of Friday, 6 March 2026", ("Regional news",), "Council backs plan"),
        ("Regional News of Friday, 6 March 2026", ("Regional News",), "Council backs plan"),
    ],
)
def test_article_opens_no_section_label_in_sentence_case(first: str, section: tuple[str, ...], headline: str) -> None:
    if section:
        text = f"{first}\nCouncil backs plan\nBy Ana Ruiz\n\nThe council voted on Friday to back the plan.\n"
    else:
        text = f"{first}\n\nVoters went to the polls across the region on Friday, officials said.\n\nTurnout was 55%.\n"
    article = parse_held(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
