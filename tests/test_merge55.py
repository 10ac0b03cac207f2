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


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article = newsparse.parse_article("Council approves new budget\n\nBy Jane Roe\n\n" + text)
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


# (a bare age after a quotation stands for the one person the paragraph before opens with, fixT55a,
# fixR55; not when the quotation or its attribution speaks of that person: someone else speaks)
AGES = [
    ("Sam Ortiz kicked a late penalty.\n\n\"It was a tough one,\" said the 22-year-old.\n", "Sam Ortiz"),
    ("Ana Ruiz won the final in straight sets.\n\n\"I felt calm,\" said the 31-year-old.\n", "Ana Ruiz"),
    ("Sam Ortiz kicked a late penalty.\n\n\"Sam was brilliant today,\" said the 22-year-old.\n", "the 22-year-old"),
    ("Sam Ortiz kicked a late penalty.\n\n\"Ortiz never panics,\" said the 41-year-old.\n", "the 41-year-old"),
    ("Ana Ruiz won the final.\n\n\"She is a special talent,\" said the 62-year-old, who has coached her since she was nine.\n",
     "the 62-year-old"),
    ("Sam Ortiz kicked a late penalty.\n\n\"I told him to aim left,\" said the 58-year-old.\n", "the 58-year-old"),
]


@pytest.mark.parametrize(("text", "speaker"), AGES)
def test_a_bare_age_is_not_the_person_the_words_speak_of(text: str, speaker: str) -> None:
    assert [name for _, name in _speakers(text)] == [speaker]


# (a place and a time read back over inside a relative clause with no commas: the place is never the
# speaker, fixT55a's time-phrase stop kept for the appositive set off by commas)
PLACE_THEN_TIME = [
    ("Mary Walsh who has lived in Southill for 12 years said the mould was everywhere.\n", []),
    ("Tom Berg who has farmed in Kildare for 30 years said the rain never stopped.\n", []),
    ("Mary Walsh, a mother of three who has lived in Southill for 12 years, said the mould in the bedroom had made her "
     "son ill.\n", [("the mould in the bedroom had made her son ill", "Mary Walsh")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_THEN_TIME)
def test_a_place_inside_a_time_phrase_never_speaks(text: str, expected: list[tuple[str, str]]) -> None:
    assert _speakers(text) == expected


# (a late reader's findings on the merged round)
LATE = [
    ("A spokesman at Virgin Holidays said flights would resume on Friday.\n", "A spokesman at Virgin Holidays"),
    ("Staff at Jet2 Holidays said the office was shut.\n", "Staff at Jet2 Holidays"),
    ("The ministry over the Easter weekend said the roads were busy.\n", "The ministry"),
    ("Officials over the Lunar New Year break said the roads were busier than usual.\n", "Officials"),
    ("Police over the Chinese New Year holiday said 40 drivers were stopped.\n", "Police"),
    ("Will Grigg scored a late winner.\n\n\"I will never forget it,\" said the 22-year-old.\n", "Will Grigg"),
    ("Sam Ortiz kicked a late penalty.\n\n\"I was terrified,\" said the 22-year-old, who made his debut in March.\n",
     "Sam Ortiz"),
]


@pytest.mark.parametrize(("text", "speaker"), LATE)
def test_late_reader_speakers(text: str, speaker: str) -> None:
    assert [name for _, name in _speakers(text)] == [speaker]


# (a surname that ends like a plural stays a person's: a team's name is left to PLACE_BODY_WORDS)
@pytest.mark.parametrize(("person", "pronoun"), [("Israel Katz", "he"), ("London Breed", "she"), ("India Brooks", "she")])
def test_a_person_named_after_a_place_keeps_the_pronoun(person: str, pronoun: str) -> None:
    text = f"{person} spoke on Monday.\n\n\"We will respond,\" {pronoun} said.\n"
    assert [name for _, name in _speakers(text)] == [person]


GERMAN_LEDES = [
    ("Bundeskanzler Friedrich Merz sagte: Die Lage ist ernst und wir müssen handeln.", True),
    ("Der Minister sagte am 3. Oktober in Berlin, die Lage sei ernst.", True),
    ("Der Trainer sagte nach dem Spiel gegen den FC Bayern München am Samstag, das Team sei müde.", True),
    ("Merz sagte Reise nach China kurzfristig ab.", False),
    ("Merz sagte die Reise ab, weil er krank ist.", False),
]


@pytest.mark.parametrize(("line", "speech"), GERMAN_LEDES)
def test_german_lede_speech(line: str, speech: bool) -> None:
    assert ArticleParser(language="de").headline.is_reported_sentence(line) is speech


# (letters after a name are stripped from it, "Helen Park KC": Helen Park; after a determiner they close a role, "The
# Labour MP", which names no one and is kept as written)
POST_NOMINALS = [
    ("The Labour MP, a former judge, said it was sound.\n", "The Labour MP"),
    ("The Tory MP said the vote was close.\n", "The Tory MP"),
    ("Helen Park KC said the ruling was sound.\n", "Helen Park"),
    ("Jane Roe MP said the vote was close.\n", "Jane Roe"),
    ("Labour MP Jane Roe said the vote was close.\n", "Jane Roe"),
]


@pytest.mark.parametrize(("text", "speaker"), POST_NOMINALS)
def test_letters_after_a_role_stay_in_it(text: str, speaker: str) -> None:
    assert [name for _, name in _speakers(text)] == [speaker]
