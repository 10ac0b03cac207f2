"""spd56 (stop 49, issue 7): a boilerplate kind's line and prose patterns share the alternatives
they hold alike (``newsparse.sharing.LazyAlternation``), with every answer as before."""

from __future__ import annotations

import pickle

import pytest
import regex

from newsparse import ArticleParser, BoilerplateParser
from newsparse.sharing import LazyAlternation, LazyPattern

_BY = r"by\s++(?-i:\p{Lu})\p{L}++"
_ENDS = r"ends|end\s++item"
_TEXT = r"(?:follow|read)\s++(?:us|more)\b.{0,40}"


def _alternation(*found: str) -> str:
    return "|".join(f"(?:{p})" for p in found)


_LINE = LazyAlternation(
    _alternation(_BY, _ENDS), regex.IGNORECASE,
    (LazyPattern(_alternation(_BY), regex.IGNORECASE), LazyPattern(_alternation(_ENDS), regex.IGNORECASE)),
)


@pytest.mark.parametrize(
    "text",
    [
        "By Ana", "by Tomas", "ENDS", "end item", "End  Item",  # (each part's own alternatives)
        "by ana", "By Ana Ruiz", "ends here", "the end", "", "Byline",  # (none: the whole pattern fails too)
    ],
)
def test_an_alternation_matches_whole_exactly_when_its_source_does(text: str) -> None:
    whole = regex.compile(_LINE.pattern, regex.IGNORECASE).fullmatch(text)
    found = _LINE.fullmatch(text)
    assert (found is None) == (whole is None)
    if found is not None:
        assert found.span() == whole.span()  # type: ignore[union-attr]


def test_an_alternation_reads_as_its_whole_source_but_for_fullmatch() -> None:
    text = "Story ends; by Ana"
    assert _LINE.search(text).group() == "ends"  # type: ignore[union-attr]
    assert [m.group() for m in _LINE.finditer(text)] == ["ends", "by Ana"]
    assert _LINE.fullmatch("by Ana", 0, 3) is None and _LINE.fullmatch("xx ends", 3) is not None
    copy = pickle.loads(pickle.dumps(_LINE))
    assert copy == _LINE and isinstance(copy, LazyAlternation)
    assert [part.pattern for part in copy.parts] == [part.pattern for part in _LINE.parts]


class _Sharing(BoilerplateParser):
    PATTERNS = {"promo": (_BY, _ENDS)}
    PROSE_PATTERNS = {"promo": (_TEXT, _BY)}
    LINE_KEYS = {"promo": None}
    PROSE_KEYS = {"promo": None}
    LINE_PATTERN_FIRST = frozenset()
    PROSE_PATTERN_FIRST = frozenset()


def _row(rows: tuple[tuple[object, ...], ...], kind: str) -> LazyPattern:
    pattern = next(row[1] for row in rows if row[0] == kind)
    assert isinstance(pattern, LazyPattern)
    return pattern


def test_a_kind_holds_the_alternatives_its_line_and_prose_patterns_share_once() -> None:
    parser = _Sharing()
    line, prose = _row(parser._line_patterns, "promo"), _row(parser._prose_patterns, "promo")
    assert isinstance(line, LazyAlternation) and isinstance(prose, LazyAlternation)
    assert line.parts[0] is prose.parts[0] and line.parts[0].pattern == _alternation(_BY)
    assert [p.pattern for p in line.parts[1:]] == [_alternation(_ENDS)]
    assert [p.pattern for p in prose.parts[1:]] == [_alternation(_TEXT)]
    assert line.pattern == _alternation(_BY, _ENDS) and prose.pattern == _alternation(_TEXT, _BY)  # (sources kept)
    assert line.fullmatch("ENDS") is not None and prose.fullmatch("ENDS") is None
    assert line._parts_compiled[0] is prose._parts_compiled[0]  # type: ignore[index]  # (compiled once)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("By Ana", "promo"), ("ENDS", "promo"), ("Rain fell on Tuesday", None),
        ("Read more about the storm", None),  # (a prose alternative is not a line's)
    ],
)
def test_a_kind_with_shared_alternatives_answers_lines_as_before(line: str, kind: str | None) -> None:
    assert _Sharing().line_kind(line) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [("By Ana", "promo"), ("Read more about the storm", "promo"), ("ENDS", None), ("The rain fell hard.", None)],
)
def test_a_kind_with_shared_alternatives_answers_prose_as_before(text: str, kind: str | None) -> None:
    assert _Sharing().prose_kind(text) == kind


def test_kinds_whose_line_and_prose_patterns_are_alike_or_share_nothing_stay_single_patterns() -> None:
    parser = BoilerplateParser()
    lines = {row[0]: row[1] for row in parser._line_patterns}
    prose = {row[0]: row[1] for row in parser._prose_patterns}
    for kind, pattern in lines.items():
        other = prose.get(kind)
        if other is None or other.pattern == pattern.pattern:
            assert not isinstance(pattern, LazyAlternation)  # (a single pattern: mem60 compiles it with its blanks called)
    assert isinstance(lines["sign-off"], LazyAlternation)  # (its wire credits are read on lines and in prose)
    assert lines["sign-off"].parts[0] is prose["sign-off"].parts[0]  # type: ignore[attr-defined]


def test_a_new_parser_shares_the_joined_runs_after_the_regex_cache_dropped_them() -> None:
    # (a run of kinds is joined in one pattern: held as a compiled pattern, equal to none but
    # itself, a new parser's steps were its own once the regex module's cache had dropped it, and
    # with them its rows' alternations: after other languages' parsers filled the cache)
    first = ArticleParser()
    regex.purge()
    second = ArticleParser()
    assert second.boilerplate._line_steps is first.boilerplate._line_steps
    assert second.boilerplate.line_kind("Share this article") == "share"
