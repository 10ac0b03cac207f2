"""Wrong values a probe of this stop's rules found (try44) that the base read wrong too: a noun
with a person's ending that names no one (``in a manner``) taken for the head of the speaker's
phrase before a name; a stamp label alone in its piece, then a piece that is no stamp, then the
stamp."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from quote_cases import article_speakers

# a thing, then a name and a naming verb before the quotation: the name speaks, the thing names no one
MANNER = [
    ('The board handled the sale in a manner Auditor Ana Ruiz slammed as "reckless."', "Ana Ruiz"),
    ('The council approved the budget in a manner Council Leader Tom Berg called "shameful."', "Tom Berg"),
    ('The club ran the season in a manner Coach Lena Brandt described as "chaotic."', "Lena Brandt"),
]


@pytest.mark.parametrize(("sentence", "speaker"), MANNER)
def test_a_thing_with_a_persons_ending_names_no_one(sentence: str, speaker: str) -> None:
    assert article_speakers(f"Audit row\n\n{sentence}\n") == [speaker]


def test_a_person_noun_with_that_ending_still_speaks() -> None:  # control
    text = 'Audit row\n\n"The sale was reckless," the auditor said.\n'
    assert article_speakers(text) == ["the auditor"]


@pytest.mark.parametrize(
    "line",
    ["Updated · 3 min read · 8 Oct 2024 17:31", "Last updated | 4 min read | 8 Oct 2024 17:31"],
)
def test_a_label_alone_reaches_past_a_piece_that_is_no_stamp(line: str) -> None:
    article = newsparse.parse_article(
        f"Council approves cycle lanes\n{line}\n\nCouncillors voted 31-12 on Thursday to build cycle lanes.\n"
    )
    assert article.updated is not None and article.updated.datetime == dt.datetime(2024, 10, 8, 17, 31)
    assert article.published is None
