"""speed71 (issue 7): the closing attribution's cheap first test and the sign-off's dash test.

``ReportedSpeech.read_trailing`` now asks :meth:`~newsparse.quotes.reported.ReportedSpeech.head_may_close`
(a comma, a closing quotation mark or a set-off dash before the attribution) before it reads the
subject after an inverted cue, and ``cut_sign_off`` looks for a dash near the clause's end before it
reads the clause character by character.  Both only skip work whose answer was "no quote" or "no
cut": each row here is read the same before and after (the base ``83dd4bfa`` gives these rows too),
and the subclass rows show that the overridable tests are still asked."""

from __future__ import annotations

import pytest
from tests.quote_cases import Case, quotes_of

from newsparse.quotes.parser import QuoteParser
from newsparse.spans import Paragraph, Span

CASES: list[Case] = [
    # closing attributions: a comma, a closing quotation mark or a set-off dash before them
    Case("The ferry timetable will change in March, the harbour master said on Tuesday.",
         [("R", "The ferry timetable will change in March", 0, 40, "said", "the harbour master", None)]),
    Case("Rents across the district rose by a fifth last year, said Maria Castellano, who chairs the tenants' union.",
         [("R", "Rents across the district rose by a fifth last year", 0, 51, "said", "Maria Castellano", None)]),
    Case("The vote on the bypass was close - 14 to 12 - council officials said.",
         [("R", "The vote on the bypass was close - 14 to 12", 0, 43, "said", "council officials", None)]),
    Case("The clinic will reopen on Monday, according to the county health board.",
         [("R", "The clinic will reopen on Monday", 0, 32, "according to", "the county health board", None)]),
    # near misses: no comma nor dash before the cue, no words before it reported; the verb's own clause stays
    Case("Councillor Dev Patel made his comments at a meeting in Leeds on Thursday.", []),
    Case("The county has 30 days to respond to the audit, which found gaps in its records.", []),
    Case("Harbour master Ines Duarte said the ferry timetable would change in March.",
         [("R", "the ferry timetable would change in March", 32, 73, "said", "Ines Duarte", None)]),
    Case("The union has not yet seen the remarks made by the minister at Friday's meeting.", []),
    # a publisher's sign-off after the reported words is cut; a dash inside the clause is not one
    Case("Officials said the bridge would close for repairs in May. – Valley Courier",
         [("R", "the bridge would close for repairs in May", 15, 56, "said", "Officials", None)]),
    Case("Officials said the bridge would close for repairs in May - and reopen in June.",
         [("R", "the bridge would close for repairs in May - and reopen in June", 15, 77, "said", "Officials", None)]),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: str(c.pieces)[:48])
def test_quotes_read_as_before(case: Case) -> None:
    assert quotes_of(case) == case.expected


class CountingParser(QuoteParser):
    """A parser whose overridable tests count their calls."""

    asked: list[str] = []

    def head_may_close(self, raw: str, start: int, end: int) -> bool:
        type(self).asked.append("head_may_close")
        return super().head_may_close(raw, start, end)

    def ends_with_set_off_dash(self, head: str) -> bool:
        type(self).asked.append("ends_with_set_off_dash")
        return super().ends_with_set_off_dash(head)


def quotes(parser: QuoteParser, text: str) -> list[tuple[str, str | None]]:
    found = parser.parse(text, [Paragraph(text, Span(0, len(text)))])
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in found]


@pytest.mark.parametrize(
    ("text", "expected", "asked"),
    [
        ("The ferry timetable will change in March, the harbour master said.",
         [("The ferry timetable will change in March", "the harbour master")], "head_may_close"),
        ("The vote on the bypass was close - 14 to 12 - council officials said.",
         [("The vote on the bypass was close - 14 to 12", "council officials")], "ends_with_set_off_dash"),
    ],
)
def test_overridden_tests_are_asked(text: str, expected: list[tuple[str, str | None]], asked: str) -> None:
    CountingParser.asked = []
    assert quotes(CountingParser(), text) == expected
    assert asked in CountingParser.asked


class NoDashParser(QuoteParser):
    """A subclass that reads no dash as setting off the words before an attribution."""

    def ends_with_set_off_dash(self, head: str) -> bool:
        return False


class SemicolonParser(QuoteParser):
    """A subclass whose words may also end with a semicolon before an attribution."""

    HEAD_CLOSERS = ",\"”;"


def test_subclass_without_dash_reads_no_dashed_words() -> None:
    assert quotes(NoDashParser(), "The vote on the bypass was close - 14 to 12 - council officials said.") == []


def test_subclass_head_closers_kept() -> None:
    text = "The ferry timetable will change in March; the harbour master said."
    assert quotes(QuoteParser(), text) == []
    assert quotes(SemicolonParser(), text) == [("The ferry timetable will change in March", "the harbour master")]
