"""Mutation pass mutL45 (issue 8): mut43's 300 mutants not examined or not killed on the layout lines changed in
``89bcd677..219b8506``, found again on main ``ee2a6818`` and later (by function, change and line text).  Each row
names the mutants it kills: the function and the change (see docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.parts import holds_every_line

import newsparse
from newsparse import ArticleParser, HeadlineParser, ParseState
from newsparse.lines import Line, split_lines
from newsparse.spans import Span


def parse(text: str) -> newsparse.Article:
    article = newsparse.parse_article(text)
    assert holds_every_line(article)
    return article


def line(text: str) -> Line:
    return Line(text, Span(0, len(text)), 0, False)


# -- a web address, a scraper's field, a CSV header row (HeadlineParser) -------------------------------------

# (text, is_address, is_key_field)
ADDRESSES = [
    # kills ADDRESS_OPENERS' three openers wrapped, is_address `if` made False, `return True` -> None / False
    ("https://example.com/news/rail-fares", True, False),
    ("http://example.com/news/rail-fares", True, False),
    ("www.example.com/news/rail-fares", True, False),
    ("WWW.EXAMPLE.COM/NEWS", True, False),
    # kills is_address's strip of the value deleted (a JSON line: key in marks, value in marks, a comma after)
    ('"url": "https://example.com/news/rail-fares",', True, True),
    ("url: https://example.com/news/rail-fares", True, True),
    ("link: 'www.example.com/rail',", True, True),
    # kills `" " not in value` -> `in`, and the space wrapped (`"XX XX" not in value`): an address opening a sentence
    ("www.harbourboard.org has the new timetable", False, False),
    # kills `return False` -> None
    ("Read the timetable at https://example.com/t", False, False),
    ('"url": "",', False, True),
]


@pytest.mark.parametrize(("text", "address", "field"), ADDRESSES)
def test_a_web_address_alone_or_as_a_fields_value(text: str, address: bool, field: bool) -> None:
    parser = HeadlineParser()
    assert parser.is_address(text) is address
    assert parser.is_key_field(text) is field


# (text, is_key_field)
KEY_FIELDS = [
    ("section: Business", True),
    ('"author": "Ana Ruiz",', True),
    ("image_caption: Boats in the harbour", True),
    # three words at most (MAX_FIELD_LABEL_WORDS): kills `MAX_FIELD_LABEL_WORDS - 1` -> `+ 1` and `1` -> `2`
    ("last updated by: Ana Ruiz", True),
    ("date last updated by: Ana Ruiz", False),
    # kills `_label_any.match(text, 0)` -> 1 ("itle" would be a key in lower case) and `_label_words` deleted
    ("Title: Pier repairs begin", False),
    ("title: Pier repairs begin", False),
    ("Opinion: Why the pier matters", False),
    # kills `label.end() >= len(text.rstrip())` dropped (nothing after the colon but a space)
    ("section: ", False),
    ("section:", False),
    # kills `not text[label.end() - 1 : label.end()].isspace()` dropped ("https:" before its slashes) and
    # `return False` -> None
    ("https://example.com", False),
    ("section:Business", False),
    ("10:30", False),
]


@pytest.mark.parametrize(("text", "expected"), KEY_FIELDS)
def test_a_scrapers_field_under_a_key_in_lower_case(text: str, expected: bool) -> None:
    assert HeadlineParser().is_key_field(text) is expected


# (text, is_column_row)
COLUMN_ROWS = [
    # kills MIN_COLUMNS 3 -> 4, `MIN_COLUMNS - 1` -> `+ 1` and `1` -> `2`, the column pattern wrapped
    ("title,author,body", True),
    ("id,source,published_at,author", True),
    # kills `fullmatch(text.strip(), 0)` -> 1 (a first column of one letter)
    ("n,title,author,date", True),
    ("title,body", False),
    ("Lions, Tigers, Bears", False),
]


@pytest.mark.parametrize(("text", "expected"), COLUMN_ROWS)
def test_a_csv_header_row(text: str, expected: bool) -> None:
    assert HeadlineParser().is_column_row(text) is expected


# (text, is_candidate)
CANDIDATES = [
    # kills is_candidate's `if self.is_column_row(text)` made False and its `return False` -> None / True
    ("title,author,date,body", False),
    # kills `self.is_address(text)` dropped and the next `return False` -> None
    ("https://example.com/news/rail-fares", False),
    ("section: Business", False),
    ("Pier repairs begin on the east side", True),
    ("Title: Pier repairs begin", True),
]


@pytest.mark.parametrize(("text", "expected"), CANDIDATES)
def test_a_headline_candidate_is_no_field_or_address(text: str, expected: bool) -> None:
    assert HeadlineParser().is_candidate(line(text)) is expected


# -- a CSV export's header row and record (ArticleParser.header_csv_record) --------------------------------------

CELL = '"Work starts on the east pier today, the harbour board said."'
WORK = "Work starts on the east pier today, the harbour board said."

# (a column's name, its value in the record, the byline's authors, the published stamp's text, the updated
# stamp's text): kills CSV_COLUMNS' names wrapped, one row each
COLUMN_NAMES = [
    *[(name, "Ola Berg", ("Ola Berg",), None, None) for name in ("author", "authors", "byline", "creator", "writer")],
    *[
        (name, "2025-03-04", None, "2025-03-04", None)
        for name in ("date", "published", "published_at", "publish_date", "pubdate", "date_published", "published_date")
    ],
    *[
        (name, "2025-03-05", None, None, "2025-03-05")
        for name in ("updated", "updated_at", "modified", "modified_at", "date_modified", "last_modified")
    ],
]


@pytest.mark.parametrize(("name", "value", "authors", "published", "updated"), COLUMN_NAMES)
def test_a_csv_columns_name_says_its_part(
    name: str, value: str, authors: tuple[str, ...] | None, published: str | None, updated: str | None
) -> None:
    article = parse(f"id,title,{name},body\n17,Pier repairs begin,{value},{CELL}\n")
    assert article.headline is not None and article.headline.text == "Pier repairs begin"
    assert (article.byline.authors if article.byline else None) == authors
    assert (article.published.text if article.published else None) == published
    assert (article.updated.text if article.updated else None) == updated
    assert [paragraph.text for paragraph in article.paragraphs] == [WORK]
    assert [(b.kind, b.text) for b in article.boilerplate] == [("other", f"id,title,{name},body"), ("other", "17")]


@pytest.mark.parametrize("name", ["body", "text", "content", "article", "article_body", "story"])
def test_a_csv_body_columns_name(name: str) -> None:
    article = parse(f"id,title,{name}\n17,Pier repairs begin,{CELL}\n")
    assert article.headline is not None and article.headline.text == "Pier repairs begin"
    assert [paragraph.text for paragraph in article.paragraphs] == [WORK]
    assert [(b.kind, b.text) for b in article.boilerplate] == [("other", f"id,title,{name}"), ("other", "17")]


# (text, what header_csv_record returns): the count of lines read (blank lines aside), else 0; with peek=True it changes nothing
# kills its `return 0` -> None (no column row, no record, fewer than two known columns, a title over two lines),
# `if peek` made False, `return last + 1` -> None, `-`, `+ 2`
CSV_COUNTS = [
    (f"title,author,body\nPier repairs begin,Ola Berg,{CELL}\n", 2),
    ('title,author,body\nPier repairs begin,Ola Berg,"Work starts on the east pier today.\n\nIt will last a month."\n', 3),
    ("Pier repairs begin\n\nWork starts on the east pier today.\n", 0),
    ("title,author,body\nPier repairs begin,Ola Berg\n", 0),
    ("id,title,url\n17,Pier repairs begin,https://example.com/pier\n", 0),
    ('title,author,body\n"Pier repairs\nbegin",Ola Berg,"Work starts on the east pier today."\n', 0),
]


@pytest.mark.parametrize(("text", "count"), CSV_COUNTS)
def test_what_the_csv_rule_claims(text: str, count: int) -> None:
    parser = ArticleParser()
    state = ParseState(text, split_lines(text))
    assert parser.header_csv_record(state, 0, True) == count
    assert (state.headline, list(state.boilerplate), list(state.body)) == (None, [], [])
    state = ParseState(text, split_lines(text))
    assert parser.header_csv_record(state, 0, False) == count
    assert (state.headline is not None) is (count > 0)


# (text, headline, authors, published, updated, paragraphs, boilerplate as (kind, text))
CSV_RECORDS = [
    # kills `sum(...) < 2` made False and its `return 0` -> 1 (one known column: no record; every line in a part)
    (
        "id,title,url\n17,Pier repairs begin,https://example.com/pier\n",
        None, None, None, None, ["id,title,url", "17,Pier repairs begin,https://example.com/pier"], [],
    ),
    # kills `len(lines) < 2` dropped (the header row alone)
    ("title,author,body\n", None, None, None, None, [], [("other", "title,author,body")]),
    # kills `lines[1].blank_before` dropped (a blank line under the header row: no record)
    (
        f"title,author,body\n\nPier repairs begin,Ola Berg,{CELL}\n",
        None, None, None, None, [f"Pier repairs begin,Ola Berg,{CELL}"], [("other", "title,author,body")],
    ),
    # kills `part == "byline" and state.byline is None` made True / `or` (a column of another name holding a name
    # is boilerplate)
    (
        f"title,editor,body\nPier repairs begin,Ola Berg,{CELL}\n",
        "Pier repairs begin", None, None, None, [WORK], [("other", "title,editor,body"), ("other", "Ola Berg")],
    ),
    # kills `state.byline is None` dropped (the first byline column gives the byline; a second is boilerplate)
    (
        f"title,author,creator,body\nPier repairs begin,Ola Berg,Ines Ferreira,{CELL}\n",
        "Pier repairs begin", ("Ola Berg",), None, None, [WORK],
        [("other", "title,author,creator,body"), ("other", "Ines Ferreira")],
    ),
    # kills `part in ("published", "updated")` made True (a date in a column of another name is boilerplate)
    (
        f"title,retrieved,body\nPier repairs begin,2025-03-04,{CELL}\n",
        "Pier repairs begin", None, None, None, [WORK], [("other", "title,retrieved,body"), ("other", "2025-03-04")],
    ),
    # kills `stamp is not None and stamp.span == span` without the span's test (a date with more after it)
    (
        f"title,date,body\nPier repairs begin,2025-03-04 print edition,{CELL}\n",
        "Pier repairs begin", None, None, None, [WORK],
        [("other", "title,date,body"), ("other", "2025-03-04 print edition")],
    ),
    # kills the empty cell's `continue` -> `break` (the cells after an empty one are still read)
    (
        f"title,author,date,body\nPier repairs begin,,2025-03-04,{CELL}\n",
        "Pier repairs begin", None, "2025-03-04", None, [WORK], [("other", "title,author,date,body")],
    ),
    # found by `not self.headline.is_column_row(...)` dropped: a header row of two names that both name a part is
    # a CSV export's (it was the headline, and the record its paragraph; fixed)
    (
        f"title,body\nPier repairs begin,{CELL}\n",
        "Pier repairs begin", None, None, None, [WORK], [("other", "title,body")],
    ),
    # kills the one-line body cell's `blank_before=True` -> False (two body columns: two paragraphs)
    (
        f'title,text,body\nPier repairs begin,"The board met on Monday, a spokesman said.",{CELL}\n',
        "Pier repairs begin", None, None, None, ["The board met on Monday, a spokesman said.", WORK],
        [("other", "title,text,body")],
    ),
]


@pytest.mark.parametrize(("text", "headline", "authors", "published", "updated", "paragraphs", "boilerplate"), CSV_RECORDS)
def test_a_csv_record_read_by_its_columns(
    text: str,
    headline: str | None,
    authors: tuple[str, ...] | None,
    published: str | None,
    updated: str | None,
    paragraphs: list[str],
    boilerplate: list[tuple[str, str]],
) -> None:
    article = parse(text)
    assert (article.headline.text if article.headline else None) == headline
    assert (article.byline.authors if article.byline else None) == authors
    assert (article.published.text if article.published else None) == published
    assert (article.updated.text if article.updated else None) == updated
    assert [paragraph.text for paragraph in article.paragraphs] == paragraphs
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate


# -- a photograph's dated caption, a credit after via, a poll's makers (CaptionParser) ----------------------------

# a caption of 50 words (DATED_CAPTION_WORDS), and the same with one word more
FIFTY_WORDS = (
    "Mayor Ana Ruiz greets the runners of the ten clubs of the city league and their coaches, families and friends "
    "at the finish of the race by the river in the old town after a long morning of rain and wind on the hills, "
    "in Madrid, Spain, April 14, 2024."
)
FIFTY_ONE_WORDS = FIFTY_WORDS.replace("the race", "the spring race")

# (caption, the date it gives, or None when it is no dated photograph's caption)
DATED_PHOTOS = [
    # kills DATED_CAPTION_WORDS 50 -> 51, its `if` made False and `>` -> `>=`
    (FIFTY_WORDS, dt.date(2024, 4, 14)),
    (FIFTY_ONE_WORDS, None),
    # kills `not text.endswith(".")` dropped, the length's `if` made False, `or` -> `and`
    ("Mayor Ana Ruiz greets fans in Madrid, Spain, April 14, 2024", None),
    # kills the quotation marks' string wrapped (a capital X is no quotation mark)
    ("Mayor Xavier Ruiz greets fans in Madrid, Spain, April 14, 2024.", dt.date(2024, 4, 14)),
    # the day before its month and year (the pattern's second form: kills `last["year"] or last["year2"]`
    # without its second operand)
    ("Mayor Ana Ruiz greets fans in Madrid on 14 April 2024.", dt.date(2024, 4, 14)),
    ("Mayor Ana Ruiz greets fans, April 14, 2024, in Madrid, Spain.", dt.date(2024, 4, 14)),
]


@pytest.mark.parametrize(("caption", "day"), DATED_PHOTOS)
def test_a_dated_photographs_caption(caption: str, day: dt.date | None) -> None:
    found = newsparse.CaptionParser().dated_photo(line(caption))
    assert (found[1] if found else None) == day
    if found:
        assert (found[0].text, found[0].credit, found[0].span) == (caption, None, Span(0, len(caption)))


def test_a_dated_captions_length_in_characters() -> None:
    # kills `len(text) > self.MAX_CHARS` -> `>=` and `not text.endswith(".")` alone (the caption of exactly
    # MAX_CHARS characters is read; one character more than the limit is not)
    class AtLimit(newsparse.CaptionParser):
        MAX_CHARS = len(FIFTY_WORDS)

    class BelowLimit(newsparse.CaptionParser):
        MAX_CHARS = len(FIFTY_WORDS) - 1

    found = AtLimit().dated_photo(line(FIFTY_WORDS))
    assert found is not None and found[1] == dt.date(2024, 4, 14)
    assert BelowLimit().dated_photo(line(FIFTY_WORDS)) is None


# (caption line, the caption's text, the credit), or None when the line is no credited caption
CREDITS = [
    # kills `pattern is self._via and self.is_via_route(credit)` made False, `is` -> `is not` (a route, no credit)
    ("Migrants reach Lampedusa via Tunisia", None),
    # kills `pattern is self._agency` dropped before is_poll_makers (a labelled credit with a slash stays one)
    (
        "Voters answer a survey in Leeds on Thursday. Photo: Ana Ruiz/Reuters",
        ("Voters answer a survey in Leeds on Thursday.", "Ana Ruiz/Reuters"),
    ),
    ("Labour leads by 12 points in new poll (Reuters/Ipsos)", None),
    ("Voters queue in Leeds on Thursday (Reuters/Ipsos)", ("Voters queue in Leeds on Thursday", "Reuters/Ipsos")),
]


@pytest.mark.parametrize(("text", "expected"), CREDITS)
def test_a_credit_that_is_a_route_or_a_polls_makers(text: str, expected: tuple[str, str] | None) -> None:
    found = newsparse.CaptionParser().read_credit(line(text), False)
    assert ((found.text, found.credit) if found else None) == expected


@pytest.mark.parametrize("word", ["poll", "polls", "survey", "surveys", "pollster", "pollsters"])
def test_each_poll_word(word: str) -> None:
    # kills POLL_WORDS' words wrapped
    assert newsparse.CaptionParser().is_poll_makers(f"Labour leads by 12 points, the {word} shows", "Reuters/Ipsos")


@pytest.mark.parametrize("word", ["left", "right", "center", "centre", "front", "top", "bottom"])
def test_each_position_word(word: str) -> None:
    # kills POSITION_WORDS' words wrapped
    assert newsparse.CaptionParser().opens_with_photo_verb(f"Ana Ruiz, {word}, speaks to reporters".split())


@pytest.mark.parametrize("verb", ["is", "has", "was", "does", "says"])
def test_each_verb_that_is_no_photographs(verb: str) -> None:
    # kills NOT_PHOTO_VERBS' words wrapped
    assert not newsparse.CaptionParser().opens_with_photo_verb(f"Ana Ruiz {verb} ready".split())


@pytest.mark.parametrize("preposition", ["in", "at", "near"])
def test_each_preposition_before_a_photographs_place(preposition: str) -> None:
    # kills PLACE_PREPOSITIONS' words wrapped
    assert newsparse.CaptionParser().is_photo_place(f", {preposition} Birmingham, Alabama.")


# (a line, whether it ends in via and a source)
VIA_ENDS = [
    ("Police arrest two men via Kenya's police", True),
    # kills VIA_OWNED_WORDS 1 -> 2 (one word of the place's own after its possessive)
    ("Police arrest two men via Kenya's police force", False),
    # kills the closing marks' string wrapped (a source ending in a capital X)
    ("Satellites reach orbit via SpaceX", True),
    ("Satellites reach orbit via SpaceX.", False),
]


@pytest.mark.parametrize(("text", "expected"), VIA_ENDS)
def test_a_line_ending_in_via_and_a_source(text: str, expected: bool) -> None:
    assert newsparse.CaptionParser().ends_in_via(text) is expected


# -- a live blog's entries: its first entry is the publication (ArticleParser.published_from_entries) --------------


def blog(*stamps: str, top: str = "") -> str:
    """A live blog under its title: entries, each a stamp alone on its line over a sentence, latest first."""
    sentences = (
        "Ruling front leads in 80 seats, the commission said.",
        "Counting begins in 12 districts across the state.",
        "Polls closed at six on Friday, officials said.",
    )
    entries = "\n".join(f"\n{stamp}\n{sentence}" for stamp, sentence in zip(stamps, sentences, strict=False))
    return f"Election results live\n{top}{entries}\n"


# (text, the published stamp's text, the updated stamp's text)
LIVE_BLOGS = [
    # kills MIN_LIVE_ENTRIES 3 -> 4 (three entries: the last is the first run, the top one the update)
    (blog("Nov 23, 2024 10:12 (IST)", "Nov 23, 2024 09:48 (IST)", "Nov 23, 2024 09:30 (IST)"),
     "Nov 23, 2024 09:30 (IST)", "Nov 23, 2024 10:12 (IST)"),
    # kills `len(entries) + 1 < MIN_LIVE_ENTRIES` made False and `+ 2` (two entries are too few)
    (blog("Nov 23, 2024 10:12 (IST)", "Nov 23, 2024 09:48 (IST)"), "Nov 23, 2024 10:12 (IST)", None),
    # kills the order's test made False or dropped (not back in time down the page: nothing changes)
    (blog("Nov 23, 2024 09:48 (IST)", "Nov 23, 2024 10:12 (IST)", "Nov 23, 2024 09:30 (IST)"),
     "Nov 23, 2024 09:48 (IST)", None),
    # kills `a > b` -> `>=` (two entries of the same minute are no run back in time)
    (blog("Nov 23, 2024 10:12 (IST)", "Nov 23, 2024 10:12 (IST)", "Nov 23, 2024 09:30 (IST)"),
     "Nov 23, 2024 10:12 (IST)", None),
    # kills the zones' test dropped, `or` -> `and`, `> 1` -> `> 2` (a zone on one side only: nothing changes)
    (blog("Nov 23, 2024 10:12 (IST)", "Nov 23, 2024 09:48", "Nov 23, 2024 09:30 (IST)"), "Nov 23, 2024 10:12 (IST)", None),
    # kills MAX_LIVE_HOURS 48 -> 49, `times[0]` -> `times[1]`, `times[-1]` -> `times[-2]` (49 hours from the first
    # entry to the latest: a list of older stories)
    (blog("Nov 25, 2024 13:00 (IST)", "Nov 24, 2024 09:00 (IST)", "Nov 23, 2024 12:00 (IST)"), "Nov 25, 2024 13:00 (IST)", None),
    # kills `> timedelta(hours=MAX_LIVE_HOURS)` -> `>=` (48 hours exactly is still a blog)
    (blog("Nov 25, 2024 12:00 (IST)", "Nov 24, 2024 09:00 (IST)", "Nov 23, 2024 12:00 (IST)"),
     "Nov 23, 2024 12:00 (IST)", "Nov 25, 2024 12:00 (IST)"),
    # kills `line is not None and len(found) == 1 and self.heads_stamped_entry(...)` made True, `or`, without
    # heads_stamped_entry (a stamp at the foot over nothing is no entry)
    (blog("Nov 23, 2024 10:12 (IST)", "Nov 23, 2024 09:48 (IST)", "Nov 23, 2024 09:30 (IST)") + "\nNov 22, 2024 08:00 (IST)\n",
     "Nov 23, 2024 09:30 (IST)", "Nov 23, 2024 10:12 (IST)"),
    # the page's own update stays; the top entry's stamp is then boilerplate
    (blog("Nov 23, 2024 10:12 (IST)", "Nov 23, 2024 09:48 (IST)", "Nov 23, 2024 09:30 (IST)",
          top="Updated Nov 23, 2024 10:40 (IST)\n"),
     "Nov 23, 2024 09:30 (IST)", "Nov 23, 2024 10:40 (IST)"),
    # kills `if index is None or not self.heads_stamped_entry(...)` made False, `and`, without heads_stamped_entry
    # (the page's published stamp under a label heads no entry: the entries under it change nothing)
    (blog("Nov 23, 2024 10:05 (IST)", "Nov 23, 2024 09:48 (IST)", "Nov 23, 2024 09:30 (IST)",
          top="Published Nov 23, 2024 10:12 (IST)\n"),
     "Nov 23, 2024 10:12 (IST)", None),
]


@pytest.mark.parametrize(("text", "published", "updated"), LIVE_BLOGS)
def test_a_live_blogs_first_entry(text: str, published: str, updated: str | None) -> None:
    article = parse(text)
    assert (article.published.text if article.published else None) == published
    assert (article.updated.text if article.updated else None) == updated
    stamps = [b.text for b in article.boilerplate if b.kind == "timestamp"]
    found = [line for line in text.splitlines() if line.startswith("Nov ")]
    for read in (published, updated):
        if read in found:
            found.remove(read)
    # every entry stamp that is not the publication nor the update is boilerplate `timestamp`
    assert sorted(stamps) == sorted(found)


# -- a scraper's field between a kicker and its title (ArticleParser.filled_field) -----------------------------------

RATES = "Shares rose in early trading on Tuesday after the central bank signalled a cut, dealers said."

# (text, the field's line, whether filled_field reads it, the section, the headline)
FILLED_FIELDS = [
    # kills `index + 1 >= len(lines)` made False, `>`, `index - 1`, `index + 2` and its `return False` -> None / True
    (f"Markets\nByline: Anna Kerr\nShares rise on rate hopes\n\n{RATES}\n", 1, True, ("Markets",), "Shares rise on rate hopes"),
    ("Markets\nShares rise on rate hopes\nByline: Anna Kerr\n", 2, False, ("Markets",), "Shares rise on rate hopes"),
    # kills the blank lines' test without its first operand, `and` for its `or`, `lines[index - 1]` (a blank line
    # over the field under a kicker that names no section: no field between kicker and title) and `return False`
    # -> None
    # (a kicker no section noun names: `Markets` became one in round 68, fixL68)
    (f"Rate watch\n\nByline: Anna Kerr\nShares rise on rate hopes\n\n{RATES}\n", 1, False, (), "Rate watch"),
    # kills `lines[index + 2]` (a blank line under the field only)
    (f"Rate watch\nByline: Anna Kerr\n\nShares rise on rate hopes\n{RATES}\n", 1, False, (), "Rate watch"),
    # kills the blank lines' test dropped for names_section alone, and names_section dropped (blocks of their own
    # under a section's name)
    (f"Opinion\n\nByline: Anna Kerr\n\nWhy the pier matters\n\n{RATES}\n", 1, True, ("Opinion",), "Why the pier matters"),
]


@pytest.mark.parametrize(("text", "index", "expected", "section", "headline"), FILLED_FIELDS)
def test_a_field_between_a_kicker_and_its_title(
    text: str, index: int, expected: bool, section: tuple[str, ...], headline: str
) -> None:
    assert ArticleParser().filled_field(ParseState(text, split_lines(text)), index) is expected
    article = parse(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is not None and article.byline.authors == ("Anna Kerr",)


# -- a headline ending in via, an event's name over the headline (via_headline, event_over_headline) ----------------

WORKS = "Engineering work closes the line north of Preston for two weekends, the operator said."

# (text, the line asked about, whether via_headline reads it as the headline), on a state with nothing read yet
VIA_HEADLINES = [
    (f"Trains to Edinburgh to run via Carlisle\nBy Ana Ruiz\n\n{WORKS}\n", 0, True),
    # kills `index + 1 < len(lines)` -> `index + 2` (the byline is the text's last line)
    ("Trains to Edinburgh to run via Carlisle\nBy Ana Ruiz\n", 0, True),
    # kills `index + 1 < len(lines)` dropped, `<=`, `index - 1` (nothing under the line; with no verb before `via`,
    # which since fixT60 makes such a line the headline whatever is under it)
    ("Trains to Edinburgh via Carlisle\n", 0, False),
    ("Trains to Edinburgh to run via Carlisle\n", 0, True),
    # kills `not self.headline.is_candidate(line)` dropped (more words than a title has: HeadlineParser.MAX_WORDS)
    (
        "Engineering work on the west coast line over the next two weekends means that trains to Edinburgh from London,"
        " Birmingham and Manchester will have to leave later and will run north of Preston via Carlisle\nBy Ana Ruiz\n",
        0,
        False,
    ),
    # kills the next `return False` -> None (no via at the end)
    (f"Rail works close the west coast line\nBy Ana Ruiz\n\n{WORKS}\n", 0, False),
]


@pytest.mark.parametrize(("text", "index", "expected"), VIA_HEADLINES)
def test_a_title_ending_in_via_over_a_byline(text: str, index: int, expected: bool) -> None:
    assert ArticleParser().via_headline(ParseState(text, split_lines(text)), index) is expected


# (text, headline, byline's authors, published stamp's text, boilerplate as (kind, text)), the via line a caption
VIA_CAPTIONS = [
    # kills `state.byline is not None` dropped (a byline above the line)
    (f"By Ana Ruiz\nTrains to Edinburgh to run via Carlisle\nMarch 4, 2025\n\n{WORKS}\n", None, ("Ana Ruiz",), "March 4, 2025"),
    # kills `state.published is not None` dropped (a stamp above the line)
    (f"March 4, 2025\nTrains to Edinburgh to run via Carlisle\nBy Ana Ruiz\n\n{WORKS}\n", None, ("Ana Ruiz",), "March 4, 2025"),
    # kills `state.captions` dropped (a credited caption above the line)
    (
        f"Flooded tracks near Preston. Photo: Ana Ruiz/Reuters\nTrains to Edinburgh to run via Carlisle\nBy Ana Ruiz\n\n{WORKS}\n",
        None, ("Ana Ruiz",), None,
    ),
]


@pytest.mark.parametrize(("text", "headline", "authors", "published"), VIA_CAPTIONS)
def test_a_line_ending_in_via_under_a_byline_stamp_or_caption_is_no_headline(
    text: str, headline: str | None, authors: tuple[str, ...], published: str | None
) -> None:
    article = parse(text)
    assert (article.headline.text if article.headline else None) == headline
    assert article.byline is not None and article.byline.authors == authors
    assert (article.published.text if article.published else None) == published
    # the line is a caption (its text from the line's start)
    assert text.index("Trains to Edinburgh") in [caption.spans[0].start for caption in article.captions]


FANS = "Thousands of fans queued for hours at Glastonbury on Wednesday as the gates opened."
CROWDS = "Crowds flock to the farm as the gates open on day one"

# (text, section, headline, byline's authors, boilerplate as (kind, text))
EVENT_LABELS = [
    (f"Glastonbury 2026\n{CROWDS}\nBy Ana Ruiz\n\n{FANS}\n", ("Glastonbury 2026",), CROWDS, ("Ana Ruiz",), []),
    # kills `not self.section.is_event_label(lines[0].text)` dropped (no year: no event's label)
    # (the line under the headline, over the byline, is its standfirst with no full stop: fixL63b)
    (f"Glastonbury farm\n{CROWDS}\nBy Ana Ruiz\n\n{FANS}\n", (), "Glastonbury farm", ("Ana Ruiz",),
     [("standfirst", CROWDS)]),
    # kills the first `return False` -> True (a byline, or boilerplate, right under the label)
    (f"Glastonbury 2026\nBy Ana Ruiz\nJune 25, 2026\n\n{FANS}\n", (), "Glastonbury 2026", ("Ana Ruiz",), []),
    (f"Glastonbury 2026\nSkip to content\nBy Ana Ruiz\n\n{FANS}\n", (), "Glastonbury 2026", ("Ana Ruiz",),
     [("navigation", "Skip to content")]),
    # kills name_closes_header dropped and `header_stops_at(state, 2)` -> 3 (a name alone closes the header)
    (f"Glastonbury 2026\n{CROWDS}\nAna Ruiz\n\n{FANS}\n", ("Glastonbury 2026",), CROWDS, None, [("other", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("text", "section", "headline", "authors", "boilerplate"), EVENT_LABELS)
def test_an_events_label_over_the_headline(
    text: str, section: tuple[str, ...], headline: str, authors: tuple[str, ...] | None, boilerplate: list[tuple[str, str]]
) -> None:
    article = parse(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert (article.byline.authors if article.byline else None) == authors
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate
    assert [paragraph.text for paragraph in article.paragraphs] == [FANS]


# -- the fullest name for a name as written: an abbreviated title, a given name (PersonIndex) ----------------------

# (text, the name as written, the fullest name the index gives for it)
FULL_NAMES = [
    # kills `_named_inside` not kept by the index built, `inside` not filled (`if` made False, `in`, the add
    # deleted): a label's capital written inside a sentence is a name's, the fuller of the two read first
    ("Harry Okonkwo scored twice on Saturday. Fans cheered as Socceroo Okonkwo left the field.", ("Okonkwo",), "Harry Okonkwo"),
    ("Fans cheered as Socceroo Okonkwo left the field. Harry Okonkwo scored twice on Saturday.", ("Okonkwo",), "Socceroo Okonkwo"),
    # kills `_add_ending`'s `elif self.given_name_only(name, known)` made True
    ("Socceroo Okonkwo signs new deal. Harry Okonkwo scored twice on Saturday.", ("Okonkwo",), "Harry Okonkwo"),
    # kills `if not self.given_name_only(known, name)` made True or without `not` (a longer name under a label's
    # capital does not replace a given name)
    ("Harry Okonkwo scored twice. Defender Tom Okonkwo also scored.", ("Okonkwo",), "Harry Okonkwo"),
    # kills `table[key] = name` deleted and that `if` made False (a longer name with a middle name replaces it)
    ("Ruth Okafor spoke first. Later Ruth Amadi Okafor spoke.", ("Okafor",), "Ruth Amadi Okafor"),
    # kills full_name's `found is None and len(words) == 2` made True, `or`, without `found is None`
    ("Ruth Amadi Okafor said the vote was close.", ("Amadi", "Okafor"), "Ruth Amadi Okafor"),
    ("Dr. Ruth Amadi said the vote was close.", ("Dr.", "Amadi"), "Ruth Amadi"),
    # kills `1` -> `2` in _ABBREVIATED_TITLE (four letters in lower case after the capital) and
    # `MAX_ABBREVIATED_TITLE - 1` -> `+ 1` (five are no abbreviation: a sentence's last word)
    ("Cllrs. Ruth Amadi said so.", ("Cllrs.", "Amadi"), "Ruth Amadi"),
    ("The bill passed the Senate. Ruth Amadi voted for it.", ("Senate.", "Amadi"), "Senate. Amadi"),
    # kills abbreviated_title without the test of a letter before the match (the end of a longer word)
    ("He bought shares in TeleCorp. Ruth Amadi, its chief, said so.", ("Corp.", "Amadi"), "Corp. Amadi"),
]


@pytest.mark.parametrize(("text", "words", "expected"), FULL_NAMES)
def test_the_fullest_name_for_a_name_as_written(text: str, words: tuple[str, ...], expected: str) -> None:
    index = newsparse.people.PersonIndex.build(newsparse.Vocabulary(), [(text, 0)])
    assert index.full_name(words) == expected


def test_an_index_built_empty_knows_no_abbreviated_title() -> None:
    # kills PersonIndex.__init__'s `self._titled = {}` deleted
    assert newsparse.people.PersonIndex(newsparse.Vocabulary()).full_name(("Adv.", "Nkosi")) == "Adv. Nkosi"


# -- the keys a boilerplate line is tried by (BoilerplateParser.LINE_KEYS) ------------------------------------------

TALKS = (
    "Harbour ferry fares frozen\n\nOfficials from both sides met on Monday to resume talks on a new trade deal, a "
    "government spokesman said.\n\nThe talks are expected to last three days.\n\n"
)

# (a line at the story's foot, its boilerplate kind): kills the share and sign-off keys wrapped, one row each
FOOT_LINES = [
    ("Have your say", "share"),
    ("Enjoyed this article?", "share"),
    ("Like this article?", "share"),
    ("Loved this article?", "share"),
    ("Read later", "share"),
    ("Tell us what you think", "share"),
    ("Ana Ruiz can be reached at ana.ruiz@example.com.", "sign-off"),
    ("Originally published on Harbour Weekly.", "sign-off"),
    ("First appeared in The Conversation.", "sign-off"),
]


@pytest.mark.parametrize(("foot", "kind"), FOOT_LINES)
def test_a_line_at_the_foot_found_by_its_key(foot: str, kind: str) -> None:
    article = parse(TALKS + foot + "\n")
    assert [(b.kind, b.text) for b in article.boilerplate] == [(kind, foot)]
    assert len(article.paragraphs) == 2


# -- a dated photograph's caption under the page's stamp (ArticleParser.dated_caption) -------------------------------

BRIDGE = "Drivers crossed the bridge again on Monday after two years of repairs, the city said."
GREETS = "Mayor Ana Ruiz greets drivers on the bridge in Mobile, Alabama, April 14, 2024."


# (the stamp's line, whether a blank line parts it from the caption, whether the caption line is a caption)
DATED_CAPTIONS = [
    ("Published April 15, 2024", True, True),
    # kills `state.published or state.updated` without the update (the page's update alone dates it too)
    ("Updated April 15, 2024", True, True),
    # kills `not line.blank_before` dropped (a line right under the stamp opens no caption's block)
    ("Published April 15, 2024", False, False),
    # kills `day <= stamp + 1 day` -> `<` and `+` -> `-` (the day after the picture was taken, and the same day)
    ("Published April 13, 2024", True, True),
    ("Published April 14, 2024", True, True),
    # kills `days=1` -> 2 (a picture taken two days after the page's stamp is no caption of it)
    ("Published April 12, 2024", True, False),
]


@pytest.mark.parametrize(("stamp", "blank", "caption"), DATED_CAPTIONS)
def test_a_dated_caption_under_the_pages_stamp(stamp: str, blank: bool, caption: bool) -> None:
    article = parse(f"Bridge reopens to traffic\n{stamp}\n{chr(10) if blank else ''}{GREETS}\n\n{BRIDGE}\n")
    assert [(c.text, c.credit) for c in article.captions] == ([(GREETS, None)] if caption else [])
    assert [p.text for p in article.paragraphs] == ([BRIDGE] if caption else [GREETS, BRIDGE])


def test_a_field_on_the_second_last_line() -> None:
    # kills filled_field's `index + 1 >= len(lines)` -> `index + 2` (the title is the text's last line)
    text = "Markets\nByline: Anna Kerr\nShares rise on rate hopes\n"
    assert ArticleParser().filled_field(ParseState(text, split_lines(text)), 1) is True


# (text, section, headline, the boilerplate lines' text): read_section's kicker rules, one row each
KICKERS = [
    # kills `self.kicker_over_standfirst(state)` dropped (a label over a headline and a standfirst)
    (
        "Climate crisis\nGlaciers in the Alps shrank faster than ever this summer\n"
        "Scientists say the loss was twice the average of the last decade\nBy Ana Ruiz\n\n"
        "Glaciers across the Alps lost more ice this summer than in any year on record, scientists said on Tuesday.\n",
        ("Climate crisis",),
        "Glaciers in the Alps shrank faster than ever this summer",
        ["Scientists say the loss was twice the average of the last decade"],
    ),
    # kills `self.section_over_headline(state)` dropped (a section's name over a headline and its byline)
    (
        "Personal finance\nHow to cut your energy bill before the winter starts\nBy Ana Ruiz\n\n"
        "Households can save hundreds of pounds a year by changing a few habits, advisers said on Tuesday.\n",
        ("Personal finance",),
        "How to cut your energy bill before the winter starts",
        [],
    ),
]


@pytest.mark.parametrize(("text", "section", "headline", "boilerplate"), KICKERS)
def test_a_kicker_over_the_headline(text: str, section: tuple[str, ...], headline: str, boilerplate: list[str]) -> None:
    article = parse(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is not None and article.byline.authors == ("Ana Ruiz",)
    assert [b.text for b in article.boilerplate] == boilerplate
