"""The cheap tests that run before a costly search for a stamp (issue 7): each must pass every line
the search could succeed on, and fail the lines it cannot, so that they save time and change no
output.  ``BylineParser.may_start_name`` guards the search for a name glued to a date
(``Jane RoeDecember 2, 2016``), ``TimestampParser.may_end_in_stamp`` the search for a stamp that
ends its line, and ``TimestampParser.might_hold_date`` each piece :meth:`TimestampParser.find` tries.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse.byline import BylineParser
from newsparse.timestamp import TimestampParser

# (a line's text, whether a name may start it)
NAME_STARTS = [
    ("Jane RoeDecember 2, 2016", True),  # the second word glued to the date
    ("Jane Roe December 2, 2016", True),
    ("Ana de la Fuente 2 March 2024", True),  # a particle as the second word
    ("de Vries Anna 2 March 2024", True),  # a particle first
    ("The company said its 1986 profit rose", False),  # a determiner first
    ("shares rose 12 pct in the first quarter", False),  # lower case first
    ("Director John Smith said on March 2", False),  # a role first
    ("Profits rose 12 pct", False),  # a capitalised word, then a lower-case one
    ("Jane", False),  # one word is no name
    (" Jane Roe December 2, 2016", False),  # a space before the name
    ("", False),
]


@pytest.mark.parametrize(("text", "expected"), NAME_STARTS)
def test_may_start_name(text: str, expected: bool) -> None:
    assert BylineParser().may_start_name(text) is expected


@pytest.mark.parametrize(("text", "expected"), NAME_STARTS)
def test_a_line_that_fails_may_start_name_opens_with_no_name(text: str, expected: bool) -> None:
    """No name that ``is_name`` accepts starts a line that fails the cheap test."""
    parser = BylineParser()
    words = text.split()
    prefixes = [" ".join(words[:n]) for n in range(2, min(len(words), 5) + 1)]
    if not expected:
        assert not any(parser.is_name(prefix) and text.startswith(prefix) for prefix in prefixes)


# (a line's text, whether a stamp may end it)
STAMP_ENDS = [
    ("Jane Roe December 2, 2016", True),
    ("Updated 9:41 AM EST  ", True),  # spaces after the stamp do not count
    ("rose to 12.5 mln dlrs from 11.2 mln,", False),  # a comma ends no stamp
    ("The meeting is on December 2, 2016.", False),  # nor a full stop
    ("October 12, 2018/", False),
    ("   ", False),
]


@pytest.mark.parametrize(("text", "expected"), STAMP_ENDS)
def test_may_end_in_stamp(text: str, expected: bool) -> None:
    assert TimestampParser().may_end_in_stamp(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Nov 19, 2019 8:03 am", True), ("Posted on the second of May", False), ("٢٠١٩", True)],
)
def test_might_hold_date(text: str, expected: bool) -> None:
    assert TimestampParser().might_hold_date(text) is expected


# a digit only in the last words: find still reads the date after words with none
FOUND = [
    ("By Jane Roe - Nov 19, 2019 8:03 am", "Nov 19, 2019 8:03 am"),
    ("City desk Nov 19, 2019", "Nov 19, 2019"),
    ("By Jane Roe and Sam Poe for the city desk", None),
]


@pytest.mark.parametrize(("text", "stamp"), FOUND)
def test_find_after_words_with_no_digit(text: str, stamp: str | None) -> None:
    found = TimestampParser().find(text, 0, dt.date(2019, 11, 25))
    assert (found.text if found else None) == stamp


HEADLINE = "Ferry crossings resume after the storm\n"
STORY = (
    "\n\nFerry crossings resumed on Tuesday after gale-force winds closed the harbour for two days.\n\n"
    "The operator said extra sailings would clear the backlog by the weekend.\n"
)


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Ana de la FuenteDecember 2, 2016", "Ana de la Fuente"),
        ("Jane RoeDecember 2, 2016", "Jane Roe"),
        ("Filed at the harbour December 2, 2016", None),
    ],
)
def test_a_name_glued_to_the_date_passes_the_cheap_tests(line: str, byline: str | None) -> None:
    article = newsparse.parse_article(HEADLINE + line + STORY)
    assert (article.byline.text if article.byline else None) == byline
    assert article.published is not None and article.published.datetime == dt.datetime(2016, 12, 2)


class CountsFinds(newsparse.TimestampParser):
    """Counts the searches for a stamp among a line's words, by the line's text."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def find(self, text: str, offset: int, reference_date: dt.date | None) -> newsparse.Timestamp | None:
        self.asked.append(text)
        return super().find(text, offset, reference_date)


# the page of a name in capitals over an agency glued to the date, which several rules ask about
GLUED_PAGE = (
    "Space ship breaks up over Siberia\n\n"
    "NATALIYA VASILYEVA\n\n"
    "Associated PressDecember 2, 2016\n\n"
    "11 Comments\n\n"
    "A Russian space ship carrying supplies to the space station broke up over Siberia on Thursday, "
    "officials said.\n\n"
    "The launch was the third failure in two years.\n"
)


def test_a_line_is_searched_for_a_stamp_once_however_many_rules_ask() -> None:
    timestamps = CountsFinds()
    article = newsparse.ArticleParser(timestamps=timestamps).parse(GLUED_PAGE)
    assert article.published is not None and article.published.text == "December 2, 2016"
    assert article.byline is not None and article.byline.authors == ("NATALIYA VASILYEVA",)
    assert timestamps.asked.count("Associated PressDecember 2, 2016") == 1
    assert len(timestamps.asked) == len(set(timestamps.asked))
