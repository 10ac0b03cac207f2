"""Issue 7 (speed), round 60's speed60: the pattern of a business named by a relative clause of its
trade (``Vocabulary.relative_named_business``: ``Latchly, which sells ...``) is tried at every
capital letter of a paragraph, and most paragraphs hold no ``, which ``; the people index searches
only a paragraph that holds a comma, a space, one of ``Vocabulary.THING_RELATIVES`` and a space
(``PersonIndex.may_hold_relative_business``).  The rows below are the shapes the prefilter must let
through (each read to the business's name) and the nearest ones it may keep out (nothing found)."""

from __future__ import annotations

import pytest

from newsparse import Vocabulary
from newsparse.people import TRADED_HEAD, PersonIndex


class _WhomeverVocabulary(Vocabulary):
    """A vocabulary whose relative word for a thing is another (a language pack's would be)."""

    THING_RELATIVES = ("whichever",)


class _NoRelativesVocabulary(Vocabulary):
    THING_RELATIVES = ()


# (text, the names of businesses traded_businesses finds: the prefilter lets each such text through)
RELATIVE_ROWS = [
    ("Orders rose at Latchly, which sells garden tools online, the firm's report showed.", ["Latchly"]),
    ("Shares of Valley Steel, which makes rail track, fell 4 percent on Monday.", ["Valley Steel"]),
    # (a line's break inside the name, as a wire's copy wraps it)
    ("Output at Northgate\nFoods, which produces frozen meals, was halted.", ["Northgate\nFoods"]),
    # (two in one paragraph, each read)
    (
        "Brandt Logistics, which builds the depots, and Kestrel Air, which supplies the parts, signed on.",
        ["Brandt Logistics", "Kestrel Air"],
    ),
]

# (text that holds no ", which " as the pattern wants it: nothing found, with or without the search)
NO_RELATIVE_ROWS = [
    "Orders rose at Latchly which sells garden tools online.",  # (no comma before the relative word)
    "Orders rose at Latchly,which sells garden tools online.",  # (no space after the comma)
    "Orders rose at Latchly, Which sells garden tools online.",  # (the word in another case)
    "Orders rose at Latchly, which\tsells garden tools online.",  # (a tab, not the space the pattern wants)
    "The mayor, who sells nothing, said the depot would stay open.",  # (a relative word for a person)
    "Nobody knew which firm would win the contract, the council said.",
]


@pytest.mark.parametrize(("text", "names"), RELATIVE_ROWS)
def test_a_relative_clause_of_a_trade_is_still_read(text: str, names: list[str]) -> None:
    vocabulary = Vocabulary()
    assert PersonIndex.may_hold_relative_business(vocabulary, text)
    assert [match["name"] for match in PersonIndex.traded_businesses(vocabulary, text)] == names


@pytest.mark.parametrize("text", NO_RELATIVE_ROWS)
def test_a_text_without_the_relative_opening_is_not_searched(text: str) -> None:
    vocabulary = Vocabulary()
    assert not PersonIndex.may_hold_relative_business(vocabulary, text)
    # (the pattern itself finds nothing there either: the prefilter drops no match)
    assert list(vocabulary.relative_named_business.finditer(text)) == []
    assert PersonIndex.traded_businesses(vocabulary, text) == []


def test_a_subclass_relative_word_is_the_one_looked_for() -> None:
    text = "Orders rose at Latchly, whichever sells garden tools online, the report showed."
    assert PersonIndex.may_hold_relative_business(_WhomeverVocabulary(), text)
    assert not PersonIndex.may_hold_relative_business(
        _WhomeverVocabulary(), "Orders rose at Latchly, which sells garden tools online."
    )
    assert [match["name"] for match in PersonIndex.traded_businesses(_WhomeverVocabulary(), text)] == ["Latchly"]


def test_no_relative_words_means_no_search() -> None:
    text = "Orders rose at Latchly, which sells garden tools online."
    assert not PersonIndex.may_hold_relative_business(_NoRelativesVocabulary(), text)
    assert PersonIndex.traded_businesses(_NoRelativesVocabulary(), text) == []


def test_the_index_still_files_the_business() -> None:
    """The whole path: the index built from a paragraph names the business by its trade."""
    text = "Orders rose at Latchly, which sells garden tools online, the report showed."
    index = PersonIndex.build(Vocabulary(), [(text, 0)])
    assert index.organisation_names(TRADED_HEAD) == ["Latchly"]
