"""Round 67's merge: readings two branches' rules gave together, or a second user found in the merged tree."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

STORY = "The harbour will reopen in May after a two-year rebuild, the port authority said on Monday.\n"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # a sentence about a person under the headline is no name and its beat (mendLT67's lower-case role)
        ("Ana Ruiz spoke to reporters.", None),
        ("Tom Berg told a reporter on Monday.", None),
        # (must not change: a name and the beat it writes in)
        ("Laura Stone Queen's Park reporter", ("Laura Stone",)),
        ("Jane Roe technology reporter", ("Jane Roe",)),
    ],
)
def test_a_sentence_under_the_headline_is_no_byline(line: str, authors: tuple[str, ...] | None) -> None:
    article = ArticleParser().parse(f"Harbour works to finish in May\n\n{line}\n\n{STORY}")
    assert (article.byline.authors if article.byline else None) == authors


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("By Jane Roe Bloomberg News", "Bloomberg News"),
        ("By Tom Hale Reuters", "Reuters"),
        # (must not change: an outlet the vocabulary does not know, no agency)
        ("By Susan Du Star Tribune", None),
    ],
)
def test_a_known_agency_after_a_name_is_read_whole(line: str, agency: str | None) -> None:
    article = ArticleParser().parse(f"Harbour works to finish in May\n\n{line}\n\n{STORY}")
    assert article.byline is not None
    assert article.byline.agency == agency
    assert len(article.byline.authors) == 1


@pytest.mark.parametrize(
    ("opening", "place", "month"),
    [
        ("ROMA, 05 DIC - ", "ROMA", 12),
        ("MÜNCHEN, 12. Mai (dpa) - ", "MÜNCHEN", 5),
        # a European wire's month before a word the vocabulary does not know as an agency, or after a place in
        # title case with no agency: no dateline, as before the months were read
        ("MÜNCHEN, 12. Mai (Polizei) - ", None, None),
        ("Ciudad de México, 12 de mayo - ", None, None),
        # (must not change: a year after the month, read as before)
        ("Berlin, 4. Dezember 2026 - ", "Berlin", 12),
    ],
)
def test_a_wire_month_stands_where_a_wire_writes_it(opening: str, place: str | None, month: int | None) -> None:
    article = ArticleParser().parse("Bus strike ends\n\n" + opening + STORY)
    if place is None:
        assert article.dateline is None
        return
    assert article.dateline is not None
    assert article.dateline.place == place
    assert article.dateline.date is not None and article.dateline.date.month == month


def test_she_after_a_sentence_naming_the_speaker() -> None:
    text = "Harbour works\n\nAna Ruiz spoke to reporters.\nShe, too, said that the harbour would reopen in May.\n"
    quotes = ArticleParser().parse(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("the harbour would reopen in May", "Ana Ruiz")
    ]


@pytest.mark.parametrize(
    ("headline", "outlet_line", "day"),
    [
        # an outlet named in the headline is the story's, no sign of the page's date order
        ("The Hindu Temple of Greater Houston Reopens After Flood", "", 12),
        ("India Today Conclave Draws Crowd in Dallas", "", 12),
        # (must not change: the outlet's own line under the headline)
        ("Metro fares to rise by Rs 10 from January", "The Hindu\n", 5),
    ],
)
def test_an_outlet_in_the_headline_sets_no_date_order(headline: str, outlet_line: str, day: int) -> None:
    text = f"{headline}\n{outlet_line}Published: 05/12/2024\n\n{STORY}"
    article = ArticleParser().parse(text)
    assert article.published is not None
    assert article.published.datetime.day == day
