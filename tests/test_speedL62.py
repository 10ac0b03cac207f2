"""Issue 7 (speed), round 62's speedL62: two cheap tests before expensive ones, each giving the
answer the slow path gave.  ``share`` is tried on a page's lines by its keys first (its pattern
looks for a comment section's rules anywhere in a line's first 120 characters), ``navigation`` on
prose by its pattern first (it fails a story's line at its first word); and
``TimestampParser.spelled_zone_abbreviated`` tries its zones one by one only on a piece that ends
in one of them (one ``endswith`` of them all)."""

from __future__ import annotations

import pytest

from newsparse import BoilerplateParser, TimestampParser


class _Round61Order(BoilerplateParser):
    # the order of round 61: share by its pattern first on lines (with related, in one pattern),
    # navigation by its keys first in prose
    LINE_PATTERN_FIRST = BoilerplateParser.LINE_PATTERN_FIRST | {"share"}
    PROSE_PATTERN_FIRST = BoilerplateParser.PROSE_PATTERN_FIRST - {"navigation"}


def test_share_on_lines_by_its_keys_and_navigation_in_prose_by_its_pattern() -> None:
    assert "share" not in BoilerplateParser.LINE_PATTERN_FIRST
    assert "navigation" in BoilerplateParser.PROSE_PATTERN_FIRST


# lines as pages print them, and the kind each is given: the same in either order
LINES: list[tuple[str, str | None]] = [
    # share buttons and calls (a key opens each)
    ("Share on Facebook  Share via Email", "share"),
    ("Share this article", "share"),
    ("Tweet", "share"),
    ("Follow us on Twitter", "share"),
    ("Leave a comment", "share"),
    ("12 shares", "share"),
    # a comment section's gate, its words after others: the pattern reads it anywhere in the opening
    ("You must be logged in to post a comment.", "share"),
    ("Please keep the comments section civil and on topic", "share"),
    # related links, after share in the same order as before (related by its pattern first)
    ("Related: Council backs the new pier plan", "related"),
    ("Read more", "related"),
    ("Most popular", "related"),
    # a key of share, no share line: the kinds after it decide, or none
    ("Print edition", None),
    ("Copyright 2025 Harbour Media. All rights reserved.", "copyright"),
    ("Advertisement", "advertisement"),
    ("Skip to main content", "navigation"),
    # no key of share: its pattern is not tried, and the line is none of its
    ("The harbour master's report", None),
    ("HARBOUR TO REOPEN ON MONDAY", None),
]


@pytest.mark.parametrize(("text", "kind"), LINES)
def test_a_line_is_given_the_kind_it_was_given_before(text: str, kind: str | None) -> None:
    assert BoilerplateParser().kind(text) == kind
    assert _Round61Order().kind(text) == kind


# sentences of prose, and the kind each is given: the same in either order
PROSE: list[tuple[str, str | None]] = [
    # the player's own notices: navigation, its pattern opening with its words
    ("This video has failed to load.", "navigation"),
    ("Sorry, this video has failed to load.", "navigation"),
    ("Media playback is unsupported on your device.", "navigation"),
    # a story's sentences that hold navigation's keys: its pattern fails them at the first word
    ("The council said the video was filmed by a resident on Tuesday evening.", None),
    ("Police released a clip of the player leaving the stadium, the club said.", None),
    ("The video has failed to load for many viewers, the broadcaster said on Tuesday.", None),
    # other kinds of prose, before and after navigation in the order of the kinds
    ("Read more: Council backs the new pier plan after a long night of debate", "related"),
    ("Sign up for our newsletter to get the harbour news in your inbox every morning.", "subscribe"),
    ("Editor's note: This story was updated on Tuesday with the council's vote.", "editors-note"),
]


@pytest.mark.parametrize(("text", "kind"), PROSE)
def test_prose_is_given_the_kind_it_was_given_before(text: str, kind: str | None) -> None:
    assert BoilerplateParser().kind(text) == kind
    assert _Round61Order().kind(text) == kind


# pieces of stamps as parse_segment reads them, and each with its spelled zone abbreviated
ZONED: list[tuple[str, str]] = [
    # a zone ending the piece after a clock: the precheck lets it through, and the zone is read
    ("March 3, 2025 10:00 a.m. Eastern time", "March 3, 2025 10:00 a.m. ET"),
    ("March 3, 2025 10:00 a.m. eastern daylight time", "March 3, 2025 10:00 a.m. EDT"),
    ("4 March 2025 09:30 British Summer Time", "4 March 2025 09:30 BST"),
    # a zone between the clock and the date (the second loop, after the precheck)
    ("14:05 Central European Time, 4 March 2025", "14:05 CET, 4 March 2025"),
    # a zone ending the piece with no clock before it: let through, and left as written
    ("Updated March 3, 2025 Eastern Time", "Updated March 3, 2025 Eastern Time"),
    ("Eastern time", "Eastern time"),
    # no zone at the end: as written
    ("March 3, 2025 10:00 a.m.", "March 3, 2025 10:00 a.m."),
    ("March 3, 2025 10:00 a.m. Eastern timetable", "March 3, 2025 10:00 a.m. Eastern timetable"),
    # folding changes the length: as written, before any test
    ("Straße 3. März 2025 14:05 Eastern Time", "Straße 3. März 2025 14:05 Eastern Time"),
]


@pytest.mark.parametrize(("piece", "readable"), ZONED)
def test_a_spelled_zone_is_abbreviated_as_before(piece: str, readable: str) -> None:
    assert TimestampParser().spelled_zone_abbreviated(piece) == readable
