"""Layout readings of stop 26 (layS): a wire's sign-off with initials, a breadcrumb's Home crumb."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.lines import split_lines
from newsparse.section import SectionParser

PARSER = newsparse.ArticleParser()


# A wire's sign-off after the last sentence (an agency in capitals, maybe editors' initials) is
# cut off as boilerplate "sign-off"; the sentence stays the last paragraph.
AGENCY_SIGN_OFFS = [
    (
        "Heat wave grips the north\n\nLucknow, June 3 (PTI) Temperatures rose again on Monday, officials said.\n\n"
        "He said schools would stay shut until Friday. PTI KLM NOP\n",
        "He said schools would stay shut until Friday.",
        "PTI KLM NOP",
    ),
    (
        "Port strike ends\n\nDhaka, Aug 9 (IANS) Dock workers went back to work on Saturday.\n\n"
        "\"The talks were hard,\" a union leader said. IANS RS\n",
        "\"The talks were hard,\" a union leader said.",
        "IANS RS",
    ),
    (
        "Floods recede\n\nLagos, May 2 (AFP) - The water fell on Thursday, the agency said.\n\n"
        "Roads into the city reopened late on Friday. AFP\n",
        "Roads into the city reopened late on Friday.",
        "AFP",
    ),
]


@pytest.mark.parametrize(("text", "last", "mark"), AGENCY_SIGN_OFFS)
def test_agency_sign_off_is_cut_from_the_last_paragraph(text: str, last: str, mark: str) -> None:
    article = PARSER.parse(text)
    assert article.paragraphs[-1].text == last
    assert [(b.text, b.kind) for b in article.boilerplate] == [(mark, "sign-off")]
    assert text[article.boilerplate[0].span.start : article.boilerplate[0].span.end] == mark


NOT_SIGN_OFFS = [
    # a word in capitals that is no agency, and initials with no sentence before them, stay
    "Talks resume\n\nGeneva, May 2 - Envoys met again on Friday.\n\nThe next round is set for June at the UN\n",
    "Talks resume\n\nGeneva, May 2 - Envoys met again on Friday.\n\nThe deal was signed. NATO\n",
]


@pytest.mark.parametrize("text", NOT_SIGN_OFFS)
def test_no_agency_no_sign_off(text: str) -> None:
    article = PARSER.parse(text)
    assert all(b.kind != "sign-off" for b in article.boilerplate)


# A breadcrumb's first crumb naming the front page is navigation: the section is the rest.
BREADCRUMBS = [
    ("Home > News > Local", ("News", "Local")),
    ("Home » Sport » Cricket", ("Sport", "Cricket")),
    ("Startseite › Politik › Ausland", ("Politik", "Ausland")),
    ("Accueil » Économie", ("Économie",)),
    ("Inicio › Internacional", ("Internacional",)),
    ("News > Local > Schools", ("News", "Local", "Schools")),
]


@pytest.mark.parametrize(("crumbs", "labels"), BREADCRUMBS)
def test_home_crumb_is_left_out_of_the_section(crumbs: str, labels: tuple[str, ...]) -> None:
    text = f"{crumbs}\nCouncil votes to close two libraries\nBy Ana Lima\n\nThe council voted on Tuesday.\n"
    article = PARSER.parse(text)
    assert article.section == labels
    assert article.headline is not None and article.headline.text == "Council votes to close two libraries"


def test_home_labels_overridable() -> None:
    class Keeping(SectionParser):
        HOME_LABELS = frozenset()

    lines = split_lines("Home > News > Local\nCouncil votes to close two libraries\n\nBody.")
    found = Keeping().parse(lines, 0)
    assert found is not None and found.labels == ("Home", "News", "Local")
    found = SectionParser().parse(lines, 0)
    assert found is not None and found.labels == ("News", "Local") and found.text == "Home > News > Local"


BODY = "\n\nThe county board approved the plan on Tuesday after a long debate.\n\nWork starts in May.\n"


# A labelled credit line over the caption in the header's block: the caption is the line under
# it, the credit line boilerplate "credit".
CREDIT_OVER_CAPTION = [
    (
        "Board backs new bridge\nBy Omar Haddad\nApril 2, 2025\nPhoto: Lena Park/The Valley Star\n"
        "Workers inspect the old bridge on Monday." + BODY,
        "Workers inspect the old bridge on Monday.",
        "Lena Park/The Valley Star",
        "Photo: Lena Park/The Valley Star",
    ),
    (
        "Board backs new bridge\nBy Omar Haddad\nApril 2, 2025\nCredit: Sam Ito / Coast Daily\n"
        "The old bridge seen from the river" + BODY,
        "The old bridge seen from the river",
        "Sam Ito / Coast Daily",
        "Credit: Sam Ito / Coast Daily",
    ),
]


@pytest.mark.parametrize(("text", "caption", "credit", "line"), CREDIT_OVER_CAPTION)
def test_caption_under_labelled_credit(text: str, caption: str, credit: str, line: str) -> None:
    article = PARSER.parse(text)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert [(b.text, b.kind) for b in article.boilerplate] == [(line, "credit")]
    assert article.paragraphs[0].text.startswith("The county board approved")


# A caption that ends in a credit the parser read as story text or not at all.
CREDIT_TAILS = [
    ("File photo. (Coast Daily photo by Rahul Mehta)", "File photo.", "Coast Daily photo by Rahul Mehta"),
    ("The harbour at dawn on Sunday. (City Post photo by Jo Roe)", "The harbour at dawn on Sunday.", "City Post photo by Jo Roe"),
    ("The president speaks in Lisbon. LUSA/ANA LIMA", "The president speaks in Lisbon.", "LUSA/ANA LIMA"),
    ("Rescuers search the rubble in Naples. ANSA/CIRO FUSCO", "Rescuers search the rubble in Naples.", "ANSA/CIRO FUSCO"),
]


@pytest.mark.parametrize(("line", "caption", "credit"), CREDIT_TAILS)
def test_caption_credit_tails(line: str, caption: str, credit: str) -> None:
    text = "Board backs new bridge\nBy Omar Haddad\nApril 2, 2025\n" + line + BODY
    article = PARSER.parse(text)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.boilerplate == ()


NOT_CREDIT_TAILS = [
    "Jane Roe. (Coast Daily)",  # two words need a photo credit
    "AID TO U.S. CORN/WHEAT FARMERS SEEN SOON",  # a headline in capitals: no caption before the slash
    "The port reopened on Monday. EU/UK TALKS GO ON NOW",  # more than three words after the slash
]


@pytest.mark.parametrize("line", NOT_CREDIT_TAILS)
def test_not_credit_tails(line: str) -> None:
    assert PARSER.captions.parse_line(split_lines(line)[0]) is None


def test_two_word_sentence_needs_a_photo_credit() -> None:
    lines = split_lines("Jane Roe. (Coast Daily)")
    assert PARSER.captions.parse_line(lines[0]) is None


# A footer that gives the day the story first ran is its publication stamp when the text has no other.
FOOTERS = [
    ("This article was first published on March 4, 2025.", "2025-03-04", "March 4, 2025"),
    ("This story was originally published on Jan. 9, 2024, by the Valley Ledger.", "2024-01-09", "Jan. 9, 2024"),
]


@pytest.mark.parametrize(("footer", "day", "stamp"), FOOTERS)
def test_published_from_footer(footer: str, day: str, stamp: str) -> None:
    text = "Board backs new bridge" + BODY + "\n" + footer + "\n"
    article = PARSER.parse(text)
    assert article.published is not None
    assert article.published.datetime.date().isoformat() == day
    assert text[article.published.span.start : article.published.span.end] == stamp
    assert article.boilerplate == ()


def test_footer_yields_to_a_header_stamp() -> None:
    text = "Board backs new bridge\nApril 2, 2025" + BODY + "\nThis article was first published on March 4, 2025.\n"
    article = PARSER.parse(text)
    assert article.published is not None and article.published.datetime.date().isoformat() == "2025-04-02"
    assert [b.kind for b in article.boilerplate] == ["sign-off"]


def test_footer_without_a_date_stays_a_sign_off() -> None:
    article = PARSER.parse("Board backs new bridge" + BODY + "\nThis article was first published by the Valley Ledger.\n")
    assert article.published is None
    assert [b.kind for b in article.boilerplate] == ["sign-off"]


# A paper joined to an agency with the language's "with", no "Par": the paper signs, the agency is read.
# A sentence that names the author opens a byline too.
BYLINES = [
    ("fr", "Le Parisien avec AFP", (("Le Parisien",), "AFP")),
    ("es", "El Periódico con EFE", (("El Periódico",), "EFE")),
    ("de", "Ein Artikel von Jonas Weber, Berlin", (("Jonas Weber",), None)),
    ("de", "Ein Beitrag von Lea Braun und Tim Roth", (("Lea Braun", "Tim Roth"), None)),
    ("en", "An article by Grace Olsen", (("Grace Olsen",), None)),
    ("fr", "Macron avec AFP", None),
    ("en", "The Ledger with AP", None),
]


@pytest.mark.parametrize(("language", "line", "want"), BYLINES)
def test_bylines(language: str, line: str, want: tuple[tuple[str, ...], str | None] | None) -> None:
    parser = newsparse.ArticleParser(language=language)
    found = parser.byline.parse(split_lines(line + "\nLa suite."), 0)
    assert (None if found is None else (found.authors, found.agency)) == want


# A place in title case before a known agency written in capitals.
DATELINES = [
    ("Madrid, 27 Abr. (EUROPA PRESS) -", ("Madrid", "EUROPA PRESS", (4, 27))),
    ("Sevilla, 3 May. (EUROPA PRESS) -", ("Sevilla", "EUROPA PRESS", (5, 3))),
    ("Bilbao, 27 (EUROPA PRESS) -", ("Bilbao", "EUROPA PRESS", None)),
    ("Madrid, 27 Abr. (FUENTES POLICIALES) -", None),
]


@pytest.mark.parametrize(("head", "want"), DATELINES)
def test_titled_dateline_agency_in_capitals(head: str, want: tuple[str, str, tuple[int, int] | None] | None) -> None:
    parser = newsparse.ArticleParser(language="es")
    for text in (
        "El Congreso aprueba la ley\n\n" + head + " El Pleno ha aprobado este jueves la ley de vivienda.\n",
        "El Congreso aprueba la ley\n" + head + "\n\nEl Pleno ha aprobado este jueves la ley de vivienda.\n",
    ):
        dateline = parser.parse(text).dateline
        if want is None:
            assert dateline is None
            continue
        assert dateline is not None and dateline.text == head
        date = None if dateline.date is None else (dateline.date.month, dateline.date.day)
        assert (dateline.place, dateline.agency, date) == want


# A header in one block: name, place and stamp, caption with the photographer in capitals and the agency.
def test_place_dash_stamp_and_caption_under_it() -> None:
    text = (
        "Economía\nChile sube el salario mínimo\nLa medida entra en vigor en mayo\nPedro Soto\n"
        "Valparaíso - 14 mar 2025 - 09:45\n"
        "Trabajadores en el centro de Valparaíso, en una imagen de archivo. ELVIS GONZÁLEZ (EFE)\n\n"
        "El Gobierno chileno anunció este viernes una subida del salario mínimo.\n"
    )
    article = newsparse.ArticleParser(language="es").parse(text)
    assert article.byline is not None and article.byline.authors == ("Pedro Soto",)
    assert article.published is not None and article.published.text == "14 mar 2025 - 09:45"
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Trabajadores en el centro de Valparaíso, en una imagen de archivo.", "ELVIS GONZÁLEZ (EFE)")
    ]
    assert [p.text for p in article.paragraphs] == ["El Gobierno chileno anunció este viernes una subida del salario mínimo."]


PLACE_DASH = [
    ("Ciudad Real - 14 mar 2025 - 09:45 CET", "14 mar 2025 - 09:45 CET"),
    ("Guayaquil - 14 mar 2025 - 09:45 ECT", None),  # a zone it cannot read (ECT: Ecuador or the Caribbean): the stamp ends no line
    ("Lima — 2 abr 2025 - 18:10", "2 abr 2025 - 18:10"),
    ("Paris - 11 feb 2025", None),  # no clock: a headline's form as often
    ("Lima — 2 abr 2025 - 18:10 en directo", None),  # the stamp does not end the line
]


@pytest.mark.parametrize(("line", "stamp"), PLACE_DASH)
def test_after_place_dash(line: str, stamp: str | None) -> None:
    found = newsparse.ArticleParser(language="es").timestamps.parse(split_lines(line), 0)
    assert [s.text for s in found] == ([] if stamp is None else [stamp])
