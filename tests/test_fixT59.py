"""Layout fixes of round 59's new-user trial (fixT59): an ambiguous zone abbreviation takes the
offset of the region the page names, a numeric stamp that reads both ways follows the article's
dateline, a place and date line under a short headline is no headline (Austrian months too), and
a copyright sign before any name after a caption's sentence is its credit.  One table each."""

from __future__ import annotations

import pytest

from articles import stamp_isoformats
from newsparse import ArticleParser

STORY = "\n\nCrews worked through the night to clear the road, the council said.\n\nTraffic was moving again by noon.\n"


# -- (1) an ambiguous zone takes the offset of the one region the page names ----------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (an Irish page: Irish Standard Time, the summer clock, +01:00)
        (
            "Ireland\nCouncil approves new cycle lanes\nUpdated / Tuesday, 12 Aug 2025 08:15 IST\nBy Niamh Brennan"
            "\n\nDublin City Council has approved a network of protected cycle lanes along the quays.\n",
            (None, "2025-08-12T08:15:00+01:00"),
        ),
        # (the dateline alone names the capital: the story's place, not the site's, no offset; fixR59)
        (
            "Metro line to open next month\nPublished: Aug 12, 2025 08:15 IST\n\nNEW DELHI: The first section of"
            " the new metro line will open to passengers next month, officials said on Tuesday.\n",
            ("2025-08-12T08:15:00", None),
        ),
        # (an Indian page: a line in capitals names the capital, +05:30)
        (
            "Metro line to open next month\nPublished: Aug 12, 2025 08:15 IST\n\nThe first section of the"
            " new metro line will open to passengers next month, officials said on Tuesday.\n\nMORE FROM NEW DELHI\n",
            ("2025-08-12T08:15:00+05:30", None),
        ),
        # (an Israeli page, +02:00)
        (
            "Tram line extended\nPublished: Mar 3, 2025 10:00 IST\n\nJerusalem's light rail will run to the"
            " southern suburbs from next year, the transport ministry said.\n",
            ("2025-03-03T10:00:00+02:00", None),
        ),
        # (a page that names no region of the zone's: the clock without an offset)
        (
            "Metro line to open next month\nPublished: Aug 12, 2025 08:15 IST\n\nThe first section of the new"
            " metro line will open to passengers next month, officials said on Tuesday.\n",
            ("2025-08-12T08:15:00", None),
        ),
        # (a page that names two of its regions: none either)
        (
            "Cricket tour confirmed\nPublished: Aug 12, 2025 08:15 IST\n\nIreland will host India for three"
            " matches in Dublin next summer, the board said.\n",
            ("2025-08-12T08:15:00", None),
        ),
        # (China's Central Standard Time, +08:00, on a page of the Chinese wire: named outside the
        # dateline, which alone names the story's place, fixR59)
        (
            "Port volumes rise\nPublished: Jun 3, 2025 14:20 CST\n\nBEIJING, June 3 (Xinhua) -- Container"
            " volumes at the country's ports rose in May, the transport ministry said.\n\nThe ministry told Xinhua"
            " that exports to Europe led the rise.\n",
            ("2025-06-03T14:20:00+08:00", None),
        ),
        (
            "Port volumes rise\nPublished: Jun 3, 2025 14:20 CST\n\nBEIJING, June 3 (Xinhua) -- Container"
            " volumes at the country's ports rose in May, the transport ministry said.\n",
            ("2025-06-03T14:20:00", None),
        ),
        # (America's, -06:00, on a page from Texas)
        (
            "Storm knocks out power\nPublished: Jun 3, 2025 14:20 CST\n\nHOUSTON - Thousands of homes in Texas"
            " were without power on Tuesday after a storm swept through, the utility said.\n",
            ("2025-06-03T14:20:00-06:00", None),
        ),
        # (British Summer Time, +01:00, and Bangladesh Standard Time, +06:00)
        (
            "Rail fares to rise\nPublished: 14:05 BST, 3 June 2025\n\nFares on trains into London will rise"
            " by 4 per cent in the autumn, the operator said.\n",
            ("2025-06-03T14:05:00+01:00", None),
        ),
        (
            "Rail fares to rise\nPublished: 14:05 BST, 3 June 2025\n\nFares on trains into Dhaka will rise"
            " in the autumn, the operator said.\n",
            ("2025-06-03T14:05:00+06:00", None),
        ),
        # (a zone that names one zone only is read as before, whatever the page names)
        (
            "Rail fares to rise\nPublished: 14:05 GMT, 3 June 2025\n\nFares on trains into Dhaka will rise"
            " in the autumn, the operator said.\n",
            ("2025-06-03T14:05:00+00:00", None),
        ),
    ],
)
def test_ambiguous_zone_takes_the_region_the_page_names(text: str, expected: tuple[str | None, str | None]) -> None:
    assert stamp_isoformats(text) == expected


# -- (3) a numeric stamp that reads both ways follows the article's own dateline -----------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (4 May, as the dateline spells it, not 5 April)
        (
            "Floods cut off river towns\nPublished: 04/05/2025 09:30\n\nDHAKA, May 4 (Reuters) - Floodwaters cut"
            " off dozens of river towns on Sunday after a week of heavy rain, officials said.\n",
            ("2025-05-04T09:30:00", None),
        ),
        # (an update a day after the dateline's date: 7 June, not 6 July)
        (
            "Port strike enters second week\nUpdated: 07/06/2025 18:05\n\nLAGOS, June 6 (Reuters) - Dock workers"
            " stayed off the job for an eighth day on Friday.\n",
            (None, "2025-06-07T18:05:00"),
        ),
        # (the same month first when the dateline says so: 3 February)
        (
            "Wheat prices climb\nPublished: 02/03/2025 14:00\n\nCHICAGO, Feb 3 (Reuters) - Wheat futures rose for"
            " a third session on Monday.\n",
            ("2025-02-03T14:00:00", None),
        ),
        # (no dateline: the parser's reading, month first)
        (
            "Floods cut off river towns\nPublished: 04/05/2025 09:30\n\nFloodwaters cut off dozens of river"
            " towns on Sunday after a week of heavy rain, officials said.\n",
            ("2025-04-05T09:30:00", None),
        ),
        # (a dateline's date that neither reading comes near: no date, a wrong one is worse than none; fixL60)
        (
            "Floods cut off river towns\nPublished: 04/05/2025 09:30\n\nDHAKA, June 20 (Reuters) - Floodwaters cut"
            " off dozens of river towns on Sunday after a week of heavy rain, officials said.\n",
            (None, None),
        ),
        # (a weekday that agrees with one reading only decides, whatever the dateline says)
        (
            "Floods cut off river towns\nPublished: Saturday 04/05/2025 09:30\n\nDHAKA, May 4 (Reuters) -"
            " Floodwaters cut off dozens of river towns on Sunday, officials said.\n",
            ("2025-04-05T09:30:00", None),
        ),
    ],
)
def test_numeric_stamp_follows_the_dateline(text: str, expected: tuple[str | None, str | None]) -> None:
    assert stamp_isoformats(text) == expected


# -- (2) a place and a date under a short headline; Austrian months ------------------------------

@pytest.mark.parametrize(
    ("text", "headline", "published"),
    [
        (
            "Neue Regeln\nWien, 14. Jänner 2025\n\nDie Stadt verschärft die Regeln für die Vermietung von Wohnungen"
            " an Touristen.\n",
            "Neue Regeln",
            "2025-01-14T00:00:00",
        ),
        (
            "Budget beschlossen\nGraz, 3. Feber 2025\n\nDer Landtag hat am Montag das Budget für das laufende Jahr"
            " beschlossen.\n",
            "Budget beschlossen",
            "2025-02-03T00:00:00",
        ),
        (
            "Landtag beschließt Budget für das laufende Jahr\n14. Feber 2025\n\nDer Landtag hat am Montag das"
            " Budget beschlossen.\n",
            "Landtag beschließt Budget für das laufende Jahr",
            "2025-02-14T00:00:00",
        ),
        # (a kicker over a headline with no date: the kicker is the section, as before)
        (
            "Politik\nLandtag beschließt Budget für das laufende Jahr\n\nDer Landtag hat am Montag das Budget"
            " beschlossen.\n",
            "Landtag beschließt Budget für das laufende Jahr",
            None,
        ),
    ],
)
def test_place_and_date_line_is_no_headline(text: str, headline: str, published: str | None) -> None:
    article = ArticleParser(language="de").parse(text)
    assert article.headline is not None and article.headline.text == headline
    assert (article.published.datetime.isoformat() if article.published else None) == published


# -- (5) a copyright sign before any name after a caption's sentence is its credit ----------------

@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("A Stib bus at Gare du Midi. © Belga", ("A Stib bus at Gare du Midi.", "Belga")),
        ("Commuters wait for a tram on Rue de la Loi. © Jean Dupont", ("Commuters wait for a tram on Rue de la Loi.", "Jean Dupont")),
        ("A tram on Rue de la Loi. © Belga/Nicolas Maeterlinck", ("A tram on Rue de la Loi.", "Belga/Nicolas Maeterlinck")),
        # (the story's sentence before the sign: no caption)
        ("The works will cost 250 million euros, the transport minister said. © Jean Dupont", None),
        # (a year after the sign: the page's notice)
        ("A Stib bus at Gare du Midi. © 2025 City Herald", None),
    ],
)
def test_copyright_name_credits_a_caption(line: str, expected: tuple[str, str] | None) -> None:
    text = "Brussels extends tram line\n\nThe government approved a plan to extend the tram line to the airport.\n\n"
    text += line + "\n\nThe first section is due to open in 2027.\n"
    article = ArticleParser().parse(text)
    found = [(caption.text, caption.credit) for caption in article.captions]
    assert found == ([expected] if expected else [])
    if expected is None:
        assert any(line.startswith(paragraph.text.split(" ©")[0]) for paragraph in article.paragraphs) or any(
            line.startswith(part.text) for part in article.boilerplate
        )


def test_copyright_name_on_the_last_line_is_no_caption() -> None:
    text = (
        "Brussels extends tram line\n\nThe government approved a plan to extend the tram line to the airport.\n\n"
        "The first section is due to open on Monday. © City Herald\n"
    )
    assert ArticleParser().parse(text).captions == ()


# -- (4) a live blog's clock right under "Key events" opens an entry; its heading stays the story's --

@pytest.mark.parametrize(
    ("text", "paragraphs", "stamps"),
    [
        (
            "Floods: live updates as river bursts its banks\nKey events\n10:20 BST\nRail line closed at Carlisle\n"
            "Network Rail said the line would stay shut until Friday.\n\n09:55 BST\nSchools shut across the county\n"
            "The council said 40 schools would not open on Monday.\n",
            [
                "Rail line closed at Carlisle",
                "Network Rail said the line would stay shut until Friday.",
                "Schools shut across the county",
                "The council said 40 schools would not open on Monday.",
            ],
            ["10:20 BST", "09:55 BST"],
        ),
        (
            "Election night: live results\nKey events:\n11.42pm\nTurnout tops 60 per cent in the capital\n"
            "Officials said turnout had passed 60 per cent by late evening.\n\n11.05pm\nFirst seat declared\n"
            "The first result came in from the northern district.\n",
            [
                "Turnout tops 60 per cent in the capital",
                "Officials said turnout had passed 60 per cent by late evening.",
                "First seat declared",
                "The first result came in from the northern district.",
            ],
            ["11.42pm", "11.05pm"],
        ),
    ],
)
def test_clock_under_entry_label_opens_an_entry(text: str, paragraphs: list[str], stamps: list[str]) -> None:
    article = ArticleParser().parse(text)
    assert [paragraph.text for paragraph in article.paragraphs] == paragraphs
    assert [part.text for part in article.boilerplate if part.kind == "timestamp"] == stamps


def test_clock_under_a_word_that_is_no_entry_label_is_no_entry() -> None:
    # (a clock under a line that is no label of a live blog's, with no blank line: not read as an entry's)
    text = (
        "Floods close rail line\nBy Jane Roe\n10:20 BST\nRail line closed at Carlisle\n\n"
        "Network Rail said the line would stay shut until Friday.\n"
    )
    article = ArticleParser().parse(text)
    assert [(part.kind, part.text) for part in article.boilerplate] == [
        ("other", "10:20 BST"), ("other", "Rail line closed at Carlisle"),
    ]
    assert [p.text for p in article.paragraphs] == ["Network Rail said the line would stay shut until Friday."]


# -- (6) a prompt to share the story, by its shape ---------------------------------------------------

@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share this:", "share"),
        ("Kindly share this story:", "share"),
        ("Please share:", "share"),
        ("Click to share on Facebook (Opens in new window)", "share"),
        ("Click to share on WhatsApp (Opens in new window)", "share"),
        # (a story's lead-in before a list, and its sentence: the story's)
        ("Residents were asked to share their views:", None),
        ("The two clubs share a ground:", None),
        ("Residents were asked to share their views.", None),
        # (a link with a hint that names no sharing: no share prompt)
        ("Council budget papers (Opens in new window)", None),
    ],
)
def test_share_prompt_by_shape(line: str, kind: str | None) -> None:
    from newsparse import BoilerplateParser

    assert BoilerplateParser().kind(line) == kind


def test_share_prompts_leave_the_body() -> None:
    text = (
        "Harbour bridge to close\nBy Jane Roe\n\nThe harbour bridge will close for six weeks from March, the council"
        " said on Monday.\n\nDrivers will be diverted through the town centre.\n\nShare this:\n"
        "Click to share on Facebook (Opens in new window)\nClick to share on X (Opens in new window)\n"
    )
    article = ArticleParser().parse(text)
    assert [p.text for p in article.paragraphs] == [
        "The harbour bridge will close for six weeks from March, the council said on Monday.",
        "Drivers will be diverted through the town centre.",
    ]
    assert [(part.kind, part.text) for part in article.boilerplate] == [
        ("share", "Share this:"),
        ("share", "Click to share on Facebook (Opens in new window)"),
        ("share", "Click to share on X (Opens in new window)"),
    ]


# -- (8) a wire's slug and its stamp at the item's end --------------------------------------------

WIRE_ITEM = (
    "Stadt baut neue Radwege\n\nGraz (APA) - Die Stadt Graz baut bis 2027 zwölf Kilometer neue Radwege. Das teilte"
    " die Stadtregierung am Montag mit.\n\nDie Kosten liegen bei 18 Millionen Euro.\n\n"
)


@pytest.mark.parametrize(
    ("slug", "published", "other"),
    [
        ("APA0412 2025-06-02/14:05", "2025-06-02T14:05:00", ["APA0412"]),
        ("APA0098 2025-11-20/09:30", "2025-11-20T09:30:00", ["APA0098"]),
        # (a code of no agency's before the stamp: no slug, no stamp)
        ("XQZ0412 2025-06-02/14:05", None, ["XQZ0412 2025-06-02/14:05"]),
        # (words after the stamp: no slug's line)
        ("APA0412 2025-06-02/14:05 Seite 2", None, ["APA0412 2025-06-02/14:05 Seite 2"]),
    ],
)
def test_wire_slug_stamp(slug: str, published: str | None, other: list[str]) -> None:
    article = ArticleParser(language="de").parse(WIRE_ITEM + slug + "\n")
    assert (article.published.datetime.isoformat() if article.published else None) == published
    assert [part.text for part in article.boilerplate if part.kind == "other"] == other
