"""rss43: the date-order signs' pattern tests a sign's edges once for all signs and is compiled
when first used; ``normalize_word`` remembers fewer words.  What a page's signs say must not change."""

from __future__ import annotations

import pickle
from typing import ClassVar

import pytest

from newsparse import Vocabulary
from newsparse.vocabulary import NORMALIZE_CACHE, normalize_word


class CzechDesk(Vocabulary):
    """A desk whose own signs are a currency after a number and a company form with full stops."""

    DAY_FIRST_SIGNS: ClassVar[tuple[str, ...]] = ("Kč", "s.r.o.", "")
    MONTH_FIRST_SIGNS: ClassVar[tuple[str, ...]] = ("USD",)


class NoSigns(Vocabulary):
    DAY_FIRST_SIGNS: ClassVar[tuple[str, ...]] = ()
    MONTH_FIRST_SIGNS: ClassVar[tuple[str, ...]] = ()


WRITES_DAY_FIRST = [
    # three spellings a British desk writes, whole words
    ("The council will realise the programme in the town centre by spring.", Vocabulary, True),
    # one British and one American spelling: no more of the one than of the other
    ("The colour of the new theater was chosen by the board.", Vocabulary, False),
    # the spellings inside longer words are no signs
    ("The colourful organisational chart hung in the decentred office.", Vocabulary, False),
    # signs that are no words count wherever they stand, a digit right after them too
    ("Tickets cost £12 in London and €15 in Dublin.", Vocabulary, True),
    # a domain opens with a full stop: a letter before it is no bar, a letter after it is
    ("Write to desk@paper.co.uk or visit paper.ie for more.", Vocabulary, True),
    ("Write to desk@paper.co.ukx or visit paper.iex for more.", Vocabulary, False),
    # a sign that ends with a full stop may have a letter after it; one that opens with a letter
    # may not have one before it
    ("Acme Ltd and Bolt plc said on Monday that profits rose.", Vocabulary, True),
    ("AcmeLtd and Boltplc said on Monday that profits rose.", Vocabulary, False),
    # two forms of one word count once
    ("The colour and the colours of the flag.", Vocabulary, False),
    # a subclass's own signs are read, its empty sign left out
    ("Cena 50 Kč, dodavatel Stavby s.r.o. podepsal smlouvu.", CzechDesk, True),
    ("Cena 50 Kč a 20 USD, dodavatel Stavby s.r.o. a Bolt USD.", CzechDesk, True),
    ("Cena 50 Kč, realise, programme, centre.", CzechDesk, False),
    # a vocabulary with no signs reads none
    ("The council will realise the programme in the town centre by spring.", NoSigns, False),
]


@pytest.mark.parametrize(("text", "vocabulary", "expected"), WRITES_DAY_FIRST)
def test_writes_day_first_reads_whole_signs(text: str, vocabulary: type[Vocabulary], expected: bool) -> None:
    assert vocabulary().writes_day_first(text) is expected


def test_signs_pattern_is_compiled_when_first_asked_and_pickles_as_its_source() -> None:
    vocabulary = Vocabulary()
    assert vocabulary._date_order_signs._compiled is None
    text = "The council will realise the programme in the town centre by spring."
    assert vocabulary.writes_day_first(text) is True
    assert vocabulary._date_order_signs._compiled is not None
    copy = pickle.loads(pickle.dumps(vocabulary))
    assert copy._date_order_signs._compiled is None
    assert copy.writes_day_first(text) is True


def test_normalize_word_keeps_a_bounded_cache() -> None:
    for i in range(NORMALIZE_CACHE + 10):
        normalize_word(f"Sen.{i}")
    info = normalize_word.cache_info()
    assert info.maxsize == NORMALIZE_CACHE
    assert info.currsize == NORMALIZE_CACHE  # (bounded: the oldest words dropped)
    assert normalize_word(" Sen. ") == "sen"


def test_a_vocabulary_built_leaves_the_word_cache_to_the_text() -> None:
    normalize_word.cache_clear()
    assert normalize_word("Minister") == "minister"
    Vocabulary()
    CzechDesk()
    info = normalize_word.cache_info()
    assert (info.currsize, info.misses) == (1, 1)
    assert normalize_word("Minister") == "minister"
    assert normalize_word.cache_info().hits == 1


def test_the_import_puts_the_callers_collector_thresholds_back() -> None:
    import gc
    import os
    import subprocess
    import sys
    from pathlib import Path

    import newsparse

    code = "import gc; gc.set_threshold(900, 11, 12); import newsparse; print(gc.get_threshold())"
    source = str(Path(newsparse.__file__).resolve().parents[1])  # (the tree under test, not another install)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [source, os.environ.get("PYTHONPATH", "")]))}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert done.stdout.strip() == "(900, 11, 12)"
    from newsparse.article import IMPORT_GC_THRESHOLDS

    assert gc.get_threshold() != IMPORT_GC_THRESHOLDS
