"""`newsparse.render_html` and `Article.to_html`, read back with the standard library's `html.parser`."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from articles import WEB_ARTICLE
from newsparse import (
    Article,
    Boilerplate,
    Byline,
    Caption,
    Headline,
    Paragraph,
    Quote,
    QuoteKind,
    Span,
    Speaker,
)

VOID = {"meta", "br", "img", "hr", "link", "input"}


class Element:
    def __init__(self, tag: str, attrs: dict[str, str | None]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.text = ""  # all text inside, children's included

    @property
    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()


class Page(HTMLParser):
    """Every element with its attributes and text; fails on a tag closed out of order."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.open: list[Element] = []
        self.doctype = ""
        self.feed(markup)
        self.close()
        assert not self.open, [e.tag for e in self.open]

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs))
        self.elements.append(element)
        if tag not in VOID:
            self.open.append(element)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1].tag == tag, (tag, [e.tag for e in self.open])
        self.open.pop()

    def handle_data(self, data: str) -> None:
        for element in self.open:
            element.text += data

    def having(self, *classes: str) -> list[Element]:
        return [e for e in self.elements if all(c in e.classes for c in classes)]

    def tags(self) -> set[str]:
        return {e.tag for e in self.elements}


@pytest.fixture(scope="module")
def web() -> tuple[Article, Page]:
    article = newsparse.parse_article(WEB_ARTICLE)
    return article, Page(article.to_html())


def test_to_html_is_render_html() -> None:
    article = newsparse.parse_article(WEB_ARTICLE)
    assert article.to_html() == newsparse.render_html(article)


def test_page_is_self_contained(web: tuple[Article, Page]) -> None:
    _, page = web
    assert page.doctype == "DOCTYPE html"
    assert page.tags() <= {"html", "head", "meta", "title", "style", "body", "section", "h1", "h2", "dl", "dt", "dd",
                           "ul", "li", "p", "span", "a", "main", "div", "ol", "bdi"}
    hrefs = [e.attrs["href"] for e in page.elements if "href" in e.attrs]
    assert hrefs and all(h is not None and h.startswith("#") for h in hrefs)
    assert not [e for e in page.elements if "src" in e.attrs]
    csp = [e.attrs["content"] for e in page.elements if e.attrs.get("http-equiv") == "Content-Security-Policy"]
    assert csp == ["default-src 'none'; style-src 'unsafe-inline'"]
    style = next(e for e in page.elements if e.tag == "style").text
    assert "url(" not in style and "@import" not in style


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("section", ["sectionWORLD / EUROPE"]),
        ("headline", ["headlineDutch farmers block motorways in protest over nitrogen rules"]),
        ("byline", ["bylineBy Eva Jansen and Pieter de Vries"]),
        ("timestamp", ["publishedMar 4, 2025 09:05 AM", "updatedMar 4, 2025 11:40 AM"]),
        (
            "caption",
            [
                "captionTractors parked across the A12 motorway near Utrecht on Tuesday morning.Sanne Visser",
                "captionTractors parked across the A12 motorway near Utrecht on Tuesday morning.Sanne Visser(printed again)",
            ],
        ),
        ("boilerplate", ["relatedRead more: Why nitrogen matters for Dutch farming",
                         "sign-off(Reporting by Eva Jansen; Editing by Mark Potter)"]),
    ],
)
def test_every_header_and_side_part_is_marked(web: tuple[Article, Page], kind: str, expected: list[str]) -> None:
    _, page = web
    assert [e.text for e in page.having("part", kind)] == expected


def test_paragraphs_show_the_input_text_in_order(web: tuple[Article, Page]) -> None:
    article, page = web
    shown = [e.text for e in page.having("part", "paragraph")]
    assert len(shown) == len(article.paragraphs) == 3
    assert shown[0].startswith("paragraph 0THE HAGUE (Reuters) — Thousands of Dutch farmers")
    for number, (text, paragraph) in enumerate(zip(shown, article.paragraphs, strict=True)):
        assert " ".join(text.split()).endswith(paragraph.text), number
    dateline = page.having("dateline-mark")
    assert [e.text for e in dateline] == ["THE HAGUE (Reuters) —"]


def test_each_quote_is_underlined_in_its_speakers_colour(web: tuple[Article, Page]) -> None:
    article, page = web
    quotes = page.having("quote")[3:]  # the first three are the legend's key
    assert [e.attrs["id"] for e in quotes] == [f"quote-{n}" for n in range(1, len(article.quotes) + 1)]
    assert [e.text for e in quotes] == [q.span.slice(WEB_ARTICLE) for q in article.quotes]
    assert [next(c for c in e.classes if c in {"direct", "indirect", "mixed"}) for e in quotes] == [
        q.kind.value for q in article.quotes
    ]
    colour = {q.speaker.name if q.speaker else None: next(c for c in e.classes if c.startswith("c"))
              for q, e in zip(article.quotes, quotes, strict=True)}
    assert len(set(colour.values())) == len(colour)  # one colour per speaker
    style = next(e for e in page.elements if e.tag == "style").text
    for cls in colour.values():
        assert f".{cls} {{ --c: #" in style


def test_legend_counts_quotes_per_speaker(web: tuple[Article, Page]) -> None:
    article, page = web
    entries = page.having("legend")[0]
    items = [e.text for e in page.elements if e.tag == "li" and e.text and e in _legend_items(page)]
    assert entries.tag == "section"
    expected = {}
    for number, quote in enumerate(article.quotes, 1):
        name = quote.speaker.name if quote.speaker else "no speaker found"
        expected.setdefault(name, []).append(number)
    assert items == [
        f"{name} ({len(nums)} quote{'' if len(nums) == 1 else 's'})" + " ".join(f"#{n}" for n in nums)
        for name, nums in expected.items()
    ]


def _legend_items(page: Page) -> list[Element]:
    start = page.elements.index(page.having("legend")[0])
    return [e for e in page.elements[start:] if e.tag == "li" and e.classes and e.classes[0].startswith("c")]


def test_speaker_mentions_link_to_their_quotes(web: tuple[Article, Page]) -> None:
    article, page = web
    ids = {e.attrs["id"] for e in page.elements if "id" in e.attrs}
    links = page.having("mention")
    assert links and all(e.tag == "a" and e.attrs["href"] is not None and e.attrs["href"][1:] in ids for e in links)
    expected = [q.speaker.span.slice(WEB_ARTICLE) for q in article.quotes if q.speaker and q.speaker.span]
    assert sorted(e.text for e in links) == sorted(set(expected))
    assert "Henk Bosman" in [e.text for e in links]


HOSTILE = '<script>alert("x")</script>'
BREAKER = '" onmouseover="alert(1)" x="'


def hostile_article() -> Article:
    """An article whose every string tries to inject markup (as a hand-built value could)."""
    text = (
        f"{HOSTILE}\n"
        f"By {BREAKER}\n"
        "\n"
        f'"{HOSTILE} is fine," said {BREAKER}.\n'
        "\n"
        f"Share </div></main> {HOSTILE}\n"
    )
    q_start = text.index('"<script') + 1
    q_end = text.index(' is fine,"') + len(" is fine,")
    m_start = text.index(f"said {BREAKER}") + 5
    p_start = text.index('"<script')
    return Article(
        text=text,
        section=(HOSTILE, BREAKER),
        section_span=None,
        headline=Headline(HOSTILE, Span(0, len(HOSTILE))),
        byline=Byline((BREAKER,), HOSTILE, f"By {BREAKER}", Span(len(HOSTILE) + 1, len(HOSTILE) + 4 + len(BREAKER))),
        captions=(Caption(HOSTILE, BREAKER, (Span(0, 5),)),),
        paragraphs=(Paragraph(text[p_start : text.index("\n", p_start)], Span(p_start, text.index("\n", p_start))),),
        quotes=(
            Quote(
                text[q_start:q_end], Span(q_start, q_end), QuoteKind.DIRECT, "said",
                Speaker(BREAKER, BREAKER, Span(m_start, m_start + len(BREAKER)), HOSTILE), None, 0,
            ),
        ),
        boilerplate=(Boilerplate(f"Share </div></main> {HOSTILE}", BREAKER, Span(text.index("Share"), len(text) - 1)),),
    )


def test_all_input_text_is_escaped() -> None:
    page = Page(newsparse.render_html(hostile_article()))
    assert "script" not in page.tags()
    assert not [e for e in page.elements if "onmouseover" in e.attrs or "x" in e.attrs]
    assert next(e for e in page.elements if e.tag == "title").text == HOSTILE
    assert page.having("part", "headline")[0].text == "headline" + HOSTILE
    assert page.having("part", "byline")[0].text == f"bylineBy {BREAKER}"
    assert page.having("part", "boilerplate")[0].text == f"{BREAKER}Share </div></main> {HOSTILE}"
    quote = page.having("quote", "direct")[-1]
    assert quote.text == f"{HOSTILE} is fine,"
    assert quote.attrs["title"] == f"#1 direct: {BREAKER}"
    mention = page.having("mention")[0]
    assert mention.text == BREAKER and mention.attrs["href"] == "#quote-1"
    assert mention.attrs["title"] == f"{BREAKER}: go to its quote (#1)"
    assert any(e.text.startswith(f"{BREAKER} (1 quote)") for e in page.elements if e.tag == "li")


def test_hostile_text_through_the_parser_is_escaped() -> None:
    text = (
        "Fire at <b>depot</b>\n\n"
        'LYON (AFP) — "<img src=x onerror=alert(1)> burned," said Claire Martin, a worker.\n'
    )
    article = newsparse.parse_article(text)
    assert article.quotes and article.quotes[0].speaker is not None
    page = Page(article.to_html())
    assert "img" not in page.tags() and "b" not in page.tags()
    assert page.having("part", "headline")[0].text == "headlineFire at <b>depot</b>"
    assert page.having("quote", "direct")[-1].text == "<img src=x onerror=alert(1)> burned,"


def test_an_article_read_back_from_json_lists_its_quotes() -> None:
    article = newsparse.parse_article(WEB_ARTICLE)
    page = Page(Article.from_json(article.to_json()).to_html())
    assert [e.text for e in page.having("part", "paragraph")][1] == "paragraph 1" + article.paragraphs[1].text
    listed = page.having("quote")[3:]
    assert [e.text for e in listed] == [q.text for q in article.quotes]
    ids = {e.attrs["id"] for e in listed}
    assert all(e.attrs["href"][1:] in ids for e in page.elements if e.tag == "a")


def test_an_empty_article_renders() -> None:
    page = Page(newsparse.render_html(Article("")))
    assert next(e for e in page.elements if e.tag == "title").text == "newsparse article"
    assert "No quotes found." in page.having("legend")[0].text
    assert not page.having("part")


def test_speaker_colours_cycle_through_the_palette() -> None:
    renderer = newsparse.HtmlRenderer()
    quotes = [
        Quote("x", Span(0, 1), QuoteKind.DIRECT, None, None if n == 3 else Speaker(f"P{n}", f"P{n}"), None, 0)
        for n in range(len(renderer.PALETTE) + 3)
    ]
    colours = renderer.speaker_colours(quotes)
    assert colours[None] == -1 and colours["P0"] == 0 and colours["P4"] == 3
    assert renderer.colour(colours[f"P{len(renderer.PALETTE) + 2}"]) == renderer.PALETTE[1]
    assert renderer.colour(-1) == renderer.NO_SPEAKER_COLOUR


DATA = Path(__file__).parent / "data" / "articles"
FIXTURES = sorted(p.stem for p in DATA.glob("*.txt"))


@pytest.mark.parametrize("name", FIXTURES)
def test_every_fixture_renders_with_all_its_quotes_and_links(name: str) -> None:
    with open(DATA / f"{name}.txt", encoding="utf-8", newline="") as handle:
        text = handle.read()
    article = newsparse.parse_article(text)
    page = Page(article.to_html())
    quotes = [e for e in page.having("quote") if "id" in e.attrs]
    assert [e.text for e in quotes] == [q.span.slice(text) for q in article.quotes]
    ids = {e.attrs["id"] for e in page.elements if "id" in e.attrs}
    assert all(e.attrs["href"][1:] in ids for e in page.elements if e.tag == "a")
    assert len(page.having("part", "paragraph")) == len(article.paragraphs)
    assert len(page.having("part", "boilerplate")) == len(article.boilerplate)
    assert len(page.having("part", "caption")) == sum(len(c.spans) for c in article.captions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dateline opens the paragraph, a space between them
        ("Port reopens\n\nODESA (Reuters) - The port reopened on Monday after repairs to the quay.\n",
         ["paragraph 0ODESA (Reuters) - The port reopened on Monday after repairs to the quay."]),
        # the dateline on its own line above the paragraph
        ("Port reopens\n\nODESA, May 12 (Reuters) -\nThe port reopened on Monday after repairs to the quay.\n",
         ["paragraph 0ODESA, May 12 (Reuters) -\nThe port reopened on Monday after repairs to the quay."]),
    ],
)
def test_the_dateline_is_marked_in_the_paragraph_it_opens(text: str, expected: list[str]) -> None:
    article = newsparse.parse_article(text)
    assert article.dateline is not None
    page = Page(article.to_html())
    assert [e.text for e in page.having("part", "paragraph")] == expected
    assert [e.text for e in page.having("dateline-mark")] == [article.dateline.text]
    assert not page.having("part", "dateline")


def test_a_dateline_away_from_any_paragraph_is_a_part_of_its_own() -> None:
    text = "ODESA (Reuters) -\n\n\n\n\n\n\n\n\n\n\n\nThe port reopened on Monday after repairs to the quay.\n"
    article = Article(
        text,
        dateline=newsparse.Dateline("ODESA", "Reuters", None, "ODESA (Reuters) -", Span(0, 17)),
        paragraphs=(Paragraph(text.strip().split("\n")[-1], Span(29, len(text) - 1)),),
    )
    page = Page(article.to_html())
    assert [e.text for e in page.having("part", "dateline")] == ["datelineODESA (Reuters) -"]
    assert [e.text for e in page.having("part", "paragraph")] == ["paragraph 0The port reopened on Monday after repairs to the quay."]


# Code points an HTML page may not hold (HTML's "control", "surrogate" and "noncharacter" parse
# errors), as scraped text can carry them: a NUL from a C string, a BEL, an ESC from a terminal
# colour code, DEL, the C1 control CSI from a Latin-1 page, a lone surrogate from a file read with
# errors="surrogateescape", the noncharacters U+FDD0 and U+FFFE.
FORBIDDEN = {"\x00": "\u2400", "\x07": "\u2407", "\x1b": "\u241b", "\x7f": "\u2421", "\x9b": "\ufffd",
             "\udc9d": "\ufffd", "\ufdd0": "\ufffd", "\ufffe": "\ufffd", "\U0010ffff": "\ufffd"}


def _forbidden_in(page: str) -> list[str]:
    allowed = "\t\n\x0c\r"
    return [
        c for c in page
        if (ord(c) < 0x20 and c not in allowed) or 0x7F <= ord(c) <= 0x9F or 0xD800 <= ord(c) <= 0xDFFF
        or 0xFDD0 <= ord(c) <= 0xFDEF or ord(c) & 0xFFFE == 0xFFFE
    ]


def test_code_points_a_page_may_not_hold_are_shown_as_visible_ones() -> None:
    bad = "".join(FORBIDDEN)
    shown = "".join(FORBIDDEN.values())
    text = (
        f"Port strike{bad} ends\n"
        "By Ana Ruiz\n"
        "\n"
        f'"We are{bad} back at work," said Ana Ruiz, a docker at the{bad} port.\n'
    )
    article = newsparse.parse_article(text)
    assert article.headline is not None and article.quotes and article.quotes[0].speaker is not None
    markup = article.to_html()
    assert _forbidden_in(markup) == []
    markup.encode("utf-8")  # a lone surrogate would make the page impossible to save
    page = Page(markup)
    assert next(e for e in page.elements if e.tag == "title").text == f"Port strike{shown} ends"
    assert page.having("part", "headline")[0].text == f"headlinePort strike{shown} ends"
    assert page.having("quote", "direct")[-1].text == f"We are{shown} back at work,"
    assert page.having("part", "paragraph")[0].text.endswith(f"a docker at the{shown} port.")
    # in attribute values too, and NEL (U+0085), which breaks a line for the parser, inside a part
    name = f"Ana{bad}\x85 Ruiz"
    built = Article(
        "one\x85two",
        paragraphs=(Paragraph("one\x85two", Span(0, 7)),),
        quotes=(Quote("two", Span(4, 7), QuoteKind.DIRECT, None, Speaker(name, name, Span(0, 3)), None, 0),),
    )
    markup = built.to_html()
    assert _forbidden_in(markup) == []
    page = Page(markup)
    assert page.having("part", "paragraph")[0].text == "paragraph 0one\ufffdtwo"
    assert page.having("quote", "direct")[-1].attrs["title"] == f"#1 direct: Ana{shown}\ufffd Ruiz"
    assert page.having("mention")[0].attrs["title"] == f"Ana{shown}\ufffd Ruiz: go to its quote (#1)"


def test_right_to_left_text_takes_its_own_direction() -> None:
    # A Hebrew section, headline and byline over an English body; each piece of input text is set
    # in a block that takes its direction from its first strong letter, or isolated in <bdi> where
    # it stands beside the page's own English words.
    text = (
        "חדשות | כלכלה\n"
        "\n"
        "בנק ישראל הותיר את הריבית ללא שינוי\n"
        "\n"
        "By Dana Levi\n"
        "\n"
        '"Inflation is still above target," said Amir Yaron, the governor of the central bank.\n'
    )
    article = newsparse.parse_article(text)
    assert article.section == ("חדשות", "כלכלה") and article.quotes[0].speaker is not None
    page = Page(article.to_html())
    contents = [e for e in page.elements if "content" in e.classes]
    assert contents and all(e.attrs.get("dir") == "auto" for e in contents)
    isolated = [e.text for e in page.elements if e.tag == "bdi"]
    assert isolated == ["חדשות", "כלכלה", "בנק ישראל הותיר את הריבית ללא שינוי", "Dana Levi", "Amir Yaron"]


def _css_rules(style: str) -> dict[str, str]:
    """The page's CSS as selector -> declarations (comments dropped; a selector given twice keeps both)."""
    rules: dict[str, str] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", re.sub(r"/\*.*?\*/", "", style, flags=re.S)):
        for selector in selectors.split(","):
            rules[selector.strip()] = rules.get(selector.strip(), "") + body
    return rules


def test_a_long_unbroken_word_wraps_instead_of_widening_the_page() -> None:
    # A tracking link, a run of letters or a scraper's token with no space in it: the text wraps
    # anywhere, and the grid cells that hold input text may shrink below their longest word.
    link = "https://example.org/" + "a" * 600
    article = newsparse.parse_article(f"Council report out\n\nThe council put its report at {link} on Tuesday.\n")
    page = Page(article.to_html())
    assert link in page.having("part", "paragraph")[0].text
    rules = _css_rules(next(e for e in page.elements if e.tag == "style").text)
    assert "overflow-wrap: anywhere" in rules["body"]
    assert "min-width: 0" in rules["dd"] and "min-width: 0" in rules[".content"]
    assert "nowrap" not in rules[".credit"] + rules[".note"]  # a credit longer than a line wraps inside its box


def _contrast(one: str, two: str) -> float:
    """The WCAG 2 contrast ratio of two ``#rrggbb`` colours."""

    def luminance(colour: str) -> float:
        r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_text_in_a_speakers_colour_and_greyed_text_are_readable() -> None:
    # WCAG AA asks 4.5:1 for body text; the palette's sky blue alone gives 2.2:1 on the page.
    renderer = newsparse.HtmlRenderer()
    rules = _css_rules(renderer.STYLE)
    background = re.search(r"background: (#[0-9a-f]{6})", rules["body"])[1]
    numbers = [-1, *range(len(renderer.PALETTE))]
    assert {n: _contrast(renderer.text_colour(n), background) >= 4.5 for n in numbers} == dict.fromkeys(numbers, True)
    assert "color: var(--t)" in rules["a.mention"]
    assert (renderer.PALETTE[5], renderer.text_colour(5)) == ("#56b4e9", "#387597")  # 0.65 of each channel
    for selector in (".boilerplate .content", ".note", "dt", ".key"):
        grey = re.search(r"color: #([0-9a-f]{6}|[0-9a-f]{3})\b", rules[selector])[1]
        grey = "#" + (grey if len(grey) == 6 else "".join(c + c for c in grey))
        assert _contrast(grey, background) >= 4.5, selector
    page = Page(newsparse.parse_article(WEB_ARTICLE).to_html())
    style = next(e for e in page.elements if e.tag == "style").text
    assert ".c-1 { --c: #8a8a8a; --t: #5a5a5a; }" in style


@pytest.mark.parametrize(("shade", "colour", "expected"), [(0.5, "#fff", "#808080"), (1.0, "#56b4e9", "#56b4e9"),
                                                           (0.65, "rebeccapurple", "rebeccapurple")])
def test_text_colour_darkens_hex_colours_only(shade: float, colour: str, expected: str) -> None:
    class Page2(newsparse.HtmlRenderer):
        PALETTE = (colour,)
        TEXT_SHADE = shade

    assert Page2().text_colour(0) == expected


def test_on_a_narrow_screen_the_legend_and_parts_fit() -> None:
    # The links to a speaker's quotes are separate words, so a line breaks between them and never
    # inside "#12"; below 40rem each part's name stands above it and the legend is one column.
    text = (
        "Ferry strike ends\n\n"
        '"We are back," said Lena Vogel, a union spokeswoman. "The boats sail at six," Vogel said.\n\n'
        '"Nobody lost a day\'s pay," Vogel said.\n'
    )
    article = newsparse.parse_article(text)
    page = Page(article.to_html())
    assert [e.text for e in _legend_items(page)] == ["Lena Vogel (3 quotes)#1 #2 #3"]
    style = next(e for e in page.elements if e.tag == "style").text
    narrow = style[style.index("@media (max-width: 40rem)") :]
    rules = _css_rules(narrow[narrow.index("{") + 1 :])
    assert "grid-template-columns: 1fr" in rules[".part"] and "columns: 1" in rules[".legend ul"]


# Article-shaped text (a headline, a byline, quoted paragraphs) with any code point at all spliced
# in, lone surrogates and controls included.
ANY_CHAR = st.characters(exclude_categories=())
LINES = st.sampled_from([
    "Port strike ends", "By Ana Ruiz", "", "LISBON (Reuters) - Dockers went back to work on Monday.",
    '"We are back at work," said Ana Ruiz, a docker.', "The union said that the deal would hold.",
    "Photo: Joao Silva", "Share", "عالم / الشرق الأوسط", "台风逼近沿海地区",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(LINES, st.text(ANY_CHAR, max_size=4)), max_size=12))
def test_any_text_gives_a_well_formed_page_a_browser_can_read(pieces: list[tuple[str, str]]) -> None:
    text = "\n".join(line + extra for line, extra in pieces)
    article = newsparse.parse_article(text)
    markup = article.to_html()
    assert _forbidden_in(markup) == []
    markup.encode("utf-8")
    page = Page(markup)  # every element closed in order
    ids = {e.attrs["id"] for e in page.elements if "id" in e.attrs}
    assert all(e.attrs["href"][1:] in ids for e in page.elements if e.tag == "a")
    assert {f"quote-{n}" for n in range(1, len(article.quotes) + 1)} <= ids
    assert len(page.having("part", "paragraph")) == len(article.paragraphs)
