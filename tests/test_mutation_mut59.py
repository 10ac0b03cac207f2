"""Mutation pass mut59 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``33587475..835e5cca`` (stop 51), made by ``dev/mutants.py`` on main ``835e5cca``, and mut58's
leftovers found again on that code.  Each table pins down a rule whose mutants no test noticed: a
text and what must come out of it, or a predicate read on words written for it (see
docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from newsparse import ArticleParser, CaptionParser
from newsparse.boilerplate import BoilerplateParser
from newsparse.dateline import DatelineParser
from newsparse.lines import Line
from newsparse.quotes import QuoteParser
from newsparse.spans import Span
from newsparse.timestamp import TimestampParser
from newsparse.vocabulary import Vocabulary


class PlacesVocabulary(Vocabulary):
    """A user's vocabulary that knows three more names of places: one of five words, one of four,
    and one that is also the name of an agency (``Anadolu``)."""

    MORE_PLACES = frozenset({"Saint Vincent and the Grenadines", "Democratic Republic of Congo", "Anadolu"})

    def is_region_after_place(self, text: str) -> bool:
        return text in self.MORE_PLACES or super().is_region_after_place(text)


# DatelineParser.is_bracketed_place (mut58's 2 left): a place alone in brackets before a lede is a
# dateline's place when the vocabulary knows it, it has at most PLACE_WORDS (4) words and it is no
# agency's name
BRACKETED_PLACES = [
    ("Democratic Republic of Congo", True),  # four words: the bound
    ("Bosnia and Herzegovina", True),
    ("Papua  New Guinea", True),  # the spaces folded
    ("Saint Vincent and the Grenadines", False),  # five words, known, past the bound
    ("Anadolu", False),  # a place of this vocabulary, and an agency: "(Anadolu)" is the agency's
    ("Jean Roy", False),  # a name the vocabulary does not know as a place
    ("", False),
]


@pytest.mark.parametrize(("place", "expected"), BRACKETED_PLACES)
def test_bracketed_place(place: str, expected: bool) -> None:
    assert DatelineParser(vocabulary=PlacesVocabulary()).is_bracketed_place(place) is expected


def stamps_of(text: str) -> list[tuple[str, str, str]]:
    """``(text, ISO time, kind)`` of each stamp a parser built for the call reads on the line *text*
    (the timestamp parser compiles its patterns in its constructor)."""
    line = Line(text, Span(0, len(text)), 0, False)
    return [(s.text, s.datetime.isoformat(), s.kind.value) for s in TimestampParser().parse([line], 0)]


# TimestampParser.zone_may_decide (a dashed date that reads both ways, its zone in the next piece)
# from the line's first character; TimestampParser.parse skipping the piece joined to it, and only
# that one; TimestampParser.segments and the agency-tail pattern of the constructor: an agency in
# brackets that ends the line is cut off the stamp
STAMP_LINES = [
    ("03-07-2026 | 11:52 AM IST", [("03-07-2026 | 11:52 AM IST", "2026-07-03T11:52:00+05:30", "published")]),
    ("3-7-2026 | 11:52 AM IST", [("3-7-2026 | 11:52 AM IST", "2026-07-03T11:52:00+05:30", "published")]),
    ("03-07-2026 | 11:52 AM EST", [("03-07-2026 | 11:52 AM EST", "2026-03-07T11:52:00-05:00", "published")]),
    # the date undecided alone, its zone in no next piece: the labelled stamp after it is read
    ("03-07-2026 | Updated: 03-07-2026 11:52 AM IST", [("03-07-2026 11:52 AM IST", "2026-07-03T11:52:00+05:30", "updated")]),
    ("Published March 3, 2025 10:00 GMT [Reuters]", [("March 3, 2025 10:00 GMT", "2025-03-03T10:00:00+00:00", "published")]),
    ("Published March 3, 2025 10:00 GMT (AFP)", [("March 3, 2025 10:00 GMT", "2025-03-03T10:00:00+00:00", "published")]),
    # precision: a word in brackets that is no agency is no cut, and the line is no stamp line
    ("Published March 3, 2025 10:00 GMT (Updated)", []),
    ("03-07-2026 | Harbour desk", []),
]


@pytest.mark.parametrize(("line", "expected"), STAMP_LINES)
def test_stamp_line(line: str, expected: list[tuple[str, str, str]]) -> None:
    assert stamps_of(line) == expected


STORY = "The council voted on Tuesday to double the harbour tolls, officials said.\n"


# ArticleParser.label_line_kind: a stamp with its own label under a label alone keeps its own kind
LABEL_OVER_STAMP = [
    ("Last updated\nPublished March 3, 2025 10:00 GMT", "March 3, 2025 10:00 GMT", None),
    ("Updated\nMarch 3, 2025 10:00 GMT", None, "March 3, 2025 10:00 GMT"),
]


@pytest.mark.parametrize(("head", "published", "updated"), LABEL_OVER_STAMP)
def test_label_over_stamp(head: str, published: str | None, updated: str | None) -> None:
    article = ArticleParser().parse(f"Harbour tolls doubled\n{head}\n\n{STORY}")
    assert (article.published.text if article.published else None) == published
    assert (article.updated.text if article.updated else None) == updated
    assert [part.text for part in article.boilerplate] == [head.split("\n")[0]]


# ArticleParser.body_late_byline: a signature after the story, a name over a role, a name over an
# agency in brackets are each the byline
LATE_BYLINES = [
    ("— Jane Roe\n", "Jane Roe", None),
    ("Jane Roe\nStaff Writer\n", "Jane Roe Staff Writer", None),
    ("Jane Roe\n(Australian Associated Press)\n", "Jane Roe (Australian Associated Press)", "Australian Associated Press"),
]


@pytest.mark.parametrize(("tail", "text", "agency"), LATE_BYLINES)
def test_late_byline(tail: str, text: str, agency: str | None) -> None:
    body = f"Harbour tolls doubled\n\n{STORY}\nThe new tolls take effect in May, the harbour master said.\n\n"
    byline = ArticleParser().parse(body + tail).byline
    assert byline is not None
    assert (byline.authors, byline.text, byline.agency) == (("Jane Roe",), text, agency)


# BoilerplateParser.kind: a call to the reader that goes on with the story's words is the story's
# line; a call alone, and a line of another kind with no such tail, keep their kind
BOILERPLATE_KINDS = [
    ("Sign up to our newsletter? Many residents did, the council said.", None),
    ("Sign up to our newsletter", "subscribe"),
    ("Read more: Harbour tolls doubled, the council said.", "related"),
    ("© 2026 Harbour Press. All rights reserved.", "copyright"),
]


@pytest.mark.parametrize(("line", "kind"), BOILERPLATE_KINDS)
def test_boilerplate_kind(line: str, kind: str | None) -> None:
    assert BoilerplateParser().kind(line) == kind


# ArticleParser.is_past_clause: the verb of a report in the past within PAST_VERB_REACH (3) words
# after the first, the first word itself never the verb
PAST_CLAUSES = [
    ("Power was cut to homes", True),
    ('Its owner said: "Thank you"', True),
    ("The old harbour crane was cut down", False),  # the verb fourth after the first: past the reach
    ("Two of the ferries were late", False),
    ("Man who was shot dies", False),
    ("Harbour Tolls Were Doubled Today", False),
]


@pytest.mark.parametrize(("line", "expected"), PAST_CLAUSES)
def test_past_clause(line: str, expected: bool) -> None:
    assert ArticleParser().is_past_clause(line) is expected


# ArticleParser.is_initials_only and holds_outlet_word (the line under an author's name)
OUTLET_LINES = [
    ("WWF", True, False),
    ("UNICEF", True, False),
    ("WWF UK", False, False),  # two words: no organisation's initials alone
    ("Reuters", False, False),  # an agency
    ("Harbour Times", False, True),  # a paper's name
    ("Anna Kurier", False, False),  # a known given name first: a person's
    ("Diario de Sevilla", False, True),  # (the packs' outlet words that are no English word are the default vocabulary's too: lay59)
    ("Jane Roe", False, False),
]


@pytest.mark.parametrize(("line", "initials", "outlet"), OUTLET_LINES)
def test_outlet_line(line: str, initials: bool, outlet: bool) -> None:
    parser = ArticleParser()
    assert (parser.is_initials_only(line), parser.holds_outlet_word(line)) == (initials, outlet)


# ArticleParser.pop_link_lines: an obituary's last paragraph of life dates stays the story's
def test_life_dates_stay() -> None:
    text = (
        "Margaret Doyle dies at 85\n\nMargaret Doyle, who ran the harbour ferry for forty years, has died, her"
        " family said.\n\nShe is survived by two sons.\n\nMargaret Doyle: born March 2, 1941; died November 20, 2026\n"
    )
    article = ArticleParser().parse(text)
    assert [p.text for p in article.paragraphs][-1] == "Margaret Doyle: born March 2, 1941; died November 20, 2026"
    assert article.boilerplate == ()


# ArticleParser.cut_contributor_notes: "| via PNA" over more story stays the paragraph's
def test_bar_sign_off_over_story_stays() -> None:
    text = (
        "Harbour tolls doubled\n\nThe council voted on Tuesday to double the harbour tolls, the mayor said. | via PNA\n"
        "The new tolls take effect in May, the harbour master said.\n"
    )
    article = ArticleParser().parse(text)
    assert [p.text for p in article.paragraphs] == [
        "The council voted on Tuesday to double the harbour tolls, the mayor said. | via PNA The new tolls take"
        " effect in May, the harbour master said."
    ]
    assert article.boilerplate == ()


# ArticleParser.read_header: a caption with a credit after bars in the header, over no story yet
def test_bar_caption_in_header() -> None:
    text = f"Harbour tolls doubled\nFerries wait at the quay for a week. PHOTO | FILE | NATION\n\n{STORY}"
    article = ArticleParser().parse(text)
    assert [(c.text, c.credit) for c in article.captions] == [("Ferries wait at the quay for a week.", "NATION")]
    assert [p.text for p in article.paragraphs] == [STORY.strip()]


# DatelineParser.parse: a slashed date read whole, in the order its agency gives (PTI day first,
# AP month first); a date written out read as before; no agency, no order: no date
SLASHED_DATELINES = [
    ("NEW DELHI, 03/07/2026 (PTI):", ("NEW DELHI", "PTI", dt.date(2026, 7, 3))),
    ("NEW DELHI, 13/07/2026 (PTI):", ("NEW DELHI", "PTI", dt.date(2026, 7, 13))),
    ("WASHINGTON, 03/07/2026 (AP) —", ("WASHINGTON", "AP", dt.date(2026, 3, 7))),
    ("NEW DELHI, 03/07/2026:", ("NEW DELHI", None, None)),
    ("WASHINGTON, March 3 (Reuters) -", ("WASHINGTON", "Reuters", dt.date(2026, 3, 3))),
]


@pytest.mark.parametrize(("opening", "expected"), SLASHED_DATELINES)
def test_slashed_dateline(opening: str, expected: tuple[str, str | None, dt.date | None]) -> None:
    text = f"Harbour tolls doubled\n\n{opening} {STORY}"
    dateline = ArticleParser().parse(text, reference_date=dt.date(2026, 7, 20)).dateline
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.date, dateline.text) == (*expected, opening)


# CaptionParser.is_caps_label_credit: a given name of either sex first (JEAN, both a man's and a
# woman's name in the vocabulary) reads as a photographer's name; a notice in capitals does not
CAPS_LABEL_CREDITS = [
    ("JEAN ROY, LE QUOTIDIEN DU NORD", True),
    ("JANE ROE", True),
    ("JOHN SMITH", True),
    ("ID REQUIRED", False),
    ("", False),
]


@pytest.mark.parametrize(("credit", "expected"), CAPS_LABEL_CREDITS)
def test_caps_label_credit(credit: str, expected: bool) -> None:
    assert CaptionParser().is_caps_label_credit(credit) is expected


# SpeakerResolution.portfolio_words_before: the words before a title are the portfolio's or the
# body's, its acronym in brackets allowed after its name, never first; short_form_of: each word
# opens one of the other name's
PORTFOLIO_WORDS = [
    (["Opposition", "Democratic", "Party", "(PD)"], True),
    (["Democratic", "(PD)"], True),
    (["Opposition"], True),
    (["(PD)"], False),  # the acronym first
    (["the", "Opposition"], False),
]


@pytest.mark.parametrize(("words", "expected"), PORTFOLIO_WORDS)
def test_portfolio_words_before(words: list[str], expected: bool) -> None:
    assert QuoteParser().portfolio_words_before(words) is expected


@pytest.mark.parametrize(
    ("words", "other", "expected"),
    [(["Kim", "Yong"], ["Kim", "Yong-hyun"], True), (["Kim", "Sung"], ["Kim", "Yong-hyun"], False)],
)
def test_short_form_of(words: list[str], other: list[str], expected: bool) -> None:
    assert QuoteParser().short_form_of(words, other) is expected


def quotes_of(paragraph: str) -> list[tuple[str, str | None]]:
    """``(text, speaker's name)`` of every quote read from *paragraph* under a plain headline."""
    article = ArticleParser().parse("Harbour notebook\n\n" + paragraph + "\n")
    return [(quote.text, quote.speaker.name if quote.speaker else None) for quote in article.quotes]


# ReportedSpeech.content_after: a verb that takes a noun (announced, confirmed) with "this" after
# it reports what was said before: the setting after it is no words
ANAPHORIC_OBJECTS = [
    ("Ana Ruiz announced this at a press briefing on Monday.", []),
    ("Ana Ruiz confirmed this at a press briefing on Monday.", []),
    ("Ana Ruiz announced the port would close in May.", [("the port would close in May", "Ana Ruiz")]),
    ("Ana Ruiz announced at a press briefing that the port would close.", [("the port would close", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), ANAPHORIC_OBJECTS)
def test_anaphoric_object(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(paragraph) == expected


# ArticleParser.place_alone: a known place before a colon that ends the line, of at most
# ALONE_PLACE_WORDS (3) words, or a place in capitals alone
PLACES_ALONE = [
    ("Mumbai:", "Mumbai"),
    ("Buenos Aires:", "Buenos Aires"),
    ("Santiago de Chile:", "Santiago de Chile"),  # three words: the bound
    ("New Delhi:  ", "New Delhi"),
    ("BENGALURU", "BENGALURU"),
    ("Mumbai", None),  # in title case with no colon
    ("mumbai:", None),
    ("Jane Roe:", None),
]


@pytest.mark.parametrize(("line", "place"), PLACES_ALONE)
def test_place_alone(line: str, place: str | None) -> None:
    assert ArticleParser().place_alone(Line(line, Span(0, len(line)), 0, False)) == place


# CaptionParser.is_credit_match: a wire's end mark in brackets ("(END)", the Spanish pack's
# "(FIN)") after a line's sentence is no credit: the line is no caption
END_MARK_LINES = [
    (None, "Harbour tolls doubled\nFerries wait at the quay for a week. (END)\n\n" + STORY, ["(END)"]),
    # (the line stays whole, in the header: no credit is cut from it)
    (
        "es",
        "Tasas del puerto\nLos transbordadores esperan en el muelle. (FIN)\n\nEl consejo votó duplicar las tasas.\n",
        ["Los transbordadores esperan en el muelle. (FIN)"],
    ),
]


@pytest.mark.parametrize(("language", "text", "boilerplate"), END_MARK_LINES)
def test_end_mark_is_no_credit(language: str | None, text: str, boilerplate: list[str]) -> None:
    article = ArticleParser(language=language).parse(text)
    assert article.captions == ()
    assert [part.text for part in article.boilerplate] == boilerplate


def test_copyright_line_under_caption() -> None:
    """CaptionParser.__init__ (the copyright line's pattern): "© Jean Roe / AFP" on a line of its
    own under a caption is its credit."""
    text = f"Harbour tolls doubled\n\nFerries wait at the quay on Monday.\n© Jean Roe / AFP\n\n{STORY}"
    article = ArticleParser().parse(text)
    assert [(c.text, c.credit) for c in article.captions] == [("Ferries wait at the quay on Monday.", "Jean Roe / AFP")]
    assert [(b.text, b.kind) for b in article.boilerplate] == [("© Jean Roe / AFP", "credit")]


def test_outlet_after_author_in_language() -> None:
    """BylineParser.__init__ (the opening outlet word of a language, layB58): "Diario de Sevilla"
    after the author is the outlet, no second author."""
    text = "Tasas del puerto\nPor Ana Gómez, Diario de Sevilla\n\nEl consejo votó duplicar las tasas.\n"
    byline = ArticleParser(language="es").parse(text).byline
    assert byline is not None and byline.authors == ("Ana Gómez",)


# ReportedSpeech.__init__ (the named place setting): "said in Paris the museum ..." reads the
# clause after the place, the place no part of the words
@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Ana Ruiz said in Paris the museum would close in May.", [("the museum would close in May", "Ana Ruiz")]),
        ("Ana Ruiz said at Westminster the ferry would stop.", [("the ferry would stop", "Ana Ruiz")]),
    ],
)
def test_named_place_setting(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(paragraph) == expected


def test_numbered_subhead_over_story() -> None:
    """ArticleParser.numbered_subhead_over_story: a newsletter's first numbered item right over
    running text in its block is where the story starts."""
    text = (
        "Morning briefing\n\n1. Interislander sailings cancelled\nThe ferry operator cancelled all sailings on"
        " Tuesday because of high winds, a spokeswoman said.\n\n2. Council doubles harbour tolls\nThe council"
        " voted to double the tolls, officials said.\n"
    )
    article = ArticleParser().parse(text)
    assert [p.text for p in article.paragraphs][:2] == [
        "1. Interislander sailings cancelled",
        "The ferry operator cancelled all sailings on Tuesday because of high winds, a spokeswoman said.",
    ]
    assert article.boilerplate == ()


# ArticleParser.under_header_part: a line inside a part the header read (its span within the
# part's, both ends included), the parts not read (None) aside; a state of spans stands in for
# the parse state (the predicate reads only the five parts' spans)
HEADER_STATE = SimpleNamespace(
    headline=SimpleNamespace(span=Span(0, 21)),
    byline=SimpleNamespace(span=Span(22, 40)),
    published=None,
    updated=None,
    dateline=None,
)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(0, 21, True), (22, 30, True), (30, 40, True), (41, 60, False), (20, 25, False)],
)
def test_under_header_part(start: int, end: int, expected: bool) -> None:
    line = Line("x" * (end - start), Span(start, end), 0, False)
    assert ArticleParser.under_header_part(HEADER_STATE, line) is expected  # type: ignore[arg-type]


# ArticleParser.__init__ (the end marks' pattern): "ENDS" in capitals and "#" after the story's
# last full stop are the wire's end mark, cut off the paragraph
@pytest.mark.parametrize("mark", ["ENDS", "#"])
def test_end_mark_after_last_sentence(mark: str) -> None:
    sentence = "The council voted on Tuesday to double the harbour tolls in the northern provinces."
    article = ArticleParser().parse(f"Harbour tolls doubled\n\n{sentence} {mark}\n")
    assert [(b.text, b.kind) for b in article.boilerplate] == [(mark, "sign-off")]
    assert [p.text for p in article.paragraphs] == [sentence]
