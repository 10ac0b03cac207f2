"""Mutation pass mut65 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``53fdb925..6785a5c3`` (round 64), made by ``dev/mutants.py`` on ``6785a5c3``.  Each table pins
down a rule whose mutants no reaching test noticed within the run's budget: a text in a real
layout and what must come out of it, the rows that must not fire beside those that must (see
docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import pytest

from articles import parse_held, parts_of
from newsparse.spans import QuoteKind
from parts import blocks
from quote_cases import mention_rows, quote_speakers

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT
TRAMS = "Council approves tram extension"
STORY = [
    "The city council approved a tram extension to the airport on Tuesday after a four-hour debate.",
    "Work on the first stretch of track is due to start in the spring, the council said.",
]


# -- ArticleParser.__init__ (FOOT_NOTE_LABELS, SUPPORT_LABELS read with their blanks made one):
# -- a note to the reader or an appeal of several words under the story, written with one blank
# -- or more between its words, is boilerplate; a one-word heading of neither stays the story's
@pytest.mark.parametrize(
    ("foot", "filed", "kept"),
    [
        (["A note to our readers:\nWe have covered the council for six years. If you value this reporting, please "
          "consider a gift."],
         [("editors-note", "A note to our readers:"),
          ("editors-note", "We have covered the council for six years. If you value this reporting, please consider a gift.")],
         []),
        (["Editor's  note: An earlier version of this story gave the wrong date for the vote."],
         [("editors-note", "Editor's  note: An earlier version of this story gave the wrong date for the vote.")], []),
        (["Support  local journalism", "Donate today to keep our reporters at every council meeting."],
         [("subscribe", "Support  local journalism"),
          ("subscribe", "Donate today to keep our reporters at every council meeting.")], []),
        # must not change: a crosshead that is no label, over the story's own sentence
        (["Next steps", "The mayor said the route would be reviewed again in May."], [],
         ["Next steps", "The mayor said the route would be reviewed again in May."]),
    ],
)
def test_note_or_appeal_of_several_words_at_the_foot(foot: list[str], filed: list[tuple[str, str]], kept: list[str]) -> None:
    _, found, paragraphs = parts_of(parse_held(blocks(TRAMS, "By Tom Hale", *STORY, *foot)))
    assert found == filed
    assert paragraphs == [*STORY, *kept]


# -- SpeakerResolution.by_description (portfolios_shared): a bare role after two people who hold
# -- two portfolios of it is either of them, left as written; after one portfolio it is that person
SHUT = "SWANSEA (AP) — Ports and rail lines were shut on Wednesday by the storm.\n\n"
PORTFOLIOS = [
    (SHUT + "The transport secretary said the lines would reopen on Friday. The finance secretary, Rhys Owen, said "
     'aid would follow.\n\n"We are working around the clock," the secretary said.',
     [("the lines would reopen on Friday", R, "The transport secretary", "The transport secretary"),
      ("aid would follow", R, "Rhys Owen", "Rhys Owen"),
      ("We are working around the clock,", D, "the secretary", "the secretary")]),
    (SHUT + "Transport minister Ana Ruiz said the lines would reopen on Friday. Energy minister Tom Berg said "
     'shelters were open.\n\n"Nobody will be left out," the minister said.',
     [("the lines would reopen on Friday", R, "Ana Ruiz", "Transport minister Ana Ruiz"),
      ("shelters were open", R, "Tom Berg", "Energy minister Tom Berg"),
      ("Nobody will be left out,", D, "the minister", "the minister")]),
    # must not change: one portfolio named before, the role is that person's
    (SHUT + 'Transport minister Ana Ruiz said the lines would reopen on Friday.\n\n"Nobody will be left out," '
     "the minister said.",
     [("the lines would reopen on Friday", R, "Ana Ruiz", "Transport minister Ana Ruiz"),
      ("Nobody will be left out,", D, "Ana Ruiz", "the minister")]),
]


@pytest.mark.parametrize(("text", "expected"), PORTFOLIOS)
def test_bare_role_after_two_portfolios(text: str, expected: list[tuple[str, QuoteKind, str | None, str | None]]) -> None:
    assert mention_rows(text) == expected


# -- BylineParser.without_placed_prefix: "From" before a name and a place is no part of the name;
# -- a name of three words before "in" keeps its first word
@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("From PETER MWANGI in Nakuru", ("PETER MWANGI",)),
        ("From Grace Atieno in Kisumu", ("Grace Atieno",)),
        # must not change: a given name first, no prefix
        ("JUAN PABLO SOSA in Asuncion", ("JUAN PABLO SOSA",)),
        ("Mary Anne Kiplagat in Eldoret", ("Mary Anne Kiplagat",)),
    ],
)
def test_placed_byline_without_its_prefix(byline: str, authors: tuple[str, ...]) -> None:
    article = parse_held(blocks(TRAMS, f"{byline}\nPublished: 18 Nov, 2026 09:15 AM", *STORY))
    assert article.byline is not None and article.byline.authors == authors
    assert [p.text for p in article.paragraphs] == STORY


# -- ReportedSpeech.read_reported: joined or listed names before the verb all speak, from the
# -- sentence's start
JOINED = [
    ("Ana Ortiz and Ben Lee said the shop would close in May.",
     [("the shop would close in May", "Ana Ortiz and Ben Lee")]),
    ("Ana Ortiz, Ben Lee and Lee Chan said the shop would close in May.",
     [("the shop would close in May", "Ana Ortiz, Ben Lee and Lee Chan")]),
    ("Tom Berg and his aides said the talks had failed.", [("the talks had failed", "Tom Berg and his aides")]),
    ("Ana Ortiz, the mayor, and her deputies said the budget was balanced.",
     [("the budget was balanced", "Ana Ortiz and her deputies")]),
    # must not change: one name
    ("Ana Ortiz said the shop would close in May.", [("the shop would close in May", "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_joined_names_speak_together(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quote_speakers(text) == expected


# -- SpeakerResolution.resolve_organisation: a body's capitalised name after "the" is its name
BODIES = [
    ('The harbour will close for a month.\n\n"We have no choice," the Harbour Board said.',
     [("We have no choice,", "Harbour Board")]),
    ('Fares will rise in May.\n\n"Costs have doubled," the Regional Transport Authority said.',
     [("Costs have doubled,", "Regional Transport Authority")]),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_body_named_after_its_article(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quote_speakers(text) == expected


# -- ArticleParser.heads_summary, story_unopened, body_late_byline: a summary's label over its points
# -- under the byline is the summary's; a labelled byline under a field line stays the page's
@pytest.mark.parametrize("label", ["Key facts:", "In brief", "What to know:", "In summary:"])
def test_label_over_points_heads_the_summary(label: str) -> None:
    points = ["• The extension adds six stops to the line", "• Trams will run every eight minutes at peak times"]
    article = parse_held(blocks(TRAMS, "By Tom Hale", "\n".join([label, *points]), *STORY))
    _, filed, paragraphs = parts_of(article)
    assert filed == [("other", label), *(("standfirst", point) for point in points)]
    assert paragraphs == STORY


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("PAPER SECTION: Metro\nWRITER: Somchai Rattana", "Somchai Rattana"),
        ("PUBLISHED : 3 Mar 2026 at 09:10\nEDITION: Morning\nWRITER: Nadia Karim", "Nadia Karim"),
        ("POSTED : 3 Mar 2026 at 09:10\nPAPER SECTION: Metro\nWORDS: Ravi Menon", "Ravi Menon"),
    ],
)
def test_labelled_byline_under_field_lines_is_the_pages(header: str, author: str) -> None:
    article = parse_held(blocks(TRAMS, header, *STORY))
    assert article.byline is not None and article.byline.authors == (author,)
    assert [b.text for b in article.boilerplate if b.kind == "sign-off"] == []
    assert [p.text for p in article.paragraphs][-2:] == STORY


# -- BodyParser.carries_on: a line a paste broke off past a blank goes on over a capital after a
# -- determiner or an auxiliary, or after a preposition in running text; not after other words
CARRIED = [
    ("The figures come from a report by the", "National Audit Office published on Monday.",
     ["The figures come from a report by the National Audit Office published on Monday."]),
    ("After a long debate, the council said it would vote again on", "Thursday before the budget is set.",
     ["After a long debate, the council said it would vote again on Thursday before the budget is set."]),
    # must not change: a crosshead ending in a preposition; a line ending in a verb
    ("Where to get help with", "Citizens Advice runs a free helpline for tenants facing eviction.",
     ["Where to get help with", "Citizens Advice runs a free helpline for tenants facing eviction."]),
    ("The council said it would meet", "Thursday was chosen because the hall is free.",
     ["The council said it would meet", "Thursday was chosen because the hall is free."]),
]


@pytest.mark.parametrize(("first", "second", "paragraphs"), CARRIED)
def test_sentence_broken_over_a_blank(first: str, second: str, paragraphs: list[str]) -> None:
    article = parse_held(blocks(TRAMS, "By Tom Hale", STORY[0], first, second, STORY[1]))
    assert [p.text for p in article.paragraphs] == [STORY[0], *paragraphs, STORY[1]]


# -- ArticleParser.calls_for_support, foot_label_kind: an appeal's heading over a block with a link
# -- or its heading with a stop is the appeal's; over the story's sentence it is a crosshead
APPEALS = [
    (["Support local journalism", "Find out more at www.harbourpost.org/members and keep reporters at city hall."], True),
    (["Support local journalism", "Find out more at https://harbourpost.org/members and keep reporters at city hall."], True),
    (["Support local journalism.", "Give what you can to keep our reporters at city hall."], True),
    (["Support local journalism!", "Give what you can to keep our reporters at city hall."], True),
    # must not change: the story's sentence under a crosshead
    (["Support local journalism", "The mayor urged residents to back the tram levy in May."], False),
]


@pytest.mark.parametrize(("foot", "appeal"), APPEALS)
def test_appeal_at_the_foot(foot: list[str], appeal: bool) -> None:
    _, found, paragraphs = parts_of(parse_held(blocks(TRAMS, "By Tom Hale", *STORY, *foot)))
    assert found == ([("subscribe", line) for line in foot] if appeal else [])
    assert paragraphs == (STORY if appeal else [*STORY, *foot])


# -- ArticleParser.signs_letter: under a letter's closing, up to four lines of up to six words sign it
LETTER = (
    "The tram extension will take six years to build and the disruption on the ring road will fall on those "
    "of us who cannot work from home."
)


@pytest.mark.parametrize(
    "signature",
    [
        ["Dr Margaret Anne Hollis-Brown OBE, Chesterfield"],
        ["Margaret Hollis", "14 Elm Grove", "Hasland", "Chesterfield"],
    ],
)
def test_letter_signature_at_its_limits(signature: list[str]) -> None:
    article = parse_held(blocks("Letters to the editor", "A costly mistake", LETTER, "\n".join(["Yours faithfully,", *signature])))
    _, filed, paragraphs = parts_of(article)
    assert filed == [("sign-off", line) for line in ["Yours faithfully,", *signature]]
    assert paragraphs == ["A costly mistake", LETTER]


# -- SpeakerResolution.is_bracketed_age: an age in brackets after a name, of one to three digits,
# -- is no part of the name
AGES = [
    ("Farmer Edna Pike (101) from Whitby said she had never seen the sea so high.", "Edna Pike"),
    ("Pupil Ella Price (9) from Ripon said the flood had reached her school.", "Ella Price"),
    ("Farmer Owen Hale (47) from Settle said the flood had reached his barn.", "Owen Hale"),
]


@pytest.mark.parametrize(("text", "speaker"), AGES)
def test_age_in_brackets_is_no_part_of_the_name(text: str, speaker: str) -> None:
    assert [name for _, name in quote_speakers("Rivers burst their banks across the north on Sunday.\n\n" + text)] == [speaker]


# -- DatelineParser.is_plausible (dated_outlet): an outlet in a dated dateline's brackets before a dash
OUTLETS = [
    ("Karachi, Jan. 9 (Dawn News) - Traffic was halted on the main road.", "Karachi", "Dawn News"),
    ("NAIROBI, March 2 (Daily Nation) - Traffic was halted on the main road.", "NAIROBI", "Daily Nation"),
    # must not change: sources of no outlet
    ("Porto, May 2 (Police Sources) - Traffic was halted on the main road.", None, None),
]


@pytest.mark.parametrize(("lede", "place", "agency"), OUTLETS)
def test_outlet_in_a_dated_dateline(lede: str, place: str | None, agency: str | None) -> None:
    article = parse_held(blocks(TRAMS, lede, STORY[1]))
    found = article.dateline
    assert ((found.place, found.agency) if found is not None else (None, None)) == (place, agency)


# -- ArticleParser.is_entry_clock, opens_entry_with_ago: a clock right under a live blog's "ago"
# -- head is the entry's stamp, in the body as in the header; the entries' text stays the story's
def test_clock_under_an_ago_head_in_a_live_blog() -> None:
    page = blocks(
        "Storm Bella live: ferries cancelled as gales hit the coast",
        "Sat 7 Nov 2026 08.15 GMT",
        "3h ago\n11.40 GMT",
        "The ferry company has cancelled all sailings from the harbour until Sunday.",
        "Share",
        "5h ago\n09.05 GMT",
        "Gusts of 90mph were recorded on the headland overnight, the forecaster said.",
    )
    article = parse_held(page)
    assert [p.text for p in article.paragraphs] == [
        "The ferry company has cancelled all sailings from the harbour until Sunday.",
        "Gusts of 90mph were recorded on the headland overnight, the forecaster said.",
    ]
    assert [(b.kind, b.text) for b in article.boilerplate][-3:] == [
        ("share", "Share"),
        ("timestamp", "5h ago"),
        ("timestamp", "09.05 GMT"),
    ]
