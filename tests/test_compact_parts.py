"""The lines of a parse and the paragraphs and boilerplate of an article are kept compactly, and
behave as the tuples (and the list) they stand for."""

from __future__ import annotations

import copy
import pickle

import attrs
import pytest

import newsparse
from newsparse.lines import Line, Lines, split_lines
from newsparse.spans import (
    Article,
    Boilerplate,
    BoilerplateLines,
    BoilerplateList,
    Paragraph,
    Paragraphs,
    Span,
)

PAGE = (
    "Share\n"
    "Ferry strike ends after three days\n"
    "\n"
    "ATHENS (Reuters) - Ferries sailed again on Monday after crews\n"
    "ended a three-day strike over pay, the union said.\n"
    "\n"
    "  Ports in Piraeus and Rafina   were busy by noon.\n"
    "\n"
    "Read more: Greek ports\n"
    "Follow us on Twitter\n"
)


def expected_small(text: str) -> tuple[Line, ...]:
    """The lines of the text of the test below."""
    assert text == "A title\r\n\r\n  an indented line \n\tand a tab\n"
    return (
        Line("A title", Span(0, 7), 0, True),
        Line("an indented line", Span(13, 29), 2, True),
        Line("and a tab", Span(32, 41), 4, False),
    )


def test_lines_equal_the_tuple_of_lines_they_stand_for() -> None:
    text = "A title\r\n\r\n  an indented line \n\tand a tab\n"
    assert split_lines(text) == expected_small(text) and isinstance(split_lines(text), tuple)  # few: a tuple
    size = len(text)
    lines = split_lines(text * 400)  # 1,200 lines: compact
    expected = (
        Line("A title", Span(0, 7), 0, True),
        Line("an indented line", Span(13, 29), 2, True),
        Line("and a tab", Span(32, 41), 4, False),
    )
    assert isinstance(lines, Lines) and len(lines) == 1200
    assert lines[3] == Line("A title", Span(size, size + 7), 0, False)
    lines = lines[:3]
    assert lines == expected and expected == lines
    assert (len(lines), lines[-1], lines[1:], lines[::2]) == (3, expected[-1], expected[1:], expected[::2])
    assert list(lines[1:][::-1]) == [expected[2], expected[1]]
    assert hash(lines) == hash(expected)
    assert pickle.loads(pickle.dumps(lines[1:])) == expected[1:]
    with pytest.raises(IndexError):
        lines[3]
    with pytest.raises(IndexError):
        lines[1:][-3]


def test_a_line_read_again_is_the_same_object_and_a_long_text_costs_no_object_a_line() -> None:
    lines = split_lines("x\n" * 1000)
    assert lines[5] is lines[5]
    assert [line.span.start for line in lines][-3:] == [1994, 1996, 1998]


def _boilerplate(text: str, start: int, end: int, kind: str = "other") -> Boilerplate:
    return Boilerplate(text[start:end], kind, Span(start, end))


def test_boilerplate_lines_behave_as_their_tuple() -> None:
    parts = (_boilerplate(PAGE, 0, 5, "share"), _boilerplate(PAGE, 208, 230, "related"), _boilerplate(PAGE, 231, 251))
    packed = BoilerplateLines(PAGE, parts)
    assert packed == parts and parts == packed and (packed != parts) is False
    assert packed[1:] == parts[1:] and isinstance(packed[1:], BoilerplateLines)
    assert (packed[0], packed[-1], packed[::-1]) == (parts[0], parts[-1], parts[::-1])
    assert list(packed) == list(parts) and parts[2] in packed and packed.index(parts[2]) == 2
    assert packed.count(parts[0]) == 1
    assert hash(packed) == hash(parts)
    assert packed + () == parts and () + packed == parts
    assert repr(packed) == repr(parts)
    assert pickle.loads(pickle.dumps(packed)) == parts
    assert packed != parts[:2] and packed != list(parts)
    assert BoilerplateLines(PAGE, parts[:2]) != packed


def test_a_part_that_is_not_its_slice_is_kept_as_it_is() -> None:
    odd = Boilerplate("Shared", "share", Span(0, 5))  # made by hand: its text is not its slice
    beyond = Boilerplate("x", "other", Span(len(PAGE), len(PAGE) + 1))
    packed = BoilerplateLines(PAGE, (odd, _boilerplate(PAGE, 6, 40), beyond))
    assert packed == (odd, _boilerplate(PAGE, 6, 40), beyond)
    assert packed[0] is odd and packed[2] is beyond
    assert pickle.loads(pickle.dumps(packed))[0] == odd
    hand = Paragraph("not the slice", Span(0, 5))
    assert Paragraphs(PAGE, (hand,))[0] is hand


def test_paragraphs_are_their_slices_collapsed() -> None:
    span = Span(PAGE.index("Ports"), PAGE.index("noon.") + 5)
    paragraph = Paragraph("Ports in Piraeus and Rafina were busy by noon.", span)
    assert Paragraphs(PAGE, (paragraph,)) == (paragraph,)
    assert Paragraphs(PAGE, (paragraph,))[0].text == paragraph.text


def test_the_boilerplate_list_of_a_parse_acts_as_a_list() -> None:
    lines = [_boilerplate("Share\n" * 100, 6 * i, 6 * i + 5, "share") for i in range(100)]
    growing = BoilerplateList("Share\n" * 100)
    for line in lines:
        growing.append(line)
    assert growing == lines and len(growing) == 100
    assert (growing[0], growing[-1], growing[-8:], growing[10:12]) == (lines[0], lines[-1], lines[-8:], lines[10:12])
    saved = copy.copy(growing)
    growing.remove(lines[99])
    assert growing.pop() == lines[98] and len(growing) == 98 and len(saved) == 100
    growing[0] = lines[1]
    del growing[1]
    growing.insert(0, lines[0])
    assert growing[:3] == [lines[0], lines[1], lines[2]]
    growing[-1] = lines[0]
    assert growing.freeze() == (lines[0], lines[0], *lines[1:97]) and len(growing) == 0
    with pytest.raises(IndexError):
        growing[0]


def test_freeze_puts_the_lines_in_input_order() -> None:
    text = "one\ntwo\nthree\n"
    later, earlier = _boilerplate(text, 4, 7), _boilerplate(text, 0, 3)
    assert BoilerplateList(text, [later, earlier]).freeze() == (earlier, later)
    odd = Boilerplate("TWO", "other", Span(4, 7))
    assert BoilerplateList(text, [odd, earlier]).freeze() == (earlier, odd)


def test_many_parts_are_kept_compactly_and_few_as_tuples() -> None:
    article = newsparse.parse_article("Ferry strike ends\n\n" + "Ferries sailed.\n\nShare on Facebook\n\n" * 1000)
    assert isinstance(article.paragraphs, Paragraphs) and isinstance(article.boilerplate, BoilerplateLines)
    assert (len(article.paragraphs), len(article.boilerplate)) == (1000, 1000)
    assert article.paragraphs[-1] == Paragraph("Ferries sailed.", Span(35_983, 35_998))
    assert article.boilerplate[-1] == Boilerplate("Share on Facebook", "share", Span(36_000, 36_017))
    assert article.span_mismatches() == []
    small = newsparse.parse_article(PAGE)
    assert isinstance(small.paragraphs, tuple) and isinstance(small.boilerplate, tuple)


def test_an_article_keeps_its_public_contract() -> None:
    article = newsparse.parse_article(PAGE)
    article = attrs.evolve(
        article,
        paragraphs=Paragraphs(PAGE, article.paragraphs),
        boilerplate=BoilerplateLines(PAGE, article.boilerplate),
    )
    assert [p.text for p in article.paragraphs] == [
        "Ferries sailed again on Monday after crews ended a three-day strike over pay, the union said.",
        "Ports in Piraeus and Rafina were busy by noon.",
    ]
    assert [(b.kind, b.text) for b in article.boilerplate] == [
        ("share", "Share"),  # (a share button over the headline: no section)
        ("related", "Read more: Greek ports"),
        ("share", "Follow us on Twitter"),
    ]
    assert article.span_mismatches() == []
    plain = attrs.evolve(article, paragraphs=tuple(article.paragraphs), boilerplate=tuple(article.boilerplate))
    assert plain == article and article == plain and hash(plain) == hash(article)
    assert Article.from_dict(article.to_dict(), text=PAGE) == article
    assert Article.from_json(article.to_json(), text=PAGE).to_dict() == article.to_dict()
    assert pickle.loads(pickle.dumps(article)) == article
    shorter = attrs.evolve(article, paragraphs=article.paragraphs[1:])
    assert shorter.paragraphs == (article.paragraphs[1],)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.paragraphs = ()  # type: ignore[misc]
