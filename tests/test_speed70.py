"""speed70: what a parse reads of a line or a span it reads once (issue 7).

``body_caption`` and the ``header_caption`` it calls ask ``CaptionParser.might_be_caption`` about
the same line; the header rules look at a line ahead, then read it (``TimestampParser.parse``);
several rules read the first body line's dateline (``is_press_release``, ``dateline_date``).  Each
is now asked once per line or span in a parse (``ParseState.caption_hint``, ``stamps_read``,
``datelines_read``), with the same parses; a subclass that overrides the part's method is still
the one asked.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from newsparse import ArticleParser, CaptionParser, DatelineParser, TimestampParser
from newsparse.lines import Line, split_lines
from newsparse.spans import Span

WEB_COPY = """\
Council approves new tram line for the east side

By Maria Lindqvist
Published: March 4, 2025 10:15 AM | Updated: March 4, 2025 2:40 PM

Workers lay track on Harbour Street on Monday. Jo Roe/City Herald

The city council voted 9-2 on Tuesday to fund a tram line linking the harbour to the eastern suburbs.

"This is the biggest transport decision in a generation," said councillor Ana Ruiz.

Construction is due to start in the autumn.
"""

PRESS_RELEASE = """\
Borealis Mining reports record quarterly output

TORONTO, March 3, 2025 (GLOBE NEWSWIRE) -- Borealis Mining Corp. said on Monday that its mines produced more gold in the quarter than in any before.

"Our teams delivered," said chief executive Kari Lund.

About Borealis Mining

Borealis Mining Corp. explores for and mines gold in northern Ontario.

Media Contact: press@borealis.example
"""

WIRE = """\
Dutch farmers block roads over nitrogen rules

AMSTERDAM, June 5 (Reuters) - Farmers blocked motorways across the Netherlands on Wednesday in protest at rules to cut nitrogen emissions.

"We cannot go on like this," said Jan de Vries, a dairy farmer.

(Reporting by Bart Meijer; Editing by Jo Roe)
"""


def _parse(text: str, parser: ArticleParser | None = None, reference_date: dt.date | None = None):
    return (parser or ArticleParser()).parse(text, reference_date=reference_date)


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        (WEB_COPY, "headline", "Council approves new tram line for the east side"),
        (WEB_COPY, "authors", ("Maria Lindqvist",)),
        (WEB_COPY, "published", "2025-03-04T10:15:00"),
        (WEB_COPY, "updated", "2025-03-04T14:40:00"),
        (WEB_COPY, "captions", (("Workers lay track on Harbour Street on Monday.", "Jo Roe/City Herald"),)),
        (WEB_COPY, "paragraphs", 3),
        (WEB_COPY, "speakers", ("Ana Ruiz",)),
        (PRESS_RELEASE, "dateline", ("TORONTO", "GLOBE NEWSWIRE")),
        (PRESS_RELEASE, "speakers", ("Borealis Mining Corp.", "Kari Lund")),
        (WIRE, "dateline", ("AMSTERDAM", "Reuters")),
        (WIRE, "speakers", ("Jan de Vries",)),
        (WIRE, "paragraphs", 2),
    ],
)
def test_parses(text: str, field: str, expected: object) -> None:
    article = _parse(text)
    if field == "headline":
        assert article.headline is not None and article.headline.text == expected
    elif field == "authors":
        assert article.byline is not None and tuple(article.byline.authors) == expected
    elif field in ("published", "updated"):
        stamp = getattr(article, field)
        assert stamp is not None and stamp.datetime.replace(tzinfo=None).isoformat() == expected
    elif field == "captions":
        assert tuple((c.text, c.credit) for c in article.captions) == expected
    elif field == "paragraphs":
        assert len(article.paragraphs) == expected
    elif field == "speakers":
        assert tuple(q.speaker.name for q in article.quotes if q.speaker is not None) == expected
    elif field == "dateline":
        assert article.dateline is not None and (article.dateline.place, article.dateline.agency) == expected


def test_press_release_furniture() -> None:
    """The text under the release's ``About`` heading, and the contact line, are filed under the
    story (is_press_release read from the first body line, once)."""
    article = _parse(PRESS_RELEASE)
    kinds = {item.text: item.kind for item in article.boilerplate}
    assert kinds["About Borealis Mining"] == "other"
    assert kinds["Media Contact: press@borealis.example"] == "press-release"
    assert kinds["Borealis Mining Corp. explores for and mines gold in northern Ontario."] == "press-release"
    assert [p.text for p in article.paragraphs][-1] == '"Our teams delivered," said chief executive Kari Lund.'


class CountingCaptions(CaptionParser):
    """Counts the lines ``might_be_caption`` is asked about."""

    def __init__(self) -> None:
        super().__init__()
        object.__setattr__(self, "asked", Counter())

    def might_be_caption(self, line: Line) -> bool:
        self.asked[line.span.start] += 1  # type: ignore[attr-defined]
        return super().might_be_caption(line)


class CountingDatelines(DatelineParser):
    """Counts the spans ``parse`` is asked about."""

    def __init__(self) -> None:
        super().__init__()
        object.__setattr__(self, "asked", Counter())

    def parse(self, text: str, span: Span, reference_date: dt.date | None = None):
        self.asked[(span.start, span.end, reference_date)] += 1  # type: ignore[attr-defined]
        return super().parse(text, span, reference_date)


class CountingStamps(TimestampParser):
    """Counts the line indexes ``parse`` is asked about."""

    def __init__(self) -> None:
        super().__init__()
        object.__setattr__(self, "asked", Counter())

    def parse(self, lines, index, reference_date=None):
        self.asked[(lines[index].span.start, reference_date)] += 1  # type: ignore[attr-defined]
        return super().parse(lines, index, reference_date)


def test_overrides_still_asked_and_once_per_line() -> None:
    captions, datelines, stamps = CountingCaptions(), CountingDatelines(), CountingStamps()
    parser = ArticleParser(captions=captions, dateline=datelines, timestamps=stamps)
    article = parser.parse(WEB_COPY)
    assert article.captions[0].credit == "Jo Roe/City Herald"  # (the same parse as the plain parser's)
    assert captions.asked and max(captions.asked.values()) == 1  # type: ignore[attr-defined]
    assert stamps.asked and max(stamps.asked.values()) == 1  # type: ignore[attr-defined]
    release = parser.parse(PRESS_RELEASE)
    assert release.dateline is not None and release.dateline.agency == "GLOBE NEWSWIRE"
    first = PRESS_RELEASE.index("TORONTO")
    counts = [n for (start, _end, _ref), n in datelines.asked.items() if start == first]  # type: ignore[attr-defined]
    assert counts == [2]  # (the rules' reads, once, and the article's own dateline read with the reference date)


def test_override_answer_is_used() -> None:
    """A subclass that says no line may be a caption gets no caption: its answer, not a kept one."""

    class NoCaptions(CaptionParser):
        def might_be_caption(self, line: Line) -> bool:
            return False

    article = ArticleParser(captions=NoCaptions()).parse(WEB_COPY)
    assert article.captions == ()


def test_kept_reads_are_bounded() -> None:
    """A text of many stamp lines and datelines keeps at most the class's bound of each."""
    lines = "\n\n".join(f"Published: March {1 + i % 28}, 2025 10:{i % 60:02d} AM" for i in range(300))
    text = f"A headline over many stamps\n\n{lines}\n\nThe story ends here with a sentence of its own.\n"
    parser = ArticleParser()
    state = parser.read(text, split_lines(text), None)
    assert len(state.stamps_read) <= ArticleParser.STAMPS_KEPT
    assert len(state.datelines_read) <= ArticleParser.DATELINES_KEPT
    assert state.published is not None and state.published.datetime.replace(tzinfo=None) == dt.datetime(2025, 3, 1, 10, 0)


class FreshReads(ArticleParser):
    """An article parser that keeps no read: ``dateline_at`` and ``stamps_at`` ask the part's
    parser afresh every time (rvl70: the kept reads must give the same article)."""

    def dateline_at(self, state, span):  # type: ignore[no-untyped-def]
        return self.dateline.parse(state.text, span)

    def stamps_at(self, state, index):  # type: ignore[no-untyped-def]
        return tuple(self.timestamps.parse(state.lines, index, state.reference_date))


STAMP_PAIR_COPY = """\
Ferry fares to rise in the spring

Published 04/06/2026 10:12 AM
Updated 04/06/2026 2:40 PM

Passengers queue at the north terminal on 4 June 2026. Photo: Jean Roux/AFP

PORTSMOUTH, June 4 (Reuters) - Ferry fares will rise by 6 percent from April, the operator said on Thursday.

"Fuel costs have doubled," said Ana Ruiz, the operator's chief executive.
"""


@pytest.mark.parametrize(
    ("text", "reference_date"),
    [
        (WEB_COPY, None),
        (PRESS_RELEASE, None),
        (WIRE, dt.date(2025, 6, 6)),
        (STAMP_PAIR_COPY, None),
        (STAMP_PAIR_COPY, dt.date(2026, 6, 5)),
    ],
)
def test_kept_reads_give_the_fresh_parse(text: str, reference_date: dt.date | None) -> None:
    """A parse through the kept reads equals one through a parser that reads every line afresh."""
    kept = _parse(text, reference_date=reference_date)
    fresh = _parse(text, FreshReads(), reference_date)
    assert kept == fresh
    assert kept.published is not None or kept.dateline is not None
