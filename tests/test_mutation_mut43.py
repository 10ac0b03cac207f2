"""Mutation pass mut43 (issue 8): the layout lines changed in ``89bcd677..219b8506`` (``article.py``,
``caption.py``, ``headline.py``, ``byline.py``, ``dateline.py``, ``section.py``, ``timestamp.py``,
``boilerplate.py``, ``lines.py``, ``people.py``).  Each row names the mutants it kills: the function, the line
on ``219b8506`` and the change (see docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.parts import holds_every_line

import newsparse
from newsparse import Article

STORY = (
    "Officials from both sides met on Monday to resume talks on a new trade deal, a government spokesman said.\n\n"
    "The talks are expected to last three days.\n"
)


def parse(text: str) -> Article:
    article = newsparse.parse_article(text)
    assert holds_every_line(article)
    return article


def stamp(found: newsparse.Timestamp | None) -> tuple[str, dt.datetime] | None:
    return None if found is None else (found.text, found.datetime)


UTC = dt.timezone.utc

# -- the page's stamp and a sign-off naming the first run (published_from_footer) ---------------------------

# (text, the published stamp, the updated stamp)
FOOTERS = [
    # kills right_under L893 return None, `at is not None` -> `is None`, `<=` -> `<` and `at + 2` (a footer
    # sign-off right under the page's stamp at the foot, naming an earlier day: the stamp is the update)
    (
        "Harbour ferry fares frozen\n\n" + STORY + "\nPublished March 12, 2025 4:10 PM\n"
        "This article was first published on March 11, 2025.\n",
        ("March 11, 2025", dt.datetime(2025, 3, 11)),
        ("March 12, 2025 4:10 PM", dt.datetime(2025, 3, 12, 16, 10)),
    ),
    # the same with a blank line between them (blank lines aside, it is still the next line)
    (
        "Harbour ferry fares frozen\n\n" + STORY + "\nPublished March 12, 2025 4:10 PM\n\n"
        "This article was first published on March 11, 2025.\n",
        ("March 11, 2025", dt.datetime(2025, 3, 11)),
        ("March 12, 2025 4:10 PM", dt.datetime(2025, 3, 12, 16, 10)),
    ),
    # kills right_under L892 `above.end + 1` (a story line between the stamp and the sign-off: the page's stamp stays)
    (
        "Harbour ferry fares frozen\n\nOfficials from both sides met on Monday to resume talks on a new trade deal, a "
        "government spokesman said.\n\nPublished March 12, 2025 4:10 PM\nThe talks are expected to last three days.\n"
        "This article was first published on March 11, 2025.\n",
        ("March 12, 2025 4:10 PM", dt.datetime(2025, 3, 12, 16, 10)),
        None,
    ),
    # kills right_under L893 without `at + 1 < len(lines)`, with `<=` for it, and `at - 1 < len(lines)` (the
    # sign-off above the stamp on the page's last line: no line under the stamp, the stamp stays)
    (
        "Harbour ferry fares frozen\n\n" + STORY + "\nThis article was first published on March 11, 2025.\n"
        "Published March 12, 2025 4:10 PM\n",
        ("March 12, 2025 4:10 PM", dt.datetime(2025, 3, 12, 16, 10)),
        None,
    ),
    # kills first_run_before L904 without the zone test and L905 `return True` (a zone on the stamp only: a date
    # alone cannot be weighed against it, the stamp stays the publication)
    (
        "Harbour ferry fares frozen\n\n" + STORY + "\nPublished March 12, 2025 4:10 PM GMT\n"
        "This article was first published on March 11, 2025.\n",
        ("March 12, 2025 4:10 PM GMT", dt.datetime(2025, 3, 12, 16, 10, tzinfo=UTC)),
        None,
    ),
    # kills first_run_before L908 `a <= b` (a first run at the very minute of the stamp is no earlier run)
    (
        "Harbour ferry fares frozen\nMarch 12, 2025 4:10 PM\n\nThis article was first published on March 12, 2025 "
        "at 4:10 PM.\n\n" + STORY,
        ("March 12, 2025 4:10 PM", dt.datetime(2025, 3, 12, 16, 10)),
        None,
    ),
    # kills first_run_before L906 without `a.tzinfo is None` (a first run at midnight with its zone is a time, not
    # a date alone: earlier the same day)
    (
        "Harbour ferry fares frozen\nMarch 12, 2025 4:10 PM GMT\n\nThis article was first published on March 12, "
        "2025 at 00:00 GMT.\n\n" + STORY,
        ("March 12, 2025 at 00:00 GMT", dt.datetime(2025, 3, 12, tzinfo=UTC)),
        ("March 12, 2025 4:10 PM GMT", dt.datetime(2025, 3, 12, 16, 10, tzinfo=UTC)),
    ),
]


@pytest.mark.parametrize(("text", "published", "updated"), FOOTERS)
def test_a_sign_off_under_the_page_stamp(
    text: str, published: tuple[str, dt.datetime], updated: tuple[str, dt.datetime] | None
) -> None:
    article = parse(text)
    assert stamp(article.published) == published
    assert stamp(article.updated) == updated


# (text, the published time, the updated time, the boilerplate as (kind, text))
HEADER_FIRST_RUNS = [
    # kills first_run_under_stamp L3274 `if True`, `found is not None`, without `not`, L3273 `published is None`
    # and L3276 return None, `True` -> `False` (the header's rule reads the sentence: its label words stay
    # boilerplate, the sentence is no sign-off filed over the stamp)
    (
        "Harbour ferry fares frozen\nMarch 12, 2025 16:10\n\nThis story first appeared on March 12, 2025 at 09:05.\n\n" + STORY,
        dt.datetime(2025, 3, 12, 9, 5),
        dt.datetime(2025, 3, 12, 16, 10),
        [("other", "This story first appeared")],
    ),
    (
        "Harbour ferry fares frozen\nMarch 12, 2025 4:10 PM\n\nThis article was first published on March 11, 2025.\n\n" + STORY,
        dt.datetime(2025, 3, 11),
        dt.datetime(2025, 3, 12, 16, 10),
        [("other", "This article was first published on")],
    ),
    # kills first_run_under_stamp L3274 `if False`, `and` for `or`, without `found is None`, `found is not None`
    # (no stamp above: nothing to weigh, no crash)
    (
        "Harbour ferry fares frozen\n\nThis story first appeared on March 12, 2025 at 09:05.\n\n" + STORY,
        dt.datetime(2025, 3, 12, 9, 5),
        None,
        [],
    ),
    # a sign-off with no date under the stamp stays a sign-off
    (
        "Harbour ferry fares frozen\nMarch 12, 2025 16:10\n\nThis article was first published by the Valley Ledger.\n\n" + STORY,
        dt.datetime(2025, 3, 12, 16, 10),
        None,
        [("sign-off", "This article was first published by the Valley Ledger.")],
    ),
]


@pytest.mark.parametrize(("text", "published", "updated", "boilerplate"), HEADER_FIRST_RUNS)
def test_a_first_run_sentence_in_the_header(
    text: str, published: dt.datetime, updated: dt.datetime | None, boilerplate: list[tuple[str, str]]
) -> None:
    article = parse(text)
    assert article.published is not None and article.published.datetime == published
    assert (article.updated.datetime if article.updated else None) == updated
    assert [(part.kind, part.text) for part in article.boilerplate] == boilerplate


# -- an author's note closing the page (BylineParser.in_closing_note) ----------------------------------------


def test_a_name_opening_a_paragraph_that_is_not_the_last_is_no_authors_note() -> None:
    # kills in_closing_note L1203 without `context[end - 1].isspace()` (the name opens the story's first
    # paragraph, once, not its last line: the subject of the story, no byline)
    article = parse(
        "Rail strike called off\nMaria Okafor | 14 February 2025, 6:05 pm\n\n"
        "Maria Okafor called off the rail strike on Monday after talks ran late into the night.\n\n"
        "Members will vote on the offer next week, the union said.\n"
    )
    assert article.byline is None
    assert ("other", "Maria Okafor") in [(part.kind, part.text) for part in article.boilerplate]


# -- a clock time before "by" (BylineParser.is_clock_head) ---------------------------------------------------

CLOCK_HEADS = [
    ("Posted at 10:30 am", True),
    ("Posted 10:30 pm via app", True),  # kills L1076 without `len(word) >= 4`, L1074 `>=` (a word of three letters)
    ("At 9:15 am local,", True),  # kills L1076 without `word.isalpha()` (a word with its comma is no clause's)
    ("Updated 10:30 am.", False),  # kills L1074 without `ends_sentence(head)`
    ("At 21:30 the bank shut", False),  # kills L1076 `len(word) > 4` and `>= 5` (words of four letters)
    ("Posted On 2:47 pm In Local News Desk", False),  # kills L1074 without the word count
    ("Posted On 2:47 pm In News Desk", False),
]


@pytest.mark.parametrize(("head", "expected"), CLOCK_HEADS)
def test_a_clock_head_before_by(head: str, expected: bool) -> None:
    parser = newsparse.ArticleParser()
    assert parser.byline.is_clock_head(head, parser.timestamps) is expected


# -- caption rules read on their own (CaptionParser) ---------------------------------------------------------

CAPTIONS = newsparse.ArticleParser().captions

# (what follows a photograph's date in its caption, whether it is the closing full stop or a place)
PHOTO_PLACES = [
    (" .", True),  # kills is_photo_place L1209 without `rest.strip()`
    (", in Birmingham, Ala.", True),
    (" in Washington.", True),  # kills L1213 `2 < len(words)` and `3 <= len(words)`, L1215 `word[:2]`
    (", in Los Angeles, Calif., USA", True),  # kills L1213 `len(words) < DATED_PLACE_WORDS` (five words)
    (" in", False),  # kills L1213 `if False`, `and` for `or`, without the word count
    (", in Los Angeles, Calif., United States.", False),  # (six words: no place)
    (", Birmingham, Ala.", False),  # kills L1213 without the preposition test
    (" at the White House.", False),
    (" during a rally in Birmingham.", False),  # kills L1214 return None (a place's answer is a bool)
]


@pytest.mark.parametrize(("rest", "expected"), PHOTO_PLACES)
def test_what_follows_a_photographs_date(rest: str, expected: bool) -> None:
    assert CAPTIONS.is_photo_place(rest) is expected


# (a caption before its date, whether a sentence ends in it and another follows)
RUN_ONS = [
    ("Firefighters work at the site. Crews finish", True),  # kills runs_on L1227 without `bare[:1].isupper()`, `or`
    ("A sign reads Stop! Crews wait", True),  # kills L1228 without `word[-1] != "."`
    ("Crews at work on Tuesday. The", True),  # kills L1227 without the length test
    ("Gov. Deval Patrick speaks", False),  # kills L1230 return None
    ("Firefighters, police etc. stand by", False),  # kills L1225 without `following[:1].isupper()`
    ("Capt. Ana Ruiz speaks", False),  # kills L1227 `len(bare) < OUTLET_ARTICLE_CHARS`
    ("Fans of the U.S.A. Team cheer", False),  # kills L1228 without `"." in bare`, `"XX.XX" in bare`
]


@pytest.mark.parametrize(("text", "expected"), RUN_ONS)
def test_a_caption_that_runs_on_past_a_sentence(text: str, expected: bool) -> None:
    assert CAPTIONS.runs_on(text) is expected


# (the words after a closing "via", whether they are a route rather than a source)
VIA_ROUTES = [
    ("Tunisia", True),  # kills is_via_route L1104 `if True`, L1106 return None, `and` for `or`, without is_place
    ("Hong Kong", True),  # kills L1106 without the country test (a place no country)
    ("France", True),
    # found by L1104 `if False` (no test of words in lower case): a country's name with a small word is a
    # route too; the test returned no before (fixed: the whole name is the vocabulary's or not)
    ("Bosnia and Herzegovina", True),
    ("Trinidad and Tobago", True),
    ("Kenya's police", False),  # (no place: a source)
    ("KCNA", False),
    ("Reuters", False),
]


@pytest.mark.parametrize(("credit", "expected"), VIA_ROUTES)
def test_the_words_after_a_closing_via(credit: str, expected: bool) -> None:
    assert CAPTIONS.is_via_route(credit) is expected


# (a caption, the credit after it, whether the credit names a poll's makers)
POLL_MAKERS = [
    ("Labour leads by 12 points in new poll", "Reuters/Ipsos", True),
    ("Labour leads in new (poll)", "Reuters/Ipsos", True),
    ("Labour leads by 12 points in new poll", "Reuters/Ana Ruiz", False),  # kills L1117 return None
    ("Labour leads by 12 points in new poll", "Reuters", False),  # kills L1116 without `len(pieces) != 2`
    ("Labour leads by 12 points in new poll", "AP/NORC/Gallup", False),
    ("Voters queue in Leeds on Thursday", "Reuters/Ipsos", False),  # kills L1118 `not in`
]


@pytest.mark.parametrize(("caption", "credit", "expected"), POLL_MAKERS)
def test_a_polls_makers_after_a_slash(caption: str, credit: str, expected: bool) -> None:
    assert CAPTIONS.is_poll_makers(caption, credit) is expected


# -- a CSV export's record (lines.csv_cells, ArticleParser.csv_cell_lines) -----------------------------------

CSV_CELLS = [
    # kills csv_cells L446 deleted, `True` for the empty last cell's flag, L447 return None
    ("title,author,", [(0, 5, False), (6, 12, False), (13, 13, False)]),
    ('"Rail ""fares"" to rise",Anna Kerr', [(1, 23, True), (25, 34, False)]),
    ('"Vote ""yes""",Ola Berg', [(1, 13, True), (15, 23, False)]),  # kills L430 `end += 3`
    ('"",Ola Berg', [(1, 1, True), (3, 11, False)]),  # kills L424 `end = at + 2`
    (",Ola Berg", [(0, 0, False), (1, 9, False)]),  # kills L439 `comma <= 0`, `comma < 1`, L440 `True`
    ("", [(0, 0, False)]),  # kills L423 without `at < size`, `at <= size` (an empty line, no crash)
    ('"Pier repairs', None),
    (',"Pier repairs', None),  # kills L427 `if False` (an endless loop: caught by the run's time limit)
    ('"Pier" repairs', None),  # kills L435 `if False`
]


@pytest.mark.parametrize(("text", "cells"), CSV_CELLS)
def test_the_cells_of_a_csv_record(text: str, cells: list[tuple[int, int, bool]] | None) -> None:
    assert newsparse.lines.csv_cells(text) == cells


CSV_RECORDS = [
    # kills csv_cell_lines L2153 `break` for `continue` (the body's mark opens at the line's end: its first
    # line holds nothing of the cell)
    (
        'title,author,date,body\nPier repairs begin,Ola Berg,2025-03-04,"\nWork starts on the east pier today.\n\n'
        '  It will last a month, the harbour office said."\n',
        ["Work starts on the east pier today.", "It will last a month, the harbour office said."],
    ),
    # kills csv_cell_lines L2159 `and` for `or`, without `line.blank_before` (the cell's blank line parts the
    # paragraphs where no sentence ends; a second part in lower case would carry the sentence on past
    # the blank line, fixL62's rule: one in capitals here)
    (
        'title,author,date,body\nPier repairs begin,Ola Berg,2025-03-04,"Work on the east pier starts today and\n\n'
        'It will last a month, the harbour office said."\n',
        ["Work on the east pier starts today and", "It will last a month, the harbour office said."],
    ),
]


@pytest.mark.parametrize(("text", "paragraphs"), CSV_RECORDS)
def test_the_body_cell_of_a_record_over_several_lines(text: str, paragraphs: list[str]) -> None:
    article = parse(text)
    assert article.headline is not None and article.headline.text == "Pier repairs begin"
    assert [paragraph.text for paragraph in article.paragraphs] == paragraphs


# -- the fuller of two names with one ending (PersonIndex.given_name_only) ------------------------------------

# (a name, another with its ending, whether the first is the fuller: a given name over a label's capital)
GIVEN_NAME_ONLY = [
    ("Harry Okonkwo", "Socceroo Okonkwo", True),
    ("Harry Okonkwo", "Dr Okonkwo", True),
    ("Harry Okonkwo", "Defender Tom Okonkwo", True),
    # kills L380 `if False`, `and` for `or`, without the length test, L381 return None, `True`
    ("Harry Okonkwo", "Okonkwo", False),
    ("Tom Okonkwo", "Defender Tom Okonkwo", False),  # kills L380 without the ending test
    ("Harry Okonkwo", "Anna Okonkwo", False),  # kills L384 `or` for `and`, without the other's given-name test
    ("Harry Okonkwo", "socceroo Okonkwo", False),  # kills L386 without the capital test
    ("Harry Okonkwo", "J Okonkwo", False),  # kills L387 without the length test, `>= 1`
    ("Harry Okonkwo", "Dr. Okonkwo", False),  # kills L388 without `"." not in first`, `"XX.XX"`
    ("Socceroo Okonkwo", "Defender Okonkwo", False),  # kills L384 without the name's given-name test
    ("Okonkwo", "Socceroo Okonkwo", False),
]


@pytest.mark.parametrize(("name", "other", "expected"), GIVEN_NAME_ONLY)
def test_a_given_name_over_a_labels_capital(name: str, other: str, expected: bool) -> None:
    index = newsparse.people.PersonIndex(newsparse.Vocabulary())
    assert index.given_name_only(name, other) is expected


# -- an event's name inside a sentence, a path of sections (names_inside_sentence, SectionParser.is_breadcrumb)

INSIDE_SENTENCE = [
    ("Crowds gathered at Glastonbury", True),  # kills L1459 without `end >= len(text)`, `end > len(text)`
    ("5 Glastonbury stages were built.", True),  # kills L1454 `text.find(word, 3)`
    ("Tickets for this year, Glastonbury said.", True),
    ("Glastonbury opens today. Glastonbury sells out.", False),
    ("Fans love Glastonburyfest.", False),
]


@pytest.mark.parametrize(("text", "expected"), INSIDE_SENTENCE)
def test_an_events_name_inside_a_sentence(text: str, expected: bool) -> None:
    assert newsparse.ArticleParser().names_inside_sentence(text, "Glastonbury") is expected


BREADCRUMBS = [
    ("Recipes » Baking", ["Recipes", "Baking"], True),
    ("News > World > Europe", ["News", "World", "Europe"], True),
    ("Home > Sport", ["Home", "Sport"], True),
    ("You are here: News > Sport", ["News", "Sport"], True),  # kills L153 without breadcrumb_lead
    ("Apple > Samsung", ["Apple", "Samsung"], False),  # kills L155 return None, L156's changes
    ("Home >", ["Home"], False),  # kills L151 `if False`, `and` for `or`, without the label count
    ("Home Sport", ["Home", "Sport"], False),  # kills L151 without the separator test, `not in`
    ("Recipes Baking", ["Recipes", "Baking"], False),  # kills L152 return None
]


@pytest.mark.parametrize(("text", "labels", "expected"), BREADCRUMBS)
def test_a_path_of_sections(text: str, labels: list[str], expected: bool) -> None:
    assert newsparse.ArticleParser().section.is_breadcrumb(text, labels) is expected


# -- the first link under a label of related links (ArticleParser.link_under_related_label) -----------------

LINKS_HEAD = (
    "Fairground rides to return to the seafront\n\nBy Kate Lowe\n\n"
    "Fairground rides will return to the seafront next summer, the council said on Monday.\n\n"
    "The rides were removed in 2019 after complaints about noise.\n\n"
)

# (the page's tail under the story, the paragraphs' last, the boilerplate as (kind, text))
RELATED_LINKS = [
    # kills L1734 `len(lines) - 2` (one link under the question, the page's last line)
    (
        "You may also like...\n\nWho will run the seafront cafe next year?\n\nPier reopens after storm repairs\n",
        "The rides were removed in 2019 after complaints about noise.",
        [
            ("related", "You may also like..."),
            ("other", "Who will run the seafront cafe next year?"),
            ("other", "Pier reopens after storm repairs"),
        ],
    ),
    # kills L1737 without the label's kind (a share button over the question is no label of links)
    (
        "Share this article\n\nWho will run the seafront cafe next year?\n\nPier reopens after storm repairs\n\n"
        "Beach huts sell out within an hour\n\nNew lifeguard hut for the east beach\n",
        "Who will run the seafront cafe next year?",
        [
            ("share", "Share this article"),
            ("other", "Pier reopens after storm repairs"),
            ("other", "Beach huts sell out within an hour"),
            ("other", "New lifeguard hut for the east beach"),
        ],
    ),
]


@pytest.mark.parametrize(("tail", "last", "boilerplate"), RELATED_LINKS)
def test_the_links_under_the_story(tail: str, last: str, boilerplate: list[tuple[str, str]]) -> None:
    article = parse(LINKS_HEAD + tail)
    assert article.paragraphs[-1].text == last
    assert [(part.kind, part.text) for part in article.boilerplate] == boilerplate


# -- a dated photograph's subject and verb (CaptionParser.opens_with_photo_verb) -----------------------------

PHOTO_VERBS = [
    ("President Joe Biden speaks", True),
    ("Deval Patrick, left, speaks", True),
    ("Ana Ruiz runs", True),  # kills L1199 `len(verb) <= 4`, `< 5`
    ("Ruiz speaks", True),  # kills L1191 `at += 2`
    ("Lakers Forward LeBron James dunks", True),
    # kills L1192 `if False`, `and` for `or`, L1193 `True`, L1190 without `at < len(words)`, `<=` (no verb)
    ("President Joe Biden", False),
    ("Deval Patrick,", False),  # kills L1192 without `at >= len(words)`, `at > len(words)`
    ("speaks to reporters", False),  # kills L1192 without `not at`, L1193 return None
    ("the President speaks", False),  # kills L1189 `at = 1`
    ("Deval Patrick, left,", False),  # kills L1196 `if False`, `>`, L1197 return None, `True`
    ("Deval Patrick, left speaks", False),  # kills L1194 without the comma after the position
    ("Deval Patrick left, speaks", False),  # kills L1194 without the comma before it
    ("Deval Patrick, 64, speaks", False),  # kills L1194 without POSITION_WORDS, `or` for `and`
    ("Ana Ruiz smiled", False),  # kills L1199 without `endswith("s")`, without the verb's shape
    ("Manchester United boss Ruben Amorim", False),  # kills L1199 without `endswith("ss")`
    ("Ana Ruiz, his wife, smiles", False),  # kills L1199 without the length test
    ("Ana Ruiz 2025s", False),  # kills L1199 without `verb.isalpha()`
    ("Former Chief Executive Of The Royal Bank Of Scotland speaks", False),  # kills L1190 without the word cap, `<=`
]


@pytest.mark.parametrize(("caption", "expected"), PHOTO_VERBS)
def test_a_dated_photographs_subject_and_verb(caption: str, expected: bool) -> None:
    assert CAPTIONS.opens_with_photo_verb(caption.split()) is expected


# -- a live blog's entry stamp, the line at an offset (heads_stamped_entry, line_at) ---------------------------

# (lines, the stamp's line, whether the stamp alone on it heads an entry)
ENTRY_STAMPS = [
    ("Nov 23, 2024 10:12 (IST)\nRuling front leads in 80 seats\n", 0, True),  # kills L837 `index + 2`
    ("Nov 23, 2024\nRuling front leads in 80 seats\n", 0, False),  # kills L835 `if False`, without the clock test
    ("Updated Nov 23, 2024 10:12\nRuling front leads in 80 seats\n", 0, False),  # kills L835 without the line test
    ("Nov 23, 2024 10:12\n\nRuling front leads in 80 seats\n", 0, False),  # kills L837 without `blank_before`
    ("Ruling front leads\nNov 23, 2024 10:12\n", 1, False),  # kills L837 without the count, `>`, `index - 1`
    ("Nov 23, 2024 10:12\nNov 23, 2024 09:48\nRuling front leads\n", 0, False),  # kills L839 `index + 2`
]


@pytest.mark.parametrize(("text", "index", "expected"), ENTRY_STAMPS)
def test_a_stamp_heading_a_live_blogs_entry(text: str, index: int, expected: bool) -> None:
    parser = newsparse.ArticleParser()
    lines = newsparse.lines.split_lines(text)
    (found,) = parser.timestamps.parse(lines, index)
    assert parser.heads_stamped_entry(lines, index, found) is expected


# (an offset into "\nPier shut\n\nCrews work\n", the index of the line holding it)
LINE_AT = [
    (0, None),  # (the blank first line) kills line_at L847 `if False`
    (1, 0),  # kills L847 `index <= 0`, `index < 1`
    (9, 0),
    (10, None),  # (the line's end) kills L847 `offset <= end`, `and` for `or`, without the span test
    (12, 1),
    (30, None),
]


@pytest.mark.parametrize(("offset", "index"), LINE_AT)
def test_the_line_at_an_offset(offset: int, index: int | None) -> None:
    lines = newsparse.lines.split_lines("\nPier shut\n\nCrews work\n")
    assert newsparse.ArticleParser.line_at(lines, offset) == index


# (a field's line, the value's start and end, the closing mark of the pair right around it)
FIELD_MARKS = [
    ('title: "Rail fares to rise"', 8, 26, '"'),
    ("title: «Rail fares to rise»", 8, 26, "»"),
    ('"Rail fares"', 1, 11, '"'),  # kills lines.quoted_field_mark L403 `start < 2`, `start <= 1`
    ('"Rail fares', 1, 11, None),  # kills L403 without `end >= len(text)`, `end > len(text)`
    ('Rail fares"', 0, 10, None),  # kills L403 `if False`, `and` for `or`, without `start < 1`
    ('title: Rail fares to rise"', 7, 25, None),  # kills L406 without the opening mark's test, `or` for `and`
    ('title: "Rail fares to rise»', 8, 26, None),  # kills L406 without the closing mark's test
]


@pytest.mark.parametrize(("text", "start", "end", "mark"), FIELD_MARKS)
def test_the_marks_around_a_fields_value(text: str, start: int, end: int, mark: str | None) -> None:
    assert newsparse.lines.quoted_field_mark(text, start, end) == mark


# -- an organisation's name after a particle (PersonIndex.named_by_body) --------------------------------------

# (a piece's capitalised values, where the name starts, whether an organisation word names it)
NAMED_BY_BODY = [
    ("Union de Trabajadores de Andina", 2, True),  # kills L976 `cut <= 2`, `cut < 3`, L979 `or`, without is_org_word
    ("Union Central Rural", 2, False),  # kills L976 without the particle test, `if False`, `and` for `or`
    ("union de Trabajadores", 2, False),  # kills L979 without the capital test
    ("Ana de Souza", 2, False),  # kills L979 without the organisation word's test
    ("de Souza Bank", 1, False),  # kills L976 without `cut < 2` (no word before the particle)
    ("de Trabajadores", 1, False),  # kills L977 return None
]


@pytest.mark.parametrize(("values", "cut", "expected"), NAMED_BY_BODY)
def test_a_name_after_a_particle_named_by_a_body(values: str, cut: int, expected: bool) -> None:
    vocabulary = newsparse.Vocabulary()
    names = newsparse.people._name_model(newsparse.people.PersonIndex.NAME_MODEL, vocabulary)
    assert newsparse.people.PersonIndex.named_by_body(vocabulary, names, values.split(), cut) is expected


# -- a stamp's brackets (TimestampParser.clean) ---------------------------------------------------------------

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))

STAMP_LINES = [
    ("Nov 23, 2024 10:12 (IST)", "Nov 23, 2024 10:12 (IST)", dt.datetime(2024, 11, 23, 10, 12, tzinfo=IST)),
    # kills clean L1472 the brackets' words replaced by letters, not a space (a weekday in brackets)
    ("Posted: Nov 23, 2024 (Saturday) 10:12", "Nov 23, 2024 (Saturday) 10:12", dt.datetime(2024, 11, 23, 10, 12)),
]


@pytest.mark.parametrize(("line", "text", "when"), STAMP_LINES)
def test_a_stamp_with_brackets(line: str, text: str, when: dt.datetime) -> None:
    parser = newsparse.ArticleParser()
    (found,) = parser.timestamps.parse(newsparse.lines.split_lines(line), 0)
    assert (found.text, found.datetime) == (text, when)


# -- a kicker that names a section, an event's label (names_section, SectionParser.is_event_label) ------------

SECTION_NAMES = [
    ("Opinion", True),
    ("Home > Opinion", True),  # kills names_section L1536 `if False`, `len(labels) > 2`, L1537 return None
    ("Opinion | Sport", False),  # kills L1536 `if False` (two labels with no path between them)
    ("Apple > Samsung", False),
    ("Rail fares to rise again", False),  # kills L1535 return None, `True`
]


@pytest.mark.parametrize(("text", "expected"), SECTION_NAMES)
def test_a_kicker_that_names_a_section(text: str, expected: bool) -> None:
    assert newsparse.ArticleParser().names_section(text) is expected


# kills SectionParser.is_event_label L374 deleted, `"XX"` for `""`, `count=1` (invisible marks at both edges)
@pytest.mark.parametrize("text", ["Glastonbury 2026", "\u200bGlastonbury 2026", "\ufeffGlastonbury 2026\u200b"])
def test_an_events_label_between_invisible_marks(text: str) -> None:
    assert newsparse.ArticleParser().section.is_event_label(text) is True


# -- a place after an agency's bracket (DatelineParser.place_after_agency, is_plausible) ----------------------

AGENCY_PLACES = [
    ("(ANSA) - BOLOGNA, 18 OTT -", "(ANSA) - BOLOGNA, 18 OTT -", "BOLOGNA"),
    # kills is_plausible L631 `if False`, L632 `True`, place_after_agency L545 `if False`, `and` for `or`,
    # without the plausibility test (a label in capitals, no place)
    ("(ANSA) - UPDATE, 18 OTT -", "(ANSA) -", None),
    # kills place_after_agency L545 without the second agency's test, `"XX"` for its group's name
    ("(ANSA) - BOLOGNA, 18 OTT (AGI) -", "(ANSA) -", None),
]


@pytest.mark.parametrize(("head", "dateline", "place"), AGENCY_PLACES)
def test_a_place_after_an_agencys_bracket(head: str, dateline: str, place: str | None) -> None:
    article = parse(
        "Ministers resume trade talks\n\n" + head + " Officials from both sides met on Monday to resume talks on a "
        "new trade deal, a government spokesman said.\n"
    )
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.place, article.dateline.agency) == (dateline, place, "ANSA")


# -- an event's label over the headline (ArticleParser.event_over_headline) -----------------------------------

# (text, the section, the headline)
EVENT_LABELS = [
    # kills L1438 without `len(lines) < 4` (three lines: no story to read, no crash)
    ("Glastonbury 2026\nRain fails to dampen the mood as gates open\nBy Hannah Price\n", (), "Glastonbury 2026"),
    # kills L1438 `len(lines) <= 4`, `< 5` (four lines, the story's one line naming the festival)
    (
        "Glastonbury 2026\nRain fails to dampen the mood as gates open\nBy Hannah Price\n"
        "Tens of thousands of fans poured through the gates at Glastonbury on Wednesday.\n",
        ("Glastonbury 2026",),
        "Rain fails to dampen the mood as gates open",
    ),
    # kills L1438 without headline_under_label (a shorter line under the label is no headline)
    (
        "Glastonbury 2026\n\nMud\n\nBy Hannah Price\n\nTens of thousands of fans poured through the gates at "
        "Glastonbury on Wednesday.\n",
        (),
        "Glastonbury 2026",
    ),
]


@pytest.mark.parametrize(("text", "section", "headline"), EVENT_LABELS)
def test_an_events_label_over_a_headline(text: str, section: tuple[str, ...], headline: str) -> None:
    article = parse(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline


# found by csv_cell_lines' survivors: the body cell's closing mark alone on its line was in no part (fixed: it is
# boilerplate "other", empty cells after it too)
@pytest.mark.parametrize(
    ("text", "closing"),
    [
        (
            'title,author,date,body\nPier repairs begin,Ola Berg,2025-03-04,"Work starts on the east pier today.\n\n'
            'It will last a month, the harbour office said.\n"\n',
            '"',
        ),
        (
            'title,author,date,body,url\nPier repairs begin,Ola Berg,2025-03-04,"Work starts on the east pier today.\n\n'
            'It will last a month, the harbour office said.\n",\n',
            '",',
        ),
    ],
)
def test_the_closing_mark_alone_on_its_line_is_boilerplate(text: str, closing: str) -> None:
    article = parse(text)
    assert [paragraph.text for paragraph in article.paragraphs] == [
        "Work starts on the east pier today.",
        "It will last a month, the harbour office said.",
    ]
    assert article.boilerplate[-1].kind == "other" and article.boilerplate[-1].text == closing


# -- a name opening a sentence, a breadcrumb's lead (PersonIndex.opens_sentence, SectionParser.breadcrumb_lead)

OPENS_SENTENCE = [
    ("A Ruiz family spokesman said", 2, False),  # kills L367 `max(1, ...)`
    ("said Ana Ruiz", 5, False),  # kills L367 `start + OPENING_WINDOW`
    ("Ruiz said", 0, True),
    ("\u201cRuiz said", 1, True),
    ("The vote ended. Ruiz said", 16, True),
]


@pytest.mark.parametrize(("text", "start", "expected"), OPENS_SENTENCE)
def test_a_name_that_opens_a_sentence(text: str, start: int, expected: bool) -> None:
    assert newsparse.people.PersonIndex.opens_sentence(text, start) is expected


BREADCRUMB_LEADS = [
    ("You are here: Home > Sport", True),
    ("Sport: Home > Football", False),  # kills L166 `or` for `and`, without the lead's words
    ("You are here", False),  # kills L166 without the colon
    ("Home > Sport", False),
]


@pytest.mark.parametrize(("text", "expected"), BREADCRUMB_LEADS)
def test_the_words_before_a_breadcrumb(text: str, expected: bool) -> None:
    assert newsparse.ArticleParser().section.breadcrumb_lead(text) is expected


# -- an outlet's piece after a byline's name (ArticleParser.with_outlet_piece) --------------------------------

NAME = newsparse.Byline(("Jenna Dumont",), None, "Jenna Dumont", newsparse.Span(0, 12))
WITH_AGENCY = newsparse.Byline(("Jenna Dumont",), "AP", "Jenna Dumont", newsparse.Span(0, 12))
NO_NAME = newsparse.Byline((), None, "Jenna Dumont", newsparse.Span(0, 12))

# (the byline read from the line's first piece, the next piece, the byline it gives)
OUTLET_PIECES = [
    (NAME, "CBC News", newsparse.Byline(("Jenna Dumont",), "CBC News", "Jenna Dumont · CBC News", newsparse.Span(0, 23))),
    (None, "CBC News", None),  # kills L2752 without `byline is None`
    (WITH_AGENCY, "CBC News", WITH_AGENCY),  # kills L2752 without `byline.agency is not None` (an agency read stays)
    (NO_NAME, "CBC News", NO_NAME),  # kills L2752 without `not byline.authors` (no name: no outlet beside it)
    (NAME, "ABC Radio", NAME),  # kills L2756 `if False`, L2757 return None (an outlet the line does not print)
    (NAME, "Local News", NAME),
]


@pytest.mark.parametrize(("byline", "piece", "expected"), OUTLET_PIECES)
def test_an_outlets_piece_after_the_name(byline: newsparse.Byline | None, piece: str, expected: newsparse.Byline | None) -> None:
    line = newsparse.lines.Line("Jenna Dumont · CBC News · Posted: Nov 21, 2024", newsparse.Span(0, 50), 0, False)
    assert newsparse.ArticleParser().with_outlet_piece(byline, line, piece) == expected


# -- a CSV record on one line (ArticleParser.header_csv_record) ----------------------------------------------

# (text, the headline, the byline's authors, the publication, the boilerplate as (kind, text), the paragraphs);
# kill header_csv_record's mutants of the empty cell (L2093 `if False`, L2094 `break`), the cell's leading blanks
# (L2100 `- lead`), the byline's and the stamp's tests (L2107, L2112), a column of no part (L2119 deleted, L2118
# `break`) and a second headline column (L2102 without `state.headline is None`)
ONE_LINE_RECORDS = [
    (
        "id,title,author,date,section,body\n"
        '7,  Pier repairs begin ,Ola Berg,2025-03-04,,"Work starts on the east pier today, the harbour office said."\n',
        "Pier repairs begin",
        ("Ola Berg",),
        dt.datetime(2025, 3, 4),
        [("other", "id,title,author,date,section,body"), ("other", "7")],
        ["Work starts on the east pier today, the harbour office said."],
    ),
    (
        "id,title,author,date,body,headline\n"
        '7,Pier repairs begin,n/a,next week,"Work starts on the east pier today, the harbour office said.",Second title\n',
        "Pier repairs begin",
        None,
        None,
        [
            ("other", "id,title,author,date,body,headline"),
            ("other", "7"),
            ("other", "n/a"),
            ("other", "next week"),
            ("other", "Second title"),
        ],
        ["Work starts on the east pier today, the harbour office said."],
    ),
]


@pytest.mark.parametrize(("text", "headline", "authors", "published", "boilerplate", "paragraphs"), ONE_LINE_RECORDS)
def test_a_csv_record_on_one_line(
    text: str,
    headline: str,
    authors: tuple[str, ...] | None,
    published: dt.datetime | None,
    boilerplate: list[tuple[str, str]],
    paragraphs: list[str],
) -> None:
    article = parse(text)
    assert article.headline is not None and article.headline.text == headline
    assert text[article.headline.span.start : article.headline.span.end] == headline
    assert (article.byline.authors if article.byline else None) == authors
    assert (article.published.datetime if article.published else None) == published
    assert [(part.kind, part.text) for part in article.boilerplate] == boilerplate
    assert [paragraph.text for paragraph in article.paragraphs] == paragraphs
