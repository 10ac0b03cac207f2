"""parse_article(language=...), parse_many(language=...), and the warning for a part that is not
of the language's pack (a new user's trial, round 59)."""

from __future__ import annotations

import pickle
import warnings

import pytest

import newsparse
from newsparse import ArticleParser, QuoteParser, Vocabulary
from newsparse.article import DEFAULT_PARSER, parser_for
from newsparse.quotes.languages import language_pack

FRENCH = (
    "Le tram reprend du service\n\n"
    "LAUSANNE, 12 mars (ATS) - « Les voyageurs retrouveront leur ligne lundi », a déclaré Claire Morel, "
    "porte-parole des transports publics.\n"
)
GERMAN = (
    "Neue Brücke eröffnet\n\n"
    "„Wir sind stolz auf dieses Bauwerk“, sagte Bürgermeisterin Anna Huber am Dienstag.\n"
)


@pytest.mark.parametrize(
    ("text", "language", "cue", "speaker"),
    [
        (FRENCH, "fr", "a déclaré", "Claire Morel"),
        (FRENCH, "fr-CH", "a déclaré", "Claire Morel"),
        (GERMAN, "de-AT", "sagte", "Anna Huber"),
    ],
)
def test_parse_article_reads_with_the_language_pack(text: str, language: str, cue: str, speaker: str) -> None:
    quote = newsparse.parse_article(text, language=language).quotes[0]
    assert (quote.cue, quote.speaker.name if quote.speaker else None) == (cue, speaker)


def test_parser_for_keeps_one_parser_per_pack() -> None:
    assert parser_for(None) is DEFAULT_PARSER
    assert parser_for("fr") is parser_for("FR_ch")
    assert type(parser_for("de").quotes) is language_pack("de").quotes
    assert parser_for("en-GB") is not parser_for("en")


def test_parse_article_rejects_a_bad_language() -> None:
    with pytest.raises(ValueError, match="no language pack for 'xx'; known: en, en-GB, fr, de, es"):
        newsparse.parse_article("A headline\n\nA story.", language="xx")
    with pytest.raises(TypeError, match="language"):
        newsparse.parse_article("A headline\n\nA story.", language=2)  # type: ignore[arg-type]


@pytest.mark.parametrize("workers", [None, 2])
def test_parse_many_takes_a_language(workers: int | None) -> None:
    results = list(newsparse.parse_many([FRENCH, GERMAN.replace("sagte", "a dit")], language="fr", workers=workers))
    assert results[0].quotes[0].speaker.name == "Claire Morel"  # type: ignore[union-attr]
    assert results[0] == newsparse.parse_article(FRENCH, language="fr")


def test_parse_many_takes_a_parser_or_a_language_not_both() -> None:
    with pytest.raises(ValueError, match="a parser or a language, not both"):
        newsparse.parse_many([FRENCH], language="fr", parser=ArticleParser())


class EnglishQuotes(QuoteParser):
    SPEECH_VERBS = (*QuoteParser.SPEECH_VERBS, "grumbled")


def test_an_english_quote_parser_beside_a_french_pack_warns() -> None:
    with pytest.warns(UserWarning, match=r"language='fr'\) was given quotes of class EnglishQuotes, not a FrenchQuotes"):
        ArticleParser(language="fr", quotes=EnglishQuotes())


def test_a_french_quote_parser_on_the_english_vocabulary_warns() -> None:
    french = language_pack("fr")

    class MoreFrench(french.quotes):  # type: ignore[name-defined,misc]
        pass

    # (built with no vocabulary it builds the pack's since api61, QuoteParser.VOCABULARY: given the English one, it warns)
    with pytest.warns(UserWarning, match="given quotes.vocabulary of class Vocabulary, not a FrenchVocabulary"):
        ArticleParser(language="fr", quotes=MoreFrench(Vocabulary()))


FRENCH_PACK = language_pack("fr")


class MoreFrench(FRENCH_PACK.quotes):  # type: ignore[name-defined,misc]
    SPEECH_VERBS = (*FRENCH_PACK.quotes.SPEECH_VERBS, "a grommelé")


def test_parts_of_the_pack_and_english_parts_without_a_language_do_not_warn() -> None:
    french = FRENCH_PACK
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parser = ArticleParser(language="fr", quotes=MoreFrench(french.vocabulary()))
        ArticleParser(language="en", quotes=EnglishQuotes())
        ArticleParser(quotes=EnglishQuotes())
    text = "Grève\n\n« Assez », a grommelé Paul Roux.\n"
    assert parser.parse(text).quotes[0].speaker.name == "Paul Roux"  # type: ignore[union-attr]
    assert pickle.loads(pickle.dumps(parser)).parse(text) == parser.parse(text)
