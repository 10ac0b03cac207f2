"""A credit printed above the picture it credits (``Image source, Getty Images``, as BBC pages
print it) gives its credit to the caption under it, in the header and in the body."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

LEAD = "A storm has hit the Welsh coast, bringing winds of up to 80mph and closing two harbours.\n\n"
AFTER = "The Met Office said the worst was over, though ferries would stay in port until Thursday.\n"

# (the credit and caption lines, the captions (text, credit) expected, the boilerplate (kind, text) expected)
BLOCKS = [
    (
        "Image source, Getty Images\nImage caption, Waves broke over the sea wall in Aberystwyth",
        [("Waves broke over the sea wall in Aberystwyth", "Getty Images")],
        [("credit", "Image source, Getty Images")],
    ),
    (
        "Image source, Reuters\nImage caption, Rescue teams searched the flats on Tuesday",
        [("Rescue teams searched the flats on Tuesday", "Reuters")],
        [("credit", "Image source, Reuters")],
    ),
    (
        "Image copyright Jane Roe\nImage caption Fishing boats were moved inland at Cardigan",
        [("Fishing boats were moved inland at Cardigan", "Jane Roe")],
        [("credit", "Image copyright Jane Roe")],
    ),
    (  # the caption's label on a line of its own
        "Image source, PA Media\nImage caption,\nA lorry lies on its side on the M4",
        [("A lorry lies on its side on the M4", "PA Media")],
        [("credit", "Image source, PA Media"), ("navigation", "Image caption,")],
    ),
    (  # no caption label at all: the line under the credit, no sentence, is its caption
        "Image source, Getty Images\nWaves broke over the sea wall in Aberystwyth",
        [("Waves broke over the sea wall in Aberystwyth", "Getty Images")],
        [("credit", "Image source, Getty Images")],
    ),
    # near misses: a caption with a credit of its own keeps it; a credit under a caption credits it
    (
        "Image source, Getty Images\nImage caption, Waves broke over the sea wall (Photo: Jane Roe)",
        [("Waves broke over the sea wall", "Jane Roe")],
        [("credit", "Image source, Getty Images")],
    ),
    (
        "Waves broke over the sea wall in Aberystwyth\nPhoto: Getty Images",
        [("Waves broke over the sea wall in Aberystwyth", "Getty Images")],
        [("credit", "Photo: Getty Images")],
    ),
]


@pytest.mark.parametrize("where", ["header", "body"])
@pytest.mark.parametrize(("block", "captions", "boilerplate"), BLOCKS)
def test_credit_above_the_picture_goes_to_the_caption_under_it(
    where: str, block: str, captions: list[tuple[str, str]], boilerplate: list[tuple[str, str]]
) -> None:
    head = "Storm hits Welsh coast\n\n12 May 2025\n\n"
    text = head + (block + "\n\n" + LEAD if where == "header" else LEAD + block + "\n\n") + AFTER
    article = ArticleParser().parse(text)
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate
    assert [p.text for p in article.paragraphs] == [LEAD.strip(), AFTER.strip()]


def test_a_story_sentence_under_a_credit_stays_a_paragraph() -> None:
    text = (
        "Storm hits Welsh coast\n\n12 May 2025\n\n" + LEAD
        + "Image source, Getty Images\nThe storm reached the coast just after midnight, the Met Office said.\n\n" + AFTER
    )
    article = ArticleParser().parse(text)
    assert [c.text for c in article.captions] == []
    assert "The storm reached the coast just after midnight, the Met Office said." in [p.text for p in article.paragraphs]
