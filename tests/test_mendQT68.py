"""Wrong speakers a new user found (issue 5, round 68): market moves read as speech, party tags
before a relative clause, father and son, a warning's colour, a body's acronym, a dash before an
inverted cue, nationality roles that refer back, and data compiled by someone.  Invented stories
in wire and web-copy shapes; each row is the text after a plain headline and the exact ``(text,
kind, speaker name)`` triples that must come out, in order.  Negative rows say what must stay."""

from __future__ import annotations

from functools import partial

import pytest

import newsparse
from newsparse import QuoteKind
from newsparse.quotes.parser import QuoteParser
from quote_cases import kind_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None"]

quotes_of = partial(kind_rows, headline="Markets and politics")


# 1. "added" before an amount with no verb after it tells a market move, no words
MARKET_MOVES = [
    ("NEW YORK, Dec 2 (Reuters) - The S&P 500 rose 0.9% to 6,842.17 and the Nasdaq Composite (^IXIC) "
     "added 1.3% to 23,410.09.", []),
    ("LONDON, Dec 2 - Shares in BP added 2% after the results, while Shell slipped.", []),
    ("The Dow added 312 points, or 0.7%, to 47,105 on Tuesday.", []),
    ("Gold added $14 to $2,691.40 an ounce. The FTSE 100 adds three points in early trade.", []),
    ("The yen added ¥1.2 against the dollar, adding 40 basis points to the spread.", []),
    # negative rows: a clause after the cue is still speech
    ("Ana Ruiz, the chief executive, added that 40% of staff would go.",
     [("40% of staff would go", R, "Ana Ruiz")]),
    ("Tom Berg added 40% of the staff would go by March.",
     [("40% of the staff would go by March", R, "Tom Berg")]),
    ("“Prices will keep rising,” Berg added.", [("Prices will keep rising,", D, "Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), MARKET_MOVES)
def test_a_market_move_is_no_speech(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(
    ("word", "amount"),
    [("2%", True), ("23,410.09", True), ("$14", True), ("US$3", True), ("€5bn", True), ("R2", False),
     ("points", False), ("USA", False)],
)
def test_an_amount_is_digits_after_a_currency(word: str, amount: bool) -> None:
    assert QuoteParser.is_amount(word) is amount


# 2. a party-state tag set off by commas before "who said" is never the speaker
PARTY_TAGS = [
    ("WASHINGTON — He was joined by Sen. Susan Collins, R-Maine, who said she had “serious concerns.”",
     [("she had “serious concerns.”", M, "Susan Collins")]),
    ("The plan drew fire from Rep. Chip Roy, R-Texas, who said the cost was too high.",
     [("the cost was too high", R, "Chip Roy")]),
    ("It was backed by Rep. Nancy Pelosi, D-Calif., who said the vote would pass.",
     [("the vote would pass", R, "Nancy Pelosi")]),
    ("It was opposed by Sen. Bernie Sanders, I-Vt., who said it was “a start.”",
     [("it was “a start.”", M, "Bernie Sanders")]),
    # negative rows: the tag forms that already read right stay so
    ("Rep. Chip Roy, R-Texas, said the cost was too high.", [("the cost was too high", R, "Chip Roy")]),
    ("The bill was praised by Ana Ortiz, 81, who said it was overdue.", [("it was overdue", R, "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTY_TAGS)
def test_a_party_tag_is_never_the_speaker(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# 3. "the elder X" / "the younger X" by the generation a suffix or a kin noun tells
FAMILY = [
    ("KENTUCKY MILLS, Vt. — Tom Lawson Sr. bought the farm in 1978. His son, Tom Lawson Jr., runs it now.\n\n"
     "The elder Lawson laughed at that. “I taught him to milk at 5 a.m.,” he said.\n\n"
     "The younger Lawson said the herd would grow.",
     [("I taught him to milk at 5 a.m.,", D, "Tom Lawson Sr."), ("the herd would grow", R, "Tom Lawson Jr.")]),
    ("AMES, Iowa — Dale Kruse and his son, Mark Kruse, grow corn on 900 acres.\n\n"
     "The younger Kruse said the price was too low. “We lose money every year,” the elder Kruse said.",
     [("the price was too low", R, "Mark Kruse"), ("We lose money every year,", D, "Dale Kruse")]),
    ("Ruth Amadi Jr. runs the shop her father, Ruth Amadi Sr., opened in 1990. "
     "The older Amadi said the street had changed.",
     [("the street had changed", R, "Ruth Amadi Sr.")]),
    ("John Doe III and John Doe Jr. came to the hearing. The youngest Doe said the land was theirs.",
     [("the land was theirs", R, "John Doe III")]),
    # negative rows: nothing tells two of one surname apart, or ages do
    ("AMES, Iowa — Dale Kruse and Mark Kruse grow corn.\n\nThe younger Kruse said the price was too low.",
     [("the price was too low", R, "The younger Kruse")]),
    ("Yousef Haddad, 79, and Sami Haddad, 41, run the bakery. The elder Haddad said bread was life.",
     [("bread was life", R, "Yousef Haddad")]),
]


@pytest.mark.parametrize(("text", "expected"), FAMILY)
def test_the_elder_and_the_younger_by_generation(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# 4. a warning's colour, level or hazard before "warning" is no one warning
WARNINGS = [
    ("An amber warning for wind has been issued for much of Wales from 03:00 GMT on Saturday.", []),
    ("A yellow warning for ice has been issued by forecasters for the north.", []),
    ("A severe weather warning for snow covers the Highlands until Monday.", []),
    ("The red warning for rain was lifted at noon.", []),
    # negative row: a person warning still speaks
    ("Forecasters are warning that rivers will rise.", [("rivers will rise", R, "Forecasters")]),
]


@pytest.mark.parametrize(("text", "expected"), WARNINGS)
def test_a_warnings_grade_is_no_speaker(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# 5. a body's name keeps its of-phrase after an owner; an acronym in brackets names it later
ACRONYMS = [
    ("SEOUL, Dec. 5 (Yonhap) -- North Korea fired a missile into the East Sea, South Korea's Joint Chiefs "
     "of Staff (JCS) said.\n\n“Our military has strengthened surveillance,” the JCS said in a text message.",
     [("North Korea fired a missile into the East Sea", R, "Joint Chiefs of Staff"),
      ("Our military has strengthened surveillance,", D, "Joint Chiefs of Staff")]),
    ("The National Intelligence Service (NIS) said the launch was a test. The NIS added that more were likely.",
     [("the launch was a test", R, "National Intelligence Service"),
      ("more were likely", R, "National Intelligence Service")]),
    ("The Organisation for Economic Co-operation and Development (OECD) said growth would slow.\n\n"
     "“We are concerned,” the OECD said.",
     [("growth would slow", R, "The Organisation for Economic Co-operation and Development"),
      ("We are concerned,", D, "Organisation for Economic Co-operation and Development")]),
    ("France's Court of Auditors said the plan was costly.",
     [("the plan was costly", R, "France's Court of Auditors")]),
    # negative rows: an acronym defined for no name's initials, or never defined, stays as written
    ("The Federal Bureau of Investigation (FBI) said it had a suspect. The EU said it would act.",
     [("it had a suspect", R, "Federal Bureau of Investigation"), ("it would act", R, "EU")]),
    ("The Korea Meteorological Administration (KMA) said it would snow. The AEMET said it would rain.",
     [("it would snow", R, "Korea Meteorological Administration"), ("it would rain", R, "AEMET")]),
    ("Acme's Jo Reed of Leeds said it was fine.", [("it was fine", R, "Jo Reed")]),
]


@pytest.mark.parametrize(("text", "expected"), ACRONYMS)
def test_a_bodys_acronym_names_the_body(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# 6. a dash between a quotation's comma and an inverted cue: the explicit cue wins over a colon label
DASHED_CUES = [
    ("Москва: “Мы готовы”, — said Пётр Иванов.", [("Мы готовы", D, "Пётр Иванов")]),
    ("London: “We are ready,” — said John Smith.", [("We are ready,", D, "John Smith")]),
    ("“Nous sommes prêts”, – said Marie Dupont on Monday.", [("Nous sommes prêts", D, "Marie Dupont")]),
    ("Kyiv: “We will hold the line,” — added Olena Kovalenko.",
     [("We will hold the line,", D, "Olena Kovalenko")]),
    # negative row: a label with no cue after the quotation reads as before
    ("Berlin: “Wir sind bereit.”", [("Wir sind bereit.", D, "Berlin")]),
]


@pytest.mark.parametrize(("text", "expected"), DASHED_CUES)
def test_a_dash_before_an_inverted_cue(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


def test_a_dashed_cue_in_a_headline_beats_its_colon_label() -> None:
    """A paste whose first line is the quotation: the headline's label is a place, the cue's name speaks."""
    text = "Москва: “Мы готовы”, — said Пётр Иванов\n\nThe talks opened in Geneva on Monday."
    assert kind_rows(text, headline=None) == [("Мы готовы", D, "Пётр Иванов")]


MINISTERS = (
    "BRUSSELS, Dec 4 (Reuters) - German Defence Minister Boris Pistorius and French Armed Forces Minister "
    "Catherine Vautrin met on Thursday.\n\n"
)

# 7. a nationality role refers back to the one holder the article shows of that country
NATIONAL_ROLES = [
    (MINISTERS + "“Ukraine needs Patriot systems now,” the German minister told a news conference.",
     [("Ukraine needs Patriot systems now,", D, "Boris Pistorius")]),
    (MINISTERS + "The French minister said the talks were useful.",
     [("the talks were useful", R, "Catherine Vautrin")]),
    (MINISTERS + "His French counterpart said Paris would deliver two more batteries.",
     [("Paris would deliver two more batteries", R, "Catherine Vautrin")]),
    (MINISTERS + "Poland's Defence Minister Wladyslaw Kosiniak-Kamysz said Warsaw would host a hub. "
     "The Polish minister added that it would open in March.",
     [("Warsaw would host a hub", R, "Wladyslaw Kosiniak-Kamysz"),
      ("it would open in March", R, "Wladyslaw Kosiniak-Kamysz")]),
    ("Spanish Foreign Minister José Manuel Albares met Italian Foreign Minister Antonio Tajani in Rome. "
     "The Spanish minister said the deal was close.",
     [("the deal was close", R, "José Manuel Albares")]),
    # negative rows: a nationality no holder shows, or no nationality at all, stays as written
    (MINISTERS + "The Italian minister said the talks were useful.",
     [("the talks were useful", R, "The Italian minister")]),
    (MINISTERS + "The minister said the talks were useful.", [("the talks were useful", R, "The minister")]),
    ("Defence Minister Ana Ruiz and Health Minister Tom Berg met. The French minister said it went well.",
     [("it went well", R, "The French minister")]),
]


@pytest.mark.parametrize(("text", "expected"), NATIONAL_ROLES)
def test_a_nationality_role_refers_back(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# 7. a role set off before a name after a possessive and a nationality: the pronoun is that person
SET_OFF_ROLES = [
    (MINISTERS + "His French counterpart, Catherine Vautrin, said Paris would deliver two more batteries. "
     "“We are keeping our word,” she said.",
     [("Paris would deliver two more batteries", R, "Catherine Vautrin"),
      ("We are keeping our word,", D, "Catherine Vautrin")]),
    ("Foreign Secretary Yvette Cooper flew to Paris.\n\nHer French counterpart, Jean-Noel Barrot, told reporters "
     "the talks were useful. “We agree on Ukraine,” he said.",
     [("the talks were useful", R, "Jean-Noel Barrot"), ("We agree on Ukraine,", D, "Jean-Noel Barrot")]),
    # negative row: a described person with no name stays unnamed
    ("His lawyer wept. “It is over,” she said.", [("It is over,", D, "she")]),
]


@pytest.mark.parametrize(("text", "expected"), SET_OFF_ROLES)
def test_a_role_set_off_before_a_name(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# 8. figures compiled by someone are the source as written, never the compiler
COMPILED_DATA = [
    ("Traders pared bets on a December move, according to swaps data compiled by Bloomberg.",
     [("Traders pared bets on a December move", R, "swaps data compiled by Bloomberg")]),
    ("Home prices rose 4%, according to figures gathered by the Land Registry.",
     [("Home prices rose 4%", R, "figures gathered by the Land Registry")]),
    ("The fund lost 3% in November, according to data compiled by Morningstar.",
     [("The fund lost 3% in November", R, "data compiled by Morningstar")]),
    # negative row: the body itself as the source
    ("The fund lost 3% in November, according to Morningstar.", [("The fund lost 3% in November", R, "Morningstar")]),
]


@pytest.mark.parametrize(("text", "expected"), COMPILED_DATA)
def test_data_compiled_by_someone(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


class NoMarketMoves(QuoteParser):
    """A parser that reads ``added 2%`` as speech again (its market-move cues emptied)."""

    FIGURE_MOVE_CUES = ()


class MoreGrades(QuoteParser):
    """A parser that knows one more warning grade (``violet``)."""

    NOTICE_GRADE_WORDS = (*QuoteParser.NOTICE_GRADE_WORDS, "violet")


def test_emptying_the_market_move_cues_turns_the_rule_off() -> None:
    text = "Markets\n\nShares in BP added 2% after the results."
    assert [q.text for q in newsparse.parse_article(text).quotes] == []
    found = newsparse.ArticleParser(quotes=NoMarketMoves()).parse(text).quotes
    assert [(q.text, q.speaker and q.speaker.name) for q in found] == [("2% after the results", "Shares")]


def test_a_subclass_adds_a_warning_grade() -> None:
    text = "Weather\n\nA violet warning for hail has been issued for the coast."
    assert [q.text for q in newsparse.ArticleParser(quotes=MoreGrades()).parse(text).quotes] == []
