"""``DatelineParser`` table by table, written against the survivors of a mutation run of
``dateline.py`` (docs/testing.md, "Mutation testing"): a place and date after an agency in
brackets, a place before a bare colon (``COLON_DATELINES`` on), a place in a script without
capitals, a dateline alone in its span, and the constructor's check.  Each case gives the exact
place, agency, date, text and span.  A fresh parser is built for each test."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import pytest

from newsparse import DatelineParser, MonthDay, Span
from newsparse.spans import Dateline


class ColonDatelines(DatelineParser):
    COLON_DATELINES: ClassVar[bool] = True


STORY = " Farmers blocked the highways into the capital early on Monday, police said."
HINDI_STORY = " सरकार ने आज नई योजना की घोषणा की।"

# the parser, the text, (place, agency, date, dateline text) or None
PARSE = [
    # an agency in brackets, its dash, then the place and date in capitals with a dash
    (
        DatelineParser,
        "(ANSA) - ROME, MARCH 3 - Rome's buses stopped running on Tuesday.",
        ("ROME", "ANSA", MonthDay(3, 3), "(ANSA) - ROME, MARCH 3 -"),
    ),
    # ... but not a label without a date, a weekday, a second agency, no dash, nothing after it
    (DatelineParser, "(Reuters) - OPINION - Wall Street rallied on Friday.", (None, "Reuters", None, "(Reuters) -")),
    (DatelineParser, "(ANSA) - TUESDAY, MARCH 3 - Buses stopped running on Tuesday.", (None, "ANSA", None, "(ANSA) -")),
    (DatelineParser, "(ANSA) - ROME, MARCH 3 (AFP) - Buses stopped running.", (None, "ANSA", None, "(ANSA) -")),
    (DatelineParser, "(ANSA) - ROME, MARCH 3 Buses stopped running.", (None, "ANSA", None, "(ANSA) -")),
    (DatelineParser, "(ANSA) - ROME, MARCH 3 -", (None, "ANSA", None, "(ANSA) -")),
    (DatelineParser, "(ANSA) ROME, MARCH 3 - Buses stopped running.", (None, "ANSA", None, "(ANSA)")),
    (DatelineParser, "March 4 (UPI) -- Prices rose.", (None, "UPI", MonthDay(3, 4), "March 4 (UPI) --")),
    # an agency after a comma, with no date
    (
        DatelineParser,
        "WASHINGTON, dpa - Talks resumed on the budget today in the capital.",
        ("WASHINGTON", "dpa", None, "WASHINGTON, dpa -"),
    ),
    (DatelineParser, "WASHINGTON, dpa - Talks resumed.", ("WASHINGTON", "dpa", None, "WASHINGTON, dpa -")),
    (
        DatelineParser,
        "WASHINGTON, dpa: Talks resumed on the budget today in the capital.",
        ("WASHINGTON", "dpa", None, "WASHINGTON, dpa:"),
    ),
    # a stray space before the comma is left out of the place
    (
        DatelineParser,
        "WASHINGTON , March 12 (Reuters) - Talks resumed.",
        ("WASHINGTON", "Reuters", MonthDay(3, 12), "WASHINGTON , March 12 (Reuters) -"),
    ),
    # a month of four letters; a day past 31 is no date
    (
        DatelineParser,
        "LONDON, June 5 (Reuters) - Prices rose.",
        ("LONDON", "Reuters", MonthDay(6, 5), "LONDON, June 5 (Reuters) -"),
    ),
    (DatelineParser, "LONDON, March 32 (Reuters) - Prices rose.", ("LONDON", "Reuters", None, "LONDON, March 32 (Reuters) -")),
    # a weekday, abbreviated with a full stop, is a stamp's and no place
    (DatelineParser, "Tues., March 4, 2025 - The market opened lower.", None),
    (DatelineParser, "TUESDAY. - The market opened lower on the news today in the city.", None),
    (DatelineParser, "TUE., March 4 - The market opened lower.", None),
    # a place in capitals before a bare colon, when that is on
    (ColonDatelines, "NEW DELHI:" + STORY, ("NEW DELHI", None, None, "NEW DELHI:")),
    (ColonDatelines, "RIO DE JANEIRO:" + STORY, ("RIO DE JANEIRO", None, None, "RIO DE JANEIRO:")),
    # fewer than COLON_STORY_WORDS words, after a place the vocabulary does not know (a known one needs only
    # SHORT_STORY_WORDS before a sentence's end: test_review33)
    (ColonDatelines, "KILLYLEAGH:" + STORY.replace(" early", ""), None),
    (ColonDatelines, "NEW DELHI:" + STORY.rstrip("."), None),  # no sentence ends after it: a headline
    (ColonDatelines, "WASHINGTON, D.C.:" + STORY, None),
    (ColonDatelines, "DEAR ABBY:" + STORY, None),
    (ColonDatelines, "BREAKING NEWS:" + STORY, None),
    (ColonDatelines, "FACT CHECK:" + STORY, None),
    (ColonDatelines, "ASSOCIATED PRESS:" + STORY, None),
    (ColonDatelines, "BREXIT: Parliament votes down the deal again", None),
    # a place in a script without capitals, a date and a known agency; at most UNCASED_PLACE_WORDS words
    (DatelineParser, "नई दिल्ली, 20 नवंबर (भाषा) -" + HINDI_STORY, ("नई दिल्ली", "भाषा", None, "नई दिल्ली, 20 नवंबर (भाषा) -")),
    (
        DatelineParser,
        "नई दिल्ली उत्तर प्रदेश, 20 नवंबर (भाषा) -" + HINDI_STORY,
        ("नई दिल्ली उत्तर प्रदेश", "भाषा", None, "नई दिल्ली उत्तर प्रदेश, 20 नवंबर (भाषा) -"),
    ),
    (DatelineParser, "नई दिल्ली उत्तर प्रदेश राज्य, 20 नवंबर (भाषा) -" + HINDI_STORY, None),
]


@pytest.mark.parametrize(("parser", "text", "expected"), PARSE)
def test_parse(
    parser: type[DatelineParser], text: str, expected: tuple[str | None, str | None, MonthDay | None, str] | None
) -> None:
    found = parser().parse(text, Span(0, len(text)))
    if expected is None:
        assert found is None
    else:
        place, agency, date, raw = expected
        assert found == Dateline(place, agency, date, raw, Span(0, len(raw)))


def test_a_dateline_alone_in_a_span_that_does_not_start_the_text() -> None:
    text = "Markets\nSANTA CRUZ, Calif., Feb 26 -\nPrices fell."
    line = "SANTA CRUZ, Calif., Feb 26 -"
    start = text.index(line)
    assert DatelineParser().parse(text, Span(start, start + len(line))) == Dateline(
        "SANTA CRUZ, Calif.", None, MonthDay(2, 26), line, Span(start, start + len(line))
    )


def test_the_constructor_checks_and_keeps_its_vocabulary() -> None:
    with pytest.raises(TypeError, match=r"^DatelineParser\(vocabulary=\.\.\.\) expects"):
        DatelineParser(vocabulary=1)  # type: ignore[arg-type]
    vocabulary = DatelineParser().vocabulary
    assert DatelineParser(vocabulary=vocabulary).vocabulary is vocabulary


def test_a_day_past_31_is_no_date_with_a_reference_date_either() -> None:
    text = "LONDON, March 32 (Reuters) - Prices rose."
    found = DatelineParser().parse(text, Span(0, len(text)), dt.date(2025, 3, 10))
    assert found == Dateline("LONDON", "Reuters", None, "LONDON, March 32 (Reuters) -", Span(0, 28))
