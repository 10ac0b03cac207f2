"""Layouts a new user's pages showed (trialL62), on texts written for the project: a dotted date
with a year of two digits (day first), an author's name over an agency's line (the agency), and a
known agency alone on the story's last line (the wire's sign-off); with the nearest shapes that
must read as before."""

from __future__ import annotations

import pytest

from articles import parse_held, stamp_isoformats

STORY = "The finance committee approved the measure on Tuesday after a long debate.\n"

#: (text, published, updated): a dotted date reads day first, whatever its year's length, on a sign.
DOTTED_DATES = [
    (f"Local News\nCouncil caps rent rises\nBy Dana Levi\nPublished: 03.02.26, 17:48\nUpdated: 03.02.26, 21:05\n\n{STORY}",
     "2026-02-03T17:48:00", "2026-02-03T21:05:00"),
    # no sign either way and no 24-hour clock: month first, as before (mendR62: a wrong date is worse than none)
    (f"Council caps rent rises\nPublished 11.03.17\n\n{STORY}", "2017-11-03T00:00:00", None),
    # a clock past noon on the 24-hour dial: day first on a page in American spelling with dollars too
    ("Council caps rent rises\nPublished: 03.02.26, 17:48\n\nRents in the city center rose $40 a month, the council said.\n",
     "2026-02-03T17:48:00", None),
    # must not change: a page that shows its dollars writes a dotted date of two-digit year month first
    ("Console review\nPublished 11.03.17 10:00\n\nThe console costs $499 and plays games in 4K, the maker said.\n",
     "2017-11-03T10:00:00", None),
    ("Console review\nPublished 11.03.17\n\nThe console costs $499 and plays games in 4K, the maker said.\n",
     "2017-11-03T00:00:00", None),
    (f"Council caps rent rises\nPublished 09.04.2025 08:15\n\n{STORY}", "2025-04-09T08:15:00", None),
    # must not change: slashes keep the English month first; an impossible month keeps the other order
    (f"Council caps rent rises\nPublished 11/03/17\n\n{STORY}", "2017-11-03T00:00:00", None),
    (f"Council caps rent rises\nPublished 03.14.17\n\n{STORY}", "2017-03-14T00:00:00", None),
]


@pytest.mark.parametrize(("text", "published", "updated"), DOTTED_DATES)
def test_dotted_date_with_short_year_reads_day_first(text: str, published: str | None, updated: str | None) -> None:
    assert stamp_isoformats(text) == (published, updated)


WIRE_STORY = (
    "Koala numbers in the northern hinterland have climbed for the first time in a decade, according to a survey.\n\n"
    "The ranger said volunteers had walked more than 900km to complete the count.\n"
)

#: (name's line, the line under it, authors, agency, byline text)
NAME_OVER_AGENCY = [
    ("Mara Linwood", "Australian Associated Press", ("Mara Linwood",), "Australian Associated Press",
     "Mara Linwood Australian Associated Press"),
    ("Mara Linwood", "AAP", ("Mara Linwood",), "AAP", "Mara Linwood AAP"),
    ("Tom Ferris", "Associated Press", ("Tom Ferris",), "Associated Press", "Tom Ferris Associated Press"),
    # must not change: an outlet the vocabulary does not know is no agency, the line still the byline's
    ("Mara Linwood", "The Hinterland Courier", ("Mara Linwood",), None, "Mara Linwood The Hinterland Courier"),
    ("By Mara Linwood", "AAP", ("Mara Linwood",), "AAP", "By Mara Linwood AAP"),
]


@pytest.mark.parametrize(("name", "below", "authors", "agency", "text"), NAME_OVER_AGENCY)
def test_agency_under_author_name(name: str, below: str, authors: tuple[str, ...], agency: str | None, text: str) -> None:
    article = parse_held(f"Koala numbers rebound in hinterland: survey\n\n{name}\n{below}\nWed, 11 Feb 2026 4:05PM\n\n{WIRE_STORY}")
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, text)


#: (the story's last line, its kind, or None when it stays the story's last paragraph)
LAST_LINES = [
    ("AAP", "sign-off"),
    ("Australian Associated Press", "sign-off"),
    ("(AAP)", "sign-off"),
    # must not change: no agency's name alone
    ("Agencies", "other"),
    ("The count will be repeated next year, AAP understands.", None),
]


@pytest.mark.parametrize(("last", "kind"), LAST_LINES)
def test_agency_alone_closing_story(last: str, kind: str | None) -> None:
    article = parse_held(f"Koala numbers rebound in hinterland: survey\n\nBy Mara Linwood\n\n{WIRE_STORY}\n{last}\n")
    filed = [(item.kind, item.text) for item in article.boilerplate if item.text == last]
    if kind is None:
        assert filed == [] and article.paragraphs[-1].text == last
    else:
        assert filed == [(kind, last)]


#: (the line under the stamp, the caption's credit or None when it is no caption)
SUPPLIED_CAPTIONS = [
    ("The new walkway in the district will be cooled by solar-powered fans. — Supplied photo", "Supplied photo"),
    ("The new walkway in the district will be cooled by solar-powered fans. Supplied image", "Supplied image"),
    ("The new walkway in the district will be cooled by solar-powered fans. (Supplied)", "Supplied"),
    # must not change: "supplied" in a sentence is no credit
    ("The fans were supplied by a local firm, the authority said on Monday.", None),
]


@pytest.mark.parametrize(("line", "credit"), SUPPLIED_CAPTIONS)
def test_supplied_photo_credit(line: str, credit: str | None) -> None:
    article = parse_held(
        f"Dubai to add shaded walkways\nBy Sara Hamid\nFebruary 9, 2026\n{line}\n\n"
        "The authority will build 40 kilometres of shaded walkways by 2028, it announced on Monday.\n\n"
        "Residents have asked for more shade, officials said.\n"
    )
    assert [caption.credit for caption in article.captions] == ([] if credit is None else [credit])
