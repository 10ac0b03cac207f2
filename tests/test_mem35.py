"""mem35 (stop 35, issue 7): a plain date (a month's name, the day, a year of four digits, maybe a
weekday's name) is read without dateutil, and ``dateutil.parser`` is imported only when a date
needs it: it imports ``dateutil.tz``, which imports ``zoneinfo``, ``ctypes``, ``tempfile`` and
``importlib.resources`` (about 3 MB of a streamed run's peak)."""

from __future__ import annotations

import datetime as dt
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import TimestampParser
from newsparse.vocabulary import Vocabulary

#: The folder the package under test is imported from.
SRC = Path(newsparse.__file__).resolve().parent.parent

ARTICLE = """POLITICS
Council votes to keep the night buses running
By Ana Ortiz
Published: Saturday, December 19, 2015

The city council voted 7-2 on Friday to keep the night buses running until 2 a.m., its chair said.

"People who work late need a way home," said councillor Tom Berg.
"""


def test_an_article_with_a_plain_date_is_read_without_importing_dateutil() -> None:
    script = (
        "import sys\n"
        "import newsparse\n"
        f"article = newsparse.parse_article({ARTICLE!r})\n"
        "print(article.published.datetime.isoformat())\n"
        "print(sorted(m for m in sys.modules if m.startswith(('dateutil.parser', 'dateutil.tz', 'zoneinfo', 'tempfile'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env={"PYTHONPATH": str(SRC)}
    )
    assert done.stdout.splitlines() == ["2015-12-19T00:00:00", "[]"]


# (what TimestampParser.clean leaves of a stamp: its commas out, as dateutil reads it)
@pytest.mark.parametrize(
    ("cleaned", "default", "expected"),
    [
        ("Saturday  December 19  2015", dt.datetime(2000, 1, 1), dt.datetime(2015, 12, 19)),
        ("December 19  2015", dt.datetime(2000, 1, 2), dt.datetime(2015, 12, 19)),
        ("Tues Sept 9 2025", dt.datetime(2000, 1, 1), dt.datetime(2025, 9, 9)),  # abbreviations
        ("MARCH 04 2026", dt.datetime(2000, 1, 1), dt.datetime(2026, 3, 4)),  # capitals, a leading zero
        ("Friday March 4 2026", dt.datetime(2000, 1, 1, 8, 30), dt.datetime(2026, 3, 4, 8, 30)),  # wrong weekday: left aside
        ("Monday  February 29  2021", dt.datetime(2000, 1, 1), False),  # no such day: dateutil fails there
        ("June 31 2024", dt.datetime(2000, 1, 1), False),
        ("December 19  2015 10:14 PM", dt.datetime(2000, 1, 1), None),  # a clock: dateutil reads it
        ("19 December 2015", dt.datetime(2000, 1, 1), None),  # the day first
        ("December 2015", dt.datetime(2000, 1, 1), None),  # no day
        ("Someday December 19 2015", dt.datetime(2000, 1, 1), None),  # no weekday's name
        ("Monday Friday 19 2015", dt.datetime(2000, 1, 1), None),  # no month's name
        ("December 19 0215", dt.datetime(2000, 1, 1), None),  # no year of four digits
    ],
)
def test_a_plain_date_is_read_as_dateutil_reads_it(cleaned: str, default: dt.datetime, expected: object) -> None:
    parser = TimestampParser()
    assert parser.plain_date(cleaned, default) == expected
    from dateutil import parser as du_parser

    try:
        reference: dt.datetime | bool = du_parser.parse(cleaned, parserinfo=parser.vocabulary.parserinfo, default=default)
    except (du_parser.ParserError, ValueError):
        reference = False
    if expected is not None:
        assert reference == expected
        assert parser.parse_with_default(cleaned, default) == (expected or None)


class _ZoneEverywhere(TimestampParser):
    """A parser whose zone hook puts a date written without a zone on Greenwich time."""

    def zone(self, name: str | None, offset: int | None) -> dt.tzinfo | None:
        return dt.timezone.utc if name is None and offset is None else super().zone(name, offset)


class _OwnNames(Vocabulary):
    """A vocabulary that makes its own ``parserinfo`` (no plain reading then)."""

    def _make_parserinfo(self):  # type: ignore[no-untyped-def]
        info = super()._make_parserinfo()
        info._months["decembre"] = 11  # (a misspelling this vocabulary's readers write)
        return info


def test_overrides_of_the_zone_and_of_the_parserinfo_are_still_read() -> None:
    zoned = _ZoneEverywhere()
    assert zoned.plain_date("December 19 2015", dt.datetime(2000, 1, 1)) is None  # (the hook decides: dateutil reads it)
    assert zoned.parse_with_default("December 19 2015", dt.datetime(2000, 1, 1)) == dt.datetime(2015, 12, 19, tzinfo=dt.timezone.utc)
    own = TimestampParser(_OwnNames())
    assert own.plain_date("Decembre 19 2015", dt.datetime(2000, 1, 1)) is None
    assert own.parse_with_default("Decembre 19 2015", dt.datetime(2000, 1, 1)) == dt.datetime(2015, 12, 19)


def test_a_parser_whose_vocabulary_has_read_a_date_through_dateutil_is_still_picklable() -> None:
    parser = TimestampParser()
    assert parser.parse_with_default("December 19 2015 10:14 PM", dt.datetime(2000, 1, 1)) == dt.datetime(2015, 12, 19, 22, 14)
    assert "parserinfo" in vars(parser.vocabulary)  # (made when dateutil read the date)
    copy = pickle.loads(pickle.dumps(parser))
    assert "parserinfo" not in vars(copy.vocabulary)
    assert copy.plain_date("Saturday  December 19  2015", dt.datetime(2000, 1, 1)) == dt.datetime(2015, 12, 19)
    assert copy.parse_with_default("December 19 2015 10:14 PM", dt.datetime(2000, 1, 1)) == dt.datetime(2015, 12, 19, 22, 14)
    assert copy.vocabulary.parserinfo.month("Sept") == 9
