"""``ArticleParser`` on header lines that the survivors of the fifth mutation pass over
``article.py`` (docs/testing.md, "Mutation testing") showed no other test pins: a caption label
alone on its line over the caption, in the header, with the story under it or at the end of the
text.  Each case gives the captions (text, credit, spans) and the boilerplate (text, kind)."""

from __future__ import annotations

import pytest

from newsparse import parse_article

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
