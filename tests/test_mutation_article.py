"""The composer (``ArticleParser`` and ``ParseState``) on its own, table-driven: the parse state's
copies and stamps, the teaser and cut-teaser tests of the header, a credit line under a caption,
a byline beside a stamp line, with parsers built inside the tests (a mutant in a constructor does
not reach the default parser, built when ``newsparse`` is imported).  Written for the mutation
run of ``src/newsparse/article.py`` (``docs/testing.md``)."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse import ArticleParser, ParseState, Span
from newsparse.caption import CaptionLine
from newsparse.lines import Line, split_lines
from newsparse.spans import BoilerplateLines, BoilerplateList, Timestamp, TimestampKind
from parts import lost_lines

# -- ParseState -------------------------------------------------------------------------------


def _stamp(text: str, kind: TimestampKind, start: int) -> Timestamp:
    moment = dt.datetime(2024, 8, 13, 11, 14, tzinfo=dt.timezone.utc)
    return Timestamp(moment, kind, text, Span(start, start + len(text)))


def test_a_copy_of_the_state_has_lists_of_its_own() -> None:
    text = "Rail strike called off\nBy Ana Lima\n"
    state = ParseState(text, split_lines(text))
    state.add_boilerplate(state.lines[1], "other")
    saved = state.copy()
    state.add_boilerplate(state.lines[0], "standfirst")
    state.body.append(state.lines[0])
    assert [(b.kind, b.text) for b in saved.boilerplate] == [("other", "By Ana Lima")]
    assert saved.body == []
    state.restore(saved)
    assert [(b.kind, b.text) for b in state.boilerplate] == [("other", "By Ana Lima")]
    assert state.body == []


def test_the_first_stamp_of_each_kind_is_kept_and_the_rest_is_boilerplate() -> None:
    text = "Published: Aug 13, 2024 11:14 | Updated: Aug 13, 2024 11:14 | Updated: Aug 13, 2024 11:14"
    state = ParseState(text, split_lines(text))
    published = _stamp("Aug 13, 2024 11:14", TimestampKind.PUBLISHED, 11)
    updated = _stamp("Aug 13, 2024 11:14", TimestampKind.UPDATED, 41)
    again = _stamp("Aug 13, 2024 11:14", TimestampKind.UPDATED, 71)
    for stamp in (updated, published, again):
        state.add_stamp(stamp)
    assert state.published == published
    assert state.updated == updated
    assert [(b.kind, b.text, b.span) for b in state.boilerplate] == [("timestamp", "Aug 13, 2024 11:14", Span(71, 89))]


def test_a_second_updated_stamp_is_no_published_one() -> None:
    text = "Updated: Aug 13, 2024 11:14 | Updated: Aug 13, 2024 11:14"
    state = ParseState(text, split_lines(text))
    first = _stamp("Aug 13, 2024 11:14", TimestampKind.UPDATED, 9)
    second = _stamp("Aug 13, 2024 11:14", TimestampKind.UPDATED, 39)
    state.add_stamp(first)
    state.add_stamp(second)
    assert (state.published, state.updated) == (None, first)
    assert [(b.kind, b.span) for b in state.boilerplate] == [("timestamp", Span(39, 57))]


def test_a_header_without_running_text_is_forgotten_from_its_first_unclaimed_line() -> None:
    # nothing reads as the start of the body: the body starts at the first line no rule claimed,
    # and what was filed as boilerplate from there on is not boilerplate after all
    text = "Rail strike called off\n\nTrains run again\nTimetable for Monday\nPlatform changes\n"
    article = ArticleParser().parse(text)
    assert article.headline is not None and article.headline.text == "Rail strike called off"
    assert article.boilerplate == ()
    assert [p.text for p in article.paragraphs] == ["Trains run again", "Timetable for Monday", "Platform changes"]


# -- printed_again: a teaser that the page prints again as a whole line ------------------------

TEASER = "Flooding closes roads across the north of Finland as rivers rise after a week of rain"
FAR = "Heavy rain flooded streets on Tuesday, the fire service said. " * 2
# a line longer than half the context read around the line printed again
LONG_TEASER = TEASER + " while the fire service takes more than 300 calls"

# the text after the teaser's own line, whether the teaser stands again there as a whole line
PRINTED_AGAIN = [
    ("\n\nLAHTI (AP) - Heavy rain flooded streets on Tuesday.\n" + TEASER + "\nThe city closed two schools.\n", True),
    ("\n\nRelated:\n" + TEASER, True),  # at the very end of the text
    ("\n\nMore stories:\n\t " + TEASER + " \nThe city closed two schools.\n", True),  # indented, a space after
    ("\n\nRelated:\n" + TEASER + "\nIn Lahti, " + TEASER + " again.\n", True),  # a whole line first
    ("\n\nIn Lahti, " + TEASER + " again.\nRelated:\n" + TEASER + "\n", True),  # a whole line second
    ("\n\nLAHTI (AP) - Heavy rain flooded streets. " + TEASER + " on Tuesday.\n", False),
    ("\n\nLAHTI (AP) - Heavy rain flooded streets on Tuesday.\n", False),
    ("\n\nShare on X " + TEASER + "\n", False),  # words before it on its line
    ("\n\nRelated:\n" + TEASER + " - read more\n", False),  # words after it on its line
    ("\n\nRelated:\n" + TEASER + "  Xinhua\n", False),
    ("\n\nRelated:\n" + TEASER + " X\n", False),  # a share button's label after it
    ("\n\nX " + TEASER + "\n", False),  # and before it
    ("\n\nIn Lahti, " + TEASER + " again.\n", False),  # only inside a sentence
    ("\n\nIn Lahti, " + TEASER + " again.\nRelated:\n" + TEASER + "\nIn Oulu, " + TEASER + " too.\n", True),
    ("\n\nRelated:\n" + LONG_TEASER + " - read more\n", False),
    ("\n\n" + FAR + "\n" + TEASER + "\n", True),
]


@pytest.mark.parametrize(("after", "expected"), PRINTED_AGAIN)
def test_printed_again(after: str, expected: bool) -> None:
    text = (LONG_TEASER if LONG_TEASER in after else TEASER) + after
    assert ArticleParser().printed_again(text, split_lines(text)[0]) is expected


def test_printed_again_looks_only_within_the_teaser_window() -> None:
    class Near(ArticleParser):
        TEASER_WINDOW = 100

    text = TEASER + "\n\n" + FAR + "\n" + TEASER + "\n"
    assert Near().printed_again(text, split_lines(text)[0]) is False
    near = TEASER + "\n" + TEASER + "\n"
    assert Near().printed_again(near, split_lines(near)[0]) is True
    # inside a sentence within the window, as a whole line only beyond it
    inside = TEASER + "\nIn Lahti, " + TEASER + " again.\n" + FAR + "\n" + TEASER + "\n"
    assert Near().printed_again(inside, split_lines(inside)[0]) is False


# -- is_cut_teaser: a link to another story, cut short ----------------------------------------

# the lines, the index asked about, whether it is a cut teaser
CUT_TEASERS = [
    (["Two people in China have been diagnosed with the plague.."], 0, True),
    (["Two people in China have been diagnosed with the plague,..."], 0, True),
    (["Two people in China have been diagnosed with the plague, …"], 0, True),
    (["Two people in China have been diagnosed with the plague..."], 0, False),  # an ellipsis alone
    (["Two people in China have been diagnosed with the plague…"], 0, False),
    (["Two people in China have been diagnosed with the plague."], 0, False),
    # an ellipsis right after a word counts in a list of such lines, above or below
    (["A heatwave grips southern Europe as...", "Two people in China have been diagnosed with..."], 1, True),
    (["Two people in China have been diagnosed with...", "A heatwave grips southern Europe as..."], 0, True),
    (["Two people in China have been diagnosed with...", "A heatwave grips southern Europe."], 0, False),
    (["A heatwave grips southern Europe.", "Two people in China have been diagnosed with..."], 1, False),
]


@pytest.mark.parametrize(("lines", "index", "expected"), CUT_TEASERS)
def test_is_cut_teaser(lines: list[str], index: int, expected: bool) -> None:
    assert ArticleParser().is_cut_teaser(split_lines("\n".join(lines)), index) is expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("diagnosed with the plague..", True),
        ("diagnosed with the plague,...", True),
        ("diagnosed with the plague…", True),
        ("diagnosed with the plague…\n", True),  # (one last line break, as a pattern's "$" allows)
        ("diagnosed with the plague.", False),
        ("diagnosed with the plague...!", False),
        ("diagnosed with the plague… ", False),
        ("…\n\n", False),
    ],
)
def test_ends_in_dots(text: str, expected: bool) -> None:
    assert ArticleParser.ends_in_dots(text) is expected

# -- a credit line under a caption ------------------------------------------------------------

LEDE = (
    "LAHTI, Finland (AP) — Heavy rain flooded dozens of streets in southern Finland on Tuesday, and the fire "
    "service said it had received more than 300 calls since the morning.\n\n"
)
FILE_CAPTION = "FILE - A firefighter carries a child through floodwater in Lahti, Finland, on Aug. 13, 2024."
CREDITED_CAPTION = "Firefighters pump water from a flooded street in Lahti on Tuesday. (AP Photo/Jane Doe)"

# the text, the captions (text, credit), the boilerplate (kind, text)
CREDIT_LINES = [
    # a caption without a credit takes the credit line's
    (
        "Flooding closes roads\n\n" + FILE_CAPTION + "\nPhoto: Jane Doe/AP\n\n" + LEDE + "The city closed two schools.\n",
        [(FILE_CAPTION, "Jane Doe/AP")],
        [("credit", "Photo: Jane Doe/AP")],
    ),
    # ... in the header
    (
        "Flooding closes roads\n"
        + FILE_CAPTION
        + "\nPhoto: Jane Doe/AP\nBy Ana Lima\n\n"
        + LEDE
        + "The city closed two schools.\n",
        [(FILE_CAPTION, "Jane Doe/AP")],
        [("credit", "Photo: Jane Doe/AP")],
    ),
    # an unclaimed header line above a credit line is a caption
    (
        "Flooding closes roads\n\nFirefighters pump water from a flooded street in Lahti on Tuesday.\nPhoto: Jane Doe/AP\n\n"
        + LEDE
        + "The city closed two schools.\n",
        [("Firefighters pump water from a flooded street in Lahti on Tuesday.", "Jane Doe/AP")],
        [("credit", "Photo: Jane Doe/AP")],
    ),
    # ... in a header that goes on under it
    (
        "Flooding closes roads\n\nFirefighters pump water from a flooded street in Lahti on Tuesday.\nPhoto: Jane Doe/AP\n"
        "By Ana Lima\n\n" + LEDE + "The city closed two schools.\n",
        [("Firefighters pump water from a flooded street in Lahti on Tuesday.", "Jane Doe/AP")],
        [("credit", "Photo: Jane Doe/AP")],
    ),
    (
        "Flooding closes roads\nBy Ana Lima\n\nFirefighters pump water from a flooded street\nPhoto: Jane Doe/AP\n\n"
        + LEDE
        + "The city closed two schools.\n",
        [("Firefighters pump water from a flooded street", "Jane Doe/AP")],
        [("credit", "Photo: Jane Doe/AP")],
    ),
    # a boilerplate line above it is no caption: the credit line is a picture's caption of its own
    (
        "Flooding closes roads\nShare this story\nPhoto: Jane Doe/AP\n\n" + LEDE + "The city closed two schools.\n",
        [("Photo: Jane Doe/AP", "Jane Doe/AP")],
        [("share", "Share this story")],
    ),
    # in the body, after two captions with credits: the last caption takes it
    (
        "Flooding closes roads\n\n" + CREDITED_CAPTION + "\n\n" + LEDE + CREDITED_CAPTION.replace("Tuesday", "Monday") + "\n\n"
        "The city closed two schools.\n\n" + FILE_CAPTION + "\nPhoto: Ana Lima/Reuters\n\nThe clean-up will take a week.\n",
        [
            (CREDITED_CAPTION[:66], "AP Photo/Jane Doe"),
            (CREDITED_CAPTION[:66].replace("Tuesday", "Monday"), "AP Photo/Jane Doe"),
            (FILE_CAPTION, "Ana Lima/Reuters"),
        ],
        [("credit", "Photo: Ana Lima/Reuters")],
    ),
    # a caption that has a credit keeps it; the credit line under it is another picture's
    (
        "Flooding closes roads\n\n" + LEDE + CREDITED_CAPTION + "\nPhoto: Ana Lima/Reuters\n\nThe city closed two schools.\n",
        [(CREDITED_CAPTION[:66], "AP Photo/Jane Doe"), ("Photo: Ana Lima/Reuters", "Ana Lima/Reuters")],
        [],
    ),
    # a credit line under a paragraph line credits no caption above that
    (
        "Flooding closes roads\n\n" + LEDE + FILE_CAPTION + "\n\nThe city closed two schools on Tuesday, the mayor said, and "
        "buses were sent around the flooded streets of the old town.\nPhoto: Ana Lima/Reuters\n\nThe clean-up will take a week.\n",
        [(FILE_CAPTION, None), ("Photo: Ana Lima/Reuters", "Ana Lima/Reuters")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "captions", "boilerplate"), CREDIT_LINES)
def test_a_credit_line_under_a_caption(
    text: str, captions: list[tuple[str, str | None]], boilerplate: list[tuple[str, str]]
) -> None:
    article = ArticleParser().parse(text)
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate
    assert [p.text[:21] for p in article.paragraphs][-1] in ("The city closed two s", "The clean-up will tak")
    assert lost_lines(article) == []


# -- byline_beside_stamps ---------------------------------------------------------------------

HEADLINE = "Flooding closes roads across the north of the province after a week of storms\n"

# the stamp line, the byline's text (None for none)
BESIDE_STAMPS = [
    # the outlet's piece after the name is the byline's agency (fixL41: with_outlet_piece)
    ("Yasmine Hassan · CBC News · Posted: Aug 08, 2024 4:00 AM EDT", "Yasmine Hassan · CBC News"),
    ("Yasmine Hassan | CBC News | Aug 08, 2024 4:00 AM EDT", "Yasmine Hassan | CBC News"),
    ("New Delhi, News Nation Bureau | Updated : Aug 08, 2024 4:00 AM IST", "News Nation Bureau"),
    ("Jane Roe | Aug 08, 2024 4:00 AM EDT", "Jane Roe"),  # a name that opens with a known given name (layW)
    ("Mara Quint | Aug 08, 2024 4:00 AM EDT", None),  # a name and a stamp alone are not enough otherwise
    ("Ottawa | Published: Aug 08, 2024 4:00 AM EDT", None),
    (" | Published: Aug 08, 2024 4:00 AM EDT", None),
]


@pytest.mark.parametrize(("line", "expected"), BESIDE_STAMPS)
def test_byline_beside_stamps(line: str, expected: str | None) -> None:
    parser = ArticleParser()
    text = HEADLINE + line + "\n"
    lines = split_lines(text)
    stamps = parser.timestamps.parse(lines, 1, None)
    assert len(stamps) == 1
    byline = parser.byline_beside_stamps(lines[1], stamps)
    if expected is None:
        assert byline is None
    else:
        assert byline is not None
        assert (byline.text, text[byline.span.start : byline.span.end]) == (expected, expected)


# -- prose_follows: whether running text comes after a prose line in the header -----------------

STANDFIRST = "The city will spend two million euros on new drains after the worst flooding in forty years, the mayor said."
PROSE = "Heavy rain flooded dozens of streets in southern Finland on Tuesday, and the fire service said it had received more than 300 calls."

# the lines after the headline (the first is asked about), whether running text follows it
PROSE_FOLLOWS = [
    ([STANDFIRST, PROSE], True),
    ([STANDFIRST], True),  # the end of the text
    ([STANDFIRST, "Local news", PROSE], True),  # one unclaimed line is looked past
    ([STANDFIRST, "Local news", "Weather", PROSE], False),  # two are not
    ([STANDFIRST, "Local news", "Weather", "Lahti", PROSE], False),
    ([STANDFIRST, "By Ana Lima", PROSE], False),  # a byline: the header goes on
    ([STANDFIRST, "Published: Aug 13, 2024 11:14 AM", PROSE], False),  # a stamp
    ([STANDFIRST, FILE_CAPTION, "By Ana Lima", PROSE], False),  # a caption is looked past
    ([STANDFIRST, "LAHTI, Finland, Aug 13 (Reuters) -", "Rain."], True),  # a dateline starts the body
]


@pytest.mark.parametrize(("lines", "expected"), PROSE_FOLLOWS)
def test_prose_follows(lines: list[str], expected: bool) -> None:
    text = "Flooding closes roads\n\n" + "\n".join(lines) + "\n"
    state = ParseState(text, split_lines(text))
    assert ArticleParser().prose_follows(state, 1) is expected
    # the rules were only asked what they would claim
    assert (state.byline, state.published, state.captions, state.boilerplate) == (None, None, [], [])


# -- is_short_sentence: a one-line paragraph when running text follows it -----------------------

SHORT_SENTENCES = [
    ("Mark Hughes resigned on Sunday.", True),
    ("Follow us on X.", False),  # a button, whatever its full stop
    ("Subscribe!", False),
    ("“The truth will out.” — Jane Roe", True),  # an epigraph signed with a name
    ("“The truth will out.” — the mayor", False),
    ("Flooding closes roads", False),
]


@pytest.mark.parametrize(("line", "expected"), SHORT_SENTENCES)
def test_is_short_sentence(line: str, expected: bool) -> None:
    assert ArticleParser().is_short_sentence(split_lines(line), 0) is expected


# -- the constructor: limits, the language pack, the vocabulary the parts share ----------------


def test_max_chars_is_checked_and_kept() -> None:
    parser = ArticleParser(max_chars=30)
    assert parser.max_chars == 30
    assert parser.parse("Rail strike called off today..").headline is not None
    with pytest.raises(newsparse.ArticleTooLarge, match=r"^the text has 31 characters, more than max_chars=30;"):
        parser.parse("Rail strike called off today...")
    assert ArticleParser().max_chars == ArticleParser.MAX_CHARS == 50_000_000


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"max_chars": 0}, ValueError, "ArticleParser(max_chars=...) expects a positive int, not 0"),
        ({"max_chars": "10"}, TypeError, "ArticleParser(max_chars=...) expects a positive int, not str '10'"),
        ({"language": 3}, TypeError, "ArticleParser(language=...) expects a str instance or None, not int 3"),
        ({"quotes": "x"}, TypeError, "ArticleParser(quotes=...) expects a QuoteParser instance or None, not str 'x'"),
        (
            {"captions": newsparse.CaptionParser},
            TypeError,
            "ArticleParser(captions=...) expects a CaptionParser instance or None, not the class itself: pass CaptionParser()",
        ),
        ({"vocabulary": 1}, TypeError, "ArticleParser(vocabulary=...) expects a Vocabulary instance or None, not int 1"),
    ],
)
def test_bad_options_are_named(options: dict[str, object], error: type[Exception], message: str) -> None:
    with pytest.raises(error) as raised:
        ArticleParser(**options)  # type: ignore[arg-type]
    assert str(raised.value) == message


def test_the_language_pack_gives_the_quote_parser() -> None:
    text = "Hochwasser in Passau\n\n„Wir werden die Brücke bis zum Sommer wieder öffnen“, sagte Bürgermeisterin Anna Vogt am Dienstag.\n"
    quotes = ArticleParser(language="de").parse(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Wir werden die Brücke bis zum Sommer wieder öffnen", "Anna Vogt")
    ]


def test_the_vocabulary_reaches_the_quote_parser() -> None:
    class Titles(newsparse.Vocabulary):
        TITLES = (*newsparse.Vocabulary.TITLES, "Landrat")

    text = 'Water cuts end\n\n"We will have clean water by Friday," said Landrat Ana Lima on Tuesday in a statement.\n'
    quotes = ArticleParser(vocabulary=Titles()).parse(text).quotes
    assert [(q.text, q.speaker.name, q.speaker.mention) for q in quotes if q.speaker] == [
        ("We will have clean water by Friday,", "Ana Lima", "Landrat Ana Lima")
    ]


def test_a_rule_without_its_method_is_named() -> None:
    class NoCorrections(ArticleParser):
        BODY_RULES = ("correction", *ArticleParser.BODY_RULES)

    class NoKicker(ArticleParser):
        HEADER_RULES = ("kicker", *ArticleParser.HEADER_RULES)

    with pytest.raises(TypeError) as raised:
        NoCorrections()
    assert str(raised.value) == "NoCorrections has no body rule method body_correction"
    with pytest.raises(TypeError) as raised:
        NoKicker()
    assert str(raised.value) == "NoKicker has no header rule method header_kicker"


# -- signature: an author's name after a dash, on a line of its own after the story --------------

STORY = (
    "Lahti opens its new library\n\n"
    "The new city library in Lahti opened on Saturday after three years of building work, and hundreds of "
    "readers queued at the doors.\n\n"
    "The mayor said the building had cost less than planned.\n\n"
)
VISITORS = "".join(
    f"Visitors on day {day} borrowed books, met authors and listened to music in the reading rooms upstairs.\n\n"
    for day in range(90)
)
MORE = "More about the new library, its rooms and its opening hours is on the city's website, with pictures and a map"

# the text, the byline's author (None for none)
SIGNATURES = [
    (STORY + "— Jane Roe\n", "Jane Roe"),
    (STORY + "-- Ximena Ortiz\n", "Ximena Ortiz"),
    (STORY + "Jane Roe\n", None),  # no dash: maybe a button
    (STORY + "— JANE ROE\n", None),
    (STORY + "— Jane Roe\n\nDoors open at nine.\n", None),  # a short sentence after it
    (STORY + "— Jane Roe\n\n" + MORE, None),  # running text after it
    (STORY + "— Jane Roe\n\nShare this story\nTags\n" + MORE, "Jane Roe"),  # two lines are looked at, not three
    (STORY + "— Jane Field\n\nMore from the field\n", None),  # its word in lower case after it
    # ... or before it, from the very first character of the text
    ("field day: pupils plant trees in Lahti\n\nThe pupils planted 300 trees at dawn, the school said.\n\n— Jane Field\n", None),
    # ... or before it, within half the name context (10,000 characters)
    (
        "Lahti opens its new library\n\nThe players trained on the field at dawn before the opening.\n\n"
        + VISITORS
        + "— Jane Field\n",
        None,
    ),
]


@pytest.mark.parametrize(("text", "author"), SIGNATURES)
def test_signature(text: str, author: str | None) -> None:
    article = ArticleParser().parse(text)
    byline = article.byline
    if author is None:
        assert byline is None
    else:
        assert byline is not None
        assert (byline.authors, byline.text, text[byline.span.start : byline.span.end]) == ((author,), author, author)
        # the signed line is the byline's, in no paragraph and no boilerplate
        assert [p.text for p in article.paragraphs if author in p.text] == []
        assert [b.text for b in article.boilerplate if author in b.text] == []


# -- name_opens_body: a name alone where a byline stands ---------------------------------------

OPENING = (
    "The new city library in Lahti opened on Saturday after three years of building work, and hundreds of "
    "readers queued at the doors."
)

# the name line, the line under it (None for none), whether the name opens the body
NAME_LINES = [
    ("Patrick Frye", OPENING, True),
    ("Patrick Frye", "Here's why:", True),  # a lead-in ending in a colon
    ("Patrick Frye", "Doors open at nine.", True),  # a short sentence
    ("Patrick Frye", None, False),  # nothing under it
    ("Patrick Frye", "Share this story", False),
    ("PATRICK FRYE", OPENING, False),  # in capitals: a label
]


@pytest.mark.parametrize(("name", "below", "expected"), NAME_LINES)
def test_name_opens_body(name: str, below: str | None, expected: bool) -> None:
    text = "Lahti opens its new library\n\n" + name + ("\n" + below if below else "") + "\n"
    assert ArticleParser().name_opens_body(ParseState(text, split_lines(text)), 1) is expected


def test_a_name_right_under_the_headline_opens_no_body() -> None:
    text = "Lahti opens its new library\nPatrick Frye\n" + OPENING + "\n"
    assert ArticleParser().name_opens_body(ParseState(text, split_lines(text)), 1) is False


# -- late_byline: a byline with "By" in the body of an article whose header had none ------------

LIBRARY = (
    "Lahti opens its new library\n\n"
    "The new city library in Lahti opened on Saturday after three years of building work, and hundreds of "
    "readers queued at the doors.\n\n"
    "The mayor said the building had cost less than planned.\n\n"
)



WRAPPED_LEDE = "Lahti opens its new library\n\nThe new city library in Lahti opened on Saturday after three years of\n"
BY_ROE = ("By Jane Roe", "By Jane Roe")

# the text, the byline's text and the slice of its span (None for none), the last paragraph's start
LATE_BYLINES = [
    (LIBRARY + "By Jane Roe\n", ("By Jane Roe", "By Jane Roe"), "The mayor said"),
    (LIBRARY + "By\nJane Roe\n\nMore pictures\n", ("By Jane Roe", "By\nJane Roe"), "The mayor said"),
    (LIBRARY + "— Jane Roe\n\nShare this story\nTags\n" + MORE, ("Jane Roe", "Jane Roe"), "More about the"),
    (LIBRARY + "by the time the doors opened, more than 500 people were waiting outside.\n", None, "by the time th"),
    (LIBRARY + "By noon, more than 500 people were queuing outside the library, the police said.\n", None, "By noon, more "),
    (LIBRARY + "By Jane Roe and the readers of the library in Lahti\n", None, "The mayor said"),
    (LIBRARY + "by Jane Roe\n", None, "The mayor said"),  # "by" in lower case: no byline
    # hard-wrapped copy: a paragraph cut off mid-sentence, then a blank line, then the byline
    (WRAPPED_LEDE + "building work, and hundreds of readers queued at the doors, and\n\nBy Jane Roe\n", BY_ROE, "The new city l"),
    # a byline right under the paragraph's last line, which ends a sentence (the line above that does not)
    (
        WRAPPED_LEDE + "building work, and hundreds of readers queued at the doors,\nthe city said.\nBy Jane Roe\n\n"
        "Follow our coverage of the new library in Lahti\n",
        BY_ROE,
        "The new city l",
    ),
    # no blank line, and the line above ends in a comma: the sentence runs on, into the paragraph
    (WRAPPED_LEDE + "building work, and hundreds of readers queued at the doors,\nBy Jane Roe\n", None, "The new city l"),
]


@pytest.mark.parametrize(("text", "byline", "last"), LATE_BYLINES)
def test_late_byline(text: str, byline: tuple[str, str] | None, last: str) -> None:
    article = ArticleParser().parse(text)
    found = article.byline
    assert (None if found is None else (found.text, text[found.span.start : found.span.end])) == byline
    assert article.paragraphs[-1].text[:14] == last
    assert lost_lines(article) == []


# -- related_list: the link lines under a "related" heading ------------------------------------

# the lines after the story, the boilerplate (kind, text), the paragraphs after the story's two
RELATED_LISTS = [
    (
        "Trending News\nTurku buses run late\nOulu gets a new bridge\nShare this story\n",
        [
            ("related", "Trending News"),
            ("related", "Turku buses run late"),
            ("related", "Oulu gets a new bridge"),
            ("share", "Share this story"),
        ],
        [],
    ),
    # a sentence under the heading is no link
    (
        "Trending News\nDoors open at nine.\n\nThe library is open every day.\n",
        [("related", "Trending News")],
        ["Doors open at nine.", "The library is open every day."],
    ),
]


@pytest.mark.parametrize(("tail", "boilerplate", "paragraphs"), RELATED_LISTS)
def test_related_list(tail: str, boilerplate: list[tuple[str, str]], paragraphs: list[str]) -> None:
    text = LIBRARY + tail
    article = ArticleParser().parse(text)
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate
    assert [p.text for p in article.paragraphs][2:] == paragraphs
    assert lost_lines(article) == []


# -- contact_block: the block under a press release's contact heading --------------------------

RELEASE = (
    "Acme Robotics opens a plant in Tampere\n\n"
    "TAMPERE, Finland, March 3, 2025 /PRNewswire/ -- Acme Robotics said on Monday it had opened a plant in "
    "Tampere that will employ 200 people and build warehouse robots for customers in Europe.\n\n"
    "The plant cost 40 million euros, the company said.\n\n"
)
FOUNDED = (
    "The company was founded in 2009 and makes robots for warehouses in Europe, Asia and the Americas, and it employs 900 people."
)

# the lines after the release, the boilerplate (kind, text), the paragraphs after the release's two
CONTACT_BLOCKS = [
    (
        "Media Contact:\nJane Roe\nAcme Robotics\n+1 555 0100\n",
        [
            ("press-release", "Media Contact:"),
            ("press-release", "Jane Roe"),
            ("press-release", "Acme Robotics"),
            ("press-release", "+1 555 0100"),
        ],
        [],
    ),
    # a blank line ends the block
    (
        "Media Contact:\nJane Roe\n\nAcme Robotics\n+1 555 0100\n",
        [("press-release", "Media Contact:"), ("press-release", "Jane Roe"), ("other", "Acme Robotics"), ("other", "+1 555 0100")],
        [],
    ),
    (
        "Media Contact:\n\nJane Roe\n+1 555 0100\n",
        [("press-release", "Media Contact:"), ("other", "Jane Roe"), ("other", "+1 555 0100")],
        [],
    ),
    # running text under it is a paragraph
    (
        "Media Contact:\nJane Roe\n" + FOUNDED + "\n",
        [("press-release", "Media Contact:"), ("press-release", "Jane Roe")],
        [FOUNDED],
    ),
    # only a contact heading starts a block
    ("SOURCE Acme Robotics\nJane Roe\n", [("press-release", "SOURCE Acme Robotics"), ("other", "Jane Roe")], []),
    # (blank lines mark this page's paragraphs, so two lines with no blank line between are one)
    ("Share this story\nJane Roe\nAcme Robotics\n", [("share", "Share this story")], ["Jane Roe Acme Robotics"]),
    # at most MAX_CONTACT_LINES (8) lines under the heading
    (
        "Media Contact:\n" + "".join(f"Line {i}\n" for i in range(10)),
        [("press-release", "Media Contact:"), *(("press-release", f"Line {i}") for i in range(8))],
        ["Line 8 Line 9"],
    ),
]


@pytest.mark.parametrize(("tail", "boilerplate", "paragraphs"), CONTACT_BLOCKS)
def test_contact_block(tail: str, boilerplate: list[tuple[str, str]], paragraphs: list[str]) -> None:
    text = RELEASE + tail
    article = ArticleParser().parse(text)
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate
    assert [p.text for p in article.paragraphs][2:] == paragraphs
    assert lost_lines(article) == []


# -- beside_stamp: a stamp line right above a name line or within the two lines under it ---------

# the lines, the index of the name line, whether a stamp line stands beside it
BESIDE_STAMP = [
    (["Published: Aug 13, 2024 11:14 AM", "Jane Roe", OPENING], 1, True),  # right above, the first line
    (["Jane Roe", "Published 3 seconds ago", OPENING], 0, True),  # a line like a stamp
    (["Jane Roe", OPENING, "Updated: Aug 13, 2024 11:14 AM"], 0, True),  # two lines under it
    (["Jane Roe", "Lahti", OPENING, "Monday 6:30PM"], 0, False),  # three lines under it
    (["Jane Roe", "Lahti", "Associated PressDecember 2, 2016", OPENING], 0, True),  # a date inside a line under it
    (["Associated PressDecember 2, 2016", "Jane Roe", OPENING], 1, False),  # ... but not above it
    (["Jane Roe", OPENING], 0, False),
]


@pytest.mark.parametrize(("lines", "index", "expected"), BESIDE_STAMP)
def test_beside_stamp(lines: list[str], index: int, expected: bool) -> None:
    text = "\n".join(lines) + "\n"
    state = ParseState(text, split_lines(text))
    assert ArticleParser().beside_stamp(state, index) is expected
    assert (state.published, state.byline, state.boilerplate) == (None, None, [])  # only asked


# -- header_debris_kind: what an unclaimed header line is ----------------------------------------

# the line under the headline, the lines after it, the kind with a headline and without one
DEBRIS = [
    ("Local news", [PROSE], "other", "other"),  # no running text
    ("Two people in China have been diagnosed with the plague,...", [PROSE], "other", "other"),  # a cut teaser
    (STANDFIRST, [PROSE], None, None),  # running text that more follows: the body starts
    (STANDFIRST, ["By Ana Lima", PROSE], "standfirst", "other"),  # the header goes on under it
    (STANDFIRST, [PROSE, STANDFIRST], "standfirst", "other"),  # a teaser the body prints again
]


@pytest.mark.parametrize(("line", "after", "with_headline", "without"), DEBRIS)
def test_header_debris_kind(line: str, after: list[str], with_headline: str | None, without: str | None) -> None:
    parser = ArticleParser()
    text = "\n".join(["Flooding closes roads", line, *after]) + "\n"
    state = ParseState(text, split_lines(text))
    assert parser.header_debris_kind(state, 1) == without
    state.headline = parser.headline.parse(state.lines, 0, sentences=False)
    assert state.headline is not None
    assert parser.header_debris_kind(state, 1) == with_headline


# -- inline_stamp: a date inside a short header line -------------------------------------------

# the line under the headline, the reference date, the stamp's text (None for none)
INLINE_STAMPS = [
    ("LinkNaija October 06, 2018", None, "October 06, 2018"),
    ("LinkNaija October 06", dt.date(2018, 10, 20), "October 06"),  # the year from the reference date
    ("LinkNaija October 06", None, None),
    ("Lahti Daily News Online Edition October 06, 2018 by the news desk", None, "October 06, 2018"),  # 12 words
    ("Lahti Daily News Online Edition October 06, 2018 by the news desk team", None, None),  # 13
    ("Lahti Daily | News | Sports | Weather | October 06, 2018 | Jane Roe", None, None),
]


@pytest.mark.parametrize(("line", "reference", "stamp"), INLINE_STAMPS)
def test_header_inline_stamp(line: str, reference: dt.date | None, stamp: str | None) -> None:
    text = "Flooding closes roads\n" + line + "\n" + PROSE + "\n"
    state = ParseState(text, split_lines(text), reference)
    claimed = ArticleParser().header_inline_stamp(state, 1, False)
    assert claimed == (0 if stamp is None else 1)
    assert (state.published.text if state.published else None) == stamp


def test_header_goes_on_looks_from_the_line_it_is_given() -> None:
    text = "By Ana Lima\nFlooding closes roads\n" + STANDFIRST + "\nLocal news\n" + PROSE + "\n"
    state = ParseState(text, split_lines(text))
    parser = ArticleParser()
    assert parser.header_goes_on(state, 2) is False
    assert parser.header_goes_on(state, 0) is True
    assert state.byline is None


# -- bare_byline: a byline without "By" under the headline ---------------------------------------

# the lines under the headline, the lines claimed, the byline's text (None for none)
BARE_BYLINES = [
    (["Ben Silverman", "Games Editor"], 2, "Ben Silverman Games Editor"),  # a name over its role, at the end of the text
    (["Ben Silverman", "Games Editor", "", PROSE], 2, "Ben Silverman Games Editor"),
    (["Debbie White", "Published: Aug 13, 2024 11:14 AM", PROSE], 1, "Debbie White"),  # beside a stamp
    (["Bruce Y. Lee Senior Contributor", PROSE], 1, "Bruce Y. Lee Senior Contributor"),  # a name and a role
    (["", "Patrick Frye", PROSE], 1, "Patrick Frye"),  # a name alone over the first paragraph
    (["Dive Deeper", "By Ana Lima", PROSE], 0, None),  # a byline with "By" comes next
    (["Dive Deeper", "Published: Aug 13, 2024 11:14 AM", "By Ana Lima", PROSE], 0, None),  # two lines on
    (["Reuters", "Games Editor", PROSE], 0, None),  # an agency over a role
]


@pytest.mark.parametrize(("lines", "claimed", "byline"), BARE_BYLINES)
def test_header_bare_byline(lines: list[str], claimed: int, byline: str | None) -> None:
    parser = ArticleParser()
    text = "Flooding closes roads\n" + "\n".join(lines) + "\n"
    state = ParseState(text, split_lines(text))
    # no headline above it: only a name over its role in its block is a byline there (layX)
    assert parser.header_bare_byline(state, 1, True) == (claimed if lines[:2] == ["Ben Silverman", "Games Editor"] else 0)
    state.headline = parser.headline.parse(state.lines, 0, sentences=False)
    assert parser.header_bare_byline(state, 1, True) == claimed
    assert state.byline is None  # only asked
    assert parser.header_bare_byline(state, 1, False) == claimed
    assert (state.byline.text if state.byline else None) == byline


# -- header_boilerplate: a credit line credits something above it --------------------------------

# the text, the section, the index of the credit line, the lines claimed, the boilerplate, the captions
HEADER_CREDITS = [
    # the first line has nothing above it: over a headline, it credits a picture the copy left out
    ("Photo: Jane Doe/AP\nFlooding closes roads\n", (), 0, 1, ["Photo: Jane Doe/AP"], 0),
    ("WORLD\nPhoto: Jane Doe/AP\nFlooding closes roads\n", ("WORLD",), 1, 1, ["Photo: Jane Doe/AP"], 0),
    # over a byline, or alone, it is left to the headline rule
    ("Photo: Jane Doe/AP\nBy Jane Roe\n", (), 0, 0, [], 0),
    ("Photo: Jane Doe/AP\n", (), 0, 0, [], 0),
    # a credit line under something is a picture's caption of its own
    ("Flooding closes roads\nPhoto: Jane Doe/AP\n", (), 1, 1, [], 1),
    ("WORLD\nFlooding closes roads\nPhoto: Jane Doe/AP\n", ("WORLD",), 2, 1, [], 1),
]


@pytest.mark.parametrize(("text", "section", "index", "claimed", "boilerplate", "captions"), HEADER_CREDITS)
def test_header_credit_line(
    text: str, section: tuple[str, ...], index: int, claimed: int, boilerplate: list[str], captions: int
) -> None:
    state = ParseState(text, split_lines(text), section=section)
    assert ArticleParser().header_boilerplate(state, index, True) == claimed
    assert state.boilerplate == []  # only asked
    assert ArticleParser().header_boilerplate(state, index, False) == claimed
    assert [line.text for line in state.boilerplate] == boilerplate
    assert all(line.kind == "credit" for line in state.boilerplate)
    assert [(c.text, c.credit) for c in state.captions] == [("Photo: Jane Doe/AP", "Jane Doe/AP")] * captions


def test_a_header_credit_line_gives_its_credit_to_the_caption_right_above_it() -> None:
    # the caption rule has read the line above without a credit; the credit line under it is asked
    # on its own (the whole pipeline reads both lines in one go, see test_caption_parser.py)
    caption = "Volunteers clear mud from a street in Lahti on Tuesday."
    text = "Flooding closes roads\n" + caption + "\nPhoto: Jane Doe/AP\n"
    state = ParseState(text, split_lines(text))
    state.captions.append(CaptionLine(caption, None, Span(22, 77)))
    assert ArticleParser().header_boilerplate(state, 2, False) == 1
    assert [(c.text, c.credit, c.span) for c in state.captions] == [(caption, "Jane Doe/AP", Span(22, 77))]
    assert [(b.kind, b.text, b.span) for b in state.boilerplate] == [("credit", "Photo: Jane Doe/AP", Span(78, 96))]


def test_a_stamp_without_a_year_beside_the_byline_takes_the_reference_year() -> None:
    text = (
        "Flooding closes roads in Lahti\nBy Jane Roe | Nov 18, 9:41 AM\n\n"
        "Heavy rain flooded dozens of streets in southern Finland on Tuesday, and the fire service said it had "
        "received more than 300 calls.\n"
    )
    article = ArticleParser().parse(text, reference_date=dt.date(2019, 11, 20))
    assert article.byline is not None
    assert (article.byline.text, article.byline.span) == ("By Jane Roe", Span(31, 42))
    assert article.published is not None
    assert (article.published.datetime, article.published.text, article.published.span) == (
        dt.datetime(2019, 11, 18, 9, 41),
        "Nov 18, 9:41 AM",
        Span(45, 60),
    )


# -- opens_without_headline: a text whose first line is its first paragraph ----------------------

FIRST = (
    "Heavy rain flooded dozens of streets in southern Finland on Tuesday, and the fire service said it had "
    "received more than 300 calls."
)
NEXT = "The city closed two schools and asked drivers to stay away from the flooded streets of the old town until Wednesday."

# the lines, whether the first is the first paragraph of a text without a headline
NO_HEADLINE = [
    ([FIRST], True),  # one line of running text
    ([FIRST, NEXT], True),
    (['"' + FIRST + '"', NEXT], True),  # a full stop inside the closing quotation mark
    ([FIRST[:-1], NEXT], False),  # no full stop
    ([FIRST[:-1] + "?", NEXT], False),
    ([FIRST, "Updated Nov 19, 9:41 AM", NEXT], False),  # a stamp line under it
    ([FIRST, "By Ana Lima", NEXT], False),  # the header goes on
    # half the words capitalised is not title case; more is
    (["Heavy Rain In Lahti Flooded Dozens Of Streets In Finland on the first day, and the fire service was busy.", NEXT], True),
    (["Heavy Rain In Lahti Flooded Dozens Of Streets In Finland On the first day, and the fire service was busy.", NEXT], False),
    (["Flooding closes roads", NEXT], False),
    # a word whose second character is no letter counts too: "U.S." is one of the capitalised words
    (["Heavy Rain In U.S. Towns Flooded Dozens Of Streets In Ohio on the first day, and the fire service was busy.", NEXT], False),
    ([FIRST, "Updated Nov 19, 9:41 AM"], False),  # a stamp line under it, the last line of the text
]


@pytest.mark.parametrize(("lines", "expected"), NO_HEADLINE)
def test_opens_without_headline(lines: list[str], expected: bool) -> None:
    text = "\n".join(lines) + "\n"
    assert ArticleParser().opens_without_headline(ParseState(text, split_lines(text)), 0) is expected


def test_the_last_line_of_the_text_may_be_its_first_paragraph() -> None:
    # a section kicker over one paragraph: the paragraph is the last line, with nothing under it
    text = "WORLD\n" + FIRST + "\n"
    assert ArticleParser().opens_without_headline(ParseState(text, split_lines(text)), 1) is True
    article = ArticleParser().parse(text)
    assert (article.section, article.headline) == (("WORLD",), None)
    assert [(p.text, p.span) for p in article.paragraphs] == [(FIRST, Span(6, 6 + len(FIRST)))]


# -- tells_the_day: a lede says when; a standfirst seldom does -----------------------------------

# the line, whether it names the day of the news
NEWS_DAYS = [
    ("The council voted on Monday to close the pool.", True),  # a weekday
    ("Yesterday, flooding closed roads across the north.", True),  # a news-day word, capitalised
    ("Flooding closed roads across the north overnight.", True),
    ("Flooding closed the main roads across the city.", False),
    ("The former mayor died on Jan. 2.", True),  # a month, then its day (with a full stop after it)
    ("Turnout fell on March 3 at most stations.", True),
    ("3 March was the day of the vote.", True),  # the day before the month, first in the line
    ("March 3 was the day of the vote.", True),  # the month first in the line
    ("Schools reopen on 3rd March across the region.", True),
    ("The March for Science drew thousands.", False),  # a month name with no day beside it
    ("Rates rose 3 in March, the bank said.", False),  # a number two words before the month
    ("Turnout in March at 10 stations fell.", False),  # a number two words after it
    ("Officials said 2 may be enough.", False),  # "may" in lower case is no month
]


@pytest.mark.parametrize(("line", "expected"), NEWS_DAYS)
def test_tells_the_day(line: str, expected: bool) -> None:
    assert ArticleParser().tells_the_day(line) is expected


# -- is_lead_in: a sentence ending in a colon that leads into the story ----------------------------

# the line, whether it leads into the story
LEAD_INS = [
    ("Your mindset matters more than you think. Here's why:", True),
    ("Here is what we know about the plan for Route A:", True),  # a last word of one letter
    ("Here's why:", False),  # too few words
    ("WHAT WE KNOW ABOUT THE PLAN SO FAR:", False),  # capitals
    ("Follow the city desk on Facebook and Twitter for updates:", False),  # boilerplate
    ("Your mindset matters more than you think. Here's why.", False),  # no colon
]


@pytest.mark.parametrize(("line", "expected"), LEAD_INS)
def test_is_lead_in(line: str, expected: bool) -> None:
    assert ArticleParser().is_lead_in(Line(line, Span(0, len(line)), 0, True)) is expected


def test_a_lead_in_of_prose_chars_is_read_and_a_longer_one_is_not() -> None:
    parser = ArticleParser()
    start = "Your mindset matters more than you think, and here is why "
    filler = "it does " * (parser.PROSE_CHARS // 8)
    line = (start + filler)[: parser.PROSE_CHARS - 1].rstrip() + ":"
    line = line[:-1] + " " * (parser.PROSE_CHARS - len(line)) + ":"
    assert len(line) == parser.PROSE_CHARS
    assert parser.is_lead_in(Line(line, Span(0, len(line)), 0, True)) is True
    longer = "A" + line
    assert parser.is_lead_in(Line(longer, Span(0, len(longer)), 0, True)) is False


# -- is_long_paragraph: a paragraph no standfirst is ------------------------------------------------

LONG_FIRST = (
    "Heavy rain flooded dozens of streets in southern Finland on Tuesday, and the fire service said it had "
    "received more than 300 calls since the morning. "
)


def _words(count: int) -> str:
    """Two sentences of exactly *count* words."""
    more = " More rain is expected in the north and the east of the country this week and next week too"
    words = (LONG_FIRST + more).split()[:count]
    return " ".join(words).rstrip(".") + "."


# the lines, the index, whether it is a long paragraph
LONG_PARAGRAPHS = [
    ([_words(41), "The city closed two schools."], 0, True),
    ([_words(40), "The city closed two schools."], 0, False),  # not more than STANDFIRST_WORDS words
    ([LONG_FIRST.split(". ")[0] + " and " + LONG_FIRST.split(". ")[0].lower() + ".", "The city closed two schools."], 0, False),
    (["Flooding closes roads. Schools shut.", "The city closed two schools."], 0, False),  # two short sentences
    ([_words(41), "By Ana Lima", "The city closed two schools."], 0, False),  # a byline under it: the header goes on
    ([_words(41), "The city closed two schools.", "By Ana Lima"], 0, False),  # or on the line after that
    ([_words(41), "The city closed two schools.", "Roads reopen.", "By Ana Lima"], 0, True),  # further down
    (["Flooding closes roads", "By Ana Lima", _words(41), "The city closed two schools."], 2, True),
]


@pytest.mark.parametrize(("lines", "index", "expected"), LONG_PARAGRAPHS)
def test_is_long_paragraph(lines: list[str], index: int, expected: bool) -> None:
    text = "\n".join(lines) + "\n"
    assert ArticleParser().is_long_paragraph(ParseState(text, split_lines(text)), index) is expected


# -- in_link_list: one more item of a list of links under a related heading -----------------------

LINKS = [
    "Council approves new bus lanes on Main Street",
    "Storm knocks out power to thousands",
    "Library reopens after two-year renovation",
    "Local bakery wins national bread award",
    "School board delays vote on calendar",
    "Police seek witnesses to late-night crash",
    "Farmers brace for a dry summer",
    "New bridge opens to cyclists",
    "Museum adds a wing for modern art",
    "Hospital names a new chief",
    "Park cleanup draws hundreds of volunteers",
]
ITEM = "Ferry service resumes after repairs"


# the lines, the kind each is filed under (None: not filed), whether the last line is one more item
LINK_LISTS = [
    (["Most Popular", LINKS[0], ITEM], ["related", "other", None], True),
    (["Most Popular", ITEM], ["related", None], True),  # right under the heading
    (["Most Popular", LINKS[0], LINKS[1], ITEM], ["related", "other", "other", None], True),
    (["Most Popular", *LINKS, ITEM], ["related"] + ["other"] * 11 + [None], True),  # the heading 12 lines up
    (["Most Popular", LINKS[0], LINKS[1], ITEM], ["related", None, "other", None], False),  # a line not filed
    (["Most Popular", LINKS[0], LINKS[1], ITEM], ["related", "other", None, None], False),  # the line right above
    (["Most Popular", "The council approved the new bus lanes on Tuesday.", ITEM], ["related", "other", None], False),
    ([LINKS[0], LINKS[1], ITEM], ["other", "other", None], False),  # no heading
    (["Flooding closes roads", "Most Popular", LINKS[0], ITEM], [None, "related", "other", None], True),
]


@pytest.mark.parametrize(("lines", "kinds", "expected"), LINK_LISTS)
def test_in_link_list(lines: list[str], kinds: list[str | None], expected: bool) -> None:
    text = "\n".join(lines) + "\n"
    state = ParseState(text, split_lines(text))
    for line, kind in zip(state.lines, kinds, strict=True):
        if kind is not None:
            state.add_boilerplate(line, kind)
    assert ArticleParser().in_link_list(state, len(lines) - 1) is expected


def test_a_list_heading_more_than_list_lookback_lines_up_is_not_looked_at() -> None:
    lines = ["Most Popular", *LINKS, "Hospital opens a new wing", ITEM]
    text = "\n".join(lines) + "\n"
    state = ParseState(text, split_lines(text))
    for line, kind in zip(state.lines, ["related"] + ["other"] * 12, strict=False):
        state.add_boilerplate(line, kind)
    assert ArticleParser().in_link_list(state, 13) is False


# -- a credit line under the byline: the story's photographer, or a caption's credit ---------------

CREDIT_END = "The city closed two schools and asked drivers to stay away from the old town.\n"

# the text, the byline, the captions (text, credit), the boilerplate (kind, text)
BYLINE_CREDITS = [
    # right under the byline: the photographer of the story, boilerplate
    (
        "Flooding closes roads\nBy Ana Lima\nPhotographs by Jo Roe\n\n" + LEDE + CREDIT_END,
        [],
        [("credit", "Photographs by Jo Roe")],
    ),
    # a blank line between: a picture printed with a credit only
    (
        "Flooding closes roads\nBy Ana Lima\n\nPhoto: Jo Roe\n\n" + LEDE + CREDIT_END,
        [("Photo: Jo Roe", "Jo Roe")],
        [],
    ),
    # ... but a credit for all the story's pictures stays the photographer's credit (mendLT69)
    (
        "Flooding closes roads\nBy Ana Lima\n\nPhotographs by Jo Roe\n\n" + LEDE + CREDIT_END,
        [],
        [("credit", "Photographs by Jo Roe")],
    ),
    # the author's title right under the byline takes no credit: the credit line is a caption of its own
    (
        "Flooding closes roads\nBy Ana Lima\nCity Hall reporter covering transport\nPhoto: Jo Roe/AP\n\n" + LEDE + CREDIT_END,
        [("Photo: Jo Roe/AP", "Jo Roe/AP")],
        [("other", "City Hall reporter covering transport")],
    ),
    # with a blank line under the byline, the line above the credit is its caption
    (
        "Flooding closes roads\nBy Ana Lima\n\nFirefighters pump water from a flooded street in Lahti\nPhoto: Jo Roe/AP\n\n"
        + LEDE
        + CREDIT_END,
        [("Firefighters pump water from a flooded street in Lahti", "Jo Roe/AP")],
        [("credit", "Photo: Jo Roe/AP")],
    ),
    # in the body, under a late byline
    (
        "Flooding closes roads\n\n" + LEDE + "By Ana Lima\nPhotographs by Jo Roe\n\n" + CREDIT_END,
        [],
        [("credit", "Photographs by Jo Roe")],
    ),
]


@pytest.mark.parametrize(("text", "captions", "boilerplate"), BYLINE_CREDITS)
def test_a_credit_line_under_the_byline(
    text: str, captions: list[tuple[str, str | None]], boilerplate: list[tuple[str, str]]
) -> None:
    article = ArticleParser().parse(text)
    assert article.byline is not None and article.byline.text == "By Ana Lima"
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate
    assert lost_lines(article) == []


# -- build: what the stages hand on (the page's layout, the year of a dateline, the names) -----------


def test_a_short_body_takes_its_layout_from_the_page() -> None:
    # a web page with blank lines between its blocks: a line break without one is a <br>
    text = (
        "Flooding closes roads\n\nBy Ana Lima\n\nPublished Aug 13, 2024\n\n"
        "The city closed two schools on Tuesday.\nBuses were sent around the old town.\n"
    )
    article = ArticleParser().parse(text)
    assert [(p.text, p.span) for p in article.paragraphs] == [
        ("The city closed two schools on Tuesday. Buses were sent around the old town.", Span(60, 136))
    ]


DATELINED = (
    "LAHTI, Finland, Aug. 13 (AP) — Heavy rain flooded dozens of streets in southern Finland, and the fire "
    "service said it had received more than 300 calls.\n\nThe city closed two schools.\n"
)

# the text, the reference date, the dateline's date
DATELINE_YEARS = [
    ("Flooding closes roads\nPublished: Aug 14, 2024 11:14 AM\n\n" + DATELINED, None, dt.date(2024, 8, 13)),
    ("Flooding closes roads\n\n" + DATELINED, dt.date(2023, 9, 1), dt.date(2023, 8, 13)),
    ("Flooding closes roads\n\n" + DATELINED, dt.datetime(2023, 9, 1, 8, 30), dt.date(2023, 8, 13)),
    ("Flooding closes roads\n\n" + DATELINED, None, newsparse.MonthDay(8, 13)),
]


@pytest.mark.parametrize(("text", "reference", "date"), DATELINE_YEARS)
def test_a_dateline_without_a_year_takes_the_stamp_s_or_the_reference_year(
    text: str, reference: dt.date | None, date: object
) -> None:
    article = ArticleParser().parse(text, reference_date=reference)
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.date) == ("LAHTI, Finland, Aug. 13 (AP) —", date)
    assert article.paragraphs[0].text.startswith("Heavy rain flooded")


QUOTED = (
    "\n\nThe city closed two schools on Tuesday, and the mayor's office said buses would run around the old town."
    "\n\n\u201cWe will rebuild every street,\u201d Lima said on Tuesday.\n"
)

# the text, the speaker of the quote in the last paragraph: a full name from the headline or a
# caption, never from a photographer's credit
CONTEXT_NAMES = [
    ("Mayor Ana Lima vows to rebuild the flooded town" + QUOTED, "Ana Lima"),
    ("Flooding closes roads" + QUOTED, "Lima"),
    ("Flooding closes roads\n\nMayor Ana Lima visits the flooded old town on Tuesday. (AP Photo/Jo Lima)" + QUOTED, "Ana Lima"),
    (
        "Flooding closes roads\n\nFirefighters pump water from a street in the old town on Tuesday. (AP Photo/Jo Lima)" + QUOTED,
        "Lima",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CONTEXT_NAMES)
def test_the_headline_and_captions_name_the_speakers(text: str, speaker: str) -> None:
    article = ArticleParser().parse(text)
    last = [q for q in article.quotes if q.paragraph == len(article.paragraphs) - 1]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in last] == [("We will rebuild every street,", speaker)]


def test_a_text_without_a_headline_has_its_quotes() -> None:
    text = (
        "Heavy rain flooded dozens of streets in southern Finland on Tuesday, and the fire service said it had "
        "received more than 300 calls.\n\n\u201cWe will rebuild every street,\u201d Mayor Ana Lima said.\n"
    )
    article = ArticleParser().parse(text)
    assert article.headline is None
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes][-1] == (
        "We will rebuild every street,",
        "Ana Lima",
    )


# -- read_section: the kicker on the first line, over a headline -----------------------------------

# the text, the section, its span, the headline
SECTIONS = [
    ("WORLD\nFlooding closes roads in the north\n\n" + LEDE, ("WORLD",), Span(0, 5), "Flooding closes roads in the north"),
    (
        "News > World\nFlooding closes roads in the north\n\n" + LEDE,
        ("News", "World"),
        Span(0, 12),
        "Flooding closes roads in the north",
    ),
    ("WORLD\nFlooding closes roads in the north", ("WORLD",), Span(0, 5), None),  # two lines are enough
    ("WORLD", (), None, "WORLD"),
    ("WORLD\nPhoto: Jane Doe/AP\n\n" + LEDE, (), None, "WORLD"),  # boilerplate under it
    ("WORLD\nAug 13, 2024 11:14 AM\n\n" + LEDE, (), None, "WORLD"),  # a stamp under it
    ("WORLD\n" + LEDE, (), None, "WORLD"),  # a dateline under it
]


@pytest.mark.parametrize(("text", "section", "span", "headline"), SECTIONS)
def test_read_section(text: str, section: tuple[str, ...], span: Span | None, headline: str | None) -> None:
    article = ArticleParser().parse(text)
    assert (article.section, article.section_span) == (section, span)
    assert (article.headline.text if article.headline else None) == headline


def test_the_stamps_and_the_section_reach_the_article() -> None:
    text = "WORLD\nFlooding closes roads in the north\nUpdated: Aug 14, 2024 11:14 AM\n\n" + LEDE
    article = ArticleParser().parse(text)
    assert article.updated is not None and article.updated.text == "Aug 14, 2024 11:14 AM"
    assert article.updated.span == Span(50, 71)
    assert article.section_span == Span(0, 5)
    assert article.published is None


# -- in_order: the boilerplate in input order ------------------------------------------------------


def _boilerplate(*spans: tuple[int, int]) -> list[newsparse.Boilerplate]:
    return [newsparse.Boilerplate("x" * (end - start), "other", Span(start, end)) for start, end in spans]


# the spans as found, the spans in order
IN_ORDER = [
    ([(0, 5), (6, 9)], [(0, 5), (6, 9)]),
    ([(6, 9), (0, 5)], [(0, 5), (6, 9)]),
    ([(5, 8), (0, 10)], [(0, 10), (5, 8)]),  # a later start, an earlier end
    ([(0, 10), (0, 5)], [(0, 5), (0, 10)]),  # the same start: the shorter first
    ([(3, 4), (0, 9)], [(0, 9), (3, 4)]),
    ([(0, 5), (0, 5)], [(0, 5), (0, 5)]),
]


@pytest.mark.parametrize(("found", "ordered"), IN_ORDER)
def test_in_order(found: list[tuple[int, int]], ordered: list[tuple[int, int]]) -> None:
    result = ArticleParser.in_order(_boilerplate(*found))
    assert isinstance(result, tuple)
    assert [(b.span.start, b.span.end) for b in result] == ordered


def test_in_order_keeps_a_short_list_and_takes_a_long_one_compactly() -> None:
    text = "x" * 400
    short = BoilerplateList(text, _boilerplate((0, 5), (6, 9)))
    assert [b.span for b in ArticleParser.in_order(short)] == [Span(0, 5), Span(6, 9)]
    assert len(short) == 2  # left as it was
    count = BoilerplateLines.COMPACT_FROM
    spans = [(i * 3, i * 3 + 2) for i in range(count)]
    assert [(b.span.start, b.span.end) for b in ArticleParser.in_order(_boilerplate(*spans))] == spans
    long = BoilerplateList(text, _boilerplate(*spans))
    assert [(b.span.start, b.span.end) for b in ArticleParser.in_order(long)] == spans
    assert len(long) == 0  # given up compactly


# -- read_header and read_body: each line in one part --------------------------------------------

# the text, the headline, the boilerplate (kind, text), the paragraphs' first words
PIPELINE = [
    ("Flooding closes roads\n\n" + LEDE, "Flooding closes roads", [], ["Heavy rain flooded dozen"]),
    # a share line of plain prose in the body still goes through the boilerplate rule
    (
        "Flooding closes roads\n\nHeavy rain flooded the streets of the old town on Tuesday, officials said.\n"
        "Follow the city desk on Facebook and Twitter for more news.\n\nThe city closed two schools.\n",
        "Flooding closes roads",
        [("share", "Follow the city desk on Facebook and Twitter for more news.")],
        ["Heavy rain flooded the s", "The city closed two scho"],
    ),
]


@pytest.mark.parametrize(("text", "headline", "boilerplate", "paragraphs"), PIPELINE)
def test_each_line_goes_to_one_part(text: str, headline: str, boilerplate: list[tuple[str, str]], paragraphs: list[str]) -> None:
    article = ArticleParser().parse(text)
    assert article.headline is not None and article.headline.text == headline
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate
    assert [p.text[:24] for p in article.paragraphs] == paragraphs
    assert lost_lines(article) == []


# -- is_plain_prose: a body line that only the prose rules see ------------------------------------

# the line, whether it is plain prose
PLAIN_PROSE = [
    ("Heavy rain flooded the streets of the old town on Tuesday, officials said.", True),
    ("\u201cWe will rebuild every street in the old town by the spring.\u201d", True),  # closers after the full stop
    ("Heavy rain flooded the streets of the old town, said Ana Lima.", False),  # a name at the end
    ("Heavy rain flooded the streets of the old town at 9 p.m.", False),  # a stamp's end
    ("Heavy rain flooded the streets of the old town", False),  # no sentence end
    ("Rain.", False),  # too few words
    ("大雨で市内の道路が冠水し、多くの住民が避難した。", False),  # no space: no last word to read
]


@pytest.mark.parametrize(("line", "expected"), PLAIN_PROSE)
def test_is_plain_prose(line: str, expected: bool) -> None:
    assert ArticleParser().is_plain_prose(split_lines(line)[0]) is expected


# -- is_prose: running text, with the lines that carry it on in hard-wrapped text -------------------

TWENTY = (
    "heavy rain flooded dozens of streets in southern Finland and the fire service said it had received more than three hundred"
)
WRAPPED = [
    "Heavy rain flooded dozens of streets in",
    "southern Finland on Tuesday, and the fire",
    "service said it had received more than",
    "300 calls since the morning, officials said.",
]

# the lines, the index, whether lines[index] starts running text
RUNNING_TEXT = [
    ([TWENTY], 0, True),  # twenty words, whatever the end
    ([" ".join(TWENTY.split()[:19])], 0, False),
    (["Heavy rain flooded dozens of streets on Tuesday."], 0, True),  # eight words that end a sentence
    (["Heavy rain flooded dozens of streets Tuesday."], 0, False),  # seven
    (["Here is what the city council decided on Tuesday night:"], 0, True),  # a colon ends it too
    (["HEAVY RAIN FLOODS DOZENS OF STREETS IN SOUTHERN FINLAND."], 0, False),  # no word in lower case
    (WRAPPED, 0, True),  # hard-wrapped: the lines that carry it on count
    (WRAPPED[:2], 0, False),  # fourteen words, no sentence end
    ([WRAPPED[0], "", *WRAPPED[1:]], 0, False),  # a blank line ends the paragraph
    (["Flooding closes roads", "Most read", "Share", "Sign up", "Weather", "Sport", "Flooding closes roads", *WRAPPED], 7, True),
]


@pytest.mark.parametrize(("lines", "index", "expected"), RUNNING_TEXT)
def test_is_prose(lines: list[str], index: int, expected: bool) -> None:
    text = "\n".join(lines) + "\n"
    assert ArticleParser().is_prose(split_lines(text), index) is expected


# -- header_dateline: a dateline ends the header, a place before a bare colon does not ----------------


class _ColonDatelines(newsparse.DatelineParser):
    COLON_DATELINES = True


COLON_STORY = " Heavy rain flooded dozens of streets on Tuesday, and the fire service said it had received 300 calls.\n"

# the line, what header_dateline returns for it
HEADER_DATELINES = [
    ("NEW DELHI:" + COLON_STORY, 0),  # a place before a bare colon: maybe a headline's label
    ("NEW DELHI (Reuters):" + COLON_STORY, newsparse.article.STOP),  # with an agency
    ("NEW DELHI, Aug 13:" + COLON_STORY, newsparse.article.STOP),  # with a date
    ("LAHTI, Finland (AP) \u2014" + COLON_STORY, newsparse.article.STOP),
    ("LAHTI, Finland \u2014" + COLON_STORY, newsparse.article.STOP),  # neither agency nor date, and no colon
    ("Flooding closes roads", 0),
]


@pytest.mark.parametrize(("line", "claimed"), HEADER_DATELINES)
def test_header_dateline(line: str, claimed: int) -> None:
    state = ParseState(line, split_lines(line))
    assert ArticleParser(dateline=_ColonDatelines()).header_dateline(state, 0, False) == claimed


# -- body_headline_again: the headline, or a standfirst, printed again in the body --------------------

PRINTED_STANDFIRST = "The storm is the worst to hit the region in a decade, and more rain is on the way, forecasters say."
TOP = "Flooding closes roads\n" + PRINTED_STANDFIRST + "\nBy Ana Lima\nPublished Aug 13, 2024\n\n"

# the text, the boilerplate (kind, first words), the paragraphs' first words
PRINTED_IN_BODY = [
    # the standfirst again under the lead picture, before the story: boilerplate
    (
        TOP + PRINTED_STANDFIRST + "\n\n" + LEDE + "The city closed two schools.\n",
        [("standfirst", "The storm is the worst to"), ("other", "The storm is the worst to")],
        ["Heavy rain flooded dozens", "The city closed two schoo"],
    ),
    # after the story has begun, it is the story's own text
    (
        TOP + LEDE + PRINTED_STANDFIRST + "\n\nThe city closed two schools.\n",
        [("standfirst", "The storm is the worst to")],
        ["Heavy rain flooded dozens", "The storm is the worst to", "The city closed two schoo"],
    ),
    # the headline again, anywhere in the body
    (
        "Flooding closes roads\n\n" + LEDE + "Flooding closes roads\n\nThe city closed two schools.\n",
        [("other", "Flooding closes roads")],
        ["Heavy rain flooded dozens", "The city closed two schoo"],
    ),
]


@pytest.mark.parametrize(("text", "boilerplate", "paragraphs"), PRINTED_IN_BODY)
def test_printed_again_in_the_body(text: str, boilerplate: list[tuple[str, str]], paragraphs: list[str]) -> None:
    article = ArticleParser().parse(text)
    assert [(b.kind, b.text[:25]) for b in article.boilerplate] == boilerplate
    assert [p.text[:25] for p in article.paragraphs] == paragraphs
    assert lost_lines(article) == []


def test_parse_article_passes_the_reference_date() -> None:
    text = "Flooding closes roads\n\n" + DATELINED
    article = newsparse.parse_article(text, reference_date=dt.date(2023, 9, 1))
    assert article.dateline is not None and article.dateline.date == dt.date(2023, 8, 13)
    assert article.text == text
    assert newsparse.parse_article(text).dateline.date == newsparse.MonthDay(8, 13)  # type: ignore[union-attr]


# -- ends_with_stamp: the blurb of a video or a gallery ends in a labelled stamp in brackets ----

BRACKET_STAMPS = [
    ("Firefighters battle the blaze overnight. (Published Monday, Nov. 18, 2019)", True),
    ("(Published Monday, Nov. 18, 2019)", True),  # the bracket opens the line
    ("Watch the clip (2 min) (Published Monday, Nov. 18, 2019)", True),  # the last bracket counts
    ("The club last won the title in the 2019 season)", False),  # a closing bracket only
    ("Firefighters battle the blaze overnight. (about 200 homes)", False),  # no label
    ("Firefighters battle the blaze overnight. (Published)", False),  # no digit
    ("The council approved the plan. (Monday, Nov. 18, 2019)", False),  # a date without a label
    ("Watch: the blaze (Published Monday, Nov. 18, 2019) 2:31", False),  # no bracket at the end
]


@pytest.mark.parametrize(("line", "expected"), BRACKET_STAMPS)
def test_ends_with_stamp(line: str, expected: bool) -> None:
    assert ArticleParser().ends_with_stamp(split_lines("Intro.\n" + line)[1]) is expected


def test_a_last_line_under_an_agency_name_is_no_caption_and_breaks_nothing() -> None:
    """``body_caption`` looks for running text after the line under an agency's name: on the
    text's last line there is none, and the line is not read as that name's caption."""
    text = (
        "Flats burn in city centre\n\nFirefighters worked through the night to bring the blaze in the"
        " flats under control, the city said on Sunday.\n\nEPA\n\nFirefighters search the flats after the blaze"
    )
    article = newsparse.parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        "Firefighters worked through the night to bring the blaze in the flats under control, the city said on Sunday."
    ]
    assert list(article.captions) == []
    assert [(part.kind, part.text) for part in article.boilerplate] == [
        ("other", "EPA"),
        ("other", "Firefighters search the flats after the blaze"),
    ]
