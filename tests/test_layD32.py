"""Layout readings a review left open (stop 32, layD): five page shapes the composer misread.

Each family gives whole articles in our own words, table-driven, with what must come out, and
controls of the nearest shape that must not change:

1. a web copy whose first paragraph a scraper printed twice, right under the headline, with
   nothing or little after it: the first copy is the story's first paragraph, the second is
   boilerplate ``repeat`` (as in a longer story), and no line is lost;
2. a transcript whose turns open with a time code (``[00:00:01] INTERVIEWER: ...``, ``00:01:15
   SPEAKER 2: ...``) or with labels in capitals that change from line to line: a turn is never the
   headline, the first turn is the first paragraph;
3. Indian English dailies: a known place in title case before a colon opening the story
   (``Mumbai: ...``) is its dateline; a desk's signature (``By HT Correspondent, Mumbai``, ``By
   Staff Reporter, Chennai``) is a byline with no authors and no agency, as ``By Staff Reporter``
   was (a desk is no person); a paper's news service alone (``Express News Service``) signs as the
   byline's one author, as it does after ``By``;
4. a live blog whose entries are set off from their clocks by blank lines: the first entry's
   clock (``10:42 BST`` under ``Key events``) is boilerplate ``timestamp`` as the later ones are;
5. a caption credit written ``Name/Outlet`` after the caption's sentence (``Jane Roe/The Daily
   Courier``, ``Jane Roe/City Herald via AP``): the whole credit is the caption's.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsparse import DatelineParser, Span, parse_article
from parts import blocks, holds_every_line


def summary(text: str) -> dict[str, Any]:
    """The layout fields of *text* read as an article, without spans."""
    article = parse_article(text)
    assert holds_every_line(article)
    byline = article.byline
    dateline = article.dateline
    return {
        "headline": article.headline.text if article.headline else None,
        "byline": (byline.text, list(byline.authors), byline.agency) if byline else None,
        "dateline": (dateline.place, dateline.text) if dateline else None,
        "captions": [(caption.text, caption.credit) for caption in article.captions],
        "paragraphs": [paragraph.text for paragraph in article.paragraphs],
        "boilerplate": [(item.text, item.kind) for item in article.boilerplate],
    }


# -- 1. a first paragraph printed twice ----------------------------------------------------------

LEDE = (
    "The harbour authority on Tuesday approved a long-delayed plan to deepen the approach channel to the "
    "eastern container berths, clearing the way for larger ships to call at the port from next spring."
)
SHORT_LEDE = "Fire crews fought a large blaze at a warehouse near the ring road on Sunday."
WORK = (
    "The work, expected to cost about 40 million pounds, will remove roughly two million cubic metres of "
    "silt over eighteen months, the authority said in a statement."
)
ROAD = (
    "The road was closed in both directions for about four hours, and residents were told to keep their "
    "windows shut because of the smoke."
)

REPEATS = [
    # (text, paragraphs, boilerplate)
    # the whole copy is the lede twice: the story is the lede
    (blocks("Harbour authority approves dredging plan for container berths", LEDE, LEDE),
     [LEDE], [(LEDE, "repeat")]),
    # a short lede twice under a byline and a date
    (blocks("Warehouse fire closes ring road", "By Tom Hale\nMarch 3, 2024", SHORT_LEDE, SHORT_LEDE),
     [SHORT_LEDE], [(SHORT_LEDE, "repeat")]),
    # controls: the story goes on under the copy (read so on base already)
    (blocks("Harbour authority approves dredging plan for container berths", LEDE, LEDE, WORK),
     [LEDE, WORK], [(LEDE, "repeat")]),
    (blocks("Warehouse fire closes ring road", SHORT_LEDE, SHORT_LEDE, ROAD),
     [SHORT_LEDE, ROAD], [(SHORT_LEDE, "repeat")]),
]


@pytest.mark.parametrize(("text", "paragraphs", "boilerplate"), REPEATS)
def test_lede_printed_twice_keeps_the_story(text: str, paragraphs: list[str], boilerplate: list[tuple[str, str]]) -> None:
    found = summary(text)
    assert found["paragraphs"] == paragraphs
    assert found["boilerplate"] == boilerplate


# -- 2. transcripts ---------------------------------------------------------------------------------

CODED = [
    "[00:00:01] INTERVIEWER: Good morning.",
    "[00:00:03] MARIA LOPEZ: Good morning, thanks for having me.",
    "[00:00:09] INTERVIEWER: Can you tell us what happened at the plant last night?",
    "[00:00:14] MARIA LOPEZ: Around eleven the alarms went off in the boiler house and we evacuated the night shift.",
]
HEARING = [
    "00:00:03 SPEAKER 1: Welcome to the budget hearing",
    "00:01:15 SPEAKER 2: Thank you, chair. I want to start with the library service, because the cuts proposed "
    "here would close three branches.",
    "00:02:40 SPEAKER 1: Noted. We will come back to libraries after the housing item.",
]
PLAIN = [line.split("] ", 1)[1] for line in CODED]

TRANSCRIPTS = [
    # (text, headline, paragraphs)
    (blocks(*CODED), None, CODED),
    (blocks(*HEARING), None, HEARING),
    (blocks(*PLAIN), None, PLAIN),
    # controls: a headline over the transcript stays the headline
    (blocks("Transcript: Plant manager on last night's boiler fire", *CODED),
     "Transcript: Plant manager on last night's boiler fire", CODED),
]


@pytest.mark.parametrize(("text", "headline", "paragraphs"), TRANSCRIPTS)
def test_turn_line_is_never_the_headline(text: str, headline: str | None, paragraphs: list[str]) -> None:
    found = summary(text)
    assert found["headline"] == headline
    assert found["paragraphs"] == paragraphs
    assert found["boilerplate"] == []


def test_speaker_label_headline_over_a_byline_stays_the_headline() -> None:
    # a headline quoting its speaker with a label in capitals, no other turn under it: a headline
    text = blocks(
        "ORTIZ: Budget will pass before the summer",
        "By Tom Hale",
        "The finance minister said on Monday she was confident parliament would approve the budget before "
        "the summer recess, despite opposition from two coalition partners.",
    )
    found = summary(text)
    assert found["headline"] == "ORTIZ: Budget will pass before the summer"
    assert found["byline"] == ("By Tom Hale", ["Tom Hale"], None)


def test_video_length_and_credit_over_the_story_is_no_turn() -> None:
    # a video's length and its credit under the byline, as a news site prints a player: no transcript
    win = (
        "Winning the vote did not change the council leader, and it is increasingly clear that the budget row "
        "will not change her either."
    )
    row = "The dispute over library closures has dragged on for three weeks, with neither side willing to give ground."
    text = blocks("Why the council will not change course", "By Tom Hale, City News", "02:15 - Source: City News",
                  "Council budget row deepens", win, row)
    found = summary(text)
    assert found["headline"] == "Why the council will not change course"
    assert found["paragraphs"] == [win, row]
    assert found["boilerplate"] == [("02:15 - Source: City News", "other"), ("Council budget row deepens", "other")]


# -- 3. Indian English dailies ------------------------------------------------------------------------

ROADS = (
    "The municipal corporation will begin widening a two-kilometre stretch of the arterial road in the "
    "western suburbs next week, officials said on Monday, in an attempt to ease flooding that cripples "
    "traffic every monsoon."
)
FARES = (
    "Fares on the city's metro network will rise by up to five rupees from April 1, the operating "
    "corporation said on Thursday, citing higher power and maintenance costs."
)
EXAMS = (
    "The state university has postponed its semester examinations by two weeks after heavy rain flooded "
    "several affiliated colleges, the registrar said on Wednesday."
)
DRAINS = "The work will involve relocating storm-water drains and shifting about forty roadside stalls."

DAILIES = [
    # (text, byline, dateline, paragraphs)
    (blocks("Civic body to widen arterial road ahead of monsoon", "By HT Correspondent, Mumbai",
            f"Mumbai: {ROADS}", DRAINS),
     ("By HT Correspondent, Mumbai", [], None), ("Mumbai", "Mumbai:"), [ROADS, DRAINS]),
    (blocks("Metro fares to rise by five rupees from April", "Express News Service", f"NEW DELHI: {FARES}", DRAINS),
     ("Express News Service", ["Express News Service"], None), ("NEW DELHI", "NEW DELHI:"), [FARES, DRAINS]),
    (blocks("Metro fares to rise by five rupees from April", "By Express News Service", f"New Delhi: {FARES}", DRAINS),
     ("By Express News Service", ["Express News Service"], None), ("New Delhi", "New Delhi:"), [FARES, DRAINS]),
    (blocks("University postpones semester exams after floods", "By Staff Reporter, Chennai", f"CHENNAI: {EXAMS}", DRAINS),
     ("By Staff Reporter, Chennai", [], None), ("CHENNAI", "CHENNAI:"), [EXAMS, DRAINS]),
    (blocks("University postpones semester exams after floods", "By Our Correspondent, Kolkata", f"Kolkata: {EXAMS}"),
     ("By Our Correspondent, Kolkata", [], None), ("Kolkata", "Kolkata:"), [EXAMS]),
    # controls: a desk of a known agency stays the agency's; a desk without a city (read so on base)
    (blocks("University postpones semester exams after floods", "By AP Correspondent", EXAMS, DRAINS),
     ("By AP Correspondent", ["AP"], "AP"), None, [EXAMS, DRAINS]),
    (blocks("University postpones semester exams after floods", "By Staff Reporter", f"CHENNAI: {EXAMS}", DRAINS),
     ("By Staff Reporter", [], None), ("CHENNAI", "CHENNAI:"), [EXAMS, DRAINS]),
    # a known place and a colon before a short clause is no dateline
    (blocks("Why the city keeps flooding", "By Tom Hale", "Mumbai: a city that floods every year.", DRAINS),
     ("By Tom Hale", ["Tom Hale"], None), None, ["Mumbai: a city that floods every year.", DRAINS]),
]


@pytest.mark.parametrize(("text", "byline", "dateline", "paragraphs"), DAILIES)
def test_indian_daily_bylines_and_datelines(
    text: str, byline: tuple[str, list[str], str | None], dateline: tuple[str, str] | None, paragraphs: list[str]
) -> None:
    found = summary(text)
    assert found["byline"] == byline
    assert found["dateline"] == dateline
    assert found["paragraphs"] == paragraphs
    assert found["boilerplate"] == []


@pytest.mark.parametrize(
    "head",
    [
        "London: The city in ten pictures",  # a gallery's title: no sentence after the colon
        "Paris: Berlin trains are running late again this morning after a signal failure, the operator said.",
    ],
)
def test_title_case_place_before_colon_that_opens_no_story(head: str) -> None:
    assert DatelineParser().parse(head, Span(0, len(head))) is None


# -- 4. live blog clocks ---------------------------------------------------------------------------

POWER = (
    "Power companies say about 40,000 homes in the north-west are without electricity after overnight "
    "gusts brought down lines across three counties."
)
WARNING = (
    "The Met Office has extended its amber wind warning until 6pm, saying gusts of up to 90mph are possible "
    "on exposed coasts."
)
TRAINS = "Rail operators have cancelled all services on the coastal line until at least midday."

LIVE = [
    # (text, boilerplate)
    (blocks("Storm live: thousands without power as winds reach 90mph", "Key events", "10:42 BST", POWER,
            "10:15 BST", WARNING, "09:58 BST", TRAINS),
     [("Key events", "navigation"), ("10:42 BST", "timestamp"), ("10:15 BST", "timestamp"),
      ("09:58 BST", "timestamp")]),
    (blocks("Storm live: thousands without power as winds reach 90mph", "10:42", POWER, "10:15", WARNING),
     [("10:42", "timestamp"), ("10:15", "timestamp")]),
    # control: entries whose clock is in their block (read so on base)
    (blocks("Storm live: thousands without power as winds reach 90mph", f"10:42 BST\n{POWER}",
            f"10:15 BST\n{WARNING}"),
     [("10:42 BST", "timestamp"), ("10:15 BST", "timestamp")]),
]


@pytest.mark.parametrize(("text", "boilerplate"), LIVE)
def test_live_blog_clocks_are_read_alike(text: str, boilerplate: list[tuple[str, str]]) -> None:
    found = summary(text)
    assert found["headline"] == "Storm live: thousands without power as winds reach 90mph"
    assert found["boilerplate"] == boilerplate
    assert found["paragraphs"] == [p for p in (POWER, WARNING, TRAINS) if p in text]


def test_clock_alone_over_a_story_stays_no_entry() -> None:
    # a video's length over the story, no other clock: no live blog
    text = blocks("Storm closes coastal roads", "0:49", POWER, WARNING)
    found = summary(text)
    assert found["paragraphs"] == [POWER, WARNING]
    assert found["boilerplate"] == [("0:49", "other")]


# -- 5. Name/Outlet credits ----------------------------------------------------------------------------

PROTEST = "Residents protest outside the town hall before Tuesday's vote."
VOTE = (
    "The council voted on Tuesday to close two branch libraries next year, despite a petition signed by "
    "more than 6,000 residents."
)
SAVE = "Councillors said the closures would save about 300,000 pounds a year."

CREDITS = [
    # (caption line, credit)
    (f"{PROTEST} Jane Roe/The Daily Courier", "Jane Roe/The Daily Courier"),
    (f"{PROTEST} Jane Roe/City Herald via AP", "Jane Roe/City Herald via AP"),
    (f"{PROTEST} Tom Berg/Harbour Gazette via Reuters", "Tom Berg/Harbour Gazette via Reuters"),
    # controls (read so on base)
    (f"{PROTEST} Photo: Jane Roe/The Daily Courier", "Jane Roe/The Daily Courier"),
    (f"{PROTEST} (Jane Roe/City Herald via AP)", "Jane Roe/City Herald via AP"),
    (f"{PROTEST} Jane Roe / The Daily Courier", "Jane Roe / The Daily Courier"),
]


@pytest.mark.parametrize(("line", "credit"), CREDITS)
def test_name_outlet_credit(line: str, credit: str) -> None:
    found = summary(blocks("Council votes to close two libraries", line, VOTE, SAVE))
    assert found["captions"] == [(PROTEST, credit)]
    assert found["paragraphs"] == [VOTE, SAVE]


def test_sentence_with_a_slash_in_the_story_is_no_credit() -> None:
    # a story sentence that names a writer and an outlet with a slash, then goes on in lower case
    line = "The petition was delivered on Monday. Jane Roe/The Daily Courier was the first to report it."
    found = summary(blocks("Council votes to close two libraries", VOTE, line, SAVE))
    assert found["captions"] == []
    assert found["paragraphs"] == [VOTE, line, SAVE]
