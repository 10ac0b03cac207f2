"""``ArticleParser`` on the pages that the 21 ``article.py`` mutants "not killed in the time" at
the fifth pass (docs/testing.md, "Mutation testing", sixth pass) showed no test pins: the
reference date a caller gives against an embedded post's, a quote in the headline, a caption
printed twice in two cases, a dateline whose date has no year near the reference date, the line
under a sign-off or a labelled caption, a wrapped sentence down to the text's last line, the
lines ``prose_follows`` looks past, a bare credit under a line that is no caption, and the
vocabulary of the parts built by default.  Each case asserts the part that changes: the exact
stamp, quote, speaker, dateline, caption, paragraph or boilerplate, with its span."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import ArticleParser, QuoteKind, Vocabulary, parse_article
from newsparse.article import ParseState
from newsparse.lines import split_lines

STORM = (
    "Thousands of homes across the county were left without power on Monday night after a storm "
    "brought down trees and lines."
)


# -- ArticleParser.parse: the reference date a caller gives is the one used ----------------------

EMBED_PAGE = (
    "Storm knocks out power to thousands across the county\n\n"
    "By Jane Roe\nPosted Nov 18, 8:19 PM\n\n"
    f"{STORM}\n\n"
    "A year ago to the day, the same street was flooded:\n\n"
    "Our street is completely under water tonight. Stay safe everyone.\n"
    "— Jane Roe (@janeroe) November 18, 2019\n\n"
    "More than 12,000 customers were still waiting for power on Tuesday morning, the utility said.\n"
)


@pytest.mark.parametrize(
    ("reference", "published"),
    [
        # the caller's day dates the stamp without a year, not the old post the story embeds
        (dt.date(2020, 11, 19), dt.datetime(2020, 11, 18, 20, 19)),
        # no day given: the embedded post's year dates it
        (None, dt.datetime(2019, 11, 18, 20, 19)),
    ],
)
def test_a_reference_date_given_is_not_replaced_by_an_embedded_post(
    reference: dt.date | None, published: dt.datetime
) -> None:
    article = parse_article(EMBED_PAGE, reference_date=reference)
    assert article.published is not None
    assert (article.published.datetime, article.published.text, article.published.span.start) == (
        published,
        "Nov 18, 8:19 PM",
        74,
    )
    assert article.updated is None


LEAP_PAGE = (
    "Leap day storm knocks out power across the county\n\n"
    "By Jane Roe\nPosted Feb 29, 8:19 PM\n\n"
    "Thousands of homes across the county were left without power on Saturday night after a storm "
    "brought down trees and lines.\n\n"
    "Our street is completely dark tonight. Stay safe everyone.\n"
    "— Jane Roe (@janeroe) February 29, 2020\n\n"
    "More than 12,000 customers were still waiting for power on Sunday morning, the utility said.\n"
)


@pytest.mark.parametrize(
    ("reference", "published"),
    [
        (None, dt.datetime(2020, 2, 29, 20, 19)),
        (dt.date(2020, 3, 2), dt.datetime(2020, 2, 29, 20, 19)),
        # no 29 February near the caller's day: no date, rather than the embedded post's year
        (dt.date(2023, 6, 1), None),
    ],
)
def test_a_leap_day_stamp_is_dated_by_the_reference_date_given(
    reference: dt.date | None, published: dt.datetime | None
) -> None:
    article = parse_article(LEAP_PAGE, reference_date=reference)
    assert (article.published.datetime if article.published else None) == published
    assert [b.text for b in article.boilerplate] == ([] if published else ["Posted Feb 29, 8:19 PM"])


# -- ArticleParser.build: the headline's quote, and every print of a caption -------------------

STRIKE = (
    "'We will not back down,' says union chief\n\nBy Jane Roe\n\n"
    "Union leaders vowed on Tuesday to keep up their strike over pay, as talks with the city broke down "
    "for a third week running.\n\n"
    '"We have waited long enough," said Maria Lopez, the union\'s president.\n'
)


def test_the_quote_in_the_headline_comes_first() -> None:
    article = parse_article(STRIKE)
    assert [(q.text, q.span.start, q.span.end, q.kind, q.paragraph) for q in article.quotes] == [
        ("We will not back down,", 1, 23, QuoteKind.DIRECT, None),
        (
            "to keep up their strike over pay, as talks with the city broke down for a third week running",
            87,
            179,
            QuoteKind.INDIRECT,
            0,
        ),
        ("We have waited long enough,", 183, 210, QuoteKind.DIRECT, 1),
    ]


FIRE = (
    "Crews Contain Warehouse Fire\n\n"
    "{first} (Photo: Jo Li/City Herald)\n\n"
    "Crews contained a fire at a warehouse on the east side of the city on Tuesday after battling the "
    "blaze for most of the night.\n\n"
    '"We were stretched thin, but nobody was hurt," Okafor said.\n\n'
    "{second} (Photo: Jo Li/City Herald)\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # printed in title case first, in sentence case at the foot: the second print names her
        (
            "Fire Chief Mariana Okafor Briefs Reporters Near The Scene",
            "Fire chief Mariana Okafor briefs reporters near the scene",
        ),
        (
            "Fire chief Mariana Okafor briefs reporters near the scene",
            "Fire Chief Mariana Okafor Briefs Reporters Near The Scene",
        ),
    ],
)
def test_every_print_of_a_caption_names_the_speaker(first: str, second: str) -> None:
    article = parse_article(FIRE.format(first=first, second=second))
    assert [(c.text, c.credit, [(s.start, s.end) for s in c.spans]) for c in article.captions] == [
        (first, "Jo Li/City Herald", [(30, 87), (304, 361)])
    ]
    assert [(q.text, q.speaker.name if q.speaker else None, q.speaker.mention if q.speaker else None) for q in article.quotes] == [
        ("We were stretched thin, but nobody was hurt,", "Mariana Okafor", "Okafor")
    ]


# -- ArticleParser.body_boilerplate: the line under a sign-off -----------------------------------

PORT = (
    "Port stays shut\n\nBy Jane Roe\n\n"
    "Ports along the coast closed on Monday as a storm moved in, and ferries will not run again until "
    "Wednesday, officials said.\n\n"
    "The ministry said the port would reopen on Friday.\nJane Roe for The Associated Press\n{tail}\n"
)


@pytest.mark.parametrize(
    ("tail", "kind"),
    [("Share this article", "share"), ("Topics: Storms, Ports", "related")],
)
def test_the_line_under_a_sign_off_is_read_too(tail: str, kind: str) -> None:
    article = parse_article(PORT.format(tail=tail))
    assert article.captions == ()
    assert [(p.span.start, p.span.end) for p in article.paragraphs] == [(30, 153), (155, 205)]
    assert [(b.text, b.kind, b.span.start) for b in article.boilerplate] == [
        ("Jane Roe for The Associated Press", "credit", 206),
        (tail, kind, 240),
    ]


# -- ArticleParser.header_dateline: a date written, whatever the reference date -----------------

METRO = (
    "Officials said the new metro line would open to passengers next month after years of delays.\n\n"
    "The line runs 20 km under the old city.\n"
)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # the dateline alone on its line over the story
        (f"Metro line to open\n\nNEW DELHI, Feb 29:\n\n{METRO}", (40, 132)),
        (f"Metro line to open\n\nNEW DELHI, Feb 29:\n{METRO}", (39, 131)),
        # the dateline opening the first paragraph
        (f"Metro line to open\n\nNEW DELHI, Feb 29: {METRO}", (39, 131)),
    ],
)
@pytest.mark.parametrize("reference", [None, dt.date(2023, 6, 1)])
def test_a_dateline_whose_date_has_no_year_near_the_reference_date(
    text: str, first: tuple[int, int], reference: dt.date | None
) -> None:
    # no 29 February within a year of the reference date: the date is left out, the place kept
    article = parse_article(text, reference_date=reference)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.text, article.dateline.span.start, article.dateline.span.end) == (
        "NEW DELHI",
        "NEW DELHI, Feb 29:",
        20,
        38,
    )
    assert (article.dateline.date is None) is (reference is not None)
    assert article.boilerplate == ()
    assert (article.paragraphs[0].span.start, article.paragraphs[0].span.end) == first


# -- ArticleParser.header_caption: a caption label claims two lines, no more --------------------

TEACHERS = "Thousands of teachers in England walked out on Tuesday in a dispute over pay, closing hundreds of schools.\n"


@pytest.mark.parametrize(
    ("text", "byline", "first"),
    [
        ("Teachers strike over pay\n\nImage caption\nTeachers march in London\n\n" + TEACHERS, None, 66),
        ("Teachers strike over pay\n\nImage caption\nTeachers march in London\nBy Jane Roe\n\n" + TEACHERS, (65, 76), 78),
    ],
)
def test_the_line_under_a_labelled_caption_is_read(text: str, byline: tuple[int, int] | None, first: int) -> None:
    article = parse_article(text)
    assert [(c.text, [(s.start, s.end) for s in c.spans]) for c in article.captions] == [
        ("Teachers march in London", [(40, 64)])
    ]
    assert ((article.byline.span.start, article.byline.span.end) if article.byline else None) == byline
    assert [(p.span.start, p.span.end) for p in article.paragraphs] == [(first, first + len(TEACHERS) - 1)]


# -- ArticleParser.is_prose: a wrapped sentence down to the text's last line --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 7 words on the line, 4 more on the last line of the text: one sentence of 11 words
        ("Storm closes ports\n\nFerries stopped running on Monday after the storm\nflooded the harbour.", True),
        ("Storm closes ports\n\nFerries stopped running on Monday after the storm\nflooded the harbour.\n", True),
        # the same line alone: 8 words that end no sentence
        ("Storm closes ports\n\nFerries stopped running on Monday after the storm", False),
        # a blank line between: the next line does not carry it on
        ("Storm closes ports\n\nFerries stopped running on Monday after the storm\n\nflooded the harbour.", False),
    ],
)
def test_is_prose_reads_a_wrapped_line_to_the_end_of_the_text(text: str, expected: bool) -> None:
    assert ArticleParser().is_prose(split_lines(text), 1) is expected


# -- ArticleParser.__init__: the default parts share the vocabulary given ----------------------


class LusaVocabulary(Vocabulary):
    AGENCIES = (*Vocabulary.AGENCIES, "Lusa")


def test_the_default_parts_are_built_with_the_vocabulary_given() -> None:
    # the caption parser reads a photographer's name (``Jane Roe/City Herald``) by the vocabulary's
    # titles, organisation words and names that are none: the parser's own, not a default one
    vocabulary = LusaVocabulary()
    parser = ArticleParser(vocabulary=vocabulary)
    assert parser.vocabulary is vocabulary
    assert parser.captions.names.vocabulary is vocabulary
    assert parser.byline.vocabulary is vocabulary


# -- ArticleParser.prose_follows: the caption under an agency's name is looked past -------------

STANDFIRST_LINE = (
    "The city will spend two million euros on new drains after the worst flooding in forty years, the mayor said."
)
RESCUE = (
    "Rescue teams worked through the night to reach villages cut off by the water, the regional government "
    "said on Thursday."
)
LONG_CAPTION = (
    "Volunteers clear mud from a street in Lahti after the river flooded it on Wednesday as rain kept falling "
    "on the town"
)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # the picture looked past, then one line that is no running text, then running text
        ([STANDFIRST_LINE, "EPA", "Volunteers clear mud from a street in Lahti", "Local news", RESCUE], True),
        # a caption of more than PROSE_WORDS words with no full stop, looked past to the byline
        ([STANDFIRST_LINE, "EPA", LONG_CAPTION, "By Ana Lima", RESCUE], False),
    ],
)
def test_prose_follows_looks_past_the_whole_picture(lines: list[str], expected: bool) -> None:
    text = "Flooding closes roads\n\n" + "\n".join(lines) + "\n"
    state = ParseState(text, split_lines(text))
    assert ArticleParser().prose_follows(state, 1) is expected
    assert (state.byline, state.captions, list(state.boilerplate)) == (None, [], [])


# -- ArticleParser.body_boilerplate: a bare credit with no paragraph line above it --------------


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_bare_credit_under_the_headline_printed_again(gap: str) -> None:
    # a picture page: the headline, printed again over the picture, its credit, and no story
    text = f"Ferries resume on Friday\n\nFerries resume on Friday{gap}Photo: Jo Li/City Herald\n"
    article = parse_article(text)
    credit = text.index("Photo")
    assert article.headline is not None and article.headline.span.start == 0
    assert [(c.text, c.credit, [(s.start, s.end) for s in c.spans]) for c in article.captions] == [
        ("Photo: Jo Li/City Herald", "Jo Li/City Herald", [(credit, credit + 24)])
    ]
    assert [(b.text, b.kind, b.span.start) for b in article.boilerplate] == [("Ferries resume on Friday", "other", 26)]
    assert article.paragraphs == ()


# -- ArticleParser.credit_previous: a line of the story that opens with "By" over a credit -------

HARBOUR = "By the harbour wall, crews stacked sandbags through the night."
CLOSED = (
    "Ports along the coast closed on Monday as a storm moved in, and ferries will not run again until Wednesday, "
    "officials said."
)
REOPEN = "The ministry said the port would reopen on Friday, after crews cleared the harbour."


@pytest.mark.parametrize("byline", ["By Jane Roe\n\n", ""])
def test_a_story_line_opening_with_by_over_a_credit_stays_a_paragraph(byline: str) -> None:
    text = f"Port stays shut\n\n{byline}{CLOSED}\n\n{HARBOUR}\nPhoto: Jo Li/City Herald\n\n{REOPEN}\n"
    article = parse_article(text)
    credit = text.index("Photo")
    assert [p.text for p in article.paragraphs] == [CLOSED, HARBOUR, REOPEN]
    assert article.paragraphs[1].span.end == credit - 1
    assert [(c.text, c.credit, [(s.start, s.end) for s in c.spans]) for c in article.captions] == [
        ("Photo: Jo Li/City Herald", "Jo Li/City Herald", [(credit, credit + 24)])
    ]
    assert article.boilerplate == ()


@pytest.mark.parametrize("title", ["Transport correspondent", "Staff Writer, City Herald"])
def test_the_authors_title_under_the_byline_over_a_credit_is_no_caption(title: str) -> None:
    text = f"Port stays shut\n\nBy Jane Roe\n{title}\nPhoto: Jo Li/City Herald\n\n{CLOSED}\n"
    article = parse_article(text)
    credit = text.index("Photo")
    # the title is the byline's role (layX), the credit under it a picture's
    assert article.byline is not None and article.byline.text == f"By Jane Roe {title}"
    assert (article.byline.span.start, article.byline.span.end) == (17, 29 + len(title))
    assert article.boilerplate == ()
    assert [(c.text, c.credit, [(s.start, s.end) for s in c.spans]) for c in article.captions] == [
        ("Photo: Jo Li/City Herald", "Jo Li/City Herald", [(credit, credit + 24)])
    ]
    assert [p.text for p in article.paragraphs] == [CLOSED]
