"""Mutation pass mut57 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``cde4317e..a87e2543`` (stop 49: the speaker rules of ``quotes/grammar.py``, ``reported.py``,
``resolution.py`` and ``languages.py``, the layout rules of ``article.py``, ``boilerplate.py``,
``byline.py``, ``caption.py``, ``dateline.py``, ``timestamp.py`` and the rest), made on main
``a87e2543``, and mut56's leftovers found again on that code.  Each table pins down a rule whose
mutants no test noticed: a predicate read on words written for it, or a text and what must come
out of it (see docs/testing.md, "Mutation testing").  Parsers are built fresh in each row where a
rule is compiled by a constructor, so that a constructor's mutant is read."""

from __future__ import annotations

import datetime as dt
import functools

import pytest
import regex

from newsparse import ArticleParser
from newsparse.dateline import DatelineParser
from newsparse.people import PersonIndex
from newsparse.quotes import QuoteParser
from newsparse.sharing import LazyAlternation, LazyPattern
from newsparse.spans import MonthDay, Span
from newsparse.vocabulary import Vocabulary


def spanish_quotes(text: str) -> list[tuple[str, str | None]]:
    """``(text, speaker's name)`` of every quote read from the Spanish article body *text* under a
    plain headline, by a parser built for the call."""
    article = ArticleParser(language="es").parse("Cierre del puerto\n\n" + text)
    return [(quote.text, quote.speaker.name if quote.speaker else None) for quote in article.quotes]


# DirectQuotes.dropped_subject (mut56's leftover): a cue with its subject dropped opening a
# paragraph that names someone else before it (not as a sentence's subject) is no one sure; the one
# who acts in the paragraph before speaks only when this one names no one
DROPPED_AFTER_SOMEONE = [
    ("La ministra Ana Ruiz llegó a las diez.\n\n«El puerto está cerrado», dijo.\n", [("El puerto está cerrado", "Ana Ruiz")]),
    ("La ministra Ana Ruiz llegó a las diez.\n\nLe tocó el turno a Luis Gil: «Es tarde», dijo.\n", [("Es tarde", None)]),
    (
        "La ministra Ana Ruiz llegó a las diez.\n\nA su lado estaba el alcalde Luis Gil: «Es tarde», dijo.\n",
        [("Es tarde", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DROPPED_AFTER_SOMEONE)
def test_dropped_subject_after_someone_named(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert spanish_quotes(text) == expected


# ArticleParser.dateline_line_over_story (mut56's leftover): the dateline alone on its line over the
# story reads its date in the year of the reference date it is given
LINE_OVER_STORY = [
    ("LONDON, March 3 —", dt.date(2025, 3, 5), dt.date(2025, 3, 3)),
    ("LONDON, Dec. 30 —", dt.date(2025, 1, 2), dt.date(2024, 12, 30)),
    ("LONDON, March 3 —", None, MonthDay(3, 3)),
]


@pytest.mark.parametrize(("line", "reference", "date"), LINE_OVER_STORY)
def test_dateline_line_over_story_date(line: str, reference: dt.date | None, date: object) -> None:
    text = f"{line}\nThe council voted on Tuesday to double the harbour tolls.\n"
    found = ArticleParser().dateline_line_over_story(text, Span(0, len(line)), Span(len(line) + 1, len(text) - 1), reference)
    assert found is not None
    assert found.place == "LONDON"
    assert found.date == date


@functools.cache
def quote_parser() -> QuoteParser:
    """One quote parser for the predicate tables (parsers are stateless)."""
    return QuoteParser()


# SpeakerGrammar.role_before_place_list: a list of places (a place of two words too, "New
# Zealand") after a role and its link goes back to the role; a list of people does not
PLACE_LIST_AFTER_ROLE = [
    ("The ambassador to France, Germany and Italy said", 0),
    ("The ambassador to France, New Zealand and Italy said", 0),
    ("The envoy to Chile, Peru and Costa Rica said", 0),
    ("The ambassador to France, Tom Berg and Ana Ruiz said", None),
    ("The envoy to Chile, Ana Ruiz and Peru said", None),
]


@pytest.mark.parametrize(("raw", "expected"), PLACE_LIST_AFTER_ROLE)
def test_role_before_place_list(raw: str, expected: int | None) -> None:
    span = (raw.index(", ") + 2, raw.index(" said"))
    assert quote_parser().role_before_place_list(raw, span, 0, 4) == expected


# SpeakerGrammar.name_after_place_list: the name set off after a role whose place goes on in a
# list; a piece of the list that is a person's name, or an empty piece, reads no such list
NAME_AFTER_PLACE_LIST = [
    ("the ambassador to France, Germany and Italy, John Roe,", "John Roe"),
    ("the ambassador to France, Jean Roe, Germany and Italy, Luca Neri,", None),
    ("the ambassador to France,, Germany and Italy, John Roe,", None),
]


@pytest.mark.parametrize(("raw", "name"), NAME_AFTER_PLACE_LIST)
def test_name_after_place_list_pieces(raw: str, name: str | None) -> None:
    found = quote_parser().name_after_place_list(raw, (0, raw.index(",")), len(raw))
    assert (raw[found[0] : found[1]] if found else None) == name


# SpeakerResolution.particle_name_start: the trailing run of name words after a role and its
# portfolio; a name's last word may be one capital letter
PARTICLE_NAME_START = [
    ("Minister of Media Salman bin Yousef Al-Dossary", 3),
    ("Minister of Media Malcolm X", 3),
    ("Minister of Media Malcolm X,", 3),
    ("Secretary of Energy Ana Ruiz.", 3),
]


@pytest.mark.parametrize(("words", "expected"), PARTICLE_NAME_START)
def test_particle_name_start(words: str, expected: int) -> None:
    assert quote_parser().particle_name_start(words.split()) == expected


# LazyAlternation.__init__: the source and the flags given are the pattern's (searched whole)
def test_lazy_alternation_source_and_flags() -> None:
    parts = (LazyPattern(r"(?:by\s++\w++)"), LazyPattern("(?:ends)"))
    plain = LazyAlternation(r"(?:by\s++\w++)|(?:ends)", 0, parts)
    assert plain.pattern == r"(?:by\s++\w++)|(?:ends)"
    found = plain.search("photo by Ana")
    assert found is not None and found.group() == "by Ana"
    folded = LazyAlternation(r"(?:BY\s++\w++)|(?:ENDS)", regex.IGNORECASE, parts)
    assert folded.flags == regex.IGNORECASE
    found = folded.search("photo by Ana")
    assert found is not None and found.group() == "by Ana"
    assert LazyAlternation(r"(?:BY\s++\w++)", 0, parts).search("photo by Ana") is None


# ArticleParser.has_sentence_word: a word of six letters or more in lower case (a verb, a noun)
# tells a sentence full of names from a title in title case, which keeps only short words low
SENTENCE_WORDS = [
    ("Crown Prince Mohammed bin Salman received Marco Rubio on Monday.", True),
    ("Crown Prince Mohammed bin Salman hosted Marco Rubio on Monday.", True),
    ("Crown Prince Mohammed bin Salman met Marco Rubio on Monday.", False),
    ("Crown Prince Meets Pope in Rome", False),
    ("Xinjiang Marks National Day With Parade", False),
    ('Marco Rubio "welcomed" the Offer', True),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_WORDS)
def test_has_sentence_word(text: str, expected: bool) -> None:
    assert ArticleParser().has_sentence_word(text) is expected


# PersonIndex.lists_people: a role set off after a name joins one more person when a join word
# and an article follow one another ("the mayor and the sheriff"), nowhere else
LISTS_PEOPLE = [
    ("the mayor and the sheriff toured the harbour", True),
    ("the harbour master, and the pilots", True),
    ("the mayor toured the harbour", False),
    ("the mayor and Tom Berg toured", False),
    ("the mayor and sheriff", False),
]


@pytest.mark.parametrize(("words", "expected"), LISTS_PEOPLE)
def test_lists_people(words: str, expected: bool) -> None:
    assert PersonIndex.lists_people(Vocabulary(), words) is expected


# ReportedSpeech.particle_patterns: each separable verb's words run up to one of its own
# particles (not another verb's), in any case, before a comma or a that-word
PARTICLE_PATTERNS = [
    ("teilte", " am Montag mit, dass", True),
    ("teilte", " am Montag an, dass", False),
    ("gab", " am Montag zu, dass", True),
    ("gab", " am Montag mit, dass", False),
    ("teilte", " AM MONTAG MIT, DASS", True),
    ("teilte", " am Montag mit der Polizei", False),
]


@pytest.mark.parametrize(("verb", "words", "expected"), PARTICLE_PATTERNS)
def test_particle_patterns(verb: str, words: str, expected: bool) -> None:
    patterns = quote_parser().particle_patterns([("teilte", "mit"), ("gab", "an"), ("gab", "zu")])
    assert (patterns[verb].match(words) is not None) is expected


# ReportedSpeech.plain_head: the head before an inverted cue without its scare quotes
PLAIN_HEADS = [
    ('The "green" plan', "The green plan"),
    ("The “green” plan", "The green plan"),
    ("The green plan", "The green plan"),
]


@pytest.mark.parametrize(("core", "expected"), PLAIN_HEADS)
def test_plain_head(core: str, expected: str) -> None:
    assert quote_parser().plain_head(core) == expected


# ArticleParser.ends_in_dash: a dateline alone on its line ends in a dash after a space or a tab;
# a word's hyphen, or a line whose last word is one letter, is none
ENDS_IN_DASH = [
    ("WASHINGTON —", True),
    ("WASHINGTON\t—  ", True),
    ("KYIV -", True),
    ("Nord-", False),
    ("Plan B", False),
    ("WASHINGTON", False),
]


@pytest.mark.parametrize(("text", "expected"), ENDS_IN_DASH)
def test_ends_in_dash(text: str, expected: bool) -> None:
    assert ArticleParser().ends_in_dash(text) is expected


# DatelineParser.is_titled_short_story: at least STORY_WORDS words (six: exactly six too) that
# end a sentence after a known place in title case
TITLED_SHORT_STORIES = [
    ("A fire broke out on Tuesday.", True),
    ("A fire broke out at a hospital on Tuesday, officials said.", True),
    ("A fire broke out Tuesday.", False),
    ("Fire at hospital kills four", False),
]


@pytest.mark.parametrize(("after", "expected"), TITLED_SHORT_STORIES)
def test_titled_short_story(after: str, expected: bool) -> None:
    assert DatelineParser().is_titled_short_story(after) is expected


def quotes_of(paragraph: str) -> list[tuple[str, str | None]]:
    """``(text, speaker's mention)`` of every quote read from the English *paragraph* under a plain
    headline, by a parser built for the call (its constructor's patterns compiled afresh)."""
    article = ArticleParser().parse(f"Harbour notebook\n\n{paragraph}\n")
    return [(quote.text, quote.speaker.mention if quote.speaker else None) for quote in article.quotes]


# ReportedSpeech.__init__ (_place_setting): the place where the speaker spoke, between the cue and
# a bare clause, is no part of what was said; "outside" alone before "that" is no place
PLACE_SETTINGS = [
    (
        "Ana Ruiz said outside court the family was relieved by the verdict.",
        [("the family was relieved by the verdict", "Ana Ruiz")],
    ),
    (
        "The mayor said outside the town hall the bridge would close in May.",
        [("the bridge would close in May", "The mayor")],
    ),
    (
        "Ana Ruiz said outside that the family was relieved by the verdict.",
        [("the family was relieved by the verdict", "Ana Ruiz")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), PLACE_SETTINGS)
def test_place_setting_after_cue(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(paragraph) == expected


# ReportedSpeech.opens_relative: a German article after a comma opens a relative clause when the
# words up to the next comma end in a finite verb ("die dort lebt,"); an article and its noun
# ("die Stadt Berlin,") or a pronoun alone ("die beiden,") do not
GERMAN_RELATIVES = [
    ("Die Ministerin, die seit 2015 im Amt ist, sagte", True),
    ("Die Ministerin, die dort lebt, sagte", True),
    ("Ana Ruiz und Tom Berg, die beiden, sagten", False),
    ("Die Ministerin, die Stadt Berlin, sagte", False),
]


@pytest.mark.parametrize(("raw", "expected"), GERMAN_RELATIVES)
def test_opens_relative(raw: str, expected: bool) -> None:
    word = regex.compile(r"\w++").search(raw, raw.index(",") + 1)
    assert word is not None
    assert ArticleParser(language="de").quotes.opens_relative(raw, word, len(raw)) is expected


# ArticleParser.widen_filed_stamps: a stamp filed as boilerplate that already covers its line is
# passed over, and a later one printed after its label ("Posted 2 Mar 2025") still takes its line
FILED_STAMPS = (
    "Ferry fares rise again\nPosted Sun 2 Mar 2025 at 10:05am\n\n"
    "The council voted on Tuesday to double the fares on the harbour ferry.\n\n{middle}\n\n"
    "The new fares start in May, the council said in a statement on Tuesday.\n\nPosted 2 Mar 2025\n"
)


@pytest.mark.parametrize("middle", ["1 Mar 2025", "10:05", "Updated 1 Mar 2025"])
def test_later_filed_stamp_takes_its_line(middle: str) -> None:
    article = ArticleParser().parse(FILED_STAMPS.format(middle=middle))
    assert [(part.text, part.kind) for part in article.boilerplate] == [(middle, "timestamp"), ("Posted 2 Mar 2025", "timestamp")]


# DatelineParser.day_of_month: a day written alone is a day of the reference date's month up to
# that day itself (the 1st and the reference day too), never a later one
DAYS_OF_MONTH = [
    (14, dt.date(2025, 3, 14), dt.date(2025, 3, 14)),
    (1, dt.date(2025, 3, 14), dt.date(2025, 3, 1)),
    (13, dt.date(2025, 3, 14), dt.date(2025, 3, 13)),
    (15, dt.date(2025, 3, 14), None),
    (0, dt.date(2025, 3, 14), None),
]


@pytest.mark.parametrize(("day", "reference", "expected"), DAYS_OF_MONTH)
def test_day_of_month(day: int, reference: dt.date, expected: dt.date | None) -> None:
    assert DatelineParser().day_of_month(day, reference) == expected


# SpeakerGrammar.place_link_before: "of" or a locative right before the word at *end*, a
# determiner between them too, even when the link is the first of the words
PLACE_LINKS = [
    ("at the Scripps Institution", 2, 0),
    ("researchers at the Scripps Institution", 3, 1),
    ("of Ohio", 1, 0),
    ("the Scripps Institution", 1, None),
]


@pytest.mark.parametrize(("raw", "end", "expected"), PLACE_LINKS)
def test_place_link_before(raw: str, end: int, expected: int | None) -> None:
    words = list(regex.finditer(r"\w++", raw))
    assert quote_parser().place_link_before(raw, words, end) == expected


# ReportedSpeech.setting_before_comma: a German cue's setting runs to its comma only when every
# word of it is a setting's word; a verb in lower case ("sei") makes the words a clause
GERMAN_SETTINGS = [
    ("sagte am Montag in Berlin, die Lage sei ruhig.", "sagte am Montag in Berlin, "),
    ("sagte in einem Interview, die Lage sei ruhig.", "sagte in einem Interview, "),
    ("sagte in Berlin sei es ruhig, und ging.", "sagte"),
]


@pytest.mark.parametrize(("raw", "head"), GERMAN_SETTINGS)
def test_setting_before_comma(raw: str, head: str) -> None:
    assert ArticleParser(language="de").quotes.setting_before_comma(raw, len("sagte"), len(raw)) == len(head)
