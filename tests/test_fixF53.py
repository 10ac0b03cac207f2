"""Stamps and datelines a new user found read wrong (stop 46): a label with an invisible character or
a no-break space inside read as the publication, a clock with seconds that lost its zone, a weekday
of a labelled foreign stamp never checked against its date, a weekday kept in a dateline's place, an
update read before the publication.

Every article here is written for these tests: a headline, a stamp line, a story of two paragraphs.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse.timestamp import reading_view

STORY = {
    "en": ("Council passes budget after long debate",
           "The city council approved the new budget on Monday after a debate that lasted well into the night.",
           "The mayor welcomed the vote and said new spending on housing would begin in January."),
    "fr": ("Le conseil vote le budget après un long débat",
           "Le conseil municipal a approuvé lundi le nouveau budget après un débat qui a duré toute la nuit.",
           "Le maire a salué le vote et promis de nouvelles dépenses pour le logement dès janvier."),
    "de": ("Stadtrat beschließt Haushalt nach langer Debatte",
           "Der Stadtrat hat am Montag nach einer langen Debatte den neuen Haushalt beschlossen.",
           "Der Bürgermeister begrüßte die Entscheidung und kündigte neue Ausgaben für Wohnungen an."),
    "es": ("El pleno aprueba el presupuesto tras un largo debate",
           "El pleno municipal aprobó el lunes el nuevo presupuesto tras un debate que duró toda la noche.",
           "El alcalde celebró la votación y anunció nuevas inversiones en vivienda a partir de enero."),
}

EST = dt.timezone(dt.timedelta(hours=-5))
UTC = dt.timezone.utc


def _article(language: str, line: str) -> newsparse.Article:
    headline, first, second = STORY[language]
    text = f"{headline}\n\n{line}\n\n{first}\n\n{second}\n"
    parser = newsparse.ArticleParser() if language == "en" else newsparse.ArticleParser(language=language)
    return parser.parse(text)


def _stamps(article: newsparse.Article) -> tuple[tuple[str, dt.datetime, str] | None, ...]:
    return tuple(
        None if stamp is None else (stamp.kind.value, stamp.datetime, stamp.text)
        for stamp in (article.published, article.updated)
    )


# (language, stamp line, (published), (updated)): each (kind, datetime, text) or None
INVISIBLE_LABELS = [
    ("fr", "Mis à\u00a0jour le 3 novembre 2026 à 16h30",
     None, ("updated", dt.datetime(2026, 11, 3, 16, 30), "3 novembre 2026 à 16h30")),
    ("fr", "Mis\u00a0à\u00a0jour le 5 mars 2025 à 09h12",
     None, ("updated", dt.datetime(2025, 3, 5, 9, 12), "5 mars 2025 à 09h12")),
    ("fr", "Publié\u00a0le 5 mars 2025 à 09h12",
     ("published", dt.datetime(2025, 3, 5, 9, 12), "5 mars 2025 à 09h12"), None),
    ("en", "Updated\u200b: Nov 3, 2026 4:30 PM EST",
     None, ("updated", dt.datetime(2026, 11, 3, 16, 30, tzinfo=EST), "Nov 3, 2026 4:30 PM EST")),
    ("en", "Up\u00addated: March 5, 2025 10:15 AM",
     None, ("updated", dt.datetime(2025, 3, 5, 10, 15), "March 5, 2025 10:15 AM")),
    ("en", "Last\u202fmodified: March 5, 2025",
     None, ("updated", dt.datetime(2025, 3, 5), "March 5, 2025")),
    ("de", "Aktuali\u00adsiert am 03.11.2026, 14:05 Uhr",
     None, ("updated", dt.datetime(2026, 11, 3, 14, 5), "03.11.2026, 14:05 Uhr")),
    ("es", "Actuali\u200bzado el 4 de marzo de 2025 a las 14:30",
     None, ("updated", dt.datetime(2025, 3, 4, 14, 30), "4 de marzo de 2025 a las 14:30")),
    # an invisible character inside the date keeps the stamp, its text as written
    ("en", "Published: Nov\u200b 3, 2026 2:05 PM EST",
     ("published", dt.datetime(2026, 11, 3, 14, 5, tzinfo=EST), "Nov\u200b 3, 2026 2:05 PM EST"), None),
    ("en", "Published: Nov 3, 2026\u00ad 2:05 PM EST",
     ("published", dt.datetime(2026, 11, 3, 14, 5, tzinfo=EST), "Nov 3, 2026\u00ad 2:05 PM EST"), None),
    # precision: the same lines typed plainly read the same way
    ("en", "Updated: Nov 3, 2026 4:30 PM EST",
     None, ("updated", dt.datetime(2026, 11, 3, 16, 30, tzinfo=EST), "Nov 3, 2026 4:30 PM EST")),
    ("fr", "Publié le 5 mars 2025 à 09h12",
     ("published", dt.datetime(2025, 3, 5, 9, 12), "5 mars 2025 à 09h12"), None),
]

SECONDS = [
    ("en", "Published: 2026-11-03 14:05:00 EST",
     ("published", dt.datetime(2026, 11, 3, 14, 5, tzinfo=EST), "2026-11-03 14:05:00 EST"), None),
    ("en", "Published: Tue, 03 Nov 2026 14:05:00 GMT",
     ("published", dt.datetime(2026, 11, 3, 14, 5, tzinfo=UTC), "Tue, 03 Nov 2026 14:05:00 GMT"), None),
    ("en", "Updated: March 5, 2025 09:30:15 UTC",
     None, ("updated", dt.datetime(2025, 3, 5, 9, 30, 15, tzinfo=UTC), "March 5, 2025 09:30:15 UTC")),
    # precision: a zone with no clock says nothing, with seconds or without
    ("en", "Published: March 5, 2025 EST",
     ("published", dt.datetime(2025, 3, 5), "March 5, 2025 EST"), None),
    ("en", "Published: 2026-11-03 14:05:00",
     ("published", dt.datetime(2026, 11, 3, 14, 5), "2026-11-03 14:05:00"), None),
]

# (language, stamp line, the publication's datetime or None when the weekday contradicts the date)
WEEKDAYS = [
    ("fr", "Publié le lundi 3 novembre 2026 à 14h05", None),  # 3 November 2026 is a Tuesday
    ("fr", "Publié le mardi 3 novembre 2026 à 14h05", dt.datetime(2026, 11, 3, 14, 5)),
    ("de", "Veröffentlicht am Montag, 3. November 2026, 14:05 Uhr", None),
    ("de", "Veröffentlicht am Dienstag, 3. November 2026, 14:05 Uhr", dt.datetime(2026, 11, 3, 14, 5)),
    ("es", "Publicado el lunes 3 de noviembre de 2026 a las 14:05", None),
    ("es", "Publicado el martes 3 de noviembre de 2026 a las 14:05", dt.datetime(2026, 11, 3, 14, 5)),
    ("en", "Publié le vendredi 6 mars 2026", dt.datetime(2026, 3, 6)),  # a French label on an English page
    ("en", "Publié le jeudi 6 mars 2026", None),
    ("en", "Published Monday, November 3, 2026", None),
    ("en", "Published Tuesday, November 3, 2026", dt.datetime(2026, 11, 3)),
]


@pytest.mark.parametrize(("language", "line", "published", "updated"), INVISIBLE_LABELS + SECONDS)
def test_stamp_line(language: str, line: str, published: tuple[str, dt.datetime, str] | None,
                    updated: tuple[str, dt.datetime, str] | None) -> None:
    article = _article(language, line)
    assert _stamps(article) == (published, updated)
    for stamp in (article.published, article.updated):
        if stamp is not None:
            assert article.text[stamp.span.start : stamp.span.end] == stamp.text


@pytest.mark.parametrize(("language", "line", "published"), WEEKDAYS)
def test_a_labelled_weekday_is_checked_against_the_date(language: str, line: str, published: dt.datetime | None) -> None:
    article = _article(language, line)
    assert (article.published.datetime if article.published is not None else None) == published
    assert article.updated is None


@pytest.mark.parametrize(
    ("text", "view", "positions"),
    [
        ("Up\u00addated: 3", "Updated: 3", (0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11)),
        ("à\u00a0jour", "à jour", (0, 1, 2, 3, 4, 5, 6)),
        ("Updated: 3", "Updated: 3", None),  # nothing to take out: read as written
    ],
)
def test_the_reading_view_maps_each_character_back(text: str, view: str, positions: tuple[int, ...] | None) -> None:
    assert reading_view(text) == (view, positions)


# (dateline's first line, place, agency, date's month and day or None)
DATELINES = [
    ("LONDON, Tuesday (Reuters) - ", "LONDON", "Reuters", None),
    ("WASHINGTON, Tuesday, Nov 3 (AP) - ", "WASHINGTON", "AP", (11, 3)),
    ("PARIS, THURSDAY (AFP) - ", "PARIS", "AFP", None),
    # precision: a region after the comma stays in the place
    ("SPRINGFIELD, Ill. (AP) - ", "SPRINGFIELD, Ill.", "AP", None),
    ("KANSAS CITY, Mo., Nov 3 (Reuters) - ", "KANSAS CITY, Mo.", "Reuters", (11, 3)),
    ("LONDON, Nov 3 (Reuters) - ", "LONDON", "Reuters", (11, 3)),
]


@pytest.mark.parametrize(("opening", "place", "agency", "date"), DATELINES)
def test_a_weekday_is_no_part_of_the_datelines_place(opening: str, place: str, agency: str, date: tuple[int, int] | None) -> None:
    text = f"Council passes budget\n\n{opening}The city council approved the new budget after a long debate.\n"
    dateline = newsparse.ArticleParser().parse(text).dateline
    assert dateline is not None
    assert (dateline.place, dateline.agency) == (place, agency)
    assert (None if dateline.date is None else (dateline.date.month, dateline.date.day)) == date
    assert text[dateline.span.start : dateline.span.end] == dateline.text == opening.rstrip()


# (header stamp line, body stamp line, the update read, or None when it falls before the publication)
UPDATES = [
    ("Published: Nov 3, 2026 2:05 PM EST", "Updated: Nov 2, 2026 1:00 PM EST", None),
    ("Published: Nov 3, 2026 2:05 PM EST", "Updated: Nov 3, 2026 1:00 PM EST", None),
    ("Published: Nov 3, 2026", "Updated: Oct 30, 2026 9:00 AM EST", None),  # (no zone beside one: days apart)
    # precision: an update after the publication is read
    ("Published: Nov 3, 2026 2:05 PM EST", "Updated: Nov 3, 2026 4:00 PM EST", dt.datetime(2026, 11, 3, 16, 0, tzinfo=EST)),
    ("Published: Nov 3, 2026 2:05 PM EST", "Updated: Nov 4, 2026 9:00 AM EST", dt.datetime(2026, 11, 4, 9, 0, tzinfo=EST)),
    ("Published: Nov 3, 2026", "Updated: Nov 3, 2026 9:00 AM EST", dt.datetime(2026, 11, 3, 9, 0, tzinfo=EST)),
]


@pytest.mark.parametrize(("header", "body", "updated"), UPDATES)
def test_no_update_before_the_publication(header: str, body: str, updated: dt.datetime | None) -> None:
    headline, first, second = STORY["en"]
    text = f"{headline}\n\n{header}\n\n{first}\n\n{body}\n\n{second}\n"
    article = newsparse.ArticleParser().parse(text)
    assert article.published is not None
    assert (article.updated.datetime if article.updated is not None else None) == updated
    if updated is None:
        # (filed as boilerplate, the stamp covers its whole line, its label too: fixB54)
        assert [part.text for part in article.boilerplate if part.kind == "timestamp"] == [body]


def test_no_duplicate_rows() -> None:
    for table in (INVISIBLE_LABELS + SECONDS, WEEKDAYS, DATELINES, UPDATES, SLUGS, MORE_DATELINES, ZONES):
        keys = [row[:2] for row in table]
        assert len(keys) == len(set(keys))


# (the line over the headline, whether it is a wire's slug: boilerplate, the headline under it)
SLUGS = [
    ("BC-EU--Spain-Floods,1st Ld-Writethru", True),
    ("BC-US--Budget-Vote", True),
    ("BC-Budget-Vote,0500", True),
    # precision: a headline that opens with the letters is a headline
    ("BC-Budget vote passes in Spain", False),
    ("BC Place stadium reopens after floods", False),
    ("Floods kill 12 in eastern Spain", False),
]


@pytest.mark.parametrize(("first", "slug"), SLUGS)
def test_a_wire_slug_over_the_headline_is_boilerplate(first: str, slug: bool) -> None:
    second = "Rescuers search for the missing after the storm" if not slug else "Floods kill 12 in eastern Spain"
    text = (
        f"{first}\n{second}\nBy MARIA LOPEZ\nAssociated Press\n"
        "VALENCIA, Spain (AP) — Flash floods killed at least 12 people in eastern Spain on Monday, officials said.\n"
    )
    article = newsparse.ArticleParser().parse(text)
    assert article.headline is not None
    assert article.headline.text == (second if slug else first)
    assert ((first, "other") in [(part.text, part.kind) for part in article.boilerplate]) is slug


# (language, dateline's first line, place, agency, date or None)
MORE_DATELINES = [
    ("de", "Berlin, 03.11.2026 (dpa) - ", "Berlin", "dpa", dt.date(2026, 11, 3)),
    ("de", "HAMBURG, 28.02.2025 (dpa) - ", "HAMBURG", "dpa", dt.date(2025, 2, 28)),
    ("de", "BERLIN (dpa-AFX) - ", "BERLIN", "dpa-AFX", None),
    ("fr", "PARIS, mardi (AFP) - ", "PARIS", "AFP", None),
    ("fr", "Lyon, jeudi (AFP) - ", "Lyon", "AFP", None),
    ("es", "MADRID, lunes (EFE) - ", "MADRID", "EFE", None),
    # precision: a day the month does not have is no date, the dateline kept
    ("de", "Berlin, 31.02.2026 (dpa) - ", "Berlin", "dpa", None),
]


@pytest.mark.parametrize(("language", "opening", "place", "agency", "date"), MORE_DATELINES)
def test_a_numeric_date_a_weekday_or_a_wire_in_a_dateline(
    language: str, opening: str, place: str, agency: str, date: dt.date | None
) -> None:
    headline, first, _ = STORY[language]
    text = f"{headline}\n\n{opening}{first}\n"
    dateline = newsparse.ArticleParser(language=language).parse(text).dateline
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.date) == (place, agency, date)
    assert text[dateline.span.start : dateline.span.end] == dateline.text == opening.rstrip()


def test_a_word_after_the_place_that_is_no_weekday_is_no_dateline() -> None:
    headline, first, _ = STORY["fr"]
    assert newsparse.ArticleParser(language="fr").parse(f"{headline}\n\nPARIS, matin (AFP) - {first}\n").dateline is None


# (language, stamp line, the publication's datetime): German names of Central European time
ZONES = [
    ("de", "03.11.2026, 14:05 Uhr MEZ", dt.datetime(2026, 11, 3, 14, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))),
    ("de", "Veröffentlicht am 03.07.2026, 09:30 Uhr MESZ",
     dt.datetime(2026, 7, 3, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))),
    ("de", "03.11.2026 MEZ", dt.datetime(2026, 11, 3)),  # (no clock: the zone says nothing)
]


@pytest.mark.parametrize(("language", "line", "published"), ZONES)
def test_german_zone_names(language: str, line: str, published: dt.datetime) -> None:
    article = _article(language, line)
    assert article.published is not None
    assert article.published.datetime == published
    assert article.published.text == line.removeprefix("Veröffentlicht am ")


# (header stamp line, footer-free body stamp line, the update read): a stamp with no clock is compared by its day;
# on the publication's own day, under a publication with a clock, it is no update (fixT56a: its midnight would fall
# before the publication)
DAY_ONLY = [
    ("Published: Nov 19, 2019 7:10 PM", "Updated: Nov 19, 2019", None),
    ("Published: Nov 19, 2019", "Updated: Nov 18, 2019", None),
]


@pytest.mark.parametrize(("header", "body", "updated"), DAY_ONLY)
def test_a_stamp_with_no_clock_is_compared_by_its_day(header: str, body: str, updated: dt.datetime | None) -> None:
    headline, first, second = STORY["en"]
    text = f"{headline}\n\n{header}\n\n{first}\n\n{body}\n\n{second}\n"
    article = newsparse.ArticleParser().parse(text)
    assert (article.updated.datetime if article.updated is not None else None) == updated
