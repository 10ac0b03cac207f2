"""Bylines, captions and page furniture: the new-user trial's layout findings (stop 19, fixC).

Each table puts the bad shape the trial found beside the good shape and near misses that must
not change."""

from __future__ import annotations

import unicodedata

import pytest

import newsparse
from newsparse import ArticleParser, BoilerplateParser, CaptionParser
from newsparse.lines import split_lines
from newsparse.quotes.languages import language_pack

BODY = (
    "\n\nThe central bank left its key rate unchanged on Tuesday, as expected by most economists.\n\n"
    "Inflation slowed to 2.4 per cent in April, the statistics office said.\n"
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def byline_of(line: str, language: str | None) -> tuple[tuple[str, ...], str | None] | None:
    parser = ArticleParser(language=language) if language else ArticleParser()
    article = parser.parse("Central bank holds rates\n" + line + BODY)
    assert not article.span_mismatches()
    if article.byline is None:
        return None
    return article.byline.authors, article.byline.agency


# (byline line, language, (authors, agency))
BYLINES = [
    # a role after the names with no mark: the capitalised words before a role word are the role
    ("By Kate Ng Consumer Affairs Reporter", None, (("Kate Ng",), None)),
    ("By Rory Sullivan Europe Correspondent", None, (("Rory Sullivan",), None)),
    ("By Jane Roe Opinion Columnist", None, (("Jane Roe",), None)),
    ("By Jane Roe Middle East Correspondent, Jerusalem", None, (("Jane Roe",), None)),
    ("By Ben Cross Editor-at-large", None, (("Ben Cross",), None)),
    # (a known agency opening the role is the byline's agency: byl60, BylineParser.agency_opening_role)
    ("Analysis by Chris Cole, CNN Editor-at-large", None, (("Chris Cole",), "CNN")),
    # a region before a role word: the name is the shortest name that opens the line
    ("By Jane Roe Ukraine Correspondent", None, (("Jane Roe",), None)),
    ("By Ana de la Fuente Ukraine Correspondent", None, (("Ana de la Fuente",), None)),
    ("By Bruce Y. Lee Ukraine Correspondent", None, (("Bruce Y. Lee",), None)),
    ("By Julia Carrie Wong Reporter", None, (("Julia Carrie Wong",), None)),
    # near misses: a three-word name keeps its words; a surname that is a region word stays
    ("By Mary Ann Smith Europe Correspondent", None, (("Mary Ann Smith",), None)),
    ("By Jane West Political Editor", None, (("Jane West",), None)),
    ("By Jane East Health Correspondent", None, (("Jane East",), None)),
    ("By Amy Clarke Health Correspondent", None, (("Amy Clarke",), None)),
    ("By STAN CHOE AP Business Writer", None, (("STAN CHOE",), "AP")),
    # an outlet after the names is the affiliation, not a second author
    ("By Jane Roe Bloomberg News", None, (("Jane Roe",), "Bloomberg News")),
    ("By Sarah Green, BBC News", None, (("Sarah Green",), "BBC News")),
    ("By Omar Haddad, Al Jazeera", None, (("Omar Haddad",), "Al Jazeera")),
    ("By Jane Roe, Reuters Health", None, (("Jane Roe",), "Reuters Health")),
    ("By Jane Roe, City News", None, (("Jane Roe",), None)),
    ("By Jane Roe, The Associated Press", None, (("Jane Roe",), "The Associated Press")),  # an agency first
    ("By Jane Roe, The Washington Post", None, (("Jane Roe",), None)),
    ("By Jane Roe and Tom Hale, The New York Times", None, (("Jane Roe", "Tom Hale"), None)),
    ("Von Jan Vogel, ARD-Studio Athen", "de", (("Jan Vogel",), None)),
    # near misses: two people stay two, a surname that names an outlet too stays an author
    ("By Jane Roe, Tom Hale", None, (("Jane Roe", "Tom Hale"), None)),
    # a role word in the plural is no name's word: no second author "Tom Hale Moscow Correspondents"
    ("By Jane Roe and Tom Hale Moscow Correspondents", None, None),
    ("By Ana Lima and Jo Roe Health Correspondents", None, (("Ana Lima", "Jo Roe"), None)),
    ("By Ana Lima, Jean-Luc Bernard", None, (("Ana Lima", "Jean-Luc Bernard"), None)),
    ("By Jane Roe, Emily Post", None, (("Jane Roe", "Emily Post"), None)),
    ("By Jean-Luc Bernard and Anne O'Neil, Associated Press", None, (("Jean-Luc Bernard", "Anne O'Neil"), "Associated Press")),
    # a role and the place it is held in, in NFC and NFD alike
    ("By José Núñez, Latin America correspondent in Bogotá", None, (("José Núñez",), None)),
    (nfd("By José Núñez, Latin America correspondent in Bogotá"), None, ((nfd("José Núñez"),), None)),
    ("Von Jörg Müller, Redaktion", "de", (("Jörg Müller",), None)),
    (nfd("Von Jörg Müller, Redaktion"), "de", ((nfd("Jörg Müller"),), None)),
    (nfd("Par Hélène Dubois, journaliste"), "fr", ((nfd("Hélène Dubois"),), None)),
    (nfd("Por José Núñez, corresponsal"), "es", ((nfd("José Núñez"),), None)),
    # each author's place, each author's role
    ("By Mike Stone in Washington and Jan Wolfe in New York", None, (("Mike Stone", "Jan Wolfe"), None)),
    ("By Emma Kemp in Perth", None, (("Emma Kemp",), None)),
    ("By Amy Clarke, Health Correspondent, and Tom Hale, Political Editor", None, (("Amy Clarke", "Tom Hale"), None)),
    ("By Jane Roe, Middle East Correspondent, and Tom Hale", None, (("Jane Roe", "Tom Hale"), None)),
    # a paper that signs with an agency: the paper (a determiner of the language opens it) and the agency
    ("Par Le Figaro avec AFP", "fr", (("Le Figaro",), "AFP")),
    ("By The New York Times", None, (("The New York Times",), None)),
    ("Par Marine Le Pen", "fr", (("Marine Le Pen",), None)),
]


def test_no_duplicate_bylines() -> None:
    assert len({(line, language) for line, language, _ in BYLINES}) == len(BYLINES)


@pytest.mark.parametrize(("line", "language", "expected"), BYLINES)
def test_byline(line: str, language: str | None, expected: tuple[tuple[str, ...], str | None] | None) -> None:
    assert byline_of(line, language) == expected


def test_a_subclass_adds_a_role_word_through_the_vocabulary() -> None:
    class DeskVocabulary(newsparse.Vocabulary):
        BYLINE_ROLES = ("Stringer",)

    parser = newsparse.BylineParser(DeskVocabulary())
    line = split_lines("By Jane Roe, Stringer")
    assert parser.parse(line, 0) is not None
    assert parser.read_names("Jane Roe, Stringer", has_prefix=True) == (("Jane Roe",), None)
    # without the word, "Stringer" is no name and no role: the list of names is not read
    assert newsparse.BylineParser().read_names("Jane Roe, Stringer", has_prefix=True) == ((), None)


# -- captions -----------------------------------------------------------------------------------

STORY = (
    "\n\nThe fire had burned 12,000 acres by Monday morning, officials said, and more than 3,000 people "
    "were told to leave.\n\nFirefighters expected cooler weather on Tuesday to help them contain the blaze, "
    "the county said.\n"
)
LAST = "\n\nMore crews were sent from Nevada and Arizona to help fight the fire.\n"


def parts(text: str) -> tuple[list[tuple[str, str | None]], list[str], list[tuple[str, str]]]:
    article = newsparse.parse_article(text)
    assert not article.span_mismatches()
    captions = [(c.text, c.credit) for c in article.captions]
    return captions, [p.text for p in article.paragraphs], [(b.text, b.kind) for b in article.boilerplate]


@pytest.mark.parametrize("credit", ["Photo: Jon Super/PA", "Photo by Jon Super/PA", "(Photo: Jon Super/PA)"])
def test_a_caption_under_the_byline_takes_the_credit_under_it(credit: str) -> None:
    caption = "Firefighters tackle the blaze in Leeds on Sunday."
    captions, paragraphs, boilerplate = parts(f"Leeds fire\nBy Kim Lowe\n{caption}\n{credit}" + STORY)
    assert captions == [(caption, "Jon Super/PA")]
    assert caption not in paragraphs
    assert (credit, "credit") in boilerplate


def test_an_authors_title_under_the_byline_stays_no_caption() -> None:
    # near miss: a title (no sentence) right under the byline is the author's, not a caption
    text = "Leeds fire\nBy Kim Lowe\nNorth of England Reporter\nPhoto: Jon Super/PA" + STORY
    captions, _, boilerplate = parts(text)
    assert captions == [("Photo: Jon Super/PA", "Jon Super/PA")]  # a picture printed with its credit only
    byline = newsparse.parse_article(text).byline  # the title is the byline's role (layX)
    assert byline is not None and (byline.authors, byline.text) == (("Kim Lowe",), "By Kim Lowe North of England Reporter")
    assert "North of England Reporter" not in [b[0] for b in boilerplate]


def test_caption_furniture_and_a_caption_printed_twice() -> None:
    text = (
        "Leeds fire\nBy Kim Lowe" + STORY + "\nEnlarge this image\nEvacuees wait at a shelter in Castaic on Sunday.\n"
        "Evacuees wait at a shelter in Castaic on Sunday.\nMario Tama/Getty Images\n\n"
        "The county opened two more shelters on Monday, officials said in a statement.\n\n"
        "toggle caption\nMario Tama/Getty Images" + LAST
    )
    captions, paragraphs, boilerplate = parts(text)
    assert captions == [("Evacuees wait at a shelter in Castaic on Sunday.", "Mario Tama/Getty Images")]
    assert newsparse.parse_article(text).captions[0].spans[0] != newsparse.parse_article(text).captions[0].spans[1]
    assert ("Enlarge this image", "navigation") in boilerplate
    assert ("toggle caption", "navigation") in boilerplate
    assert boilerplate.count(("Mario Tama/Getty Images", "credit")) == 2
    assert "Evacuees wait at a shelter in Castaic on Sunday." not in paragraphs


def test_a_lone_credit_under_a_paragraph_is_still_a_caption_of_its_own() -> None:
    # near miss: no caption button above it, the credit is the picture's caption
    captions, _, _ = parts("Leeds fire\nBy Kim Lowe" + STORY + "\nMario Tama/Getty Images" + LAST)
    assert captions == [("Mario Tama/Getty Images", "Mario Tama/Getty Images")]


@pytest.mark.parametrize(
    ("line", "is_caption"),
    [
        ("The shuttle will run until Friday.", False),  # what will happen: the story's
        ("Fares would rise by a fifth under the plan.", False),
        ("A shuttle bus waits outside the station on Monday.", True),  # what the picture shows
        ("Will Carter waits outside the station on Monday.", True),  # a name, no modal verb
        # a modal in a later sentence of a caption: background, still the caption
        ("Jo Roe, a former adviser, has become chair of the bank. Baroness Roe will be paid £650,000.", True),
    ],
)
def test_a_line_over_a_credit_with_a_modal_verb(line: str, is_caption: bool) -> None:
    above, credit = split_lines(f"{line}\nPhoto: Tom Hill")
    found = CaptionParser().caption_above(above, credit)
    assert (found is not None) is is_caption
    captions, paragraphs, _ = parts("Leeds fire\nBy Kim Lowe" + STORY + f"\n{line}\nPhoto: Tom Hill\nPhoto: Tom Hill" + LAST)
    assert (line in paragraphs) is not is_caption
    assert ((line, "Tom Hill") in captions) is is_caption


# -- page furniture -------------------------------------------------------------------------------

# (language, line, kind)
FURNITURE = [
    (None, "Get the latest news delivered daily!", "subscribe"),
    (None, "By signing up, you agree to our Terms of Use and Privacy Policy.", "subscribe"),
    (None, "Enter your email", "subscribe"),
    (None, "Enter your email address", "subscribe"),
    (None, "Subscribers only", "subscribe"),
    (None, "Leave a Reply", "share"),
    (None, "Leave a comment", "share"),
    (None, "Your email address will not be published.", "share"),
    (None, "Your email address will not be published. Required fields are marked *", "share"),
    (None, "Explore more on these topics", "related"),
    (None, "5 min read", "other"),
    (None, "Reading time: 4 minutes", "other"),
    (None, "Enlarge this image", "navigation"),
    (None, "toggle caption", "navigation"),
    ("fr", "Temps de Lecture 3 min.", "other"),
    ("fr", "Article réservé aux abonnés", "subscribe"),
    ("es", "Con información de EFE y Europa Press.", "sign-off"),
    ("es", "Con información de EFE.", "sign-off"),
    ("de", "Lesezeit: 4 Min.", "other"),
    ("de", "Mit Material von dpa und AFP", "sign-off"),
    # near misses: the story's own sentences
    (None, "Get the latest figures from the council.", None),
    (None, "By signing up for the course, students agree to attend.", None),
    (None, "45 minutes", None),
    (None, "The email address will not be published, the council said.", None),
    ("es", "Con información de las autoridades locales, el alcalde dijo que no.", None),
    ("fr", "Lecture du verdict prévue demain.", None),
]


def test_no_duplicate_furniture() -> None:
    assert len({(language, line) for language, line, _ in FURNITURE}) == len(FURNITURE)


@pytest.mark.parametrize(("language", "line", "kind"), FURNITURE)
def test_page_furniture(language: str | None, line: str, kind: str | None) -> None:
    vocabulary = language_pack(language).vocabulary() if language else None
    assert BoilerplateParser(vocabulary).kind(line) == kind


def test_a_topic_list_under_its_heading_is_related() -> None:
    text = (
        "Leeds fire\nBy Kim Lowe" + STORY + "\nExplore more on these topics\nLeeds\nFire service\n"
    )
    _, paragraphs, boilerplate = parts(text)
    assert [b for b in boilerplate if b[1] == "related"] == [
        ("Explore more on these topics", "related"), ("Leeds", "related"), ("Fire service", "related"),
    ]
    assert len(paragraphs) == 2
