"""The ``newsparse`` command, through ``newsparse.cli.main`` and ``python -m newsparse``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from articles import WIRE
from contract import CONTRACT_KEYS
from newsparse import parse_article
from newsparse.cli import main

WEB = (
    "WORLD / EUROPE\n"
    "Dutch farmers block motorways in protest over nitrogen rules\n"
    "By Eva Jansen and Pieter de Vries\n"
    "Published: Mar 4, 2025 09:05 AM\n"
    "\n"
    "Tractors parked across the A12 motorway near Utrecht. Photo: Sanne Visser\n"
    "\n"
    "THE HAGUE (Reuters) — Thousands of Dutch farmers drove tractors onto motorways\n"
    "on Tuesday, the national road authority said.\n"
)


@pytest.fixture
def wire_file(tmp_path: Path) -> Path:
    path = tmp_path / "wire.txt"
    path.write_text(WIRE, encoding="utf-8")
    return path


@pytest.fixture
def web_file(tmp_path: Path) -> Path:
    path = tmp_path / "web.txt"
    path.write_text(WEB, encoding="utf-8")
    return path


def test_one_file_gives_one_object(wire_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(wire_file)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    data = json.loads(out)
    assert isinstance(data, dict)
    assert list(data) == list(CONTRACT_KEYS)
    assert data == parse_article(WIRE).to_dict()
    assert data["headline"]["text"] == "Russia says it repelled drone attack on Moscow region"
    assert data["dateline"]["date"] == "--08-13"
    # compact by default: one line
    assert out.count("\n") == 1


def test_two_files_give_a_list(wire_file: Path, web_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(wire_file), str(web_file)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list)
    assert len(data) == 2
    assert all(list(item) == list(CONTRACT_KEYS) for item in data)
    assert data[0] == parse_article(WIRE).to_dict()
    assert data[1] == parse_article(WEB).to_dict()
    assert data[1]["section"] == ["WORLD", "EUROPE"]


def test_jsonl_gives_one_line_per_file(wire_file: Path, web_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--jsonl", str(wire_file), str(web_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert [r["file"] for r in records] == [str(wire_file), str(web_file)]
    for record, text in zip(records, (WIRE, WEB), strict=True):
        assert list(record) == ["file", *CONTRACT_KEYS]
        record.pop("file")
        assert record == parse_article(text).to_dict()


def test_jsonl_with_one_file_is_still_one_record(wire_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--jsonl", str(wire_file)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["file"] == str(wire_file)


def test_pretty_indents(wire_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--pretty", str(wire_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n  ")
    assert '\n  "headline": {\n    "text": ' in out
    assert json.loads(out) == parse_article(WIRE).to_dict()


def test_output_keeps_non_ascii(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ap.txt"
    path.write_text("Storm hits coast\n\nMIAMI (AP) — “We lost everything,” Ana Ruiz said.\n", encoding="utf-8")
    assert main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "“We lost everything,”" in out
    assert "\\u201c" not in out
    assert '"MIAMI (AP) —"' in out


def test_dash_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(WEB))
    assert main(["-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == parse_article(WEB).to_dict()


def test_no_file_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(WIRE))
    assert main([]) == 0
    assert json.loads(capsys.readouterr().out) == parse_article(WIRE).to_dict()


def test_reference_date_option(wire_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--reference-date", "2024-08-20", str(wire_file)]) == 0
    assert json.loads(capsys.readouterr().out)["dateline"]["date"] == "2024-08-13"


def test_missing_file_gives_an_error_record_and_returns_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no-such-article.txt"
    assert main([str(missing)]) == 1
    out, err = capsys.readouterr()
    assert json.loads(out) == {"file": str(missing), "error": "No such file or directory"}
    assert err == f"newsparse: {missing}: No such file or directory\n"


def test_missing_file_among_others_keeps_its_place(
    wire_file: Path, web_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "gone.txt"
    assert main([str(wire_file), str(missing), str(web_file)]) == 1
    out, err = capsys.readouterr()
    assert err == f"newsparse: {missing}: No such file or directory\n"
    assert json.loads(out) == [
        parse_article(WIRE).to_dict(),
        {"file": str(missing), "error": "No such file or directory"},
        parse_article(WEB).to_dict(),
    ]


def test_crlf_file_keeps_its_offsets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = WIRE.replace("\n", "\r\n")
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    assert main([str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == parse_article(text).to_dict()
    start, end = data["headline"]["span"]
    assert text[start:end] == data["headline"]["text"]
    start, end = data["paragraphs"][-1]["span"]
    assert text[start:end] == data["paragraphs"][-1]["text"]


def test_python_dash_m(wire_file: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", str(wire_file)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == list(CONTRACT_KEYS)
    assert data == parse_article(WIRE).to_dict()


def test_python_dash_m_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", str(missing)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith(f"newsparse: {missing}: ")
