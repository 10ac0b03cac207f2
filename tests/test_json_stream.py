"""``Article.write_json`` and ``write_json_value``: the JSON of an article written part by part is
``to_json``'s text byte for byte, and the command writes through them (issue 7: a 10 MB input of
a million parts must not become a million dicts and one string ten times its size)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from articles import WIRE
from hostile import many_lines, many_speakers, tiny_paragraphs
from newsparse import Article, Paragraph, Span, parse_article
from newsparse.cli import main
from newsparse.spans import JSON_BATCH, write_json_value

FIXTURES = Path(__file__).parent / "data" / "articles"
INDENTS = (None, 0, 2, 4)

#: Parsed inputs of more parts than ``Article.JSON_WHOLE_PARTS``: paragraphs, quotes, boilerplate.
MANY_PARTS = {
    "short lines": many_lines(13_000),
    "speakers": many_speakers(40_000),
    "one-letter paragraphs": tiny_paragraphs(4_000),
}


def written(article: Article, indent: int | None) -> str:
    out = io.StringIO()
    article.write_json(out, indent=indent)
    return out.getvalue()


def whole(article: Article, indent: int | None) -> str:
    """The text from the whole tree of dicts, as ``to_json`` made it before it could stream."""
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent)


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_written_part_by_part_is_to_json(name: str) -> None:
    article = parse_article((FIXTURES / name).read_text(encoding="utf-8"))
    for indent in INDENTS:
        assert written(article, indent) == article.to_json(indent=indent) == whole(article, indent)


@pytest.fixture(scope="module", params=sorted(MANY_PARTS))
def many(request: pytest.FixtureRequest) -> Article:
    article = parse_article(MANY_PARTS[request.param])
    assert article.part_count() > Article.JSON_WHOLE_PARTS
    return article


def test_many_parts_written_and_to_json_are_the_tree_dumped(many: Article) -> None:
    """Above ``JSON_WHOLE_PARTS`` ``to_json`` streams too: both are still the whole tree's text."""
    for indent in INDENTS:
        expected = whole(many, indent)
        assert written(many, indent) == expected
        assert many.to_json(indent=indent) == expected
    assert json.loads(many.to_json()) == many.to_dict()


def paragraphs(count: int) -> Article:
    """*count* one-line paragraphs of accented text, built by hand."""
    unit = "Él dijo «sí» 🎉.\n"
    text = unit * count
    parts = tuple(Paragraph(unit[:-1], Span(i * len(unit), (i + 1) * len(unit) - 1)) for i in range(count))
    return Article(text, paragraphs=parts)


@pytest.mark.parametrize("count", [0, 1, JSON_BATCH - 1, JSON_BATCH, JSON_BATCH + 1, 2 * JSON_BATCH, 1100])
def test_arrays_cut_into_batches_join_up(count: int) -> None:
    """The members are encoded a batch at a time: the seams between batches (and an empty list)
    read as one array, the non-ASCII characters kept as they are."""
    article = paragraphs(count)
    for indent in INDENTS:
        text = written(article, indent)
        assert text == whole(article, indent) == article.to_json(indent=indent)
    if count:
        assert '"text": "Él dijo «sí» 🎉."' in written(article, None)
    else:
        assert '"paragraphs": []' in written(article, None)


def test_a_value_holding_iterators_is_what_json_dumps_gives_of_lists() -> None:
    rows = [{"id": i, "name": f"Ana {i}", "tags": ["a", "b"] if i % 2 else []} for i in range(600)]
    value = {"meta": {"empty": {}, "none": []}, "inner": {"rows": iter(rows), "count": 600}, "after": iter([])}
    same = {"meta": {"empty": {}, "none": []}, "inner": {"rows": rows, "count": 600}, "after": []}
    for indent in INDENTS:
        for ensure_ascii in (False, True):
            pieces: list[str] = []
            value["inner"]["rows"], value["after"] = iter(rows), iter([])  # type: ignore[index]
            write_json_value(value, pieces.append, indent=indent, ensure_ascii=ensure_ascii)
            assert "".join(pieces) == json.dumps(same, indent=indent, ensure_ascii=ensure_ascii)
            assert len(pieces) > 3  # written in pieces, not as one string


def test_parts_are_made_as_they_are_written(many: Article) -> None:
    """No part's dict is made before the one ahead of it is written: the writer reads its
    iterators lazily, a batch ahead at most."""
    made: list[int] = []
    seen: list[int] = []
    data = many.lazy_dict()
    key = max(("paragraphs", "quotes", "boilerplate"), key=lambda k: len(getattr(many, k)))
    parts = data[key]

    def counted() -> object:
        for number, part in enumerate(parts):
            made.append(number)
            yield part

    data[key] = counted()
    write_json_value(data, lambda piece: seen.append(len(made)))
    count = len(getattr(many, key))
    assert max(seen) == count
    assert next(n for n in seen if n) <= JSON_BATCH  # the first members are written before the rest are made
    assert len(set(seen)) > count // JSON_BATCH  # and so on, a batch at a time


def test_to_a_file_the_bytes_are_to_json_in_utf8(tmp_path: Path, many: Article) -> None:
    path = tmp_path / "out.json"
    with open(path, "w", encoding="utf-8") as handle:
        many.write_json(handle, indent=2)
    assert path.read_bytes() == many.to_json(indent=2).encode("utf-8")


@pytest.fixture
def many_file(tmp_path: Path) -> Path:
    path = tmp_path / "speakers.txt"
    path.write_text(MANY_PARTS["speakers"], encoding="utf-8")
    return path


@pytest.mark.parametrize(("options", "indent"), [([], None), (["--pretty"], 2)])
def test_the_command_prints_to_json(many_file: Path, options: list[str], indent: int | None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*options, str(many_file)]) == 0
    out, err = capsys.readouterr()
    assert (out, err) == (parse_article(MANY_PARTS["speakers"]).to_json(indent=indent) + "\n", "")


def test_the_command_prints_jsonl_and_arrays_of_streamed_articles(many_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wire = tmp_path / "wire.txt"
    wire.write_text(WIRE, encoding="utf-8")
    expected = [parse_article(MANY_PARTS["speakers"]).to_dict(), parse_article(WIRE).to_dict()]
    assert main(["--jsonl", str(many_file), str(wire)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == [{"file": str(many_file), **expected[0]}, {"file": str(wire), **expected[1]}]
    assert lines[0] == json.dumps({"file": str(many_file), **expected[0]}, ensure_ascii=False)
    assert main(["--pretty", "--jobs", "2", str(many_file), str(wire)]) == 0
    pretty = [json.dumps(article, ensure_ascii=False, indent=2) for article in expected]
    assert capsys.readouterr().out == "[\n" + ",\n".join(pretty) + "\n]\n"  # each record at the left margin


@pytest.mark.parametrize("options", [[], ["--pretty"], ["--jobs", "2"]])
def test_the_command_writes_files_of_to_json(many_file: Path, tmp_path: Path, options: list[str]) -> None:
    out = tmp_path / "parsed"
    assert main([*options, str(many_file), "-o", str(out)]) == 0
    indent = 2 if "--pretty" in options else None
    expected = parse_article(MANY_PARTS["speakers"]).to_json(indent=indent) + "\n"
    assert (out / "speakers.json").read_text(encoding="utf-8") == expected
