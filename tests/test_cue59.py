"""Round 59, cue59 (issue 5: missed attributions): cue shapes main missed, each with the nearest
shapes that must not fire."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

Row = tuple[str, str | None]


def quotes_of(paragraph: str, language: str | None = None) -> list[Row]:
    """``(text, speaker's name)`` of every quote read from *paragraph* under a plain headline."""
    article = ArticleParser(language=language).parse("Harbour notebook\n\n" + paragraph + "\n")
    return [(quote.text, quote.speaker.name if quote.speaker else None) for quote in article.quotes]


# ReportedSpeech.fronted_adjunct: a short phrase opening with a preposition right after "that"
# and closed by a comma is the reported clause's own adjunct; the clause after it, whose cue only
# reports figures, is the first speaker's words
FRONTED_ADJUNCTS = [
    (
        "Ana Ruiz said that in May, Tesco, the retailer, reported higher sales.",
        [("in May, Tesco, the retailer, reported higher sales", "Ana Ruiz")],
    ),
    (
        "Tom Berg said that in May, Tesco reported higher sales.",
        [("in May, Tesco reported higher sales", "Tom Berg")],
    ),
    (
        "Eva Hall said that after the merger, Nordbank, the lender, reported a quarterly loss.",
        [("after the merger, Nordbank, the lender, reported a quarterly loss", "Eva Hall")],
    ),
    # (must not fire: an inner cue with a clause of its own keeps its speaker)
    ("Ana Ruiz said that in May, Tom Berg said the plan would fail.", [("the plan would fail", "Tom Berg")]),
    # (must not fire: no "that", no adjunct: the comma ends the first speaker's words)
    (
        "Ana Ruiz said the port would close, and Tom Berg said it would stay open.",
        [("the port would close", "Ana Ruiz"), ("it would stay open", "Tom Berg")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), FRONTED_ADJUNCTS)
def test_fronted_adjunct(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


# a finding cue after a finding subject takes a bare clause with a verb, as a report cue does
FINDINGS_WITHOUT_THAT = [
    ("One study found the tax would fall hardest on renters.", [("the tax would fall hardest on renters", "One study")]),
    ("The poll found most voters would back the plan.", [("most voters would back the plan", "The poll")]),
    (
        "An inquiry found the council had ignored repeated warnings.",
        [("the council had ignored repeated warnings", "An inquiry")],
    ),
    # (must not fire: an object with no verb, or no finding subject)
    ("The audit found errors in 40 accounts.", []),
    ("The investigation found no evidence of wrongdoing.", []),
    ("The inquiry found him negligent in his duties.", []),
    ("Police found the keys in a drawer.", []),
    ("The jury found him guilty of fraud.", []),
    # (the aside keeps its old reading: the words around the cue)
    ("Voters, the poll found, were tired of the war.", [("Voters, the poll found, were tired of the war", "the poll")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), FINDINGS_WITHOUT_THAT)
def test_finding_without_that(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected
