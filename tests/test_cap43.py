"""A labelled credit line that opens its block, filed as boilerplate ``credit``, credits the
picture printed under it in that block (``PHOTO | JANE ROE | CITY HERALD`` over ``Residents wade
through floodwater on Monday.``): before stop 40 the caption under it was the story's first
paragraph (and a dateline under it was lost) unless the credit line had been taken for a caption of
its own (``Photo: Jane Roe/City Herald``)."""

from __future__ import annotations

import pytest
from tests.parts import blocks, holds_every_line

import newsparse

HEAD = ("Floods cut off villages in the north", "By Kwame Asante")
STORY = (
    "TAMALE, Ghana — Floods have cut off at least 30 villages after three days of heavy rain, officials said on Tuesday.",
    "The regional disaster agency said boats had been sent to the worst-hit areas on Wednesday morning.",
)

# (the credit line, the line under it, the caption's credit)
CREDITED = [
    ("PHOTO | ABDUL RAHMAN | NATION MEDIA", "Residents wade through floodwater in Tamale on Monday.", "ABDUL RAHMAN | NATION MEDIA"),
    ("Photo | Lerato Dube | Highveld Times", "Rescue boats on the flooded road near Kumbungu", "Lerato Dube | Highveld Times"),
    ("PICTURE: ELENA MARSH", "A tractor pulls a car out of the water near the bridge.", "ELENA MARSH"),
]


@pytest.mark.parametrize(("credit_line", "caption", "credit"), CREDITED)
def test_a_labelled_credit_opening_its_block_credits_the_line_under_it(credit_line: str, caption: str, credit: str) -> None:
    text = blocks(*HEAD, f"{credit_line}\n{caption}", *STORY)
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert ("credit", credit_line) in [(b.kind, b.text) for b in article.boilerplate]
    assert article.paragraphs[0].text == STORY[0].split("— ", 1)[1]
    assert article.dateline is not None and article.dateline.place == "TAMALE, Ghana"
    assert holds_every_line(article)


def test_the_credit_in_the_story_credits_the_line_under_it_too() -> None:
    text = blocks(*HEAD, STORY[0], "PHOTO | ABDUL RAHMAN | NATION MEDIA\nA boat carries families across a flooded field.", STORY[1])
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("A boat carries families across a flooded field.", "ABDUL RAHMAN | NATION MEDIA")
    ]
    assert [p.text for p in article.paragraphs] == [STORY[0].split("— ", 1)[1], STORY[1]]


# the line under the credit is the story's, not a caption: it stays a paragraph
STORY_UNDER = [
    # running prose of more than a caption's words
    "PHOTO | ABDUL RAHMAN | NATION MEDIA\nFloods have cut off at least 30 villages in the north after three days of heavy rain,"
    " officials said on Tuesday, and boats have been sent to the worst-hit areas.",
]


@pytest.mark.parametrize("block", STORY_UNDER)
def test_story_text_under_a_credit_stays_a_paragraph(block: str) -> None:
    article = newsparse.parse_article(blocks(*HEAD, block, STORY[1]))
    assert article.captions == ()
    assert article.paragraphs[0].text == block.split("\n")[1]
