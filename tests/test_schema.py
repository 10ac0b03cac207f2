"""`docs/schema/article.schema.json` (JSON Schema draft 2020-12) against `Article.to_dict()`.

The schema describes the agreed JSON form 2: `schema_version` (the int 2, first key) and
`section_span` next to `section`.  While `to_dict()` does not give them yet, the test that
validates its output as it is runs as a strict xfail; the other tests add the two keys the way
the contract says and check everything else.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import newsparse
from articles import WEB_ARTICLE

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "schema" / "article.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
DATA = Path(__file__).parent / "data" / "articles"


def _read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


#: Every article the tests have: the fixture files, the bundled example, the shared test article.
ARTICLES = {p.stem: _read(p) for p in sorted(DATA.glob("*.txt"))}
ARTICLES["examples/wire-article"] = _read(ROOT / "examples" / "wire-article.txt")
ARTICLES["WEB_ARTICLE"] = WEB_ARTICLE

HAS_FORM_2 = list(newsparse.Article("").to_dict())[:1] == ["schema_version"]


def form_2(article: newsparse.Article) -> dict[str, Any]:
    """``to_dict()`` with the two agreed keys put where the contract puts them, if absent."""
    data = article.to_dict()
    if "schema_version" in data:
        return data
    out: dict[str, Any] = {"schema_version": newsparse.SCHEMA_VERSION}
    for key, value in data.items():
        out[key] = value
        if key == "section":
            out["section_span"] = None if article.section_span is None else article.section_span.to_list()
    return out


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_fixture_set_is_not_empty() -> None:
    assert len(ARTICLES) >= 16


@pytest.mark.xfail(not HAS_FORM_2, strict=True, reason="schema_version lands with the reliability branch")
@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_to_dict_output_is_valid(name: str) -> None:
    data = newsparse.parse_article(ARTICLES[name]).to_dict()
    VALIDATOR.validate(data)
    assert list(data)[:3] == ["schema_version", "section", "section_span"]


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_the_json_form_2_of_every_article_is_valid(name: str) -> None:
    data = json.loads(json.dumps(form_2(newsparse.parse_article(ARTICLES[name]))))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(data)]
    assert errors == []


def test_schema_lists_exactly_the_keys_to_dict_gives() -> None:
    """Each object's properties, in order, are the keys of the matching to_dict(), all required."""
    article = newsparse.parse_article(WEB_ARTICLE)
    data = form_2(article)
    quote = next(q for q in data["quotes"] if q["speaker"] is not None)
    samples = {
        "": data,
        "headline": data["headline"],
        "byline": data["byline"],
        "dateline": data["dateline"],
        "timestamp": data["published"],
        "caption": data["captions"][0],
        "paragraph": data["paragraphs"][0],
        "quote": quote,
        "speaker": quote["speaker"],
        "boilerplate": data["boilerplate"][0],
    }
    for name, sample in samples.items():
        node = SCHEMA if name == "" else SCHEMA["$defs"][name]
        assert list(node["properties"]) == list(sample), name
        assert node["required"] == list(sample), name
        assert node["additionalProperties"] is False, name


def _set(path: tuple[Any, ...], value: Any) -> Any:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _drop(key: str) -> Any:
    return lambda data: data.pop(key)


# Each change breaks the contract; the schema must reject the document it gives.
BREAKS = [
    ("schema_version 1", _set(("schema_version",), 1)),
    ("schema_version as a string", _set(("schema_version",), "2")),
    ("no schema_version", _drop("schema_version")),
    ("no section_span", _drop("section_span")),
    ("an unknown key", _set(("summary",), "text")),
    ("section as a string", _set(("section",), "WORLD")),
    ("a span of three numbers", _set(("headline", "span"), [1, 2, 3])),
    ("a negative offset", _set(("headline", "span"), [-1, 2])),
    ("a span of strings", _set(("paragraphs", 0, "span"), ["0", "4"])),
    ("authors as a string", _set(("byline", "authors"), "Eva Jansen")),
    ("a date in another format", _set(("dateline", "date"), "04/03/2025")),
    ("a time without seconds", _set(("published", "datetime"), "2025-03-04T09:05")),
    ("has_time as a string", _set(("published", "has_time"), "true")),
    ("a caption with no span", _set(("captions", 0, "spans"), [])),
    ("an unknown quote kind", _set(("quotes", 0, "kind"), "paraphrase")),
    ("a negative paragraph index", _set(("quotes", 0, "paragraph"), -1)),
    ("a paragraph index as a string", _set(("quotes", 0, "paragraph"), "0")),
    ("a speaker with an extra key", _set(("quotes", 0, "speaker", "gender"), "f")),
    ("a quote without its cue key", lambda data: data["quotes"][0].pop("cue")),
    ("boilerplate without a kind", lambda data: data["boilerplate"][0].pop("kind")),
]


@pytest.mark.parametrize(("label", "change"), BREAKS, ids=[b[0] for b in BREAKS])
def test_schema_rejects_a_broken_document(label: str, change: Any) -> None:
    data = form_2(newsparse.parse_article(WEB_ARTICLE))
    VALIDATOR.validate(data)
    broken = copy.deepcopy(data)
    change(broken)
    assert not VALIDATOR.is_valid(broken), label


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("dateline", "date"), "--03-04"),
        (("dateline", "date"), "2025-03-04"),
        (("published", "datetime"), "2025-03-04T09:05:00+01:00"),
        (("published", "datetime"), "2025-03-04T09:05:00.250000"),
        (("quotes", 0, "speaker"), None),
        (("quotes", 0, "paragraph"), None),
        (("section_span",), [0, 14]),
    ],
)
def test_schema_accepts_every_documented_form(path: tuple[Any, ...], value: Any) -> None:
    data = form_2(newsparse.parse_article(WEB_ARTICLE))
    _set(path, value)(data)
    VALIDATOR.validate(data)


def test_boilerplate_kind_description_names_every_kind_the_parser_gives() -> None:
    # every kind the parser files lines under (newsparse.BoilerplateKind), and only those
    kinds = [kind.value for kind in newsparse.BoilerplateKind]
    described = SCHEMA["$defs"]["boilerplate"]["properties"]["kind"]["description"]
    named = described.split(";")[0].replace(" or ", ", ").split(", ")
    assert sorted(named) == sorted(kinds)
