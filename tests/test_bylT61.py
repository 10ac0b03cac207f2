"""Bylines a new user's pages printed in shapes the parser missed (bylT61): a second author on the
line under ``By`` after ``and``, an outlet's call letters before ``Staff``, a name and the city it
writes from with no ``By``, a role and an outlet in pieces under the author, and an outlet's name
between the author and the stamp.  Invented stories in real layouts; each row is the text and
exactly what must come out, the rows that must not fire beside the ones that must."""

from __future__ import annotations

import pytest

from articles import parse_held
from parts import blocks, texts

HEADLINE = "Council approves budget after long debate"
STORY = (
    "The county council approved a new budget on Tuesday after a long debate over road repairs and school funding.",
    "Councillors voted 31 to 12 in favour of the plan, which raises local taxes by two per cent from April next year.",
)
BODY = "\n\n".join(STORY)


@pytest.mark.parametrize(
    ("header", "authors", "agency", "text", "filed"),
    [
        # the second author on the line under "By", after "and": both authors, the two lines the text
        ("By Zoë Ångström\nand Ülkü Şahin", ("Zoë Ångström", "Ülkü Şahin"), None, "By Zoë Ångström and Ülkü Şahin", []),
        ("By Jane Roe\nand Tom Berg", ("Jane Roe", "Tom Berg"), None, "By Jane Roe and Tom Berg", []),
        ("By Jane Roe\r\n& Tom Berg", ("Jane Roe", "Tom Berg"), None, "By Jane Roe & Tom Berg", []),
        (
            "By Jane Roe\nand Tom Berg\nAssociated Press",
            ("Jane Roe", "Tom Berg"),
            "Associated Press",
            "By Jane Roe and Tom Berg Associated Press",
            [],
        ),
        # must not fire: no name after "and", a credit after "with", a blank line between
        ("By Jane Roe\nand the county desk", ("Jane Roe",), None, "By Jane Roe", ["and the county desk"]),
        ("By Jane Roe\nwith Tom Berg", ("Jane Roe",), None, "By Jane Roe", ["with Tom Berg"]),
        # an outlet's call letters or initials before "Staff": the outlet the agency, no person
        ("By KTVB Staff", (), "KTVB", "By KTVB Staff", []),
        ("By WXYZ Newsroom", (), "WXYZ", "By WXYZ Newsroom", []),
        # must not fire: a desk's words name no outlet; an agency's staff stays the agency's byline
        ("By Times Staff", (), None, "By Times Staff", []),
        ("By Metro news desk", (), None, "By Metro news desk", []),
        ("By Reuters Staff", ("Reuters",), "Reuters", "By Reuters Staff", []),
        # a role and an outlet in pieces under the author: the byline's text, the outlet no agency unknown
        (
            "By Aroha Te Whare\nLocal Democracy Reporter·Bay Courier·",
            ("Aroha Te Whare",),
            None,
            "By Aroha Te Whare Local Democracy Reporter·Bay Courier·",
            [],
        ),
        ("By Jane Roe\nStaff Writer | CBC News", ("Jane Roe",), "CBC News", "By Jane Roe Staff Writer | CBC News", []),
        # must not fire: a piece that is no role, or a sentence after the role
        ("By Jane Roe\nWeather | Bay Courier", ("Jane Roe",), None, "By Jane Roe", ["Weather | Bay Courier"]),
    ],
)
def test_lines_under_by(header: str, authors: tuple[str, ...], agency: str | None, text: str, filed: list[str]) -> None:
    article = parse_held(blocks(HEADLINE, header, BODY))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, text)
    assert [item.text for item in article.boilerplate] == filed
    assert texts(article) == list(STORY)


@pytest.mark.parametrize(
    ("header", "authors", "text"),
    [
        # a name and the city it writes from, no "By", over the date: the author, the line the byline's text
        ("Ada Obi-Eze, Abuja\nMarch 14, 2026", ("Ada Obi-Eze",), "Ada Obi-Eze, Abuja"),
        ("Chinedu Okafor, Enugu\nMarch 14, 2026", ("Chinedu Okafor",), "Chinedu Okafor, Enugu"),
        ("Jane Roe, Buenos Aires\nMarch 14, 2026", ("Jane Roe",), "Jane Roe, Buenos Aires"),
        # over a blank line, right above the story
        ("Ada Obi-Eze, Abuja", ("Ada Obi-Eze",), "Ada Obi-Eze, Abuja"),
    ],
)
def test_name_and_city(header: str, authors: tuple[str, ...], text: str) -> None:
    article = parse_held(blocks("Metro", HEADLINE, header, BODY))
    assert article.headline is not None and article.headline.text == HEADLINE
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, None, text)
    assert texts(article) == list(STORY)


@pytest.mark.parametrize(
    ("header", "filed"),
    [
        # must not fire: a role, an agency, a given name or two places after the comma; a place before it
        ("Jane Roe, Staff Writer\nMarch 14, 2026", None),
        ("Health Minister, Abuja\nMarch 14, 2026", ["Health Minister, Abuja"]),
        ("South Africa, Durban\nMarch 14, 2026", ["South Africa, Durban"]),
        ("Jane Roe, Tom\nMarch 14, 2026", ["Jane Roe, Tom"]),
    ],
)
def test_name_and_city_not(header: str, filed: list[str] | None) -> None:
    article = parse_held(blocks("Metro", HEADLINE, header, BODY))
    if filed is None:  # a name and its role: the byline's reading, as before
        assert article.byline is not None and article.byline.authors == ("Jane Roe",)
        return
    assert article.byline is None
    assert [item.text for item in article.boilerplate] == filed
    assert texts(article) == list(STORY)


@pytest.mark.parametrize(
    ("header", "author", "text", "language"),
    [
        # an outlet's name between the author and the stamp, one block: the byline's text
        (
            "Sophie Gagnon-Lévesque\nLe Soleil\nPublié le 14 mars 2026 à 17 h 32",
            "Sophie Gagnon-Lévesque",
            "Sophie Gagnon-Lévesque Le Soleil",
            "fr",
        ),
        ("Jane Roe\nThe Valley Herald\nMarch 14, 2026", "Jane Roe", "Jane Roe The Valley Herald", None),
    ],
)
def test_outlet_over_stamp(header: str, author: str, text: str, language: str | None) -> None:
    article = parse_held(blocks(HEADLINE, header.replace("\n", "\n"), BODY), language)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == ((author,), None, text)
    assert article.published is not None and article.published.datetime.day == 14


FIRST_PERSON = "When I started on the night desk at the county paper in 2016, my editor gave me one piece of advice about press releases."


@pytest.mark.parametrize(
    ("header", "authors", "filed"),
    [
        # a name alone over a follow button and a reading time under the title: the author, the rest boilerplate
        ("Dervla Kinsellagh\nFollow\n7 min read\n·\nMar 12, 2026", ("Dervla Kinsellagh",), ["Follow", "7 min read", "·"]),
        ("Mary Quint\nFollow\n5 min read", ("Mary Quint",), ["Follow", "5 min read"]),
        # must not fire: a place or a company's name over the button
        ("South Harbour\nFollow\n7 min read", None, ["South Harbour", "Follow", "7 min read"]),
        ("Harbour Ferries\nFollow\n7 min read", None, ["Harbour Ferries", "Follow", "7 min read"]),
    ],
)
def test_name_over_follow_button(header: str, authors: tuple[str, ...] | None, filed: list[str]) -> None:
    article = parse_held(blocks("What I learned running a night desk for ten years", header, FIRST_PERSON))
    assert (article.byline.authors if article.byline else None) == authors
    assert [item.text for item in article.boilerplate] == filed
    assert texts(article) == [FIRST_PERSON]
