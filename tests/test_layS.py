"""Layout values a new user's pages got wrong (stop 23): each bad shape beside near-misses that must not change.

1. A wire's header line (its name, a dash, a stamp, labels) over the headline is a stamp line, never a dateline.
2. A kicker over a line of page furniture over the headline; clocks over a date on the next line; a caption
   whose credit is a photographer and an outlet in capitals after a slash.
3. A credited archive caption (``FILE - ...``) on the first line: no dateline, the header goes on under it.
4. A dateline with a day and no month before a known agency (``SEVILLA, 14 (EUROPA PRESS)``).
5. An update's clock beside a dated published stamp with a clock; a live blog's first entry clock.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import ArticleParser, DatelineParser, Span
from newsparse.lines import split_lines
from newsparse.timestamp import TimestampParser

EN = ArticleParser()
ES = ArticleParser(language="es")
FR = ArticleParser(language="fr")
DE = ArticleParser(language="de")

STORY = (
    "Harbour officials said on Tuesday that the ferry to the outer islands would run twice a day from "
    "next month, after a year of single sailings.\n\n"
    "The change follows complaints from residents who commute to the mainland for work.\n"
)


def kinds(article: object) -> list[tuple[str, str]]:
    return [(item.kind, item.text) for item in article.boilerplate]  # type: ignore[attr-defined]


# -- 1. a wire's header line --------------------------------------------------------------------

WIRE_HEADER = [
    # (header line, published it gives, boilerplate it leaves)
    ("KYODO NEWS - Oct 14, 2026 - 18:32 | Japan, Business", dt.datetime(2026, 10, 14, 18, 32),
     [("other", "KYODO NEWS"), ("other", "Japan, Business")]),
    ("BERNAMA - 3 March 2026 - 09:15 | Nation", dt.datetime(2026, 3, 3, 9, 15),
     [("other", "BERNAMA"), ("other", "Nation")]),
    ("Kyodo News - Feb 2, 2026", dt.datetime(2026, 2, 2), [("other", "Kyodo News")]),
    ("YONHAP NEWS AGENCY — Nov 20, 2026 | World", dt.datetime(2026, 11, 20),
     [("other", "YONHAP NEWS AGENCY"), ("other", "World")]),
]


@pytest.mark.parametrize(("header", "published", "filed"), WIRE_HEADER)
def test_wire_header_line_is_a_stamp_line(header: str, published: dt.datetime, filed: list[tuple[str, str]]) -> None:
    text = f"{header}\nFerries to run twice a day to the outer islands\n\nNAHA - {STORY}"
    article = EN.parse(text)
    assert article.headline is not None and article.headline.text == "Ferries to run twice a day to the outer islands"
    assert article.published is not None and article.published.datetime == published
    assert article.dateline is not None and article.dateline.place == "NAHA"
    assert article.paragraphs[0].text.startswith("Harbour officials said on Tuesday")
    assert kinds(article) == filed


NOT_WIRE_HEADER = [
    # a place and a dash before a story that gives a date: still a dateline
    ("LONDON - Oct 14, 2026 - The Bank of England raised rates on Tuesday for the first time in a year.",
     "LONDON"),
    # a story right after the dash: a dateline
    ("TOKYO - Central Japan Railway said on Wednesday it would need reservations for big bags.", "TOKYO"),
]


@pytest.mark.parametrize(("line", "place"), NOT_WIRE_HEADER)
def test_place_and_dash_before_a_story_stays_a_dateline(line: str, place: str) -> None:
    article = EN.parse(f"Ferries to run twice a day\n\n{line}\n")
    assert article.dateline is not None and article.dateline.place == place


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("KYODO NEWS - ", True),  # a name in capitals and a dash
        ("Kyodo News — ", True),  # a known agency
        ("Storm Imogen - ", False),  # a title's words in title case: no source
        ("KYODO NEWS ", False),  # no dash
        ("THE CITY HERALD NEWS DESK - ", False),  # more than SOURCE_WORDS words
        ("", False),
    ],
)
def test_is_source_before_stamp(head: str, expected: bool) -> None:
    assert EN.is_source_before_stamp(head) is expected


def test_dateline_needs_a_word_in_lower_case_after_a_bare_place() -> None:
    parser = DatelineParser()
    bad = "KYODO NEWS - Oct 14, 2026 - 18:32 | Japan, Business"
    good = "KYODO NEWS - The agency said on Monday it would open a bureau in Manila."
    assert parser.parse(bad, Span(0, len(bad))) is None
    found = parser.parse(good, Span(0, len(good)))
    assert found is not None and found.place == "KYODO NEWS"


# -- 2. a US local page ---------------------------------------------------------------------------

LOCAL_PAGE = (
    "Courts & Crime\n"
    "Skip to content\n"
    "Ex-clerk admits taking $90,000 from little league fund\n"
    "Dana Whitcombe\n"
    "The Mesa Ledger\n"
    "Published 7:10 AM MST | Updated 10:25 AM MST\n"
    "Nov. 30, 2026\n"
    "Players warm up at Eastside Park in 2025. The league's former clerk pleaded guilty on Monday. "
    "RAY OKONJO/THE MESA LEDGER\n"
    "View Comments\n"
    "\n"
    "The former clerk of the Eastside Little League pleaded guilty on Monday to taking more than $90,000 "
    "from the fund over four years.\n"
    "\n"
    "The judge set sentencing for February.\n"
)


def test_local_page_header() -> None:
    article = EN.parse(LOCAL_PAGE)
    mst = dt.timezone(dt.timedelta(hours=-7))
    assert article.section == ("Courts & Crime",)
    assert article.headline is not None and article.headline.text == "Ex-clerk admits taking $90,000 from little league fund"
    assert article.byline is not None and article.byline.authors == ("Dana Whitcombe",)
    assert article.published is not None and article.published.datetime == dt.datetime(2026, 11, 30, 7, 10, tzinfo=mst)
    assert article.published.text == "7:10 AM MST"
    assert article.updated is not None and article.updated.datetime == dt.datetime(2026, 11, 30, 10, 25, tzinfo=mst)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Players warm up at Eastside Park in 2025. The league's former clerk pleaded guilty on Monday.",
         "RAY OKONJO/THE MESA LEDGER")
    ]
    assert article.paragraphs[0].text.startswith("The former clerk of the Eastside Little League")
    assert ("timestamp", "Nov. 30, 2026") in kinds(article)
    assert ("navigation", "Skip to content") in kinds(article)


def test_kicker_over_furniture_needs_one_block() -> None:
    # the furniture line set off by a blank line: the first line is no kicker over it
    text = LOCAL_PAGE.replace("Courts & Crime\nSkip to content\n", "Courts & Crime\n\nSkip to content\n")
    assert EN.parse(text).section != ("Courts & Crime",)


CLOCKS_OVER_DATE = [
    # (clock line, date line, published, updated)
    ("Published 7:10 AM MST | Updated 10:25 AM MST", "Nov. 30, 2026",
     dt.datetime(2026, 11, 30, 7, 10, tzinfo=dt.timezone(dt.timedelta(hours=-7))),
     dt.datetime(2026, 11, 30, 10, 25, tzinfo=dt.timezone(dt.timedelta(hours=-7)))),
    ("Posted 6:45 PM EST", "March 3, 2026", dt.datetime(2026, 3, 3, 18, 45, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
     None),
]


@pytest.mark.parametrize(("clocks", "date", "published", "updated"), CLOCKS_OVER_DATE)
def test_clocks_over_a_date_line(clocks: str, date: str, published: dt.datetime, updated: dt.datetime | None) -> None:
    text = f"Ferries to run twice a day\n{clocks}\n{date}\n\n{STORY}"
    article = EN.parse(text)
    assert article.published is not None and article.published.datetime == published
    assert (article.updated.datetime if article.updated else None) == updated
    assert ("timestamp", date) in kinds(article)


NOT_CLOCKS_OVER_DATE = [
    # the update before the publication: no telling the day, no stamp from the clocks
    ("Published 10:25 AM MST | Updated 7:10 AM MST", "Nov. 30, 2026"),
    # the date has its own clock: the clocks above are not on its day for certain
    ("Published 7:10 AM MST | Updated 10:25 AM MST", "Nov. 30, 2026 6:00 AM"),
    # two publications: which is the article's?
    ("Published 7:10 AM MST | Posted 10:25 AM MST", "Nov. 30, 2026"),
]


@pytest.mark.parametrize(("clocks", "date"), NOT_CLOCKS_OVER_DATE)
def test_clocks_over_a_date_line_near_misses(clocks: str, date: str) -> None:
    text = f"Ferries to run twice a day\n{clocks}\n{date}\n\n{STORY}"
    article = EN.parse(text)
    assert article.published is None or article.published.datetime.time() in (dt.time(0), dt.time(6, 0))
    assert article.updated is None


def test_clocks_on_date_reads_clock_spans() -> None:
    parser = TimestampParser()
    text = "Published 7:10 AM MST | Updated 10:25 AM MST\nNov. 30, 2026"
    lines = split_lines(text)
    date = parser.find(lines[1].text, lines[1].span.start, None)
    assert date is not None
    stamps = parser.clocks_on_date(lines[0], date)
    assert [(s.kind.value, s.text, text[s.span.start : s.span.end]) for s in stamps] == [
        ("published", "7:10 AM MST", "7:10 AM MST"),
        ("updated", "10:25 AM MST", "10:25 AM MST"),
    ]
    assert parser.clocks_on_date(lines[0], parser.find("Nov. 30, 2026 9:00", 0, None)) == ()  # type: ignore[arg-type]


CAPS_CREDIT = [
    # (caption line, caption text, credit)
    ("Players warm up at Eastside Park. RAY OKONJO/THE MESA LEDGER", "Players warm up at Eastside Park.",
     "RAY OKONJO/THE MESA LEDGER"),
    ("A crane lifts the bridge deck into place on Monday. ANA DE LA CRUZ/DAILY SENTINEL",
     "A crane lifts the bridge deck into place on Monday.", "ANA DE LA CRUZ/DAILY SENTINEL"),
]


@pytest.mark.parametrize(("line", "caption", "credit"), CAPS_CREDIT)
def test_caption_with_a_credit_in_capitals(line: str, caption: str, credit: str) -> None:
    article = EN.parse(f"Ferries to run twice a day\n{line}\n\n{STORY}")
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]


def test_sentence_with_capitals_around_a_slash_is_no_caption() -> None:
    # the capitals inside the sentence, not after its end: story text
    line = "Fans held up signs that read GO CITY/GO TEAM all through the final on Monday night."
    article = EN.parse(f"Ferries to run twice a day\n\n{STORY}\n{line}\n")
    assert not article.captions


def test_headline_in_capitals_with_a_slash_is_no_caption() -> None:
    # a wire's headline in capitals: "U.S." ends in a full stop, but no sentence in lower case does
    text = "AID TO U.S. WHEAT/BARLEY FARMERS SEEN LIKELY\n\nWASHINGTON, March 3 - " + STORY
    article = EN.parse(text)
    assert article.headline is not None and article.headline.text == "AID TO U.S. WHEAT/BARLEY FARMERS SEEN LIKELY"
    assert not article.captions


# -- 3. a credited archive caption first ----------------------------------------------------------

AP_PAGE = (
    "FILE - Workers unload crates of fish in Nouakchott, Mauritania, on May 2, 2025. (AP Photo/Ida Bah, File)\n"
    "Mauritania limits foreign trawlers in its waters\n"
    "BY SALIF KANE\n"
    "Updated 3:20 PM GMT, November 29, 2026\n"
    "\n"
    "NOUAKCHOTT, Mauritania (AP) — Mauritania will keep foreign industrial trawlers out of its coastal waters, "
    "the fisheries minister said on Saturday.\n"
    "\n"
    "Local fishermen welcomed the decision.\n"
)


def test_archive_caption_first_does_not_stop_the_header() -> None:
    article = EN.parse(AP_PAGE)
    assert article.headline is not None and article.headline.text == "Mauritania limits foreign trawlers in its waters"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("NOUAKCHOTT, Mauritania", "AP")
    # the archive label stays in the caption's text: it tells the picture is an old one
    assert [(c.text, c.credit) for c in article.captions] == [
        ("FILE - Workers unload crates of fish in Nouakchott, Mauritania, on May 2, 2025.", "AP Photo/Ida Bah, File")
    ]
    assert article.paragraphs[0].text.startswith("Mauritania will keep foreign industrial trawlers")


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("FILE - Workers unload crates of fish in the port on Monday morning.", None),
        ("UPDATE — The council will meet again on Thursday to vote on the plan.", None),
        ("PARIS - The council will meet again on Thursday to vote on the plan.", "PARIS"),
    ],
)
def test_label_before_a_dash_is_no_place(line: str, place: str | None) -> None:
    found = DatelineParser().parse(line, Span(0, len(line)))
    assert (found.place if found else None) == place


# -- 4. a day without its month before an agency --------------------------------------------------

DAY_ONLY = [
    # (language parser, dateline line (alone or before the story), place, agency)
    (ES, "SEVILLA, 14 (EUROPA PRESS)\n\n", "SEVILLA", "EUROPA PRESS"),
    (ES, "SEVILLA, 14 (EUROPA PRESS) - ", "SEVILLA", "EUROPA PRESS"),
    (ES, "Sevilla, 14 (Europa Press).- ", "Sevilla", "Europa Press"),
    (EN, "ROME, 9 (ANSA) - ", "ROME", "ANSA"),
    (ES, "Valencia, 3 de junio (EFE)\n", "Valencia", "EFE"),
]


@pytest.mark.parametrize(("parser", "opening", "place", "agency"), DAY_ONLY)
def test_day_only_dateline(parser: ArticleParser, opening: str, place: str, agency: str) -> None:
    body = "La lluvia ha cortado este lunes una docena de carreteras en la provincia, según la Guardia Civil.\n"
    article = parser.parse(f"La lluvia corta carreteras en la provincia\n\n{opening}{body}")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (place, agency)
    assert article.paragraphs[0].text.startswith("La lluvia ha cortado")


@pytest.mark.parametrize(
    "opening",
    [
        "SEVILLA, 14 (Fuentes policiales) ",  # no known agency after the day: no dateline
        "Storm Hits Coast (AP)\n",  # a title in title case over its agency, no date: no dateline
    ],
)
def test_day_only_near_misses(opening: str) -> None:
    article = ES.parse(f"La lluvia corta carreteras\n\n{opening}La lluvia ha cortado este lunes una docena de carreteras.\n")
    assert article.dateline is None


def test_day_only_gives_no_date() -> None:
    line = "SEVILLA, 14 (EUROPA PRESS) - La lluvia ha cortado carreteras."
    found = DatelineParser().parse(line, Span(0, len(line)), dt.date(2026, 11, 20))
    assert found is not None and found.date is None and found.text == "SEVILLA, 14 (EUROPA PRESS) -"


# -- 5. an update's clock beside the publication; a live blog's first entry -----------------------

SAME_DAY_UPDATE = [
    # (parser, stamp line, published, updated)
    (FR, "Publié le 20/11/2026 à 07h50, mis à jour à 12h05", dt.datetime(2026, 11, 20, 7, 50), dt.datetime(2026, 11, 20, 12, 5)),
    (EN, "Published Nov 20, 2026 7:50 AM | Updated 12:05 PM", dt.datetime(2026, 11, 20, 7, 50),
     dt.datetime(2026, 11, 20, 12, 5)),
    # the update's clock before the publication's: on another day, which the line does not give
    (FR, "Publié le 20/11/2026 à 12h05, mis à jour à 07h50", dt.datetime(2026, 11, 20, 12, 5), None),
    # a zone for the update only: not comparable, left out
    (EN, "Published Nov 20, 2026 7:50 AM | Updated 12:05 PM GMT", dt.datetime(2026, 11, 20, 7, 50), None),
]


@pytest.mark.parametrize(("parser", "line", "published", "updated"), SAME_DAY_UPDATE)
def test_update_clock_beside_a_timed_publication(
    parser: ArticleParser, line: str, published: dt.datetime, updated: dt.datetime | None
) -> None:
    article = parser.parse(f"Ferries to run twice a day\n{line}\n\n{STORY}")
    assert article.published is not None and article.published.datetime == published
    assert (article.updated.datetime if article.updated else None) == updated


def test_update_clock_span_is_the_clock() -> None:
    text = f"Grève à Orly\nPublié le 20/11/2026 à 07h50, mis à jour à 12h05\n\n{STORY}"
    article = FR.parse(text)
    assert article.updated is not None and article.updated.text == "12h05"
    assert text[article.updated.span.start : article.updated.span.end] == "12h05"


LIVE_BLOG = (
    "Storm updates: ferries cancelled and roads closed\n"
    "Last updated: 22 November 2026, 15:40 GMT\n"
    "\n"
    "{first}\n"
    "The harbour authority says no ferry will leave before Monday morning.\n"
    "\n"
    "15:10\n"
    "Police have closed the coast road between the two towns after a landslide.\n"
)


@pytest.mark.parametrize(("first", "kind"), [("15:40", "timestamp"), ("3:40pm", "timestamp"), ("Ferries", "other")])
def test_live_blog_first_entry_clock(first: str, kind: str) -> None:
    article = ArticleParser(language="en-GB").parse(LIVE_BLOG.format(first=first))
    assert (kind, first) in kinds(article)
    assert ("timestamp", "15:10") in kinds(article)
    assert article.paragraphs[0].text.startswith("The harbour authority says")


# -- an offset from UTC decides a numeric date that reads both ways ---------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published on 06/01/2026 - 13:55 GMT+1", dt.datetime(2026, 1, 6, 13, 55, tzinfo=dt.timezone(dt.timedelta(hours=1)))),
        ("06/01/2026 13:55 UTC+05:30", dt.datetime(2026, 1, 6, 13, 55, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))),
        # North America's offsets: month first
        ("06/01/2026 13:55 GMT-5", dt.datetime(2026, 6, 1, 13, 55, tzinfo=dt.timezone(dt.timedelta(hours=-5)))),
        # a universal zone, an offset of zero: the parser's own order (month first in English)
        ("06/01/2026 13:55 GMT", dt.datetime(2026, 6, 1, 13, 55, tzinfo=dt.timezone.utc)),
        ("06/01/2026 13:55 GMT+0", dt.datetime(2026, 6, 1, 13, 55, tzinfo=dt.timezone.utc)),
    ],
)
def test_offset_from_utc_decides_day_first(line: str, expected: dt.datetime) -> None:
    found = TimestampParser().find(line, 0, None)
    assert found is not None and found.datetime == expected


@pytest.mark.parametrize(("clock", "published"), [("0:49", dt.datetime(2025, 11, 28)), ("03:26 pm", dt.datetime(2025, 11, 28, 15, 26))])
def test_clock_alone_in_the_header_is_no_entry_clock(clock: str, published: dt.datetime) -> None:
    # a video's length or a page's time alone in its block, over a caption: no live blog's entry;
    # the page's time of day (am/pm) under the date line is the published stamp's (layU, clock_under_date)
    text = (
        "Council backs the ferry plan\n\nBy Dana Whitcombe\n\nNovember 28, 2025\n\n"
        f"{clock}\n\nThe mayor speaks at the harbour on Friday. (Photo: Jo Roe)\n\n{STORY}"
    )
    article = EN.parse(text)
    assert article.published is not None and article.published.datetime == published
    assert (("other", clock) in kinds(article)) is (published.hour == 0)
    assert ("timestamp", clock) not in kinds(article)
