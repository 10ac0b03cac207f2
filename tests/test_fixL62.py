"""Round 62's layout fixes (fixL62): a sentence pasted apart at a blank line, a desk's staff and a
person in one byline, a country in a dateline's brackets, a role naming the agency under a byline,
and the shapes that must keep their reading (a caption's credit run into the story's sentence, a
place before a stamp's bar).  Invented stories in real page layouts; each row is the text and
exactly what must come out."""

from __future__ import annotations

import datetime as dt

import pytest

from articles import offset_hours, parse_held, parts_of
from parts import blocks

HEADLINE = "Council approves new cycle lanes"
#: The story's last two paragraphs, under what a row puts on top.
STORY = ["The scheme will cost £4m, the council said.", "Work starts in the spring."]


# -- (1) a sentence broken across a blank line at a word or a comma: one paragraph ------------

@pytest.mark.parametrize(
    ("top", "paragraphs"),
    [
        # broken after a word, its rest in lower case: the story's first paragraph, whole
        (
            ["The council on Tuesday approved a plan to build twelve miles of cycle lanes across the",
             "city centre over the next three years."],
            ["The council on Tuesday approved a plan to build twelve miles of cycle lanes across the city "
             "centre over the next three years."],
        ),
        (
            ["Councillors voted 31 to 12 for the plan after a debate that lasted more than four",
             "hours on Tuesday night."],
            ["Councillors voted 31 to 12 for the plan after a debate that lasted more than four hours on "
             "Tuesday night."],
        ),
        # broken at a comma
        (
            ["The council approved twelve miles of cycle lanes across the city centre,",
             "the first of them to open in May."],
            ["The council approved twelve miles of cycle lanes across the city centre, the first of them to "
             "open in May."],
        ),
        # (must not change: the rest opens with a name in lower case: two paragraphs)
        (
            ["The council on Tuesday approved a plan to build twelve miles of cycle lanes across the city.",
             "iPhone users can report potholes through the council's app."],
            ["The council on Tuesday approved a plan to build twelve miles of cycle lanes across the city.",
             "iPhone users can report potholes through the council's app."],
        ),
        # (the first ends a sentence: two paragraphs, whatever case the second opens in)
        (
            ["The council on Tuesday approved a plan to build twelve miles of cycle lanes.",
             "and that, said the leader, was only the start."],
            ["The council on Tuesday approved a plan to build twelve miles of cycle lanes.",
             "and that, said the leader, was only the start."],
        ),
    ],
)
def test_sentence_broken_at_blank_line(top: list[str], paragraphs: list[str]) -> None:
    article = parse_held(blocks(HEADLINE, *top, *STORY))
    captions, filed, texts = parts_of(article)
    assert article.headline is not None and article.headline.text == HEADLINE
    assert (captions, filed) == ([], [])
    assert texts == [*paragraphs, *STORY]


@pytest.mark.parametrize(
    ("middle", "paragraphs"),
    [
        # further down the story too
        (
            ["Opponents said the lanes would take space from buses and delivery vans in the",
             "narrow streets of the old town."],
            ["Opponents said the lanes would take space from buses and delivery vans in the narrow streets "
             "of the old town."],
        ),
        # (must not change: the next opens with a capital; a short crosshead over a paragraph in lower case)
        (
            ["Opponents said the lanes would take space from buses and delivery vans in the old town",
             "Residents had asked for safer routes to school for years."],
            ["Opponents said the lanes would take space from buses and delivery vans in the old town",
             "Residents had asked for safer routes to school for years."],
        ),
        (["Next steps", "consultation on the routes opens in June."], ["Next steps", "consultation on the routes opens in June."]),
        # (a page's words: a title's capital last, a web address, a line that ends no sentence)
        (
            ["Print this article or share it with your friends and Family", "by the Valley Courier staff."],
            ["Print this article or share it with your friends and Family", "by the Valley Courier staff."],
        ),
        (
            ["The full list of routes and their opening dates is on the council website at", "www.example.gov/cycle."],
            ["The full list of routes and their opening dates is on the council website at", "www.example.gov/cycle."],
        ),
        (
            ["captions settings, opens the captions settings dialog for the video", "captions off, selected"],
            ["captions settings, opens the captions settings dialog for the video", "captions off, selected"],
        ),
    ],
)
def test_sentence_broken_in_the_body(middle: list[str], paragraphs: list[str]) -> None:
    lede = "The council on Tuesday approved twelve miles of cycle lanes across the city centre."
    article = parse_held(blocks(HEADLINE, lede, STORY[0], *middle, STORY[1]))
    captions, filed, texts = parts_of(article)
    assert (captions, filed) == ([], [])
    assert texts == [lede, STORY[0], *paragraphs, STORY[1]]


# -- (2) a desk's staff and a person in one byline -------------------------------------------

@pytest.mark.parametrize(
    ("byline", "authors", "agency"),
    [
        ("By WKRN Staff and Dana Pruitt", ("Dana Pruitt",), "WKRN"),
        ("By KXAN Staff and Tom Berg", ("Tom Berg",), "KXAN"),
        ("By WXYZ Staff, Maria Lopez", ("Maria Lopez",), "WXYZ"),
        ("By Reuters Staff and Dana Pruitt", ("Dana Pruitt",), "Reuters"),
        # a desk that names no outlet surely: the person alone
        ("By Metro Staff and Dana Pruitt", ("Dana Pruitt",), None),
        # (must not change: the desk alone, the desk and wire copy, two people)
        ("By WKRN Staff", (), "WKRN"),
        ("By Times staff and wire reports", (), None),
        ("By Staff and agencies", (), None),
        ("By Jane Team and Tom Berg", ("Jane Team", "Tom Berg"), None),
    ],
)
def test_staff_and_person(byline: str, authors: tuple[str, ...], agency: str | None) -> None:
    story = ["NASHVILLE, Tenn. — A crash closed Interstate 40 for five hours on Monday.", "No one was hurt."]
    article = parse_held(blocks("Crash closes interstate for hours", byline, *story))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, byline)
    assert article.dateline is not None and article.dateline.place == "NASHVILLE, Tenn."
    assert [paragraph.text for paragraph in article.paragraphs] == [story[0].split("— ", 1)[1], story[1]]


# -- (3) a country or a region in a dateline's brackets: no agency ---------------------------

@pytest.mark.parametrize(
    ("dateline", "place", "agency"),
    [
        ("MURCIA (Spain) -", "MURCIA", None),
        ("BRISTOL (England) -", "BRISTOL", None),
        ("SPRINGFIELD (Illinois) -", "SPRINGFIELD", None),
        ("MURCIA (SPAIN) -", "MURCIA", None),
        # (must not change: an agency, known or a single word, a known agency named like a province)
        ("LONDON (Reuters) -", "LONDON", "Reuters"),
        ("KUALA LUMPUR (Bernama) -", "KUALA LUMPUR", "Bernama"),
        ("TEHRAN (Fars) -", "TEHRAN", "Fars"),
        ("HALLE (SAALE) (dpa) -", "HALLE (SAALE)", "dpa"),
    ],
)
def test_region_in_dateline_brackets(dateline: str, place: str, agency: str | None) -> None:
    lede = "The storm flooded the old town overnight, the mayor said."
    article = parse_held(blocks("Storm floods the old town", f"{dateline} {lede}", "Schools stayed closed on Monday."))
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.text) == (place, agency, dateline)
    assert article.byline is None
    assert [paragraph.text for paragraph in article.paragraphs] == [lede, "Schools stayed closed on Monday."]


# -- (4) a role that names the agency, on the line under the byline --------------------------

@pytest.mark.parametrize(
    ("language", "lines", "authors", "agency", "filed"),
    [
        ("de", ["Von Anna Berger", "Korrespondentin der Deutschen Presse-Agentur"], ("Anna Berger",), "Deutschen Presse-Agentur", []),
        ("de", ["Von Jan Weber", "Korrespondent der dpa in Kairo"], ("Jan Weber",), "dpa", []),
        ("en", ["By Jane Roe", "Correspondent for Reuters in Dakar"], ("Jane Roe",), "Reuters", []),
        # (must not change: an outlet that is no agency stays out of the byline)
        ("de", ["Von Jan Weber", "Redakteur der Zeit"], ("Jan Weber",), None, ["Redakteur der Zeit"]),
        ("en", ["By Jane Roe", "Editor of The Times"], ("Jane Roe",), None, ["Editor of The Times"]),
    ],
)
def test_agency_role_under_byline(
    language: str, lines: list[str], authors: tuple[str, ...], agency: str | None, filed: list[str]
) -> None:
    story = ["Die Feuerwehr war die ganze Nacht im Einsatz.", "Die meisten Straßen waren am Mittag wieder frei."]
    if language == "en":
        story = ["Firefighters worked through the night.", "Most roads had reopened by noon."]
    article = parse_held(blocks("Sturm legt das Tal lahm", "\n".join(lines), *story), language)
    assert article.byline is not None
    text = " ".join(lines) if agency is not None else lines[0]
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, text)
    assert [item.text for item in article.boilerplate] == filed
    assert [paragraph.text for paragraph in article.paragraphs] == story


# -- (5) must not change: a credit run into the story's sentence; a place before a stamp's bar ---

@pytest.mark.parametrize(
    ("line", "captions", "paragraph"),
    [
        # the line break lost between a caption's credit and the story: the line left to the story
        ("Protesters carry banners at the rally on Monday. AFP Police said the march passed off peacefully.", [], True),
        ("Residents wade along the flooded road on Monday. Getty Images Officials said the water would recede.", [], True),
        # the credit alone at the end: the caption and its credit
        (
            "Residents wade along the flooded road on Monday. Getty Images",
            [("Residents wade along the flooded road on Monday.", "Getty Images")],
            False,
        ),
    ],
)
def test_credit_run_into_story(line: str, captions: list[tuple[str, str]], paragraph: bool) -> None:
    lede = "The Environment Agency issued three severe warnings overnight, the agency said."
    article = parse_held(blocks("Floods cut off villages in the north", lede, line, "Schools were shut on Monday."))
    found, filed, texts = parts_of(article)
    assert (found, filed) == (captions, [])
    assert texts == [lede, *([line] if paragraph else []), "Schools were shut on Monday."]


@pytest.mark.parametrize(
    ("stamp", "published", "updated"),
    [
        ("Lagos | Published 3:14 PM WAT, Dec 3, 2026", dt.datetime(2026, 12, 3, 15, 14), None),
        ("Accra | Updated 9:05 AM GMT, Dec 3, 2026", None, dt.datetime(2026, 12, 3, 9, 5)),
    ],
)
def test_place_before_stamp_bar(stamp: str, published: dt.datetime | None, updated: dt.datetime | None) -> None:
    story = ["Long queues returned to filling stations on Thursday.", "Marketers blamed supply."]
    article = parse_held(blocks("Fuel queues return to the capital", "By Kofi Mensah\n" + stamp, *story))
    assert article.byline is not None and article.byline.authors == ("Kofi Mensah",)
    read = article.published if published is not None else article.updated
    assert read is not None and read.datetime.replace(tzinfo=None) == (published or updated)
    assert offset_hours(read.datetime) == (1.0 if stamp.startswith("Lagos") else 0.0)
    assert article.dateline is None
    assert [paragraph.text for paragraph in article.paragraphs] == story


@pytest.mark.parametrize(
    ("language", "lines", "agency"),
    [
        # a name alone over its role naming the agency: one author, the agency the byline's
        ("de", ["Anna Berger", "Korrespondentin der Deutschen Presse-Agentur"], "Deutschen Presse-Agentur"),
        ("en", ["Jane Roe", "Correspondent for Reuters"], "Reuters"),
        # (must not change: a role alone, no agency)
        ("en", ["Jane Roe", "Staff Writer"], None),
    ],
)
def test_agency_role_under_name(language: str, lines: list[str], agency: str | None) -> None:
    story = ["Firefighters worked through the night.", "Most roads had reopened by noon."]
    if language == "de":
        story = ["Die Feuerwehr war die ganze Nacht im Einsatz.", "Die meisten Straßen waren am Mittag wieder frei."]
    article = parse_held(blocks("Storm cuts off the valley", "\n".join(lines), *story), language)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == ((lines[0],), agency, " ".join(lines))
    assert list(article.boilerplate) == []
    assert [paragraph.text for paragraph in article.paragraphs] == story
