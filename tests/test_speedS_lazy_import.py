"""The import's rarely used patterns (issue 7): the dateline's place before a stamp and the stamp
reader's closing label are compiled the first time a stamp line asks for them, and read as before.
Each check runs in a fresh interpreter, so that no earlier parse has compiled them already."""

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


ARTICLE = (
    "Monsoon rains close schools across the capital\n\n"
    "NEW DELHI, Updated: May 26, 2026 10:48 IST\n\n"
    "Schools in the capital stayed shut on Tuesday after a night of heavy rain flooded roads, "
    "the city's education department said.\n\n"
    "\u201cWe will reopen as soon as the water goes down,\u201d said Meera Rao, a department spokeswoman."
)


@pytest.mark.parametrize(
    ("parser", "attribute"),
    [
        ("DEFAULT_PARSER.dateline", "_stamp_place"),
        ("DEFAULT_PARSER.timestamps", "_closing_label"),
    ],
)
def test_a_rare_stamp_pattern_is_compiled_only_when_a_stamp_line_asks(parser: str, attribute: str) -> None:
    code = (
        "import newsparse\nfrom newsparse.article import DEFAULT_PARSER\n"
        f"pattern = {parser}.{attribute}\n"
        "print(type(pattern).__name__, pattern._compiled is None)\n"
        "article = newsparse.parse_article(" + repr(ARTICLE) + ")\n"
        "print(type(pattern).__name__, pattern._compiled is None)\n"
        "print(article.dateline.place if article.dateline else None)\n"
    )
    assert _run(code).splitlines() == ["LazyPattern True", "LazyPattern False", "NEW DELHI"]


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("NEW DELHI, ", "NEW DELHI"),
        ("SPRINGFIELD, Ill., ", "SPRINGFIELD, Ill."),
        ("City Herald ", None),
    ],
)
def test_the_place_before_a_stamp_reads_as_before(head: str, place: str | None) -> None:
    from newsparse import DatelineParser

    assert DatelineParser().place_before_stamp(head) == place


@pytest.mark.parametrize(("head", "start"), [("NEW DELHI, Updated: ", 11), ("LAGOS, Published ", 7), ("NEW DELHI, ", None)])
def test_the_closing_label_reads_as_before(head: str, start: int | None) -> None:
    from newsparse import TimestampParser

    assert TimestampParser().label_start(head) == start
