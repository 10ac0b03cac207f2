"""fixL71: layout mends (hyphen-broken ledes, bylines, mastheads, stamps, captions, score lines)."""

import pytest

from newsparse import parse_article

# 5a. A paragraph whose first line ends in a word broken by a hyphen: one paragraph, in the header too.
HYPHEN_LEDE_ROWS = [
    (
        "Channel ferry talks resume\n\nBy Jane Doe\n\n"
        "The Anglo-\nFrench talks resumed on Monday after a pause of two weeks, officials said.\n",
        ["The Anglo-French talks resumed on Monday after a pause of two weeks, officials said."],
    ),
    (
        "Mine reopens after safety review\n\nBy Tom Evans\n\nThe long-\nawaited report found that the pit was safe "
        "to reopen, the company said on Tuesday.\n\nMiners returned to work the same day.\n",
        [
            "The long-awaited report found that the pit was safe to reopen, the company said on Tuesday.",
            "Miners returned to work the same day.",
        ],
    ),
    (
        "Channel ferry talks resume\n\nBy Jane Doe\n\nOfficials from both sides met in Calais on Monday, a spokesman said.\n\n"
        "The Franco-\nBritish deal is expected to be signed before the summer, he added.\n",
        [
            "Officials from both sides met in Calais on Monday, a spokesman said.",
            "The Franco-British deal is expected to be signed before the summer, he added.",
        ],
    ),
    # near miss: a blank line after the broken word keeps two blocks (no word is joined across a blank line)
    (
        "Channel ferry talks resume\n\nBy Jane Doe\n\nOfficials from both sides met in Calais on Monday, a spokesman said.\n\n"
        "The Anglo-\n\nFrench talks resumed on Monday after a pause of two weeks, officials said.\n",
        [
            "Officials from both sides met in Calais on Monday, a spokesman said.",
            "The Anglo-",
            "French talks resumed on Monday after a pause of two weeks, officials said.",
        ],
    ),
]


@pytest.mark.parametrize(("text", "paragraphs"), HYPHEN_LEDE_ROWS)
def test_hyphen_broken_lede(text: str, paragraphs: list[str]) -> None:
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == paragraphs
    assert not [b for b in article.boilerplate if b.text.endswith("-")]


# 2c. A topic or section label over a title, an author's bare name and a stamp, each in a block of its own.
STORY = "\n\nRents in the capital rose for the ninth month in a row, figures show.\n"
LABEL_NAME_STAMP_ROWS = [
    (
        "Housing crisis\n\nRents climb again as supply dries up in the capital\n\nJane Doe\n\n"
        "Thursday 3 December 2026 08:12 GMT" + STORY,
        ("Housing crisis",), "Rents climb again as supply dries up in the capital", ("Jane Doe",),
        "2026-12-03T08:12:00+00:00",
    ),
    (
        "Ukraine war\n\nKyiv braces for a winter of blackouts as strikes mount\n\nOlena Marchuk\n\n"
        "7 December 2026 10:05 GMT" + STORY,
        ("Ukraine war",), "Kyiv braces for a winter of blackouts as strikes mount", ("Olena Marchuk",),
        "2026-12-07T10:05:00+00:00",
    ),
    (
        "Personal finance\n\nSavers face a squeeze as banks trim their rates\n\nTom Evans\n\n"
        "Published 7 December 2026" + STORY,
        ("Personal finance",), "Savers face a squeeze as banks trim their rates", ("Tom Evans",),
        "2026-12-07T00:00:00",
    ),
    # the title, name and stamp in one block (as before)
    (
        "Housing crisis\n\nRents climb again as supply dries up in the capital\nJane Doe\n"
        "Thursday 3 December 2026 08:12 GMT" + STORY,
        ("Housing crisis",), "Rents climb again as supply dries up in the capital", ("Jane Doe",),
        "2026-12-03T08:12:00+00:00",
    ),
    # near miss: a short headline over a deck stays the headline
    (
        "Rates rise\n\nRents climb again as supply dries up in the capital\n\nJane Doe\n\n"
        "Thursday 3 December 2026 08:12 GMT" + STORY,
        None, "Rates rise", ("Jane Doe",), "2026-12-03T08:12:00+00:00",
    ),
    # near miss: a weekday that is not the date's leaves the stamp unread (a wrong date is worse than none)
    (
        "Rents climb again as supply dries up in the capital\n\nWednesday 3 December 2026 08:12 GMT\n\nBy Jane Doe" + STORY,
        None, "Rents climb again as supply dries up in the capital", ("Jane Doe",), None,
    ),
]


@pytest.mark.parametrize(("text", "section", "headline", "authors", "published"), LABEL_NAME_STAMP_ROWS)
def test_label_over_title_name_stamp(
    text: str, section: tuple[str, ...] | None, headline: str, authors: tuple[str, ...], published: str | None
) -> None:
    article = parse_article(text)
    assert (article.section or None) == section
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is not None and article.byline.authors == authors
    assert (article.published.datetime.isoformat() if article.published else None) == published


# 1. Bylines: letters written as character references, Irish particles, an outlet with an agency, a desk line.
HARBOUR = "Galway harbour plan wins approval\n\n"
COUNCIL = "\n\nThe council approved the plan on Tuesday after a long debate about the cost of the works.\n"
BYLINE_ROWS = [
    ("By Seán Ó Riain &amp; Méabh Ní Bhriain", ("Seán Ó Riain", "Méabh Ní Bhriain"), None),
    # the names given back as written, each reference a letter of the name (fixL71); it was the first name alone
    ("By Seán Ó Riain &amp; M&#233;abh N&#237; Bhriain", ("Seán Ó Riain", "M&#233;abh N&#237; Bhriain"), None),
    ("By Se&aacute;n &Oacute; Riain &amp; M&#233;abh N&#237; Bhriain", ("Se&aacute;n &Oacute; Riain", "M&#233;abh N&#237; Bhriain"), None),
    ("By &#201;amonn Mac Gearailt and Aoife Nic Dhonncha", ("&#201;amonn Mac Gearailt", "Aoife Nic Dhonncha"), None),
    ("By Ciar&#xE1;n Mac Gearailt", ("Ciar&#xE1;n Mac Gearailt",), None),
    ("By Ciarán Mac Gearailt and Aoife Nic Dhonncha", ("Ciarán Mac Gearailt", "Aoife Nic Dhonncha"), None),
    # an outlet with an agency: the outlet as the byline's name, the agency its agency (as "By Reuters" is read)
    ("By Le Monde with AFP", ("Le Monde",), "AFP"),
    ("By Jane Doe with AFP", ("Jane Doe",), "AFP"),
    # a wire's name alone on its line
    ("PA Media", ("PA Media",), "PA Media"),
    # near misses: an entity that is no letter stays out of the names
    ("By Jane Doe &#8212; Staff writer", ("Jane Doe",), None),
    ("By Kevin O&#8217;Brien &amp; Jane Roe", ("Kevin O&#8217;Brien", "Jane Roe"), None),
]


@pytest.mark.parametrize(("line", "authors", "agency"), BYLINE_ROWS)
def test_byline_shapes(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    text = HARBOUR + line + COUNCIL
    article = parse_article(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (authors, agency)
    assert text[article.byline.span.start : article.byline.span.end] == line
    assert [p.text for p in article.paragraphs] == [COUNCIL.strip()]


def test_bbc_name_and_desk_lines() -> None:
    text = (
        "Bristol bus drivers vote to strike over pay\n\nLucy Adams\nBBC News, Bristol\n\n"
        "Bus drivers in Bristol have voted to strike in a row over pay, their union said.\n\n"
        "The walkout is due to start next week.\n"
    )
    article = parse_article(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (("Lucy Adams",), "BBC News")
    assert [p.text for p in article.paragraphs] == [
        "Bus drivers in Bristol have voted to strike in a row over pay, their union said.",
        "The walkout is due to start next week.",
    ]


# 5b. A match's score line over the match report's title and a byline, a name or a stamp: the kicker.
MATCH = "\n\nBukayo Saka scored late on as Arsenal beat Chelsea at the Emirates on Sunday.\n"
SCORE_ROWS = [
    (
        "Arsenal 2-1 Chelsea\n\nSaka strikes late as Arsenal edge past Chelsea\n\nBy Tom Smith" + MATCH,
        ("Arsenal 2-1 Chelsea",), "Saka strikes late as Arsenal edge past Chelsea", (),
    ),
    (
        "Arsenal 2-1 Chelsea\nSaka strikes late as Arsenal edge past Chelsea\nBy Tom Smith\n7 December 2026" + MATCH,
        ("Arsenal 2-1 Chelsea",), "Saka strikes late as Arsenal edge past Chelsea", (),
    ),
    (
        "Ashford United 2 Dunmore Town 1\n\nLate winner sends Ashford top of the league\n\nTom Smith\n\n"
        "7 December 2026 18:05 GMT" + MATCH,
        ("Ashford United 2 Dunmore Town 1",), "Late winner sends Ashford top of the league", (),
    ),
    # near misses: the score under the headline stays its standfirst; over the byline alone it is the headline;
    # over a sentence the score stays the headline and the sentence its standfirst
    (
        "Saka strikes late as Arsenal edge past Chelsea\n\nArsenal 2-1 Chelsea\n\nBy Tom Smith" + MATCH,
        None, "Saka strikes late as Arsenal edge past Chelsea", (("Arsenal 2-1 Chelsea", "standfirst"),),
    ),
    ("Arsenal 2-1 Chelsea\n\nBy Tom Smith" + MATCH, None, "Arsenal 2-1 Chelsea", ()),
    (
        "Arsenal 2-1 Chelsea\n\nSaka strikes late as Arsenal edge past Chelsea.\n\nBy Tom Smith" + MATCH,
        None, "Arsenal 2-1 Chelsea", (("Saka strikes late as Arsenal edge past Chelsea.", "standfirst"),),
    ),
]


@pytest.mark.parametrize(("text", "section", "headline", "boilerplate"), SCORE_ROWS)
def test_score_line_over_headline(
    text: str, section: tuple[str, ...] | None, headline: str, boilerplate: tuple[tuple[str, str], ...]
) -> None:
    article = parse_article(text)
    assert (article.section or None) == section
    assert article.headline is not None and article.headline.text == headline
    assert tuple((b.text, b.kind) for b in article.boilerplate) == boilerplate
    assert article.byline is not None and article.byline.authors == ("Tom Smith",)


# 3b. An updated stamp with a clock and no zone under a published one with a zone: read in the page's zone.
HK = "Hong Kong home prices fall for a fifth month\n\n"
HK_STORY = "\n\nHome prices in Hong Kong fell for a fifth month in November, official data showed.\n"
ZONE_ROWS = [
    (
        "Published: 7:30pm, 2 Dec, 2026 (HKT)\nUpdated: 8:45pm, 3 Dec, 2026",
        "2026-12-02T19:30:00+08:00", "2026-12-03T20:45:00+08:00",
    ),
    (
        "Published November 3, 2026 9:00 AM EST\nUpdated November 4, 2026 10:15 AM",
        "2026-11-03T09:00:00-05:00", "2026-11-04T10:15:00-05:00",
    ),
    # near misses: an update with no clock, one weeks later, or one before the publication keeps no zone;
    # a published stamp with no zone lends none
    ("Published: 7:30pm, 2 Dec, 2026 (HKT)\nUpdated: 3 Dec, 2026", "2026-12-02T19:30:00+08:00", "2026-12-03T00:00:00"),
    (
        "Published: 7:30pm, 2 Dec, 2026 (HKT)\nUpdated: 8:45pm, 23 Dec, 2026",
        "2026-12-02T19:30:00+08:00", "2026-12-23T20:45:00",
    ),
    (
        "Published: 7:30pm, 2 Dec, 2026 (HKT)\nUpdated: 6:45pm, 2 Dec, 2026",
        "2026-12-02T19:30:00+08:00", "2026-12-02T18:45:00",
    ),
    ("Published: 7:30pm, 2 Dec, 2026\nUpdated: 8:45pm, 3 Dec, 2026", "2026-12-02T19:30:00", "2026-12-03T20:45:00"),
]


@pytest.mark.parametrize(("stamps", "published", "updated"), ZONE_ROWS)
def test_update_in_published_zone(stamps: str, published: str, updated: str) -> None:
    article = parse_article(HK + stamps + HK_STORY)
    assert article.published is not None and article.updated is not None
    assert (article.published.datetime.isoformat(), article.updated.datetime.isoformat()) == (published, updated)


# 3a, 4. Shapes already read so (pinned): a stamp with its weekday over the byline; a credit line above its caption.
def test_stamp_over_byline() -> None:
    text = (
        "Rents climb again as supply dries up in the capital\n\nThursday 3 December 2026 08:12 GMT\n\nBy Jane Doe"
        + STORY
    )
    article = parse_article(text)
    assert article.published is not None
    assert (article.published.text, article.published.datetime.isoformat()) == (
        "Thursday 3 December 2026 08:12 GMT", "2026-12-03T08:12:00+00:00",
    )
    assert article.boilerplate == ()


CREDIT_ABOVE_ROWS = [
    (
        "Floods hit northern Italy\n\nBy Marco Rossi\n\nCredit: Luca Bruno/AP\nRescuers search a flooded street in Emilia-Romagna.\n\n"
        "Heavy rain caused floods across northern Italy on Wednesday, officials said.\n",
        "Rescuers search a flooded street in Emilia-Romagna.", "Luca Bruno/AP", ("Marco Rossi",),
    ),
    (
        "Bristol bus drivers vote to strike over pay\n\nGetty Images\nBus drivers at a depot in Bristol\n\n"
        "Bus drivers in Bristol have voted to strike in a row over pay, their union said.\n",
        "Bus drivers at a depot in Bristol", "Getty Images", None,
    ),
]


@pytest.mark.parametrize(("text", "caption", "credit", "authors"), CREDIT_ABOVE_ROWS)
def test_credit_above_caption(text: str, caption: str, credit: str, authors: tuple[str, ...] | None) -> None:
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert (article.byline.authors if article.byline else None) == authors


# 4a. A caption printed twice, over the picture without its credit and under it with: both prints the caption's.
FLOODS = "Floods hit northern Italy\n\nBy Marco Rossi\n\n"
FLOOD_STORY = (
    "\n\nHeavy rain caused floods across northern Italy on Wednesday, officials said.\n\n"
    "The rain is expected to continue until the weekend.\n"
)
RESCUE = "Rescuers search a flooded street in Emilia-Romagna, Italy"
FIREFIGHTERS = "Firefighters pump water from a basement in Modena"
TWICE_ROWS = [
    (RESCUE + "\n" + RESCUE + " (AP Photo/Luca Bruno)", RESCUE, "AP Photo/Luca Bruno", ((43, 100), (101, 158)), ()),
    (FIREFIGHTERS + "\n" + FIREFIGHTERS + " (REUTERS/Jane Roe)", FIREFIGHTERS, "REUTERS/Jane Roe", ((43, 92), (93, 142)), ()),
    # near misses: a blank line between the two prints, or another line above the caption, stays as before
    (RESCUE + "\n\n" + RESCUE + " (AP Photo/Luca Bruno)", RESCUE, "AP Photo/Luca Bruno", ((102, 159),), ((RESCUE, "other"),)),
    ("Floods\n" + RESCUE + " (AP Photo/Luca Bruno)", RESCUE, "AP Photo/Luca Bruno", ((50, 107),), (("Floods", "other"),)),
]


@pytest.mark.parametrize(("block", "caption", "credit", "spans", "boilerplate"), TWICE_ROWS)
def test_caption_printed_twice(
    block: str, caption: str, credit: str, spans: tuple[tuple[int, int], ...], boilerplate: tuple[tuple[str, str], ...]
) -> None:
    text = FLOODS + block + FLOOD_STORY
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    found = article.captions[0].spans
    assert tuple((span.start, span.end) for span in found) == spans
    assert [text[span.start : span.end] for span in found] == [caption] * len(spans)
    assert tuple((b.text, b.kind) for b in article.boilerplate) == boilerplate
    assert len(article.paragraphs) == 2
