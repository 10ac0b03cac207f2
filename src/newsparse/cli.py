"""The ``newsparse`` command: parse article files, directories, lists or JSONL records; print JSON,
JSON lines, CSV (one row per quote) or HTML, streaming each result as soon as it is made.

Exit status: 0 when every input parsed, 1 when some input could not be read or parsed (each one
gets an error record in the output and a line on stderr), 2 for a usage error, 130 when
interrupted, 141 when the reader of the output went away (``newsparse big.txt | head``), 143 or
129 when stopped by ``SIGTERM`` or ``SIGHUP``.
"""

from __future__ import annotations

import argparse
import codecs
import collections
import contextlib
import csv
import datetime as dt
import fnmatch
import json
import os
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path, PurePath
from typing import IO, Any

import attrs

from . import __version__
from .article import ArticleParser
from .batch import ParseFailure, parse_many
from .decoding import BOMS
from .quotes.languages import language_pack
from .spans import Article, write_json_value

__all__ = ["CSV_COLUMNS", "Progress", "main"]

#: The columns of ``--format csv``: one row per quote.
CSV_COLUMNS = ("file", "paragraph", "kind", "speaker", "mention", "text", "start", "end")

#: The exit status when the output's reader went away (128 + SIGPIPE, as a shell reports it).
EXIT_PIPE_CLOSED = 141
#: The exit status after Ctrl-C.
EXIT_INTERRUPTED = 130

_FORMATS = ("json", "jsonl", "csv", "html")
_SUFFIXES = {"json": ".json", "jsonl": ".json", "csv": ".csv", "html": ".html"}


class _UsageError(Exception):
    """A problem with the command line found after parsing it (exit status 2)."""


#: The signals that stop the command as Ctrl-C does, its worker processes included, with the exit
#: status 128 + the signal's number (``timeout``, a job scheduler, a closed terminal).  A signal
#: that is ignored when the command starts (``nohup``) stays ignored.
STOP_SIGNALS = ("SIGTERM", "SIGHUP")


class _Stopped(BaseException):
    """Raised by a stop signal's handler (a ``BaseException``, as ``KeyboardInterrupt`` is, so that
    no ``except Exception`` mistakes it for an input that failed)."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number


def _stop(number: int, frame: object) -> None:
    raise _Stopped(number)


@contextlib.contextmanager
def _stop_signals_handled() -> Iterator[None]:
    """Turn the :data:`STOP_SIGNALS` left at their default into :class:`_Stopped` while the
    command runs, so that its worker processes are shut down on the way out."""
    previous: dict[int, Any] = {}
    for name in STOP_SIGNALS:
        number = getattr(signal, name, None)
        if number is None:
            continue
        with contextlib.suppress(ValueError, OSError):  # not the main thread: leave it be
            if signal.getsignal(number) is signal.SIG_DFL:
                previous[number] = signal.signal(number, _stop)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _reference_date(value: str) -> dt.date:
    try:
        # the form the help gives, on every Python (3.11 would also take 20240101 and 2024-W01-1)
        if len(value) != len("YYYY-MM-DD") or value[4] != "-" or value[7] != "-":
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a valid date in YYYY-MM-DD form: {value!r}") from None


def _encoding(value: str) -> str:
    try:
        b"a".decode(value, "replace")  # an unknown name, or a codec that does not give text (hex)
    except LookupError:
        raise argparse.ArgumentTypeError(f"not a text encoding: {value!r}") from None
    return value


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes (0 or more): {value!r}")
    return jobs or os.cpu_count() or 1


def _language(value: str) -> str:
    try:
        language_pack(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return value


def _build_argparser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse the plain text of news articles into JSON, JSON lines, CSV or HTML. "
        "Results are written as they are made, in input order; an input that fails gets an error "
        "record in its place and a message on stderr.",
        epilog="Exit status: 0 all parsed, 1 some input failed, 2 usage error, 141 output closed.",
    )
    inputs = ap.add_argument_group("input")
    inputs.add_argument(
        "files",
        nargs="*",
        metavar="PATH",
        help="article text files, or directories of them; '-' or nothing reads stdin",
    )
    inputs.add_argument("-r", "--recursive", action="store_true", help="read directories' subdirectories too")
    inputs.add_argument(
        "--glob",
        metavar="PATTERN",
        help="which file names to read in a directory (default '*.txt', or '*.jsonl' with --input-jsonl)",
    )
    inputs.add_argument(
        "--input-file", metavar="LIST", help="read the paths to parse from LIST, one a line ('-' for stdin)"
    )
    inputs.add_argument(
        "--input-jsonl",
        metavar="FIELD",
        help="the inputs are JSON lines files whose records hold the text in FIELD; each record is "
        "written back with an 'article' field added",
    )
    inputs.add_argument("--encoding", type=_encoding, default="utf-8", help="the inputs' text encoding (default utf-8)")
    outputs = ap.add_argument_group("output")
    outputs.add_argument(
        "-f",
        "--format",
        choices=_FORMATS,
        default="json",
        help="json: one object for one file, else an array (default); jsonl: one line per input with "
        "its 'file'; csv: one row per quote (" + ", ".join(CSV_COLUMNS) + "); html: a page per article",
    )
    outputs.add_argument("--jsonl", action="store_const", const="jsonl", dest="format", help="the same as --format jsonl")
    outputs.add_argument("--pretty", action="store_true", help="indent the JSON (not with jsonl, which keeps one line each)")
    outputs.add_argument(
        "-o", "--output-dir", metavar="DIR", help="write one file per input into DIR, names mirrored, instead of stdout"
    )
    outputs.add_argument("--no-progress", action="store_true", help="no progress line on stderr")
    parsing = ap.add_argument_group("parsing")
    parsing.add_argument(
        "--reference-date",
        type=_reference_date,
        metavar="YYYY-MM-DD",
        help="the day the articles were filed, to give a year to dates written without one",
    )
    parsing.add_argument(
        "--language",
        type=_language,
        metavar="CODE",
        help="read the articles with this language's pack: en, en-GB, fr, de, es, or a tag such as de-AT "
        "or fr_FR; en-AU, en-IN and the other English regions that write the day first read dates so "
        "(default: English)",
    )
    parsing.add_argument(
        "-j", "--jobs", type=_jobs, default=1, metavar="N", help="parse in N processes (0: one per core; default 1)"
    )
    ap.add_argument("--version", action="version", version=f"newsparse {__version__}")
    return ap


# --- inputs ---------------------------------------------------------------------------------


@attrs.frozen
class _Job:
    """One input: its ``label`` (the ``file`` of its records), its name under ``-o DIR``, the
    text to parse (or ``None`` with an ``error``), and for a JSONL record the record and line."""

    label: str
    out_name: PurePath
    text: str | None
    error: str | None = None
    record: dict[str, Any] | None = None
    line: int | None = None
    size: int = 0


def _say(message: str) -> None:
    """Write *message* on a line of its own on stderr, clearing the progress line first if one is
    drawn (it is drawn again at its next redraw)."""
    if _shown_progress is not None:
        _shown_progress.clear()
    if sys.stderr is not None:
        print(message, file=sys.stderr)


def _describe(error: BaseException) -> str:
    if isinstance(error, UnicodeDecodeError):
        return f"cannot decode as {error.encoding}: byte {error.object[error.start]:#04x} at {error.start}"
    if isinstance(error, LookupError):
        return str(error)
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


@attrs.frozen
class _Source:
    """Where the inputs come from, as given on the command line."""

    args: argparse.Namespace

    @property
    def pattern(self) -> str:
        return str(self.args.glob or ("*.jsonl" if self.args.input_jsonl else "*.txt"))

    def arguments(self) -> Iterator[str]:
        """The paths given: on the command line, then in ``--input-file``; stdin when none."""
        yield from self.args.files
        if self.args.input_file is not None:
            with _open_list(self.args.input_file, self.args.encoding) as listing:
                for raw in listing:
                    path = raw.rstrip("\r\n")
                    if path.strip():
                        yield path
        elif not self.args.files:
            yield "-"

    def paths(self, warn: bool = True) -> Iterator[tuple[str, PurePath, str | None]]:
        """``(path, name under -o, error)`` for every file to read, directories expanded; with
        *warn*, say so on stderr when a directory has no file to read."""
        stdin_taken = self.args.input_file == "-"  # by the list of paths
        for arg in self.arguments():
            if arg == "-":
                yield arg, PurePath("stdin"), "standard input is already read" if stdin_taken else None
                stdin_taken = True
            elif not arg:
                yield arg, PurePath("empty"), "empty file name"
            elif os.path.isdir(arg):
                found = False
                for path, relative in self.walk(arg, PurePath()):
                    found = True
                    yield path, relative, None
                if not found and warn:
                    _say(f"newsparse: {arg}: no files match {self.pattern}")
            else:
                given = PurePath(arg)
                mirrored = given if not given.is_absolute() and ".." not in given.parts else PurePath(given.name)
                yield arg, mirrored, None

    def walk(self, directory: str, relative: PurePath) -> Iterator[tuple[str, PurePath]]:
        """The files of *directory* whose names match the pattern, in name order, with their
        subdirectories' files in place when recursive; read one directory at a time."""
        try:
            with os.scandir(directory) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as error:
            _say(f"newsparse: {directory}: {_describe(error)}")
            return
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if self.args.recursive:
                    yield from self.walk(entry.path, relative / entry.name)
            elif fnmatch.fnmatchcase(entry.name, self.pattern) and (entry.is_file() or self.dangling(entry)):
                yield entry.path, relative / entry.name  # a dangling link gets its error record

    @staticmethod
    def dangling(entry: os.DirEntry[str]) -> bool:
        """Whether *entry* is a symbolic link to nothing (not to a directory, a pipe or a device)."""
        return entry.is_symlink() and not os.path.lexists(os.path.realpath(entry.path))

    def jobs(self) -> Iterator[_Job]:
        """Every input to parse, read lazily, in order."""
        for path, out_name, error in self.paths():
            if error is not None:
                yield _Job(path, out_name, None, error)
            elif self.args.input_jsonl is not None:
                yield from self.records(path, out_name)
            else:
                yield self.read(path, out_name)

    def read(self, path: str, out_name: PurePath) -> _Job:
        try:
            if path == "-":
                data = _stdin_bytes().read()
            else:
                with open(path, "rb") as handle:
                    data = handle.read()
            # newline="" semantics: the text is kept exactly, so spans point into the file
            return _Job(path, out_name, data.decode(_codec_for(data, self.args.encoding)), size=len(data))
        except (OSError, UnicodeDecodeError, LookupError) as error:
            return _Job(path, out_name, None, _describe(error))

    def records(self, path: str, out_name: PurePath) -> Iterator[_Job]:
        field = self.args.input_jsonl
        try:
            handle = _stdin_bytes() if path == "-" else open(path, "rb")  # noqa: SIM115 (closed below)
        except OSError as error:
            yield _Job(path, out_name, None, _describe(error))
            return
        try:
            for number, raw in enumerate(handle, 1):
                if not raw.strip():
                    continue
                yield self.record(path, out_name, number, raw, field)
        except OSError as error:
            yield _Job(path, out_name, None, _describe(error))
        finally:
            if path != "-":
                handle.close()

    def record(self, path: str, out_name: PurePath, number: int, raw: bytes, field: str) -> _Job:
        def failed(message: str) -> _Job:
            return _Job(path, out_name, None, message, line=number, size=len(raw))

        try:
            record = json.loads(raw.rstrip(b"\r\n").decode(self.args.encoding), parse_constant=_not_json_constant)
        except json.JSONDecodeError as error:
            return failed(f"not a JSON record: {error.msg} at column {error.colno}")
        except (UnicodeDecodeError, LookupError) as error:
            return failed(_describe(error))
        except ValueError as error:  # NaN or Infinity
            return failed(f"not a JSON record: {error}")
        except RecursionError:
            return failed("not a JSON record: nested too deeply")
        if not isinstance(record, dict):
            return failed(f"not a JSON object but {type(record).__name__}")
        text = record.get(field)
        if not isinstance(text, str):
            return failed(f"no text in field {field!r}" if text is None else f"field {field!r} is {type(text).__name__}, not text")
        return _Job(path, out_name, text, record=record, line=number, size=len(raw))


def _not_json_constant(name: str) -> Any:
    """Refuse ``NaN`` and ``Infinity``, which Python reads but JSON has not (a record holding them
    would be written back as invalid JSON)."""
    raise ValueError(f"{name} is not a JSON value")


def _stdin_bytes() -> IO[bytes]:
    if sys.stdin is None:
        raise OSError(0, "standard input is closed")
    with contextlib.suppress(AttributeError, ValueError):
        if sys.stdin.isatty():  # `newsparse` typed alone: say why nothing happens
            end = "Ctrl-Z, Enter" if os.name == "nt" else "Ctrl-D"
            _say(f"newsparse: reading the text from the terminal; end it with {end} (or give a file)")
    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:  # a text stream without bytes beneath (tests, IDEs)
        import io

        return io.BytesIO(sys.stdin.read().encode("utf-8"))
    return raw  # type: ignore[no-any-return]


def _codec_for(data: bytes, encoding: str) -> str:
    """The codec that reads a file's *data* given as *encoding*: for UTF-8 (the default) a byte
    order mark of UTF-8, UTF-16 or UTF-32 chooses the codec and is dropped, as
    :func:`newsparse.parse_bytes` does (a UTF-16 or UTF-32 mark never starts valid UTF-8)."""
    if codecs.lookup(encoding).name != "utf-8":
        return encoding
    return next((codec for mark, codec in BOMS if data.startswith(mark)), "utf-8")


@contextlib.contextmanager
def _open_list(name: str, encoding: str) -> Iterator[Iterable[str]]:
    if name == "-":
        if sys.stdin is None:
            raise _UsageError("--input-file -: standard input is closed")
        yield sys.stdin
        return
    try:
        handle = open(name, encoding=encoding)  # noqa: SIM115 (a context manager around it)
    except OSError as error:
        raise _UsageError(f"--input-file {name}: {_describe(error)}") from None
    with handle:
        yield handle


# --- progress -------------------------------------------------------------------------------


class Progress:
    """A one-line progress report on a terminal: articles done, rate, and time left when the
    total is known (``total`` is counted in the same units as ``done``: inputs or bytes)."""

    #: The least time between two redraws, in seconds.
    INTERVAL: float = 0.5

    def __init__(self, stream: IO[str], total: int | None, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.total = total
        self.clock = clock
        self.started = clock()
        self.shown = self.started
        self.articles = 0
        self.done = 0
        self.drawn = False

    def line(self) -> str:
        """The report as it stands."""
        elapsed = max(self.clock() - self.started, 1e-9)
        rate = self.articles / elapsed
        text = f"newsparse: {self.articles:,} articles, {rate:,.1f}/s"
        if self.total and self.done:
            left = elapsed * (self.total - self.done) / self.done
            text += f", {100 * self.done / self.total:.0f}%, ETA {dt.timedelta(seconds=round(left))}"
        return text

    def step(self, amount: int) -> None:
        """Count one article more and *amount* units of the total; redraw now and then."""
        self.articles += 1
        self.done += amount
        now = self.clock()
        if now - self.shown >= self.INTERVAL:
            self.shown = now
            self.stream.write("\r" + self.line() + "\x1b[K")
            self.stream.flush()
            self.drawn = True

    def clear(self) -> None:
        """Rub the line out, if it is drawn, so that a message can take its place."""
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn = False

    def finish(self) -> None:
        """Draw the last report and end its line."""
        self.stream.write("\r" + self.line() + "\x1b[K\n")
        self.stream.flush()
        self.drawn = False


#: The progress line on stderr while the command runs, which :func:`_say` clears before a message.
_shown_progress: Progress | None = None


# --- outputs --------------------------------------------------------------------------------


def _is_unicode(stream: IO[str]) -> bool:
    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "utf-8").name.startswith("utf")
    except LookupError:
        return False


class _Writer:
    """Writes the results to stdout in one format, flushing each one as it is made."""

    def __init__(self, args: argparse.Namespace, out: IO[str], single: bool) -> None:
        self.args = args
        self.out = out
        self.single = single
        self.count = 0
        unicode = _is_unicode(out)
        # JSON escapes what the output encoding cannot hold; CSV and HTML fall back on escapes too
        self.ensure_ascii = not unicode
        errors = "backslashreplace" if unicode or args.format != "html" else "xmlcharrefreplace"
        with contextlib.suppress(AttributeError, ValueError):
            out.reconfigure(errors=errors)  # type: ignore[attr-defined]
        self.csv = csv.writer(out) if args.format == "csv" else None

    def begin(self) -> None:
        if self.csv is not None:
            self.csv.writerow(CSV_COLUMNS)
        elif self.args.format == "json" and not self.single:
            self.out.write("[")
        self.out.flush()

    def json(self, value: dict[str, Any]) -> None:
        """Write *value* (whose article's lists are iterators) as JSON, part by part: indented with
        ``--pretty``, else compact."""
        indent = 2 if self.args.pretty and self.args.format == "json" else None
        write_json_value(value, self.out.write, indent=indent, ensure_ascii=self.ensure_ascii)

    def write(self, job: _Job, article: Article | None, error: str | None) -> str | None:
        """Write the result for *job*; return what went wrong, if something did (nothing here:
        a failed write raises)."""
        if self.args.format == "csv":
            self.write_csv(job, article)
        elif self.args.format == "html":
            self.out.write(_html(article) if article is not None else "")
        else:
            if not (self.args.format == "jsonl" or self.single):
                self.out.write(("," if self.count else "") + "\n")
            self.json(_record(job, article, error, self.args.format == "jsonl"))
            if self.args.format == "jsonl" or self.single:
                self.out.write("\n")
        self.count += 1
        self.out.flush()
        return None

    def write_csv(self, job: _Job, article: Article | None) -> None:
        assert self.csv is not None
        name = job.label if job.line is None else f"{job.label}:{job.line}"
        for quote in article.quotes if article is not None else ():
            speaker = quote.speaker
            self.csv.writerow(
                (
                    name,
                    quote.paragraph,
                    quote.kind.value,
                    speaker.name if speaker else "",
                    speaker.mention if speaker else "",
                    quote.text,
                    quote.span.start,
                    quote.span.end,
                )
            )

    def end(self) -> None:
        if self.args.format == "json" and not self.single:
            self.out.write("\n]\n" if self.count else "]\n")
        self.out.flush()


def _record(job: _Job, article: Article | None, error: str | None, with_file: bool) -> dict[str, Any]:
    """The JSON record for one input: the article (its :meth:`~Article.lazy_dict`), the JSONL
    record with it, or an error record."""
    if article is None:
        where: dict[str, Any] = {"file": job.label}
        if job.line is not None:
            where["line"] = job.line
        return {**where, "error": error}
    data = article.lazy_dict()
    if job.record is not None:
        return {**job.record, "article": data}
    return {"file": job.label, **data} if with_file else data


def _html(article: Article) -> str:
    return article.to_html()


class _DirWriter:
    """Writes each result to its own file under ``-o DIR``, names mirrored from the inputs."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.root = Path(args.output_dir)
        self.suffix = _SUFFIXES[args.format]
        self.started = time.time_ns()

    def begin(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        # the start of the run by the file system's own clock, which may lag the system clock by
        # a tick (or be another machine's): a file it dates from then on was written by this run
        with contextlib.suppress(OSError):
            descriptor, stamp = tempfile.mkstemp(prefix=".newsparse-", dir=self.root)
            os.close(descriptor)
            self.started = min(self.started, os.stat(stamp).st_mtime_ns)
            os.unlink(stamp)

    def written_before(self, target: Path) -> bool | None:
        """Whether *target* is left by an earlier run (``False``: written by this one; ``None``:
        there is no such file)."""
        try:
            return target.stat().st_mtime_ns < self.started
        except OSError:
            return None

    def write(self, job: _Job, article: Article | None, error: str | None) -> str | None:
        """Write *article* to its file; return what went wrong, if something did."""
        target = self.root / job.out_name
        target = target.with_name(target.stem + self.suffix) if target.suffix else target.with_name(target.name + self.suffix)
        earlier = self.written_before(target)
        if article is None:
            if earlier:  # an earlier run's result must not pass for this run's
                with contextlib.suppress(OSError):
                    target.unlink()
                    return f"removed {target}, an earlier run's result"
            return None
        if earlier is False:  # two inputs with one mirrored name (a.txt in two directories named): keep the first
            return f"not written: {target} was already written for another input"
        target.parent.mkdir(parents=True, exist_ok=True)
        # written beside it, then renamed: a full disk or Ctrl-C never leaves half a result
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            with open(partial, "w", encoding="utf-8", errors="backslashreplace", newline="") as handle:
                if self.args.format == "html":
                    handle.write(_html(article))
                elif self.args.format == "csv":
                    writer = _Writer(self.args, handle, single=True)
                    writer.begin()
                    writer.write(job, article, None)
                else:
                    indent = 2 if self.args.pretty else None
                    article.write_json(handle, indent=indent)
                    handle.write("\n")
            os.replace(partial, target)
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
        return None

    def end(self) -> None:
        pass


# --- the command ----------------------------------------------------------------------------


def _check(args: argparse.Namespace, single: bool) -> None:
    if args.format == "html" and not hasattr(Article, "to_html"):
        raise _UsageError("--format html: this version of newsparse has no HTML view")
    if args.format == "html" and not single and args.output_dir is None:
        raise _UsageError("--format html with several inputs needs -o DIR (one page per input)")
    if args.output_dir is not None and args.input_jsonl is not None:
        raise _UsageError("-o DIR writes one file per text file; with --input-jsonl, redirect stdout instead")


def _is_single(args: argparse.Namespace) -> bool:
    """One object rather than an array: one input named that is not a directory (or stdin)."""
    if args.input_jsonl is not None or args.input_file is not None or len(args.files) > 1:
        return False
    return not args.files or args.files[0] == "-" or not os.path.isdir(args.files[0])


def _progress(args: argparse.Namespace, source: _Source, single: bool) -> Progress | None:
    stderr = sys.stderr
    if single or args.no_progress or stderr is None or not stderr.isatty():
        return None
    total: int | None = None
    if args.input_jsonl is not None:  # count bytes: the records are not counted ahead
        with contextlib.suppress(OSError):
            total = sum(os.path.getsize(path) for path, _, error in source.paths(warn=False) if path != "-" and error is None)
    elif args.input_file != "-":
        total = sum(1 for _ in source.paths(warn=False))
    return Progress(stderr, total)


def _run(args: argparse.Namespace) -> int:
    global _shown_progress
    single = _is_single(args)
    _check(args, single)
    source = _Source(args)
    progress = _shown_progress = _progress(args, source, single)
    try:
        return _run_with(args, source, single, progress)
    finally:
        if progress is not None:
            progress.clear()  # stopped half way (Ctrl-C): no half line left for the shell prompt
        _shown_progress = None


def _run_with(args: argparse.Namespace, source: _Source, single: bool, progress: Progress | None) -> int:
    if sys.stdout is None and args.output_dir is None:
        print("newsparse: standard output is closed", file=sys.stderr)
        return 1
    writer: _Writer | _DirWriter = _DirWriter(args) if args.output_dir is not None else _Writer(args, sys.stdout, single)
    pending: collections.deque[_Job] = collections.deque()

    def texts() -> Iterator[Any]:
        for job in source.jobs():
            pending.append(job)
            yield job.text  # None for an input that could not be read: parse_many fails it in place

    status = 0
    writer.begin()
    parser = ArticleParser(language=args.language) if args.language is not None else None
    results = parse_many(texts(), workers=args.jobs, parser=parser, reference_date=args.reference_date)
    try:
        for result in results:
            job = pending.popleft()
            article = result if isinstance(result, Article) else None
            error = job.error
            if error is None and isinstance(result, ParseFailure):
                error = f"{result.error}: {result.message}"
            if article is not None:
                error = _unwritable(article)
                article = article if error is None else None
            where = job.label if job.line is None else f"{job.label}:{job.line}"
            if error is not None:
                status = 1
                _say(f"newsparse: {where or repr(where)}: {error}")
            problem = writer.write(job, article, error)
            if problem is not None:
                status = 1
                _say(f"newsparse: {where}: {problem}")
            if progress is not None:
                progress.step(job.size if args.input_jsonl is not None else 1)
    finally:
        close = getattr(results, "close", None)  # parse_many's generators stop their workers
        if close is not None:
            close()
    writer.end()
    if progress is not None:
        progress.finish()
    return status


def _unwritable(article: Article) -> str | None:
    """Why *article* cannot be written (its JSON form raises, as for a stamp whose offset is a day
    or more), or ``None``; such an input gets an error record, and the others are still written."""
    try:
        for value in article.lazy_dict().values():
            if isinstance(value, Iterator):
                collections.deque(value, maxlen=0)  # each part's dict made and dropped
    except (ValueError, TypeError, OverflowError) as error:
        return f"{type(error).__name__}: {error}"
    return None


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush at exit cannot fail again."""
    with contextlib.suppress(OSError, AttributeError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return the exit status (0 when every input parsed, 1 otherwise)."""
    parser = _build_argparser()
    args = parser.parse_args(argv)
    try:
        with _stop_signals_handled():
            return _run(args)
    except _UsageError as error:
        parser.print_usage(sys.stderr)
        print(f"newsparse: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_PIPE_CLOSED
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except _Stopped as stopped:
        return 128 + stopped.number
    except OSError as error:  # the output cannot be written: a full disk, a closed stream
        _silence_stdout()
        target = error.filename or "the output"
        print(f"newsparse: cannot write {target}: {_describe(error)}", file=sys.stderr)
        return 1

