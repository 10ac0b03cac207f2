"""Speakers read again in round 70 (branch mendQC70): the firm a deal's subject took a stake in,
bought or sold to is never what a later ``The company`` names, whatever the verb's form and with an
amount before ``stake`` (``took a 15% stake in Acme Corp.``); a firm named last as a deal's object
is no antecedent even when the deal's subject is one word or spoke (``Ostrander Steel said it
bought a stake in Acme Corp.``); and a gerund of a two-letter stem opens a participle's phrase
(``Students using TikTok said``: the students).

Each row is a short wire story written for these tests, the words of one quote in it and the
speaker's name that must come out; near-miss rows keep the speaker they had."""

from __future__ import annotations

import pytest

from quote_cases import speaker_of

Row = tuple[str, str, "str | None"]


DEAL_PARTIES: list[Row] = [
    # a stake taken, bought or held in another firm, in any tense, with an amount or none
    ("JOHANNESBURG, May 4 (Reuters) - Rand Platinum took a 15% stake in Kopano Resources Corp. The company said "
     "it was a long-term investor.",
     "it was a long-term investor", "The company"),
    ("JOHANNESBURG, May 4 (Reuters) - Rand Platinum took a stake in Kopano Resources Corp. The company said it "
     "was a long-term investor.",
     "it was a long-term investor", "The company"),
    ("JOHANNESBURG, May 4 (Reuters) - Rand Platinum has taken a 9.5 percent stake in Kopano Resources Corp. The "
     "company said it was a long-term investor.",
     "it was a long-term investor", "The company"),
    ("TORONTO, May 4 (Reuters) - Kestrel agreed to buy a 10% stake in Ardent Optics Ltd. The company said the "
     "deal would close in March.",
     "the deal would close in March", "The company"),
    ("TORONTO, May 4 (Reuters) - Kestrel Mining holds a 20% stake in Ardent Optics Ltd. The company said it had "
     "no plans to sell.",
     "it had no plans to sell", "The company"),
    ("TORONTO, May 4 (Reuters) - Kestrel agreed to buy Ardent Optics Ltd. The company said the deal would close "
     "in March.",
     "the deal would close in March", "The company"),
    # the deal's subject spoke, then the firm it bought into: not that firm
    ("PITTSBURGH, May 4 (Reuters) - Ostrander Steel said it bought a stake in Acme Corp. The company said the "
     "stake was a long-term investment.",
     "the stake was a long-term investment", "The company"),
    # near misses: the firm is the subject, or the passive's agent-less object
    ("TORONTO, May 4 (Reuters) - Ardent Optics Ltd sold a 10% stake to a pension fund. The company said the "
     "proceeds would cut debt.",
     "the proceeds would cut debt", "Ardent Optics Ltd"),
    ("NEW YORK, May 4 - The wire unit was sold to Acme Corp. The company said the sale would close in June.",
     "the sale would close in June", "Acme Corp"),
    ("NEW YORK, May 4 - Profits rose 10% at Acme Corp. The company said demand was strong.",
     "demand was strong", "Acme Corp"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), DEAL_PARTIES)
def test_a_deal_party_is_not_the_company(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker


SHORT_GERUNDS: list[Row] = [
    ("LONDON, May 4 - Turnout among young voters rose sharply.\n\n"
     "Students using TikTok said they had learned about the vote from friends.",
     "they had learned about the vote", "Students"),
    ("NEW YORK, May 4 - Halvorsen Bank's shares fell on Tuesday.\n\n"
     "Investors suing Halvorsen Bank said the fees had been hidden.",
     "the fees had been hidden", "Investors"),
    # near misses: a longer gerund still cut; a name that speaks
    ("LONDON, May 4 - A woman was hurt when a bus left the road on Monday.\n\n"
     "Doctors treating Jane Whitfield said she was in a stable condition.",
     "she was in a stable condition", "Doctors"),
    ("LONDON, May 4 - Turnout among young voters rose sharply.\n\n"
     "Jane Whitfield, using her own data, said the rise was real.",
     "the rise was real", "Jane Whitfield"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), SHORT_GERUNDS)
def test_a_short_gerund_opens_a_participle_phrase(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker
