"""Properties that hold for any input, arbitrary Unicode or article-like text assembled from pieces
(every line end and kind of whitespace, quote marks of every kind, stamps with random offsets and
zones): parsing, ``to_dict``, ``to_json`` and ``from_dict`` never raise; each part's text agrees
with its span; every non-blank line is in exactly one block part; parsing is deterministic; and
``from_dict(to_dict())`` gives the article back, section span included."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from newsparse import Article, ArticleParser, Span, parse_article

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

#: Every line boundary str.splitlines() knows, and runs of them with blank-looking lines between.
LINE_ENDS = ("\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
SEPARATORS = (*LINE_ENDS, "\n\n", "\r\n\r\n", "\n  \n", "\n\u00a0\n", "\n\t\n", "\n\x1f\n", "")
#: Whitespace inside a line: every kind str.isspace() accepts that is not a line boundary, and
#: zero-width characters that are not whitespace at all.
SPACES = (" ", "  ", "\t", "\x1f", "\u00a0", "\u1680", "\u2002", "\u2003", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000")
INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202c", "\u2066", "\u2069")
#: Quotation marks of every kind newspapers print.
QUOTE_MARKS = ('"', "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "‚", "‟", "‛", "「", "」", "『", "』", "〝", "〞", "＂", "❝", "❞")
ZONES = ("UTC", "GMT", "EST", "EDT", "CET", "CEST", "PST", "PDT", "IST", "JST", "AEST", "BST", "ET", "PT", "Z", "XYZ")
MONTHS = ("Jan", "Feb.", "March", "Aug", "Sept.", "December", "aug", "MAR")


@st.composite
def stamps(draw: st.DrawFn) -> str:
    """A publication or update line: a label, a date in one of several forms, a time and a zone
    name or a numeric offset (always less than a day: bigger offsets are issue 6, tested apart)."""
    label = draw(st.sampled_from(("Published:", "Updated", "Updated:", "Posted on", "Last updated", "First published", "")))
    year = draw(st.integers(1900, 2100))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 31))
    date = draw(
        st.sampled_from(
            (
                f"{draw(st.sampled_from(MONTHS))} {day}, {year}",
                f"{day} {draw(st.sampled_from(MONTHS))} {year}",
                f"{year}-{month:02d}-{day:02d}",
                f"{month}/{day}/{year % 100:02d}",
                f"{day}.{month}.{year}",
            )
        )
    )
    time = f"{draw(st.integers(0, 23))}:{draw(st.integers(0, 59)):02d}" + draw(st.sampled_from(("", " AM", " pm", ":07")))
    if draw(st.integers(0, 9)) == 0:  # a time that is no time: fields of any length (dateutil once raised on them)
        time = ":".join(str(draw(st.integers(0, 10**40))) for _ in range(draw(st.integers(2, 3)))) + " PM"
    hours, minutes = draw(st.integers(-23, 23)), draw(st.sampled_from((0, 30, 45, 59)))
    sign = "-" if hours < 0 else "+"
    zone = draw(
        st.sampled_from(
            (
                draw(st.sampled_from(ZONES)),
                f"{sign}{abs(hours):02d}{minutes:02d}",
                f"{sign}{abs(hours):02d}:{minutes:02d}",
                f"GMT{sign}{abs(hours)}",
                f"UTC{sign}{abs(hours)}:{minutes:02d}",
                "",
            )
        )
    )
    return " ".join(part for part in (label, date, time, zone) if part)


def _quoted(mark_pair: tuple[str, str], words: str) -> str:
    return mark_pair[0] + words + mark_pair[1]


_noise = st.text(alphabet=st.sampled_from("aAzZ09 .,;:!?\"'“”‘’«»()-—–/|•·\u00a0\t\r\n\x1f\x1c\u2028"), max_size=12)
_quote = st.builds(
    _quoted,
    st.tuples(st.sampled_from(QUOTE_MARKS), st.sampled_from(QUOTE_MARKS)),
    st.sampled_from(("We lost everything,", "This is not over", "It was hot.", "", "No comment", "Yes")),
)
_piece = st.one_of(
    st.sampled_from(PIECES), _noise, _quote, stamps(), st.sampled_from(SPACES), st.sampled_from(INVISIBLE), st.sampled_from(QUOTE_MARKS)
)
_line = st.lists(_piece, max_size=6).map("".join)
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

def has_impossible_offset(text: str, reference_date: dt.date | None = None) -> bool:
    """Whether a stamp read from *text* has an offset of 24 hours or more, which ``to_json``
    could not write.  Pieces joined without a space make one (``0:00 GMT+3`` and ``1 Jan 1900``
    give ``GMT+31``); ``test_impossible_offsets_are_not_kept`` checks that no such stamp is kept."""
    article = parse_article(text, reference_date=reference_date)
    for stamp in (article.published, article.updated):
        if stamp is not None:
            try:
                stamp.datetime.utcoffset()
            except ValueError:
                return True
    return False


def check_article(text: str, reference_date: dt.date | None = None) -> Article:
    """Everything the library promises for one input; returns the article for more checks."""
    article = parse_article(text, reference_date=reference_date)
    assert article.text == text
    # every part's text agrees with its span (and every span lies inside the text)
    assert article.span_mismatches() == []
    # JSON: plain types, and the same article back, section span included
    data = article.to_dict()
    assert Article.from_dict(data, text=text) == article
    encoded = article.to_json()
    assert Article.from_json(encoded, text=text) == article
    # deterministic, and the shared default parser holds no state between calls
    again = ArticleParser().parse(text, reference_date=reference_date)
    assert again == article
    assert again.to_json() == encoded
    # each quote in its own paragraph (or the headline), none in boilerplate
    assert quote_places(article) == []
    return article


def quote_places(article: Article) -> list[str]:
    """What is wrong with where the quotes lie: each must lie inside its own paragraph (or the
    headline, for ``paragraph=None``) and overlap no boilerplate part; ``[]`` when all do."""
    wrong: list[str] = []
    for number, quote in enumerate(article.quotes):
        if quote.paragraph is None:
            home = None if article.headline is None else article.headline.span
        else:
            home = article.paragraphs[quote.paragraph].span if quote.paragraph < len(article.paragraphs) else None
        if home is None or not home.start <= quote.span.start <= quote.span.end <= home.end:
            wrong.append(f"quotes[{number}] {quote.span} is not inside its paragraph {quote.paragraph} ({home})")
        for part in article.boilerplate:
            if part.span.start < quote.span.end and quote.span.start < part.span.end:
                wrong.append(f"quotes[{number}] {quote.span} overlaps boilerplate {part.kind} {part.span}")
    return wrong


def block_parts(article: Article) -> list[tuple[str, Span]]:
    """The parts that lines are sorted into (quotes and speakers lie inside paragraphs), by position."""
    return sorted(((what, span) for what, span in all_spans(article) if what not in ("quote", "speaker")), key=lambda p: p[1])


@settings(max_examples=150, deadline=None)
@given(st.text())
@example("")
@example("\x1c\x1f\u2028")
def test_any_unicode_text(text: str) -> None:
    assume(not has_impossible_offset(text))
    check_article(text)


@settings(max_examples=150, deadline=None)
@given(realistic_text, reference_dates)
@example("Storm hits coast\n\nMIAMI (AP) — “We lost everything,” Ana Ruiz said.", None)
@example("WORLD / EUROPE\r\nRain ends drought\r\n\r\nPARIS (AFP) -\u00a0It rained, officials said.", None)
@example("Farmers block roads\r\nBy\r\nEva Jansen\r\n\r\nTHE HAGUE (Reuters) - Farmers drove tractors onto motorways, police said.", None)
@example("Farmers win delay\n\nThe minister said on Tuesday that the\n\x1fplan would go ahead despite protests.", None)
@example("\u200bBy\nBy Eva Jansen and Pieter de Vries\n", None)
def test_article_like_text(text: str, reference_date: dt.date | None) -> None:
    assume(not has_impossible_offset(text, reference_date))
    check_article(text, reference_date)


@settings(max_examples=150, deadline=None)
@given(any_text)
@example("Published: Aug 13, 2024")
@example("Heatwave grips Spain\nPublished: Aug 13, 2024\nBy Marta Ruiz\n\nSEVILLE (Reuters) - It was hot.")
@example("By\nEva Jansen\n\nMOSCOW, Aug 13 (Reuters) - Drones were shot down, officials said.")
@example("5\n5PUBLISHED 1 JAN 2020")
@example("PUBLISHED1JAN1800\r'\r1JAN1800 00UTC")  # (a stamp wrapped over a mark's line: both lines its part)
def test_every_non_blank_line_is_in_exactly_one_block_part(text: str) -> None:
    article = parse_article(text)
    parts = block_parts(article)
    for (first, a), (second, b) in itertools.combinations(parts, 2):
        if b.start >= a.end:
            continue
        assert not a.overlaps(b), f"{first} {a} overlaps {second} {b}"
    for start, end in non_blank_lines(text):
        assert any(span.start < end and start < span.end for _, span in parts), (
            f"line {text[start:end]!r} at [{start}, {end}) is in no part"
        )


@settings(max_examples=60, deadline=None)
@given(stamps())
def test_stamp_lines_with_any_zone_or_offset(line: str) -> None:
    text = f"Heatwave grips Spain\n{line}\n\nSEVILLE (Reuters) - Temperatures passed 44 degrees on Tuesday, officials said.\n"
    assume(not has_impossible_offset(text))
    article = check_article(text)
    for stamp in (article.published, article.updated):
        if stamp is not None:
            offset = stamp.datetime.utcoffset()
            assert offset is None or abs(offset.total_seconds()) < 24 * 3600


#: Stamps whose offset is 24 hours or more, some made by joining two pieces (what the properties
#: drew once: ``GMT+3`` then ``1 Jan``).
IMPOSSIBLE_OFFSETS = [
    "WORLD / EUROPE\nPublished: Jan 1, 1900 0:00 GMT+31 Jan 1900 0:00 UTC\n",
    "Heatwave grips Spain\nPublished: Aug 13, 2024 11:14 UTC+99:99\n\nSEVILLE (Reuters) - It was hot.\n",
    "Heatwave grips Spain\nPublished: Aug 13, 2024 11:14 UTC+23:60\n\nSEVILLE (Reuters) - It was hot.\n",
    "Heatwave grips Spain\nPublished: Aug 13, 2024 11:14 +99\n\nSEVILLE (Reuters) - It was hot.\n",
    "Heatwave grips Spain\nPublished: 2024-08-13T11:14:00+2400\n\nSEVILLE (Reuters) - It was hot.\n",
]


@pytest.mark.parametrize("text", IMPOSSIBLE_OFFSETS)
def test_impossible_offsets_are_not_kept(text: str) -> None:
    assert not has_impossible_offset(text)
    check_article(text)


def test_byline_and_stamp_on_one_line_do_not_overlap() -> None:
    text = "Heatwave grips Spain\nNov. 19, 2019 8:03 am ET by Dmitry Antonov and friends\n\nSEVILLE (Reuters) - It was hot, officials said.\n"
    article = parse_article(text)
    assert article.byline is not None and article.published is not None
    assert not article.byline.span.overlaps(article.published.span)


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
