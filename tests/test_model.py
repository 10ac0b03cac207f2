"""The value types and the JSON contract of :class:`newsparse.Article`."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import pytest

from articles import WEB_ARTICLE
from contract import CONTRACT_KEYS
from newsparse import (
    Article,
    Boilerplate,
    Byline,
    Caption,
    Dateline,
    Headline,
    MonthDay,
    Paragraph,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    Timestamp,
    TimestampKind,
    parse_article,
)

WIRE_ARTICLE = (
    "Russia says it repelled drone attack on Moscow region\n"
    "\n"
    "MOSCOW, Aug 13 (Reuters) - Russian air defences destroyed 11 drones overnight\n"
    "over the Moscow region, the defence ministry said on Tuesday, in one of the\n"
    "largest such attacks this year.\n"
    "\n"
    "Moscow Mayor Sergei Sobyanin said on Telegram that there was no serious damage and no one was hurt.\n"
    "\n"
    '"The attack was repelled," Sobyanin wrote. "Emergency services are working at the sites where debris fell."\n'
    "\n"
    "(Reporting by Dmitry Antonov; Editing by Alex Richardson)\n"
)

AP_ARTICLE = (
    "Senate passes stopgap bill hours before shutdown deadline\r\n"
    "\r\n"
    "WASHINGTON (AP) —\u00a0The Senate passed a bill late Friday to keep the government\r\n"
    "funded through mid-December, sending it to President Joe Biden hours before a\r\n"
    "midnight deadline.\r\n"
    "\r\n"
    "“Tonight we are keeping the lights on,” said Senate Majority Leader Chuck Schumer.\r\n"
    "\r\n"
    "Republicans said the measure did too little to cut spending.\r\n"
    "\r\n"
    "Associated Press writer Kevin Freking contributed to this report.\r\n"
)

ARTICLES = {"web": WEB_ARTICLE, "wire": WIRE_ARTICLE, "ap": AP_ARTICLE}


def squash(text: str) -> str:
    return " ".join(text.split())


def assert_json_types(value: Any, path: str = "$") -> None:
    """Only dict (with str keys), list, str, int, float, bool and None, all the way down."""
    if isinstance(value, dict):
        for key, item in value.items():
            assert isinstance(key, str), f"{path}: key {key!r} is not a str"
            assert_json_types(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            assert_json_types(item, f"{path}[{i}]")
    else:
        assert value is None or type(value) in (str, int, float, bool), f"{path}: {type(value).__name__} {value!r}"


def spans_in_dict(value: Any, key: str = "") -> list[Any]:
    """Every value stored under a "span" key, and every item under a "spans" key."""
    found: list[Any] = []
    if isinstance(value, dict):
        for k, item in value.items():
            if k == "span" and item is not None:
                found.append(item)
            elif k == "spans":
                found.extend(item)
            else:
                found.extend(spans_in_dict(item, k))
    elif isinstance(value, list):
        for item in value:
            found.extend(spans_in_dict(item, key))
    return found


# -- Span and MonthDay ----------------------------------------------------------------------------


def test_span_rejects_negative_start() -> None:
    with pytest.raises(ValueError, match="start"):
        Span(-1, 4)


def test_span_rejects_end_before_start() -> None:
    with pytest.raises(ValueError, match="before"):
        Span(10, 9)


def test_span_accepts_empty_and_normal_ranges() -> None:
    assert len(Span(3, 3)) == 0
    span = Span(2, 7)
    assert len(span) == 5
    assert span.slice("MOSCOW, Aug 13") == "SCOW,"
    assert span.to_list() == [2, 7]
    assert Span.from_list([2, 7]) == span
    assert span.shift(3) == Span(5, 10)
    assert span.overlaps(Span(6, 9)) and not span.overlaps(Span(7, 9))


def test_monthday_isoformat() -> None:
    assert MonthDay(8, 13).isoformat() == "--08-13"
    assert MonthDay(12, 1).isoformat() == "--12-01"
    assert MonthDay.fromisoformat("--08-13") == MonthDay(8, 13)


@pytest.mark.parametrize(("month", "day"), [(0, 1), (13, 1), (5, 0), (5, 32)])
def test_monthday_rejects_impossible_dates(month: int, day: int) -> None:
    with pytest.raises(ValueError):
        MonthDay(month, day)


def test_monthday_fromisoformat_rejects_other_forms() -> None:
    with pytest.raises(ValueError):
        MonthDay.fromisoformat("2024-08-13")


# -- the JSON contract ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_to_dict_has_exactly_the_contract_keys(name: str) -> None:
    data = parse_article(ARTICLES[name]).to_dict()
    assert list(data) == list(CONTRACT_KEYS)


def test_to_dict_of_empty_article_has_the_contract_keys() -> None:
    assert list(Article(text="").to_dict()) == list(CONTRACT_KEYS)


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_to_dict_holds_only_json_types(name: str) -> None:
    data = parse_article(ARTICLES[name], reference_date=dt.date(2024, 8, 20)).to_dict()
    assert_json_types(data)
    assert json.loads(json.dumps(data)) == data


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_spans_are_two_int_lists(name: str) -> None:
    data = parse_article(ARTICLES[name]).to_dict()
    spans = spans_in_dict(data)
    assert spans, "a realistic article has spans"
    for span in spans:
        assert isinstance(span, list)
        assert len(span) == 2
        assert all(type(n) is int for n in span)
        assert 0 <= span[0] <= span[1] <= len(ARTICLES[name])


def test_web_article_parts_in_the_dict() -> None:
    data = parse_article(WEB_ARTICLE).to_dict()
    assert data["section"] == ["WORLD", "EUROPE"]
    assert data["headline"]["text"] == "Dutch farmers block motorways in protest over nitrogen rules"
    assert data["byline"]["authors"] == ["Eva Jansen", "Pieter de Vries"]
    assert data["published"]["datetime"] == "2025-03-04T09:05:00"
    assert data["updated"]["datetime"] == "2025-03-04T11:40:00"
    assert data["dateline"] == {
        "place": "THE HAGUE",
        "agency": "Reuters",
        "date": None,
        "text": "THE HAGUE (Reuters) —",
        "span": data["dateline"]["span"],
    }
    # The caption printed twice is one caption with two spans.
    assert len(data["captions"]) == 1
    assert data["captions"][0]["credit"] == "Sanne Visser"
    assert len(data["captions"][0]["spans"]) == 2
    assert {q["kind"] for q in data["quotes"]} <= {"direct", "indirect", "mixed"}
    assert "sign-off" in {b["kind"] for b in data["boilerplate"]}


def test_dateline_date_without_year_is_month_day() -> None:
    article = parse_article(WIRE_ARTICLE)
    assert article.dateline is not None
    assert article.dateline.date == MonthDay(8, 13)
    assert article.to_dict()["dateline"]["date"] == "--08-13"


def test_dateline_date_takes_year_from_reference_date() -> None:
    article = parse_article(WIRE_ARTICLE, reference_date=dt.date(2024, 8, 20))
    assert article.dateline is not None
    assert article.dateline.date == dt.date(2024, 8, 13)
    assert article.to_dict()["dateline"]["date"] == "2024-08-13"


def test_reference_date_must_be_a_date() -> None:
    with pytest.raises(TypeError):
        parse_article(WIRE_ARTICLE, reference_date="2024-08-20")  # type: ignore[arg-type]


# -- round trips ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_from_dict_round_trip(name: str) -> None:
    text = ARTICLES[name]
    article = parse_article(text, reference_date=dt.date(2024, 8, 20))
    again = Article.from_dict(article.to_dict(), text=text)
    assert again.to_dict() == article.to_dict()
    assert again == article


def test_from_dict_round_trip_keeps_month_day() -> None:
    article = parse_article(WIRE_ARTICLE)
    again = Article.from_dict(article.to_dict(), text=WIRE_ARTICLE)
    assert again.dateline is not None
    assert again.dateline.date == MonthDay(8, 13)
    assert again == article


def test_from_dict_without_text_has_empty_text() -> None:
    article = parse_article(WIRE_ARTICLE)
    again = Article.from_dict(article.to_dict())
    assert again.text == ""
    assert again.to_dict() == article.to_dict()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # the file's bytes: spans would have counted bytes, and span_mismatches() raised TypeError
        (WIRE_ARTICLE.encode("utf-8"), "newsparse parses str, not bytes: decode it first, for example data.decode('utf-8')"),
        (None, "newsparse parses str, not NoneType: pass the article's text as a str"),
    ],
)
def test_from_dict_and_from_json_refuse_a_text_that_is_not_str(text: object, message: str) -> None:
    article = parse_article(WIRE_ARTICLE)
    for read in (lambda: Article.from_dict(article.to_dict(), text=text), lambda: Article.from_json(article.to_json(), text=text)):  # type: ignore[arg-type]
        with pytest.raises(TypeError) as raised:
            read()
        assert str(raised.value) == message


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_json_round_trip(name: str) -> None:
    text = ARTICLES[name]
    article = parse_article(text)
    encoded = article.to_json()
    assert json.loads(encoded) == article.to_dict()
    assert Article.from_json(encoded, text=text) == article


def test_to_json_keeps_non_ascii_and_indents() -> None:
    article = parse_article(AP_ARTICLE)
    assert "“" in article.to_json()
    assert "\\u201c" not in article.to_json()
    pretty = article.to_json(indent=2)
    assert pretty.startswith("{\n  ")
    assert json.loads(pretty) == article.to_dict()


def test_hand_built_article_round_trips() -> None:
    text = "x" * 200
    article = Article(
        text=text,
        section=("BUSINESS", "MARKETS"),
        headline=Headline("Oil falls", Span(0, 9)),
        byline=Byline(("Ana Lima",), "Reuters", "By Ana Lima, Reuters", Span(10, 30)),
        dateline=Dateline("HOUSTON", None, MonthDay(2, 26), "HOUSTON, Feb 26 -", Span(31, 48)),
        published=Timestamp(
            dt.datetime(2025, 2, 26, 9, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            TimestampKind.PUBLISHED,
            "Feb 26, 2025 9:05 AM EST",
            Span(49, 73),
        ),
        updated=Timestamp(dt.datetime(2025, 2, 26, 11, 0), TimestampKind.UPDATED, "Feb 26, 2025 11:00", Span(74, 92)),
        captions=(Caption("An oil pump jack in Texas.", "Jane Doe", (Span(93, 119), Span(150, 176))),),
        paragraphs=(Paragraph("Oil fell on Wednesday, traders said.", Span(120, 149)),),
        quotes=(
            Quote(
                "Oil fell on Wednesday",
                Span(120, 141),
                QuoteKind.INDIRECT,
                "said",
                Speaker("traders", "traders", Span(143, 150), None),
                None,
                0,
            ),
            Quote("We sold", Span(177, 184), QuoteKind.DIRECT, None, None, None, 0),
        ),
        boilerplate=(Boilerplate("Share", "share", Span(190, 195)),),
    )
    data = article.to_dict()
    assert_json_types(data)
    assert data["published"]["datetime"] == "2025-02-26T09:05:00-05:00"
    assert data["dateline"]["date"] == "--02-26"
    assert Article.from_dict(data, text=text) == article
    assert Article.from_json(article.to_json(), text=text) == article


# -- input checking -------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"MOSCOW (Reuters) - Bytes.", bytearray(b"Bytes"), memoryview(b"Bytes")])
def test_bytes_raise_type_error_saying_decode(data: object) -> None:
    with pytest.raises(TypeError, match="decode"):
        parse_article(data)  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "type_name"), [(None, "NoneType"), (123, "int"), (["text"], "list"), (4.5, "float")])
def test_non_str_raises_type_error_naming_the_type(value: object, type_name: str) -> None:
    with pytest.raises(TypeError, match=type_name):
        parse_article(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n", "\r\n\r\n", "\t \n  \u00a0\n", "\u2028\u2029\x0c", "   \n\n   \n"])
def test_blank_input_gives_empty_article(text: str) -> None:
    article = parse_article(text)
    assert article == Article(text=text)
    assert article.text == text
    assert article.section == ()
    assert article.section_span is None
    assert article.headline is None
    assert article.byline is None
    assert article.dateline is None
    assert article.published is None
    assert article.updated is None
    assert article.captions == ()
    assert article.paragraphs == ()
    assert article.quotes == ()
    assert article.boilerplate == ()


# -- spans point into the text --------------------------------------------------------------------


def part_spans(article: Article) -> list[tuple[str, Span, str]]:
    """(what, span, text the span should cover) for every part with a text."""
    out: list[tuple[str, Span, str]] = []
    for what in ("headline", "byline", "dateline", "published", "updated"):
        part = getattr(article, what)
        if part is not None:
            out.append((what, part.span, part.text))
    for caption in article.captions:
        out.extend(("caption", span, caption.text) for span in caption.spans)
    out.extend(("paragraph", p.span, p.text) for p in article.paragraphs)
    for quote in article.quotes:
        out.append(("quote", quote.span, quote.text))
        if quote.speaker is not None and quote.speaker.span is not None:
            out.append(("speaker", quote.speaker.span, quote.speaker.mention))
    out.extend(("boilerplate", b.span, b.text) for b in article.boilerplate)
    return out


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_every_span_slices_back_to_its_text(name: str) -> None:
    text = ARTICLES[name]
    article = parse_article(text)
    spans = part_spans(article)
    assert {what for what, _, _ in spans} >= {"headline", "dateline", "paragraph", "quote", "speaker"}
    for what, span, expected in spans:
        assert squash(span.slice(text)) == squash(expected), what
    if article.section_span is not None:
        assert article.section_span.slice(text) == " / ".join(article.section)


def test_caption_spans_slice_back() -> None:
    article = parse_article(WEB_ARTICLE)
    (caption,) = article.captions
    assert caption.text == "Tractors parked across the A12 motorway near Utrecht on Tuesday morning."
    assert len(caption.spans) == 2
    for span in caption.spans:
        assert span.slice(WEB_ARTICLE) == caption.text


def test_hard_wrapped_paragraph_span_covers_both_lines() -> None:
    article = parse_article(WEB_ARTICLE)
    first = article.paragraphs[0]
    assert "\n" in first.span.slice(WEB_ARTICLE)
    assert first.text == (
        "Thousands of Dutch farmers drove tractors onto motorways on Tuesday, causing traffic jams of more than 900 km, "
        "the national road authority said."
    )


def test_hard_wrapped_line_starting_with_a_capital_continues_the_paragraph() -> None:
    text = (
        "Russia says it repelled drone attack on Moscow region\n"
        "\n"
        "MOSCOW, Aug 13 (Reuters) - Russian air defences destroyed 11 drones over the\n"
        "Moscow region overnight, the defence ministry said on Tuesday.\n"
        "\n"
        '"The attack was repelled," said Henk\n'
        "Bosman, a spokesman for the regional government.\n"
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        "Russian air defences destroyed 11 drones over the Moscow region overnight, the defence ministry said on Tuesday.",
        '"The attack was repelled," said Henk Bosman, a spokesman for the regional government.',
    ]


# -- frozen ---------------------------------------------------------------------------------------


def test_article_is_frozen() -> None:
    article = parse_article(WIRE_ARTICLE)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = None  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.text = "changed"  # type: ignore[misc]


def test_parts_are_frozen() -> None:
    article = parse_article(WEB_ARTICLE)
    assert article.headline is not None and article.byline is not None and article.quotes
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline.text = "Changed"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.byline.authors = ()  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.quotes[0].speaker = None  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.paragraphs[0].span.start = 0  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        MonthDay(8, 13).day = 14  # type: ignore[misc]
