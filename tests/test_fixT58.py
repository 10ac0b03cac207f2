"""fixT58: a new user's layout defects: numeric datelines read by the agency's home order, a table
under the headline, a story sentence with a bar credit glued on, a name over a bracketed agency."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

STORY = (
    "The state government on Thursday capped the price of water supplied by private tankers after "
    "hundreds of complaints.\n\nOfficials said the cap would be reviewed after three months, and that "
    "tanker owners could appeal."
)


@pytest.fixture(scope="module")
def parser() -> ArticleParser:
    return ArticleParser()


@pytest.mark.parametrize(
    ("dateline", "place", "agency", "date"),
    [
        ("NEW DELHI, 03/07/2026 (PTI)\n\n", "NEW DELHI", "PTI", "2026-07-03"),
        ("NEW DELHI, 03/07/2026 (PTI) ", "NEW DELHI", "PTI", "2026-07-03"),
        ("Lagos, 03/07/2026 (NAN) ", "Lagos", "NAN", "2026-07-03"),
        ("ACCRA, 11/02/2026 (GNA) - ", "ACCRA", "GNA", "2026-02-11"),
        ("MUMBAI, 05/09/2026 (IANS)\n\n", "MUMBAI", "IANS", "2026-09-05"),
        # the agency's home writes the month first
        ("NEW YORK, 03/07/2026 (AP) - ", "NEW YORK", "AP", "2026-03-07"),
        # no agency's order known, a day over 12 decides
        ("NEW YORK, 03/17/2026 (Reuters) - ", "NEW YORK", "Reuters", "2026-03-17"),
        ("LONDON, 17/03/2026 (Reuters) - ", "LONDON", "Reuters", "2026-03-17"),
        # precision: nothing decides, no date (a wrong date is worse than none)
        ("NEW YORK, 03/07/2026 (Reuters) - ", "NEW YORK", "Reuters", None),
        ("WASHINGTON, 04/05/2026 - ", "WASHINGTON", None, None),
    ],
)
def test_numeric_dateline(parser: ArticleParser, dateline: str, place: str, agency: str | None, date: str | None) -> None:
    article = parser.parse(f"Water tanker rates capped\n\n{dateline}{STORY}")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (place, agency)
    assert (article.dateline.date.isoformat() if article.dateline.date else None) == date
    assert article.paragraphs[0].text.startswith("The state government")
    assert not [b for b in article.boilerplate if "(" in b.text]


@pytest.mark.parametrize(
    ("table", "rows"),
    [
        (
            "Preliminary results, Auckland Central:\nCandidate\tParty\tVotes\t%\n"
            "Helen White\tLabour\t14,212\t41.3\nJane Roe\tGreen\t13,870\t40.3\n\n",
            ["Helen White Labour 14,212 41.3", "Jane Roe Green 13,870 40.3"],
        ),
        (
            "Final standings:\nAshford\t12\t30\nDunmore\t12\t27\nKelso\t12\t19\n\n",
            ["Ashford 12 30", "Dunmore 12 27"],
        ),
        ("Tom Hale\tDemocrat\t51,200\nAnn Poe\tRepublican\t48,900\n\n", ["Tom Hale Democrat 51,200"]),
    ],
)
def test_table_under_headline_is_story(parser: ArticleParser, table: str, rows: list[str]) -> None:
    article = parser.parse(f"Labour retains the seat\n\n{table}{STORY}")
    texts = [" ".join(p.text.split()) for p in article.paragraphs]
    for row in rows:  # (a paragraph each, or the table one paragraph)
        assert any(row in text for text in texts)
    assert not [b for b in article.boilerplate if "\t" in b.text]


def test_menu_with_tabs_is_no_table(parser: ArticleParser) -> None:
    # precision: tab-separated links with no figures are no table of the story
    article = ArticleParser().parse(f"Water tanker rates capped\n\nHome\tNews\tSport\nWorld\tBusiness\tArts\n\n{STORY}")
    assert article.paragraphs[0].text.startswith("The state government")


@pytest.mark.parametrize(
    ("line", "lede"),
    [
        ("Thousands queued for water on Monday as taps ran dry, the utility said. PHOTO | FILE | NATION", True),
        ("Hundreds of traders were stranded at the border on Tuesday, police said. PHOTO | FILE | CITY DAILY", True),
        # precision: a picture's caption, no speech cue, stays a caption
        ("Residents queue for water at a kiosk in Kibera on Monday. PHOTO | FILE | NATION", False),
    ],
)
def test_story_sentence_over_bar_credit(parser: ArticleParser, line: str, lede: bool) -> None:
    article = parser.parse(f"Water crisis deepens\n\n{line}\n\n{STORY}")
    first = article.paragraphs[0].text
    assert first.startswith(line.split(".")[0]) is lede
    if not lede:
        assert article.captions and article.captions[0].text.startswith("Residents queue")


@pytest.mark.parametrize(
    ("name", "agency_line", "agency"),
    [
        ("Jack Gramenz", "(Australian Associated Press)", "Australian Associated Press"),
        ("Jane Roe", "(Associated Press)", "Associated Press"),
        ("Ann Poe", "(Agence France-Presse)", "Agence France-Presse"),
    ],
)
def test_name_over_agency_under_standfirst(parser: ArticleParser, name: str, agency_line: str, agency: str) -> None:
    text = (
        "Sydney train strike to go ahead\n\nSydney commuters face a day of chaos on Friday after talks between "
        f"the NSW government and the rail union broke down.\n\n{name}\n{agency_line}\nUpdated: 4:36pm, 12 Feb 2026\n\n{STORY}"
    )
    article = parser.parse(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == ((name,), agency)
    assert not [p for p in article.paragraphs if p.text in (name, agency_line)]


def test_name_over_bracketed_agency_under_headline(parser: ArticleParser) -> None:
    article = parser.parse(f"Sydney train strike to go ahead\n\nJack Gramenz\n(Australian Associated Press)\nUpdated: 4:36pm, 12 Feb 2026\n\n{STORY}")
    assert article.byline is not None and article.byline.agency == "Australian Associated Press"
    assert article.dateline is None or article.dateline.agency is None


def test_bracketed_non_agency_is_no_byline(parser: ArticleParser) -> None:
    # precision: a name over a bracketed word that is no agency (a role, a party) is no agency byline
    text = (
        "Sydney train strike to go ahead\n\nSydney commuters face a day of chaos on Friday after talks between "
        f"the NSW government and the rail union broke down.\n\nJack Gramenz\n(Greens)\n\n{STORY}"
    )
    article = parser.parse(text)
    assert article.byline is None or article.byline.agency is None


@pytest.mark.parametrize(
    ("path", "section"),
    [
        ("Hong Kong / Politics", ["Hong Kong", "Politics"]),
        ("New Zealand / Business", ["New Zealand", "Business"]),
        ("World / Asia", ["World", "Asia"]),
    ],
)
def test_place_section_path(parser: ArticleParser, path: str, section: list[str]) -> None:
    article = parser.parse(f"{path}\n\nWater tanker rates capped\n\n{STORY}")
    assert list(article.section) == section
    assert not [b for b in article.boilerplate if b.kind == "credit"]


def test_photographer_slash_outlet_stays_credit(parser: ArticleParser) -> None:
    # precision: a person's name before the slash is a credit, no section
    article = parser.parse(f"Jo Li / Getty Images\n\nWater tanker rates capped\n\n{STORY}")
    assert not article.section
    assert [b.kind for b in article.boilerplate] == ["credit"]


@pytest.mark.parametrize(
    ("header", "place"),
    [
        ("Updated: July 03, 2026 11:52 pm IST\n\nMumbai:\n\n", "Mumbai"),
        ("Jane Roe\nBENGALURU\nPublished - March 14, 2026 08:30 pm IST\n\n", "BENGALURU"),
        ("Updated: July 03, 2026 11:52 pm IST\n\nNairobi:\n\n", "Nairobi"),
        ("KOLKATA\nPublished - March 14, 2026 08:30 pm IST\n\n", "KOLKATA"),
    ],
)
def test_place_alone_in_header_is_dateline(parser: ArticleParser, header: str, place: str) -> None:
    article = parser.parse(f"Water tanker rates capped\n\n{header}{STORY}")
    assert article.dateline is not None and article.dateline.place == place
    assert not [b for b in article.boilerplate if place in b.text]


@pytest.mark.parametrize(
    "line",
    [
        "Politics:",  # no place
        "Highlights:",
    ],
)
def test_label_alone_is_no_dateline(parser: ArticleParser, line: str) -> None:
    article = parser.parse(f"Water tanker rates capped\n\nUpdated: July 03, 2026 11:52 pm IST\n\n{line}\n\n{STORY}")
    assert article.dateline is None


NEWSLETTER = (
    "The Morning Brief\n\n{intro}1. Interislander sailings cancelled\nKiwiRail has cancelled all sailings until Sunday "
    "due to a swell of up to 6 metres, the company said.\n\n2) Petrol prices hit record\nPetrol prices have passed $3.40 "
    "a litre in Wellington, according to a price-tracking app.\n"
)


@pytest.mark.parametrize("intro", ["", "Good morning. Here is what you need to know today.\n\n"])
def test_numbered_subheads(parser: ArticleParser, intro: str) -> None:
    article = parser.parse(NEWSLETTER.format(intro=intro))
    texts = [p.text for p in article.paragraphs]
    assert "1. Interislander sailings cancelled" in texts
    assert "2) Petrol prices hit record" in texts
    assert any(t.startswith("Petrol prices have passed") for t in texts)
    assert not any("cancelled" in q.text and "KiwiRail" in q.text and "Interislander" in q.text for q in article.quotes)


@pytest.mark.parametrize(
    "lines",
    [
        # precision: a numbered item cut mid-phrase, hard-wrapped, goes on
        "1. The council will vote on\nTuesday on the plan, officials said.",
        # a numbered item wrapped after a capitalised word it had no room for: no subhead over it
        "3. Officials said the new plan would be put to the Regional Council on\nMonday, the day after the vote.",
    ],
)
def test_numbered_line_no_subhead(lines: str) -> None:
    from newsparse.body import BodyParser
    from newsparse.lines import split_lines

    body = BodyParser()
    first, second = split_lines(lines)
    assert not body.is_numbered_subhead(first)
    assert not body.starts_paragraph(first, second, indented=False, blank=False)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Featured Video Of The Day", "navigation"),
        ("Featured Videos", "navigation"),
        ("Advertise with NZME.", "advertisement"),
        ("Advertise with us", "advertisement"),
        ("You are receiving this email because you signed up to the Morning Brief newsletter. Unsubscribe", "subscribe"),
        ("You received this newsletter because you subscribed at citydaily.example.", "subscribe"),
        # precision: the story's sentences about apps, adverts and e-mails
        ("Residents were told to download the council app to report outages, officials said.", None),
        ("The firm said it would advertise with several national broadcasters this year.", None),
        ("You are receiving this email because the council wants feedback, the letter said to residents.", None),
        ("Featured in the exhibition are works by local artists.", None),
    ],
)
def test_reader_calls_are_boilerplate(line: str, kind: str | None) -> None:
    from newsparse.boilerplate import BoilerplateParser

    assert BoilerplateParser().kind(line) == kind
