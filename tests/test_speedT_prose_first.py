"""Issue 7 (speed), stop 31's speedT: a kind of boilerplate whose prose is tried by its pattern
before its keys (``BoilerplateParser.PROSE_PATTERN_FIRST``) must have patterns that open with
the kind's own words, so that a line of a story fails them at its first characters.  The
``disclaimer`` kind has one that does not (an affiliate commission, looked for anywhere in the
first 200 characters of a line): it is tried by its keys first now, and claims the lines it
claimed before."""

from __future__ import annotations

import pytest
import regex

from newsparse import BoilerplateParser

# a line each kind of PROSE_PATTERNS claims, as a site prints it
CLAIMED: dict[str, str] = {
    "editors-note": "Editor's note: This story was updated on Tuesday with the council's vote.",
    "disclaimer": "We may earn a commission when you buy through links on our site.",
    "other": "Our Standards: The Harbour Trust Principles for fair and accurate reporting.",
    "subscribe": "Sign up for our newsletter to get the harbour news in your inbox every morning.",
    "related": "Read more: Council backs the new pier plan after a long night of debate",
    "share": "Follow the Motor Desk on Facebook, Twitter and Instagram for the latest news.",
    "navigation": "This video has failed to load.",
}

# the opening of a story's sentence, put before each line above
OPENING = "The council said on Tuesday that "


@pytest.mark.parametrize("kind", sorted(CLAIMED))
def test_each_line_is_claimed_by_its_kind(kind: str) -> None:
    assert BoilerplateParser().kind(CLAIMED[kind]) == kind


@pytest.mark.parametrize("kind", sorted(BoilerplateParser.PROSE_PATTERN_FIRST))
def test_a_kind_tried_by_its_pattern_first_reads_no_line_that_opens_with_other_words(kind: str) -> None:
    patterns = [regex.compile(p, regex.IGNORECASE) for p in BoilerplateParser.PROSE_PATTERNS[kind]]
    line = CLAIMED[kind]
    # the kind's own line matches one of its patterns whole ...
    assert [p.fullmatch(line) is not None for p in patterns].count(True) >= 1
    # ... and none of them once a story's words open the line: the pattern fails at its start
    assert [p.fullmatch(OPENING + line[0].lower() + line[1:]) is not None for p in patterns] == [False] * len(patterns)


def test_the_disclaimer_is_tried_by_its_keys_first() -> None:
    assert "disclaimer" not in BoilerplateParser.PROSE_PATTERN_FIRST
    # the keys that reach the views, affiliate and commission notices (other notices add their own)
    # (the views' notice by its two words since merge58: "expressed" alone tried the notice on "Anchor Expressed Fear")
    assert {"views expressed", "opinions expressed", "affiliate", "disclaimer", "commission"} <= set(
        BoilerplateParser.PROSE_KEYS["disclaimer"]
    )


# lines of prose and the kind each is given, the same whichever is tried first
LINES: list[tuple[str, str | None]] = [
    ("We may earn a commission when you buy through links on our site.", "disclaimer"),
    ("This article contains affiliate links, and we may earn a small commission on purchases.", "disclaimer"),
    ("The views expressed in this column are the author's own and do not reflect those of the paper.", "disclaimer"),
    ("The council said on Tuesday that the harbour will reopen to ferries next week.", None),
    ("The council expressed its thanks to the divers who cleared the harbour on Tuesday.", None),
]


class _DisclaimerPatternFirst(BoilerplateParser):
    PROSE_PATTERN_FIRST = BoilerplateParser.PROSE_PATTERN_FIRST | {"disclaimer"}


@pytest.mark.parametrize(("text", "kind"), LINES)
def test_a_disclaimer_is_claimed_as_before(text: str, kind: str | None) -> None:
    assert BoilerplateParser().kind(text) == kind
    assert _DisclaimerPatternFirst().kind(text) == kind
