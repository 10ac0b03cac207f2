"""Layouts a demanding new user pastes that the other layout tests do not use: a place, a
heading or a name alone right above the first paragraph, stamps in the language packs.

Every row is an article written for this file; each checks what a reader sees exactly.
"""

from __future__ import annotations

import datetime

import pytest

import newsparse

# A line alone between the headline and the first paragraph: a person's name is the byline; a
# place or a heading written like a name is not (a wrong byline is worse than none), and the line
# is never lost.
NAME_ALONE = [
    ("North Carolina", None),
    ("Costa Rica", None),  # a country of two words
    ("Sierra Leone", None),
    ("South Dakota", None),
    ("New Brunswick", None),
    ("Key Takeaways", None),
    ("Top Stories", None),
    ("Latest Updates", None),
    ("Market Highlights", None),
    ("Photo Gallery", None),
    ("Watch Again", None),
    ("Manchester United", None),
    ("Leicester City", None),
    ("Expert Advice", None),
    ("John Key", ("John Key",)),
    ("Tessa West", ("Tessa West",)),
    ("Patrick Frye", ("Patrick Frye",)),
]


@pytest.mark.parametrize(("line", "authors"), NAME_ALONE)
def test_a_line_alone_above_the_first_paragraph(line: str, authors: tuple[str, ...] | None) -> None:
    text = (
        "News\n\n"
        "Highway bridge closed after truck strikes support\n\n"
        f"{line}\n\n"
        "A highway bridge near Greensboro was closed on Tuesday after a truck hit one of its supports.\n\n"
        "Nobody was hurt, the state transportation department said.\n"
    )
    article = newsparse.parse_article(text)
    assert (article.byline.authors if article.byline else None) == authors
    assert article.paragraphs[0].text.startswith("A highway bridge near Greensboro")
    assert len(article.paragraphs) == 2
    start = text.index(line)
    kept = [article.byline.span] if article.byline else [b.span for b in article.boilerplate]
    assert any(span.start <= start < span.end for span in kept)


# A numeric date that reads both ways under a language pack: French, German and Spanish pages
# write the day first, so 12/03/2025 is 12 March there (and 3 December only in English); a
# dayfirst given to the parser still wins.
PACK_STAMPS = [
    ("fr", "Publié le 12/03/2025 à 14:15", "published", "2025-03-12T14:15:00"),
    ("fr", "Mis à jour le 02/03/2025 à 09:05", "updated", "2025-03-02T09:05:00"),
    ("de", "Stand: 05.08.2024 11:20 Uhr", "published", "2024-08-05T11:20:00"),
    ("de", "Aktualisiert: 01.02.2025, 07:45 Uhr", "updated", "2025-02-01T07:45:00"),
    ("es", "Actualizado: 02/03/2025 09:30", "updated", "2025-03-02T09:30:00"),
    ("en", "Updated: 02/03/2025 09:30", "updated", "2025-02-03T09:30:00"),
]


@pytest.mark.parametrize(("language", "line", "kind", "expected"), PACK_STAMPS)
def test_a_language_pack_reads_numeric_dates_its_way(language: str, line: str, kind: str, expected: str) -> None:
    text = (
        "Trois écoles fermées pour travaux\n\n"
        f"{line}\n\n"
        "La mairie a annoncé mardi la fermeture de trois écoles pendant les vacances de printemps.\n"
    )
    article = newsparse.ArticleParser(language=language).parse(text)
    stamp = article.published if kind == "published" else article.updated
    other = article.updated if kind == "published" else article.published
    assert stamp is not None and other is None
    assert stamp.datetime.isoformat() == expected
    assert text[stamp.span.start : stamp.span.end] == stamp.text


@pytest.mark.parametrize(("dayfirst", "expected"), [(False, "2025-02-03T09:30:00"), (True, "2025-03-02T09:30:00")])
def test_dayfirst_given_wins_over_the_pack(dayfirst: bool, expected: str) -> None:
    vocabulary = newsparse.ArticleParser(language="fr").vocabulary
    parser = newsparse.ArticleParser(
        language="fr", timestamps=newsparse.TimestampParser(vocabulary, dayfirst=dayfirst)
    )
    article = parser.parse("Trois écoles fermées\n\nMis à jour le 02/03/2025 à 09:30\n\nLa mairie a annoncé mardi la fermeture.\n")
    assert article.updated is not None and article.updated.datetime.isoformat() == expected


# A clock written with "h" (French and Spanish pages): "08h15", "10h", "09:30h"; two stamps on one
# French line, the second after a label in lower case after a comma.
H_CLOCKS = [
    (
        "fr",
        "Publié le 12 mars 2025 à 08h15, mis à jour le 12 mars 2025 à 10h02",
        ("2025-03-12T08:15:00", "12 mars 2025 à 08h15"),
        ("2025-03-12T10:02:00", "12 mars 2025 à 10h02"),
    ),
    ("fr", "Mis à jour le 4 avril 2025 à 10h", None, ("2025-04-04T10:00:00", "4 avril 2025 à 10h")),
    ("fr", "Publié le 12/03/2025 à 8h05", ("2025-03-12T08:05:00", "12/03/2025 à 8h05"), None),
    ("es", "Actualizado: 28/02/2025 09:30h CET", None, ("2025-02-28T09:30:00+01:00", "28/02/2025 09:30h CET")),
]


@pytest.mark.parametrize(("language", "line", "published", "updated"), H_CLOCKS)
def test_a_clock_written_with_h(
    language: str, line: str, published: tuple[str, str] | None, updated: tuple[str, str] | None
) -> None:
    text = (
        "Trois écoles fermées pour travaux\n\n"
        f"{line}\n\n"
        "La mairie a annoncé mardi la fermeture de trois écoles pendant les vacances de printemps.\n"
    )
    article = newsparse.ArticleParser(language=language).parse(text)
    for stamp, expected in ((article.published, published), (article.updated, updated)):
        got = (stamp.datetime.isoformat(), stamp.text) if stamp is not None else None
        assert got == expected
        if stamp is not None:
            assert text[stamp.span.start : stamp.span.end] == stamp.text
    assert not article.boilerplate


# A byline line without "By" beside a stamp: a line that starts with a word the language pack
# never starts a name with (an article: "Eine Analyse von ...") is no author; a name is.
BARE_BYLINES = [
    ("de", "Eine Analyse von Lena Vogt", "03.03.2025, 10.15 Uhr", None),
    ("de", "Ein Kommentar von Lena Vogt", "03.03.2025, 10.15 Uhr", None),
    ("de", "Lena Vogt", "03.03.2025, 10.15 Uhr", ("Lena Vogt",)),
    ("fr", "Une analyse de Claire Petit", "03/03/2025 à 10h15", None),
    ("fr", "Claire Petit", "03/03/2025 à 10h15", ("Claire Petit",)),
    ("en", "June Whitaker", "March 3, 2025 10:15 AM", ("June Whitaker",)),
]


@pytest.mark.parametrize(("language", "line", "stamp", "authors"), BARE_BYLINES)
def test_a_bare_byline_beside_a_stamp(language: str, line: str, stamp: str, authors: tuple[str, ...] | None) -> None:
    text = (
        "Wirtschaft\n\n"
        "Inflation sinkt auf 2,2 Prozent\n\n"
        f"{line}\n{stamp}\n\n"
        "Die Inflation in Deutschland ist im Februar leicht gesunken, teilte das Statistische Bundesamt mit.\n"
    )
    article = newsparse.ArticleParser(language=language).parse(text)
    assert (article.byline.authors if article.byline else None) == authors
    assert article.published is not None and article.published.datetime.isoformat() == "2025-03-03T10:15:00"
    assert article.paragraphs[0].text.startswith("Die Inflation in Deutschland")


# French, Spanish and German words for "modified" label an update, never the publication time.
UPDATE_LABELS = [
    ("fr", "Modifié le 3 février 2025 à 11h30", None, "2025-02-03T11:30:00"),
    ("fr", "Actualisé le 3 février 2025 à 11h30", None, "2025-02-03T11:30:00"),
    (
        "fr",
        "Publié le 3 février 2025 à 06h00, modifié le 3 février 2025 à 11h30",
        "2025-02-03T06:00:00",
        "2025-02-03T11:30:00",
    ),
    ("es", "Modificado el 28 de febrero de 2025, 09:30", None, "2025-02-28T09:30:00"),
    ("de", "Geändert am 3. März 2025, 14:05 Uhr", None, "2025-03-03T14:05:00"),
    ("de", "Veröffentlicht am 3. März 2025, 14:05 Uhr", "2025-03-03T14:05:00", None),
]


@pytest.mark.parametrize(("language", "line", "published", "updated"), UPDATE_LABELS)
def test_a_modified_label_is_an_update(language: str, line: str, published: str | None, updated: str | None) -> None:
    text = (
        "Trois écoles fermées pour travaux\n\n"
        f"{line}\n\n"
        "La mairie a annoncé mardi la fermeture de trois écoles pendant les vacances de printemps.\n"
    )
    article = newsparse.ArticleParser(language=language).parse(text)
    assert (article.published.datetime.isoformat() if article.published else None) == published
    assert (article.updated.datetime.isoformat() if article.updated else None) == updated
    assert not article.boilerplate


# The Spanish pack reads the month abbreviations Spanish pages and the EFE wire print.
SPANISH_ABBREVIATIONS = [
    (
        "España\n\nEl Congreso aprueba la reforma de la ley de vivienda\n\n"
        "Miguel Soto\nMadrid - 11 mar 2025 - 13:05 CET\n\n"
        "El Congreso aprobó este martes la reforma de la ley de vivienda con el voto en contra del PP.\n",
        ("Miguel Soto",),
        ("published", "2025-03-11T13:05:00+01:00", "11 mar 2025 - 13:05 CET"),
        ("Madrid", None, "2025-03-11"),  # the place before the stamp: the dateline, dated by it (mendL65)
        [],
    ),
    (
        "La inflación baja en febrero\n\nPor Ana Ruiz\nActualizado el 28 feb. 2025, 09:30\n\n"
        "Los precios subieron un 2,1% en febrero respecto al año anterior, la tasa más baja desde 2021.\n",
        ("Ana Ruiz",),
        ("updated", "2025-02-28T09:30:00", "28 feb. 2025, 09:30"),
        None,
        [],
    ),
    (
        "Madrid, 10 dic (EFE).- El Gobierno aprobó este martes un plan para construir 20.000 viviendas.\n\n"
        "La oposición criticó la falta de detalles.\n",
        None,
        None,
        ("Madrid", "EFE", "2025-12-10"),
        [],
    ),
]


@pytest.mark.parametrize(("text", "authors", "stamp", "dateline", "other"), SPANISH_ABBREVIATIONS)
def test_spanish_month_abbreviations(
    text: str,
    authors: tuple[str, ...] | None,
    stamp: tuple[str, str, str] | None,
    dateline: tuple[str, str, str] | None,
    other: list[str],
) -> None:
    article = newsparse.ArticleParser(language="es").parse(text, reference_date=datetime.date(2025, 12, 11))
    assert (article.byline.authors if article.byline else None) == authors
    stamps = [(kind, s.datetime.isoformat(), s.text) for kind, s in (("published", article.published), ("updated", article.updated)) if s]
    assert stamps == ([stamp] if stamp else [])
    got = (article.dateline.place, article.dateline.agency, str(article.dateline.date)) if article.dateline else None
    assert got == dateline
    assert [b.text for b in article.boilerplate if b.kind == "other"] == other


# A name alone above the first answer of an interview that labels every answer is the speaker's
# label, not the byline (it stands again on a line of its own below); a byline printed once is one.
INTERVIEW_LABELS = [
    (
        "Sport\n\nThe goalkeeper who became a poet\n\nLina Berg\n\n"
        "Because nobody scores against a poem, and I wanted to try something where nobody keeps score.\n\n"
        "Interviewer\nDo you miss football?\n\nLina Berg\nEvery day, but only for about a minute.\n",
        None,
    ),
    (
        "Sport\n\nThe goalkeeper who became a poet\n\nLina Berg\n\n"
        "Because nobody scores against a poem, she said when we met in Oslo last week.\n\n"
        "The poet lives in Bergen and has published two books.\n",
        ("Lina Berg",),
    ),
    # a name the story writes again is its subject, not its author
    (
        "Sport\n\nThe goalkeeper who became a poet\n\nLina Berg\n\n"
        "Because nobody scores against a poem, she said when we met in Oslo last week.\n\n"
        "Lina Berg lives in Bergen and has published two books.\n",
        None,
    ),
]


@pytest.mark.parametrize(("text", "authors"), INTERVIEW_LABELS)
def test_an_interview_label_is_no_byline(text: str, authors: tuple[str, ...] | None) -> None:
    article = newsparse.parse_article(text)
    assert (article.byline.authors if article.byline else None) == authors
    assert article.paragraphs[0].text.startswith("Because nobody scores against a poem")


# Life dates under an obituary's name are a range of dates, not when the article was published;
# a date with its time after a dash still is a stamp.
DATE_RANGES = [
    ("March 2, 1941 - January 28, 2025", None),
    ("March 2, 1941 – 2025", None),
    ("1941–2025", None),
    ("June 12 - June 15, 2025", None),
    ("June 12 – 15, 2025", None),  # days of one month: not June 12, 2015, 20:25
    ("12-15 June 2025", None),
    ("3 – 5 March 2025", None),
    ("June 12, 2025 - 15:30", "2025-06-12T15:30:00"),
    ("City Daily - June 15, 2025", "2025-06-15T00:00:00"),
    ("Jan. 5, 2025 - 10:30 a.m.", "2025-01-05T10:30:00"),
    ("13-Aug-2024 10:00", "2024-08-13T10:00:00"),
]


@pytest.mark.parametrize(("line", "published"), DATE_RANGES)
def test_a_range_of_dates_is_no_stamp(line: str, published: str | None) -> None:
    text = (
        "Obituaries\n\n"
        'John "Jack" Miller\n\n'
        f"{line}\n\n"
        'John "Jack" Miller, 83, of Fairview, died Tuesday at home, surrounded by his family.\n\n'
        "He served in the Navy and later taught history at Fairview High School for 30 years.\n"
    )
    article = newsparse.parse_article(text)
    assert (article.published.datetime.isoformat() if article.published else None) == published
    assert article.updated is None
    assert article.paragraphs[0].text.startswith('John "Jack" Miller, 83')
    start = text.index(line)
    kept = [b.span for b in article.boilerplate] + ([article.published.span] if article.published else [])
    assert any(span.start <= start < span.end or start <= span.start < start + len(line) for span in kept)


# A first paragraph of two words is the story's, a page's button of two words is not.
TWO_WORD_LINES = [
    ("Stocks fell.", True),
    ("He resigned.", True),
    ("Nobody came.", True),
    ("Read more.", False),
    ("Show more.", False),
    ("Load more", False),
    ("Skip advertisement.", False),
    ("Click here.", False),
    ("Sign up.", False),
]


@pytest.mark.parametrize(("line", "is_paragraph"), TWO_WORD_LINES)
def test_a_two_word_first_paragraph(line: str, is_paragraph: bool) -> None:
    text = (
        "Markets slide on rate fears\nBy Jane Roe\n\n"
        f"{line}\n\n"
        "The S&P 500 lost 2 percent on Tuesday as investors worried that rates would stay high for longer.\n"
    )
    story = "The S&P 500 lost 2 percent on Tuesday as investors worried that rates would stay high for longer."
    article = newsparse.parse_article(text)
    assert [p.text for p in article.paragraphs] == ([line, story] if is_paragraph else [story])
    assert [b.text for b in article.boilerplate] == ([] if is_paragraph else [line])
