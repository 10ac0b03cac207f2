"""``newsparse.batch`` on its own, for the mutation run of ``src/newsparse/batch.py``
(``docs/testing.md``): what a worker process sets up when it starts (the signals it leaves to its
parent, the parser and reference date it keeps) and how a failure names its error."""

from __future__ import annotations

import datetime as dt
import os
import signal
import threading
from types import FrameType

import pytest

from newsparse import ArticleParser, ParseFailure, batch, parse_many


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
