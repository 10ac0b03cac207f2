"""Speaker resolution of issue 5 (spk53, stop 46): the name model and the people index ask the
vocabulary's one given-name check (``Vocabulary.is_given_name``), so that a vocabulary which
overrides it (a language pack with its own given names) is obeyed by every rule that reads a given
name; and speech heard or seen being said after a quotation (``"...?" a passenger can be heard
asking``).  Each row is a text we wrote and the exact value that must come out."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser, QuoteKind, QuoteParser, Vocabulary
from newsparse.names import NameModel
from newsparse.people import PersonIndex
from quote_cases import mention_rows

Row = tuple[str, QuoteKind, "str | None", "str | None"]


class BasqueNames(Vocabulary):
    """A vocabulary that knows two given names the library's list lacks."""

    EXTRA = frozenset({"zorion", "ainhoa"})

    def is_given_name(self, word: str, *, either_sex: bool = True) -> bool:
        return word.strip().replace(".", "").casefold() in self.EXTRA or super().is_given_name(word, either_sex=either_sex)


class NoHelen(Vocabulary):
    """A vocabulary whose check refuses one given name of the library's list."""

    def is_given_name(self, word: str, *, either_sex: bool = True) -> bool:
        return word.casefold() != "helen" and super().is_given_name(word, either_sex=either_sex)


LISTED = [
    # (vocabulary, word, a given name of one sex the vocabulary lists)
    (Vocabulary, "Helen", True),
    (Vocabulary, "HELEN", True),
    (Vocabulary, "Zorion", False),  # (not in the library's list)
    (Vocabulary, "Robin", False),  # (given to both sexes: the one-sex list only)
    (Vocabulary, "Park", False),
    (BasqueNames, "Zorion", True),  # (the override is obeyed)
    (BasqueNames, "Ainhoa", True),
    (BasqueNames, "Helen", True),  # (and the library's list still read through it)
    (BasqueNames, "Robin", False),
    (NoHelen, "Helen", False),  # (a name the override refuses)
    (NoHelen, "Anna", True),
]


@pytest.mark.parametrize(("vocabulary", "word", "listed"), LISTED)
def test_name_model_and_index_ask_the_vocabulary(vocabulary: type[Vocabulary], word: str, listed: bool) -> None:
    v = vocabulary()
    assert NameModel(v).listed_given_name(word) is listed
    assert PersonIndex.listed_given_name(v, word) is listed
    assert NameModel(v).is_given_name(word) is listed


HYPHENED = [
    # (vocabulary, word, a given name for the name model: each hyphened part a listed one)
    (Vocabulary, "Ann-Marie", True),
    (Vocabulary, "Zorion-Ainhoa", False),
    (BasqueNames, "Zorion-Ainhoa", True),
    (BasqueNames, "Zorion-Park", False),  # (a part that is no given name)
]


@pytest.mark.parametrize(("vocabulary", "word", "given"), HYPHENED)
def test_hyphened_given_names_ask_the_vocabulary(vocabulary: type[Vocabulary], word: str, given: bool) -> None:
    assert NameModel(vocabulary()).is_given_name(word) is given


GIVEN_NAME_SURNAME = [
    # (vocabulary, the last two capitalised words of a run, the word before, a person's name)
    (Vocabulary, ["Helen", "Park"], None, True),
    (Vocabulary, ["Zorion", "Park"], None, False),  # (no given name the library knows)
    (BasqueNames, ["Zorion", "Park"], None, True),
    (BasqueNames, ["Zorion", "Park"], "the", False),  # (after an article: a place)
    (NoHelen, ["Helen", "Park"], None, False),
]


@pytest.mark.parametrize(("vocabulary", "values", "before", "person"), GIVEN_NAME_SURNAME)
def test_given_name_before_an_organisation_word(
    vocabulary: type[Vocabulary], values: list[str], before: str | None, person: bool
) -> None:
    assert PersonIndex.given_name_surname(vocabulary(), values, before) is person


ARTICLES = [
    # (vocabulary, article body, the speaker's name): a given name before a word that may name a
    # body (Park) makes the two one person's name, so the surname resolves to the full name
    (
        Vocabulary,
        'Zorion Park spoke to the council on Monday.\n\n"We will reopen the library," Park said.',
        "Park",
    ),
    (
        BasqueNames,
        'Zorion Park spoke to the council on Monday.\n\n"We will reopen the library," Park said.',
        "Zorion Park",
    ),
    (
        BasqueNames,
        'Helen Park spoke to the council on Monday.\n\n"We will reopen the library," Park said.',
        "Helen Park",
    ),
    (
        BasqueNames,
        'The Victoria Park hosted the fair on Monday.\n\n"We will reopen the library," Ann Fox said.',
        "Ann Fox",
    ),
]


@pytest.mark.parametrize(("vocabulary", "body", "speaker"), ARTICLES)
def test_an_overriding_vocabulary_resolves_the_surname(vocabulary: type[Vocabulary], body: str, speaker: str) -> None:
    article = ArticleParser(vocabulary=vocabulary()).parse("Library news\n\n" + body)
    assert [quote.speaker and quote.speaker.name for quote in article.quotes] == [speaker]


def test_no_duplicate_rows() -> None:
    rows = [repr(row) for row in (*LISTED, *HYPHENED, *GIVEN_NAME_SURNAME, *ARTICLES)]
    assert len(rows) == len(set(rows))


# -- speech heard or seen being said, after a quotation -------------------------------------------

D = QuoteKind.DIRECT

PERCEIVED_AFTER = [
    # the cue in the gerund closes the sentence (was: the stop read as part of the cue, no speaker)
    ("“We lost the vote,” Ortiz was heard saying.", [("We lost the vote,", D, "Ortiz", "Ortiz")]),
    # a participle that attributes only quotation marks, after an auxiliary and "heard"/"seen"
    (
        "“Is the ferry running?” a passenger can be heard asking the crew in the video.",
        [("Is the ferry running?", D, "a passenger", "a passenger")],
    ),
    ("“Close the mine!” the crowd could be heard chanting.", [("Close the mine!", D, "the crowd", "the crowd")]),
    (
        "“Where is the money?” one councillor was heard asking.",
        [("Where is the money?", D, "one councillor", "one councillor")],
    ),
    ("“We will not move!” the tenants could be heard shouting.", [("We will not move!", D, "the tenants", "the tenants")]),
    # precision: no verb, no perception participle, or someone else heard
    ("“Is the ferry running?” a passenger asking the crew.", [("Is the ferry running?", D, None, None)]),
    ("“We lost the vote,” the clerk was seen smiling.", [("We lost the vote,", D, None, None)]),
    ("“Close the mine!” the crowd heard them chanting.", [("Close the mine!", D, None, None)]),
    ("“Is the ferry running?” a passenger heard asking.", [("Is the ferry running?", D, None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), PERCEIVED_AFTER)
def test_speech_heard_after_a_quotation(text: str, expected: list[Row]) -> None:
    assert mention_rows(text, headline="Harbour notebook") == expected


def test_no_perception_no_speaker() -> None:
    class Listening(QuoteParser):
        PERCEPTION_PARTICIPLES = ()

    text = "Harbour notebook\n\n“Is the ferry running?” a passenger can be heard asking the crew."
    article = ArticleParser(quotes=Listening()).parse(text)
    assert [quote.speaker for quote in article.quotes] == [None]


def test_no_duplicate_perceived_rows() -> None:
    rows = [row[0] for row in PERCEIVED_AFTER]
    assert len(rows) == len(set(rows))
