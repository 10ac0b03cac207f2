"""Story lines that web pages print around a story and that were read as its paragraphs (lay46):
a disclosure of the writer's holdings, the writer's note that names the writer by a possessive
or by the given name alone, and a photo's caption labelled ``Pictured`` with where in the
picture before the colon."""

from __future__ import annotations

import pytest

import newsparse

STORY = (
    "The city council voted on Tuesday to raise harbour ferry fares by 40 cents from April, citing "
    "higher fuel costs.\n\n"
    "Commuters said the increase would hit shift workers hardest.\n\n"
)


def kinds(text: str) -> dict[str, str]:
    return {b.text: b.kind for b in newsparse.parse_article(text).boilerplate}


def paragraph_texts(text: str) -> list[str]:
    return [p.text for p in newsparse.parse_article(text).paragraphs]


@pytest.mark.parametrize(
    ("header", "disclosure"),
    [
        # a business desk's column: the label, then the holding
        ("Harbour ferry fares to rise in spring\n\nBy Jane Roe\n\n", "Disclosure: The author holds shares in Northline Ferries."),
        # a markets blog: the holding told without a label
        ("Ferry operator's fares: a buy signal?\n\nTom Berg | Market Notes\n\n", "The author has no position in any of the stocks mentioned."),
        # an investing site's footer with a time lead
        (
            "Why ferry stocks could sail higher\n\nBy Ana Lima\n\n",
            "At the time of writing, the writer owned shares of Northline Ferries and Bay Transit.",
        ),
        # a tech reviewer's note
        ("Northline's new app reviewed\n\nSam Roe\n\n", "Full disclosure: I use the app on my own commute."),
        ("Northline's new app reviewed\n\nSam Roe\n\n", "The columnist does not own shares in any ferry company."),
    ],
)
def test_a_disclosure_line_is_a_disclaimer(header: str, disclosure: str) -> None:
    text = f"{header}{STORY}{disclosure}\n"
    assert kinds(text)[disclosure] == "disclaimer"
    assert paragraph_texts(text) == [
        "The city council voted on Tuesday to raise harbour ferry fares by 40 cents from April, citing higher fuel costs.",
        "Commuters said the increase would hit shift workers hardest.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ortiz owns shares of Northline Ferries, filings show.",  # a person of the story, by name
        "The authority holds shares in three ferry companies, its report said.",  # not the writer
        '"The author holds shares in the firm," the lawyer told the court.',  # a quotation
    ],
)
def test_a_story_sentence_about_holdings_stays_a_paragraph(sentence: str) -> None:
    text = f"Ferry fares to rise\n\n{STORY}{sentence}\n\nThe new fares start on April 1.\n"
    assert sentence in paragraph_texts(text)


@pytest.mark.parametrize(
    ("byline", "note"),
    [
        # an entertainment site: the given name alone before the role
        ("By Marta Quinlan | Daily Ledger", "Marta is an arts reporter for Daily Ledger."),
        ("By Julio Fernandes", "Julio is the Ledger's chief theatre critic."),
        # a science site: the writer's book, by a possessive
        ("By Owen Tailor", "Owen Tailor's book about amateur astronomy, \"Night Shift\", is out now. Follow him on Twitter @otailor."),
        ("By Priya Natarajan", "Priya Natarajan’s newsletter on city politics goes out every Friday."),
    ],
)
def test_the_writer_note_under_the_story_is_a_sign_off(byline: str, note: str) -> None:
    text = f"Harbour ferry fares to rise in spring\n\n{byline}\n\n{STORY}{note}\n"
    assert kinds(text)[note] == "sign-off"
    assert paragraph_texts(text)[-1] == "Commuters said the increase would hit shift workers hardest."


@pytest.mark.parametrize(
    "last",
    [
        "Martin is a retired engineer who moved to the island in 2009.",  # another given name
        "Marta Lopez is a nurse at the island's clinic.",  # someone else who shares the given name
    ],
)
def test_a_last_line_about_someone_else_stays_a_paragraph(last: str) -> None:
    text = f"Harbour ferry fares to rise in spring\n\nBy Marta Quinlan\n\n{STORY}{last}\n"
    assert paragraph_texts(text)[-1] == last


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Pictured above: A lifeboat crew carries a child to safety", "A lifeboat crew carries a child to safety"),
        ("PICTURED: Firefighters wade through a flooded street on Sunday", "Firefighters wade through a flooded street on Sunday"),
        (
            "Pictured left to right: Deputy mayor Ana Lima, minister Tom Berg and engineer Sam Roe",
            "Deputy mayor Ana Lima, minister Tom Berg and engineer Sam Roe",
        ),
        ("Pictured (from left): Ana Lima and Tom Berg at the opening", "Ana Lima and Tom Berg at the opening"),
        ("Pictured inset - the restored ceiling of the main hall", "the restored ceiling of the main hall"),
    ],
)
def test_a_pictured_label_with_a_place_opens_a_caption(line: str, caption: str) -> None:
    text = f"Storm floods coastal towns\n\n{STORY}{line}\n\nThe storm is expected to ease by Tuesday.\n"
    article = newsparse.parse_article(text)
    assert [c.text for c in article.captions] == [caption]
    assert line not in [p.text for p in article.paragraphs]


def test_pictured_before_a_place_word_without_a_colon_stays_a_sentence() -> None:
    line = "Pictured above the fireplace is a portrait of the founder, painted in 1911."
    text = f"Museum reopens\n\n{STORY}{line}\n\nThe museum opens daily from 10am.\n"
    article = newsparse.parse_article(text)
    assert article.captions == ()
    assert line in [p.text for p in article.paragraphs]


LIVE_ENTRIES = (
    "{first}\n\n"
    "Power restored to 20,000 homes\n\n"
    "The utility said crews had restored power to about 20,000 homes overnight, but 60,000 remain without electricity.\n\n"
    "{second}\n\n"
    "Schools closed for a second day\n\n"
    "All public schools in the county will stay closed on Wednesday, the district said.\n"
)


@pytest.mark.parametrize(
    ("header", "first", "second"),
    [
        # a US paper's live page: the page's update stamp, then the entries' clocks with am/pm and a zone
        ("Live updates: Storm Ilse reaches the coast\n\nBy Jane Roe\n\nUpdated 10:42 a.m. ET, March 4, 2025\n\n", "10:40 a.m. ET", "9:55 a.m. ET"),
        # a British paper's live blog: dotted clocks before the zone
        ("Storm Ilse live: coast braces for high tides\n\nTue 4 Mar 2025 10.44 GMT\n\n", "10.40 GMT", "09.55 GMT"),
        # a news site's ticker: 24-hour clocks
        ("Storm Ilse: the latest\n\nTom Hale\n\nMarch 4, 2025\n\n", "10:40", "09:55"),
    ],
)
def test_a_live_blog_first_entry_is_read_as_the_later_ones(header: str, first: str, second: str) -> None:
    article = newsparse.parse_article(header + LIVE_ENTRIES.format(first=first, second=second))
    assert [p.text for p in article.paragraphs] == [
        "Power restored to 20,000 homes",
        "The utility said crews had restored power to about 20,000 homes overnight, but 60,000 remain without electricity.",
        "Schools closed for a second day",
        "All public schools in the county will stay closed on Wednesday, the district said.",
    ]
    assert [(b.text, b.kind) for b in article.boilerplate if b.kind in ("timestamp", "standfirst")] == [
        (first, "timestamp"),
        (second, "timestamp"),
    ]


@pytest.mark.parametrize(
    ("text", "clock"),
    [("22.10 GMT", True), ("9.55 BST", True), ("14.30 Uhr", True), ("14.30", False), ("Tickets cost 14.30", False)],
)
def test_a_dotted_clock_before_a_zone_is_a_clock_line(text: str, clock: bool) -> None:
    assert newsparse.TimestampParser().is_clock_line(text) is clock


@pytest.mark.parametrize(
    ("byline", "note"),
    [
        ("by: Maeve Doolan", "MAEVE DOOLAN IS THE HERALD'S POLITICAL EDITOR"),
        ("By Ravi Shastri Menon", "RAVI SHASTRI MENON WRITES ON CRICKET EVERY SATURDAY."),
    ],
)
def test_a_writer_note_in_capitals_is_a_sign_off(byline: str, note: str) -> None:
    # (an opinion page: the note, then the page's other columns under it)
    more = "More opinion\n\nThe bypass plan deserves a second look before the council votes on it, writes Tom Hale.\n"
    text = f"Harbour ferry fares to rise in spring\n\n{byline}\n\n{STORY}{note}\n\n{more}"
    assert kinds(text)[note] == "sign-off"
    assert paragraph_texts(text)[-1] == "Commuters said the increase would hit shift workers hardest."


def test_a_line_in_capitals_that_names_someone_else_stays_a_paragraph() -> None:
    text = f"Harbour ferry fares to rise in spring\n\nBy Maeve Doolan\n\n{STORY}MAEVE DOYLE IS THE NEW HARBOUR MASTER.\n"
    assert paragraph_texts(text)[-1] == "MAEVE DOYLE IS THE NEW HARBOUR MASTER."


@pytest.mark.parametrize("label", ["Video", "VIDEO", "Videos", "Photos"])
def test_a_player_label_alone_in_the_story_is_navigation(label: str) -> None:
    # (an entertainment site sets an embedded player's label between two paragraphs)
    text = f"Harbour ferry fares to rise in spring\n\nBy Jane Roe\n\n{STORY}{label}\n\nThe new fares start on April 1.\n"
    assert kinds(text)[label] == "navigation"
    assert paragraph_texts(text)[-1] == "The new fares start on April 1."
    assert len(paragraph_texts(text)) == 3


@pytest.mark.parametrize("line", ["Video games", "Photos of the week", "Video: Crews clear the harbour road"])
def test_a_media_word_with_more_words_is_no_navigation(line: str) -> None:
    assert newsparse.BoilerplateParser().kind(line) is None
