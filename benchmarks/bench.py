"""Speed and memory of newsparse, run by hand: ``python benchmarks/bench.py [FILE.jsonl ...]``.

Without arguments it parses the project's own fixture articles; given JSONL files whose records
have a ``text`` field (such as the shared corpora), it parses those.  It prints:

- throughput: articles per second and MB per second over the whole set, best of three passes;
- memory: the peak Python allocation while parsing one article, and a whole pass;
- scaling: seconds for inputs of growing size, ordinary and pathological, with the ratio per
  doubling (about 2.0 means linear time).
"""

from __future__ import annotations

import itertools
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import newsparse

ROOT = Path(__file__).resolve().parent.parent


def load(paths: list[str]) -> list[str]:
    if not paths:
        files = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt")) + sorted((ROOT / "examples").glob("*.txt"))
        return [f.read_text(encoding="utf-8") for f in files]
    texts = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    return texts


def best_of(runs: int, work: Callable[[], None]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def throughput(texts: list[str]) -> None:
    def work() -> None:
        for text in texts:
            newsparse.parse_article(text)

    seconds = best_of(3, work)
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"articles: {len(texts)}, {size / 1e6:.2f} MB")
    print(f"throughput: {len(texts) / seconds:,.0f} articles/s, {size / 1e6 / seconds:.2f} MB/s, "
          f"{seconds / len(texts) * 1e3:.2f} ms/article")


def memory(texts: list[str]) -> None:
    longest = max(texts, key=len)
    tracemalloc.start()
    newsparse.parse_article(longest)
    _, peak_one = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    for text in texts:
        newsparse.parse_article(text)
    _, peak_all = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"memory: peak {peak_one / 1e6:.2f} MB for the longest article ({len(longest):,} chars), "
          f"{peak_all / 1e6:.2f} MB over a whole pass")


def scaling(texts: list[str]) -> None:
    article = "\n\n".join(texts[:3])
    inputs = {
        "articles": lambda n: "\n\n".join([article] * n),
        "quote marks": lambda n: '"' * (5000 * n),
        "open quotes, one paragraph": lambda n: "Analysts said “the " * (1000 * n),
        "commas": lambda n: "," * (20000 * n),
        "capitals": lambda n: "A " * (10000 * n),
        "datelines": lambda n: "MOSCOW, " * (2000 * n),
        "By lines": lambda n: "By\n" * (2000 * n),
        "one long line of words": lambda n: "the minister said that " * (2000 * n),
        "attributed quotes, one paragraph": lambda n: "“We will go,” Ana Ruiz said. " * (500 * n),
        "quote paragraphs": lambda n: "“We will go,” the Russian president said.\n\n" * (500 * n),
        "cues in one sentence": lambda n: "Ruiz said the plan, which she said was, adding that it, " * (500 * n),
        "pronoun quotes among names": lambda n: "Ana Ruiz met Bo Li. “Yes,” he said. " * (500 * n),
        "share lines": lambda n: "Headline here\n" + "Share\n" * (2000 * n),
        "quotes without commas": lambda n: '"Xa yb" zz said. ' * (500 * n),
        "participles after quotes": lambda n: '"Xa yb," Ola Berg said, saying that it was fine. ' * (300 * n),
        "names and pronoun clauses": lambda n: "Ola Berg met Kari Lund. He said that it was fine. " * (300 * n),
        "runs of periods": lambda n: "." * (10000 * n),
        "runs of exclamation marks": lambda n: "!" * (10000 * n),
        "unattributed quotes, one paragraph": lambda n: '"a b c d" ' * (1000 * n),
        "quotes with commas, no cue": lambda n: '"we go", ' * (1000 * n),
    }
    print("scaling (seconds at 1x, 2x, 4x, 8x; ratio per doubling):")
    for name, make in inputs.items():
        times = []
        for n in (1, 2, 4, 8):
            text = make(n)
            times.append(best_of(2, lambda text=text: newsparse.parse_article(text)))
        ratios = [b / a for a, b in itertools.pairwise(times) if a > 0]
        print(f"  {name:28s} " + " ".join(f"{t:8.4f}" for t in times)
              + "   ratios " + " ".join(f"{r:.2f}" for r in ratios))


def main() -> None:
    texts = load(sys.argv[1:])
    throughput(texts)
    memory(texts)
    scaling(texts)


if __name__ == "__main__":
    main()
