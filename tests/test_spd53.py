"""spd53 (stop 46): the benchmark's children measure the library, not the harness.

``benchmarks/bench.py`` runs every measurement in a child that imports the script as a module; the
parent's own tools (``argparse``, ``platform``, ``subprocess``, ``pathlib``, some 2 MB of resident
memory together) are imported only where the parent uses them, so that a child's peak RSS is the
library's.  These tests start fresh interpreters (the suite itself has those modules loaded)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

BENCHMARKS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "benchmarks")
SRC = os.path.join(os.path.dirname(BENCHMARKS), "src")

pytestmark = pytest.mark.skipif(not os.path.isfile(os.path.join(BENCHMARKS, "bench.py")), reason="no benchmarks/")


def _run(program: str, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, BENCHMARKS])}
    done = subprocess.run([sys.executable, "-c", program, *args], capture_output=True, text=True, check=True, env=env)
    return done.stdout


@pytest.mark.parametrize(
    ("module", "loaded"),
    [
        # the parent's tools: not imported by importing the script (a child's import)
        ("argparse", False),
        ("subprocess", False),
        ("platform", False),
        ("pathlib", False),
        # what a child does need is there (the check reads sys.modules, it does not just say no)
        ("json", True),
        ("resource", True),
    ],
)
def test_a_child_imports_only_what_it_needs(module: str, loaded: bool) -> None:
    program = "import sys, bench; print(sys.argv[1] in sys.modules)"
    assert _run(program, module).strip() == str(loaded)


@pytest.mark.parametrize("module", ["argparse", "platform"])
def test_the_parent_still_imports_its_tools_when_it_runs(module: str) -> None:
    # main() without --child parses its arguments; --help exits after printing, with argparse loaded
    program = (
        "import sys, bench\n"
        "try:\n    bench.main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('@', sys.argv[1] in sys.modules)"
    )
    assert _run(program, module).splitlines()[-1] == "@ True"


@pytest.mark.parametrize(
    ("kind", "name", "size"),
    [
        ("hostile", "commas", "2000"),
        ("ordinary", "articles back to back", "3000"),  # read from the fixture articles by os.path
    ],
)
def test_a_child_answers_through_the_module_entry(kind: str, name: str, size: str) -> None:
    # CHILD imports the script as a module from the folder given first, and runs its main()
    program = "import bench; exec(bench.CHILD)"
    out = _run(program, BENCHMARKS, "--child", "scaling", kind, name, size)
    answer = json.loads(out.splitlines()[-1])
    assert set(answer) == {"cpu", "rss_growth", "rss_peak", "bytes"}
    assert 0.5 * int(size) <= answer["bytes"] <= 2 * int(size)
    assert answer["rss_peak"] > 0


def test_the_default_corpus_is_found_beside_the_project_or_named() -> None:
    program = "import bench, os; print(bench.DEFAULT_CORPUS.endswith(os.path.join('shared', 'corpora', 'polnear', 'quotes.jsonl')))"
    assert _run(program).strip() == "True"
