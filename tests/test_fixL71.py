"""fixL71: layout mends (hyphen-broken ledes, bylines, mastheads, stamps, captions, score lines)."""

import pytest

from newsparse import parse_article

# 5a. A paragraph whose first line ends in a word broken by a hyphen: one paragraph, in the header too.
HYPHEN_LEDE_ROWS = [
    (
        "Channel ferry talks resume\n\nBy Jane Doe\n\n"
        "The Anglo-\nFrench talks resumed on Monday after a pause of two weeks, officials said.\n",
        ["The Anglo-French talks resumed on Monday after a pause of two weeks, officials said."],
    ),
    (
        "Mine reopens after safety review\n\nBy Tom Evans\n\nThe long-\nawaited report found that the pit was safe "
        "to reopen, the company said on Tuesday.\n\nMiners returned to work the same day.\n",
        [
            "The long-awaited report found that the pit was safe to reopen, the company said on Tuesday.",
            "Miners returned to work the same day.",
        ],
    ),
    (
        "Channel ferry talks resume\n\nBy Jane Doe\n\nOfficials from both sides met in Calais on Monday, a spokesman said.\n\n"
        "The Franco-\nBritish deal is expected to be signed before the summer, he added.\n",
        [
            "Officials from both sides met in Calais on Monday, a spokesman said.",
            "The Franco-British deal is expected to be signed before the summer, he added.",
        ],
    ),
    # near miss: a blank line after the broken word keeps two blocks (no word is joined across a blank line)
    (
        "Channel ferry talks resume\n\nBy Jane Doe\n\nOfficials from both sides met in Calais on Monday, a spokesman said.\n\n"
        "The Anglo-\n\nFrench talks resumed on Monday after a pause of two weeks, officials said.\n",
        [
            "Officials from both sides met in Calais on Monday, a spokesman said.",
            "The Anglo-",
            "French talks resumed on Monday after a pause of two weeks, officials said.",
        ],
    ),
]


@pytest.mark.parametrize(("text", "paragraphs"), HYPHEN_LEDE_ROWS)
def test_hyphen_broken_lede(text: str, paragraphs: list[str]) -> None:
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == paragraphs
    assert not [b for b in article.boilerplate if b.text.endswith("-")]
