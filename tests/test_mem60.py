"""mem60: the boilerplate patterns are compiled with each run of blanks between a phrase's words
(``\\s++``) a call of one group defined once at the pattern's end, which matches alike and takes
about a third of the memory; every reading stays what it was."""

from __future__ import annotations

import pytest
import regex

from newsparse import BoilerplateParser, parse_article
from newsparse.boilerplate import _BLANKS_CALL, _blanks_called
from newsparse.sharing import LazyAlternation, LazyPattern

DEFINED = r"(?(DEFINE)(?P<_blanks>\s++))"
_PARSER = BoilerplateParser()


@pytest.mark.parametrize(
    ("source", "flags", "called"),
    [
        # each run of blanks a call, the group defined once at the end (after the last alternative)
        (r"can\s++be\s++reached|ends", 0, rf"can{_BLANKS_CALL}be{_BLANKS_CALL}reached|ends{DEFINED}"),
        ("(?x:views\\s++expressed # a note\n)", regex.IGNORECASE, f"(?x:views{_BLANKS_CALL}expressed # a note\n){DEFINED}"),
        (r"(?-i:\p{Lu})\s++at\s++", regex.IGNORECASE, rf"(?-i:\p{{Lu}}){_BLANKS_CALL}at{_BLANKS_CALL}{DEFINED}"),
        # a "]" first in a class is a member: the class ends at the next one
        (r"[]\s++]\s++x", 0, rf"[]\s++]{_BLANKS_CALL}x{DEFINED}"),
        # not a run of blanks: in a class, after an escaped backslash, another repeat of blanks
        (r"[\s++a]", 0, r"[\s++a]"),
        (r"[^\s++]{2}", 0, r"[^\s++]{2}"),
        (r"[[:alpha:]\s++]", 0, r"[[:alpha:]\s++]"),
        (r"\\s++", 0, r"\\s++"),
        (r"a\s+b\s*+c", 0, r"a\s+b\s*+c"),
        # left alone: verbose or version 1 for the whole pattern, ASCII or locale anywhere, the group's name taken
        (r"(?x)a\s++b", 0, r"(?x)a\s++b"),
        (r"a\s++b", regex.VERBOSE, r"a\s++b"),
        (r"(?V1)a\s++b", 0, r"(?V1)a\s++b"),
        (r"(?a:a\s++b)", 0, r"(?a:a\s++b)"),
        (r"a\s++b", regex.ASCII, r"a\s++b"),
        (r"(?P<_blanks>x)\s++y", 0, r"(?P<_blanks>x)\s++y"),
    ],
)
def test_runs_of_blanks_are_called_outside_classes(source: str, flags: int, called: str) -> None:
    assert _blanks_called(source, flags) == called
    if called != source:  # (one group more, which captures nothing; the same matches)
        before, after = regex.compile(source, flags), regex.compile(called, flags)
        assert after.groups == before.groups + 1


@pytest.mark.parametrize(
    ("pattern", "text", "span"),
    [
        (r"can\s++be\s++reached\s++at\s++\S++", "can  be\treached at\u00a0jroe@example.com", (0, 35)),
        (r"(?P<who>\p{Lu}\p{Ll}++)\s++contributed", "Ana \t contributed", (0, 17)),
        (r"can\s++be\s++reached", "canbe reached", None),
        (r"can\s++be\s++reached", "can be  reached ", None),
    ],
)
def test_a_called_pattern_matches_as_its_source(pattern: str, text: str, span: tuple[int, int] | None) -> None:
    before = regex.compile(pattern, regex.IGNORECASE)
    after = regex.compile(_blanks_called(pattern, regex.IGNORECASE), regex.IGNORECASE)
    found, again = before.fullmatch(text), after.fullmatch(text)
    assert (found and found.span()) == (again and again.span()) == span
    if found is not None and again is not None:
        assert found.groupdict() == {name: value for name, value in again.groupdict().items() if name != "_blanks"}
        assert again.group("_blanks") is None  # (a called group captures nothing)


@pytest.mark.parametrize(
    ("text", "prose", "kind"),
    [
        # lines whose phrases are split by runs of blanks of any kind: the kind they always were
        ("Reporting by Jane Roe;  Editing by\tTom Poe", False, "sign-off"),
        ("Associated\u00a0Press  writer Jane Roe contributed to this report.", True, "sign-off"),
        ("Jane Roe can  be reached at jroe@example.com.", True, "sign-off"),
        ("The views  expressed in this article are the author\u2019s own.", True, "disclaimer"),
        ("Share\u00a0this\u00a0article", False, "share"),
        ("Related  stories", False, "related"),
        ("Copyright 2026 Acme Media.  All rights\treserved.", True, "copyright"),
        ("This content is not available due to your  privacy preferences", False, "navigation"),
        # the nearest story lines: none
        ("Reporting by the council was delayed until spring, officials said.", True, None),
        ("Associated Press writers were barred from the hearing on Tuesday.", True, None),
        ("The views of residents were expressed at a meeting on Monday.", True, None),
        ("Share prices fell 3 percent on Tuesday.", False, None),
        ("Jane Roe could not be reached for comment.", True, None),
    ],
)
def test_boilerplate_lines_read_as_before(text: str, prose: bool, kind: str | None) -> None:
    parser = _PARSER
    assert (parser.prose_kind(text) if prose else parser.line_kind(text)) == kind
    assert parser.kind(text) == kind


def test_the_kinds_and_runs_are_compiled_with_calls() -> None:
    parser = BoilerplateParser()
    sign_off = next(row[1] for row in parser._line_patterns if row[0] == "sign-off")
    assert isinstance(sign_off, LazyAlternation)
    assert r"\s++" in sign_off.parts[0].pattern  # (the source is kept as written)
    assert sign_off.fullmatch("Reporting by Jane Roe") is not None
    assert _BLANKS_CALL in sign_off._parts_compiled[0].pattern  # type: ignore[index]
    # (speedL62 took `share` out of the pattern-first run it shared with `related`: the joined run
    # is `advertisement` with `navigation` now)
    run, members = next(step for step in parser._line_steps if step[1][0][0] == "advertisement")
    assert run is not None and _BLANKS_CALL in run.compiled.pattern
    assert [row[0] for row in members][:2] == ["advertisement", "navigation"]
    found = run.fullmatch("Skip to main content")
    assert found is not None and found.lastgroup == "_m1"  # (the member that matched, not the called group)


class _DeskNotes(BoilerplateParser):
    # a user's own phrase, written with runs of blanks as the built-in ones are
    PATTERNS = {
        **BoilerplateParser.PATTERNS,
        "sign-off": (*BoilerplateParser.PATTERNS["sign-off"], r"(?x:filed\s++by\s++the\s++(?:night|day)\s++desk\.?+)"),
    }


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Filed by the  night desk.", "sign-off"),
        ("Filed\tby the day desk", "sign-off"),
        ("Reporting by Jane Roe", "sign-off"),
        ("Filed by the desk", None),
        ("Filed by the night desk and the day desk", None),
    ],
)
def test_a_subclass_phrase_with_blanks_is_read(line: str, kind: str | None) -> None:
    assert _DeskNotes().line_kind(line) == kind


def test_a_lazy_pattern_compiles_its_source() -> None:
    pattern = LazyPattern(r"said\s++(?P<who>\w++)")
    assert pattern.source() == pattern.pattern
    assert pattern.search("she said Ana").group("who") == "Ana"  # type: ignore[union-attr]


def test_an_article_files_its_sign_off_as_before() -> None:
    text = (
        "Council backs new flood defences\n\n"
        "The works are to start in the spring, officials said.\n\n"
        "Reporting by Jane  Roe; Editing by Tom\tPoe"
    )
    article = parse_article(text)
    assert [(part.kind, part.text) for part in article.boilerplate] == [
        ("sign-off", "Reporting by Jane  Roe; Editing by Tom\tPoe")
    ]
    assert [p.text for p in article.paragraphs] == ["The works are to start in the spring, officials said."]
