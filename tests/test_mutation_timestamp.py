"""``TimestampParser`` on stamp lines that the mutation run of ``timestamp.py`` showed no other
test pins exactly: clocks written with ``h``, labelled stamps in French, Italian, Spanish and
German, and ranges of dates that date no article.  Each case gives the stamps found on the line
(kind, ISO datetime, text, column), read with a reference date.  A fresh parser is built for each
test, so that a change to the patterns its constructor builds shows here."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import TimestampParser, Vocabulary
from newsparse.lines import split_lines

REFERENCE = dt.date(2025, 3, 10)
HEADER = "Storm closes ports\n  "  # the stamp line starts at offset 21, indented


def _parse(line: str) -> list[tuple[str, str, str, int]]:
    source = HEADER + line
    found = TimestampParser().parse(split_lines(source), 1, REFERENCE)
    for stamp in found:
        assert source[stamp.span.start : stamp.span.end] == stamp.text
    return [(s.kind.value, s.datetime.isoformat(), s.text, s.span.start - len(HEADER)) for s in found]


CASES = [
    # a clock written with "h": hours and minutes, hours alone, a colon clock with a trailing "h"
    ("Published 4 March 2025 08h15", [("published", "2025-03-04T08:15:00", "4 March 2025 08h15", 10)]),
    ("Published 4 March 2025 8h", [("published", "2025-03-04T08:00:00", "4 March 2025 8h", 10)]),
    ("Published 4 March 2025 09:30h", [("published", "2025-03-04T09:30:00", "4 March 2025 09:30h", 10)]),
    ("Published 18 November 2019 at 9h", [("published", "2019-11-18T09:00:00", "18 November 2019 at 9h", 10)]),
    # labelled stamps in French, Italian, Spanish and German
    ("Publié le lundi 18 novembre 2019 à 09h12", [("published", "2019-11-18T09:12:00", "lundi 18 novembre 2019 à 09h12", 10)]),
    ("Mis à jour le 19 novembre 2019 à 10h00", [("updated", "2019-11-19T10:00:00", "19 novembre 2019 à 10h00", 14)]),
    (
        "Publié le 18 novembre 2019 à 09h12 | Mis à jour le 19 novembre 2019 à 10h00",
        [
            ("published", "2019-11-18T09:12:00", "18 novembre 2019 à 09h12", 10),
            ("updated", "2019-11-19T10:00:00", "19 novembre 2019 à 10h00", 51),
        ],
    ),
    ("Publié le 18 novembre à 09h12", [("published", "2024-11-18T09:12:00", "18 novembre à 09h12", 10)]),
    ("Aggiornato il 2 maggio 2024 alle 18:40", [("updated", "2024-05-02T18:40:00", "2 maggio 2024 alle 18:40", 14)]),
    ("Publicado el 18 de noviembre de 2019", [("published", "2019-11-18T00:00:00", "18 de noviembre de 2019", 13)]),
    (
        "Veröffentlicht am 18. November 2019 um 09:12 Uhr",
        [("published", "2019-11-18T09:12:00", "18. November 2019 um 09:12 Uhr", 18)],
    ),
    (
        "Aktualisiert am Dienstag, 4. März 2025, 14:05 Uhr",
        [("updated", "2025-03-04T14:05:00", "Dienstag, 4. März 2025, 14:05 Uhr", 16)],
    ),
    ("Mars 2019", []),
    # a numeric date: 12 can be a month, so the first number is the month; a zone outside North
    # America puts the day first
    ("12/06/2014 10:00", [("published", "2014-12-06T10:00:00", "12/06/2014 10:00", 0)]),
    ("05/12/2014 10:00 PKT", [("published", "2014-12-05T10:00:00+05:00", "05/12/2014 10:00 PKT", 0)]),
    # the month names, labels and dropped words of another language in capitals
    ("Publié le 18 NOVEMBRE 2019 à 09h12", [("published", "2019-11-18T09:12:00", "18 NOVEMBRE 2019 à 09h12", 10)]),
    ("Veröffentlicht am 4. MÄRZ 2025 UM 09:12 UHR", [("published", "2025-03-04T09:12:00", "4. MÄRZ 2025 UM 09:12 UHR", 18)]),
    ("PUBLICADO EL 18 DE NOVIEMBRE DE 2019", [("published", "2019-11-18T00:00:00", "18 DE NOVIEMBRE DE 2019", 13)]),
    ("Published Aug 13, 2024 AT 10:00", [("published", "2024-08-13T10:00:00", "Aug 13, 2024 AT 10:00", 10)]),
    # a date and its clock in the next piece; a clock alone is no stamp
    ("Posted 3 March 2025 | 10:45 GMT", [("published", "2025-03-03T10:45:00+00:00", "3 March 2025 | 10:45 GMT", 7)]),
    ("Updated 10:45 GMT", []),
    (
        "Published 4 March 2025 | 10:00 GMT | Updated 5 March 2025 | 11:00 GMT",
        [
            ("published", "2025-03-04T10:00:00+00:00", "4 March 2025 | 10:00 GMT", 10),
            ("updated", "2025-03-05T11:00:00+00:00", "5 March 2025 | 11:00 GMT", 45),
        ],
    ),
    # ranges of dates date no article; a clock after the dash is no range
    ("Obituary | March 2, 1941 – January 28, 2025", []),
    ("Born March 2, 1941 - January 28, 2025", []),
    ("Event dates: June 12 – 15, 2025", []),
    ("Festival: June 12 - June 15, 2025", []),
    ("Conference 12-15 June 2025", []),
    ("June 12 – 15, 2025", []),
    ("June 12 - 15", []),
    ("June 12 – 15, 2025 | Dover", []),
    ("1941 – 2025", []),
    ("Nov 19, 2019This article is more than 5 years old", [("published", "2019-11-19T00:00:00", "Nov 19, 2019", 0)]),
    (
        "Published 4 March 2025Updated 5 March 2025",
        [("published", "2025-03-04T00:00:00", "4 March 2025", 10), ("updated", "2025-03-05T00:00:00", "5 March 2025", 30)],
    ),
    ("Posted: March 2, 1941 – 2025", []),
    ("Published Jan. 5, 2025 - 10:30 a.m. ET", [("published", "2025-01-05T10:30:00-05:00", "Jan. 5, 2025 - 10:30 a.m. ET", 10)]),
]


@pytest.mark.parametrize(("line", "expected"), CASES)
def test_stamp_line(line: str, expected: list[tuple[str, str, str, int]]) -> None:
    assert _parse(line) == expected


# text, is_clock_line, is_stamp_like: the clock that heads a live blog's entry is no stamp line
CLOCKS = [
    ("10:42 a.m.", True, True),
    ("9 p.m. ET", True, False),
    ("7.30pm", True, False),
    ("8.50", False, False),
    ("Current Time 0:00", False, False),
    ("10:42 a.m. and then the council met", False, False),
    ("Monday 6:30PM", False, True),
    ("1:39 PM ET", True, True),
    ("Publié le", False, True),
]


@pytest.mark.parametrize(("text", "clock", "stamp_like"), CLOCKS)
def test_clock_lines(text: str, clock: bool, stamp_like: bool) -> None:
    parser = TimestampParser()
    assert (parser.is_clock_line(text), parser.is_stamp_like(text)) == (clock, stamp_like)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"vocabulary": 1}, "TimestampParser(vocabulary=...) expects a Vocabulary instance or None, not int 1"),
        ({"dayfirst": "yes"}, "TimestampParser(dayfirst=...) expects a bool instance or None, not str 'yes'"),
    ],
)
def test_constructor_arguments_are_checked(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(TypeError) as raised:
        TimestampParser(**kwargs)  # type: ignore[arg-type]
    assert str(raised.value) == message


class DayFirstVocabulary(Vocabulary):
    DAYFIRST = True


def test_a_vocabulary_that_puts_the_day_first() -> None:
    source = HEADER + "05/06/2014 10:00"
    found = TimestampParser(DayFirstVocabulary()).parse(split_lines(source), 1, REFERENCE)
    assert [(s.datetime.isoformat(), s.text) for s in found] == [("2014-06-05T10:00:00", "05/06/2014 10:00")]


# a byline line at offset 100, the stamp TimestampParser.find reads in it: (kind, datetime, text, start)
FIND = [
    ("By Jane Roe - Nov 19, 2019", ("published", "2019-11-19T00:00:00", "Nov 19, 2019", 114)),
    ("By Jane Roe, Nov 19, 2019 8:03 am ET", ("published", "2019-11-19T08:03:00-05:00", "Nov 19, 2019 8:03 am ET", 113)),
    ("By Jane Roe October 12, 2018/0 Comments", ("published", "2018-10-12T00:00:00", "October 12, 2018", 112)),
    ("By Jane Roe Updated 4 March 2025 10:00", ("updated", "2025-03-04T10:00:00", "4 March 2025 10:00", 120)),
    ("By Jane Roe, March 4, 2025 –", ("published", "2025-03-04T00:00:00", "March 4, 2025", 113)),
    ("By Jane Roe | June 12 – 15, 2025", None),
    ("By Jane Roe, March 2, 1941 – January 28, 2025", None),
    ("By Jane Roe June 12 - June 15, 2025", None),
    ("By Jane Roe - 12-15 June 2025", None),
    ("By Jane Roe Jan 1, 0000", None),
]


@pytest.mark.parametrize(("text", "expected"), FIND)
def test_find_in_a_byline(text: str, expected: tuple[str, str, str, int] | None) -> None:
    stamp = TimestampParser().find(text, 100, REFERENCE)
    got = (stamp.kind.value, stamp.datetime.isoformat(), stamp.text, stamp.span.start) if stamp else None
    assert got == expected
