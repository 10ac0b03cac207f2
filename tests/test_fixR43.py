"""A reviewer's findings on the round's quote changes (fixR43), one table each: a ``by`` phrase after
``was quoted as saying`` is a source only when it names an outlet; a relative clause or a participle
in a speaker's phrase is no clause of its own; a surname after its titles is read where it stands; a
time noun's plural is the language's own."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Article, ArticleParser

HEAD = "Harbour district news\n\n"


def parse(body: str, language: str | None = None) -> Article:
    text = HEAD + body + "\n"
    article = ArticleParser(language=language).parse(text) if language is not None else newsparse.parse_article(text)
    assert article.span_mismatches() == []
    return article


def speakers(body: str, language: str | None = None) -> list[str | None]:
    return [q.speaker.name if q.speaker is not None else None for q in parse(body, language).quotes]


# -- 1: the phrase after "was quoted as saying by" is a source only when it names an outlet ------------

QUOTED_BY = [
    # (text, speaker, source)
    ('"The talks are over," Elena Ruiz was quoted as saying by the Andes news agency.', "Elena Ruiz", "the Andes news agency"),
    ('"The talks are over," Elena Ruiz was quoted as saying by Reuters.', "Elena Ruiz", "Reuters"),
    ('"The talks are over," Elena Ruiz was quoted as saying by The Times.', "Elena Ruiz", "The Times"),
    ('"The talks are over," Elena Ruiz was quoted as saying by state broadcaster NHK.', "Elena Ruiz", "state broadcaster NHK"),
    ('"The talks are over," Elena Ruiz was quoted as saying by the state news agency.', "Elena Ruiz", "the state news agency"),
    # no outlet: how, when or by whom in general, never a source
    ('"We will win," Marco Ortiz was quoted as saying by phone.', "Marco Ortiz", None),
    ('"We will win," Marco Ortiz was quoted as saying by a wide margin.', "Marco Ortiz", None),
    ('"We will win," Marco Ortiz was quoted as saying by the end of the day.', "Marco Ortiz", None),
    ('"We will win," Marco Ortiz was quoted as saying by 2030.', "Marco Ortiz", None),
    ('"We will win," Marco Ortiz was quoted as saying by reporters in Lima.', "Marco Ortiz", None),
    ('"We will win," Marco Ortiz was quoted as saying by Monday.', "Marco Ortiz", None),
    ('"We will win," Marco Ortiz was quoted as saying by March.', "Marco Ortiz", None),
]


@pytest.mark.parametrize(("body", "speaker", "source"), QUOTED_BY)
def test_a_quoted_by_phrase_is_a_source_only_when_it_names_an_outlet(body: str, speaker: str, source: str | None) -> None:
    found = parse(body).quotes
    assert [(q.speaker.name if q.speaker is not None else None, q.source) for q in found] == [(speaker, source)]


# -- 2: a relative clause or a participle in a speaker's phrase makes it no clause -------------------

SPEAKER_PHRASES = [
    # (text, [(words, speaker)])
    ('"Nobody listened to us." The woman who was injured said.', [("Nobody listened to us.", "The woman who was injured")]),
    ('"Nobody listened to us." The driver who had stopped said.', [("Nobody listened to us.", "The driver who had stopped")]),
    ('"Nobody listened to us." The man wanted by police said.', [("Nobody listened to us.", "The man")]),
    ('"Nobody listened to us." The nurse interviewed by the BBC said.', [("Nobody listened to us.", "The nurse")]),
    ('"Nobody listened to us." The residents affected said.', [("Nobody listened to us.", "The residents affected")]),
    # a finite verb before the cue noun: a clause of its own, no speaker's phrase, the quote ends at its mark
    ('Lena Holt said the figures were "painful." The company declined further comment.', [('the figures were "painful."', "Lena Holt")]),
    ('Lena Holt said the figures were "painful." The bank refused further comment.', [('the figures were "painful."', "Lena Holt")]),
]


@pytest.mark.parametrize(("body", "expected"), SPEAKER_PHRASES)
def test_a_relative_clause_or_participle_leaves_the_speaker(body: str, expected: list[tuple[str, str]]) -> None:
    found = parse(body).quotes
    assert [(q.text, q.speaker.name if q.speaker is not None else None) for q in found] == expected


# -- 4: a surname after its titles is read where it stands --------------------------------------------

SURNAMES_AFTER_OPENINGS = [
    # (text, speakers)
    (
        'Omar Haddad, a council member, spoke first.\n\nAfter the vote, Mr. Haddad left the hall. "The plan is dead," he said.',
        ["Omar Haddad"],
    ),
    (
        'Omar Haddad, a council member, spoke first.\n\nAfter the vote, Haddad left the hall. "The plan is dead," he said.',
        ["Omar Haddad"],
    ),
    # the titled surname set off by commas after a person noun is that person, not the subject
    (
        'Omar Haddad, a council member, spoke first.\n\nAt the funeral of his friend, Mr. Haddad, the mayor spoke. '
        '"We lost a good man," he said.',
        ["he"],
    ),
    (
        'Omar Haddad, a council member, spoke first.\n\nAt the funeral of his friend, Haddad, the mayor spoke. '
        '"We lost a good man," he said.',
        ["he"],
    ),
]


@pytest.mark.parametrize(("body", "expected"), SURNAMES_AFTER_OPENINGS)
def test_a_surname_after_titles_is_read_at_its_own_place(body: str, expected: list[str]) -> None:
    assert speakers(body) == expected


# -- 5: a time noun's plural by the language's own endings --------------------------------------------

RECURRING_TIMES = [
    # (language, text, speakers)
    (None, 'Every two weeks, Peter Lindqvist climbs to the old lighthouse.\n\n"People think it is lonely," he says.', ["Peter Lindqvist"]),
    (None, 'Every few years, Peter Lindqvist climbs to the old lighthouse.\n\n"People think it is lonely," he says.', ["Peter Lindqvist"]),
    (
        "es",
        "Cada dos meses, Javier Ortega visita el faro del pueblo.\n\n—La gente cree que es solitario —dijo él.",
        ["Javier Ortega"],
    ),
    # no time noun last: the pronoun as written
    (None, 'Every voters, Peter Lindqvist climbs to the old lighthouse.\n\n"People think it is lonely," he says.', ["he"]),
    (None, 'Every volunteers, Peter Lindqvist climbs to the old lighthouse.\n\n"People think it is lonely," he says.', ["he"]),
]


@pytest.mark.parametrize(("language", "body", "expected"), RECURRING_TIMES)
def test_a_recurring_time_reads_plurals_by_the_language(language: str | None, body: str, expected: list[str]) -> None:
    assert speakers(body, language) == expected
