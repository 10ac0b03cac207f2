"""Round 70's quote rules read again after review (branch rvq70): a preposition spelt like a
participle before a name (``Analysts including Jane Whitfield said``: the name speaks), the English
word lists of this round's rules off or in their own language in the fr/de/es packs, and a wire
headline's cue with the one told after it.

Each row is a short wire or web story written for these tests, the words of one quote in it and the
speaker's name that must come out; near-miss rows keep what they had."""

from __future__ import annotations

import pytest

from quote_cases import speaker_of

Row = tuple[str, str, "str | None"]


PREPOSITIONS_BEFORE_A_NAME: list[Row] = [
    # a preposition of GERUND_PREPOSITIONS before a name: the name it adds speaks
    ("LONDON - Bank shares fell sharply on Monday.\n\n"
     "Analysts including Jane Whitfield said the sell-off was overdone.",
     "the sell-off was overdone", "Jane Whitfield"),
    ("MADRID - The water supply failed on Friday.\n\n"
     "Residents including Maria Lopez said the taps had been dry for three days.",
     "the taps had been dry", "Maria Lopez"),
    ("PARIS - The festival opened on Thursday.\n\n"
     "Musicians featuring Paul Okoro said the crowds were the largest in years.",
     "the crowds were the largest", "Paul Okoro"),
    # near misses: a participle before a name; the preposition before a determiner; set off by commas
    ("LONDON - A woman was hurt when a bus left the road on Monday.\n\n"
     "Doctors treating Jane Whitfield said she was in a stable condition.",
     "she was in a stable condition", "Doctors"),
    ("LONDON - Bank shares fell sharply on Monday.\n\n"
     "Analysts including the bank's own economists said the sell-off was overdone.",
     "the sell-off was overdone", "Analysts"),
    ("GENEVA - Talks on the ceasefire went on late into the night.\n\n"
     "Officials following the talks said a deal was near.",
     "a deal was near", "Officials"),
    ("LONDON - Bank shares fell sharply on Monday.\n\n"
     "Analysts, including Jane Whitfield, said the sell-off was overdone.",
     "the sell-off was overdone", "Analysts"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), PREPOSITIONS_BEFORE_A_NAME)
def test_a_preposition_in_ing_before_a_name_is_no_participle(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker
