"""Properties that hold for any input: parsing never raises, spans stay inside the text, and no
non-blank line of the input is dropped."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import Article, Span, parse_article

# -- strategies -----------------------------------------------------------------------------------

PIECES = (
    "WORLD / EUROPE",
    "CHINA | SOCIETY",
    "Business",
    "Dutch farmers block motorways in protest over nitrogen rules",
    "Senate passes stopgap bill hours before shutdown deadline",
    "By Eva Jansen and Pieter de Vries",
    "By Tom Krisher, AP Auto Writer",
    "by Janie Gabbett, Reuters",
    "By",
    "Eva Jansen",
    "Published: Mar 4, 2025 09:05 AM",
    "Updated 1:39 am EST, Wednesday, November 20, 2019",
    "Nov. 19, 2019 8:03 am ET",
    "Updated: 2025-02-01T14:20:00Z",
    "Published: Aug 13, 2024",
    " | ",
    "MOSCOW, Aug 13 (Reuters) - ",
    "WASHINGTON (AP) — ",
    "BEIJING, Aug. 13 (Xinhua) -- ",
    "Paris (AFP) - ",
    "(CNN)",
    "LONDON — ",
    "(Reuters) -",
    "“We lost everything,” ",
    "“",
    "”",
    '"',
    "«",
    "»",
    "'",
    "said",
    " said Ana Ruiz.",
    " Putin said. ",
    "according to the ministry, ",
    "Analysts said",
    ", saying that ",
    "the defence ministry said on Tuesday",
    "Tractors parked across the motorway near Utrecht. Photo: Sanne Visser",
    "(AP Photo/Evan Vucci)",
    "REUTERS/Maxim Shemetov",
    "Image caption ",
    "Photo: Jane Doe, AP",
    "Share",
    "Share | Tweet | Email",
    "Read more: ",
    "(Reporting by Dmitry Antonov; Editing by Alex Richardson)",
    "© 2025 The Daily Courier. All rights reserved.",
    "Advertisement",
    "Mr. ",
    "U.S. ",
    "Sen. Rand Paul of Kentucky",
    "the French foreign minister",
    "he",
    "She ",
    "Thousands of farmers drove tractors onto motorways on Tuesday.",
    " and ",
    ", ",
    ". ",
    "...",
    "—",
    "-",
    ":",
    "\u00a0",
    "\t",
    "    ",
    "\u200b",
    "\ufeff",
)

SEPARATORS = ("\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n  \n", "\u2028", "\x0c", "\n\u00a0\n", "")

_noise = st.text(alphabet=st.sampled_from("aAzZ09 .,;:!?\"'“”‘’«»()-—–/|•·\u00a0\t\r\n"), max_size=12)
_line = st.lists(st.one_of(st.sampled_from(PIECES), _noise), max_size=6).map("".join)
realistic_text = st.lists(st.tuples(_line, st.sampled_from(SEPARATORS)), max_size=25).map(
    lambda parts: "".join(line + sep for line, sep in parts)
)
any_text = st.one_of(st.text(), realistic_text)
reference_dates = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))

# -- helpers --------------------------------------------------------------------------------------


def all_spans(article: Article) -> list[tuple[str, Span]]:
    """Every span in the article, named by the part it belongs to."""
    spans: list[tuple[str, Span]] = []
    if article.section_span is not None:
        spans.append(("section", article.section_span))
    for what in ("headline", "byline", "dateline", "published", "updated"):
        part = getattr(article, what)
        if part is not None:
            spans.append((what, part.span))
    for caption in article.captions:
        spans.extend(("caption", span) for span in caption.spans)
    spans.extend(("paragraph", p.span) for p in article.paragraphs)
    for quote in article.quotes:
        spans.append(("quote", quote.span))
        if quote.speaker is not None and quote.speaker.span is not None:
            spans.append(("speaker", quote.speaker.span))
    spans.extend(("boilerplate", b.span) for b in article.boilerplate)
    return spans


def covering_spans(article: Article) -> list[Span]:
    """The spans that together should cover every non-blank line (quotes and speakers lie inside paragraphs)."""
    return [span for what, span in all_spans(article) if what not in ("quote", "speaker")]


def non_blank_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line's stripped content, for lines with any non-whitespace character."""
    out: list[tuple[int, int]] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        stripped = content.strip()
        if stripped:
            start = offset + len(content) - len(content.lstrip())
            out.append((start, start + len(stripped)))
        offset += len(raw)
    return out


# -- properties -----------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    article = parse_article(text)
    assert article.text == text


@settings(max_examples=200, deadline=None)
@given(realistic_text, reference_dates)
def test_never_raises_on_realistic_text(text: str, reference_date: dt.date | None) -> None:
    article = parse_article(text, reference_date=reference_date)
    assert article.text == text
    assert isinstance(article.to_json(), str)


@settings(max_examples=200, deadline=None)
@given(any_text)
@example("Storm hits coast\n\nMIAMI (AP) — “We lost everything,” Ana Ruiz said.")
@example("WORLD / EUROPE\r\nRain ends drought\r\n\r\nPARIS (AFP) -\u00a0It rained, officials said.")
def test_every_span_lies_inside_the_text(text: str) -> None:
    article = parse_article(text)
    for what, span in all_spans(article):
        assert 0 <= span.start <= span.end <= len(text), (what, span)


@settings(max_examples=200, deadline=None)
@given(any_text)
@example("Published: Aug 13, 2024")
@example("Heatwave grips Spain\nPublished: Aug 13, 2024\nBy Marta Ruiz\n\nSEVILLE (Reuters) - It was hot.")
@example("By\nEva Jansen\n\nMOSCOW, Aug 13 (Reuters) - Drones were shot down, officials said.")
def test_no_line_is_lost(text: str) -> None:
    article = parse_article(text)
    spans = covering_spans(article)
    for start, end in non_blank_lines(text):
        assert any(span.start < end and start < span.end for span in spans), (
            f"line {text[start:end]!r} at [{start}, {end}) is in no part"
        )


def test_published_line_is_covered_by_the_published_span() -> None:
    text = "Published: Aug 13, 2024"
    article = parse_article(text)
    assert article.published is not None
    span = article.published.span
    assert 0 <= span.start < span.end <= len(text)
    assert span.slice(text) == "Aug 13, 2024"


def test_non_blank_lines_helper() -> None:
    text = "A\r\n\r\n  b \nc\u2028\u00a0\n"
    assert [text[s:e] for s, e in non_blank_lines(text)] == ["A", "b", "c"]


# -- pathological inputs: they only have to finish -------------------------------------------------

PATHOLOGICAL = {
    "straight quotes": '"' * 20_000,
    "curly quotes": "“" * 20_000,
    "alternating quotes": "“”" * 10_000,
    "commas": "," * 50_000,
    "one long word": "A" * 100_000,
    "By lines": "By\n" * 5_000,
    "By name lines": "By Jane Doe\n" * 5_000,
    "datelines": "MOSCOW, " * 5_000,
    "dateline dashes": "MOSCOW (Reuters) - " * 5_000,
    "said": "he said that " * 5_000,
    "according to": "according to " * 5_000,
    "capitalised words": "Ab " * 30_000,
    "sentences": "Putin said. " * 5_000,
    "quoted sentences": '"We will win," said Ana Ruiz. ' * 2_000,
    "caption lines": "A man waves from a boat. Photo: Ana Lima\n" * 3_000,
    "timestamp lines": "Published: Aug 13, 2024 11:14 PM\n" * 3_000,
    "blank lines": "\n" * 100_000,
    "spaces": " " * 100_000 + "x",
    "separators": " / " * 10_000,
    "dots": ". " * 30_000,
}


def test_pathological_inputs_finish() -> None:
    for name, text in PATHOLOGICAL.items():
        article = parse_article(text)
        assert article.text == text, name
