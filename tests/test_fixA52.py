"""fixA52: body lines lost to boilerplate or captions (a new user's trial)."""

from __future__ import annotations

import pytest

from newsparse import parse_article
from newsparse.lines import ends_sentence, is_sentence, visible_end

_FERRY = (
    "Ferry operator cancels winter sailings\n\n"
    "The ferry operator cancelled all winter sailings on Friday.{tail}\n\n"
    "Passengers were told to book flights instead.\n"
)


@pytest.mark.parametrize(
    "tail",
    ["\ufffd", "\x00", "\x08", "\x0e", "\x1b", "\x7f", "\x9f", "\u00ad", "\ue000", "\ufffd\x00", "\u201d\ufffd"],
)
def test_invisible_character_after_full_stop_keeps_the_paragraph(tail: str) -> None:
    text = _FERRY.format(tail=tail)
    article = parse_article(text)
    lead = "The ferry operator cancelled all winter sailings on Friday." + tail
    assert [p.text for p in article.paragraphs] == [lead, "Passengers were told to book flights instead."]
    assert article.paragraphs[0].span.slice(text) == lead  # the span keeps the character: no text lost
    assert article.boilerplate == ()


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("on Friday.\ufffd", True),
        ("on Friday.\x00\x7f", True),
        ("on Friday.\u201d\u00ad", True),
        ("on Friday\ufffd", False),  # (precision) no full stop under the debris
        ("on Friday\x00", False),
        ("\ufffd", False),
        ("on Friday.", True),
    ],
)
def test_ends_sentence_looks_past_invisible_characters(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends
    assert is_sentence("The ferry operator cancelled " + text, 3) is ends


@pytest.mark.parametrize(
    ("text", "visible"),
    [("Friday.\ufffd\x00", "Friday."), ("Friday.", "Friday."), ("Caf\u00e9", "Caf\u00e9"), ("\x00", "")],
)
def test_visible_end(text: str, visible: str) -> None:
    assert visible_end(text) == visible
