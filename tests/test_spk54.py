"""Speaker resolution of issue 5 (spk54, stop 47): the real speaker errors left on PolNeAR, each
read as grammar.  Two subjects joined at the sentence's start both speak (``The mayor and the
harbour master said``, ``Ward and Price issued a statement saying``), never the first or the second
alone.  Each row is a text we wrote and the exact quotes that must come out: ``(text, kind, speaker's
name, speaker's mention)``."""

from __future__ import annotations

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

IND, DIR, MIX = QuoteKind.INDIRECT, QuoteKind.DIRECT, QuoteKind.MIXED
Row = tuple[str, QuoteKind, "str | None", "str | None"]

COORDINATED = [
    # two phrases joined at the sentence's start: both speak
    (
        "The mayor and the harbour master said the dredging would start in May.",
        [("the dredging would start in May", IND, "The mayor and the harbour master", "The mayor and the harbour master")],
    ),
    (
        "The union and the council said the strike was over.",
        [("the strike was over", IND, "The union and the council", "The union and the council")],
    ),
    (
        "The ferry was late again. The captain and the purser told passengers that the engine had failed.",
        [("the engine had failed", IND, "The captain and the purser", "The captain and the purser")],
    ),
    (
        "Okafor and his lawyers said the ruling would be appealed.",
        [("the ruling would be appealed", IND, "Okafor and his lawyers", "Okafor and his lawyers")],
    ),
    # the subject of a statement issued: both, not the first alone
    (
        "Ward and Price issued a statement saying the talks had been a \u201cuseful first step\u201d for the port.",
        [("the talks had been a \u201cuseful first step\u201d for the port", MIX, "Ward and Price", "Ward and Price")],
    ),
    (
        "The mayor and the harbour master issued a statement calling the talks a \u201cuseful first step.\u201d",
        [("useful first step.", DIR, "The mayor and the harbour master", "The mayor and the harbour master")],
    ),
    # precision: a phrase before the coordinator that names no speaker leaves the second alone
    (
        "The plan and the harbour master said nothing would change.",
        [("nothing would change", IND, "the harbour master", "the harbour master")],
    ),
    # precision: a pronoun first keeps the phrase after it, as before
    (
        "She and her aides said the vote would be held on Monday.",
        [("the vote would be held on Monday", IND, "her aides", "her aides")],
    ),
    (
        "He and his aides issued a statement saying the vote would be held on Monday.",
        [("the vote would be held on Monday", IND, "He", "He")],
    ),
    # precision: an object after a verb is no subject
    (
        "The mayor met the governor and his aides said the talks had stalled.",
        [("the talks had stalled", IND, "his aides", "his aides")],
    ),
    (
        "Ward met Price on Monday, saying the talks were useful.",
        [("the talks were useful", IND, "Ward", "Ward")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_coordinated_subjects_speak_together(text: str, expected: list[Row]) -> None:
    assert mention_rows(text) == expected
