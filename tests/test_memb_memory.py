"""Memory of many paragraphs (issue 7): the body's paragraphs packed as they are grouped, never all
objects at once; the person index reading their spans one at a time; a long text with nothing to
fold not copied by ``collapse``.  Each gives what the plain reading gives."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator, Sequence
from typing import Any

import attrs
import pytest

import newsparse
from newsparse import Boilerplate, Paragraph, Span, parse_article
from newsparse.article import ArticleParser
from newsparse.body import BodyParser
from newsparse.lines import COMPACT_LINES, Line, LineList, split_lines
from newsparse.quotes import QuoteParser
from newsparse.spans import COLLAPSE_PIECE, BoilerplateList, Paragraphs, Parts, TailPackedList, collapse

MANY = Parts.COMPACT_FROM + 50


def _paragraphs(text: str) -> list[Paragraph]:
    """One paragraph a line of *text*, built by hand."""
    found, start = [], 0
    for line in text.split("\n"):
        if line:
            found.append(Paragraph(line, Span(start, start + len(line))))
        start += len(line) + 1
    return found


def _short_lines(count: int) -> str:
    return "".join(f"Rain fell on day {i}\n" for i in range(count))


@pytest.mark.parametrize(
    ("count", "packed"),
    [
        (Parts.COMPACT_FROM - 1, False),  # fewer: a tuple, as before
        (Parts.COMPACT_FROM, True),
        (MANY, True),
    ],
)
def test_parts_of_packs_a_generator_as_it_would_a_tuple(count: int, packed: bool) -> None:
    text = _short_lines(count)
    made = _paragraphs(text)
    from_generator = Paragraphs.of(text, (p for p in made))
    from_tuple = Paragraphs.of(text, tuple(made))
    assert isinstance(from_generator, Paragraphs) is packed is isinstance(from_tuple, Paragraphs)
    assert from_generator == from_tuple == tuple(made)
    assert type(from_generator) is type(from_tuple)


def test_parts_of_holds_no_more_than_compact_from_parts_of_a_generator() -> None:
    text = _short_lines(3 * Parts.COMPACT_FROM)
    alive: weakref.WeakSet[Paragraph] = weakref.WeakSet()
    most = 0

    def made() -> Iterator[Paragraph]:
        nonlocal most
        for paragraph in _paragraphs_lazily(text):
            alive.add(paragraph)
            gc.collect(0)
            most = max(most, len(alive))
            yield paragraph

    held = tuple(made())  # the bad shape: every paragraph an object at once
    assert most == len(held) == 3 * Parts.COMPACT_FROM
    del held
    most = 0
    packed = Paragraphs.of(text, made())  # the good shape: packed once there are COMPACT_FROM
    assert isinstance(packed, Paragraphs) and len(packed) == 3 * Parts.COMPACT_FROM
    assert most <= Parts.COMPACT_FROM + 1


def _paragraphs_lazily(text: str) -> Iterator[Paragraph]:
    start = 0
    for line in text.split("\n"):
        if line:
            yield Paragraph(line, Span(start, start + len(line)))
        start += len(line) + 1


def test_parts_of_gives_back_a_packed_container_of_the_same_text() -> None:
    text = _short_lines(MANY)
    packed = Paragraphs.of(text, _paragraphs(text))
    assert Paragraphs.of(text, packed) is packed
    # another text (equal but not the same object) is read part by part
    other = "".join(text)
    assert Paragraphs.of(other, packed) == packed


@pytest.mark.parametrize(
    "text",
    [
        "Rain fell on day one.\nSnow fell on day two.\n",
        "  Rain fell on day one,\nand snow on day two.\n\n  Hail came on day three.\n",
        "",
    ],
)
def test_body_stream_gives_the_paragraphs_of_parse(text: str) -> None:
    lines = split_lines(text)
    body = BodyParser()
    assert tuple(body.stream(lines, page=lines)) == body.parse(lines, page=lines)


class _Recording(QuoteParser):
    """Records the class of the paragraphs the article parser hands over."""

    seen: list[type] = []

    def parse(self, text: str, paragraphs: Sequence[Paragraph], **kwargs: object) -> Sequence[object]:  # type: ignore[override]
        self.seen.append(type(paragraphs))
        return super().parse(text, paragraphs, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("count", "handed"),
    [
        (20, tuple),  # a short body: a tuple, as before
        (MANY, Paragraphs),  # a long one: packed before the quotes are read
    ],
)
def test_build_hands_the_quote_parser_packed_paragraphs_when_many(count: int, handed: type) -> None:
    text = "Flood warning\n\n" + "".join(f"Rain fell on day {i}.\n\n" for i in range(count))
    _Recording.seen = []
    article = ArticleParser(quotes=_Recording()).parse(text)
    assert _Recording.seen == [handed]
    assert len(article.paragraphs) == count
    assert article.paragraphs[-1].text == f"Rain fell on day {count - 1}."


@pytest.mark.parametrize("count", [20, MANY])
def test_a_dateline_comes_off_the_first_of_many_packed_paragraphs(count: int) -> None:
    first = "PARIS, March 3 (Reuters) - Rain fell on the city.\n\n"
    text = "Flood warning\n\n" + first + "".join(f"Rain fell on day {i}.\n\n" for i in range(count))
    article = parse_article(text)
    assert article.dateline is not None and article.dateline.text == "PARIS, March 3 (Reuters) -"
    start = text.index("Rain fell on the city.")
    assert article.paragraphs[0] == Paragraph("Rain fell on the city.", Span(start, start + 22))
    assert len(article.paragraphs) == count + 1
    assert isinstance(article.paragraphs, Paragraphs) is (count + 1 >= Parts.COMPACT_FROM)
    assert article.span_mismatches() == []


def test_many_paragraphs_read_as_their_tuple_would(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long body of short lines with a quote at its end: the paragraphs and the quote as the
    same body gives them when the paragraphs are a tuple throughout (never packed)."""
    text = "Flood warning\n\n" + _short_lines(MANY) + "“We will rebuild,” said Ana Ruiz, the mayor.\n"
    packed = parse_article(text)
    monkeypatch.setattr(Paragraphs, "of", classmethod(lambda cls, text, parts: tuple(parts)))
    whole = parse_article(text)
    assert isinstance(packed.paragraphs, Paragraphs) and isinstance(whole.paragraphs, tuple)
    assert packed.to_dict() == whole.to_dict()
    assert [q.speaker.name for q in packed.quotes if q.speaker] == ["Ana Ruiz"]


LONG = COLLAPSE_PIECE + 10
COLLAPSE = [
    # (a long text, whether collapse gives it back as it is)
    ("Rain fell. " * (LONG // 11) + "End", True),
    (" Rain fell." * (LONG // 11), False),  # a space first
    ("Rain fell. " * (LONG // 11), False),  # a space last
    ("Rain  fell." * (LONG // 11), False),  # two spaces
    ("Rain\x1ffell." * (LONG // 10), False),  # a separator str.isspace calls whitespace
    ("Rain\u00a0fell." * (LONG // 10), False),  # a no-break space
    ("Rain\nfell." * (LONG // 10), False),
]


@pytest.mark.parametrize(("text", "same"), COLLAPSE)
def test_collapse_gives_a_long_text_with_nothing_to_fold_back_uncopied(text: str, same: bool) -> None:
    assert len(text) > COLLAPSE_PIECE
    folded = collapse(text)
    assert folded == " ".join(text.split())
    assert (folded is text) is same


def _line_items(count: int) -> tuple[str, list[Line]]:
    text = "".join(f"Rain fell on day {i}.\n" for i in range(count))
    return text, list(split_lines(text))


def _boilerplate_items(count: int) -> tuple[str, list[Boilerplate]]:
    text, lines = _line_items(count)
    return text, [Boilerplate(line.text, "other", line.span) for line in lines]


def _edits(items: list[Any]) -> list[tuple[str, Any, Any]]:
    """The same edits for a plain list and a packing one: in the tail, before it, at both ends."""
    return [
        ("set", -1, items[0]),  # the last item: in the tail
        ("set", 3, items[1]),  # a packed item: unpacked and packed again
        ("del", -2, None),
        ("del", 5, None),
        ("insert", 0, items[2]),
        ("insert", 10_000, items[3]),  # past the end: appended
        ("del", slice(7, 9), None),
        ("set", slice(0, 2), [items[4]]),
        ("pop", None, None),
    ]


@pytest.mark.parametrize("make", [_line_items, _boilerplate_items])
def test_a_tail_packed_list_changes_as_a_plain_list_does(make: Any) -> None:
    count = COMPACT_LINES + 3 * TailPackedList.TAIL
    text, items = make(count)
    packing: TailPackedList[Any] = LineList(text, items) if make is _line_items else BoilerplateList(text, items)
    plain = list(items)
    assert isinstance(packing, TailPackedList) and packing._packed_count() > count - 2 * TailPackedList.TAIL
    for what, where, value in _edits(items):
        for target in (plain, packing):
            if what == "set":
                target[where] = value
            elif what == "del":
                del target[where]
            elif what == "insert":
                target.insert(where, value)
            else:
                target.pop()
        assert packing == plain, (what, where)
    assert packing[-3:] == plain[-3:] and packing[2:6] == plain[2:6] and list(packing) == plain
    assert packing._packed_count() > 0  # packed again after the edits that unpacked it


class _Tens(TailPackedList[int]):
    """The extension point: a packing list of small numbers kept in a bytes array."""

    TAIL = 2

    def __init__(self) -> None:
        super().__init__()
        self.store = bytearray()

    def _packed_count(self) -> int:
        return len(self.store)

    def _packed_item(self, index: int) -> int:
        return self.store[index]

    def _pack_item(self, item: int) -> None:
        self.store.append(item)

    def _clear_packed(self) -> None:
        self.store = bytearray()


def test_a_subclass_gives_only_its_storage() -> None:
    numbers = _Tens()
    numbers.extend(range(10))
    assert numbers.store == bytearray(range(6)) and numbers._tail == [6, 7, 8, 9]  # packed past twice TAIL
    del numbers[-1]  # the tail
    del numbers[0]  # packed, and its storage drops nothing in place: unpacked and packed again
    assert numbers == [1, 2, 3, 4, 5, 6, 7, 8] and len(numbers) == 8
    assert numbers.store == bytearray(range(1, 7))


@pytest.mark.parametrize(
    ("code", "loaded"),
    [
        # (what a process runs, whether the modules only a pool or a page needs are loaded)
        ("import newsparse; newsparse.parse_article('Rain ends drought\\n\\nIt rained, Ana Ruiz said.')", False),
        ("import newsparse; newsparse.parse_article('Rain ends drought').to_html()", True),
    ],
)
def test_parsing_loads_neither_the_pool_nor_the_entity_table(code: str, loaded: bool) -> None:
    """``concurrent.futures`` (with ``logging``) and ``html`` (with its HTML5 entity table) cost
    about 1.8 MB of a process that only parses; they are imported where a pool is made or a page
    rendered."""
    import subprocess
    import sys

    shown = "import sys; print(sorted(m for m in ('concurrent.futures', 'html', 'html.entities') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", f"{code}; {shown}"], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ("['html', 'html.entities']" if loaded else "[]")


class _UpperBody(newsparse.BodyParser):
    """A subclass written against 0.1's hook: it overrides ``parse`` only."""

    def parse(self, lines, *, page=None):  # type: ignore[no-untyped-def]
        return tuple(attrs.evolve(p, text=p.text.upper()) for p in super().parse(lines, page=page))


class _FirstBody(newsparse.BodyParser):
    """A subclass that overrides ``stream``: only the first paragraph."""

    def stream(self, lines, *, page=None):  # type: ignore[no-untyped-def]
        return iter(tuple(super().stream(lines, page=page))[:1])


def test_a_subclass_overriding_parse_or_stream_is_read_by_build() -> None:
    text = (
        "Ferry fares rise\n\nBy Ola Berg\n\nThe ferry company raised fares on Monday.\n\n"
        "Passengers said the rise was steep.\n"
    )
    upper = newsparse.ArticleParser(body=_UpperBody()).parse(text)
    assert [p.text for p in upper.paragraphs] == [
        "THE FERRY COMPANY RAISED FARES ON MONDAY.",
        "PASSENGERS SAID THE RISE WAS STEEP.",
    ]
    first = newsparse.ArticleParser(body=_FirstBody()).parse(text)
    assert [p.text for p in first.paragraphs] == ["The ferry company raised fares on Monday."]
    plain = newsparse.parse_article(text)
    assert [p.text for p in plain.paragraphs] == [
        "The ferry company raised fares on Monday.",
        "Passengers said the rise was steep.",
    ]
