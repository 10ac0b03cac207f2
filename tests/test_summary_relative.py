"""A participle after an appositive that sums up the words before it with an object relative
clause (``..., a charge that auditors denied, saying ...``) is spoken by that clause's subject,
a bare plural of people too, never by the sentence's subject.  Invented stories; each row is the
text and exactly what must come out."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow as Row
from quote_cases import speaker_rows as quotes_of

BARE_PLURALS = [
    ("The mayor called the audit flawed, a charge that auditors denied, saying their figures were sound.",
     [("their figures were sound", "auditors", "auditors")]),
    ("The minister called the strike illegal, a claim that inspectors disputed, saying the ballot was valid.",
     [("the ballot was valid", "inspectors", "inspectors")]),
    ("The council blamed the floods on poor drainage, an accusation that hydrologists flatly rejected, saying the "
     "new estate had blocked the stream.",
     [("the new estate had blocked the stream", "hydrologists", "hydrologists")]),
    ('Ms Achterberg called the verdict "a travesty," a description that jurors angrily dismissed, saying the evidence '
     "was clear.",
     [("a travesty,", "Achterberg", "Ms Achterberg"), ("the evidence was clear", "jurors", "jurors")]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_PLURALS)
def test_a_bare_plural_in_the_summing_relative_clause_speaks(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# controls (pass on the base too): the relative pronoun is no object (the clause has its own
# subject and verb), or the clause's subject is a determiner's phrase the rule read already
CONTROLS = [
    ("The minister called the strike illegal, a claim that the ballot was invalid, saying the union broke the law.",
     [("the union broke the law", "The minister", "The minister")]),
    ("The mayor called the audit flawed, a charge that the auditors denied, saying their figures were sound.",
     [("their figures were sound", "the auditors", "the auditors")]),
]


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_the_summing_clause_rule_keeps_its_other_readings(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
