"""Memory of the import (issue 7): what building the default parser leaves behind.  Each check runs
``import newsparse`` in a fresh interpreter, so that no earlier import or collection hides it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"


def _run(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return done.stdout.strip()


def test_the_import_leaves_no_cyclic_garbage() -> None:
    # the regex compiler's parse trees are cycles: the import collects them once, so a collection
    # right after it finds nothing left to free (before, it found the trees of the last patterns)
    assert _run("import gc, newsparse; print(gc.collect())") == "0"

