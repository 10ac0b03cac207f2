"""Wrong values a second reader found in stop 18's construction rules (issue 5, role fixRH).  Each
table puts the bad shape beside its good shape and near-misses; each row is one paragraph under a
plain headline and the exact ``(text, kind, speaker name, speaker mention)`` tuples that come out."""

from __future__ import annotations

from functools import partial
from typing import ClassVar

import pytest

from newsparse import ArticleParser, QuoteKind
from newsparse.names import NameModel
from newsparse.people import PersonIndex
from newsparse.quotes.parser import QuoteParser
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]


quotes_of = partial(mention_rows, headline="Harbour notebook")


STACKED_REPORTS = [
    # another cue's words before the report, whether or not they gave a quote: the outlet never
    # speaks the speaker's attribution (was: "The ferry will stop, Lena Voss said on Monday" by Reuters)
    ("The ferry will stop, Lena Voss said on Monday, Reuters reported.", []),
    ("The ferry will stop, Lena Voss said in a statement, the agency reported.", []),
    ("The ferry will stop, Lena Voss warned in a statement, the agency reported.", []),
    ("The ferry will stop, Lena Voss wrote on Facebook, the agency reported.", []),
    ("The ferry will stop, Lena Voss told state television, the agency reported.", []),
    # good shapes: the report alone, and a cue word that is a noun (after a possessive, before a verb)
    ("The ferry will stop in June, the agency reported.", [("The ferry will stop in June", R, "the agency", "the agency")]),
    ("Voss's comments came on Sunday, the newspaper reported.",
     [("Voss's comments came on Sunday", R, "the newspaper", "the newspaper")]),
    # a report with a clause of its own after an earlier cue still speaks it
    # (the subject before the comma points out, since fixL56; the report inside hers is left unread)
    ("Lena Voss hit back, pointing out that the paper's Tom Reyes had reported in June that the ferry lost money.",
     [("the paper's Tom Reyes had reported in June that the ferry lost money", R, "Lena Voss", "Lena Voss")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), STACKED_REPORTS)
def test_stacked_reports(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


REPORTED_CLAUSES = [
    # a plural noun opens the reported clause (was: read as a verb, no quote)
    ("NBC reported that officials had closed the ferry terminal.",
     [("officials had closed the ferry terminal", R, "NBC", "NBC")]),
    ("NBC reported that protesters had blocked the pier.", [("protesters had blocked the pier", R, "NBC", "NBC")]),
    ("The ministry reported sales rose 5 percent.", [("sales rose 5 percent", R, "The ministry", "The ministry")]),
    # no "that": the clause right after the cue (was: no quote)
    ("The Gazette reported the ferry would stop.", [("the ferry would stop", R, "Gazette", "The Gazette")]),
    ("The Gazette reported last month the ferry had stopped.",
     [("the ferry had stopped", R, "Gazette", "The Gazette")]),
    # near-misses: an object, a verb that opens the words, an aside, a passive, a plural noun
    ("Authorities reported at least 20 victims at a center that works with the disabled.", []),
    ("Police reported two deaths on Monday.", []),
    ("The leak had been previously reported in May and some lawmakers had named a suspect.", []),
    ("The Gazette reported on his schedule of paid speeches in 2007.", []),
    ("Lena Voss is reported to have called the plan a gamble.", []),
    ("After the storm, police reports Tom Reyes filed were lost.", []),
    # the quote of a source cited after the report stays (was: claimed by the report)
    ("Rebels have taken the port, the agency reported, citing a source who said the army fled.",
     [("Rebels have taken the port", R, "the agency", "the agency"), ("the army fled", R, "a source", "a source")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), REPORTED_CLAUSES)
def test_reported_clauses(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


AFTER_AN_ASIDE = [
    # the report set off by commas is an aside: the quote's speaker stays (was: the reporter's mixed quote)
    ("As the crowd cheered, the Gazette's Tom Reyes reported, his wife whispered to him: \u201cWe won.\u201d",
     [("We won.", D, "his wife", "his wife")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), AFTER_AN_ASIDE)
def test_report_aside(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


PARTICLE_NAMES = [
    # one word, particles and a body's name: the person is the first word (was: "Dupont de la CGT"; the
    # mention keeps the words as written)
    ("fr", "\u00ab C'est un probl\u00e8me \u00bb, a d\u00e9clar\u00e9 Dupont de la CGT.",
     [("C'est un probl\u00e8me", D, "Dupont", "Dupont de la CGT")]),
    ("es", "P\u00e9rez de la Fiscal\u00eda dijo que el puente se cerrar\u00e1.",
     [("el puente se cerrar\u00e1", R, "P\u00e9rez", "P\u00e9rez de la Fiscal\u00eda")]),
    ("de", "\u201eDas ist ein Problem\u201c, sagte M\u00fcller von der Polizei.",
     [("Das ist ein Problem", D, "M\u00fcller", "M\u00fcller")]),
    ("de", "\u201eDas ist ein Problem\u201c, sagte Anna von der Stadtverwaltung.",
     [("Das ist ein Problem", D, "Anna", "Anna")]),
    # good shapes: a name with particles stays whole
    ("de", "\u201eDas ist ein Problem\u201c, sagte Ursula von der Leyen.",
     [("Das ist ein Problem", D, "Ursula von der Leyen", "Ursula von der Leyen")]),
    ("es", "Juan de la Fuente dijo que el puente se cerrar\u00e1.",
     [("el puente se cerrar\u00e1", R, "Juan de la Fuente", "Juan de la Fuente")]),
    ("fr", "\u00ab C'est un probl\u00e8me \u00bb, a d\u00e9clar\u00e9 Charles de Gaulle.",
     [("C'est un probl\u00e8me", D, "Charles de Gaulle", "Charles de Gaulle")]),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), PARTICLE_NAMES)
def test_particle_names(language: str, paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph, language) == expected


SENT_DOCUMENTS = [
    # the addressee of a document never speaks its words (was: "the mayor to Tom Reyes", "Tom Reyes")
    ("A letter from the mayor to Tom Reyes said the ferry would stop.",
     [("the ferry would stop", R, "A letter from the mayor", "A letter from the mayor")]),
    ("A letter from Lena Voss to Tom Reyes said the ferry would stop.",
     [("the ferry would stop", R, "A letter from Lena Voss", "A letter from Lena Voss")]),
    # good shape: an adviser to someone speaks for them
    ("An adviser to the mayor said the ferry would stop.",
     [("the ferry would stop", R, "An adviser to the mayor", "An adviser to the mayor")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), SENT_DOCUMENTS)
def test_sent_documents(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


def test_sent_document_with_an_aside_never_gives_the_addressee() -> None:
    rows = quotes_of("A memo from Lena Voss to Tom Reyes, dated May 1, said the ferry would stop.")
    assert [row[0] for row in rows] == ["the ferry would stop"]
    assert rows[0][2] != "Tom Reyes"


class DutchNames(NameModel):
    PARTICLES: ClassVar[tuple[str, ...]] = (*NameModel.PARTICLES, "ter")


class DutchIndex(PersonIndex):
    NAME_MODEL: ClassVar[type[NameModel]] = DutchNames


class DutchQuotes(QuoteParser):
    PERSON_INDEX: ClassVar[type[PersonIndex]] = DutchIndex


@pytest.mark.parametrize(
    ("parser", "expected"),
    [(QuoteParser(), ["Horst", "Horst"]), (DutchQuotes(), ["Anna ter Horst", "Anna ter Horst"])],
    ids=["plain", "subclass"],
)
def test_person_index_subclass_changes_the_name_model(parser: QuoteParser, expected: list[str]) -> None:
    text = (
        "Harbour notebook\n\nAnna ter Horst chairs the board.\n\n"
        "\u201cThe ferry will stop,\u201d said Anna ter Horst.\n\nLater, ter Horst said the pier would close.\n"
    )
    article = ArticleParser(quotes=parser).parse(text)
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == expected
    assert isinstance(parser.names, parser.PERSON_INDEX.NAME_MODEL)
