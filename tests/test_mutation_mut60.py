"""Mutation pass mut60 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``835e5cca..f2959967`` (stop 52), made by ``dev/mutants.py`` on main ``f2959967``, and the leftovers
of mut57 and mut58 found again on that code.  Each table pins down a rule whose mutants no test
noticed: a text and what must come out of it (see docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse.lines import Line
from newsparse.spans import Span
from newsparse.timestamp import TimestampParser
from parts import blocks, holds_every_line, parse

HEADLINE = "Council backs new flood defences after a wet winter"
LEDE = "The council voted on Monday to spend two million pounds on new flood walls along the river, officials said."
MORE = "The works are to start in the spring and end before the next winter."

# TimestampParser.parse handing the reference date on to with_line_marks (mut57's left): a date with
# no year and its clock in the next piece, a zone spelled out after the clock, is read in the
# reference date's year and in that zone; the zone is read again with the date, so without the
# reference date the two readings disagree and the zone is dropped
SPELLED_ZONE_LINES = [
    ("Oct. 14 | 10:00 a.m. Eastern time", "Oct. 14 | 10:00 a.m. Eastern time", "2019-10-14T10:00:00-04:00"),
    ("Oct. 14 · 2:05 p.m. Eastern time", "Oct. 14 · 2:05 p.m. Eastern time", "2019-10-14T14:05:00-04:00"),
    ("14 Oct | 10:00 Pacific time", "14 Oct | 10:00 Pacific time", "2019-10-14T10:00:00-07:00"),
    ("Updated: Oct. 14 | 10:00 a.m. Eastern time", "Oct. 14 | 10:00 a.m. Eastern time", "2019-10-14T10:00:00-04:00"),
    # the zone in the clock's own piece is read by the piece, with or without the next step
    ("Oct. 14, 10:00 a.m. Eastern time", "Oct. 14, 10:00 a.m. Eastern time", "2019-10-14T10:00:00-04:00"),
]


@pytest.mark.parametrize(("text", "stamp", "when"), SPELLED_ZONE_LINES)
def test_spelled_zone_in_reference_year(text: str, stamp: str, when: str) -> None:
    line = Line(text, Span(0, len(text)), 0, False)
    found = TimestampParser().parse([line], 0, dt.date(2019, 10, 20))
    assert [(s.text, s.datetime.isoformat()) for s in found] == [(stamp, when)]


# ArticleParser.wrapped_stamp's comma (mut58's left): a byline line ending in a label and a comma
# over a line that opens with the date is one stamp wrapped onto two lines, so the label gives the
# stamp's kind and the byline ends before it; a line whose last word is no label and no date word
# is not joined
WRAPPED_LABEL_LINES = [
    ("By Tom Poe | Updated,", "18 November 2019, 8:03 AM EST", "By Tom Poe", "updated", "18 November 2019, 8:03 AM EST", "2019-11-18T08:03:00-05:00"),
    ("By Tom Poe, Updated,", "18 November 2019 08:03 GMT", "By Tom Poe", "updated", "18 November 2019 08:03 GMT", "2019-11-18T08:03:00+00:00"),
    # a zone ends the first line: a date word, the stamp runs across the line break
    ("By Tom Poe | Updated 10:00 GMT,", "18 November 2019", "By Tom Poe", "updated", "10:00 GMT,\n18 November 2019", "2019-11-18T10:00:00+00:00"),
    # the label of a first stamp over a date: published, the byline alone on its line
    ("By Tom Poe | Posted on,", "18 November 2019 08:03 GMT", "By Tom Poe", "published", "18 November 2019 08:03 GMT", "2019-11-18T08:03:00+00:00"),
]


@pytest.mark.parametrize(("first", "second", "byline", "kind", "stamp", "when"), WRAPPED_LABEL_LINES)
def test_wrapped_label_stamp(first: str, second: str, byline: str, kind: str, stamp: str, when: str) -> None:
    article = parse(blocks(HEADLINE, f"{first}\n{second}", LEDE, MORE))
    stamps = [s for s in (article.published, article.updated) if s is not None]
    assert article.byline is not None and article.byline.text == byline
    assert [(s.kind.value, s.text, s.datetime.isoformat()) for s in stamps] == [(kind, stamp, when)]
    assert [p.text for p in article.paragraphs] == [LEDE, MORE]
    assert holds_every_line(article)
