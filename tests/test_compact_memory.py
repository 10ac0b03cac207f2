"""Long texts and repeated names are held compactly: the same results, fewer objects."""

from __future__ import annotations

from newsparse import spans
from newsparse.people import PersonIndex
from newsparse.vocabulary import Vocabulary

WIRE_PARAGRAPH = (
    "KYIV, May 4 (Reuters) -\tUkraine's agriculture ministry said on Monday that grain exports\r\n"
    "rose 12% in April,\u00a0the\x1fsecond monthly rise in a row.\u2028 Traders said  shipments\n\n"
    "through the Danube ports were running at record levels. "
)


def test_collapse_of_a_long_paragraph() -> None:
    text = WIRE_PARAGRAPH * 2000  # over COLLAPSE_PIECE characters
    assert len(text) > spans.COLLAPSE_PIECE
    folded = spans.collapse(text)
    assert folded.startswith("KYIV, May 4 (Reuters) - Ukraine's agriculture ministry said on Monday that grain exports rose")
    assert folded == " ".join(text.split())


def test_a_repeated_name_is_stored_once() -> None:
    paragraphs = [
        "Finance Minister Piotr Nowak met bankers on Monday.",
        "Piotr Nowak said the budget was safe.",
        "Later, Piotr Nowak told reporters the talks would go on.",
    ]
    pieces = []
    offset = 0
    for paragraph in paragraphs:
        pieces.append((paragraph, offset))
        offset += len(paragraph) + 2
    index = PersonIndex.build(Vocabulary(), pieces)
    assert [(p.name, p.start) for p in index.people] == [("Piotr Nowak", 17), ("Piotr Nowak", 53), ("Piotr Nowak", 99)]
    first = index.people[0]
    assert all(p.name is first.name and p.words is first.words for p in index.people[1:])
    assert index.full_name(("Nowak",)) == "Piotr Nowak"
