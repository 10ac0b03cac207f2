"""Regressions of round 67's new user's layout findings (mendLT67): a byline whose author's name runs
on into the role or outlet written after it with no mark between (``Laura Stone Queen's Park
reporter``, ``By Susan Du Star Tribune``, ``By Kim Lee Globe Staff``); a section in sentence case
over the headline when the author's role stands under the name (``Federal politics`` / the headline /
``Paul Sakkal`` / ``Chief political correspondent``); an outlet's promos and notes kept as story
paragraphs; a KUNA slug under the story's ``(end)``.  Invented stories in real layouts; the rows
that must not fire beside the ones that must."""

from __future__ import annotations

import pytest

from articles import parse_held

STORY = "The city council on Tuesday approved a plan to build 2,000 homes on the old rail yards, officials said."
SECOND = "The vote was 9-4, and construction could start next spring, the mayor told reporters at City Hall."


def header(byline: str, *, kicker: str = "Local") -> str:
    """A web page's copy: the kicker, the headline, the byline line, a stamp, the story."""
    return f"{kicker}\nCouncil approves housing plan for old rail yards\n{byline}\nMarch 10, 2025\n\n{STORY}\n\n{SECOND}\n"


# -- (1) a role or an outlet after the name, no mark between -----------------------------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # a role in lower case after the place or beat it is held in
        ("Laura Stone Queen's Park reporter", ("Laura Stone",)),
        ("Marie Woolf Parliament Hill correspondent", ("Marie Woolf",)),
        ("Jane Roe City Hall reporter", ("Jane Roe",)),
        ("Kevin Hart Capitol Hill correspondent", ("Kevin Hart",)),
        # an outlet's name ending in an outlet word, maybe with more outlet words before it
        ("By Susan Du Star Tribune", ("Susan Du",)),
        ("By Tom Hale Star Tribune", ("Tom Hale",)),
        ("By Jane Roe Tampa Bay Times", ("Jane Roe",)),
        ("By Carlos Ortiz Daily News", ("Carlos Ortiz",)),
        ("Susan Du Star Tribune", ("Susan Du",)),
        # an outlet's word, then a role in any case
        ("By Jane Roe Times staff writer", ("Jane Roe",)),
        ("By Kim Lee Globe Staff", ("Kim Lee",)),
        ("By Peter Wong Tribune staff reporter", ("Peter Wong",)),
        # three-word names stay whole, with the outlet or role after them and without
        ("By Beth Ann Morales", ("Beth Ann Morales",)),
        ("By Mary Kay Lee", ("Mary Kay Lee",)),
        ("By Mary Kay Lee Globe Staff", ("Mary Kay Lee",)),
        ("By Mary Kay Lee Star Tribune", ("Mary Kay Lee",)),
        ("Beth Ann Morales City Hall reporter", ("Beth Ann Morales",)),
        ("Beth Ann Morales Staff Writer", ("Beth Ann Morales",)),
        ("Julia Carrie Wong reporter", ("Julia Carrie Wong",)),
        ("Julia Carrie Wong technology reporter", ("Julia Carrie Wong",)),
        # a beat in lower case before the role
        ("Jane Roe technology reporter", ("Jane Roe",)),
        ("Richard Adams education editor", ("Richard Adams",)),
    ],
)
def test_role_or_outlet_after_the_name_is_cut(line: str, authors: tuple[str, ...]) -> None:
    article = parse_held(header(line))
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.text == line
    assert article.headline is not None and article.headline.text == "Council approves housing plan for old rail yards"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # a surname that is an outlet's word too stays the name's
        ("By Emily Post", ("Emily Post",)),
        ("By Mary Ann Herald", ("Mary Ann Herald",)),
        ("By Tom Press", ("Tom Press",)),
        # a role in title case after a beat, and a placed role: read as before
        ("Amy Clarke Health Correspondent", ("Amy Clarke",)),
        ("By Jane Roe Moscow Correspondent", ("Jane Roe",)),
        # the outlet after a comma, as before
        ("By Jane Roe, Times staff writer", ("Jane Roe",)),
        ("By Ana Ruiz Miami Herald", ("Ana Ruiz",)),
        # two authors: no cut between them
        ("By Jane Roe and Tom Hale", ("Jane Roe", "Tom Hale")),
    ],
)
def test_names_that_hold_no_role_or_outlet_stay(line: str, authors: tuple[str, ...]) -> None:
    article = parse_held(header(line))
    assert article.byline is not None
    assert article.byline.authors == authors


# -- (2) a section in sentence case over the headline, the author's role under the name -------------


@pytest.mark.parametrize(
    ("kicker", "title", "name", "role"),
    [
        ("Federal politics", "Albanese rules out changes to negative gearing", "Paul Sakkal", "Chief political correspondent"),
        ("World news", "French prime minister survives confidence vote in parliament", "Claire Dubois", "Senior reporter"),
        ("Health care", "Hospital waiting lists grow for a third straight month", "Ana Lima", "Health reporter"),
        ("Local news", "Bridge repairs will close the harbour road for a month", "Tom Hale", "Staff Writer"),
    ],
)
def test_section_over_headline_with_a_role_under_the_name(kicker: str, title: str, name: str, role: str) -> None:
    text = f"{kicker}\n{title}\n{name}\n{role}\nMarch 30, 2025 — 5.00am\n\n{STORY}\n\n{SECOND}\n"
    article = parse_held(text)
    assert article.section == (kicker,)
    assert article.headline is not None and article.headline.text == title
    assert article.byline is not None and article.byline.authors == (name,)
    assert article.published is not None and article.published.datetime.isoformat() == "2025-03-30T05:00:00"
    assert [p.text for p in article.paragraphs] == [STORY, SECOND]


@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("Health care", "Hospital waiting lists grow for a third straight month"),
        ("Higher education", "Universities warn of cuts as student numbers fall"),
    ],
)
def test_section_named_by_its_field_over_a_byline(kicker: str, title: str) -> None:
    article = parse_held(f"{kicker}\n{title}\nBy Ana Lima\nMarch 30, 2025\n\n{STORY}\n")
    assert article.section == (kicker,)
    assert article.headline is not None and article.headline.text == title


def test_short_headline_over_its_story_stays_the_headline() -> None:
    article = parse_held("Rates rise\nThe central bank raised its main rate by a quarter point on Tuesday.\n\nBy Ana Lima\n")
    assert article.section == ()
    assert article.headline is not None and article.headline.text == "Rates rise"


# -- (4) an outlet's promos and notes -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "ProPublica is a nonprofit newsroom that investigates abuses of power. Sign up to receive our "
            "biggest stories as soon as they're published.",
            "subscribe",
        ),
        (
            "The Marshall Project is a nonprofit news organization covering the U.S. criminal justice system. "
            "Sign up for our newsletter.",
            "subscribe",
        ),
        ("Don't miss out on the latest news and information.", "subscribe"),
        ("Never miss the latest headlines.", "subscribe"),
        ("This story was co-published with The Texas Tribune.", "sign-off"),
        ("This article is co-published with Mother Jones.", "sign-off"),
        ("Copy/paste the article video embed link below:", "share"),
        ("Copy the embed code", "share"),
        ("Read Next", "related"),
        ("What to Read Next", "related"),
    ],
)
def test_promo_lines_under_the_story_are_boilerplate(line: str, kind: str) -> None:
    article = parse_held(f"Council approves housing plan\nBy Jane Roe\n\n{STORY}\n\n{SECOND}\n\n{line}\n")
    assert [p.text for p in article.paragraphs] == [STORY, SECOND]
    assert [(b.text, b.kind) for b in article.boilerplate] == [(line, kind)]


@pytest.mark.parametrize(
    "line",
    [
        # a story's sentences that merely name a newsroom or its funding stay the story's
        "ProPublica is a nonprofit newsroom, and its reporters spent a year on the investigation, Diaz said.",
        "The Texas Tribune, a nonprofit newsroom, first reported the lawsuits in January.",
        "The clinic receives funding from the state health department, according to its filings.",
        "Supporters say they don't miss the old council at all.",
        "Read the next chapter of the report before voting, the councillor urged.",
    ],
)
def test_story_sentences_naming_a_newsroom_stay(line: str) -> None:
    article = parse_held(f"Council approves housing plan\nBy Jane Roe\n\n{STORY}\n\n{line}\n\n{SECOND}\n")
    assert [p.text for p in article.paragraphs] == [STORY, line, SECOND]


@pytest.mark.parametrize(
    "line",
    [
        "Sarah Lindqvist receives funding from the Australian Research Council.",
        "Tom Okafor has received funding from the Wellcome Trust and the Medical Research Council.",
        "Ana Lima does not work for, consult, own shares in or receive funding from any company or "
        "organisation that would benefit from this article.",
    ],
)
def test_funding_disclosure_is_a_disclaimer(line: str) -> None:
    text = (
        "Why coral reefs can recover faster than we thought\nPublished: March 3, 2025 2:14pm GMT\n"
        f"Disclosure statement\n{line}\n\n{STORY}\n\n{SECOND}\n"
    )
    article = parse_held(text)
    assert [p.text for p in article.paragraphs] == [STORY, SECOND]
    assert (line, "disclaimer") in [(b.text, b.kind) for b in article.boilerplate]


# -- (5) a wire's desk slug under the story's end mark -----------------------------------------------


@pytest.mark.parametrize(
    ("place", "agency", "slug"),
    [
        ("KUWAIT", "KUNA", "ahm.gta"),
        ("KUWAIT", "KUNA", "ahm.gta/rk"),
        ("DOHA", "QNA", "nm.jk"),
    ],
)
def test_desk_slug_under_end_mark_is_sign_off(place: str, agency: str, slug: str) -> None:
    last = "The two sides discussed bilateral relations, according to a ministry statement."
    text = f"{place}, April 2 ({agency}) -- The foreign minister received the ambassador of Japan on Wednesday.\n\n{last} (end)\n{slug}\n"
    article = parse_held(text)
    assert article.paragraphs[-1].text == last
    assert [(b.text, b.kind) for b in article.boilerplate] == [("(end)", "sign-off"), (slug, "sign-off")]


def test_lower_case_line_without_end_mark_stays() -> None:
    last = "The two sides discussed bilateral relations, according to a ministry statement."
    text = f"KUWAIT, April 2 (KUNA) -- The foreign minister received the ambassador on Wednesday.\n\n{last}\nahm.gta\n"
    article = parse_held(text)
    assert "ahm.gta" not in [b.text for b in article.boilerplate if b.kind == "sign-off"]
