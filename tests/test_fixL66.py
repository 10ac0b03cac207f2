"""fixL66: layout values a user found wrong (captions' bare credits, dotted bylines, numeric dates
by the page's language and region, news services in bylines, AST and ADT by region)."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse.body import BodyParser
from newsparse.vocabulary import Vocabulary

# --- 1. a caption's bare credit closes it: the next line is the story's -------------------------

CAPTION_PAGES = [
    (
        "Blast hits fuel depot in port city\nBy Jo Reed\nPublished: Nov 25, 2024\n\n"
        "Officials inspect the site on Monday. Reuters\n"
        "Officials said the blast was caused by a gas leak at the depot.\n\n"
        "No one was hurt, police said.\n",
        "Officials inspect the site on Monday.",
        "Officials said the blast was caused by a gas leak at the depot.",
    ),
    (
        "Wildfire forces thousands to flee\nAna Ruiz\n12 August 2024\n\n"
        "Firefighters battle flames near Athens on Sunday. AFP\n"
        "Thousands of residents were ordered to leave their homes overnight.\n\n"
        "The fire service said 400 firefighters were deployed.\n",
        "Firefighters battle flames near Athens on Sunday.",
        "Thousands of residents were ordered to leave their homes overnight.",
    ),
    (
        "Ceasefire talks resume in Cairo\nBy Tom Hale\nMarch 4, 2025\n\n"
        "Delegates arrive at the venue in Cairo on Tuesday. Getty Images\n"
        "Negotiators from both sides met for a third day, mediators said.\n\n"
        "A statement is expected on Thursday.\n",
        "Delegates arrive at the venue in Cairo on Tuesday.",
        "Negotiators from both sides met for a third day, mediators said.",
    ),
]


@pytest.mark.parametrize(("text", "caption", "first"), CAPTION_PAGES)
def test_bare_credit_closes_the_caption(text: str, caption: str, first: str) -> None:
    article = newsparse.parse_article(text)
    assert [c.text for c in article.captions] == [caption]
    assert article.paragraphs[0].text == first


@pytest.mark.parametrize(
    ("above", "below", "joined"),
    [
        ("Officials inspect the site on Monday. Reuters", "Officials said the blast was huge.", False),
        ("Crowds gather in the square. AP", "Police said 40 people were held.", False),
        # a sentence that goes on in lower case carries on; a line that only ends in a name does too
        ("The minister spoke on Monday. Reuters", "reported that talks had stalled.", True),
        ("Officials inspect the site near the home of", "Reuters correspondent Tom Hale.", True),
    ],
)
def test_bare_credit_line_carries_on_no_sentence(above: str, below: str, joined: bool) -> None:
    from newsparse.lines import Line
    from newsparse.spans import Span

    first = Line(above, Span(0, len(above)), 0, False)
    second = Line(below, Span(len(above) + 1, len(above) + 1 + len(below)), 0, False)
    assert BodyParser().continues(first, second) is joined


def test_credit_inside_a_story_line_is_no_break() -> None:
    text = (
        "Markets fall on rate fears\nBy Jo Reed\nMarch 4, 2025\n\n"
        "Shares fell for a third day on Tuesday as investors weighed comments\n"
        "from central bankers, traders told Reuters in interviews.\n\n"
        "The index closed 2% lower.\n"
    )
    article = newsparse.parse_article(text)
    assert article.captions == ()
    assert article.paragraphs[0].text == (
        "Shares fell for a third day on Tuesday as investors weighed comments "
        "from central bankers, traders told Reuters in interviews."
    )


# --- 2. "Name · Outlet ·" under the headline is the byline ------------------------------------------

DOTTED = [
    ("Jo Reed · News24 ·", "Jo Reed", "News24"),
    ("Maria López · El País ·", "Maria López", None),
    ("Anna Berg • The Independent •", "Anna Berg", None),
    ("Sipho Dlamini · Reuters ·", "Sipho Dlamini", "Reuters"),
]


@pytest.mark.parametrize(("line", "author", "agency"), DOTTED)
def test_dotted_byline_under_headline(line: str, author: str, agency: str | None) -> None:
    text = (
        "Flood waters rise in KwaZulu-Natal as rivers burst their banks\n"
        f"{line}\n\n"
        "Heavy rain pushed rivers over their banks on Monday, officials said.\n\n"
        "No one was hurt, the provincial disaster management centre said.\n"
    )
    article = newsparse.parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Flood waters rise in KwaZulu-Natal as rivers burst their banks"
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == ((author,), agency, line)
    assert article.boilerplate == ()


@pytest.mark.parametrize(
    "line",
    [
        "News · Politics ·",  # sections, no person
        "Home · World ·",
        "Jo Reed · News24",  # no closing mark and no stamp: not read here
    ],
)
def test_dotted_line_that_is_no_byline(line: str) -> None:
    text = (
        "Flood waters rise in KwaZulu-Natal\n"
        f"{line}\n\n"
        "Heavy rain pushed rivers over their banks on Monday, officials said.\n\n"
        "No one was hurt.\n"
    )
    article = newsparse.parse_article(text)
    assert article.byline is None
    assert article.headline is not None and article.headline.text == "Flood waters rise in KwaZulu-Natal"


# --- 3. numeric dates by the page's language and region ---------------------------------------------

FRENCH = (
    "Grève des cheminots : le trafic reprend\nPar Jo Reed\nUpdated 10/12/2024\n\n"
    "Les cheminots ont repris le travail mardi matin, selon les syndicats. Le trafic est encore perturbé dans "
    "plusieurs régions, avec des retards sur les grandes lignes.\n\n"
    "La direction a annoncé une réunion avec les représentants du personnel pour la semaine prochaine.\n"
)
GERMAN = (
    "Bahnstreik beendet\nVon Jo Reed\nUpdated 10/12/2024\n\n"
    "Die Lokführer haben am Dienstag die Arbeit wieder aufgenommen, teilte die Gewerkschaft mit. Der Verkehr ist "
    "noch nicht überall normal, sagte eine Sprecherin der Bahn.\n\n"
    "Es wurde eine Einigung mit dem Vorstand erzielt, die sich auf die Löhne bezieht.\n"
)
SPANISH = (
    "Termina la huelga de trenes\nPor Jo Reed\nUpdated 10/12/2024\n\n"
    "Los maquinistas volvieron al trabajo el martes, según el sindicato. El servicio fue restablecido en "
    "las principales líneas del país.\n\n"
    "La empresa dijo que los retrasos continuarán por la tarde con una frecuencia menor.\n"
)
BRITISH_HEADER = (
    "UK News / London\nRail strike ends after talks\nBy Jo Reed\nUpdated 10/12/2024\n\n"
    "Train drivers returned to work on Tuesday after the union accepted a new offer.\n\n"
    "Talks had lasted a week, a spokesman said.\n"
)
INDIAN_HEADER = (
    "India News\nRail strike ends after talks in Delhi\nBy Jo Reed\nUpdated 10/12/2024\n\n"
    "Train drivers returned to work on Tuesday after the union accepted a new offer.\n\n"
    "Talks had lasted a week, a spokesman said.\n"
)
AUSTRALIAN_HEADER = (
    "Rail strike ends in Sydney after talks\nBy Jo Reed\nUpdated 10/12/2024\n\n"
    "Train drivers returned to work on Tuesday after the union accepted a new offer.\n\n"
    "Talks had lasted a week, a spokesman said.\n"
)


@pytest.mark.parametrize("text", [FRENCH, GERMAN, SPANISH, BRITISH_HEADER, INDIAN_HEADER, AUSTRALIAN_HEADER])
def test_numeric_update_follows_the_page(text: str) -> None:
    article = newsparse.parse_article(text)
    assert article.updated is not None
    assert article.updated.datetime == dt.datetime(2024, 12, 10)


@pytest.mark.parametrize(
    "text",
    [
        # no clue at all: the reading as it was
        "Rail strike ends after talks\nBy Jo Reed\nUpdated 10/12/2024\n\n"
        "Train drivers returned to work on Tuesday after the union accepted a new offer.\n\n"
        "Talks had lasted a week, a spokesman said.\n",
        # an American page's header; the story about London (its dateline names the story's place)
        "U.S. News\nRail strike ends after talks in Chicago\nBy Jo Reed\nUpdated 10/12/2024\n\n"
        "LONDON - Train drivers returned to work on Tuesday after the union accepted a new offer.\n\n"
        "Talks had lasted a week, a spokesman said.\n",
        # the header names a day-first region and a month-first one: no sign
        "World / India / U.S.\nRail strike ends after talks\nBy Jo Reed\nUpdated 10/12/2024\n\n"
        "Train drivers returned to work on Tuesday after the union accepted a new offer.\n",
        # an English story that quotes a few French words
        "Paris cafe wins award\nBy Jo Reed\nUpdated 10/12/2024\n\n"
        "The owner said the menu, written as la carte des vins, had not changed in years.\n\n"
        "Visitors queued for an hour, she said.\n",
    ],
)
def test_numeric_update_kept_month_first_without_sign(text: str) -> None:
    article = newsparse.parse_article(text)
    assert article.updated is not None
    assert article.updated.datetime == dt.datetime(2024, 10, 12)


def test_published_stamp_shows_the_order_for_the_update() -> None:
    text = (
        "Rail strike ends after talks\nBy Jo Reed\nPublished 25/11/2024\nUpdated 10/12/2024\n\n"
        "Train drivers returned to work on Tuesday after the union accepted a new offer.\n"
    )
    article = newsparse.parse_article(text)
    assert article.published is not None and article.published.datetime == dt.datetime(2024, 11, 25)
    assert article.updated is not None and article.updated.datetime == dt.datetime(2024, 12, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les prix ont augmenté dans les magasins, avec des hausses pour une partie des produits.", True),
        ("Die Preise sind gestiegen, und der Handel ist nicht zufrieden mit dem Ergebnis.", True),
        ("Prices rose in the shops, with increases for some of the products.", False),
        ("The band Los Lobos played Des Moines and Die Hard was shown.", False),
    ],
)
def test_writes_day_first_language(text: str, expected: bool) -> None:
    assert Vocabulary().writes_day_first_language(text) is expected


# --- 4. a news service is the byline's agency, no person --------------------------------------------

SERVICE_ROWS = [
    ("By Jo Reed, Express News Service", ("Jo Reed",), "Express News Service"),
    ("By Jo Reed & Express News Service", ("Jo Reed",), "Express News Service"),
    ("By Ana Ortiz and Tribune News Service", ("Ana Ortiz",), "Tribune News Service"),
    # a service alone signs as its one author, no agency (docs/model.md, layD32)
    ("By Express News Service", ("Express News Service",), None),
    ("Express News Service, Chennai", ("Express News Service",), None),
    # agencies, as before
    ("By Jo Reed, The Canadian Press", ("Jo Reed",), "The Canadian Press"),
    ("By Jo Reed, Press Trust of India", ("Jo Reed",), "Press Trust of India"),
    ("By Jo Reed with The Associated Press", ("Jo Reed",), "The Associated Press"),
    # two people: no service, no agency
    ("By Jo Reed and Ana Ortiz", ("Jo Reed", "Ana Ortiz"), None),
]


@pytest.mark.parametrize(("line", "authors", "agency"), SERVICE_ROWS)
def test_news_service_in_byline(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    text = (
        f"Rail strike ends after talks\n{line}\nUpdated: Nov 25, 2024\n\n"
        "Workers returned to work on Monday, the union said.\n\nTalks had lasted a week.\n"
    )
    article = newsparse.parse_article(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (authors, agency)


# --- 5. AST and ADT by the page's region --------------------------------------------------------------

ZONE_PAGES = [
    (
        "Ferry service resumes\nBy Jo Reed, SaltWire Network\nPublished: Nov 25, 2024 3:00 PM AST\n\n"
        "HALIFAX - Ferry service to Nova Scotia resumed on Monday, the operator said.\n",
        -4,
    ),
    (
        "Bridge reopens in Moncton\nPublished: Jan 8, 2025 9:15 AM AST\n\n"
        "The bridge reopened on Wednesday after repairs, the city said.\n",
        -4,
    ),
    (
        "Ferry service resumes\nPublished: Jul 25, 2024 3:00 PM ADT\n\n"
        "CHARLOTTETOWN - Ferry service between P.E.I. and the mainland resumed on Thursday.\n",
        -3,
    ),
    (
        "Saudi Arabia / Riyadh\nMetro line opens\nPublished: Nov 25, 2024 3:00 PM AST\n\n"
        "The first line of the metro opened on Monday, officials said.\n",
        3,
    ),
    (
        "Qatar\nNew port terminal opens\nUpdated: Mar 2, 2025 11:40 AM AST\n\n"
        "DOHA: The terminal opened on Sunday, officials said.\n",
        3,
    ),
]


@pytest.mark.parametrize(("text", "hours"), ZONE_PAGES)
def test_atlantic_and_arabia_time_by_region(text: str, hours: int) -> None:
    article = newsparse.parse_article(text)
    stamp = article.published or article.updated
    assert stamp is not None
    assert stamp.datetime.utcoffset() == dt.timedelta(hours=hours)


@pytest.mark.parametrize(
    "text",
    [
        # no region named: no offset
        "Metro line opens\nPublished: Nov 25, 2024 3:00 PM AST\n\n"
        "The first line of the metro opened on Monday, officials said.\n",
        # both regions named: no offset
        "Metro line opens\nPublished: Nov 25, 2024 3:00 PM AST\n\n"
        "DOHA: Officials from Qatar met counterparts from Nova Scotia, officials said.\n",
        # ADT out of Atlantic Canada's summer: no offset
        "Ferry service resumes\nPublished: Nov 25, 2024 3:00 PM ADT\n\n"
        "Ferry service to Nova Scotia resumed on Monday, the operator said.\n",
    ],
)
def test_ast_without_clue_keeps_no_offset(text: str) -> None:
    article = newsparse.parse_article(text)
    assert article.published is not None
    assert article.published.has_time
    assert article.published.datetime.tzinfo is None
    assert article.published.datetime.hour == 15
