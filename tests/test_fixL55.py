"""A second trial's leftovers in speaker phrases and reports (fixL55, issue 5): a list of places
after a role's link, honours set off after a name, a zone after a clock's half, a thing told of a
noun, players' positions before a name, and a German time between a bare cue and its comma.  Each
row is a short article in our own words and the quotes it must give, near-misses beside the fixes."""

from __future__ import annotations

import functools

import pytest

import newsparse

HEAD = "Council approves new budget\n\nBy Jane Roe\n\n"
GERMAN_HEAD = "Rat beschließt Haushalt\n\nVon Jane Roe\n\n"


@functools.cache
def _parser(language: str | None) -> newsparse.ArticleParser:
    return newsparse.ArticleParser() if language is None else newsparse.ArticleParser(language=language)


def quotes(line: str, language: str | None = None) -> list[tuple[str, str | None, str | None]]:
    """``(text, speaker's name, speaker's mention)`` of every quote of *line* as an article's story."""
    head = HEAD if language is None else GERMAN_HEAD
    article = _parser(language).parse(head + line + "\n")
    return [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.mention if q.speaker else None) for q in article.quotes
    ]


# 1. a list of places after a role's link: the role speaks, or the name set off after the list
PLACE_LIST_ROWS = [
    (
        "The ambassador to France, Germany and Italy said the talks had stalled.",
        [("the talks had stalled", "The ambassador to France, Germany and Italy", "The ambassador to France, Germany and Italy")],
    ),
    (
        "The envoy to Chile, Peru and Bolivia told reporters the deal was close.",
        [("the deal was close", "The envoy to Chile, Peru and Bolivia", "The envoy to Chile, Peru and Bolivia")],
    ),
    (
        "The French foreign minister to Spain, Portugal and Greece said the vote would wait.",
        [
            (
                "the vote would wait",
                "The French foreign minister to Spain, Portugal and Greece",
                "The French foreign minister to Spain, Portugal and Greece",
            )
        ],
    ),
    (
        '"We will not negotiate," said the ambassador to France, Germany and Italy, John Roe.',
        [("We will not negotiate,", "John Roe", "John Roe")],
    ),
    (
        '"The border stays open," said the envoy to Chile, Peru and Bolivia, Ana Ruiz.',
        [("The border stays open,", "Ana Ruiz", "Ana Ruiz")],
    ),
    # the order with the quotation first and the cue last was already read
    (
        '"We will not negotiate," the ambassador to France, Germany and Italy, John Roe, said.',
        [("We will not negotiate,", "John Roe", "John Roe")],
    ),
    # near-misses: people joined, no places; a thing's destination, no role; no name after the list
    (
        "The spokesman for Tom Berg and Ana Ruiz said the talks had stalled.",
        [("the talks had stalled", "The spokesman for Tom Berg and Ana Ruiz", "The spokesman for Tom Berg and Ana Ruiz")],
    ),
    (
        "Exports to France, Germany and Italy rose, the minister said.",
        [("Exports to France, Germany and Italy rose", "the minister", "the minister")],
    ),
    (
        '"We will not negotiate," said the envoy to Chile, Peru and Bolivia.',
        [("We will not negotiate,", "the envoy", "the envoy")],
    ),
]


@pytest.mark.parametrize(("line", "expected"), PLACE_LIST_ROWS)
def test_place_list_after_role(line: str, expected: list[tuple[str, str, str]]) -> None:
    assert quotes(line) == expected


# 2. honours set off after a name; a zone after a clock's half
HONOUR_ROWS = [
    ("Jane Roe, AM, a former judge, said the ruling was sound.", [("the ruling was sound", "Jane Roe", "Jane Roe")]),
    ("Tom Berg, OBE, a retired teacher, said the school would close.", [("the school would close", "Tom Berg", "Tom Berg")]),
    ("Ana Ruiz, OBE, QC, the inquiry chair, said the report was late.", [("the report was late", "Ana Ruiz", "Ana Ruiz")]),
    ("Jane Roe, AO, who chaired the inquiry, said the ruling was sound.", [("the ruling was sound", "Jane Roe", "Jane Roe")]),
    ('"It was sound," said Jane Roe, KC, a former judge.', [("It was sound,", "Jane Roe", "Jane Roe")]),
    ("Jane Roe AM said the ruling was sound.", [("the ruling was sound", "Jane Roe", "Jane Roe AM")]),
    # near-misses: an honour set off with no name before it; a name with no honour
    ("The judge, AM, a former judge, said it was fine.", [("it was fine", "The judge", "The judge")]),
    ("Jane Roe, 54, a former judge, said the ruling was sound.", [("the ruling was sound", "Jane Roe", "Jane Roe")]),
    ("Jane Roe, a former judge, said the ruling was sound.", [("the ruling was sound", "Jane Roe", "Jane Roe")]),
]


@pytest.mark.parametrize(("line", "expected"), HONOUR_ROWS)
def test_honour_after_name(line: str, expected: list[tuple[str, str, str]]) -> None:
    assert quotes(line) == expected


CLOCK_ZONE_ROWS = [
    (
        "At 10:15 PM ET President Joe Biden said the talks would continue.",
        [("the talks would continue", "Joe Biden", "President Joe Biden")],
    ),
    (
        "At 8 PM BST Chancellor Ana Ruiz said the plan was fine.",
        [("the plan was fine", "Ana Ruiz", "Chancellor Ana Ruiz")],
    ),
    ("At 9 AM GMT Police said the road was shut.", [("the road was shut", "Police", "Police")]),
    # near-miss: no clock before the zone's letters, which stay the speaker's
    ("The ET President said the talks would continue.", [("the talks would continue", "The ET President", "The ET President")]),
]


@pytest.mark.parametrize(("line", "expected"), CLOCK_ZONE_ROWS)
def test_zone_after_clock(line: str, expected: list[tuple[str, str, str]]) -> None:
    assert quotes(line) == expected


@pytest.mark.parametrize(
    ("text", "start", "word", "zone"),
    [
        ("At 10:15 PM ET President", 12, "ET", True),
        ("At 9 am GMT Police", 8, "GMT", True),
        ("At 9 AM ART Police", 8, "ART", True),
        ("At 10:15 PM et President", 12, "et", False),
        ("The ET President", 4, "ET", False),
        ("In 2024 AM ET figures", 11, "ET", False),
        ("At 9 PM NATO said", 8, "NATO", False),
    ],
)
def test_is_clock_zone(text: str, start: int, word: str, zone: bool) -> None:
    assert text[start : start + len(word)] == word
    assert newsparse.Vocabulary().is_clock_zone(text, start, word) is zone


# 3. a thing told, then "of" or "about": reported only when a question word opens a clause
TOLD_ROWS = [
    ("He told the story of his escape to a packed hall.", []),
    ("She told tales of her childhood in the valley to the children.", []),
    ("He told the truth about the deal to the committee.", []),
    ("Her aunt told stories of how both boys were in the school band.", [("of how both boys were in the school band", "Her aunt")]),
    ("He told the truth about what happened on the night.", [("about what happened on the night", "He")]),
    ("She told the court the water was unsafe.", [("the water was unsafe", "She")]),
]


@pytest.mark.parametrize(("line", "expected"), TOLD_ROWS)
def test_thing_told_of_a_noun(line: str, expected: list[tuple[str, str]]) -> None:
    assert [(text, name) for text, name, _ in quotes(line)] == expected


# 4. players' positions before a name
POSITION_ROWS = [
    ('"We won," said Hooker Malakai Fekitoa.', None, [("We won,", "Malakai Fekitoa", "Hooker Malakai Fekitoa")]),
    ('"We won," Guard Stephen Curry said.', None, [("We won,", "Stephen Curry", "Guard Stephen Curry")]),
    ('"We won," said Centre Mike Tindall.', None, [("We won,", "Mike Tindall", "Centre Mike Tindall")]),
    ('"We won," said Prop Ana Ruiz.', None, [("We won,", "Ana Ruiz", "Prop Ana Ruiz")]),
    ("„Wir haben gewonnen“, sagte Stürmer Beto.", "de", [("Wir haben gewonnen", "Beto", "Stürmer Beto")]),
    ("„Wir haben gewonnen“, sagte Torhüter Manuel Neuer.", "de", [("Wir haben gewonnen", "Manuel Neuer", "Torhüter Manuel Neuer")]),
    # near-misses: a position's word inside or after a name, and a body's name
    ('"We won," said Tom Center.', None, [("We won,", "Tom Center", "Tom Center")]),
    ('"We won," said John Guard Smith.', None, [("We won,", "John Guard Smith", "John Guard Smith")]),
    ("„Wir haben gewonnen“, sagte Thomas Stürmer.", "de", [("Wir haben gewonnen", "Thomas Stürmer", "Thomas Stürmer")]),
    ("The Centre Party said the vote was fair.", None, [("the vote was fair", "Centre Party", "The Centre Party")]),
]


@pytest.mark.parametrize(("line", "language", "expected"), POSITION_ROWS)
def test_position_before_name(line: str, language: str | None, expected: list[tuple[str, str, str]]) -> None:
    assert quotes(line, language) == expected


# 5. German: a time between a bare cue and its comma
GERMAN_TIME_ROWS = [
    ("Die Polizei meldete am Abend, die Straße sei wieder frei.", [("die Straße sei wieder frei", "Die Polizei")]),
    ("Die Polizei meldete am Dienstag in Berlin, die Straße sei wieder frei.", [("die Straße sei wieder frei", "Die Polizei")]),
    ("Die Zeitung berichtete am Abend, die Brücke sei gesperrt.", [("die Brücke sei gesperrt", "Die Zeitung")]),
    ("Die Polizei sagte am Dienstag, die Straße sei wieder frei.", [("die Straße sei wieder frei", "Die Polizei")]),
    # near-miss: an object, no time, before the comma
    ("Die Polizei meldete einen Unfall, die Straße sei wieder frei.", []),
]


@pytest.mark.parametrize(("line", "expected"), GERMAN_TIME_ROWS)
def test_german_time_before_comma(line: str, expected: list[tuple[str, str]]) -> None:
    assert [(text, name) for text, name, _ in quotes(line, "de")] == expected


@pytest.mark.parametrize(
    ("between", "language", "bare"),
    [
        (", ", "de", True),
        (" am Abend, ", "de", True),
        (" einen Unfall, ", "de", False),
        (" am Abend, in Berlin, ", "de", False),
        (" on Monday, ", None, False),
        (", ", None, True),
    ],
)
def test_comma_after_bare_cue(between: str, language: str | None, bare: bool) -> None:
    assert _parser(language).quotes.comma_after_bare_cue(between) is bare
