"""Mutation pass mut55 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``99c4eb11..92041c0f`` (stop 47: the speaker rules of ``quotes/grammar.py``, ``reported.py`` and
``resolution.py``, the layout rules of ``article.py``, ``body.py``, ``caption.py`` and the rest),
made on main ``92041c0f``, and mut54's leftovers found again on that code.  Each table pins down a
rule whose mutants no test noticed: a predicate read on words written for it, or a text and what
must come out of it (see docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import datetime as dt
import functools

import pytest
import regex

from newsparse import ArticleParser
from newsparse.body import BodyParser
from newsparse.byline import BylineParser
from newsparse.dateline import DatelineParser
from newsparse.lines import split_lines
from newsparse.quotes import QuoteParser
from newsparse.quotes.model import State
from newsparse.spans import Paragraph, Span
from newsparse.timestamp import TimestampParser
from newsparse.vocabulary import Vocabulary


@functools.cache
def quote_parser() -> QuoteParser:
    """One quote parser for the predicate tables (parsers are stateless)."""
    return QuoteParser()


def state_of(text: str, spoken: tuple[str, ...] = ()) -> State:
    """A resolution state over *text*, one paragraph, with the names of *spoken* quoted before."""
    parser = quote_parser()
    paragraph = Paragraph(text, Span(0, len(text)))
    state = State(parser.person_index(text, [paragraph], ()), text)
    state.spoken.update(spoken)
    return state


# -- mut54's leftovers, on today's code ------------------------------------------------------

# SpeakerResolution.shown_person: a full name after an opening phrase is a person's when its
# first word is a given name of one sex, when it was quoted before, or when a title, a role or a
# gender shows it; a firm's words the index read as a name are none (its second word a given name
# or not)
SHOWN_PERSON = [
    ("Kim Lund runs the union. Asked about the strike, Lund said talks had failed.", "Kim Lund", ("Kim Lund",), True),
    # (a given name of either sex, never quoted: nothing shows a person)
    ("Kim Lund runs the union. Asked about the strike, Lund said talks had failed.", "Kim Lund", (), False),
    ("Ana Lund runs the union. Asked about the strike, Lund said talks had failed.", "Ana Lund", (), True),
    ("Kelly Grant runs the union. Asked about the strike, Grant said talks had failed.", "Kelly Grant", (), False),
    # (a bank's name, its second word a given name: "Stanley" shows no person)
    ("Morgan Stanley raised its forecast. Asked about the bank, Morgan said it was calm.", "Morgan Stanley", (), False),
    # (someone else quoted before: the firm's words are still none)
    (
        "Goodyear Tire and Rubber Co. makes tyres. Asked about it, Goodyear said it would stay.",
        "Goodyear Tire",
        ("Tom Berg",),
        False,
    ),
]


@pytest.mark.parametrize(("text", "name", "spoken", "expected"), SHOWN_PERSON)
def test_shown_person(text: str, name: str, spoken: tuple[str, ...], expected: bool) -> None:
    assert quote_parser().shown_person(name, state_of(text, spoken)) is expected


# -- the lines changed in 99c4eb11..92041c0f -------------------------------------------------


class NoPlacePrepositions(BylineParser):
    """A byline parser that lists no preposition before a role's place: "in" stands in."""

    ROLE_PLACE_PREPOSITIONS = ()


# BylineParser.__init__: the place after an author's role, after a preposition of
# ROLE_PLACE_PREPOSITIONS ("in" when none is listed), is no second author (a fresh parser)
ROLE_PLACE = [
    (BylineParser, "By Jo Roe, Latin America correspondent in Bogotá", ("Jo Roe",)),
    (NoPlacePrepositions, "By Jo Roe, Latin America correspondent in Bogotá", ("Jo Roe",)),
    (NoPlacePrepositions, "By Jo Roe and Ana Ruiz", ("Jo Roe", "Ana Ruiz")),
]


@pytest.mark.parametrize(("parser_class", "line", "authors"), ROLE_PLACE)
def test_role_place_is_no_author(parser_class: type[BylineParser], line: str, authors: tuple[str, ...]) -> None:
    byline = parser_class().parse(split_lines(line), 0)
    assert byline is not None
    assert byline.authors == authors


class NoDateLeads(DatelineParser):
    """A dateline parser with no word before a date ("le") and no first day's letters ("1er")."""

    DATE_LEADS = ()
    FIRST_DAY_SUFFIXES = ()


# DatelineParser.__init__: with no DATE_LEADS and no FIRST_DAY_SUFFIXES the date patterns still
# read a day before its month, the first of the month and a month before its day (a fresh parser)
NO_LEADS = [
    ("PARIS, 3 March 2025 (AFP) - Prices rose.", dt.date(2025, 3, 3)),
    ("PARIS, 1 March 2025 (AFP) - Prices rose.", dt.date(2025, 3, 1)),
    ("PARIS, March 3, 2025 (AFP) - Prices rose.", dt.date(2025, 3, 3)),
]


@pytest.mark.parametrize(("text", "date"), NO_LEADS)
def test_dateline_without_leads(text: str, date: dt.date) -> None:
    dateline = NoDateLeads().parse(text, Span(0, len(text)))
    assert dateline is not None
    assert (dateline.place, dateline.date) == ("PARIS", date)


# SpeakerGrammar.country_name: a country's name of the vocabulary, of one word or more, any case,
# not its adjective
COUNTRY_NAME = [
    ("United States", True),
    ("south korea", True),
    ("Russia", True),
    ("Russian", False),
]


@pytest.mark.parametrize(("text", "expected"), COUNTRY_NAME)
def test_country_name(text: str, expected: bool) -> None:
    assert ArticleParser().quotes.country_name(text) is expected


# Vocabulary.__init__: a zone's offset in seconds, hours times 3600 (a fresh vocabulary)
ZONE_SECONDS = [("EST", -18000), ("ACST", 34200), ("UTC", 0)]


@pytest.mark.parametrize(("zone", "seconds"), ZONE_SECONDS)
def test_zone_offset_seconds(zone: str, seconds: int) -> None:
    assert Vocabulary().tzinfos[zone] == seconds


# TimestampParser.is_stamp_like: a short line with a clock and any one of a zone, a day or a
# month (no am/pm), not a clock among other words
STAMP_LIKE = [
    ("Monday 18:30", True),
    ("18:30 GMT", True),
    ("March 3 18:30", True),
    ("18:30 ET", True),
    ("Current Time 0:00", False),
    ("Score 18:30 final", False),
]


@pytest.mark.parametrize(("text", "expected"), STAMP_LIKE)
def test_is_stamp_like(text: str, expected: bool) -> None:
    assert ArticleParser().timestamps.is_stamp_like(text) is expected


def speakers(paragraph: str) -> list[str | None]:
    """The speaker's mention of every quote read from *paragraph* under a plain headline."""
    article = ArticleParser().parse(f"Harbour notebook\n\n{paragraph}\n")
    return [quote.speaker.mention if quote.speaker else None for quote in article.quotes]


# SpeakerGrammar.unclosed_appositive: a name, a comma and a group or plural noun before the cue:
# the group speaks, not the name; one person's noun speaks for the name
UNCLOSED_APPOSITIVE = [
    ('"The pier is unsafe," Ana Ortiz, two neighbours said.', ["two neighbours"]),
    ('"The pier is unsafe," Ana Ortiz, police said.', ["police"]),
    ('"The pier is unsafe," Ana Ortiz, the crew said.', ["the crew"]),
    ('"The pier is unsafe," Ana Ortiz, a neighbour said.', ["Ana Ortiz"]),
]


@pytest.mark.parametrize(("paragraph", "expected"), UNCLOSED_APPOSITIVE)
def test_unclosed_appositive(paragraph: str, expected: list[str | None]) -> None:
    assert speakers(paragraph) == expected


# DirectQuotes.name_after_role: a name after a role and a comma, then a comma and a description
# (a time, a place, a relative clause; no space after the comma as scraped text may print it)
# is the speaker's, not the role's
NAME_AFTER_ROLE = [
    ('"The pier is unsafe," said the city\'s mayor, Ana Ruiz,a lawyer.', ["Ana Ruiz"]),
    ('"The pier is unsafe," said the city\'s mayor, Ana Ruiz,last week.', ["Ana Ruiz"]),
    ('"The pier is unsafe," said the city\'s mayor, Ana Ruiz,outside the court.', ["Ana Ruiz"]),
    ('"The pier is unsafe," said the city\'s mayor, Ana Ruiz,who chairs the board.', ["Ana Ruiz"]),
    ('"The pier is unsafe," said the city\'s mayor, Ana Ruiz, a lawyer.', ["Ana Ruiz"]),
]


@pytest.mark.parametrize(("paragraph", "expected"), NAME_AFTER_ROLE)
def test_name_after_role_description(paragraph: str, expected: list[str | None]) -> None:
    assert speakers(paragraph) == expected


# ReportedSpeech.marked_without_possessives: a quotation mark of any kind, or of every kind,
# stands in the phrase once possessives are dropped; an apostrophe is none
MARKED = [
    ('the "plan", the «projet», the „Plan“, the ‹idée› and the mayor’s “scheme”', True),
    ('the mayor\'s "plan"', True),
    ("the mayor’s plan", False),
    ("the mayor's plan", False),
]


@pytest.mark.parametrize(("phrase", "expected"), MARKED)
def test_marked_without_possessives(phrase: str, expected: bool) -> None:
    assert ArticleParser().quotes.marked_without_possessives(phrase) is expected


# SpeakerGrammar.singular_by_ending: a person's noun by its ending, not in the plural, not a
# thing's noun of the same ending, no hyphen or other mark
SINGULAR_BY_ENDING = [
    ("organizer", True),
    ("historian", True),
    ("organizers", False),
    ("computer", False),
    ("process", False),  # (a thing's noun ending in "-ess": the final s refuses it)
    ("river", False),
    ("co-organizer", False),
]


@pytest.mark.parametrize(("word", "expected"), SINGULAR_BY_ENDING)
def test_singular_by_ending(word: str, expected: bool) -> None:
    assert ArticleParser().quotes.singular_by_ending(word) is expected


# ReportedSpeech.participle_described_subject: a thing's past verb and a subordinator before a
# name leave the name the subject; a person's noun described by a participle speaks whole
DESCRIBED_SUBJECT = [
    ("The port closed after Ward announced that fees would rise.", ["Ward"]),
    ("The nurse hired after the storm told reporters that the ward was full.", ["The nurse hired after the storm"]),
    ("A woman injured in the fire told reporters that the alarm never sounded.", ["A woman injured in the fire"]),
]


@pytest.mark.parametrize(("paragraph", "expected"), DESCRIBED_SUBJECT)
def test_participle_described_subject(paragraph: str, expected: list[str | None]) -> None:
    assert speakers(paragraph) == expected


def speaker_names(text: str) -> list[tuple[str | None, str | None]]:
    """``(mention, name)`` of the speaker of every quote of *text* under a plain headline."""
    article = ArticleParser().parse(f"Harbour notebook\n\n{text}\n")
    return [(quote.speaker.mention, quote.speaker.name) if quote.speaker else (None, None) for quote in article.quotes]


# SpeakerResolution.family_namesake: a bare surname after a relative was named with it is the
# relative when the relative is the last subject, quoted or not, and no other namesake was
# quoted; with another namesake quoted, the surname stays as written
FAMILY_NAMESAKE = [
    (
        '"We farm here," Ruth Fraser said. "We sell eggs," said Tom Berg.\n\n'
        'Her husband, Alan Fraser, did not want to wait.\n\n"We could not stay," Fraser said.',
        ("Fraser", "Fraser"),
    ),
    (
        'Ruth Fraser farms near the lake.\n\n"We sell eggs," said Tom Berg. Her husband, Alan Fraser, did not '
        'want to wait. "We could not stay," Alan Fraser said. "We had to go," said Tom Berg.\n\n'
        'Her husband, Alan Fraser, was tired. "We left," Fraser said.',
        ("Fraser", "Alan Fraser"),
    ),
]


@pytest.mark.parametrize(("text", "last"), FAMILY_NAMESAKE)
def test_family_namesake(text: str, last: tuple[str, str]) -> None:
    assert speaker_names(text)[-1] == last


def tagged(raw: str) -> str | None:
    """The name ``SpeakerGrammar.tagged_subject`` reads in *raw* before its `` said``."""
    mention = ArticleParser().quotes.tagged_subject(raw, (0, len(raw)), raw.index(" said"))
    return None if mention is None else raw[mention.start : mention.end]


# SpeakerGrammar.tagged_subject: a name and its age, then a past verb, a listed adverb ("also",
# "later": no -ly) or an adverb by its ending; not a noun phrase or a relative clause
TAGGED_SUBJECT = [
    ("Jim Bell, 54, also said the rent had doubled.", "Jim Bell"),
    ("Jim Bell, 54, later said the rent had doubled.", "Jim Bell"),
    ("Jim Bell, 54, quickly said the rent had doubled.", "Jim Bell"),
    ("Jim Bell, 54, left the firm and said the rent had doubled.", "Jim Bell"),
    ("Jim Bell, 54, the owner, said the rent had doubled.", None),
    ("Jim Bell, 54, whose shop closed, said the rent had doubled.", None),
]


@pytest.mark.parametrize(("raw", "expected"), TAGGED_SUBJECT)
def test_tagged_subject(raw: str, expected: str | None) -> None:
    assert tagged(raw) == expected


def reported(paragraph: str) -> list[tuple[str | None, str]]:
    """``(speaker's mention, words)`` of every quote read from *paragraph* under a plain headline."""
    article = ArticleParser().parse(f"Harbour notebook\n\n{paragraph}\n")
    return [(quote.speaker.mention if quote.speaker else None, quote.text) for quote in article.quotes]


# ReportedSpeech.inverted_speaker: a subject's phrase of one to MAX_APPOSITIVE_HEAD (8) words, a
# cue and its speaker set off by commas, then the words said, which open with the verb
INVERTED = [
    ("The plan, said Ana Ruiz, was too costly for the town to carry.", "The plan, said Ana Ruiz, was too costly for the town to carry"),
    (
        "Prices, said Ana Ruiz, would rise sharply for every family in the town.",
        "would rise sharply for every family in the town",
    ),
    (
        "The new harbour toll and ferry fee plan, said Ana Ruiz, was too costly for the town to carry.",
        "The new harbour toll and ferry fee plan, said Ana Ruiz, was too costly for the town to carry",
    ),
]


@pytest.mark.parametrize(("paragraph", "words"), INVERTED)
def test_inverted_speaker(paragraph: str, words: str) -> None:
    assert reported(paragraph) == [("Ana Ruiz", words)]


# SpeakerGrammar.opening_place: a place of the vocabulary, or a country or region whose first
# word is no given name, opens the sentence; a bare given name that names a country too does not
OPENING_PLACE = [
    ("Boston", True),
    ("Cape Town", True),
    ("Texas", True),
    ("Jordan", False),
    ("", False),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_PLACE)
def test_opening_place(text: str, expected: bool) -> None:
    assert ArticleParser().quotes.opening_place(text) is expected


# SpeakerResolution.surname_in_use: the article writes the surname alone (after an adverb, a
# comma or a title), not right after a given name (a month's or a country's name too, read as
# one before a surname) nor after a determiner
SURNAME_IN_USE = [
    ("Carly Fiorina spoke first. Her husband, Frank Fiorina, spoke next.", False),
    ("April Fiorina spoke first. Her husband, Frank Fiorina, spoke next.", False),
    ("Jordan Fiorina spoke first. Her husband, Frank Fiorina, spoke next.", False),
    ("Carly Fiorina spoke first. The Fiorina family stayed home.", False),
    ("Carly Fiorina spoke first. Instead, Fiorina opened the meeting.", True),
    ("Carly Fiorina spoke first. Later Fiorina opened the meeting.", True),
]


@pytest.mark.parametrize(("text", "expected"), SURNAME_IN_USE)
def test_surname_in_use(text: str, expected: bool) -> None:
    parser = quote_parser()
    assert parser.surname_in_use("Fiorina", len(text), state_of(text)) is expected


# TimestampParser.__init__: a zone after the clock, in brackets or not, in any case, and its
# offset in whole hours (a fresh parser)
ZONED_STAMPS = [
    ("Published: Aug 13, 2024 11:14 EST", "Aug 13, 2024 11:14 EST", -5 * 3600),
    ("Published: Aug 13, 2024 11:14 est", "Aug 13, 2024 11:14 est", -5 * 3600),
    ("Published: Aug 13, 2024 11:14 Gmt", "Aug 13, 2024 11:14 Gmt", 0),
    ("Published: Aug 13, 2024 11:14 (gmt)", "Aug 13, 2024 11:14 (gmt)", 0),
]


@pytest.mark.parametrize(("line", "text", "seconds"), ZONED_STAMPS)
def test_zoned_stamp(line: str, text: str, seconds: int) -> None:
    (stamp,) = TimestampParser().parse(split_lines(line), 0)
    assert stamp.text == text
    offset = stamp.datetime.utcoffset()
    assert offset is not None
    assert offset.total_seconds() == seconds


# SpeakerResolution.resolve_name: a surname with a generation word after it (junior, senior) is
# one of two of that name: the mention stays as written, its title too
GENERATION = [
    (
        "Tom Hale Sr. founded the yard in 1970. His son Tom Hale Jr. runs it now.\n\n"
        '"We will build more boats," Mr Hale junior said.',
        ("Mr Hale", "Mr Hale"),
    ),
    (
        'Tom Hale Sr. founded the yard in 1970. His son Tom Hale Jr. runs it now.\n\n"We will build more boats," Hale Jr. said.',
        ("Hale Jr.", "Tom Hale Jr."),
    ),
]


@pytest.mark.parametrize(("text", "last"), GENERATION)
def test_generation_after_surname(text: str, last: tuple[str, str]) -> None:
    assert speaker_names(text)[-1] == last


# SpeakerGrammar.phrase_opens_sentence: nothing before the phrase, or a sentence's end right
# before it; a word before it (one letter too) or a verb and an object do not let it open
OPENS_SENTENCE = [
    ("Rain fell. The mayor and the harbour master said", 11, True),
    ("The mayor and the harbour master said", 0, True),
    ("A mayor and a harbour master said", 2, False),
    ("The mayor met the governor and his aides said", 31, False),
]


@pytest.mark.parametrize(("raw", "start", "expected"), OPENS_SENTENCE)
def test_phrase_opens_sentence(raw: str, start: int, expected: bool) -> None:
    assert ArticleParser().quotes.phrase_opens_sentence(raw, start, 0) is expected


def opens_inversion(raw: str) -> bool:
    """``ReportedSpeech.opening_before_inversion`` at the first ``said`` of one-paragraph *raw*."""
    cue = regex.search(r"\bsaid\b", raw)
    assert cue is not None
    return quote_parser().opening_before_inversion(raw, cue, (0, len(raw)), state_of(raw))


# ReportedSpeech.opening_before_inversion: a phrase of at most MAX_APPOSITIVE_HEAD (8) words, no
# comma and no quotation mark in it, closed by a comma before the cue, opens an inversion
OPENING_INVERSION = [
    ("The plan, said Ana Ruiz on Monday, was too costly.", True),
    ("Tom Berg, the mayor, said the pier would close.", False),
    ("The new harbour toll and ferry fee plan, said Ana Ruiz, was too costly.", True),
    ("The new harbour toll and ferry fee rise plan, said Ana Ruiz, was too costly.", False),
    ("The \u201cgreen\u201d plan, said Ana Ruiz, was too costly.", False),
]


@pytest.mark.parametrize(("raw", "expected"), OPENING_INVERSION)
def test_opening_before_inversion(raw: str, expected: bool) -> None:
    assert opens_inversion(raw) is expected


# ArticleParser.is_comma_lede: a line that ends in a comma over the line that ends its sentence,
# the text's last line too; a place over its region, or a last line alone, is none
COMMA_LEDE = [
    ("Residents of Springfield,\nShelbyville and Ogdenville voted on Tuesday to merge their fire crews.", True),
    ("Residents of Springfield,\nShelbyville and Ogdenville voted on Tuesday to merge their crews.\n\nMore.", True),
    ("Springfield,\nIllinois", False),
    ("Residents of Springfield,", False),
]


@pytest.mark.parametrize(("text", "expected"), COMMA_LEDE)
def test_is_comma_lede(text: str, expected: bool) -> None:
    assert ArticleParser().is_comma_lede(split_lines(text), 0) is expected


def preposition_before(raw: str, region: str, *, of: bool | None = None) -> str | None:
    """The word ``SpeakerGrammar.place_preposition_before`` finds before the place that *region*
    follows in *raw* (its default for *of* when *of* is ``None``)."""
    grammar = ArticleParser().quotes
    words = list(regex.finditer(r"[\w.'-]++", raw))
    i = next(k for k, word in enumerate(words) if word.group() == region)
    k = grammar.place_preposition_before(raw, words, i) if of is None else grammar.place_preposition_before(raw, words, i, of=of)
    return None if k is None else words[k].group()


# SpeakerGrammar.place_preposition_before: a place preposition (or "of", when asked) before one
# to MAX_PLACE_WORDS capitalised words and the region's comma; not right before the comma, and
# no capitalised word of the place opens it
PREPOSITION_BEFORE = [
    ("a lobbyist in Washington, D.C. said", "D.C.", None, "in"),
    ("the mayor of Lyon, France said", "France", None, None),
    ("the mayor of Lyon, France said", "France", True, "of"),
    ("they stayed in, D.C. officials said", "D.C.", None, None),
    ("the New Haven, Conn. office said", "Conn.", None, None),
    ("on Tuesday, D.C. officials said", "D.C.", None, None),
]


@pytest.mark.parametrize(("raw", "region", "of", "expected"), PREPOSITION_BEFORE)
def test_place_preposition_before(raw: str, region: str, of: bool | None, expected: str | None) -> None:
    assert preposition_before(raw, region, of=of) == expected


# ReportedSpeech.listed_name: an item of a list of subjects of two words or more is a name when
# the name model reads one; one word alone only when the article names a person by it
LISTED_NAME = [
    ("Ana Ortiz", True),
    ("Tom Berg", True),
    ("Ana Maria Ortiz", True),
    ("the mayor", False),
    ("Later", False),
]


@pytest.mark.parametrize(("item", "expected"), LISTED_NAME)
def test_listed_name(item: str, expected: bool) -> None:
    assert ArticleParser().quotes.listed_name(item) is expected


# BylineParser.role_place_name: the place after a role without its comma or its preposition
# (one of ROLE_PLACE_PREPOSITIONS), every word of a place of several kept, a place's X too
ROLE_PLACE_NAME = [
    (", Jerusalem", "Jerusalem"),
    (" in Brussels", "Brussels"),
    (" à Bruxelles", "Bruxelles"),
    (" in New York", "New York"),
    (", New York", "New York"),
    (" Rio de Janeiro", "Rio de Janeiro"),
    (", Xiamen", "Xiamen"),
    (" in", "in"),
]


@pytest.mark.parametrize(("written", "place"), ROLE_PLACE_NAME)
def test_role_place_name(written: str, place: str) -> None:
    assert BylineParser().role_place_name(written) == place


def next_plain(text: str) -> bool:
    """``BodyParser.next_plain_item`` for the second line of *text* under its first, the third
    line (if any) below, in no list yet."""
    lines = split_lines(text)
    below = lines[2] if len(lines) > 2 else None
    return BodyParser().next_plain_item(lines[0], lines[1], below, listing=False)


# BodyParser.next_plain_item: a plain item right under a line that ends in a colon, with a second
# plain item right under it; not after a blank line, not alone, not over a sentence
NEXT_PLAIN_ITEM = [
    ("Key points so far:\nEmployer national insurance up to 15%\nFuel duty frozen", True),
    ("Key points so far:\n\nEmployer national insurance up to 15%\nFuel duty frozen", False),
    ("Key points so far:\nEmployer national insurance up to 15%", False),
    (
        "Key points so far:\nEmployer national insurance up to 15%\nThe measures were announced on Monday by the"
        " chancellor, who said that more would follow in the spring.",
        False,
    ),
    ("Key points so far\nEmployer national insurance up to 15%\nFuel duty frozen", False),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_PLAIN_ITEM)
def test_next_plain_item(text: str, expected: bool) -> None:
    assert next_plain(text) is expected


# DatelineParser.agency_after_comma: a known agency after the place's last comma is split off;
# a region's abbreviation with a full stop, a state's code or nothing before the comma is not
AGENCY_AFTER_COMMA = [
    ("SYDNEY, AAP", ("SYDNEY", "AAP")),
    ("SEOUL, Yonhap", ("SEOUL", "Yonhap")),
    ("ALLENTOWN, Pa.", ("ALLENTOWN, Pa.", None)),
    ("HARRISBURG, PA", ("HARRISBURG, PA", None)),
    (", AAP", (", AAP", None)),
]


@pytest.mark.parametrize(("place", "expected"), AGENCY_AFTER_COMMA)
def test_agency_after_comma(place: str, expected: tuple[str, str | None]) -> None:
    assert DatelineParser().agency_after_comma(place) == expected


# DatelineParser.is_followed_by_story: a dateline with a date may stand alone (over a table)
DATELINE_ALONE = [
    ("SANTA CRUZ, Calif., Feb 26 -", "SANTA CRUZ, Calif."),
    ("PARIS, March 3 -", "PARIS"),
]


@pytest.mark.parametrize(("text", "place"), DATELINE_ALONE)
def test_dated_dateline_alone(text: str, place: str) -> None:
    dateline = DatelineParser().parse(text, Span(0, len(text)))
    assert dateline is not None
    assert dateline.place == place
