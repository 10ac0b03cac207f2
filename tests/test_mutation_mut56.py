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
import regex

from newsparse import ArticleParser
from newsparse.body import BodyParser
from newsparse.caption import CaptionParser
from newsparse.dateline import DatelineParser
from newsparse.lines import split_lines
from newsparse.quotes import QuoteParser
from newsparse.quotes.languages import FrenchVocabulary, SpanishVocabulary
from newsparse.quotes.model import State
from newsparse.spans import Paragraph, Span
from newsparse.timestamp import TimestampParser
from newsparse.visible import has_unseen
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


# ArticleParser.header_inline_stamp: a labelled stamp whose zone no list knows, over the story's
# first line with no blank between, is the stamp line (the date alone), not the story's opening
UNKNOWN_ZONE_OVER_STORY = [
    (
        "Harbour plan approved\nBy Ana Ruiz\nPublished October 14, 2025 1:45 p.m. XYZ\n"
        "The council approved the harbour plan on Tuesday.\nOfficials said the tolls would rise.\n",
        None,
        "The council approved the harbour plan on Tuesday.",
    ),
    (
        "Plan de port approuvé\nPar Anne Gagnon\nPublié le 14 octobre 2025 à 13 h 45 XYZ\n"
        "Le conseil a approuvé mardi le plan du port.\nL'opposition a dénoncé la décision.\n",
        "fr",
        "Le conseil a approuvé mardi le plan du port.",
    ),
]


@pytest.mark.parametrize(("text", "language", "first"), UNKNOWN_ZONE_OVER_STORY)
def test_unknown_zone_over_story(text: str, language: str | None, first: str) -> None:
    article = ArticleParser(language=language).parse(text)
    assert article.published is not None
    assert article.published.datetime.isoformat() == "2025-10-14T00:00:00"
    assert article.paragraphs[0].text == first


STANDFIRST = "The council's plan would double the harbour toll by next spring, officials said."
STORY = "The council voted on Tuesday to approve the harbour plan.\n\nOfficials said the tolls would rise next year.\n"


# ArticleParser.label_over_standfirst: three words in title case after a determiner are a kicker
# over the headline when the third line is a standfirst that ends a sentence; three words in title
# case with no determiner are the headline, and a blog's name over its post's title and a button
# line stays the headline though a sentence follows the button
KICKER_LABEL = [
    ("The Weekend Essay\nWhy harbours are shrinking\n{s}\nBy Ana Ruiz", ("The Weekend Essay",), "Why harbours are shrinking"),
    ("Harbour Tolls Double\nCouncil backs a plan to double the harbour tolls\n{s}\nBy Ana Ruiz", (), "Harbour Tolls Double"),
    ("The Harbour Blog\nSpring open thread\nPrevious Post\n{s}\nBy Ana Ruiz", (), "The Harbour Blog"),
]


@pytest.mark.parametrize(("header", "section", "headline"), KICKER_LABEL)
def test_kicker_label_over_standfirst(header: str, section: tuple[str, ...], headline: str) -> None:
    article = ArticleParser().parse(header.format(s=STANDFIRST) + "\n\n" + STORY)
    assert article.section == section
    assert article.headline is not None
    assert article.headline.text == headline


# BodyParser.is_plain_item: an item as wide as WRAP_WIDTH (90 characters) is still an item; a
# wider line is running text
ITEM_WIDTH = [
    ("Employer national insurance contributions rise to 15 percent for small firms in the marina", True),
    ("Employer national insurance contributions rise to 15 percent for small firms in the marinas", False),
]


@pytest.mark.parametrize(("item", "expected"), ITEM_WIDTH)
def test_item_width(item: str, expected: bool) -> None:
    lines = split_lines(f"Key points so far:\n{item}\nFuel duty frozen")
    assert len(item) in (BodyParser.WRAP_WIDTH, BodyParser.WRAP_WIDTH + 1)
    assert BodyParser().next_plain_item(lines[0], lines[1], lines[2], listing=False) is expected


# ArticleParser.kicker_stack: two kicker lines over a headline whose block ends, or whose byline or
# reading time follows, are the section
KICKER_STACK = [
    "Business\nShipping\nHarbour tolls to double under council plan\nBy Ana Ruiz\n\n"
    "The council voted on Tuesday to double the harbour tolls.\n",
    "Business\nShipping\nHarbour tolls to double under council plan\n\n"
    "The council voted on Tuesday to double the harbour tolls.\nOfficials said so.\n",
    "Business\nShipping\nHarbour tolls to double under council plan\n3 min read\n"
    "The council voted on Tuesday to double the harbour tolls.\n",
    # (a standfirst under the headline, over the signature and its date)
    "Business\nShipping\nHarbour tolls to double under council plan\nThe council says the rise will pay for new quays\n"
    "Ana Ruiz\n14 October 2025\nThe council voted on Tuesday to double the harbour tolls.\nOfficials said so.\n",
]


@pytest.mark.parametrize("text", KICKER_STACK)
def test_kicker_stack(text: str) -> None:
    article = ArticleParser().parse(text)
    assert article.section == ("Business", "Shipping")
    assert article.headline is not None
    assert article.headline.text == "Harbour tolls to double under council plan"


# BodyParser.is_label: at most LABEL_WORDS (3) words with no full stop nor comma at the end
LABELS = [
    ("Tags", True),
    ("Media contact", True),
    ("Related harbour stories", True),
    ("Four words are prose", False),
    ("Tags.", False),
    ("Media contact,", False),
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_is_label(text: str, expected: bool) -> None:
    assert BodyParser().is_label(split_lines(text)[0]) is expected


# DirectQuotes.name_after_role: the name after a role and a comma ends before the hometown
# after it; its mention and its span are the name's alone
HOMETOWN_AFTER_NAME = [
    ('"The pier is unsafe," said her daughter, Karen Olson-Weiss of Medford.', "Karen Olson-Weiss"),
    ('"The pier is unsafe," said her daughter, Karen Olson of Medford. She wept.', "Karen Olson"),
    ('"The pier is unsafe," said his son, Tom Berg of West Palm Beach, on Monday. The pier closed.', "Tom Berg"),
]


@pytest.mark.parametrize(("paragraph", "name"), HOMETOWN_AFTER_NAME)
def test_hometown_after_name_span(paragraph: str, name: str) -> None:
    text = f"Harbour notebook\n\n{paragraph}\n"
    (quote,) = ArticleParser().parse(text).quotes
    assert quote.speaker is not None
    assert (quote.speaker.mention, quote.speaker.name) == (name, name)
    assert text[quote.speaker.span.start : quote.speaker.span.end] == name


# visible.has_unseen: a zero-width character or an ASCII control inside a cue word or after it
# hides no cue: the quote keeps its speaker; a text with none is read as it is
UNSEEN_IN_CUE = [
    ('"The pier is unsafe," sa\u200bid Ana Ruiz.', [("The pier is unsafe,", "Ana Ruiz")]),
    ('"The pier is unsafe," said\x00 Ana Ruiz.', [("The pier is unsafe,", "Ana Ruiz")]),
    ('"The pier is unsafe," said Ana Ruiz.', [("The pier is unsafe,", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), UNSEEN_IN_CUE)
def test_unseen_in_cue(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(paragraph) == expected


# visible.has_unseen: an invisible character anywhere, the text's first character too (a byte
# order mark left by a bad copy); none in a plain text
HAS_UNSEEN = [("\ufeffHarbour notebook", True), ("\u200b", True), ("Harbour\x00 notebook", True), ("Harbour notebook", False)]


@pytest.mark.parametrize(("text", "expected"), HAS_UNSEEN)
def test_has_unseen(text: str, expected: bool) -> None:
    assert has_unseen(text) is expected


# CaptionParser.is_agency_sourced_caption: a short line that ends a sentence with any end mark
# and cites an agency alone, its name in any case and with a full stop after it, is a caption
AGENCY_SOURCED = [
    ("Moskau bei Nacht.", "INTERFAX", True),
    ("Moskau bei Nacht.", "Interfax.", True),
    ("Glatteis auf der Autobahn!", "dpa", True),
    ("Wer kennt diesen Mann?", "dpa", True),
    ("Ein Zug im Hauptbahnhof", "dpa", False),
]


@pytest.mark.parametrize(("before", "credit", "expected"), AGENCY_SOURCED)
def test_agency_sourced_caption(before: str, credit: str, expected: bool) -> None:
    assert CaptionParser().is_agency_sourced_caption(before, credit) is expected


# ReportedSpeech.loose_bare_report: a comma after a report cue sets off an aside: the clause after
# it is no report of the cue's subject (its own cue and speaker read it); a German bare verb's
# comma opens its report
REPORTED_THEN_COMMA = [
    ("The Gazette's Tom Reyes reported, his wife whispered that the pier was unsafe.", None, [("the pier was unsafe", "his wife")]),
    (
        "Die Polizei meldete, die Straße sei wegen des Unfalls gesperrt.",
        "de",
        [("die Straße sei wegen des Unfalls gesperrt", "Die Polizei")],
    ),
    (
        "Tom Reyes reported the council will close the harbour in May.",
        None,
        [("the council will close the harbour in May", "Tom Reyes")],
    ),
]


@pytest.mark.parametrize(("paragraph", "language", "expected"), REPORTED_THEN_COMMA)
def test_reported_then_comma(paragraph: str, language: str | None, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(paragraph, language) == expected


# ReportedSpeech.aside_after_cue: an aside after the comma that closes an interrupting cue
# ("he said, without elaborating,") belongs to the attribution, so the clause goes on after it
# (the report is the whole clause, the attribution inside, since int56)
ASIDE_AFTER_CUE = [
    (
        "The plan, he said, without elaborating, was too costly for the town to carry.",
        [("The plan, he said, without elaborating, was too costly for the town to carry", "he")],
    ),
    (
        "The plan, he said to reporters, was too costly for the town to carry.",
        [("The plan, he said to reporters, was too costly for the town to carry", "he")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), ASIDE_AFTER_CUE)
def test_aside_after_cue(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(paragraph) == expected


# DirectQuotes.dropped_subject: a Spanish cue with its subject dropped, two paragraphs after the
# last speaker, speaks for the one who acts in the paragraph before it
DROPPED_SUBJECT = [
    (
        "La ministra Ana Ruiz llegó a las diez.\n\n«El puerto está cerrado», dijo.\n",
        [("El puerto está cerrado", "Ana Ruiz")],
    ),
    (
        "«Hola a todos», dijo Pedro Gil.\n\nLa ministra Ana Ruiz llegó a las diez.\n\n«El puerto está cerrado», dijo.\n",
        [("Hola a todos", "Pedro Gil"), ("El puerto está cerrado", "Ana Ruiz")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DROPPED_SUBJECT)
def test_dropped_subject(text: str, expected: list[tuple[str, str | None]]) -> None:
    article = ArticleParser(language="es").parse("Cierre del puerto\n\n" + text)
    assert [(quote.text, quote.speaker.name if quote.speaker else None) for quote in article.quotes] == expected


# ArticleParser.glued_entry_clock: a live blog's entries, each a clock and its heading on one line
# alone in its block, give the clock as a timestamp and the heading as a paragraph of its own
GLUED_ENTRIES = (
    "Election night live\n\n10:58 p.m. Turnout high, officials say\n\nVoters queued for hours in the rain.\n\n"
    "10:40 p.m. Polls close in the east\n\nThe last polling stations closed at ten.\n\n"
    "10:15 p.m. First results due\n\nOfficials expect first results within the hour.\n"
)


def test_glued_entry_clocks() -> None:
    article = ArticleParser().parse(GLUED_ENTRIES)
    assert [p.text for p in article.paragraphs][::2] == [
        "Turnout high, officials say",
        "Polls close in the east",
        "First results due",
    ]
    assert [(b.kind, b.text) for b in article.boilerplate] == [
        ("timestamp", "10:58 p.m."),
        ("timestamp", "10:40 p.m."),
        ("timestamp", "10:15 p.m."),
    ]


# ArticleParser.glued_entry_clock: MIN_GLUED_ENTRIES (2) such lines make a live blog; one alone
# gives no entry's clock
GLUED_COUNT = [
    (
        "Election night live\n\n10:58 p.m. Turnout high, officials say\n\nVoters queued for hours in the rain.\n\n"
        "The last polling stations closed at ten.\n",
        [],
    ),
    (
        "Election night live\n\n10:58 p.m. Turnout high, officials say\n\nVoters queued for hours in the rain.\n\n"
        "10:40 p.m. Polls close in the east\n\nThe last polling stations closed at ten.\n",
        ["10:58 p.m.", "10:40 p.m."],
    ),
]


@pytest.mark.parametrize(("text", "clocks"), GLUED_COUNT)
def test_glued_entry_count(text: str, clocks: list[str]) -> None:
    article = ArticleParser().parse(text)
    assert [b.text for b in article.boilerplate if b.kind == "timestamp"] == clocks


# SpeakerGrammar.listed_person: a part of a list of subjects is a person's name of two words or
# more, or people named by a noun; never a place nor a letter's salutation
LISTED_PERSON = [
    ("Tom Berg", True),
    ("Mary Ann Evans", True),
    ("the sheriff", True),
    ("New York", False),
    ("Hong Kong", False),
    ("San Diego", False),
    ("Dear Ana Ortiz", False),
]


@pytest.mark.parametrize(("item", "expected"), LISTED_PERSON)
def test_listed_person(item: str, expected: bool) -> None:
    assert quote_parser().listed_person(item) is expected


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
        [("Ana Ruiz", "The plan, said Ana Ruiz, was too costly for the town to carry")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), CLAUSE_HEAD)
def test_clause_head_before_inverted_cue(paragraph: str, expected: list[tuple[str | None, str]]) -> None:
    assert reported(paragraph) == expected


def state_of(text: str) -> State:
    """A resolution state over *text*, one paragraph."""
    parser = quote_parser()
    return State(parser.person_index(text, [Paragraph(text, Span(0, len(text)))], ()), text)


def at_said(raw: str) -> tuple[regex.Match[str], tuple[int, int]]:
    """The first ``said`` of one-sentence *raw* and the sentence's span."""
    cue = regex.search(r"\bsaid\b", raw)
    assert cue is not None
    return cue, (0, len(raw))


# ReportedSpeech.opening_before_inversion / inverted_speaker: a head of one word in lower case
# (a sentence whose capital was lost) opens an inversion as a longer one does; a sentence that
# opens with a comma (a quotation the page dropped before it, or only an aside) has no head: no
# inversion and no raise
OPENING_HEADS = [
    ("prices, said Ana Ruiz on Monday, would rise sharply.", True),
    ("the plan, said Ana Ruiz on Monday, was too costly.", True),
    (", in short, said Ana Ruiz, the plan was dead.", False),
    (", said Ana Ruiz, the plan was too costly for the town to carry.", False),
]


@pytest.mark.parametrize(("raw", "expected"), OPENING_HEADS)
def test_opening_head_words(raw: str, expected: bool) -> None:
    cue, sentence = at_said(raw)
    assert quote_parser().opening_before_inversion(raw, cue, sentence, state_of(raw)) is expected


NO_HEAD = [
    ", in short, said Ana Ruiz, was too costly for the town to carry.",
    ", in his view, said Ana Ruiz, was far too costly for the town.",
]


@pytest.mark.parametrize("raw", NO_HEAD)
def test_no_head_no_inversion(raw: str) -> None:
    cue, sentence = at_said(raw)
    assert quote_parser().inverted_speaker(raw, cue, sentence, state_of(raw)) is None


# SpeakerGrammar.named_before_appositive (through clause_subject): a phrase set off after the
# opening name that is no age (a time, a place) leaves the subject after it as the sentence's; an
# age set off between keeps the name
SET_OFF_BETWEEN = [
    ("Tom Berg, on Monday, the harbour master said the pier was unsafe.", "the harbour master"),
    ("Ana Ortiz, of Boston, the nurses said the pier was unsafe.", "the nurses"),
    ("Jane Roe, 58, a driver for 30 years, said the pier was unsafe.", "Jane Roe"),
    ("Jane Roe,58, a driver for 30 years, said the pier was unsafe.", "Jane Roe"),
]


@pytest.mark.parametrize(("raw", "subject"), SET_OFF_BETWEEN)
def test_set_off_between_name_and_subject(raw: str, subject: str) -> None:
    found = quote_parser().clause_subject(raw, (0, len(raw)), raw.index(" said"))
    assert found is not None
    assert found.text == subject
