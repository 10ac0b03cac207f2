"""The stamp and byline code of stop 19 that mutS's pass did not reach, run by ``mutV`` (docs/testing.md,
"Mutation testing"): the survivors' killing cases.  Each table sets the bad shape beside the good one and asserts
the exact value that comes out of the rule."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse.byline import BylineParser
from newsparse.lines import Line
from newsparse.spans import Span, Timestamp, TimestampKind
from newsparse.timestamp import TimestampParser, composed_view

STAMPS = TimestampParser()

#: "à" and "é" written as a letter and a combining accent, as some pages send them
A_GRAVE = "a\u0300"
E_ACUTE = "e\u0301"


def line_at(text: str, start: int, *, blank_before: bool = False) -> Line:
    return Line(text, Span(start, start + len(text)), 0, blank_before)


def published(text: str, when: dt.datetime, start: int = 20) -> Timestamp:
    return Timestamp(when, TimestampKind.PUBLISHED, text, Span(start, start + len(text)))


def read(stamp: Timestamp | None) -> tuple[dt.datetime, str, str, tuple[int, int]] | None:
    if stamp is None:
        return None
    return stamp.datetime, stamp.kind.value, stamp.text, (stamp.span.start, stamp.span.end)


# -- TimestampParser.update_on_day: a clock alone under a date alone ----------------------------------------------

MAY_12 = dt.datetime(2025, 5, 12)

UPDATES_ON_DAY = [
    # (the update line, the published stamp over it, the update read: datetime, text, span)
    # a clock under a date: the update falls on the date's day, its span the clock's
    ("Updated 14:05 GMT", published("May 12, 2025", MAY_12), (dt.datetime(2025, 5, 12, 14, 5), "14:05 GMT", (48, 57))),
    # the label typed with a decomposed accent: read composed, the span and text on the line as written (the
    # clock stands one character further on than in the composed line)
    (f"Mis {A_GRAVE} jour 14:05", published("May 12, 2025", MAY_12), (dt.datetime(2025, 5, 12, 14, 5), "14:05", (52, 57))),
    # an update at the very time of the publication (midnight) is kept: only an earlier one is turned down
    ("Updated 00:00", published("May 12, 2025", MAY_12), (MAY_12, "00:00", (48, 53))),
    # a line of exactly MAX_LINE_CHARS characters (blanks after the clock) is still read
    ("Updated 14:05" + " " * 147, published("May 12, 2025", MAY_12), (dt.datetime(2025, 5, 12, 14, 5), "14:05", (48, 53))),
    # a line one character longer is not
    ("Updated 14:05" + " " * 148, published("May 12, 2025", MAY_12), None),
    # a published stamp that writes a clock, even at midnight: the update may fall on a later day
    ("Updated 14:05", published("May 12, 2025 00:00", MAY_12), None),
    # a published date with no year (read against a reference date): the clock alone gives no date
    ("Updated 14:05", published("12 May", dt.datetime(2024, 5, 12)), None),
    # an update before the publication's clock, the label decomposed
    (f"Mis {A_GRAVE} jour 09:05", published("May 12, 2025", dt.datetime(2025, 5, 12, 10)), None),
]


@pytest.mark.parametrize(("text", "stamp", "expected"), UPDATES_ON_DAY)
def test_an_update_clock_under_a_date_falls_on_its_day(
    text: str, stamp: Timestamp, expected: tuple[dt.datetime, str, tuple[int, int]] | None
) -> None:
    found = STAMPS.update_on_day(line_at(text, 40), stamp)
    if expected is None:
        assert found is None
    else:
        when, written, span = expected
        assert read(found) == (when, "updated", written, span)
        assert found is not None and text[span[0] - 40 : span[1] - 40] == written


# -- composed_view and TimestampParser.parse on a line typed with decomposed accents -------------------------------


def test_the_composed_view_maps_each_character_back() -> None:
    view, positions = composed_view(f"Publi{E_ACUTE} le 3 mai")
    assert view == "Publié le 3 mai"
    assert positions == (0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)
    # a composed text is its own view
    assert composed_view("Publié le 3 mai") == ("Publié le 3 mai", None)


DECOMPOSED_LINES = [
    # (the line, the reference date, the stamps read: datetime, kind, text, span)
    (f"Mis {A_GRAVE} jour le 12 mai 2025 {A_GRAVE} 14:05", None,
     [(dt.datetime(2025, 5, 12, 14, 5), "updated", f"12 mai 2025 {A_GRAVE} 14:05", (45, 65))]),
    # no year: the reference date gives it, through the composed line
    (f"Publi{E_ACUTE} le 12 mai", dt.date(2025, 5, 20), [(MAY_12, "published", "12 mai", (41, 47))]),
    (f"Publi{E_ACUTE} le 12 mai", None, []),
]


@pytest.mark.parametrize(("text", "reference", "expected"), DECOMPOSED_LINES)
def test_a_stamp_typed_with_decomposed_accents_is_read_on_the_line_as_written(
    text: str, reference: dt.date | None, expected: list[tuple[dt.datetime, str, str, tuple[int, int]]]
) -> None:
    found = STAMPS.parse([line_at(text, 30)], 0, reference)
    assert [read(stamp) for stamp in found] == expected
    assert all(text[stamp.span.start - 30 : stamp.span.end - 30] == stamp.text for stamp in found)


def test_a_decomposed_stamp_line_is_read_at_its_index() -> None:
    lines = [line_at("Ferries resume", 0), line_at(f"Publi{E_ACUTE} le 12 mai 2025", 15)]
    assert [read(stamp) for stamp in STAMPS.parse(lines, 1)] == [(MAY_12, "published", "12 mai 2025", (26, 37))]


BESIDE = [
    # (the line, the stamps read): an update's clock alone beside a published date falls on its day
    ("May 12, 2025 | Updated 14:05 GMT",
     [(MAY_12, "published", "May 12, 2025", (30, 42)), (dt.datetime(2025, 5, 12, 14, 5), "updated", "14:05 GMT", (53, 62))]),
    # beside an updated date: no published day to set it on
    ("Updated May 12, 2025 | Updated 14:05 GMT", [(MAY_12, "updated", "May 12, 2025", (38, 50))]),
]


@pytest.mark.parametrize(("text", "expected"), BESIDE)
def test_an_update_clock_beside_a_published_date(
    text: str, expected: list[tuple[dt.datetime, str, str, tuple[int, int]]]
) -> None:
    assert [read(stamp) for stamp in STAMPS.parse([line_at(text, 30)], 0)] == expected


def test_a_text_that_composing_joins_across_characters_is_read_as_written() -> None:
    # Hangul jamo: the initial and the vowel are two characters that compose into one syllable
    text = "\u1100\u1161 2025"
    assert composed_view(text) == (text, None)


CLOCK_LINES = [
    # (the line, whether it is a clock time after a label and nothing else)
    (f"Mis {A_GRAVE} jour 14:05", True),
    ("Mis à jour 14:05", True),
    (f"Mis {A_GRAVE} jour le 12 mai", False),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_LINES)
def test_a_clock_after_a_label_typed_with_decomposed_accents(text: str, expected: bool) -> None:
    assert STAMPS.is_clock_line(text) is expected


# -- TimestampParser.month_first_after: a dotted date that reads both ways ---------------------------------------

DOTTED = [
    # (the line, whether it reads both ways, the date read): the second number at 12 still names a month
    ("Published 03.12.2025", True, dt.datetime(2025, 12, 3)),
    ("Published 03.11.2025", True, dt.datetime(2025, 11, 3)),
    # at 13 it does not: only one reading
    ("Published 03.13.2025", False, dt.datetime(2025, 3, 13)),
]


@pytest.mark.parametrize(("text", "both_ways", "when"), DOTTED)
def test_a_dotted_date_that_reads_both_ways_is_read_day_first(text: str, both_ways: bool, when: dt.datetime) -> None:
    assert STAMPS.month_first_after("", text.removeprefix("Published ")) is both_ways
    assert [stamp.datetime for stamp in STAMPS.parse([line_at(text, 0)], 0)] == [when]


# -- TimestampParser.find: a stamp among other words, with decomposed accents -------------------------------------

LONG_BYLINE = (
    f"By Andr{E_ACUTE} Dupont, special correspondent with the police and the rescue services of the region, with "
    "the bureaus in Lyon, Marseille, Toulouse and Bordeaux, and our desk in Paris | "
)

FOUND = [
    # (the text, the reference date, the stamp read: datetime, text, its start in the text)
    (f"By Andr{E_ACUTE} Dupont - May 12, 2025 8:03 am", None, (dt.datetime(2025, 5, 12, 8, 3), "May 12, 2025 8:03 am", 19)),
    # no year: the reference date gives it, through the composed text
    (f"By Andr{E_ACUTE} Dupont - May 12 8:03 am", dt.date(2025, 5, 20), (dt.datetime(2025, 5, 12, 8, 3), "May 12 8:03 am", 19)),
    # the date ends near FIND_CHARS (the composed view reaches past it)
    (LONG_BYLINE + "May 12, 2025", None, (MAY_12, "May 12, 2025", 179)),
    # no date at all
    (f"By Andr{E_ACUTE} Dupont", None, None),
]


@pytest.mark.parametrize(("text", "reference", "expected"), FOUND)
def test_a_stamp_found_in_a_line_with_decomposed_accents(
    text: str, reference: dt.date | None, expected: tuple[dt.datetime, str, int] | None
) -> None:
    found = STAMPS.find(text, 100, reference)
    if expected is None:
        assert found is None
    else:
        when, written, start = expected
        assert found is not None and (found.datetime, found.text, found.span.start) == (when, written, 100 + start)
        assert text[found.span.start - 100 : found.span.end - 100] == written


# -- BylineParser.read_names: what follows the names ------------------------------------------------------------
# (a parser is built in each test, so that its patterns are those the constructor makes as it stands)

NAMES = [
    # (the words after "By", the names and agency read)
    # a role's place after it is left out, so that the role is read
    ("Jane Roe, Middle East Correspondent, Jerusalem", (("Jane Roe",), None)),
    ("Jane Roe, Latin America correspondent in Bogota", (("Jane Roe",), None)),
    # an agency after the role is no place: it is the agency
    ("Jane Roe, China Correspondent, Xinhua", (("Jane Roe",), "Xinhua")),
    ("Jane Roe, China Correspondent, Reuters", (("Jane Roe",), "Reuters")),
    # a role "in" an agency: neither a place nor a role read
    ("Jane Roe, correspondent in Reuters", ((), None)),
    # an affiliation after a comma is left out
    ("Jane Roe, Investing.com", (("Jane Roe",), None)),
    ("Jane Roe, UC-Davis Health", (("Jane Roe",), None)),
    ("Jane Roe, Staff Writer, Investing.com", (("Jane Roe",), None)),
    ("Jane Roe, Investing.com Staff Writer", (("Jane Roe",), None)),
    # a role with no mark before it, an agency in it
    ("Jane Roe Staff Writer", (("Jane Roe",), None)),
    ("Tom Krisher AP Auto Writer", (("Tom Krisher",), "AP")),
    # the words before a role word are the role's, the name its shortest opening that is a name
    ("Jane Roe Moscow Correspondent", (("Jane Roe",), None)),
    ("Jane Roe East Africa Correspondent", (("Jane Roe",), None)),
    ("Jane Roe Moscow Bureau Chief", (("Jane Roe",), None)),
    ("Amy Clarke Health and Science Correspondent", (("Amy Clarke",), None)),
    ("Ana de la Fuente Ukraine Editor", (("Ana de la Fuente",), None)),
    # a role that names its region keeps the whole name before it, as does a marked role
    ("Mary Ann Smith Europe Correspondent", (("Mary Ann Smith",), None)),
    ("Mary Ann Smith, Correspondent", (("Mary Ann Smith",), None)),
    # a role after a comma in any case
    ("Jane Roe, staff writer", (("Jane Roe",), None)),
    # the outlet the author writes for
    ("Jane Roe for The Daily Ledger", (("Jane Roe",), None)),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_the_names_before_a_role_a_place_or_an_affiliation(
    text: str, expected: tuple[tuple[str, ...], str | None]
) -> None:
    assert BylineParser().read_names(text, has_prefix=True) == expected


def test_without_a_prefix_names_need_an_agency_or_a_role() -> None:
    assert BylineParser().read_names("Tom Krisher AP Auto Writer", has_prefix=False) == ((), None)
    assert BylineParser().read_names("Jane Roe, Reuters", has_prefix=False) == (("Jane Roe",), "Reuters")
    assert BylineParser().read_names("Jane Roe, staff writer", has_prefix=False) == (("Jane Roe",), None)


MORE_NAMES = [
    # each author's place is left out, and a role set off by commas between two authors
    ("Mike Stone in Washington and Jan Wolfe in New York", (("Mike Stone", "Jan Wolfe"), None)),
    ("Amy Clarke, Health Correspondent, and Tom Hale", (("Amy Clarke", "Tom Hale"), None)),
]


@pytest.mark.parametrize(("text", "expected"), MORE_NAMES)
def test_places_and_roles_between_two_authors(text: str, expected: tuple[tuple[str, ...], str | None]) -> None:
    assert BylineParser().read_names(text, has_prefix=True) == expected


# -- BylineParser.role_run_start: where a role with no mark before it starts -------------------------------------

ROLE_RUNS = [
    # (the text, where the role starts): after the shortest opening that is a name
    ("Jane Roe Moscow Correspondent", 8),
    ("Jane Roe Middle East Correspondent", 8),
    ("Jane Roe Middle East Bureau Chief", 8),
    ("Jane Roe Senior Middle East Correspondent", 8),
    ("Ana de la Fuente Ukraine Editor", 16),
    # a role word alone after the name is no run of role words
    ("Jane Roe Correspondent", None),
    # a comma, two authors or no role word at the end: no run
    ("Jane Roe, Moscow Correspondent", None),
    ("Jane Roe and John Doe Moscow Correspondent", None),
    ("Jane Roe Reuters", None),
]


@pytest.mark.parametrize(("text", "start"), ROLE_RUNS)
def test_a_role_run_starts_after_the_name(text: str, start: int | None) -> None:
    assert BylineParser().role_run_start(text) == start


# -- BylineParser.cut_outlet: the outlet after the names ----------------------------------------------------------

OUTLETS = [
    # (the words after "By", the names left and the agency the outlet names)
    ("Jane Roe, The Washington Post", ("Jane Roe", None)),
    ("Jane Roe, BBC News", ("Jane Roe", "BBC News")),
    ("Jane Roe, Reuters Health", ("Jane Roe", "Reuters Health")),
    ("Jane Roe, City News", ("Jane Roe", None)),
    ("Jane Roe Bloomberg News", ("Jane Roe", "Bloomberg News")),
    # an outlet with no mark after the names: a determiner's, or one in capitals after names that are not
    ("Jane Roe The Daily Ledger", ("Jane Roe", None)),
    ("Jane Roe USA TODAY", ("Jane Roe", None)),
    ("Jane Roe The Associated Press", ("Jane Roe", "The Associated Press")),
    ("JANE ROE USA TODAY", ("JANE ROE USA TODAY", None)),
    # an agency and a role word after the comma is a role, read later
    ("Jane Roe, CNN Editor-at-large", ("Jane Roe, CNN Editor-at-large", None)),
    # an empty author field ("By , The Washington Post"): no names to cut the outlet from
    (", The Washington Post", (", The Washington Post", None)),
]


@pytest.mark.parametrize(("text", "expected"), OUTLETS)
def test_the_outlet_after_the_names_is_cut(text: str, expected: tuple[str, str | None]) -> None:
    assert BylineParser().cut_outlet(text) == expected


# -- BylineParser.parse_plain: a paper that signs the story -----------------------------------------------------

PAPERS = [
    # (the line, the authors, the agency, the byline's text)
    ("By The New York Times with AFP", ("The New York Times",), "AFP", "By The New York Times with AFP"),
    ("By The New York Times", ("The New York Times",), None, "By The New York Times"),
]


@pytest.mark.parametrize(("text", "authors", "agency", "written"), PAPERS)
def test_a_paper_signs_the_story_with_an_agency(
    text: str, authors: tuple[str, ...], agency: str | None, written: str
) -> None:
    byline = BylineParser().parse([line_at(text, 0)], 0)
    assert byline is not None
    assert (byline.authors, byline.agency, byline.text) == (authors, agency, written)
    assert byline.span == Span(0, len(written))


ROLE_WORDS = [
    # (the word, whether it is a role word): in any case, in the plural, with a hyphenated tail
    ("Correspondent", True),
    ("Correspondents", True),
    ("EDITORS", True),
    ("Editor-at-large", True),
    ("Roe", False),
    ("Readers", False),
]


@pytest.mark.parametrize(("word", "expected"), ROLE_WORDS)
def test_a_role_word_in_the_plural_or_with_a_tail(word: str, expected: bool) -> None:
    assert BylineParser().is_role_word(word) is expected


def test_a_conjunction_that_opens_a_piece_is_left_out() -> None:
    assert BylineParser().without_roles(["Amy Clarke", "and Tom Hale"]) == ["Amy Clarke", "Tom Hale"]
    # a name that is the conjunction alone stays as written
    assert BylineParser().without_roles(["Amy Clarke", "and"]) == ["Amy Clarke", "and"]


SIGNED = [
    # (the line under a headline, the authors): the words before a role word are the role's
    ("Jane Roe Moscow Correspondent", ("Jane Roe",)),
    ("Jane Roe Middle East Correspondent", ("Jane Roe",)),
    ("Bruce Y. Lee Senior Contributor", ("Bruce Y. Lee",)),
    # a role word alone after the name: no run of role words to cut
    ("Jane Roe Correspondent", ("Jane Roe",)),
    # a role in sentence case takes the capitalised word before it
    ("Richard Adams Education editor", ("Richard Adams",)),
    # a name and the outlet it writes for
    ("Jane Roe for The Times", ("Jane Roe",)),
]


@pytest.mark.parametrize(("text", "authors"), SIGNED)
def test_a_signed_line_of_a_name_and_a_role(text: str, authors: tuple[str, ...]) -> None:
    byline = BylineParser().parse_signed(line_at(text, 0))
    assert byline is not None and byline.authors == authors
