"""Debris found by round 61's new-user trial (layT61): a news agency alone in brackets under the
story, a note on who funds the journalism, a writer's note under a byline printed at the foot,
calls to the reader (an app with its offer, a thanks for reading, a call after a short lead-in,
a follow call on any network) and a photo credit naming an institution.  Invented stories in
real layouts; each row is the text and exactly what must come out."""

from __future__ import annotations

import pytest

from articles import parse_held as parse
from articles import parts_of
from newsparse.boilerplate import BoilerplateParser

HEAD = "Ferry service to the islands resumes after storm\n\n"
STORY = (
    "The harbour board restored the ferry service to the outer islands on Monday after a week of storms.\n\n"
    "The board's chief executive said crews had worked through the weekend to repair the pier.\n\n"
)


@pytest.mark.parametrize(
    ("last", "filed", "paragraph"),
    [
        # an agency of the vocabulary alone in brackets, maybe with a full stop and leading blanks: a sign-off
        ("     (ANSA).", ("sign-off", "(ANSA)."), None),
        ("(NAN)", ("sign-off", "(NAN)"), None),
        ("(AFP)", ("sign-off", "(AFP)"), None),
        # (words in brackets that name no known agency stay the story's)
        ("(Agencies).", None, "(Agencies)."),
        # a note on who pays for the journalism: a disclaimer
        (
            "Local Democracy Reporting is public interest journalism co-funded by the Harbour Trust and City Radio.",
            ("disclaimer", "Local Democracy Reporting is public interest journalism co-funded by the Harbour Trust and City Radio."),
            None,
        ),
        (
            "This story was funded by a grant from the Civic Press Fund.",
            ("disclaimer", "This story was funded by a grant from the Civic Press Fund."),
            None,
        ),
        # (funding of a thing other than the journalism, a reported note, or support a story's evidence gives)
        ("The new pier is co-funded by the regional council.", None, "The new pier is co-funded by the regional council."),
        (
            "The reporting unit is funded by donors, its editor said.",
            None,
            "The reporting unit is funded by donors, its editor said.",
        ),
        (
            "Her story was supported by harbour camera footage.",
            None,
            "Her story was supported by harbour camera footage.",
        ),
    ],
)
def test_story_foot(last: str, filed: tuple[str, str] | None, paragraph: str | None) -> None:
    _, boilerplate, paragraphs = parts_of(parse(f"{HEAD}{STORY}{last}\n"))
    assert boilerplate == ([filed] if filed else [])
    assert paragraphs[-1] == (paragraph or "The board's chief executive said crews had worked through the weekend to repair the pier.")


def test_note_under_foot_byline() -> None:
    # the line right under a byline printed at the foot is the writer's note
    text = f"{HEAD}{STORY}Written by Orla Brannagh\nHarbour reporter. Writes about ferries and the people who run them.\n"
    article = parse(text)
    assert article.byline is not None and article.byline.authors == ("Orla Brannagh",)
    _, boilerplate, paragraphs = parts_of(article)
    assert ("sign-off", "Harbour reporter. Writes about ferries and the people who run them.") in boilerplate
    assert paragraphs[-1] == "The board's chief executive said crews had worked through the weekend to repair the pier."


def test_line_after_blank_under_top_byline_stays() -> None:
    # a byline at the top: the story's last line is no writer's note
    text = f"{HEAD}By Orla Brannagh\n\n{STORY}Crews expect the next storm on Friday.\n"
    _, boilerplate, paragraphs = parts_of(parse(text))
    assert boilerplate == []
    assert paragraphs[-1] == "Crews expect the next storm on Friday."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a call to get an app, with what it offers
        ("Download the Harbour 9 app for breaking news alerts.", "subscribe"),
        ("Get the Coast FM app for live updates", "subscribe"),
        ("Download the Harbour 9 app.", "subscribe"),
        # (what the app does, an offer of no news, an app named in lower case: the story's)
        ("Get the app that tracks your ferry", None),
        ("Download the NHS app for your prescriptions.", None),
        ("download the ferry app for alerts", None),
        # a line that thanks the reader
        ("Thanks for reading! If you liked this, give it a clap and follow me for more.", "share"),
        ("Thank you for reading.", "share"),
        ("Thanks for reading, the skipper told the crowd.", None),
        ("Thanksgiving readings were cancelled.", None),
        # a call after a short lead-in
        ("Don't miss out on the latest news. Follow us on WhatsApp.", "share"),
        ("Stay informed. Sign up to our newsletter.", "subscribe"),
        ("Don't panic. The river crested at noon.", None),
        ("Don't worry. Follow us on Telegram, the skipper said.", None),
        # a follow call on any network
        ("Follow us on WhatsApp.", "share"),
        ("Follow us on YouTube", "share"),
    ],
)
def test_reader_calls(line: str, kind: str | None) -> None:
    assert BoilerplateParser().kind(line) == kind


@pytest.mark.parametrize(
    ("line", "language", "caption"),
    [
        # a caption ending in a credit that names an institution with the language's linking words
        (
            "El exalcalde llega al juzgado en 2025. Foto: Fiscalía General de la Nación",
            "es",
            ("El exalcalde llega al juzgado en 2025.", "Fiscalía General de la Nación"),
        ),
        (
            "Le ministre arrive au tribunal. Photo: Ministère de la Justice",
            "fr",
            ("Le ministre arrive au tribunal.", "Ministère de la Justice"),
        ),
        (
            "The ferry leaves the pier in 2025. Photo: Department for Transport and the Arts",
            None,
            ("The ferry leaves the pier in 2025.", "Department for Transport and the Arts"),
        ),
        # (linking words between lower-case words: a sentence, no credit)
        ("La alcaldía presentó el plan. Foto: vista de la ciudad", "es", None),
    ],
)
def test_institution_credit(line: str, language: str | None, caption: tuple[str, str] | None) -> None:
    texts = {
        "es": "Un juez condenó al exalcalde a 20 años de prisión por el desfalco de la empresa pública.\n\n"
        "La defensa anunció que apelará la decisión del tribunal.\n",
        "fr": "Le tribunal a condamné l'ancien maire à cinq ans de prison pour détournement de fonds.\n\n"
        "La défense a annoncé qu'elle ferait appel de la décision.\n",
        None: STORY,
    }
    article = parse(f"Titular sobre el puerto y la ciudad\n\n{line}\n\n{texts[language]}", language)
    captions, _, paragraphs = parts_of(article)
    assert captions == ([caption] if caption else [])
    assert line not in paragraphs


REPORT = (
    "Harbour scored twice in the last ten minutes to win the county derby at Quay Park.\n\n"
    "Their manager said the side had never stopped believing.\n"
)


@pytest.mark.parametrize(
    ("text", "section", "headline", "filed"),
    [
        # a newsletter's name and its post's title in one block, the subtitle in a block of its own, then
        # the author and the date: the name is the kicker, the title the headline
        (
            "The Harbour Note\nWhy nobody wants to chair the ferry board\n\nA seat nobody wants\n\n"
            "Orla Brannagh\nMar 15, 2026\n\nSubscribe\n\n" + STORY,
            ("The Harbour Note",),
            "Why nobody wants to chair the ferry board",
            [("other", "A seat nobody wants"), ("subscribe", "Subscribe")],
        ),
        # (a short title over a longer line, no subtitle nor author's name under them: the headline stays)
        (
            "The Big Freeze\nSnow closes the ferry port for a week\n\nOrla Brannagh\nMar 15, 2026\n\n" + STORY,
            (),
            "The Big Freeze",
            # (the line under it, over the author's name, its standfirst with no full stop: fixL63b)
            [("standfirst", "Snow closes the ferry port for a week")],
        ),
        # a score line under the headline with more header under it: the header's standfirst
        (
            "Harbour edge Quay Rovers in county derby\n\nHarbour United 2 Quay Rovers 1\n\nBy Orla Brannagh\n"
            "Mar 15, 2026\n\n" + REPORT,
            (),
            "Harbour edge Quay Rovers in county derby",
            [("standfirst", "Harbour United 2 Quay Rovers 1")],
        ),
        # (right over the match report: the story's first line)
        (
            "Harbour edge Quay Rovers in county derby\n\nHarbour United 2 Quay Rovers 1\n\n" + REPORT,
            (),
            "Harbour edge Quay Rovers in county derby",
            [],
        ),
    ],
)
def test_header_layouts(text: str, section: tuple[str, ...], headline: str, filed: list[tuple[str, str]]) -> None:
    article = parse(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert parts_of(article)[1] == filed
