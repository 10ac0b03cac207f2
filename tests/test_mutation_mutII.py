"""Mutation pass mutII (stop 27, issue 8): the layout lines of stop 26 (``article.py``,
``byline.py``, ``caption.py``, ``dateline.py``, ``boilerplate.py``, ``timestamp.py``,
``section.py``, the lines ``git blame`` gives to ``b36c43f..3e3ca50``), each shape beside its
near-miss, asserting the value a surviving mutant changed (see docs/testing.md)."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse import ArticleParser, Span
from newsparse.boilerplate import BoilerplateParser
from newsparse.byline import BylineParser
from newsparse.caption import CaptionParser
from newsparse.dateline import DatelineParser
from newsparse.lines import split_lines
from newsparse.section import SectionParser
from newsparse.timestamp import TimestampParser
from newsparse.vocabulary import Vocabulary

PARSER = ArticleParser()
BODY = "\n\nThe county board approved the plan on Tuesday after a long debate.\n\nWork starts in May.\n"

# -- a second parser shares every part's tables with the first (ArticleParser.share_parts) ---------


def test_a_second_parser_shares_each_part_s_tables() -> None:
    first, second = ArticleParser(), ArticleParser()
    assert first.byline is not second.byline
    assert second.byline._not_given_names is first.byline._not_given_names
    shared = [
        name
        for name in ArticleParser.PART_TYPES
        if name != "vocabulary"
        and any(
            value is vars(getattr(first, name)).get(key)
            for key, value in vars(getattr(second, name)).items()
            if isinstance(value, (frozenset, dict, tuple)) and value
        )
    ]
    assert {"byline", "captions", "timestamps", "boilerplate"} <= set(shared)


# -- the footer's stamp only when the header gives none (ArticleParser.parse) ------------------------

FOOTER = "\nThis article was first published on March 4, 2025.\n"
FOOTER_STAMPS = [
    # (the header under the headline, the published day, the updated day)
    ("", "2025-03-04", None),  # no stamp in the header: the footer's
    ("\nApril 2, 2025", "2025-04-02", None),  # a published stamp: the footer's is none
    ("\nUpdated: April 2, 2025", None, "2025-04-02"),  # an updated stamp alone: still none from the footer
]


@pytest.mark.parametrize(("header", "published", "updated"), FOOTER_STAMPS)
def test_the_footer_stamp_only_with_no_stamp_above(header: str, published: str | None, updated: str | None) -> None:
    article = PARSER.parse("Board backs new bridge" + header + BODY + FOOTER)
    assert (article.published.datetime.date().isoformat() if article.published else None) == published
    assert (article.updated.datetime.date().isoformat() if article.updated else None) == updated


# -- a wire's sign-off of initials after the last sentence (ArticleParser.cut_end_mark) --------------

SIGN_OFFS = [
    # (the last line, the paragraph kept, the sign-off)
    ("Rainfall was above normal. PTI ABC DEF", "Rainfall was above normal.", "PTI ABC DEF"),
    ("The ferry runs again on Friday. IANS JR", "The ferry runs again on Friday.", "IANS JR"),
    ("The ferry runs again on Friday. Enditem", "The ferry runs again on Friday.", "Enditem"),
    ("The ferry runs again on Friday.", "The ferry runs again on Friday.", None),
]


@pytest.mark.parametrize(("last", "kept", "sign_off"), SIGN_OFFS)
def test_a_sign_off_of_initials_is_cut_off(last: str, kept: str, sign_off: str | None) -> None:
    text = "Monsoon reaches the coast\n\nThe monsoon reached the coast on Monday, officials said.\n\n" + last + "\n"
    article = PARSER.parse(text)
    assert article.paragraphs[-1].text == kept
    assert [b.text for b in article.boilerplate if b.kind == "sign-off"] == ([sign_off] if sign_off else [])


def test_capitals_of_no_known_agency_are_no_sign_off() -> None:
    # (the capitals are cut off as boilerplate "other", the sentence kept: test_layX28)
    text = "Monsoon reaches the coast\n\nThe monsoon reached the coast on Monday.\n\nThe ferry runs again. HARBOUR NEWS\n"
    assert [b.text for b in PARSER.parse(text).boilerplate if b.kind == "sign-off"] == []


# -- a Name | Outlet line is a credit, never with By (ArticleParser.is_bar_credit) -------------------

BAR_LINES = [
    # (the line, whether it is a picture's credit)
    ("Lena Marsh | KTVN", True),
    ("Tomas Herrera | Reuters", True),
    ("By Jane Roe | Fox News", False),  # a byline's opener
    ("Lena Marsh, KTVN", False),  # no bar
    ("Lena Marsh / KTVN", False),
    ("Harbour works | Ferry times", False),  # no credit line
]


@pytest.mark.parametrize(("line", "credit"), BAR_LINES)
def test_is_bar_credit(line: str, credit: bool) -> None:
    assert PARSER.is_bar_credit(split_lines(line)[0]) is credit


# -- an agency on the line under a byline that ends its line (BylineParser.with_agency_below) --------

AGENCY_BELOW = [
    # (the lines, the byline's line, its agency)
    ("By Jane Roe\nAssociated Press", 0, "Associated Press"),
    ("By Jane Roe\nAssociated Press\nThe ferry runs again.", 0, "Associated Press"),
    ("By Jane Roe", 0, None),  # the last line: nothing under it
    ("The ferry runs again.\nBy Jane Roe", 1, None),
    ("By Jane Roe, Reuters\nAssociated Press", 0, "Reuters"),  # an agency of its own
]


@pytest.mark.parametrize(("text", "index", "agency"), AGENCY_BELOW)
def test_with_agency_below(text: str, index: int, agency: str | None) -> None:
    lines = split_lines(text)
    parser = BylineParser()
    byline = parser.parse(lines, index)
    assert byline is not None
    assert parser.with_agency_below(byline, lines, index).agency == agency


def test_no_agency_under_a_byline_cut_before_its_line_s_end() -> None:
    lines = split_lines("By Jane Roe | Photos: Tom Berg\nAssociated Press")
    parser = BylineParser()
    byline = parser.parse(lines, 0)
    assert byline is not None and byline.span.end < lines[0].span.end
    assert parser.with_agency_below(byline, lines, 0).agency is None


# -- known given names (BylineParser.is_given_name, opens_with_given_name, DatelineParser) -----------

GIVEN_NAMES = [
    # (the word or text, whether it is or opens with a known given name)
    ("Jane", True),
    ("JANE", True),
    ("Robin", True),  # (BOTH_SEXES_GIVEN_NAMES)
    ("Dana", True),
    ("Jane Roe", True),
    ("Hong Kong", False),
    ("Fact Check", False),
    ("", False),
]


@pytest.mark.parametrize(("text", "given"), GIVEN_NAMES)
def test_opens_with_given_name(text: str, given: bool) -> None:
    parser = BylineParser()
    assert parser.opens_with_given_name(text) is given
    if text and " " not in text:
        assert parser.is_given_name(text) is given


def test_a_given_name_of_the_list_alone_or_of_both_sexes_alone() -> None:
    parser = BylineParser()
    only_listed = next(word for word in ("jane", "mary", "tom", "john") if word not in parser.vocabulary.BOTH_SEXES_GIVEN_NAMES)
    assert parser.is_given_name(only_listed.title())
    names = type("Names", (Vocabulary,), {"BOTH_SEXES_GIVEN_NAMES": ("zorvath",)})()
    extra = BylineParser(vocabulary=names)
    assert extra.is_given_name("Zorvath")
    assert not BylineParser().is_given_name("Zorvath")


# -- a title-case dateline with an agency in capitals (DatelineParser's constructor) -----------------

CAPS_AGENCIES = [
    # (the opening, the place, the agency)
    ("Portland, June 3 (AP) - The ferry runs again.", "Portland", "AP"),
    ("Lagos, March 5 (AFP) - Rain fell.", "Lagos", "AFP"),
]


@pytest.mark.parametrize(("text", "place", "agency"), CAPS_AGENCIES)
def test_a_title_case_dateline_with_an_agency_in_capitals(text: str, place: str, agency: str) -> None:
    dateline = DatelineParser().parse(text, Span(0, len(text)))
    assert dateline is not None
    assert (dateline.place, dateline.agency) == (place, agency)


# -- a stamp label in any case closes the words before a stamp (TimestampParser's constructor) ----

LABEL_STARTS = [
    ("UPDATED ", 0),
    ("Published: ", 0),
    ("NEW DELHI, UPDATED: ", 11),
    ("LAGOS, published ", 7),
    ("NEW DELHI, ", None),
]


@pytest.mark.parametrize(("head", "start"), LABEL_STARTS)
def test_label_start_in_any_case(head: str, start: int | None) -> None:
    assert TimestampParser().label_start(head) == start


# -- a section line: its labels, its text and its span (SectionParser.parse, without_home) ----------

SECTIONS = [
    # (the text, the labels)
    ("Home > News > Local\nBoard backs new bridge\n\nThe board met on Tuesday.", ("News", "Local")),
    ("HOME / SPORT\nBoard backs new bridge\n\nThe board met on Tuesday.", ("SPORT",)),
    ("News > Local\nBoard backs new bridge\n\nThe board met on Tuesday.", ("News", "Local")),
]


@pytest.mark.parametrize(("text", "labels"), SECTIONS)
def test_a_section_line_s_labels_text_and_span(text: str, labels: tuple[str, ...]) -> None:
    lines = split_lines(text)
    section = SectionParser().parse(lines, 0)
    assert section is not None
    assert section.labels == labels
    assert section.text == lines[0].text
    assert section.span == lines[0].span


@pytest.mark.parametrize(
    ("labels", "kept"),
    [(("Home", "News"), ("News",)), (("Home",), ("Home",)), (("News", "Home"), ("News", "Home"))],
)
def test_without_home(labels: tuple[str, ...], kept: tuple[str, ...]) -> None:
    assert SectionParser().without_home(labels) == kept


def test_the_module_reads_the_whole_article() -> None:
    article = newsparse.parse_article("Board backs new bridge" + BODY)
    assert article.headline is not None and article.headline.text == "Board backs new bridge"


# -- a Name | Outlet line beside a stamp is the byline, under a caption's sentence the credit ----------
# (ArticleParser.header_byline, stamp_in_block_beside, under_sentence)

HEADLINE = "Ferries return to the bay\n\n"
BAR_HEADERS = [
    # (the header, the byline's authors and agency, the captions' credits)
    ("Jane Roe | Reuters\nMarch 5, 2024", (("Jane Roe",), "Reuters"), []),
    ("March 5, 2024\nJane Roe | Reuters", (("Jane Roe",), "Reuters"), []),
    ("A ferry leaves the harbour at dawn.\nLena Marsh | KTVN\nMarch 5, 2024", None, ["Lena Marsh | KTVN"]),
    ("Lena Marsh | KTVN", None, ["Lena Marsh | KTVN"]),
]


@pytest.mark.parametrize(("header", "byline", "credits"), BAR_HEADERS)
def test_a_bar_line_beside_a_stamp_or_under_a_caption(
    header: str, byline: tuple[tuple[str, ...], str] | None, credits: list[str]
) -> None:
    article = PARSER.parse(HEADLINE + header + BODY)
    assert (article.byline and (article.byline.authors, article.byline.agency)) == byline
    assert [caption.credit for caption in article.captions] == credits
    assert article.published is not None or "March" not in header


UNDER_SENTENCE = [
    # (the lines, the index, whether the line stands right under a sentence of its block)
    ("A ferry leaves the harbour at dawn.\nLena Marsh | KTVN", 1, True),
    ("A ferry leaves the harbour at dawn.\n\nLena Marsh | KTVN", 1, False),  # a blank line between
    ("Ferries at dawn\nLena Marsh | KTVN", 1, False),  # no sentence's end
    ("Lena Marsh | KTVN\nA ferry leaves the harbour at dawn.", 0, False),  # the first line
]


@pytest.mark.parametrize(("text", "index", "under"), UNDER_SENTENCE)
def test_under_sentence(text: str, index: int, under: bool) -> None:
    lines = split_lines(text)
    state = PARSER.read(text, lines, None)
    assert PARSER.under_sentence(state, index) is under


# -- a byline's authors fold their blanks (ArticleParser.folded_authors) ------------------------------

FOLDED = [
    ("By Jane\u00a0Roe and Tom  Berg\nMarch 5, 2024", ("Jane Roe", "Tom Berg")),
    ("By Jane Roe\nMarch 5, 2024", ("Jane Roe",)),
]


@pytest.mark.parametrize(("header", "authors"), FOLDED)
def test_authors_fold_their_blanks(header: str, authors: tuple[str, ...]) -> None:
    article = PARSER.parse(HEADLINE + header + BODY)
    assert article.byline is not None and article.byline.authors == authors


# -- an outlet's name then a person's (BylineParser.outlet_before_name) -------------------------------

OUTLET_BEFORE = [
    ("The Coast Daily Jane Roe", ("The Coast Daily", "Jane Roe")),
    ("Coast-Courier Marion Dubois", ("Coast-Courier", "Marion Dubois")),
    ("KTVN Jane Roe", ("KTVN", "Jane Roe")),
    ("Mary Ellen Roe", None),  # the first word is a given name
    ("Anne-Sophie Marie Dubois", None),  # so is a part of it
    ("Jane Roe", None),  # two words
    ("Harbour Jane Roe", None),  # no outlet's word before the name
]


@pytest.mark.parametrize(("author", "split"), OUTLET_BEFORE)
def test_outlet_before_name(author: str, split: tuple[str, str] | None) -> None:
    assert BylineParser().outlet_before_name(author) == split


# -- a place, a dash and a stamp with its clock (TimestampParser.parse, placed_stamp) ----------------

PLACED = [
    # (the line, the stamp's text)
    ("New Delhi – 4 March 2025, 14:05 IST", "4 March 2025, 14:05 IST"),
    ("Lagos - 11 Feb 2025 - 13:20 WAT", "11 Feb 2025 - 13:20 WAT"),
    ("New Delhi – 4 March 2025", None),  # no clock
    ("The ferry – 4 March 2025, 14:05 IST", None),  # no place
]


@pytest.mark.parametrize(("line", "stamp"), PLACED)
def test_a_stamp_after_a_place_and_a_dash(line: str, stamp: str | None) -> None:
    lines = split_lines(line)
    parser = TimestampParser()
    assert [found.text for found in parser.parse(lines, 0)] == ([stamp] if stamp else [])
    assert parser.placed_stamp(lines[0], 2, None) == ()


def test_a_placed_stamp_without_a_year_takes_the_reference_s() -> None:
    parser = TimestampParser()
    for line in ("New Delhi – 4 March, 14:05 IST", "Rio de Janeiro – 4 de março, 14:05 BRT"):
        lines = split_lines(line)
        found = parser.parse(lines, 0, dt.date(2025, 3, 5))
        assert [stamp.datetime.date() for stamp in found] in ([dt.date(2025, 3, 4)], []), line
        assert parser.parse(lines, 0) == ()
    for line in ("New Delhi – 4 March, 14:05 IST", "Lagos – 4 March, 14:05 WAT", "Lagos – 4 March 14:05"):
        found = parser.parse(split_lines(line), 0, dt.date(2025, 3, 5))
        assert [stamp.datetime.date() for stamp in found] == [dt.date(2025, 3, 4)], line


# -- what names an outlet after a photographer's name and a bar (CaptionParser.is_bar_outlet) --------

BAR_OUTLETS = [
    ("KTVN", True),  # one word in capitals
    ("WX", True),
    ("Getty Images", True),  # a photo agency
    ("Reuters", True),
    ("The City Herald", True),  # an outlet's name
    ("K", False),  # one letter
    ("CITY DESK", False),  # two words in capitals: a desk
    ("Staff Writer", False),  # a role
]


@pytest.mark.parametrize(("words", "outlet"), BAR_OUTLETS)
def test_is_bar_outlet(words: str, outlet: bool) -> None:
    assert CaptionParser().is_bar_outlet(words) is outlet


UNLABELLED = [
    ("Lena Marsh | KTVN", "Lena Marsh | KTVN"),
    ("Lena Marsh | Getty Images", "Lena Marsh | Getty Images"),
    ("Jane Roe/City Herald", "Jane Roe/City Herald"),
    ("Jane Roe | Staff Writer", None),  # a byline's role
    ("Jane Roe | City Desk", None),
]


@pytest.mark.parametrize(("text", "credit"), UNLABELLED)
def test_unlabelled_credit_after_a_bar(text: str, credit: str | None) -> None:
    assert CaptionParser().unlabelled_credit(text) == credit


SHORT_CAPTIONS = [
    ("Harbour dawn.", True),
    ("File picture.", True),
    ("harbour dawn.", False),  # no capital
    ("Harbour dawn", False),  # no period
    ("Harbour at dawn.", False),  # three words
]


@pytest.mark.parametrize(("text", "short"), SHORT_CAPTIONS)
def test_is_short_caption(text: str, short: bool) -> None:
    assert CaptionParser().is_short_caption(text, "City Post photo by Jo Roe") is short


UNDER_LABELLED = [
    # (the line under "Photo: Jane Roe/City Herald", whether it is the caption)
    ("Council members vote on the budget on Tuesday.", True),
    ("3 comments", False),  # a counter
    ("3 ferries leave the harbour at dawn", False),  # a counter first
    ("Share this story", False),  # a button
    ("The council voted on Tuesday. It will meet again in May.", False),  # two sentences
]


@pytest.mark.parametrize(("text", "caption"), UNDER_LABELLED)
def test_under_labelled_credit(text: str, caption: bool) -> None:
    found = CaptionParser().under_labelled_credit("Jane Roe/City Herald", split_lines(text)[0])
    assert (found is not None) is caption
    if found is not None:
        assert (found.text, found.credit) == (text, "Jane Roe/City Herald")


# -- an agency in capitals in a title-case dateline, a release word no place (DatelineParser) ---------

CAPS_DATELINES = [
    # (the opening, the place and agency or None)
    ("Lagos, March 5 (ASSOCIATED PRESS) - Rain fell.", ("Lagos", "ASSOCIATED PRESS")),
    ("Madrid, 27 Abr. (ASSOCIATED PRESS) - The ferry runs again.", ("Madrid", "ASSOCIATED PRESS")),
    ("Lagos, March 5 (POLICE SOURCES) - Rain fell.", None),  # capitals, no known agency
    ("EMBARGOED, Lagos, March 5 (AP) - Rain fell.", None),  # a release word is no place
    ("Lagos, March 5 (AP) - Rain fell.", ("Lagos", "AP")),
]


@pytest.mark.parametrize(("text", "read"), CAPS_DATELINES)
def test_an_agency_in_capitals_after_a_title_case_date(text: str, read: tuple[str, str] | None) -> None:
    dateline = DatelineParser().parse(text, Span(0, len(text)))
    assert (dateline and (dateline.place, dateline.agency)) == read


# A Name | Outlet line right over or under a stamp in its block is the byline, however short the
# outlet's name (review26's reading), not a picture's credit.
@pytest.mark.parametrize("header", ["Lena Marsh | KTVN\nMarch 5, 2024", "March 5, 2024\nLena Marsh | KTVN"])
def test_a_bar_line_beside_a_stamp_is_the_byline(header: str) -> None:
    article = PARSER.parse(HEADLINE + header + BODY)
    assert article.byline is not None and article.byline.authors == ("Lena Marsh",)
    assert article.captions == ()


# -- a credit in capitals after a slash at a caption's end (CaptionParser._caps_slash, read_credit) -----

CAPS_SLASH = [
    # (the line, the caption and its credit)
    ("Fire crews work through the night. KTVN/JANE ROE", ("Fire crews work through the night.", "KTVN/JANE ROE")),
    ("Aid for farmers. CORN/WHEAT FARMERS", ("Aid for farmers.", "CORN/WHEAT FARMERS")),
    ("AID FOR U.S. CORN/WHEAT FARMERS", None),  # a headline in capitals
    ("FIRE CREWS WORK. KTVN/JANE ROE", None),
]


@pytest.mark.parametrize(("text", "read"), CAPS_SLASH)
def test_a_credit_in_capitals_after_a_slash(text: str, read: tuple[str, str] | None) -> None:
    line = split_lines(text)[0]
    for labelled in (False, True):
        found = CaptionParser().read_credit(line, labelled)
        assert (found and (found.text, found.credit)) == read


# -- boilerplate kinds next to each other tried in one pattern (boilerplate._pattern_runs) -----------


def test_kinds_next_to_each_other_are_tried_in_one_pattern() -> None:
    steps = BoilerplateParser()._line_steps
    assert any(run is not None and len(members) == 2 for run, members in steps)
    for run, members in steps:
        assert (run is not None) is (len(members) >= 2)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share this article", "share"),
        ("SHARE THIS ARTICLE", "share"),  # (the run's pattern keeps its kinds' flags)
        ("RELATED STORIES", "related"),
        ("READ MORE", "related"),
        ("The ferry runs again on Friday.", None),
    ],
)
def test_a_run_reads_lines_in_any_case(line: str, kind: str | None) -> None:
    assert BoilerplateParser().line_kind(line) == kind


# -- a paper joined to an agency by the language's "with" (BylineParser.outlet_with_agency) -----------

WITH_AGENCY = [
    # (the language, the line, the byline's authors and agency)
    ("fr", "Le Courrier avec AFP", (("Le Courrier",), "AFP")),
    ("fr", "Le Courrier avec Reuters", (("Le Courrier",), "Reuters")),
    ("es", "El Diario con EFE", (("El Diario",), "EFE")),
    ("fr", "Le Courrier et AFP", None),  # no "with"
    ("en", "The Harbour Times with AP", None),  # (no "with" word in the English pack)
]


@pytest.mark.parametrize(("language", "text", "read"), WITH_AGENCY)
def test_a_paper_with_an_agency_signs(language: str, text: str, read: tuple[tuple[str, ...], str] | None) -> None:
    line = split_lines(text)[0]
    byline = ArticleParser(language=language).byline.parse([line], 0)
    assert (byline and (byline.authors, byline.agency)) == read
    if byline is not None:
        assert (byline.text, byline.span) == (text, line.span)


# -- the lead picture's caption right under the stamp's line (ArticleParser.caption_under_stamp) -----

UNDER_STAMP = [
    # (the header, the captions read)
    (
        "March 5, 2024\nA ferry leaves the harbour at dawn. JANE ROE (AFP)",
        [("A ferry leaves the harbour at dawn.", "JANE ROE (AFP)")],
    ),
    ("By Jane Roe\nMarch 5, 2024\nA ferry leaves at dawn. TOM BERG (AFP)", [("A ferry leaves at dawn.", "TOM BERG (AFP)")]),
    # near-misses: a blank line under the stamp; a line under the caption in its block
    ("March 5, 2024\n\nA ferry leaves the harbour at dawn. JANE ROE (AFP)", []),
    ("March 5, 2024\nA ferry leaves the harbour at dawn. JANE ROE (AFP)\nMore words here", []),
]


@pytest.mark.parametrize(("header", "captions"), UNDER_STAMP)
def test_a_caption_right_under_the_stamp(header: str, captions: list[tuple[str, str]]) -> None:
    article = PARSER.parse(HEADLINE + header + BODY)
    assert [(caption.text, caption.credit) for caption in article.captions] == captions
    assert article.published is not None and article.published.text == "March 5, 2024"
    assert [p.text for p in article.paragraphs] == [
        "The county board approved the plan on Tuesday after a long debate.",
        "Work starts in May.",
    ]


# -- a section pair over a headline on two lines (ArticleParser.headline_wraps_at) --------------------

STORY = "The county board approved the plan on Tuesday after a long debate.\n\nWork starts in May."
WRAPS = [
    # (the text, the section, the headline)
    (
        f"World\nAfrica\nHarbour town votes to rebuild its\nold pier after the floods\n\n{STORY}",
        ("World", "Africa"),
        "Harbour town votes to rebuild its old pier after the floods",
    ),
    (
        f"World\nAfrica\nHarbour town votes to rebuild its\nold pier after the floods\nMarch 5, 2024\n\n{STORY}",
        ("World", "Africa"),
        "Harbour town votes to rebuild its old pier after the floods",
    ),
    (
        f"World\nAfrica\nHarbour town votes to rebuild its old pier\n\n{STORY}",
        ("World", "Africa"),
        "Harbour town votes to rebuild its old pier",
    ),
]


@pytest.mark.parametrize(("text", "section", "headline"), WRAPS)
def test_a_section_pair_over_a_headline_on_two_lines(text: str, section: tuple[str, ...], headline: str) -> None:
    article = PARSER.parse(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert [p.text for p in article.paragraphs] == STORY.split("\n\n")


# -- a standfirst with no sentence end over the author's name beside a stamp (name_nearer_stamp,
# name_under_standfirst) -------------------------------------------------------------------------------

NEARER = [
    # (the header under the headline, the author, the published stamp)
    ("Old Pier, New Hopes\n\nLena Marsh\nMarch 5, 2024", "Lena Marsh", "March 5, 2024"),
    ("Old Pier, New Hopes\nLena Marsh\n\nMarch 5, 2024", "Lena Marsh", "March 5, 2024"),
    ("Old Pier, New Hopes\nLena Marsh\nMarch 5, 2024", "Lena Marsh", "March 5, 2024"),
    ("March 5, 2024\nOld Pier, New Hopes\nLena Marsh", "Lena Marsh", "March 5, 2024"),
    ("March 5, 2024\nOld Pier, New Hopes\nLena Marsh\nUpdated March 6, 2024", "Lena Marsh", "March 5, 2024"),
    # near-misses: a name over a name; a "Name, Outlet" line alone
    ("March 5, 2024\nLena Marsh\nTomas Herrera\nUpdated March 6, 2024", "Lena Marsh", "March 5, 2024"),
    ("Lena Marsh, Coast Times\nMarch 5, 2024", "Lena Marsh", "March 5, 2024"),
]


@pytest.mark.parametrize(("header", "author", "published"), NEARER)
def test_the_name_nearer_the_stamp_is_the_author(header: str, author: str, published: str) -> None:
    article = PARSER.parse(HEADLINE + header + BODY)
    assert article.byline is not None and article.byline.authors == (author,)
    assert article.published is not None and article.published.text == published
    assert [p.text for p in article.paragraphs] == [
        "The county board approved the plan on Tuesday after a long debate.",
        "Work starts in May.",
    ]


# -- a place before a stamp's label is the dateline (ArticleParser.place_before_stamp) ---------------

PLACE_BEFORE = [
    # (the line, the place, the dateline's date, the published stamp, the updated stamp)
    ("PORTLAND, Updated: March 5, 2024 10:14 EST", "PORTLAND", None, None, "March 5, 2024 10:14 EST"),
    ("ACCRA, Published: June 3, 2025 08:30 GMT", "ACCRA", dt.date(2025, 6, 3), "June 3, 2025 08:30 GMT", None),
    ("PORTLAND, Maine, Last updated June 3, 2025 8:30 AM", "PORTLAND, Maine", None, None, "June 3, 2025 8:30 AM"),
    # near-misses: no label; a desk before the label
    ("ACCRA, March 5, 2024 10:14 GMT", "ACCRA", dt.date(2024, 3, 5), "March 5, 2024 10:14 GMT", None),
    ("CITY NEWS SERVICE, Updated: March 5, 2024 10:14 EST", None, None, None, "March 5, 2024 10:14 EST"),
]


@pytest.mark.parametrize(("line", "place", "date", "published", "updated"), PLACE_BEFORE)
def test_a_place_before_a_label(
    line: str, place: str | None, date: dt.date | None, published: str | None, updated: str | None
) -> None:
    article = PARSER.parse(HEADLINE + line + BODY)
    assert (article.dateline.place if article.dateline else None) == place
    assert (article.dateline.date if article.dateline else None) == date
    assert (article.published.text if article.published else None) == published
    assert (article.updated.text if article.updated else None) == updated
    assert article.paragraphs[0].text.startswith("The county board approved")


# -- a labelled credit line over the caption (ArticleParser.caption_under_labelled_credit) -----------

OVER_CAPTION = [
    # (the header, the caption and credit, or None, and the credit line's boilerplate)
    (
        "By Jane Roe\nMarch 5, 2024\nPhoto: Tom Berg/Coast Times\nA ferry leaves the harbour at dawn.",
        ("A ferry leaves the harbour at dawn.", "Tom Berg/Coast Times"),
        "Photo: Tom Berg/Coast Times",
    ),
    (
        "By Jane Roe\nMarch 5, 2024\nCredit: Tom Berg / Coast Times\nThe old pier seen from the water",
        ("The old pier seen from the water", "Tom Berg / Coast Times"),
        "Credit: Tom Berg / Coast Times",
    ),
    # near-misses: a blank line between; a story's sentence under the credit
    ("By Jane Roe\nMarch 5, 2024\nPhoto: Tom Berg/Coast Times\n\nA ferry leaves the harbour at dawn.", None, None),
]


@pytest.mark.parametrize(("header", "caption", "credit_line"), OVER_CAPTION)
def test_a_caption_under_its_labelled_credit(header: str, caption: tuple[str, str] | None, credit_line: str | None) -> None:
    article = PARSER.parse(HEADLINE + header + BODY)
    read = [(c.text, c.credit) for c in article.captions]
    if caption is None:
        assert all(text != "A ferry leaves the harbour at dawn." for text, _ in read)
    else:
        assert read == [caption]
        assert [(b.text, b.kind) for b in article.boilerplate] == [(credit_line, "credit")]
    assert article.byline is not None and article.byline.authors == ("Jane Roe",)


# -- a dateline read past invisible characters (DatelineParser.parse_visible) -------------------------

LONG = " ".join(["The ferry to the outer islands ran again on Tuesday after a week of gales."] * 8)
VISIBLE = [
    # (the paragraph, the dateline's text, its date with June 10, 2025 as the reference)
    ("PORTLAND, June 3 (AP)\u00ad - The ferry runs again.", "PORTLAND, June 3 (AP)\u00ad -", dt.date(2025, 6, 3)),
    ("PORTLAND, June 3 (AP) -\u200b " + LONG, "PORTLAND, June 3 (AP) -", dt.date(2025, 6, 3)),
    ("ACCRA, May 30 (Reuters) - " + LONG, "ACCRA, May 30 (Reuters) -", dt.date(2025, 5, 30)),
    ("PORT\u00adLAND, June 3 (AP) - The ferry runs again.", "PORT\u00adLAND, June 3 (AP) -", dt.date(2025, 6, 3)),
    ("The ferry runs again\u00ad on Tuesday.", None, None),
]


@pytest.mark.parametrize(("text", "dateline", "date"), VISIBLE)
def test_a_dateline_past_invisible_characters(text: str, dateline: str | None, date: dt.date | None) -> None:
    parser = DatelineParser()
    found = parser.parse_visible(text, Span(0, len(text)), dt.date(2025, 6, 10))
    assert (found.text if found else None) == dateline
    assert (found.date if found else None) == date
    if found is not None:
        assert found.span == Span(0, len(dateline or ""))
        assert text[found.span.start : found.span.end] == found.text
