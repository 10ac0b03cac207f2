"""Layout leftovers of round 68 (fixL68): a section label over a short headline; a Latin American or
Southern European wire's long dateline with an outlet no list holds in its brackets; the entries of a
live blog read alike, the first as the later ones (every clock a timestamp, every heading a paragraph
of its own); every blank at the edges of a stamp line's pieces; and one helper under the byline's two
readings of capitals before a place.
Invented stories in the layouts pages and wires print; each row says exactly what must come out, the
rows that must not change beside the ones that must."""

from __future__ import annotations

import datetime as dt

import pytest

from articles import parse_held
from newsparse import ArticleParser
from newsparse.byline import BylineParser
from newsparse.section import SectionParser
from parts import blocks, sound, texts

# -- 1. a section label over a short headline -------------------------------------------------------

STORY = (
    "The central bank raised its main rate by half a point on Tuesday, its third rise this year, citing stubborn inflation.",
    "Economists had expected a smaller move, and markets fell after the announcement.",
)


@pytest.mark.parametrize(
    ("label", "title", "blank"),
    [
        ("World news", "Rates rise", False),
        ("World news", "Rates rise", True),
        ("Politics", "PM quits", False),
        ("Federal politics", "Budget passes", False),
        ("UK politics", "Tories split", True),
        ("Local news", "Mayor resigns", False),
        ("Opinion", "We must act", False),
        ("Markets", "Stocks slide", False),
        ("Sport", "City win derby", False),
    ],
)
def test_section_label_over_short_headline(label: str, title: str, blank: bool) -> None:
    header = f"{label}\n\n{title}" if blank else f"{label}\n{title}"
    article = parse_held(blocks(header, *STORY))
    assert article.section == (label,)
    assert article.headline is not None and article.headline.text == title
    assert texts(article) == list(STORY)
    assert article.boilerplate == ()


def test_section_label_over_short_headline_and_byline() -> None:
    article = parse_held("Politics\nPM quits\nBy Jane Roe\n\n" + "\n\n".join(STORY) + "\n")
    assert (article.section, article.headline and article.headline.text) == (("Politics",), "PM quits")
    assert article.byline is not None and article.byline.authors == ("Jane Roe",)
    assert texts(article) == list(STORY)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Rates rise", "Banks brace"),  # two titles, no section word: the first is the headline
        ("Storm hits", "Trains stop"),
        ("Council votes", "Budget passes"),
    ],
)
def test_two_titles_without_section_word_keep_first_as_headline(first: str, second: str) -> None:
    article = parse_held(blocks(f"{first}\n{second}", *STORY))
    assert article.section == ()
    assert article.headline is not None and article.headline.text == first
    assert texts(article) == list(STORY)


@pytest.mark.parametrize(
    "lede",
    [
        "The harbour master said the new berths would open in May after two years of work.",
        "Ferry services resumed on Monday, the operator said.",
    ],
)
def test_section_word_over_the_story_itself_stays_headline(lede: str) -> None:
    article = parse_held(blocks("Harbour news", lede, "More details will follow."))
    assert article.section == ()
    assert article.headline is not None and article.headline.text == "Harbour news"
    assert texts(article) == [lede, "More details will follow."]



# -- 2. long datelines of the Spanish, Portuguese and Italian wires --------------------------------


@pytest.mark.parametrize(
    ("opening", "language", "place", "date", "agency"),
    [
        ("Buenos Aires, 4 de marzo de 2025 (Infobae) -", None, "Buenos Aires", dt.date(2025, 3, 4), "Infobae"),
        ("Buenos Aires, 4 de marzo de 2025 (Infobae) -", "es", "Buenos Aires", dt.date(2025, 3, 4), "Infobae"),
        ("Quito, 12 de enero de 2025 (Primicias) -", None, "Quito", dt.date(2025, 1, 12), "Primicias"),
        ("Santiago, 4 de marzo de 2025 (Emol) -", "es", "Santiago", dt.date(2025, 3, 4), "Emol"),
        ("São Paulo, 3 de maio de 2024 (Folhapress) -", None, "São Paulo", dt.date(2024, 5, 3), "Folhapress"),
        ("Lisboa, 3 de maio de 2024 (Lusa) -", None, "Lisboa", dt.date(2024, 5, 3), "Lusa"),
        ("Roma, 5 dicembre 2026 (ANSA) -", None, "Roma", dt.date(2026, 12, 5), "ANSA"),
        ("Milano, 5 dicembre 2026 (Adnkronos) -", None, "Milano", dt.date(2026, 12, 5), "Adnkronos"),
        ("Ciudad de México, 12 de enero (EFE).-", "es", "Ciudad de México", None, "EFE"),
    ],
)
def test_long_wire_dateline(opening: str, language: str | None, place: str, date: dt.date | None, agency: str) -> None:
    lede = "El gobierno anunció hoy un nuevo plan económico para el país, según fuentes oficiales."
    article = parse_held(blocks(f"{opening} {lede}", "El ministro dijo que las medidas entran en vigor el lunes."), language)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (place, agency)
    if date is not None:
        assert article.dateline.date == date
    assert texts(article)[0] == lede


@pytest.mark.parametrize(
    "opening",
    [
        "Berlin, 4. Dezember 2026 (Montag) -",  # a weekday in brackets
        "Madrid, 4 de marzo de 2025 (Martes) -",
        "Madrid, 4 de marzo de 2025 (Actualizado) -",  # a stamp's label
        "Madrid, 4 de marzo de 2025 (Video) -",
        "Buenos Aires, 4 de marzo de 2025 (Argentina) -",  # a country: where, not who
        "Ciudad de México, 12 de enero (Infobae) -",  # no year: an unknown word no wire's sign
    ],
)
def test_long_date_before_no_source_is_no_dateline(opening: str) -> None:
    lede = f"{opening} El gobierno anunció hoy un nuevo plan económico para el país."
    article = parse_held(blocks(lede, "Otro párrafo."))
    assert article.dateline is None
    assert texts(article) == [lede, "Otro párrafo."]


# -- 3. a live blog's entries ------------------------------------------------------------------------

ENTRY_ONE = "The ESB said 700,000 homes and businesses were without power on Friday morning as gusts reached 180 km/h."
ENTRY_TWO = "All schools in the red warning counties will stay closed on Friday, the education minister said."
ENTRY_THREE = "Irish Rail suspended all services until midday while crews cleared fallen trees from the tracks."


LIVE_BLOGS = [
    # one block under "Key events", no blank lines (a blog copied as plain text)
    "Live: Storm Eowyn hits Ireland\n\nKey events\n10:42\nPower cut to 700,000 homes\n"
    f"{ENTRY_ONE}\n10:15\nSchools closed\n{ENTRY_TWO}\n09:50\nTrains halted\n{ENTRY_THREE}\n",
    # every clock, heading and text a block of its own
    "Live: Storm Eowyn hits Ireland\n\nKey events\n\n10:42\n\nPower cut to 700,000 homes\n\n"
    f"{ENTRY_ONE}\n\n10:15\n\nSchools closed\n\n{ENTRY_TWO}\n\n09:50\n\nTrains halted\n\n{ENTRY_THREE}\n",
    # each entry a block: clock, heading, text
    "Live: Storm Eowyn hits Ireland\n\n10:42\nPower cut to 700,000 homes\n"
    f"{ENTRY_ONE}\n\n10:15\nSchools closed\n{ENTRY_TWO}\n\n09:50\nTrains halted\n{ENTRY_THREE}\n",
]


@pytest.mark.parametrize("text", LIVE_BLOGS)
def test_live_blog_entries_read_alike(text: str) -> None:
    # every clock a timestamp; every heading a paragraph of its own (the model's reading), the first
    # entry's as the later ones'
    article = parse_held(text)
    assert sound(article)
    assert article.headline is not None and article.headline.text == "Live: Storm Eowyn hits Ireland"
    assert texts(article) == [
        "Power cut to 700,000 homes", ENTRY_ONE, "Schools closed", ENTRY_TWO, "Trains halted", ENTRY_THREE
    ]
    stamps = [item.text for item in article.boilerplate if item.kind == "timestamp"]
    assert stamps == ["10:42", "10:15", "09:50"]


class HeadingsApart(ArticleParser):
    """A parser that files a live blog's entry headings apart from the story (the opt-in rule)."""

    BODY_RULES = tuple(
        rule for name in ArticleParser.BODY_RULES for rule in ((name, "entry_heading") if name == "timestamps" else (name,))
    )


@pytest.mark.parametrize("text", LIVE_BLOGS)
def test_live_blog_entry_headings_apart(text: str) -> None:
    article = HeadingsApart().parse(text)
    assert sound(article)
    assert texts(article) == [ENTRY_ONE, ENTRY_TWO, ENTRY_THREE]
    kinds = {item.text: item.kind for item in article.boilerplate}
    assert [kinds[clock] for clock in ("10:42", "10:15", "09:50")] == ["timestamp"] * 3
    assert [kinds[heading] for heading in ("Power cut to 700,000 homes", "Schools closed", "Trains halted")] == ["other"] * 3


@pytest.mark.parametrize("apart", [False, True])
def test_one_clock_in_a_story_heads_no_entry(apart: bool) -> None:
    # a single clock (a video's length) over a short line in the story: no blog, the line a paragraph as before
    video = "0:49\n\nCrews clear fallen trees" if apart else "0:49\nCrews clear fallen trees"
    article = parse_held(blocks("Storm batters coast", ENTRY_ONE, video, ENTRY_TWO, ENTRY_THREE))
    assert texts(article) == [ENTRY_ONE, "Crews clear fallen trees", ENTRY_TWO, ENTRY_THREE]
    assert [(item.kind, item.text) for item in article.boilerplate] == [("timestamp", "0:49")]


@pytest.mark.parametrize(
    "block",
    [
        "The polls closed at 10:42.\n10:42\nCounting began",  # a clock after a sentence, no other clock alone
        "The polls closed at\n10:42\nand counting began at once, officials said.",  # inside the sentence
    ],
)
def test_clock_inside_story_block_is_no_entry(block: str) -> None:
    article = parse_held(blocks("Polls close", ENTRY_ONE, ENTRY_TWO, block, ENTRY_THREE))
    assert article.boilerplate == ()
    assert texts(article)[:2] == [ENTRY_ONE, ENTRY_TWO] and texts(article)[-1] == ENTRY_THREE


# -- 5. one helper for capitals before a place -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "letters_only", "parted"),
    [
        ("MARÍA LÓPEZ Madrid", False, ("MARÍA LÓPEZ", "Madrid")),
        ("WORLD CUP Madrid", True, ("WORLD CUP", "Madrid")),
        ("SPORT Buenos Aires", True, ("SPORT", "Buenos Aires")),
        ("O'NEILL Dublin", False, ("O'NEILL", "Dublin")),
        ("O'NEILL Dublin", True, None),  # an apostrophe: no kicker's word
        ("Ana Ruiz Madrid", False, None),  # no capitals
        ("ANA RUIZ", False, None),  # no place
        ("WORLD CUP Narnia", True, None),  # no place the vocabulary knows
    ],
)
def test_capitals_then_place(text: str, letters_only: bool, parted: tuple[str, str] | None) -> None:
    assert BylineParser().capitals_then_place(text, letters_only=letters_only) == parted


@pytest.mark.parametrize(
    ("text", "name", "kicker"),
    [
        ("MARÍA LÓPEZ Madrid", "MARÍA LÓPEZ", False),
        ("WORLD CUP Madrid", None, True),
        ("SPORT Buenos Aires", None, True),
        ("ANA RUIZ", None, False),
    ],
)
def test_capitals_readings_share_the_helper(text: str, name: str | None, kicker: bool) -> None:
    parser = BylineParser()
    assert (parser.capitals_before_place(text), parser.is_kicker_before_place(text)) == (name, kicker)


@pytest.mark.parametrize(
    ("label", "names"),
    [
        ("World news", True),
        ("Federal politics", True),
        ("Politics", True),
        ("Markets", True),
        ("OPINION", True),
        ("Rates rise", False),  # a headline's verb last
        ("Harbour closes", False),
        ("Match report", False),  # a piece's kind, no section
        ("Review", False),
        ("World News Tonight Live", False),  # title case of four words: not a sentence-case label
    ],
)
def test_names_section(label: str, names: bool) -> None:
    assert SectionParser().names_section(label) is names


@pytest.mark.parametrize(
    ("piece", "start", "end"),
    [
        (" |\u00a04", 3, 4),
        (" | 12 comments \u00a0", 3, 14),
        ("Island News \u00a0-", 0, 11),
        ("\u00a0|\u3000", 3, 0),
    ],
)
def test_piece_edges_read_every_blank(piece: str, start: int, end: int) -> None:
    parser = ArticleParser()
    assert (parser.piece_start(piece), parser.piece_end(piece)) == (start, end)
