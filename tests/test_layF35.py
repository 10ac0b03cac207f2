"""Stop 35, layF: layout leftovers from trial 37 and a new user's try.

A one-sentence lede under a dateline (``ELDORET, Kenya -- Maize farmers marched on Thursday.``)
opens a text that has no headline; a correspondent's line (``From Ifeoma Nwosu, Abuja``) is a
byline when its name opens with a known given name, never by its shape alone; a row of share buttons is no caption; a menu under
the story split by blank lines is read as one; a language pack names its site footer's links.
The controls keep what has the same shape: a headline over the lede, a heading that opens with
``From``, a caption credited ``via`` an agency, the story's own lists split into blocks."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser, Vocabulary, parse_article
from newsparse.dateline import DatelineParser
from newsparse.spans import Span
from parts import holds_every_line

# -- (1) a one-sentence lede under a dateline, no headline ------------------------------------

ELDORET = """\
ELDORET, Kenya -- Maize farmers marched on Thursday.

They said the price offered by the national cereals board would not cover the cost of fertiliser this season.

"We cannot plant again at a loss," said one farmer who grows maize on five acres near the town.
"""

KANO = """\
KANO, Nigeria -- Traders shut the main market on Monday.

The traders' union said the closure would last until the state government cut the new stall levy by half.

Police said the streets around the market were calm by midday.
"""


@pytest.mark.parametrize(
    ("text", "place", "first"),
    [
        (ELDORET, "ELDORET, Kenya", "Maize farmers marched on Thursday."),
        (KANO, "KANO, Nigeria", "Traders shut the main market on Monday."),
    ],
    ids=["eldoret-kenya", "kano-nigeria"],
)
def test_a_one_sentence_lede_under_a_dateline_opens_a_text_without_headline(text: str, place: str, first: str) -> None:
    article = parse_article(text)
    assert article.headline is None
    assert article.dateline is not None and article.dateline.place == place
    assert article.paragraphs[0].text == first
    assert len(article.paragraphs) == 3
    assert holds_every_line(article)


def test_a_headline_over_the_short_dateline_lede_stays_the_headline() -> None:
    article = parse_article("Maize farmers march over prices in Eldoret\n\n" + ELDORET)
    assert article.headline is not None and article.headline.text == "Maize farmers march over prices in Eldoret"
    assert article.dateline is not None and article.dateline.place == "ELDORET, Kenya"
    assert article.paragraphs[0].text == "Maize farmers marched on Thursday."


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # a town in capitals no list holds, placed by a country the vocabulary knows
        ("ELDORET, Kenya -- Maize farmers marched on Thursday.", "ELDORET, Kenya"),
        ("KANO, Nigeria -- Traders shut the main market on Monday.", "KANO, Nigeria"),
        # controls: a town in title case, or after the comma no country, reads as no short story
        ("Eldoret, Kenya -- Maize farmers marched on Thursday.", None),
        ("ELDORET, Rift -- Maize farmers marched on Thursday.", None),
    ],
    ids=["eldoret", "kano", "title-case-town", "no-country"],
)
def test_a_short_story_after_a_town_placed_by_its_country(line: str, place: str | None) -> None:
    dateline = DatelineParser().parse(line, Span(0, len(line)))
    assert (dateline.place if dateline is not None else None) == place


# -- (2) "From Ifeoma Nwosu, Abuja": a correspondent's line, a known given name first ------------

SENATE_BODY = """
The Senate on Tuesday passed the revised electoral bill after a debate that lasted more than six hours.

Lawmakers from both parties said the bill would make it harder to rig the count at polling units.
"""


@pytest.mark.parametrize(
    ("header", "author", "published"),
    [
        ("Senate passes revised electoral bill\n\nFrom Ifeoma Nwosu, Abuja\n", "Ifeoma Nwosu", None),
        ("Senate passes revised electoral bill\n\nFrom Chukwuemeka Obi-Okafor in Port Harcourt\n", "Chukwuemeka Obi-Okafor", None),
        (
            "Senate passes revised electoral bill\nFrom Ifeoma Nwosu, Abuja\nPublished November 18, 2026\n",
            "Ifeoma Nwosu",
            "November 18, 2026",
        ),
    ],
    ids=["comma-place", "in-place", "over-a-stamp"],
)
def test_a_correspondents_line_is_the_byline(header: str, author: str, published: str | None) -> None:
    text = header + SENATE_BODY
    article = parse_article(text)
    first_line = header.split("\n")[2] if "\n\n" in header else header.split("\n")[1]
    assert article.byline is not None
    assert article.byline.authors == (author,)
    assert article.byline.agency is None
    assert article.byline.text == first_line
    assert (article.published.text if article.published is not None else None) == published
    assert article.paragraphs[0].text.startswith("The Senate on Tuesday passed")
    assert article.boilerplate == ()


@pytest.mark.parametrize(
    ("line", "body"),
    [
        # a heading whose words the story writes in lower case
        (
            "From Dusk Till Dawn, Lagos",
            "\nStalls in the night markets of Lagos now stay open from dusk till dawn, traders said on Sunday.\n\n"
            "The state government extended the opening hours last month.\n",
        ),
        # a place, a weekday and a date, an agency: no person
        ("From Silicon Valley, California", SENATE_BODY),
        ("From Monday, March 3", SENATE_BODY),
        ("From Reuters, Abuja", SENATE_BODY),
        # a desk, a city, a film, a column: capitalised words but no given name (stop 35's new-user try)
        ("From Wire Services, Chicago", SENATE_BODY),
        ("From Wire Reports, Chicago", SENATE_BODY),
        ("From Grand Rapids, Michigan", SENATE_BODY),
        ("From Star Wars, Hollywood", SENATE_BODY),
        ("From Field Notes, Kenya", SENATE_BODY),
    ],
    ids=["film-title", "valley", "weekday", "agency", "wire-desk", "wire-reports", "city", "film", "column"],
)
def test_a_from_line_that_is_no_correspondents_is_no_byline(line: str, body: str) -> None:
    article = parse_article("Senate passes revised electoral bill\n\n" + line + "\n" + body)
    assert article.byline is None
    assert [(b.text, b.kind) for b in article.boilerplate] == [(line, "other")]


# -- (3) a section's label over the headline (already read so; kept) ----------------------------

CLINICS_BODY = """
Hospitals in the capital will open evening clinics from next month, the health ministry said on Wednesday.

The ministry said the clinics would cut waiting lists for routine checks.
"""


@pytest.mark.parametrize("label", ["Education", "Health", "Opinion"])
def test_a_section_label_over_the_headline_is_the_section(label: str) -> None:
    article = parse_article(f"{label}\n\nNurses say evening clinics will need more staff\n" + CLINICS_BODY)
    assert article.section == (label,)
    assert article.headline is not None and article.headline.text == "Nurses say evening clinics will need more staff"
    assert len(article.paragraphs) == 2


# -- (4) a row of share buttons; a name alone under the headline -------------------------------

FLOOD = """\
Flooding cuts off villages along the river

By Sipho Dlamini

{row}

Heavy rain over the weekend cut off at least a dozen villages along the river, officials said on Monday.

Rescue teams used boats to reach families stranded on rooftops.
"""


@pytest.mark.parametrize(
    "row",
    [
        "Share on Facebook  Share on WhatsApp  Share via Email",
        "Share on Facebook | Share via WhatsApp | Share via Email",
        "Share via Facebook Share via Email",
    ],
    ids=["two-spaces", "bars", "via-via"],
)
def test_a_row_of_share_buttons_is_boilerplate_not_a_caption(row: str) -> None:
    article = parse_article(FLOOD.format(row=row))
    assert article.captions == ()
    assert [(b.text, b.kind) for b in article.boilerplate] == [(row, "share")]
    assert article.byline is not None and article.byline.authors == ("Sipho Dlamini",)
    assert len(article.paragraphs) == 2


def test_a_row_of_share_buttons_under_the_story_is_boilerplate() -> None:
    text = FLOOD.format(row="").replace("\n\n\n", "\n\n") + "\nShare on Facebook  Share on WhatsApp  Share via Email\n"
    article = parse_article(text)
    assert article.captions == ()
    assert [(b.text, b.kind) for b in article.boilerplate] == [("Share on Facebook  Share on WhatsApp  Share via Email", "share")]
    assert [p.text[:22] for p in article.paragraphs] == ["Heavy rain over the we", "Rescue teams used boat"]


@pytest.mark.parametrize(
    ("name", "under"),
    [
        ("Thandeka Mokoena", "\n"),
        ("Tinotenda Moyo", "\nNovember 18, 2026\n"),
    ],
    ids=["over-the-lede", "over-a-stamp"],
)
def test_a_name_alone_under_the_headline_is_the_byline(name: str, under: str) -> None:
    article = parse_article("Municipality promises to fix water supply by Friday\n\n" + name + "\n" + under + CLINICS_BODY)
    assert article.byline is not None and article.byline.authors == (name,)
    assert len(article.paragraphs) == 2


WATER = """\
Municipality promises to fix water supply by Friday

{name}

{furniture}

Residents of three townships have been without running water for a week, and the municipality said on Tuesday that supply would be restored by Friday.

A spokesperson blamed a burst main pipe for the outage.
"""


@pytest.mark.parametrize(
    "furniture",
    ["2 min read", "Share\nTweet", "Listen to this article", "Advertisement"],
    ids=["reading-time", "share-buttons", "listen-button", "ad-label"],
)
def test_a_name_over_page_furniture_over_the_lede_is_the_byline(furniture: str) -> None:
    article = parse_article(WATER.format(name="Thandeka Mokoena", furniture=furniture))
    assert article.byline is not None and article.byline.authors == ("Thandeka Mokoena",)
    assert article.byline.text == "Thandeka Mokoena"
    assert [b.text for b in article.boilerplate] == furniture.split("\n")
    assert [p.text[:24] for p in article.paragraphs] == ["Residents of three towns", "A spokesperson blamed a "]


@pytest.mark.parametrize(
    ("name", "furniture", "story"),
    [
        # a heading whose words the story writes in lower case, over share buttons
        ("Water Cuts", "Share", "the water cuts"),
        # a picture's credit over the reading time
        ("Getty Images", "2 min read", "running water"),
        # a line that is no page furniture between the name and the story
        ("Thandeka Mokoena", "Profile", "running water"),
    ],
    ids=["heading", "credit", "not-furniture"],
)
def test_a_line_over_page_furniture_that_is_no_name_is_no_byline(name: str, furniture: str, story: str) -> None:
    article = parse_article(WATER.format(name=name, furniture=furniture).replace("running water", story))
    assert article.byline is None


# -- (5) a menu split by blank lines is one menu ------------------------------------------------

PORT = """\
Port strike enters third week as talks stall

Dock workers extended their strike into a third week on Monday after talks with port operators broke down again.

The union said it would not return to the table until the operators withdrew a plan to cut night-shift pay.

"""


@pytest.mark.parametrize(
    ("tail", "filed"),
    [
        ("World\n\nAfrica\nAmericas\nAsia\n", ["World", "Africa", "Americas", "Asia"]),
        ("World\n\nAfrica\nAmericas\n\nAsia\nEurope\n", ["World", "Africa", "Americas", "Asia", "Europe"]),
        ("World\nAfrica\n\nAmericas\nAsia\n", ["World", "Africa", "Americas", "Asia"]),
        ("Business\nMarkets\n\nSport\nFootball\n\nAbout Us\n", ["Business", "Markets", "Sport", "Football", "About Us"]),
    ],
    ids=["one-then-three", "one-two-two", "two-then-two", "three-pairs"],
)
def test_a_menu_split_by_blank_lines_is_boilerplate(tail: str, filed: list[str]) -> None:
    article = parse_article(PORT + tail)
    assert len(article.paragraphs) == 2
    assert [(b.text, b.kind) for b in article.boilerplate] == [(text, "other") for text in filed]
    assert holds_every_line(article)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # places with no section named
        ("Africa\nAmericas\nAsia\n\nEurope\nMiddle East\n", ["Africa Americas Asia", "Europe Middle East"]),
        # two teams' line-ups
        ("Harbour Athletic\nAlves\nMensah\n\nMillbrook\nPrice\nOkafor\n", ["Harbour Athletic Alves Mensah", "Millbrook Price Okafor"]),
        # a list led in by a colon, split into blocks
        ("The new board:\n\nJane Roe\nTom Poe\n\nAna Ortiz\nSport Roe\n", ["The new board:", "Jane Roe Tom Poe", "Ana Ortiz Sport Roe"]),
    ],
    ids=["places", "line-ups", "colon-list"],
)
def test_the_storys_own_lists_split_by_blank_lines_stay_paragraphs(tail: str, kept: list[str]) -> None:
    article = parse_article(PORT + tail)
    assert " ".join(p.text for p in article.paragraphs[2:]) == " ".join(kept)
    assert article.boilerplate == ()


# -- (6) a language pack's footer links ---------------------------------------------------------

FRENCH = """\
Grève des contrôleurs aériens : des centaines de vols annulés

Par Claire Dubois

Des centaines de vols ont été annulés jeudi dans les aéroports français en raison d'une grève des contrôleurs aériens, a annoncé la direction générale de l'aviation civile.

Les compagnies ont prévenu leurs passagers par courriel et leur ont proposé un remboursement ou un autre vol.

Mentions légales
Nous contacter
Plan du site
"""

GERMAN = """\
Bahn streicht Fernzüge wegen Sturm

Von Lena Vogt

Die Bahn hat am Donnerstag wegen des Sturms alle Fernzüge in Norddeutschland gestrichen, teilte das Unternehmen in Berlin mit.

Reisende sollen ihre Fahrt verschieben, ihre Tickets bleiben gültig.

Impressum
Datenschutz
Kontakt
"""

SPANISH = """\
Los taxistas de Madrid convocan una huelga de dos días

Por Lucía Martín

Los taxistas de Madrid han convocado una huelga de dos días para la próxima semana en protesta por las nuevas licencias de vehículos con conductor, informó la asociación del sector.

El ayuntamiento dijo que reforzará el servicio de autobuses durante el paro.

Aviso legal
Quiénes somos
Política de privacidad
"""


@pytest.mark.parametrize(
    ("language", "text", "footer"),
    [
        ("fr", FRENCH, ["Mentions légales", "Nous contacter", "Plan du site"]),
        ("de", GERMAN, ["Impressum", "Datenschutz", "Kontakt"]),
        ("es", SPANISH, ["Aviso legal", "Quiénes somos", "Política de privacidad"]),
    ],
    ids=["french", "german", "spanish"],
)
def test_a_packs_footer_links_make_a_menu(language: str, text: str, footer: list[str]) -> None:
    article = ArticleParser(language=language).parse(text)
    assert len(article.paragraphs) == 2
    assert [(b.text, b.kind) for b in article.boilerplate] == [(line, "other") for line in footer]


def test_an_english_footer_in_sentence_case_is_a_menu() -> None:
    article = parse_article(PORT + "Privacy policy\nTerms of use\nContact us\n")
    assert len(article.paragraphs) == 2
    assert [(b.text, b.kind) for b in article.boilerplate] == [
        ("Privacy policy", "other"), ("Terms of use", "other"), ("Contact us", "other"),
    ]


def test_a_vocabulary_sets_its_own_menu_words() -> None:
    class Footer(Vocabulary):
        MENU_WORDS = ("Fale conosco", "Expediente")

    tail = "Expediente\nFale Conosco\nAnuncie Aqui\n"
    assert [b.text for b in ArticleParser(vocabulary=Footer()).parse(PORT + tail).boilerplate] == [
        "Expediente", "Fale Conosco", "Anuncie Aqui",
    ]
    assert parse_article(PORT + tail).boilerplate == ()
