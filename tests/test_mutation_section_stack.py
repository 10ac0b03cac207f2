"""``SectionParser.parse_stack`` on the first lines of a page that prints its section path one
label a line over the headline, from the survivors of the mutation run of ``section.py``
(docs/testing.md, "Mutation testing"): each case gives the labels, the kicker's text and span and
how many lines it holds, or ``None``."""

from __future__ import annotations

import pytest

from newsparse import SectionParser
from newsparse.lines import split_lines

HEADLINE = "Fire crews battle three blazes across the state"

Found = tuple[tuple[str, ...], str, int, int, int] | None

STACKS: list[tuple[str, Found]] = [
    (f"National\nNSW\nBushfires\n\n{HEADLINE}", (("National", "NSW", "Bushfires"), "National\nNSW\nBushfires", 0, 22, 3)),
    (f"National\nNSW\n\n{HEADLINE}", (("National", "NSW"), "National\nNSW", 0, 12, 2)),
    # MAX_LABELS lines at most
    (
        f"News\nWorld\nEurope\nFrance\nParis\n\n{HEADLINE}",
        (("News", "World", "Europe", "France", "Paris"), "News\nWorld\nEurope\nFrance\nParis", 0, 30, 5),
    ),
    (f"News\nWorld\nEurope\nFrance\nParis\nCity\n\n{HEADLINE}", None),
    (f"News\nWorld\nEurope\nFrance\nParis\nProvence\n\n{HEADLINE}", None),
    # the labels stand in one block
    (f"World\n\nEurope\n\n{HEADLINE}", None),
    # one label alone is no stack; nor labels with nothing under them
    (f"World\n\n{HEADLINE}", None),
    ("National\nNSW", None),
    ("National\nNSW\n\n", None),
    # each line one label; a label ends no sentence
    (f"World | Europe\nNSW\n\n{HEADLINE}", None),
    (f"National\nNSW.\n\n{HEADLINE}", None),
    # a headline longer than each label, no byline, after a blank line
    ("National\nBushfires\n\nFire", None),
    ("National\nNSW\n\nBy Jane Roe and Tom Lee", None),
    (f"National\nNSW\nBushfires\n{HEADLINE}", None),
]


@pytest.mark.parametrize(("text", "expected"), STACKS)
def test_parse_stack(text: str, expected: Found) -> None:
    found = SectionParser().parse_stack(split_lines(text))
    if expected is None:
        assert found is None
        return
    assert found is not None
    section, count = found
    assert (section.labels, section.text, section.span.start, section.span.end, count) == expected
    assert text[section.span.start : section.span.end] == section.text
