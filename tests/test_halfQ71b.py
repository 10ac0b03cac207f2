"""Old rows the round-71 quote merges moved (halfQ71b): a gerund-preposition that is no verb's
participle stays a preposition before a name, so the subject's phrase keeps its words as written.
Precision rows keep fixQ71's reading of a real participle."""

from __future__ import annotations

import pytest

from quote_cases import quote_speakers, speaker_mentions

_HEAD = "Harbour board meets over ferry fares\n\n"


def _one(line: str) -> tuple[list[str | None], list[str | None]]:
    text = f"{_HEAD}{line}\n"
    return [name for _, name in quote_speakers(text)], speaker_mentions(text)


@pytest.mark.parametrize(
    ("line", "speaker", "mention"),
    [
        ("Commuters during Easter said the ferries were full.", "Commuters", "Commuters during Easter"),
        ("Traders during Diwali said sales had doubled.", "Traders", "Traders during Diwali"),
        # (a determiner after it: the phrase was never the speaker's, before fixQ71 either)
        ("Shoppers during the holiday said prices were high.", "Shoppers", "Shoppers"),
        # (precision: a gerund of a real verb before a name is still a participle, fixQ71's fans;
        # a member's preposition still gives the name it adds)
        ("Fans following Celtic said the ferries were full.", "Fans", "Fans"),
        ("Analysts including Mara Quist said sales had doubled.", "Mara Quist",
         "Analysts including Mara Quist"),
    ],
)
def test_verbless_preposition_keeps_phrase(line: str, speaker: str, mention: str) -> None:
    speakers, mentions = _one(line)
    assert speakers == [speaker]
    assert mentions == [mention]
