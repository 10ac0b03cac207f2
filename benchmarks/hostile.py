"""Time and memory of newsparse on the hostile inputs, run by hand (not in CI)::

    nice python benchmarks/hostile.py                  # every generator at 1,000,000 characters
    nice python benchmarks/hostile.py --size 10000000 --only "one long line" "many short lines"

Each input is parsed in a child process of its own, so that its peak resident memory is its own.
The table gives the input's size in characters, the seconds of one ``parse_article`` (wall clock,
and the CPU time, which other work on a shared machine disturbs less), the child's peak resident
memory, and that peak less the memory the child had before parsing (the interpreter, newsparse
and the input itself), all in MB.  The generators are in
``tests/hostile.py``; the suite runs them at small sizes and checks linearity there.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile import GENERATORS  # noqa: E402


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(name: str, size: int) -> dict[str, float]:
    """Parse one generated input in this process; what a child process prints."""
    import newsparse

    text = GENERATORS[name](size)
    newsparse.parse_article("Warm up\n\nThe parser builds its patterns once, officials said.")
    before = peak_mb()
    start, cpu = time.perf_counter(), time.process_time()
    newsparse.parse_article(text)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"chars": len(text), "seconds": seconds, "cpu": cpu, "peak_mb": peak_mb(), "parse_mb": peak_mb() - before}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per input (default 1,000,000)")
    parser.add_argument("--only", nargs="*", default=None, help="generator names (default: all)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(measure(args.child, args.size)))
        return 0
    names = args.only or list(GENERATORS)
    print(f"{'input':<24} {'chars':>12} {'seconds':>9} {'CPU s':>9} {'peak MB':>9} {'parse MB':>9}")
    for name in names:
        done = subprocess.run(
            [sys.executable, __file__, "--child", name, "--size", str(args.size)], capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            print(f"{name:<24} failed: {done.stderr.strip().splitlines()[-1:]}")
            continue
        row = json.loads(done.stdout)
        times = f"{row['seconds']:>9.2f} {row['cpu']:>9.2f}"
        print(f"{name:<24} {row['chars']:>12,} {times} {row['peak_mb']:>9.0f} {row['parse_mb']:>9.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
