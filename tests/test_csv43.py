"""A CSV export whose record runs over several lines: the body's quoted cell holds the story's
line breaks and blank lines, as a scraper writes a whole article into one cell.  Before stop 40 only
a record on one line was read; a record over several lines left the header row and the record's
first line as paragraphs and the closing mark in the last one."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.parts import holds_every_line

import newsparse

# (the text, the headline, the authors, the publication, the paragraphs as their text)
RECORDS = [
    # the body last, three paragraphs parted by blank lines, doubled marks inside
    (
        "id,source,published_at,author,title,body\n"
        '5120,Lakeside Courier,2025-09-14T07:40:00Z,Ines Ferreira,"Ferry route to the islands reopens","The island'
        ' ferry sailed again on Sunday after a month in dry dock.\n\n""It feels like summer again,"" said deckhand'
        ' Rui Matos.\n\nTimetables are posted at both piers."\n',
        "Ferry route to the islands reopens",
        ("Ines Ferreira",),
        dt.datetime(2025, 9, 14, 7, 40, tzinfo=dt.timezone.utc),
        [
            "The island ferry sailed again on Sunday after a month in dry dock.",
            '"It feels like summer again," said deckhand Rui Matos.',  # (the cell's doubled marks written as one)
            "Timetables are posted at both piers.",
        ],
    ),
    # the body before a link column, CRLF line ends, a hard-wrapped paragraph inside the cell
    (
        "headline,author,date,content,url\r\n"
        'Storm closes mountain pass,Tomasz Nowak,2024-11-02,"Snow closed the northern pass on Saturday\r\n'
        'and ploughs are expected by Monday.\r\n\r\nDrivers were told to take the coast road.",'
        "https://news.example/pass/77\r\n",
        "Storm closes mountain pass",
        ("Tomasz Nowak",),
        dt.datetime(2024, 11, 2),
        [
            "Snow closed the northern pass on Saturday and ploughs are expected by Monday.",
            "Drivers were told to take the coast road.",
        ],
    ),
]


@pytest.mark.parametrize(("text", "headline", "authors", "published", "paragraphs"), RECORDS)
def test_a_record_over_several_lines_is_read_by_its_columns(
    text: str, headline: str, authors: tuple[str, ...], published: dt.datetime, paragraphs: list[str]
) -> None:
    article = newsparse.parse_article(text)
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is not None and article.byline.authors == authors
    assert article.published is not None and article.published.datetime == published
    assert [paragraph.text for paragraph in article.paragraphs] == paragraphs
    header = text.splitlines()[0]
    assert ("other", header) in [(b.kind, b.text) for b in article.boilerplate]
    assert holds_every_line(article)
    # the cell's marks are no part of the story: the first paragraph starts after the opening one
    first = article.paragraphs[0].span
    assert text[first.start - 1] == '"' and not text[first.start : first.end].startswith('"')


def test_the_quote_in_a_record_over_several_lines_has_its_speaker() -> None:
    article = newsparse.parse_article(RECORDS[0][0])
    # one quotation, in the second paragraph, its speaker the deckhand (its doubled marks stay as written:
    # the text keeps them, a known limit of reading a cell's escapes)
    assert [(quote.speaker.name if quote.speaker else None) for quote in article.quotes] == ["Rui Matos"]
    paragraph = article.paragraphs[1].span
    assert paragraph.start <= article.quotes[0].span.start < article.quotes[0].span.end <= paragraph.end


# records the rule leaves to the other rules: every line still lands in some part
LEFT = [
    # a mark opened and never closed: no record, nothing read as the body's cell
    'title,author,body\nPier repairs begin,Ola Berg,"Work starts on the east pier today.\n\nIt will last a month.\n',
    # a title cell over two lines: only the body's cell may run over several lines
    'title,author,body\n"Pier repairs\nbegin",Ola Berg,"Work starts on the east pier today."\n',
    # more cells than columns
    'title,author,body\nPier repairs begin,Ola Berg,"Work starts today.\n\nIt will last a month.",extra\n',
]


@pytest.mark.parametrize("text", LEFT)
def test_a_record_the_rule_cannot_read_is_left_to_the_other_rules(text: str) -> None:
    article = newsparse.parse_article(text)
    assert holds_every_line(article)
    assert article.byline is None  # (no cell was read as the author's)
    record = text.index("\n") + 1  # the record's first line is never cut into its cells
    assert any(span.start == record for _, span in article.part_spans())


@pytest.mark.parametrize(
    ("cell", "authors", "agency"),
    [
        ("By Jo Grant", ("Jo Grant",), None),  # the prefix, as a byline line writes it
        ('"By Jo Grant and Ali Khan, Reuters"', ("Jo Grant", "Ali Khan"), "Reuters"),
        ("Jo Grant", ("Jo Grant",), None),  # the names alone, as before
        ('"Jo Grant, Ali Khan"', ("Jo Grant", "Ali Khan"), None),
    ],
)
def test_an_author_cell_is_read_with_or_without_its_prefix(cell: str, authors: tuple[str, ...], agency: str | None) -> None:
    text = f'title,author,date,body\nPier repairs begin,{cell},2025-04-01,"Work starts on the east pier today, the council said."\n'
    article = newsparse.parse_article(text)
    assert article.byline is not None and (article.byline.authors, article.byline.agency) == (authors, agency)
    assert article.headline is not None and article.headline.text == "Pier repairs begin"
    assert holds_every_line(article)


def test_the_records_after_the_first_are_other_articles() -> None:
    text = (
        "title,author,date,body\n"
        'Pier repairs begin,Ola Berg,2025-04-01,"Work starts on the east pier today.\n\n""It is overdue,"" said harbour'
        ' master Lise Dahl."\n'
        'Ferry fares frozen,Ana Ruiz,2025-04-02,"Fares stay as they are until May, the council said."\n'
        'Library hours cut,Tom Berg,2025-04-03,"""We had no choice,"" the mayor said."\n'
    )
    article = newsparse.parse_article(text)
    assert article.headline is not None and article.headline.text == "Pier repairs begin"
    assert [p.text for p in article.paragraphs] == [
        "Work starts on the east pier today.",
        '"It is overdue," said harbour master Lise Dahl.',
    ]
    later = text.splitlines()[-2:]
    assert [(b.kind, b.text) for b in article.boilerplate][-2:] == [("other", line) for line in later]
    assert all(quote.span.start < text.index(later[0]) for quote in article.quotes)  # no quote from other records
    assert holds_every_line(article)


@pytest.mark.parametrize(
    ("text", "filed"),
    [
        # a body cell of blank lines only: its closing mark's line is boilerplate, no paragraph
        ('title,author,date,body\nA story,Jo Grant,2025-05-01,"\n"\n', ['title,author,date,body', '"']),
        # every cell empty: the record's lines are boilerplate
        ('title,author,date,body\n,,,"\n\n"\n', ["title,author,date,body", ',,,"', '"']),
        # the closing mark alone under the story
        ('title,author,date,body\nA story,Jo Grant,2025-05-01,"Text here.\n\nMore.\n"\n', ["title,author,date,body", '"']),
    ],
)
def test_a_records_lines_that_no_cell_fills_are_boilerplate(text: str, filed: list[str]) -> None:
    article = newsparse.parse_article(text)
    assert [b.text for b in article.boilerplate if b.kind == "other"] == filed
    assert holds_every_line(article)
