"""Layouts a demanding new user pastes that the other layout tests do not use: a place, a
heading or a name alone right above the first paragraph, stamps in the language packs.

Every row is an article written for this file; each checks what a reader sees exactly.
"""

from __future__ import annotations

import pytest

import newsparse

# A line alone between the headline and the first paragraph: a person's name is the byline; a
# place or a heading written like a name is not (a wrong byline is worse than none), and the line
# is never lost.
NAME_ALONE = [
    ("North Carolina", None),
    ("South Dakota", None),
    ("New Brunswick", None),
    ("Key Takeaways", None),
    ("Top Stories", None),
    ("Latest Updates", None),
    ("Market Highlights", None),
    ("John Key", ("John Key",)),
    ("Tessa West", ("Tessa West",)),
    ("Patrick Frye", ("Patrick Frye",)),
]


@pytest.mark.parametrize(("line", "authors"), NAME_ALONE)
def test_a_line_alone_above_the_first_paragraph(line: str, authors: tuple[str, ...] | None) -> None:
    text = (
        "News\n\n"
        "Highway bridge closed after truck strikes support\n\n"
        f"{line}\n\n"
        "A highway bridge near Greensboro was closed on Tuesday after a truck hit one of its supports.\n\n"
        "Nobody was hurt, the state transportation department said.\n"
    )
    article = newsparse.parse_article(text)
    assert (article.byline.authors if article.byline else None) == authors
    assert article.paragraphs[0].text.startswith("A highway bridge near Greensboro")
    assert len(article.paragraphs) == 2
    start = text.index(line)
    kept = [article.byline.span] if article.byline else [b.span for b in article.boilerplate]
    assert any(span.start <= start < span.end for span in kept)
