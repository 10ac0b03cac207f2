"""The layout code of stop 17 (``be06aea..``) that mutE's mutation pass did not reach, run by ``mutG``
(docs/testing.md, "Mutation testing"): the survivors' killing cases.  Each table sets the bad shape
beside the good one and asserts the exact value that comes out."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import BoilerplateParser, TimestampParser, parse_article
from newsparse.quotes.languages import FrenchVocabulary, GermanVocabulary

# -- TimestampParser.find: a day-first label's date is read with the label or not at all ---------

DAY_FIRST_FINDS = [
    # (a German stamp line, what find reads: its text and time, or None)
    # a two-digit year after the label: read day first too, never month first from the word
    # after the label (12.05.25 as December 5)
    ("Stand: 12.05.25 14:05 Uhr", ("12.05.25 14:05 Uhr", dt.datetime(2025, 5, 12, 14, 5))),
    # the year in full: read day first, through the label
    ("Stand: 12.05.2025 14:05 Uhr", ("12.05.2025 14:05 Uhr", dt.datetime(2025, 5, 12, 14, 5))),
    ("Veröffentlicht am 03.04.2024 um 09:30 Uhr", ("03.04.2024 um 09:30 Uhr", dt.datetime(2024, 4, 3, 9, 30))),
]


@pytest.mark.parametrize(("line", "expected"), DAY_FIRST_FINDS)
def test_day_first_label_date_read_only_through_its_label(line: str, expected: tuple[str, dt.datetime] | None) -> None:
    stamp = TimestampParser().find(line, 0, None)
    assert (None if stamp is None else (stamp.text, stamp.datetime.replace(tzinfo=None))) == expected


# -- TimestampParser.parse_segment: a stamp cut before a counter ends at its clock time -----------

COUNTER_TAILS = [
    # (a stamp line with a number after the clock time, the stamp's text)
    # a slash and a counter after the time: neither the slash nor the space before it is the stamp's
    ("Updated Nov 19, 2019 8:03 am / 12 Comments", "Nov 19, 2019 8:03 am"),
    # a dash and a reading time
    ("By Jane Roe - Nov 19, 2019, 8:03 am - 5 min read", "Nov 19, 2019, 8:03 am"),
    # nothing after the time
    ("Updated Nov 19, 2019 8:03 am", "Nov 19, 2019 8:03 am"),
]


@pytest.mark.parametrize(("line", "expected"), COUNTER_TAILS)
def test_stamp_before_a_counter_ends_at_its_clock_time(line: str, expected: str) -> None:
    stamp = TimestampParser().find(line, 100, None)
    assert stamp is not None
    assert stamp.text == expected
    assert (stamp.span.start, stamp.span.end) == (100 + line.index(expected), 100 + line.index(expected) + len(expected))
    assert stamp.datetime.replace(tzinfo=None) == dt.datetime(2019, 11, 19, 8, 3)


# -- ArticleParser.header_timestamps: a stamp glued to a name is read only with the name ------------

FERRY_HEAD = "Ferry line reopens after storm"
FERRY = "The ferry line between the two islands reopened on Tuesday after a storm closed it for a week."
GLUED_LINES = [
    # (a line with a date glued to the words before it, the published date, the byline's authors,
    # the boilerplate the words before the date make when they are no byline)
    # a person's name before the date: the byline and the stamp
    ("Jane RoeDecember 2, 2016", dt.date(2016, 12, 2), ("Jane Roe",), []),
    # a body's name, which name_before_stamp refuses: the date, and the name as boilerplate (no text lost)
    ("Island NewsDecember 2, 2016", dt.date(2016, 12, 2), None, [("other", "Island News")]),
    ("Island News December 2, 2016", dt.date(2016, 12, 2), None, [("other", "Island News")]),
    # an outlet's name before the date with a mark between signs the byline, no person (mendLT71's
    # outlet_before_stamp, as 'City News - Monday 7 Dec 2026'): no text lost either
    ("Island News | December 2, 2016 | 3 min read", dt.date(2016, 12, 2), (), [("other", "3 min read")]),
    # a stamp's label before the date is no part of its own
    ("Published: December 2, 2016", dt.date(2016, 12, 2), None, []),
]


@pytest.mark.parametrize(("line", "published", "authors", "boilerplate"), GLUED_LINES)
def test_stamp_glued_to_a_name(
    line: str, published: dt.date | None, authors: tuple[str, ...] | None, boilerplate: list[tuple[str, str]]
) -> None:
    article = parse_article(f"{FERRY_HEAD}\n\n{line}\n\n{FERRY}\n")
    assert (None if article.published is None else article.published.datetime.date()) == published
    assert [p.text for p in article.paragraphs] == [FERRY]
    assert (article.byline.authors if article.byline else None) == authors
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate
    assert article.span_mismatches() == []


# -- BoilerplateParser.language_patterns: a button of several words takes any run of spaces --------

FRENCH_BUTTONS = [
    # (a short line of a French page, its boilerplate kind)
    ("Copier le lien", "share"),
    ("Copier le  lien", "share"),  # two spaces
    ("Copier le\u00a0lien", "share"),  # a no-break space, as French typography sets them
    ("Copier le texte", None),
    # a related label of two words
    ("Lire aussi : Le port rouvre", "related"),
    ("Lire\u00a0aussi : Le port rouvre", "related"),
    ("Lire  aussi", "related"),
    # the advertisement labels, of one word and of two
    ("Publicité", "advertisement"),
    ("Annonce", "advertisement"),
    ("Contenu sponsorisé", "advertisement"),
    ("Contenu\u00a0sponsorisé", "advertisement"),
    ("Contenu sponsorisé par la banque", None),
]


@pytest.mark.parametrize(("line", "kind"), FRENCH_BUTTONS)
def test_french_button_with_any_spaces(line: str, kind: str | None) -> None:
    assert BoilerplateParser(FrenchVocabulary()).kind(line) == kind


class NoNetworks(BoilerplateParser):
    SHARE_NETWORKS = ()


NO_NETWORK_ROWS = [
    # (a short line of a German page, its kind when the parser knows no share network)
    ("Teilen / Drucken", "share"),  # two buttons
    ("Teilen", "share"),
    ("Teilen:", None),  # a button and a separator before nothing: no network makes the empty tail a row
]


@pytest.mark.parametrize(("line", "kind"), NO_NETWORK_ROWS)
def test_share_row_with_no_networks(line: str, kind: str | None) -> None:
    assert NoNetworks(GermanVocabulary()).kind(line) == kind


# -- ArticleParser.cut_end_mark: the last paragraph, however many come before it ------------------

END_MARK_STORIES = [
    # (the paragraphs before the last, the last line with its end mark)
    ([FERRY], "The line links two provinces. Enditem"),
    (
        [FERRY, "Ferries had been cancelled since Monday, the operator said.", "Trucks queued at the port."],
        "The line links two provinces. Enditem",
    ),
]


@pytest.mark.parametrize(("before", "last"), END_MARK_STORIES)
def test_end_mark_cut_off_the_last_paragraph(before: list[str], last: str) -> None:
    text = f"{FERRY_HEAD}\n\nBy Jane Roe\n\n" + "".join(f"{p}\n\n" for p in before) + f"{last}\n"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [*before, "The line links two provinces."]
    start = text.index("Enditem")
    assert [(b.kind, b.text, b.span.start, b.span.end) for b in article.boilerplate] == [
        ("sign-off", "Enditem", start, start + len("Enditem"))
    ]
