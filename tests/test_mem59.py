"""mem59: the agency-only dateline reads its bracket with a generic slot checked against the
vocabulary's agencies, and three small checks fold or compile their words once; every reading
stays what it was."""

from __future__ import annotations

import pytest

from newsparse.article import ArticleParser
from newsparse.caption import CaptionParser
from newsparse.dateline import DatelineParser
from newsparse.lines import Line
from newsparse.spans import MonthDay, Span
from newsparse.vocabulary import Vocabulary


class LusaVocabulary(Vocabulary):
    AGENCIES = (*Vocabulary.AGENCIES, "Agencia Lusa")


class EndMarkVocabulary(Vocabulary):
    END_MARKS = ("(FIN)",)


AGENCY_ONLY = [
    # (vocabulary, paragraph, (agency, date, text) or None)
    (Vocabulary, "(Reuters) - The central bank held rates on Tuesday.", ("Reuters", None, "(Reuters) -")),
    (Vocabulary, "March 4 (UPI) -- Lawmakers voted to adjourn.", ("UPI", MonthDay(3, 4), "March 4 (UPI) --")),
    (Vocabulary, "(dpa/lby) - Die Polizei sucht einen Zeugen.", ("dpa/lby", None, "(dpa/lby) -")),
    (Vocabulary, "(AFP / Reuters) - Talks resumed in Geneva.", ("AFP / Reuters", None, "(AFP / Reuters) -")),
    (Vocabulary, "(AFP/dpa) - Talks resumed in Geneva.", ("AFP/dpa", None, "(AFP/dpa) -")),
    (LusaVocabulary, "(Agencia Lusa) - O governo aprovou o plano.", ("Agencia Lusa", None, "(Agencia Lusa) -")),
    # not an agency as the vocabulary writes it: no dateline
    (Vocabulary, "(Agencia Lusa) - O governo aprovou o plano.", None),
    (Vocabulary, "(Police sources) - The man was held overnight.", None),
    (Vocabulary, "(REUTERS) - The central bank held rates.", None),
    (Vocabulary, "(Reuters staff) - The central bank held rates.", None),
    (Vocabulary, "(AFP  / Reuters) - Talks resumed in Geneva.", None),
    (Vocabulary, "(AFP /lby) - Talks resumed in Geneva.", None),
    (Vocabulary, "(AFP//Reuters) - Talks resumed in Geneva.", None),
]


@pytest.mark.parametrize(("vocabulary", "text", "expected"), AGENCY_ONLY)
def test_agency_only_dateline(vocabulary: type[Vocabulary], text: str, expected: tuple[str, object, str] | None) -> None:
    found = DatelineParser(vocabulary()).parse(text, Span(0, len(text)))
    if expected is None:
        assert found is None
        return
    assert found is not None
    assert (found.place, found.agency, found.date, found.text) == (None, *expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(Reuters)", True),
        ("dpa/AFP", True),
        ("AFP / Reuters", True),
        ("dpa/lby", True),
        ("AFP / Reuters/lby", True),
        ("Reuters ", False),
        ("AFP / lby", False),
        ("Reuters/lbyxz", False),
        ("reuters", False),
        ("", False),
    ],
)
def test_writes_agencies(text: str, expected: bool) -> None:
    assert DatelineParser().writes_agencies(text.strip("()")) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Margaret Doyle: born March 2, 1941; died November 20, 2026", True),
        ("Tom Hale, teacher, born 2 March 1941; died 20 November 2026", True),
        ("Margaret Doyle: born March 2, 19411; died November 20, 2026", False),
        ("Margaret Doyle: born March 2; died November 20, 2026", False),
    ],
)
def test_life_dates(text: str, expected: bool) -> None:
    assert ArticleParser().is_life_dates(text) is expected


@pytest.mark.parametrize(
    ("vocabulary", "text", "credit"),
    [
        (Vocabulary, "Fans wait outside the stadium. Photo: Jane Roe", "Jane Roe"),
        (Vocabulary, "Fans wait outside the stadium. Photo: Fin", "Fin"),
        (EndMarkVocabulary, "Fans wait outside the stadium. Photo: Jane Roe", "Jane Roe"),
        (EndMarkVocabulary, "Fans wait outside the stadium. Photo: Fin", None),
    ],
)
def test_credit_end_marks(vocabulary: type[Vocabulary], text: str, credit: str | None) -> None:
    found = CaptionParser(vocabulary()).split_credit(Line(text, Span(0, len(text)), 0, True))
    assert (found.credit if found is not None else None) == credit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands queued outside the clinic on Monday, the utility said. PHOTO | FILE | NATION", True),
        ("Thousands queued outside the clinic on Monday, the utility said. MONDAY | FILE | NATION", False),
    ],
)
def test_story_over_bar_credit(text: str, expected: bool) -> None:
    assert ArticleParser().is_story_over_bar_credit(Line(text, Span(0, len(text)), 0, True)) is expected


TITLED = [
    # (vocabulary, paragraph, (place, agency, date, text) or None): a place in title case before an agency's brackets
    (Vocabulary, "Madrid, 12 mar (EFE).- El Gobierno aprobó el plan.", ("Madrid", "EFE", MonthDay(3, 12), "Madrid, 12 mar (EFE).-")),
    (Vocabulary, "Bogotá, 10 de marzo (EFE). El Gobierno aprobó el plan.", ("Bogotá", "EFE", MonthDay(3, 10), "Bogotá, 10 de marzo (EFE).")),
    (Vocabulary, "Mumbai, Jul 8 (PTI) Heavy rain lashed the city on Tuesday.", ("Mumbai", "PTI", MonthDay(7, 8), "Mumbai, Jul 8 (PTI)")),
    (
        Vocabulary,
        "Wellington, Aug 20 (NZPA) - Rain closed the roads on Tuesday.",
        ("Wellington", "NZPA", MonthDay(8, 20), "Wellington, Aug 20 (NZPA) -"),
    ),
    (
        LusaVocabulary,
        "Lisboa, 3 mar (Agencia Lusa) - O governo aprovou o plano.",
        ("Lisboa", "Agencia Lusa", MonthDay(3, 3), "Lisboa, 3 mar (Agencia Lusa) -"),
    ),
    # an agency the vocabulary does not list, in title case; capitals no list holds before a full stop alone
    (Vocabulary, "Lisboa, 3 mar (Agencia Lusa) - O governo aprovou o plano.", None),
    (Vocabulary, "Bogotá, 10 de marzo (NZPA). El Gobierno aprobó el plan.", None),
    (Vocabulary, "Paris (Police sources) - The man was held overnight on Monday.", None),
]


@pytest.mark.parametrize(("vocabulary", "text", "expected"), TITLED)
def test_titled_dateline(vocabulary: type[Vocabulary], text: str, expected: tuple[object, ...] | None) -> None:
    found = DatelineParser(vocabulary()).parse(text, Span(0, len(text)))
    assert (None if found is None else (found.place, found.agency, found.date, found.text)) == expected
