"""Rows that kill the mutants of round 69's lines that round 70's run (mut70) left unrun (issue 8,
mut71b): ``BylineParser.names_company``, ``ReportedSpeech.participle_modified_subject``,
``SpeakerResolution.document_author`` and the other functions its section of docs/testing.md
names.  Invented lines and stories in the real formats; each row asserts the exact value, with the
near misses that must not change beside the ones that must."""

from __future__ import annotations

import re

import pytest

from newsparse.byline import BylineParser
from newsparse.lines import Line
from newsparse.quotes.parser import QuoteParser
from newsparse.spans import Span
from newsparse.timestamp import TimestampParser

BYLINES = BylineParser()
STAMPS = TimestampParser()


def line_of(text: str) -> Line:
    """*text* as a line of its own at the start of a page."""
    return Line(text, Span(0, len(text)), 0, False)

# -- a press release's issuer (BylineParser.names_company) -----------------------------------------

COMPANIES = [
    ("Nordwind Mining Corp.", True),
    ("Acme Robotics, Inc.", True),
    ("Harbour Media Ltd", True),
    ("Hollis & Crane LLC", True),  # (an ampersand between the names)
    ("Orbit 7 Holdings PLC", True),  # (a number among the words)
    ("3D Print Works GmbH", True),  # (a number opens the name)
    ("Brightwater Inc.", True),  # (one word before the suffix)
    # near misses: the suffix alone, a word in lower case, no suffix last
    ("Inc.", False),
    ("Acme robotics Inc.", False),
    ("Hollis and Crane LLC", False),
    ("Ltd. Harbour Media", False),
    ("Jane Roe", False),
]


@pytest.mark.parametrize(("line", "company"), COMPANIES)
def test_a_company_name_ends_in_its_suffix(line: str, company: bool) -> None:
    assert bool(BYLINES.names_company(line)) is company


@pytest.mark.parametrize("line", ["Acme Robotics, Inc.", "Brightwater Inc.", "Nordwind Mining Corp."])
def test_a_bare_company_line_is_no_byline(line: str) -> None:
    assert BYLINES.parse_bare(line_of(line)) is None


def test_a_bare_name_line_stays_a_byline() -> None:
    line = "Jane Roe"
    byline = BYLINES.parse_bare(line_of(line))
    assert byline is not None and byline.authors == ("Jane Roe",)


# -- a zone spelled out in a piece of a stamp (TimestampParser.spelled_zone_abbreviated) -----------

ZONES = [
    ("March 3, 2025 10:00 a.m. Eastern time", "March 3, 2025 10:00 a.m. ET"),
    ("updated 11:30 a.m. Eastern time", "updated 11:30 a.m. ET"),
    ("14:05 Central European Time 4 March 2025", "14:05 CET 4 March 2025"),  # (a space after the zone)
    ("10:30 a.m. (Singapore time) March 3, 2026", "10:30 a.m. SGT March 3, 2026"),
    # near misses: a zone's words ending a longer word, no clock before the zone
    ("10:00 a.m. Northeastern time", "10:00 a.m. Northeastern time"),
    ("March 3, 2025 Eastern time", "March 3, 2025 Eastern time"),
]


@pytest.mark.parametrize(("piece", "readable"), ZONES)
def test_a_spelled_zone_is_read_as_its_abbreviation(piece: str, readable: str) -> None:
    assert STAMPS.spelled_zone_abbreviated(piece) == readable


# -- a name, a dash and a writer's role (BylineParser.parse_dash_role) --------------------------------

DASH_ROLES = [
    # six words of a role (MAX_DASH_ROLE_WORDS), the agency last
    ("Ana Souza – Senior Political Reporter da Agência Brasil", ("Ana Souza",), "Agência Brasil"),
    # near misses: seven words, a digit in the line
    ("Ana Souza – Senior Political Reporter at the Agência Brasil", None, None),
    ("Jane Roe – Reporter of the Year 2024", None, None),
    # near misses: no role word first, a photographer (a picture's credit)
    ("Jane Roe – Former Reporter", None, None),
    ("Jane Roe – Photographer", None, None),
]


@pytest.mark.parametrize(("text", "authors", "agency"), DASH_ROLES)
def test_a_dash_role_of_up_to_six_words(text: str, authors: tuple[str, ...] | None, agency: str | None) -> None:
    byline = BYLINES.parse_dash_role(line_of(text))
    if authors is None:
        assert byline is None
    else:
        assert byline is not None and (byline.authors, byline.agency) == (authors, agency)


# -- an outlet's name as a byline signs it (BylineParser.outlet_name_words) ---------------------------

OUTLET_NAMES = [
    # an outlet whose name opens with an X: only periods and commas come off its words
    ("Xenia Daily Gazette", ["Xenia", "Daily", "Gazette"]),
    ("XENIA DAILY GAZETTE.", ["Xenia", "Daily", "Gazette"]),
    ("The Xenia Daily Gazette,", ["Xenia", "Daily", "Gazette"]),
]


@pytest.mark.parametrize(("name", "words"), OUTLET_NAMES)
def test_an_outlet_name_keeps_its_letters(name: str, words: list[str]) -> None:
    assert BYLINES.outlet_name_words(name, outlet_at=-1) == words


# -- an outlet's staff signature after the names (BylineParser.outlet_staff_start) ---------------------

STAFF_SIGNATURES = [
    ("Ana Ruiz Herald Staff", 8),
    ("Ana Ruiz, Tom Berg Globe Staff", 18),  # (the last name after a comma)
    ("Mary Ann Globe Staff", 8),  # (given names alone before an outlet's word)
    # near misses: an outlet in capitals or a role word before the staff word, an initial last,
    # no staff word last
    ("Ana Ruiz HERALD Staff", None),
    ("Ana Ruiz Reporter Staff", None),
    ("Ana Ruiz and Tom J. Globe Staff", None),
    ("Ana Ruiz Globe Writers", None),
]


@pytest.mark.parametrize(("text", "start"), STAFF_SIGNATURES)
def test_an_outlet_staff_signature_starts_after_the_names(text: str, start: int | None) -> None:
    assert BYLINES.outlet_staff_start(text) == start


# -- a known given name, a beat and a role word (BylineParser.given_name_before_beat) -----------------

BEATS = [
    ("Ana Lima City Hall Bureau Reporter", 8),  # (three words of a beat: MAX_ROLE_RUN)
    ("Ben Spurr Transportation Reporter", 9),
    # near misses: a given name in the run, a particle in the name, an abbreviation in the run,
    # no known given name first, no beat at all
    ("Ana Lima Rose Reporter", None),
    ("Ana de Lima Wildfire Reporter", None),
    ("Ana Lima Metro Dept. Reporter", None),
    ("Smith Jones Wildfire Reporter", None),
    ("Ana Lima Reporter", None),
    ("Julia Carrie Wong Reporter", None),  # (three words of a name, no beat)
]


@pytest.mark.parametrize(("text", "end"), BEATS)
def test_a_beat_after_a_known_given_name_ends_the_name(text: str, end: int | None) -> None:
    assert BYLINES.given_name_before_beat(text, text.rfind(" ")) == end


# -- HTML entities in a byline's names (BylineParser.parse_entities) ---------------------------------


def lines_of(*texts: str, start: int = 120) -> list[Line]:
    """*texts* as lines one under another from offset *start* of a page."""
    lines = []
    for text in texts:
        lines.append(Line(text, Span(start, start + len(text)), 0, False))
        start += len(text) + 1
    return lines


ENTITY_BYLINES = [
    # the names on the line under a bare "By"
    (("By", "Kevin O&#8217;Brien"), ("Kevin O&#8217;Brien",), None, "By Kevin O&#8217;Brien"),
    # a name and the agency after a slash, a name and an outlet between dots
    (("Kevin O&#8217;Brien/Reuters", "The county council voted on Tuesday."), ("Kevin O&#8217;Brien",), "Reuters",
     "Kevin O&#8217;Brien/Reuters"),
    (("Ana D&#39;Amico/Staff Writer", "The county council voted on Tuesday."), ("Ana D&#39;Amico",), None,
     "Ana D&#39;Amico/Staff Writer"),
    (("Kevin O&#8217;Brien · The Daily Ledger ·", "The county council voted on Tuesday."), ("Kevin O&#8217;Brien",), None,
     "Kevin O&#8217;Brien · The Daily Ledger ·"),
    # the byline's text ends inside its first line, and runs over both lines
    (("By Kevin O&#8217;Brien and Ana", "D&#39;Amico"), ("Kevin O&#8217;Brien",), None, "By Kevin O&#8217;Brien"),
    (("By Liam O&#x2019;Neill", "Staff Writer"), ("Liam O&#x2019;Neill",), None, "By Liam O&#x2019;Neill Staff Writer"),
]


@pytest.mark.parametrize(("texts", "authors", "agency", "text"), ENTITY_BYLINES)
def test_names_with_entities_are_read_as_written(
    texts: tuple[str, ...], authors: tuple[str, ...], agency: str | None, text: str
) -> None:
    byline = BYLINES.parse_entities(lines_of(*texts), 0)
    assert byline is not None and (byline.authors, byline.agency, byline.text) == (authors, agency, text)
    assert byline.span.start == 120


# -- a firm joined to another by "and" (SpeakerResolution.joined_firm_name) ---------------------------

QUOTES = QuoteParser()

JOINED_FIRMS = [
    ("Acme Corp", "Acme Corp and Ostrander Steel backed the bid on Monday.", True),
    ("Acme Corp", "Acme Corp and the Ostrander Steel Group backed the bid.", True),  # (a determiner between)
    ("Acme Corp", "Acme Corp and Ostrander Steel, its rival, backed the bid.", True),
    ("Acme Corp", "Acme Corp and Xylem Holdings backed the bid.", True),  # (a firm's word opening with an X)
    ("Ostrander Steel", "Lakeshore Parts Inc and Ostrander Steel backed the bid on Monday.", True),  # (the suffix before)
    ("Ostrander Steel", "Northwind Logistics Group and Ostrander Steel backed the bid.", True),  # (an organisation word)
    # near misses: one firm's name split at "and", a person joined, one word joined, a clause's end
    # before, the firm not in the text
    ("Rubber Co", "Firestone Tire and Rubber Co backed the bid.", False),
    ("Acme Corp", "Acme Corp and Jane Roe backed the bid.", False),
    ("Acme Corp", "Acme Corp and Ostrander backed the bid.", False),
    ("Ostrander Steel", "Harbour Shipping Ltd. and Ostrander Steel backed the bid.", False),
    ("Ostrander Steel", "Board members of Halvorsen, Ltd and Ostrander Steel met.", False),
    ("Acme Corp", "Ostrander Steel and Lakeshore Parts backed the bid.", False),
]


@pytest.mark.parametrize(("named", "text", "joined"), JOINED_FIRMS)
def test_a_firm_joined_to_another_stays_as_written(named: str, text: str, joined: bool) -> None:
    assert bool(QUOTES.joined_firm_name("company", named, text)) is joined


# -- the body a document's opening names as its author (SpeakerResolution.document_author) -----------

DOCUMENT_AUTHORS = [
    ("A study led by Oxford University found gains.", "Oxford University"),  # (a past participle not in -ed)
    ("A draft drawn up by the Justice Ministry proposes fines.", "Justice Ministry"),
    ("A plan put forward by the Treasury, its first in years, would cut taxes.", "Treasury"),
    # near misses: the document too far in, another body after the author, a sentence cut short
    ("The long-awaited new annual report by Oxford University found gains.", None),
    ("A plan put forward by the Treasury, Bank officials said, would cut taxes.", None),
    ("A plan put forward by the finance ministry, Bank of England officials said, would cut taxes.", None),
    ("A new report", None),
    ("A report by", None),
    ("A plan put forward", None),
]


@pytest.mark.parametrize(("opening", "author"), DOCUMENT_AUTHORS)
def test_a_document_names_its_author(opening: str, author: str | None) -> None:
    assert QUOTES.document_author(opening) == author


# -- a participle's phrase between the subject and the cue (ReportedSpeech.participle_modified_subject) -

PARTICIPLE_SUBJECTS = [
    ("Residents fearing more floods told reporters they had nowhere to go.", "Residents"),
    ("Workers fearing job losses at the plant said talks had failed.", "Workers"),
    ("Officials citing the storm said schools would stay shut.", "Officials"),
    ("Police warning residents said the dam could fail.", "Police"),  # (one word after it, its object)
    ("Lawyers representing the families of the victims in the case said they would appeal.", "Lawyers"),
    # near misses: a compound's noun in -ing, its head after it
    ("Government spending figures said growth had slowed.", None),
    ("Other banking sources said prices fell.", None),
    ("The bank holding company said the change did not affect its results.", None),
]


@pytest.mark.parametrize(("sentence", "subject"), PARTICIPLE_SUBJECTS)
def test_the_subject_is_cut_before_a_participle(sentence: str, subject: str | None) -> None:
    verb = re.search(r" (?:said|told) ", sentence)
    assert verb is not None
    cue = verb.start() + 1
    found = QUOTES.participle_modified_subject(sentence, (0, cue - 1), cue)
    assert (None if found is None else sentence[found[0] : found[1]]) == subject


# -- a body's name cut by the phrase after an inverted cue (SpeakerGrammar.before_cut_body) -----------

CUT_BODIES = [
    ('"We will sue," said the director of Friends of the Earth, a campaign group.', "the director of Friends",
     "the director of Friends of the Earth"),
    ('"We will sue," said the director of Friends of the Earth Scotland.', "the director of Friends",
     "the director of Friends of the Earth Scotland"),
    ('"We will sue," said the director of Friends for Earth Action.', "the director of Friends",
     "the director of Friends for Earth Action"),
    ('"We will sue," said the director of Friends of Earth', "the director of Friends", "the director of Friends of Earth"),
    # near misses: a word in lower case after the links, a name before the link
    ('"We will sue," said the director of Friends of the earth.', "the director of Friends", "the director of Friends"),
    ('"We will sue," said Kim Delfino of Defenders of Wildlife.', "Kim Delfino of Defenders", "Kim Delfino"),
]


@pytest.mark.parametrize(("raw", "phrase", "reading"), CUT_BODIES)
def test_a_body_cut_by_the_phrase_runs_on(raw: str, phrase: str, reading: str) -> None:
    start = raw.index(phrase)
    found = QUOTES.before_cut_body(raw, (start, start + len(phrase)), len(raw))
    assert raw[found[0] : found[1]] == reading
