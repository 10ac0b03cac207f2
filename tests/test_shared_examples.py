"""The annotated examples in ``../shared/examples``, scored by ``../shared/eval/score.py``.

Skipped when the shared folder is not beside the project.  Nothing from it is copied here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "eval" / "score.py"

pytestmark = pytest.mark.skipif(
    not (SCORE.exists() and (SHARED / "examples").is_dir()), reason="../shared is not beside the project"
)


def score(*args: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, str(SCORE), *args, "--json"], capture_output=True, text=True, env=env, check=True, cwd=ROOT
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_every_example_field_passes() -> None:
    result = score("examples")
    assert result["fields_passed"] == result["fields_total"]


def test_example_quotes_and_speakers() -> None:
    result = score("examples")
    assert result["quote_recall"] == 1.0
    assert result["quote_precision"] == 1.0
    assert result["speaker_accuracy"] == 1.0
