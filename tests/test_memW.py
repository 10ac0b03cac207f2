"""Memory of the last hostile shapes over 200 MB (issue 7): boilerplate lines filed backwards put
in order in place, not copied; the body's lines popped into the boilerplate giving back their
room; a long paragraph's sentence subjects packed.  Each gives what the plain reading gives."""

from __future__ import annotations

import sys
from array import array

import attrs
import pytest

from newsparse import Boilerplate, Span, parse_article
from newsparse.lines import COMPACT_LINES, LineList, split_lines
from newsparse.quotes.model import NO_FORMS, Mention, ParagraphMemo, Subject, Subjects
from newsparse.spans import SHED_EVERY, BoilerplateLines, BoilerplateList, shed_room


def _link_lines(count: int) -> str:
    """A story, then *count* short link lines between blank lines (a page's menu)."""
    story = "Ferries resume\n\nATHENS - Ferries sailed again on Monday after a strike ended, officials said.\n\n"
    return story + "".join(f"Menu {i}\n\n" for i in range(count))


def _boilerplate(text: str, words: list[str]) -> list[Boilerplate]:
    """One boilerplate line per word of *words*, each at its first place in *text* after the last."""
    found, at = [], 0
    for word in words:
        start = text.index(word, at)
        found.append(Boilerplate(word, "other", Span(start, start + len(word))))
        at = start + len(word)
    return found


@pytest.mark.parametrize(
    ("order", "kept_whole"),
    [
        ("backwards", False),  # the body's link lines, popped off its end one by one
        ("header then backwards", False),  # the header's lines in order, then the footer read back
        ("backwards", True),  # a line that is not its slice of the input kept whole, and moved with its index
    ],
)
def test_freeze_puts_lines_in_input_order_in_place(order: str, kept_whole: bool) -> None:
    count = BoilerplateLines.COMPACT_FROM + 40
    text = "".join(f"Link {i:05d}\n" for i in range(count))
    lines = _boilerplate(text, [f"Link {i:05d}" for i in range(count)])
    if kept_whole:
        lines[7] = attrs.evolve(lines[7], text="Link seven")
    filed = lines[::-1] if order == "backwards" else lines[:5] + lines[5:][::-1]
    listed = BoilerplateList(text, filed)
    packed = listed._packed
    frozen = listed.freeze()
    assert frozen is packed  # (its own arrays put in order, no copy)
    assert list(frozen) == lines
    assert frozen == tuple(sorted(filed, key=lambda b: (b.span.start, b.span.end)))
    assert len(listed) == 0


def test_freeze_of_lines_in_order_keeps_them() -> None:
    count = BoilerplateLines.COMPACT_FROM + 10
    text = "".join(f"Link {i:05d}\n" for i in range(count))
    lines = _boilerplate(text, [f"Link {i:05d}" for i in range(count)])
    frozen = BoilerplateList(text, lines).freeze()
    assert list(frozen) == lines


def test_reordered_quotes_move_every_column() -> None:
    text = "".join(f"Link {i:05d}\n" for i in range(30))
    lines = BoilerplateLines(text, _boilerplate(text, [f"Link {i:05d}" for i in range(30)]))
    expected = [lines[i] for i in range(29, -1, -1)]
    assert list(lines._reordered(array("I", range(29, -1, -1)))) == expected


def test_shed_room_gives_back_the_room_of_popped_items() -> None:
    column = array("I", range(100_000))
    for _ in range(90_000):
        column.pop()
    before = sys.getsizeof(column)
    shed_room(column)
    assert list(column) == list(range(10_000))
    assert sys.getsizeof(column) < before // 4
    kept = sys.getsizeof(column)
    shed_room(column)  # (room already given back: nothing changes)
    assert sys.getsizeof(column) == kept


def test_line_list_popped_to_a_few_lines_gives_back_its_room() -> None:
    text = "".join(f"Rain fell on day {i}.\n" for i in range(COMPACT_LINES * 20))
    body = LineList(text, split_lines(text))
    full = sys.getsizeof(body._starts)
    popped = [body.pop() for _ in range(len(body) - 3 * SHED_EVERY)]
    assert sys.getsizeof(body._starts) < full // 4
    assert [line.text for line in body[:2]] == ["Rain fell on day 0.", "Rain fell on day 1."]
    assert popped[-1].text == f"Rain fell on day {3 * SHED_EVERY}."
    assert body[-1].text == f"Rain fell on day {3 * SHED_EVERY - 1}."


def test_link_lines_under_a_story_come_back_in_order() -> None:
    count = 2 * COMPACT_LINES
    article = parse_article(_link_lines(count))
    menu = [b.text for b in article.boilerplate if b.text.startswith("Menu")]
    assert menu == [f"Menu {i}" for i in range(count)]
    assert [p.text for p in article.paragraphs] == ["Ferries sailed again on Monday after a strike ended, officials said."]
    assert article.dateline is not None and article.dateline.text.startswith("ATHENS")


class _TwoWhole(Subjects):
    WHOLE = 2


_PARAGRAPH = "Her deputy, Will Hurd, disagreed. The judge asked him to sit. It rained. A spokesman left.  Tom  Berg stayed."


def _subject(words: str, **fields: object) -> Subject:
    start = _PARAGRAPH.index(words)
    return Subject(Mention(words, start, start + len(words)), **fields)  # type: ignore[arg-type]


_ROWS: list[Subject | None] = [
    _subject("Will Hurd", person=True, gender="he", possessor=frozenset({"she"})),
    _subject("The judge", person=True, acts_on=frozenset({"he"})),
    None,  # (a sentence with no subject)
    _subject("A spokesman", person=True),
    Subject(Mention("Tom Berg", _PARAGRAPH.index("Tom"), _PARAGRAPH.index("Tom") + 9), True),  # (its text folded: kept whole)
    _subject("A spokesman", person=True),  # (the same record as the fourth: one entry of the table)
]


@pytest.mark.parametrize("kind", [Subjects, _TwoWhole])
def test_subjects_give_back_what_they_were_given(kind: type[Subjects]) -> None:
    subjects = kind(_PARAGRAPH)
    for subject in _ROWS:
        subjects.append(subject)
    assert len(subjects) == len(_ROWS)
    assert list(subjects) == _ROWS
    assert subjects[-1] == _ROWS[-1] and subjects[1:3] == _ROWS[1:3]
    assert subjects[3].acts_on is NO_FORMS  # type: ignore[union-attr]  # (the shared empty set, not a copy)
    with pytest.raises(IndexError):
        subjects[len(_ROWS)]


@pytest.mark.parametrize("index", [0, 3, 4, -1])
def test_subjects_replace_one_in_place(index: int) -> None:
    subjects = _TwoWhole(_PARAGRAPH)
    for subject in _ROWS:
        subjects.append(subject)
    wider = attrs.evolve(_ROWS[1], owns=frozenset({"she"}))  # type: ignore[misc]
    subjects[index] = wider
    expected = list(_ROWS)
    expected[index] = wider
    assert list(subjects) == expected
    subjects[index] = None
    expected[index] = None
    assert list(subjects) == expected


def test_packed_subjects_share_their_records() -> None:
    subjects = _TwoWhole(_PARAGRAPH)
    for _ in range(50):
        subjects.append(_ROWS[0])
        subjects.append(_ROWS[3])
    assert len(subjects._table) == 3  # (None, and the two records)
    assert subjects[99] == _ROWS[3] and subjects[98] == _ROWS[0]


def test_memo_subjects_are_packed_for_the_memo_paragraph() -> None:
    memo = ParagraphMemo(0, _PARAGRAPH, (0,), ())
    assert isinstance(memo.subjects, Subjects) and memo.subjects._text is _PARAGRAPH
    assert memo.last_person.typecode == "q"


def test_pronouns_after_many_subjects_resolve_as_before() -> None:
    unit = "“It is over,” Ana Ruiz said. Her deputy, Tom Berg, disagreed. “It is not,” he said. "
    count = Subjects.WHOLE // 2 + 20  # (past the sentences kept whole)
    article = parse_article("Vote ends\n\n" + unit * count)
    speakers = [q.speaker.name if q.speaker else None for q in article.quotes]
    assert speakers == ["Ana Ruiz", "Tom Berg"] * count
