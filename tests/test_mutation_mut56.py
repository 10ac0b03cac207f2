"""Mutation pass mut56 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``92041c0f..cde4317e`` (stop 48: the speaker rules of ``quotes/grammar.py``, ``reported.py``,
``resolution.py`` and ``direct.py``, the layout rules of ``article.py``, ``body.py``,
``caption.py``, ``dateline.py``, ``timestamp.py`` and the rest), made on main ``cde4317e``, and
mut55's leftovers found again on that code.  Each table pins down a rule whose mutants no test
noticed: a predicate read on words written for it, or a text and what must come out of it (see
docs/testing.md, "Mutation testing").  Parsers are built fresh in each row where a rule is compiled
by a constructor, so that a constructor's mutant is read."""

from __future__ import annotations

import functools

import pytest

from newsparse import ArticleParser
from newsparse.body import BodyParser
from newsparse.dateline import DatelineParser
from newsparse.lines import split_lines
from newsparse.quotes import QuoteParser
from newsparse.quotes.languages import FrenchVocabulary, SpanishVocabulary
from newsparse.spans import Span
from newsparse.timestamp import TimestampParser
from newsparse.vocabulary import Vocabulary


@functools.cache
def quote_parser() -> QuoteParser:
    """One quote parser for the predicate tables (parsers are stateless)."""
    return QuoteParser()


def speakers(paragraph: str) -> list[str | None]:
    """The speaker's mention of every quote read from *paragraph* under a plain headline, by a
    parser built for the call (its constructor's patterns compiled afresh)."""
    article = ArticleParser().parse(f"Harbour notebook\n\n{paragraph}\n")
    return [quote.speaker.mention if quote.speaker else None for quote in article.quotes]


def quotes_of(paragraph: str, language: str | None = None) -> list[tuple[str, str | None]]:
    """``(text, speaker's mention)`` of every quote read from *paragraph* of *language* under a
    plain headline, by a parser built for the call."""
    article = ArticleParser(language=language).parse(f"Harbour notebook\n\n{paragraph}\n")
    return [(quote.text, quote.speaker.mention if quote.speaker else None) for quote in article.quotes]


# BodyParser.__init__ / is_plain_item: an item of a list with no bullets may end in any letter,
# a capital too ("SpaceX"); a comma or a full stop ends no item
PLAIN_ITEMS = [
    ("Key points so far:\nLaunch contract awarded to SpaceX\nFuel duty frozen", True),
    ("Key points so far:\nFuel duty frozen\nLaunch contract awarded to SpaceX", True),
    ("Key points so far:\nLaunch contract awarded to SpaceX,\nFuel duty frozen", False),
    ("Key points so far:\nFuel duty frozen\nLaunch contract awarded to SpaceX.", False),
]


@pytest.mark.parametrize(("text", "expected"), PLAIN_ITEMS)
def test_plain_item_ends_in_any_letter(text: str, expected: bool) -> None:
    lines = split_lines(text)
    assert BodyParser().next_plain_item(lines[0], lines[1], lines[2], listing=False) is expected


# DatelineParser.__init__: a place in capitals, its words read as they are written, a dash with
# a space after it ending the place ("MONTERREY.- El ...")
CAPS_PLACES = [
    ("MONTERREY.- El gobierno anunció un plan nuevo.", "MONTERREY"),
    ("BOSTON--(BUSINESS WIRE)--Acme Corp. said it would expand.", "BOSTON"),
]


@pytest.mark.parametrize(("text", "place"), CAPS_PLACES)
def test_caps_place(text: str, place: str) -> None:
    dateline = DatelineParser().parse(text, Span(0, len(text)))
    assert dateline is not None
    assert dateline.place == place


# DirectQuotes.__init__: a list of full names after an inverted cue, set off by commas and
# closed by a join, is one joined subject, not its first name
LISTED_AFTER_CUE = [
    ('"The pier is unsafe," said Ana Ruiz, Tom Lee and Kofi Mensah.', ["Ana Ruiz, Tom Lee and Kofi Mensah"]),
    ('"The pier is unsafe," said Ana Ruiz, Tom Lee, Kofi Mensah and Li Wei.', ["Ana Ruiz, Tom Lee, Kofi Mensah and Li Wei"]),
    ('"The pier is unsafe," said Ana Ruiz, a lawyer.', ["Ana Ruiz"]),
]


@pytest.mark.parametrize(("paragraph", "expected"), LISTED_AFTER_CUE)
def test_listed_names_after_cue(paragraph: str, expected: list[str | None]) -> None:
    assert speakers(paragraph) == expected


# SpeakerResolution.joined_part: a part of a joined subject with an age or a role set off is cut
# to the name it ends in; a piece with no name in it leaves the words whole
JOINED_PART = [
    ("Emma Clarke, 31,", True, ["Emma", "Clarke"]),
    ("the harbour master, 54,", True, ["the", "harbour", "master,", "54,"]),
    ("a former nurse, 31", True, ["a", "former", "nurse,", "31"]),
    ("the port's chief, a former nurse", False, ["the", "port's", "chief,", "a", "former", "nurse"]),
]


@pytest.mark.parametrize(("words", "leading", "expected"), JOINED_PART)
def test_joined_part(words: str, leading: bool, expected: list[str]) -> None:
    assert quote_parser().joined_part(words.split(), leading=leading) == expected


# DirectQuotes.set_off_before_second_verb: in German, a phrase set off by commas between a
# quotation that opens the sentence and its verb is an apposition to the quotation (a title's),
# no speaker; the verb right after the quotation has its speaker after it
SECOND_VERB = [
    ("„Die Zeit“, die Wochenzeitung, berichtete darüber, dass die Brücke gesperrt werde.", []),
    ("„Die Zeit ist vorbei“, sagte die Ministerin.", [("Die Zeit ist vorbei", "die Ministerin")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), SECOND_VERB)
def test_set_off_before_second_verb(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(paragraph, "de") == expected


# SpeakerGrammar.opens_apposition: a determiner or a possessive determiner, in any case, opens an
# appositive after a name; a noun or a title does not
OPENS_APPOSITION = [("the", True), ("The", True), ("his", True), ("Her", True), ("police", False), ("Mayor", False)]


@pytest.mark.parametrize(("word", "expected"), OPENS_APPOSITION)
def test_opens_apposition(word: str, expected: bool) -> None:
    assert quote_parser().opens_apposition(word) is expected


def published_of(line: str) -> tuple[str, str] | None:
    """``(ISO datetime, text)`` of the published stamp read from *line* under a headline, over a
    story, by a parser built for the call."""
    article = ArticleParser().parse(
        f"Harbour plan approved\n{line}\n\nThe council approved the harbour plan on Tuesday after a long debate.\n"
    )
    stamp = article.published
    return None if stamp is None else (stamp.datetime.isoformat(), stamp.text)


# TimestampParser.with_time_after: a date piece and the clock in the next piece of the line make
# one stamp (a clock with a colon, or an hour and minutes with "h" alone); a piece with no clock
# adds nothing
TIME_AFTER = [
    ("04/03/2025 | 14:32 CET", ("2025-03-04T14:32:00+01:00", "04/03/2025 | 14:32 CET")),
    ("March 4, 2025 | 9:15 a.m. EST", ("2025-03-04T09:15:00-05:00", "March 4, 2025 | 9:15 a.m. EST")),
    ("14 octobre 2025 | 13 h 45", ("2025-10-14T13:45:00", "14 octobre 2025 | 13 h 45")),
    ("March 4, 2025 | Updated 9:15 a.m.", ("2025-03-04T00:00:00", "March 4, 2025")),
]


@pytest.mark.parametrize(("line", "expected"), TIME_AFTER)
def test_time_after_date_piece(line: str, expected: tuple[str, str]) -> None:
    assert published_of(line) == expected


# SpeakerGrammar.names_the_region: a capitalised title or role before "of" and a place with its
# region set off ("The Bishop of Lyon, France,") is the speaker, region and all; the region alone
# is not
TITLE_OF_PLACE = [
    ("The Bishop of Lyon, France, said the bridge would close next week.", ["The Bishop of Lyon, France"]),
    ("The Archbishop of Lyon, France, said the bridge would close next week.", ["The Archbishop of Lyon, France"]),
    ("The mayor of Lyon, France, said the bridge would close next week.", ["The mayor of Lyon, France"]),
    ("The Governor of Texas, Greg Abbott, said the bridge would close next week.", ["Greg Abbott"]),
]


@pytest.mark.parametrize(("paragraph", "expected"), TITLE_OF_PLACE)
def test_title_of_place(paragraph: str, expected: list[str | None]) -> None:
    assert speakers(paragraph) == expected


# ArticleParser.header_inline_stamp: a short sentence with a date under the headline is the
# story's first paragraph, no stamp line (the stamp above it, if any, stays the published one);
# a sentence naming the first run gives the publication
SENTENCE_WITH_DATE = [
    (
        "Harbour plan approved\nThe vote was held on 5 March 2025.\n\n"
        "The council approved the harbour plan after a long debate on fees and tolls.\n",
        None,
        "The vote was held on 5 March 2025.",
    ),
    (
        "Harbour plan approved\nBy Ana Ruiz\nMarch 3, 2025\nThe council voted on March 2, 2025.\n\n"
        "The council approved the harbour plan after a long debate on fees and tolls.\n",
        "March 3, 2025",
        "The council voted on March 2, 2025.",
    ),
    (
        "Harbour plan approved\nThis story first appeared on 5 March 2025.\n\n"
        "The council approved the harbour plan after a long debate on fees and tolls.\n",
        "5 March 2025",
        "The council approved the harbour plan after a long debate on fees and tolls.",
    ),
]


@pytest.mark.parametrize(("text", "published", "first"), SENTENCE_WITH_DATE)
def test_sentence_with_date_under_headline(text: str, published: str | None, first: str) -> None:
    article = ArticleParser().parse(text)
    assert (article.published.text if article.published else None) == published
    assert article.paragraphs[0].text == first


# -- mut55's leftovers, on today's code --------------------------------------------------------

# BodyParser.next_plain_item: the line over a list ends in a colon once the characters that print
# nothing after it are dropped (a replacement character, a soft hyphen left by a bad copy)
COLON_THEN_INVISIBLE = [
    ("Key points so far:\ufffd\nEmployer national insurance up to 15%\nFuel duty frozen", True),
    ("Key points so far:\u00ad\nEmployer national insurance up to 15%\nFuel duty frozen", True),
    ("Key points so far\ufffd\nEmployer national insurance up to 15%\nFuel duty frozen", False),
]


@pytest.mark.parametrize(("text", "expected"), COLON_THEN_INVISIBLE)
def test_colon_then_invisible(text: str, expected: bool) -> None:
    lines = split_lines(text)
    assert BodyParser().next_plain_item(lines[0], lines[1], lines[2], listing=False) is expected


# DatelineParser.is_followed_by_story: an agency after the place's comma that is no region (in
# lower case, "dpa") dates the line as an agency in brackets does: it may stand alone or over a
# short sentence
AGENCY_AFTER_PLACE_ALONE = [
    ("BERLIN, dpa -", ("BERLIN", "dpa")),
    ("BERLIN, dpa - Ja.", ("BERLIN", "dpa")),
    ("BERLIN, dpa - Die Regierung plant neue Steuern für Diesel.", ("BERLIN", "dpa")),
]


@pytest.mark.parametrize(("text", "expected"), AGENCY_AFTER_PLACE_ALONE)
def test_agency_after_place_alone(text: str, expected: tuple[str, str]) -> None:
    dateline = DatelineParser().parse(text, Span(0, len(text)))
    assert dateline is not None
    assert (dateline.place, dateline.agency) == expected


# Vocabulary.is_region_after_place: a pack's country name of two words or more, in any case, is
# a place's region ("Leeds, Reino Unido"); words of no listed name are none
PACK_COUNTRY = [
    (SpanishVocabulary, "Reino Unido", True),
    (SpanishVocabulary, "Estados Unidos", True),
    (SpanishVocabulary, "república dominicana", True),
    (SpanishVocabulary, "España", True),
    (SpanishVocabulary, "Reino Ortiz", False),
    (FrenchVocabulary, "Côte d'Ivoire", True),
]


@pytest.mark.parametrize(("vocabulary", "text", "expected"), PACK_COUNTRY)
def test_pack_country_after_place(vocabulary: type[Vocabulary], text: str, expected: bool) -> None:
    assert vocabulary().is_region_after_place(text) is expected


class TwoZones(Vocabulary):
    """A vocabulary of two zones, none of them read in capitals only (no English word)."""

    TIMEZONES = (("CET", 1.0), ("EST", -5.0))
    CASED_TIMEZONES = ()
    REGIONAL_TIMEZONES = ()


# TimestampParser.__init__: with no zones read in capitals only, every zone of the vocabulary is
# read, in brackets too, with its offset
TWO_ZONES = [
    ("Published: Aug 13, 2024 11:14 EST", "Aug 13, 2024 11:14 EST", "2024-08-13T11:14:00-05:00"),
    ("Published: Aug 13, 2024 11:14 (EST)", "Aug 13, 2024 11:14 (EST)", "2024-08-13T11:14:00-05:00"),
    ("Published: Aug 13, 2024 11:14 (CET)", "Aug 13, 2024 11:14 (CET)", "2024-08-13T11:14:00+01:00"),
]


@pytest.mark.parametrize(("line", "text", "value"), TWO_ZONES)
def test_zones_without_cased(line: str, text: str, value: str) -> None:
    (stamp,) = TimestampParser(vocabulary=TwoZones()).parse(split_lines(line), 0)
    assert (stamp.text, stamp.datetime.isoformat()) == (text, value)


# TimestampParser.find: the words a date can be made of are read, the words after them dropped
# (a story's words, a label's, an "In" glued to "pm"), however many there are
FIND_DATE_RUN = [
    ("Posted March 3, 2025 by the harbour desk team in Leeds today", ("March 3, 2025", "2025-03-03T00:00:00")),
    (
        "March 3, 2025 Council votes to close the old harbour after a long debate on fees",
        ("March 3, 2025", "2025-03-03T00:00:00"),
    ),
    (
        "Updated: March 3, 2025 at 4:15 pm on the harbour desk of the Leeds paper",
        ("March 3, 2025 at 4:15 pm", "2025-03-03T16:15:00"),
    ),
    ("March 3, 2025 3:45 pmIn News Leeds", ("March 3, 2025 3:45 pm", "2025-03-03T15:45:00")),
    (
        "Published March 3, 2025 11:14 Read more about the harbour plan and its fees",
        ("March 3, 2025 11:14", "2025-03-03T11:14:00"),
    ),
    ("Tue November 3, 2026 9:00 AM XYZ", ("Tue November 3, 2026 9:00 AM XYZ", "2026-11-03T00:00:00")),
]


@pytest.mark.parametrize(("text", "expected"), FIND_DATE_RUN)
def test_find_date_run(text: str, expected: tuple[str, str]) -> None:
    stamp = TimestampParser().find(text, 0, None)
    assert stamp is not None
    assert (stamp.text, stamp.datetime.isoformat()) == expected


def reported(paragraph: str) -> list[tuple[str | None, str]]:
    """``(speaker's mention, text)`` of every quote read from *paragraph* under a plain headline."""
    article = ArticleParser().parse(f"Harbour notebook\n\n{paragraph}\n")
    return [(quote.speaker.mention if quote.speaker else None, quote.text) for quote in article.quotes]


# ReportedSpeech.inverted_speaker: a head that holds a clause before a cue set off by commas is
# what is said, not a subject whose verb follows the speaker (the words after it are no report)
CLAUSE_HEAD = [
    ("The plan is dead, said Ana Ruiz, the council having voted it down.", [("Ana Ruiz", "The plan is dead")]),
    ("Costs soared, said Ana Ruiz, and the plan was dropped by the council.", [("Ana Ruiz", "Costs soared")]),
    (
        "The plan, said Ana Ruiz, was too costly for the town to carry.",
        [("Ana Ruiz", "was too costly for the town to carry")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), CLAUSE_HEAD)
def test_clause_head_before_inverted_cue(paragraph: str, expected: list[tuple[str | None, str]]) -> None:
    assert reported(paragraph) == expected
