"""Narrowed signature rules of byl60 (byl60b): a given name and a building's or grounds' noun alone
under a standfirst names a place, not the signer (``Grace Church``); an agency then a picture's
credit, a stamp's label or a section's noun after a comma under the headline is no outlet writing
from a place (``Reuters, Getty Images``, ``AP, File``).  Invented stories in real layouts; each row
is the text and exactly what must come out."""

from __future__ import annotations

import pytest

from articles import parse_held
from parts import blocks, texts

HEADLINE = "Harbour wall gives way in overnight storm"
STORY = (
    "Waves broke through the old harbour wall shortly after midnight, flooding the fish market and a row of shops.",
    "Engineers said repairs would take at least six weeks and cost the port authority more than two million pounds.",
)
STANDFIRST = "Fishing boats were moved to a neighbouring port as the tide rose."


@pytest.mark.parametrize(
    ("signer", "authors"),
    [
        # a known given name and a surname: the signer, as byl60 reads it
        ("Tom Hale", ("Tom Hale",)),
        ("Grace Hale", ("Grace Hale",)),
        ("Jane Hill", ("Jane Hill",)),  # a place word that is a common surname too stays a name
        # must not fire: a given name and a building's or grounds' noun names a place
        ("Grace Church", None),
        ("Rose Garden", None),
        ("Mary Chapel", None),
        ("Rose Gardens", None),
        # must not fire: an institution's or a street's word, as before
        ("Victoria Park", None),
        ("Mercy Hospital", None),
        ("Charlotte Street", None),
    ],
)
def test_signer_under_standfirst_is_no_place(signer: str, authors: tuple[str, ...] | None) -> None:
    article = parse_held(blocks(HEADLINE, STANDFIRST, signer, *STORY))
    if authors is None:
        assert article.byline is None
        assert texts(article) == [STANDFIRST, signer, *STORY]
    else:
        assert article.byline is not None
        assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, None, signer)
        assert texts(article) == [STANDFIRST, *STORY]


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        # an agency's outlet or an agency, then the place it writes from: known or a capitalised word
        ("BBC News, Leeds", "BBC News"),
        ("AFP, Paris", "AFP"),
        ("Reuters, London", "Reuters"),
        ("Reuters, New York", "Reuters"),
        ("AFP, Tallow", "AFP"),
        # must not fire: a picture's credit, a stamp's label, a section's noun, another outlet
        ("Reuters, Getty Images", None),
        ("AP, File", None),
        ("AFP, Photos", None),
        ("Reuters, Updated", None),
        ("Reuters, Sport", None),
        ("Reuters, BBC News", None),
    ],
)
def test_outlet_line_needs_a_place(line: str, agency: str | None) -> None:
    article = parse_held(blocks(HEADLINE, line, *STORY))
    assert texts(article) == list(STORY)
    if agency is None:
        assert article.byline is None
    else:
        assert article.byline is not None
        assert (article.byline.authors, article.byline.agency, article.byline.text) == ((agency,), agency, line)


@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        # an agency's desk after the name: the agency alone
        ("By Jack Nolan, AFP Sports Desk", ("Jack Nolan",), "AFP"),
        ("By Jane Roe and Tom Hale, Reuters Bureau", ("Jane Roe", "Tom Hale"), "Reuters"),
        # a person's office whose first word an agency's initials spell: no agency, no second author
        ("By Ria Sen, PA State Senator", ("Ria Sen",), None),
        ("By Ria Sen, AP Governor", ("Ria Sen",), None),
        # must not fire: an agency's outlet or a journalist's role after the agency stays as it was
        ("By Jane Roe, Reuters Health", ("Jane Roe",), "Reuters Health"),
        ("By Jane Roe, PA Media", ("Jane Roe",), "PA Media"),
        ("By Ria Sen, PA Political Editor", ("Ria Sen",), "PA"),
        ("By Jane Roe, AFP", ("Jane Roe",), "AFP"),
    ],
)
def test_agency_desk_and_office(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    article = parse_held(blocks(HEADLINE, line, *STORY))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, line)
    assert texts(article) == list(STORY)


@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        # an agency's outlet before a stamp that says how long ago: the agency
        ("BBC News, 2 hours ago", ("BBC News",), "BBC News"),
        ("Jane Roe, BBC News, 2 hours ago", ("Jane Roe",), "BBC News"),
        # must not fire: names alone before such a stamp have no agency
        ("Jane Roe, 2 hours ago", ("Jane Roe",), None),
        ("Jane Roe and Tom Hale • 3h ago", ("Jane Roe", "Tom Hale"), None),
    ],
)
def test_outlet_before_relative_stamp(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    article = parse_held(blocks(HEADLINE, line, *STORY))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, line)
    assert texts(article) == list(STORY)
