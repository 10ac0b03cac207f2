"""Round 63's layout fixes (fixL63): a ``Source:`` line under the headline or ending the page that names an agency or a
person with a role (the byline), an owner's credit in lower case (``Courtesy of city hall``), a zone
spelled out in brackets (``10:14 (UAE time)``), a heading over links that names the outlet (``Lire
aussi sur Le Monde :``) and a call for the reader's news tips, with the nearest shapes that must
keep their reading.  Invented stories in real page layouts; each row is the text and exactly what
must come out."""

from __future__ import annotations

import pytest

from articles import parse_held, parts_of, stamp_isoformats
from parts import blocks

KICKER = "BUSINESS"
HEADLINE = "Port strike enters third week"
STORY = [
    "Dock workers at the country's largest port extended their strike on Monday, leaving hundreds of containers stranded.",
    "Talks between the union and employers are set to resume on Thursday, officials said.",
]
CHART = "Chart: Container traffic at the port, 2020-2025"


# -- (1) a source's line under the headline: the agency, or the person with a role ----------

@pytest.mark.parametrize(
    ("lines", "authors", "agency", "text", "filed"),
    [
        (["Source: Ana Ruiz, Senior Analyst"], ("Ana Ruiz",), None, "Source: Ana Ruiz, Senior Analyst", []),
        (["Source: Reuters"], ("Reuters",), "Reuters", "Source: Reuters", []),
        (["Source: AFP"], ("AFP",), "AFP", "Source: AFP", []),
        # with the stamp under it
        (["Source: Reuters", "Published: 3 March 2026, 10:14 GMT"], ("Reuters",), "Reuters", "Source: Reuters", []),
        # (must not change: no role, no agency: a credit's source)
        (["Source: Ana Ruiz"], None, None, None, [("credit", "Source: Ana Ruiz")]),
        (["Source: World Bank data"], None, None, None, [("credit", "Source: World Bank data")]),
        # (a byline under it or over it signs the story: the source is a credit)
        (["Source: Reuters", "By Jane Roe"], ("Jane Roe",), None, "By Jane Roe", [("credit", "Source: Reuters")]),
        (
            ["By Jane Roe", "Source: Ana Ruiz, Senior Analyst"], ("Jane Roe",), None, "By Jane Roe",
            [("credit", "Source: Ana Ruiz, Senior Analyst")],
        ),
    ],
)
def test_source_under_headline(
    lines: list[str], authors: tuple[str, ...] | None, agency: str | None, text: str | None, filed: list[tuple[str, str]]
) -> None:
    article = parse_held(blocks(KICKER, HEADLINE, *lines, *STORY))
    if authors is None:
        assert article.byline is None
    else:
        assert article.byline is not None
        assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, text)
    captions, boilerplate, texts = parts_of(article)
    assert (captions, boilerplate, texts) == ([], filed, STORY)


@pytest.mark.parametrize(
    ("top", "bottom", "captions", "filed"),
    [
        # a source under a chart's caption is the chart's credit, in the header or the body
        ([CHART, "Source: Reuters"], [], [(CHART, "Reuters")], [("credit", "Source: Reuters")]),
        ([CHART, "Source: World Bank data"], [], [(CHART, "World Bank data")], [("credit", "Source: World Bank data")]),
        ([], [CHART, "Source: World Bank data"], [(CHART, "World Bank data")], [("credit", "Source: World Bank data")]),
        ([], [CHART, "Source: Ana Ruiz, Senior Analyst"], [(CHART, "Ana Ruiz, Senior Analyst")],
         [("credit", "Source: Ana Ruiz, Senior Analyst")]),
        # (between the story's paragraphs, a source stays a credit)
        ([], ["Source: Reuters"], [], [("credit", "Source: Reuters")]),
    ],
)
def test_source_as_credit(
    top: list[str], bottom: list[str], captions: list[tuple[str, str]], filed: list[tuple[str, str]]
) -> None:
    article = parse_held(blocks(KICKER, HEADLINE, *top, STORY[0], *bottom, STORY[1]))
    assert article.byline is None
    assert parts_of(article) == (captions, filed, STORY)


@pytest.mark.parametrize(
    ("foot", "authors", "agency", "captions", "filed"),
    [
        # a source's line that ends the page, after the story's last sentence: the byline
        (["Source: Reuters"], ("Reuters",), "Reuters", [], []),
        (["Source: Ana Ruiz, Senior Analyst"], ("Ana Ruiz",), None, [], []),
        # (must not change: no role nor agency; under a chart's caption, captioned or not)
        (["Source: World Bank data"], None, None, [], [("credit", "Source: World Bank data")]),
        (["Source: Ana Ruiz"], None, None, [], [("credit", "Source: Ana Ruiz")]),
        ([CHART, "Source: Reuters"], None, None, [(CHART, "Reuters")], [("credit", "Source: Reuters")]),
        (
            ["Container traffic at the port, 2020-2025", "Source: Ana Ruiz, Senior Analyst"], None, None,
            [("Container traffic at the port, 2020-2025", "Ana Ruiz, Senior Analyst")],
            [("credit", "Source: Ana Ruiz, Senior Analyst")],
        ),
    ],
)
def test_source_at_foot(
    foot: list[str], authors: tuple[str, ...] | None, agency: str | None, captions: list[tuple[str, str]],
    filed: list[tuple[str, str]],
) -> None:
    article = parse_held(blocks(KICKER, HEADLINE, *STORY, *foot))
    if authors is None:
        assert article.byline is None
    else:
        assert article.byline is not None
        assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, foot[-1])
    assert parts_of(article) == (captions, filed, STORY)


def test_source_at_foot_under_byline() -> None:
    article = parse_held(blocks(KICKER, HEADLINE, "By Jane Roe", *STORY, "Source: Reuters"))
    assert article.byline is not None and article.byline.text == "By Jane Roe"
    assert parts_of(article) == ([], [("credit", "Source: Reuters")], STORY)


# -- (2) an owner's credit in lower case: the caption's credit -------------------------------

@pytest.mark.parametrize(
    ("line", "captions", "paragraph"),
    [
        ("The harbour at dawn on Monday. (Courtesy of city hall)", [("The harbour at dawn on Monday.", "city hall")], None),
        ("The harbour at dawn on Monday. (Photo courtesy of city hall)", [("The harbour at dawn on Monday.", "city hall")], None),
        ("The harbour at dawn on Monday. Courtesy of city hall", [("The harbour at dawn on Monday.", "city hall")], None),
        (
            "Ana Ruiz with her son in 2019. (Courtesy of the town's fire department)",
            [("Ana Ruiz with her son in 2019.", "the town's fire department")], None,
        ),
        # (must not change: one lower-case word, a name; a credit alone)
        ("Ana Ruiz with her son in 2019. (Courtesy of the family)", [("Ana Ruiz with her son in 2019.", "the family")], None),
        ("Ana Ruiz in 2019. Photo courtesy of the Ruiz family", [("Ana Ruiz in 2019.", "the Ruiz family")], None),
        ("(Courtesy of the family)", [("(Courtesy of the family)", "the family")], None),
        # (a sentence that says whose gift it was is the story's)
        ("The fireworks display was courtesy of city hall.", [], "The fireworks display was courtesy of city hall."),
        ("The concert was free, courtesy of the city council.", [], "The concert was free, courtesy of the city council."),
        (
            "The mayor thanked residents. Courtesy of the weather, the parade went ahead.", [],
            "The mayor thanked residents. Courtesy of the weather, the parade went ahead.",
        ),
    ],
)
def test_owner_credit(line: str, captions: list[tuple[str, str]], paragraph: str | None) -> None:
    article = parse_held(blocks(KICKER, HEADLINE, STORY[0], line, STORY[1]))
    middle = [] if paragraph is None else [paragraph]
    assert parts_of(article) == (captions, [], [STORY[0], *middle, STORY[1]])


# -- (3) zones: a zone spelled out in brackets, a country's one zone; an ambiguous one none ---

@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Published: 3 March 2026, 10:14 (UAE time)", "2026-03-03T10:14:00+04:00"),
        ("Published: 3 March 2026, 10:14 UAE time", "2026-03-03T10:14:00+04:00"),
        ("Published: 3 March 2026, 10:14 (Gulf Standard Time)", "2026-03-03T10:14:00+04:00"),
        ("Published: 3 March 2026, 10:14 (Eastern time)", "2026-03-03T10:14:00-05:00"),
        # (must not change: the zones the vocabulary knew)
        ("Published: 3 March 2026, 10:14 GST", "2026-03-03T10:14:00+04:00"),
        ("Published: 3 March 2026, 10:14 GMT+4", "2026-03-03T10:14:00+04:00"),
        ("Published: 3 March 2026, 10:14 AEDT", "2026-03-03T10:14:00+11:00"),
        ("Published: 3 March 2026, 10:14 SAST", "2026-03-03T10:14:00+02:00"),
        ("Published: 3 March 2026, 10:14 WAT", "2026-03-03T10:14:00+01:00"),
        # (a zone of several places: Arabia or Atlantic, India, Israel or Ireland: the date and time, no zone)
        ("Published: 3 March 2026, 10:14 AST", "2026-03-03T10:14:00"),
        ("Published: 3 March 2026, 10:14 (AST)", "2026-03-03T10:14:00"),
        ("Published: 3 March 2026, 10:14 IST", "2026-03-03T10:14:00"),
        # (more in the brackets than the zone: no zone read)
        ("Published: 3 March 2026, 10:14 (UAE time, 11:14 in Oman)", "2026-03-03T10:14:00"),
    ],
)
def test_stamp_zones(stamp: str, published: str) -> None:
    text = blocks(KICKER, HEADLINE, "By Ana Ruiz", stamp, *STORY)
    assert stamp_isoformats(text) == (published, None)


def test_zone_in_brackets_is_the_stamps() -> None:
    stamps = ["Published: 3 March 2026, 10:14 (UAE time)", "Updated: 3 March 2026, 12:30 (UAE time)"]
    article = parse_held(blocks(KICKER, HEADLINE, "By Ana Ruiz", "\n".join(stamps), *STORY))
    assert article.published is not None and article.updated is not None
    assert (article.published.text, article.updated.text) == ("3 March 2026, 10:14 (UAE time)", "3 March 2026, 12:30 (UAE time)")
    assert parts_of(article) == ([], [], STORY)


# -- (4) a heading over links that names the outlet: related, with its list -------------------

RELATED = [
    ("es", "Más en El Comercio:", ["Paro portuario entra en su tercera semana", "El Gobierno convoca a los sindicatos"]),
    ("fr", "Lire aussi sur Le Monde :", ["La grève des dockers s'étend", "Le gouvernement convoque les syndicats"]),
    ("de", "Mehr bei der Zeit:", ["Hafenstreik geht in die dritte Woche", "Regierung lädt Gewerkschaften ein"]),
    ("en", "More from The Herald:", ["Port strike enters second week", "Union rejects new offer"]),
    ("en-GB", "More from The Herald:", ["Port strike enters second week", "Union rejects new offer"]),
]


@pytest.mark.parametrize(("language", "lead", "items"), RELATED)
def test_related_outlet_lead(language: str, lead: str, items: list[str]) -> None:
    article = parse_held(blocks(KICKER, HEADLINE, *STORY, "\n".join([lead, *items])), language)
    assert parts_of(article) == ([], [("related", line) for line in [lead, *items]], STORY)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        # (a story's sentence that opens with the label's words: no outlet and colon)
        ("es", "Más en concreto, los estibadores piden un aumento del 8 %."),
        ("de", "Mehr bei den Löhnen fordern die Hafenarbeiter nicht."),
        ("fr", "Plus sur ce point, le syndicat ne dit rien."),
    ],
)
def test_related_outlet_lead_not_prose(language: str, line: str) -> None:
    article = parse_held(blocks(KICKER, HEADLINE, STORY[0], line, STORY[1]), language)
    assert parts_of(article) == ([], [], [STORY[0], line, STORY[1]])


# -- (5) a call for the reader's news tips ----------------------------------------------------

@pytest.mark.parametrize(
    ("language", "line", "filed"),
    [
        ("en", "Do you have a news tip? WhatsApp us.", True),
        ("en", "Have a news tip? Message us on WhatsApp.", True),
        ("en", "Have a news tip? Contact us", True),
        ("en-GB", "Got a tip? Email us at tips@example.com", True),
        ("fr", "Vous avez une info ? Contactez-nous.", True),
        ("de", "Haben Sie einen Hinweis? Schreiben Sie uns.", True),
        ("es", "¿Tienes una denuncia? Escríbenos por WhatsApp.", True),
        # (a question whose answer is the story's, or advice: the story's)
        ("en", "Do you have a tip for the police? Residents were asked to call 101.", False),
        ("en", "Want a tip? Buy your tickets early.", False),
        ("de", "Haben Sie einen Hinweis auf den Täter? Die Polizei bittet um Mithilfe.", False),
    ],
)
def test_news_tip_call(language: str, line: str, filed: bool) -> None:
    article = parse_held(blocks(KICKER, HEADLINE, *STORY, line), language)
    if filed:
        assert parts_of(article) == ([], [("other", line)], STORY)
    else:
        assert parts_of(article) == ([], [], [*STORY, line])
