"""Layout readings of round 51 (lay51): web pages from sites the parser has not seen.

Each family gives whole articles in our own words, table-driven, with what must come out, and
controls of the nearest shape that must not change:

1. the notice an embedded post leaves in its place (``Tweet may have been deleted``, ``This
   content is not available``, ``View this post on Instagram``): boilerplate ``navigation``, the
   story's blocks around it its paragraphs; a story's sentence that holds the same words stays a
   paragraph;
2. a wire's version label glued to its dateline (``UPDATE 2-LONDON, March 4 (Reuters) -``): the
   dateline, its text and span opening with the label, the first paragraph without it; a label
   over no dateline leaves the paragraph as written;
3. a person's name alone over a stamp over the title, the three in one block: the byline, no
   kicker; a section's label there stays the kicker.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsparse import parse_article
from parts import blocks, holds_every_line


def summary(text: str) -> dict[str, Any]:
    """The paragraphs and boilerplate of *text* read as an article, without spans."""
    article = parse_article(text)
    assert holds_every_line(article)
    return {
        "paragraphs": [paragraph.text for paragraph in article.paragraphs],
        "boilerplate": [(item.text, item.kind) for item in article.boilerplate],
    }


# -- 1. an embedded post's notice ----------------------------------------------------------------

FIRST = "Fans queued overnight outside the Lindqvist Arena for the band's first show in six years."
SECOND = "The singer thanked the crowd in a post on Tuesday, and tickets for a second night sold out within an hour."
THIRD = "The promoter said more dates would be announced before the summer."

EMBEDS = [
    # a news blog: an embedded tweet that did not load, with the link's note
    ("Tweet may have been deleted (opens in a new tab)",),
    # a magazine: the same notice twice in a row, two tweets in a thread
    ("Tweet may have been deleted", "Tweet may have been deleted"),
    # a lifestyle site: an Instagram embed's heading over the post's caption line
    ("View this post on Instagram",),
    # a European paper: the consent box where a video was
    ("This content is not available due to your privacy preferences.",),
    # a sports site: the bare notice
    ("This content is not available",),
]


@pytest.mark.parametrize("notices", EMBEDS)
def test_embed_notice_is_navigation(notices: tuple[str, ...]) -> None:
    text = blocks("Band returns to the stage after six years", "By Elin Sandvik", FIRST, SECOND, *notices, THIRD)
    assert summary(text) == {
        "paragraphs": [FIRST, SECOND, THIRD],
        "boilerplate": [(notice, "navigation") for notice in notices],
    }


STORY_SENTENCES = [
    "The tweet may have been deleted by Monday, a spokesman for the club said.",
    "This content is not available to readers under 13, the board said on Tuesday.",
    "Officials asked fans to view this post on Instagram before travelling to the arena on Friday.",
]


@pytest.mark.parametrize("sentence", STORY_SENTENCES)
def test_story_sentence_with_notice_words_stays(sentence: str) -> None:
    text = blocks("Band returns to the stage after six years", "By Elin Sandvik", FIRST, sentence, THIRD)
    assert summary(text) == {"paragraphs": [FIRST, sentence, THIRD], "boilerplate": []}


# -- 2. a wire's version label on the dateline ---------------------------------------------------

VERSIONED = [
    # (the label and dateline, place, agency, the story's first sentence)
    ("UPDATE 2-LONDON, March 4 (Reuters) -", "LONDON", "Reuters",
     "Oil prices fell on Tuesday as traders weighed new figures on supply from the main producers."),
    ("RPT-UPDATE 1-TOKYO, March 5 (Reuters) -", "TOKYO", "Reuters",
     "Japan's exports rose for a third month in February, helped by demand for cars and chips."),
    ("REFILE-PARIS, March 6 (Reuters) -", "PARIS", "Reuters",
     "France's finance minister said on Thursday the budget gap would narrow next year."),
    ("UPDATE 12-NAIROBI, March 7 (Reuters) -", "NAIROBI", "Reuters",
     "Kenya's central bank held its main lending rate on Friday, citing easing inflation."),
]


@pytest.mark.parametrize(("opening", "place", "agency", "sentence"), VERSIONED)
def test_version_label_opens_the_dateline(opening: str, place: str, agency: str, sentence: str) -> None:
    text = blocks("Markets steady as traders weigh data", f"{opening} {sentence}", "Brokers said trade was thin.")
    article = parse_article(text)
    assert holds_every_line(article)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.text) == (place, agency, opening)
    assert text[article.dateline.span.start : article.dateline.span.end] == opening
    assert [p.text for p in article.paragraphs] == [sentence, "Brokers said trade was thin."]


NOT_VERSIONED = [
    "UPDATE 2-Oil prices fell on Tuesday as traders weighed new figures on supply.",
    "UPDATE: Police said on Tuesday the road had reopened after the crash.",
    "Update 2-London, March 4 - Oil prices fell on Tuesday as traders weighed new figures.",
]


@pytest.mark.parametrize("first", NOT_VERSIONED)
def test_label_without_dateline_is_left(first: str) -> None:
    text = blocks("Markets steady as traders weigh data", first, "Brokers said trade was thin.")
    article = parse_article(text)
    assert holds_every_line(article)
    assert article.dateline is None
    assert [p.text for p in article.paragraphs] == [first, "Brokers said trade was thin."]


# -- 3. a name over a stamp over the title, in one block -----------------------------------------

LEDE = "Dock workers in Portmere returned to their posts on Monday after the union accepted a new pay offer."
NEXT = "The union said members had voted by a wide margin to accept the deal."

NAME_OVER_STAMP = [
    # (the block's lines, the byline's author, the published stamp's text)
    (("Martina Kovacs", "March 3, 2025", "Harbour strike ends after three weeks"), "Martina Kovacs", "March 3, 2025"),
    (("Tomas Ekberg", "12 May 2025", "Ferry crews end strike after pay deal"), "Tomas Ekberg", "12 May 2025"),
    (("Ana Lima", "Nov. 18, 2024", "City council backs new cycle lanes"), "Ana Lima", "Nov. 18, 2024"),
]


@pytest.mark.parametrize(("header", "author", "stamp"), NAME_OVER_STAMP)
def test_name_over_stamp_over_title_is_byline(header: tuple[str, ...], author: str, stamp: str) -> None:
    article = parse_article(blocks("\n".join(header), LEDE, NEXT))
    assert holds_every_line(article)
    assert article.section == ()
    assert article.byline is not None and article.byline.authors == (author,)
    assert article.published is not None and article.published.text == stamp
    assert article.headline is not None and article.headline.text == header[2]
    assert [p.text for p in article.paragraphs] == [LEDE, NEXT]


KICKER_OVER_STAMP = [
    (("Politics", "March 3, 2025", "Harbour strike ends after three weeks"), ("Politics",)),
    (("World", "Posted Mon 3 Mar 2025 at 5:12am", "Ferry crews end strike after pay deal"), ("World",)),
]


@pytest.mark.parametrize(("header", "section"), KICKER_OVER_STAMP)
def test_label_over_stamp_over_title_stays_kicker(header: tuple[str, ...], section: tuple[str, ...]) -> None:
    article = parse_article(blocks("\n".join(header), LEDE, NEXT))
    assert holds_every_line(article)
    assert article.section == section
    assert article.byline is None
    assert article.headline is not None and article.headline.text == header[2]
    assert [p.text for p in article.paragraphs] == [LEDE, NEXT]


# -- 4. the header's signature printed again in the body -----------------------------------------

STANDFIRST = "Receptors in unexpected organs watch over the body and raise an alarm over parasites."
STORY = (
    "When the immunologist looked deep inside the lungs of infected mice, he thought he was seeing things.",
    "The cells, it turned out, were there in every sample the team took over the following months.",
)

SIGNATURES = [
    # (the byline's line, the lines printed again, and what they are filed as)
    ("By Jane Roe", ("Jane Roe", "Contributing Writer", "November 15, 2019"),
     [("Jane Roe", "other"), ("Contributing Writer", "other"), ("November 15, 2019", "timestamp")]),
    ("By Tomas Ekberg", ("Tomas Ekberg", "November 15, 2019"),
     [("Tomas Ekberg", "other"), ("November 15, 2019", "timestamp")]),
    ("By Ana Lima", ("Ana Lima\nSenior Reporter\nNovember 15, 2019",),
     [("Ana Lima", "other"), ("Senior Reporter", "other"), ("November 15, 2019", "timestamp")]),
]


@pytest.mark.parametrize(("byline", "again", "filed"), SIGNATURES)
def test_signature_again_is_no_story(byline: str, again: tuple[str, ...], filed: list[tuple[str, str]]) -> None:
    text = blocks("Cells that sense danger set off alarms", byline, "November 15, 2019", STANDFIRST, *again, *STORY)
    assert summary(text) == {"paragraphs": [STANDFIRST, *STORY], "boilerplate": filed}


def test_signature_again_over_writer_note_at_the_end() -> None:
    # the card at the story's end, past SIGNATURE_AGAIN_LINES body lines: the writer's note, as before
    note = "Jane Roe is a science writer in Boston."
    text = blocks(
        "Cells that sense danger set off alarms", "By Jane Roe", "November 15, 2019", STANDFIRST, *STORY, *STORY, *STORY,
        "Jane Roe", "November 14, 2019", note,
    )
    assert summary(text) == {
        "paragraphs": [STANDFIRST, *STORY, *STORY, *STORY],
        "boilerplate": [("Jane Roe", "sign-off"), ("November 14, 2019", "timestamp"), (note, "sign-off")],
    }


# -- 5. a gallery's picture count, a share counter's label, a copy-link confirmation ---------------

TABLOID_LEDE = "A HUNTER who killed and ate a wild hare has fallen ill with a rare infection, officials said on Monday."
TABLOID_NEXT = "Officials said 28 people who had been in close contact with the man were being watched."


def test_picture_count_over_credited_caption_is_navigation() -> None:
    text = blocks(
        "Hunter falls ill after eating a wild hare", "By Jane Roe", "18 Nov 2019, 19:09", TABLOID_LEDE,
        "6", "The county hospital, where the man is being treatedCredit: EPA",
        "6", "Health officials say the risk to the public is lowCredit: Getty - Contributor", TABLOID_NEXT,
    )
    article = parse_article(text)
    assert holds_every_line(article)
    assert [p.text for p in article.paragraphs] == [TABLOID_LEDE, TABLOID_NEXT]
    assert [(c.text, c.credit) for c in article.captions] == [
        ("The county hospital, where the man is being treated", "EPA"),
        ("Health officials say the risk to the public is low", "Getty - Contributor"),
    ]
    assert [(b.text, b.kind) for b in article.boilerplate] == [("6", "navigation"), ("6", "navigation")]


def test_number_over_story_is_left() -> None:
    # a number alone over the story's next line (a countdown's item), no credited caption under it
    text = blocks("Five things to know about the budget", "By Jane Roe", TABLOID_LEDE, "1", TABLOID_NEXT)
    assert summary(text)["paragraphs"] == [TABLOID_LEDE, "1", TABLOID_NEXT]


BUTTONS = [
    # (the lines a page prints between the header and the story, what they are filed as)
    (("Comments", "1.2K Shares"), [("Comments", "share"), ("1.2K Shares", "share")]),
    (("Share", "Copied!"), [("Share", "share"), ("Copied!", "share")]),
    (("Copy Link", "Link Copied"), [("Copy Link", "share"), ("Link Copied", "share")]),
    (("URL is copied.",), [("URL is copied.", "share")]),
]


@pytest.mark.parametrize(("buttons", "filed"), BUTTONS)
def test_share_labels_are_share(buttons: tuple[str, ...], filed: list[tuple[str, str]]) -> None:
    text = blocks("Ferry crews end strike after pay deal", "By Tomas Ekberg", *buttons, FIRST, SECOND)
    assert summary(text) == {"paragraphs": [FIRST, SECOND], "boilerplate": filed}


def test_story_sentences_about_shares_stay() -> None:
    lines = ("Shares in the ferry operator rose 4 percent on Monday.", "The union's statement was copied to every member.")
    text = blocks("Ferry crews end strike after pay deal", "By Tomas Ekberg", FIRST, *lines)
    assert summary(text) == {"paragraphs": [FIRST, *lines], "boilerplate": []}


def test_market_subheads_stay() -> None:
    # a market wrap's subheads, the word alone over its paragraph: the story's, as its neighbours
    # (a share counter's label alone, "Shares", looks the same: it is left as it is)
    lines = ("Shares", "Ferry stocks fell 2 percent.", "Bonds", "Yields rose to a four-month high.")
    text = blocks("Harbour stocks slide as fuel costs climb", "By Tomas Ekberg", FIRST, *lines)
    assert summary(text) == {"paragraphs": [FIRST, *lines], "boilerplate": []}


def test_wrapped_sentence_ending_in_shares_stays() -> None:
    # a hard-wrapped wire story: the last line of a sentence is the word alone, with its full stop
    para = "Proceeds will be used to redeem its 10.5 pct preferred\nshares."
    copied = "The board said the letter to holders had been\ncopied."
    text = "Velta to redeem preferred stock\n\nVelta Corp said it will sell 2.1 mln common shares.\n\n" + para + "\n\n" + copied + "\n"
    assert summary(text) == {
        "paragraphs": [
            "Velta Corp said it will sell 2.1 mln common shares.", para.replace("\n", " "), copied.replace("\n", " "),
        ],
        "boilerplate": [],
    }
