"""rvl71: mends of a review of fixL71's layout rules (zones lent to updates, hyphen joins, score lines,
character references in bylines)."""

import pytest

from newsparse import parse_article

# 1. An updated stamp with a clock and no zone borrows the published stamp's zone only where it cannot be wrong.
CLOCKS = "Clocks go back across the UK\n\n"
CLOCKS_STORY = "\n\nThe clocks went back an hour on Sunday across the UK, the Met Office said.\n"
ZONE_ROWS = [
    # a summer-time zone over two days: the clocks may change between (British Summer Time ends on 25 October)
    (
        "Published: 09:00 24 October 2026 BST\nUpdated: 10:30 26 October 2026",
        "2026-10-24T09:00:00+01:00", "2026-10-26T10:30:00",
    ),
    (
        "Published October 31, 2026 9:00 AM EDT\nUpdated November 2, 2026 10:15 AM",
        "2026-10-31T09:00:00-04:00", "2026-11-02T10:15:00",
    ),
    # even two days inside the season: no zone (only the same day borrows one)
    (
        "Published: 09:00 14 July 2026 BST\nUpdated: 10:30 15 July 2026",
        "2026-07-14T09:00:00+01:00", "2026-07-15T10:30:00",
    ),
    # an update that says its clock is local stays naive
    (
        "Published 3 December 2026 10:00 GMT\nUpdated 3 December 2026 19:30 local time",
        "2026-12-03T10:00:00+00:00", "2026-12-03T19:30:00",
    ),
    (
        "Published: 7:30pm, 2 Dec, 2026 (HKT)\nUpdated: 3 Dec, 2026 20:45 local time",
        "2026-12-02T19:30:00+08:00", "2026-12-03T20:45:00",
    ),
    # a publication in universal time lends no zone: pages print the update in local time beside it
    (
        "Published 2026-12-02T11:30:00Z\nUpdated December 2, 2026 at 2:45 p.m.",
        "2026-12-02T11:30:00+00:00", "2026-12-02T14:45:00",
    ),
    (
        "Published: Dec 2, 2026, 11:30 UTC\nUpdated: Dec 2, 2026, 2:45 PM",
        "2026-12-02T11:30:00+00:00", "2026-12-02T14:45:00",
    ),
    # still borrowed: a summer-time zone on the same day, in its season; a zone with no summer time over days
    (
        "Published: 09:00 14 July 2026 BST\nUpdated: 16:05 14 July 2026",
        "2026-07-14T09:00:00+01:00", "2026-07-14T16:05:00+01:00",
    ),
    (
        "Published October 31, 2026 9:00 AM EDT\nUpdated October 31, 2026 4:20 PM",
        "2026-10-31T09:00:00-04:00", "2026-10-31T16:20:00-04:00",
    ),
    (
        "Published: 7:30pm, 2 Dec, 2026 (HKT)\nUpdated: 8:45pm, 3 Dec, 2026",
        "2026-12-02T19:30:00+08:00", "2026-12-03T20:45:00+08:00",
    ),
]


@pytest.mark.parametrize(("stamps", "published", "updated"), ZONE_ROWS)
def test_update_in_published_zone(stamps: str, published: str, updated: str) -> None:
    article = parse_article(CLOCKS + stamps + CLOCKS_STORY)
    assert article.published is not None and article.updated is not None
    assert (article.published.datetime.isoformat(), article.updated.datetime.isoformat()) == (published, updated)


# 2. A line ending in a hyphen where each line is a paragraph: joined to the next only before a lower-case word,
# but the story's first line, broken before a capital, is the lede's (a transcript's speaker label is none).
MAYOR = "Mayor quits after week of pressure\nBy Jane Doe\nThe mayor resigned on Monday after a week of pressure from the council.\n"
HYPHEN_ROWS = [
    (
        MAYOR + "She gave one reason for leaving-\nHer health, she told reporters on Tuesday.\nHer deputy takes over on Friday.\n",
        [
            "The mayor resigned on Monday after a week of pressure from the council.",
            "She gave one reason for leaving-",
            "Her health, she told reporters on Tuesday.",
            "Her deputy takes over on Friday.",
        ],
    ),
    (
        MAYOR + "She had one word for her critics: good-\nbye, she wrote in a letter to residents.\nHer deputy takes over on Friday.\n",
        [
            "The mayor resigned on Monday after a week of pressure from the council.",
            "She had one word for her critics: good-bye, she wrote in a letter to residents.",
            "Her deputy takes over on Friday.",
        ],
    ),
    (
        "Talks resume\n\nThe Anglo-\nFrench talks resumed on Monday in London after a week of delay over fishing rights.\n\n"
        "Both sides said progress was made.\n",
        ["The Anglo-French talks resumed on Monday in London after a week of delay over fishing rights.",
         "Both sides said progress was made."],
    ),
    (
        "Transcript: council hearing\n\nBy Jane Doe\n\nCHAIR: We were just about to-\nMORRIS: Let me finish, please.\n"
        "CHAIR: Go ahead.\nMORRIS: The budget is short by $4 million.\n",
        ["CHAIR: We were just about to-", "MORRIS: Let me finish, please.", "CHAIR: Go ahead.",
         "MORRIS: The budget is short by $4 million."],
    ),
]


@pytest.mark.parametrize(("text", "paragraphs"), HYPHEN_ROWS)
def test_hyphen_break_one_line_paragraphs(text: str, paragraphs: list[str]) -> None:
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == paragraphs
    assert [text[p.span.start : p.span.end].replace("\n", "") for p in article.paragraphs] == [
        p.replace("good-bye", "good-\nbye").replace("\n", "") for p in paragraphs
    ]


# 3. A score line over the headline: a real score (two sides of one to three capitalised words), the title naming a side.
REPORT = "\n\nBy Jane Doe\n\nThe two sides met on Saturday in front of a full house, and the home side scored twice in the second half.\n"
SCORE_ROWS = [
    ("Arsenal 2-1 Chelsea\n\nSaka strikes late as Arsenal edge past Chelsea" + REPORT,
     ("Arsenal 2-1 Chelsea",), "Saka strikes late as Arsenal edge past Chelsea", ()),
    ("Ashford United 2 Dunmore Town 1\n\nLate winner sends Dunmore to the foot of the table" + REPORT,
     ("Ashford United 2 Dunmore Town 1",), "Late winner sends Dunmore to the foot of the table", ()),
    # near misses: a vote's split, a title that names neither side, a side of four words: the base reading
    ("Senate 50-50 Split\n\nVice president to cast deciding votes in new session" + REPORT,
     None, "Senate 50-50 Split", (("Vice president to cast deciding votes in new session", "standfirst"),)),
    ("Arsenal 2-1 Chelsea\n\nLate header sends the Gunners three points clear at the top" + REPORT,
     None, "Arsenal 2-1 Chelsea", (("Late header sends the Gunners three points clear at the top", "standfirst"),)),
    ("Brighton And Hove Albion 2-1 Chelsea\n\nLate header sends Brighton into the top four" + REPORT,
     None, "Brighton And Hove Albion 2-1 Chelsea", (("Late header sends Brighton into the top four", "standfirst"),)),
]


@pytest.mark.parametrize(("text", "section", "headline", "boilerplate"), SCORE_ROWS)
def test_score_over_headline(
    text: str, section: tuple[str, ...] | None, headline: str, boilerplate: tuple[tuple[str, str], ...]
) -> None:
    article = parse_article(text)
    assert (article.section or None) == section
    assert article.headline is not None and article.headline.text == headline
    assert tuple((b.text, b.kind) for b in article.boilerplate) == boilerplate
    assert article.byline is not None and article.byline.authors == ("Jane Doe",)


# 4. A character reference read as a name's letter only when it is a cased letter (not "&ordm;", "&ordf;").
TALKS = "Fishing talks resume in Dublin\n\n"
TALKS_STORY = "\n\nThe talks resumed on Monday after a pause of two weeks, officials said.\n"
ENTITY_ROWS = [
    ("By Jane Doe&ordm; and Jos&eacute; P&eacute;rez", ("Jane Doe",)),
    ("By Jane Doe&ordf; and Jos&eacute; P&eacute;rez", ("Jane Doe",)),
    # still read: cased letters, by name, by number and in hex
    ("By Jos&eacute; P&eacute;rez and Jane Doe", ("Jos&eacute; P&eacute;rez", "Jane Doe")),
    ("By Se&aacute;n &Oacute; Riain &amp; M&#233;abh N&#237; Bhriain", ("Se&aacute;n &Oacute; Riain", "M&#233;abh N&#237; Bhriain")),
    ("By &#x00C9;amonn Walsh", ("&#x00C9;amonn Walsh",)),
]


@pytest.mark.parametrize(("line", "authors"), ENTITY_ROWS)
def test_letter_entity_cased(line: str, authors: tuple[str, ...]) -> None:
    article = parse_article(TALKS + line + TALKS_STORY)
    assert article.byline is not None and article.byline.authors == authors
