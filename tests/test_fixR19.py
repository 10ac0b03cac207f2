"""Regressions a second reading of stop 19's changes found (fixR): each table holds the bad shape,
the good shape and near misses that must not change.  Invented stories; each row gives the
paragraphs after a plain headline and the exact ``(text, speaker name, mention)`` triples that
must come out, in order."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator, Sequence
from typing import ClassVar

import pytest

import newsparse
from newsparse.article import ArticleParser
from newsparse.lines import Line, split_lines
from newsparse.spans import Paragraph
from quote_cases import speaker_rows as quotes_of

Row = tuple[str, "str | None", "str | None"]


# 1. a number after a coordinator is a clause's subject only when no number stands before the
# coordinator: "18 and 29", "5 and 11", "9 and 10" are ranges or pairs, not "..., and 39 said"
COUNTS = [
    ("Voters between the ages of 18 and 29 said the economy was their top concern.", []),
    ("Children between 5 and 11 said the lessons were too long.", []),
    ("Students in grades 9 and 10 said the test was unfair.", []),
    ("Workers aged between 40 or 50 said the training came too late.", []),
    ("Pupils between five and 11 said the lessons were too long.", []),
    # the count after a comma and a coordinator still opens the report; a bare number names no one (spkU)
    ("Already, 520 delegates back her, and 39 have said they back him.", [("they back him", None, None)]),
    ("Of 48 chambers surveyed, only 28 said they expected to hire more staff.",
     [("they expected to hire more staff", "only 28", "only 28")]),
    # a cue right after a relative pronoun reports nothing when another cue follows its subject
    ("Of 48 chambers that replied, only 28 said they expected to hire more staff.",
     [("they expected to hire more staff", "only 28", "only 28")]),
    ("Among the firms that answered, most said they expected to hire more staff.", []),
    ("The chambers that replied said they expected to hire more staff.", []),
    # near miss: a relative clause with words of its own and no cue after them keeps them
    ("Ana Ortiz, who said the plan would fail, resigned on Monday.", [("the plan would fail", "Ana Ortiz", "Ana Ortiz")]),
    # a word, not a number, before the coordinator: the count opens its clause
    ("Most delegates back her and 39 have said they back him.", [("they back him", None, None)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), COUNTS)
def test_count_after_number_and_coordinator(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


# 2. a quotation inside an opening phrase is the subject's words only when the phrase opens with
# a participle of the subject's own act: not a preposition in -ing, not a passive, not a thing's
# words after a relative pronoun
OPENERS = [
    ('According to "people familiar with the matter," the deal is close.',
     [("people familiar with the matter,", None, None)]),
    ('According to "senior officials," the plan is dead.', [("senior officials,", None, None)]),
    ('According to what he called "reliable sources," the minister will resign.', [("reliable sources,", "he", "he")]),
    ('Regarding the "unacceptable delays," the minister promised a review.',
     [("unacceptable delays,", None, None)]),
    ('Concerning the "missing funds," the treasurer promised an audit.', [("missing funds,", None, None)]),
    ('Having been called "a traitor," the senator resigned.', [("a traitor,", None, None)]),
    ('Being described as "unfit for office," the judge stepped down.', [("unfit for office,", None, None)]),
    ('Following being described as "unfit for office," the judge stepped down.', [("unfit for office,", None, None)]),
    ('Wearing a T-shirt that read "Stop the steal," the man entered the building.', [("Stop the steal,", None, None)]),
    ('Holding a sign which said "No more cuts," the nurse joined the march.', [("No more cuts,", None, None)]),
    # the good shapes: the subject does what the participle says
    ('Citing "security concerns," the spokeswoman cancelled the event.',
     [("security concerns,", "the spokeswoman", "the spokeswoman")]),
    ('Describing the plan as "a betrayal of the town," the mayor walked out.',
     [("a betrayal of the town,", "the mayor", "the mayor")]),
    ('Having been dubbed "the fixer," the aide resigned.', [("the fixer,", None, None)]),
    # near miss: a form of "be" with no participle after it is no passive: the union's words
    ('Citing what is "a clear breach," the union filed a complaint.', [("a clear breach,", "the union", "the union")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), OPENERS)
def test_participle_opener_subject(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


# 3. a word the article names a person by is never an opening adjective, whatever its ending
SURNAMES = [
    ('Skip Bayless hosted the show on Monday.\n\nBayless, a longtime commentator, said: "The team is finished."',
     None, [("The team is finished.", "Skip Bayless", "Bayless")]),
    ('Ann Lawless chaired the hearing.\n\nLawless, a former judge, said: "The rules were broken."',
     None, [("The rules were broken.", "Ann Lawless", "Lawless")]),
    ('Tom Corless ran the fund.\n\nCorless, a banker, said: "Rates will rise."',
     None, [("Rates will rise.", "Tom Corless", "Corless")]),
    ("Marie Lamoureux a présenté le rapport lundi.\n\nLamoureux, qui dirige la commission, a déclaré : "
     "« Le texte est prêt. »", "fr", [("Le texte est prêt.", "Marie Lamoureux", "Lamoureux")]),
    ("Anne Dufossé a présenté le rapport lundi.\n\nDufossé, qui dirige la commission, a déclaré : "
     "« Le texte est prêt. »", "fr", [("Le texte est prêt.", "Anne Dufossé", "Dufossé")]),
    # near miss: the same shape with no such name in the article stays no one's
    ('Tom Berg ran the fund.\n\nCorless, a banker, said: "Rates will rise."', None,
     [("Rates will rise.", None, None)]),
]


@pytest.mark.parametrize(("paragraphs", "language", "expected"), SURNAMES)
def test_named_word_is_no_opening_adjective(paragraphs: str, language: str | None, expected: list[Row]) -> None:
    assert quotes_of(paragraphs, language) == expected


# 4. a title the person is called by is no organisation's modifier
TITLED = [
    ("Officer", "Diaz"), ("Deputy", "Jones"), ("Justice", "Kagan"), ("Inspector", "Morse"),
    ("Bishop", "Tutu"), ("Councilwoman", "Ortiz"), ("Sergeant", "Pepper"),
]


@pytest.mark.parametrize(("title", "surname"), TITLED)
def test_titled_person_is_no_body(title: str, surname: str) -> None:
    text = f'{title} {surname} said the road was closed.\n\n"It will reopen tomorrow," {surname} added.'
    assert quotes_of(text) == [
        ("the road was closed", surname, f"{title} {surname}"),
        ("It will reopen tomorrow,", surname, surname),
    ]


def test_body_named_by_a_modifier_stays() -> None:
    text = 'National Grid said the outage was over.\n\n"Power is back," National Grid added.'
    assert quotes_of(text) == [
        ("the outage was over", "National Grid", "National Grid"),
        ("Power is back,", "National Grid", "National Grid"),
    ]


# 5. a capitalised particle inside a name: the name after the role, not the role, and not an
# acronym before it
PARTICLES = [
    ("Le ministre Bruno Le Maire a déclaré : « Le texte est prêt. »",
     [("Le texte est prêt.", "Bruno Le Maire", "Le ministre Bruno Le Maire")]),
    ("La présidente du RN Marine Le Pen a déclaré : « Le texte est prêt. »",
     [("Le texte est prêt.", "Marine Le Pen", "La présidente du RN Marine Le Pen")]),
    ("Le ministre Jean Dupont a déclaré : « Le texte est prêt. »",
     [("Le texte est prêt.", "Jean Dupont", "Le ministre Jean Dupont")]),
    ("Le maire a déclaré : « Le texte est prêt. »", [("Le texte est prêt.", "Le maire", "Le maire")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PARTICLES)
def test_capitalised_particle_names(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph, "fr") == expected


# 6. an update clock under a published date: never before the publication, and naive like a
# published day that names no zone (the two compare)
UPDATES = [
    # a clock the published stamp writes with a period: the update may be the next day
    ("Published 3 June 2025, 11.50pm\nUpdated 12.15am", dt.datetime(2025, 6, 3, 23, 50), None),
    ("Published 3 June 2025, 11:50\nUpdated 12:15", dt.datetime(2025, 6, 3, 11, 50), None),
    # a published day with no clock: the update that day, naive like it
    ("Published 3 June 2025\nUpdated 14:05 GMT", dt.datetime(2025, 6, 3), dt.datetime(2025, 6, 3, 14, 5)),
    ("Published 3 June 2025\nUpdated 12.15am", dt.datetime(2025, 6, 3), dt.datetime(2025, 6, 3, 0, 15)),
]


@pytest.mark.parametrize(("stamps", "published", "updated"), UPDATES)
def test_update_under_published_date(stamps: str, published: dt.datetime, updated: dt.datetime | None) -> None:
    article = newsparse.parse_article(f"Storm hits coast\n{stamps}\n\nThe storm hit the coast on Monday night.")
    assert article.published is not None and article.published.datetime == published
    assert (article.updated.datetime if article.updated is not None else None) == updated
    if article.updated is not None:
        assert article.updated.datetime >= article.published.datetime  # (comparable: no TypeError)


# 7. names in decomposed accents (NFD) read as their composed forms do
NFD_NAMES = [
    ('The plan was called "a disaster" by José García.', [("a disaster", "José García", "José García")]),
    ('The plan is "a disaster", according to Ana García.', [("a disaster", "Ana García", "Ana García")]),
    ('"We are ready," said the mayor of Bogotá.', [("We are ready,", "the mayor of Bogotá", "the mayor of Bogotá")]),
    ('"We are ready," said Tom Berg of Zürich Insurance.',
     [("We are ready,", "Tom Berg", "Tom Berg of Zürich Insurance")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), NFD_NAMES)
def test_decomposed_accents_read_as_composed(paragraph: str, expected: list[Row]) -> None:
    decomposed = unicodedata.normalize("NFD", paragraph)
    assert decomposed != paragraph
    assert quotes_of(paragraph) == expected
    assert quotes_of(decomposed) == [
        tuple(unicodedata.normalize("NFD", x) if x is not None else None for x in row) for row in expected
    ]


# 8. overridable hooks: a BodyParser subclass's stream is read by parse too, and share buttons
# written in capitals by a subclass match a line in any case
class _FirstParagraphBody(newsparse.BodyParser):
    """A subclass that overrides ``stream`` only: the first paragraph."""

    def stream(self, lines: Sequence[Line], *, page: Sequence[Line] | None = None) -> Iterator[Paragraph]:
        return iter(tuple(super().stream(lines, page=page))[:1])


def test_body_parse_reads_a_subclass_stream() -> None:
    lines = split_lines("The ferry company raised fares on Monday.\n\nPassengers said the rise was steep.\n")
    plain = newsparse.BodyParser().parse(lines)
    assert [p.text for p in plain] == ["The ferry company raised fares on Monday.", "Passengers said the rise was steep."]
    first = _FirstParagraphBody().parse(lines)
    assert [p.text for p in first] == ["The ferry company raised fares on Monday."]
    assert first == tuple(_FirstParagraphBody().stream(lines))


class _CapitalButtons(ArticleParser):
    AMBIGUOUS_BUTTONS: ClassVar[frozenset[str]] = frozenset({"X", "F"})


@pytest.mark.parametrize(
    ("lines", "share"),
    [
        # a lone button letter is a letter, whatever case the subclass wrote it in
        (["X"], []),
        (["f"], []),
        # beside another share line it is a button
        (["Facebook", "X", "Email"], ["Facebook", "X", "Email"]),
    ],
)
def test_ambiguous_buttons_compared_without_case(lines: list[str], share: list[str]) -> None:
    text = (
        "Shares slide as rates climb\n\nBy Jane Roe\n\nShares fell on Monday as rates climbed.\n\n"
        + "\n".join(lines)
        + "\n\nTraders now look to the jobs report due on Friday morning.\n"
    )
    article = _CapitalButtons().parse(text)
    assert [b.text for b in article.boilerplate if b.kind == "share"] == share
