"""The second reader's regressions of stop 20 (fixN): a role subject before a stray comma and a
speech verb speaks, a group that hits back with a participle of speech speaks, and ``With`` before
a credit for other work after ``By`` adds no author.  Invented stories; each regression stands beside
the shape its rule was written for, which must not change."""

from __future__ import annotations

import pytest

from newsparse import CaptionParser, parse_article
from newsparse.lines import Line
from newsparse.spans import Span
from quote_cases import SpeakerRow as Row
from quote_cases import speaker_rows as quotes_of

# a phrase whose head is a person or role noun, then a stray comma, then the verb: the phrase is the
# subject; a phrase of things before an inverted cue is an opening that never speaks
STRAY_COMMAS = [
    # the regressions: the quote was dropped
    ("A spokesman for the ministry, said the talks had failed.",
     [("the talks had failed", "A spokesman for the ministry", "A spokesman for the ministry")]),
    ("The committee chairman, said the vote would be delayed.",
     [("the vote would be delayed", "The committee chairman", "The committee chairman")]),
    ("The union leader, said the quay would reopen on Monday.",
     [("the quay would reopen on Monday", "The union leader", "The union leader")]),
    # the shapes the rule was written for: an opening of things, the speaker after the verb
    # (since stop 48 an interrupted report, its words after the attribution: rs55)
    ("The plan, said Ana Ruiz on Monday, was a failure.", [("The plan, said Ana Ruiz on Monday, was a failure", "Ana Ruiz", "Ana Ruiz")]),
    # a capitalised title in a name is no role ("General" of a company's name)
    ("The General Motors plan, announced after a board meeting in New York, calls for a buyback of stock.", []),
]


@pytest.mark.parametrize(("text", "expected"), STRAY_COMMAS)
def test_role_before_a_stray_comma_speaks(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a group that answers with a participle of speech keeps its words; a thing's clause gives none
GROUPS_WITH_PARTICIPLES = [
    *[
        (f"Tom Berg spoke first. The {group} hit back, saying the claim was false.",
         [("the claim was false", f"The {group}", f"The {group}")])
        for group in ("rebels", "insurgents", "opposition", "junta", "militia", "gang", "cartel", "mob", "faculty",
                      "diocese")
    ],
    # the shapes the rule was written for: a thing says nothing
    ("Government bonds rallied on Tuesday, suggesting that traders see no end to the slump.", []),
    ("On Monday, the ferry fares rose again, suggesting that the operators had run out of options.", []),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS_WITH_PARTICIPLES)
def test_group_with_a_participle_speaks(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# "With" after the names of a "By" line: a second author, or a credit for other work that ends them
WITH_CREDITS = [
    ("By Jane Roe With Photographs by Tom Berg", ("Jane Roe",)),
    ("By Jane Roe with reporting by Tom Berg", ("Jane Roe",)),
    ("By Jane Roe With additional reporting from Lagos", ("Jane Roe",)),
    # the shape "With" was made a joiner for: a second author
    ("By Jane Roe With Tom Berg", ("Jane Roe", "Tom Berg")),
    ("By Jane Roe with Ana de Souza", ("Jane Roe", "Ana de Souza")),
]


@pytest.mark.parametrize(("line", "authors"), WITH_CREDITS)
def test_with_before_a_credit_ends_the_authors(line: str, authors: tuple[str, ...]) -> None:
    article = parse_article(f"Oil prices jump on supply fears\n\n{line}\n\nOil rose on Monday.")
    assert article.byline is not None
    assert article.byline.authors == authors
    assert not any(caption.text.startswith("By ") for caption in article.captions)


def test_by_line_is_no_caption() -> None:
    parser = CaptionParser()
    for text, expected in [
        ("By Jane Roe With Photographs by Tom Berg", None),
        ("A man waits by the river in Lagos. Photograph by Tom Berg", "A man waits by the river in Lagos."),
    ]:
        found = parser.parse_line(Line(text, Span(0, len(text)), 0, False))
        assert (found.text if found is not None else None) == expected
