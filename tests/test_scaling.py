"""The Dask and Spark recipes of docs/scaling.md, run as written on a small JSONL corpus, give
exactly what ``newsparse.parse_many`` gives.  Each is skipped when its package (or Java) is absent."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
import regex

from articles import WEB_ARTICLE
from newsparse import Article, parse_many

DOCS = Path(__file__).resolve().parent.parent / "docs" / "scaling.md"
FIXTURES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))


pytestmark = pytest.mark.skipif(not DOCS.exists(), reason="the docs are not beside the tests")


def recipe(*names: str) -> dict[str, Any]:
    """Run the docs' code blocks marked ``# recipe: NAME`` in one fresh namespace."""
    blocks = dict(regex.findall(r"```python\n# recipe: (\w+)\n(.*?)```", DOCS.read_text(encoding="utf-8"), flags=regex.S))
    namespace: dict[str, Any] = {"__name__": "newsparse_scaling_recipe"}  # not importable: pickled by value
    for name in names:
        exec(compile(blocks[name], f"{DOCS}#{name}", "exec"), namespace)
    return namespace


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, list[dict[str, Any]]]:
    """A JSONL corpus of the fixture articles (a blank line and one empty text among them), and
    what ``parse_many`` makes of it."""
    texts = [path.read_text(encoding="utf-8") for path in FIXTURES] + [WEB_ARTICLE, ""]
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": f"doc-{number}", "text": text}, ensure_ascii=False) for number, text in enumerate(texts)]
    path.write_text("\n".join(lines[:3]) + "\n\n" + "\n".join(lines[3:]) + "\n", encoding="utf-8")
    expected = [result.to_dict() for result in parse_many(texts) if isinstance(result, Article)]
    assert len(expected) == len(texts) >= 12
    return path, expected


def test_partition_function_reports_failures_in_place() -> None:
    parse_partition = recipe("partition")["parse_partition"]
    results = list(parse_partition(iter([WEB_ARTICLE, None])))
    assert results[0]["headline"]["text"] == "Dutch farmers block motorways in protest over nitrogen rules"
    assert results[1] == {"error": "TypeError", "message": "newsparse parses str, not NoneType"}


@pytest.mark.skipif(
    importlib.util.find_spec("dask") is None or importlib.util.find_spec("distributed") is None,
    reason="dask and distributed are not installed (the 'dask' extra)",
)
def test_dask_recipe_on_a_local_cluster(corpus: tuple[Path, list[dict[str, Any]]]) -> None:
    distributed = pytest.importorskip("distributed")
    path, expected = corpus
    parse_with_dask = recipe("partition", "dask")["parse_with_dask"]
    with (
        distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster),
    ):
        assert parse_with_dask(str(path)) == expected


@pytest.mark.skipif(
    importlib.util.find_spec("pyspark") is None or shutil.which("java") is None,
    reason="pyspark or Java is not installed (the 'spark' extra)",
)
def test_spark_recipe_in_local_mode(corpus: tuple[Path, list[dict[str, Any]]], monkeypatch: pytest.MonkeyPatch) -> None:
    from pyspark.sql import SparkSession

    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    path, expected = corpus
    parse_with_spark = recipe("partition", "spark")["parse_with_spark"]
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("newsparse-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    try:
        assert spark.sparkContext.textFile(str(path)).getNumPartitions() == 2  # two parsers, one per partition
        assert parse_with_spark(str(path), spark) == expected
    finally:
        spark.stop()
