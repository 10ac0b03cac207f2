"""Issue 7 (speed), stop 35's speed37: a kind of boilerplate is tried by its pattern before its
keys (``PROSE_PATTERN_FIRST``, ``LINE_PATTERN_FIRST``) only when none of its patterns may start
anywhere in a line.  ``share`` (the rules of a comment section, looked for in a line's first 120
characters) and ``subscribe`` (``You can unsubscribe at any time``, the same) have such patterns:
they are tried by their keys first in prose now, and claim the lines they claimed before."""

from __future__ import annotations

import pytest

from newsparse import BoilerplateParser

# a story's words, then a page's own notice: a pattern that may start anywhere reads the opening
OPENED: list[tuple[str, str]] = [
    ("share", "Thanks for reading the weekend edition, and please be respectful of other commenters below."),
    ("share", "Before you join the debate on the ferry timetable, we would like to hear what you think."),
    ("subscribe", "The ferry bulletin comes out every Friday morning and you can unsubscribe at any time."),
]


@pytest.mark.parametrize(("kind", "text"), OPENED)
def test_a_kind_whose_pattern_starts_anywhere_is_tried_by_its_keys_first(kind: str, text: str) -> None:
    # the line is the kind's, though its first words are none of the kind's own ...
    assert BoilerplateParser().kind(text) == kind
    # ... so the kind's pattern cannot fail a line at its first characters: its keys go first
    assert kind not in BoilerplateParser.PROSE_PATTERN_FIRST


class _PatternsFirst(BoilerplateParser):
    PROSE_PATTERN_FIRST = BoilerplateParser.PROSE_PATTERN_FIRST | {"share", "subscribe"}


# lines and the kind each is given, the same whichever is tried first (mutation-killing: passes on
# the base too; it kills the mutant of first_kind that gives a kind tried by its keys first
# without its pattern, ``if pattern_first or pattern.fullmatch(...)`` -> ``if True``)
LINES: list[tuple[str, str | None]] = [
    *((text, kind) for kind, text in OPENED),
    ("Please keep the comments section civil and on topic", "share"),
    ("Follow the Harbour Desk on Facebook, Twitter and Instagram for the latest news.", "share"),
    ("Sign up for our newsletter to get the harbour news in your inbox every morning.", "subscribe"),
    ("Share on Facebook  Share via Email", "share"),
    ("The council said it would like to hear from ferry users before the vote on Tuesday.", None),
    ("Residents who follow the council's meetings online can unsubscribe from the updates.", None),
    ("Print edition", None),
]


@pytest.mark.parametrize(("text", "kind"), LINES)
def test_the_same_lines_are_claimed_as_before(text: str, kind: str | None) -> None:
    assert BoilerplateParser().kind(text) == kind
    assert _PatternsFirst().kind(text) == kind
