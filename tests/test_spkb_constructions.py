"""Issue 5, English constructions new users hit: names that are stop words or months, labels
before a quote, attributions inside a relative clause, documents that speak, and more.  Each
case is invented copy (wires, council reports, business news) after a plain headline, and the
exact ``(text, speaker name, mention)`` triples that must come out, in order."""

from __future__ import annotations

import pytest

import newsparse

Row = tuple[str, "str | None", "str | None"]


def quotes_of(text: str) -> list[Row]:
    article = newsparse.parse_article(f"Council news\n\n{text}")
    out: list[Row] = []
    for quote in article.quotes:
        speaker = quote.speaker
        out.append((quote.text, speaker and speaker.name, speaker and speaker.mention))
    return out


# a capitalised modal or month next to a name, or right before the cue, is a name's word
NAME_STOP_WORDS = [
    ("Theresa May said the vote would go ahead.", [("the vote would go ahead", "Theresa May", "Theresa May")]),
    (
        "Prime Minister Theresa May said on Monday that the vote would go ahead.",
        [("the vote would go ahead", "Theresa May", "Prime Minister Theresa May")],
    ),
    ("Theresa May has said the ferry link would stay.", [("the ferry link would stay", "Theresa May", "Theresa May")]),
    ('"We will win," Theresa May said.', [("We will win,", "Theresa May", "Theresa May")]),
    ("Theresa May told reporters the vote would go ahead.", [("the vote would go ahead", "Theresa May", "Theresa May")]),
    ("Will Hurd said the border fence was a waste.", [("the border fence was a waste", "Will Hurd", "Will Hurd")]),
    ("Anna Will, 54, said the clinic had closed.", [("the clinic had closed", "Anna Will", "Anna Will")]),
    ("Guitarist Brian May said the tour would go ahead.", [("the tour would go ahead", "Brian May", "Guitarist Brian May")]),
    # the surname alone, after the full name: the person named before
    (
        'Theresa May met the mayor on Monday.\n\n"We will win," May said.',
        [("We will win,", "Theresa May", "May")],
    ),
    (
        "Will Hurd toured the plant. Will said the jobs would stay.",
        [("the jobs would stay", "Will Hurd", "Will")],
    ),
    # a month or a modal alone names no one the story has not named in full
    ('"We will win," April said.', [("We will win,", None, None)]),
    # the modal and the month stay what they were
    ("The vote may go ahead, officials said.", [("The vote may go ahead", "officials", "officials")]),
    ("Sales fell in May, the ministry said.", [("Sales fell in May", "the ministry", "the ministry")]),
    (
        "June Whitaker said the library would reopen in June.",
        [("the library would reopen in June", "June Whitaker", "June Whitaker")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAME_STOP_WORDS)
def test_name_stop_words(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
