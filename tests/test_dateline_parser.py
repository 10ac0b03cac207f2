"""``DatelineParser`` on its own, table-driven: the datelines wire and web copy opens with, the
lookalikes it turns down, and how a written date is read.  A fresh parser is built for each test,
so that a change to the patterns its constructor builds shows here (the shared default parser is
built when ``newsparse`` is imported)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import DatelineParser, MonthDay, Span
from newsparse.dateline import _one_edit
from newsparse.spans import Dateline

REFERENCE = dt.date(2025, 3, 10)


@pytest.fixture
def datelines() -> DatelineParser:
    return DatelineParser()


# text, (place, agency, date without a reference date, dateline text) or None, date with REFERENCE
PARSE = [
    ('MOSCOW, Aug 13 (Reuters) - The central bank raised rates.', ('MOSCOW', 'Reuters', MonthDay(8, 13), 'MOSCOW, Aug 13 (Reuters) -'), dt.date(2024, 8, 13)),
    ('BEIJING, Aug. 13 (Xinhua) -- Heavy rain hit the city.', ('BEIJING', 'Xinhua', MonthDay(8, 13), 'BEIJING, Aug. 13 (Xinhua) --'), dt.date(2024, 8, 13)),
    ('WASHINGTON (AP) — Lawmakers met on Tuesday.', ('WASHINGTON', 'AP', None, 'WASHINGTON (AP) —'), None),
    ('Paris (AFP) - Strikes closed the metro.', ('Paris', 'AFP', None, 'Paris (AFP) -'), None),
    ('SPRINGFIELD, Ill. (AP) — The governor signed the bill.', ('SPRINGFIELD, Ill.', 'AP', None, 'SPRINGFIELD, Ill. (AP) —'), None),
    ('HOUSTON, Feb 26 - Oil prices fell.', ('HOUSTON', None, MonthDay(2, 26), 'HOUSTON, Feb 26 -'), dt.date(2025, 2, 26)),
    ('WASHINGTON, March 12, Reuter - Talks resumed.', ('WASHINGTON', 'Reuter', MonthDay(3, 12), 'WASHINGTON, March 12, Reuter -'), dt.date(2025, 3, 12)),
    ('LONDON — Prices rose again in the shops this week.', ('LONDON', None, None, 'LONDON —'), None),
    ('LONDON — Prices rose.', None, None),
    # a place in capitals before a bare colon ("NEW DELHI: ..."): off by default (COLON_DATELINES),
    # but for a place the vocabulary knows
    ('LONDON: Prices rose again in the shops this week, the statistics office said on Tuesday.', ('LONDON', None, None, 'LONDON:'), None),
    ('STANFORDHAM: Prices rose again in the shops this week, the statistics office said on Tuesday.', None, None),
    ('UPDATE: Prices rose again in the shops this week, the statistics office said on Tuesday.', None, None),
    ('AP: Prices rose again in the shops this week, the statistics office said on Tuesday.', None, None),
    ('LONDON: Prices rose again in the shops this week, the statistics office said on Tuesday', None, None),
    # (a known place before a paragraph of one short sentence: DatelineParser.SHORT_STORY_WORDS)
    ('LONDON: Prices rose again in the shops this week.', ('LONDON', None, None, 'LONDON:'), None),
    ('LONDON: Prices rose again in the shops this week', None, None),
    ('LONDON _ Prices rose again in the shops this week.', None, None),
    ('LONDON ― Prices rose again in the shops this week.', ('LONDON', None, None, 'LONDON ―'), None),
    ('LONDON – Prices rose again in the shops this week.', ('LONDON', None, None, 'LONDON –'), None),
    ('(CNN) Lawmakers met on Tuesday.', (None, 'CNN', None, '(CNN)'), None),
    ('KYIV, Ukraine, May 12 (Reuters) - Sirens sounded.', ('KYIV, Ukraine', 'Reuters', MonthDay(5, 12), 'KYIV, Ukraine, May 12 (Reuters) -'), dt.date(2024, 5, 12)),
    ('Mumbai, Jul 8 (PTI) Heavy rain lashed the city.', ('Mumbai', 'PTI', MonthDay(7, 8), 'Mumbai, Jul 8 (PTI)'), dt.date(2024, 7, 8)),
    ('Madrid, 12 mar (EFE).- El gobierno aprobó el plan.', ('Madrid', 'EFE', MonthDay(3, 12), 'Madrid, 12 mar (EFE).-'), dt.date(2025, 3, 12)),
    ('ATLANTA , March 3 (AP) - Storms hit.', ('ATLANTA', 'AP', MonthDay(3, 3), 'ATLANTA , March 3 (AP) -'), dt.date(2025, 3, 3)),
    ('NEW YORK, March 4, 2025 /PRNewswire/ -- Acme announced results.', ('NEW YORK', 'PRNewswire', dt.date(2025, 3, 4), 'NEW YORK, March 4, 2025 /PRNewswire/ --'), dt.date(2025, 3, 4)),
    ('PORTLAND, Maine (March 4, 2025) - Snow fell.', ('PORTLAND, Maine', None, dt.date(2025, 3, 4), 'PORTLAND, Maine (March 4, 2025) -'), dt.date(2025, 3, 4)),
    ('Bogota, march 4 - Protests continued.', ('Bogota', None, MonthDay(3, 4), 'Bogota, march 4 -'), dt.date(2025, 3, 4)),
    ('March 4 (UPI) -- Officials said.', (None, 'UPI', MonthDay(3, 4), 'March 4 (UPI) --'), dt.date(2025, 3, 4)),
    ('HOUSTON, Mach 26 - Oil prices fell.', ('HOUSTON', None, MonthDay(3, 26), 'HOUSTON, Mach 26 -'), dt.date(2025, 3, 26)),
    ('HOUSTON, Marchg 26 - Oil prices fell.', ('HOUSTON', None, MonthDay(3, 26), 'HOUSTON, Marchg 26 -'), dt.date(2025, 3, 26)),
    ('HOUSTON, Narch 26 - Oil prices fell.', ('HOUSTON', None, MonthDay(3, 26), 'HOUSTON, Narch 26 -'), dt.date(2025, 3, 26)),
    ('HOUSTON, Jnu 26 - Oil prices fell.', None, None),
    ('HOUSTON, Juen 26 - Oil prices fell.', None, None),
    ('HOUSTON, Feb 30 - Oil prices fell.', ('HOUSTON', None, None, 'HOUSTON, Feb 30 -'), None),
    ('HOUSTON, Feb 32 - Oil prices fell.', ('HOUSTON', None, None, 'HOUSTON, Feb 32 -'), None),
    # the day's ordinal before the month, as Gulf and South Asian wires write it (fixT41: was no dateline)
    ('HOUSTON, 3rd March - Oil prices fell.', ('HOUSTON', None, MonthDay(3, 3), 'HOUSTON, 3rd March -'), dt.date(2025, 3, 3)),
    ('HOUSTON, March 3rd - Oil prices fell.', ('HOUSTON', None, MonthDay(3, 3), 'HOUSTON, March 3rd -'), dt.date(2025, 3, 3)),
    ('HOUSTON, Feb 29, 2023 (Reuters) - Oil prices fell.', ('HOUSTON', 'Reuters', None, 'HOUSTON, Feb 29, 2023 (Reuters) -'), None),
    ('HOUSTON, Feb 29, 2024 (Reuters) - Oil prices fell.', ('HOUSTON', 'Reuters', dt.date(2024, 2, 29), 'HOUSTON, Feb 29, 2024 (Reuters) -'), dt.date(2024, 2, 29)),
    ('Tuesday, 4 March 2025 - Oil prices fell.', None, None),
    ('A - Oil prices fell on the markets today again.', None, None),
    ('A. - Oil prices fell on the markets today again.', None, None),
    ('U.S. - Oil prices fell on the markets today again.', ('U.S.', None, None, 'U.S. -'), None),
    ('LONDON (Fire Brigade Sources) - Oil prices fell.', None, None),
    ('LONDON (Bernama) - Oil prices fell.', ('LONDON', 'Bernama', None, 'LONDON (Bernama) -'), None),
    # (the UK's agency, known since mendL65; a body's name in brackets is none: "Residents Association")
    ('LONDON (Press Association) - Oil prices fell.', ('LONDON', 'Press Association', None, 'LONDON (Press Association) -'), None),
    ('LONDON (Residents Association) - Oil prices fell.', None, None),
    ('Kuala Lumpur (Bernama) - Oil prices fell.', ('Kuala Lumpur', 'Bernama', None, 'Kuala Lumpur (Bernama) -'), None),
    ('ECONOMIC SPOTLIGHT - BANKAMERICA', None, None),
    ('SANTA CRUZ, Calif., Feb 26 -', ('SANTA CRUZ, Calif.', None, MonthDay(2, 26), 'SANTA CRUZ, Calif., Feb 26 -'), dt.date(2025, 2, 26)),
    ('LONDON, Feb 26 -   ', ('LONDON', None, MonthDay(2, 26), 'LONDON, Feb 26 -'), dt.date(2025, 2, 26)),
    ('LONDON (Reuters) -', ('LONDON', 'Reuters', None, 'LONDON (Reuters) -'), None),
    ('The mayor (AP) - said', None, None),
    ('Officials said on Tuesday that prices rose.', None, None),
    ('HOUSTON, Feb 26 2025 - Oil prices fell.', ('HOUSTON', None, dt.date(2025, 2, 26), 'HOUSTON, Feb 26 2025 -'), dt.date(2025, 2, 26)),
    ('HOUSTON, 26 Feb 2025 - Oil prices fell.', ('HOUSTON', None, dt.date(2025, 2, 26), 'HOUSTON, 26 Feb 2025 -'), dt.date(2025, 2, 26)),
    ('HOUSTON, Feb 26, 2025 - Oil prices fell.', ('HOUSTON', None, dt.date(2025, 2, 26), 'HOUSTON, Feb 26, 2025 -'), dt.date(2025, 2, 26)),
    ('HOUSTON, Febr 26 - Oil prices fell.', None, None),
    ('HOUSTON, Sept 26 - Oil prices fell.', ('HOUSTON', None, MonthDay(9, 26), 'HOUSTON, Sept 26 -'), dt.date(2024, 9, 26)),
    ('HOUSTON, Sepember 26 - Oil prices fell.', ('HOUSTON', None, MonthDay(9, 26), 'HOUSTON, Sepember 26 -'), dt.date(2024, 9, 26)),
    ('HOUSTON, Julyy 26 - Oil prices fell.', None, None),
    ('HOUSTON, Decemberr 26 - Oil prices fell.', ('HOUSTON', None, MonthDay(12, 26), 'HOUSTON, Decemberr 26 -'), dt.date(2024, 12, 26)),
    ('HOUSTON, Augst 26 - Oil prices fell.', ('HOUSTON', None, MonthDay(8, 26), 'HOUSTON, Augst 26 -'), dt.date(2024, 8, 26)),
    ('HOUSTON, Frb 26 - Oil prices fell.', None, None),
    # a place in capitals takes any one word in brackets as its agency, and a known one without a dash
    ("LONDON (Kundu) - Oil prices fell.", ("LONDON", "Kundu", None, "LONDON (Kundu) -"), None),
    ("NEW DELHI, Jul 8 (PTI) Heavy rain lashed the city.", ("NEW DELHI", "PTI", MonthDay(7, 8), "NEW DELHI, Jul 8 (PTI)"), dt.date(2024, 7, 8)),
    # a place alone needs a sentence of six words or more, with a lower-case letter in its first 80 characters
    ("LONDON — Prices rose again in the shops.", ("LONDON", None, None, "LONDON —"), None),
    ("STANFORDHAM — Prices rose again in shops.", None, None),  # (a known place needs fewer: SHORT_STORY_WORDS)
    ("LONDON — " + "ABCD " * 16 + "rain fell", None, None),
    ("LONDON — " + "ABCD " * 15 + "rain fell", ("LONDON", None, None, "LONDON —"), None),
    ("LONDON, England — Prices rose again in the shops this week.", ("LONDON, England", None, None, "LONDON, England —"), None),
    # a place only the capitals pattern reads, with a known agency and no dash
    (
        "DALLAS/FORT WORTH, Jul 8 (AP) Storms knocked out power.",
        ("DALLAS/FORT WORTH", "AP", MonthDay(7, 8), "DALLAS/FORT WORTH, Jul 8 (AP)"),
        dt.date(2024, 7, 8),
    ),
    # a weekday before the first comma is a stamp, not a place
    ("Friday, Geneva, 7 March 2025 - Talks resumed.", None, None),
]


@pytest.mark.parametrize(("text", "expected", "dated"), PARSE)
def test_parse(
    datelines: DatelineParser,
    text: str,
    expected: tuple[str | None, str | None, dt.date | MonthDay | None, str] | None,
    dated: dt.date | None,
) -> None:
    found = datelines.parse(text, Span(0, len(text)))
    if expected is None:
        assert found is None
        assert datelines.parse(text, Span(0, len(text)), REFERENCE) is None
        return
    place, agency, date, raw = expected
    assert found == Dateline(place, agency, date, raw, Span(0, len(raw)))
    with_reference = datelines.parse(text, Span(0, len(text)), REFERENCE)
    assert with_reference == Dateline(place, agency, dated, raw, Span(0, len(raw)))


def test_parse_keeps_the_place_in_the_input(datelines: DatelineParser) -> None:
    text = "Oil falls\n\nHOUSTON, Feb 26 (Reuters) - Oil prices fell.\n"
    start = text.index("HOUSTON")
    found = datelines.parse(text, Span(start, len(text) - 1))
    assert found == Dateline("HOUSTON", "Reuters", MonthDay(2, 26), "HOUSTON, Feb 26 (Reuters) -", Span(11, 38))


def test_parse_reads_only_the_start_of_a_long_paragraph(datelines: DatelineParser) -> None:
    text = "HOUSTON, Feb 26 (Reuters) - " + "Oil prices fell. " * 40
    found = datelines.parse(text, Span(0, len(text)))
    assert found == Dateline("HOUSTON", "Reuters", MonthDay(2, 26), "HOUSTON, Feb 26 (Reuters) -", Span(0, 27))


def test_a_dateline_alone_at_the_end_of_its_span(datelines: DatelineParser) -> None:
    text = "SANTA CRUZ, Calif., Feb 26 -\nTable follows"
    assert datelines.parse(text, Span(0, 28)) == Dateline(
        "SANTA CRUZ, Calif.", None, MonthDay(2, 26), "SANTA CRUZ, Calif., Feb 26 -", Span(0, 28)
    )
    # a span longer than the 200 characters read is not known to end after the dateline
    long = "SANTA CRUZ, Calif., Feb 26 -" + " " * 200 + "x"
    assert datelines.parse(long, Span(0, len(long))) is None


def test_the_place_has_at_most_sixty_characters(datelines: DatelineParser) -> None:
    place = "A" * 60
    text = f"{place}, Feb 26 (Reuters) - Oil prices fell."
    assert datelines.parse(text, Span(0, len(text))) == Dateline(
        place, "Reuters", MonthDay(2, 26), f"{place}, Feb 26 (Reuters) -", Span(0, 80)
    )
    text = f"A{place}, Feb 26 (Reuters) - Oil prices fell."
    assert datelines.parse(text, Span(0, len(text))) is None


ONE_EDIT = [
    ("march", "march", True),
    ("march", "marc", True),
    ("marc", "march", True),
    ("march", "narch", True),
    ("march", "mrach", False),
    ("march", "marchgg", False),
    ("march", "ma", False),
    ("march", "xmarch", True),
    ("march", "marxh", True),
    ("", "a", True),
    ("", "ab", False),
]


@pytest.mark.parametrize(("a", "b", "expected"), ONE_EDIT)
def test_one_edit(a: str, b: str, expected: bool) -> None:
    assert _one_edit(a, b) is expected


MONTH_OF = [
    ("Feb", 2),
    ("FEb", 2),
    ("MARCH", 3),
    ("Sept", 9),
    ("Mach", 3),  # four letters, one missing from a name of five
    ("Narch", 3),
    ("Marchg", 3),
    ("Augst", 8),
    ("Jnu", None),
    ("Juen", None),  # June has four letters: too short to be read with a letter wrong
    ("Julyy", None),
    ("Febr", None),
    ("Frb", None),
    ("Mah", None),
    ("Sepember", 9),
    ("Decemberr", 12),
    ("Mayor", None),
]


@pytest.mark.parametrize(("word", "expected"), MONTH_OF)
def test_month_of(datelines: DatelineParser, word: str, expected: int | None) -> None:
    assert datelines.month_of(word) == expected


READ_DATE = [
    (None, None, None),
    ("", None, None),
    ("Feb 26", None, MonthDay(2, 26)),
    ("Feb 26", REFERENCE, dt.date(2025, 2, 26)),
    ("Aug 13", REFERENCE, dt.date(2024, 8, 13)),
    ("26 Feb 2025", None, dt.date(2025, 2, 26)),
    ("Feb 26, 2023", REFERENCE, dt.date(2023, 2, 26)),
    ("Feb 29, 2023", None, None),
    ("Feb 30", None, None),
    ("Feb 31", None, None),
    ("Feb 0", None, None),
    ("Jan 31", None, MonthDay(1, 31)),
    ("Jan 1", None, MonthDay(1, 1)),
    ("Jan 32", None, None),
    ("March 3rd", None, MonthDay(3, 3)),
    ("Feb 26 27", None, MonthDay(2, 26)),  # the first number is the day
    ("Feb March 26", None, MonthDay(2, 26)),  # the first month word is the month
    ("Floods 26", None, None),
    ("Feb", None, None),
    ("2025", None, None),
]


@pytest.mark.parametrize(("written", "reference", "expected"), READ_DATE)
def test_read_date(
    datelines: DatelineParser, written: str | None, reference: dt.date | None, expected: dt.date | MonthDay | None
) -> None:
    assert datelines.read_date(written, reference) == expected


def test_dashes_are_a_class_vocabulary() -> None:
    class Slashed(DatelineParser):
        DASHES = ("//",)

    text = "HOUSTON, Feb 26 // Oil prices fell."
    assert Slashed().parse(text, Span(0, len(text))) == Dateline(
        "HOUSTON", None, MonthDay(2, 26), "HOUSTON, Feb 26 //", Span(0, 18)
    )
    text = "HOUSTON, Feb 26 - Oil prices fell."
    assert Slashed().parse(text, Span(0, len(text))) is None


def test_fuzzy_month_length_is_a_class_constant() -> None:
    class Strict(DatelineParser):
        FUZZY_MONTH_CHARS = 6

    assert Strict().month_of("Narch") is None
    assert Strict().month_of("Mach") is None
    assert Strict().month_of("Augst") == 8
    assert Strict().month_of("Octobr") == 10


def test_a_place_before_a_bare_colon_when_asked_for() -> None:
    class ColonDatelines(DatelineParser):
        COLON_DATELINES = True

    text = "LONDON: Prices rose again in the shops this week, the statistics office said on Tuesday."
    found = ColonDatelines().parse(text, Span(0, len(text)))
    assert found is not None and (found.place, found.text) == ("LONDON", "LONDON:")
    text = "UPDATE: Prices rose again in the shops this week, the statistics office said on Tuesday."
    assert ColonDatelines().parse(text, Span(0, len(text))) is None
