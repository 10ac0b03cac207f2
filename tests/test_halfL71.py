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
