"""Regressions of round 71's new user's layout findings (mendLT71): a date, section or edition
line over the headline read as the headline (a date and a section on one line, a section's label
with a determiner, a print page's mark after the date, an academic's affiliation and the notes of
a commentary site's author box).  Invented stories in real layouts, with the rows that must not
change beside the ones that must."""

from __future__ import annotations

import datetime as dt

import pytest

from articles import parse_held

LEDE = "The county council voted 7-2 on Tuesday to approve the new plan, ending a dispute that had lasted two years."
MORE = "Opponents said the cost was too high and promised to fight the plan at the next election."


def story(header: str) -> str:
    """*header* over a story of two paragraphs, set off by a blank line."""
    return f"{header}\n\n{LEDE}\n\n{MORE}\n"


# -- (1) a date, a section or an edition line first is no headline ---------------------------------


DATE_AND_SECTION = [
    ("Dec 7, 2026 - Technology", "Technology", dt.datetime(2026, 12, 7), "Scoop: Chipmaker plans $4B Arizona expansion"),
    ("Mar 3, 2025 - Politics", "Politics", dt.datetime(2025, 3, 3), "Senate deal on spending bill collapses"),
    ("November 21, 2026 | Business", "Business", dt.datetime(2026, 11, 21), "Retailers brace for a thin holiday season"),
    ("4 June 2026 — Health", "Health", dt.datetime(2026, 6, 4), "Clinics report surge in measles cases"),
]


@pytest.mark.parametrize(("first", "section", "published", "title"), DATE_AND_SECTION)
def test_date_then_section_on_the_first_line(first: str, section: str, published: dt.datetime, title: str) -> None:
    article = parse_held(story(f"{first}\n{title}\nJane Roe"))
    assert article.section == (section,)
    assert article.headline is not None and article.headline.text == title
    assert article.published is not None and article.published.datetime == published
    assert article.section_span is not None and article.section_span.slice(article.text) == section


DATE_NO_SECTION = [
    # a clock after the dash, a word that is no section's noun, a headline after the date: none is a section
    ("Thu Dec 7 2026 - 18:05", "Council backs new harbour plan"),
    ("Dec 7, 2026 - Farmers Protest", "Council backs new harbour plan"),
]


@pytest.mark.parametrize(("first", "title"), DATE_NO_SECTION)
def test_date_then_no_section_label_reads_no_section(first: str, title: str) -> None:
    article = parse_held(story(f"{first}\n{title}\nBy Jane Roe"))
    assert article.section == ()


NAMES_UNDER_TITLE = [
    ("Hannah Reiss, Jordan Cole", ("Hannah Reiss", "Jordan Cole")),
    ("Mark Ellis and Susan Grant", ("Mark Ellis", "Susan Grant")),
    ("Laura Benton", ("Laura Benton",)),
]


@pytest.mark.parametrize(("names", "authors"), NAMES_UNDER_TITLE)
def test_names_alone_under_the_headline_over_the_story_are_the_byline(names: str, authors: tuple[str, ...]) -> None:
    article = parse_held(story(f"Dec 7, 2026 - Technology\nChipmaker plans $4B Arizona expansion\n{names}"))
    assert article.byline is not None and article.byline.authors == authors
    assert article.byline.text == names


def test_one_name_under_a_bare_headline_stays_a_label() -> None:
    # no section nor stamp above the title: one name in its block is a label under it (as before)
    article = parse_held(story("Chipmaker plans $4B Arizona expansion\nLaura Benton"))
    assert article.byline is None


def test_name_under_headline_that_the_story_is_about_is_no_byline() -> None:
    text = (
        "Dec 7, 2026 - Politics\nSenator's long career comes to an end\nMargaret Hale\n\n"
        "Hale, 81, was the longest-serving senator in the state's history and retired on Monday.\n\n" + MORE + "\n"
    )
    article = parse_held(text)
    assert article.byline is None


SECTION_WITH_DETERMINER = ["Israel & the Region", "Money & the Markets", "Sport & the Outdoors"]


@pytest.mark.parametrize("label", SECTION_WITH_DETERMINER)
def test_section_label_with_a_determiner_after_the_connector(label: str) -> None:
    title = "Knesset panel advances bill to expand rabbinical court powers"
    deck = "Opposition lawmakers warn the measure would erode civil marriage rights; the coalition disagrees"
    article = parse_held(story(f"{label}\n{title}\n{deck}\nBy Tal Shapira and Noa Ben-David\n7 December 2026, 5:14 pm"))
    assert article.section == (label,)
    assert article.headline is not None and article.headline.text == title
    assert [b.text for b in article.boilerplate if b.kind == "standfirst"] == [deck]


HEADLINES_WITH_DETERMINER = ["Trump and the Press", "Farmers and the Drought"]


@pytest.mark.parametrize("title", HEADLINES_WITH_DETERMINER)
def test_title_case_headline_with_a_determiner_over_the_story_stays_the_headline(title: str) -> None:
    # "and" written out, no deck, no byline under it: a short headline, not a section
    article = parse_held(story(title))
    assert article.headline is not None and article.headline.text == title
    assert article.section == ()


PAGE_MARKS = [
    ("Mon, Dec 07, 2026 page3", "page3", dt.datetime(2026, 12, 7)),
    ("Tue, Mar 03, 2026 p. A4", "p. A4", dt.datetime(2026, 3, 3)),
    ("Sat, Jun 06, 2026 pg 12", "pg 12", dt.datetime(2026, 6, 6)),
]


@pytest.mark.parametrize(("line", "mark", "published"), PAGE_MARKS)
def test_date_with_a_page_mark_is_a_stamp_line(line: str, mark: str, published: dt.datetime) -> None:
    title = "Legislators clash over defense budget"
    article = parse_held(story(f"Taiwan News\n{line}\n{title}\nBy Chen Yun / Staff reporter"))
    assert article.headline is not None and article.headline.text == title
    assert article.published is not None and article.published.datetime == published
    assert [b.text for b in article.boilerplate] == [mark]


@pytest.mark.parametrize("line", ["Mon, Dec 07, 2026 pages of history", "Mon, Dec 07, 2026 page3 of 12"])
def test_date_with_words_after_it_is_no_page_mark(line: str) -> None:
    # words after the date that are no page's mark alone: no stamp line (as before)
    article = parse_held(story(f"{line}\nLegislators clash over defense budget\nBy Chen Yun"))
    assert article.published is None
    assert article.headline is not None and article.headline.text == line


AUTHOR_BOX = [
    ("Senior Lecturer in Marine Biology, James Cook University", "James Cook University provides funding as a member of The Conversation AU."),
    ("Professor of Economics, University of Leeds", "University of Leeds provides funding as a founding partner of The Conversation UK."),
    ("Postdoctoral Research Fellow, Monash University", "Monash University provides funding as a member of The Conversation AU."),
]


@pytest.mark.parametrize(("affiliation", "partner"), AUTHOR_BOX)
def test_commentary_site_author_box_is_no_headline(affiliation: str, partner: str) -> None:
    title = "Coral spawning came early this year. Here's why scientists are worried"
    text = (
        "Published: December 7, 2026 2:04pm GMT+11\nAuthor\nRebecca Lin\n"
        f"{affiliation}\nDisclosure statement\nRebecca Lin receives funding from the Australian Research Council.\n"
        f"Partners\n{partner}\n\n{title}\n\n"
        "Every year, a few nights after the full moon in late spring, corals on the reef release billions of eggs.\n\n"
        + MORE + "\n"
    )
    article = parse_held(text)
    assert article.headline is not None and article.headline.text == title
    assert article.byline is not None and article.byline.authors == ("Rebecca Lin",)
    assert article.paragraphs[0].text.startswith("Every year, a few nights")
    texts = {b.text: b.kind for b in article.boilerplate}
    assert texts[affiliation] == "other"
    assert texts[partner] == "other"
    assert texts["Partners"] == "other"


def test_label_over_a_sentence_after_the_headline_stays_the_story() -> None:
    # the headline read already, no title's block under the pair: the sentence is the story's first
    text = (
        "Storm closes harbour\nBy Jane Roe\nMarch 3, 2025\nUpdate\nThe harbour reopened on Monday morning.\n\n"
        + LEDE + "\n\n" + MORE + "\n"
    )
    article = parse_held(text)
    assert article.headline is not None and article.headline.text == "Storm closes harbour"
    assert article.paragraphs[0].text == "The harbour reopened on Monday morning."


# -- (2) stamps --------------------------------------------------------------------------------------


def header(stamps: str) -> str:
    return story(f"Politics\nPremier backs down on tolls after marginal-seat revolt\nBy Lachlan Hughes\n{stamps}")


PLACE_CLOCK = [
    ("Published on December 7, 2026, at 11:30 am (Paris), updated at 2:15 pm",
     dt.datetime(2026, 12, 7, 11, 30), dt.datetime(2026, 12, 7, 14, 15), "December 7, 2026, at 11:30 am"),
    ("Published on March 3, 2026, at 9:05 am (Berlin)", dt.datetime(2026, 3, 3, 9, 5), None, "March 3, 2026, at 9:05 am"),
    ("Published on March 3, 2026, at 9:05 am (Paris time)", dt.datetime(2026, 3, 3, 9, 5), None, "March 3, 2026, at 9:05 am"),
]


@pytest.mark.parametrize(("line", "published", "updated", "text"), PLACE_CLOCK)
def test_place_in_brackets_after_the_clock_is_a_local_time_remark(
    line: str, published: dt.datetime, updated: dt.datetime | None, text: str
) -> None:
    article = parse_held(header(line))
    assert article.published is not None and article.published.datetime == published
    assert article.published.text == text
    assert (article.updated.datetime if article.updated else None) == updated


def test_no_clock_before_the_place_is_no_remark() -> None:
    # a date and a place in brackets, no clock: the date alone, the place left over as before
    article = parse_held(header("December 7, 2026 (Paris)"))
    assert article.published is not None and article.published.datetime == dt.datetime(2026, 12, 7)
    assert article.published.text == "December 7, 2026" and not article.published.has_time
    assert [b.text for b in article.boilerplate] == ["(Paris)"]


FIRST_PUBLISHED_UNDER = [
    ("Updated December 7, 2026 — 6.14pm\nfirst published at 4.05pm", dt.datetime(2026, 12, 7, 16, 5), dt.datetime(2026, 12, 7, 18, 14)),
    ("Updated March 3, 2026 — 11.02am\nfirst published at 9.30am", dt.datetime(2026, 3, 3, 9, 30), dt.datetime(2026, 3, 3, 11, 2)),
]


@pytest.mark.parametrize(("lines", "published", "updated"), FIRST_PUBLISHED_UNDER)
def test_first_published_clock_under_the_update(lines: str, published: dt.datetime, updated: dt.datetime) -> None:
    article = parse_held(header(lines))
    assert article.published is not None and article.published.datetime == published
    assert article.updated is not None and article.updated.datetime == updated


def test_first_published_clock_later_than_the_update_is_no_stamp() -> None:
    # a first publication after the update fell on another day, which the line does not give
    article = parse_held(header("Updated December 7, 2026 — 9.14am\nfirst published at 4.05pm"))
    assert article.published is None
    assert article.updated is not None and article.updated.datetime == dt.datetime(2026, 12, 7, 9, 14)


WEEKDAY_DATES = [
    ("Mon Dec 7 2026 - 18:05", dt.datetime(2026, 12, 7, 18, 5)),
    ("Thu Dec 10 2026 - 09:40", dt.datetime(2026, 12, 10, 9, 40)),
    # a weekday the date contradicts (7 December 2026 is a Monday): no stamp, rather than a guess
    ("Thu Dec 7 2026 - 18:05", None),
]


@pytest.mark.parametrize(("line", "published"), WEEKDAY_DATES)
def test_weekday_date_dash_clock(line: str, published: dt.datetime | None) -> None:
    article = parse_held(story(f"Ireland\nNumber of homeless people rises above 15,000\n{line}\nConor Whelan, Social Affairs Correspondent"))
    assert (article.published.datetime if article.published else None) == published


ICON_GLUED = [
    ("Mon., Dec. 7, 2026timer3 min. read", dt.datetime(2026, 12, 7), "Mon., Dec. 7, 2026", "timer3 min. read"),
    ("Tue., Mar. 3, 2026clock4 min. read", dt.datetime(2026, 3, 3), "Tue., Mar. 3, 2026", "clock4 min. read"),
]


@pytest.mark.parametrize(("line", "published", "text", "rest"), ICON_GLUED)
def test_icon_word_glued_to_the_date(line: str, published: dt.datetime, text: str, rest: str) -> None:
    article = parse_held(story(f"GTA\nTTC to add overnight subway service on weekends\nBy Jennifer Pagliaro\n{line}"))
    assert article.published is not None and article.published.datetime == published
    assert article.published.text == text
    assert [b.text for b in article.boilerplate] == [rest]


# -- (3) bylines -------------------------------------------------------------------------------------


def byline_of(line: str) -> tuple[tuple[str, ...], str | None, str] | None:
    article = parse_held(story(f"GTA\nTTC to add overnight subway service on weekends\n{line}\nUpdated Dec. 7, 2026 at 4:55 p.m."))
    found = article.byline
    return None if found is None else (found.authors, found.agency, found.text)


BUREAU_AFTER_NAME = [
    ("By Jennifer Pagliaro City Hall Bureau", ("Jennifer Pagliaro",)),
    ("By Ana Lima Queen's Park Bureau", ("Ana Lima",)),
    ("By Ana Lima Washington Bureau", ("Ana Lima",)),
    # a beat before a role, as before
    ("By Ben Spurr Transportation Reporter", ("Ben Spurr",)),
]


@pytest.mark.parametrize(("line", "authors"), BUREAU_AFTER_NAME)
def test_bureau_after_the_name(line: str, authors: tuple[str, ...]) -> None:
    found = byline_of(line)
    assert found is not None and found[0] == authors
    assert found[2] == line


COMPOUND_OUTLET = [
    ("By Dana Kirchner, Luis Ocampo and Beth Randle Post-Dispatch", ("Dana Kirchner", "Luis Ocampo", "Beth Randle")),
    ("By Jane Roe Post-Gazette", ("Jane Roe",)),
    # a surname joined by a hyphen is the name's
    ("By Jane Smith-Jones", ("Jane Smith-Jones",)),
    ("By Mark Ellis and Susan Grant-Herald", ("Mark Ellis", "Susan Grant-Herald")),
]


@pytest.mark.parametrize(("line", "authors"), COMPOUND_OUTLET)
def test_outlet_of_two_joined_words_after_the_names(line: str, authors: tuple[str, ...]) -> None:
    found = byline_of(line)
    assert found is not None and found[0] == authors


DESK_REPORTS = [("Star Business Report", ()), ("Star Online Report", ()), ("Star Sports Report", ())]


@pytest.mark.parametrize(("line", "authors"), DESK_REPORTS)
def test_outlet_desk_report_names_no_person(line: str, authors: tuple[str, ...]) -> None:
    text = f"{line}\nMon Dec 7, 2026 09:30 PM\n\nGarment exports fall 6pc in November\n\n{LEDE}\n\n{MORE}\n"
    article = parse_held(text)
    assert article.byline is not None and article.byline.authors == authors
    assert article.byline.text == line


BRACKETED_OUTLET = [
    ("Dewi Anggraeni (The Jakarta Post)", ("Dewi Anggraeni",), None),
    ("Jane Roe (The Irish Times)", ("Jane Roe",), None),
    ("Ana Lima (The Lakeside Gazette)", ("Ana Lima",), None),
]


@pytest.mark.parametrize(("line", "authors", "agency"), BRACKETED_OUTLET)
def test_name_with_its_outlet_in_brackets_under_the_title(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    text = f"Indonesia\nGovt to cap airfares for holiday season\n{line}\nMon, December 7, 2026\n\n{LEDE}\n\n{MORE}\n"
    article = parse_held(text)
    assert article.byline is not None and article.byline.authors == authors
    assert article.byline.agency == agency and article.byline.text == line


def test_bracketed_words_that_are_no_outlet_give_no_byline() -> None:
    text = f"Indonesia\nGovt to cap airfares for holiday season\nDewi Anggraeni (Getty Images)\nMon, December 7, 2026\n\n{LEDE}\n"
    article = parse_held(text)
    assert article.byline is None


OUTLET_STAMP = [
    ("Ahram Online , Monday 7 Dec 2026", "Ahram Online"),
    ("City News - Monday 7 Dec 2026", "City News"),
]


@pytest.mark.parametrize(("line", "outlet"), OUTLET_STAMP)
def test_outlet_before_the_stamp_signs_the_byline(line: str, outlet: str) -> None:
    article = parse_held(story(f"Egypt\nEgypt's inflation eases to 18.4 percent in November\n{line}"))
    assert article.byline is not None and article.byline.authors == () and article.byline.text == outlet
    assert article.published is not None and article.published.datetime == dt.datetime(2026, 12, 7)
