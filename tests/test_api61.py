"""The language packs from the package's top (``newsparse.language_pack``) and a pack parser's own
vocabulary when built with none (``QuoteParser.VOCABULARY``): a subclass of a pack's parser reads
that pack's words and passes ``ArticleParser.check_pack`` without a warning."""

import warnings

import pytest

import newsparse
from newsparse.quotes.languages import LanguagePack, language_pack


def test_language_pack_is_public() -> None:
    assert newsparse.language_pack is language_pack
    assert newsparse.LanguagePack is LanguagePack
    assert {"language_pack", "LanguagePack"} <= set(newsparse.__all__)


@pytest.mark.parametrize("code", ["en", "en-GB", "fr", "de-AT", "es-MX"])
def test_pack_parser_builds_its_own_vocabulary(code: str) -> None:
    pack = newsparse.language_pack(code)
    assert type(pack.quotes().vocabulary) is pack.vocabulary


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("fr", "« Nous irons jusqu'au bout », a déclaré le maire, Paul Girard.", "Paul Girard"),
        ("de", "„Wir bleiben dabei“, sagte die Bürgermeisterin Anna Keller.", "Anna Keller"),
        ("en-GB", "'We will appeal,' said the club's chairman, Neil Baxter.", "Neil Baxter"),
    ],
)
def test_subclass_of_pack_parser_reads_the_pack_without_warning(code: str, text: str, speaker: str) -> None:
    class LocalQuotes(newsparse.language_pack(code).quotes):  # type: ignore[misc,name-defined]
        pass

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parser = newsparse.ArticleParser(language=code, quotes=LocalQuotes())
    (quote,) = parser.parse(text).quotes
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_english_subclass_given_to_a_french_parser_still_warns() -> None:
    class EnglishQuotes(newsparse.QuoteParser):
        pass

    with pytest.warns(UserWarning, match="not a FrenchQuotes"):
        newsparse.ArticleParser(language="fr", quotes=EnglishQuotes())


def test_regional_english_pack_warns_without_its_vocabulary() -> None:
    regional = newsparse.language_pack("en-AU")
    with pytest.warns(UserWarning, match="quotes.vocabulary"):
        newsparse.ArticleParser(language="en-AU", quotes=regional.quotes())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        newsparse.ArticleParser(language="en-AU", quotes=regional.quotes(regional.vocabulary()))
