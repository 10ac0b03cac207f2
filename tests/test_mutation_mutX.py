"""Mutation pass mutX (issue 8): the lines of ``spans.py``, ``dateline.py`` and ``body.py`` changed
since stop 19, table-driven on article text, each case asserting the value a surviving mutant changes."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import pytest

from newsparse import Article, BodyParser, DatelineParser, Headline, Paragraph, Span
from newsparse.lines import Line, LineList, split_lines
from newsparse.spans import Boilerplate, BoilerplateList, Paragraphs, collapse

# -- collapse: the fast path for a text with nothing to fold ------------------------------------

COLLAPSE = [
    ("Rain ends drought", "Rain ends drought"),  # nothing to fold: the text itself
    (" Rain ends drought", "Rain ends drought"),  # a space in front
    ("Rain ends drought ", "Rain ends drought"),  # a space at the end
    ("R ", "R"),  # two characters, the last a space
    (" R", "R"),
    ("Rain  ends drought", "Rain ends drought"),
    ("Rain\tends drought", "Rain ends drought"),
]


@pytest.mark.parametrize(("text", "folded"), COLLAPSE)
def test_collapse_strips_and_folds(text: str, folded: str) -> None:
    assert collapse(text) == folded


# -- Parts.of: a tuple below COMPACT_FROM, packed from it on, a packed container kept ------------

STORY = (
    "Rain ends drought\n\n"
    "The first rain in four months fell on the valley on Tuesday.\n\n"
    "Farmers said the wheat could still be saved.\n\n"
    "The dams stood at a tenth of their size.\n\n"
    "More rain is forecast for the weekend.\n"
)


class FewParagraphs(Paragraphs):
    """Paragraphs packed from three on, so that a short story reaches the packed path."""

    __slots__ = ()
    COMPACT_FROM = 3


def story_paragraphs(count: int) -> list[Paragraph]:
    lines = [line for line in split_lines(STORY)][1 : 1 + count]
    return [Paragraph(line.text, line.span) for line in lines]


@pytest.mark.parametrize(("count", "packed"), [(2, False), (3, True), (4, True)])
def test_parts_of_packs_from_compact_from(count: int, packed: bool) -> None:
    paragraphs = story_paragraphs(count)
    kept = FewParagraphs.of(STORY, paragraphs)
    assert (type(kept) is FewParagraphs) is packed
    assert list(kept) == paragraphs


@pytest.mark.parametrize("count", [3, 4])
def test_parts_of_packs_a_generator_as_it_comes(count: int) -> None:
    paragraphs = story_paragraphs(count)
    kept = FewParagraphs.of(STORY, (paragraph for paragraph in paragraphs))
    assert type(kept) is FewParagraphs
    assert [(p.text, p.span) for p in kept] == [(p.text, p.span) for p in paragraphs]


@pytest.mark.parametrize("count", [3, 4])
def test_parts_of_keeps_a_packed_container_over_the_same_text(count: int) -> None:
    packed = FewParagraphs.of(STORY, story_paragraphs(count))
    assert FewParagraphs.of(STORY, packed) is packed
    other = "".join(STORY)  # an equal text, another object: packed again over it
    again = FewParagraphs.of(other, packed)
    assert again is not packed
    assert list(again) == list(packed)


# -- Article.span_mismatches: a headline on one line is exact, over two lines collapsed ----------

HEADLINES = [
    # text, headline text, span end, mismatches
    ("Rain  ends drought\n\nThe rain came.", "Rain  ends drought", 18, 0),  # one line: exact, two spaces kept
    ("Rain  ends drought\n\nThe rain came.", "Rain ends drought", 18, 1),  # one line, folded: a mismatch
    ("Rain ends\ndrought\n\nThe rain came.", "Rain ends drought", 17, 0),  # two lines: collapsed
    ("Rain ends\ndrought\n\nThe rain came.", "Rain ends\ndrought", 17, 1),  # two lines, not folded
]


@pytest.mark.parametrize(("text", "headline", "end", "mismatches"), HEADLINES)
def test_span_mismatches_of_a_headline(text: str, headline: str, end: int, mismatches: int) -> None:
    article = Article(text, headline=Headline(headline, Span(0, end)))
    found = article.span_mismatches()
    assert len(found) == mismatches
    assert all(line.startswith("headline: ") for line in found)


# -- DatelineParser.match and names_agencies --------------------------------------------------

DATELINES = [
    # a place in a script without capitals before a known agency (the pattern built on demand)
    ("नई दिल्ली, 20 नवंबर (भाषा) - सरकार ने आज नई योजना की घोषणा की।", ("नई दिल्ली", "भाषा")),
    # a place and an agency with no brackets, tried after the place in a script without capitals
    ("New York CNN — A storm hit the coast on Tuesday night.", ("New York", "CNN")),
    ("New York CNN: A storm hit the coast on Tuesday night.", None),  # a colon is no dash after a bare agency
    ("New York CNN _ A storm hit the coast on Tuesday night.", None),  # nor a low line
    # a month the vocabulary cannot read: a dateline only before known agencies, a desk's code dropped
    ("MÜNCHEN, 12. Mai (dpa/lby) - Die Polizei hat am Dienstag einen Mann festgenommen.", ("MÜNCHEN", "dpa/lby")),
    ("MÜNCHEN, 12. Mai (dpa/AFP/lby) - Die Polizei hat am Dienstag einen Mann festgenommen.", ("MÜNCHEN", "dpa/AFP/lby")),
    ("MÜNCHEN, 12. Mai (dpa/AFP) - Die Polizei hat am Dienstag einen Mann festgenommen.", ("MÜNCHEN", "dpa/AFP")),
    ("MÜNCHEN, 12. Mai (dpa) - Die Polizei hat am Dienstag einen Mann festgenommen.", ("MÜNCHEN", "dpa")),
    ("MÜNCHEN, 12. Mai (lby) - Die Polizei hat am Dienstag einen Mann festgenommen.", None),  # a desk alone
    ("MÜNCHEN, 12. Mai (lby/dpa) - Die Polizei hat am Dienstag einen Mann festgenommen.", None),  # a desk first
    ("MÜNCHEN, 12. Mai (Polizei) - Die Polizei hat am Dienstag einen Mann festgenommen.", None),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_dateline_place_and_agency(text: str, expected: tuple[str, str] | None) -> None:
    dateline = DatelineParser().parse(text, Span(0, len(text)))
    assert (None if dateline is None else (dateline.place, dateline.agency)) == expected


# -- BodyParser: parse and stream, either hook overridden ------------------------------------

class StreamOnly(BodyParser):
    """Overrides ``stream`` alone: ``parse`` must read it."""

    def stream(self, lines: Sequence[Line], *, page: Sequence[Line] | None = None) -> Iterator[Paragraph]:
        for paragraph in super().stream(lines, page=page):
            yield Paragraph(paragraph.text.upper(), paragraph.span)


class ParseOnly(BodyParser):
    """Overrides ``parse`` alone: ``stream`` must read it."""

    def parse(self, lines: Sequence[Line], *, page: Sequence[Line] | None = None) -> tuple[Paragraph, ...]:
        return tuple(Paragraph(p.text.lower(), p.span) for p in super().parse(lines, page=page))


class Both(StreamOnly):
    """Overrides both hooks, ``parse`` calling the base class's: that reads the layout itself, not ``stream``."""

    def parse(self, lines: Sequence[Line], *, page: Sequence[Line] | None = None) -> tuple[Paragraph, ...]:
        return super().parse(lines, page=page)


# two body lines (too few to tell the layout) under a page whose blank lines mark the paragraphs:
# with the page, the line break inside the body is one inside a paragraph
PAGE = "Rain ends drought\n\nThe first rain in four months fell.\n\nFarmers said the wheat was saved.\nThe dams are low.\n"
JOINED, APART = ["Farmers said the wheat was saved. The dams are low."], ["Farmers said the wheat was saved.", "The dams are low."]


def body_texts(parser: BodyParser, how: str, page: bool) -> list[str]:
    lines = split_lines(PAGE)
    body, whole = lines[2:], (lines if page else None)
    found = parser.parse(body, page=whole) if how == "parse" else list(parser.stream(body, page=whole))
    return [paragraph.text for paragraph in found]


BODIES = [
    (BodyParser, "parse", str),
    (BodyParser, "stream", str),
    (StreamOnly, "parse", str.upper),
    (StreamOnly, "stream", str.upper),
    (ParseOnly, "parse", str.lower),
    (ParseOnly, "stream", str.lower),
    (Both, "parse", str),
    (Both, "stream", str.upper),
]


@pytest.mark.parametrize(("cls", "how", "case"), BODIES)
@pytest.mark.parametrize(("page", "expected"), [(True, JOINED), (False, APART)])
def test_body_hooks(cls: type[BodyParser], how: str, case: Callable[[str], str], page: bool, expected: list[str]) -> None:
    assert body_texts(cls(), how, page) == [case(text) for text in expected]


def test_body_of_no_lines() -> None:
    assert BodyParser().parse([]) == ()
    assert list(BodyParser().stream([])) == []


# indented wire copy: each indented line opens a paragraph
WIRE = "  The first rain in four months fell on the valley.\nFarmers said the wheat was saved.\n  The dams are low.\n"


def test_body_indented_layout() -> None:
    assert [p.text for p in BodyParser().parse(split_lines(WIRE))] == [
        "The first rain in four months fell on the valley. Farmers said the wheat was saved.",
        "The dams are low.",
    ]


# -- TailPackedList (through BoilerplateList): a list's behaviour with the older lines packed ----

FOOTER = (
    "Share this article\nRead more\nAdvertisement\nFollow us on social media\nSign up for our newsletter\n"
    "Copyright 2026 The Valley Times\nAll rights reserved\nReporting by staff\nEditing by the desk\n"
)


class ShortTail(BoilerplateList):
    """Packs all but the last two lines once it holds more than four, so that a footer reaches the packed storage."""

    __slots__ = ()
    TAIL = 2


class ShortLines(LineList):
    """A line list that packs as :class:`ShortTail` does and drops its last packed line in place."""

    __slots__ = ()
    TAIL = 2

    def _may_pack(self) -> bool:
        return True


def footer_lines() -> list[Boilerplate]:
    return [Boilerplate(line.text, "other", line.span) for line in split_lines(FOOTER)]


def footer_list(kind: str, count: int) -> tuple[Any, list[Any]]:
    """The first *count* footer lines as a packing list of *kind* and as a plain list."""
    if kind == "lines":
        lines: list[Any] = list(split_lines(FOOTER))[:count]
        return ShortLines(FOOTER, lines), list(lines)
    boilerplate = footer_lines()[:count]
    return ShortTail(FOOTER, boilerplate), list(boilerplate)


def texts(items: Sequence[Any]) -> list[str]:
    return [item.text for item in items]


def same_as_list(kept: Any, model: list[Any]) -> None:
    size = len(model)
    assert len(kept) == size
    assert bool(kept) is bool(model)
    assert texts(list(kept)) == texts(model)
    for index in range(-size, size):
        assert kept[index].text == model[index].text, index
    for index in (size, -size - 1):
        with pytest.raises(IndexError):
            kept[index]
    for piece in (slice(None), slice(1, None), slice(-3, None), slice(-2, -1), slice(0, 3), slice(None, None, 2), slice(-1, 1, -1)):
        assert texts(kept[piece]) == texts(model[piece]), piece


# each edit: (operation, index): the packed lines are the first ones, the tail the last two to four
EDITS = [
    ("append", None),
    ("set", 0), ("set", 3), ("set", -1), ("set", -2), ("set", -5), ("set", 6),
    ("del", 0), ("del", 3), ("del", -1), ("del", -2), ("del", -6), ("del", 6), ("del", 5),
    ("insert", 0), ("insert", 4), ("insert", 6), ("insert", 7), ("insert", 9), ("insert", -1),
]


@pytest.mark.parametrize("kind", ["boilerplate", "lines"])
@pytest.mark.parametrize(("count", "operation", "index"), [(count, *edit) for count in (0, 1, 4, 5, 7, 9) for edit in EDITS])
def test_tail_packed_list_behaves_as_a_list(kind: str, count: int, operation: str, index: int | None) -> None:
    kept, model = footer_list(kind, count)
    lines = footer_list(kind, 9)[1]
    same_as_list(kept, model)
    new = lines[-1]
    if operation == "append":
        kept.append(new)
        model.append(new)
    elif index is None or (not -len(model) <= index < max(len(model), 1) and operation != "insert"):
        return
    elif operation == "set":
        if not model:
            return
        kept[index] = new
        model[index] = new
    elif operation == "del":
        if not model:
            return
        del kept[index]
        del model[index]
    else:
        kept.insert(index, new)
        model.insert(index, new)
    same_as_list(kept, model)
    for _ in range(3):  # packing goes on after the edit
        kept.append(lines[0])
        model.append(lines[0])
    same_as_list(kept, model)
    assert texts(list(kept.copy())) == texts(model)


# lines appended one by one: more than four in the tail packs all but the last two
@pytest.mark.parametrize(("count", "packed"), [(0, 0), (1, 0), (2, 0), (4, 0), (5, 3), (6, 3), (7, 3), (8, 6), (9, 6)])
def test_tail_packed_list_packs_all_but_the_tail(count: int, packed: int) -> None:
    kept = ShortTail(FOOTER, footer_lines()[:count])
    assert kept._packed_count() == packed
    assert len(kept._tail) == count - packed
    kept[:] = []
    assert len(kept) == 0
    assert not kept


# deletions that empty the tail, then reach the packed lines (by -1, by the last index, before them)
DELETIONS = [
    [-1, -1, -1],
    [-1, -1, 2],
    [-1, -1, 1],
    [-1, -1, 0],
    [-1, -1, -2],
    [4, 3, -1, -1],
    [-1, -1, -1, -1, -1],
]


@pytest.mark.parametrize("kind", ["boilerplate", "lines"])
@pytest.mark.parametrize("indexes", DELETIONS)
def test_tail_packed_list_deletes_into_the_packed_lines(kind: str, indexes: list[int]) -> None:
    kept, model = footer_list(kind, 5)
    lines = model[:]
    for index in indexes:
        del kept[index]
        del model[index]
        same_as_list(kept, model)
    kept.append(lines[-1])
    model.append(lines[-1])
    same_as_list(kept, model)


# a line inserted at the end packs only once the tail holds more than four lines
@pytest.mark.parametrize(("count", "packed", "tail"), [(0, 0, 1), (1, 0, 2), (2, 0, 3), (3, 0, 4), (4, 3, 2), (5, 3, 3), (7, 6, 2)])
def test_tail_packed_list_packs_after_an_insert(count: int, packed: int, tail: int) -> None:
    kept, _ = footer_list("boilerplate", count)
    kept.insert(len(kept), footer_lines()[-1])
    assert (kept._packed_count(), len(kept._tail)) == (packed, tail)


# an index out of range raises as a list's does and leaves every line in place (it emptied the list
# when the index fell before the tail: the lines were unpacked and never put back)
@pytest.mark.parametrize("kind", ["boilerplate", "lines"])
@pytest.mark.parametrize("empty_tail", [False, True])
@pytest.mark.parametrize("operation", ["del", "set"])
@pytest.mark.parametrize("index", [-10, -6, 3, 4, 5, 6, 9])
def test_tail_packed_list_index_out_of_range(kind: str, empty_tail: bool, operation: str, index: int) -> None:
    kept, model = footer_list(kind, 5)
    if empty_tail:  # the last two lines deleted one by one: the packed ones stay packed
        for _ in range(2):
            del kept[-1]
            del model[-1]
        assert (kept._packed_count(), len(kept._tail)) == (3, 0)
    if not -len(model) <= index < len(model):
        with pytest.raises(IndexError):
            if operation == "del":
                del kept[index]
            else:
                kept[index] = model[0]
    same_as_list(kept, model)
