"""``newsparse.parse_many``: many articles, in this process or in worker processes."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from articles import WEB_ARTICLE, WIRE
from newsparse import Article, ArticleParser, CaptionParser, ParseFailure, parse_article, parse_many
from newsparse.batch import IN_FLIGHT_PER_WORKER, WORKER_LOST

FIXTURES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))
TEXTS = [path.read_text(encoding="utf-8") for path in FIXTURES]



class FussyParser(ArticleParser):
    """Fails on articles that mention a embargo note, as a user's subclass might."""

    def parse(self, text: str, *, reference_date: dt.date | None = None) -> Article:
        if "EMBARGOED" in text:
            raise RuntimeError("embargoed copy must not be parsed")
        return super().parse(text, reference_date=reference_date)


class CrashingParser(ArticleParser):
    """Kills its worker process on one article, as running out of memory would."""

    def parse(self, text: str, *, reference_date: dt.date | None = None) -> Article:
        if "CRASH" in text:
            os._exit(3)
        return super().parse(text, reference_date=reference_date)


@pytest.mark.parametrize("workers", [None, 1, 2])
def test_results_match_parse_article_in_input_order(workers: int | None) -> None:
    assert len(TEXTS) >= 10
    texts = TEXTS + [WEB_ARTICLE, WIRE]
    results = list(parse_many(texts, workers=workers, chunksize=3))
    assert results == [parse_article(text) for text in texts]
    assert results[-1].headline is not None
    assert results[-1].headline.text == "Russia says it repelled drone attack on Moscow region"


@pytest.mark.parametrize("workers", [None, 2])
def test_an_item_that_is_not_text_fails_alone(workers: int | None) -> None:
    items: list[object] = [WIRE, WIRE.encode("utf-8"), None, WEB_ARTICLE]
    results = list(parse_many(items, workers=workers, chunksize=2))  # type: ignore[arg-type]
    assert results == [
        parse_article(WIRE),
        ParseFailure(1, "TypeError", "newsparse parses str, not bytes"),
        ParseFailure(2, "TypeError", "newsparse parses str, not NoneType"),
        parse_article(WEB_ARTICLE),
    ]


@pytest.mark.parametrize("workers", [None, 2])
def test_a_parser_error_fails_one_text_and_the_rest_go_on(workers: int | None) -> None:
    embargoed = "EMBARGOED until 0001 GMT\n\n" + WIRE
    texts = [WEB_ARTICLE, embargoed, WIRE, embargoed]
    results = list(parse_many(texts, workers=workers, chunksize=3, parser=FussyParser()))
    failure = "embargoed copy must not be parsed"
    assert results == [
        parse_article(WEB_ARTICLE),
        ParseFailure(1, "RuntimeError", failure),
        parse_article(WIRE),
        ParseFailure(3, "RuntimeError", failure),
    ]


def test_a_dying_worker_fails_only_its_own_texts() -> None:
    texts = [WIRE, WEB_ARTICLE, "CRASH\n\n" + WIRE, WEB_ARTICLE, WIRE]
    results = list(parse_many(texts, workers=2, chunksize=1, parser=CrashingParser()))
    expected: list[Article | ParseFailure] = [parse_article(text) for text in texts]
    expected[2] = ParseFailure(2, "WorkerLost", WORKER_LOST)
    assert results == expected


@pytest.mark.parametrize("workers", [None, 2])
def test_reference_date_reaches_every_parse(workers: int | None) -> None:
    results = list(parse_many([WIRE, WIRE], workers=workers, reference_date=dt.date(2024, 8, 20)))
    for result in results:
        assert isinstance(result, Article)
        assert result.dateline is not None
        assert result.dateline.date == dt.date(2024, 8, 13)


@pytest.mark.parametrize(("workers", "chunksize"), [(None, 32), (2, 4)])
def test_an_endless_generator_is_read_only_a_little_ahead(workers: int | None, chunksize: int) -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for number in itertools.count():
            pulled += 1
            yield WIRE.replace("11 drones", f"{number} drones")

    results = parse_many(endless(), workers=workers, chunksize=chunksize)
    first = list(itertools.islice(results, 10))
    assert [r.paragraphs[0].text.split()[4] for r in first if isinstance(r, Article)] == [str(n) for n in range(10)]
    ahead = (workers or 0) * IN_FLIGHT_PER_WORKER * chunksize
    assert pulled <= 10 + ahead + chunksize
    results.close()  # stops the workers


class SourceBroke(Exception):
    pass


@pytest.mark.parametrize(("workers", "chunksize"), [(None, 32), (2, 4), (2, 32)])
def test_an_input_that_breaks_gives_the_results_before_it_first(workers: int | None, chunksize: int) -> None:
    """A feed reader that fails after seven articles (a dropped connection): the seven are parsed
    and handed out, then the reader's own error is raised, as when parsing in this process."""

    def feed() -> Iterator[str]:
        for number in range(7):
            yield WIRE.replace("11 drones", f"{number} drones")
        raise SourceBroke("connection reset")

    results = parse_many(feed(), workers=workers, chunksize=chunksize)
    got: list[Article | ParseFailure] = []
    with pytest.raises(SourceBroke, match="connection reset"):
        for result in results:
            got.append(result)
    assert [r.paragraphs[0].text.split()[4] for r in got if isinstance(r, Article)] == [str(n) for n in range(7)]


def test_it_is_lazy_until_read() -> None:
    def texts() -> Iterator[str]:
        raise AssertionError("read before the first result was asked for")
        yield ""  # pragma: no cover

    results = parse_many(texts())
    with pytest.raises(AssertionError):
        next(results)


def test_empty_input_gives_nothing() -> None:
    assert list(parse_many([], workers=2)) == []
    assert list(parse_many(iter(()))) == []


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"workers": -2}, "workers must be None or an int of at least 0 (0: one per core), not -2"),
        ({"workers": 2.5}, "workers must be None or an int of at least 0 (0: one per core), not 2.5"),
        ({"workers": True}, "workers must be None or an int of at least 0 (0: one per core), not True"),
        ({"chunksize": 0}, "chunksize must be an int of at least 1, not 0"),
    ],
)
def test_bad_options_are_refused_at_once(options: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError) as raised:
        parse_many([WIRE], **options)  # type: ignore[arg-type]
    assert str(raised.value) == message


@pytest.mark.parametrize(
    ("texts", "options", "message"),
    [
        # one text, not a list of them: iterating it parsed every character as an article
        (WIRE, {}, "parse_many expects an iterable of str, not one str: pass [text], or call parse_article(text)"),
        (WIRE.encode(), {}, "parse_many expects an iterable of str, not one bytes: pass [text], or call parse_article(text)"),
        # a parser of one part, or a name: every text failed with an AttributeError
        ([WIRE], {"parser": CaptionParser()}, "parse_many(parser=...) expects an ArticleParser instance or None, not CaptionParser"),
        ([WIRE], {"parser": ArticleParser, "workers": 2}, "parse_many(parser=...) expects an ArticleParser instance or None, not the class itself: pass ArticleParser()"),
        ([WIRE], {"parser": "en"}, "parse_many(parser=...) expects an ArticleParser instance or None, not str 'en'"),
    ],
)
def test_bad_arguments_are_refused_at_once_with_a_type_error(texts: object, options: dict[str, object], message: str) -> None:
    with pytest.raises(TypeError) as raised:
        parse_many(texts, **options)  # type: ignore[arg-type]
    assert str(raised.value).startswith(message)


def test_reference_date_must_be_a_date() -> None:
    with pytest.raises(TypeError) as raised:
        parse_many([WIRE], reference_date="2024-08-20")  # type: ignore[arg-type]
    assert str(raised.value) == "reference_date must be a datetime.date, not str"


class LocalParser(ArticleParser):
    """A parser holding a lambda, which cannot be pickled."""

    def __init__(self) -> None:
        super().__init__()
        self.clean = lambda text: text.strip()


def test_a_parser_that_cannot_be_pickled_is_refused_for_workers() -> None:
    with pytest.raises(TypeError) as raised:
        parse_many([WIRE], workers=2, parser=LocalParser())
    assert str(raised.value).startswith("the parser must be picklable to be sent to worker processes: ")
    assert [type(r) for r in parse_many([WIRE], parser=LocalParser())] == [Article]  # in this process it need not be


class CountingParser(ArticleParser):
    """Counts how often it is pickled in this process."""

    pickled = 0

    def __getstate__(self) -> dict[str, object]:
        CountingParser.pickled += 1
        return dict(self.__dict__)


def test_the_parser_is_sent_once_per_worker_not_per_text() -> None:
    CountingParser.pickled = 0
    texts = [WIRE, WEB_ARTICLE] * 30
    results = list(parse_many(texts, workers=2, chunksize=4, parser=CountingParser()))
    assert results == [parse_article(text) for text in texts]
    assert CountingParser.pickled <= 1 + 2  # the check up front, then at most once per worker


def test_zero_workers_means_one_per_core_as_the_command_s_jobs_0(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsparse.batch as batch

    asked: list[int] = []

    def pool(texts: object, parser: object, reference_date: object, workers: int, chunksize: int) -> Iterator[str]:
        asked.append(workers)
        return iter(["pooled"])

    monkeypatch.setattr(batch, "_parse_in_pool", pool)
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 3)
    assert list(parse_many([WIRE], workers=0)) == ["pooled"]
    monkeypatch.setattr(batch.os, "cpu_count", lambda: None)  # (unknown: this process alone)
    assert [type(result).__name__ for result in parse_many([WIRE], workers=0)] == ["Article"]
    assert asked == [3]
