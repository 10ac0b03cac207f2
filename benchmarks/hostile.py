"""Time and memory of newsparse on the hostile inputs, run by hand (not in CI)::

    nice python benchmarks/hostile.py                  # every generator at 1,000,000 characters
    nice python benchmarks/hostile.py --size 10000000 --only "one long line" "many short lines"
    nice python benchmarks/hostile.py --size 1000000 2000000 4000000 8000000 --only "many short lines"

Each input is parsed in a child process of its own, so that its peak resident memory is its own.
The table gives the input's size in characters, the seconds of one ``parse_article`` (wall clock,
and the CPU time, which other work on a shared machine disturbs less), the child's peak resident
memory, and that peak less the memory the child had before parsing (the interpreter, newsparse
and the input itself), all in MB.  Given several sizes, each input is run at each in turn, and
from its second size on ``growth`` is the ratio of its CPU time to that at the size before over
the ratio of the sizes: 1.0 is linear, and 1.5 the project's limit (8x the input in at most 12x
the time).  The generators are in
``tests/hostile.py``; the suite runs them at small sizes and checks linearity there.

``--json`` measures the JSON output instead (issue 7: 200 MB for a 10 MB input)::

    nice python benchmarks/hostile.py --json --size 4000000 --only "many short lines" "many speakers"

One child parses and then, in this order, writes the article with ``Article.write_json`` (to
``os.devnull``), makes ``to_json()``, and makes ``json.dumps(article.to_dict())`` (what
``to_json`` did before 0.2); each column is the peak resident memory after that step, in MB (the
peak only grows, and each step needs more than the one before).  A second child runs the command,
``newsparse FILE > /dev/null``, through ``newsparse.cli.main``; ``cli MB`` is its peak.
"""

from __future__ import annotations

import argparse
import json
import os
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


def measure_json(name: str, size: int) -> dict[str, float]:
    """Parse one generated input, then write its JSON three ways, in this process."""
    import newsparse

    text = GENERATORS[name](size)
    article = newsparse.parse_article(text)
    row = {"chars": len(text), "parts": article.part_count(), "parse_mb": peak_mb()}
    with open(os.devnull, "w", encoding="utf-8") as sink:
        article.write_json(sink)
    row["write_mb"] = peak_mb()
    row["out_mb"] = len(article.to_json().encode("utf-8")) / 2**20
    row["to_json_mb"] = peak_mb()
    json.dumps(article.to_dict(), ensure_ascii=False)
    row["tree_mb"] = peak_mb()
    return row


def measure_cli(name: str, size: int) -> dict[str, float]:
    """Run the command on one generated input written to a file, its output to ``os.devnull``."""
    import tempfile

    from newsparse.cli import main

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input.txt"
        path.write_text(GENERATORS[name](size), encoding="utf-8")
        stdout = sys.stdout
        with open(os.devnull, "w", encoding="utf-8") as sink:
            sys.stdout = sink
            try:
                main([str(path)])
            finally:
                sys.stdout = stdout
    return {"cli_mb": peak_mb()}


def json_table(names: list[str], size: int) -> None:
    columns = [("out_mb", "JSON MB"), ("parse_mb", "parse MB"), ("write_mb", "write MB"), ("to_json_mb", "to_json MB")]
    columns += [("tree_mb", "tree MB"), ("cli_mb", "cli MB")]
    print(f"{'input':<24} {'chars':>12} {'parts':>9} " + " ".join(f"{title:>{len(title)}}" for _, title in columns))
    for name in names:
        row: dict[str, float] = {}
        for mode in ("--child-json", "--child-cli"):
            command = [sys.executable, __file__, mode, name, "--size", str(size)]
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(f"{name:<24} failed: {done.stderr.strip().splitlines()[-1:]}")
                break
            row.update(json.loads(done.stdout))
        else:
            figures = " ".join(f"{row[key]:>{len(title)}.0f}" for key, title in columns)
            print(f"{name:<24} {row['chars']:>12,.0f} {row['parts']:>9,.0f} {figures}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--size", type=int, nargs="+", default=[1_000_000], help="characters per input, one size or several (default 1,000,000)"
    )
    parser.add_argument("--only", nargs="*", default=None, help="generator names (default: all)")
    parser.add_argument("--json", action="store_true", help="peak memory of the JSON output and of the command instead")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--child-json", help=argparse.SUPPRESS)
    parser.add_argument("--child-cli", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    size = args.size[0]
    if args.child is not None:
        print(json.dumps(measure(args.child, size)))
        return 0
    if args.child_json is not None:
        print(json.dumps(measure_json(args.child_json, size)))
        return 0
    if args.child_cli is not None:
        print(json.dumps(measure_cli(args.child_cli, size)))
        return 0
    names = args.only or list(GENERATORS)
    if args.json:
        for size in args.size:
            json_table(names, size)
        return 0
    growth = " growth" if len(args.size) > 1 else ""
    print(f"{'input':<24} {'chars':>12} {'seconds':>9} {'CPU s':>9} {'peak MB':>9} {'parse MB':>9}{growth}", flush=True)
    for name in names:
        before: dict[str, float] | None = None
        for size in args.size:
            done = subprocess.run(
                [sys.executable, __file__, "--child", name, "--size", str(size)], capture_output=True, text=True, check=False
            )
            if done.returncode != 0:
                print(f"{name:<24} failed: {done.stderr.strip().splitlines()[-1:]}", flush=True)
                before = None
                continue
            row = json.loads(done.stdout)
            times = f"{row['seconds']:>9.2f} {row['cpu']:>9.2f}"
            ratio = ""
            if before is not None and before["cpu"] > 0:
                ratio = f" {(row['cpu'] / before['cpu']) / (row['chars'] / before['chars']):>6.2f}"
            print(f"{name:<24} {row['chars']:>12,} {times} {row['peak_mb']:>9.0f} {row['parse_mb']:>9.0f}{ratio}", flush=True)
            before = row
    return 0


if __name__ == "__main__":
    sys.exit(main())
