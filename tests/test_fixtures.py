"""The team's fixture articles (``tests/data/articles``): every field of each expected file.

The fixtures are invented articles written in real layouts (web copy-paste, Reuters, AP, AFP,
Xinhua, a 1987 Reuters wire, scraper output, CRLF with non-breaking spaces).  Each ``.json``
names the fields a correct parse has; this module checks each field as its own test.

- Development served all fixtures; there is no held-out split yet.
- ``XFAIL`` lists ``(fixture, field)`` pairs the parser still gets wrong.  They run with
  ``strict=True``: when a fix makes one pass, the test fails until the pair is removed here.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

import newsparse

DATA = Path(__file__).parent / "data" / "articles"
FIXTURES = sorted(p.stem for p in DATA.glob("*.json"))
FIELDS = (
    "section", "headline", "byline", "dateline", "published", "updated", "captions", "paragraphs",
    "boilerplate_kinds", "quotes_found", "speakers", "quote_kinds", "no_extra_quotes",
)

#: (fixture, field) pairs known to fail, with the reason.  Empty at present: every field passes.
XFAIL: dict[tuple[str, str], str] = {}


def norm(text: str | None) -> str:
    """Compare texts without caring about whitespace, NFKC forms, curly quotes or case."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'}))
    return re.sub(r"\s+", " ", text).strip().strip(" ,.;:").casefold()


def load(name: str) -> tuple[str, dict[str, Any], dict[str, Any]]:
    with open(DATA / f"{name}.txt", encoding="utf-8", newline="") as handle:
        text = handle.read()
    expected = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return text, expected, newsparse.parse_article(text).to_dict()


def overlap(a: list[int], b: list[int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return max(0, inter) / max(1, min(a[1] - a[0], b[1] - b[0]))


def match_quotes(text: str, expected: list[dict[str, Any]], got: list[dict[str, Any]]) -> dict[int, int]:
    """Expected quote index -> predicted quote index, by character overlap (at least half)."""
    pairs = []
    for ei, quote in enumerate(expected):
        start = text.find(quote["text"])
        assert start >= 0, f"fixture quote not in text: {quote['text'][:50]!r}"
        for gi, pred in enumerate(got):
            ov = overlap([start, start + len(quote["text"])], pred["span"])
            if ov >= 0.5:
                pairs.append((ov, ei, gi))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, ei, gi in sorted(pairs, reverse=True):
        if ei not in out and gi not in used:
            out[ei] = gi
            used.add(gi)
    return out


def check(name: str, field: str) -> None:
    text, want, got = load(name)
    if field in ("section", "headline", "byline", "dateline", "published", "updated") and field not in want:
        pytest.skip(f"{name} does not state {field}")
    if field == "section":
        assert [norm(s) for s in got["section"]] == [norm(s) for s in want["section"]]
    elif field == "headline":
        assert norm((got["headline"] or {}).get("text")) == norm(want["headline"])
    elif field == "byline":
        if want["byline"] is None:
            assert got["byline"] is None
        else:
            assert got["byline"] is not None
            assert [norm(a) for a in got["byline"]["authors"]] == [norm(a) for a in want["byline"]["authors"]]
            assert norm(got["byline"]["agency"]) == norm(want["byline"].get("agency"))
    elif field == "dateline":
        if want["dateline"] is None:
            assert got["dateline"] is None
        else:
            assert got["dateline"] is not None
            for key in ("place", "agency", "date"):
                assert norm(got["dateline"][key]) == norm(want["dateline"].get(key)), key
    elif field in ("published", "updated"):
        if want[field] is None:
            assert got[field] is None
        else:
            assert got[field] is not None
            assert got[field]["datetime"][:16] == want[field][:16]
    elif field == "captions":
        assert len(got["captions"]) == len(want.get("captions", []))
        for exp, cap in zip(want.get("captions", []), got["captions"], strict=False):
            assert norm(cap["text"]) == norm(exp["text"])
            assert norm(cap["credit"]) == norm(exp["credit"])
            assert len(cap["spans"]) == exp["occurrences"]
    elif field == "paragraphs":
        paras = got["paragraphs"]
        assert len(paras) == want["paragraphs"]["count"]
        assert norm(paras[0]["text"]) == norm(want["paragraphs"]["first"])
        assert norm(paras[-1]["text"]) == norm(want["paragraphs"]["last"])
    elif field == "boilerplate_kinds":
        assert set(want.get("boilerplate_kinds", [])) <= {b["kind"] for b in got["boilerplate"]}
    else:
        check_quotes(text, want.get("quotes", []), got["quotes"], field)


def check_quotes(text: str, expected: list[dict[str, Any]], got: list[dict[str, Any]], field: str) -> None:
    matched = match_quotes(text, expected, got)
    if field == "quotes_found":
        missing = [q["text"][:60] for i, q in enumerate(expected) if i not in matched]
        assert not missing
    elif field == "speakers":
        wrong = []
        for ei, gi in matched.items():
            speaker = got[gi]["speaker"]
            want = expected[ei].get("speaker")
            if want is not None and norm(speaker and speaker["name"]) != norm(want):
                wrong.append((want, speaker and speaker["name"]))
        assert not wrong
    elif field == "quote_kinds":
        wrong = [(expected[ei]["kind"], got[gi]["kind"]) for ei, gi in matched.items() if expected[ei]["kind"] != got[gi]["kind"]]
        assert not wrong
    elif field == "no_extra_quotes":
        extra = [q["text"][:60] for gi, q in enumerate(got) if gi not in matched.values()]
        assert not extra


CASES = [
    pytest.param(name, field, id=f"{name}:{field}", marks=[pytest.mark.xfail(strict=True, reason=XFAIL[(name, field)])])
    if (name, field) in XFAIL
    else pytest.param(name, field, id=f"{name}:{field}")
    for name in FIXTURES
    for field in FIELDS
]


@pytest.mark.parametrize(("name", "field"), CASES)
def test_fixture_field(name: str, field: str) -> None:
    check(name, field)


def test_fixture_set_is_complete() -> None:
    """Each fixture has both files, and no XFAIL entry names a fixture or field that does not exist."""
    assert len(FIXTURES) >= 10
    for name in FIXTURES:
        assert (DATA / f"{name}.txt").exists()
    for name, field in XFAIL:
        assert name in FIXTURES and field in FIELDS
