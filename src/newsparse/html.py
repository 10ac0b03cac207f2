"""An HTML view of a parsed :class:`~newsparse.Article`, for reading a parse by eye.

:func:`render_html` returns one self-contained page: no script, no style sheet or font to fetch
(a ``Content-Security-Policy`` forbids both), every piece of input text escaped, with the code
points a page may not hold (controls, lone surrogates) shown as visible ones, and set in its own
writing direction, so that Arabic and Hebrew read right to left.  The page lists
what was read (section, headline, byline, dateline, times), a legend of the speakers with their
quote counts, then the article in input order with each part marked: captions with their
credits, paragraphs, boilerplate greyed out.  Each quote is underlined in its speaker's colour
(solid for direct speech, dotted for reported speech, dashed for mixed), and each speaker's
mention links to the quote it introduces.

>>> import newsparse
>>> page = newsparse.parse_article("Storm hits coast\\n\\n“We lost everything,” Ana Ruiz said.").to_html()
>>> page.startswith("<!DOCTYPE html>"), 'href="#quote-1"' in page, "<script" in page
(True, True, False)
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import attrs
import regex

from .spans import Article, Quote, Span

__all__ = ["HtmlRenderer", "render_html"]


@attrs.frozen
class _Mark:
    """An element to wrap around ``[start, end)`` of the input inside one block."""

    start: int
    end: int
    opening: str
    closing: str
    link: bool = False


@attrs.frozen
class _Block:
    """One part of the article, placed by where it starts in the input."""

    start: int
    html: str


class HtmlRenderer:
    """Renders an :class:`~newsparse.Article` as one HTML page.  Stateless: share one freely.

    Subclass to change the look: ``PALETTE`` gives the speakers' colours (in order of their first
    quote; they repeat when there are more speakers than colours), ``NO_SPEAKER_COLOUR`` the colour
    of quotes with no speaker, ``TEXT_SHADE`` how dark a mention's text is drawn in its speaker's
    colour, ``STYLE`` the page's CSS, and ``TITLE`` the page title when the article has no headline.
    """

    #: Speaker colours, told apart by most readers with a colour vision deficiency.
    PALETTE: tuple[str, ...] = (
        "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#b8860b",
        "#56b4e9", "#8c564b", "#7f3c8d", "#e15759", "#4e79a7",
    )
    NO_SPEAKER_COLOUR = "#8a8a8a"
    #: How much of its speaker's colour a mention's text is drawn in, the rest black (a colour given
    #: as ``#rrggbb`` or ``#rgb``; others are used as they are).  At 0.65 every colour of the palette
    #: reads at a contrast of at least 4.5:1 on the page; set 1.0 for a dark page.
    TEXT_SHADE = 0.65
    TITLE = "newsparse article"
    #: The most whitespace characters between a dateline and the paragraph it opens.
    DATELINE_GAP = 8
    #: The most quote numbers a mention's tooltip lists.
    MAX_TITLE_REFS = 12
    STYLE = """
body { font: 17px/1.55 Georgia, "DejaVu Serif", serif; color: #1d1d1d; background: #fbfaf7;
       max-width: 60rem; margin: 1.5rem auto; padding: 0 1.5rem; overflow-wrap: anywhere; }
dd, .content { min-width: 0; }  /* grid cells: a long word or link wraps instead of widening the page */
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0; }
.panel { font: 14px/1.45 system-ui, "DejaVu Sans", sans-serif; background: #fff; border: 1px solid #ddd;
         border-radius: 6px; padding: .7rem 1rem; margin-bottom: 1rem; }
.panel h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: #666; margin: 0 0 .4rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dt { color: #666; } dd { margin: 0; }
.legend ul { list-style: none; padding: 0; margin: 0; columns: 2; }
.legend li { margin: .1rem 0; break-inside: avoid; }
.swatch { display: inline-block; width: .85rem; height: .85rem; border-radius: 2px; vertical-align: -2px;
          margin-right: .35rem; background: var(--c); }
.legend .refs a { margin-left: .25rem; color: #555; }
.key { color: #666; margin-top: .4rem; }
.key span + span { margin-left: 1rem; }
.part { display: grid; grid-template-columns: 7.5rem 1fr; gap: 1rem; padding: .35rem 0;
        border-top: 1px dashed #e4e1da; }
@media (max-width: 40rem) {  /* a phone: each part's name above it, the speakers in one column */
  body { padding: 0 .75rem; } .part { grid-template-columns: 1fr; gap: .2rem; } .legend ul { columns: 1; }
}
.tag { font: 11px/1.9 system-ui, "DejaVu Sans", sans-serif; text-transform: uppercase; letter-spacing: .05em;
       color: #fff; background: #6b7280; border-radius: 3px; padding: 0 .4rem; align-self: start;
       justify-self: start; }
.section .tag { background: #7c3aed; } .headline .tag { background: #111827; }
.byline .tag { background: #0f766e; } .timestamp .tag { background: #2563eb; }
.dateline .tag, .dateline-mark { background: #b45309; }
.caption .tag { background: #9333ea; } .paragraph .tag { background: #374151; }
.boilerplate .tag { background: #767676; }
.boilerplate .content { color: #6e6e6e; font-size: .9rem; }
.caption .content { font-style: italic; border-inline-start: 3px solid #9333ea; padding-inline-start: .6rem; }
.credit { font: 13px system-ui, "DejaVu Sans", sans-serif; font-style: normal; color: #fff;
          background: #9333ea; border-radius: 3px; padding: 0 .35rem; margin-inline-start: .4rem;
          display: inline-block; max-width: 100%; }
.dateline-mark { color: #fff; border-radius: 3px; padding: 0 .25rem; }
.note { font: 12px system-ui, "DejaVu Sans", sans-serif; color: #6e6e6e; margin-inline-start: .4rem; display: inline-block; }
.quote { text-decoration-line: underline; text-decoration-color: var(--c);
         text-decoration-thickness: 3px; text-underline-offset: 4px; }
.quote.indirect { text-decoration-style: dotted; } .quote.mixed { text-decoration-style: dashed; }
.quote:target { background: #fff3bf; }
a.mention { color: var(--t); font-weight: bold; text-decoration: none; border-bottom: 1px solid var(--c); }
"""

    def render(self, article: Article) -> str:
        """The whole page for *article*."""
        colours = self.speaker_colours(article.quotes)
        title = article.headline.text if article.headline is not None else self.TITLE
        parts = "\n".join(block.html for block in sorted(self.blocks(article, colours), key=lambda b: b.start))
        return (
            "<!DOCTYPE html>\n"
            '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_esc(title)}</title>\n<style>{self.STYLE}{self.colour_rules(colours)}</style>\n</head>\n<body>\n"
            f"{self.summary(article)}\n{self.legend(article.quotes, colours)}\n"
            f'<main class="article">\n{parts}\n</main>\n'
            f"{self.quote_list(article, colours)}</body>\n</html>\n"
        )

    # -- colours -------------------------------------------------------------------------

    def speaker_colours(self, quotes: Sequence[Quote]) -> dict[str | None, int]:
        """Each speaker's name (``None`` for quotes with none) -> a colour number, by first quote."""
        colours: dict[str | None, int] = {}
        for quote in quotes:
            name = None if quote.speaker is None else quote.speaker.name
            if name not in colours:
                colours[name] = -1 if name is None else len(colours) - (None in colours)
        return colours

    def colour(self, number: int) -> str:
        """The CSS colour for colour number *number* (``-1``: no speaker)."""
        return self.NO_SPEAKER_COLOUR if number < 0 else self.PALETTE[number % len(self.PALETTE)]

    def text_colour(self, number: int) -> str:
        """The colour for text in colour number *number*: the colour darkened by :attr:`TEXT_SHADE`."""
        colour = self.colour(number)
        digits = colour[1:]
        if not colour.startswith("#") or len(digits) not in (3, 6) or any(c not in "0123456789abcdefABCDEF" for c in digits):
            return colour
        if len(digits) == 3:
            digits = "".join(c + c for c in digits)
        channels = (round(int(digits[i : i + 2], 16) * self.TEXT_SHADE) for i in (0, 2, 4))
        return "#" + "".join(f"{min(255, max(0, c)):02x}" for c in channels)

    def colour_rules(self, colours: dict[str | None, int]) -> str:
        """One CSS class per colour in use, setting ``--c`` (lines, swatches) and ``--t`` (text)."""
        numbers = sorted({-1, *colours.values()})  # -1 always: the legend's key uses it
        return "".join(f"\n.c{n} {{ --c: {self.colour(n)}; --t: {self.text_colour(n)}; }}" for n in numbers)

    # -- the panels above the article --------------------------------------------------

    def summary(self, article: Article) -> str:
        """The values read from the header, as a definition list."""
        rows: list[tuple[str, str]] = []  # (label, HTML): each piece of input text isolated in <bdi>
        if article.section:
            rows.append(("section", " / ".join(map(_bdi, article.section))))
        if article.headline is not None:
            rows.append(("headline", _bdi(article.headline.text)))
        if article.byline is not None:
            rows.append(("authors", ", ".join(map(_bdi, article.byline.authors)) or "(none named)"))
            if article.byline.agency is not None:
                rows.append(("agency", _bdi(article.byline.agency)))
        if article.dateline is not None:
            d = article.dateline
            date = "" if d.date is None else d.date.isoformat()
            rows.append(("dateline", " · ".join(_bdi(v) for v in (d.place, d.agency, date) if v)))
        for label, stamp in (("published", article.published), ("updated", article.updated)):
            if stamp is not None:
                rows.append((label, f"{stamp.datetime.isoformat()} (as written: {_bdi(stamp.text)})"))
        counts = (
            _count(len(article.paragraphs), "paragraph"),
            _count(len(article.quotes), "quote"),
            _count(len(article.captions), "caption"),
            _count(len(article.boilerplate), "boilerplate line"),
        )
        rows.append(("parts", ", ".join(counts)))
        items = "".join(f"<dt>{_esc(k)}</dt><dd>{v}</dd>" for k, v in rows)
        return f'<section class="panel summary"><h2>Read from the article</h2><dl>{items}</dl></section>'

    def legend(self, quotes: Sequence[Quote], colours: dict[str | None, int]) -> str:
        """The speakers with their colour, quote count and links to their quotes."""
        by_speaker: dict[str | None, list[int]] = {name: [] for name in colours}
        for number, quote in enumerate(quotes, 1):
            by_speaker[None if quote.speaker is None else quote.speaker.name].append(number)
        items = []
        for name, numbers in by_speaker.items():
            label = "no speaker found" if name is None else name
            count = _count(len(numbers), "quote")
            refs = " ".join(f'<a href="#quote-{n}">#{n}</a>' for n in numbers)  # spaces: the line may break between them
            items.append(
                f'<li class="c{colours[name]}"><span class="swatch"></span><bdi>{_esc(label)}</bdi> '
                f'<span class="count">({count})</span><span class="refs">{refs}</span></li>'
            )
        body = f"<ul>{''.join(items)}</ul>" if items else "<p>No quotes found.</p>"
        key = (
            '<p class="key"><span><span class="quote direct c-1">direct</span></span>'
            '<span><span class="quote indirect c-1">reported</span></span>'
            '<span><span class="quote mixed c-1">mixed</span></span>'
            "<span>A speaker's name in the text links to the quote.</span></p>"
        )
        return f'<section class="panel legend"><h2>Speakers</h2>{body}{key}</section>'

    # -- the article ---------------------------------------------------------------------

    def blocks(self, article: Article, colours: dict[str | None, int]) -> Iterable[_Block]:
        """Every part of *article* as a block, in no particular order."""
        if article.section:
            start = -3 if article.section_span is None else article.section_span.start
            yield _Block(start, _part("section", "section", _esc(" / ".join(article.section))))
        marks = self.marks(article, colours) if article.paragraphs and len(article.text) >= article.paragraphs[-1].span.end else []
        starts = [mark.start for mark in marks]
        visible = _visible_text(article.text) if marks else ""  # one pass over the input, not one per piece
        if article.headline is not None:
            span = article.headline.span
            inside = marks[bisect.bisect_left(starts, span.start) : bisect.bisect_left(starts, span.end)]
            content = _nest(visible, span, inside) if inside else _esc(article.headline.text)  # its quotes marked
            yield _Block(span.start, _part("headline", "headline", f"<h1>{content}</h1>"))
        if article.byline is not None:
            yield _Block(article.byline.span.start, _part("byline", "byline", _esc(article.byline.text)))
        for label, stamp in (("published", article.published), ("updated", article.updated)):
            if stamp is not None:
                yield _Block(stamp.span.start, _part("timestamp", label, _esc(stamp.text)))
        for caption in article.captions:
            credit = "" if caption.credit is None else f'<span class="credit">{_esc(caption.credit)}</span>'
            for n, span in enumerate(caption.spans):
                again = '<span class="note">(printed again)</span>' if n else ""
                yield _Block(span.start, _part("caption", "caption", f"{_esc(caption.text)}{credit}{again}"))
        dateline = article.dateline
        home = None if dateline is None else self.dateline_home(article, dateline.span)
        for number, paragraph in enumerate(article.paragraphs):
            span = paragraph.span
            if dateline is not None and number == home:
                span = Span(min(dateline.span.start, span.start), span.end)
            if marks:
                inside = marks[bisect.bisect_left(starts, span.start) : bisect.bisect_left(starts, span.end)]
                content = _nest(visible, span, inside)
            else:  # an article read back from JSON holds no input text: show the parsed text
                content = _esc(paragraph.text)
            yield _Block(span.start, _part("paragraph", f"paragraph {number}", content))
        if dateline is not None and home is None:
            yield _Block(dateline.span.start, _part("dateline", "dateline", _esc(dateline.text)))
        for line in article.boilerplate:
            yield _Block(line.span.start, _part("boilerplate", line.kind, _esc(line.text)))

    def dateline_home(self, article: Article, dateline: Span) -> int | None:
        """The index of the paragraph the dateline opens: the one holding it, or the first one after
        it with only whitespace between; ``None`` when there is none (it is then a part of its own)."""
        starts = [p.span.start for p in article.paragraphs]
        index = bisect.bisect_right(starts, dateline.start) - 1  # the last paragraph starting at or before it
        if index >= 0 and dateline.end <= article.paragraphs[index].span.end:
            return index
        after = index + 1
        if after < len(article.paragraphs):
            gap = article.text[dateline.end : article.paragraphs[after].span.start]
            if dateline.end <= article.paragraphs[after].span.start and len(gap) <= self.DATELINE_GAP and not gap.strip():
                return after
        return None

    def marks(self, article: Article, colours: dict[str | None, int]) -> list[_Mark]:
        """The dateline, every quote and every speaker mention as marks, sorted by where they start.

        A mention that introduces several quotes links to the first of them.
        """
        marks: list[_Mark] = []
        if article.dateline is not None:
            d = article.dateline.span
            marks.append(_Mark(d.start, d.end, '<span class="dateline-mark" title="dateline">', "</span>"))
        mentions: dict[Span, list[int]] = {}
        for index, quote in enumerate(article.quotes, 1):
            number = colours[None if quote.speaker is None else quote.speaker.name]
            who = "no speaker found" if quote.speaker is None else quote.speaker.name
            marks.append(
                _Mark(
                    quote.span.start,
                    quote.span.end,
                    f'<span class="quote {quote.kind.value} c{number}" id="quote-{index}" '
                    f'title="#{index} {quote.kind.value}: {_esc(who)}">',
                    "</span>",
                )
            )
            if quote.speaker is not None and quote.speaker.span is not None:
                mentions.setdefault(quote.speaker.span, []).append(index)
        for mention, numbers in mentions.items():
            speaker = article.quotes[numbers[0] - 1].speaker
            name = "" if speaker is None else speaker.name  # never empty: only quotes with a speaker are here
            count = f"{len(numbers)} quotes" if len(numbers) > 1 else "its quote"
            refs = ", #".join(map(str, numbers[: self.MAX_TITLE_REFS])) + (", ..." if len(numbers) > self.MAX_TITLE_REFS else "")
            title = f"{name}: go to {count} (#{refs})"
            marks.append(
                _Mark(
                    mention.start,
                    mention.end,
                    f'<a class="mention c{colours[name]}" href="#quote-{numbers[0]}" title="{_esc(title)}">',
                    "</a>",
                    link=True,
                )
            )
        marks.sort(key=lambda m: (m.start, -m.end))
        return marks

    def quote_list(self, article: Article, colours: dict[str | None, int]) -> str:
        """A list of the quotes, only when the paragraphs cannot show them (no input text)."""
        if not article.quotes or (article.paragraphs and len(article.text) >= article.paragraphs[-1].span.end):
            return ""
        items = []
        for index, quote in enumerate(article.quotes, 1):
            cls = colours[None if quote.speaker is None else quote.speaker.name]
            who = "no speaker found" if quote.speaker is None else quote.speaker.name
            items.append(
                f'<li><span class="quote {quote.kind.value} c{cls}" id="quote-{index}">{_esc(quote.text)}</span> '
                f"— {_esc(who)}</li>"
            )
        return f'<section class="panel quotes"><h2>Quotes</h2><ol>{"".join(items)}</ol></section>\n'


#: Code points an HTML page may not hold: the C0 controls but tab, line feed, form feed and
#: carriage return; DEL and the C1 controls; lone surrogates (no encoding can write them, so the
#: page could not be saved); noncharacters.
_FORBIDDEN = regex.compile(
    r"""
    [^\P{Cc}\t\n\x0c\r]             # a control (C0, DEL, C1) other than tab, line feed, form feed, carriage return
    | \p{Cs}                        # a lone surrogate
    | \p{Noncharacter_Code_Point}   # U+FDD0..U+FDEF, and the last two code points of each plane
    """,
    regex.VERBOSE,
)
_CONTROL_PICTURES = 0x2400  # U+2400 + n pictures C0 control n; U+2421 pictures DEL
_REPLACEMENT = "\ufffd"


def _visible(match: regex.Match[str]) -> str:
    """A forbidden code point as one that may stand in a page: a C0 control or DEL as its picture
    (``␀``, ``␇``, ``␛``, ``␡``), anything else as U+FFFD."""
    code = ord(match.group())
    if code < 0x20:
        return chr(_CONTROL_PICTURES + code)
    return chr(_CONTROL_PICTURES + 0x21) if code == 0x7F else _REPLACEMENT


def _escape(text: str) -> str:
    """*text* with ``&``, ``<``, ``>`` and both quotes escaped (:func:`html.escape`, imported when a
    page is first rendered: the ``html`` package loads the HTML5 entity table, about 0.8 MB that
    parsing never needs)."""
    from html import escape

    return escape(text, quote=True)


def _visible_text(text: str) -> str:
    """*text* with each code point a page may not hold replaced by a visible one, one for one, so
    that offsets into *text* hold in the result."""
    if text.isprintable():  # no control, surrogate or unassigned code point: nothing to replace
        return text
    return _FORBIDDEN.sub(_visible, text)


def _esc(text: str) -> str:
    """*text* made safe as HTML element content and as a double-quoted attribute value, its code
    points a page may not hold replaced by visible ones."""
    return _escape(_visible_text(text))


def _bdi(text: str) -> str:
    """*text* escaped and isolated from the text around it, so that a right-to-left value (Arabic,
    Hebrew) does not reorder the labels and punctuation next to it."""
    return f"<bdi>{_esc(text)}</bdi>"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _part(kind: str, label: str, content: str) -> str:
    return f'<div class="part {kind}"><span class="tag">{_esc(label)}</span><div class="content" dir="auto">{content}</div></div>'


def _nest(text: str, span: Span, marks: list[_Mark]) -> str:
    """``text[span]`` escaped, with the marks inside it as properly nested elements.  *text* holds
    only code points a page may hold (see :func:`_visible_text`).

    *marks* are sorted by ``(start, -end)``.  A mark that crosses the edge of one already open,
    lies outside *span*, or would put a link inside a link is left out.  Runs in time linear in
    the number of marks and the length of the span.
    """
    out: list[str] = []
    pos = span.start
    stack: list[_Mark] = []
    links_open = 0

    def close_to(limit: int) -> None:
        nonlocal pos, links_open
        while stack and stack[-1].end <= limit:
            top = stack.pop()
            links_open -= top.link
            out.append(_escape(text[pos : top.end]))
            out.append(top.closing)
            pos = top.end

    for mark in marks:
        if mark.start < span.start or mark.end > span.end or mark.start >= mark.end:
            continue
        close_to(mark.start)
        if stack and (mark.end > stack[-1].end or (mark.link and links_open)):
            continue
        out.append(_escape(text[pos : mark.start]))
        out.append(mark.opening)
        links_open += mark.link
        stack.append(mark)
        pos = mark.start
    close_to(span.end)
    out.append(_escape(text[pos : span.end]))
    return "".join(out)


_DEFAULT = HtmlRenderer()


def render_html(article: Article) -> str:
    """*article* as one self-contained HTML page (see :class:`HtmlRenderer`)."""
    return _DEFAULT.render(article)
