"""``vocabulary.KEEP_GIL``: the hot paths pass ``concurrent=False`` to the ``regex`` module's pattern
methods, by position, so that a short match keeps the GIL (the module's default gives it up and
takes it back around every match of a ``str``: measured under cachegrind, about 1,200 instructions
of a short match's 5,500).  The argument's place differs by method, and a wrong place changes
another argument silently (``finditer``'s fourth is ``overlapped``), so each call that passes it is
checked where it stands, and the same call is shown to give what the default gives.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest
import regex

import newsparse
from newsparse.vocabulary import KEEP_GIL

#: Where ``concurrent`` stands among the positional arguments of each pattern method.
CONCURRENT_AT = {"match": 3, "search": 3, "fullmatch": 3, "finditer": 4, "findall": 4, "sub": 5, "subn": 5, "split": 2}

SOURCE = Path(newsparse.__file__).parent


@functools.cache
def calls_keeping_gil() -> list[tuple[str, int, str, int]]:
    """``(file, line, method, place)`` of each call that passes ``KEEP_GIL``."""
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            for place, arg in enumerate(node.args):
                if isinstance(arg, ast.Name) and arg.id == "KEEP_GIL":
                    found.append((path.name, node.lineno, node.func.attr, place))
    return found


def test_the_hot_paths_keep_the_gil() -> None:
    assert KEEP_GIL is False
    assert len(calls_keeping_gil()) >= 250  # (every call run 150 times or more over 600 articles of four corpora)


#: The least number of calls keeping the GIL in each module with busy patterns: the layout code's
#: (stamps, captions, bylines, datelines, boilerplate) as well as the quote rules'.
AT_LEAST = {
    "timestamp.py": 50, "byline.py": 30, "caption.py": 20, "dateline.py": 5, "boilerplate.py": 4, "article.py": 5,
    "section.py": 5, "headline.py": 1, "lines.py": 1, "vocabulary.py": 2, "people.py": 15,
    "reported.py": 40, "grammar.py": 30, "direct.py": 15, "segmentation.py": 7, "resolution.py": 6, "parser.py": 3,
}


@pytest.mark.parametrize(("name", "least"), sorted(AT_LEAST.items()))
def test_each_busy_module_keeps_the_gil(name: str, least: int) -> None:
    found = [call for call in calls_keeping_gil() if call[0] == name]
    assert len(found) >= least, f"{name}: {len(found)} calls keep the GIL"


@pytest.mark.parametrize(("name", "line", "method", "place"), calls_keeping_gil())
def test_keep_gil_stands_where_concurrent_does(name: str, line: int, method: str, place: int) -> None:
    assert method in CONCURRENT_AT, f"{name}:{line}: {method} is no pattern method taking concurrent"
    assert place == CONCURRENT_AT[method], f"{name}:{line}: KEEP_GIL is argument {place} of {method}"


WORD = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.\-]*+")
TEXT = "The mayor's aide, Ana Ortiz, said on Monday: \u201cWe’ll reopen the U.S. bridge.\u201d"


def test_keeping_the_gil_finds_what_the_default_finds() -> None:
    assert [m.span() for m in WORD.finditer(TEXT, 4, 40, False, KEEP_GIL)] == [m.span() for m in WORD.finditer(TEXT, 4, 40)]
    assert WORD.findall(TEXT, 0, None, False, KEEP_GIL) == WORD.findall(TEXT)
    assert WORD.findall(TEXT, 0, None, False, KEEP_GIL)[:3] == ["The", "mayor's", "aide"]
    found = WORD.match(TEXT, 18, None, KEEP_GIL)
    assert found is not None and found.group() == "Ana"
    assert WORD.sub("w", TEXT, 0, None, None, KEEP_GIL) == WORD.sub("w", TEXT)
    assert WORD.split(TEXT, 2, KEEP_GIL) == WORD.split(TEXT, maxsplit=2)
    assert WORD.split(TEXT, 2, KEEP_GIL)[-1].startswith(" aide, Ana Ortiz")
    assert WORD.fullmatch(TEXT, 18, 21, KEEP_GIL) is not None and WORD.fullmatch(TEXT, 18, 22, KEEP_GIL) is None
    found_first = WORD.search(TEXT, 0, None, KEEP_GIL)
    assert found_first is not None and found_first.span() == (0, 3)
