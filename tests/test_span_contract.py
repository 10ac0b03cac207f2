"""The contract between each part's ``text`` and its span (``Article.span_mismatches``), the
whitespace definition the library uses everywhere, and stamps that once broke it (offsets of a day or more, a ten-million-character stamp line)."""

from __future__ import annotations

import sys
import tracemalloc
from pathlib import Path

import pytest

from articles import WEB_ARTICLE
from newsparse import Article, Boilerplate, Byline, Caption, Headline, Paragraph, Quote, QuoteKind, Span, Speaker, parse_article
from newsparse.lines import split_lines
from newsparse.spans import collapse

DATA = Path(__file__).parent / "data" / "articles"
SHARED = Path(__file__).parents[1] / ".." / "shared" / "examples"


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.stem)
def test_every_fixture_article_keeps_the_contract(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    article = parse_article(text)
    assert article.paragraphs, "each fixture has a body"
    assert article.span_mismatches() == []


def test_shared_examples_keep_the_contract() -> None:
    paths = sorted(SHARED.glob("*.txt"))
    if not paths:
        pytest.skip("../shared/examples is not here")
    for path in paths:
        assert parse_article(path.read_text(encoding="utf-8")).span_mismatches() == [], path.name


# -- one definition of whitespace -----------------------------------------------------------------

#: Every character str.isspace() calls whitespace (the definition the library uses).
ALL_WHITESPACE = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())


def test_collapse_folds_exactly_the_str_isspace_characters() -> None:
    assert set("\x1c\x1d\x1e\x1f\x85\xa0\u2028\u2029\u3000") <= set(ALL_WHITESPACE)
    assert collapse(f"a{ALL_WHITESPACE}b") == "a b"
    assert collapse(ALL_WHITESPACE) == ""
    # zero-width characters and the BOM are not whitespace: they stay
    assert collapse("a\u200bb\ufeffc\u200d") == "a\u200bb\ufeffc\u200d"


def test_lines_are_stripped_with_the_same_definition() -> None:
    text = "\x1f Rain ends drought \x1f\x1c\u3000 Officials said so.\u2029"
    assert [(ln.text, ln.span.slice(text)) for ln in split_lines(text)] == [
        ("Rain ends drought", "Rain ends drought"),
        ("Officials said so.", "Officials said so."),
    ]


BODY = "The minister said on Tuesday that the{sep}plan would go ahead despite protests from farmers."

# (the separator between two hard-wrapped lines of one paragraph, as scraped text has them)
SEPARATORS = ["\n", "\r\n", "\n\x1f", " \x1f\n", "\x1f\r\n\x1f", "\x85", "\u2028", "\n\u3000", "\n\xa0\xa0"]


@pytest.mark.parametrize("sep", SEPARATORS, ids=[repr(s) for s in SEPARATORS])
def test_wrapped_paragraph_text_is_its_span_collapsed(sep: str) -> None:
    text = "Farmers win delay\n\n" + BODY.format(sep=sep) + "\n"
    article = parse_article(text)
    [paragraph] = article.paragraphs
    assert paragraph.text == "The minister said on Tuesday that the plan would go ahead despite protests from farmers."
    assert paragraph.span.slice(text) == BODY.format(sep=sep)
    assert article.span_mismatches() == []


def test_unit_separators_inside_a_line_are_whitespace_too() -> None:
    text = "Farmers win delay\n\nThe minister said on Tuesday that the\x1c\x1fplan would go ahead\x1d despite protests from farmers.\n"
    article = parse_article(text)
    assert [(p.text, p.span.slice(text)) for p in article.paragraphs] == [
        (
            "The minister said on Tuesday that the plan would go ahead despite protests from farmers.",
            "The minister said on Tuesday that the\x1c\x1fplan would go ahead\x1d despite protests from farmers.",
        ),
    ]
    assert article.span_mismatches() == []


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\u2028", " \t\n  "])
def test_two_line_byline_text_is_its_span_collapsed(newline: str) -> None:
    text = f"Farmers block motorways{newline}By{newline}Eva Jansen{newline}{newline}THE HAGUE (Reuters) - Farmers drove tractors onto motorways on Tuesday, police said.\n"
    article = parse_article(text)
    assert article.byline is not None
    assert article.byline.authors == ("Eva Jansen",)
    assert article.byline.text == "By Eva Jansen"
    assert article.byline.span.slice(text) == f"By{newline}Eva Jansen".strip(" \t")
    assert article.span_mismatches() == []


def test_one_line_parts_are_exact_slices() -> None:
    article = parse_article(WEB_ARTICLE)
    for part in (article.headline, article.byline, article.dateline, article.published, article.updated):
        assert part is not None
        assert part.span.slice(WEB_ARTICLE) == part.text
    assert article.section_span is not None and article.section_span.slice(WEB_ARTICLE) == "WORLD / EUROPE"
    assert [b.span.slice(WEB_ARTICLE) for b in article.boilerplate] == [b.text for b in article.boilerplate]
    assert article.span_mismatches() == []


# -- the checker finds what it should ------------------------------------------------------------

TEXT = "Oil falls\nBy  Ana Lima\n\nOil fell on Wednesday,\ntraders said.\n\nShare\n"


def _article(**parts: object) -> Article:
    return Article(TEXT, **parts)  # type: ignore[arg-type]


BROKEN = [
    (_article(headline=Headline("Oil rises", Span(0, 9))), "headline: text 'Oil rises' but span [0, 9] slices to 'Oil falls'"),
    (_article(byline=Byline(("Ana Lima",), None, "By Ana Lima", Span(10, 22))), "byline: text 'By Ana Lima' but span [10, 22] slices to 'By  Ana Lima'"),
    (_article(paragraphs=(Paragraph("Oil fell on Wednesday,\ntraders said.", Span(24, 60)),)), "paragraphs[0]: text"),
    (_article(paragraphs=(Paragraph("Oil fell", Span(24, 99)),)), "paragraphs[0]: span [24, 99] ends after the text (68 characters)"),
    (_article(captions=(Caption("OIL FELL ON WEDNESDAY,", None, (Span(24, 46), Span(10, 12))),)), "captions[0].spans[1]: text"),
    (
        _article(quotes=(Quote("Oil fell on Wednesday", Span(24, 45), QuoteKind.INDIRECT, "said", Speaker("Traders", "Traders", Span(47, 54)), None, 0),)),
        "quotes[0].speaker: text 'Traders' but span [47, 54] slices to 'traders'",
    ),
    (_article(boilerplate=(Boilerplate("Share", "share", Span(62, 68)),)), "boilerplate[0]: text 'Share' but span [62, 68] slices to 'Share\\n'"),
    (_article(section=("OIL",), section_span=Span(0, 9)), "section: label 'OIL' is not in the kicker 'Oil falls'"),
]


@pytest.mark.parametrize(("article", "message"), BROKEN)
def test_span_mismatches_names_the_part(article: Article, message: str) -> None:
    found = article.span_mismatches()
    assert len(found) == 1
    assert found[0].startswith(message)


def test_caption_occurrences_may_differ_in_case_and_whitespace() -> None:
    article = _article(captions=(Caption("oil fell on  wednesday,", None, (Span(24, 46),)),))
    assert article.span_mismatches() == []


def test_hand_built_consistent_article_has_no_mismatch() -> None:
    article = _article(
        headline=Headline("Oil falls", Span(0, 9)),
        byline=Byline(("Ana Lima",), None, "By  Ana Lima", Span(10, 22)),
        paragraphs=(Paragraph("Oil fell on Wednesday, traders said.", Span(24, 60)),),
        boilerplate=(Boilerplate("Share", "share", Span(62, 67)),),
    )
    assert article.span_mismatches() == []


# -- issue 6 (the layout engineer's timestamp code): tests that will pass once it is fixed --------

STAMP_ARTICLE = "Heatwave grips Spain\n{line}\n\nSEVILLE (Reuters) - Temperatures passed 44 degrees on Tuesday, officials said.\n"


@pytest.mark.parametrize(
    "line",
    [
        "Published: Aug 13, 2024 11:14 +2400",
        "Published: Aug 13, 2024 11:14 -2400",
        "Published: Aug 13, 2024 11:14 GMT+24",
        "Published: Aug 13, 2024 11:14 +9999",
        "Updated: Aug 13, 2024 11:14 UTC+25",
    ],
)
def test_stamp_with_an_impossible_offset_still_writes_json(line: str) -> None:
    article = parse_article(STAMP_ARTICLE.format(line=line))
    stamp = article.published or article.updated
    if stamp is not None:  # a stamp without the zone, or none at all, are both acceptable
        offset = stamp.datetime.utcoffset()
        assert offset is None or abs(offset.total_seconds()) < 24 * 3600
    assert Article.from_json(article.to_json(), text=article.text) == article


def test_long_dash_stamp_line_uses_memory_bounded_by_the_input() -> None:
    text = "Published: " + "—" * 100_000
    tracemalloc.start()
    try:
        parse_article(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 10 * sys.getsizeof(text)
