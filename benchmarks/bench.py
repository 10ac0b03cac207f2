"""Speed and memory of newsparse, run by hand (never as a test); it prints tables.

    python benchmarks/bench.py                      # the PolNeAR corpus beside the project
    python benchmarks/bench.py a.jsonl b.jsonl      # any JSONL corpora with a "text" field
    python benchmarks/bench.py --scaling            # ordinary and hostile inputs, 1 KB to 10 MB
    python benchmarks/bench.py --compare            # textacy + spaCy en_core_web_sm on the same articles
    python benchmarks/bench.py --profile 25         # the 25 functions with the most own time

Every measurement runs in a fresh child process, so that one does not inherit another's memory:

- throughput: articles/s and MB/s on one core, in CPU time (``time.process_time``) of the
  parsing alone (the import and reading the corpus are left out), best of ``--passes`` passes;
- peak RSS: the child's peak resident memory while it streams the corpus record by record
  (parse, drop, next), next to its resident memory after ``import newsparse``;
- scaling: CPU seconds to parse each ordinary and hostile input at sizes from 1 KB to 10 MB,
  the worst growth from one size to the next divided by the growth of the input (1.0 is linear
  time; the target is at most 1.5, that is 8x the input in at most 12x the time), and the peak
  RSS at the largest size.  A size is skipped once the one before took over ``--limit`` seconds;
- compare: CPU time of textacy's ``direct_quotations`` with spaCy's ``en_core_web_sm`` (the model
  run included) against newsparse's whole parse, over the same articles, and the ratio.
"""

from __future__ import annotations

# (only what the children need is imported here: the parent's own tools, ``argparse``,
# ``platform``, ``subprocess`` and ``pathlib``, some 2 MB of resident memory, are imported where the
# parent uses them, so that a child's peak RSS is the library's and not the harness's)
import json
import os
import resource
import sys
import time
from collections.abc import Callable, Iterator

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS_BESIDE = os.path.join("shared", "corpora", "polnear", "quotes.jsonl")


def _default_corpus() -> str:
    """The PolNeAR corpus beside the project: ``shared/`` next to the repository's root, or next
    to a folder above it (a git worktree kept in a folder of its own, ``wt/<name>``, beside the main
    checkout), the nearest first; where none is, the place beside the root (the error names it)."""
    folder = os.path.dirname(ROOT)
    while True:
        if os.path.isfile(os.path.join(folder, CORPUS_BESIDE)):
            return os.path.join(folder, CORPUS_BESIDE)
        if os.path.dirname(folder) == folder:
            return os.path.join(os.path.dirname(ROOT), CORPUS_BESIDE)
        folder = os.path.dirname(folder)


DEFAULT_CORPUS = _default_corpus()
FIXTURES = os.path.join(ROOT, "tests", "data", "articles")

KB = 1000
MB = 1000 * KB
SIZES = (1 * KB, 10 * KB, 100 * KB, 1 * MB, 10 * MB)

# --- inputs for the scaling table: each makes a text of about n bytes by repeating a unit ------


def _repeat(unit: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        count = max(1, size // len(unit.encode("utf-8")))
        return unit * count

    return make


def _articles(size: int) -> str:
    """Realistic articles one after another (the project's fixture articles), cut at a paragraph."""
    names = sorted(name for name in os.listdir(FIXTURES) if name.endswith(".txt"))
    texts = []
    for name in names:
        with open(os.path.join(FIXTURES, name), encoding="utf-8") as handle:
            texts.append(handle.read())
    unit = "\n\n".join(texts) + "\n\n"
    text = unit * (size // len(unit) + 1)
    cut = text.rfind("\n\n", 0, size)
    return text[: cut if cut > 0 else size]


ORDINARY: dict[str, Callable[[int], str]] = {
    "articles back to back": _articles,
    "one line of prose": _repeat("The minister said on Tuesday that the plan, which parliament approved, would go ahead. "),
    "short paragraphs": _repeat("Rescue teams reached the village on Friday.\n\n"),
    "attributed quotes": _repeat("“We will rebuild the bridge,” said Ana Ruiz, the mayor. "),
    "quote paragraphs": _repeat("“We will go,” the Russian president said.\n\n"),
}

HOSTILE: dict[str, Callable[[int], str]] = {
    "quote marks": _repeat('"'),
    "apostrophe runs between letters": _repeat("'a "),
    "straight quote runs between letters": _repeat('"""""""a '),
    "curly quote runs between letters": _repeat("”“”“”“”a "),
    "open quotes, one paragraph": _repeat("Analysts said “the "),
    "commas": _repeat(","),
    "capitals": _repeat("A "),
    "datelines": _repeat("MOSCOW, "),
    "By lines": _repeat("By\n"),
    "short lines": _repeat("x\n"),
    "share lines": _repeat("Share\n"),
    "cues in one sentence": _repeat("Ruiz said the plan, which she said was, adding that it, "),
    "pronoun quotes among names": _repeat("Ana Ruiz met Bo Li. “Yes,” he said. "),
    "pronoun quotes, no one named": _repeat('"We will build it," she said. '),
    "quotes without commas": _repeat('"Xa yb" zz said. '),
    "participles after quotes": _repeat('"Xa yb," Ola Berg said, saying that it was fine. '),
    "names and pronoun clauses": _repeat("Ola Berg met Kari Lund. He said that it was fine. "),
    "slashes and credits": _repeat("Photo: A/B/C via D / "),
    "digits and months": _repeat("May 5 2024 10:30 "),
    "runs of periods": _repeat("."),
    "runs of exclamation marks": _repeat("!"),
    "unattributed quotes, one paragraph": _repeat('"a b c d" '),
    "quotes with commas, no cue": _repeat('"we go", '),
}

INPUTS = {**{("ordinary", k): v for k, v in ORDINARY.items()}, **{("hostile", k): v for k, v in HOSTILE.items()}}


# --- the children: each prints one JSON line ------------------------------------------------------


def _peak_rss_mb() -> float:
    """This process's peak resident memory (since the last :func:`_reset_peak`), in MB."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024 / MB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB  # Linux: kilobytes


def _current_rss_mb() -> float:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB
    except OSError:
        return _peak_rss_mb()


def _reset_peak() -> None:
    """Start the peak resident memory afresh from now (Linux only; elsewhere it stays)."""
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")
    except OSError:
        pass


def _records(path: str) -> Iterator[str]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)["text"]


def child_throughput(path: str, passes: int) -> dict[str, float]:
    texts = list(_records(path))
    import newsparse

    parser = newsparse.ArticleParser()
    best = float("inf")
    for _ in range(passes):
        start = time.process_time()
        for text in texts:
            parser.parse(text)
        best = min(best, time.process_time() - start)
    size = sum(len(t.encode("utf-8")) for t in texts)
    return {"articles": len(texts), "bytes": size, "cpu": best}


def child_stream(path: str) -> dict[str, float]:
    import newsparse

    parser = newsparse.ArticleParser()
    parser.parse("Warm-up\n\nPARIS (AFP) - “Yes,” she said.")
    after_import = _current_rss_mb()
    for text in _records(path):
        parser.parse(text)
    return {"rss_import": after_import, "rss_peak": _peak_rss_mb()}


def child_scaling(kind: str, name: str, size: int) -> dict[str, float]:
    import newsparse

    text = INPUTS[(kind, name)](size)
    parser = newsparse.ArticleParser()
    parser.parse("Warm-up\n\nPARIS (AFP) - “Yes,” she said.")
    before = _current_rss_mb()
    _reset_peak()
    start = time.process_time()
    parser.parse(text)
    cpu = time.process_time() - start
    peak = _peak_rss_mb()
    return {"cpu": cpu, "rss_growth": peak - before, "rss_peak": peak, "bytes": len(text.encode("utf-8"))}


def child_compare(path: str, count: int, model: str = "en_core_web_sm") -> dict[str, float | str]:
    texts = list(_records(path))[:count]
    try:
        import spacy
        import textacy.extract
    except ImportError as error:
        return {"skip": f"textacy or spaCy is not installed ({error.name}): pip install textacy"}
    try:
        nlp = spacy.load(model)
    except OSError:
        return {"skip": f"spaCy's {model} model is not installed"}
    import newsparse

    parser = newsparse.ArticleParser()
    start = time.process_time()
    ours = sum(len(parser.parse(text).quotes) for text in texts)
    newsparse_cpu = time.process_time() - start
    theirs = failed = 0
    start = time.process_time()
    for text in texts:
        doc = nlp(text)
        try:
            theirs += len(list(textacy.extract.triples.direct_quotations(doc)))
        except ValueError:  # textacy gives up on a text with an odd number of quotation marks
            failed += 1
    textacy_cpu = time.process_time() - start
    return {
        "articles": len(texts), "newsparse": newsparse_cpu, "textacy": textacy_cpu, "ours": ours, "theirs": theirs,
        "failed": failed, "model": f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')} {nlp.meta.get('version', '?')}",
    }


def child_profile(path: str, count: int) -> dict[str, str]:
    import cProfile
    import io
    import pstats

    texts = list(_records(path))
    import newsparse

    parser = newsparse.ArticleParser()
    profile = cProfile.Profile()
    profile.enable()
    for text in texts:
        parser.parse(text)
    profile.disable()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).strip_dirs().sort_stats("tottime").print_stats(count)
    return {"table": out.getvalue()}


#: The child's program: this file imported as a module from the folder given first, then its
#: :func:`main` with the arguments after that folder.
CHILD = "import sys; sys.path.insert(0, sys.argv[1]); import bench; bench.main(sys.argv[2:])"


def run_child(*args: str, timeout: float | None = None) -> dict[str, object] | None:
    """Run this script as a child with *args*; its JSON answer, or ``None`` after *timeout*.  The child
    imports this file as a module (:data:`CHILD`), so that its bytecode is read from the cache and
    not compiled again in each child, whose peak memory the compiler would raise."""
    import subprocess

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([os.path.join(ROOT, "src"), os.environ.get("PYTHONPATH", "")])}
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, os.path.dirname(os.path.abspath(__file__)), "--child", *args],
            capture_output=True, text=True, timeout=timeout, check=True, env=env,
        )
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as error:
        raise SystemExit(f"child {args} failed:\n{error.stderr}") from None
    answer: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return answer


# --- the tables ----------------------------------------------------------------------------------


def _size(n: float) -> str:
    return f"{n / MB:g} MB" if n >= MB else f"{n / KB:g} KB"


def throughput_table(paths: list[str], passes: int) -> None:
    print(f"throughput on one core (CPU time, import and reading excluded, best of {passes}):")
    print(f"  {'corpus':42s} {'articles':>8s} {'MB':>7s} {'articles/s':>11s} {'MB/s':>6s} {'ms/article':>10s}"
          f" {'RSS import':>10s} {'peak RSS':>9s}")
    for path in paths:
        got = run_child("throughput", path, str(passes))
        stream = run_child("stream", path)
        assert got is not None and stream is not None
        articles, size, cpu = float(got["articles"]), float(got["bytes"]), float(got["cpu"])  # type: ignore[arg-type]
        name = os.path.basename(os.path.dirname(os.path.abspath(path))) + "/" + os.path.basename(path)
        print(f"  {name:42s} {articles:8.0f} {size / MB:7.2f} {articles / cpu:11,.0f} {size / MB / cpu:6.2f}"
              f" {cpu / articles * 1000:10.2f} {float(stream['rss_import']):8.1f}MB"  # type: ignore[arg-type]
              f" {float(stream['rss_peak']):7.1f}MB")  # type: ignore[arg-type]


def scaling_table(sizes: tuple[int, ...], limit: float) -> None:
    print("scaling (CPU seconds per input size; growth = worst (time ratio / size ratio) between"
          " neighbouring sizes, 1.0 = linear; at the largest size run: RSS growth = peak RSS while parsing"
          " less the RSS before it (interpreter and input), and the peak RSS of the whole process):")
    header = "".join(f"{_size(s):>10s}" for s in sizes)
    print(f"  {'input':36s}{header} {'growth':>7s} {'RSS growth':>11s} {'peak RSS':>9s}")
    for (kind, name) in INPUTS:
        times: list[float | None] = []
        rss = peak = 0.0
        for size in sizes:
            if times and (times[-1] is None or times[-1] > limit):
                times.append(None)
                continue
            got = run_child("scaling", kind, name, str(size), timeout=limit * 20)
            times.append(None if got is None else float(got["cpu"]))  # type: ignore[arg-type]
            if got is not None:
                rss, peak = float(got["rss_growth"]), float(got["rss_peak"])  # type: ignore[arg-type]
        growth = [
            (b / a) / (s2 / s1)
            for (a, s1), (b, s2) in zip(zip(times, sizes), zip(times[1:], sizes[1:]))  # noqa: B905
            if a is not None and b is not None and a >= 0.005  # shorter times are mostly noise
        ]
        cells = "".join(f"{t:10.3f}" if t is not None else f"{'-':>10s}" for t in times)
        worst = f"{max(growth):7.2f}" if growth else f"{'':>7s}"
        print(f"  {kind[0]} {name:34s}{cells} {worst} {rss:9.1f}MB {peak:7.1f}MB")


def compare_table(path: str, count: int, model: str) -> None:
    got = run_child("compare", path, str(count), model)
    assert got is not None
    if "skip" in got:
        print(f"compare: skipped: {got['skip']}")
        return
    n = float(got["articles"])  # type: ignore[arg-type]
    ours, theirs = float(got["newsparse"]), float(got["textacy"])  # type: ignore[arg-type]
    print(f"compare on {n:.0f} articles (CPU time):")
    print(f"  newsparse parse_article:                   {n / ours:8,.1f} articles/s, {got['ours']} quotes")
    print(f"  textacy direct_quotations + spaCy model:   {n / theirs:8,.1f} articles/s, {got['theirs']} quotes"
          f" ({got['failed']} articles refused: odd number of quotation marks; model {got['model']})")
    print(f"  ratio: newsparse is {theirs / ours:.1f}x faster")


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        task, *rest = argv[1:]
        if task == "throughput":
            answer: dict[str, object] = {**child_throughput(rest[0], int(rest[1]))}
        elif task == "stream":
            answer = {**child_stream(rest[0])}
        elif task == "scaling":
            answer = {**child_scaling(rest[0], rest[1], int(rest[2]))}
        elif task == "profile":
            answer = {**child_profile(rest[0], int(rest[1]))}
        else:
            answer = {**child_compare(rest[0], int(rest[1]), *rest[2:3])}
        print(json.dumps(answer))
        return
    import argparse
    import platform

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="*", metavar="FILE.jsonl", help=f"JSONL corpora (default {DEFAULT_CORPUS})")
    ap.add_argument("--passes", type=int, default=2, help="throughput passes; the best counts (default 2)")
    ap.add_argument("--scaling", action="store_true", help="print the scaling table too")
    ap.add_argument("--max-size", type=float, default=10, help="the largest scaling input, in MB (default 10)")
    ap.add_argument("--limit", type=float, default=30, help="skip larger sizes once one takes this many seconds")
    ap.add_argument("--compare", action="store_true", help="compare with textacy + spaCy on the first corpus")
    ap.add_argument("--compare-articles", type=int, default=100, help="how many articles to compare on (default 100)")
    ap.add_argument("--spacy-model", default="en_core_web_sm", metavar="NAME",
                    help="the spaCy pipeline --compare loads (default en_core_web_sm)")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print the N functions with the most own time")
    args = ap.parse_args(argv)
    corpora = args.corpora or [str(DEFAULT_CORPUS)]
    print(f"newsparse benchmark on {platform.processor() or platform.machine()}, {os.cpu_count()} cores,"
          f" Python {platform.python_version()}, {platform.system()} {platform.release()}")
    throughput_table(corpora, args.passes)
    if args.scaling:
        scaling_table(tuple(s for s in SIZES if s <= args.max_size * MB), args.limit)
    if args.compare:
        compare_table(corpora[0], args.compare_articles, args.spacy_model)
    if args.profile:
        got = run_child("profile", corpora[0], str(args.profile))
        assert got is not None
        print(f"profile of one pass over {os.path.basename(corpora[0])} (own time, top {args.profile}):")
        print(str(got["table"]).strip("\n"))


if __name__ == "__main__":
    main()
