"""rvl67: a reviewer's layout findings mended.  Invented copies in the formats where each rule
applies: a signature line with an outlet's code under a headline; a dateline in capitals with
a full stop; a day-first outlet named in a headline; boilerplate keys of whole phrases."""

from __future__ import annotations

import pytest

from articles import parse_held


def coded_page(line: str) -> str:
    """A Times of India style copy: headline, the line under it, a colon dateline's story."""
    return (
        f"Sensex slips as banks drag\n{line}\n\n"
        "MUMBAI: The Sensex fell 300 points on Tuesday as bank shares dragged, traders said.\n\n"
        "Analysts expected more selling before the central bank's meeting next week.\n"
    )


@pytest.mark.parametrize("line", ["New York | NYT", "Market Watch | WSJ", "Stock Market | IANS", "City Desk | TNN"])
def test_desk_or_place_before_code_is_no_author(line: str) -> None:
    article = parse_held(coded_page(line))
    authors = article.byline.authors if article.byline is not None else ()
    assert not any(word in " ".join(authors) for word in ("New York", "Market", "Stock", "City"))


@pytest.mark.parametrize(
    ("line", "authors"),
    [("Jane Roe | TNN", ("Jane Roe",)), ("Rahul Mehta | HT", ("Rahul Mehta",)), ("Priya Nair | TNN", ("Priya Nair",))],
)
def test_person_before_code_stays_byline(line: str, authors: tuple[str, ...]) -> None:
    article = parse_held(coded_page(line))
    assert article.byline is not None
    assert article.byline.authors == authors


def shouted_page(lead: str) -> str:
    """A web page copy: headline, a lede opening with a word in capitals and a full stop."""
    return f"Storm hits the coast\n\n{lead}\n\nCrews worked overnight to clear the roads.\n"


@pytest.mark.parametrize(
    "lead",
    [
        "OBITUARY. The family of a retired teacher said she died peacefully at home on Sunday.",
        "PICTURED. Firefighters spray water on the roof of a burning warehouse on Tuesday.",
        "DISCLAIMER. The views expressed in this column are the author's own and not the paper's.",
        "VERDICT. The jury found the former mayor guilty on all counts after a two-week trial.",
        "KEYNOTE. The minister told delegates the plan would cut emissions by half by 2035.",
        "PREMIUM. Subscribers can read the full analysis of the budget in our markets section.",
        "PAYWALL. This story is available to subscribers only; log in to keep reading.",
        "MEMBERS ONLY. Members can watch the full interview with the coach on our site.",
    ],
)
def test_shouted_word_before_full_stop_is_no_place(lead: str) -> None:
    assert parse_held(shouted_page(lead)).dateline is None


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("HALIFAX. Heavy rain flooded streets in Halifax on Tuesday, officials said.", "HALIFAX"),
        ("SASKATOON. Police said they arrested a man near Saskatoon after a long chase on Tuesday.", "SASKATOON"),
        ("WINSTON-SALEM. Crews from Winston-Salem cleared fallen trees across the county on Tuesday.", "WINSTON-SALEM"),
        ("BERLIN. The government approved the budget on Tuesday after a long debate.", "BERLIN"),
    ],
)
def test_place_named_again_or_known_stays_dateline(lead: str, place: str) -> None:
    article = parse_held(shouted_page(lead))
    assert article.dateline is not None
    assert article.dateline.place == place


def test_unknown_place_not_named_again_is_no_dateline() -> None:
    # (the story never names the town in title case after a preposition: no evidence it is one)
    lead = "HALIFAX. Heavy rain flooded streets across the city on Tuesday, officials said."
    assert parse_held(shouted_page(lead)).dateline is None
