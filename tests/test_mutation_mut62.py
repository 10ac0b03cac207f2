"""Mutation pass mut62 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``f258e577..2edd7aaf`` (round 61), made by ``dev/mutants.py`` on ``01f2bc26``.  Each table pins
down a rule whose mutants no test noticed: a text and what must come out of it (see
docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import pytest

from articles import checked_quotes
from newsparse import ArticleParser, BoilerplateParser, QuoteParser, SchemaError, TimestampKind, TimestampParser
from newsparse.lines import Line
from newsparse.quotes.words import WordsAt
from newsparse.spans import Span, Timestamp
from newsparse.vocabulary import Vocabulary
from parts import blocks, parse
from quote_cases import article_of

HEADLINE = "Council backs new flood defences after a wet winter"
LEDE = "The council voted on Monday to spend two million pounds on new flood walls along the river, officials said."
MORE = "The works are to start in the spring and end before the next winter."
FR_HEADLINE = "Le conseil vote de nouvelles digues"
FR_LEDE = "Le conseil a voté lundi deux millions d'euros pour de nouvelles digues le long du fleuve."
FR_MORE = "Les travaux commenceront au printemps."

# Vocabulary.is_people_word, read through zone_regions on a vocabulary built for the row (the
# shared one keeps the table it built first): without people, a people's word places no page
ZONE_REGION_TEXTS = [
    ("Israeli officials said the talks would resume", True, {"Israel"}),
    ("Israeli officials said the talks would resume", False, set()),
    ("Chinese buyers and Irish farmers met in Dublin", False, {"Ireland"}),
    ("Irish farmers met on Monday", True, {"Ireland"}),
    ("Irish farmers met on Monday", False, set()),
]


@pytest.mark.parametrize(("text", "people", "regions"), ZONE_REGION_TEXTS)
def test_zone_regions_without_people(text: str, people: bool, regions: set[str]) -> None:
    assert Vocabulary().zone_regions(text, people=people) == regions


# TimestampParser.__init__: the spelled-out zones tried longest first ("Eastern Time Zone" whole,
# not "Eastern Time" with "Zone" left over), on a parser built for the row
SPELLED_ZONE_LINES = [
    ("Updated: March 4, 2026, 9:00 a.m. Eastern Time Zone", ("March 4, 2026, 9:00 a.m. Eastern Time Zone", "2026-03-04T09:00:00-05:00")),
    ("Updated: 9:00 a.m. Pacific Time Zone, March 4, 2026", ("9:00 a.m. Pacific Time Zone, March 4, 2026", "2026-03-04T09:00:00-08:00")),
    ("Posted 9:15 a.m. Australian Eastern Daylight Time, 4 March 2026",
     ("9:15 a.m. Australian Eastern Daylight Time, 4 March 2026", "2026-03-04T09:15:00+11:00")),
    ("Updated: 4 March 2026, 9:00 a.m. Eastern Standard Time", ("4 March 2026, 9:00 a.m. Eastern Standard Time", "2026-03-04T09:00:00-05:00")),
]


@pytest.mark.parametrize(("text", "stamp"), SPELLED_ZONE_LINES)
def test_spelled_zone_on_a_new_parser(text: str, stamp: tuple[str, str]) -> None:
    found = TimestampParser().parse([Line(text, Span(0, len(text)), 0, False)], 0, None)
    assert [(s.text, s.datetime.isoformat()) for s in found] == [stamp]


# WordsAt.__init__: the longest word at a position wins, whatever the words' alphabetical order
WORDS_AT_ROWS = [
    (["said", "said that", "says"], "He said that the plan had failed.", 3, "said that"),
    (["told", "told reporters"], "She told reporters on Monday.", 4, "told reporters"),
    (["told", "told reporters"], "She told them on Monday.", 4, "told"),
    (["said", "says"], "He saids so.", 3, None),
]


@pytest.mark.parametrize(("words", "text", "at", "expected"), WORDS_AT_ROWS)
def test_words_at_longest_first(words: list[str], text: str, at: int, expected: str | None) -> None:
    found = WordsAt(words).match(text, at)
    assert (None if found is None else found.group()) == expected


# spans._bool: a flag that is no boolean is refused with its key and what it was
def test_has_time_not_a_boolean() -> None:
    data = {"datetime": "2025-06-27T14:05:00", "text": "27 June 2025 14:05", "span": [0, 18], "has_time": "no"}
    with pytest.raises(SchemaError) as caught:
        Timestamp.from_dict(data, TimestampKind.PUBLISHED)
    assert str(caught.value) == "has_time: expected a boolean, got a string"


# BylineParser.role_agency and unmarked_role_tail, on a parser built for the row: a staff role
# that names a known agency after a link word gives that agency ("correspondent for Reuters"),
# an agency between the name and a role with no mark too ("AP Auto Writer"); another outlet or
# no outlet gives none
ROLE_AGENCY_BYLINES = [
    (None, "By Jane Roe, correspondent for Reuters in Dakar", ("Jane Roe",), "Reuters"),
    (None, "By Jane Roe, editor of The Times", ("Jane Roe",), None),
    (None, "By Jane Roe, correspondent in Dakar", ("Jane Roe",), None),
    (None, "By Tom Krisher AP Auto Writer", ("Tom Krisher",), "AP"),
    (None, "By Amy Clarke Health Correspondent", ("Amy Clarke",), None),
    ("fr", "Par Jeanne Roux, correspondante de l'AFP à Dakar", ("Jeanne Roux",), "AFP"),
    ("fr", "Par Jeanne Roux, journaliste au Monde", ("Jeanne Roux",), None),
]


@pytest.mark.parametrize(("language", "line", "authors", "agency"), ROLE_AGENCY_BYLINES)
def test_role_naming_an_agency(language: str | None, line: str, authors: tuple[str, ...], agency: str | None) -> None:
    if language is None:
        article = ArticleParser().parse(blocks(HEADLINE, line, LEDE, MORE))
        story = [LEDE, MORE]
    else:
        article = parse(blocks(FR_HEADLINE, line, FR_LEDE, FR_MORE), language)
        story = [FR_LEDE, FR_MORE]
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, line)
    assert [p.text for p in article.paragraphs] == story


# ArticleParser.read_body: an agency alone in brackets, or a note on who funded the story, as the
# last line under a story of one paragraph is filed (a sign-off, a disclaimer); the only line under
# the headline never is, nor words of no known agency in brackets
RAIL_HEADLINE = "Rail strike halts most trains across Italy"
RAIL_LEDE = "Rail workers walked out on Tuesday over pay, halting most trains across the country, the union said."
RAIL_MORE = "The union said the strike would last two days."
FUNDING = "This story was funded by a grant from the Rivers Trust."
FOOT_LINES = [
    ([RAIL_LEDE, "(ANSA)."], [RAIL_LEDE], [("sign-off", "(ANSA).")]),
    ([RAIL_LEDE, RAIL_MORE, "(ANSA)."], [RAIL_LEDE, RAIL_MORE], [("sign-off", "(ANSA).")]),
    ([RAIL_LEDE, "(Agencies)."], [RAIL_LEDE, "(Agencies)."], []),
    ([RAIL_LEDE, FUNDING], [RAIL_LEDE], [("disclaimer", FUNDING)]),
    ([RAIL_LEDE, RAIL_MORE, FUNDING], [RAIL_LEDE, RAIL_MORE], [("disclaimer", FUNDING)]),
    ([FUNDING], [FUNDING], []),
]


@pytest.mark.parametrize(("body", "paragraphs", "filed"), FOOT_LINES)
def test_foot_line_under_a_short_story(body: list[str], paragraphs: list[str], filed: list[tuple[str, str]]) -> None:
    article = ArticleParser().parse(blocks(RAIL_HEADLINE, *body))
    assert [p.text for p in article.paragraphs] == paragraphs
    assert [(b.kind, b.text) for b in article.boilerplate] == filed


# ArticleParser.byline_beside_stamps and BylineParser.outlet_before_relative: an outlet's word
# before a bar and a stamp signs the page, a listed given name alone there signs nothing, a full
# name is the author; an outlet before a comma and a relative stamp is the byline, a section's
# word before a bar is not
BESIDE_STAMP_LINES = [
    ("Petra | Updated: 3 June 2026 10:00", None, "3 June 2026 10:00", [("other", "Petra | Updated")]),
    ("Reuters | Updated: 3 June 2026 10:00", (("Reuters",), "Reuters", "Reuters"), "3 June 2026 10:00", []),
    ("News24 | Updated: 3 June 2026 10:00", (("News24",), "News24", "News24"), "3 June 2026 10:00", []),
    ("Petra Novak | Updated: 3 June 2026 10:00", (("Petra Novak",), None, "Petra Novak"), "3 June 2026 10:00", []),
    ("AFP, 5 minutes ago", (("AFP",), "AFP", "AFP, 5 minutes ago"), None, []),
    ("Politics | 3 hours ago", None, None, [("other", "Politics | 3 hours ago")]),
]


@pytest.mark.parametrize(("line", "byline", "updated", "filed"), BESIDE_STAMP_LINES)
def test_name_or_outlet_beside_a_stamp(
    line: str, byline: tuple[tuple[str, ...], str | None, str] | None, updated: str | None, filed: list[tuple[str, str]]
) -> None:
    article = ArticleParser().parse(blocks(HEADLINE, line, LEDE, MORE))
    assert (None if article.byline is None else (article.byline.authors, article.byline.agency, article.byline.text)) == byline
    assert (None if article.updated is None else article.updated.text) == updated
    assert [(b.kind, b.text) for b in article.boilerplate] == filed
    assert [p.text for p in article.paragraphs] == [LEDE, MORE]


# BylineParser.agency_tail: the agency that ends a byline after a comma, a word that adds it or in
# brackets, with or without an opener, on a parser built for the row
AGENCY_TAIL_BYLINES = [
    (None, "By Jane Roe, Reuters", ("Jane Roe",), "Reuters"),
    (None, "Jane Roe, Reuters", ("Jane Roe",), "Reuters"),
    (None, "By Anna Schmidt (dpa)", ("Anna Schmidt",), "dpa"),
    ("fr", "Par Jeanne Roux avec AFP", ("Jeanne Roux",), "AFP"),
    ("fr", "Jeanne Roux avec AFP", ("Jeanne Roux",), "AFP"),
]


@pytest.mark.parametrize(("language", "line", "authors", "agency"), AGENCY_TAIL_BYLINES)
def test_agency_ending_the_byline(language: str | None, line: str, authors: tuple[str, ...], agency: str) -> None:
    test_role_naming_an_agency(language, line, authors, agency)


# BoilerplateParser.__init__, on a parser built for the row: the opening read for a thanks holds
# the longest thanks whole ("Thank you for listening!"), and a call's verb is its first word
# ("Write to us."); a thanks that a story's sentence goes on from and the reader's own error stay
READER_FOOT_LINES = [
    ("Thank you for listening!", [("share", "Thank you for listening!")]),
    ("Spotted an error? Write to us.", [("other", "Spotted an error? Write to us.")]),
    ("Have you spotted an error in this story? Let us know.", [("other", "Have you spotted an error in this story? Let us know.")]),
    ("Thanks for reading, the mayor told the club.", []),
    ("Spotted a mistake on your energy bill? Your supplier has 14 days to fix it.", []),
]


@pytest.mark.parametrize(("foot", "filed"), READER_FOOT_LINES)
def test_reader_foot_on_a_new_parser(foot: str, filed: list[tuple[str, str]]) -> None:
    article = ArticleParser().parse(blocks(HEADLINE, LEDE, MORE, foot))
    assert [(b.kind, b.text) for b in article.boilerplate] == filed
    assert [p.text for p in article.paragraphs] == [LEDE, MORE] + ([] if filed else [foot])


# DirectQuotes.__init__, on a parser built for the row: a name given after "identified as" at the
# sentence's end is the speaker's (two capitalised words or more); one word gives no name
NAMED_AS_QUOTES = [
    ('Three barns burned. "The smoke rose before dawn," said a farmhand, identified as Cole Brandt.', "Cole Brandt"),
    ('Three barns burned. "The smoke rose before dawn," said a farmhand identified as Cole Brandt.', "Cole Brandt"),
    ('Three barns burned. "The smoke rose before dawn," said a farmhand, identified as Cole.', None),
]


@pytest.mark.parametrize(("text", "speaker"), NAMED_AS_QUOTES)
def test_named_as_on_a_new_parser(text: str, speaker: str | None) -> None:
    found = checked_quotes(text, QuoteParser())
    assert [(q.text, q.speaker.name if q.speaker else None) for q in found] == [("The smoke rose before dawn,", speaker)]


# TimestampParser.writes_time and with_time_flag: a stamp has a time when its clock reads past
# midnight by an hour or a minute, or writes midnight; a date alone has none
HAS_TIME_LINES = [
    ("Published: 27 June 2025 1:00 a.m.", ("27 June 2025 1:00 a.m.", "2025-06-27T01:00:00", True)),
    ("Published: 27 June 2025 00:01", ("27 June 2025 00:01", "2025-06-27T00:01:00", True)),
    ("Updated: 2025-06-27T00:00:01Z", ("2025-06-27T00:00:01Z", "2025-06-27T00:00:01+00:00", True)),
    ("Published: 27 June 2025 00:00", ("27 June 2025 00:00", "2025-06-27T00:00:00", True)),
    ("Published: 27 June 2025 12 a.m.", ("27 June 2025 12 a.m.", "2025-06-27T00:00:00", True)),
    ("Published: 27 June 2025", ("27 June 2025", "2025-06-27T00:00:00", False)),
]


@pytest.mark.parametrize(("text", "stamp"), HAS_TIME_LINES)
def test_stamp_has_time(text: str, stamp: tuple[str, str, bool]) -> None:
    found = TimestampParser().parse([Line(text, Span(0, len(text)), 0, False)], 0, None)
    assert [(s.text, s.datetime.isoformat(), s.has_time) for s in found] == [stamp]


# BoilerplateParser.call_after_lead_in: a call to the reader after a lead-in of at most eight
# words is filed as the call's kind; a story's sentence after the lead-in, a longer lead-in or one
# holding a story's word keeps the line the story's
LEAD_IN_CALLS = [
    ("Don't miss out on the latest news. Follow us on WhatsApp.", "share"),
    ("Don't miss out on the latest news today. Follow us on WhatsApp.", "share"),
    ("Stay informed. Sign up to our newsletter.", "subscribe"),
    ("Don't panic. The river crested at noon.", None),
    ("Stay informed, the mayor said. Sign up to our newsletter.", None),
]
#: A lead-in longer than eight words is none of call_after_lead_in's (any line, anywhere), but at the
#: body's foot the page's call after it is read by ArticleParser.foot_call_kind (debris71)
LONG_LEAD_IN = "Don't miss out on the latest news from the council and the river authority this year. Follow us on WhatsApp."


@pytest.mark.parametrize(("foot", "kind"), LEAD_IN_CALLS)
def test_call_after_a_lead_in(foot: str, kind: str | None) -> None:
    article = ArticleParser().parse(blocks(HEADLINE, LEDE, MORE, foot))
    assert [(b.kind, b.text) for b in article.boilerplate] == ([] if kind is None else [(kind, foot)])
    assert [p.text for p in article.paragraphs] == [LEDE, MORE] + ([] if kind else [foot])


def test_a_long_lead_in_is_no_call_of_its_own_but_the_foots() -> None:
    assert BoilerplateParser().call_after_lead_in(LONG_LEAD_IN) is None
    assert BoilerplateParser().kind(LONG_LEAD_IN) is None
    at_foot = ArticleParser().parse(blocks(HEADLINE, LEDE, MORE, LONG_LEAD_IN))
    assert [(b.kind, b.text) for b in at_foot.boilerplate] == [("share", LONG_LEAD_IN)]
    mid_story = ArticleParser().parse(blocks(HEADLINE, LEDE, LONG_LEAD_IN, MORE))
    assert [p.text for p in mid_story.paragraphs] == [LEDE, LONG_LEAD_IN, MORE]


# ArticleParser.outlet_over_stamp: a line between an author's name and a stamp is the author's
# outlet when known, one word or an article and one word; a series' label is filed, a place the
# vocabulary knows is the dateline
OUTLET_OVER_STAMP_LINES = [
    ("Reuters", ("Jane Roe Reuters", "Reuters"), None, []),
    ("NPR", ("Jane Roe NPR", None), None, []),
    ("The Guardian", ("Jane Roe The Guardian", None), None, []),
    ("The Interview", ("Jane Roe", None), None, [("other", "The Interview")]),
    ("The Long Read", ("Jane Roe", None), None, [("other", "The Long Read")]),
    ("BENGALURU", ("Jane Roe", None), "BENGALURU", []),
]


@pytest.mark.parametrize(("middle", "byline", "dateline", "filed"), OUTLET_OVER_STAMP_LINES)
def test_line_between_author_and_stamp(
    middle: str, byline: tuple[str, str | None], dateline: str | None, filed: list[tuple[str, str]]
) -> None:
    article = ArticleParser().parse(blocks(HEADLINE, f"Jane Roe\n{middle}\nPublished 3 June 2026", LEDE, MORE))
    assert article.byline is not None and article.byline.authors == ("Jane Roe",)
    assert (article.byline.text, article.byline.agency) == byline
    assert (None if article.dateline is None else article.dateline.text) == dateline
    assert article.published is not None and article.published.text == "3 June 2026"
    assert [(b.kind, b.text) for b in article.boilerplate] == filed
    assert [p.text for p in article.paragraphs] == [LEDE, MORE]


# BylineParser.with_role_below and staff_outlet: a role on the line under the byline joins it; a
# desk signed with call letters before a staff word gives those letters as the agency, a desk's
# words give none
BYLINE_BLOCKS = [
    ("By Jane Roe\nStaff Writer", (("Jane Roe",), None, "By Jane Roe Staff Writer")),
    ("By Jane Roe\nHealth Correspondent", (("Jane Roe",), None, "By Jane Roe Health Correspondent")),
    ("By KTVB Staff", ((), "KTVB", "By KTVB Staff")),
    ("By KTVB Staff.", ((), "KTVB", "By KTVB Staff.")),
    ("By WXYZ Newsroom", ((), "WXYZ", "By WXYZ Newsroom")),
    ("By Times Staff", ((), None, "By Times Staff")),
]


@pytest.mark.parametrize(("block", "byline"), BYLINE_BLOCKS)
def test_byline_block(block: str, byline: tuple[tuple[str, ...], str | None, str]) -> None:
    article = ArticleParser().parse(blocks(HEADLINE, block, LEDE, MORE))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == byline
    assert article.byline.span.end == len(f"{HEADLINE}\n\n{block}")
    assert article.boilerplate == ()
    assert [p.text for p in article.paragraphs] == [LEDE, MORE]


# ArticleParser.under_foot_byline and author_box_start: the line right under a byline printed at
# the story's foot is the writer's note; after a blank line it is the story's
FOOT_NOTE = "Night editor. Writes about local news."
FOOT_BYLINES = [
    (f"Written by Jane Roe\n{FOOT_NOTE}", [("sign-off", FOOT_NOTE)], [LEDE, MORE]),
    (f"Written by Jane Roe\n\n{FOOT_NOTE}", [], [LEDE, MORE, FOOT_NOTE]),
]


@pytest.mark.parametrize(("foot", "filed", "paragraphs"), FOOT_BYLINES)
def test_note_under_a_foot_byline(foot: str, filed: list[tuple[str, str]], paragraphs: list[str]) -> None:
    article = ArticleParser().parse(blocks(HEADLINE, LEDE, MORE, foot))
    assert article.byline is not None and (article.byline.authors, article.byline.text) == (("Jane Roe",), "Written by Jane Roe")
    assert [(b.kind, b.text) for b in article.boilerplate] == filed
    assert [p.text for p in article.paragraphs] == paragraphs


# ArticleParser.place_alone: a place the vocabulary knows in brackets under the byline is the
# dateline, of one word or several; other words in brackets are filed
ES_HEADLINE = "El ayuntamiento aprueba nuevos diques"
ES_STORY = ["El ayuntamiento aprobó el lunes dos millones de euros para nuevos diques junto al río.", "Las obras empezarán en primavera."]
BRACKETED_PLACES = [
    ("(Kraków)", ("(Kraków)", "Kraków"), []),
    ("(Buenos Aires)", ("(Buenos Aires)", "Buenos Aires"), []),
    ("(Ciudad de México)", ("(Ciudad de México)", "Ciudad de México"), []),
    ("(Vídeo)", None, [("other", "(Vídeo)")]),
]


@pytest.mark.parametrize(("line", "dateline", "filed"), BRACKETED_PLACES)
def test_bracketed_place_under_the_byline(line: str, dateline: tuple[str, str] | None, filed: list[tuple[str, str]]) -> None:
    article = parse(blocks(ES_HEADLINE, f"Por Ana Gómez\n{line}", *ES_STORY), "es")
    assert article.byline is not None and article.byline.authors == ("Ana Gómez",)
    assert (None if article.dateline is None else (article.dateline.text, article.dateline.place)) == dateline
    assert [(b.kind, b.text) for b in article.boilerplate] == filed
    assert [p.text for p in article.paragraphs] == ES_STORY


# SpeakerResolution.introduced_as: an aged party member that fits no one named is the mention as
# written (no name); the age of someone named gives that person
COUNCIL = "CARDIFF (Reuters) - The council vote on the new budget was close on Tuesday.\n\nCouncillor Huw Jones, 64, spoke against the plan.\n\n"
AGED_PARTY_QUOTES = [
    (COUNCIL + '"This budget fails our towns," the 52-year-old Conservative said.', "the 52-year-old Conservative", "the 52-year-old Conservative"),
    (COUNCIL + '"This budget fails our towns," the 52-year-old Democrat said.', "the 52-year-old Democrat", "the 52-year-old Democrat"),
    (COUNCIL + '"This budget fails our towns," the 64-year-old Conservative said.', "Huw Jones", "the 64-year-old Conservative"),
]


@pytest.mark.parametrize(("text", "name", "mention"), AGED_PARTY_QUOTES)
def test_aged_party_member(text: str, name: str, mention: str) -> None:
    found = article_of(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None, q.speaker.mention if q.speaker else None) for q in found] == [
        ("This budget fails our towns,", name, mention)
    ]


# ArticleParser.newsletter_masthead: a newsletter's header of five lines over a story of one line
# (six lines in all) is read as one: the name the section, the post's title the headline
MASTHEAD = "The Rate Sheet\nWhy bond yields are rising again\nNotes on money and markets\nJane Roe\nNov 3, 2026\n"
RATE_LEDE = "Bond yields rose again on Monday as traders bet that rates would stay high for longer, analysts said."


def test_newsletter_masthead_over_one_line() -> None:
    article = ArticleParser().parse(MASTHEAD + RATE_LEDE + "\n")
    assert article.section == ("The Rate Sheet",)
    assert article.headline is not None and article.headline.text == "Why bond yields are rising again"
    assert article.byline is not None and article.byline.text == "Jane Roe"
    assert article.published is not None and article.published.text == "Nov 3, 2026"
    # (the subtitle under the title, over the author's name: a standfirst with no full stop, fixL63b)
    assert [(b.kind, b.text) for b in article.boilerplate] == [("standfirst", "Notes on money and markets")]
    assert [p.text for p in article.paragraphs] == [RATE_LEDE]
