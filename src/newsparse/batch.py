"""Parsing many articles: :func:`parse_many`, in this process or in a pool of worker processes.

>>> import newsparse
>>> texts = ["Storm hits coast\\n\\nMIAMI (AP) — Winds rose.", b"not a str"]
>>> [type(result).__name__ for result in newsparse.parse_many(texts)]
['Article', 'ParseFailure']
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import os
import pickle
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import attrs

from .article import DEFAULT_PARSER, ArticleParser, parser_for
from .errors import check_option
from .spans import Article

if TYPE_CHECKING:  # (imported where a pool is made: about 1 MB that a parse in this process never needs)
    import concurrent.futures

__all__ = ["IN_FLIGHT_PER_WORKER", "PARENT_CHECK_INTERVAL", "WORKER_LOST", "ParseFailure", "parse_many"]

#: How many chunks each worker process may have queued or running at once.  The input is read
#: only this far ahead of the results handed out, so memory stays bounded on an endless input.
IN_FLIGHT_PER_WORKER = 2

#: How often, in seconds, a worker process looks whether the process that started it is still
#: there; when it is gone (killed outright, so it could not stop its workers), the worker ends.
PARENT_CHECK_INTERVAL = 1.0


@attrs.frozen
class ParseFailure:
    """The result for an input that could not be parsed: its position in the input (``index``,
    from 0), the kind of error (``error``, the exception's class name such as ``TypeError``, or
    ``WorkerLost`` when the worker process parsing it died twice) and its ``message``.

    .. versionadded:: 0.2.0
    """

    index: int
    error: str
    message: str

    @classmethod
    def from_exception(cls, index: int, exception: BaseException) -> ParseFailure:
        """The failure of input *index* that raised *exception*."""
        return cls(index, type(exception).__name__, str(exception))


#: The parser of this worker process, set once per process by :func:`_start_worker`.
_worker_parser: ArticleParser | None = None
_worker_reference_date: dt.date | None = None


def _start_worker(parser: ArticleParser, reference_date: dt.date | None) -> None:
    """Keep *parser* for the life of this worker process (it is sent once, not with each chunk)."""
    global _worker_parser, _worker_reference_date
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which stops the pool
    for name in ("SIGTERM", "SIGHUP"):  # a handler the parent set for itself (the CLI's) is not ours
        number = getattr(signal, name, None)
        if number is not None and callable(signal.getsignal(number)):
            signal.signal(number, signal.SIG_DFL)
    _worker_parser = parser
    _worker_reference_date = reference_date
    threading.Thread(target=_end_with_parent, args=(os.getppid(),), name="newsparse-parent-watch", daemon=True).start()


def _end_with_parent(parent: int) -> None:
    """End this worker process once *parent* is gone (it is then adopted by another process)."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_INTERVAL)
    os._exit(1)


def _parse_one(parser: ArticleParser, index: int, text: str, reference_date: dt.date | None) -> Article | ParseFailure:
    try:
        return parser.parse(text, reference_date=reference_date)
    except Exception as error:  # one bad text must never stop the others
        return ParseFailure.from_exception(index, error)


def _parse_chunk(chunk: list[tuple[int, str]]) -> list[Article | ParseFailure]:
    """Parse one chunk in a worker process with the parser it was started with."""
    parser = _worker_parser if _worker_parser is not None else DEFAULT_PARSER
    return [_parse_one(parser, index, text, _worker_reference_date) for index, text in chunk]


def _not_text(index: int, item: object) -> ParseFailure | None:
    """A failure for an input that is not a ``str`` (found before it is sent to a worker)."""
    if isinstance(item, str):
        return None
    return ParseFailure.from_exception(index, TypeError(f"newsparse parses str, not {type(item).__name__}"))


def parse_many(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    chunksize: int = 32,
    parser: ArticleParser | None = None,
    reference_date: dt.date | None = None,
    language: str | None = None,
) -> Iterator[Article | ParseFailure]:
    """Parse every text of *texts*, yielding one result per text, in input order.

    Each result is an :class:`~newsparse.Article`, or a :class:`ParseFailure` for a text that
    could not be parsed (an item that is not a ``str``, say); a failure never stops the rest.

    *texts* may be any iterable, a generator or an endless stream included: it is read lazily,
    at most a few chunks ahead of the results handed out, so memory stays bounded. When *texts* itself
    raises, the results of the texts read before are handed out first, then its exception is raised.

    With *workers* ``None`` or ``1`` the texts are parsed in this process.  With ``workers > 1``
    they are parsed by that many worker processes (``0``: one per core, :func:`os.cpu_count`, as
    the command's ``--jobs 0``), in chunks of *chunksize* texts; *parser* (by
    default an :class:`~newsparse.ArticleParser`) is pickled once for each worker, not once per
    text, so it must be picklable (the parsers are).  Stop reading the iterator early, or close
    it, and the worker processes are stopped.

    *reference_date* is passed to every :meth:`~newsparse.ArticleParser.parse` call.  *language*
    (``"fr"``, ``"de-AT"``, ...) parses with the parser :func:`~newsparse.parse_article` uses for that
    language (:func:`~newsparse.article.parser_for`); give *parser* or *language*, not both
    (:class:`ValueError`).

    Options are checked at once: a bad *workers* or *chunksize* raises :class:`ValueError`, and a
    single ``str`` (or bytes) as *texts*, a *parser* that is not an
    :class:`~newsparse.ArticleParser` or a *reference_date* that is not a date raise :class:`TypeError`.

    .. versionadded:: 0.2.0
    """
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 0):
        raise ValueError(f"workers must be None or an int of at least 0 (0: one per core), not {workers!r}")
    if workers == 0:
        workers = os.cpu_count() or 1
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be an int of at least 1, not {chunksize!r}")
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise TypeError(f"reference_date must be a datetime.date, not {type(reference_date).__name__}")
    if isinstance(texts, (str, bytes, bytearray, memoryview)):  # iterating would parse each character
        raise TypeError(
            f"parse_many expects an iterable of str, not one {type(texts).__name__}: "
            "pass [text], or call parse_article(text)"
        )
    parser = check_option("parse_many", "parser", parser, ArticleParser)
    if parser is not None and language is not None:
        raise ValueError("parse_many takes a parser or a language, not both: build the parser with ArticleParser(language=...)")
    parser = parser or parser_for(language)
    if workers is None or workers == 1:
        return _parse_here(texts, parser, reference_date)
    try:
        pickle.dumps(parser)  # what each worker is sent; fail here, not once per worker
    except Exception as error:
        raise TypeError(f"the parser must be picklable to be sent to worker processes: {error}") from error
    return _parse_in_pool(texts, parser, reference_date, workers, chunksize)


def _parse_here(texts: Iterable[str], parser: ArticleParser, reference_date: dt.date | None) -> Iterator[Article | ParseFailure]:
    for index, text in enumerate(texts):
        yield _not_text(index, text) or _parse_one(parser, index, text, reference_date)


def _submit(
    pool: concurrent.futures.ProcessPoolExecutor, sent: list[tuple[int, str]]
) -> concurrent.futures.Future[list[Article | ParseFailure]] | None:
    """Send *sent* to *pool*; a pool already broken gives a future that fails the same way."""
    import concurrent.futures
    if not sent:
        return None
    try:
        return pool.submit(_parse_chunk, sent)
    except concurrent.futures.process.BrokenProcessPool as error:
        failed: concurrent.futures.Future[list[Article | ParseFailure]] = concurrent.futures.Future()
        failed.set_exception(error)
        return failed


@attrs.frozen
class _Chunk:
    """One chunk on its way: its first index, its size, the items that failed before being sent
    (by index), the items sent to a worker and the worker's pending result for them."""

    start: int
    size: int
    failures: dict[int, ParseFailure]
    sent: list[tuple[int, str]]
    future: concurrent.futures.Future[list[Article | ParseFailure]] | None

    @classmethod
    def submit(cls, pool: concurrent.futures.ProcessPoolExecutor, chunk: list[tuple[int, str]]) -> _Chunk:
        """Send the ``str`` items of *chunk* to *pool*; keep the others as failures."""
        failures = {i: failure for i, item in chunk if (failure := _not_text(i, item)) is not None}
        sent = [(i, item) for i, item in chunk if i not in failures]
        return cls(chunk[0][0], len(chunk), failures, sent, _submit(pool, sent))

    def resubmit(self, pool: concurrent.futures.ProcessPoolExecutor) -> _Chunk:
        """The same chunk sent again, to a new *pool*."""
        return attrs.evolve(self, future=_submit(pool, self.sent))

    def finished(self) -> bool:
        """Whether the chunk's results are in (a chunk done before its pool broke keeps them)."""
        future = self.future
        return future is None or (future.done() and not future.cancelled() and future.exception() is None)

    def results(self, lost: str | None = None) -> list[Article | ParseFailure]:
        """The chunk's results in input order (waits for the worker); with *lost*, every item
        sent is a failure with that message instead."""
        parsed: Iterator[Article | ParseFailure]
        if lost is not None:
            parsed = iter([ParseFailure(i, "WorkerLost", lost) for i, _ in self.sent])
        else:
            parsed = iter(self.future.result() if self.future is not None else ())
        return [self.failures.get(index) or next(parsed) for index in range(self.start, self.start + self.size)]


#: The message for the texts of a chunk whose worker process died twice while parsing it.
WORKER_LOST = "a worker process died while parsing the chunk holding this text"


def _parse_in_pool(
    texts: Iterable[str], parser: ArticleParser, reference_date: dt.date | None, workers: int, chunksize: int
) -> Iterator[Article | ParseFailure]:
    import concurrent.futures

    def new_pool() -> concurrent.futures.ProcessPoolExecutor:
        return concurrent.futures.ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(parser, reference_date))

    items = enumerate(texts)
    pending: collections.deque[_Chunk] = collections.deque()
    broken: Exception | None = None  # what the input raised, once the results before it are out
    pool = new_pool()
    try:
        while True:
            while broken is None and len(pending) < workers * IN_FLIGHT_PER_WORKER:
                chunk: list[tuple[int, str]] = []
                try:
                    chunk.extend(itertools.islice(items, chunksize))
                except Exception as error:  # the input itself failed: as in this process, the
                    broken = error  # texts read before it still get their results first
                if chunk:
                    pending.append(_Chunk.submit(pool, chunk))
                if len(chunk) < chunksize:
                    break
            if not pending:
                if broken is not None:
                    raise broken
                return
            head = pending.popleft()
            try:
                results = head.results()
            except concurrent.futures.process.BrokenProcessPool:
                # a worker died (killed, out of memory): retry this chunk alone in a new pool, so
                # that a crash caused by another chunk in flight fails none of this one's texts
                pool.shutdown(wait=True, cancel_futures=True)
                pool = new_pool()
                try:
                    results = head.resubmit(pool).results()
                except concurrent.futures.process.BrokenProcessPool:
                    pool.shutdown(wait=True, cancel_futures=True)
                    pool = new_pool()
                    results = head.results(lost=WORKER_LOST)
                pending = collections.deque(chunk if chunk.finished() else chunk.resubmit(pool) for chunk in pending)
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
