"""Layout readings left from stop 26's trials: a date between two clocks, a remark in brackets
that says a stamp's clock is local time, the Spanish ``horas`` after a clock, a known place in
title case before a dash, and an unknown outlet after a bar in a ``By`` line.

Each shape is a whole short article in the layout a site prints it in, the bad shape beside
near-misses whose reading must not change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import ArticleParser, parse_article
from newsparse.lines import Line
from newsparse.spans import Span
from newsparse.timestamp import TimestampParser

STORY_EN = (
    "The council voted on Tuesday to close the old bridge, officials said. Traffic will be diverted "
    "for a month while engineers inspect the piers.\n\nResidents said the detour would add twenty "
    "minutes to their commute.\n"
)
STORY_FR = (
    "Le conseil municipal a voté mardi la fermeture du vieux pont, ont indiqué les services de la ville. "
    "La circulation sera déviée pendant un mois.\n\nLes riverains redoutent un détour de vingt minutes.\n"
)
STORY_ES = (
    "El ayuntamiento votó el martes el cierre del viejo puente, informaron fuentes municipales. El "
    "tráfico se desviará durante un mes.\n\nLos vecinos temen un desvío de veinte minutos.\n"
)
STORY_DE = (
    "Der Stadtrat hat am Dienstag die Sperrung der alten Brücke beschlossen, teilte die Verwaltung mit. "
    "Der Verkehr wird einen Monat lang umgeleitet.\n\nAnwohner fürchten einen Umweg von zwanzig Minuten.\n"
)


def _stamp_line(text: str) -> tuple[str | None, str | None]:
    """The published and updated datetimes TimestampParser.parse reads from *text* alone."""
    found = TimestampParser().parse((Line(text, Span(0, len(text)), 0, False),), 0)
    by_kind = {stamp.kind.value: stamp.datetime.isoformat() for stamp in found}
    return by_kind.get("published"), by_kind.get("updated")


# -- 1a. a date between two clocks: which clock is the date's cannot be told ----------------------


@pytest.mark.parametrize(
    ("head", "published", "updated"),
    [
        # two clocks around one date: an update's clock run into the publication's date and clock
        ("By Jane Roe\nUpdated 08:45 a. m. 4 March 2025 9:10 a. m.", None, None),
        ("By Jane Roe\nUpdated 8:45 a.m. 4 March 2025 9:10 a.m.", None, None),
        ("By Jane Roe\nPublished 10:02 GMT 4 March 2025 11:30 GMT", None, None),
        # near-misses: one clock, before the date or after it, is read as before
        ("By Jane Roe\nUpdated 08:45 a. m. 4 March 2025", None, "2025-03-04T08:45:00"),
        ("By Jane Roe\nUpdated 4 March 2025 9:10 a. m.", None, "2025-03-04T09:10:00"),
        ("By Jane Roe\nActualizado 08:45 a. m. 4 de marzo de 2025", None, "2025-03-04T08:45:00"),
        # two stamps, each with its label, on one line: each its own clock
        (
            "By Jane Roe\nPublished 4 March 2025 08:45 Updated 4 March 2025 10:00",
            "2025-03-04T08:45:00",
            "2025-03-04T10:00:00",
        ),
        # a second clock right after the first, no number between: the first is the date's
        ("By Jane Roe\nNov. 19, 2019 8:03 am 12:00", "2019-11-19T08:03:00", None),
    ],
)
def test_a_date_between_two_clocks_gives_no_stamp(head: str, published: str | None, updated: str | None) -> None:
    article = parse_article(f"Bridge to close for a month of repairs\n{head}\n\n{STORY_EN}")
    assert article.byline is not None and article.byline.authors == ("Jane Roe",)
    got = (
        article.published.datetime.isoformat() if article.published else None,
        article.updated.datetime.isoformat() if article.updated else None,
    )
    assert got == (published, updated)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("08:45 a. m. 4 March 2025 9:10 a. m.", True),
        ("14h30 le 4 mars 2025 à 16h05", True),  # clocks written with "h"
        ("10.15 4 March 2025 11.40", True),  # clocks written with a dot
        ("08:45 4 March 2025", False),
        ("4 March 2025 09:10", False),
        ("Nov 19 8:03 pm 12:00", False),  # no number between the clocks
        ("10:00 ET 4 March 2025 (14:00 GMT)", False),  # the zone's clock in brackets
        ("", False),
    ],
)
def test_clock_each_side(text: str, expected: bool) -> None:
    assert TimestampParser().clock_each_side(text) is expected


def test_find_reads_no_stamp_from_a_date_between_two_clocks() -> None:
    parser = TimestampParser()
    assert parser.find("By Jane Roe 08:45 am 4 March 2025 9:10 am", 0, None) is None
    found = parser.find("By Jane Roe 08:45 am 4 March 2025", 0, None)
    assert found is not None and (found.datetime, found.text) == (dt.datetime(2025, 3, 4, 8, 45), "08:45 am 4 March 2025")
    found = parser.find("By Jane Roe 4 March 2025 9:10 am", 0, None)
    assert found is not None and (found.datetime, found.text) == (dt.datetime(2025, 3, 4, 9, 10), "4 March 2025 9:10 am")
    # a label in mid-line starts another stamp: the clocks are each their own date's
    found = parser.find("Jane Roe 4 March 2025 08:45 Updated 4 March 2025 10:00", 0, None)
    assert found is not None and found.datetime == dt.datetime(2025, 3, 4, 8, 45)


# -- 1b. a remark in brackets that says the clock is local time; the Spanish "horas" -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mis à jour le 4 mars 2025 à 14 h 30 (heure de Paris)", (None, "2025-03-04T14:30:00")),
        ("Publié le 4 mars 2025 à 14h30 (heure de Paris)", ("2025-03-04T14:30:00", None)),
        ("Publicado el 4 de marzo de 2025 a las 14.30 horas (hora peninsular)", ("2025-03-04T14:30:00", None)),
        ("Publicado el 4 de marzo de 2025 a las 14:30 horas", ("2025-03-04T14:30:00", None)),
        ("Actualizado el 4 de marzo de 2025, 16:05 hs", (None, "2025-03-04T16:05:00")),
        ("Aktualisiert am 4. März 2025 um 14:30 Uhr (Ortszeit)", (None, "2025-03-04T14:30:00")),
        ("Published March 4, 2025 2:30 p.m. (local time)", ("2025-03-04T14:30:00", None)),
        # near-misses: a zone's clock or a zone in brackets is no remark; other words are no stamp
        ("Published March 4, 2025 10:00 ET (15:00 GMT)", ("2025-03-04T10:00:00-05:00", None)),
        ("Publié le 4 mars 2025 à 14h30 (avec AFP)", (None, None)),
        # (a label after an opening bracket starts a piece of its own since try42: the publication before it is read,
        # the bracket's words, no date, are not)
        ("Publicado el 4 de marzo de 2025 a las 14.30 horas (actualizada la información de tráfico)", ("2025-03-04T14:30:00", None)),
    ],
)
def test_local_time_remark_and_hours_after_the_clock(text: str, expected: tuple[str | None, str | None]) -> None:
    assert _stamp_line(text) == expected


@pytest.mark.parametrize(
    ("language", "headline", "byline", "stamp", "story", "kind", "when", "stamp_text"),
    [
        (
            "fr", "Le vieux pont fermé pour un mois", "Par Jeanne Roux",
            "Mis à jour le 4 mars 2025 à 14 h 30 (heure de Paris)", STORY_FR,
            "updated", "2025-03-04T14:30:00", "4 mars 2025 à 14 h 30",
        ),
        (
            "es", "El viejo puente cerrará un mes", "Por Juana Ruiz",
            "Publicado el 4 de marzo de 2025 a las 14.30 horas (hora peninsular)", STORY_ES,
            "published", "2025-03-04T14:30:00", "4 de marzo de 2025 a las 14.30 horas",
        ),
        (
            "de", "Alte Brücke wird einen Monat gesperrt", "Von Johanna Roth",
            "Veröffentlicht am 4. März 2025 um 14:30 Uhr (Ortszeit)", STORY_DE,
            "published", "2025-03-04T14:30:00", "4. März 2025 um 14:30 Uhr",
        ),
    ],
)
def test_foreign_stamp_with_a_local_time_remark_in_an_article(
    language: str, headline: str, byline: str, stamp: str, story: str, kind: str, when: str, stamp_text: str
) -> None:
    text = f"{headline}\n{byline}\n{stamp}\n\n{story}"
    for parser in (ArticleParser(), ArticleParser(language=language)):
        article = parser.parse(text)
        got = article.updated if kind == "updated" else article.published
        assert got is not None
        assert (got.datetime.isoformat(), got.text, text[got.span.start : got.span.end]) == (when, stamp_text, stamp_text)
        assert article.byline is not None and article.byline.text == byline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4 mars 2025 à 14h30 (heure de Paris)", len("4 mars 2025 à 14h30 ")),
        ("4 de marzo de 2025 (hora de la España peninsular)", len("4 de marzo de 2025 ")),
        ("14:30 Uhr (Ortszeit)", len("14:30 Uhr ")),
        ("4 mars 2025 (heure de la côte est des États-Unis)", len("4 mars 2025 (heure de la côte est des États-Unis)")),
        ("4 mars 2025 (1330 GMT)", len("4 mars 2025 (1330 GMT)")),
        ("(heure de Paris)", len("(heure de Paris)")),  # a remark alone is no stamp's end
        ("4 mars 2025", len("4 mars 2025")),
    ],
)
def test_local_time_remark(text: str, expected: int) -> None:
    assert TimestampParser().local_time_remark(text) == expected


# -- 2. a known place in title case before a dash ------------------------------------------------


@pytest.mark.parametrize(
    ("language", "opening", "story", "place"),
    [
        ("es", "Santiago de Chile - ", STORY_ES, "Santiago de Chile"),
        ("es", "Ciudad de México — ", STORY_ES, "Ciudad de México"),
        ("es", "Buenos Aires – ", STORY_ES, "Buenos Aires"),
        ("de", "Frankfurt am Main – ", STORY_DE, "Frankfurt am Main"),
        ("de", "Berlin – ", STORY_DE, "Berlin"),
        ("en", "Rio de Janeiro - ", STORY_EN, "Rio de Janeiro"),
        ("fr", "Paris — ", STORY_FR, "Paris"),
        # a colon right after a known place, as Indian dailies write it (stop 32: "Mumbai: ..."; was no dateline)
        ("en", "Berlin: ", STORY_EN, "Berlin"),
    ],
)
def test_a_known_place_in_title_case_before_a_dash_is_a_dateline(
    language: str, opening: str, story: str, place: str
) -> None:
    text = f"Un titular cualquiera para la prueba\n\n{opening}{story}"
    for parser in (ArticleParser(), ArticleParser(language=language)):
        article = parser.parse(text)
        assert article.dateline is not None
        dateline = article.dateline
        assert (dateline.place, dateline.agency, dateline.date, dateline.text) == (place, None, None, opening.rstrip())
        assert text[dateline.span.start : dateline.span.end] == opening.rstrip()
        assert article.paragraphs[0].text.startswith(story[:20])


@pytest.mark.parametrize(
    "opening",
    [
        "Banco de España - ",  # a phrase in title case the vocabulary knows as no place
        "Jane Roe - ",  # a name
        "Santa Teresa de Ávila – ",
        "Berlin – the city that never sleeps – ",  # a lower-case word after the dash: an aside
    ],
)
def test_a_phrase_in_title_case_before_a_dash_is_no_dateline(opening: str) -> None:
    text = f"A headline for the test\n\n{opening}{STORY_EN}"
    article = parse_article(text)
    assert article.dateline is None
    assert article.paragraphs[0].text.startswith(opening.rstrip())


# -- 3. an outlet after a bar in a By line: the agency only when known ------------------------


@pytest.mark.parametrize(
    ("line", "text", "agency", "published"),
    [
        ("By Jane Roe | Island Times", "By Jane Roe | Island Times", None, None),
        ("By Jane Roe | Reuters", "By Jane Roe | Reuters", "Reuters", None),
        # the pieces before a stamp read as they read alone on the line
        # a known agency in the pieces before a stamp is the byline's, as alone on the line
        ("By Jane Roe | Reuters | March 4, 2025", "By Jane Roe | Reuters", "Reuters", "2025-03-04T00:00:00"),
        ("By Jane Roe | AFP | 4 March 2025 14:05 CET", "By Jane Roe | AFP", "AFP", "2025-03-04T14:05:00+01:00"),
        (
            "By Jane Roe | Associated Press | Published March 4, 2025 10:00 AM",
            "By Jane Roe | Associated Press",
            "Associated Press",
            "2025-03-04T10:00:00",
        ),
        ("By Jane Roe - Associated Press - Friday, March 7, 2025", "By Jane Roe - Associated Press", "Associated Press",
         "2025-03-07T00:00:00"),
        ("By Jane Roe | Associated Press | Posted - Nov. 18, 2019 at 9:12 a.m.", "By Jane Roe | Associated Press",
         "Associated Press", "2019-11-18T09:12:00"),
        ("By Jane Roe, Reuters | Posted - Nov. 18, 2019 at 9:12 a.m.", "By Jane Roe, Reuters", "Reuters",
         "2019-11-18T09:12:00"),
        # near-misses: an outlet the vocabulary does not know or a section before the stamp stays
        # out of the byline; no piece between the names and the stamp; a credit for other work
        ("By Jane Roe | Island Times | March 4, 2025", "By Jane Roe", None, "2025-03-04T00:00:00"),
        ("By Jane Roe | Opinion | March 4, 2025", "By Jane Roe", None, "2025-03-04T00:00:00"),
        ("By Jane Roe - March 4, 2025", "By Jane Roe", None, "2025-03-04T00:00:00"),
        ("By Jane Roe | March 4, 2025", "By Jane Roe", None, "2025-03-04T00:00:00"),
        ("By Jane Roe | Photos: Tom Berg | March 4, 2025", "By Jane Roe", None, "2025-03-04T00:00:00"),
    ],
)
def test_an_outlet_after_a_bar_is_the_agency_only_when_known(
    line: str, text: str, agency: str | None, published: str | None
) -> None:
    article = parse_article(f"Bridge to close for a month of repairs\n{line}\n\n{STORY_EN}")
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (("Jane Roe",), agency, text)
    assert (article.published.datetime.isoformat() if article.published else None) == published


def test_an_outlet_the_vocabulary_is_told_of_is_the_agency() -> None:
    from newsparse import Vocabulary

    class IslandVocabulary(Vocabulary):
        AGENCIES = (*Vocabulary.AGENCIES, "Island Times")

    parser = ArticleParser(vocabulary=IslandVocabulary())
    for line in ("By Jane Roe | Island Times", "By Jane Roe | Island Times | March 4, 2025", "By Jane Roe, Island Times"):
        article = parser.parse(f"Bridge to close for a month of repairs\n{line}\n\n{STORY_EN}")
        assert article.byline is not None and (article.byline.authors, article.byline.agency) == (("Jane Roe",), "Island Times")


# -- 2b. a place with a particle before a dash and a stamp, on the stamp's line --------------------


@pytest.mark.parametrize(
    ("text", "when", "stamp_text"),
    [
        ("Santiago de Chile - 11 feb 2025 - 13:20 CET", "2025-02-11T13:20:00+01:00", "11 feb 2025 - 13:20 CET"),
        ("Frankfurt am Main – 4. März 2025, 14:30 Uhr", "2025-03-04T14:30:00", "4. März 2025, 14:30 Uhr"),
        ("Rio de Janeiro - 4 March 2025, 14:05", "2025-03-04T14:05:00", "4 March 2025, 14:05"),
        ("Buenos Aires - 11 feb 2025 - 13:20 CET", "2025-02-11T13:20:00+01:00", "11 feb 2025 - 13:20 CET"),
    ],
)
def test_a_place_with_a_particle_before_a_stamp(text: str, when: str, stamp_text: str) -> None:
    found = TimestampParser().parse((Line(text, Span(0, len(text)), 0, False),), 0)
    assert [(stamp.datetime.isoformat(), stamp.text, text[stamp.span.start : stamp.span.end]) for stamp in found] == [
        (when, stamp_text, stamp_text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Santiago de chile - 11 feb 2025 - 13:20 CET",  # the word after the particle in lower case
        "Frankfurt am Main – 4. März 2025",  # no clock: a place and a date may be a headline's
        "Rio de Janeiro de la Plata del Sur de Norte - 4 March 2025, 14:05",  # more than four words
    ],
)
def test_no_place_before_a_stamp(text: str) -> None:
    assert TimestampParser().after_place_dash(Line(text, Span(0, len(text)), 0, False), None) is None


def test_a_place_with_a_particle_before_a_stamp_in_an_article() -> None:
    text = f"Alte Brücke wird einen Monat gesperrt\nVon Johanna Roth\nFrankfurt am Main – 4. März 2025, 14:30 Uhr\n\n{STORY_DE}"
    # (the German pack knows the town: the place before the stamp's dash is the dateline, dated by the
    # stamp, mendL65; the English vocabulary does not, and keeps it as boilerplate, no text lost)
    for parser, known in ((ArticleParser(), False), (ArticleParser(language="de"), True)):
        article = parser.parse(text)
        assert article.byline is not None and article.byline.authors == ("Johanna Roth",)
        assert article.published is not None
        assert (article.published.datetime.isoformat(), article.published.text) == ("2025-03-04T14:30:00", "4. März 2025, 14:30 Uhr")
        if known:
            assert article.boilerplate == ()
            assert article.dateline is not None
            assert (article.dateline.place, article.dateline.date) == ("Frankfurt am Main", dt.date(2025, 3, 4))
        else:
            assert [(part.kind, part.text) for part in article.boilerplate] == [("other", "Frankfurt am Main")]
            assert article.dateline is None


def test_place_particles_are_written_once() -> None:
    from newsparse.dateline import DatelineParser

    assert DatelineParser.PLACE_PARTICLES is TimestampParser.PLACE_PARTICLES


# -- 4. a title-case headline wrapped over two or three lines under a section pair ---------------


@pytest.mark.parametrize(
    ("header", "headline", "byline"),
    [
        (
            "World | Europe\nMinisters Meet in Brussels as\nTalks on Budget Stall\nBy Jane Roe",
            "Ministers Meet in Brussels as Talks on Budget Stall",
            "By Jane Roe",
        ),
        (
            "World | Europe\nMinisters Meet in Brussels as\nTalks on Budget Stall for\nSecond Night\n\nBy Jane Roe",
            "Ministers Meet in Brussels as Talks on Budget Stall for Second Night",
            "By Jane Roe",
        ),
        (
            "Sport\nCity Fans Flock to the\nHarbour as Rowers Race for\nthe Old Silver Cup\nBy Jane Roe",
            "City Fans Flock to the Harbour as Rowers Race for the Old Silver Cup",
            "By Jane Roe",
        ),
        # near-misses: what ends the headline stays out of it
        (
            "World | Europe\nMinisters Meet in Brussels as\nTalks on Budget Stall\nBy Jane Roe\nPublished March 4, 2025",
            "Ministers Meet in Brussels as Talks on Budget Stall",
            "By Jane Roe",
        ),
        (
            "World | Europe\nMinisters Meet in Brussels as\nTalks on Budget Stall for\nBy Jane Roe",
            "Ministers Meet in Brussels as Talks on Budget Stall for",
            "By Jane Roe",
        ),
    ],
)
def test_a_headline_wrapped_over_lines(header: str, headline: str, byline: str) -> None:
    article = parse_article(f"{header}\n\n{STORY_EN}")
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is not None and article.byline.text == byline
    assert article.paragraphs[0].text.startswith("The council voted")


def test_a_headline_wraps_over_three_lines_at_most() -> None:
    header = "Ministers Meet in Brussels as\nTalks on Budget Stall for\nSecond Night in a\nRow\nBy Jane Roe"
    article = parse_article(f"{header}\n\n{STORY_EN}")
    assert article.headline is not None
    assert article.headline.text == "Ministers Meet in Brussels as Talks on Budget Stall for Second Night in a"
    assert article.byline is not None and article.byline.text == "By Jane Roe"


# -- 3b. what stands between a By line's names and its stamp is filed, never lost ---------------


@pytest.mark.parametrize(
    ("line", "byline", "boilerplate"),
    [
        ("By Jane Roe | Island Times | March 4, 2025", "By Jane Roe", [("other", "Island Times")]),
        ("By Jane Roe · Island Times · Published March 4, 2025", "By Jane Roe", [("other", "Island Times")]),
        ("By Jane Roe | Weather | Updated: March 4, 2025", "By Jane Roe", [("other", "Weather")]),
        ("By Jane Roe | Photos: Tom Berg | March 4, 2025", "By Jane Roe", [("credit", "Photos: Tom Berg")]),
        # near-misses: the piece is the byline's, or only a mark or a label stands between
        ("By Jane Roe | Reuters | March 4, 2025", "By Jane Roe | Reuters", []),
        ("By Jane Roe | Senior Correspondent | March 4, 2025", "By Jane Roe | Senior Correspondent", []),
        ("By Jane Roe - March 4, 2025", "By Jane Roe", []),
        ("By Jane Roe Updated March 4, 2025", "By Jane Roe", []),
        ("By Jane Roe - Associated Press - March 4, 2025", "By Jane Roe - Associated Press", []),
        # a handle glued to the name, a role after a dash: filed, never lost
        ("By Jane Roe@janeroe Mar 4, 2025, 4:08pm EST", "By Jane Roe", [("other", "@janeroe")]),
        ("By Jane Roe - Staff Contributor - 2025-03-04T12:48:14Z", "By Jane Roe", [("other", "Staff Contributor")]),
    ],
)
def test_the_pieces_between_a_byline_and_its_stamp_are_filed(
    line: str, byline: str, boilerplate: list[tuple[str, str]]
) -> None:
    text = f"Bridge to close for a month of repairs\n{line}\n\n{STORY_EN}"
    article = parse_article(text)
    assert article.byline is not None and article.byline.text == byline
    assert (article.published or article.updated) is not None
    assert [(part.kind, part.text) for part in article.boilerplate] == boilerplate
    assert all(text[part.span.start : part.span.end] == part.text for part in article.boilerplate)
    assert article.span_mismatches() == []


# -- 1c. a clock with a dot before a clock word is a clock alone ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("16.05 horas", True),
        ("Actualizado a las 16.05 horas", True),
        ("14.30 Uhr", True),
        ("Updated 14.30 h", True),
        ("14.30", False),  # a dotted number alone may be a price or a score
        ("8.50 euros", False),
        ("24.30 horas", False),  # no hour 24
    ],
)
def test_a_dotted_clock_before_a_clock_word(text: str, expected: bool) -> None:
    assert TimestampParser().is_clock_line(text) is expected


def test_an_update_later_on_the_day_written_with_a_dotted_clock() -> None:
    line = "Publicado el 4 de marzo de 2025 a las 14.30 horas (hora peninsular) | Actualizado a las 16.05 horas"
    text = f"El viejo puente cerrará un mes\nPor Juana Ruiz\n{line}\n\n{STORY_ES}"
    for parser in (ArticleParser(), ArticleParser(language="es")):
        article = parser.parse(text)
        assert article.published is not None and article.updated is not None
        assert (article.published.datetime.isoformat(), article.updated.datetime.isoformat()) == (
            "2025-03-04T14:30:00",
            "2025-03-04T16:05:00",
        )
        assert (article.published.text, article.updated.text) == ("4 de marzo de 2025 a las 14.30 horas", "16.05 horas")
