"""Rows for what the merge of stop 48's branches mended: two helpers' rules that met in one text."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import ArticleParser

HEAD = "Rat beschließt Haushalt\n\n"


def _direct(text: str, language: str) -> list[tuple[str, str | None]]:
    article = ArticleParser(language=language).parse(HEAD + text + "\n")
    return [(q.text, q.speaker.mention if q.speaker else None) for q in article.quotes]


# (German puts the verb second: a quotation that opens its sentence is followed by its verb, so a
# phrase set off by commas between the quotation and a cue is the quotation's apposition, a title's)
VERB_SECOND = [
    ("„Die Zeit“, die Wochenzeitung, berichtete darüber.", []),
    ("„Die Zeit“, die Wochenzeitung, schrieb ausführlich darüber.", []),
    ("„Der Spiegel“, das Nachrichtenmagazin, meldete den Rücktritt.", []),
    # (the verb right after the quotation: its speaker after it)
    ("„Das ist Unsinn“, berichtete die Polizei.", [("Das ist Unsinn", "die Polizei")]),
    ("„Wir sind bereit“, sagte der Bürgermeister.", [("Wir sind bereit", "der Bürgermeister")]),
]


@pytest.mark.parametrize(("text", "expected"), VERB_SECOND)
def test_a_phrase_set_off_after_a_german_quotation_is_no_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert _direct(text, "de") == expected


def test_english_keeps_a_subject_set_off_after_a_quotation() -> None:
    # (English puts the subject first: '"...," the mayor, 62, said' is the mayor's)
    article = newsparse.parse_article('Council votes\n\n"We are ready," the mayor, 62, said.\n')
    assert [(q.text, q.speaker.mention if q.speaker else None) for q in article.quotes] == [("We are ready,", "the mayor")]


# (a labelled stamp line whose stamp holds its unread clock and zone, lay55, goes on no sentence
# under it, fixT55b: the two rules met in one line)
STAMPS = [
    ("Published October 14, 2025 1:45 p.m. XYZ", "2025-10-14T00:00:00", "October 14, 2025 1:45 p.m. XYZ"),
    ("Updated October 14, 2025 at 9:00 AM QRT", None, "October 14, 2025 at 9:00 AM QRT"),
]


@pytest.mark.parametrize(("stamp", "published", "text"), STAMPS)
def test_a_labelled_stamp_with_an_unread_zone_stays_off_the_story(stamp: str, published: str | None, text: str) -> None:
    story = "The storm hit the island on Tuesday.\nOfficials said the roads were closed.\n"
    source = "Storm hits the coast\nBy Anne Gagnon\n" + stamp + "\n" + story
    article = newsparse.parse_article(source)
    found = article.published or article.updated
    assert found is not None and found.text == text
    assert source[found.span.start : found.span.end] == text
    assert (article.published.datetime.isoformat() if article.published else None) == published
    assert article.paragraphs[0].text == "The storm hit the island on Tuesday."
