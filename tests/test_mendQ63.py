"""Wrong speakers and sources of round 63 (issue 5): one lower-case outlet noun alone after the
agent word of a passive quoting cue (``was quoted as saying by radio``) is the means, not the
outlet, and never the quote's source.  Each row: the article, then every quote as
``(text, speaker's name, source)``; a row with no quote pins that no source is made up."""

from __future__ import annotations

import pytest

from quote_cases import SourcedRow, sourced_rows

QUOTED_BY: list[tuple[str, list[SourcedRow]]] = [
    # one lower-case outlet noun alone: how the words came, not who carried them (no source)
    ("Defence Minister Lars Holm was quoted as saying by radio that the talks had stalled.", []),
    ("Defence Minister Lars Holm was quoted as saying by television that the talks had stalled.", []),
    ('"The talks have stalled," Defence Minister Lars Holm was quoted as saying by radio.',
     [("The talks have stalled,", "Lars Holm", None)]),
    # must not change: a capitalised outlet; an outlet noun with its modifier or determiner
    ("Defence Minister Lars Holm was quoted as saying by Reuters that the talks had stalled.",
     [("the talks had stalled", "Lars Holm", "Reuters")]),
    ("Defence Minister Lars Holm was quoted as saying by the state broadcaster that the talks had stalled.",
     [("the talks had stalled", "Lars Holm", "the state broadcaster")]),
    ('"The talks have stalled," Defence Minister Lars Holm was quoted as saying by state radio.',
     [("The talks have stalled,", "Lars Holm", "state radio")]),
    ('"The talks have stalled," Defence Minister Lars Holm was quoted as saying by NRK.',
     [("The talks have stalled,", "Lars Holm", "NRK")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_BY)
def test_quoted_by_a_bare_medium(text: str, expected: list[SourcedRow]) -> None:
    assert sourced_rows(text, None, "Talks") == expected
