"""Regressions of round 69's new user's layout findings (mendLT69): a site's or a page's label read
as the headline or the section (a place's news label, an aggregator's masthead, a PDF's running
head, a section label before a bar on the headline's line, the outlet's own name over the story);
bylines cut short or run long (a beat before the role, an HTML entity inside a name, an outlet
with an agency in capitals, the Danish ``Af``, a press release's issuer); a photographer's credit
for a whole photo essay read as a caption.  Invented stories in real layouts, with the rows that
must not change beside the ones that must."""

from __future__ import annotations

import pytest

from articles import parse_held

LEDE = "The county council voted 7-2 on Tuesday to approve the new plan, ending a dispute that had lasted two years."
MORE = "Opponents said the cost was too high and promised to fight the plan at the next election."


def story(header: str) -> str:
    """*header* over a story of two paragraphs, set off by a blank line."""
    return f"{header}\n\n{LEDE}\n\n{MORE}\n"


# -- (1) a page's or site's label is no headline --------------------------------------------------


PLACE_NEWS = [
    ("Greater Manchester News", "Family's tribute to 'kind and gentle' grandad, 78, killed in Stockport crash",
     "ByJohn Scheerhout, Crime Reporter"),
    ("Northern Ireland News", "Family pays tribute to grandad killed in Belfast crash", "By Jane Roe, Crime Reporter"),
    ("Bay Area News", "Council delays vote on new housing plan for Oakland", "By Tom Hale\nNov 21, 2026"),
    ("Breaking News", "Fire closes main road through the town centre", "By Ana Lima"),
]


@pytest.mark.parametrize(("label", "title", "byline"), PLACE_NEWS)
def test_news_label_over_the_title_is_the_section(label: str, title: str, byline: str) -> None:
    article = parse_held(story(f"{label}\n{title}\n{byline}"))
    assert article.headline is not None and article.headline.text == title
    assert article.section == (label,)


def test_short_title_case_headline_with_news_over_its_deck_stays() -> None:
    # a short headline in title case that is no label: over a deck, not in sentence case under it
    text = story("Good News For Savers As Banks Raise Rates\nThe third rise this year lifts deposit rates\nBy Jane Roe")
    article = parse_held(text)
    assert article.headline is not None and article.headline.text == "Good News For Savers As Banks Raise Rates"
    assert article.section == ()


AGGREGATOR = [
    ("Google News", "Full coverage", "Storm knocks out power to 200,000 in Nova Scotia", "CBC News · 3 hours ago"),
    ("Yahoo News", "Top stories", "Wildfire forces evacuations near Boulder", "AP · 2 hours ago"),
    ("Google News", "Full coverage", "Rail strike halts trains across the north", "Reuters · 1 hour ago"),
]


@pytest.mark.parametrize(("masthead", "label", "title", "source"), AGGREGATOR)
def test_aggregator_masthead_and_label_are_furniture(masthead: str, label: str, title: str, source: str) -> None:
    article = parse_held(story(f"{masthead}\n{label}\n\n{title}\n{source}"))
    assert article.headline is not None and article.headline.text == title
    assert article.section == ()
    furniture = [item.text for item in article.boilerplate]
    assert masthead in furniture and label in furniture


def test_kicker_over_short_headline_over_deck_stays() -> None:
    # no site's name over the first block: the short headline keeps its place over the deck
    article = parse_held(story("Markets\nFed holds rates\n\nCentral bank signals two cuts later this year\nBy Jane Roe"))
    assert article.headline is not None and article.headline.text == "Fed holds rates"
    assert article.section == ("Markets",)


RUNNING_HEADS = [
    "THE RIVERSIDE GAZETTE                                    Page 2 of 5",
    "The Daily Ledger - Page 12",
    "The Northern Star, Page 3",
    "Page 4 of 9",
]


@pytest.mark.parametrize("head", RUNNING_HEADS)
def test_pdf_running_head_is_boilerplate_wherever_it_recurs(head: str) -> None:
    title = "Council approves new water-treatment plant after two years of debate"
    text = f"{head}\n\n{title}\n\nBy Helen Marsh\nStaff Writer\n\n{LEDE}\n\n{head}\n\n{MORE}\n"
    article = parse_held(text)
    assert article.headline is not None and article.headline.text == title
    assert [item.kind for item in article.boilerplate if item.text == head] == ["other", "other"]
    assert all(head not in paragraph.text for paragraph in article.paragraphs)


@pytest.mark.parametrize(
    "line",
    ["Page 3 of the report was left blank, the auditors said on Tuesday.", "Turn to Page 4"],
)
def test_page_words_in_a_sentence_are_no_running_head(line: str) -> None:
    article = parse_held(f"Auditors question the county's accounts\n\n{LEDE}\n\n{line}\n\n{MORE}\n")
    assert not any(item.text == line for item in article.boilerplate if item.kind == "other")


BAR_LABELS = [
    ("Sports", "Nuggets beat Lakers 121-108 behind Jokic triple-double"),
    ("Opinion", "Why the city's bus plan will fail the people who need it most"),
    ("Analysis", "What the election revealed about young voters"),
    ("Business", "Airline cuts 2,000 jobs as fuel costs climb"),
]


@pytest.mark.parametrize(("label", "title"), BAR_LABELS)
@pytest.mark.parametrize("above", ["", "Menu\nSearch\n", "Menu\nSearch\nDenver Post\n"])
def test_section_label_before_a_bar_on_the_headline_line(label: str, title: str, above: str) -> None:
    header = (
        f"{above}{label} | {title}\nBy Bennett Durando | bdurando@denverpost.com | The Denver Post\n"
        "PUBLISHED: November 21, 2026 at 10:42 PM MST"
    )
    text = story(header)
    article = parse_held(text)
    assert article.headline is not None and article.headline.text == title
    assert article.headline.span.slice(text) == title
    assert article.section == (label,)
    assert article.section_span is not None and article.section_span.slice(text) == label


def test_bar_in_a_headline_without_a_section_label_stays() -> None:
    title = "Harbour Board | Council row over new pier deepens"
    article = parse_held(story(f"{title}\nBy Jane Roe"))
    assert article.headline is not None and article.headline.text == title


# -- (2) the outlet's own name is no section -------------------------------------------------------


MASTHEADS = [
    ("Denver Post", "By Bennett Durando | The Denver Post"),
    ("Tampa Bay Times", "By Jane Roe | Tampa Bay Times"),
    ("Island Gazette", "By Tom Hale, The Island Gazette"),
    ("CBC News", "By Ana Lima"),  # a known broadcaster's news: the masthead, named or not
]


@pytest.mark.parametrize(("masthead", "byline"), MASTHEADS)
def test_outlet_name_over_the_headline_is_no_section(masthead: str, byline: str) -> None:
    title = "Nuggets beat Lakers 121-108 behind Jokic triple-double"
    article = parse_held(story(f"{masthead}\n{title}\n{byline}"))
    assert article.headline is not None and article.headline.text == title
    assert article.section == ()
    assert [item.kind for item in article.boilerplate if item.text == masthead] == ["other"]


@pytest.mark.parametrize(
    ("label", "byline"),
    [("Local News", "By Jane Roe | The Denver Post"), ("Politics", "By Jane Roe | Politics"),
     ("World News", "By Tom Hale, Reuters")],
)
def test_section_not_named_as_the_outlet_stays(label: str, byline: str) -> None:
    title = "Council delays vote on new housing plan for the city"
    article = parse_held(story(f"{label}\n{title}\n{byline}"))
    assert article.section == (label,)


# -- (3) bylines ------------------------------------------------------------------------------------


def byline_of(line: str, language: str | None = None) -> tuple[tuple[str, ...], str | None]:
    article = parse_held(story(f"Ford government to scrap Toronto bike lanes by spring\n{line}"), language)
    assert article.byline is not None, line
    return article.byline.authors, article.byline.agency


BEATS = [
    ("By Ben Spurr Transportation Reporter", ("Ben Spurr",)),
    ("By Maria Hernandez Immigration Correspondent", ("Maria Hernandez",)),
    ("By Tom Hale City Hall Reporter", ("Tom Hale",)),
    ("By Jane Roe Wildfire Correspondent", ("Jane Roe",)),
    ("By Sarah Green Business Editor", ("Sarah Green",)),
    ("By Kevin Lee Political Writer", ("Kevin Lee",)),
    ("Ben Spurr Transportation Reporter", ("Ben Spurr",)),
    # negative rows: a three-word name whose second word is a given name keeps it
    ("By Julia Carrie Wong Reporter", ("Julia Carrie Wong",)),
    ("By Mary Ann Smith Health Reporter", ("Mary Ann Smith",)),
    ("By Jane Roe Staff Writer", ("Jane Roe",)),
]


@pytest.mark.parametrize(("line", "authors"), BEATS)
def test_beat_before_a_role_ends_the_name(line: str, authors: tuple[str, ...]) -> None:
    assert byline_of(line)[0] == authors


ENTITIES = [
    ("By Kevin O&#8217;Brien", ("Kevin O&#8217;Brien",), None),
    ("By Kevin O&rsquo;Brien and Ana D&#39;Amico", ("Kevin O&rsquo;Brien", "Ana D&#39;Amico"), None),
    ("By Sinéad O&apos;Connor, Reuters", ("Sinéad O&apos;Connor",), "Reuters"),
    ("By Liam O&#x2019;Neill\nStaff Writer", ("Liam O&#x2019;Neill",), None),
    # negative: no entity, the apostrophe as written
    ("By Kevin O’Brien", ("Kevin O’Brien",), None),
]


@pytest.mark.parametrize(("line", "authors", "agency"), ENTITIES)
def test_name_runs_through_an_apostrophe_entity(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    text = story(f"Mayor&#8217;s plan for bike lanes draws fire\n{line}\nPublished Nov. 3, 2026")
    article = parse_held(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (authors, agency)
    assert article.byline.span.slice(text).startswith(line.split("\n")[0])


OUTLET_WITH_AGENCY = [
    ("DAILY SABAH WITH AA", ("DAILY SABAH",), "AA"),
    ("HURRIYET DAILY NEWS WITH AFP", ("HURRIYET DAILY NEWS",), "AFP"),
    ("Daily Sabah with AA", ("Daily Sabah",), "AA"),
    ("BY JANE ROE WITH AP", ("JANE ROE",), "AP"),
]


@pytest.mark.parametrize(("line", "authors", "agency"), OUTLET_WITH_AGENCY)
def test_outlet_with_an_agency_in_capitals(line: str, authors: tuple[str, ...], agency: str) -> None:
    text = story(f"TÜRKIYE\nErdoğan vows to boost defense exports to $10B\n{line}")
    article = parse_held(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (authors, agency)


NORDIC = [
    ("Statsministeren varsler nye boligskatter", "Af Mette Jensen", "25. nov. 2026", ("Mette Jensen",)),
    ("Regeringen vil sænke skatten", "Af Lars Nielsen og Anne Holm", "3. dec. 2026", ("Lars Nielsen", "Anne Holm")),
    ("Regjeringen vil kutte skatten", "Av Kari Nordmann", "3. des. 2026", ("Kari Nordmann",)),
    ("Regeringen vill sänka skatten", "Av Erik Lindqvist", "3 dec 2026", ("Erik Lindqvist",)),
    ("Kabinet wil belasting verlagen", "Door Jan de Vries", "3 december 2026", ("Jan de Vries",)),
]


@pytest.mark.parametrize(("title", "line", "date", "authors"), NORDIC)
def test_nordic_and_dutch_prefixes_are_read(title: str, line: str, date: str, authors: tuple[str, ...]) -> None:
    text = f"{title}\n\n{line}\n{date}\n\nStatsministeren fremlagde tirsdag et nyt forslag om skat.\n"
    article = parse_held(text)
    assert article.byline is not None and article.byline.authors == authors
    assert article.byline.text == line


RELEASES = [
    ("NEWS PROVIDED BY", "Acme Robotics, Inc.", "SAN JOSE, Calif., Nov. 5, 2026 /PRNewswire/ -- Acme Robotics, Inc."),
    ("News provided by", "Borealis Mining Corp.", "TORONTO, Nov. 5, 2026 /PRNewswire/ -- Borealis Mining Corp."),
    ("NEWS PROVIDED BY", "Harbour Media Ltd", "LONDON, Nov. 5, 2026 /PRNewswire/ -- Harbour Media Ltd"),
]


@pytest.mark.parametrize(("label", "issuer", "lede"), RELEASES)
def test_press_release_issuer_is_no_author(label: str, issuer: str, lede: str) -> None:
    text = (
        f"Company Announces Third Quarter 2026 Results\n\n{label}\n{issuer}\nNov 05, 2026, 16:05 ET\n\n"
        f"{lede} today reported revenue of $412 million for the third quarter.\n\n{MORE}\n"
    )
    article = parse_held(text)
    assert article.byline is None
    kinds = {item.text: item.kind for item in article.boilerplate}
    assert kinds[label] == "press-release" and kinds[issuer] == "press-release"
    assert article.published is not None


def test_person_over_a_stamp_stays_a_byline() -> None:
    # negative: a person's name where the issuer stood, no company suffix
    text = "Company Announces Third Quarter 2026 Results\n\nJane Roe\nNov 05, 2026, 16:05 ET\n\n" + story("").lstrip()
    article = parse_held(text)
    assert article.byline is not None and article.byline.authors == ("Jane Roe",)


# -- (4) a photographer's credit for the whole essay ------------------------------------------------


ESSAY_CREDITS = ["Photographs by Asim Hafeez", "Photos by Jo Roe and Tom Berg", "Photography by Lena Marsh",
                 "Pictures by Ana Lima/Reuters"]


@pytest.mark.parametrize("credit", ESSAY_CREDITS)
def test_photo_essay_credit_is_no_caption(credit: str) -> None:
    text = (
        f"In pictures: Life returns to the flooded villages of Sindh\n\n{credit}\n\n"
        "A boy wades through floodwater to reach his family's home in Dadu district. (Asim Hafeez/Getty Images)\n\n"
        "Three months after the floods, many of the villages are still cut off from the main roads.\n"
    )
    article = parse_held(text)
    assert all(caption.text != credit for caption in article.captions)
    assert [item.kind for item in article.boilerplate if item.text == credit] == ["credit"]
    assert [caption.text for caption in article.captions] == [
        "A boy wades through floodwater to reach his family's home in Dadu district."
    ]


def test_single_picture_credit_alone_stays_a_caption() -> None:
    # negative: one picture's credit, printed alone, is a picture with a credit only
    text = "Gallery: The night the river rose\n\nPhoto: Jo Roe\n\n" + LEDE + "\n"
    article = parse_held(text)
    assert [caption.text for caption in article.captions] == ["Photo: Jo Roe"]
