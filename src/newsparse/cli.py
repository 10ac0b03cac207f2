"""The ``newsparse`` command: parse article files (or stdin) and print JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence

from . import __version__
from .article import parse_article

__all__ = ["main"]


def _build_argparser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse the plain text of news articles into JSON (one object per input).",
    )
    ap.add_argument("files", nargs="*", metavar="FILE", help="article text files; '-' or none reads stdin")
    ap.add_argument("--jsonl", action="store_true", help="one JSON line per input, with its file name")
    ap.add_argument("--pretty", action="store_true", help="indent the JSON (not with --jsonl, which keeps one line each)")
    ap.add_argument(
        "--reference-date",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the day the articles were filed, to give a year to dates written without one",
    )
    ap.add_argument("--encoding", default="utf-8", help="the files' text encoding (default utf-8)")
    ap.add_argument("--version", action="version", version=f"newsparse {__version__}")
    return ap


def _read(name: str, encoding: str) -> str:
    if name == "-":
        raw = getattr(sys.stdin, "buffer", None)  # a text stream without bytes beneath (tests, IDEs) is read as text
        return raw.read().decode(encoding) if raw is not None else sys.stdin.read()
    with open(name, encoding=encoding, newline="") as handle:
        return handle.read()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return the exit status (0 when every input parsed, 1 otherwise)."""
    args = _build_argparser().parse_args(argv)
    names = list(args.files) or ["-"]
    indent = 2 if args.pretty else None
    status = 0
    results = []
    for name in names:
        try:
            text = _read(name, args.encoding)
        except (OSError, UnicodeDecodeError, LookupError) as error:  # LookupError: an unknown --encoding
            print(f"newsparse: {name}: {error}", file=sys.stderr)
            status = 1
            continue
        data = parse_article(text, reference_date=args.reference_date).to_dict()
        if args.jsonl:
            print(json.dumps({"file": name, **data}, ensure_ascii=False))
        else:
            results.append(data)
    if not args.jsonl and results:
        out = results[0] if len(names) == 1 else results
        print(json.dumps(out, ensure_ascii=False, indent=indent))
    return status
