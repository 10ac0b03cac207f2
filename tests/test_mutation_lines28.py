"""Cases from the mutation run over ``lines.py`` in stop 28 (mutJJ): the compact line
sequences of long texts (``Lines`` and ``LineList``) as the tuple and list they stand for, and the
edges :func:`split_lines` strips (whitespace, invisible format characters, bidi pairs)."""

from __future__ import annotations

import attrs

from newsparse import Span
from newsparse.lines import COMPACT_LINES, Line, LineList, Lines, split_lines

RLM, ZWSP, LRI, RLI, PDI, PDF, RLE = "\u200f", "\u200b", "\u2066", "\u2067", "\u2069", "\u202c", "\u202b"


def _results(count: int) -> str:
    """A long results page: one finisher a line."""
    return "".join(f"{i + 1}. Runner number {i + 1:04d} finished the city marathon.\n" for i in range(count))


def _result(i: int) -> str:
    return f"{i + 1}. Runner number {i + 1:04d} finished the city marathon."


def test_long_text_lines_join_a_tuple_either_way_and_show_as_lines() -> None:
    text = _results(COMPACT_LINES + 2)
    lines = split_lines(text)
    assert isinstance(lines, Lines)
    extra = Line("Results are provisional.", Span(0, 24), 0, True)
    joined = lines + (extra,)
    assert isinstance(joined, tuple)
    assert [line.text for line in joined[-3:]] == [_result(COMPACT_LINES), _result(COMPACT_LINES + 1), "Results are provisional."]
    assert len(joined) == COMPACT_LINES + 3
    before = (extra,) + lines
    assert isinstance(before, tuple)
    assert [line.text for line in before[:3]] == ["Results are provisional.", _result(0), _result(1)]
    assert len(before) == COMPACT_LINES + 3
    both = lines[:2] + lines[-1:]
    assert [line.text for line in both] == [_result(0), _result(1), _result(COMPACT_LINES + 1)]
    expected_line = Line(_result(0), Span(0, len(_result(0))), 0, True)
    assert repr(lines[:1]) == f"Lines([{expected_line!r}])"


def test_long_text_lines_differ_from_a_tuple_of_other_lines_of_the_same_length() -> None:
    text = _results(COMPACT_LINES)
    lines = split_lines(text)
    assert isinstance(lines, Lines)
    same = tuple(lines)
    assert lines == same
    changed = (*same[:-1], attrs.evolve(same[-1], blank_before=True))
    assert (lines == changed) is False
    assert (lines[:3] == same[1:4]) is False


def test_line_list_of_exactly_compact_lines_packs_all_but_its_tail() -> None:
    text = _results(COMPACT_LINES)
    body = LineList(text, split_lines(text))
    assert len(body) == COMPACT_LINES
    assert body._packed_count() == COMPACT_LINES - LineList.TAIL
    assert body[0].text == _result(0)
    short = LineList(text, split_lines(text)[: COMPACT_LINES - 1])
    assert short._packed_count() == 0


def test_line_list_popped_past_a_line_kept_whole_then_grown_again_reads_the_new_lines() -> None:
    text = _results(COMPACT_LINES + 200)
    lines = list(split_lines(text))
    # a line whose text is not its slice of the input (a dehyphenated or retyped line) is kept whole
    odd_at = COMPACT_LINES + 50
    lines[odd_at] = attrs.evolve(lines[odd_at], text="Runner number 1051 did not finish.")
    body = LineList(text, lines)
    assert body[odd_at].text == "Runner number 1051 did not finish."
    while len(body) > odd_at:
        body.pop()
    body.extend(split_lines(text)[odd_at:])
    assert [line.text for line in body[odd_at - 1 : odd_at + 2]] == [_result(odd_at - 1), _result(odd_at), _result(odd_at + 1)]
    assert list(body) == list(split_lines(text))


def test_long_text_lines_sliced_with_a_step_give_every_other_line() -> None:
    text = _results(COMPACT_LINES + 4)
    lines = split_lines(text)
    assert isinstance(lines, Lines)
    every_other = lines[:6:2]
    assert [line.text for line in every_other] == [_result(0), _result(2), _result(4)]
    assert [line.text for line in lines[6:0:-3]] == [_result(6), _result(3)]
    window = lines[1:3]
    assert isinstance(window, Lines)
    assert [line.text for line in window] == [_result(1), _result(2)]


def test_lines_built_from_a_later_offset_count_the_lines_after_it() -> None:
    text = _results(COMPACT_LINES + 4)
    lines = split_lines(text)
    assert isinstance(lines, Lines)
    later = Lines(text, lines._starts, lines._ends, lines._flags, COMPACT_LINES)
    assert len(later) == 4
    assert [line.text for line in later] == [_result(COMPACT_LINES + i) for i in range(4)]


def test_an_empty_or_blank_text_has_no_lines() -> None:
    assert split_lines("") == ()
    assert split_lines(" \n\t\n\u2028") == ()
    assert [line.text for line in split_lines(f"{RLM}\n\nFerries sail again.")] == [RLM, "Ferries sail again."]


def test_an_indented_line_with_a_stray_closing_mark_keeps_its_indent_off() -> None:
    raw = f"    HAMBURG{PDI} (dpa) - Ferries sail again."
    assert [(line.text, line.span.start, line.indent) for line in split_lines(raw)] == [
        (f"HAMBURG{PDI} (dpa) - Ferries sail again.", 4, 4)
    ]
