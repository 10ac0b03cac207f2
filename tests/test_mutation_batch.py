"""``newsparse.batch`` on its own, for the mutation run of ``src/newsparse/batch.py``
(``docs/testing.md``): what a worker process sets up when it starts (the signals it leaves to its
parent, the parser and reference date it keeps) and how a failure names its error."""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import FrameType

import pytest

from newsparse import Article, ArticleParser, ParseFailure, batch, parse_many


def _handler(signum: int, frame: FrameType | None) -> None:  # pragma: no cover - never called
    pass


# the handler the parent had for SIGHUP, whether a worker keeps it
HANGUPS = [
    (_handler, False),  # the parent's own handler (the CLI's) is not the worker's
    (signal.SIG_IGN, True),  # started under nohup: a worker ignores a hang-up too
]


@pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "SIGHUP"), reason="needs fork and SIGHUP")
@pytest.mark.parametrize(("hangup", "kept"), HANGUPS)
def test_a_worker_leaves_stopping_to_its_parent(hangup: object, kept: bool) -> None:
    reference = dt.date(2024, 8, 20)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker process, as the pool starts it
        try:
            signal.signal(signal.SIGTERM, _handler)
            signal.signal(signal.SIGHUP, hangup)  # type: ignore[arg-type]
            batch._start_worker(ArticleParser(), reference)
            facts = (
                signal.getsignal(signal.SIGINT) is signal.SIG_IGN,
                signal.getsignal(signal.SIGTERM) is signal.SIG_DFL,
                signal.getsignal(signal.SIGHUP) is (hangup if kept else signal.SIG_DFL),
                isinstance(batch._worker_parser, ArticleParser),
                batch._worker_reference_date == reference,
                any(t.name == "newsparse-parent-watch" and t.daemon for t in threading.enumerate()),
            )
            os.write(write, repr(facts).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        facts = pipe.read()
    os.waitpid(pid, 0)
    assert facts == repr((True,) * 6).encode()


# the exception, the failure it gives for input 7
FAILURES = [
    (TypeError("newsparse parses str, not bytes"), ParseFailure(7, "TypeError", "newsparse parses str, not bytes")),
    (RuntimeError("embargoed copy must not be parsed"), ParseFailure(7, "RuntimeError", "embargoed copy must not be parsed")),
]


@pytest.mark.parametrize(("error", "failure"), FAILURES)
def test_a_failure_names_the_error_and_its_message(error: Exception, failure: ParseFailure) -> None:
    assert ParseFailure.from_exception(7, error) == failure


@pytest.mark.parametrize("chunksize", [True, 2.5, "4"])
def test_a_chunksize_that_is_no_int_is_refused(chunksize: object) -> None:
    with pytest.raises(ValueError) as raised:
        parse_many(["Storm hits coast\n\nMIAMI (AP) — Winds rose."], chunksize=chunksize)  # type: ignore[arg-type]
    assert str(raised.value) == f"chunksize must be an int of at least 1, not {chunksize!r}"


def test_a_chunk_sent_to_a_broken_pool_fails_as_the_pool_does() -> None:
    """A worker died and broke the pool before the next chunk went out: that chunk's future fails
    with the pool's own error, so the chunk is tried again in a new pool like the others."""
    with concurrent.futures.ProcessPoolExecutor(1) as pool:
        dead = pool.submit(os._exit, 3)  # a worker killed outright (out of memory, say)
        assert isinstance(dead.exception(), BrokenProcessPool)
        future = batch._submit(pool, [(4, "Storm hits coast\n\nMIAMI (AP) — Winds rose.")])
        assert future is not None
        assert future.done()
        assert isinstance(future.exception(), BrokenProcessPool)
        assert batch._submit(pool, []) is None  # a chunk of non-text items only: nothing to send


def _future(state: str) -> concurrent.futures.Future[list[object]]:
    future: concurrent.futures.Future[list[object]] = concurrent.futures.Future()
    if state == "parsed":
        future.set_result([])
    elif state == "broken":
        future.set_exception(BrokenProcessPool("a worker died"))
    elif state == "cancelled":
        future.cancel()
    return future


# the state of a chunk's pending result when a worker died, whether its results are in
FINISHED = [
    (None, True),  # nothing was sent (every item failed before: not text)
    ("parsed", True),  # done before the pool broke: kept, not parsed again
    ("broken", False),  # failed with the pool
    ("cancelled", False),  # cancelled when the pool was shut down
    ("pending", False),  # still queued or running
]


@pytest.mark.parametrize(("state", "finished"), FINISHED)
def test_a_chunk_is_finished_only_when_its_results_are_in(state: str | None, finished: bool) -> None:
    future = None if state is None else _future(state)
    chunk = batch._Chunk(0, 1, {}, [] if future is None else [(0, "text")], future)  # type: ignore[arg-type]
    assert chunk.finished() is finished


class SlowCrashingParser(ArticleParser):
    """Kills its worker process on one article at once and takes a while over the others, so
    that they are still in the pool when it breaks."""

    def parse(self, text: str, *, reference_date: dt.date | None = None) -> Article:
        if text.startswith("CRASH"):
            os._exit(3)
        time.sleep(0.2)
        return super().parse(text, reference_date=reference_date)


def test_texts_in_flight_when_a_worker_dies_are_parsed_again() -> None:
    texts = ["CRASH", *(f"Storm hits coast\n\nMIAMI (AP) — Winds rose to {n} mph." for n in (80, 90, 100))]
    results = list(parse_many(texts, workers=2, chunksize=1, parser=SlowCrashingParser()))
    assert results[0] == ParseFailure(0, "WorkerLost", batch.WORKER_LOST)
    assert [r.paragraphs[0].text if isinstance(r, Article) else r for r in results[1:]] == [
        f"Winds rose to {n} mph." for n in (80, 90, 100)
    ]


@pytest.mark.parametrize(
    ("workers", "chunksize", "read"),
    [(None, 32, 1), (1, 32, 1), (2, 4, 2 * batch.IN_FLIGHT_PER_WORKER * 4), (3, 1, 3 * batch.IN_FLIGHT_PER_WORKER)],
)
def test_the_input_is_read_ahead_by_so_many_chunks_per_worker(workers: int | None, chunksize: int, read: int) -> None:
    """A feed of wire stories read one by one: in this process one text for each result asked
    for; with workers, :data:`~newsparse.batch.IN_FLIGHT_PER_WORKER` chunks for each worker."""
    pulled = 0

    def feed() -> Iterator[str]:
        nonlocal pulled
        for number in range(100):
            pulled += 1
            yield f"Storm hits coast\n\nMIAMI (AP) — Winds rose to {number} mph."

    results = parse_many(feed(), workers=workers, chunksize=chunksize)
    assert pulled == 0  # nothing read before the first result is asked for
    first = next(results)
    assert isinstance(first, Article)
    assert first.paragraphs[0].text == "Winds rose to 0 mph."
    assert pulled == read
    results.close()


def test_a_chunk_of_items_that_are_no_text_needs_no_worker() -> None:
    items: list[object] = [b"Storm hits coast", None, "Storm hits coast\n\nMIAMI (AP) — Winds rose.", 7]
    results = list(parse_many(items, workers=2, chunksize=2))  # type: ignore[arg-type]
    assert [r if isinstance(r, ParseFailure) else r.paragraphs[0].text for r in results] == [
        ParseFailure(0, "TypeError", "newsparse parses str, not bytes"),
        ParseFailure(1, "TypeError", "newsparse parses str, not NoneType"),
        "Winds rose.",
        ParseFailure(3, "TypeError", "newsparse parses str, not int"),
    ]


#: How long a test waits for worker processes to start or to end before it gives up (a deadline,
#: not a pause: the waits end as soon as what they wait for has happened).
WAIT_SECONDS = 60.0


class WhichWorkerParser(ArticleParser):
    """Fails every text with the id of the process that parsed it. On its first text each process
    signs in (a file named by its id in *meeting*) and waits until *workers* processes have signed
    in (or a deadline passes), so that every worker has taken a text before the others are done."""

    started = False  # (set in each worker process on its first text)

    def __init__(self, meeting: Path, workers: int) -> None:
        super().__init__()
        self.meeting = meeting
        self.workers = workers

    def parse(self, text: str, *, reference_date: dt.date | None = None) -> Article:
        if not WhichWorkerParser.started:
            WhichWorkerParser.started = True
            (self.meeting / str(os.getpid())).touch()
            deadline = time.monotonic() + WAIT_SECONDS
            while len(list(self.meeting.iterdir())) < self.workers and time.monotonic() < deadline:
                time.sleep(0.01)
        raise RuntimeError(str(os.getpid()))


def test_there_are_as_many_worker_processes_as_asked_for(tmp_path: Path) -> None:
    parser = WhichWorkerParser(tmp_path, workers=3)
    results = list(parse_many(["Storm hits coast"] * 12, workers=3, chunksize=1, parser=parser))
    pids = {r.message for r in results if isinstance(r, ParseFailure)}
    assert len(results) == 12
    assert str(os.getpid()) not in pids
    assert len(pids) == 3


def children_after_waiting() -> list[multiprocessing.process.BaseProcess]:
    """This process's live child processes once none is left or the deadline has passed."""
    deadline = time.monotonic() + WAIT_SECONDS
    while (children := multiprocessing.active_children()) and time.monotonic() < deadline:
        time.sleep(0.01)
    return children


def test_closing_the_results_stops_the_worker_processes() -> None:
    def feed() -> Iterator[str]:
        for number in range(1000):
            yield f"Storm hits coast\n\nMIAMI (AP) — Winds rose to {number} mph."

    results = parse_many(feed(), workers=2, chunksize=1)
    assert isinstance(next(results), Article)
    assert multiprocessing.active_children()  # the workers, parsing the next chunks
    results.close()
    assert children_after_waiting() == []


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_worker_whose_parent_is_gone_ends() -> None:
    # parent -> a short-lived process -> a worker; the short-lived one ends once the worker has
    # started, as a parent killed outright does, and the orphaned worker must end on its own (its
    # pipe then closes)
    read, write = os.pipe()
    ready_read, ready_write = os.pipe()
    middle = os.fork()
    if middle == 0:
        try:
            os.close(read)
            if os.fork() == 0:  # the worker
                try:
                    batch._start_worker(ArticleParser(), None)
                    os.write(ready_write, b"started")
                    time.sleep(20)
                    os.write(write, b"still running")
                finally:
                    os._exit(0)
            os.read(ready_read, 7)
        finally:
            os._exit(0)
    os.close(write)
    os.close(ready_write)
    os.close(ready_read)
    os.waitpid(middle, 0)
    with os.fdopen(read, "rb") as pipe:
        said = pipe.read()  # the end of the file once the worker is gone
    assert said == b""
