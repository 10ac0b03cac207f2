"""Memory of the import (issue 7): what building the default parser leaves behind.  Each check runs
``import newsparse`` in a fresh interpreter, so that no earlier import or collection hides it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"


def _run(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return done.stdout.strip()


def test_the_import_leaves_no_cyclic_garbage() -> None:
    # the regex compiler's parse trees are cycles: the import collects them once, so a collection
    # right after it finds nothing left to free (before, it found the trees of the last patterns)
    assert _run("import gc, newsparse; print(gc.collect())") == "0"



# --- the large alternations written once in a pattern ----------------------------------------------

from newsparse import BylineParser, DatelineParser, Span, Vocabulary  # noqa: E402


class _WireVocabulary(Vocabulary):
    AGENCIES = (*Vocabulary.AGENCIES, "Nordic Wire Service")


def test_a_dateline_pattern_holds_the_agencies_and_months_at_most_once_each() -> None:
    # (each was copied where it stood, up to five times in one pattern, and the lookbehind's copy is
    # the one kept inline: a called group read backwards compiles larger than the copy)
    parser = DatelineParser()
    vocabulary = parser.vocabulary
    for name in ("_caps", "_stamp_place", "_titled", "_titled_dated", "_agency_only", "_alone", "_unbracketed"):
        source = getattr(parser, name).pattern
        assert source.count(vocabulary.month_pattern) <= 1, name
        assert source.count(vocabulary.agency_pattern) <= (2 if name == "_caps" else 1), name


def test_the_leading_names_pattern_holds_the_stop_words_once() -> None:
    parser = BylineParser()
    # (mem60: each name with its credentials is itself a defined group, called for the first name and the next ones)
    assert parser._leading.pattern.count("(?&_barred)") == 2
    assert parser._leading.pattern.count("(?P<_barred>") == 1
    assert parser._leading.pattern.count("(?P<_named>") == 1


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("OSLO, March 3 (Nordic Wire Service) - The", "OSLO", "Nordic Wire Service"),  # the subclass's agency
        ("Oslo, March 3 (Nordic Wire Service) - The", "Oslo", "Nordic Wire Service"),
        ("OSLO (Reuters) - The", "OSLO", "Reuters"),  # the class's own still there
        ("Oslo, March 3 (Reuters) - The", "Oslo", "Reuters"),  # a month is no region of the place
        ("Bergen, Hordaland (Reuters) - The", "Bergen, Hordaland", "Reuters"),  # a region is
    ],
)
def test_a_vocabulary_subclass_sees_its_own_agencies_in_the_called_group(
    line: str, place: str | None, agency: str | None
) -> None:
    dateline = DatelineParser(_WireVocabulary()).parse(line, Span(0, len(line)))
    got = (dateline.place, dateline.agency) if dateline is not None else (None, None)
    assert got == (place, agency)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Tess Bonn - 11/19/19 06:56 AM", ("Tess Bonn",)),
        ("Chris Pokorny and Ana de la Fuente Nov 18", ("Chris Pokorny", "Ana de la Fuente")),
        ("Monday Smith went home", ()),  # a weekday opens no name
        ("Mondays Smith went home", ("Mondays Smith",)),  # a word that only opens with one may
        ("Amy Clarke Health Correspondent today", ("Amy Clarke",)),  # a beat and role end the name
    ],
)
def test_leading_names_with_the_stop_words_called(line: str, names: tuple[str, ...]) -> None:
    assert BylineParser().leading_names(line)[0] == names
