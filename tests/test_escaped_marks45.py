"""A paragraph copied from an export that escapes its quotation marks (a CSV cell's doubled
``""``, a JSON string's ``\\"``): the quotations are read between the marks, without the escapes."""

from __future__ import annotations

import pytest

import newsparse

CSV_HEADER = "title,author,date,body\n"


def _csv(body: str) -> str:
    return CSV_HEADER + f'"Harbour plan passes","By Lena Fischer","2025-06-03","{body}"\n'


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'The board met on Monday.\n\n""We expect the first ships in May,"" port director Sam Okoro said.',
            [("We expect the first ships in May,", "Sam Okoro")],
        ),
        (
            'Residents were split.\n\n""It is too loud,"" said Greta Lind, who lives by the quay. ""And too late.""',
            [("It is too loud,", "Greta Lind"), ("And too late.", "Greta Lind")],
        ),
        (
            'The union called the deal ""a step back"" and said it would appeal.',
            [("a step back", "The union"), ("it would appeal", "The union")],
        ),
    ],
)
def test_doubled_marks_in_a_csv_body_cell(body: str, expected: list[tuple[str, str]]) -> None:
    text = _csv(body)
    article = newsparse.parse_article(text)
    got = [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]
    assert got == expected
    for quote in article.quotes:
        assert '""' not in quote.text
        assert quote.span.slice(text) == quote.text


@pytest.mark.parametrize(
    "paragraph",
    [
        # one pair only: an empty quotation as written, not an escape
        'She said "" was all the sign read, and "closed" was painted below.',
        # a lone mark besides the pairs: the paragraph is not an escaped cell
        'He wrote ""yes"" and then "no" on the "form.',
    ],
)
def test_marks_not_read_as_escapes(paragraph: str) -> None:
    parser = newsparse.QuoteParser()
    assert parser.unescaped_marks(paragraph) == paragraph


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('""No,"" she said. ""Never.""', ' "No, " she said.  "Never. "'),
        ('Critics called it \\"a gamble\\".', 'Critics called it  "a gamble ".'),
    ],
)
def test_escape_read_as_a_space_and_its_mark(paragraph: str, expected: str) -> None:
    parser = newsparse.QuoteParser()
    out = parser.unescaped_marks(paragraph)
    assert out == expected
    assert len(out) == len(paragraph)


def test_a_subclass_without_escapes_reads_marks_as_written() -> None:
    class Plain(newsparse.QuoteParser):
        ESCAPED_MARKS = ()

    paragraph = '""No,"" she said. ""Never.""'
    assert Plain().unescaped_marks(paragraph) == paragraph
