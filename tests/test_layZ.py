"""Layout readings left from stop 25 (stop 26, layZ): a standfirst over the author's name beside a
stamp, a role printed over the name, two authors each with a role, bylines apart by bars, a
``Name | Outlet`` picture credit, a place before a stamp label, a section pair over a wrapped
headline, a wire's marker before the headline, and a press release's label before its first sentence.

Each shape is a whole short article in a layout of its own, beside near-misses whose reading must
not change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse_article
from newsparse.byline import BylineParser
from newsparse.caption import CaptionParser
from newsparse.lines import Line, split_lines
from newsparse.spans import Span
from newsparse.timestamp import TimestampParser
from parts import holds_every_line

TITLE = "Harbour ferries return after a week of storms"
LEDE = (
    "Ferries to the outer islands sailed again on Tuesday after a week of gales kept the fleet in port, "
    "the operator said, and the first boats left full."
)
MORE = "Islanders said food and fuel had run low, and the council promised to review its storm plans before winter."
STORY = f"{LEDE}\n\n{MORE}\n"


# -- 1. a standfirst with no sentence end over the author's name (name_nearer_stamp) -------------------


@pytest.mark.parametrize(
    ("head", "author", "published"),
    [
        # a blank line between the standfirst and the name, or between the name and the stamp
        ("Storm Over, Trouble Ahead\n\nMaria Okafor\nJune 3, 2025", "Maria Okafor", "June 3, 2025"),
        ("Storm Over, Trouble Ahead\nMaria Okafor\n\nJune 3, 2025", "Maria Okafor", "June 3, 2025"),
        ("Calm Seas, Empty Shelves\n\nPiet de Vries\n3 June 2025", "Piet de Vries", "3 June 2025"),
        # the stamp over the standfirst, the name under it (the name is the text's block's last line)
        ("June 3, 2025\nStorm Over, Trouble Ahead\nMaria Okafor", "Maria Okafor", "June 3, 2025"),
        ("June 3, 2025\nStorm Over, Trouble Ahead\nMaria Okafor\nUpdated June 4, 2025", "Maria Okafor", "June 3, 2025"),
        # near-misses: a name over a name takes the first; a "Name, Outlet" line alone is read so
        ("June 3, 2025\nMaria Okafor\nPiet de Vries\nUpdated June 4, 2025", "Maria Okafor", "June 3, 2025"),
        ("Maria Okafor, Island Times\nJune 3, 2025", "Maria Okafor", "June 3, 2025"),
    ],
)
def test_the_name_alone_is_the_author_not_the_standfirst(head: str, author: str, published: str) -> None:
    article = parse_article(f"{TITLE}\n{head}\n\n{STORY}")
    assert article.byline is not None and article.byline.authors == (author,)
    assert article.published is not None and article.published.text == published
    assert [p.text for p in article.paragraphs] == [LEDE, MORE]
    assert holds_every_line(article)


def test_the_standfirst_is_filed_as_a_line_of_no_running_text() -> None:
    article = parse_article(f"{TITLE}\nStorm Over, Trouble Ahead\n\nMaria Okafor\nJune 3, 2025\n\n{STORY}")
    assert [(b.text, b.kind) for b in article.boilerplate] == [("Storm Over, Trouble Ahead", "other")]


# -- 2 and 3. a role over the name; two authors each with a role (BylineParser.named_roles) -------------


@pytest.mark.parametrize(
    ("head", "authors", "text"),
    [
        # a role over the name, with and without a stamp under them
        ("Staff Writer\nMaria Okafor\nJune 3, 2025", ("Maria Okafor",), "Staff Writer Maria Okafor"),
        ("Senior Correspondent\nPiet de Vries", ("Piet de Vries",), "Senior Correspondent Piet de Vries"),
        ("Political Editor\nAmara Lindqvist\n\nJune 3, 2025", ("Amara Lindqvist",), "Political Editor Amara Lindqvist"),
        # two authors, each over the role or under it
        (
            "Maria Okafor\nStaff Writer\nPiet de Vries\nBusiness Reporter",
            ("Maria Okafor", "Piet de Vries"),
            "Maria Okafor Staff Writer Piet de Vries Business Reporter",
        ),
        (
            "Health Correspondent\nAmara Lindqvist\nData Reporter\nTomas Herrera\nJune 3, 2025",
            ("Amara Lindqvist", "Tomas Herrera"),
            "Health Correspondent Amara Lindqvist Data Reporter Tomas Herrera",
        ),
        # near-misses: one author over the role (read as before); the role of a name set off by a blank line
        ("Maria Okafor\nStaff Writer", ("Maria Okafor",), "Maria Okafor Staff Writer"),
        ("Maria Okafor\n\nStaff Writer", ("Maria Okafor",), "Maria Okafor Staff Writer"),
    ],
)
def test_authors_printed_with_their_roles(head: str, authors: tuple[str, ...], text: str) -> None:
    article = parse_article(f"{TITLE}\n\n{head}\n\n{STORY}")
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, None, text)
    assert [p.text for p in article.paragraphs] == [LEDE, MORE]
    assert holds_every_line(article)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Staff Writer\nMaria Okafor\n", ("Maria Okafor",)),
        ("Maria Okafor\nStaff Writer\nPiet de Vries\nBusiness Reporter\n", ("Maria Okafor", "Piet de Vries")),
        # the second pair in the other order, or in another block, is no more authors
        ("Maria Okafor\nStaff Writer\nBusiness Reporter\nPiet de Vries\n", ("Maria Okafor",)),
        ("Maria Okafor\nStaff Writer\n\nPiet de Vries\nBusiness Reporter\n", ("Maria Okafor",)),
        # no role, or no name: nothing
        ("Maria Okafor\nPiet de Vries\n", None),
        ("Staff Writer\nIsland Times\n", None),
        ("Staff Writer\nSouth Africa\n", None),
    ],
)
def test_named_roles_reads_pairs_in_one_order_and_block(text: str, authors: tuple[str, ...] | None) -> None:
    found = BylineParser().named_roles(split_lines(text), 0)
    assert (found.authors if found is not None else None) == authors


def test_a_desk_over_a_name_is_the_name_s_role() -> None:
    # "Staff Writer" alone signs no story when a name stands under it
    assert BylineParser().parse(split_lines("Staff Writer\nMaria Okafor\n"), 0) is None
    alone = BylineParser().parse(split_lines("Staff Writer\n\nMaria Okafor\n"), 0)
    assert alone is not None and alone.authors == ()


# -- 4. bylines apart by bars ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "byline", "agency", "published", "updated"),
    [
        ("By Maria Okafor | June 3, 2025", "By Maria Okafor", None, "June 3, 2025", None),
        ("By Maria Okafor | Staff Writer", "By Maria Okafor | Staff Writer", None, None, None),
        ("By Piet de Vries | 3 June 2025 10:14 CET", "By Piet de Vries", None, "3 June 2025 10:14 CET", None),
        # an agency after the bar is the byline's agency; an outlet the library does not know stays in its text
        ("By Maria Okafor | Reuters", "By Maria Okafor | Reuters", "Reuters", None, None),
        ("By Maria Okafor | Island Times", "By Maria Okafor | Island Times", None, None, None),
        # a role piece between the name and the stamp is the byline's
        ("By Maria Okafor | Senior Correspondent | June 3, 2025", "By Maria Okafor | Senior Correspondent", None, "June 3, 2025", None),
        # the update in a piece after the publication
        ("By Maria Okafor | June 3, 2025 | Updated June 4, 2025", "By Maria Okafor", None, "June 3, 2025", "June 4, 2025"),
        ("By Amara Lindqvist | Data Reporter | June 3, 2025 | Updated June 4, 2025",
         "By Amara Lindqvist | Data Reporter", None, "June 3, 2025", "June 4, 2025"),
        # near-misses: a piece that is no role stays out of the byline
        ("By Maria Okafor | Weather | June 3, 2025", "By Maria Okafor", None, "June 3, 2025", None),
    ],
)
def test_a_byline_apart_by_bars(line: str, byline: str, agency: str | None, published: str | None, updated: str | None) -> None:
    article = parse_article(f"{TITLE}\n\n{line}\n\n{STORY}")
    assert article.byline is not None and (article.byline.text, article.byline.agency) == (byline, agency)
    assert (article.published.text if article.published else None) == published
    assert (article.updated.text if article.updated else None) == updated
    assert [p.text for p in article.paragraphs] == [LEDE, MORE]
    assert holds_every_line(article)


# -- 5. a "Name | Outlet" picture credit ------------------------------------------------------------------

PICTURE = "A ferry leaves the harbour at dawn on Tuesday, June 3, 2025."


@pytest.mark.parametrize(
    ("credit_line", "credit"),
    [
        ("Lena Marsh | KTVN", "Lena Marsh | KTVN"),
        ("Tomas Herrera | Reuters", "Tomas Herrera | Reuters"),
        ("Lena Marsh | Island Times", "Lena Marsh | Island Times"),
        ("Lena Marsh | The Coast Herald", "Lena Marsh | The Coast Herald"),
        # the slash, as before
        ("Lena Marsh/KTVN", "Lena Marsh/KTVN"),
    ],
)
def test_a_name_and_outlet_under_a_caption_is_its_credit(credit_line: str, credit: str) -> None:
    text = f"{TITLE}\n\nBy Maria Okafor\n\n{LEDE}\n\n{PICTURE}\n{credit_line}\n\n{MORE}\n"
    article = parse_article(text)
    assert article.byline is not None and article.byline.authors == ("Maria Okafor",)
    assert [(c.text, c.credit) for c in article.captions] == [(PICTURE, credit)]
    assert [p.text for p in article.paragraphs] == [LEDE, MORE]
    assert holds_every_line(article)


@pytest.mark.parametrize("credit_line", ["Lena Marsh | KTVN", "Tomas Herrera | Reuters"])
def test_a_name_and_outlet_alone_under_the_headline_is_no_byline(credit_line: str) -> None:
    article = parse_article(f"{TITLE}\n\n{credit_line}\n\n{STORY}")
    assert article.byline is None
    assert [(c.text, c.credit) for c in article.captions] == [(credit_line, credit_line)]
    assert [p.text for p in article.paragraphs] == [LEDE, MORE]


@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        # near-misses: "By" makes it a byline; a role or a topic after the bar is no outlet
        ("By Lena Marsh | KTVN", ("Lena Marsh",), None),
        ("By Lena Marsh | Reuters", ("Lena Marsh",), "Reuters"),
        ("Lena Marsh | Staff Writer", ("Lena Marsh",), None),
    ],
)
def test_a_bar_line_that_stays_a_byline(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    article = parse_article(f"{TITLE}\n\n{line}\n\n{STORY}")
    assert article.byline is not None and (article.byline.authors, article.byline.agency) == (authors, agency)
    assert article.captions == ()


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Lena Marsh | KTVN", "Lena Marsh | KTVN"),
        ("Lena Marsh | AFP", "Lena Marsh | AFP"),
        ("Lena Marsh | Coast News", "Lena Marsh | Coast News"),
        ("Lena Marsh | Staff Writer", None),
        ("Lena Marsh | Weather", None),
        ("Markets | Energy", None),
        ("Lena Marsh|KTVN", None),  # (no spaces: one word glued to a bar, no credit line)
    ],
)
def test_credit_of_reads_a_name_and_outlet_apart_by_a_bar(text: str, credit: str | None) -> None:
    assert CaptionParser().credit_of(Line(text, Span(0, len(text)), 0, False)) == credit


# -- 6. a place before a stamp label ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "place", "date", "published", "updated"),
    [
        ("NEW DELHI, Updated: March 5, 2024 10:14 IST", "NEW DELHI", None, None, "March 5, 2024 10:14 IST"),
        ("LAGOS, Published: June 3, 2025 08:30 WAT", "LAGOS", dt.date(2025, 6, 3), "June 3, 2025 08:30 WAT", None),
        ("SPRINGFIELD, Ill., Last updated June 3, 2025 8:30 AM", "SPRINGFIELD, Ill.", None, None, "June 3, 2025 8:30 AM"),
        # near-misses: no label, as before; a desk before the label is no place
        ("NEW DELHI, March 5, 2024 10:14 IST", "NEW DELHI", dt.date(2024, 3, 5), "March 5, 2024 10:14 IST", None),
        ("EXPRESS NEWS SERVICE, Updated: March 5, 2024 10:14 IST", None, None, None, "March 5, 2024 10:14 IST"),
    ],
)
def test_a_place_before_a_stamp_label_is_the_dateline(
    line: str, place: str | None, date: dt.date | None, published: str | None, updated: str | None
) -> None:
    article = parse_article(f"{TITLE}\n\n{line}\n\n{STORY}")
    assert (article.dateline.place if article.dateline else None) == place
    assert (article.dateline.date if article.dateline else None) == date
    assert (article.published.text if article.published else None) == published
    assert (article.updated.text if article.updated else None) == updated
    assert [p.text for p in article.paragraphs] == [LEDE, MORE]
    assert holds_every_line(article)


@pytest.mark.parametrize(
    ("head", "start"),
    [
        ("NEW DELHI, Updated: ", 11),
        ("LAGOS, Published ", 7),
        ("ROMA, Aggiornato il ", 6),
        ("Updated ", 0),
        ("NEW DELHI, ", None),
        ("OUTDATED ", None),  # (a label inside a word is none)
    ],
)
def test_label_start(head: str, start: int | None) -> None:
    assert TimestampParser().label_start(head) == start


# -- 7. a section pair over a headline wrapped onto two lines ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "section", "headline"),
    [
        (f"Business\nMarkets\nFerry operator weighs a rise in\nfares after a week of storms\n\n{STORY}",
         ("Business", "Markets"), "Ferry operator weighs a rise in fares after a week of storms"),
        (f"News\nLocal\nIslanders count the cost of a week\nwithout ferries\nBy Maria Okafor\n\n{STORY}",
         ("News", "Local"), "Islanders count the cost of a week without ferries"),
        (f"Sport\nSailing\nRegatta called off as gales\nbatter the coast\nJune 3, 2025\n\n{STORY}",
         ("Sport", "Sailing"), "Regatta called off as gales batter the coast"),
        # near-misses: the headline on one line; a second line in capitals is no wrap
        (f"Business\nMarkets\n{TITLE}\n\n{STORY}", ("Business", "Markets"), TITLE),
        (f"Business\nMarkets\n{TITLE}\nFares To Rise\n\n{STORY}", (), "Business"),
    ],
)
def test_a_section_pair_over_a_wrapped_headline(text: str, section: tuple[str, ...], headline: str) -> None:
    article = parse_article(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert [p.text for p in article.paragraphs] == [LEDE, MORE]
    assert holds_every_line(article)


# -- 8. a wire's marker before the headline ---------------------------------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "(LEAD) Ferries resume to outer islands after storms",
        "(2nd LD) Ferries resume to outer islands after storms",
        "(URGENT) Ferry runs aground off the north coast",
        "(News Focus) Islanders weigh the cost of a stormy week",
        "(3rd LD)Ferries resume to outer islands after storms",
    ],
)
def test_a_wire_marker_stays_in_the_headline_text(headline: str) -> None:
    text = f"{headline}\n\nPORT ELLEN, June 3 (AFP) -- {LEDE}\n\n{MORE}\n"
    article = parse_article(text)
    assert article.headline is not None and article.headline.text == headline
    assert article.headline.span.slice(text) == headline
    assert article.dateline is not None and article.dateline.place == "PORT ELLEN"
    assert [p.text for p in article.paragraphs] == [LEDE, MORE]


# -- 9. a press release's label before its first sentence ----------------------------------------------------

RELEASE = "Coastline Ferries Adds Winter Sailings"
FIRST = "Coastline Ferries today announced four more winter sailings to the outer islands, starting in December."


@pytest.mark.parametrize(
    "opening",
    [
        f"FOR IMMEDIATE RELEASE -- {FIRST}",
        f"FOR IMMEDIATE RELEASE - {FIRST}",
        f"FOR IMMEDIATE RELEASE — {FIRST}",
        f"FOR IMMEDIATE RELEASE--{FIRST}",
        f"MEDIA ADVISORY -- {FIRST}",
    ],
)
def test_a_release_label_before_the_first_sentence_is_no_place(opening: str) -> None:
    article = parse_article(f"{RELEASE}\n\n{opening}\n\n{MORE}\n")
    assert article.dateline is None
    assert [p.text for p in article.paragraphs] == [opening, MORE]


@pytest.mark.parametrize(
    ("label", "dateline", "place"),
    [
        ("FOR IMMEDIATE RELEASE -- ", "FOR IMMEDIATE RELEASE -- PORTLAND, Maine, June 3, 2025 --", "PORTLAND, Maine"),
        ("FOR IMMEDIATE RELEASE: ", "FOR IMMEDIATE RELEASE: PORTLAND, Maine, June 3, 2025 --", "PORTLAND, Maine"),
        ("MEDIA ADVISORY - ", "MEDIA ADVISORY - PORTLAND, Maine, June 3, 2025 --", "PORTLAND, Maine"),
        # near-miss: no label
        ("", "PORTLAND, Maine, June 3, 2025 --", "PORTLAND, Maine"),
    ],
)
def test_a_release_label_before_the_dateline_is_read_past(label: str, dateline: str, place: str) -> None:
    text = f"{RELEASE}\n\n{label}PORTLAND, Maine, June 3, 2025 -- {FIRST}\n\n{MORE}\n"
    article = parse_article(text)
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.place, article.dateline.date) == (dateline, place, dt.date(2025, 6, 3))
    assert article.dateline.span.slice(text) == dateline
    assert [p.text for p in article.paragraphs] == [FIRST, MORE]
    assert holds_every_line(article)


def test_a_place_after_its_own_line_of_release_label_is_the_dateline() -> None:
    # near-miss: the label on a line of its own, the dateline on the first paragraph
    article = parse_article(f"{RELEASE}\n\nFOR IMMEDIATE RELEASE\n\nPORTLAND, Maine, June 3, 2025 -- {FIRST}\n\n{MORE}\n")
    assert article.dateline is not None and article.dateline.place == "PORTLAND, Maine"
    assert [(b.text, b.kind) for b in article.boilerplate] == [("FOR IMMEDIATE RELEASE", "press-release")]
