"""A small mutation driver for newsparse (issue 8; a developer command, not run in CI).

It makes mutants of the functions of ``src/newsparse`` with a few simple syntax-tree operators,
runs each in a forked child against the tests that reach the function, and prints the survivors.

    python dev/mutants.py --range A..B  TESTS...       # mutants on the lines changed in A..B
    python dev/mutants.py --function quotes/grammar.py:SpeakerGrammar.cues TESTS...

TESTS are pytest files or node ids. The tests are collected and run once in this process under a
profile hook, which records the time of each test and the functions it calls; then, for each mutant
(the functions of fewest mutants first), a forked child swaps the mutated code object into the
function and runs the tests that reach it, shortest first, up to ``--budget`` seconds of recorded
time, stopping at the first failure. A child past ``--timeout`` seconds is killed (a time-out,
counted killed). Only function bodies are mutated: class and module constants, default values and
decorators are not. Run it from the repository root with ``PYTHONPATH=src`` at low priority
(``nice -n 19``); ``--jsonl FILE`` writes one line a mutant for reading the survivors.
"""

from __future__ import annotations

import argparse
import ast
import copy
import importlib
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import CodeType, FunctionType
from typing import Any

import pytest
from _pytest.runner import runtestprotocol

SOURCE_ROOT = Path("src")
COMPARE_SWAPS = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
BINOP_SWAPS = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.FloorDiv, ast.FloorDiv: ast.Mult}


@dataclass
class Target:
    """One function to mutate: its file, qualified name, syntax tree and the lines to mutate."""

    path: Path
    qualname: str
    node: ast.FunctionDef | ast.AsyncFunctionDef
    lines: set[int] | None  # None: every line of the body


@dataclass
class Mutant:
    target: Target
    index: int
    line: int
    description: str


def changed_lines(rev_range: str) -> dict[Path, set[int]]:
    """The new-side lines of each file of ``src/newsparse`` changed in *rev_range*."""
    diff = subprocess.run(
        ["git", "diff", "-U0", rev_range, "--", str(SOURCE_ROOT / "newsparse")], check=True, capture_output=True, text=True
    ).stdout
    lines: dict[Path, set[int]] = {}
    path: Path | None = None
    for row in diff.splitlines():
        if row.startswith("+++ "):
            path = None if row.endswith("/dev/null") else Path(row[6:])
        elif row.startswith("@@") and path is not None:
            hunk = re.match(r"@@ -\S+ \+(\d+)(?:,(\d+))? @@", row)
            if hunk:
                start, count = int(hunk[1]), int(hunk[2] or "1")
                lines.setdefault(path, set()).update(range(start, start + count))
    return lines


def functions(path: Path) -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """The module-level functions and the methods of module-level classes of *path*."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node.name, node
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    yield f"{node.name}.{item.name}", item


def sites(function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[tuple[ast.AST, str, Any]]:
    """Each mutation the operators make in the body of *function*: (node, description, change)."""
    for statement in function.body:
        for node in ast.walk(statement):
            if isinstance(node, ast.Compare):
                for i, op in enumerate(node.ops):
                    if type(op) in COMPARE_SWAPS:
                        swap = COMPARE_SWAPS[type(op)]
                        yield node, f"{type(op).__name__} -> {swap.__name__}", ("ops", i, swap)
            elif isinstance(node, ast.BoolOp):
                swap = ast.Or if isinstance(node.op, ast.And) else ast.And
                yield node, f"{type(node.op).__name__} -> {swap.__name__}", ("op", None, swap)
            elif isinstance(node, ast.BinOp) and type(node.op) in BINOP_SWAPS:
                swap = BINOP_SWAPS[type(node.op)]
                yield node, f"{type(node.op).__name__} -> {swap.__name__}", ("op", None, swap)
            elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
                yield node, "not removed", ("not", None, None)
            elif isinstance(node, ast.Constant) and not isinstance(node.value, bytes):
                value = node.value
                if isinstance(value, bool):
                    yield node, f"{value} -> {not value}", ("value", None, not value)
                elif isinstance(value, (int, float)):
                    yield node, f"{value!r} -> {value + 1!r}", ("value", None, value + 1)
                elif isinstance(value, str) and not _is_docstring(node, function):
                    changed = "XX" + value + "XX" if value else "XX"
                    yield node, f"{value!r} -> {changed!r}", ("value", None, changed)
            elif isinstance(node, ast.Return) and node.value is not None:
                if not (isinstance(node.value, ast.Constant) and node.value.value is None):
                    yield node, "return None", ("return", None, None)
            elif isinstance(node, ast.Call):
                for i, keyword in enumerate(node.keywords):
                    yield node, f"keyword {keyword.arg} removed", ("keyword", i, None)


def _is_docstring(node: ast.Constant, function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    first = function.body[0]
    return isinstance(first, ast.Expr) and first.value is node


def apply(node: ast.AST, change: tuple[str, int | None, Any]) -> None:
    """Make the mutation *change* on *node* (a node of a copy of the function's tree)."""
    kind, index, value = change
    if kind == "ops":
        node.ops[index] = value()  # type: ignore[attr-defined]
    elif kind == "op":
        node.op = value()  # type: ignore[attr-defined]
    elif kind == "not":
        node.operand = ast.UnaryOp(ast.Not(), node.operand)  # type: ignore[attr-defined]  # not not x: bool(x)
    elif kind == "value":
        node.value = value  # type: ignore[attr-defined]
    elif kind == "return":
        node.value = ast.Constant(None)  # type: ignore[attr-defined]
    elif kind == "keyword":
        del node.keywords[index]  # type: ignore[attr-defined]


def mutated_code(mutant: Mutant) -> CodeType:
    """The code object of the function of *mutant* with its mutation made."""
    function = copy.deepcopy(mutant.target.node)
    function.decorator_list = []
    node, _, change = list(sites(function))[mutant.index]
    apply(node, change)
    owner, _, name = mutant.target.qualname.rpartition(".")
    body: ast.stmt = ast.ClassDef(owner, [], [], [function], []) if owner else function
    module = ast.fix_missing_locations(ast.Module([body], []))
    code = compile(module, str(mutant.target.path), "exec")
    for _ in range(2):  # the module's code, then (for a method) the class body's
        found = [c for c in code.co_consts if isinstance(c, CodeType) and c.co_name in (name, owner)]
        code = found[0]
        if code.co_name == name:
            return code
    raise LookupError(mutant.target.qualname)


def live_function(target: Target) -> FunctionType | None:
    """The function object of *target* in the imported package (None when it cannot be swapped)."""
    name = ".".join(target.path.relative_to(SOURCE_ROOT).with_suffix("").parts)
    owner: Any = importlib.import_module(name)
    *outer, last = target.qualname.split(".")
    for part in outer:
        owner = getattr(owner, part)
    value = owner.__dict__.get(last)
    for attribute in ("__func__", "fget", "__wrapped__"):
        value = getattr(value, attribute, value)
    return value if isinstance(value, FunctionType) else None


def make_mutants(targets: list[Target]) -> list[Mutant]:
    mutants = []
    for target in targets:
        for index, (node, description, _) in enumerate(sites(target.node)):
            line = getattr(node, "lineno", target.node.lineno)
            if target.lines is None or line in target.lines:
                mutants.append(Mutant(target, index, line, description))
    return mutants


def run_child(function: FunctionType, code: CodeType, items: list[Any], timeout: float) -> str:
    """Run *items* in a forked child with *code* swapped into *function*: killed, survived or timeout."""
    pid = os.fork()
    if pid == 0:
        status = 2
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1)
            os.dup2(null, 2)
            function.__code__ = code
            status = 0
            for item in items:
                if any(report.failed for report in runtestprotocol(item, log=False, nextitem=None)):
                    status = 1
                    break
        finally:
            os._exit(status)
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return {0: "survived", 1: "killed"}.get(os.waitstatus_to_exitcode(status), "error")
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return "timeout"
        time.sleep(0.01)


class Driver:
    """A pytest plugin: after collection, profile the tests once, then run the mutants."""

    def __init__(self, mutants: list[Mutant], options: argparse.Namespace) -> None:
        self.mutants, self.options = mutants, options

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtestloop(self, session: pytest.Session) -> bool:
        live = {id(m.target): live_function(m.target) for m in self.mutants}
        codes = {f.__code__: key for key, f in live.items() if f is not None}
        reach: dict[int, list[tuple[float, Any]]] = {key: [] for key in live}
        for item in session.items:
            called: set[int] = set()

            def profile(frame: Any, event: str, _arg: Any, called: set[int] = called) -> None:
                if event == "call" and frame.f_code in codes:
                    called.add(codes[frame.f_code])

            start = time.perf_counter()
            sys.setprofile(profile)
            try:
                runtestprotocol(item, log=False, nextitem=None)
            finally:
                sys.setprofile(None)
            for key in called:
                reach[key].append((time.perf_counter() - start, item))
        count = {id(m.target): 0 for m in self.mutants}
        for m in self.mutants:
            count[id(m.target)] += 1
        order = sorted(self.mutants, key=lambda m: (count[id(m.target)], m.target.qualname, m.index))
        totals: dict[str, int] = {}
        out = open(self.options.jsonl, "a", encoding="utf-8") if self.options.jsonl else None  # noqa: SIM115
        stop = time.monotonic() + self.options.minutes * 60
        for mutant in order:
            key = id(mutant.target)
            function, items, spent = live[key], [], 0.0
            for seconds, item in sorted(reach[key], key=lambda pair: pair[0]):
                if items and spent + seconds > self.options.budget:
                    break
                items.append(item)
                spent += seconds
            if time.monotonic() > stop:
                result = "not run"
            elif function is None or not items:
                result = "not swappable" if function is None else "not reached"
            else:
                try:
                    code = mutated_code(mutant)
                    if code.co_freevars != function.__code__.co_freevars:
                        raise ValueError(mutant.target.qualname)
                    result = run_child(function, code, items, self.options.timeout)
                except (LookupError, ValueError, SyntaxError):
                    result = "not swappable"
            totals[result] = totals.get(result, 0) + 1
            row = {
                "path": str(mutant.target.path),
                "function": mutant.target.qualname,
                "index": mutant.index,
                "line": mutant.line,
                "change": mutant.description,
                "result": result,
                "tests": len(items),
            }
            if out:
                out.write(json.dumps(row) + "\n")
                out.flush()
            if result in ("survived", "timeout"):
                print(f"{result}: {row['path']}:{row['line']} {row['function']} #{row['index']}: {row['change']}", flush=True)
        print("totals:", totals, flush=True)
        if out:
            out.close()
        return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--range", help="a git range: mutate the lines changed in it")
    parser.add_argument("--function", action="append", default=[], help="FILE:QUALNAME under src/newsparse")
    parser.add_argument("--budget", type=float, default=2.0, help="seconds of recorded test time a mutant")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds before a child is killed")
    parser.add_argument("--minutes", type=float, default=60.0, help="stop making children after this")
    parser.add_argument("--only", action="append", default=[], help="mutate only these QUALNAMEs")
    parser.add_argument("--jsonl", help="append one JSON line a mutant to this file")
    parser.add_argument("--survivors", help="run again only the mutants a --jsonl file records as survived")
    parser.add_argument("--sample", type=int, help="run only this many of the mutants made, drawn with --seed")
    parser.add_argument("--seed", type=int, default=0, help="the seed of --sample's draw")
    parser.add_argument("tests", nargs="+")
    options = parser.parse_args()
    # (the repository root on the path, as ``python -m pytest`` puts it there: test files that import
    # ``tests.quote_cases`` are otherwise left out of the collection with an error, and their tests unrun)
    sys.path.insert(1, os.getcwd())
    targets = []
    if options.range:
        for path, lines in changed_lines(options.range).items():
            for qualname, node in functions(path):
                if lines & set(range(node.lineno, (node.end_lineno or node.lineno) + 1)):
                    targets.append(Target(path, qualname, node, lines))
    for spec in options.function:
        file, _, qualname = spec.partition(":")
        path = SOURCE_ROOT / "newsparse" / file
        targets += [Target(path, name, node, None) for name, node in functions(path) if name == qualname]
    if options.only:
        targets = [t for t in targets if t.qualname in options.only]
    mutants = make_mutants(targets)
    if options.survivors:
        with open(options.survivors, encoding="utf-8") as rows:
            keep = {(r["path"], r["function"], r["index"]) for r in map(json.loads, rows) if r["result"] == "survived"}
        mutants = [m for m in mutants if (str(m.target.path), m.target.qualname, m.index) in keep]
    if options.sample is not None and options.sample < len(mutants):
        made = len(mutants)
        drawn = set(random.Random(options.seed).sample(range(made), options.sample))
        mutants = [m for i, m in enumerate(mutants) if i in drawn]
        print(f"{len(mutants)} of {made} mutants drawn with seed {options.seed}", flush=True)
    print(f"{len(mutants)} mutants in {len(targets)} functions", flush=True)
    sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", *options.tests], plugins=[Driver(mutants, options)]))


if __name__ == "__main__":
    main()
