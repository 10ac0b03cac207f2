"""Layout failures of stop 29's trial: German datelines in capitals before a full stop, a byline
and two stamps on one line split by a bar, an agency's outlet after a bullet, a column's name in
capitals over a blog post's title, a dateline kept over a story whose next paragraph opens with a
place and a dash, and a line of nothing but invisible marks.

Each shape is checked in whole short articles written in the formats of papers, wires and sites,
with near-misses whose reading must stay as it was.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import ArticleParser, parse_article

GERMAN = ArticleParser(language="de")

# -- 1. a place in capitals and a full stop opens a German story --------------------------------

FULL_STOP_DATELINES = [
    # (text, place, dateline text, first paragraph's first words)
    (
        "Panorama\nBahnstreik legt Nahverkehr in Hessen lahm\nVon Katrin Albers\n05.03.2026, 07:45 Uhr\n\n"
        "FRANKFURT/MAIN. Ein Warnstreik der Lokführergewerkschaft hat am Donnerstagmorgen große Teile des "
        "Regionalverkehrs in Hessen zum Erliegen gebracht.\n\nPendler reagierten verärgert.\n",
        "FRANKFURT/MAIN",
        "FRANKFURT/MAIN.",
        "Ein Warnstreik",
    ),
    (
        "Stadt beschließt neuen Haushalt\n\nKASSEL. Der Magistrat der Stadt hat am Montagabend einen Haushalt mit "
        "deutlich höheren Ausgaben für Schulen beschlossen.\n\nDie Opposition stimmte dagegen.\n",
        "KASSEL",
        "KASSEL.",
        "Der Magistrat",
    ),
    (
        "Senat streitet über Mietendeckel\nVon Jonas Weber\n\nBERLIN. Der Senat hat sich am Dienstag nicht auf "
        "eine Verlängerung der Mietpreisbremse einigen können.\n\nDie Gespräche sollen nächste Woche weitergehen.\n",
        "BERLIN",
        "BERLIN.",
        "Der Senat",
    ),
    (
        "Kurort erhält neues Thermalbad\n\nBAD HERSFELD. Nach drei Jahren Bauzeit ist am Samstag das neue "
        "Thermalbad der Stadt eröffnet worden.\n\nDer Eintritt kostet zwölf Euro.\n",
        "BAD HERSFELD",
        "BAD HERSFELD.",
        "Nach drei",
    ),
]


@pytest.mark.parametrize(("text", "place", "written", "opening"), FULL_STOP_DATELINES)
def test_a_german_place_in_capitals_before_a_full_stop_is_the_dateline(
    text: str, place: str, written: str, opening: str
) -> None:
    article = GERMAN.parse(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.text, article.dateline.agency) == (place, written, None)
    assert article.dateline.span.slice(text) == written
    assert article.paragraphs[0].text.startswith(opening)
    assert article.span_mismatches() == []


def test_a_known_city_before_a_full_stop_is_a_dateline_in_any_pack() -> None:
    text = (
        "Council approves new budget\n\nBERLIN. The city's senate approved a new budget on Monday after a debate "
        "that lasted until midnight.\n\nThe opposition voted against it.\n"
    )
    article = parse_article(text)
    assert article.dateline is not None and (article.dateline.place, article.dateline.text) == ("BERLIN", "BERLIN.")
    assert article.paragraphs[0].text == (
        "The city's senate approved a new budget on Monday after a debate that lasted until midnight."
    )


NO_FULL_STOP_DATELINE = [
    # (parser, text, first paragraph): an acronym, a title, a name, a place no English list knows
    (
        GERMAN,
        "Bündnis berät über Ostflanke\n\nNATO. Die Allianz will ihre Truppen im Osten in den kommenden Monaten "
        "deutlich verstärken.\n\nDas sagte ein Sprecher.\n",
        "NATO. Die Allianz will ihre Truppen im Osten in den kommenden Monaten deutlich verstärken.",
    ),
    (
        GERMAN,
        "Magazin wird siebzig\n\nDER SPIEGEL. Das Nachrichtenmagazin feiert an diesem Wochenende seinen "
        "siebzigsten Geburtstag.\n\nGäste kamen aus ganz Europa.\n",
        "DER SPIEGEL. Das Nachrichtenmagazin feiert an diesem Wochenende seinen siebzigsten Geburtstag.",
    ),
    (
        None,
        "Council approves new budget\n\nKASSEL. The city council approved a new budget on Monday after a long "
        "debate.\n\nThe opposition voted against it.\n",
        "KASSEL. The city council approved a new budget on Monday after a long debate.",
    ),
    (
        None,
        "Alliance meets in Brussels\n\nNATO. The alliance said on Monday it would send more troops to its eastern "
        "members.\n\nMinisters meet next week.\n",
        "NATO. The alliance said on Monday it would send more troops to its eastern members.",
    ),
]


@pytest.mark.parametrize(("parser", "text", "first"), NO_FULL_STOP_DATELINE)
def test_no_dateline_is_read_from_an_acronym_or_title_before_a_full_stop(
    parser: ArticleParser | None, text: str, first: str
) -> None:
    article = parser.parse(text) if parser is not None else parse_article(text)
    assert article.dateline is None
    assert article.paragraphs[0].text == first


# -- 2. a byline and two stamps split by a bar; an agency's outlet after a bullet -----------------

STAMP_BYLINES = [
    # (byline line, authors, published, updated)
    (
        "Ahmet Kaya |02.12.2026 - Update : 03.12.2026",
        ("Ahmet Kaya",),
        dt.datetime(2026, 12, 2),
        dt.datetime(2026, 12, 3),
    ),
    (
        "Elif Demir | 14.05.2026 - Update : 15.05.2026",
        ("Elif Demir",),
        dt.datetime(2026, 5, 14),
        dt.datetime(2026, 5, 15),
    ),
    (
        "By Jane Roe | 02.12.2026 10:15 - Update : 02.12.2026 16:40",
        ("Jane Roe",),
        dt.datetime(2026, 12, 2, 10, 15),
        dt.datetime(2026, 12, 2, 16, 40),
    ),
]


@pytest.mark.parametrize(("line", "authors", "published", "updated"), STAMP_BYLINES)
def test_a_byline_and_its_stamps_on_one_line_are_all_read(
    line: str, authors: tuple[str, ...], published: dt.datetime, updated: dt.datetime
) -> None:
    text = (
        f"Türkiye, Azerbaijan sign deal on new gas pipeline\n{line}\n\nANKARA\n\n"
        "Türkiye and Azerbaijan on Tuesday signed an agreement to build a new natural gas pipeline, the energy "
        "minister said.\n\nThe line is due to open in 2028.\n"
    )
    article = parse_article(text)
    assert article.byline is not None and article.byline.authors == authors
    assert article.published is not None and article.published.datetime == published
    assert article.updated is not None and article.updated.datetime == updated
    assert list(article.boilerplate) == []


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("Updated, June 3, 2026", "June 3, 2026"),
        ("UPDATE, June 3, 2026", "June 3, 2026"),
        ("Update: 3 June 2026, 09:40", "3 June 2026, 09:40"),
        ("Last update : 03.06.2026", "03.06.2026"),
    ],
)
def test_an_update_label_before_a_comma_or_colon_labels_the_updated_stamp(line: str, written: str) -> None:
    text = (
        f"Monsoon rains flood low-lying areas of the city\n{line}\n\nHeavy rain lashed the city for a second "
        "straight day on Wednesday, flooding roads and halting suburban trains.\n\nSchools stay shut on Thursday.\n"
    )
    article = parse_article(text)
    assert article.updated is not None and article.updated.text == written
    assert article.updated.datetime.date() == dt.date(2026, 6, 3)
    assert article.published is None
    assert list(article.boilerplate) == []


@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        ("By Jane Roe • AP News", ("Jane Roe",), "AP News"),
        ("By Jane Roe and Tom Hale · AP News", ("Jane Roe", "Tom Hale"), "AP News"),
        ("By Maria Lopez | Bloomberg News", ("Maria Lopez",), "Bloomberg News"),
        # an outlet the vocabulary does not know is no agency
        ("By Maria Lopez | Island News", ("Maria Lopez",), None),
    ],
)
def test_an_agencys_outlet_after_a_bullet_is_the_agency(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    text = (
        f"Storms batter Gulf Coast as hurricane season opens early\n{line}\nPublished 9:14 AM CDT, June 2, 2026\n\n"
        "NEW ORLEANS — A line of severe storms swept across the Gulf Coast on Monday, knocking out power to "
        "thousands of homes.\n\nCrews expected to restore most service by Tuesday.\n"
    )
    article = parse_article(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, line)


# -- 3. a column's name in capitals over a blog post's title --------------------------------------

COLUMNS = [
    # (text, section, headline)
    (
        "THE GREEN LEDGER\nWhy the council's budget leaves the bike lanes unpaid\nPosted on March 3, 2026 by Tom Hale\n\n"
        "The city council approved its spending plan on Monday night, and the cycling budget was cut by half.\n\n"
        "Members said the savings would go to road repairs.\n",
        ("THE GREEN LEDGER",),
        "Why the council's budget leaves the bike lanes unpaid",
    ),
    (
        "THE BIG PICTURE\nWhat a warmer winter means for the ski resorts of the Alps\nBy Ana Lima\nJanuary 9, 2026\n\n"
        "Snow fell late this season, and several resorts opened their lifts only after Christmas.\n\n"
        "Owners say bookings are down by a fifth.\n",
        ("THE BIG PICTURE",),
        "What a warmer winter means for the ski resorts of the Alps",
    ),
]


@pytest.mark.parametrize(("text", "section", "headline"), COLUMNS)
def test_a_columns_name_in_capitals_is_the_section_over_the_title(
    text: str, section: tuple[str, ...], headline: str
) -> None:
    article = parse_article(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert [b.text for b in article.boilerplate] == []


# -- 4. a dateline over a story whose next paragraph opens with a place and a dash ----------------

PLACE_IN_STORY = [
    # (text, place)
    (
        "Floods close schools across the north\n\n"
        "Manchester – Heavy rain closed more than 200 schools across northern England on Thursday as rivers burst "
        "their banks.\n\nLiverpool – Officials in that city said they had opened three shelters for families forced "
        "from their homes.\n\nThe Environment Agency said more rain was expected over the weekend.\n",
        "Manchester",
    ),
    (
        "EU ministers agree gas price cap\n\n"
        "Brussels – European Union energy ministers agreed on Tuesday to cap the price of natural gas for a year.\n\n"
        "Kyiv – Ukraine's energy minister welcomed the decision, saying it would help the country through winter.\n\n"
        "The cap takes effect next month.\n\nSome countries wanted a lower limit.\n",
        "Brussels",
    ),
]


@pytest.mark.parametrize(("text", "place"), PLACE_IN_STORY)
def test_the_stories_dateline_stays_when_a_later_paragraph_opens_with_a_place(text: str, place: str) -> None:
    article = parse_article(text)
    assert article.dateline is not None and article.dateline.place == place
    assert article.paragraphs[1].text.split(" ")[1] == "–"


# -- 5. a line of nothing but invisible marks ------------------------------------------------------

@pytest.mark.parametrize("marks", ["\u200b", "\u200b\u200f", "\u200e \u200e", "\ufeff"])
def test_a_line_of_invisible_marks_is_boilerplate(marks: str) -> None:
    text = (
        "Council votes to close library\n\nThe council voted on Monday to close the central library at the end of "
        f"the year, citing costs.\n\n{marks}\n\nLibrary users said they would protest at the next meeting.\n"
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        "The council voted on Monday to close the central library at the end of the year, citing costs.",
        "Library users said they would protest at the next meeting.",
    ]
    assert [(b.text, b.kind) for b in article.boilerplate] == [(marks, "other")]
    assert article.span_mismatches() == []


# -- 6. a known agency as the last piece of a stamp line -------------------------------------------

AGENCY_AFTER_STAMP = [
    # (stamp line, agency, published, updated)
    ("Updated on: November 19, 2019 / 10:07 AM / CBS News", "CBS News", None, dt.datetime(2019, 11, 19, 10, 7)),
    ("March 4, 2025 | AFP", "AFP", dt.datetime(2025, 3, 4), None),
    ("Published March 4, 2025 / 10:07 AM / AP", "AP", dt.datetime(2025, 3, 4, 10, 7), None),
]


@pytest.mark.parametrize(("line", "agency", "published", "updated"), AGENCY_AFTER_STAMP)
def test_a_known_agency_after_the_stamps_is_the_byline(
    line: str, agency: str, published: dt.datetime | None, updated: dt.datetime | None
) -> None:
    text = (
        f"Police rescue kidnapped girl after three-hour search\n\n{line}\n\n"
        "Police released video on Monday showing officers rescuing an 8-year-old girl who was taken from her "
        "mother's arms in a parking lot.\n\nA man has been charged with kidnapping.\n"
    )
    article = parse_article(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == ((agency,), agency, agency)
    assert (article.published and article.published.datetime) == published
    assert (article.updated and article.updated.datetime) == updated
    assert list(article.boilerplate) == []
    assert article.span_mismatches() == []


@pytest.mark.parametrize(
    ("line", "filed"),
    [
        ("March 4, 2025 | Trend", "Trend"),  # one word in title case: a label as often
        ("March 4, 2025 | Island News", "Island News"),  # an outlet no vocabulary knows
    ],
)
def test_other_words_after_the_stamps_are_no_byline(line: str, filed: str) -> None:
    text = (
        f"Police rescue kidnapped girl after three-hour search\n\n{line}\n\n"
        "Police released video on Monday showing officers rescuing an 8-year-old girl who was taken from her "
        "mother's arms in a parking lot.\n\nA man has been charged with kidnapping.\n"
    )
    article = parse_article(text)
    assert article.byline is None
    assert article.published is not None and article.published.datetime == dt.datetime(2025, 3, 4)
    assert [b.text for b in article.boilerplate] == [filed]


@pytest.mark.parametrize("byline", ["By Jane Roe", "Jane Roe"])
def test_an_agency_after_the_stamps_leaves_the_byline_under_it_to_the_authors(byline: str) -> None:
    text = (
        f"Police rescue kidnapped girl after three-hour search\nMarch 4, 2025 | AFP\n{byline}\n\n"
        "Police released video on Monday showing officers rescuing an 8-year-old girl who was taken from her "
        "mother's arms in a parking lot.\n\nA man has been charged with kidnapping.\n"
    )
    article = parse_article(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (("Jane Roe",), None, byline)
    assert [b.text for b in article.boilerplate] == ["AFP"]
