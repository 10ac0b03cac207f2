"""The layout rules added at stop 17 (``be06aea..``) that the mutation pass ``mutE`` (docs/testing.md,
"Mutation testing") showed no test pins: an interview's byline under prose, a copyright credit
under the third paragraph, a dateline with two agencies, a German stamp in January, ...  Each case
sets the bad shape beside the good one and asserts the exact part that changes."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import ArticleParser, BoilerplateParser, BylineParser, DatelineParser, Span, TimestampParser, parse_article
from newsparse.lines import split_lines
from newsparse.quotes.languages import SpanishVocabulary

HEADLINE = "Budget row over pensions"
LEDE = (
    "The prime minister wants to reform pensions, he told reporters on Monday in London, a day before "
    "the budget."
)
MORE = "More than 12,000 customers were still waiting for power on Tuesday morning, the utility said."


# -- ArticleParser.prose_above: "Interviewed by" is a byline only with no prose above it ----------

INTERVIEW_PAGES = [
    # (the lines between the headline and "Interviewed by Jane Roe", the byline's authors)
    # a short sentence two lines up, a credit line right above: prose, no byline
    ("Pensions are changing.\nPhoto: Jo Roe/AP", None),
    # a heading over a credit line is no prose: the byline stands
    ("A long look at pensions\nPhoto: Jo Roe/AP", ("Jane Roe",)),
]


@pytest.mark.parametrize(("between", "authors"), INTERVIEW_PAGES)
def test_interviewed_by_under_a_short_sentence(between: str, authors: tuple[str, ...] | None) -> None:
    text = f"{HEADLINE}\n\n{between}\n\nInterviewed by Jane Roe\n\n{LEDE}\n"
    article = parse_article(text)
    assert article.headline is not None and article.headline.text == HEADLINE
    assert (article.byline.authors if article.byline else None) == authors
    assert ("Interviewed by Jane Roe" in [p.text for p in article.paragraphs]) is (authors is None)


def test_interviewed_by_under_a_first_paragraph_with_no_headline() -> None:
    # no headline: the paragraph on the text's first line is prose above "Interviewed by"
    text = f"{LEDE}\n\nInterviewed by Jane Roe\n\nHe also said taxes would not rise.\n"
    article = parse_article(text)
    assert (article.headline, article.byline) == (None, None)
    assert [p.text for p in article.paragraphs] == [LEDE, "Interviewed by Jane Roe", "He also said taxes would not rise."]


# -- ArticleParser.copyright_credit: the line right above, not the second paragraph ----------------

STORM_HEAD = "Storm closes ferry port\n\nBy Jane Roe\n\n"
STORM = (
    "A powerful storm battered the south coast on Monday, cutting power to thousands of homes and "
    "closing roads."
)
PORT = "The port is due to reopen on Friday, the harbour master said."


@pytest.mark.parametrize(
    ("above", "caption"),
    [
        # a caption's line right over "© photographer / agency", under two paragraphs
        ("Firefighters at the scene in Dover on Monday.", ("Firefighters at the scene in Dover on Monday.", "Jane Roe/Reuters")),
        # a paragraph there stays a paragraph
        (PORT, None),
    ],
)
def test_a_copyright_credit_under_the_third_body_line(above: str, caption: tuple[str, str] | None) -> None:
    text = f"{STORM_HEAD}{STORM}\n\n{MORE}\n\n{above}\n© Jane Roe/Reuters\n\nThe ferries run again on Saturday.\n"
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == ([caption] if caption else [])
    expected = [STORM, MORE, "The ferries run again on Saturday."]
    assert [p.text for p in article.paragraphs] == (expected if caption else [*expected[:2], above, expected[2]])
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        ("© Jane Roe/Reuters", "credit" if caption else "copyright")
    ]


def test_a_copyright_credit_before_any_paragraph() -> None:
    text = f"{STORM_HEAD}© Jane Roe/Reuters\n\n{STORM}\n\n{MORE}\n"
    article = parse_article(text)
    assert article.captions == ()
    assert [(b.text, b.kind) for b in article.boilerplate] == [("© Jane Roe/Reuters", "copyright")]
    assert [p.text for p in article.paragraphs] == [STORM, MORE]


# -- DatelineParser.names_agencies: agencies joined by a slash -------------------------------------


@pytest.mark.parametrize(
    ("head", "place", "agency"),
    [
        # a month no vocabulary reads (Swedish "maj": not among DatelineParser.WIRE_MONTHS, fixL67),
        # before two known agencies: a dateline, no date
        ("BRÜSSEL, 12. maj (dpa/AFP) - Die Kommission legt am Mittwoch ihren Plan vor.", "BRÜSSEL", "dpa/AFP"),
        ("BRÜSSEL, 12. maj (dpa / AFP) - Die Kommission legt am Mittwoch ihren Plan vor.", "BRÜSSEL", "dpa / AFP"),
        # one of the two unknown: no dateline
        ("BRÜSSEL, 12. maj (dpa/Fire Brigade) - Die Kommission legt am Mittwoch ihren Plan vor.", None, None),
        ("BRÜSSEL, 12. Mai (dpa/Fire Brigade) - Die Kommission legt am Mittwoch ihren Plan vor.", None, None),
    ],
)
def test_a_dateline_with_two_agencies_and_a_foreign_month(head: str, place: str | None, agency: str | None) -> None:
    dateline = DatelineParser().parse(head, Span(0, len(head)))
    assert (dateline.place if dateline else None, dateline.agency if dateline else None) == (place, agency)
    if dateline is not None:
        assert dateline.date is None


# -- TimestampParser.read_day_first: every month, January too --------------------------------------


@pytest.mark.parametrize(
    ("readable", "expected"),
    [
        ("12.01.2025 um 14:05", "12 Jan 2025 um 14:05"),
        ("01.01.2025", "1 Jan 2025"),
        ("12.12.2025", "12 Dec 2025"),
        ("12.00.2025", None),  # no month 0
        ("12.13.2025", None),  # nor 13
        ("12.01.25", "12 Jan 2025"),  # a year of two digits: in its century
        ("12.01.025", None),  # nor of three
    ],
)
def test_read_day_first_months(readable: str, expected: str | None) -> None:
    assert TimestampParser().read_day_first(readable) == expected


# -- ArticleParser.ends_in_speech_cue: a subject, a speech verb and at most two words after it -----

SPEECH_CUES = [
    # (the line before its colon, whether it ends in a speech cue)
    ("Ana Ortiz said", True),
    ("Ana said today", True),  # one word after the verb
    ("The new finance minister said", True),  # a subject of four words
    ("Ana Ortiz said to reporters", True),  # two words after it
    ("Ana Ortiz said to reporters Monday", False),  # three: a sentence, not a cue
    ("The minister told reporters", True),
    ("The mayor went on", True),  # a speech verb of two words
    ("said", False),  # a verb with no subject
    ("went on", False),
]


@pytest.mark.parametrize(("text", "expected"), SPEECH_CUES)
def test_ends_in_speech_cue(text: str, expected: bool) -> None:
    assert ArticleParser().ends_in_speech_cue(text) is expected


# -- BoilerplateParser.is_quoted_sentence and TimestampParser.may_end_in_stamp: the end of a line ----


class NoQuotationMarks(BoilerplateParser):
    QUOTE_PAIRS = ()


@pytest.mark.parametrize(
    ("parser", "text", "expected"),
    [
        (BoilerplateParser(SpanishVocabulary()), "«Es una reforma justa», dijo el ministro. ", True),  # spaces after the stop
        (BoilerplateParser(SpanishVocabulary()), "Leer más: «Es una reforma justa»", False),  # no sentence after it
        (BoilerplateParser(SpanishVocabulary()), "", False),
        (NoQuotationMarks(), "“It is a fair reform,” the minister said.", False),  # no marks known: no quotation
    ],
)
def test_is_quoted_sentence(parser: BoilerplateParser, text: str, expected: bool) -> None:
    assert parser.is_quoted_sentence(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Posted Nov 19, 2019 ", True), ("Posted Nov 19, 2019. ", False), ("Posted Nov 19, 2019/ ", False), ("   ", False)],
)
def test_may_end_in_stamp_reads_past_trailing_spaces(text: str, expected: bool) -> None:
    assert TimestampParser().may_end_in_stamp(text) is expected


# -- ArticleParser.name_before_stamp: the name is checked against the story under it -------------

FERRY_HEADLINE = "Ferry crossings resume after the storm\n"
FERRY = "Crossings resumed on Tuesday after gale-force winds closed the harbour for two days."
FERRY_MORE = "The operator said extra sailings would clear the backlog by the weekend."


@pytest.mark.parametrize(
    ("first", "byline"),
    [
        # the story's subject, named again in its first sentence: no author
        ("Tom Berg has run the ferry for thirty years.", None),
        # a name the story does not write again is the author's
        ("The ferry has run for thirty years.", "Tom Berg"),
    ],
)
def test_a_name_before_a_date_named_again_in_the_story(first: str, byline: str | None) -> None:
    text = f"{FERRY_HEADLINE}Tom Berg December 2, 2016\n\n{first} {FERRY}\n\n{FERRY_MORE}\n"
    article = parse_article(text)
    assert (article.byline.text if article.byline else None) == byline
    assert article.published is not None and article.published.datetime == dt.datetime(2016, 12, 2)
    assert article.published.text == "December 2, 2016"


# -- ArticleParser.is_sign_off: a paragraph right under the credit line is running text ------------


@pytest.mark.parametrize(
    ("after_storm", "captions", "boilerplate"),
    [
        # a sign-off's form with a paragraph right under it: a picture's credit, a caption of its own
        (f"JOHN SMITH (AFP)\n\n{MORE}\n", [("JOHN SMITH (AFP)", "JOHN SMITH (AFP)")], []),
        # the same line under the last paragraph signs the story
        (f"{MORE}\n\nJOHN SMITH (AFP)\n", [], [("JOHN SMITH (AFP)", "credit")]),
    ],
)
def test_a_sign_off_form_over_a_paragraph(
    after_storm: str, captions: list[tuple[str, str]], boilerplate: list[tuple[str, str]]
) -> None:
    article = parse_article(f"{STORM_HEAD}{STORM}\n\n{after_storm}")
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert [(b.text, b.kind) for b in article.boilerplate] == boilerplate
    assert [p.text for p in article.paragraphs] == [STORM, MORE]


# -- ArticleParser.byline_beside_stamps: a prefix before no name gives no byline ------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Mara Quint · 4 Mar 2025 · 0 Comments", ("Mara Quint",)),
        ("By default · 4 Mar 2025 · 0 Comments", None),  # "By" and no name: nothing
        ("By staff · 4 Mar 2025 · 0 Comments", ()),  # a desk's signature (stop 41): a byline with no authors
    ],
)
def test_byline_beside_stamps_with_a_prefix(line: str, authors: tuple[str, ...] | None) -> None:
    parser = ArticleParser()
    (first,) = split_lines(line)
    stamps = parser.timestamps.parse((first,), 0)
    assert [s.text for s in stamps] == ["4 Mar 2025"]
    byline = parser.byline_beside_stamps(first, stamps)
    assert (byline.authors if byline else None) == authors


# -- TimestampParser.is_clock_line: the longest clock it reads ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock padded with spaces to MAX_CLOCK_LINE_CHARS (24) characters, and one more
        ("10:42 a.m." + " " * 12 + "ET", True),
        ("10:42 a.m." + " " * 13 + "ET", False),
        ("Updated 10:42 a.m." + " " * 12 + "ET", True),  # the label is not counted
    ],
)
def test_is_clock_line_length(text: str, expected: bool) -> None:
    assert len(text.split("Updated ")[-1]) in (24, 25)
    assert TimestampParser().is_clock_line(text) is expected


# -- BylineParser.may_start_name: a name of two words alone, a label before a name ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Roe", True),  # a name and nothing after it
        ("Jane Roe December 2, 2016", True),
        ("Posted Jane Roe December 2, 2016", False),  # a word of NOT_NAME_WORDS first
        ("Posted", False),
    ],
)
def test_may_start_name_on_short_lines(text: str, expected: bool) -> None:
    assert BylineParser().may_start_name(text) is expected


# -- BylineParser.split_at_particles: the Spanish "y" between names --------------------------------

NINE = ["Ana Gil", "Eva Sanz", "Juan Gil", "Luis Pérez", "Marta Ruiz", "Pilar Díaz", "Rosa Vidal", "Sara Mora", "Tomás Ríos"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ana García y Luis Pérez", ["Ana García", "Luis Pérez"]),
        ("Luis Pérez y Ana María de la Fuente y Sánchez", ["Luis Pérez", "Ana María de la Fuente y Sánchez"]),
        # a given name alone before "y" is no name: the piece stays whole
        ("Ana y Luis Pérez", ["Ana y Luis Pérez"]),
        # each second surname with its name: three names, not a surname before the third
        ("Ana García y Sánchez y Luis Pérez y Gil y Marta Ruiz", ["Ana García y Sánchez", "Luis Pérez y Gil", "Marta Ruiz"]),
        # eight cuts (MAX_AUTHORS) are too many to try: the piece stays whole; seven are read
        (" y ".join(NINE), [" y ".join(NINE)]),
        (" y ".join(NINE[:8]), NINE[:8]),
    ],
)
def test_split_at_particles(text: str, names: list[str]) -> None:
    assert BylineParser(SpanishVocabulary()).split_at_particles(text) == names


# a second surname after "y" stays with the name before it, whichever author comes first
SPANISH_BYLINES = [
    ("Por Ana María de la Fuente y Sánchez y Luis Pérez", ("Ana María de la Fuente y Sánchez", "Luis Pérez")),
    ("Por Luis Pérez y Sánchez y Ana Gil", ("Luis Pérez y Sánchez", "Ana Gil")),
    ("Por Luis Pérez y Ana María de la Fuente y Sánchez", ("Luis Pérez", "Ana María de la Fuente y Sánchez")),
    ("Por José Ortega y Gasset", ("José Ortega y Gasset",)),
]


@pytest.mark.parametrize(("line", "authors"), SPANISH_BYLINES)
def test_a_second_surname_stays_with_its_name(line: str, authors: tuple[str, ...]) -> None:
    story = "El Gobierno aprobó el martes la reforma de las pensiones, según anunció la ministra en Madrid ante la prensa."
    article = ArticleParser(language="es").parse(f"La reforma de las pensiones\n\n{line}\n\n{story}\n")
    assert article.byline is not None and article.byline.authors == authors


# -- ArticleParser.labelled_clock: a label and a clock with no date -------------------------------


@pytest.mark.parametrize(
    ("line", "boilerplate", "updated"),
    [
        ("Updated 14:05 GMT", [("Updated 14:05 GMT", "timestamp")], None),
        ("Posted at 2.05pm", [("Posted at 2.05pm", "timestamp")], None),
        ("14:05 GMT", [("14:05 GMT", "other")], None),  # no label: a clock, no stamp of the page
        ("Updated Nov 19, 2019 14:05 GMT", [], "Nov 19, 2019 14:05 GMT"),  # a date: the update
        ("Updated with the mayor's reply", [("Updated with the mayor's reply", "other")], None),  # no clock: no stamp
    ],
)
def test_a_labelled_clock_under_the_byline(line: str, boilerplate: list[tuple[str, str]], updated: str | None) -> None:
    article = parse_article(f"Storm closes ferry port\n\nBy Jane Roe\n{line}\n\n{STORM}\n")
    assert [(b.text, b.kind) for b in article.boilerplate] == boilerplate
    assert (article.updated.text if article.updated else None) == updated
    assert article.published is None


# -- ArticleParser.credit_opens_text: the line under the credit, not the text's last line -----------


@pytest.mark.parametrize(
    "tail",
    [
        "",
        "\n\nShare this article",  # boilerplate as the text's last line
        "\n\nBy Mara Quint",  # a byline there
        # a paragraph of two sentences, no headline candidate, as the last line
        "\n\nThe ferries will run again on Friday. The port authority said so in a statement on Tuesday.",
    ],
)
def test_a_credit_over_the_headline_whatever_the_last_line(tail: str) -> None:
    article = parse_article(f"Jo Li/Getty Images\n\nStorm closes the port\n\n{STORM}{tail}\n")
    assert article.section == ()
    assert article.headline is not None and article.headline.text == "Storm closes the port"
    assert article.boilerplate[0].text == "Jo Li/Getty Images" and article.boilerplate[0].kind == "credit"
    assert article.paragraphs[0].text == STORM


# -- ArticleParser.update_after: an update without a year, dated by the published stamp ------------


@pytest.mark.parametrize(
    ("line", "updated"),
    [
        ("Updated Nov 19, 9:02 AM", dt.datetime(2019, 11, 19, 9, 2)),  # the same day counts
        ("Updated Nov 20, 9:02 AM", dt.datetime(2019, 11, 20, 9, 2)),
        ("Updated Nov 18, 9:02 AM", None),  # a day before the publication: no update
    ],
)
def test_an_update_without_a_year(line: str, updated: dt.datetime | None) -> None:
    text = f"Storm closes ferry port\n\nBy Jane Roe\nPublished Nov 19, 2019 8:00 AM\n{line}\n\n{STORM}\n"
    article = parse_article(text)
    assert article.published is not None and article.published.datetime == dt.datetime(2019, 11, 19, 8, 0)
    assert (article.updated.datetime if article.updated else None) == updated
    assert [(b.text, b.kind) for b in article.boilerplate] == ([] if updated else [(line, "timestamp")])


# -- TimestampParser.day_first_labelled and might_be_stamp_line: spaces before a label, the longest line --


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        ("Pubblicato il 04/03/2025", True),
        ("  Pubblicato il 04/03/2025", True),  # spaces before the label
        ("  Pubblicato il 13/03/2025", False),  # reads one way only
        ("  Published 04/03/2025", False),  # an English label
    ],
)
def test_day_first_labelled(piece: str, expected: bool) -> None:
    assert TimestampParser().day_first_labelled(piece) is expected


@pytest.mark.parametrize(("extra", "expected"), [(0, True), (1, False)])
def test_might_be_stamp_line_up_to_max_line_chars(extra: int, expected: bool) -> None:
    parser = TimestampParser()
    text = "Published Nov 19, 2019 | Filed by the city desk "
    text += "x" * (parser.MAX_LINE_CHARS - len(text) + extra)
    (line,) = split_lines(text)
    assert parser.might_be_stamp_line(line) is expected


# -- BylineParser.is_joined_name and split_joined: a second surname, "et" after "By" ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana María de la Fuente y Sánchez", True),
        ("Ana María de la Fuente y Sánchez Gil", True),  # a second surname of MAX_JOINED_SURNAME_WORDS (2) words
        ("Ana María de la Fuente y Sánchez Gil Ruiz", False),  # three words: no surname
        ("Ana María de la Fuente y los demás", False),  # words in lower case after "y"
    ],
)
def test_is_joined_name(text: str, expected: bool) -> None:
    assert BylineParser(SpanishVocabulary()).is_joined_name(text) is expected


def test_et_between_two_names_after_by() -> None:
    article = parse_article(f"Storm closes ferry port\n\nBy Claire Martin et Paul Durand\n\n{STORM}\n")
    assert article.byline is not None and article.byline.authors == ("Claire Martin", "Paul Durand")
