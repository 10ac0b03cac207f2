"""Mutation pass mut58 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``a87e2543..33587475`` (stop 50: the vocabulary moves, the German and Spanish rules, the English
speaker rules, the layout rules of ``article.py``, ``caption.py``, ``body.py`` and the rest,
``sharing.compile_at_run`` and the agency DEFINE groups), made on main ``33587475``, and mut57's
leftovers found again on that code.  Each table pins down a rule whose mutants no test noticed: a
text and what must come out of it, or a predicate read on words written for it (see
docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import datetime as dt

import pytest
import regex

from newsparse import ArticleParser, CaptionParser
from newsparse.dateline import DatelineParser
from newsparse.quotes import QuoteParser
from newsparse.quotes.direct import DirectQuotes
from newsparse.timestamp import TimestampParser
from newsparse.vocabulary import Vocabulary

# ArticleParser.header_headline: an alert word alone over the stamp ("BREAKING") is no title, and
# the line is not lost: it is filed as boilerplate
ALERT_OVER_STAMP = [
    ("BREAKING\nPublished March 3, 2025 10:00 GMT\n", ["BREAKING"]),
    ("Breaking News\nPublished March 3, 2025 10:00 GMT\n", ["Breaking News"]),
    ("DEVELOPING STORY:\nPublished March 3, 2025 10:00 GMT\n", ["DEVELOPING STORY:"]),
    ("Just in —\nPublished March 3, 2025 10:00 GMT\n", ["Just in —"]),
    ("Harbour tolls doubled\nPublished March 3, 2025 10:00 GMT\n", []),
]


@pytest.mark.parametrize(("head", "boilerplate"), ALERT_OVER_STAMP)
def test_alert_word_over_stamp_kept(head: str, boilerplate: list[str]) -> None:
    text = head + "The council voted on Tuesday to double the harbour tolls, officials said.\n"
    article = ArticleParser().parse(text)
    assert article.headline is None or article.headline.text not in boilerplate
    assert [part.text for part in article.boilerplate] == boilerplate
    assert article.published is not None and article.published.text == "March 3, 2025 10:00 GMT"


def byline_of(line: str) -> tuple[list[str], str | None] | None:
    """``(authors, agency)`` of the byline *line* under a headline, by a parser built for the call
    (the byline parser compiles its outlet patterns in its constructor)."""
    text = f"Harbour tolls doubled\n{line}\n\nThe council voted on Tuesday to double the harbour tolls.\n"
    byline = ArticleParser().parse(text).byline
    return (list(byline.authors), byline.agency) if byline is not None else None


# BylineParser.__init__ (_outlet_piece, a verbose pattern): an outlet after a comma among the
# authors, or before the agency, is no author; the agency is read past it
OUTLETS_AMONG_AUTHORS = [
    ("By Jane Roe, BBC News, Reuters", (["Jane Roe"], "Reuters")),
    ("By Jane Roe, Investing.com, Reuters", (["Jane Roe"], "Reuters")),
    ("By Jane Roe, Reuters, and Tom Berg", (["Jane Roe", "Tom Berg"], "Reuters")),
    # precision: a person after the first author is one
    ("By Jane Roe, Tom Berg, Reuters", (["Jane Roe", "Tom Berg"], "Reuters")),
]


@pytest.mark.parametrize(("line", "expected"), OUTLETS_AMONG_AUTHORS)
def test_outlet_among_authors(line: str, expected: tuple[list[str], str | None]) -> None:
    assert byline_of(line) == expected


def quotes_of(paragraph: str) -> list[tuple[str, str | None]]:
    """``(text, speaker's name)`` of every quote read from *paragraph* under a plain headline, by a
    parser built for the call (the speaker grammar compiles its patterns in its constructor)."""
    article = ArticleParser().parse("Harbour notebook\n\n" + paragraph + "\n")
    return [(quote.text, quote.speaker.name if quote.speaker else None) for quote in article.quotes]


# SpeakerGrammar.__init__ (the outlet told): "told the TT news agency", an outlet's head noun after
# a determiner and a few words, is whom the words were told, no part of them
TOLD_OUTLET = [
    ("Ana Ruiz told the TT news agency the port would close.", [("the port would close", "Ana Ruiz")]),
    ("Ana Ruiz told the local newspaper that the port would close.", [("the port would close", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), TOLD_OUTLET)
def test_told_outlet(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(paragraph) == expected


def dateline_of(paragraph: str) -> tuple[str, str | None] | None:
    """``(place, agency)`` of the dateline opening the Spanish article body *paragraph*, by a
    parser built for the call (the dateline parser compiles its patterns in its constructor)."""
    dateline = ArticleParser(language="es").parse("Cierre del puerto\n\n" + paragraph + "\n").dateline
    return (dateline.place, dateline.agency) if dateline is not None else None


# DatelineParser.__init__ (the place's country in brackets, as EFE writes it): up to
# QUALIFIER_WORDS (three) words in the brackets, not four
QUALIFIED_PLACE = [
    ("Los Ángeles (EE.UU.), 10 mar (EFE).- El puerto cerró el lunes.", ("Los Ángeles (EE.UU.)", "EFE")),
    ("Dubái (Emiratos Árabes Unidos), 10 mar (EFE).- El puerto cerró el lunes.", ("Dubái (Emiratos Árabes Unidos)", "EFE")),
    ("Dubái (Emiratos Árabes Unidos Hoy), 10 mar (EFE).- El puerto cerró el lunes.", None),
]


@pytest.mark.parametrize(("paragraph", "expected"), QUALIFIED_PLACE)
def test_qualified_place_words(paragraph: str, expected: tuple[str, str | None] | None) -> None:
    assert dateline_of(paragraph) == expected


# ReportedSpeech.read_sentence: a cue whose object is "nothing" reports no words, and the cues
# after it in the sentence are still read
SAID_NOTHING = [
    ("The car, the driver said nothing, hit a tree, police said.", [("The car, the driver said nothing, hit a tree", "police")]),
    ("The driver said nothing, but his lawyer said the brakes had failed.", [("the brakes had failed", "his lawyer")]),
    ("The driver said nothing.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), SAID_NOTHING)
def test_cues_after_said_nothing(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(paragraph) == expected


# ArticleParser.stamp_in_line (mut57's not examined): a stamp in brackets with no year and a
# spelled-out zone after its clock reads the zone in the year of the reference date
def test_bracketed_stamp_spelled_zone_without_year() -> None:
    text = (
        "Harbour tolls doubled\nPublished [Oct. 14, 10:00 a.m. Eastern time]\n\n"
        "The council voted on Tuesday to double the harbour tolls.\n"
    )
    published = ArticleParser().parse(text, reference_date=dt.date(2025, 10, 20)).published
    assert published is not None
    assert published.text == "[Oct. 14, 10:00 a.m. Eastern time]"
    assert published.datetime.isoformat() == "2025-10-14T10:00:00-04:00"


class NoWeekdayAbbreviations(Vocabulary):
    """A vocabulary for pages that print no weekday's abbreviation before a stamp."""

    WEEKDAY_ABBREVIATIONS = ()


# TimestampParser.with_weekday_head: with no abbreviations in the vocabulary, the word before the
# stamp is left out of it (a Monday's index is no abbreviation's)
WEEKDAY_HEADS = [
    (NoWeekdayAbbreviations, "Mo 13.10.2025 - 15:20 Uhr", "13.10.2025 - 15:20 Uhr"),
    (NoWeekdayAbbreviations, "lun. 13/10/2025", "13/10/2025"),
    (Vocabulary, "Mo 13.10.2025 - 15:20 Uhr", "Mo 13.10.2025 - 15:20 Uhr"),
    (Vocabulary, "Di 13.10.2025 - 15:20 Uhr", "13.10.2025 - 15:20 Uhr"),
]


@pytest.mark.parametrize(("vocabulary", "line", "stamp"), WEEKDAY_HEADS)
def test_weekday_head_vocabulary(vocabulary: type[Vocabulary], line: str, stamp: str) -> None:
    text = f"Hafen bleibt zu\n{line}\n\nDer Rat stimmte am Dienstag für die Schließung des Hafens.\n"
    published = ArticleParser(vocabulary=vocabulary()).parse(text).published
    assert published is not None and published.text == stamp


# CaptionParser.is_acronym: two to ACRONYM_LETTERS (five) capitals
@pytest.mark.parametrize(("credit", "expected"), [("AA", True), ("KYODO", True), ("A", False), ("ANTARA", False), ("Kyodo", False)])
def test_is_acronym_bounds(credit: str, expected: bool) -> None:
    assert CaptionParser().is_acronym(credit) is expected


# CaptionParser.is_bar_pair: a name, then words one of which is an outlet's word; not a label
BAR_PAIRS = [
    ("Jo Roe", "Nation Media Group", True),
    ("Jo Roe", "Politics", False),
    ("Jo Roe", "Opinion and Analysis", False),
]


@pytest.mark.parametrize(("name", "outlet", "expected"), BAR_PAIRS)
def test_is_bar_pair(name: str, outlet: str, expected: bool) -> None:
    assert CaptionParser().is_bar_pair(name, outlet) is expected


# ArticleParser.is_page_notice: one of PAGE_NOTICE_OPENERS first, not further on
PAGE_NOTICES = [
    (["comments", "are", "closed"], True),
    (["video", "was", "not", "available"], True),
    (["the", "video", "shows", "the", "crash"], False),
    (["she", "comments", "often"], False),
]


@pytest.mark.parametrize(("bare", "expected"), PAGE_NOTICES)
def test_is_page_notice_opener(bare: list[str], expected: bool) -> None:
    assert ArticleParser().is_page_notice(bare) is expected


# ReportedSpeech.apposed_join (mut57's leftover): a comma before a subject with an apposition
# ends the reported words only when a conjunction stands between the comma and the subject; an
# "and" inside the subject's own name ("Marks and Spencer") joins no clause
APPOSED_NAME_WITH_AND = [
    (
        "Ana Ruiz said that in May, Marks and Spencer, the retailer, reported higher sales.",
        [("in May, Marks and Spencer, the retailer, reported higher sales", "Ana Ruiz")],
    ),
    (
        "Tom Berg said that in March, Procter and Gamble, the soap maker, reported lower profits.",
        [("in March, Procter and Gamble, the soap maker, reported lower profits", "Tom Berg")],
    ),
    (
        "Ana Ruiz said the port would close, but the mayor, who toured it, said it would stay open.",
        [("the port would close", "Ana Ruiz"), ("it would stay open", "the mayor")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), APPOSED_NAME_WITH_AND)
def test_apposed_name_with_and(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(paragraph) == expected


# ArticleParser.wrapped_stamp: a stamp wrapped onto two lines, the first ending open in a comma
# or a word a date may hold; a line that ends in another word keeps to itself
WRAPPED_STAMPS = [
    (
        "By Tom Poe | Updated: Tuesday, November\n19, 2019, 8:03 AM EST",
        ("By Tom Poe", None, "Tuesday, November\n19, 2019, 8:03 AM EST"),
    ),
    ("Published November 18,\n2019 at 10:00 a.m.", (None, "November 18,\n2019 at 10:00 a.m.", None)),
    ("Updated: 03/03/2025\n10:00 GMT", (None, None, "03/03/2025\n10:00 GMT")),
    ("By Tom Poe | Harbour desk\n18 November 2019", ("By Tom Poe | Harbour desk", "18 November 2019", None)),
]


@pytest.mark.parametrize(("header", "expected"), WRAPPED_STAMPS)
def test_wrapped_stamp(header: str, expected: tuple[str | None, str | None, str | None]) -> None:
    text = f"Harbour tolls doubled\n{header}\n\nThe council voted on Tuesday to double the harbour tolls.\n"
    article = ArticleParser().parse(text)
    assert (
        article.byline.text if article.byline else None,
        article.published.text if article.published else None,
        article.updated.text if article.updated else None,
    ) == expected
    assert article.boilerplate == ()


# DatelineParser.match: an agency alone in brackets with no dash after it, its sentence going on
# in lower case (the next character), opens the sentence: no dateline
AGENCY_BRACKET_OPENS_SENTENCE = [
    ("(Emirates News Agency) staff were told on Monday to stay home.", None),
    ("(Emirates News Agency) eBay sellers were told on Monday to register.", None),
    ("(Emirates News Agency) -- Staff were told on Monday to stay home.", "(Emirates News Agency) --"),
]


@pytest.mark.parametrize(("paragraph", "dateline"), AGENCY_BRACKET_OPENS_SENTENCE)
def test_agency_bracket_opens_sentence(paragraph: str, dateline: str | None) -> None:
    found = ArticleParser().parse("Harbour tolls doubled\n\n" + paragraph + "\n").dateline
    assert (found.text if found else None) == dateline


def article_quotes(body: str) -> list[tuple[str, str | None]]:
    """``(text, speaker's name)`` of every quote of the article *body* under a plain headline."""
    article = ArticleParser().parse("Harbour market\n\n" + body)
    return [(quote.text, quote.speaker.name if quote.speaker else None) for quote in article.quotes]


# SpeakerResolution.resolve (surname_opens_other): a one-word mention that is the last word of
# one full name and opens another of three words (a family name written first, shown as a
# person's by an age) is left as written: either may be meant
SURNAME_OPENS_OTHER = [
    (
        "Tan Ah Kow, 41, runs a stall at the harbour market.\n\nThe mayor, Ravi Tan, visited the market on Monday.\n\n"
        '"The rents are too high," Tan said.\n',
        [("The rents are too high,", "Tan")],
    ),
    (
        'The mayor, Ravi Tan, visited the market on Monday.\n\n"The rents are too high," Tan said.\n',
        [("The rents are too high,", "Ravi Tan")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), SURNAME_OPENS_OTHER)
def test_surname_opens_other_name(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert article_quotes(body) == expected


# DirectQuotes.role_then_name: titles and a full name set off after a role, maybe after a
# determiner; a determiner alone before the name is no role
ROLE_THEN_NAME = [
    ("Maj. Tom Hale", 2, True),
    ("Olympic rower Lena Moss", 2, True),
    ("the Tom Hale", 2, False),
    ("The Tom Hale", 2, False),
]


@pytest.mark.parametrize(("words", "named", "expected"), ROLE_THEN_NAME)
def test_role_then_name(words: str, named: int, expected: bool) -> None:
    assert DirectQuotes().role_then_name(words.split(), named) is expected


# ReportedSpeech.__init__ (_platform_setting): the medium spoken on between the cue and the words
# ("said on television", "said on X") is no part of them
PLATFORM_SETTINGS = [
    ("The mayor said on television the harbour would reopen in May.", [("the harbour would reopen in May", "The mayor")]),
    ("Ana Ruiz said on X the museum would reopen in May.", [("the museum would reopen in May", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PLATFORM_SETTINGS)
def test_platform_setting(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(paragraph) == expected


# ReportedSpeech.__init__ (_verb_final_join, only for a pack whose verb comes second): in English
# an aside after "and" inside the reported words ("and the ferry, she added, would stop") ends
# nothing
def test_english_aside_after_and() -> None:
    paragraph = "Ana Ruiz said the port would close, and the ferry, she added, would stop."
    assert quotes_of(paragraph) == [("the port would close, and the ferry, she added, would stop", "Ana Ruiz")]


# DatelineParser.is_bracketed_place: a place the vocabulary knows, its words however spaced; no
# agency, no name, nothing empty
BRACKETED_PLACES = [
    ("Ottawa", True),
    ("British Columbia", True),
    ("British  Columbia", True),
    ("Bosnia and Herzegovina", True),
    ("Jean Roy", False),
    ("CNN", False),
    ("Xinhua", False),
    ("", False),
]


@pytest.mark.parametrize(("place", "expected"), BRACKETED_PLACES)
def test_is_bracketed_place(place: str, expected: bool) -> None:
    assert DatelineParser().is_bracketed_place(place) is expected


# TimestampParser.spelled_zone_abbreviated: a spelled-out zone ending the piece after a clock and
# a space is written as its abbreviation (the longer spelling first); nothing else changes
SPELLED_ZONES = [
    ("March 3, 2025 10:00 a.m. Eastern time", "March 3, 2025 10:00 a.m. ET"),
    ("March 3, 2025 10:00 a.m. Pacific Time", "March 3, 2025 10:00 a.m. PT"),
    ("March 3, 2025 10:00 a.m. Pacific Time Zone", "March 3, 2025 10:00 a.m. PT"),
    ("March 3, 2025 Eastern time", "March 3, 2025 Eastern time"),
    ("March 3, 2025 10:00 a.m.Eastern time", "March 3, 2025 10:00 a.m.Eastern time"),
    ("March 3, 2025 10:00 a.m.", "March 3, 2025 10:00 a.m."),
]


@pytest.mark.parametrize(("readable", "expected"), SPELLED_ZONES)
def test_spelled_zone_abbreviated(readable: str, expected: str) -> None:
    assert TimestampParser().spelled_zone_abbreviated(readable) == expected


# ReportedSpeech.opening_time_end: a time phrase opening the sentence, after its prepositions; a
# time word alone only before its comma ("Yesterday,"), not "Yesterday residents"
OPENING_TIMES = [
    ("Yesterday, residents said the bridge would close.", "Yesterday"),
    ("Today, the mayor said the bridge would close.", "Today"),
    ("On Monday residents said the bridge would close.", "On Monday"),
    ("In May, residents said the bridge would close.", "In May"),
    ("Yesterday residents said the bridge would close.", None),
    ("Residents said the bridge would close.", None),
]


@pytest.mark.parametrize(("raw", "phrase"), OPENING_TIMES)
def test_opening_time_end(raw: str, phrase: str | None) -> None:
    words = list(regex.finditer(r"[\p{L}\p{N}]++", raw))
    end = QuoteParser().opening_time_end(raw, words)
    assert (raw[:end] if end is not None else None) == phrase
