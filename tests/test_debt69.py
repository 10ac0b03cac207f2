"""debt69: near-copies made one and per-call building removed, every answer as before.

Each refactored method is asked on realistic text (bylines as news pages print them, speaker
lists and source phrases from wire copy, a tagged story line of an agency's feed), with rows that
must hold and rows that must not, and a subclass that changes the vocabulary the method reads.
"""

from __future__ import annotations

import pickle
from typing import ClassVar

import pytest

from newsparse import ArticleParser, BylineParser, QuoteParser

BYLINE = BylineParser()
ARTICLE = ArticleParser()
QUOTES = QuoteParser()


# --- 1. outlet names: ends_in_outlet_word, is_outlet_signature, named_outlet_piece_start ---------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Khaleej Times", True),  # a Gulf paper's own signature
        ("BUENOS AIRES TIMES", True),  # in capitals, read capitalised
        ("Jane Roe Gulf News", False),  # four words: a person and a paper
        ("The Gulf Today", True),  # a determiner before the name is dropped
        ("Gulf News.", True),  # a period after the name
        ("Jane Daily", False),  # a given name first: a person
        ("Tom Herald", False),  # Herald is a surname too
        ("Elliot Brownstein Florida Today", False),  # four words: a person and a paper
        ("Times", False),  # one word alone
        ("khaleej times", False),  # lower case: no name
        ("Gulf News Weekly", False),  # the last word is no outlet's
    ],
)
def test_ends_in_outlet_word(name: str, expected: bool) -> None:
    assert ARTICLE.ends_in_outlet_word(name) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("RADIO NEW ZEALAND", True),  # a broadcaster signing a story in capitals
        ("Telegraph Sport", True),  # the outlet's word first
        ("The Telegraph", True),  # after a determiner
        ("Daily Mail Reporter", True),
        ("Dorian Roe Gulf Today", False),  # a person and a paper
        ("Press Roe", False),  # Press is a surname too
        ("The Island Times", False),  # the outlet's word ends it: not this reading's
        ("Jane Roe", False),
        ("", False),
        ("The", False),  # a determiner alone
    ],
)
def test_is_outlet_signature(name: str, expected: bool) -> None:
    assert ARTICLE.is_outlet_signature(name) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Jane Roe, Herald Sun", 11),  # two outlet words
        ("By Jane Roe, Sunday Mail", 11),  # a weekday and a placed outlet word
        ("By Tom Hale and Ana Ortiz, Courier Mail", 25),  # Courier opens it: allowed here
        ("By Jane Roe, Daily Telegraph", 11),
        ("By Jo Reed, Sun Yang", None),  # a second author
        ("By Jane Roe, Tom Hale", None),
        ("By Jane Roe, Jane Sun", None),  # a given name first
        ("By Jane Roe, Herald", None),  # one word
        ("By Jane Roe, Herald Sun Weekend Edition Today", None),  # more than four words
        ("By Jane Roe, herald sun", None),  # lower case
        ("By Jane Roe, The Herald Sun", None),  # the determiner is read as written here
        ("Herald Sun", None),  # no comma
    ],
)
def test_named_outlet_piece_start(text: str, expected: int | None) -> None:
    assert BYLINE.named_outlet_piece_start(text) == expected


@pytest.mark.parametrize(
    ("name", "kwargs", "expected"),
    [
        ("The KHALEEJ TIMES.", {"most": 3, "outlet_at": -1}, ["Khaleej", "Times"]),
        ("RADIO NEW ZEALAND", {"outlet_at": 0}, ["Radio", "New", "Zealand"]),
        ("Herald Sun", {"most": 4, "as_signed": False}, ["Herald", "Sun"]),
        ("HERALD SUN.", {"most": 4, "as_signed": False}, ["HERALD", "SUN."]),
        ("Jane Daily", {"most": 3, "outlet_at": -1}, None),
        ("Tom Herald", {"most": 3, "outlet_at": -1}, None),
        ("The", {}, None),
    ],
)
def test_outlet_name_words(name: str, kwargs: dict[str, object], expected: list[str] | None) -> None:
    assert BYLINE.outlet_name_words(name, **kwargs) == expected  # type: ignore[arg-type]


class BugleBylines(BylineParser):
    """A byline parser that knows one more outlet word, as a regional edition might."""

    OUTLET_WORDS: ClassVar[tuple[str, ...]] = (*BylineParser.OUTLET_WORDS, "Bugle")


def test_subclass_outlet_words_reach_all_three_callers() -> None:
    article = ArticleParser(byline=BugleBylines())
    assert not ARTICLE.ends_in_outlet_word("Valley Bugle")
    assert article.ends_in_outlet_word("Valley Bugle")
    assert article.ends_in_outlet_word("VALLEY BUGLE")
    assert not ARTICLE.is_outlet_signature("Bugle Sport")
    assert article.is_outlet_signature("Bugle Sport")
    assert BugleBylines().named_outlet_piece_start("By Jane Roe, Bugle Post") == 11
    assert BYLINE.named_outlet_piece_start("By Jane Roe, Bugle Post") is None


class NoOutletNames(BylineParser):
    """A byline parser whose override of the shared reading turns every outlet's name down."""

    def outlet_name_words(
        self, name: str, *, most: int | None = None, outlet_at: int | None = None, as_signed: bool = True
    ) -> list[str] | None:
        return None


def test_override_of_the_shared_reading_reaches_all_three_callers() -> None:
    article = ArticleParser(byline=NoOutletNames())
    assert not article.ends_in_outlet_word("Khaleej Times")
    assert not article.is_outlet_signature("RADIO NEW ZEALAND")
    assert NoOutletNames().named_outlet_piece_start("By Jane Roe, Herald Sun") is None


def test_outlet_after_comma_in_a_parsed_byline() -> None:
    text = (
        "Council votes to close city pools for summer repairs\n\n"
        "By Jane Roe, Herald Sun\n\n"
        "Melbourne's council voted on Tuesday to close three public pools for repairs over the summer, "
        "a decision swimmers said would leave the inner suburbs without a pool in the hottest months.\n"
    )
    byline = ArticleParser().parse(text).byline
    assert byline is not None
    assert byline.authors == ("Jane Roe",)


# --- 2. one_of_speakers: joints built once --------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "speakers", "expected"),
    [
        ("Catherine Vautrin", "Boris Pistorius and Catherine Vautrin", True),
        ("Boris Pistorius", "Boris Pistorius and Catherine Vautrin", True),
        ("Ana Ruiz", "Tom Hale, Ana Ruiz and Lee Park", True),
        ("Lee Park", "Tom Hale, Ana Ruiz, Lee Park", True),
        ("Vautrin", "Boris Pistorius and Catherine Vautrin", False),  # part of a name only
        ("Ana Ruiz", "Ana Ruiz", False),  # the speaker herself
        ("Ana Ruiz", "Tom Hale and Lee Park", False),
        ("Lee Park", "Tom Hale or Lee Park", False),  # "or" is no coordinator of the list
    ],
)
def test_one_of_speakers(name: str, speakers: str, expected: bool) -> None:
    assert QUOTES.one_of_speakers(name, speakers) is expected


class OrListQuotes(QuoteParser):
    """A quote parser that joins speakers by "or" too."""

    COORDINATORS: ClassVar[tuple[str, ...]] = (*QuoteParser.COORDINATORS, "or")


def test_subclass_coordinators_set_the_joints() -> None:
    assert OrListQuotes().one_of_speakers("Lee Park", "Tom Hale or Lee Park")
    assert not QUOTES.one_of_speakers("Lee Park", "Tom Hale or Lee Park")


def test_parsers_pickle_with_their_built_tables() -> None:
    quotes = pickle.loads(pickle.dumps(OrListQuotes()))
    assert quotes.one_of_speakers("Lee Park", "Tom Hale or Lee Park")
    article = ArticleParser()
    assert article.attributes_quotation('"We are ready," Jan Peeters told reporters.')  # the closers read
    again = pickle.loads(pickle.dumps(article))
    assert again.attributes_quotation('"We are ready," Jan Peeters told reporters.')


# --- 3. names_compiler and graded_notice: sets built once -----------------------------------------


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("swaps data compiled by Bloomberg", True),
        ("figures gathered by the ministry", True),
        ("Preliminary estimates calculated by the statistics office", True),
        ("Data compiled by LSEG", True),  # the noun in any case
        ("data released by the ministry", False),  # no compiling participle
        ("votes compiled by Reuters", False),  # no data noun
        ("data compiled by", False),  # the agent word ends it
        ("a letter signed by Ana Ruiz", False),
    ],
)
def test_names_compiler(mention: str, expected: bool) -> None:
    assert QUOTES.names_compiler(mention.split()) is expected


@pytest.mark.parametrize(
    ("word", "mention", "expected"),
    [
        ("warning", "An amber", True),
        ("warning", "A severe weather", True),
        ("warning", "The red", True),
        ("warning", "A spokesman", False),  # a person warning
        ("warning", "The Met Office", False),  # a body warning
        ("warning", "An Amber", False),  # a grade word only in lower case
        ("warning", "amber", False),  # no determiner
        ("warned", "An amber", False),  # no gerund
    ],
)
def test_graded_notice(word: str, mention: str, expected: bool) -> None:
    assert QUOTES.graded_notice(word, mention) is expected


class TallyQuotes(QuoteParser):
    """A quote parser with more data nouns, participles and grade words."""

    DATA_NOUNS: ClassVar[tuple[str, ...]] = (*QuoteParser.DATA_NOUNS, "counts")
    COMPILING_PARTICIPLES: ClassVar[tuple[str, ...]] = (*QuoteParser.COMPILING_PARTICIPLES, "aggregated")
    NOTICE_GRADE_WORDS: ClassVar[tuple[str, ...]] = (*QuoteParser.NOTICE_GRADE_WORDS, "dust")


def test_subclass_vocabulary_reaches_the_sets() -> None:
    tally = TallyQuotes()
    mention = "vote counts aggregated by the commission"
    assert tally.names_compiler(mention.split())
    assert not QUOTES.names_compiler(mention.split())
    assert tally.graded_notice("warning", "A dust")
    assert not QUOTES.graded_notice("warning", "A dust")


# --- 4. TAGGED_QUOTE_CLOSERS derived from the quote parser's pairs ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"This is a fair reform," Jan Peeters told reporters. ANP/BELGA', True),
        ("“We will rebuild every school,” the minister said on Monday.", True),
        ("«Nous sommes prêts,» Jan Peeters told reporters.", True),
        ('"Are we ready?" she said.', True),
        ('Protesters held a sign that reads "Glory to Communism," visible from the square.', False),
        ('"This is a fair reform." Jan Peeters told reporters.', False),  # no comma before the mark
        ("This is a fair reform, Jan Peeters told reporters.", False),  # no quotation
    ],
)
def test_attributes_quotation(text: str, expected: bool) -> None:
    assert ARTICLE.attributes_quotation(text) is expected


def test_tagged_closers_are_the_quote_pairs_closers() -> None:
    closers = ARTICLE.tagged_quote_closers
    assert {"”", '"', "»"} <= closers
    assert closers == {close for _, close in ARTICLE.quotes.QUOTE_PAIRS}


class StraightClosers(ArticleParser):
    """An article parser that reads only straight marks as closing a tagged quotation."""

    TAGGED_QUOTE_CLOSERS: ClassVar[str | None] = '"'


def test_subclass_string_of_closers_still_wins() -> None:
    parser = StraightClosers()
    assert parser.tagged_quote_closers == frozenset('"')
    assert parser.attributes_quotation('"We are ready," Jan Peeters told reporters.')
    assert not parser.attributes_quotation("«Nous sommes prêts,» Jan Peeters told reporters.")
    assert not parser.attributes_quotation("“We are ready,” Jan Peeters told reporters.")
