"""layB58 (stop 51): layout beyond English web copy: a name over a newspaper's line in the packs' own
words (``Anna Müller`` / ``Süddeutsche Zeitung``: ``Vocabulary.OUTLET_WORDS``), a place in brackets
before a full name opening a French lede (``(Ottawa) Justin Trudeau a annoncé ...``), an obituary's
closing line of life dates kept as the story's last paragraph, and a name over an organisation's
initials (``Tom Berg`` / ``WWF``) no byline.  Each row is a short article in our own words; the
near-misses stand beside the fixes."""

from __future__ import annotations

import pytest

from newsparse import Article
from parts import blocks, parse, sound, texts


def byline(article: Article) -> tuple[tuple[str, ...], str] | None:
    return None if article.byline is None else (article.byline.authors, article.byline.text)


# -- 1. a name over an outlet's line, in the packs' words ---------------------------------------------

DE_HEAD = "Streit um die Mietpreisbremse"
DE_LEDE = (
    "Die Bundesregierung will die Mietpreisbremse verlängern. Das Kabinett hat den Plan am Mittwoch in Berlin "
    "beschlossen, nachdem die Koalition lange gestritten hatte."
)
FR_HEAD = "Le budget sera déposé en mars"
FR_LEDE = (
    "Le gouvernement a annoncé mardi que le budget serait déposé à la fin du mois de mars, après des semaines "
    "de consultations avec les provinces."
)
ES_HEAD = "El Gobierno aprueba la reforma"
ES_LEDE = (
    "El Gobierno aprobó el martes la reforma de las pensiones tras meses de negociaciones con los sindicatos y "
    "la patronal."
)
LEDES = {"de": (DE_HEAD, DE_LEDE), "fr": (FR_HEAD, FR_LEDE), "es": (ES_HEAD, ES_LEDE)}

# (language, the header's lines, the byline's authors or None: both lines stay boilerplate)
OUTLET_LINES = [
    ("de", "Anna Müller\nSüddeutsche Zeitung", ("Anna Müller",)),
    ("de", "Jonas Weber\nFrankfurter Rundschau", ("Jonas Weber",)),
    ("de", "Lena Vogt\nBadisches Tagblatt", ("Lena Vogt",)),
    ("de", "Paul Schmidt\nKieler Nachrichten", ("Paul Schmidt",)),
    ("fr", "Marie Dubois\nLe Quotidien", ("Marie Dubois",)),
    ("fr", "Tommy Chouinard\nLa Presse", ("Tommy Chouinard",)),
    ("fr", "Pierre Martin\nCourrier Picard", ("Pierre Martin",)),
    ("es", "Ana Gómez\nDiario de Sevilla", ("Ana Gómez",)),
    ("es", "Luis Ortega\nHeraldo de Aragón", ("Luis Ortega",)),
    # (precision: a German noun alone is no name; a person's name under a name is no outlet)
    ("de", "Wirtschaft\nFrankfurter Allgemeine", None),
    ("de", "Anna Müller\nAnna Kurier", None),
    ("de", "Anna Müller\nBundesamt für Umwelt", None),
    ("es", "Ana Gómez\nMinisterio de Sanidad", None),
]


@pytest.mark.parametrize(("language", "header", "authors"), OUTLET_LINES)
def test_name_over_outlet_in_a_pack(language: str, header: str, authors: tuple[str, ...] | None) -> None:
    head, lede = LEDES[language]
    article = parse(blocks(head, header, lede), language)
    if authors is None:
        assert article.byline is None
    else:
        assert byline(article) == (authors, header.replace("\n", " "))
    assert texts(article) == [lede]
    assert sound(article)


def test_outlet_words_are_the_pack_s() -> None:
    """The default parser, which reads a page in any language, knows the packs' outlet words that
    are no English word nor a common surname (lay59): the name over the paper signs the story."""
    article = parse(blocks("Rent cap row", "Anna Müller\nSüddeutsche Zeitung", DE_LEDE))
    assert article.byline is not None
    assert article.byline.authors == ("Anna Müller",)


# (language, the byline's line, its authors)
OPENER_BYLINES = [
    ("de", "Von Anna Müller", ("Anna Müller",)),
    ("fr", "Par Marie Dubois", ("Marie Dubois",)),
    ("es", "Por Ana Gómez", ("Ana Gómez",)),
    ("de", "Von Anna Müller und Jonas Weber", ("Anna Müller", "Jonas Weber")),
    # the outlet after a comma is no author
    ("de", "Von Anna Müller, Süddeutsche Zeitung", ("Anna Müller",)),
    ("de", "Von Anna Müller und Jonas Weber, Kieler Nachrichten", ("Anna Müller", "Jonas Weber")),
    ("es", "Por Ana Gómez, Diario de Sevilla", ("Ana Gómez",)),
    ("es", "Por Ana Gómez y Luis Ortega, Heraldo de Aragón", ("Ana Gómez", "Luis Ortega")),
    # (precision: a person after the comma stays an author)
    ("de", "Von Anna Müller, Anna Kurier", ("Anna Müller", "Anna Kurier")),
    ("es", "Por Ana Gómez, Luis Ortega", ("Ana Gómez", "Luis Ortega")),
]


@pytest.mark.parametrize(("language", "line", "authors"), OPENER_BYLINES)
def test_opener_bylines(language: str, line: str, authors: tuple[str, ...]) -> None:
    head, lede = LEDES[language]
    article = parse(blocks(head, line, lede), language)
    assert byline(article) == (authors, line)
    assert texts(article) == [lede]


# -- 2. a place in brackets before a full name opening a French lede ----------------------------------

FR_MORE = "Le premier ministre a précisé que les détails seraient connus plus tard."

# (the lede, the dateline's place or None: the lede as written)
BRACKETED = [
    ("(Ottawa) Justin Trudeau a annoncé mardi que le budget serait déposé à la fin du mois de mars.", "Ottawa"),
    ("(Québec) Marie Dubois, ministre des Finances, a présenté mardi son premier budget.", "Québec"),
    ("(Paris) Pierre Martin a remporté dimanche l'élection partielle dans la circonscription.", "Paris"),
    ("(Ottawa) Le gouvernement a annoncé mardi que le budget serait déposé en mars.", "Ottawa"),
    # (precision: a given name alone, a name in capitals, a team, a label after the place)
    ("(Ottawa) Justin a annoncé mardi que le budget serait déposé à la fin du mois de mars.", None),
    ("(Ottawa) Senators fans ont célébré mardi soir la victoire de leur équipe contre Montréal.", None),
    ("(Ottawa) Justin TRUDEAU a annoncé mardi que le budget serait déposé à la fin du mois.", None),
    ("(Montréal) Canadiens: Marie Dubois a annoncé mardi que le budget serait déposé.", None),
]


@pytest.mark.parametrize(("lede", "place"), BRACKETED)
def test_bracketed_place_before_a_full_name(lede: str, place: str | None) -> None:
    article = parse(blocks(FR_HEAD, lede, FR_MORE), "fr")
    if place is None:
        assert article.dateline is None
        assert texts(article) == [lede, FR_MORE]
    else:
        assert article.dateline is not None
        assert (article.dateline.place, article.dateline.text) == (place, f"({place})")
        assert texts(article) == [lede[len(place) + 3 :], FR_MORE]
    assert sound(article)


# -- 3. an obituary's closing line of life dates ------------------------------------------------------

OBIT_HEAD = "Margaret Doyle, teacher who led a village school for forty years"
OBIT = [
    "Margaret Doyle, who has died aged 85, taught at the village school in Kilmore for four decades.",
    "She was born in Wexford and trained in Dublin before returning home to teach.",
    "She is survived by her son, Michael.",
]

# (the last line, whether it is the story's last paragraph)
LIFE_DATES = [
    ("Margaret Doyle: born March 2, 1941; died November 20, 2026", True),
    ("Margaret Doyle, teacher, born 2 March 1941; died 20 November 2026", True),
    ("Tom Hale, fisherman and poet: born 1938; died 2026", True),
    # (precision: no years, no semicolon, no name's mark before the birth: page furniture as before)
    ("Margaret Doyle: born March 2; died November 20", False),
    ("Born to Run and other stories", False),
    ("More obituaries: born in the war; died in peace", False),
]


@pytest.mark.parametrize(("last", "kept"), LIFE_DATES)
def test_life_dates_close_the_story(last: str, kept: bool) -> None:
    article = parse(blocks(OBIT_HEAD, *OBIT, last))
    assert texts(article) == ([*OBIT, last] if kept else OBIT)
    assert sound(article)


# -- 4. a name over an organisation's initials --------------------------------------------------------

EN_HEAD = "Campaigners call for ban on bottom trawling"
EN_LEDE = (
    "Environmental groups have called on the government to ban bottom trawling in Irish waters, saying the "
    "practice destroys fragile habitats."
)

def named_lede(header: str) -> str:
    """The lede, naming the person of the header's first line by surname when the row expects no byline."""
    surname = header.split("\n")[0].split()[-1]
    return f"{EN_LEDE[:-1]}, {surname} said."


# (the header's lines, the byline's authors or None)
ORG_LINES = [
    ("Tom Berg\nWWF", None),
    ("Tom Berg\nUNICEF", None),
    ("Tom Berg\nGreenpeace Ireland", None),
    # (precision: an outlet's line keeps the byline)
    ("Jane Roe\nThe City Herald", ("Jane Roe",)),
    ("Jane Roe\nReuters", ("Jane Roe",)),
]


@pytest.mark.parametrize(("header", "authors"), ORG_LINES)
def test_name_over_organisation(header: str, authors: tuple[str, ...] | None) -> None:
    # (the person is the story's: the lede names them again; merge58's regression trial: a writer the story
    # never names, over a broadcaster's initials or an affiliation, is the byline, test_merge58)
    lede = named_lede(header)
    article = parse(blocks(EN_HEAD, header, lede))
    assert (None if article.byline is None else article.byline.authors) == authors
    assert texts(article) == [lede]
    assert sound(article)


# (the header's lines over a stamp, the byline's authors or None: neither the name nor the body's line)
ORG_LINES_OVER_STAMP = [
    ("Tom Berg\nGreenpeace Ireland", None),
    ("Ann Lee\nMinistry of Health", None),
    ("Sam Hale\nAcme Foundation", None),
    ("Tom Berg\nWWF", None),
    # (precision: a role, an outlet, a place under the name keep the author)
    ("Jane Roe\nHealth Correspondent", ("Jane Roe",)),
    ("Jane Roe\nIrish Examiner", ("Jane Roe",)),
    ("Jane Roe\nThe City Herald", ("Jane Roe",)),
    ("Jane Roe\nNew Mexico", ("Jane Roe",)),
]


@pytest.mark.parametrize(("header", "authors"), ORG_LINES_OVER_STAMP)
def test_name_over_organisation_over_stamp(header: str, authors: tuple[str, ...] | None) -> None:
    lede = named_lede(header)
    article = parse(blocks(EN_HEAD, header + "\n5 December 2026", lede))
    assert (None if article.byline is None else article.byline.authors) == authors
    assert article.published is not None and article.published.text == "5 December 2026"
    assert texts(article) == [lede]
    assert sound(article)
