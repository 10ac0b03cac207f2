"""``BylineParser.names_place`` on lines that read as names, from the survivors of the third
mutation run of ``byline.py`` (docs/testing.md, "Mutation testing"): a line whose last word is an
abstract noun (:attr:`BylineParser.NOUN_SUFFIXES`) is a heading, whatever comes before it."""

from __future__ import annotations

import pytest

from newsparse import BylineParser


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Space Exploration", True),
        ("National Space Exploration", True),
        ("NATIONAL SPACE EXPLORATION", True),
        ("Exploration Space Agency", False),
        ("Ana Clement", False),
        ("Ana Maria Lima", False),
    ],
)
def test_names_place(text: str, expected: bool) -> None:
    assert BylineParser().names_place(text) is expected
