"""Layout leftovers of round 69 (fixL69): a place and a colon over a title-like deck; a US region's
zone name alone after a clock; the Scandinavian ``kl.`` before a clock; a zone in brackets; a
newspaper's print-edition line; a name and a stamp on one line; an outlet's staff signature after
the names; a name, a dash and a writer's role; a picture's credit alone on its line.
Invented stories in the layouts pages, wires and exports print; each row says exactly what must
come out, the rows that must not change beside the ones that must."""

from __future__ import annotations

import pytest

from articles import offset_hours, parse_held
from newsparse import Span
from newsparse.byline import BylineParser
from newsparse.lines import Line
from newsparse.timestamp import TimestampParser
from parts import blocks, sound, texts

STORY = (
    "Schools across the county closed on Thursday as the storm brought heavy snow and high winds.",
    "The county said buses would run again on Monday if the roads were cleared.",
)

# -- 1. a place, a colon and a title-like phrase under the headline: a deck, no dateline --------------


@pytest.mark.parametrize(
    ("title", "deck", "lede"),
    [
        (
            "Tourist visas to last 90 days",
            "Dubai: A guide to the new visa rules",
            "The UAE announced on Monday that tourist visas would last 90 days from January.",
        ),
        (
            "Bomb kills ten at market",
            "Karachi: What we know about the blast",
            "At least ten people were killed when a bomb went off in a crowded market on Tuesday.",
        ),
        (
            "Storm batters coast",
            "Manila: Live updates",
            "The storm made landfall on Luzon early on Sunday, cutting power to a million homes.",
        ),
        (
            "New rail fares take effect",
            "London: Everything you need to know",
            "Rail fares in England rose by 4.6 percent on Sunday, the biggest rise in a decade.",
        ),
    ],
)
def test_place_colon_deck_is_no_dateline(title: str, deck: str, lede: str) -> None:
    article = parse_held(blocks(title, deck, lede, STORY[1]))
    assert article.headline is not None and article.headline.text == title
    assert article.dateline is None
    assert texts(article) == [lede, STORY[1]]
    assert [(item.kind, item.text) for item in article.boilerplate] == [("other", deck)]


@pytest.mark.parametrize(
    ("lede", "dateline"),
    [
        ("DUBAI: The UAE announced on Monday that tourist visas would last 90 days.", "DUBAI:"),
        ("KARACHI: At least ten people were killed when a bomb went off on Tuesday.", "KARACHI:"),
    ],
)
def test_place_colon_lede_keeps_dateline(lede: str, dateline: str) -> None:
    article = parse_held(blocks("Visitors get longer visas", lede, STORY[1]))
    assert article.dateline is not None and article.dateline.text == dateline
    assert texts(article)[0] == lede[len(dateline) :].strip()


@pytest.mark.parametrize(
    ("deck", "dateline"),
    [
        ("Dubai: A guide to the new visa rules.", None),
        ("Karachi: What we know about the blast so far.", None),
        ("Doha: Everything you need to know about the new rules.", None),
        ("Lahore: Live updates as the count goes on.", None),
        ("Abu Dhabi: How the new visa rules work.", None),
        # rows that must not change: the story's first sentence above the stamp (lede_after_colon_place)
        ("Dubai: Police on Tuesday arrested three men over a visa scam.", "Dubai:"),
        ("Dubai: Howard Lee, a British tourist, was arrested on Tuesday.", "Dubai:"),
        ("Karachi: What began as a small protest spread across the city on Tuesday.", "Karachi:"),
    ],
)
def test_place_colon_deck_over_the_stamp(deck: str, dateline: str | None) -> None:
    lede = "The UAE announced on Monday that tourist visas would last 90 days from January."
    article = parse_held(blocks(f"Tourist visas to last 90 days\n{deck}\nPublished: Dec 3, 2026 10:00 AM", lede, STORY[1]))
    assert article.published is not None and article.published.datetime.isoformat() == "2026-12-03T10:00:00"
    if dateline is None:
        assert article.dateline is None
        assert [(item.kind, item.text) for item in article.boilerplate] == [("standfirst", deck)]
        assert texts(article) == [lede, STORY[1]]
    else:
        assert article.dateline is not None and article.dateline.text == dateline
        assert texts(article) == [deck[len(dateline) :].strip(), lede, STORY[1]]
        assert article.boilerplate == ()


# -- 3. a name and a stamp on one line; an outlet's staff signature; a name, a dash and a role --------


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        ("Jane Roe Dec 3, 2026 6:45 PM EST", ("Jane Roe",), "2026-12-03T18:45:00-05:00"),
        ("By Tom Berg | Nov 2, 2026 at 9:10 a.m.", ("Tom Berg",), "2026-11-02T09:10:00"),
        ("By Ana Lima | March 4, 2026, 10:30 GMT", ("Ana Lima",), "2026-03-04T10:30:00+00:00"),
    ],
)
def test_name_and_stamp_on_one_line(line: str, authors: tuple[str, ...], published: str) -> None:
    article = parse_held(blocks(f"Storm closes schools across county\n{line}", *STORY))
    assert article.byline is not None and article.byline.authors == authors
    assert article.published is not None and article.published.datetime.isoformat() == published


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Roe and Tom Berg Globe Staff", ("Jane Roe", "Tom Berg")),
        ("By Jane Roe Globe Staff", ("Jane Roe",)),
        ("By Ana Ruiz Herald Staff", ("Ana Ruiz",)),
        ("By Jane Roe, Tom Berg and Maria Lopez Tribune Staff", ("Jane Roe", "Tom Berg", "Maria Lopez")),
        ("By Tom Hale Metro Desk", ("Tom Hale",)),
        # rows that must not change
        ("By Tom Berg Staff Writer", ("Tom Berg",)),
        ("By Jane Roe, Globe Staff", ("Jane Roe",)),
        ("By Jane Roe and Tom Berg", ("Jane Roe", "Tom Berg")),
    ],
)
def test_outlet_staff_signature_after_names(line: str, authors: tuple[str, ...]) -> None:
    article = parse_held(blocks(f"Storm closes schools across county\n{line}", *STORY))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.text) == (authors, line)
    assert sound(article)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Jane Roe and Tom Berg Globe Staff", 21),
        ("Ana Ruiz Herald Staff", 8),
        ("Jane Roe Staff Writer", None),  # (a role word before it: role_run_start's)
        ("Jane Roe Globe", None),  # no staff word
        ("Globe Staff", None),  # no name before it
        ("Jane Roe and Li Globe Staff", None),  # the last name one word
        ("Practical Horseman Editorial Staff", None),  # a magazine's desk: no given name opens it
    ],
)
def test_outlet_staff_start(text: str, start: int | None) -> None:
    assert BylineParser().outlet_staff_start(text) == start


PORTUGUESE = (
    "O governo anunciou nesta terça-feira um novo programa de habitação para famílias de baixa renda.",
    "O programa prevê a construção de 500 mil moradias até 2028.",
)


@pytest.mark.parametrize(
    ("line", "author", "agency"),
    [
        ("Pedro Rafael Vilela - Repórter da Agência Brasil", "Pedro Rafael Vilela", "Agência Brasil"),
        ("Ana Cristina Campos – Repórter da Agência Brasil", "Ana Cristina Campos", "Agência Brasil"),
        ("Jane Roe - Senior Reporter", "Jane Roe", None),
        ("Tom Berg — Staff Writer, The Globe", "Tom Berg", None),
        ("Tom Berg - Correspondent, Reuters", "Tom Berg", "Reuters"),
    ],
)
def test_name_dash_writer_role(line: str, author: str, agency: str | None) -> None:
    article = parse_held(blocks(f"Governo anuncia novo programa\n{line}", *PORTUGUESE))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == ((author,), agency, line)
    assert texts(article) == list(PORTUGUESE)


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe - Photographer for Reuters",  # a picture's credit
        "New York - Reporters gathered outside the court",  # a place, then prose
        "Jane Roe - Reporter of the year 2024.",  # a sentence with a digit
        "Jane Roe - Reuters",  # no role
    ],
)
def test_name_dash_other_is_no_byline(line: str) -> None:
    found = BylineParser().parse_dash_role(Line(line, Span(0, len(line)), 0, False))
    assert found is None


# -- 4. stamps: a US region's zone alone, "kl.", a zone in brackets, the print edition's line ---------


def stamps(text: str) -> list[tuple[str, str]]:
    return [(s.datetime.isoformat(), s.text) for s in TimestampParser().parse((Line(text, Span(0, len(text)), 0, False),), 0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dec 3, 2026 9 PM Central", [("2026-12-03T21:00:00-06:00", "Dec 3, 2026 9 PM Central")]),
        ("UPDATED: Dec 3, 2026 9 PM CENTRAL", [("2026-12-03T21:00:00-06:00", "Dec 3, 2026 9 PM CENTRAL")]),
        ("Dec 3, 2026 9:10 a.m. Eastern", [("2026-12-03T09:10:00-05:00", "Dec 3, 2026 9:10 a.m. Eastern")]),
        ("July 3, 2026 9:10 a.m. Pacific", [("2026-07-03T09:10:00-07:00", "July 3, 2026 9:10 a.m. Pacific")]),
        ("9:00 PM Mountain, Dec 3, 2026", [("2026-12-03T21:00:00-07:00", "9:00 PM Mountain, Dec 3, 2026")]),
        ("Dec 3, 2026 9 PM Central time", [("2026-12-03T21:00:00-06:00", "Dec 3, 2026 9 PM Central time")]),
        # one word that opens a place's name or a longer zone's is no zone
        ("Dec 3, 2026 9 PM Central Park", []),
        ("Dec 3, 2026 9:10 a.m. Eastern Standard", []),
        # the Scandinavian "kl." before the clock keeps the clock
        ("3 december 2026 kl. 08.15", [("2026-12-03T08:15:00", "3 december 2026 kl. 08.15")]),
        ("Published 3 December 2026 kl. 14.30", [("2026-12-03T14:30:00", "3 December 2026 kl. 14.30")]),
        ("03.12.2026 kl. 08.15", [("2026-12-03T08:15:00", "03.12.2026 kl. 08.15")]),
    ],
)
def test_stamp_zone_and_clock_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert stamps(text) == expected


@pytest.mark.parametrize(
    ("line", "published", "text"),
    [
        ("Regeringen presenterar budget\n3 december 2026 kl. 08.15", "2026-12-03T08:15:00", "3 december 2026 kl. 08.15"),
        ("Regjeringen legger fram budsjett\nPublisert: 03.12.2026 kl. 08.15", "2026-12-03T08:15:00", "03.12.2026 kl. 08.15"),
        ("Storm hits county\nUpdated: Dec 3, 2026 9 PM Central", None, None),
    ],
)
def test_header_stamp_keeps_its_clock(line: str, published: str | None, text: str | None) -> None:
    article = parse_held(blocks(line, *STORY))
    if published is None:
        assert article.published is None
        assert article.updated is not None
        assert (article.updated.datetime.isoformat(), article.updated.text) == (
            "2026-12-03T21:00:00-06:00",
            "Dec 3, 2026 9 PM Central",
        )
    else:
        assert article.published is not None
        assert (article.published.datetime.isoformat(), article.published.text) == (published, text)
    assert sound(article)


def test_clock_alone_with_a_zone_word_stays_a_stamp_line() -> None:
    # a clock with no date gives no datetime (docs/model.md): boilerplate "timestamp", the date under it published
    article = parse_held(blocks("Storm hits county\nUPDATED: 9 PM CENTRAL\nDec 3, 2026", *STORY))
    assert article.published is not None and article.published.datetime.isoformat() == "2026-12-03T00:00:00"
    assert article.updated is None
    assert [(item.kind, item.text) for item in article.boilerplate] == [("timestamp", "UPDATED: 9 PM CENTRAL")]


@pytest.mark.parametrize(
    ("story", "offset"),
    [
        # IST names India's, Israel's and Ireland's time: the region the page names decides (docs/model.md)
        ("Heavy rain flooded parts of Kerala on Saturday, officials in New Delhi said.", 5.5),
        ("Israeli lawmakers in Jerusalem delayed the vote on Saturday.", 2.0),
        ("Heavy rain flooded parts of the coast on Saturday.", None),
    ],
)
def test_zone_in_brackets_follows_the_region(story: str, offset: float | None) -> None:
    article = parse_held(blocks("Floods and votes\nNov 23, 2024 10:12 (IST)", story))
    assert article.published is not None
    assert article.published.text == "Nov 23, 2024 10:12 (IST)"
    assert article.published.datetime.replace(tzinfo=None).isoformat() == "2024-11-23T10:12:00"
    assert offset_hours(article.published.datetime) == offset


PRINT_LINES = (
    "A version of this article appears in print on Dec. 3, 2026, Section A, Page 12 of the New York edition "
    "with the headline: Storm Closes Schools.",
    "A version of this article appeared in print on Nov. 2, 2026, Section B, Page 4 of the New York edition "
    "with the headline: Fares Rise Again",
    "A version of this review appears in print on March 5, 2026, Section C, Page 1 of the New York edition.",
)


@pytest.mark.parametrize("line", PRINT_LINES)
def test_print_edition_line_at_the_end(line: str) -> None:
    article = parse_held(blocks("Storm closes schools", *STORY, line))
    assert texts(article) == list(STORY)
    assert [(item.kind, item.text) for item in article.boilerplate] == [("sign-off", line)]
    assert article.published is None


@pytest.mark.parametrize("line", PRINT_LINES)
def test_print_edition_line_in_the_header(line: str) -> None:
    article = parse_held(blocks(f"Storm closes schools\n{line}", *STORY))
    assert article.headline is not None and article.headline.text == "Storm closes schools"
    assert article.published is None
    assert texts(article) == list(STORY)
    assert [(item.kind, item.text) for item in article.boilerplate] == [("sign-off", line)]


def test_story_sentence_about_print_stays() -> None:
    line = "A version of the plan appears in print in the council's budget, officials said."
    article = parse_held(blocks("Storm closes schools", STORY[0], line))
    assert texts(article) == [STORY[0], line]


# -- 5. a picture's credit alone on its line, no caption above it -----------------------------------


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Photo: Anna Berg/TT", "Anna Berg/TT"),
        ("Photo: Jane Doe, AP", "Jane Doe, AP"),
        ("Photo: Getty Images", "Getty Images"),
    ],
)
def test_lone_credit_is_a_caption_of_its_own(line: str, credit: str) -> None:
    # the picture is printed with its credit only: a caption whose text is the whole line (docs/model.md)
    article = parse_held(blocks("Storm closes schools", line, *STORY))
    assert [(c.text, c.credit, c.spans) for c in article.captions] == [
        (line, credit, (Span(22, 22 + len(line)),)),
    ]
    assert texts(article) == list(STORY)
