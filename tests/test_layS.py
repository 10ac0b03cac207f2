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
