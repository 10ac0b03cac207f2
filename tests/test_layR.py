"""Layout leftovers: a date line over the headline, bylines that mix names and outlets, and a
colon-label byline below the header.

Each shape is checked in a whole short article, in a web copy's layout (blocks set off by
blank lines) and a wire's (no blank lines, a dateline), beside near-misses whose reading must
not change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import ArticleParser, parse_article
from newsparse.byline import BylineParser
from newsparse.headline import HeadlineParser
from newsparse.section import SectionParser
from newsparse.vocabulary import Vocabulary

TITLE = "Harbour bridge to close to lorries after cracks are found"
WEB_BODY = (
    "The council voted on Tuesday to close the old harbour bridge to lorries after engineers found cracks in "
    "two of its supports, a decision that will send heavy traffic through the town centre for months.\n\n"
    "Residents said they feared the extra traffic would make the high street unsafe for children.\n"
)
WIRE_BODY = (
    "PORTSMOUTH, March 5 (Reuters) - The council voted on Tuesday to close the old harbour bridge to lorries "
    "after engineers found cracks in two of its supports, sending heavy traffic through the town centre.\n"
    "Residents said they feared the extra traffic would make the high street unsafe for children.\n"
)


def web(*header: str) -> str:
    return "\n\n".join(header) + "\n\n" + WEB_BODY


def wire(*header: str) -> str:
    return "\n".join(header) + "\n" + WIRE_BODY


# -- 1. a date line over the headline ---------------------------------------------------------

DATE_LINES = ["5 March", "March 5", "Tuesday 5 March 2024", "Tuesday, March 5, 2024", "March 2024", "Tuesday",
              "the 5th of March", "Tues. Mar. 5"]


@pytest.mark.parametrize("layout", [web, wire])
@pytest.mark.parametrize("date", DATE_LINES)
def test_a_date_line_is_never_the_headline_or_the_section(layout: object, date: str) -> None:
    assert callable(layout)
    article = parse_article(layout(date, TITLE))
    assert article.headline is not None and article.headline.text == TITLE
    assert article.section == ()
    # the date line is the published stamp or a line no part claims, never lost
    filed = [b.text for b in article.boilerplate]
    published = article.published.text if article.published is not None else None
    assert (published == date) != (date in filed)


@pytest.mark.parametrize("layout", [web, wire])
def test_a_date_line_with_the_reference_year_is_the_published_stamp(layout: object) -> None:
    assert callable(layout)
    article = parse_article(layout("5 March", TITLE), reference_date=dt.date(2024, 3, 6))
    assert article.headline is not None and article.headline.text == TITLE
    assert article.published is not None and article.published.datetime.date() == dt.date(2024, 3, 5)


@pytest.mark.parametrize("date", ["Tuesday", "5 March", "Tuesday 5 March 2024"])
@pytest.mark.parametrize("layout", [web, wire])
def test_a_kicker_over_a_date_line_is_the_section_and_the_headline_is_under_the_date(layout: object, date: str) -> None:
    assert callable(layout)
    article = parse_article(layout("BUSINESS", date, TITLE))
    assert article.section == ("BUSINESS",)
    assert article.headline is not None and article.headline.text == TITLE


@pytest.mark.parametrize(
    ("first", "date", "section", "headline"),
    [
        # a title over a date line over the story's first sentence stays the headline
        ("Apple > Samsung", "Tuesday", (), "Apple > Samsung"),
        ("Apple > Samsung", "May 12, 2025", (), "Apple > Samsung"),
        # a path over a date line over the story is the section, with no headline
        ("Home > Recipes > Baking", "May 12, 2025", ("Recipes", "Baking"), None),
        ("Home » Recipes", "Tuesday, May 12, 2025", ("Recipes",), None),
    ],
)
def test_a_date_line_over_the_first_sentence(first: str, date: str, section: tuple[str, ...], headline: str | None) -> None:
    article = parse_article(first + "\n" + date + "\n\n" + WEB_BODY)
    assert article.section == section
    assert (article.headline.text if article.headline is not None else None) == headline


NOT_DATES = [
    # a headline that opens with a date but says more stays the headline
    ("March 5 vote on the harbour bridge is put off", "March 5 vote on the harbour bridge is put off", ()),
    ("May Day parade returns to the harbour", "May Day parade returns to the harbour", ()),
    # a kicker that names a weekday's edition, not a date, stays the kicker
    ("Weekend", TITLE, ("Weekend",)),
    ("Tuesday Briefing", TITLE, ("Tuesday Briefing",)),
]


@pytest.mark.parametrize(("first", "headline", "section"), NOT_DATES)
def test_lines_with_a_date_word_and_more_keep_their_reading(first: str, headline: str, section: tuple[str, ...]) -> None:
    lines = (first, TITLE) if first != headline else (first,)
    article = parse_article(wire(*lines))
    assert article.headline is not None and article.headline.text == headline
    assert article.section == section


@pytest.mark.parametrize(
    ("text", "is_date"),
    [
        ("5 March", True), ("5 March 2024", True), ("Tuesday, March 5, 2024", True), ("Tuesday", True),
        ("Sunday.", True), ("the 5th of March", True), ("Mar. 5", True),
        # no date: a word that is no date's, a clock, an abbreviation or a month alone, a number alone
        ("May Day", False), ("Tuesday Briefing", False), ("Tuesday 10:30", False), ("Sun", False),
        ("March", False), ("2024", False), ("March 5 vote", False), ("", False),
        ("Tuesday 5 March 2024 5 6 7 8", False),  # more than MAX_DATE_PHRASE_WORDS words
    ],
)
def test_vocabulary_reads_a_date_phrase(text: str, is_date: bool) -> None:
    assert Vocabulary().is_date_phrase(text) is is_date


def test_the_date_line_rule_is_overridable_in_the_part_parsers() -> None:
    class DatedHeadlines(HeadlineParser):
        def is_date_line(self, text: str) -> bool:
            return False  # a page whose date lines are titles

    class DatedSections(SectionParser):
        def is_date_line(self, text: str) -> bool:
            return False

    parser = ArticleParser(headline=DatedHeadlines(), section=DatedSections())
    assert parser.parse(web("Tuesday", TITLE)).section == ("Tuesday",)
    article = parser.parse(web("5 March", TITLE))
    assert article.headline is not None and article.headline.text == "5 March"


def test_part_parsers_take_the_vocabulary_they_are_given() -> None:
    class Weekdays(Vocabulary):
        WEEKDAYS = (*Vocabulary.WEEKDAYS, ("Feastday",))

    assert HeadlineParser(Weekdays()).is_date_line("Feastday")
    assert not HeadlineParser().is_date_line("Feastday")
    assert SectionParser(Weekdays()).split("Feastday") is None
    assert SectionParser().split("Feastday") == ("Feastday",)
    with pytest.raises(TypeError):
        HeadlineParser("en")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        SectionParser("en")  # type: ignore[arg-type]


# -- 2. bylines with several people and outlets ------------------------------------------------

BYLINES = [
    # an outlet between two names: both are authors, the outlet the agency
    ("By Jane Roe, Reuters, Tom Berg", ["Jane Roe", "Tom Berg"], "Reuters"),
    ("By Jane Roe (Reuters) and Tom Berg", ["Jane Roe", "Tom Berg"], "Reuters"),
    ("By Ana Ruiz (AFP), Lars Berg", ["Ana Ruiz", "Lars Berg"], "AFP"),
    ("By Jane Roe, AFP, and Tom Berg, Reuters", ["Jane Roe", "Tom Berg"], "AFP"),
    ("By Jane Roe, Associated Press, Tom Berg, Reuters", ["Jane Roe", "Tom Berg"], "Associated Press"),
    # an outlet that is no agency between the names: the agency is the agency named after them
    ("By Jane Roe, BBC News, Tom Berg, Reuters", ["Jane Roe", "Tom Berg"], "Reuters"),
    ("By Jane Roe, The Daily Ledger, Tom Berg", ["Jane Roe", "Tom Berg"], None),
    # a name and its agency in brackets
    ("By Jane Roe (AFP)", ["Jane Roe"], "AFP"),
    # several agencies after the names: the first named
    ("By Jane Roe with AFP and Reuters", ["Jane Roe"], "AFP"),
    ("By Jane Roe, AFP and Reuters", ["Jane Roe"], "AFP"),
    ("By Jane Roe, AFP, Reuters", ["Jane Roe"], "AFP"),
    ("By Jane Roe, Reuters, AFP", ["Jane Roe"], "Reuters"),
    # near-misses: unchanged (a surname that is an outlet word stays a name among names)
    ("By Jane Roe and Tom Press", ["Jane Roe", "Tom Press"], None),
    ("By Jane Roe, Tom Courier and Ana Ruiz", ["Jane Roe", "Tom Courier", "Ana Ruiz"], None),
    ("By Jane Roe and Tom Berg with AFP", ["Jane Roe", "Tom Berg"], "AFP"),
    ("By Jane Roe With Tom Berg", ["Jane Roe", "Tom Berg"], None),
    ("By Jane Roe, Reuters", ["Jane Roe"], "Reuters"),
    ("By Jane Roe, BBC News, Reuters", ["Jane Roe"], "Reuters"),
    ("By Jane Roe and Tom Berg", ["Jane Roe", "Tom Berg"], None),
]


@pytest.mark.parametrize("layout", [web, wire])
@pytest.mark.parametrize(("line", "authors", "agency"), BYLINES)
def test_bylines_with_names_and_outlets(layout: object, line: str, authors: list[str], agency: str | None) -> None:
    assert callable(layout)
    article = parse_article(layout(TITLE, line))
    assert article.byline is not None
    assert (list(article.byline.authors), article.byline.agency, article.byline.text) == (authors, agency, line)


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe, Reuters, the harbour master",  # a piece that is neither a name nor an outlet
        "By Jane Roe (photographs) and Tom Berg",  # brackets that hold no outlet
    ],
)
def test_a_piece_that_is_no_name_and_no_outlet_keeps_only_the_leading_name(line: str) -> None:
    article = parse_article(web(TITLE, line))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (("Jane Roe",), None)


def test_an_outlet_first_is_no_list_of_names() -> None:
    parser = BylineParser()
    assert parser.names_among_outlets(["Reuters", "Jane Roe"], None) == ((), None)
    assert parser.names_among_outlets(["Jane Roe", "Reuters", "Tom Berg"], None) == (("Jane Roe", "Tom Berg"), "Reuters")
    assert parser.outlet_among_names("BBC News") == "BBC News"
    assert parser.outlet_among_names("The Daily Ledger") == ""
    assert parser.outlet_among_names("Tom Berg") is None


# -- 3. a colon-label byline only in the header ------------------------------------------------

LATER = "\nThe bridge will reopen in the spring once both supports have been repaired and tested, the council said.\n"


@pytest.mark.parametrize(
    ("label", "kind"),
    [("Words: Jane Roe", None), ("Reporting: Jane Roe", None), ("Writer: Jane Roe", "sign-off")],
)
def test_a_colon_label_in_the_body_is_no_byline(label: str, kind: str | None) -> None:
    article = parse_article(web(TITLE) + "\n" + label + "\n" + LATER)
    assert article.byline is None
    # a paragraph of its own, or the sign-off the boilerplate reads
    filed = [b.kind for b in article.boilerplate if b.text == label]
    assert (label in [p.text for p in article.paragraphs], filed) == (kind is None, [kind] if kind else [])


@pytest.mark.parametrize("label", ["Words: Jane Roe", "Reporting: Jane Roe"])
@pytest.mark.parametrize("layout", [web, wire])
def test_a_colon_label_in_the_header_is_the_byline(layout: object, label: str) -> None:
    assert callable(layout)
    article = parse_article(layout(TITLE, label))
    assert article.byline is not None and (article.byline.authors, article.byline.text) == (("Jane Roe",), label)


def test_a_prefixed_byline_in_the_body_is_still_read() -> None:
    article = parse_article(web(TITLE) + "\nBy Jane Roe\n" + LATER)
    assert article.byline is not None and article.byline.authors == ("Jane Roe",)
