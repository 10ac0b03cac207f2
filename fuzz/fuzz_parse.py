"""Coverage-guided fuzzing of ``parse_article`` -> ``to_json`` -> ``Article.from_json`` with atheris.

atheris is an optional dependency, not needed by the package or its tests::

    pip install atheris
    nice python fuzz/fuzz_parse.py -max_total_time=600 -artifact_prefix=fuzz/artifacts/ \\
        /tmp/newsparse-corpus tests/data/articles

The first directory collects the inputs the fuzzer finds interesting; the others are read as
seeds.  Each input is read as UTF-8 when it is valid UTF-8 (so the seed articles stay articles),
else as a string of arbitrary code points, surrogates included.  For each one the target checks
what the library promises: ``parse_article`` does not raise, every span lies inside the text,
each part's text agrees with its span (``Article.span_mismatches``), ``to_json`` does not raise,
and ``Article.from_json`` gives the same article back.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import newsparse
    from newsparse import Article


def spans_of(article: Article) -> list[newsparse.Span]:
    """Every span of every part."""
    spans = [part.span for part in (article.headline, article.byline, article.dateline) if part is not None]
    spans += [part.span for part in (article.published, article.updated) if part is not None]
    if article.section_span is not None:
        spans.append(article.section_span)
    spans += [span for caption in article.captions for span in caption.spans]
    spans += [p.span for p in article.paragraphs] + [b.span for b in article.boilerplate]
    for quote in article.quotes:
        spans.append(quote.span)
        if quote.speaker is not None and quote.speaker.span is not None:
            spans.append(quote.speaker.span)
    return spans


def read_text(data: bytes) -> str:
    """The input as UTF-8 when it is valid, else as arbitrary code points."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return atheris.FuzzedDataProvider(data).ConsumeUnicode(len(data))


def test_one_input(data: bytes) -> None:
    text = read_text(data)
    article = newsparse.parse_article(text)
    for span in spans_of(article):
        if not 0 <= span.start <= span.end <= len(text):
            raise AssertionError(f"span {span} outside a text of {len(text)} characters")
    mismatches = article.span_mismatches()
    if mismatches:
        raise AssertionError(f"text and span disagree: {mismatches}")
    encoded = article.to_json()
    again = Article.from_json(encoded, text=text)
    if again != article:
        raise AssertionError("from_json(to_json()) differs from the article")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
