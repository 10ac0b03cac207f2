"""A numeric stamp that reads both ways under a dateline that spells out its date, with a language
that writes the day first (fixR60): the dateline's date decides the order over the language's, a
stamp neither reading of which agrees gives no date, and a dateline takes no year from a stamp that
may be read the wrong way round.  Invented stories in real wire layouts; each row is the text and
exactly what must come out."""

from __future__ import annotations

import pytest

from articles import parse_held, stamp_isoformats
from newsparse import ArticleParser, MonthDay, TimestampParser

PAGE = "{headline}\n\n{label} {stamp}\n\n{dateline}{lede}\n"
EN_STORY = ("Ferry crews stop work over rosters", "Ferry crews walked off the job on Thursday over changes to their rosters.")
FR_STORY = ("Les contrôleurs aériens en grève", "Les contrôleurs aériens ont cessé le travail jeudi à l'aube.")
DE_STORY = ("Hafenarbeiter legen Arbeit nieder", "Die Hafenarbeiter haben am Donnerstag die Arbeit niedergelegt.")
ES_STORY = ("Paro de los controladores aéreos", "Los controladores aéreos dejaron de trabajar el jueves al amanecer.")
STORIES = {"en-AU": EN_STORY, "en-GB": EN_STORY, "en-IN": EN_STORY, "fr": FR_STORY, "de": DE_STORY, "es": ES_STORY}
LABELS = {"fr": "Publié le", "de": "Veröffentlicht am", "es": "Publicado el"}


def page(language: str, stamp: str, dateline: str) -> str:
    """A wire story of *language* with its ``published`` *stamp* over the lede opening with *dateline*."""
    headline, lede = STORIES[language]
    return PAGE.format(headline=headline, label=LABELS.get(language, "Published:"), stamp=stamp, dateline=dateline, lede=lede)


# -- (1) the dateline's date decides the order over a day-first language's ----------------------

@pytest.mark.parametrize(
    ("language", "stamp", "dateline", "published", "dated"),
    [
        # the language reads 4 March; the dateline says 3 April: 3 April, and the dateline's year from it
        ("en-AU", "04/03/2026", "BRISBANE, April 3 (AAP) - ", "2026-04-03T00:00:00", "2026-04-03"),
        # read 2 November the dateline would be a year early (2025): 2 November 2026 for both
        ("en-AU", "11/02/2026", "BRISBANE, Nov 2 (AAP) - ", "2026-11-02T00:00:00", "2026-11-02"),
        ("en-GB", "09/10/2026 14:20", "LONDON, Sept 10 (Reuters) - ", "2026-09-10T14:20:00", "2026-09-10"),
        ("en-IN", "08/04/2026", "MUMBAI, Aug 4 (Reuters) - ", "2026-08-04T00:00:00", "2026-08-04"),
        # a day from the dateline's date still agrees (a wire stamped in another zone's day)
        ("en-AU", "10/03/2026", "BRISBANE, Oct 2 (AAP) - ", "2026-10-03T00:00:00", "2026-10-02"),
        ("fr", "09/04/2026", "LYON, 4 septembre (AFP) - ", "2026-09-04T00:00:00", "2026-09-04"),
        ("de", "10/03/2026", "HAMBURG, 3. Oktober (dpa) - ", "2026-10-03T00:00:00", "2026-10-03"),
        ("es", "08/05/2026", "SEVILLA, 5 de agosto (EFE) - ", "2026-08-05T00:00:00", "2026-08-05"),
        # (must not change: the language's order agrees with the dateline)
        ("en-AU", "03/04/2026", "BRISBANE, April 3 (AAP) - ", "2026-04-03T00:00:00", "2026-04-03"),
        ("fr", "04/09/2026", "LYON, 4 septembre (AFP) - ", "2026-09-04T00:00:00", "2026-09-04"),
        # (must not change: a stamp that reads one way only keeps its date and gives its year, the
        # dateline's date on or before it)
        ("en-AU", "13/04/2026", "BRISBANE, June 2 (AAP) - ", "2026-04-13T00:00:00", "2025-06-02"),
        # (must not change: a weekday shows the stamp's own order, 4 December, a Friday)
        ("en-AU", "Friday 04/12/2026", "BRISBANE, April 12 (AAP) - ", "2026-12-04T00:00:00", "2026-04-12"),
        # (must not change: no dateline, the language's order)
        ("en-AU", "04/03/2026", "", "2026-03-04T00:00:00", None),
    ],
)
def test_dateline_decides_over_language(
    language: str, stamp: str, dateline: str, published: str, dated: str | None
) -> None:
    text = page(language, stamp, dateline)
    article = parse_held(text, language)
    assert stamp_isoformats(text, language) == (published, None)
    if dated is None:
        assert article.dateline is None
    else:
        assert article.dateline is not None
        assert str(article.dateline.date) == dated


# -- (2) a stamp neither reading of which agrees: no date, and no year for the dateline ----------

@pytest.mark.parametrize(
    ("language", "stamp", "dateline", "month_day"),
    [
        # neither 4 March nor 3 April is near 20 June
        ("en-AU", "04/03/2026", "BRISBANE, June 20 (AAP) - ", (6, 20)),
        ("en-GB", "05/06/2026 08:00", "LONDON, Jan 9 (Reuters) - ", (1, 9)),
        ("fr", "07/01/2026", "LYON, 20 mars (AFP) - ", (3, 20)),
        ("de", "02/11/2026", "HAMBURG, 30. Juli (dpa) - ", (7, 30)),
    ],
)
def test_stamp_astray_with_day_first_language(
    language: str, stamp: str, dateline: str, month_day: tuple[int, int]
) -> None:
    text = page(language, stamp, dateline)
    article = parse_held(text, language)
    assert (article.published, article.updated) == (None, None)
    assert [(item.kind, item.text) for item in article.boilerplate] == [("timestamp", f"{LABELS.get(language, 'Published:')} {stamp}")]
    assert article.dateline is not None
    assert article.dateline.date == MonthDay(*month_day)


# -- (3) a dayfirst given to the parser holds; the dateline then takes no year from the stamp -------

@pytest.mark.parametrize(
    ("stamp", "dateline", "published", "dated"),
    [
        # given day first, 11 February stays; read so, the stamp would date "Nov 2" 2025: no year
        ("11/02/2026", "BOSTON, Nov 2 (AP) - ", "2026-02-11T00:00:00", MonthDay(11, 2)),
        # (must not change: the given order agrees with the dateline, which takes the stamp's year)
        ("02/11/2026", "BOSTON, Nov 2 (AP) - ", "2026-11-02T00:00:00", "2026-11-02"),
        # (must not change: a stamp that reads one way only gives its year, near or not)
        ("14/02/2026", "BOSTON, Nov 2 (AP) - ", "2026-02-14T00:00:00", "2025-11-02"),
    ],
)
def test_given_order_holds(stamp: str, dateline: str, published: str, dated: object) -> None:
    parser = ArticleParser(timestamps=TimestampParser(dayfirst=True))
    article = parser.parse(page("en-AU", stamp, dateline))
    assert article.published is not None
    assert article.published.datetime.isoformat() == published
    assert article.dateline is not None
    assert (article.dateline.date if isinstance(dated, MonthDay) else str(article.dateline.date)) == dated


# -- (4) a date the dateline's reading gives outside its summer zone's season keeps no zone ------

@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        # read as the dateline's 7 May, AEDT (the southern summer's) is out of season: naive
        ("05/07/2026 09:15 AEDT", "2026-05-07T09:15:00"),
        # (must not change: AEST, the standard clock, holds all year)
        ("05/07/2026 09:15 AEST", "2026-05-07T09:15:00+10:00"),
    ],
)
def test_swapped_date_out_of_zone_season(stamp: str, published: str) -> None:
    text = page("en-AU", stamp, "BRISBANE, May 7 (AAP) - ")
    assert stamp_isoformats(text, "en-AU") == (published, None)
