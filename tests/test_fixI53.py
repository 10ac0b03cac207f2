"""fixI53: stamps, bylines and captions a new user's trial read wrong."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse

BODY = "\n\nThe harbour board met on Tuesday and agreed to dredge the channel before the summer.\n"
AMERICAN = "\n\nThe city's color scheme for the downtown center will cost $2 million, officials said.\n"


@pytest.mark.parametrize(
    ("stamp", "body", "month_day"),
    [
        ("07/03/2025 14:05 GMT", BODY, (3, 7)),  # Britain's clock: day first
        # (in summer: 7 March is before BST's season, lay59; BST names British Summer or Bangladesh time: read
        # with an offset on a page that names Britain, fixT59)
        ("07/06/2025 14:05 BST", BODY.replace("The harbour board", "London's harbour board"), (6, 7)),
        ("Published 04/02/2026 09:30 GMT", BODY, (2, 4)),
        ("07/03/2025 14:05 UTC", BODY, (7, 3)),  # a universal zone of nobody's page: the parser's order
        ("07/03/2025 14:05 GMT", AMERICAN, (7, 3)),  # an American page's signs outweigh the zone
        ("07/03/2025 14:05 EST", BODY, (7, 3)),
        ("17/03/2025 14:05 GMT", AMERICAN, (3, 17)),  # only one reading
    ],
)
def test_a_stamp_in_gmt_is_a_day_first_sign(stamp: str, body: str, month_day: tuple[int, int]) -> None:
    published = newsparse.parse_article(f"Harbour to be dredged\nBy Ann Cole\n{stamp}{body}").published
    assert published is not None
    assert (published.datetime.month, published.datetime.day) == month_day
    assert published.datetime.tzinfo is not None and published.datetime.utcoffset() in (
        dt.timedelta(0),
        dt.timedelta(hours=1),
        dt.timedelta(hours=-5),
    )


@pytest.mark.parametrize(
    ("top", "section", "authors"),
    [
        ("By Lucy Okafor | Reuters", (), ["Lucy Okafor"]),
        ("By Daniel Price | AP", (), ["Daniel Price"]),
        ("BY LUCY OKAFOR | Reuters", (), ["LUCY OKAFOR"]),
        ("By Invitation | Opinion", ("By Invitation", "Opinion"), None),  # a column's name
        ("World | Asia", ("World", "Asia"), None),
    ],
)
def test_a_line_of_by_and_a_name_is_no_section(top: str, section: tuple[str, ...], authors: list[str] | None) -> None:
    article = newsparse.parse_article(f"{top}\nFloods force thousands from their homes in the delta{BODY}")
    assert article.section == section
    assert (list(article.byline.authors) if article.byline else None) == authors
    assert article.headline is not None and article.headline.text == "Floods force thousands from their homes in the delta"


@pytest.mark.parametrize(
    ("stamp", "published", "updated"),
    [
        ("Published June 9, 2025 8:40 amUpdated June 9, 2025 10:05 am", "2025-06-09T08:40:00", "2025-06-09T10:05:00"),
        ("Posted June 9, 2025 8:40 PMUpdated June 9, 2025 10:05 PM", "2025-06-09T20:40:00", "2025-06-09T22:05:00"),
        # (BST, British Summer or Bangladesh time, on a page that names neither country: no offset, fixT59)
        ("Tue 10 Jun 2025 08.40 BSTShare", "2025-06-10T08:40:00", None),
        ("Tue 10 Jun 2025 08.40 GMTComments", "2025-06-10T08:40:00+00:00", None),
        ("8:40 AM · Jun 9, 2025", "2025-06-09T08:40:00", None),
        ("8:40 pm · 9 June 2025", "2025-06-09T20:40:00", None),
        ("June 9, 2025 · 8:40 AM", "2025-06-09T08:40:00", None),
        ("Jun 9, 2025", "2025-06-09T00:00:00", None),  # no clock: midnight, nothing joined
        ("Updated 8:40 AM · Jun 9, 2025", "2025-06-09T08:40:00", None),
    ],
)
def test_a_stamp_line_copied_without_spaces_keeps_its_stamps(stamp: str, published: str, updated: str | None) -> None:
    article = newsparse.parse_article(f"Harbour to be dredged\nBy Ann Cole\n{stamp}{BODY}")
    got = article.published or article.updated
    assert got is not None and got.datetime.isoformat() == published
    assert (article.updated.datetime.isoformat() if article.updated and article.published else None) == updated
    assert [p.text for p in article.paragraphs] == [BODY.strip()]


@pytest.mark.parametrize(
    ("lede", "paragraphs", "boilerplate"),
    [
        ("The coach said\nthe team was ready.", ["The coach said the team was ready."], []),
        ("The minister told\nreporters it was over.", ["The minister told reporters it was over."], []),
        ("Police believe that\nthe fire was arson.", ["Police believe that the fire was arson."], []),
        # a heading over its own block: no sentence goes on under it
        ("Ferry crews vote, union says\n\nCrews on the island ferries voted to strike on Friday.",
         ["Crews on the island ferries voted to strike on Friday."], ["Ferry crews vote, union says"]),
    ],
)
def test_a_short_lede_wrapped_at_a_cue_is_story_text(lede: str, paragraphs: list[str], boilerplate: list[str]) -> None:
    article = newsparse.parse_article(f"Harbour to be dredged\n\n{lede}\n")
    assert [p.text for p in article.paragraphs] == paragraphs
    assert [b.text for b in article.boilerplate] == boilerplate


@pytest.mark.parametrize(
    ("stamp", "text", "when"),
    [
        ("Friday June 13 2025, 6.45pm, The Herald", "Friday June 13 2025, 6.45pm", "2025-06-13T18:45:00"),
        ("June 13 2025, The Herald", "June 13 2025", "2025-06-13T00:00:00"),
        ("Friday 13 June 2025 at 6.45pm", "Friday 13 June 2025 at 6.45pm", "2025-06-13T18:45:00"),  # a joiner inside stays
        ("Publié le 13 juin 2025 à 18h45", "13 juin 2025 à 18h45", "2025-06-13T18:45:00"),
    ],
)
def test_a_stamp_ends_before_joining_words(stamp: str, text: str, when: str) -> None:
    language = "fr" if "Publié" in stamp else "en"
    article = newsparse.ArticleParser(language=language).parse(f"Harbour to be dredged\nBy Ann Cole\n{stamp}{BODY}")
    assert article.published is not None
    assert (article.published.text, article.published.datetime.isoformat()) == (text, when)
    if "Herald" in stamp:
        assert [b.text for b in article.boilerplate] == ["The Herald"]


@pytest.mark.parametrize(
    ("block", "captions", "credits"),
    [
        ("Divers inspect the harbour wall on Monday. Photo: Sam Reyes\nCredit: Sam Reyes",
         [("Divers inspect the harbour wall on Monday.", "Sam Reyes")], ["Credit: Sam Reyes"]),
        ("Divers inspect the harbour wall on Monday. AFP/Sam Reyes\nAFP/Sam Reyes",
         [("Divers inspect the harbour wall on Monday.", "AFP/Sam Reyes")], ["AFP/Sam Reyes"]),
        # another credit under it is a picture of its own
        ("Divers inspect the harbour wall on Monday. Photo: Sam Reyes\nPhoto: Lena Wirth",
         [("Divers inspect the harbour wall on Monday.", "Sam Reyes"), ("Photo: Lena Wirth", "Lena Wirth")], []),
    ],
)
def test_a_credit_repeated_under_its_caption_is_no_caption(
    block: str, captions: list[tuple[str, str]], credits: list[str]
) -> None:
    article = newsparse.parse_article(f"Harbour to be dredged\nBy Ann Cole\n\n{block}{BODY}")
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert [b.text for b in article.boilerplate if b.kind == "credit"] == credits
    assert [p.text for p in article.paragraphs] == [BODY.strip()]


@pytest.mark.parametrize(
    ("line", "authors", "text"),
    [
        ("ByAnn Cole", ["Ann Cole"], "ByAnn Cole"),
        ("ByAnn Cole and Tom Reid", ["Ann Cole", "Tom Reid"], "ByAnn Cole and Tom Reid"),
        ("Byron Hale", ["Byron Hale"], "Byron Hale"),  # a name that starts with "By"
    ],
)
def test_by_glued_to_a_name_is_the_prefix(line: str, authors: list[str], text: str) -> None:
    article = newsparse.parse_article(f"Harbour to be dredged\n{line}\nJune 9, 2025{BODY}")
    assert article.byline is not None
    assert (list(article.byline.authors), article.byline.text) == (authors, text)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Ann Cole and Tom Reid • 3h ago", ["Ann Cole", "Tom Reid"]),
        ("Ann Cole, Tom Reid | 20 minutes ago", ["Ann Cole", "Tom Reid"]),
        ("Ann Cole • 3h ago", ["Ann Cole"]),
        ("Ann Cole and Tom Reid meet • 3h ago", None),  # a sentence before the stamp: no names alone
    ],
)
def test_names_before_how_long_ago_are_the_byline(line: str, authors: list[str] | None) -> None:
    article = newsparse.parse_article(f"Harbour to be dredged\n{line}{BODY}")
    assert (list(article.byline.authors) if article.byline else None) == authors


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("said Rep. Tom Jordan.", "Tom Jordan"),
        ("said Gov. Ann Georgia.", "Ann Georgia"),
        ("said Mayor Paul Israel.", "Paul Israel"),
        ("said Supt. Ann Cole.", "Ann Cole"),
        ("said Cmdr. Ann Cole.", "Ann Cole"),
        ("said the ambassador to Jordan.", "the ambassador"),  # a role and a place: no name
        ("said Queen Rania of Jordan.", "Rania"),
    ],
)
def test_titles_before_a_name_with_a_place_surname_are_left_out(attribution: str, speaker: str) -> None:
    quotes = newsparse.parse_article(f'Harbour to be dredged\n\n"The work starts in May," {attribution}\n').quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [speaker]
