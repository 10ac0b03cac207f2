"""``ArticleParser`` on header lines that the survivors of the fifth mutation pass over
``article.py`` (docs/testing.md, "Mutation testing") showed no other test pins: a caption label
alone on its line over the caption, in the header, with the story under it or at the end of the
text.  Each case gives the captions (text, credit, spans) and the boilerplate (text, kind)."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser, parse_article
from newsparse.lines import split_lines

STORY = "Thousands of teachers in England walked out on Tuesday in a dispute over pay, closing hundreds of schools.\n"


@pytest.mark.parametrize(
    "text",
    [
        "Teachers strike over pay\n\nImage caption\nTeachers march in London\n\n" + STORY,
        "Teachers strike over pay\n\nImage caption\nTeachers march in London",
    ],
)
def test_a_caption_label_over_its_caption_in_the_header(text: str) -> None:
    article = parse_article(text)
    assert [(c.text, c.credit, [(s.start, s.end) for s in c.spans]) for c in article.captions] == [
        ("Teachers march in London", None, [(40, 64)])
    ]
    assert [(b.text, b.kind) for b in article.boilerplate] == [("Image caption", "navigation")]


def test_a_dateline_alone_on_its_line_keeps_every_paragraph_under_it() -> None:
    text = (
        "Storm closes ports\n\nLONDON, Nov. 19 -\n\n"
        "Ports along the coast closed on Monday as a storm moved in.\n\nFerries will run again.\n"
    )
    article = parse_article(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.text, article.dateline.span.start) == ("LONDON", "LONDON, Nov. 19 -", 20)
    assert [(p.text, p.span.start, p.span.end) for p in article.paragraphs] == [
        ("Ports along the coast closed on Monday as a storm moved in.", 39, 98),
        ("Ferries will run again.", 100, 123),
    ]


PROSE = (
    "Ferries stopped running on Monday after the storm flooded the harbour and the roads that lead to it, "
    "and officials said the port would stay shut until the water went down."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Storm closes ports\n\nWhy?\n\n{PROSE}", True),
        (f"Storm closes ports\n\n“No.”\n\n{PROSE}", True),
        (f"Storm closes ports\n\nWhy?\n\n{PROSE}\n\n{PROSE}", True),
        (f"Storm closes ports\n\nExclusive!\n\n{PROSE}", False),  # a kicker
        (f"Storm closes ports\nWhy?\n\n{PROSE}", False),  # not in a block of its own
        (f"Storm closes ports\n\nWhy?\n{PROSE}", False),
        ("Storm closes ports\n\nWhy?", False),  # nothing under it
        (f"Storm closes ports\n\n“Subscribe.”\n\n{PROSE}", False),  # a button's word
        ("Storm closes ports\n\nWhy?\n\nShort line.", False),  # no running text under it
    ],
)
def test_is_one_word_lede(text: str, expected: bool) -> None:
    assert ArticleParser().is_one_word_lede(split_lines(text), 1) is expected


STORM = (
    "Ports along the coast closed on Monday as a storm moved in, and ferries will not run again until "
    "Wednesday, officials said.\n"
)

HEADER_CAPTIONS = [
    # a caption under a gallery's counter
    (
        "Storm closes ports\n\nView 3 Images\nWorkers clear debris from the flooded harbour in Dover\n\n" + STORM,
        [("Workers clear debris from the flooded harbour in Dover", None, [(34, 88)])],
        [("View 3 Images", "navigation")],
        90,
    ),
    # the blurb of a video that ends in its own stamp in brackets
    (
        "Storm closes ports\n\nWorkers clear debris from the harbour in a video that was released. "
        "(Published Monday, Nov. 18, 2019)\n\n" + STORM,
        [("Workers clear debris from the harbour in a video that was released.", None, [(20, 87)])],
        [],
        123,
    ),
    # a caption under the bare credit line that opens its block
    (
        "Storm closes ports\n\nPhoto by Ana Lima\nWorkers clear debris from the flooded harbour in Dover\n\n" + STORM,
        [("Workers clear debris from the flooded harbour in Dover", "Ana Lima", [(38, 92)])],
        [("Photo by Ana Lima", "credit")],
        94,
    ),
]


@pytest.mark.parametrize(("text", "captions", "boilerplate", "lede"), HEADER_CAPTIONS)
def test_header_captions(
    text: str, captions: list[tuple[str, str | None, list[tuple[int, int]]]], boilerplate: list[tuple[str, str]], lede: int
) -> None:
    article = parse_article(text)
    assert [(c.text, c.credit, [(s.start, s.end) for s in c.spans]) for c in article.captions] == captions
    assert [(b.text, b.kind) for b in article.boilerplate] == boilerplate
    assert [(p.text, p.span.start) for p in article.paragraphs] == [(STORM.strip(), lede)]


BESIDE_STAMPS = [
    # a name over a stamp is the byline; the stamp is read once, as the publication time
    ("Storm closes ports\nJane Roe\nNov. 19, 2019 8:03 am\n\n" + STORM, (19, 27), ("Nov. 19, 2019 8:03 am", 28)),
    ("Storm closes ports\nNov. 19, 2019\nJane Roe\n\n" + STORM, (33, 41), ("Nov. 19, 2019", 19)),
    # a name over a line that only says how long ago
    ("Storm closes ports\nJane Roe\n2 hours ago\n\n" + STORM, (19, 27), None),
]


@pytest.mark.parametrize(("text", "byline", "published"), BESIDE_STAMPS)
def test_a_name_beside_a_stamp(text: str, byline: tuple[int, int], published: tuple[str, int] | None) -> None:
    article = parse_article(text)
    assert article.byline is not None
    assert (article.byline.authors, (article.byline.span.start, article.byline.span.end)) == (("Jane Roe",), byline)
    stamp = article.published
    assert (None if stamp is None else (stamp.text, stamp.span.start)) == published
    assert [b.kind for b in article.boilerplate if b.kind == "timestamp"] == []


def test_a_stamp_line_that_opens_the_text_is_no_headline() -> None:
    article = parse_article("October 15, 2018/0 Comments/in News\nStorm closes ports\n\n" + STORM)
    assert article.headline is not None
    assert (article.headline.text, article.headline.span.start) == ("Storm closes ports", 36)
    assert article.published is not None
    assert (article.published.text, article.published.span.start, article.published.span.end) == ("October 15, 2018", 0, 16)
    # the rest of the line is kept as boilerplate (no text lost), the counter and the section
    assert [(b.kind, b.text, b.span.start) for b in article.boilerplate] == [("other", "0 Comments/in News", 17)]
