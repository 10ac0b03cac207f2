"""Round 71's merged layout rules narrowed where older rows caught them (halfL71): an outlet's
name before a stamp is never a known agency's (``outlet_before_stamp``), and one name alone under
the title over the story signs it only under a stamp and when the story does not print it again
(``names_over_story``).  Invented stories in real layouts, rows that must not change beside them."""

from __future__ import annotations

import datetime as dt

import pytest

from articles import parse_held

TITLE = "Harbour ferry returns after winter repairs"
LEDE = "The harbour ferry returned to service on Monday after three months of repairs to its hull and engines."
MORE = "The operator said crossings would run every half hour until the end of the summer season."


def story(header: str) -> str:
    """*header* over a story of two paragraphs, set off by a blank line."""
    return f"{header}\n\n{LEDE}\n\n{MORE}\n"


# -- (1) outlet_before_stamp: no known agency's name ------------------------------------------------

# (the line under the title, the byline's (authors, text) or None, the boilerplate as (kind, text))
OUTLET_BEFORE_STAMP = [
    # one word in title case that is an agency's name and a given name: agency_before_stamp refuses it
    ("Petra, Dec 7, 2026", None, [("other", "Petra")]),
    ("Petra - Dec 7, 2026", None, [("other", "Petra")]),
    # an outlet that is no known agency still signs (mendLT71)
    ("Harbour News - Dec 7, 2026", ((), "Harbour News"), []),
    ("The Coastal Times, Dec 7, 2026", ((), "The Coastal Times"), []),
]


@pytest.mark.parametrize(("line", "byline", "boilerplate"), OUTLET_BEFORE_STAMP)
def test_no_known_agency_signs_as_an_outlet_before_the_stamp(
    line: str, byline: tuple[tuple[str, ...], str] | None, boilerplate: list[tuple[str, str]]
) -> None:
    article = parse_held(story(f"{TITLE}\n{line}"))
    assert article.published is not None and article.published.datetime.date() == dt.date(2026, 12, 7)
    assert (None if article.byline is None else (article.byline.authors, article.byline.text)) == byline
    if article.byline is not None:
        assert article.byline.span.slice(article.text) == article.byline.text
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate


# -- (2) names_over_story: one name alone under the title -------------------------------------------

STAMP = "Dec 7, 2026 - Travel"
INTERVIEW = (
    "Because the sea was calm for the first time in weeks, and we had waited long enough.\n\n"
    "Interviewer\nWill the crossings run all winter?\n\nMarta Olsen\nOnly when the weather lets us.\n"
)
NAMED = "Because the sea was calm for the first time in weeks, she said on Monday.\n\nMarta Olsen runs the ferry with her brother.\n"
UNNAMED = "Because the sea was calm for the first time in weeks, she said on Monday.\n\nThe skipper runs the ferry with her brother.\n"

# (the text, the byline's authors or None)
ONE_NAME = [
    # under a stamp, a name the story never prints again: the byline (mendLT71)
    (story(f"{STAMP}\n{TITLE}\nMarta Olsen"), ("Marta Olsen",)),
    # a section's kicker alone over the title: the name closes the header, no author
    (story(f"Travel\n{TITLE}\nMarta Olsen"), None),
    # under a stamp, an interview's label printed again over an answer: no author
    (f"{STAMP}\n{TITLE}\nMarta Olsen\n\n{INTERVIEW}", None),
    # under a stamp, a name the story writes again: its subject
    (f"{STAMP}\n{TITLE}\nMarta Olsen\n\n{NAMED}", None),
    (f"{STAMP}\n{TITLE}\nMarta Olsen\n\n{UNNAMED}", ("Marta Olsen",)),
    # two names under a section alone still sign (mendLT71)
    (story(f"Travel\n{TITLE}\nJane Holt and Peter Dahl"), ("Jane Holt", "Peter Dahl")),
]


@pytest.mark.parametrize(("text", "authors"), ONE_NAME)
def test_one_name_under_the_title_signs_only_under_a_stamp_and_printed_once(
    text: str, authors: tuple[str, ...] | None
) -> None:
    article = parse_held(text)
    assert article.headline is not None and article.headline.text == TITLE
    assert (article.byline.authors if article.byline else None) == authors
    if article.byline is not None:
        assert article.byline.span.slice(article.text) == " and ".join(authors or ())
