"""The ``newsparse`` command on many inputs: directories, lists, JSONL records, formats, -o DIR,
--jobs, progress, and clean exits when the output or the input goes away."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from articles import WIRE
from newsparse import Article, Timestamp, parse_article
from newsparse.cli import CSV_COLUMNS, EXIT_PIPE_CLOSED, Progress, main
from newsparse.spans import write_json_value

FIXTURES = Path(__file__).parent / "data" / "articles"


FLOOD = (
    "Floods cut off villages in northern Italy\n"
    "\n"
    "MILAN, May 17 (AP) — Rescue teams reached villages cut off by floods on Friday.\n"
    "\n"
    "“The water came up in less than an hour,” said Giulia Conti, a baker in Faenza.\n"
)


def text_of(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A scraper's output folder: two articles at the top, one in a subfolder, and a stray file."""
    root = tmp_path / "corpus"
    (root / "2025" / "05").mkdir(parents=True)
    shutil.copy(FIXTURES / "ap-wire.txt", root / "ap-wire.txt")
    shutil.copy(FIXTURES / "afp-wire.txt", root / "afp-wire.txt")
    shutil.copy(FIXTURES / "web-kicker.txt", root / "2025" / "05" / "web-kicker.txt")
    (root / "index.html").write_text("<html></html>", encoding="utf-8")
    return root


def run_jsonl(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict[str, object]], str]:
    status = main(["--jsonl", *args])
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines()], err


def test_a_directory_reads_its_txt_files_in_order(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, records, err = run_jsonl([str(corpus)], capsys)
    assert (status, err) == (0, "")
    assert [r["file"] for r in records] == [str(corpus / "afp-wire.txt"), str(corpus / "ap-wire.txt")]
    assert {k: v for k, v in records[1].items() if k != "file"} == parse_article(text_of("ap-wire.txt")).to_dict()


def test_recursive_reads_subdirectories(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, records, _ = run_jsonl(["--recursive", str(corpus)], capsys)
    assert status == 0
    assert [r["file"] for r in records] == [
        str(corpus / "2025" / "05" / "web-kicker.txt"),
        str(corpus / "afp-wire.txt"),
        str(corpus / "ap-wire.txt"),
    ]


def test_glob_chooses_the_files(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, records, _ = run_jsonl(["-r", "--glob", "a*-wire.txt", str(corpus)], capsys)
    assert status == 0
    assert [Path(str(r["file"])).name for r in records] == ["afp-wire.txt", "ap-wire.txt"]


def test_a_directory_with_no_match_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--jsonl", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"newsparse: {tmp_path}: no files match *.txt\n"


def test_a_directory_alone_gives_an_array(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(corpus)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == [parse_article(text_of("afp-wire.txt")).to_dict(), parse_article(text_of("ap-wire.txt")).to_dict()]


def test_input_file_lists_the_paths(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "list.txt"
    missing = corpus / "deleted.txt"
    listing.write_text(f"{corpus / 'ap-wire.txt'}\n\n{missing}\r\n{corpus / '2025'}\n", encoding="utf-8")
    status, records, err = run_jsonl(["--input-file", str(listing), "-r"], capsys)
    assert status == 1
    assert err == f"newsparse: {missing}: No such file or directory\n"
    assert records[1] == {"file": str(missing), "error": "No such file or directory"}
    assert [r["file"] for r in records] == [
        str(corpus / "ap-wire.txt"),
        str(missing),
        str(corpus / "2025" / "05" / "web-kicker.txt"),
    ]


def test_missing_input_file_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--input-file", str(tmp_path / "nope.lst")]) == 2
    err = capsys.readouterr().err
    assert err.endswith(f"newsparse: error: --input-file {tmp_path / 'nope.lst'}: No such file or directory\n")


def test_output_dir_mirrors_the_names(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "parsed"
    assert main(["-r", str(corpus), "-o", str(out)]) == 0
    assert capsys.readouterr() == ("", "")
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["2025/05/web-kicker.json", "afp-wire.json", "ap-wire.json"]
    data = json.loads((out / "2025" / "05" / "web-kicker.json").read_text(encoding="utf-8"))
    assert data == parse_article(text_of("web-kicker.txt")).to_dict()


def test_output_dir_for_files_named_one_by_one(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(corpus)
    out = tmp_path / "parsed"
    assert main(["2025/05/web-kicker.txt", str(corpus / "ap-wire.txt"), "-o", str(out), "--pretty"]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["2025/05/web-kicker.json", "ap-wire.json"]
    assert (out / "ap-wire.json").read_text(encoding="utf-8").startswith("{\n  ")


def test_jsonl_error_records_keep_positions(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = corpus / "latin1.txt"
    bad.write_bytes("Café owners protest\n\nPARIS (AFP) - Café owners marched.\n".encode("latin-1"))
    status, records, err = run_jsonl([str(corpus / "ap-wire.txt"), str(bad), "", str(corpus / "afp-wire.txt")], capsys)
    assert status == 1
    assert records[1] == {"file": str(bad), "error": "cannot decode as utf-8: byte 0xe9 at 3"}
    assert records[2] == {"file": "", "error": "empty file name"}
    assert [r.get("error") is None for r in records] == [True, False, False, True]
    assert err == f"newsparse: {bad}: cannot decode as utf-8: byte 0xe9 at 3\nnewsparse: '': empty file name\n"


def test_input_jsonl_writes_records_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "body": WIRE, "source": "wire"}),
        "",
        '{"id": "a2", "body": ',
        json.dumps({"id": "a3", "headline": "no body"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a4", "body": 42}),
        json.dumps({"id": "a5", "body": FLOOD}, ensure_ascii=False),
    ]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, records, err = run_jsonl(["--input-jsonl", "body", str(feed)], capsys)
    assert status == 1
    assert records[0] == {"id": "a1", "body": WIRE, "source": "wire", "article": parse_article(WIRE).to_dict()}
    assert records[1:5] == [
        {"file": str(feed), "line": 3, "error": "not a JSON record: Expecting value at column 22"},
        {"file": str(feed), "line": 4, "error": "no text in field 'body'"},
        {"file": str(feed), "line": 5, "error": "not a JSON object but list"},
        {"file": str(feed), "line": 6, "error": "field 'body' is int, not text"},
    ]
    assert records[5] == {"id": "a5", "body": FLOOD, "article": parse_article(FLOOD).to_dict()}
    assert err.splitlines()[0] == f"newsparse: {feed}:3: not a JSON record: Expecting value at column 22"
    assert len(err.splitlines()) == 4


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ('{"id": "n1", "body": "x", "score": NaN}', "not a JSON record: NaN is not a JSON value"),
        ('{"id": "n2", "body": "x", "score": -Infinity}', "not a JSON record: -Infinity is not a JSON value"),
        ('{"id": "n3", "body": "x", "tags": ' + "[" * 100_000 + "]" * 100_000 + "}", "not a JSON record: nested too deeply"),
    ],
)
def test_input_jsonl_refuses_records_json_cannot_hold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, error: str
) -> None:
    # a scraper's dump with a bad value or a runaway nesting fails that record only
    feed = tmp_path / "feed.jsonl"
    feed.write_text(line + "\n" + json.dumps({"id": "ok", "body": WIRE}) + "\n", encoding="utf-8")
    status, records, err = run_jsonl(["--input-jsonl", "body", str(feed)], capsys)
    assert status == 1
    assert records == [
        {"file": str(feed), "line": 1, "error": error},
        {"id": "ok", "body": WIRE, "article": parse_article(WIRE).to_dict()},
    ]
    assert err == f"newsparse: {feed}:1: {error}\n"


def test_input_jsonl_from_stdin_as_a_json_array(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"text": FLOOD}) + "\n"))
    assert main(["--input-jsonl", "text"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"text": FLOOD, "article": parse_article(FLOOD).to_dict()}]


def test_csv_has_one_row_per_quote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wire, flood, empty = tmp_path / "wire.txt", tmp_path / "flood.txt", tmp_path / "brief.txt"
    wire.write_text(WIRE, encoding="utf-8")
    flood.write_text(FLOOD, encoding="utf-8")
    empty.write_text("Markets closed for holiday\n\nStock markets were closed on Monday.\n", encoding="utf-8")
    assert main(["--format", "csv", str(wire), str(empty), str(flood)]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows == [
        list(CSV_COLUMNS),
        # a quote in the headline has no paragraph
        [str(wire), "", "indirect", "Russia", "Russia", "it repelled drone attack on Moscow region", "12", "53"],
        [str(wire), "0", "indirect", "the defence ministry", "the defence ministry",
         "Russian air defences destroyed 11 drones overnight over the Moscow region", "82", "155"],
        [str(wire), "1", "direct", "Sergei Sobyanin", "Mayor Sergei Sobyanin", "The attack was repelled,", "197", "221"],
        [str(flood), "1", "direct", "Giulia Conti", "Giulia Conti", "The water came up in less than an hour,", "125", "164"],
    ]
    assert FLOOD[125:164] == "The water came up in less than an hour,"


def test_csv_names_jsonl_records_by_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": WIRE}) + "\n\n" + json.dumps({"text": FLOOD}) + "\n", encoding="utf-8")
    assert main(["-f", "csv", "--input-jsonl", "text", str(feed)]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert [row[0] for row in rows] == ["file", f"{feed}:1", f"{feed}:1", f"{feed}:1", f"{feed}:3"]


@pytest.mark.skipif(not hasattr(Article, "to_html"), reason="Article.to_html is not in this version yet")
def test_html_format_gives_a_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "flood.txt"
    page.write_text(FLOOD, encoding="utf-8")
    assert main(["--format", "html", str(page)]) == 0
    assert capsys.readouterr().out == parse_article(FLOOD).to_html()  # type: ignore[attr-defined]


@pytest.mark.skipif(not hasattr(Article, "to_html"), reason="Article.to_html is not in this version yet")
def test_html_for_several_inputs_needs_a_directory(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "html", str(corpus)]) == 2
    assert capsys.readouterr().err.endswith(
        "newsparse: error: --format html with several inputs needs -o DIR (one page per input)\n"
    )


def test_jobs_give_the_same_output(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--jsonl", "-r", str(corpus)]) == 0
    one = capsys.readouterr().out
    assert main(["--jsonl", "-r", "--jobs", "2", str(corpus)]) == 0
    assert capsys.readouterr().out == one
    assert one.count("\n") == 3


def test_progress_line() -> None:
    now = [100.0]
    stream = io.StringIO()
    progress = Progress(stream, total=200, clock=lambda: now[0])
    for _ in range(40):
        now[0] += 0.05
        progress.step(1)
    assert progress.line() == "newsparse: 40 articles, 20.0/s, 20%, ETA 0:00:08"
    assert stream.getvalue().count("\r") == 3  # redrawn twice a second, not per article
    progress.finish()
    assert stream.getvalue().endswith("\rnewsparse: 40 articles, 20.0/s, 20%, ETA 0:00:08\x1b[K\n")


def test_progress_without_a_total() -> None:
    stream = io.StringIO()
    progress = Progress(stream, total=None, clock=iter([0.0, 4.0, 4.0]).__next__)
    progress.step(1)
    assert stream.getvalue() == "\rnewsparse: 1 articles, 0.2/s\x1b[K"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_messages_do_not_run_into_the_progress_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": WIRE}) + "\n{broken\n" + json.dumps({"text": FLOOD}) + "\n", encoding="utf-8")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(Progress, "INTERVAL", 0.0)  # redraw at every article
    assert main(["--jsonl", "--input-jsonl", "text", str(feed)]) == 1
    capsys.readouterr()
    shown = terminal.getvalue()
    message = f"newsparse: {feed}:2: not a JSON record: Expecting property name enclosed in double quotes at column 2\n"
    # the line is rubbed out before the message, which starts a line of its own; then redrawn
    assert f"\x1b[K\r\x1b[K{message}\rnewsparse: 2 articles, " in shown
    assert shown.endswith("\x1b[K\n")


def test_an_interrupted_run_leaves_no_half_progress_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text((json.dumps({"text": WIRE}) + "\n") * 3, encoding="utf-8")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(Progress, "INTERVAL", 0.0)
    written: list[str] = []

    def write_then_interrupt(self: object, job: object, article: object, error: object) -> None:
        written.append("one")
        if len(written) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr("newsparse.cli._Writer.write", write_then_interrupt)
    assert main(["--jsonl", "--input-jsonl", "text", str(feed)]) == 130
    capsys.readouterr()
    shown = terminal.getvalue()
    assert shown.startswith("\rnewsparse: 1 articles, ")
    assert shown.endswith("\x1b[K\r\x1b[K")  # drawn once, then rubbed out
    assert shown.count("\r") == 2


# --- the command as a user runs it, in a subprocess -----------------------------------------------

ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}


def newsparse(*args: str, **options: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsparse", *args], capture_output=True, timeout=120, check=False, **options)  # type: ignore[call-overload, no-any-return]


@pytest.mark.parametrize("value", ["2024-13-01", "2024-02-30", "20240101", "2024-W01-1", "2024-1-1", "2024-01-01T00:00", ""])
def test_reference_date_that_is_not_a_date(tmp_path: Path, value: str) -> None:
    # only the form the help gives, whatever the Python version would also read
    result = newsparse("--reference-date", value, str(tmp_path / "a.txt"))
    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr.decode().splitlines()[-1] == (
        f"newsparse: error: argument --reference-date: not a valid date in YYYY-MM-DD form: {value!r}"
    )


def test_reference_date_in_its_form_is_used(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Ferry strike ends\n\nATHENS, March 3 (Reuters) - Ferries sailed again.\n", encoding="utf-8")
    result = newsparse("--reference-date", "2019-03-04", str(article))
    assert result.returncode == 0
    assert json.loads(result.stdout)["dateline"]["date"] == "2019-03-03"


@pytest.mark.parametrize("encoding", ["latin-9x", "hex", ""])
def test_an_encoding_that_is_not_one_is_a_usage_error(tmp_path: Path, encoding: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(WIRE, encoding="utf-8")
    result = newsparse("--encoding", encoding, "--jsonl", str(article), str(article))
    assert result.returncode == 2
    assert result.stdout == b""  # not an error record per file
    assert result.stderr.decode().splitlines()[-1] == f"newsparse: error: argument --encoding: not a text encoding: {encoding!r}"


def test_bad_jobs_is_a_usage_error() -> None:
    result = newsparse("--jobs", "-3")
    assert result.returncode == 2
    assert result.stderr.decode().splitlines()[-1] == "newsparse: error: argument -j/--jobs: not a number of processes (0 or more): '-3'"


def test_empty_file_name(tmp_path: Path) -> None:
    result = newsparse("")
    assert result.returncode == 1
    assert json.loads(result.stdout) == {"file": "", "error": "empty file name"}
    assert result.stderr == b"newsparse: '': empty file name\n"


def test_closed_stdin() -> None:
    result = subprocess.run(
        ["sh", "-c", 'exec "$0" -m newsparse <&-', sys.executable], capture_output=True, timeout=120, check=False
    )
    assert result.returncode == 1
    assert json.loads(result.stdout) == {"file": "-", "error": "standard input is closed"}
    assert result.stderr == b"newsparse: -: standard input is closed\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_full_disk(tmp_path: Path) -> None:
    article = tmp_path / "flood.txt"
    article.write_text(FLOOD, encoding="utf-8")
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "newsparse", str(article)], stdout=full, stderr=subprocess.PIPE, timeout=120, check=False
        )
    assert result.returncode == 1
    assert result.stderr == b"newsparse: cannot write the output: No space left on device\n"


def test_ascii_output_encoding_escapes_in_json(tmp_path: Path) -> None:
    article = tmp_path / "flood.txt"
    article.write_text(FLOOD, encoding="utf-8")
    for fmt in ("json", "jsonl"):
        result = newsparse("--format", fmt, str(article), env={**os.environ, "PYTHONIOENCODING": "ascii"})
        assert result.returncode == 0, result.stderr
        assert result.stderr == b""
        assert result.stdout.isascii()
        data = json.loads(result.stdout)
        data.pop("file", None)
        assert data == parse_article(FLOOD).to_dict()
        assert "\\u201cThe water" in result.stdout.decode()


def test_ascii_output_encoding_in_csv(tmp_path: Path) -> None:
    article = tmp_path / "flood.txt"
    article.write_text(FLOOD.replace("Giulia Conti", "Giulia Contè"), encoding="utf-8")
    result = newsparse("--format", "csv", str(article), env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0
    assert result.stdout.decode("ascii").splitlines()[1].startswith(f"{article},1,direct,Giulia Cont\\xe8,")


def test_closed_pipe_stops_quietly(corpus: Path, tmp_path: Path) -> None:
    many = tmp_path / "many"
    many.mkdir()
    for number in range(300):
        shutil.copy(corpus / "ap-wire.txt", many / f"{number:03}.txt")
    process = subprocess.Popen(
        [sys.executable, "-m", "newsparse", "--jsonl", str(many)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(10) == b'{"file": "'
    process.stdout.close()  # as `| head -c 10` does
    assert process.wait(timeout=120) == EXIT_PIPE_CLOSED
    assert process.stderr.read() == b""
    process.stderr.close()


def test_results_stream_while_input_still_arrives() -> None:
    """With a pipe as input, the first record is out before the second is even written."""
    process = subprocess.Popen(
        [sys.executable, "-m", "newsparse", "--input-jsonl", "text", "--jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None and process.stdout is not None and process.stderr is not None
    process.stdin.write((json.dumps({"id": 1, "text": WIRE}) + "\n").encode())
    process.stdin.flush()
    first: list[bytes] = []
    reader = threading.Thread(target=lambda: first.append(process.stdout.readline()))  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout=60)
    assert first, "no output before the input ended"
    assert json.loads(first[0])["article"] == parse_article(WIRE).to_dict()
    process.stdin.write((json.dumps({"id": 2, "text": FLOOD}) + "\n").encode())
    process.stdin.close()
    second = process.stdout.read()
    assert process.wait(timeout=60) == 0
    assert json.loads(second)["id"] == 2
    process.stdout.close()
    process.stderr.close()


def children_of(pid: int) -> list[int]:
    """The processes whose parent is *pid* (Linux /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rpartition(")")[2].split()[1]) == pid:
                found.append(int(entry))
    return found


def is_running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize(("name", "status"), [("SIGINT", 130), ("SIGTERM", 143), ("SIGHUP", 129), ("SIGKILL", -9)])
def test_a_stop_signal_stops_the_workers_too(name: str, status: int, tmp_path: Path) -> None:
    """Ctrl-C, `timeout`, a closed terminal or the out-of-memory killer during a --jobs 2 run: the
    command and its worker processes all end, with no traceback, while the input is still arriving."""
    import signal

    errors = tmp_path / "stderr"  # a file, not a pipe: a worker left running would hold a pipe open
    with open(errors, "wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsparse", "--input-jsonl", "text", "--jsonl", "--jobs", "2"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            # a shell may start a background job with Ctrl-C ignored (and `nohup` the test run with
            # SIGHUP ignored), and a command keeps a signal that is ignored when it starts: the test
            # starts the command as a terminal would
            preexec_fn=lambda: [signal.signal(number, signal.SIG_DFL) for number in (signal.SIGINT, signal.SIGHUP)],
        )
    assert process.stdin is not None and process.stdout is not None
    records = "".join(json.dumps({"id": number, "text": WIRE}) + "\n" for number in range(300))
    process.stdin.write(records.encode())
    process.stdin.flush()  # the pipe stays open: the command is still waiting for more
    first: list[bytes] = []
    reader = threading.Thread(target=lambda: first.append(process.stdout.readline()))  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout=120)
    assert first and json.loads(first[0])["id"] == 0
    workers = children_of(process.pid)
    assert len(workers) >= 2
    process.send_signal(getattr(signal, name))
    assert process.wait(timeout=120) == status
    assert errors.read_bytes() == b""
    for pid in workers:
        for _ in range(600):
            if not is_running(pid):
                break
            threading.Event().wait(0.05)
        assert not is_running(pid), f"worker {pid} outlived the command"
    for stream in (process.stdin, process.stdout):
        with contextlib.suppress(BrokenPipeError):
            stream.close()


@pytest.mark.parametrize(
    "args", [["-", "-"], ["--input-file", "-", "-"], ["--input-jsonl", "text", "-", "-"]], ids=["twice", "list", "jsonl"]
)
def test_stdin_named_twice_is_read_once(args: list[str]) -> None:
    """The second '-' (or a '-' beside --input-file -, whose list stdin holds) gets an error
    record, not the empty text left after the first read."""
    feed = json.dumps({"text": WIRE}) + "\n" if "--input-jsonl" in args else WIRE
    if "--input-file" in args:
        feed = ""  # the list of paths, empty here
    result = newsparse("--jsonl", *args, input=feed.encode("utf-8"), env=ENV)
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert records[-1] == {"file": "-", "error": "standard input is already read"}
    assert result.stderr.decode("utf-8") == "newsparse: -: standard input is already read\n"
    if "--input-jsonl" in args:
        assert records[0] == {"text": WIRE, "article": parse_article(WIRE).to_dict()}
    elif "--input-file" not in args:
        assert records[0] == {"file": "-", **parse_article(WIRE).to_dict()}
    assert len(records) == (1 if "--input-file" in args else 2)


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="needs symbolic links")
def test_a_dangling_link_in_a_directory_gets_an_error_record(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A scraper's 'latest.txt' link to an article since deleted is not silently skipped."""
    (corpus / "b-latest.txt").symlink_to(corpus / "deleted.txt")
    (corpus / "c-feed.txt").symlink_to(corpus / "2025")  # a link to a directory is not followed
    status, records, err = run_jsonl([str(corpus)], capsys)
    assert status == 1
    assert [(r["file"], r.get("error")) for r in records] == [
        (str(corpus / "afp-wire.txt"), None),
        (str(corpus / "ap-wire.txt"), None),
        (str(corpus / "b-latest.txt"), "No such file or directory"),
    ]
    assert err == f"newsparse: {corpus / 'b-latest.txt'}: No such file or directory\n"


def test_reading_from_a_terminal_says_how_to_end(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`newsparse` typed alone waits for the text: it says so instead of seeming to hang."""
    monkeypatch.setattr(sys, "stdin", Terminal(WIRE))
    assert main([]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == parse_article(WIRE).to_dict()
    end = "Ctrl-Z, Enter" if os.name == "nt" else "Ctrl-D"
    assert err == f"newsparse: reading the text from the terminal; end it with {end} (or give a file)\n"


def test_input_file_from_stdin(corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{corpus / 'afp-wire.txt'}\n{corpus / 'ap-wire.txt'}\n"))
    status, records, _ = run_jsonl(["--input-file", "-"], capsys)
    assert status == 0
    assert [r["file"] for r in records] == [str(corpus / "afp-wire.txt"), str(corpus / "ap-wire.txt")]


def test_output_dir_skips_a_failed_input(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "parsed"
    missing = corpus / "withdrawn.txt"
    assert main([str(corpus / "ap-wire.txt"), str(missing), "-o", str(out)]) == 1
    assert capsys.readouterr() == ("", f"newsparse: {missing}: No such file or directory\n")
    assert sorted(p.name for p in out.iterdir()) == ["ap-wire.json"]


def test_output_dir_with_csv_gives_one_table_per_input(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "quotes"
    assert main([str(corpus), "-o", str(out), "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO((out / "ap-wire.csv").read_text(encoding="utf-8"))))
    quotes = parse_article(text_of("ap-wire.txt")).quotes
    assert rows[0] == list(CSV_COLUMNS)
    assert [row[5] for row in rows[1:]] == [quote.text for quote in quotes]
    assert len(quotes) >= 3


def test_output_dir_refuses_jsonl_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--input-jsonl", "text", "-o", str(tmp_path / "out"), str(tmp_path / "feed.jsonl")]) == 2
    assert capsys.readouterr().err.endswith(
        "newsparse: error: -o DIR writes one file per text file; with --input-jsonl, redirect stdout instead\n"
    )
    assert not (tmp_path / "out").exists()


def test_jobs_keep_error_records_in_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "feed.jsonl"
    records = []
    for number in range(40):
        if number % 7 == 3:
            records.append('{"id": ')  # cut off by a crashed scraper
        else:
            records.append(json.dumps({"id": number, "text": (WIRE, FLOOD)[number % 2]}, ensure_ascii=False))
    feed.write_text("\n".join(records) + "\n", encoding="utf-8")
    assert main(["--jsonl", "--input-jsonl", "text", str(feed)]) == 1
    one = capsys.readouterr()
    assert main(["--jsonl", "--input-jsonl", "text", "--jobs", "2", str(feed)]) == 1
    assert capsys.readouterr() == one
    lines = [json.loads(line) for line in one.out.splitlines()]
    assert [line.get("line") for line in lines] == [n + 1 if n % 7 == 3 else None for n in range(40)]
    assert [line.get("id") for line in lines] == [None if n % 7 == 3 else n for n in range(40)]


def test_output_dir_keeps_the_first_of_two_inputs_with_one_name(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "ap-wire.txt").write_text(FLOOD, encoding="utf-8")
    out = tmp_path / "parsed"
    out.mkdir()
    (out / "afp-wire.json").write_text("{}", encoding="utf-8")
    os.utime(out / "afp-wire.json", (1_700_000_000, 1_700_000_000))  # from an earlier run: replaced
    assert main([str(corpus), str(other), "-o", str(out)]) == 1
    assert capsys.readouterr().err == (
        f"newsparse: {other / 'ap-wire.txt'}: not written: {out / 'ap-wire.json'} was already written for another input\n"
    )
    assert json.loads((out / "ap-wire.json").read_text(encoding="utf-8")) == parse_article(text_of("ap-wire.txt")).to_dict()
    assert json.loads((out / "afp-wire.json").read_text(encoding="utf-8")) == parse_article(text_of("afp-wire.txt")).to_dict()


def test_output_dir_removes_an_earlier_result_of_an_input_that_now_fails(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Re-running over a corpus where one file went bad: its old JSON must not pass for a result."""
    out = tmp_path / "parsed"
    assert main(["-r", str(corpus), "-o", str(out)]) == 0
    for old in out.rglob("*.json"):
        os.utime(old, (1_700_000_000, 1_700_000_000))  # from yesterday's run
    (corpus / "afp-wire.txt").write_bytes("Gr\u00e8ve \u00e0 Paris\n".encode("latin-1"))  # re-exported in Latin-1
    (corpus / "ap-wire.txt").unlink()
    assert main(["-r", str(corpus), str(corpus / "ap-wire.txt"), "-o", str(out)]) == 1
    assert capsys.readouterr() == (
        "",
        f"newsparse: {corpus / 'afp-wire.txt'}: cannot decode as utf-8: byte 0xe8 at 2\n"
        f"newsparse: {corpus / 'afp-wire.txt'}: removed {out / 'afp-wire.json'}, an earlier run's result\n"
        f"newsparse: {corpus / 'ap-wire.txt'}: No such file or directory\n"
        f"newsparse: {corpus / 'ap-wire.txt'}: removed {out / 'ap-wire.json'}, an earlier run's result\n",
    )
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == ["2025/05/web-kicker.json"]


def test_output_dir_keeps_this_runs_result_when_a_same_named_input_fails(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "ap-wire.txt").write_bytes(b"\xff\xff not text")  # not a byte order mark: no codec reads it as text
    out = tmp_path / "parsed"
    assert main([str(corpus / "ap-wire.txt"), str(other / "ap-wire.txt"), "-o", str(out)]) == 1
    assert capsys.readouterr().err == f"newsparse: {other / 'ap-wire.txt'}: cannot decode as utf-8: byte 0xff at 0\n"
    assert json.loads((out / "ap-wire.json").read_text(encoding="utf-8")) == parse_article(text_of("ap-wire.txt")).to_dict()


def test_output_dir_never_leaves_half_a_result(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The disk fills up while the second result is written: the first stays whole, the second is
    absent (not an empty or truncated file that reads as a result), and nothing else is left."""
    out = tmp_path / "parsed"
    written: list[str] = []
    real_write_json = Article.write_json

    def write_until_full(article: Article, fp: Any, *, indent: int | None = None) -> None:
        if written:
            fp.write('{"schema_version": 2, ')  # half of the second result reaches the file
            raise OSError(28, "No space left on device")
        written.append("one")
        real_write_json(article, fp, indent=indent)

    monkeypatch.setattr(Article, "write_json", write_until_full)
    assert main([str(corpus / "afp-wire.txt"), str(corpus / "ap-wire.txt"), "-o", str(out)]) == 1
    assert capsys.readouterr().err == "newsparse: cannot write the output: No space left on device\n"
    assert sorted(p.name for p in out.iterdir()) == ["afp-wire.json"]
    assert json.loads((out / "afp-wire.json").read_text(encoding="utf-8")) == parse_article(text_of("afp-wire.txt")).to_dict()


def test_the_docs_show_the_current_help(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    page = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
    if not page.exists():
        pytest.skip("the docs are not beside the tests")
    monkeypatch.setenv("COLUMNS", "100")
    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = capsys.readouterr().out
    assert "## `newsparse --help`\n\n```text\n" + help_text + "```\n" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_json_written_piece_by_piece_is_what_json_dumps_gives(name: str) -> None:
    """A record as the command writes it (the article's lists lazy, the article under a JSONL
    record's key or beside ``file``) is the text ``json.dumps`` gives for the same record whole."""
    article = parse_article(text_of(name))
    extra = {"empty": {}, "none": [], "nested": [[{"a": [1]}]]}
    for ensure_ascii in (False, True):
        for indent in (None, 2):
            for beside in (True, False):  # the article's keys after "file", or the article under a key
                lazy, whole = article.lazy_dict(), article.to_dict()
                if beside:
                    lazy, whole = {"file": name, **lazy, **extra}, {"file": name, **whole, **extra}
                else:
                    lazy, whole = {"id": "a1", **extra, "article": lazy}, {"id": "a1", **extra, "article": whole}
                out = io.StringIO()
                write_json_value(lazy, out.write, indent=indent, ensure_ascii=ensure_ascii)
                assert out.getvalue() == json.dumps(whole, ensure_ascii=ensure_ascii, indent=indent)


@pytest.mark.parametrize(
    ("codec", "options"),
    [
        ("utf-16", []),  # Notepad's "Unicode": a UTF-16 LE file with its byte order mark
        ("utf-16-be", None),  # written with a big-endian mark below
        ("utf-32", []),
        ("utf-8-sig", []),
        ("utf-16", ["--encoding", "UTF8"]),  # the default named another way
    ],
)
def test_a_byte_order_mark_chooses_utf_16_or_32(tmp_path: Path, codec: str, options: list[str] | None, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "wire.txt"
    data = b"\xfe\xff" + WIRE.encode("utf-16-be") if options is None else WIRE.encode(codec)
    path.write_bytes(data)
    status, records, err = run_jsonl([*(options or []), str(path)], capsys)
    assert (status, err) == (0, "")
    assert {k: v for k, v in records[0].items() if k != "file"} == parse_article(WIRE).to_dict()


def test_a_truncated_utf_16_file_fails_alone_with_its_byte_offset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken, good = tmp_path / "a-broken.txt", tmp_path / "b-good.txt"
    broken.write_bytes("Rain ends\n\nIt rained.\n".encode("utf-16")[:-1])  # 2 + 44 bytes, the last one cut
    good.write_text(WIRE, encoding="utf-8")
    status, records, err = run_jsonl([str(broken), str(good)], capsys)
    assert status == 1
    assert records[0] == {"file": str(broken), "error": "cannot decode as utf-16-le: byte 0x0a at 44"}
    assert records[1]["headline"] == parse_article(WIRE).to_dict()["headline"]
    assert err == f"newsparse: {broken}: cannot decode as utf-16-le: byte 0x0a at 44\n"


@pytest.mark.parametrize("output", ["--jsonl", "--format=json", "--format=html", "--format=csv"])
def test_an_article_that_cannot_be_written_fails_alone(
    tmp_path: Path, output: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # as a stamp whose offset is a day or more did (issue 6): its JSON form raised, and the command
    # stopped with a traceback, writing none of the inputs after it
    def unwritable(self: Timestamp) -> dict[str, object]:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")

    monkeypatch.setattr(Timestamp, "to_dict", unwritable)
    stamped, wire = tmp_path / "a-stamped.txt", tmp_path / "b-wire.txt"
    stamped.write_text("Heatwave grips Spain\nPublished: Aug 13, 2024 11:14 +2400\n\nSEVILLE (Reuters) - It was hot.\n", encoding="utf-8")
    wire.write_text(WIRE, encoding="utf-8")
    out = tmp_path / "out"
    assert main([output, "-o", str(out), str(stamped), str(wire)]) == 1
    message = "ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24)."
    assert capsys.readouterr().err == f"newsparse: {stamped}: {message}\n"
    assert sorted(p.stem for p in out.iterdir()) == ["b-wire"]
    status, records, _ = run_jsonl([str(stamped), str(wire)], capsys)
    assert status == 1
    assert records[0] == {"file": str(stamped), "error": message}
    assert {k: v for k, v in records[1].items() if k != "file"} == parse_article(WIRE).to_dict()
