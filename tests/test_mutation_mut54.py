"""Mutation pass mut54 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``1f15a2d5..99c4eb11`` (stop 46: the speaker rules of ``quotes/grammar.py``, ``reported.py`` and
``resolution.py``, the layout rules of ``article.py``, the stamps of ``timestamp.py`` and the rest),
made on main ``99c4eb11``, and mut53's leftovers found again on that code.  Each table pins down a
rule whose mutants no test noticed: a predicate read on words written for it, or a text and what
must come out of it (see docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import functools

import pytest
import regex

from newsparse import ArticleParser, ParseState
from newsparse.caption import CaptionParser
from newsparse.lines import split_lines
from newsparse.names import NameModel
from newsparse.people import Person, PersonIndex
from newsparse.quotes.languages import FrenchQuotes
from newsparse.quotes.parser import QuoteParser
from newsparse.vocabulary import Vocabulary


@functools.cache
def article_parser() -> ArticleParser:
    """One article parser for the tables (parsers are stateless)."""
    return ArticleParser()


@functools.cache
def quote_parser(language: str = "en") -> QuoteParser:
    """One quote parser of *language* (English or French) for the predicate tables."""
    return FrenchQuotes() if language == "fr" else QuoteParser()


def state_of(text: str) -> ParseState:
    """A fresh parse state over the lines of *text*."""
    return ParseState(text, split_lines(text))


def words_of(raw: str) -> list[regex.Match[str]]:
    """The words of *raw* as the speaker grammar reads them (runs of letters, digits and the
    marks inside a name)."""
    return list(regex.finditer(r"[\w.'-]++", raw))


def speakers(paragraph: str) -> list[str | None]:
    """The speaker's mention of every quote read from *paragraph* under a plain headline."""
    article = article_parser().parse(f"Harbour notebook\n\n{paragraph}\n")
    return [quote.speaker and quote.speaker.mention for quote in article.quotes]


# -- mut53's leftovers, on today's code ------------------------------------------------------

# SpeakerGrammar.past_set_off_age: an age set off by commas at the end of the words before a comma
# is cut off (one word, or a number and its unit in French), and nothing else is
SET_OFF_AGE = [
    ("en", "Tom Reed, 71,", ["Tom", "Reed"]),
    ("en", "Reed, 71,", ["Reed"]),  # (a surname alone before the age)
    ("en", "71,", ["71"]),  # (no word before the age: kept)
    ("en", "Tom Reed,", ["Tom", "Reed"]),
    ("en", "Tom Reed 71,", ["Tom", "Reed", "71"]),  # (no comma before the number: no age)
    ("en", "Ana Ruiz, 1234,", ["Ana", "Ruiz", "1234"]),  # (too many digits for an age)
    ("fr", "Marie Dupont, 34 ans,", ["Marie", "Dupont"]),
    ("fr", "Dupont, 34 ans,", ["Dupont"]),
    ("fr", "34 ans,", ["34", "ans"]),
]


@pytest.mark.parametrize(("language", "raw", "expected"), SET_OFF_AGE)
def test_past_set_off_age(language: str, raw: str, expected: list[str]) -> None:
    comma = raw.rfind(",")
    words = words_of(raw[:comma])
    assert [word.group() for word in quote_parser(language).past_set_off_age(raw, words, comma)] == expected


# ArticleParser.facts_follow: one bullet under a lede counts one fact, short of the two a run needs
PROSE = (
    "The regional government said it would open cooling centres in every town of more than 5,000 people, "
    "and hospitals were told to cancel planned surgery.\n"
)
LEDE = "Heat wave grips Spain\nTemperatures reached 41C in Seville on Monday.\n"
FACTS_FOLLOW = [
    (f"{LEDE}- Water rationing in 30 towns\n{PROSE}", False),
    (f"{LEDE}- Water rationing in 30 towns\n- Schools closed in Andalusia\n{PROSE}", True),
    (f"{LEDE}- Water rationing in 30 towns\nSchools closed in Andalusia\n{PROSE}", True),
    (f"{LEDE}Water rationing in 30 towns\nSchools closed in Andalusia\n{PROSE}", True),
    (f"{LEDE}Water rationing in 30 towns\n{PROSE}", False),
]


@pytest.mark.parametrize(("text", "expected"), FACTS_FOLLOW)
def test_facts_follow(text: str, expected: bool) -> None:
    assert article_parser().facts_follow(state_of(text), 1) is expected


# ArticleParser.agency_over_stamp: a wire's name over a stamp, the two the text's last lines too
STAMP = "November 14, 2024 3:12 PM GMT"
AGENCY_OVER_STAMP = [
    (f"WORLD\nReuters\n{STAMP}", True),
    (f"WORLD\nReuters\n{STAMP}\n", True),
    (f"WORLD\nReuters\n{STAMP}\nOil tops $100 a barrel\n", True),
    ("WORLD\nReuters", False),  # (nothing under the agency)
    (f"WORLD\nReuters\n\n{STAMP}", False),  # (the stamp in a block of its own)
]


@pytest.mark.parametrize(("text", "expected"), AGENCY_OVER_STAMP)
def test_agency_over_stamp(text: str, expected: bool) -> None:
    assert article_parser().agency_over_stamp(state_of(text), 1) is expected


# SpeakerGrammar.role_before_link: at most three words between a role's determiner and its noun
ROLE_BEFORE_LINK = [
    ("said the former Conservative shadow minister for", "the former Conservative shadow minister for"),
    ("said the former senior Conservative shadow minister for", None),  # (four words between)
    ("said a lawyer for", "a lawyer for"),
    ("said a senior aide to", "a senior aide to"),
    ("said Tom Berg, a lawyer for", "a lawyer for"),
]


@pytest.mark.parametrize(("raw", "role"), ROLE_BEFORE_LINK)
def test_role_before_link(raw: str, role: str | None) -> None:
    at = quote_parser().role_before_link(raw, words_of(raw))
    assert (None if at is None else raw[at:]) == role


# SpeakerGrammar.unclosed_appositive: words other than an age between the name's comma and the
# appositive, and the name is not the speaker
UNCLOSED_APPOSITIVE = [
    ("\u201cThe water came fast,\u201d Ana Ortiz, 34, and Tom Berg, a neighbour said.", ["a neighbour"]),
    ("\u201cThe water came fast,\u201d Ana Ortiz, 34, a teacher said.", ["Ana Ortiz"]),
]


@pytest.mark.parametrize(("paragraph", "expected"), UNCLOSED_APPOSITIVE)
def test_unclosed_appositive_with_words_between(paragraph: str, expected: list[str | None]) -> None:
    assert speakers(paragraph) == expected


# -- the lines changed in stop 46 ------------------------------------------------------------

# CaptionParser.unlabelled_credit (its constructor compiles the pattern): a photographer's name in
# capitals, a slash and a photo agency, alone on a credit line
CAPS_SLASH_AGENCY = [
    ("JANE ROE / AFP", "JANE ROE / AFP"),
    ("JEAN DUPONT/AFP", "JEAN DUPONT/AFP"),
    ("O'NEILL-BROWN JR / AFP", "O'NEILL-BROWN JR / AFP"),
    ("FLOODS / AFP", None),  # (one word: no name)
]


@pytest.mark.parametrize(("text", "expected"), CAPS_SLASH_AGENCY)
def test_a_name_in_capitals_a_slash_and_an_agency(text: str, expected: str | None) -> None:
    assert CaptionParser().unlabelled_credit(text) == expected


# NameModel.is_given_name_date_word: a weekday's short form ends a name only after a listed given name
SHORT_WEEKDAY_SURNAME = [
    ("Sun", "Christine", True),
    ("Sun", "Tom", True),
    ("Sun", "Vegas", False),  # ("the Las Vegas Sun": a newspaper)
    ("Sun", "Berg", False),  # (a surname, no given name, before it)
    ("Sun", "Monday", False),
]


@pytest.mark.parametrize(("word", "preceding", "expected"), SHORT_WEEKDAY_SURNAME)
def test_a_short_weekday_after_a_given_name(word: str, preceding: str, expected: bool) -> None:
    assert NameModel(Vocabulary()).is_given_name_date_word(word, None, preceding) is expected


# Vocabulary.__init__ / is_region_name: a region of two or three words, in any spacing
REGION_NAMES = [
    ("New Mexico", True),
    ("New  Mexico", True),
    ("new mexico", True),
    ("Texas", True),
    ("Leeds", False),
    ("New", False),
]


@pytest.mark.parametrize(("text", "expected"), REGION_NAMES)
def test_is_region_name(text: str, expected: bool) -> None:
    assert Vocabulary().is_region_name(text) is expected


# PersonIndex.names_business and holds_person_word: the capitalised words after a trade's noun
# name a business when no listed given name, month or weekday opens them and no given name or
# title stands among them
NAMES_BUSINESS = [
    ("Vantor", True, False),
    ("Minera Andacollo", True, False),
    ("Tom Berg", False, True),
    ("March Holdings", False, False),
    ("Chief Executive Tom Berg", False, True),
    ("Chief Vantor", False, True),
]


@pytest.mark.parametrize(("name", "business", "person_word"), NAMES_BUSINESS)
def test_names_business(name: str, business: bool, person_word: bool) -> None:
    assert PersonIndex.names_business(Vocabulary(), name) is business
    assert PersonIndex.holds_person_word(Vocabulary(), name) is person_word


# PersonIndex.affiliation_after: the piece after "of" is the body a full name belongs to unless it
# opens with a listed given name
AFFILIATION_AFTER = [
    ("Lipper Analytical", True),
    ("Brightwater Capital", True),
    ("Ana Ruiz Associates", False),
]


@pytest.mark.parametrize(("piece", "expected"), AFFILIATION_AFTER)
def test_affiliation_after(piece: str, expected: bool) -> None:
    person = Person("Laura Perrin", ("Laura", "Perrin"), frozenset(), 0)
    assert PersonIndex.affiliation_after(person, person, words_of(piece), Vocabulary()) is expected


# CaptionParser.is_wire_credit: news agencies alone, one or more split by slashes
WIRE_CREDIT = [
    ("AFP", True),
    ("dpa/AFP", True),
    ("dpa / AFP", True),
    ("dpa/Jane Roe", False),
    ("AFP/", False),
]


@pytest.mark.parametrize(("credit", "expected"), WIRE_CREDIT)
def test_is_wire_credit(credit: str, expected: bool) -> None:
    assert CaptionParser().is_wire_credit(credit) is expected


# NameModel.listed_given_name (and PersonIndex's): a given name of one sex, not one of both
LISTED_GIVEN_NAME = [
    ("Jane", True),
    ("Tom", True),
    ("Jordan", False),  # (either sex: a dateline's place too)
    ("Robin", False),
    ("Harbour", False),
]


@pytest.mark.parametrize(("word", "expected"), LISTED_GIVEN_NAME)
def test_listed_given_name(word: str, expected: bool) -> None:
    assert NameModel(Vocabulary()).listed_given_name(word) is expected
    assert PersonIndex.listed_given_name(Vocabulary(), word) is expected


# ArticleParser.pop_link_lines: a site's menu under the story is boilerplate "other"
def test_a_menu_under_the_story_is_filed() -> None:
    article = article_parser().parse(
        "Ferry fares rise again\n\nThe harbour ferry will raise its fares in May, the operator said on Monday, "
        "citing fuel costs that have doubled since last year.\n\nWorld\n\nAfrica\nAmericas\nAsia\nEurope\n"
    )
    assert [(str(part.kind), part.text) for part in article.boilerplate] == [
        ("other", "World"),
        ("other", "Africa"),
        ("other", "Americas"),
        ("other", "Asia"),
        ("other", "Europe"),
    ]
    assert len(article.paragraphs) == 1


# SpeakerGrammar.is_region: after a place and a comma, a place, a country, a region or an
# abbreviation that is no title
IS_REGION = [
    ("France", True),
    ("Texas", True),
    ("New Mexico", True),
    ("Paris", True),
    ("D.C.", True),
    ("Ariz.", True),
    ("Mr.", False),
    ("Tom Berg", False),
]


@pytest.mark.parametrize(("text", "expected"), IS_REGION)
def test_is_region(text: str, expected: bool) -> None:
    assert quote_parser().is_region(text) is expected


# NameModel.descriptor_lead: an initial opens the name (after a preposition too), a title or an
# owner of two letters describes it
DESCRIPTOR_LEAD = [
    (["J.", "Edgar", "Hoover"], ("a", "letter", "from"), 0),
    (["Mr.", "Tom", "Berg"], (), 1),
    (["Dr.", "Ana", "Ruiz"], (), 1),
    (["UN's", "Ana", "Ruiz"], (), 1),
    (["BP's", "Ana", "Ruiz"], (), 1),
    (["Oxfam's", "Ana", "Ruiz"], (), 1),
    (["Mary", "Ann", "Lowe"], (), 0),
    (["Dock", "Master", "Robert", "Lane"], (), 2),
]


@pytest.mark.parametrize(("words", "before", "expected"), DESCRIPTOR_LEAD)
def test_descriptor_lead(words: list[str], before: tuple[str, ...], expected: int) -> None:
    assert NameModel(Vocabulary()).descriptor_lead(words, before) == expected


# ArticleParser.title_alone_under_signature: the line has a blank line over it and under it, and a
# line under that blank
LEDE_LINE = "Oil prices rose on Monday as traders weighed deeper supply cuts by producers."
TITLE_ALONE = [
    (f"Reuters\n\nOil tops $100\n\n{LEDE_LINE}\n", True),
    (f"Reuters\n\nOil tops $100\n\n{LEDE_LINE}\n\nMore to come\n", True),
    (f"Reuters\nOil tops $100\n\n{LEDE_LINE}\n", False),  # (no blank line over it)
    (f"Reuters\n\nOil tops $100\n{LEDE_LINE}\n", False),  # (none under it)
    ("Reuters\n\nOil tops $100\n", False),  # (the text's last line)
]


@pytest.mark.parametrize(("text", "expected"), TITLE_ALONE)
def test_title_alone_under_signature(text: str, expected: bool) -> None:
    assert article_parser().title_alone_under_signature(state_of(text), 1) is expected


# Vocabulary.writes_day_first: two different day-first signs or more, and more of them than of the
# month-first signs (as many of each: no order told)
DAY_FIRST = [
    ("The colour of the centre.", True),
    ("The colour of the centre, the theatre, and the color of the center.", True),
    ("The colour of the centre and the color of the center.", False),
    ("The colour of the colours.", False),  # (one word's forms count once)
    ("The color of the center and the theater.", False),
]


@pytest.mark.parametrize(("text", "expected"), DAY_FIRST)
def test_writes_day_first(text: str, expected: bool) -> None:
    assert Vocabulary().writes_day_first(text) is expected


# ArticleParser.zone_writes_day_first: a stamp in a day-first zone (GMT) reads the day first
# unless the page shows more month-first signs than day-first ones (one "color" is enough)
PAINT = "Paint makers raise prices\nPublished: 07/03/2024 17:40 GMT\n\nThe maker said the price of every {} would rise by a tenth next month, citing higher costs for pigments.\n"
ZONE_DAY_FIRST = [
    ("color", "2024-07-03T17:40:00+00:00"),
    ("colour", "2024-03-07T17:40:00+00:00"),
    ("paint", "2024-03-07T17:40:00+00:00"),
]


@pytest.mark.parametrize(("word", "published"), ZONE_DAY_FIRST)
def test_a_day_first_zone_against_the_page_signs(word: str, published: str) -> None:
    article = article_parser().parse(PAINT.format(word))
    assert article.published is not None and article.published.datetime.isoformat() == published


# CaptionParser.reads_as_wire_story: a quotation of more than five words, or two sentences, before a
# wire's name in brackets are the story's
WIRE_STORY = [
    ('"Prices will rise again next month," said Jo Roe.', True),  # (six words quoted)
    ('"Prices will rise next month," said Jo Roe.', False),  # (five)
    ("Jo Roe has denied the claims and said he was never there.", False),
    ("Firefighters battle the flames near Malibu. The fire spread overnight. Homes were lost.", True),
    ("Firefighters battle the flames near Malibu. The fire spread overnight.", False),
    ("Firefighters battle the flames near Malibu on Monday.", False),
]


@pytest.mark.parametrize(("text", "expected"), WIRE_STORY)
def test_reads_as_wire_story(text: str, expected: bool) -> None:
    assert CaptionParser().reads_as_wire_story(text) is expected


# SpeakerGrammar.names_a_time: two words, the first no listed given name, the last a weekday or a
# month: a time opening the sentence, not a name
NAMES_A_TIME = [
    ("Earlier Tuesday", True),
    ("Last March", True),
    ("Theresa May", False),
    ("Late Friday night", False),
    ("Friday", False),
]


@pytest.mark.parametrize(("phrase", "expected"), NAMES_A_TIME)
def test_names_a_time(phrase: str, expected: bool) -> None:
    assert quote_parser().names_a_time(phrase) is expected


# TimestampParser.as_written: a character that prints nothing inside a stamp stays in its text, one
# after its last character is left out, and nothing else is
INVISIBLE_IN_STAMP = [
    ("Published: Aug 13, 2024 11:14\u200b", "Aug 13, 2024 11:14"),
    ("Published: Aug\u200b 13, 2024 11:14\u200b | Updated", "Aug\u200b 13, 2024 11:14"),
    ("Published: Aug 13,\u00ad 2024 11:14\u2060 GMT", "Aug 13,\u00ad 2024 11:14\u2060 GMT"),
]


@pytest.mark.parametrize(("line", "stamp"), INVISIBLE_IN_STAMP)
def test_an_invisible_character_in_a_stamp(line: str, stamp: str) -> None:
    text = f"Ferry fares rise again\n{line}\n\nThe harbour ferry will raise its fares in May, the operator said on Monday.\n"
    published = article_parser().parse(text).published
    assert published is not None and published.text == stamp
    assert text[published.span.start : published.span.end] == stamp


# ArticleParser.ends_in_sign_off: a sign-off in brackets, an agency's name alone after the last
# sentence, or a wire's credits
ENDS_IN_SIGN_OFF = [
    ("The talks will resume in Geneva on Monday. (AFP)", True),
    ("The talks will resume in Geneva on Monday. EFE", True),
    ("The talks will resume in Geneva on Monday. (Reporting by Jane Roe; Editing by Tom Hale)", True),
    ("The talks will resume in Geneva on Monday.", False),
    ("Who will make the Hall of Fame?", False),
]


@pytest.mark.parametrize(("text", "expected"), ENDS_IN_SIGN_OFF)
def test_ends_in_sign_off(text: str, expected: bool) -> None:
    assert article_parser().ends_in_sign_off(text) is expected


# SpeakerGrammar.region_place_start: a place and its region's abbreviation after a preposition
# are the object of the noun before them, which speaks
REGION_PLACE = [
    ("\u201cThe bill is dead,\u201d a lobbyist in Washington, D.C. said.", ["a lobbyist in Washington, D.C."]),
    ("\u201cThe heat is brutal,\u201d a nurse from Tucson, Ariz. said.", ["a nurse from Tucson, Ariz."]),
]


@pytest.mark.parametrize(("paragraph", "expected"), REGION_PLACE)
def test_a_place_and_its_region_after_a_preposition(paragraph: str, expected: list[str | None]) -> None:
    assert speakers(paragraph) == expected


# SpeakerGrammar.region_place_start, on words written for it: where the place before a region's
# abbreviation starts, after a preposition in lower case
REGION_PLACE_START = [
    ("a lobbyist in Washington, D.C.", "Washington, D.C."),
    ("a nurse from New Haven, Conn.", "New Haven, Conn."),
    ("Tucson, Ariz.", None),  # (no preposition)
    ("officials in the capital, D.C.", None),  # (no capitalised place)
    ("a nurse from Tucson, Mr.", None),  # (a title, no region)
    ("a nurse from Tucson Ariz.", None),  # (no comma)
]


@pytest.mark.parametrize(("raw", "place"), REGION_PLACE_START)
def test_region_place_start(raw: str, place: str | None) -> None:
    words = words_of(raw)
    at = quote_parser().region_place_start(raw, words, words[-1:])
    assert (None if at is None else raw[at:]) == place


# SpeakerResolution.titled_before: a title in title case before a listed given name
TITLED_BEFORE = [
    ("Mayor", "Elena", True),
    ("Sen.", "Tom", True),
    ("General", "Electric", False),
    (None, "Tom", False),
    ("mayor", "Elena", False),  # (lower case: a role, no title)
    ("Mayor", "Harbour", False),  # (no given name)
    ("Acme", "Tom", False),
]


@pytest.mark.parametrize(("word", "given", "expected"), TITLED_BEFORE)
def test_titled_before(word: str | None, given: str, expected: bool) -> None:
    assert quote_parser().titled_before(word, given) is expected


# ArticleParser.reading_time_over_signature: a reading time right over a byline or a stamp line, in
# its block
READING_TIME_OVER = [
    ("Politics\n3 min read\nBy Jane Roe\nOil tops $100\n", True),
    ("Politics\n3 min read\nMarch 3, 2025\n", True),
    ("Politics\n3 min read\n\nBy Jane Roe\n", False),  # (a blank line between)
    ("Politics\n3 min read\nOil tops $100 a barrel\n", False),
    ("Politics\n3 min read\n", False),  # (the text's last line)
]


@pytest.mark.parametrize(("text", "expected"), READING_TIME_OVER)
def test_reading_time_over_signature(text: str, expected: bool) -> None:
    assert article_parser().reading_time_over_signature(state_of(text), 1) is expected


# NameModel.portfolio_lead: after "Minister for", the portfolio's words before the first listed
# given name past the first word, else all but the name's last two words
PORTFOLIO_LEAD = [
    (["Foreign", "Affairs", "Penny", "Wong"], 2),
    (["Foreign", "Affairs", "Mary", "Ann", "Lowe"], 2),
    (["Health", "Mary", "Ann", "Lowe"], 1),
    (["Home", "Affairs", "Xander", "Quill"], 2),  # (no listed given name)
]


@pytest.mark.parametrize(("words", "expected"), PORTFOLIO_LEAD)
def test_portfolio_lead(words: list[str], expected: int) -> None:
    assert NameModel(Vocabulary()).portfolio_lead(words, ["Minister", "for"]) == expected
