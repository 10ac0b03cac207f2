"""speedK's layout fast paths (issue 7) read as the slow paths did: table-driven, the shape a fast
path takes beside the one it must leave to the full test."""

from __future__ import annotations

import pytest

from newsparse import BoilerplateParser, CaptionParser
from newsparse.lines import Line, is_sentence
from newsparse.spans import Boilerplate, BoilerplateList, Span

# is_sentence with its word loop written out: the first words, then the rest of the line
SENTENCES = [
    # (text, min_words, is a sentence)
    ("The council said on Monday it would rebuild the pier.", 6, True),
    # no word in lower case among the first six: one in the rest of the line is enough
    ("Rain Ends Drought In The North as the rivers rise.", 6, True),
    ("Rain Ends Drought In The North As The Rivers Rise.", 6, False),
    # digits, quotes and brackets open no word in lower case; a script without case does
    ("Oslo 2024 “Rain” (Ends) Drought In North.", 6, False),
    ("Oslo 2024 “Rain” (Ends) Drought 北京 North.", 6, True),
    ("Oslo 2024 Rain Ends Drought In North 'the'.", 6, False),
    # the first word counts for nothing: it opens the sentence
    ("rain Ends Drought In The North Again Today.", 6, False),
    # too few words, or no end of a sentence
    ("The pier was rebuilt.", 6, False),
    ("The council said on Monday it would rebuild the pier", 6, False),
    ("The pier was rebuilt.", 4, True),
    ("The Pier Was Rebuilt.", 4, False),
]


@pytest.mark.parametrize(("text", "min_words", "expected"), SENTENCES)
def test_is_sentence_looks_for_a_word_in_lower_case_after_the_first(text: str, min_words: int, expected: bool) -> None:
    assert is_sentence(text, min_words) is expected


def _items(count: int) -> tuple[list[Boilerplate], str]:
    """*count* boilerplate lines ``line 000`` ... and the text they stand in."""
    text = "".join(f"line {i:03d}\n" for i in range(count))
    return [Boilerplate(f"line {i:03d}", "other", Span(9 * i, 9 * i + 8)) for i in range(count)], text


@pytest.mark.parametrize("count", [0, 1, 5, 2 * BoilerplateList.TAIL + 1, 3 * BoilerplateList.TAIL + 7])
def test_a_packed_list_reads_its_last_items_and_its_truth_as_a_list(count: int) -> None:
    items, text = _items(count)
    packed = BoilerplateList(text, items)
    assert bool(packed) is bool(items)
    for index in range(-count, count):  # the last few (kept whole) and the older ones (packed)
        assert packed[index] == items[index]
    with pytest.raises(IndexError):
        packed[-count - 1]


def test_a_packed_list_with_only_packed_items_is_not_empty() -> None:
    items, text = _items(3 * BoilerplateList.TAIL)
    packed = BoilerplateList(text, items)
    kept = packed._packed_count()  # (how many the list packed: drop all the unpacked last ones)
    assert 0 < kept < len(items)
    while len(packed) > kept:
        del packed[-1]
        items.pop()
    assert bool(packed)
    assert packed[-1] == items[-1]
    assert packed[-len(items)] == items[0]


# might_be_caption on a line with characters outside ASCII: a credit label anywhere passes it
CAPTION_TESTS = [
    ("Rüdiger’s photographs hang in the hall of the museum in Köln", True),
    ("Rüdiger’s paintings hang in the hall of the museum in Köln", False),
    ("Rüdiger’s paintings hang in the hall, an IMAGE of the town in Köln", True),
    ("Ruediger's paintings hang in the hall of the museum in Koeln", False),
]


@pytest.mark.parametrize(("text", "expected"), CAPTION_TESTS)
def test_might_be_caption_finds_a_label_in_a_line_outside_ascii(text: str, expected: bool) -> None:
    assert CaptionParser().might_be_caption(Line(text, Span(0, len(text)), 0, True)) is expected


# line_kind and prose_kind read their kinds by one loop (first_kind): a digit stands for a key of a
# LINE_DIGIT_KINDS kind on a short line, never in prose
KINDS = [
    ("Tel: +47 555 0100", "other"),
    ("Tel: +47 555 0100 is the number the council gave for the pier works on Monday.", None),
    ("Share on Facebook", "share"),
    ("Reporting by Jane Roe; Editing by Tom Poe", "sign-off"),
    ("The council said on Monday it would rebuild the pier.", None),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_line_and_prose_kinds_read_by_one_loop(text: str, kind: str | None) -> None:
    assert BoilerplateParser().kind(text) == kind
