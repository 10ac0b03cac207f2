"""The documented extension points, each exercised through a subclass.

Every test shows both sides: the default parser does not do the thing, the subclass does.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import pickle

import pytest

from articles import WEB_ARTICLE
from newsparse import (
    ArticleParser,
    BodyParser,
    BoilerplateParser,
    BylineParser,
    CaptionParser,
    DatelineParser,
    HeadlineParser,
    MonthDay,
    QuoteKind,
    QuoteParser,
    SectionParser,
    TimestampParser,
    Vocabulary,
)
from newsparse.lines import Line

# -- subclasses (module level, so that they pickle) -----------------------------------------------


class FotoCaptions(CaptionParser):
    CREDIT_WORDS = CaptionParser.CREDIT_WORDS + ("Foto",)


class MusingQuotes(QuoteParser):
    SPEECH_VERBS = QuoteParser.SPEECH_VERBS + ("harrumphed",)
    BARE_VERBS = QuoteParser.BARE_VERBS + ("harrumphed",)


class FrenchQuotes(QuoteParser):
    QUOTE_PAIRS = QuoteParser.QUOTE_PAIRS + (("«", "»"),)
    SPEECH_VERBS = QuoteParser.SPEECH_VERBS + ("a déclaré",)


class FrenchDeterminerQuotes(FrenchQuotes):
    DETERMINERS = QuoteParser.DETERMINERS + ("le", "la", "les", "l'", "l’")


class PromoBoilerplate(BoilerplateParser):
    PATTERNS = {**BoilerplateParser.PATTERNS, "promo": (r"Download the .* app.*",)}


class LusaVocabulary(Vocabulary):
    AGENCIES = Vocabulary.AGENCIES + ("Agencia Lusa",)


class FiledTimestamps(TimestampParser):
    UPDATED_LABELS = TimestampParser.UPDATED_LABELS + ("Filed",)


class FiledByBylines(BylineParser):
    PREFIXES = BylineParser.PREFIXES + ("Filed by",)


class ArrowSections(SectionParser):
    SEPARATORS = SectionParser.SEPARATORS + ("→",)


class NoShoutingHeadlines(HeadlineParser):
    """Refuses an all-capitals line (a wire advisory or slug) as the headline."""

    def is_candidate(self, line: Line) -> bool:
        return not line.text.isupper() and super().is_candidate(line)


class WrappedBody(BodyParser):
    """In hard-wrapped text whose lines may end in an abbreviation (``N.V.``), a line that starts
    in lowercase always carries on the previous one."""

    def continues(self, previous: Line, line: Line) -> bool:
        if len(previous.text) <= self.WRAP_WIDTH and line.text[0].islower():
            return True
        return super().continues(previous, line)


# -- articles -------------------------------------------------------------------------------------

FOTO_ARTICLE = (
    "Flood waters recede in Porto\n"
    "\n"
    "Residents wade through a flooded street in the Ribeira district on Tuesday. Foto: Rui Costa\n"
    "\n"
    "PORTO, Portugal (Reuters) - Flood waters began to recede in Portugal's second\n"
    "city on Wednesday after two days of record rainfall, the civil protection agency\n"
    "said.\n"
)

MUSED_ARTICLE = (
    "Markets shrug off rate fears\n"
    "\n"
    "NEW YORK (Reuters) - U.S. stocks rose for a third day on Wednesday as investors looked past warnings of higher rates.\n"
    "\n"
    "“It is a strange market, but nobody wants to sell,” harrumphed Carla Brenner, a strategist at Northfield Capital.\n"
    "\n"
    "Brenner harrumphed the rally could last well into the summer.\n"
)

FRENCH_ARTICLE = (
    "Grève des cheminots : le gouvernement ne cède pas\n"
    "\n"
    "PARIS (AFP) - Les syndicats de cheminots ont appelé à une grève reconductible à partir de mardi.\n"
    "\n"
    "« Nous ne céderons pas », a déclaré le ministre Jean Dupont.\n"
)

PROMO_ARTICLE = (
    "Heatwave grips southern Spain\n"
    "\n"
    "SEVILLE, Spain (Reuters) - Temperatures reached 44 degrees Celsius in Seville on Sunday, the weather agency said.\n"
    "\n"
    "Download the Daily Courier app and never miss a beat\n"
    "\n"
    "The heat is expected to ease by Wednesday as winds turn to the west.\n"
)

FILED_ARTICLE = (
    "Heatwave grips southern Spain\n"
    "Filed: Aug 13, 2024 11:14 PM\n"
    "\n"
    "SEVILLE, Spain (Reuters) - Temperatures reached 44 degrees Celsius in Seville on Sunday.\n"
)

FILED_BY_ARTICLE = (
    "Heatwave grips southern Spain\n"
    "Filed by Marta Ruiz and Tom Hale\n"
    "\n"
    "SEVILLE, Spain (Reuters) - Temperatures reached 44 degrees Celsius in Seville on Sunday.\n"
)

ARROW_ARTICLE = (
    "WORLD → EUROPE\n"
    "Heatwave grips southern Spain as wildfires spread\n"
    "\n"
    "SEVILLE, Spain (Reuters) - Temperatures reached 44 degrees Celsius in Seville on Sunday.\n"
)

ADVISORY_ARTICLE = (
    "ADVISORY: CORRECTS SPELLING OF MAYOR'S NAME\n"
    "Spain's east coast braces for more rain\n"
    "By Marta Ruiz\n"
    "\n"
    "VALENCIA, Spain (Reuters) - Heavy rain is forecast for Thursday, the regional government said.\n"
)

WRAPPED_ARTICLE = (
    "Rotterdam port strike ends\n"
    "\n"
    "ROTTERDAM (Reuters) - Dock workers ended a five-day strike at the port after\n"
    "employers led by the terminal operator ECT Delta N.V.\n"
    "agreed to a 6% pay rise, the FNV union said on Friday.\n"
    "\n"
    "Container ships had queued for days off the Hook of Holland.\n"
)

# Realistic articles of several layouts, for the pickling and threading tests.
CORPUS = (
    WEB_ARTICLE,
    (
        "Russia says it repelled drone attack on Moscow region\n"
        "\n"
        "MOSCOW, Aug 13 (Reuters) - Russian air defences destroyed 11 drones overnight\n"
        "over the Moscow region, the defence ministry said on Tuesday.\n"
        "\n"
        "Moscow Mayor Sergei Sobyanin said on Telegram that there was no serious damage and no one was hurt.\n"
        "\n"
        '"The attack was repelled," Sobyanin wrote.\n'
    ),
    (
        "Senate passes stopgap bill hours before shutdown deadline\n"
        "\n"
        "WASHINGTON (AP) — The Senate passed a bill late Friday to keep the government funded through mid-December.\n"
        "\n"
        "“Tonight we are keeping the lights on,” said Senate Majority Leader Chuck Schumer.\n"
        "\n"
        "Associated Press writer Kevin Freking contributed to this report.\n"
    ),
    FOTO_ARTICLE,
    MUSED_ARTICLE,
    PROMO_ARTICLE,
    FILED_ARTICLE,
    ADVISORY_ARTICLE,
    WRAPPED_ARTICLE,
)


# -- one test per extension point -----------------------------------------------------------------


def test_caption_credit_word() -> None:
    default = ArticleParser().parse(FOTO_ARTICLE)
    assert default.captions == ()
    assert any("Foto: Rui Costa" in b.text and b.kind == "other" for b in default.boilerplate)

    article = ArticleParser(captions=FotoCaptions()).parse(FOTO_ARTICLE)
    assert len(article.captions) == 1
    caption = article.captions[0]
    assert caption.text == "Residents wade through a flooded street in the Ribeira district on Tuesday."
    assert caption.credit == "Rui Costa"
    assert caption.spans[0].slice(FOTO_ARTICLE) == caption.text
    assert not any("Foto" in p.text for p in article.paragraphs)
    # With the caption out of the way the wire paragraph is the first one, so its dateline is read.
    assert article.dateline is not None and article.dateline.agency == "Reuters"
    # The subclass adds to its own tuple; the base class is untouched.
    assert "Foto" not in CaptionParser.CREDIT_WORDS


def test_speech_verb() -> None:
    default = ArticleParser().parse(MUSED_ARTICLE)
    assert not any(q.cue == "harrumphed" for q in default.quotes)

    article = ArticleParser(quotes=MusingQuotes()).parse(MUSED_ARTICLE)
    harrumphed = [q for q in article.quotes if q.cue == "harrumphed"]
    assert [q.kind for q in harrumphed] == [QuoteKind.DIRECT, QuoteKind.INDIRECT]
    direct, reported = harrumphed
    assert direct.text == "It is a strange market, but nobody wants to sell,"
    assert direct.speaker is not None and direct.speaker.name == "Carla Brenner"
    assert reported.text == "the rally could last well into the summer"
    assert reported.speaker is not None
    assert reported.speaker.mention == "Brenner"
    assert reported.speaker.name == "Carla Brenner"
    assert "harrumphed" not in QuoteParser.SPEECH_VERBS


def test_french_guillemets_quote() -> None:
    # the default parser reads guillemets as quotation marks, but knows no French cue nor speaker
    default = ArticleParser().parse(FRENCH_ARTICLE)
    assert [(q.text, q.cue, q.speaker) for q in default.quotes] == [("Nous ne céderons pas", None, None)]

    article = ArticleParser(quotes=FrenchQuotes()).parse(FRENCH_ARTICLE)
    assert len(article.quotes) == 1
    quote = article.quotes[0]
    assert quote.text == "Nous ne céderons pas"
    assert quote.kind is QuoteKind.DIRECT
    assert quote.cue == "a déclaré"
    assert quote.speaker is not None
    assert quote.speaker.mention == "le ministre Jean Dupont"
    assert quote.speaker.name == "Jean Dupont"


def test_french_guillemets_quote_with_french_determiners() -> None:
    default = ArticleParser().parse(FRENCH_ARTICLE)
    assert [(q.text, q.speaker) for q in default.quotes] == [("Nous ne céderons pas", None)]
    # Another QuoteParser subclass, without the French cue, finds no speaker either.
    musing = ArticleParser(quotes=MusingQuotes()).parse(FRENCH_ARTICLE).quotes
    assert [(q.text, q.speaker) for q in musing] == [("Nous ne céderons pas", None)]

    article = ArticleParser(quotes=FrenchDeterminerQuotes()).parse(FRENCH_ARTICLE)
    assert len(article.quotes) == 1
    quote = article.quotes[0]
    assert quote.text == "Nous ne céderons pas"
    assert quote.kind is QuoteKind.DIRECT
    assert quote.cue == "a déclaré"
    assert quote.paragraph == 1
    assert quote.span.slice(FRENCH_ARTICLE) == "Nous ne céderons pas"
    speaker = quote.speaker
    assert speaker is not None
    assert speaker.mention == "le ministre Jean Dupont"
    assert speaker.name == "Jean Dupont"
    assert speaker.span is not None and speaker.span.slice(FRENCH_ARTICLE) == "le ministre Jean Dupont"


def test_boilerplate_pattern() -> None:
    promo = "Download the Daily Courier app and never miss a beat"
    default = ArticleParser().parse(PROMO_ARTICLE)
    assert promo in [p.text for p in default.paragraphs]
    assert all(b.kind != "promo" for b in default.boilerplate)

    article = ArticleParser(boilerplate=PromoBoilerplate()).parse(PROMO_ARTICLE)
    assert [(b.kind, b.text) for b in article.boilerplate] == [("promo", promo)]
    assert promo not in [p.text for p in article.paragraphs]
    assert [p.text for p in article.paragraphs] == [
        "Temperatures reached 44 degrees Celsius in Seville on Sunday, the weather agency said.",
        "The heat is expected to ease by Wednesday as winds turn to the west.",
    ]
    # The other kinds are still there.
    assert PromoBoilerplate().kind("Share | Tweet | Email") == "share"
    assert "promo" not in BoilerplateParser.PATTERNS


def test_vocabulary_agency_title_case_dateline() -> None:
    text = (
        "Fires near Lisbon under control\n"
        "\n"
        "Lisbon, May 2 (Agencia Lusa) - Firefighters brought three forest fires north of the capital under control on Friday.\n"
    )
    default = ArticleParser().parse(text)
    assert default.dateline is None

    article = ArticleParser(vocabulary=LusaVocabulary()).parse(text)
    assert article.dateline is not None
    assert article.dateline.place == "Lisbon"
    assert article.dateline.agency == "Agencia Lusa"
    assert article.dateline.date == MonthDay(5, 2)
    assert article.paragraphs[0].text.startswith("Firefighters brought")


def test_vocabulary_agency_capitals_dateline() -> None:
    text = (
        "Fires near Lisbon under control\n"
        "\n"
        "LISBON, May 2 (Agencia Lusa) - Firefighters brought three forest fires north of the capital under control on Friday.\n"
    )
    parser = ArticleParser(vocabulary=LusaVocabulary())
    # The pipeline hands its vocabulary to the dateline parser.
    assert isinstance(parser.dateline.vocabulary, LusaVocabulary)
    article = parser.parse(text, reference_date=dt.date(2025, 5, 3))
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("LISBON", "Agencia Lusa")
    assert article.dateline.date == dt.date(2025, 5, 2)
    assert article.dateline.text == "LISBON, May 2 (Agencia Lusa) -"

    # The same with a dateline parser built explicitly.
    explicit = ArticleParser(dateline=DatelineParser(LusaVocabulary())).parse(text)
    assert explicit.dateline is not None and explicit.dateline.agency == "Agencia Lusa"


def test_vocabulary_agency_in_byline() -> None:
    text = (
        "Fires near Lisbon under control\n"
        "By Ana Lima, Agencia Lusa\n"
        "\n"
        "Firefighters brought three forest fires north of the capital under control on Friday.\n"
    )
    default = ArticleParser().parse(text)
    assert default.byline is not None
    assert default.byline.agency is None

    article = ArticleParser(vocabulary=LusaVocabulary()).parse(text)
    assert article.byline is not None
    assert article.byline.authors == ("Ana Lima",)
    assert article.byline.agency == "Agencia Lusa"
    assert not Vocabulary().is_agency("Agencia Lusa")
    assert LusaVocabulary().is_agency("agencia lusa")


def test_timestamp_label() -> None:
    # By default the date is found inside the unknown label's line and taken as the publication time.
    default = ArticleParser().parse(FILED_ARTICLE)
    assert default.published is not None and default.updated is None
    assert default.published.text == "Aug 13, 2024 11:14 PM"

    # A subclass that knows "Filed" as an update label reads it as the update time.
    article = ArticleParser(timestamps=FiledTimestamps()).parse(FILED_ARTICLE)
    assert article.published is None
    assert article.updated is not None
    assert article.updated.datetime == dt.datetime(2024, 8, 13, 23, 14)
    assert article.updated.text == "Aug 13, 2024 11:14 PM"
    assert article.updated.span.slice(FILED_ARTICLE) == "Aug 13, 2024 11:14 PM"
    # With the stamp claimed by the header, the wire paragraph opens the body and its dateline is read.
    assert article.dateline is not None and article.dateline.place == "SEVILLE, Spain"
    assert "Filed" not in TimestampParser.UPDATED_LABELS


def test_byline_prefix() -> None:
    default = ArticleParser().parse(FILED_BY_ARTICLE)
    assert default.byline is None

    article = ArticleParser(byline=FiledByBylines()).parse(FILED_BY_ARTICLE)
    assert article.byline is not None
    assert article.byline.authors == ("Marta Ruiz", "Tom Hale")
    assert article.byline.text == "Filed by Marta Ruiz and Tom Hale"
    assert article.byline.span.slice(FILED_BY_ARTICLE) == article.byline.text
    assert "Filed by Marta Ruiz and Tom Hale" not in [p.text for p in article.paragraphs]


def test_section_separator() -> None:
    default = ArticleParser().parse(ARROW_ARTICLE)
    assert default.section == ()

    article = ArticleParser(section=ArrowSections()).parse(ARROW_ARTICLE)
    assert article.section == ("WORLD", "EUROPE")
    assert article.section_span is not None
    assert article.section_span.slice(ARROW_ARTICLE) == "WORLD → EUROPE"
    assert article.headline is not None
    assert article.headline.text == "Heatwave grips southern Spain as wildfires spread"


def test_overridden_headline_candidate() -> None:
    default = ArticleParser().parse(ADVISORY_ARTICLE)
    assert default.headline is not None
    assert default.headline.text == "ADVISORY: CORRECTS SPELLING OF MAYOR'S NAME"

    article = ArticleParser(headline=NoShoutingHeadlines()).parse(ADVISORY_ARTICLE)
    assert article.headline is not None
    assert article.headline.text == "Spain's east coast braces for more rain"
    assert article.byline is not None and article.byline.authors == ("Marta Ruiz",)
    assert "ADVISORY: CORRECTS SPELLING OF MAYOR'S NAME" in [b.text for b in article.boilerplate]


def test_overridden_body_continues() -> None:
    default = ArticleParser().parse(WRAPPED_ARTICLE)
    assert [p.text for p in default.paragraphs] == [
        "Dock workers ended a five-day strike at the port after employers led by the terminal operator ECT Delta N.V.",
        "agreed to a 6% pay rise, the FNV union said on Friday.",
        "Container ships had queued for days off the Hook of Holland.",
    ]

    article = ArticleParser(body=WrappedBody()).parse(WRAPPED_ARTICLE)
    assert [p.text for p in article.paragraphs] == [
        "Dock workers ended a five-day strike at the port after employers led by the terminal operator ECT Delta N.V. "
        "agreed to a 6% pay rise, the FNV union said on Friday.",
        "Container ships had queued for days off the Hook of Holland.",
    ]
    first = article.paragraphs[0]
    assert " ".join(first.span.slice(WRAPPED_ARTICLE).split()) == first.text


# -- pickling and threads -------------------------------------------------------------------------

DEFAULT_PARTS = {
    "section": SectionParser,
    "headline": HeadlineParser,
    "timestamps": TimestampParser,
    "byline": BylineParser,
    "captions": CaptionParser,
    "boilerplate": BoilerplateParser,
    "dateline": DatelineParser,
    "body": BodyParser,
    "quotes": QuoteParser,
    "vocabulary": Vocabulary,
}


@pytest.mark.parametrize("name", sorted(DEFAULT_PARTS))
def test_default_part_pickles(name: str) -> None:
    part = DEFAULT_PARTS[name]()
    copy = pickle.loads(pickle.dumps(part))
    assert type(copy) is type(part)
    reference = ArticleParser()
    rebuilt = ArticleParser(**{name: copy})
    for text in CORPUS:
        assert rebuilt.parse(text) == reference.parse(text)


def test_article_parser_pickles() -> None:
    parser = ArticleParser()
    copy = pickle.loads(pickle.dumps(parser))
    assert type(copy) is ArticleParser
    for text in CORPUS:
        assert copy.parse(text) == parser.parse(text)
        assert copy.parse(text, reference_date=dt.date(2024, 8, 20)) == parser.parse(text, reference_date=dt.date(2024, 8, 20))


def test_customised_article_parser_pickles() -> None:
    parser = ArticleParser(
        vocabulary=LusaVocabulary(),
        captions=FotoCaptions(),
        quotes=MusingQuotes(),
        boilerplate=PromoBoilerplate(),
        timestamps=FiledTimestamps(),
        headline=NoShoutingHeadlines(),
    )
    copy = pickle.loads(pickle.dumps(parser))
    assert isinstance(copy.vocabulary, LusaVocabulary)
    assert isinstance(copy.captions, FotoCaptions)
    for text in CORPUS:
        assert copy.parse(text) == parser.parse(text)


def test_parser_shared_by_threads() -> None:
    parser = ArticleParser()
    jobs = list(CORPUS) * 20
    sequential = [parser.parse(text) for text in jobs]
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(parser.parse, jobs))
    assert threaded == sequential
    # and nothing leaked from one call into the next
    assert [parser.parse(text) for text in jobs] == sequential
