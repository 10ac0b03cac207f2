"""Mutation pass mut53 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``aa95e326..1f15a2d5`` (stop 45: the layout rules of ``article.py`` and ``body.py``, the quote rules
of ``quotes/grammar.py``, ``reported.py`` and ``resolution.py``, the vocabulary's checks), made on
main ``1f15a2d5``.  Each table pins down a rule whose mutants no test noticed: a predicate read on
words written for it, or a text and what must come out of it (see docs/testing.md, "Mutation
testing").  Rows that read a rule a parser compiles when it is made build a parser of their own."""

from __future__ import annotations

import functools

import pytest

import newsparse
from newsparse import ArticleParser
from newsparse.body import BodyParser
from newsparse.byline import BylineParser
from newsparse.headline import HeadlineParser
from newsparse.lines import Line, ends_sentence, visible_end
from newsparse.names import NameModel
from newsparse.quotes.parser import QuoteParser
from newsparse.quotes.resolution import SpeakerResolution
from newsparse.spans import Span
from newsparse.vocabulary import Vocabulary


def line(text: str, start: int = 0) -> Line:
    """*text* as a line of its own at *start*, no indent, no blank line before it."""
    return Line(text, Span(start, start + len(text)), 0, False)


@functools.cache
def body_parser() -> BodyParser:
    """One body parser for the predicate tables (parsers are stateless)."""
    return BodyParser()


@functools.cache
def quote_parser() -> QuoteParser:
    """One quote parser for the predicate tables (parsers are stateless)."""
    return QuoteParser()


def header(text: str) -> tuple[tuple[str, ...], str | None, list[str] | None]:
    """The section, the headline and the byline's authors of the article *text*."""
    article = newsparse.parse_article(text)
    headline = article.headline.text if article.headline else None
    authors = list(article.byline.authors) if article.byline else None
    return article.section, headline, authors


def fresh_quotes(paragraph: str) -> list[tuple[str, str | None, str | None]]:
    """The quotes of *paragraph* under a plain headline (text, cue, the speaker's mention), read by
    an :class:`ArticleParser` built for this row (a rule its constructor compiles is read as the
    constructor compiles it now)."""
    article = ArticleParser().parse(f"Harbour notebook\n\n{paragraph}\n")
    return [(quote.text, quote.cue, quote.speaker and quote.speaker.mention) for quote in article.quotes]


STORY = "Oil prices rose on Monday as traders weighed deeper supply cuts by producers.\n"

# ArticleParser.read_section: a label and a bar over the headline on one line, the header going on
# from the next line (a byline there is read)
LABEL_BAR = [
    (f"EXCLUSIVE | Stocks slide as oil tops $100 a barrel\nBy Jane Roe\n\n{STORY}", ("EXCLUSIVE",), ["Jane Roe"]),
    (f"ANALYSIS | Why the central bank kept its rates on hold\nBy Tom Hale\n\n{STORY}", ("ANALYSIS",), ["Tom Hale"]),
    (f"EXCLUSIVE | Stocks slide as oil tops $100 a barrel\n\n{STORY}", ("EXCLUSIVE",), None),
]


@pytest.mark.parametrize(("text", "section", "authors"), LABEL_BAR)
def test_a_byline_under_a_label_and_bar_is_read(text: str, section: tuple[str, ...], authors: list[str] | None) -> None:
    assert header(text)[0] == section
    assert header(text)[2] == authors


# BylineParser.outlet_signer (its constructor compiles the section tail): an outlet's initials
# before the section the story is filed in
OUTLET_SIGNER = [
    ("PTI, in India", "PTI"),
    ("TPN, in News, Business", "TPN"),
    ("PTI", "PTI"),
    ("Jane Roe, in News", None),
    ("PTI in talks", None),
]


@pytest.mark.parametrize(("rest", "expected"), OUTLET_SIGNER)
def test_outlet_signer(rest: str, expected: str | None) -> None:
    assert BylineParser().outlet_signer(rest) == expected


# HeadlineParser.is_candidate: a bullet of a summary is no headline
IS_CANDIDATE = [
    ("* Inflation slowed to 2.1% in May", False),
    ("- Ferry fares rise for the third time this year", False),
    ("Ferry fares rise for the third time this year", True),
]


@pytest.mark.parametrize(("text", "expected"), IS_CANDIDATE)
def test_is_candidate(text: str, expected: bool) -> None:
    assert HeadlineParser().is_candidate(line(text)) is expected


# SpeakerResolution.either_given: a given name as written or without its accents
EITHER_GIVEN = [
    ("josé", True),
    ("zoë", True),
    ("andrés", True),
    ("anna", True),
    ("harbour", False),
]


@pytest.mark.parametrize(("word", "expected"), EITHER_GIVEN)
def test_either_given(word: str, expected: bool) -> None:
    assert SpeakerResolution().either_given(word) is expected


# BodyParser.continues: a line that ends in a full stop and then a character that prints nothing
# ends its sentence; the next line starts another
CONTINUES = [
    ("The ferry will run again from the harbour on Friday.\ufffd", "officials said the timetable would follow.", False),
    ("The ferry will run again from the harbour on Friday.\u200b", "iPhone owners can book a seat on the app.", False),
    ("The ferry will run again from the harbour on\ufffd", "Friday, officials said.", True),
    ("The ferry will run again from the harbour and", "officials said the timetable would follow.", True),
]


@pytest.mark.parametrize(("previous", "following", "expected"), CONTINUES)
def test_continues(previous: str, following: str, expected: bool) -> None:
    assert body_parser().continues(line(previous), line(following, len(previous) + 1)) is expected


# ArticleParser.facts_follow: a lede that names no day over bulleted key facts (a bullet heads the
# run as a subhead does, and the run goes on past it), then the story: the lede and the facts are
# the story, no standfirst
HEAT = "Heatwave grips the south"
HEAT_STORY = "The national weather agency said the heat would ease by the weekend."
LOST_BULLETS = [
    ["Temperatures reached 41C in Seville.", "- Water rationing in 30 towns", "- Outdoor work banned in the afternoon"],
    ["Temperatures reached 41C in Seville.", "- Water rationing in 30 towns", "Outdoor work banned in the afternoon"],
    ["Temperatures reached 41C in Seville on Wednesday.", "- Water rationing in 30 towns", "- Outdoor work banned in the afternoon"],
    ["Temperatures reached 41C in Seville on Wednesday.", "- Water rationing in 30 towns"],
]


@pytest.mark.parametrize("blocks", LOST_BULLETS)
def test_a_lede_over_bulleted_facts_is_the_story(blocks: list[str]) -> None:
    article = newsparse.parse_article("\n\n".join([HEAT, *blocks, HEAT_STORY]) + "\n")
    assert [p.text for p in article.paragraphs] == [*blocks, HEAT_STORY]
    assert article.boilerplate == ()


# SpeakerGrammar.__init__ (the one told): an outlet's noun and its name after the verb, the words
# told after them; the nouns that open an outlet (state, local) are modifiers, not the noun
TOLD_OUTLET = [
    ("The mayor told Swiss broadcaster SRF the port would close in May.",
     [("the port would close in May", "told", "The mayor")]),
    ("The port will close in May, the mayor told Swiss broadcaster SRF.",
     [("The port will close in May", "told", "the mayor")]),
    ("The port will close in May, Ana Ruiz told news agency Reuters.",
     [("The port will close in May", "told", "Ana Ruiz")]),
    ("The mayor told Swiss broadcaster SRF that the port would close in May.",
     [("the port would close in May", "told", "The mayor")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), TOLD_OUTLET)
def test_told_an_outlet(paragraph: str, expected: list[tuple[str, str, str]]) -> None:
    assert fresh_quotes(paragraph) == expected


@functools.cache
def article_parser(language: str | None = None) -> ArticleParser:
    """One article parser of *language*'s pack (parsers are stateless)."""
    return ArticleParser(language=language)


def quotes_of(paragraph: str, language: str | None = None) -> list[tuple[str, str | None, str | None]]:
    """The quotes of *paragraph* under a plain headline: text, cue, the speaker's mention."""
    article = article_parser(language).parse(f"Harbour notebook\n\n{paragraph}\n")
    return [(quote.text, quote.cue, quote.speaker and quote.speaker.mention) for quote in article.quotes]


# DirectQuotes.attribution_after (mut52's, not examined there): an aside between an inverted cue and
# its subject is skipped when no one spoken to stands after the verb ("pour sa part")
ASIDE_BEFORE_SUBJECT = [
    ("fr", "« Le port fermera en mai », estime pour sa part Jean Dupont.", [("Le port fermera en mai", "estime", "Jean Dupont")]),
    ("fr", "« Le port fermera en mai », a déclaré également le ministre.", [("Le port fermera en mai", "a déclaré", "le ministre")]),
    ("fr", "« Le port fermera en mai », a dit Jean Dupont.", [("Le port fermera en mai", "a dit", "Jean Dupont")]),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), ASIDE_BEFORE_SUBJECT)
def test_an_aside_before_the_inverted_subject(language: str, paragraph: str, expected: list[tuple[str, str, str]]) -> None:
    assert quotes_of(paragraph, language) == expected


# SpeakerGrammar.role_before_link: a role whose determiner stands right before its noun, a link and
# whom the role serves, then a relative clause: the role speaks, never the name after the link
ROLE_LINK = [
    ("\u201cIt is over,\u201d a lawyer for Tom Berg, who quit in 2019, said.", "a lawyer for Tom Berg"),
    ("\u201cIt is over,\u201d a spokeswoman for Ana Ruiz, who left the party in May, said.", "a spokeswoman for Ana Ruiz"),
    ("\u201cIt is over,\u201d Tom Berg of Bath, who quit in 2019, said.", "Tom Berg of Bath"),
]


@pytest.mark.parametrize(("paragraph", "mention"), ROLE_LINK)
def test_a_role_and_link_before_a_relative_clause(paragraph: str, mention: str) -> None:
    assert [speaker for _, _, speaker in quotes_of(paragraph)] == [mention]


# lines.visible_end and ends_sentence: characters that print nothing at a line's end are cut off
# for the test of how it ends, one by one, and nothing else is
VISIBLE_END = [
    ("on Friday.\ufffd", "on Friday.", True),
    ("on Friday\u200b\u200b", "on Friday", False),
    ("on Friday.", "on Friday.", True),
    ('He said "no."\u200b', 'He said "no."', True),
    ("\u200b", "", False),
    ("", "", False),
]


@pytest.mark.parametrize(("text", "visible", "ends"), VISIBLE_END)
def test_visible_end(text: str, visible: str, ends: bool) -> None:
    assert visible_end(text) == visible
    assert ends_sentence(text) is ends


# SpeakerGrammar.abbreviated_place: a name of two words or more opened by a place's abbreviation
ABBREVIATED_PLACE = [
    (["St.", "Louis"], True),
    (["Ft.", "Worth"], True),
    (["St."], False),  # (the abbreviation alone: no place)
    (["Dr.", "Ana", "Ruiz"], False),
    ([], False),
]


@pytest.mark.parametrize(("words", "expected"), ABBREVIATED_PLACE)
def test_abbreviated_place(words: list[str], expected: bool) -> None:
    assert quote_parser().abbreviated_place(words) is expected


# Quote readings that pin down one rule each (the rule named over its rows): the paragraph under a
# plain headline, and every quote read from it (text, cue, the speaker's mention)
READINGS = [
    # ReportedSpeech.name_before_description: a name of two words set off by commas before a
    # description with no closing comma speaks (three words too; one word is no name here)
    ("Coffee output may fall, Tom Berg, chairman of the exporters' association told Reuters.",
     [("Coffee output may fall", "told", "Tom Berg")]),
    ("Prices will rise, Chad Hawk, vice president of PMG, a grading company in Florida told Fox.",
     [("Prices will rise", "told", "Chad Hawk")]),
    ("Coffee output may fall, Ana Ruiz Vega, head of the exporters' group told Reuters.",
     [("Coffee output may fall", "told", "Ana Ruiz Vega")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), READINGS)
def test_readings(paragraph: str, expected: list[tuple[str, str, str]]) -> None:
    assert quotes_of(paragraph) == expected


def speakers_of(text: str) -> list[tuple[str, str | None]]:
    """Each quote of the article body *text* under a plain headline, and its speaker's name."""
    article = newsparse.parse_article(f"Harbour notebook\n\n{text}\n")
    return [(quote.text, quote.speaker and quote.speaker.name) for quote in article.quotes]


# Speakers a pronoun goes back to, each table row pinning one rule (named over it)
PRONOUN_SPEAKERS = [
    # SpeakerResolution.credited_writer: a group noun's owner (Save the Children's) names an
    # official, who is the pronoun's; no writer credited to a body
    ("Ana Berg, head of the refugee council, said the camps were safe.\n\n"
     "However, Save the Children's Anna Kelly argued that the camps were full.\n\n"
     "\u201cThe tents are old and the water is dirty,\u201d she said.",
     [("the camps were safe", "Ana Berg"), ("the camps were full", "Anna Kelly"),
      ("The tents are old and the water is dirty,", "Anna Kelly")]),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_SPEAKERS)
def test_pronoun_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers_of(text) == expected


# SpeakerResolution.occupation_before_name: an occupation's word before a given name (either list)
OCCUPATION_BEFORE_NAME = [
    ("Principal", "Gary", True),
    ("Pediatrician", "Amy", True),
    ("Supervisor", "Dean", True),  # (a given name that is also a word: NAME_LIKE_WORDS)
    ("Hunter", "Amy", False),  # (a surname that is a word)
    ("Principal", "Okafor", False),  # (no given name after it)
]


@pytest.mark.parametrize(("word", "following", "expected"), OCCUPATION_BEFORE_NAME)
def test_occupation_before_name(word: str, following: str, expected: bool) -> None:
    assert SpeakerResolution().occupation_before_name(word, following) is expected


# Vocabulary.is_given_name: both lists by default, the first alone when asked (a dateline's place)
IS_GIVEN_NAME = [
    ("Jordan", {}, True),
    ("Robin", {}, True),
    ("Jordan", {"either_sex": False}, False),
    ("JANE", {"either_sex": False}, True),
    ("Harbour", {}, False),
]


@pytest.mark.parametrize(("word", "options", "expected"), IS_GIVEN_NAME)
def test_is_given_name(word: str, options: dict[str, bool], expected: bool) -> None:
    assert Vocabulary().is_given_name(word, **options) is expected


# ArticleParser.body_boilerplate: a story's source right under its paragraph is a sign-off of one
# line; the line under it is read in its turn
RAIL = "Council backs rail plan\n\nThe city council approved the rail plan on Tuesday after a long debate. The vote was 7-2.\n"
STORY_SOURCE = [
    (f"{RAIL}Source: Xinhua | Editor: Li Wei\nCopyright 2025 Xinhua. All rights reserved.\n",
     1, [("sign-off", "Source: Xinhua | Editor: Li Wei"), ("copyright", "Copyright 2025 Xinhua. All rights reserved.")]),
    (f"{RAIL}Source: Xinhua | Editor: Li Wei\nThe plan was first put forward in March by the transport committee.\n",
     2, [("sign-off", "Source: Xinhua | Editor: Li Wei")]),
]


@pytest.mark.parametrize(("text", "count", "furniture"), STORY_SOURCE)
def test_a_story_source_line(text: str, count: int, furniture: list[tuple[str, str]]) -> None:
    article = newsparse.parse_article(text)
    assert len(article.paragraphs) == count
    assert [(str(part.kind), part.text) for part in article.boilerplate] == furniture


# BylineParser.parse_plain: an outlet's initials sign the story before the section it is filed in
MUMBAI = "Heavy rain flooded the streets of Mumbai on Tuesday, halting trains and buses across the city.\n"
OUTLET_BYLINES = [
    (f"Monsoon rains flood Mumbai streets\nBy PTI, in India\n\n{MUMBAI}", ("PTI",), "PTI"),
    (f"Monsoon rains flood Mumbai streets\nBy TPN, in News, Business\n\n{MUMBAI}", ("TPN",), None),
]


@pytest.mark.parametrize(("text", "authors", "agency"), OUTLET_BYLINES)
def test_an_outlet_signs_the_byline(text: str, authors: tuple[str, ...], agency: str | None) -> None:
    article = newsparse.parse_article(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (authors, agency)
    assert article.headline is not None and article.headline.text == "Monsoon rains flood Mumbai streets"


# ArticleParser.is_stacked_column: a determiner and two capitalised words, letters only
STACKED_COLUMN = [
    ("The Big Read", True),
    ("A Long Read", True),
    ("The long goodbye", False),  # (words in lower case: a title in sentence case)
    ("The Big 3", False),
    ("THE BIG READ", False),
]


@pytest.mark.parametrize(("text", "expected"), STACKED_COLUMN)
def test_is_stacked_column(text: str, expected: bool) -> None:
    assert article_parser().is_stacked_column(text) is expected


# NameModel.after_role_link: a role's noun or a title in lower case, then the preposition
AFTER_ROLE_LINK = [
    (["The", "mayor", "of"], True),
    (["mayor", "of"], True),  # (two words, the fewest)
    (["the", "bishop", "of"], True),  # (a title, no role noun)
    (["the", "boss", "of"], True),  # (a role noun, no title)
    (["of"], False),
    (["The", "Mayor", "of"], False),  # (capitalised: a name's word)
    (["the", "harbour", "of"], False),
]


@pytest.mark.parametrize(("before", "expected"), AFTER_ROLE_LINK)
def test_after_role_link(before: list[str], expected: bool) -> None:
    assert NameModel(Vocabulary()).after_role_link(before) is expected


# ReportedSpeech.verb_after_phrase: a verb among the MAX_RESULT_OBJECT_WORDS + 1 words (five) from
# the start, before any comma
VERB_AFTER_PHRASE = [
    ("reported the fall in prices was temporary", 4, True),
    ("reported the fall in the price of oil was temporary", 4, True),  # (the fifth word)
    ("reported the fall in the price of crude oil was temporary", 4, False),  # (the sixth)
    ("reported the fall in prices, officials said", 4, False),  # (a comma first)
    ("reported the fall in prices of oil and gas", 4, False),
]


@pytest.mark.parametrize(("text", "start", "expected"), VERB_AFTER_PHRASE)
def test_verb_after_phrase(text: str, start: int, expected: bool) -> None:
    assert quote_parser().verb_after_phrase(text, start) is expected


# DirectQuotes.place_tail: one to CLAUSE_LOOKAHEAD words (five) opened by a place's preposition,
# no comma
PLACE_TAIL = [  # (the sentence's closing period is trimmed before the test)
    (" outside the court", True),
    (" outside", True),  # (one word)
    (" outside the court in Madrid", True),  # (five words, the most)
    (" outside the old court in Madrid", False),  # (six)
    (" outside the court, in Madrid", False),
    ("", False),
    (" after the hearing", False),
]


@pytest.mark.parametrize(("tail", "expected"), PLACE_TAIL)
def test_place_tail(tail: str, expected: bool) -> None:
    assert quote_parser().place_tail(tail) is expected


# ReportedSpeech.plural_after: the word after an infinitive marker, before the stop, is a plural
# noun (the marker a preposition), not a verb's base form
PLURAL_AFTER = [
    ("a reporter close to tears", None, True),
    ("she told supporters to cheers", None, True),
    ("she told reporters to discuss the plan", None, False),
    ("she told reporters to focus", None, False),
    ("a reporter close to tears", 0, False),  # (the stop right after the marker: no word)
    ("a reporter close to", None, False),
]


@pytest.mark.parametrize(("raw", "stop", "expected"), PLURAL_AFTER)
def test_plural_after(raw: str, stop: int | None, expected: bool) -> None:
    pos = raw.rindex(" to") + 3
    assert quote_parser().plural_after(raw, pos, len(raw) if stop is None else pos + stop) is expected


# ArticleParser.agency_over_stamp: a wire's name alone right over a stamp line of its block signs
# the story, under a kicker or the title, or over the stamp as the text's last lines
BANK = "The central bank held its main rate at 4.5 percent on Thursday, citing a slowdown in prices across the euro zone.\n"
AGENCY_OVER_STAMP = [
    (f"WORLD\nReuters\nNovember 14, 2024 3:12 PM GMT\nBank holds rates as prices cool\n\n{BANK}", "Bank holds rates as prices cool"),
    (f"Bank holds rates as prices cool\nReuters\nNovember 14, 2024 3:12 PM GMT\n\n{BANK}", "Bank holds rates as prices cool"),
    ("WORLD\nReuters\nNovember 14, 2024 3:12 PM GMT\n", None),
]


@pytest.mark.parametrize(("text", "headline"), AGENCY_OVER_STAMP)
def test_an_agency_over_a_stamp(text: str, headline: str | None) -> None:
    article = newsparse.parse_article(text)
    assert article.byline is not None and article.byline.authors == ("Reuters",)
    assert article.published is not None and article.published.text == "November 14, 2024 3:12 PM GMT"
    if headline is not None:
        assert article.headline is not None and article.headline.text == headline


# ArticleParser.header_timestamps: what stands between a byline and the stamp on its line is filed
def test_a_reading_time_between_a_byline_and_its_stamp() -> None:
    article = newsparse.parse_article(
        "Ferry fares rise again\nJane Roe | 4 min read | March 3, 2025\n\n"
        "The harbour ferry will raise its fares in May, the operator said on Monday, citing fuel costs.\n"
    )
    assert article.byline is not None and article.byline.authors == ("Jane Roe",)
    assert article.published is not None and article.published.text == "March 3, 2025"
    assert [(str(part.kind), part.text) for part in article.boilerplate] == [("other", "4 min read")]
