"""debt55 (stop 48): one list of prepositions in the vocabulary, word lists built once, and the
headline's lede rule in every language pack."""

from __future__ import annotations

import pickle

import pytest

from newsparse import CaptionParser, Vocabulary
from newsparse.body import BodyParser
from newsparse.lines import split_lines
from newsparse.quotes.languages import LANGUAGES


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a word ending like a past verb right after a preposition is the noun's adjective
        ("Residents wade through flooded streets in Dover.", False),
        ("Volunteers sort clothes amid damaged homes.", False),
        ("Children play beyond boarded shops near the harbour.", False),
        # after anything else it is a verb: the sentence states a fact
        ("The council closed the pier on Monday.", True),
        ("Prices climbed in March.", True),
    ],
)
def test_adjective_after_any_preposition_of_the_vocabulary(text: str, fact: bool) -> None:
    assert CaptionParser().states_fact(text) is fact


class NoBeyond(Vocabulary):
    PREPOSITIONS = tuple(word for word in Vocabulary.PREPOSITIONS if word != "beyond")


def test_a_vocabulary_overrides_the_prepositions_once() -> None:
    # (without "beyond" among the prepositions, "boarded" after it is a verb again)
    assert CaptionParser(NoBeyond()).states_fact("Children play beyond boarded shops near the harbour.") is True
    assert CaptionParser(NoBeyond()).is_minor_word("upon") is True
    assert CaptionParser(NoBeyond()).is_minor_word("beyond") is False  # (too long anyway)


@pytest.mark.parametrize(
    ("word", "minor"),
    [("upon", True), ("onto", True), ("via", True), ("of", True), ("and", True), ("than", True), ("cafe", False), ("dog", False)],
)
def test_minor_words_of_a_title(word: str, minor: bool) -> None:
    assert CaptionParser().is_minor_word(word) is minor


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_quote_preposition_lists_are_words_of_the_vocabulary_list(code: str) -> None:
    pack = LANGUAGES[code]
    vocabulary = pack.vocabulary()
    for name in ("PREPOSITIONS", "OBJECT_PREPOSITIONS"):
        # (the class's lists as written: a parser adds decomposed spellings, "a\u0300", of its own)
        stray = [word for word in getattr(pack.quotes, name) if not vocabulary.is_preposition(word)]
        assert stray == [], f"{code}: {name} {stray}"


def test_english_phrase_link_prepositions_are_in_the_list() -> None:
    v = Vocabulary()
    relatives = {"where", "who", "whom", "whose", "which", "that", "when"}
    links = [w for w in Vocabulary.PHRASE_LINKS if w not in relatives and not v.is_article(w)]
    assert [w for w in links if not v.is_preposition(w)] == []


@pytest.mark.parametrize(
    ("lines", "plain"),
    [
        ("Fuel duty frozen", True),
        ("Employer national insurance up to 15%", True),
        ("Fuel duty frozen,", False),
        ("Fuel duty frozen.", False),
        ("Fuel duty frozen:", False),
    ],
)
def test_plain_item_ends_in_no_terminal_nor_comma(lines: str, plain: bool) -> None:
    assert BodyParser().is_plain_item(split_lines(lines)[0]) is plain


class Semicolonless(BodyParser):
    TERMINAL = "."


def test_subclass_terminal_is_read_once_and_pickles() -> None:
    line = split_lines("Fuel duty frozen;")[0]
    assert BodyParser().is_plain_item(line) is False
    assert Semicolonless().is_plain_item(line) is True
    copy = pickle.loads(pickle.dumps(BodyParser()))
    assert copy.is_plain_item(split_lines("Fuel duty frozen")[0]) is True
