"""Captions and credits as web pages print them, copied from a browser or a scraper: a credit line
with no caption above it, a credit line under the caption, a credit after a bar, and the lines
above a credit line that are no caption (buttons, bylines, subheadings, titles, story text).

Every page here is invented; each case is a whole article, so that the header and body rules
decide together, as they do on a real page.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse import CaptionParser
from newsparse.lines import split_lines

HEADLINE = "Harbor district plans a new ferry terminal\n\n"
BYLINE = "By Mara Quint\n\nPublished March 4, 2025\n\n"
PARAGRAPH_1 = (
    "The port authority on Monday unveiled plans for a ferry terminal on the old cannery pier, "
    "a project that would cost about $40 million and open in 2028, officials said.\n\n"
)
PARAGRAPH_2 = (
    "\n\nConstruction could begin next spring if the city council approves the zoning change, "
    "which is scheduled for a vote in April.\n"
)


def page(*lines: str) -> str:
    """An article: headline, byline and stamp, a paragraph, *lines* (each set off by blank lines), a paragraph."""
    return HEADLINE + BYLINE + PARAGRAPH_1 + "\n\n".join(lines) + PARAGRAPH_2


# -- a credit line with no caption above it is a caption of its own ------------------------------

LONE_CREDITS = [
    # (credit line, credit)
    ("Photo by Lena Marsh/Getty Images/iStockphoto", "Lena Marsh/Getty Images/iStockphoto"),
    ("(Image credit: Orchard Games)", "Orchard Games"),
    ("Courtesy of Harbor Realty", "Harbor Realty"),
    ("Courtesy Harbor Realty", "Harbor Realty"),
    ("Photo: Tom Beale", "Tom Beale"),
    # a photographer's name and an outlet, a slash between them
    ("Rita Okafor/Daily Ledger", "Rita Okafor/Daily Ledger"),
    ("Noel Brandt / AP", "Noel Brandt / AP"),
    # a photographer's handle and a stock library
    ("marshlena - stock.adobe.com", "marshlena - stock.adobe.com"),
    ("Lena Marsh/iStock", "Lena Marsh/iStock"),
]


@pytest.mark.parametrize(("line", "credit"), LONE_CREDITS)
def test_a_credit_line_under_a_paragraph_is_a_caption_of_its_own(line: str, credit: str) -> None:
    article = newsparse.parse_article(page(line))
    assert [(c.text, c.credit) for c in article.captions] == [(line, credit)]
    assert [p.text for p in article.paragraphs] == [PARAGRAPH_1.strip(), PARAGRAPH_2.strip()]
    assert "credit" not in [b.kind for b in article.boilerplate]


@pytest.mark.parametrize(("line", "credit"), LONE_CREDITS[:3])
def test_a_credit_line_under_the_byline_is_a_caption_of_its_own(line: str, credit: str) -> None:
    text = HEADLINE + BYLINE + line + "\n\n" + PARAGRAPH_1 + PARAGRAPH_2.strip() + "\n"
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [(line, credit)]
    assert article.byline is not None and article.byline.authors == ("Mara Quint",)
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Source: Port authority filings", "sign-off"),  # a source credits the text, not a picture
        ("SOURCE: Harbor Board", "credit"),
        ("Image copyright Lena Marsh", "credit"),  # a credit printed above the picture it credits
    ],
)
def test_a_credit_of_the_text_or_of_the_picture_below_is_no_caption(line: str, kind: str) -> None:
    article = newsparse.parse_article(page(line))
    assert article.captions == ()
    assert [(b.kind, b.text) for b in article.boilerplate] == [(kind, line)]


# -- a credit line under a caption credits it ---------------------------------------------------

CAPTIONS_ABOVE = [
    # (line above, credit line, credit)
    ("Ferries wait at the old cannery pier on Monday.", "Rita Okafor/Daily Ledger", "Rita Okafor/Daily Ledger"),
    ("Ferries wait at the old cannery pier on Monday.", "Courtesy of Harbor Realty", "Harbor Realty"),
    # the names of the people pictured, no sentence
    ("Mara Quint and Tom Beale", "Photo: Lena Marsh", "Lena Marsh"),
    # a fragment of five words or more
    ("Passengers board the last evening ferry to the island", "Lena Marsh/Getty Images", "Lena Marsh/Getty Images"),
    # two sentences
    ("The pier in 1950. It was a cannery until 1974.", "Photo: Lena Marsh", "Lena Marsh"),
    # a title in quotation marks is no speech
    ('Dockworkers rehearse "The Last Ferry" at the pier.', "Photo: Lena Marsh", "Lena Marsh"),
    # a word that opens a button opens a caption too when no button follows it
    ("Sign language interpreter Ada Ruiz at the harbor board meeting.", "Photo: Lena Marsh", "Lena Marsh"),
]


@pytest.mark.parametrize(("above", "line", "credit"), CAPTIONS_ABOVE)
def test_a_credit_line_credits_the_caption_above(above: str, line: str, credit: str) -> None:
    article = newsparse.parse_article(page(above, line))
    assert [(c.text, c.credit) for c in article.captions] == [(above, credit)]
    assert [(b.kind, b.text) for b in article.boilerplate] == [("credit", line)]
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # a credit with a slash after a bar
        ("Councilwoman Ada Ruiz and her husband at the pier in May. | Noel Brandt/AP Photo",
         "Councilwoman Ada Ruiz and her husband at the pier in May.", "Noel Brandt/AP Photo"),
        # a courtesy credit inside the caption line keeps no "of"
        ("The terminal as the architects drew it. Courtesy of Harbor Realty",
         "The terminal as the architects drew it.", "Harbor Realty"),
        # a copyright sign before the photographer and the agency, as European pages print it
        ("Dockworkers march past the cannery sheds on Monday. © Noel Brandt / AFP",
         "Dockworkers march past the cannery sheds on Monday.", "Noel Brandt / AFP"),
        ("The old ferry leaves the pier for the last time. ©AFP/Noel Brandt",
         "The old ferry leaves the pier for the last time.", "AFP/Noel Brandt"),
        ("Harbor master Ada Ruiz at the cannery pier. © ANP", "Harbor master Ada Ruiz at the cannery pier.", "ANP"),
        # a video's caption label
        ("Video caption: Dockworkers march past the cannery sheds", "Dockworkers march past the cannery sheds", None),
    ],
)
def test_a_caption_line_with_its_credit(line: str, caption: str, credit: str) -> None:
    article = newsparse.parse_article(page(line))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert len(article.paragraphs) == 2


# -- what stands above a credit line and is no caption -------------------------------------------

NOT_CAPTIONS_ABOVE = [
    # buttons and prompts
    "Join the discussion",
    "Share on Facebook Share on X Share by email",
    "Shares",
    "tweet share Reddit Email",
    "Sign up for the Harbor Desk newsletter",
    # a subheading, and a related story's title in capitals
    "Costs and the timetable",
    "Harbor Mission Could Soon Reopen the Old Pier",
    # story text: a pronoun of people named before, a quotation, reported speech, several sentences
    "She said the terminal would change the waterfront for a generation of commuters.",
    "What is clear is that she knew how to sell a plan to a skeptical council.",
    "“We have waited thirty years for a proper terminal here,” one commuter wrote.",
    "If you take the ferry today, the trip takes forty minutes.",
    "The pier closed in 1974. Then the fire came. Nobody rebuilt it.",
]


@pytest.mark.parametrize("above", NOT_CAPTIONS_ABOVE)
def test_a_line_above_a_credit_line_that_is_no_caption(above: str) -> None:
    line = "Photo by Lena Marsh"
    article = newsparse.parse_article(page(above, line))
    assert [(c.text, c.credit) for c in article.captions] == [(line, "Lena Marsh")]
    kept = [p.text for p in article.paragraphs] + [b.text for b in article.boilerplate]
    assert above in kept


def test_a_byline_line_above_a_credit_line_is_no_caption() -> None:
    text = (
        HEADLINE
        + "By Mara Quint, in News, Ports · 4 Mar 2025, 10:02 · 0 Comments\n\n"
        + "Credits: Supplied Image\n\n"
        + PARAGRAPH_1
        + PARAGRAPH_2.strip()
        + "\n"
    )
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [("Credits: Supplied Image", "Supplied Image")]
    assert article.byline is not None and article.byline.authors == ("Mara Quint",)


# -- story sentences that mention pictures stay paragraphs ---------------------------------------

STORY_SENTENCES = [
    "The exhibit at the terminal will include a photo by Dorothea Lange.",
    "The port hired Getty Images to scan its archive of cannery photographs.",
    "Photos by residents will hang in the waiting hall, the architect said.",
    "Courtesy calls to the neighbours began in January.",
    "The plans were first shared via email with the harbor board.",
    "Images of the pier from the 1950s show a row of cannery sheds.",
    "The logo on the new ferries will carry a © mark and the port's name.",
    "The terminal's mosaic, © 1958 by the cannery workers' union, will be restored.",
]


@pytest.mark.parametrize("sentence", STORY_SENTENCES)
def test_a_sentence_about_pictures_stays_a_paragraph(sentence: str) -> None:
    article = newsparse.parse_article(page(sentence))
    assert article.captions == ()
    assert [p.text for p in article.paragraphs] == [PARAGRAPH_1.strip(), sentence, PARAGRAPH_2.strip()]


# -- CaptionParser on its own --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Rita Okafor/Daily Ledger", "Rita Okafor/Daily Ledger"),
        ("marshlena - stock.adobe.com", "marshlena - stock.adobe.com"),
        ("Courtesy of Harbor Realty", "Harbor Realty"),
        # no name before the slash: a section path, not a credit
        ("World News / Europe", None),
        ("United States / Canada", None),
        ("Politics/Elections", None),
        ("Source: the council minutes.", None),
        # a line that opens with a copyright sign is a notice, not a credit line: a page's footer
        # prints "© AFP / Relaxnews" alone too (a credit after a caption's sentence end is read)
        ("© Noel Brandt / AFP", None),
        ("© AFP", None),
        ("© 2025 Harbor Media", None),
        ("© Harbor Media. All rights reserved.", None),
    ],
)
def test_credit_of(line: str, credit: str | None) -> None:
    assert CaptionParser().credit_of(split_lines(line)[0]) == credit


# -- a video's caption, a web address as the credit, a picture desk's notice -----------------------


@pytest.mark.parametrize(
    ("lines", "captions"),
    [
        # a video's length on a line of its own, then the video's caption
        (["00:01:49", "Divers inspect the pilings under the old cannery pier"],
         [("Divers inspect the pilings under the old cannery pier", None)]),
        # a web address in brackets after the caption
        (["Posters from the terminal campaign. (harborferry.org)"], [("Posters from the terminal campaign.", "harborferry.org")]),
        # a picture desk's notice in capitals after the credit is left out of caption and credit
        (["Smoke rises over the pier after the fire in this picture obtained from social media. "
          "@harborwatch/via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES. NO ARCHIVES."],
         [("Smoke rises over the pier after the fire in this picture obtained from social media.", "@harborwatch/via REUTERS")]),
        (["Workers repair the pier in this handout picture taken on March 2. Handout via Reuters"],
         [("Workers repair the pier in this handout picture taken on March 2.", "Handout via Reuters")]),
        # a whole credit line with a stock library at its end is no caption of the words before the library
        (["Photo by marshlena /Getty Images/iStockphoto"], [("Photo by marshlena /Getty Images/iStockphoto", "marshlena /Getty Images/iStockphoto")]),
    ],
)
def test_captions_in_the_body(lines: list[str], captions: list[tuple[str, str | None]]) -> None:
    article = newsparse.parse_article(page(*lines))
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert [p.text for p in article.paragraphs] == [PARAGRAPH_1.strip(), PARAGRAPH_2.strip()]


@pytest.mark.parametrize(
    "text",
    [
        # a name alone with a full stop may sign a letter to the editor or head a list: no caption
        "Letters: the ferry plan\n\nThe terminal will bring traffic to a street that cannot take it, and the council knows it.\n\n"
        "Ada Ruiz.\n\nI have waited years for a ferry to the city, and I will be the first to buy a ticket.\n\nNoel J. Brandt.\n",
        # a name that ends a hard-wrapped sentence
        "Harbor board backs ferry plan\n\nThe harbor board backed the plan on Monday, said its chair,\nAda Ruiz.\n"
        "The vote was 5-2, and the board will meet again in May to set the fares.\n",
    ],
)
def test_a_name_alone_is_no_caption(text: str) -> None:
    assert newsparse.parse_article(text).captions == ()


@pytest.mark.parametrize(
    "line",
    [
        "Grade: B+.",  # a verdict, not a name
        "Ada Ruiz, Portland, Ore.",  # a name and a place
        "Gov. Ada Ruiz.",  # a title with a full stop: a sentence may be cut there
        "THE HARBOR BOARD VOTED ON MONDAY. THE PLAN PASSED BY FIVE VOTES.",  # capitals, no credit
    ],
)
def test_lines_that_are_no_caption(line: str) -> None:
    article = newsparse.parse_article(page(line))
    assert article.captions == ()
    assert line in [p.text for p in article.paragraphs] + [b.text for b in article.boilerplate]


def test_a_video_link_is_no_caption_of_its_own() -> None:
    line = "Video: Harbor board meeting highlights"
    article = newsparse.parse_article(page(line))
    assert article.captions == ()
    assert line in [b.text for b in article.boilerplate] + [p.text for p in article.paragraphs]


def test_the_authors_title_under_the_byline_is_no_caption() -> None:
    text = (
        HEADLINE
        + "March 4, 2025\nMara Quint\nProfessor of urban planning at Lakeshore University\n\n"
        + "Noel Brandt / AP\n\n"
        + PARAGRAPH_1
        + PARAGRAPH_2.strip()
        + "\n"
    )
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [("Noel Brandt / AP", "Noel Brandt / AP")]
    assert article.byline is not None and article.byline.authors == ("Mara Quint",)


# -- a credit printed above its caption -----------------------------------------------------------

PARAGRAPH_0 = (
    "The terminal would replace a parking lot and two warehouses that have stood empty since the "
    "cannery closed, and it would serve about 3,000 riders a day, the port said.\n\n"
)

AGENCY_ABOVE = [
    # (agency line, line under it, captions, the lines left in paragraphs or boilerplate)
    ("EPA", "Commuters queue for the last ferry to the island on a winter evening",
     [("Commuters queue for the last ferry to the island on a winter evening", "EPA")], []),
    # a sentence is the story's
    ("AFP", "Commuters queued for the last ferry of the season on Friday.",
     [], ["AFP", "Commuters queued for the last ferry of the season on Friday."]),
    # a subheading too short to be a caption
    ("AFP", "Costs and the timetable", [], ["AFP", "Costs and the timetable"]),
    # a gallery slide's title after its counter
    ("AP", "12/40 Ferry fares rise for the third year", [], ["AP", "12/40 Ferry fares rise for the third year"]),
]


@pytest.mark.parametrize(("agency", "line", "captions", "kept"), AGENCY_ABOVE)
def test_an_agency_above_a_caption(agency: str, line: str, captions: list[tuple[str, str]], kept: list[str]) -> None:
    text = HEADLINE + BYLINE + PARAGRAPH_1 + PARAGRAPH_0 + agency + "\n\n" + line + PARAGRAPH_2
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == captions
    paragraphs = [p.text for p in article.paragraphs]
    assert paragraphs[:2] == [PARAGRAPH_1.strip(), PARAGRAPH_0.strip()] and paragraphs[-1] == PARAGRAPH_2.strip()
    assert sorted(paragraphs[2:-1] + [b.text for b in article.boilerplate if b.kind != "credit"]) == sorted(kept)
    if captions:
        assert [(b.kind, b.text) for b in article.boilerplate] == [("credit", agency)]


def test_a_related_title_under_a_sign_off_is_no_caption() -> None:
    text = (
        HEADLINE + BYLINE + PARAGRAPH_1 + PARAGRAPH_0 + PARAGRAPH_2.strip()
        + "\n\nReuters\n\nFerry operators raise fares for the third year in a row\n\nPort strike ends after two weeks\n"
    )
    article = newsparse.parse_article(text)
    assert article.captions == ()
