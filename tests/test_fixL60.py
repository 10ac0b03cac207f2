"""Wrong values of the layout found by round 59's new-user trials (fixL60): a photo credit run into
the lede, a story's sentence ending in a copyright sign (amid the story or on its last line), a
story's line between two prints of the same newsletter call, and a numeric stamp that agrees with
the dateline's date neither way.  Invented stories in real layouts; each row is the text and
exactly what must come out."""

from __future__ import annotations

import pytest

from articles import parse_held, parts_of, stamp_isoformats

HEAD = "Floods cut off mountain villages\n\nBy Sam Carter\n\n"
STORY = "Rescuers worked through the night, the council said.\n\nRoads were closed across the valley.\n"


# -- (1) a credit run into the lede: the line is the story's --------------------------------------

@pytest.mark.parametrize(
    ("lede", "captions", "paragraphs"),
    [
        # a labelled credit with its line end lost over the lede: no caption, the line stays body
        (
            "Photo: Jane Doe/AAP Police said on Monday that three people were missing after the river burst its banks.",
            [],
            ["Photo: Jane Doe/AAP Police said on Monday that three people were missing after the river burst its banks."],
        ),
        (
            "Photo: Sam Lee/Getty Images Officials said the bridge would reopen on Friday.",
            [],
            ["Photo: Sam Lee/Getty Images Officials said the bridge would reopen on Friday."],
        ),
        # (must not change: the credit on its own line is a caption's, the lede under it the story's)
        (
            "Photo: Jane Doe/AAP\n\nPolice said on Monday that three people were missing.",
            [("Photo: Jane Doe/AAP", "Jane Doe/AAP")],
            ["Police said on Monday that three people were missing."],
        ),
        (
            "Photo: Jane Doe/AAP\nPolice said on Monday that three people were missing.",
            [("Photo: Jane Doe/AAP", "Jane Doe/AAP")],
            ["Police said on Monday that three people were missing."],
        ),
        # (must not change: a caption's own words after the label, with no credit first or no story after it)
        ("Photo: Crowds gather at the pier on Monday", [("Crowds gather at the pier on Monday", None)], []),
        (
            "Photo: Jane Doe/AAP Firefighters battle the blaze near the pier",
            [("Jane Doe/AAP Firefighters battle the blaze near the pier", None)],
            [],
        ),
    ],
)
def test_credit_run_into_lede(lede: str, captions: list[tuple[str, str | None]], paragraphs: list[str]) -> None:
    found, _, texts = parts_of(parse_held(f"{HEAD}{lede}\n\n{STORY}"))
    assert found == captions
    assert texts == [*paragraphs, "Rescuers worked through the night, the council said.", "Roads were closed across the valley."]


# -- (2) a story's sentence before a copyright sign is a paragraph ---------------------------------

@pytest.mark.parametrize(
    ("line", "captions", "paragraph"),
    [
        # a finite verb before the sign: the story's sentence, whoever the sign names (an agency too)
        ("Rescuers reached the village on Monday. © Reuters", [], "Rescuers reached the village on Monday. © Reuters"),
        ("Police cleared the square on Monday. © Belga", [], "Police cleared the square on Monday. © Belga"),
        ("The mayor defended the cuts on Tuesday. © Jean Dupont", [], "The mayor defended the cuts on Tuesday. © Jean Dupont"),
        # (must not change: a picture described with no finite verb keeps its caption and credit)
        ("Firefighters at the pier in Liège on Monday. © Reuters", [("Firefighters at the pier in Liège on Monday.", "Reuters")], None),
        (
            "Flooded streets in Liège on Monday. © Jean Dupont / AFP",
            [("Flooded streets in Liège on Monday.", "Jean Dupont / AFP")],
            None,
        ),
    ],
)
def test_copyright_sign_amid_story(line: str, captions: list[tuple[str, str | None]], paragraph: str | None) -> None:
    article = parse_held(f"{HEAD}{STORY}\n{line}\n\nThe river was still rising late on Tuesday.\n")
    found, _, texts = parts_of(article)
    assert found == captions
    middle = [] if paragraph is None else [paragraph]
    assert texts == [
        "Rescuers worked through the night, the council said.",
        "Roads were closed across the valley.",
        *middle,
        "The river was still rising late on Tuesday.",
    ]


@pytest.mark.parametrize(
    ("end", "filed", "last"),
    [
        # the story's last sentence and a sign after it: the last paragraph, no boilerplate
        ("The park will reopen on Friday. © City Herald", [], "The park will reopen on Friday. © City Herald"),
        ("The park will reopen on Friday. © Jane Doe", [], "The park will reopen on Friday. © Jane Doe"),
        # (must not change: the page's notice on a line of its own, a link's title under the story)
        (
            "The park will reopen on Friday.\n\n© 2026 City Herald. All rights reserved.",
            [("copyright", "© 2026 City Herald. All rights reserved.")],
            "The park will reopen on Friday.",
        ),
        ("More stories from the coast", [("related", "More stories from the coast")], None),
    ],
)
def test_copyright_sign_on_last_line(end: str, filed: list[tuple[str, str]], last: str | None) -> None:
    captions, found, texts = parts_of(parse_held(f"{HEAD}{STORY}\n{end}\n"))
    assert captions == []
    assert found == filed
    tail = [] if last is None else [last]
    assert texts == ["Rescuers worked through the night, the council said.", "Roads were closed across the valley.", *tail]


# -- (3) a story's line between two prints of one call --------------------------------------------

@pytest.mark.parametrize(
    ("box", "filed", "kept"),
    [
        # the same call over and under the line: the line is the story's
        (
            "Sign up for our newsletter\n\nThe water is expected to recede by Wednesday, officials said.\n\n"
            "Sign up for our newsletter",
            [("subscribe", "Sign up for our newsletter"), ("subscribe", "Sign up for our newsletter")],
            ["The water is expected to recede by Wednesday, officials said."],
        ),
        # (must not change: a newsletter box's blurb between its call and its closing line)
        (
            "Sign up for our newsletter\n\nGet the day's top stories in your inbox.\n\nYou can unsubscribe at any time.",
            [
                ("subscribe", "Sign up for our newsletter"),
                ("subscribe", "Get the day's top stories in your inbox."),
                ("subscribe", "You can unsubscribe at any time."),
            ],
            [],
        ),
    ],
)
def test_line_between_calls(box: str, filed: list[tuple[str, str]], kept: list[str]) -> None:
    _, found, texts = parts_of(parse_held(f"{HEAD}{STORY}\n{box}\n\nThe park will reopen on Friday.\n"))
    assert found == filed
    assert texts == [
        "Rescuers worked through the night, the council said.",
        "Roads were closed across the valley.",
        *kept,
        "The park will reopen on Friday.",
    ]


# -- (4) a numeric stamp that agrees with the dateline neither way -------------------------------

WIRE_PAGE = (
    "Strikes disrupt trains across France\n\nBy Claire Martin\nPublished: {stamp}\n\n{dateline}Rail workers walked"
    " out on Tuesday over pay, halting most trains.\n\nThe union said the strike would last two days.\n"
)


@pytest.mark.parametrize(
    ("stamp", "dateline", "published"),
    [
        # neither 5 April nor 4 May is near 2 June: no date (a wrong one is worse)
        ("04/05/2026", "PARIS, June 2 (AFP) - ", None),
        ("05/04/2026", "PARIS, June 2 (AFP) - ", None),
        ("04/05/2026 10:30 AM", "PARIS, June 2 (AFP) - ", None),
        # (must not change: one reading agrees with the dateline, and takes its order)
        ("02/06/2026", "PARIS, June 2 (AFP) - ", "2026-06-02T00:00:00"),
        ("06/02/2026", "PARIS, June 2 (AFP) - ", "2026-06-02T00:00:00"),
        # (must not change: a stamp that reads one way only keeps its date, whatever the dateline)
        ("13/04/2026", "PARIS, June 2 (AFP) - ", "2026-04-13T00:00:00"),
        # (must not change: no dateline, the parser's reading)
        ("04/05/2026", "", "2026-04-05T00:00:00"),
    ],
)
def test_stamp_astray_from_dateline(stamp: str, dateline: str, published: str | None) -> None:
    text = WIRE_PAGE.format(stamp=stamp, dateline=dateline)
    article = parse_held(text)
    assert stamp_isoformats(text) == (published, None)
    stamps = [item.text for item in article.boilerplate if item.kind == "timestamp"]
    assert stamps == ([] if published is not None else [f"Published: {stamp}"])
