"""rss46 (issue 7): what plain-text parsing never needs is imported when first asked for, and the
public names stay where they were."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import MonthDay

SRC = str(Path(newsparse.__file__).resolve().parent.parent)

# the modules a fresh `import newsparse` and one parse of a plain article must leave unimported
DEFERRED = (
    "newsparse.batch", "newsparse.html", "newsparse.decoding", "newsparse.jsontext", "newsparse.quotes.languages", "pickle", "calendar",
)


def _fresh(code: str) -> object:
    """What *code* (run in a fresh interpreter after ``import newsparse``) prints as JSON."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-c", f"import json, sys, newsparse\n{code}"], capture_output=True, text=True, check=True, env=env
    )
    return json.loads(done.stdout)


def test_a_plain_parse_imports_none_of_the_deferred_modules() -> None:
    got = _fresh(
        "newsparse.parse_article('Floods close schools\\n\\nLEEDS (Reuters) - \u201cWe wait,\u201d Ana Ruiz said.')\n"
        f"print(json.dumps([m for m in {DEFERRED!r} if m in sys.modules]))"
    )
    assert got == []


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("parse_many", "newsparse.batch"),
        ("ParseFailure", "newsparse.batch"),
        ("render_html", "newsparse.html"),
        ("HtmlRenderer", "newsparse.html"),
        ("parse_bytes", "newsparse.decoding"),
    ],
)
def test_a_deferred_name_imports_its_module_when_read(name: str, module: str) -> None:
    got = _fresh(
        f"before = {module!r} in sys.modules\n"
        f"value = getattr(newsparse, {name!r})\n"
        f"print(json.dumps([before, value is getattr(sys.modules[{module!r}], {name!r}), {name!r} in dir(newsparse)]))"
    )
    assert got == [False, True, True]


def test_star_import_gives_every_public_name() -> None:
    namespace: dict[str, object] = {}
    exec("from newsparse import *", namespace)
    assert sorted(name for name in namespace if name != "__builtins__") == sorted(newsparse.__all__)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="module 'newsparse' has no attribute 'parse_everything'"):
        newsparse.parse_everything  # noqa: B018


def test_deferred_values_pickle_and_parse_as_before() -> None:
    failure = newsparse.ParseFailure(3, "TypeError", "expected str")
    assert pickle.loads(pickle.dumps(failure)) == failure
    results = list(newsparse.parse_many(["Storm hits coast\n\nMIAMI (AP) \u2014 Winds rose.", b"bytes"]))
    assert [type(result).__name__ for result in results] == ["Article", "ParseFailure"]
    assert results[0].dateline is not None and results[0].dateline.agency == "AP"
    article = newsparse.parse_bytes("Storm hits coast\n\nMIAMI (AP) \u2014 Winds rose.".encode())
    assert article.headline is not None and article.headline.text == "Storm hits coast"


@pytest.mark.parametrize(
    ("language", "vocabulary", "quotes"),
    [
        ("fr", "FrenchVocabulary", "FrenchQuotes"),
        ("de-AT", "GermanVocabulary", "GermanQuotes"),
        ("en-GB", "BritishVocabulary", "BritishQuotes"),
        ("es", "SpanishVocabulary", "SpanishQuotes"),
    ],
)
def test_a_language_pack_is_still_found_by_its_code(language: str, vocabulary: str, quotes: str) -> None:
    parser = newsparse.ArticleParser(language=language)
    assert (type(parser.vocabulary).__name__, type(parser.quotes).__name__) == (vocabulary, quotes)


def test_an_unknown_language_still_names_the_known_codes() -> None:
    with pytest.raises(ValueError, match=r"no language pack for 'xx'; known: en, en-GB, fr, de, es"):
        newsparse.ArticleParser(language="xx")


@pytest.mark.parametrize(
    ("month", "day", "valid"),
    [(2, 29, True), (2, 30, False), (4, 30, True), (4, 31, False), (12, 31, True), (1, 32, False)],
)
def test_a_month_day_has_the_days_of_a_leap_year(month: int, day: int, valid: bool) -> None:
    if valid:
        assert MonthDay(month, day).isoformat() == f"--{month:02d}-{day:02d}"
    else:
        with pytest.raises(ValueError, match=f"month {month} has no day {day}"):
            MonthDay(month, day)


def test_a_json_record_imports_its_reader_and_is_read_by_its_keys() -> None:
    got = _fresh(
        "text = '{\"headline\": \"Council approves budget\", \"byline\": \"Jo Grant\", \"body\": \"The council met.\\\\n\\\\nIt voted.\"}'\n"
        "before = 'newsparse.jsontext' in sys.modules\n"
        "article = newsparse.parse_article(text)\n"
        "print(json.dumps([before, 'newsparse.jsontext' in sys.modules, article.headline.text, list(article.byline.authors),"
        " [p.text for p in article.paragraphs]]))"
    )
    assert got == [False, True, "Council approves budget", ["Jo Grant"], ["The council met.", "It voted."]]
