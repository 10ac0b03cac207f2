"""Layout values a second reader found wrong on round 68's merged rules (fixT68): an author's name
alone under a section's label is the byline, not a short headline; a timetable's clocks inside a
story head no live blog entries.
Invented stories in the layouts pages print; each row says what must come out, the rows that must
not change beside the ones that must."""

from __future__ import annotations

import pytest

from articles import parse_held
from parts import blocks, texts

# -- 1. a person's name under a section's label ----------------------------------------------------

STORY = "The prime minister resigned on Tuesday after losing a confidence vote in parliament by twelve votes."


@pytest.mark.parametrize(
    ("label", "name", "stamp", "authors"),
    [
        ("Politics", "Ana Ruiz", "March 3, 2026", ("Ana Ruiz",)),
        ("Business news", "Jane Roe", "Updated March 3, 2026", ("Jane Roe",)),
        ("City news", "JANE ROE London", "March 3, 2026", ("JANE ROE",)),
        ("World news", "Tom Hale and Maria Okafor", "4 March 2026", ("Tom Hale", "Maria Okafor")),
        ("Local news", "Peter Grant", "3 March 2026", ("Peter Grant",)),
    ],
)
@pytest.mark.parametrize("blank", [False, True])
def test_name_under_section_label_is_the_byline(label: str, name: str, stamp: str, authors: tuple[str, ...], blank: bool) -> None:
    gap = "\n\n" if blank else "\n"
    article = parse_held(f"{label}{gap}{name}\n{stamp}\n\n{STORY}\n")
    assert article.headline is not None and article.headline.text == label
    assert article.byline is not None and article.byline.authors == authors
    assert texts(article) == [STORY]


@pytest.mark.parametrize(
    ("label", "title"),
    [("Politics", "PM quits"), ("World news", "Rates rise"), ("Markets", "Stocks slide")],
)
def test_short_title_under_section_label_stays_the_headline(label: str, title: str) -> None:
    # what must not change: a short title of no given name is the headline under its section's label
    article = parse_held(f"{label}\n{title}\nBy Ana Ruiz\nMarch 3, 2026\n\n{STORY}\n")
    assert article.headline is not None and article.headline.text == title
    assert article.section == (label,)
    assert article.byline is not None and article.byline.authors == ("Ana Ruiz",)


# -- 2. a timetable's clocks inside a story --------------------------------------------------------

LEAD = "Buses will run again from Wednesday, the union said. The first services will leave the depot at these times:"
CLOSE = "The union said pay talks with the operator would continue next week."


@pytest.mark.parametrize(
    "rows",
    [
        ("06:10", "Route 4 to the airport.", "06:25", "Route 9 to the hospital."),
        ("7:45", "Trains to the coast resume.", "8:15", "Trains to the city resume.", "8:40", "Night buses stop."),
        ("10.05", "The first ferry sails.", "10.35", "The second ferry sails."),
    ],
)
def test_timetable_clocks_stay_paragraphs(rows: tuple[str, ...]) -> None:
    article = parse_held(blocks("Bus strike ends", "By Jane Roe", LEAD + "\n" + "\n".join(rows), CLOSE))
    assert [item.text for item in article.boilerplate if item.kind == "timestamp"] == []
    assert texts(article) == [LEAD, *rows, CLOSE]


# -- 3. a firm's name in capitals before a full stop -----------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "BARCLAYS. Profit at Barclays rose 12% in the first quarter, the bank said on Tuesday.",
        "VOLKSWAGEN. Workers at Volkswagen voted to strike on Tuesday.",
        "SIEMENS. Shareholders at Siemens backed the new board on Tuesday.",
        "TESCO. Staff at Tesco will get a 5% rise from April, the grocer said.",
        "ORANGE. Customers at Orange's shops will pay more from May, the operator said.",
    ],
)
def test_firm_named_again_is_no_place(lead: str) -> None:
    article = parse_held(f"Company news\n\nMarch 3, 2026\n\n{lead}\n\nMore follows.\n")
    assert article.dateline is None


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        # what must not change: a town named again after a preposition, no firm's word before it
        ("HALIFAX. Heavy rain flooded streets in Halifax on Tuesday, officials said.", "HALIFAX"),
        ("SASKATOON. Police said on Tuesday they had arrested a man in Saskatoon after a long chase.", "SASKATOON"),
        ("ANCHORAGE. Snow closed the airport in Anchorage for most of Tuesday, the city said.", "ANCHORAGE"),
    ],
)
def test_town_named_again_stays_the_place(lead: str, place: str) -> None:
    article = parse_held(f"Storm hits the coast\n\n{lead}\n\nCrews worked overnight.\n")
    assert article.dateline is not None and article.dateline.place == place


# -- 5. a place after a byline's bar ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Roe | Holly Springs", ("Jane Roe",)),
        ("By Jane Roe | Grace Church", ("Jane Roe",)),
        ("By Tom Hale | Beverly Hills", ("Tom Hale",)),
        ("By Ana Ruiz | Cedar Falls", ("Ana Ruiz",)),
        ("By Tom Hale | Palm Beach", ("Tom Hale",)),
        # what must not change: a second author after the bar
        ("By Jane Roe | Tom Hale", ("Jane Roe", "Tom Hale")),
    ],
)
def test_place_after_bar_is_no_author(line: str, authors: tuple[str, ...]) -> None:
    article = parse_held(f"Storm floods town centre\n\n{line}\nMarch 3, 2026\n\n{STORY}\n")
    assert article.byline is not None and article.byline.authors == authors
