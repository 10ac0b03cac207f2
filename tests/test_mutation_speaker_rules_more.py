"""He and she after a speaker whose gender the text contradicts, for the speaker rules of 30 November
(issue 8, the survivors of their mutation run not examined in its time; see docs/testing.md): a woman
named after ``spokesman`` and then ``she``, a man's ``he`` in the sentence after a woman's quote, and
``He`` in the sentence after a woman's attribution set off by commas.  A pronoun the text does not
settle is left as it is written (a wrong speaker is worse than none).

Each case is one or more paragraphs as wires print them; the expected value is every quote ``(kind,
text, cue, speaker's name, description)`` in order, spans checked by ``quotes_of``."""

from __future__ import annotations

import pytest

from test_mutation_reported import Row, quotes_of

CASES: list[tuple[list[str], list[Row]]] = [
    (
        [
            "Tom Berg said the group raised no money for the campaign.",
            'Party spokesman Anna Lind confirmed that the group was set up on its own. "They are not part of the campaign," she said, adding, "We are grateful for their support."',
        ],
        [
            ("R", "the group raised no money for the campaign", "said", "Tom Berg", None),
            ("R", "the group was set up on its own", "confirmed", "Anna Lind", None),
            ("D", "They are not part of the campaign,", "said", "she", None),
            ("D", "We are grateful for their support.", "adding", "she", None),
        ],
    ),
    (
        [
            'Ortiz spokeswoman Dana Reyes said on Thursday that the claim was "simply not true." Ortiz has backed more visas but has since said he believes the system needs to be fixed first.'
        ],
        [
            ("M", 'the claim was "simply not true."', "said", "Dana Reyes", None),
            ("R", "the system needs to be fixed first", "believes", "he", None),
        ],
    ),
    (
        [
            "Rep. Ana Lind recalled the meeting. At the time, she said, Berg was trying to get the delegation to back his fiancee. He said he would defeat the mayor in the primary."
        ],
        [
            ("R", "Berg was trying to get the delegation to back his fiancee", "said", "Ana Lind", None),
            ("R", "he would defeat the mayor in the primary", "said", "He", None),
        ],
    ),
]


@pytest.mark.parametrize(("pieces", "expected"), CASES)
def test_a_pronoun_against_the_speakers_gender(pieces: list[str], expected: list[Row]) -> None:
    assert quotes_of(pieces) == expected
