"""newsparse supports Python 3.10 (``requires-python``), whose standard ``re`` has no possessive
quantifiers and no atomic groups (both came in 3.11): a pattern of the standard library's ``re``
in the source must do without them (``regex`` has both on every version).  A pattern with
``++`` once made ``import newsparse`` fail on 3.10."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import newsparse

#: A possessive quantifier (``++``, ``*+``, ``?+``, ``}+``) or an atomic group, not escaped.
NEWER_SYNTAX = re.compile(r"(?<!\\)(?:[+*?}]\+|\(\?>)")


def stdlib_patterns() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for module_info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        if module_info.name.endswith("__main__"):
            continue  # (importing it runs the command)
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.append((f"{module_info.name}.{name}", value.pattern))
    return found


def test_the_source_has_standard_library_patterns_to_check() -> None:
    assert any(name == "newsparse.lines._CONTENT" for name, _ in stdlib_patterns())


@pytest.mark.parametrize(("name", "pattern"), stdlib_patterns())
def test_standard_library_pattern_needs_no_python_311_syntax(name: str, pattern: str) -> None:
    assert not NEWER_SYNTAX.search(pattern), f"{name} uses syntax Python 3.10's re lacks: {pattern!r}"


@pytest.mark.parametrize(("pattern", "newer"), [(r"[^\n]++", True), (r"a*+b", True), (r"(?>ab)", True), (r"\++", False), (r"[^\n]+", False), (r"a{2}+", True)])
def test_the_check_sees_newer_syntax(pattern: str, newer: bool) -> None:
    assert bool(NEWER_SYNTAX.search(pattern)) == newer
