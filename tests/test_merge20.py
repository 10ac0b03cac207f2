"""Regressions found by the second reader of the stop's merged fixes, kept with the shapes the
rules meant to fix beside them."""

from __future__ import annotations

import pytest

from newsparse import QuoteKind
from quote_cases import kind_rows

R = QuoteKind.INDIRECT

GERMAN_REPORTS = [
    # a one-word subject before a verb-second cue and a comma: the subject speaks (fixJ's opening
    # rule took it for an opening such as "Gestern")
    ("Meier sagte, das Gesetz sei schlecht.", [("das Gesetz sei schlecht", R, "Meier")]),
    ("Siemens teilte mit, der Gewinn sei gestiegen.", [("der Gewinn sei gestiegen", R, "Siemens")]),
    ("Moskau erklärte, die Angriffe würden fortgesetzt.", [("die Angriffe würden fortgesetzt", R, "Moskau")]),
    ("Google sagte, man prüfe den Fall.", [("man prüfe den Fall", R, "Google")]),
    ("Meier sagte, Anna Schmidt habe gelogen.", [("Anna Schmidt habe gelogen", R, "Meier")]),
    # the shape the rule meant: an opening before the verb and its subject is never the speaker
    ("Gestern teilte Anna Schmidt mit, der Plan sei gut.", []),
    ("Gestern sagte Anna Schmidt dass der Plan gut sei.", []),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN_REPORTS)
def test_german_one_word_subjects_speak(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert kind_rows(text, "de") == expected
