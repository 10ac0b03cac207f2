"""Issue 7 (speed), stop 35's speed37: the pattern of a business named by its trade
(``Vocabulary.trade_named_business``) is tried at every character of a paragraph, and most
paragraphs hold none of its nouns; the index searches only a paragraph that holds one of
``Vocabulary.trade_nouns`` (the company and trade nouns the pattern is made of)."""

from __future__ import annotations

from newsparse import Vocabulary
from newsparse.people import PersonIndex


def test_the_trade_nouns_are_the_company_and_trade_nouns() -> None:
    nouns = Vocabulary().trade_nouns
    assert {"miner", "refiner", "carmaker", "company", "firm"} <= set(nouns)
    assert set(nouns) == {*Vocabulary.COMPANY_NOUNS, *Vocabulary.TRADE_NOUNS}


class _SmelterVocabulary(Vocabulary):
    TRADE_NOUNS = ("smelter",)


def test_a_subclass_noun_is_among_them() -> None:
    assert "smelter" in _SmelterVocabulary().trade_nouns
    assert "miner" not in _SmelterVocabulary().trade_nouns


# mutation-killing (these pass on the base too): they kill the mutant that skips every paragraph
# (``if not any(noun in text ...)``) and the one that reads only the built-in nouns
def test_a_paragraph_with_a_trade_noun_is_still_read() -> None:
    text = "Output at the mine fell after copper miner Minera Tarapaca cut its shifts in March."
    found = PersonIndex.traded_businesses(Vocabulary(), text)
    assert [match["name"] for match in found] == ["Minera Tarapaca"]


def test_a_subclass_trade_noun_is_read() -> None:
    text = "Power was cut to the smelter Norvik Metals for two days last week, the grid said."
    found = PersonIndex.traded_businesses(_SmelterVocabulary(), text)
    assert [match["name"] for match in found] == ["Norvik Metals"]
