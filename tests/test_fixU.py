"""Rules fixed after the stop-26 trial, each row a short text of our own with a near miss beside
it: a plural noun spelt like a cue as the object of a finite verb (``dismissed claims that``)."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow, article_of, speaker_rows

HEADLINE = "Row over the harbour\n\n"

# (paragraph, (quote text, speaker) rows expected, what the row checks)
OBJECT_NOUN_ROWS: list[tuple[str, list[SpeakerRow], str]] = [
    ("The minister dismissed claims that she would resign.", [], "a past verb before claims"),
    ("The mayor rejected reports that the bridge was unsafe.", [], "a past verb before reports"),
    ("The harbour master waved off claims that the pier was sinking.", [], "a verb and a particle before claims"),
    ("The governor denies claims that she misled voters.", [], "a present verb before claims"),
    (
        "The board of governors claims that the vote was rigged.",
        [("the vote was rigged", "The board of governors", None)],
        "near miss: a plural noun after of is the subject's, claims its verb",
    ),
    (
        "A spokesman who asked not to be named claims that the vote was rigged.",
        [("the vote was rigged", "A spokesman who asked not to be named", None)],
        "near miss: a passive participle before claims",
    ),
    (
        "The minister also claims that the vote was rigged.",
        [("the vote was rigged", "The minister", None)],
        "near miss: an adverb before claims",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), OBJECT_NOUN_ROWS, ids=[r[2] for r in OBJECT_NOUN_ROWS])
def test_plural_noun_object_is_no_cue(text: str, expected: list[SpeakerRow], why: str) -> None:
    rows = [(quote, speaker) for quote, speaker, _ in speaker_rows(HEADLINE + text, headline=None)]
    assert rows == [(quote, speaker) for quote, speaker, _ in expected], why


# (first paragraph under a headline, dateline place expected, what the row checks)
RELEASE_ROWS: list[tuple[str, str | None, str]] = [
    ("FOR RELEASE -- Harbor Tools Inc. opened a plant in Tacoma on Monday.", None, "a short release label"),
    ("EMBARGOED UNTIL MONDAY -- Harbor Tools Inc. opened a plant on Monday.", None, "a label no list holds"),
    ("FOR IMMEDIATE USE -- Harbor Tools Inc. opened a plant on Monday.", None, "another release label"),
    (
        "FOR RELEASE -- TACOMA, Wash., June 3, 2025 -- Harbor Tools Inc. opened a plant on Monday.",
        "TACOMA, Wash.",
        "near miss: the dateline after a short label is read",
    ),
    ("TACOMA, Wash. -- Harbor Tools Inc. opened a plant on Monday.", "TACOMA, Wash.", "near miss: a plain dateline"),
]


@pytest.mark.parametrize(("text", "place", "why"), RELEASE_ROWS, ids=[r[2] for r in RELEASE_ROWS])
def test_release_label_is_no_place(text: str, place: str | None, why: str) -> None:
    article = article_of(f"Harbor Tools opens plant\n\n{text}\n", headline=None)
    assert (article.dateline.place if article.dateline is not None else None) == place, why


STORY = "The harbour board voted 7-2 on Tuesday to close the old pier."

# (lines under the headline, authors expected, captions expected, what the row checks)
BAR_ROWS: list[tuple[str, tuple[str, ...], int, str]] = [
    ("Jane Roe | The Daily Ledger\nMarch 5, 2024", ("Jane Roe",), 0, "an outlet no vocabulary lists, over a stamp"),
    ("Jane Roe, Staff Writer | The Daily Ledger\nMarch 5, 2024", ("Jane Roe",), 0, "a name, a role and an outlet"),
    ("Jane Roe | Reuters\nMarch 5, 2024", ("Jane Roe",), 0, "near miss: a known agency, as before"),
    (
        f"March 5, 2024\n\n{STORY}\n\nThe pier at dawn on Monday.\nJane Roe | The Daily Ledger",
        (),
        1,
        "near miss: under a caption in the story the line is the picture's credit",
    ),
]


@pytest.mark.parametrize(("header", "authors", "captions", "why"), BAR_ROWS, ids=[r[3] for r in BAR_ROWS])
def test_name_bar_outlet_beside_stamp_is_byline(header: str, authors: tuple[str, ...], captions: int, why: str) -> None:
    article = article_of(f"Harbour board closes pier\n\n{header}\n\n{STORY}\n", headline=None)
    assert (article.byline.authors if article.byline is not None else ()) == authors, why
    assert len(article.captions) == captions, why


def test_known_agency_after_bar_is_the_agency() -> None:
    article = article_of(f"Harbour board closes pier\n\nJane Roe | Reuters\nMarch 5, 2024\n\n{STORY}\n", headline=None)
    assert article.byline is not None and article.byline.agency == "Reuters"
    article = article_of(f"Harbour board closes pier\n\nJane Roe | The Daily Ledger\nMarch 5, 2024\n\n{STORY}\n", headline=None)
    assert article.byline is not None and article.byline.agency is None


# (paragraph, speaker expected, what the row checks)
POSTPOSED_ROWS: list[tuple[str, str | None, str]] = [
    ('"He never missed a tide," remembered his sister, Mary Doyle.', "Mary Doyle", "a name set off after a kin role"),
    ('"He never missed a tide," remembered a neighbour, Tom Reyes.', "Tom Reyes", "a name set off after a role"),
    ('"He never missed a tide," recalled his sister, Mary Doyle.', "Mary Doyle", "near miss: a listed cue, as before"),
    ('"He never missed a tide," remembered Mary Doyle, his sister.', "Mary Doyle", "near miss: the name first"),
    ('"The pier is closed," read the notice, signed by the harbour master.', "the notice", "near miss: no name after"),
]


@pytest.mark.parametrize(("text", "speaker", "why"), POSTPOSED_ROWS, ids=[r[2] for r in POSTPOSED_ROWS])
def test_postposed_cue_takes_the_name_after_a_role(text: str, speaker: str | None, why: str) -> None:
    assert [name for _, name, _ in speaker_rows(HEADLINE + text, headline=None)] == [speaker], why


# (paragraph, (quote, speaker) rows expected, what the row checks)
DASH_ROWS: list[tuple[str, list[tuple[str, str | None]], str]] = [
    ("The tally was tight - 12 to 10 - harbour officials said.", [("The tally was tight - 12 to 10", "harbour officials")], "a hyphen"),
    ("The tally was tight — 12 to 10 — harbour officials said.", [("The tally was tight — 12 to 10", "harbour officials")], "an em dash"),
    ("The tally was tight, 12 to 10, harbour officials said.", [("The tally was tight, 12 to 10", "harbour officials")], "near miss: commas, as before"),
    ("The tally was tight at 12-10 harbour officials said.", [], "near miss: a hyphen inside a word sets nothing off"),
    (
        "Critics accused the mayor of implying harbour workers were lazy — something Governor Tom Reyes indicated last week.",
        [],
        "near miss: something after the dash is an apposition, no subject",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), DASH_ROWS, ids=[r[2] for r in DASH_ROWS])
def test_dash_before_closing_attribution(text: str, expected: list[tuple[str, str | None]], why: str) -> None:
    assert [(quote, name) for quote, name, _ in speaker_rows(HEADLINE + text, headline=None)] == expected, why


# (paragraph, (quote, speaker) rows expected, what the row checks)
COUNT_ROWS: list[tuple[str, list[tuple[str, str | None]], str]] = [
    ("The 12 said in a joint letter that they would not return.", [("they would not return", "The 12")], "a determiner"),
    ("All 40 said they would not return.", [("they would not return", "All 40")], "a quantifier"),
    ("Those 9 said they would not return.", [("they would not return", "Those 9")], "a demonstrative"),
    ("Of the nurses, 39 said they would not return.", [("they would not return", None)], "near miss: a bare count, no speaker"),
    ("The 12 nurses said they would not return.", [("they would not return", "The 12 nurses")], "near miss: a noun after"),
]


@pytest.mark.parametrize(("text", "expected", "why"), COUNT_ROWS, ids=[r[2] for r in COUNT_ROWS])
def test_count_after_determiner_speaks(text: str, expected: list[tuple[str, str | None]], why: str) -> None:
    assert [(quote, name) for quote, name, _ in speaker_rows(HEADLINE + text, headline=None)] == expected, why
