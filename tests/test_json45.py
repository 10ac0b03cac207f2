"""A scraper's JSON record given as the article's text (json45): one object, pretty printed or on a
line or two, or the first record of a JSON Lines file, read by its keys.  Before, the whole first
line was the headline, no byline or stamp was read, and the body was one paragraph holding its key,
its marks and its escapes."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.parts import holds_every_line

import newsparse
from newsparse.article import ArticleParser
from newsparse.jsontext import JsonValue, json_members, json_string_pieces, json_unescaped
from newsparse.lines import split_lines
from newsparse.spans import Span

UTC = dt.timezone.utc

PRETTY = """{
  "id": 40417,
  "url": "https://news.example/harbour/40417",
  "title": "Harbour caf\\u00e9 owners fight \\"rent hike\\"",
  "authors": [
    {"@type": "Person", "name": "Ren\\u00e9e Dubois"},
    {"@type": "Person", "name": "Kofi Mensah"}
  ],
  "categories": ["Business", "Local"],
  "datePublished": "2024-08-02T10:00:00Z",
  "dateModified": "2024-08-02T12:30:00Z",
  "description": "Owners say the increase would close a third of the quay's shops.",
  "image": {"src": "https://img.example/quay.jpg", "caption": "Shops on the north quay on Monday.", "credit": "Jo Roe/Harbour Gazette"},
  "articleBody": "Caf\\u00e9 owners on the north quay marched on Monday against a rent rise.\\n\\n\\"We cannot pay this,\\" said Marc Petit, who runs a bakery.\\nHe has traded there for 20 years.\\n\\nThe port board meets on Friday.",
  "tags": ["rent", "shops"]
}
"""

COMPACT = (
    '{"headline": "Council approves budget", "byline": "By Jo Grant", "section": "Politics", '
    '"published": "2025-03-12T10:00:00Z", "body": "The council approved the budget on Tuesday. \\"We will build the '
    'bridge this year,\\" Mayor Ana Ortiz said after the vote.\\n\\nThe plan passed 7-2.", "source_id": "a-77"}'
)

TWO_LINES = (
    '{"headline": "Council approves budget", "byline": "Jo Grant", "published": "2025-03-12T10:00:00Z",\n'
    '"body": "The council approved the budget on Tuesday. \\"We will build the bridge this year,\\" Mayor Ana Ortiz'
    ' said after the vote."}'
)

JSON_LINES = (
    '{"title": "Ferry returns to the islands", "author": ["Ola Berg", "Tove Lind"], "date": "2025-06-01", '
    '"text": "The island ferry sailed again on Sunday.\\nTimetables are posted at both piers."}\n'
    '{"title": "Pier repairs begin", "author": ["Ola Berg"], "date": "2025-06-02", "text": "Work started today."}\n'
    '{"title": "Harbour fees rise", "author": ["Tove Lind"], "date": "2025-06-03", "text": "Fees rise in July."}\n'
)

PARAGRAPH_LIST = """{
    "headline": "Storm closes mountain pass",
    "author": {"name": "Tomasz Nowak"},
    "content": [
        "Snow closed the northern pass on Saturday.",
        "\\u201cIt is too dangerous,\\u201d said Lena Vogt, the road authority's head."
    ]
}"""

# (the text, the headline, the authors, the section, the publication, the update, the paragraphs' texts,
# the quotes as (text, speaker), the boilerplate as (kind, text))
RECORDS = [
    (
        PRETTY,
        'Harbour café owners fight "rent hike"',
        ("Renée Dubois", "Kofi Mensah"),
        ("Business", "Local"),
        dt.datetime(2024, 8, 2, 10, 0, tzinfo=UTC),
        dt.datetime(2024, 8, 2, 12, 30, tzinfo=UTC),
        [
            "Café owners on the north quay marched on Monday against a rent rise.",
            '"We cannot pay this," said Marc Petit, who runs a bakery. He has traded there for 20 years.',
            "The port board meets on Friday.",
        ],
        [("rent hike", None), ("We cannot pay this,", "Marc Petit")],
        [
            ("other", "{"),
            ("other", '"id": 40417,'),
            ("other", '"url": "https://news.example/harbour/40417",'),
            ("standfirst", "Owners say the increase would close a third of the quay's shops."),
            ("other", "https://img.example/quay.jpg"),
            ("credit", "Jo Roe/Harbour Gazette"),
            ("other", '"tags": ["rent", "shops"]'),
            ("other", "}"),
        ],
    ),
    (
        COMPACT,
        "Council approves budget",
        ("Jo Grant",),
        ("Politics",),
        dt.datetime(2025, 3, 12, 10, 0, tzinfo=UTC),
        None,
        [
            'The council approved the budget on Tuesday. "We will build the bridge this year," Mayor Ana Ortiz said'
            " after the vote.",
            "The plan passed 7-2.",
        ],
        [("We will build the bridge this year,", "Ana Ortiz")],
        [("other", "a-77")],
    ),
    (
        TWO_LINES,
        "Council approves budget",
        ("Jo Grant",),
        (),
        dt.datetime(2025, 3, 12, 10, 0, tzinfo=UTC),
        None,
        [
            'The council approved the budget on Tuesday. "We will build the bridge this year," Mayor Ana Ortiz said'
            " after the vote.",
        ],
        [("We will build the bridge this year,", "Ana Ortiz")],
        [],
    ),
    (
        JSON_LINES,
        "Ferry returns to the islands",
        ("Ola Berg", "Tove Lind"),
        (),
        dt.datetime(2025, 6, 1),
        None,
        ["The island ferry sailed again on Sunday.", "Timetables are posted at both piers."],
        [],
        [("other", line) for line in JSON_LINES.splitlines()[1:]],
    ),
    (
        PARAGRAPH_LIST,
        "Storm closes mountain pass",
        ("Tomasz Nowak",),
        (),
        None,
        None,
        ["Snow closed the northern pass on Saturday.", "“It is too dangerous,” said Lena Vogt, the road authority's head."],
        [("It is too dangerous,", "Lena Vogt")],
        [
            ("other", "{"),
            ("other", '"content": ['),
            ("other", "]"),
            ("other", "}"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "headline", "authors", "section", "published", "updated", "paragraphs", "quotes", "boilerplate"),
    RECORDS,
    ids=["pretty", "compact", "two lines", "json lines", "paragraph list"],
)
def test_a_json_record_is_read_by_its_keys(
    text: str,
    headline: str,
    authors: tuple[str, ...],
    section: tuple[str, ...],
    published: dt.datetime | None,
    updated: dt.datetime | None,
    paragraphs: list[str],
    quotes: list[tuple[str, str | None]],
    boilerplate: list[tuple[str, str]],
) -> None:
    article = newsparse.parse_article(text)
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is not None and article.byline.authors == authors
    assert article.section == section
    assert (article.published.datetime if article.published else None) == published
    assert (article.updated.datetime if article.updated else None) == updated
    assert [paragraph.text for paragraph in article.paragraphs] == paragraphs
    assert [(quote.text, quote.speaker.name if quote.speaker else None) for quote in article.quotes] == quotes
    assert [(line.kind, line.text) for line in article.boilerplate] == boilerplate
    assert holds_every_line(article)


@pytest.mark.parametrize("text", [record[0] for record in RECORDS], ids=["pretty", "compact", "two lines", "json lines", "list"])
def test_every_part_of_a_json_record_slices_back_to_its_value_as_written(text: str) -> None:
    article = newsparse.parse_article(text)
    # a value's span is the value inside its marks; its text the value unescaped (the contract of docs/model.md)
    headline = article.headline
    assert headline is not None
    assert text[headline.span.start - 1] == '"' and text[headline.span.end] == '"'
    assert json_unescaped(headline.span.slice(text)) == headline.text
    for paragraph in article.paragraphs:
        assert json_unescaped(paragraph.span.slice(text)) is not None
        assert " ".join(json_unescaped(paragraph.span.slice(text)).split()) == paragraph.text  # type: ignore[union-attr]
    assert article.span_mismatches() == []


def test_the_picture_of_a_json_record_is_its_caption_with_its_credit() -> None:
    article = newsparse.parse_article(PRETTY)
    assert [(caption.text, caption.credit) for caption in article.captions] == [
        ("Shops on the north quay on Monday.", "Jo Roe/Harbour Gazette")
    ]
    assert article.captions[0].spans[0].slice(PRETTY) == "Shops on the north quay on Monday."


def test_the_byline_of_a_list_of_authors_is_the_list_as_written() -> None:
    article = newsparse.parse_article(JSON_LINES)
    assert article.byline is not None
    assert article.byline.text == '["Ola Berg", "Tove Lind"]'
    assert article.byline.span.slice(JSON_LINES) == article.byline.text


# texts the JSON rule leaves to the other rules: no record, or none with a body
NOT_RECORDS = [
    # a story that quotes code with braces: not the whole text
    'Config change breaks logins\n\nThe file held {"retries": 0} after the update, engineers said.\n',
    # braces around a whole text that is no JSON
    "{Editor's note: this story was updated on Tuesday.}\n\nThe council met again.\n",
    # a JSON object with no body among its keys
    '{"title": "Council approves budget", "author": "Jo Grant"}',
    # a body that is a number, an empty string
    '{"title": "Council approves budget", "body": 42}',
    '{"title": "Council approves budget", "body": "  "}',
    # an array of records
    '[{"title": "Council approves budget", "body": "The council met."}]',
    # JSON Lines with a line that is no object
    '{"title": "Council approves budget", "body": "The council met."}\nThe council met again.\n',
]


@pytest.mark.parametrize("text", NOT_RECORDS)
def test_a_text_that_is_no_json_record_with_a_body_is_left_to_the_other_rules(text: str) -> None:
    parser = ArticleParser()
    state = parser.STATE(text, split_lines(text), None)
    assert parser.header_json_record(state, 0, True) == 0
    assert holds_every_line(parser.parse(text))


# (a string's inside as written, the pieces its escaped line breaks part it into)
PIECES = [
    # two breaks part it; one inside a piece stays there
    ("First one.\\n\\nSecond,\\nwrapped.", ["First one.", "Second,\\nwrapped."]),
    # no two breaks anywhere: each break parts it
    ("First one.\\nSecond one.", ["First one.", "Second one."]),
    # CRLF escapes count once; escaped and written blanks at the edges are left out
    ("  One.\\r\\n\\t Two. \\u0020", ["One.", "Two."]),
    ("One.\\r\\n\\r\\nTwo.\\r\\nStill two.", ["One.", "Two.\\r\\nStill two."]),
    # an escaped backslash before an n is no break; a mark escaped opens a piece as written
    ("C:\\\\new folder.\\n\\n\\\"Yes,\\\" she said.", ["C:\\\\new folder.", '\\"Yes,\\" she said.']),
    # a line feed written as a unicode escape is a break too
    ("One.\\u000a\\u000aTwo.", ["One.", "Two."]),
    # nothing but blanks and breaks: no piece
    ("\\n\\n  \\t", []),
]


@pytest.mark.parametrize(("raw", "pieces"), PIECES)
def test_a_body_string_is_parted_at_its_escaped_line_breaks(raw: str, pieces: list[str]) -> None:
    text = f'{{"body": "{raw}"}}'
    value = JsonValue("string", Span(10, 10 + len(raw)))
    assert [span.slice(text) for span in json_string_pieces(text, value)] == pieces


def test_the_members_of_an_object_are_found_as_written_past_nested_values() -> None:
    text = '{"a\\u0062": {"x": [1, "}", {"y": "]"}]}, "n": -1.5e3, "s": "q\\"r", "l": [true, null]}'
    members = json_members(text, JsonValue("object", Span(0, len(text))))
    assert members is not None
    assert [(m.key, m.value.kind, m.value.span.slice(text)) for m in members] == [
        ("ab", "object", '{"x": [1, "}", {"y": "]"}]}'),
        ("n", "literal", "-1.5e3"),
        ("s", "string", 'q\\"r'),
        ("l", "array", "[true, null]"),
    ]


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        ('Rail \\"fares\\" rise', 'Rail "fares" rise'),
        ("Caf\\u00e9", "Café"),
        ("\\ud83d\\ude00 ok", "\U0001f600 ok"),
        ("no escape", "no escape"),
        ('a bare " mark', None),
        ("a bad \\x escape", None),
    ],
)
def test_a_json_string_is_read_unescaped(raw: str, read: str | None) -> None:
    assert json_unescaped(raw) == read


def test_json_keys_are_a_class_level_vocabulary() -> None:
    class Feed(ArticleParser):
        JSON_KEYS = {**ArticleParser.JSON_KEYS, "headline": ("hed",), "body": ("copy",)}

    text = '{"hed": "Pier repairs begin", "title": "pier-repairs", "copy": "Work started on the east pier today."}'
    article = Feed().parse(text)
    assert article.headline is not None and article.headline.text == "Pier repairs begin"
    assert [paragraph.text for paragraph in article.paragraphs] == ["Work started on the east pier today."]
    assert [(line.kind, line.text) for line in article.boilerplate] == [("other", "pier-repairs")]


# (a record whose body the page-furniture rules at a body's end would file: its paragraphs as the key holds them)
KEYED_BODIES = [
    # one short line with no full stop, as a link line reads
    ('{"title": "Quay shops", "text": "Caf\\u00e9 \\"rent\\" row"}', ['Café "rent" row']),
    # a story whose last lines read as a page's related links
    (
        '{"title": "Quay shops", "body": "Shops on the quay shut early on Monday.\\n\\nRelated stories\\n\\nRent rise'
        ' approved"}',
        ["Shops on the quay shut early on Monday.", "Related stories", "Rent rise approved"],
    ),
]


@pytest.mark.parametrize(("text", "paragraphs"), KEYED_BODIES)
def test_a_json_record_body_is_what_its_key_holds(text: str, paragraphs: list[str]) -> None:
    article = newsparse.parse_article(text)
    assert [paragraph.text for paragraph in article.paragraphs] == paragraphs
    assert holds_every_line(article)


# (a body written with \\u escapes, as json.dumps writes any letter outside ASCII by default: the quote's text,
# the speaker's name and mention as (text, name, mention, the mention's span as written))
ESCAPED_SPEAKERS = [
    (
        '{"title": "Quay shops", "body": "\\"We cannot pay,\\" said Ren\\u00e9e Dubois, who runs a caf\\u00e9."}',
        ("We cannot pay,", "Renée Dubois", "Renée Dubois", "Ren\\u00e9e Dubois"),
    ),
    # curly marks written as escapes; a name that opens with an escaped letter: its span opens with the escape
    (
        '{"title": "Quay shops", "body": "\\u201cNo,\\u201d said \\u00c9mile Mart\\u00edn on Monday."}',
        ("No,", "Émile Martín", "Émile Martín", "\\u00c9mile Mart\\u00edn"),
    ),
    # an escaped line break inside a paragraph parted at two: read as a space
    (
        '{"title": "Quay shops", "body": "Rents rose.\\n\\n\\"We will stay,\\"\\nsaid Ana Ortiz.\\n\\nThe end."}',
        ("We will stay,", "Ana Ortiz", "Ana Ortiz", "Ana Ortiz"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ESCAPED_SPEAKERS)
def test_a_speaker_written_with_escapes_is_read_by_the_quote_finder(text: str, expected: tuple[str, str, str, str]) -> None:
    article = newsparse.parse_article(text)
    assert len(article.quotes) == 1
    quote = article.quotes[0]
    assert quote.speaker is not None and quote.speaker.span is not None
    assert (quote.text, quote.speaker.name, quote.speaker.mention, quote.speaker.span.slice(text)) == expected
    assert holds_every_line(article)


def test_the_reading_of_a_json_text_keeps_its_length_and_widens_spans_to_whole_escapes() -> None:
    from newsparse.jsontext import ESCAPE_PADDING, JsonReading

    text = '{"t": "Caf\\u00e9 \\"ok\\" \\\\u00e9 \\ud83d\\ude00"}'
    reading = JsonReading.of(text)
    assert len(reading.text) == len(text)
    assert reading.text.replace(ESCAPE_PADDING, "") == '{"t": "Café "ok" \\u00e9 \U0001f600"}'
    e = text.index("\\u00e9")
    # a span that ends on the é (the last character of its escape in the reading) or opens on it
    assert reading.widened(Span(text.index("Caf"), e + 6)) == Span(text.index("Caf"), e + 6)
    assert reading.widened(Span(e + 5, e + 6)) == Span(e, e + 6)
    assert reading.widened(Span(e + 2, e + 3)) == Span(e, e + 6)


# (the author value as written, the byline's authors and agency; None: no byline, the value boilerplate)
AUTHORS = [
    ('"By Jo Grant, Reuters"', ("Jo Grant",), "Reuters"),
    ('"Jo Grant and Sam Lee"', ("Jo Grant", "Sam Lee"), None),
    ('"Reuters"', ("Reuters",), "Reuters"),
    ('["Jo Grant", "Associated Press"]', ("Jo Grant",), "Associated Press"),
    ('[{"name": "Reuters"}]', ("Reuters",), "Reuters"),
    ('{"@type": "Person", "name": "Ren\\u00e9e Dubois"}', ("Renée Dubois",), None),
    ('"jo.grant@example.com"', None, None),
    ('"The Editorial Board"', None, None),
    ('["Jo Grant", 42]', None, None),
]


@pytest.mark.parametrize(("value", "authors", "agency"), AUTHORS)
def test_the_author_value_of_a_json_record_is_read_as_a_byline(
    value: str, authors: tuple[str, ...] | None, agency: str | None
) -> None:
    text = '{"title": "Quay shops", "author": ' + value + ', "body": "Shops on the quay shut early on Monday."}'
    article = newsparse.parse_article(text)
    if authors is None:
        assert article.byline is None
        assert ("other", value.strip('"')) in [(line.kind, line.text) for line in article.boilerplate]
    else:
        assert article.byline is not None and (article.byline.authors, article.byline.agency) == (authors, agency)
    assert holds_every_line(article)


# (a body that opens with a dateline written with escapes: the dateline's place, agency, text as written, and
# the first paragraph's text)
ESCAPED_DATELINES = [
    (
        "PARIS (AFP) \\u2014 The council met on Monday.",
        ("PARIS", "AFP", "PARIS (AFP) \\u2014", "The council met on Monday."),
    ),
    (
        "S\\u00c3O PAULO, March 4 (Reuters) - \\u201cYes,\\u201d said Ana Ortiz.",
        ("SÃO PAULO", "Reuters", "S\\u00c3O PAULO, March 4 (Reuters) -", "“Yes,” said Ana Ortiz."),
    ),
]


@pytest.mark.parametrize(("body", "expected"), ESCAPED_DATELINES)
def test_a_dateline_written_with_escapes_opens_the_body(body: str, expected: tuple[str, str, str, str]) -> None:
    text = '{"title": "Council meets", "body": "' + body + '"}'
    article = newsparse.parse_article(text)
    dateline = article.dateline
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.text, article.paragraphs[0].text) == expected
    assert holds_every_line(article)


def test_a_byte_order_mark_before_a_json_record_is_read_past() -> None:
    text = '\ufeff{"title": "Pier repairs begin", "body": "Work started on the east pier today."}\n'
    article = newsparse.parse_article(text)
    assert article.headline is not None and article.headline.text == "Pier repairs begin"
    assert [paragraph.text for paragraph in article.paragraphs] == ["Work started on the east pier today."]
    assert holds_every_line(article)


def test_of_two_keys_of_one_part_the_one_the_vocabulary_lists_first_gives_it() -> None:
    text = (
        '{"text": "Quay shops shut", "title": "Teaser", "headline": "Quay shops shut early", '
        '"body": "Shops on the quay shut early on Monday."}'
    )
    article = newsparse.parse_article(text)
    assert article.headline is not None and article.headline.text == "Quay shops shut early"
    assert [paragraph.text for paragraph in article.paragraphs] == ["Shops on the quay shut early on Monday."]
    assert [(line.kind, line.text) for line in article.boilerplate] == [("other", "Quay shops shut"), ("other", "Teaser")]
    assert holds_every_line(article)
