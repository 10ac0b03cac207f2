"""Mutation pass mutEE (stop 26, issue 8): the layout code of stop 24 that mutDD did not run
(``boilerplate.py``, ``dateline.py``, ``section.py``, ``byline.py``, ``caption.py``,
``timestamp.py``, the lines changed since ``ca6829c``), each shape beside its near-miss, asserting
the value a surviving mutant changed (see docs/testing.md)."""

from __future__ import annotations

import pytest

from newsparse import Byline, BylineParser, Span, parse_article
from newsparse.boilerplate import BoilerplateParser
from newsparse.caption import CaptionParser
from newsparse.dateline import DatelineParser
from newsparse.lines import split_lines
from newsparse.section import SectionParser

# -- a reading time is a line of boilerplate by its digit alone (BoilerplateParser.first_kind) ------

READING_TIMES = [
    # (the line, its kind): the digit opens the line and no key of the kind is in it
    ("5 min read", "other"),
    ("4 minute read", "other"),
    ("12 min read", "other"),
    ("Reading time: 4 minutes", "other"),
    # near-misses: no digit, or words around the count
    ("A quick read", None),
    ("Read more", "related"),
]


@pytest.mark.parametrize(("line", "kind"), READING_TIMES)
def test_a_reading_time_is_boilerplate_by_its_digit(line: str, kind: str | None) -> None:
    assert BoilerplateParser().line_kind(line) == kind


# -- datelines in a script without capitals, and a blank before a comma (DatelineParser) ------------

HINDI_STORY = "पुलिस ने आज कहा कि जांच जारी है।"

UNCASED_DATELINES = [
    # (the text, the place read, the agency)
    # one word whose second letter is a vowel sign (a mark, not a letter)
    (f"दिल्ली, 20 नवंबर (भाषा) {HINDI_STORY}", "दिल्ली", "भाषा"),
    (f"नई दिल्ली, 20 नवंबर (भाषा) {HINDI_STORY}", "नई दिल्ली", "भाषा"),
    # four words, the most a place may have (UNCASED_PLACE_WORDS)
    (f"पश्चिम बंगाल के सिलीगुड़ी, 20 नवंबर (भाषा) {HINDI_STORY}", "पश्चिम बंगाल के सिलीगुड़ी", "भाषा"),
    # five words: a sentence, no place
    (f"उत्तर प्रदेश के शहर लखनऊ, 20 नवंबर (भाषा) {HINDI_STORY}", None, None),
]


@pytest.mark.parametrize(("text", "place", "agency"), UNCASED_DATELINES)
def test_a_place_in_a_script_without_capitals(text: str, place: str | None, agency: str | None) -> None:
    found = DatelineParser().parse(text, Span(0, len(text)))
    read = (found.place, found.agency) if found else (None, None)
    assert read == (place, agency)


SPACED_COMMAS = [
    # (the text, the place read): a blank before a comma is dropped from the place, once
    ("SPRINGFIELD , Ill. , March 3 (AP) - The governor signed the budget on Tuesday night.", "SPRINGFIELD, Ill."),
    ("SPRINGFIELD, Ill., March 3 (AP) - The governor signed the budget on Tuesday night.", "SPRINGFIELD, Ill."),
]


@pytest.mark.parametrize(("text", "place"), SPACED_COMMAS)
def test_a_blank_before_a_comma_leaves_the_place(text: str, place: str) -> None:
    found = DatelineParser().parse(text, Span(0, len(text)))
    assert found is not None
    assert found.place == place


DATES_OF_DATELINES = [
    # (the date written in a dateline, what it reads as)
    ("March 3, 2025", "2025-03-03"),
    # a month and a year, no day: no date (the year's digits are no day)
    ("March 2025", None),
]


@pytest.mark.parametrize(("written", "date"), DATES_OF_DATELINES)
def test_a_dateline_date_needs_its_day(written: str, date: str | None) -> None:
    found = DatelineParser().read_date(written, None)
    assert (None if found is None else str(found)) == date


# -- a kicker's labels: spaced dashes, invisible characters at a label's edges (SectionParser) -------

ZWSP = "\u200b"  # a zero-width space, which pages leave around labels
RLE, PDF = "\u202b", "\u202c"  # bidi embedding marks around a label

KICKER_SPLITS = [
    # (the line, the labels read)
    ("Bretagne - Saint-Brieuc", ("Bretagne", "Saint-Brieuc")),
    (f"World{ZWSP} | Europe", ("World", "Europe")),
    (f"News | {ZWSP}World{ZWSP} | Europe", ("News", "World", "Europe")),
    (f"{RLE}WORLD{PDF}", ("WORLD",)),
    # near-misses: the line ends a sentence behind the invisible characters
    (f"{RLE}Oil Slides.{PDF}", None),
    (f"Oil Slides.{ZWSP}", None),
    ("Brexit - what next", None),
]


@pytest.mark.parametrize(("line", "labels"), KICKER_SPLITS)
def test_a_kicker_line_splits_into_its_labels(line: str, labels: tuple[str, ...] | None) -> None:
    assert SectionParser().split(line) == labels


DASHED_OVER_SENTENCE = [
    # (the line, its labels, the line under it, whether it is a headline of two names over the story)
    ("Real Madrid – Barcelona", ("Real Madrid", "Barcelona"), "The two sides met on Sunday.", True),
    ("Real Madrid – Barcelona", ("Real Madrid", "Barcelona"), "Ancelotti keeps his nerve", False),
    # near-misses: another separator makes it a path, whichever line is under it
    ("News | Bretagne - Saint-Brieuc", ("News", "Bretagne", "Saint-Brieuc"), "The mayor opened the market.", False),
    ("› Bretagne - Saint-Brieuc", ("Bretagne", "Saint-Brieuc"), "The mayor opened the market on Sunday.", False),
]


@pytest.mark.parametrize(("line", "labels", "under", "headline"), DASHED_OVER_SENTENCE)
def test_a_dashed_line_over_a_sentence_is_a_headline(line: str, labels: tuple[str, ...], under: str, headline: bool) -> None:
    assert SectionParser().dash_split_over_sentence(line, labels, under) is headline


LABELS_IN_ONE_CASE = [
    # (the text, a label in title case after a determiner, a label in sentence case)
    ("The Big Idea", True, False),
    (f"{ZWSP}The Big Idea", True, False),
    ("The Big Idea.", False, False),
    ("The long read", False, True),
    ("Climate crisis", False, True),
    (f"{ZWSP}Climate crisis{ZWSP}", False, True),
    (f"Climate crisis.{ZWSP}", False, False),
    (f"{RLE}Climate crisis.{PDF}", False, False),
]


@pytest.mark.parametrize(("text", "title_case", "sentence_case"), LABELS_IN_ONE_CASE)
def test_a_label_in_title_case_or_sentence_case(text: str, title_case: bool, sentence_case: bool) -> None:
    sections = SectionParser()
    assert sections.is_title_case_label(text) is title_case
    assert sections.is_sentence_case_label(text) is sentence_case


# -- a byline cut before a credit piece, an agency or a role on the line under it (BylineParser) ----

BYLINES_WITH_CREDITS = [
    # (the lines, the byline read: authors, agency, text, span)
    ("By Jane Roe | Photos: Tom Berg\nThe city council voted on Monday.\n", (("Jane Roe",), None, "By Jane Roe", Span(0, 11))),
    ("By Jane Roe and Ana Ruiz | Photography by Tom Berg\n", (("Jane Roe", "Ana Ruiz"), None, "By Jane Roe and Ana Ruiz", Span(0, 24))),
    ("By Jane Roe, Reuters | Photos: Tom Berg\n", (("Jane Roe",), "Reuters", "By Jane Roe, Reuters", Span(0, 20))),
    # an agency under a byline that ends its line is the byline's; under one cut before a credit it is not
    ("By Jane Roe\nAssociated Press\n", (("Jane Roe",), "Associated Press", "By Jane Roe Associated Press", Span(0, 28))),
    ("By Jane Roe | Photos: Tom Berg\nAssociated Press\n", (("Jane Roe",), None, "By Jane Roe", Span(0, 11))),
    # a role under a byline with By is the byline's; under a name with no By it is not
    ("By Jane Roe\nStaff Writer\n", (("Jane Roe",), None, "By Jane Roe Staff Writer", Span(0, 24))),
    ("Jane Roe, Reuters\nStaff Writer\n", (("Jane Roe",), "Reuters", "Jane Roe, Reuters", Span(0, 17))),
    ("Jane Roe, Staff Writer\nSenior Editor\n", (("Jane Roe",), None, "Jane Roe, Staff Writer", Span(0, 22))),
    # near-misses: no name before the credit, no By before a name and a credit, a name alone over a role
    ("By | Photos: Tom Berg\n", None),
    ("Jane Roe | Photos: Tom Berg\n", None),
    ("Jane Roe · Photos by Tom Berg\n", None),
    ("Jane Roe, Reuters | Photos: Tom Berg\n", None),
    ("Jane Roe\nStaff Writer\n", None),
]


@pytest.mark.parametrize(("text", "read"), BYLINES_WITH_CREDITS)
def test_a_byline_before_a_credit_or_over_an_agency(text: str, read: tuple[object, ...] | None) -> None:
    byline = BylineParser().parse(split_lines(text), 0)
    assert (None if byline is None else (byline.authors, byline.agency, byline.text, byline.span)) == read
    if byline is not None:
        assert " ".join(text[byline.span.start : byline.span.end].split()) == byline.text


BYLINES_AT = [
    # (the lines, the line read, the byline read: authors, agency, text)
    ("By Staff Reporter\n", 0, ((), None, "By Staff Reporter")),
    ("By Reuters Staff\n", 0, (("Reuters",), "Reuters", "By Reuters Staff")),
    # a role of a region after the name, no comma between
    ("By Mary Ann Smith Europe Correspondent\n", 0, (("Mary Ann Smith",), None, "By Mary Ann Smith Europe Correspondent")),
    # a role over a byline is not the byline's (only the line under it is)
    ("Staff Writer\nBy Jane Roe\nThe council met on Monday.\n", 1, (("Jane Roe",), None, "By Jane Roe")),
]


@pytest.mark.parametrize(("text", "index", "read"), BYLINES_AT)
def test_an_unsigned_byline_and_a_role_above(text: str, index: int, read: tuple[object, ...]) -> None:
    byline = BylineParser().parse(split_lines(text), index)
    assert byline is not None
    assert (byline.authors, byline.agency, byline.text) == read


NAMES_BEFORE_TAILS = [
    # (the text after By, the authors and agency read)
    ("Jane Roe, Middle East Correspondent, Jerusalem", (("Jane Roe",), None)),
    ("Jane Roe for The Guardian", (("Jane Roe",), None)),
    # an agency before a role word, a place after each name, a role set off by commas after a name
    ("Jane Roe Reuters Correspondent", (("Jane Roe",), "Reuters")),
    ("Mike Stone in Washington", (("Mike Stone",), None)),
    ("Mike Stone in Washington and Jan Wolfe in New York", (("Mike Stone", "Jan Wolfe"), None)),
    ("Amy Clarke, Health Correspondent, and Tom Hale", (("Amy Clarke", "Tom Hale"), None)),
    ("Amy Clarke, Health Correspondent, and Tom Hale, Science Editor, and Ana Ruiz", (("Amy Clarke", "Tom Hale", "Ana Ruiz"), None)),
]


@pytest.mark.parametrize(("text", "read"), NAMES_BEFORE_TAILS)
def test_the_names_before_a_role_place_or_an_outlet(text: str, read: tuple[tuple[str, ...], str | None]) -> None:
    assert BylineParser().read_names(text, has_prefix=True) == read


def test_an_agency_under_a_byline_cut_before_a_credit_leaves_the_spans_true() -> None:
    text = (
        "Council backs the new bridge\nBy Jane Roe | Photos: Tom Berg\nAssociated Press\n\n"
        "The city council voted on Monday to build a new bridge over the river, officials said.\n"
    )
    article = parse_article(text)
    assert article.byline == Byline(("Jane Roe",), None, "By Jane Roe", Span(29, 40))
    assert article.span_mismatches() == []
    assert [(part.text, part.kind) for part in article.boilerplate] == [
        ("Photos: Tom Berg", "credit"), ("Associated Press", "other")
    ]


KICKERS_OVER_LINES = [
    # (the page's first lines, the section read)
    ("Bretagne - Saint-Brieuc\nLe nouveau marché ouvre ses portes\n\nLe marché couvert a ouvert samedi.\n", ("Bretagne", "Saint-Brieuc")),
    # near-miss: two names over the story's first sentence are a headline
    ("Real Madrid – Barcelona\nThe two sides met on Sunday in the capital.\n\nThe visitors won.\n", None),
]


@pytest.mark.parametrize(("text", "labels"), KICKERS_OVER_LINES)
def test_a_dashed_kicker_over_a_headline_not_over_a_sentence(text: str, labels: tuple[str, ...] | None) -> None:
    section = SectionParser().parse(split_lines(text), 0)
    assert (None if section is None else section.labels) == labels


# -- caption lines: a gallery's counter, a file picture, the people pictured, a media label, links ---

CAPTION_LINES = [
    # (the line, the caption read: text, credit) or None
    ("1 of 4 | A man waves a flag in the square on Tuesday. (AP Photo/Evan Vucci)",
     ("A man waves a flag in the square on Tuesday.", "AP Photo/Evan Vucci")),
    ("2 of 3 Firefighters battle a blaze in Oakland on Monday. REUTERS/Jane Roe",
     ("Firefighters battle a blaze in Oakland on Monday.", "REUTERS/Jane Roe")),
    ("12 of 30 | Firefighters battle a blaze in Oakland on Monday.", ("Firefighters battle a blaze in Oakland on Monday.", None)),
    ("FILE - A man walks past the central bank building in Frankfurt, Germany, on March 3, 2024.",
     ("FILE - A man walks past the central bank building in Frankfurt, Germany, on March 3, 2024.", None)),
    ("FILE: A man walks past the central bank building in Frankfurt, Germany, on March 3, 2024.",
     ("FILE: A man walks past the central bank building in Frankfurt, Germany, on March 3, 2024.", None)),
    ("Jonathan P. Blair Submitted photo", ("Jonathan P. Blair", "Submitted photo")),
    ("Video: Crews clear debris from the highway after the storm", ("Crews clear debris from the highway after the storm", None)),
    ("VIDEO: Crews clear debris from the highway after the storm", ("Crews clear debris from the highway after the storm", None)),
    ("Protesters march through the city centre on Saturday. REUTERS/Jane Roe Purchase Licensing Rights, opens new tab",
     ("Protesters march through the city centre on Saturday.", "REUTERS/Jane Roe")),
    ("Protesters march through the city centre on Saturday. (AP Photo/Evan Vucci) more >",
     ("Protesters march through the city centre on Saturday.", "AP Photo/Evan Vucci")),
    # near-miss: a credit line alone holds no caption
    ("(ABC Western Qld: Jane Roe)", None),
]


@pytest.mark.parametrize(("text", "read"), CAPTION_LINES)
def test_a_caption_line_and_its_credit(text: str, read: tuple[str, str | None] | None) -> None:
    found = CaptionParser().parse_line(split_lines(text + "\n")[0])
    assert (None if found is None else (found.text, found.credit)) == read
    if found is not None:
        assert text[found.span.start : found.span.end] == found.text


CREDIT_LINES = [
    # (the line, the credit read)
    ("(ABC Western Qld: Jane Roe)", "ABC Western Qld: Jane Roe"),
    ("Jane Roe | City Herald | Getty Images", "Jane Roe | City Herald | Getty Images"),
    ("Jane Roe | Getty Images", "Jane Roe | Getty Images"),
    ("JANE ROE (AFP)", "JANE ROE (AFP)"),
    ("jroe77 - iStock", "jroe77 - iStock"),
    ("jroe77 / Getty Images", "jroe77 / Getty Images"),
]


@pytest.mark.parametrize(("text", "credit"), CREDIT_LINES)
def test_a_credit_line_alone(text: str, credit: str) -> None:
    captions = CaptionParser()
    line = split_lines(text + "\n")[0]
    assert captions.credit_of(line) == credit
    assert captions.is_credit_line(line)


def test_a_credit_in_story_form_and_a_handle() -> None:
    captions = CaptionParser()
    assert captions.is_story_form("JANE ROE (AFP)")
    assert captions.unlabelled_credit("jroe77 - iStock") == "jroe77 - iStock"
    assert captions.unlabelled_credit("Jane Roe (AFP)") == "Jane Roe (AFP)"


MEDIA_LABELS = [
    # (the text, whether it opens with a media label as a caption does)
    ("VIDEO: Crews clear debris", True),
    ("Video: Crews clear debris", True),
    ("Videos of the storm", False),
    ("Watch: crews clear debris", False),
]


@pytest.mark.parametrize(("text", "opens"), MEDIA_LABELS)
def test_a_media_label_opens_a_caption(text: str, opens: bool) -> None:
    assert CaptionParser().opens_with_media_label(text) is opens


LINES_UNDER_MARKERS = [
    # (the marker or label line, the line under it, the caption read)
    ("1 of 4", "A man waves a flag in the square", "A man waves a flag in the square"),
    ("Image 1 of 23", "A man waves a flag in the square", "A man waves a flag in the square"),
    ("Read more", "A man waves a flag in the square", None),
]


@pytest.mark.parametrize(("marker", "text", "caption"), LINES_UNDER_MARKERS)
def test_a_caption_under_a_gallery_marker(marker: str, text: str, caption: str | None) -> None:
    marker_line, line = split_lines(f"{marker}\n{text}\n")[:2]
    found = CaptionParser().after_gallery(marker_line, line)
    assert (None if found is None else found.text) == caption


@pytest.mark.parametrize("label", ["Image caption", "Caption:"])
def test_a_caption_under_its_label(label: str) -> None:
    label_line, line = split_lines(f"{label}\nA man waves a flag in the square\n")[:2]
    found = CaptionParser().after_label(label_line, line)
    assert found is not None
    assert (found.text, found.credit) == ("A man waves a flag in the square", None)


LINKS = [
    # (the text, where the links after the credit start)
    ("Protesters march on Saturday. REUTERS/Jane Roe Purchase Licensing Rights", 46),
    (
        "Protesters march through the city centre on Saturday, calling for new elections and an end to the curfew. "
        "REUTERS/Jane Roe Purchase Licensing Rights",
        122,
    ),
    ("Purchase Licensing Rights", None),
]


@pytest.mark.parametrize(("text", "start"), LINKS)
def test_the_links_after_a_credit(text: str, start: int | None) -> None:
    assert CaptionParser().link_start(text) == start


BRACKETED_CREDITS = [
    # (the line, the caption and the credit in brackets read)
    ("Cattle graze near Longreach after the rain. (ABC Western Qld: Jane Roe)",
     ("Cattle graze near Longreach after the rain.", "ABC Western Qld: Jane Roe")),
    ("Cattle (left) graze near Longreach after the rain. (ABC Western Qld: Jane Roe)",
     ("Cattle (left) graze near Longreach after the rain.", "ABC Western Qld: Jane Roe")),
    # near-misses: the credit alone, a bracket that holds no credit
    ("(ABC Western Qld: Jane Roe)", None),
    ("Cattle graze near Longreach after the rain (left)", None),
]


@pytest.mark.parametrize(("text", "read"), BRACKETED_CREDITS)
def test_a_caption_before_a_bracketed_credit(text: str, read: tuple[str, str] | None) -> None:
    found = CaptionParser().caption_before_bracket(split_lines(text + "\n")[0])
    assert (None if found is None else (found.text, found.credit)) == read
