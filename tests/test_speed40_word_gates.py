"""Issue 7 (speed), stop 40's speed40: the trade nouns looked up in a paragraph's word set.

``PersonIndex.traded_businesses`` searched a paragraph with ``Vocabulary.trade_named_business``
when any of ``Vocabulary.trade_nouns`` was in it as a substring: about forty substring scans of
every paragraph, and the pattern run over each that holds ``groups`` or ``chains`` though the
pattern wants the noun as a word.  ``Vocabulary.may_hold_trade_noun`` lists the paragraph's runs
of ASCII letters once (``newsparse.vocabulary.ascii_words``: one ``bytes.translate`` and one
split) and looks the nouns of ASCII letters up in them; a noun with any other character is
still looked for as a substring, and so is every noun in a text longer than
``ASCII_WORDS_MAX``.  Same answers (0 of the 8,728 corpus texts differ); the tests below name the
mutant each kills where the base passes them too.
"""

from __future__ import annotations

import pytest

from newsparse import Vocabulary
from newsparse.people import PersonIndex
from newsparse.vocabulary import ASCII_WORDS_MAX, ascii_words


def test_ascii_words_are_runs_of_ascii_letters() -> None:
    text = "Shares of the copper-miner fell 4% in Santiago\u00a0on Monday, analysts’ notes said."
    assert ascii_words(text) == [
        b"Shares", b"of", b"the", b"copper", b"miner", b"fell", b"in", b"Santiago", b"on", b"Monday",
        b"analysts", b"notes", b"said",
    ]


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("Output fell after copper miner Minera Tarapaca cut its shifts.", True),
        # (a blank outside ASCII after the noun: the pattern reads it as a blank too)
        ("Output fell after copper miner\u00a0Minera Tarapaca cut its shifts.", True),
        ("The talks stalled, the shipping firm’s chief said (exporter Valdez Frutas declined).", True),
        # (the noun only inside a longer word: the pattern cannot match there)
        ("Farm groups and supermarket chains met the minister on Tuesday.", False),
        ("Three subgroups of the panel reported to the council in June.", False),
    ],
)
def test_may_hold_trade_noun(text: str, holds: bool) -> None:
    assert Vocabulary().may_hold_trade_noun(text) is holds


class _NegociantVocabulary(Vocabulary):
    TRADE_NOUNS = ("négociant", "wine-merchant")


def test_a_noun_outside_ascii_letters_is_looked_for_as_written() -> None:
    vocabulary = _NegociantVocabulary()
    assert vocabulary.may_hold_trade_noun("Le vin est vendu par le négociant Maison Ardoin depuis mai.")
    assert vocabulary.may_hold_trade_noun("Stock went to the wine-merchant Hallam Cellars in May.")
    found = PersonIndex.traded_businesses(vocabulary, "Le vin est vendu par le négociant Maison Ardoin depuis mai.")
    assert [match["name"] for match in found] == ["Maison Ardoin"]


# mutation-killing (these pass on the base too): a gate that splits only at blanks
# (``text.split()``: ``(exporter`` and ``miner,`` would hide the noun), and one that lists the
# words of a text of any length (a hostile paragraph of millions of words held as a list)
def test_a_noun_after_a_mark_is_still_read() -> None:
    text = "Frost hit the valley (exporter Valdez Frutas lost a third of its crop), growers said."
    found = PersonIndex.traded_businesses(Vocabulary(), text)
    assert [match["name"] for match in found] == ["Valdez Frutas"]


def test_a_long_text_is_searched_as_substrings(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> list[bytes]:
        raise AssertionError("a text over ASCII_WORDS_MAX is not listed word by word")

    monkeypatch.setattr("newsparse.vocabulary.ascii_words", refuse)
    filler = "The council met again on Tuesday and adjourned. " * (ASCII_WORDS_MAX // 48 + 1)
    vocabulary = Vocabulary()
    assert vocabulary.may_hold_trade_noun(filler + "The refiner Port Kembla Oil was named.")
    assert not vocabulary.may_hold_trade_noun(filler)
