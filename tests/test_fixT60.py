"""Layout wrong values a new user found (fixT60): a headline that ends in ``via`` and a place no
vocabulary knows was taken for a caption credited to the place; a zone's abbreviation before its
clock (``IST 08:45 AM``) was not read, and a place before the label then made the update a
publication; ``PST`` on a page from the Philippines read as US Pacific time; an outlet's
abbreviation before a credit's label stayed in the caption (``... on Dec 5. ST PHOTO: ...``);
bulleted points under a summary label (``In Summary``) were the story's first paragraphs; a
wire's ``— With assistance from ...`` with an em dash stayed a paragraph.

Every row fails on the base (f2959967) unless it says it must not change."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import Article
from parts import blocks, parse, sound

STORY = (
    "The operator said on Friday that sailings would not resume until the storm had passed, leaving "
    "hundreds of travellers stranded at the port overnight."
)
MORE = "Officials said repairs to the harbour wall would take at least a week."


def headline_of(article: Article) -> str | None:
    return article.headline.text if article.headline is not None else None


def captions_of(article: Article) -> list[tuple[str, str | None]]:
    return [(caption.text, caption.credit) for caption in article.captions]


# ---- 1. a line in the headline's place that ends in "via" and a place: a verb and no caption's evidence
@pytest.mark.parametrize(
    "title",
    [
        "Ferries cancelled again via Kars",
        "Council to fund bus route via Ardrie",
        "Rail link reopens via Tarnby",
        "Buses diverted via Kellsmoor after bridge collapse",  # (no via at the end: a plain headline; unchanged)
    ],
)
def test_a_via_headline_with_a_verb_over_the_story_is_the_headline(title: str) -> None:
    article = parse(blocks(title, STORY, MORE))
    assert sound(article)
    assert headline_of(article) == title
    assert captions_of(article) == []


def test_a_via_headline_over_a_standfirst_is_the_headline_and_the_standfirst_stays() -> None:
    text = "WORLD\nTürkiye, Azerbaijan sign deal to boost rail freight via Kars\nAnkara and Baku aim to raise annual freight on the line by 2030\nBy Fatma Yildiz\n\n" + blocks(STORY, MORE)
    article = parse(text)
    assert headline_of(article) == "Türkiye, Azerbaijan sign deal to boost rail freight via Kars"
    assert captions_of(article) == []
    assert [(item.kind, item.text) for item in article.boilerplate] == [
        ("standfirst", "Ankara and Baku aim to raise annual freight on the line by 2030")
    ]


def test_a_via_line_over_a_shorter_headline_and_the_byline_stays_a_caption() -> None:
    # (the shorter title under it, over the byline, is the headline: must not change)
    article = parse("Rescuers searched the rubble via Ravenwood\nQuake kills 40 in western Iran\nBy Jane Roe\n\n" + blocks(STORY, MORE))
    assert headline_of(article) == "Quake kills 40 in western Iran"
    assert captions_of(article) == [("Rescuers searched the rubble", "Ravenwood")]


# the nearest shapes that stay captions: the source is an agency, a person, a body after a
# possessive, holds a slash, or the line has no verb (must not change)
@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Kim Jong Un watches a missile test via KCNA", "Kim Jong Un watches a missile test", "KCNA"),
        ("Smoke rises over the city via Sudan's army", "Smoke rises over the city", "Sudan's army"),
        ("Flooded streets in Leeds via Jane Roe", "Flooded streets in Leeds", "Jane Roe"),
        ("Smoke over Khartoum via Kassala", "Smoke over Khartoum", "Kassala"),
        ("Footage shows the bridge collapsing via Telegram", "Footage shows the bridge collapsing", "Telegram"),
    ],
)
def test_a_via_line_with_caption_evidence_or_no_verb_stays_a_caption(line: str, caption: str, credit: str) -> None:
    article = parse(blocks(line, STORY, MORE))
    assert sound(article)
    assert captions_of(article) == [(caption, credit)]
    assert headline_of(article) is None


# ---- 2. a zone's abbreviation before its clock; a place before the label
@pytest.mark.parametrize(
    ("stamp_line", "text", "updated", "offset"),
    [
        ("Rampur, Last Updated IST 08:45 AM, Dec 05, 2026", "IST 08:45 AM, Dec 05, 2026", dt.datetime(2026, 12, 5, 8, 45), 5.5),
        ("Last Updated IST 08:45 AM, Dec 05, 2026", "IST 08:45 AM, Dec 05, 2026", dt.datetime(2026, 12, 5, 8, 45), 5.5),
        ("Updated GMT 10:00, 5 December 2026", "GMT 10:00, 5 December 2026", dt.datetime(2026, 12, 5, 10, 0), 0),
        # (the zone after the clock, read already: must not change)
        ("Last Updated: 08:45 AM IST, Dec 05, 2026", "08:45 AM IST, Dec 05, 2026", dt.datetime(2026, 12, 5, 8, 45), 5.5),
    ],
)
def test_a_zone_before_its_clock_is_the_stamps_zone(stamp_line: str, text: str, updated: dt.datetime, offset: float) -> None:
    article = parse(
        "Tenants protest as civic body raises property tax\nBy Rahul Deshpande\n" + stamp_line + "\n\n"
        + blocks("Residents staged a protest outside the municipal office in Lucknow on Thursday against the tax rise, the PTI news agency reported.", MORE)
    )
    assert article.published is None
    assert article.updated is not None
    assert article.updated.text == text
    assert article.updated.datetime.replace(tzinfo=None) == updated
    assert article.updated.datetime.utcoffset() == dt.timedelta(hours=offset)


@pytest.mark.parametrize(
    "stamp_line",
    [
        # (no zone of the vocabulary: the clock read alone; must not change)
        "Updated XYZ 10:00, 5 December 2026",
        "Updated AT 10:00, 5 December 2026",
    ],
)
def test_capitals_before_a_clock_that_are_no_zone_give_no_offset(stamp_line: str) -> None:
    article = parse("Tenants protest as civic body raises property tax\nBy Rahul Deshpande\n" + stamp_line + "\n\n" + blocks(STORY, MORE))
    assert article.updated is not None
    assert article.updated.datetime == dt.datetime(2026, 12, 5, 10, 0)


# ---- 3. PST: US Pacific time, or Philippine Standard Time on a page that names the Philippines
@pytest.mark.parametrize(
    ("place", "lede", "offset"),
    [
        ("MANILA, Philippines —", "Residents of four cities in Metro Manila will have no water for 18 hours, officials said.", 8),
        # (US Pacific time when the page names no region, as before: must not change)
        ("FRESNO —", "Residents of four towns in the valley will have no water for 18 hours, officials said.", -8),
        # (both named: which is meant cannot be told, so no offset)
        ("MANILA —", "Residents of Manila and visitors from the U.S. embassy will have no water for 18 hours, officials said.", None),
    ],
)
def test_pst_reads_the_region_the_page_names(place: str, lede: str, offset: int | None) -> None:
    article = parse(
        "Water service cut for 18 hours in four cities\nBy Carla Reyes\nPublished: December 5, 2026 7:32 PM PST\n\n"
        + blocks(f"{place} {lede}", MORE)
    )
    assert article.published is not None
    assert article.published.datetime.replace(tzinfo=None) == dt.datetime(2026, 12, 5, 19, 32)
    expected = None if offset is None else dt.timedelta(hours=offset)
    assert article.published.datetime.utcoffset() == expected


# ---- 4. an outlet's abbreviation before the credit's label: the credit's, not the caption's
@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Lions striker Adam Rahman celebrates his goal at the National Stadium on Dec 5. ST PHOTO: KEVIN LIM",
            "Lions striker Adam Rahman celebrates his goal at the National Stadium on Dec 5.",
            "KEVIN LIM",
        ),
        (
            "Commuters queue for shuttle buses at the interchange on Friday. TNP PHOTO: JANE TAN",
            "Commuters queue for shuttle buses at the interchange on Friday.",
            "JANE TAN",
        ),
        # (capitals with no sentence end before them are the caption's: must not change)
        (
            "Lions striker Adam Rahman meets the FAS PHOTO: KEVIN LIM",
            "Lions striker Adam Rahman meets the FAS",
            "KEVIN LIM",
        ),
    ],
)
def test_an_outlet_mark_before_the_credit_label_leaves_the_caption(line: str, caption: str, credit: str) -> None:
    article = parse(blocks("Lions roar back to stun rivals in thriller\nBy Ikhsan Rahim", line, STORY, MORE))
    assert sound(article)
    assert captions_of(article) == [(caption, credit)]


# ---- 5. bulleted points under a summary label: the page's summary, not the story
@pytest.mark.parametrize("label", ["In Summary", "Key points", "Highlights:"])
def test_bulleted_points_under_a_summary_label_are_the_standfirst(label: str) -> None:
    text = (
        "Farmers count losses as frost destroys potato crop\nBY MWANGI KAMAU\n"
        f"{label}\n• Farmers say the frost hit on three consecutive nights.\n"
        "• The county has promised subsidised seed for affected farmers.\n\n" + blocks(STORY, MORE)
    )
    article = parse(text)
    assert sound(article)
    assert [paragraph.text for paragraph in article.paragraphs] == [STORY, MORE]
    standfirst = [item.text for item in article.boilerplate if item.kind == "standfirst"]
    assert standfirst == [
        "• Farmers say the frost hit on three consecutive nights.",
        "• The county has promised subsidised seed for affected farmers.",
    ]


def test_bulleted_facts_with_no_label_stay_the_first_paragraphs() -> None:
    # (no summary label over the points: the story's first paragraphs, as before; must not change)
    text = (
        "Farmers count losses as frost destroys potato crop\nBY MWANGI KAMAU\n\n"
        "• Farmers say the frost hit on three consecutive nights\n"
        "• The county has promised subsidised seed for affected farmers\n\n" + blocks(STORY, MORE)
    )
    article = parse(text)
    assert [paragraph.text for paragraph in article.paragraphs][-2:] == [STORY, MORE]
    assert [item.text for item in article.boilerplate if item.kind == "standfirst"] == []


# ---- 6. a wire's "With assistance from" after an em dash: a sign-off
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("— With assistance from Kari Lunde.", "sign-off"),
        ("– With assistance from Kari Lunde and Tom Berg", "sign-off"),
        ("--With assistance from Kari Lunde.", "sign-off"),  # (read already: must not change)
        # a story's sentence with the words inside: must not change
        ("The bank was rescued with assistance from Nordic lenders.", None),
    ],
)
def test_with_assistance_after_any_dash_is_a_sign_off(line: str, kind: str | None) -> None:
    article = parse(blocks("Shipping line slumps after profit warning\nBy Henrik Aasland", STORY, MORE, line))
    filed = [item.kind for item in article.boilerplate if item.text == line]
    assert filed == ([kind] if kind else [])
    assert (line in [paragraph.text for paragraph in article.paragraphs]) is (kind is None)


# ---- 7. captions missed: an agency in capitals and a name in title case after a final stop; a bare
# photo label and a name in brackets
@pytest.mark.parametrize(
    ("line", "language", "caption", "credit"),
    [
        ("Le pont Chauderon, ici vendredi. KEYSTONE/Jean-Marc Favre", "fr", "Le pont Chauderon, ici vendredi.", "KEYSTONE/Jean-Marc Favre"),
        ("The flooded underpass on Friday. KEYSTONE/Anna Roth", None, "The flooded underpass on Friday.", "KEYSTONE/Anna Roth"),
        ("Il tratto di mura crollato nella notte (foto Luca Neri)", None, "Il tratto di mura crollato nella notte", "Luca Neri"),
        ("The collapsed stretch of wall on Friday (Photo Jane Roe)", None, "The collapsed stretch of wall on Friday", "Jane Roe"),
        # (the name in capitals too: read already, must not change)
        ("Le pont Chauderon, ici vendredi. KEYSTONE/JEAN-MARC FAVRE", "fr", "Le pont Chauderon, ici vendredi.", "KEYSTONE/JEAN-MARC FAVRE"),
    ],
)
def test_a_slashed_or_bracketed_photo_credit_makes_the_caption(line: str, language: str | None, caption: str, credit: str) -> None:
    article = parse(blocks("Bridge to close for three weeks\nBy Claire Roulin", line, STORY, MORE), language)
    assert sound(article)
    assert captions_of(article) == [(caption, credit)]


# the nearest shapes that stay the story's (must not change): no title-case name after the slash, a
# bracket inside a sentence that goes on, a label with no name
@pytest.mark.parametrize(
    "line",
    [
        "Ministers met in Brussels on Tuesday to discuss trade. UK/EU Relations",
        "The statue was unveiled on Friday (photo Jane Roe) in front of a small crowd of residents and officials.",
        "The statue was unveiled on Friday in front of a small crowd (photos below)",
    ],
)
def test_near_shapes_of_a_photo_credit_make_no_caption(line: str) -> None:
    article = parse(blocks("Bridge to close for three weeks\nBy Claire Roulin", STORY, line, MORE))
    assert captions_of(article) == []


# ---- 6. a wire's note in brackets on what a new version changes: an editor's note
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("(Updates with analyst comment in fifth paragraph.)", "editors-note"),
        ("(Adds minister's comment in paragraphs 4-5)", "editors-note"),
        ("(Recasts, adds details from the company statement)", "editors-note"),
        # a story's sentence in brackets: must not change
        ("(Adds to the pressure on the government, analysts said.)", None),
        ("(Updates and changes to the timetable were expected.)", None),
    ],
)
def test_a_wire_update_note_in_brackets_is_an_editors_note(line: str, kind: str | None) -> None:
    article = parse(blocks("Shipping line slumps after profit warning\nBy Henrik Aasland", STORY, MORE, line))
    assert [item.kind for item in article.boilerplate if item.text == line] == ([kind] if kind else [])
