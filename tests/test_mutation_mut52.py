"""Mutation pass mut52 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``da1e3b6d..aa95e326`` (stop 44: the layout rules of ``article.py``, the quote rules of
``quotes/direct.py``, ``grammar.py``, ``reported.py`` and ``resolution.py``), made on main
``aa95e326``.  Each table pins down a rule whose mutants no test noticed: a predicate read on words
written for it, or a text and what must come out of it (see docs/testing.md, "Mutation testing").
Rows that read a rule a parser compiles when it is made build a parser of their own."""

from __future__ import annotations

import functools

import pytest

import newsparse
from newsparse import ArticleParser, QuoteKind
from newsparse.article import _trim_word
from newsparse.quotes.parser import QuoteParser

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED
Row = tuple[str, QuoteKind, "str | None", "str | None"]


@functools.cache
def article_parser(language: str | None = None) -> ArticleParser:
    """One article parser (of *language*'s pack if given) for the predicate tables."""
    return ArticleParser(language=language)


@functools.cache
def quote_parser() -> QuoteParser:
    """One quote parser for the predicate tables (parsers are stateless)."""
    return QuoteParser()


def fresh_rows(paragraph: str, language: str | None = None) -> list[Row]:
    """The quotes of *paragraph* under a plain headline, read by an :class:`ArticleParser` built
    for this row (a rule its constructor compiles is read as the constructor compiles it now)."""
    article = ArticleParser(language=language).parse(f"Harbour notebook\n\n{paragraph}")
    return [
        (quote.text, quote.kind, quote.speaker and quote.speaker.name, quote.speaker and quote.speaker.mention)
        for quote in article.quotes
    ]


# ArticleParser.names_alone: one or more names a byline's list could hold (at most MAX_AUTHORS of
# them, eight), not a line in capitals
NAMES_ALONE = [
    ("Jane Roe", True),
    ("Jane Roe and Tom Hale", True),
    ("Jane Roe, Tom Hale, Ana Ruiz, Li Wei, Omar Haddad, Eva Jansen, Paul Dunn and Sara Kim", True),  # (eight)
    ("Jane Roe, Tom Hale, Ana Ruiz, Li Wei, Omar Haddad, Eva Jansen, Paul Dunn, Rosa Diaz and Sara Kim", False),
    ("JANE ROE", False),  # (a label in capitals)
    ("", False),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_ALONE)
def test_names_alone(text: str, expected: bool) -> None:
    assert article_parser().names_alone(text) is expected


# ArticleParser.is_reading_time: at most READING_TIME_WORDS words (five), a digit among them, and
# a line the boilerplate rules file as "other"
READING_TIME = [
    (None, "3 min read", True),
    (None, "Reading time: 4 minutes", True),
    ("fr", "Temps de lecture 3 min.", True),  # (five words, the most)
    (None, "Jane Roe", False),  # (no digit)
    (None, "Updated 2 hours ago", False),  # (a digit, no boilerplate)
]


@pytest.mark.parametrize(("language", "text", "expected"), READING_TIME)
def test_is_reading_time(language: str | None, text: str, expected: bool) -> None:
    assert article_parser(language).is_reading_time(text) is expected


# DirectQuotes.leading_titles: how many of a signature's words are titles before the name
LEADING_TITLES = [
    (["Dr"], 1),  # (titles to the end: no word past them is read)
    (["Dr", "Ann", "Cole"], 1),
    (["Prof.", "Dr", "Ravi", "Menon"], 2),
    (["Ann", "Cole"], 0),
]


@pytest.mark.parametrize(("words", "expected"), LEADING_TITLES)
def test_leading_titles(words: list[str], expected: int) -> None:
    assert quote_parser().leading_titles(words) == expected


# ArticleParser.cut_cards_printed_twice: a label and a title printed twice in a row, each a block of
# one line, are filed as related links, whatever block follows the four (here a paragraph of two lines)
CARD_TWICE = (
    "Council approves new budget for schools\n\nBy Jane Roe\n\n"
    "The city council approved a new budget for schools on Tuesday after a long debate.\n\n"
    "Teachers welcomed the decision, which adds funding for two hundred new posts.\n\n"
    "Business\n\nPaper renames itself as its dispute goes on\n\n"
    "Business\n\nPaper renames itself as its dispute goes on\n\n"
    "The budget now goes to the mayor, who is expected to sign it\nbefore the end of the month.\n"
)


def test_card_printed_twice_before_a_paragraph_of_two_lines() -> None:
    article = newsparse.parse_article(CARD_TWICE)
    assert [p.text for p in article.paragraphs] == [
        "The city council approved a new budget for schools on Tuesday after a long debate.",
        "Teachers welcomed the decision, which adds funding for two hundred new posts.",
        "The budget now goes to the mayor, who is expected to sign it before the end of the month.",
    ]
    assert [(b.kind, b.text) for b in article.boilerplate] == [
        ("related", "Business"),
        ("related", "Paper renames itself as its dispute goes on"),
        ("related", "Business"),
        ("related", "Paper renames itself as its dispute goes on"),
    ]


# DirectQuotes.__init__'s patterns, read by a parser built for the row: a letter's closing before
# the name that signs a quotation (SIGN_OFF_WORDS), an agency the words were told to (the
# recipient pattern, written VERBOSE)
FRESH = [
    (None, "\u201cWe thank residents for their patience. Yours, Dr Ann Cole, Mayor.\u201d",
     [("We thank residents for their patience.", D, "Ann Cole", "Dr Ann Cole")]),
    ("es", "\u00abVamos a ganar las elecciones\u00bb, dijo a Efe Luis Vega, portavoz del partido.",
     [("Vamos a ganar las elecciones", D, "Luis Vega", "Luis Vega")]),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), FRESH)
def test_rules_a_new_parser_compiles(language: str | None, paragraph: str, expected: list[Row]) -> None:
    assert fresh_rows(paragraph, language) == expected


# ReportedSpeech.owned_subject: a subject that opens with a possessive determiner or holds a
# possessive belongs to someone the words before it name
OWNED_SUBJECT = [
    ("her lawyer", True),
    ("His spokesman", True),
    ("the city's mayor", True),
    ("the council\u2019s leader", True),
    ("a resident", False),
    ("the mayor", False),
    ("", False),
]


@pytest.mark.parametrize(("phrase", "expected"), OWNED_SUBJECT)
def test_owned_subject(phrase: str, expected: bool) -> None:
    assert quote_parser().owned_subject(phrase) is expected


def rows_of(paragraph: str) -> list[Row]:
    """The quotes of *paragraph* under a plain headline, read by :func:`newsparse.parse_article`."""
    article = newsparse.parse_article(f"Harbour notebook\n\n{paragraph}")
    return [
        (quote.text, quote.kind, quote.speaker and quote.speaker.name, quote.speaker and quote.speaker.mention)
        for quote in article.quotes
    ]


# Quote paragraphs whose reading a mutant changed; each comment names the rule
SPEAKER_ROWS = [
    # SpeakerGrammar.unclosed_appositive: a name of up to MAX_NAME_WORDS words (four) before an
    # appositive whose closing comma is missing speaks
    ("\u201cWe will appeal the ruling,\u201d Ana Maria Ortiz Vega, the defence lawyer said.",
     [("We will appeal the ruling,", D, "Ana Maria Ortiz Vega", "Ana Maria Ortiz Vega")]),
    ("\u201cWe will appeal the ruling,\u201d Ana Ortiz, the defence lawyer said.",
     [("We will appeal the ruling,", D, "Ana Ortiz", "Ana Ortiz")]),
    # ReportedSpeech.verb_object_cue reads only a cue that is a plural speech noun or report cue:
    # "says" after a verb in a relative clause is the sentence's cue, no noun object
    ("The fisherman who lives there says the channel is too shallow for the new ferries.",
     [("the channel is too shallow for the new ferries", R, "The fisherman who lives there", "The fisherman who lives there")]),
    # ... and ending in PRESENT_SUFFIX: "reported" after an auxiliary is the cue in the past
    ("The agency has reported that the port will close in May.",
     [("the port will close in May", R, "The agency", "The agency")]),
    ("Local media had reported that the port will close in May.",
     [("the port will close in May", R, "Local media", "Local media")]),
    # DirectQuotes.signature_after: a name of up to MAX_NAME_WORDS words (four), a title aside,
    # on the quotation's last line signs it
    ("\u201cThe works end in May.\nDr Ana Maria Ortiz Vega, site manager.\u201d",
     [("The works end in May.", D, "Ana Maria Ortiz Vega", "Dr Ana Maria Ortiz Vega")]),
    # SpeakerGrammar.subject_after_place: a place's name set off before an inverted cue gives way
    # to the subject after the cue; a person's name, which the vocabulary knows as no country, speaks
    ("\u201cThe trains were late again,\u201d Tom Berg, said a commuter.",
     [("The trains were late again,", D, "Tom Berg", "Tom Berg")]),
    ("\u201cThe trains were late again,\u201d London Bridge, said a commuter.",
     [("The trains were late again,", D, "a commuter", "a commuter")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), SPEAKER_ROWS)
def test_speaker_rows(paragraph: str, expected: list[Row]) -> None:
    assert rows_of(paragraph) == expected


STORY = (
    "\n\nThe treasurer has ruled out raising the goods and services tax in next week's budget, saying "
    "the economy is too fragile.\n\nShe said households could not bear it.\n"
)
TITLE = "Treasurer rules out GST rise in budget week"

# ArticleParser.kicker_over_signature: a kicker over one to SIGNATURE_LINES (three) bylines and
# stamps in its block, then the title; a name over a stamp under the kicker is its signature
KICKER_OVER_SIGNATURE = [
    (f"Politics\nBy Hannah Wootton\nPosted Mon 3 Mar 2025 at 5:12am\n{TITLE}{STORY}",
     ("Politics",), TITLE, ("Hannah Wootton",)),
    # (three lines, the most)
    (f"Politics\nBy Hannah Wootton and Tom Hale\nUpdated March 4, 2025\nPosted Mon 3 Mar 2025 at 5:12am\n{TITLE}{STORY}",
     ("Politics",), TITLE, ("Hannah Wootton", "Tom Hale")),
    # (a reading time under the byline, signs_at from the third line on)
    (f"Politics\nBy Jane Roe\n3 min read\n{TITLE}{STORY}", ("Politics",), TITLE, ("Jane Roe",)),
    # (a name alone over a stamp under the kicker)
    (f"Politics\nJane Roe\nMarch 3, 2025\n{TITLE}{STORY}", ("Politics",), TITLE, ("Jane Roe",)),
]


@pytest.mark.parametrize(("text", "section", "headline", "authors"), KICKER_OVER_SIGNATURE)
def test_kicker_over_signature(text: str, section: tuple[str, ...], headline: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse_article(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is not None and article.byline.authors == authors
    assert [p.text for p in article.paragraphs] == [
        "The treasurer has ruled out raising the goods and services tax in next week's budget, saying the economy is too fragile.",
        "She said households could not bear it.",
    ]


def test_kicker_over_signature_lines_alone() -> None:
    # a kicker and signature lines with nothing under them: read to the last line, no further
    article = newsparse.parse_article("Politics\nBy Jane Roe\nMarch 3, 2025")
    assert article.byline is not None and article.byline.authors == ("Jane Roe",)
    assert article.published is not None and article.published.text == "March 3, 2025"


# article._trim_word: a word without the marks at its edges, an apostrophe at its end kept
TRIM_WORD = [
    ("\u201eMerkel\u201c", "Merkel"),
    ("\u00abMacron\u00bb", "Macron"),
    ("Trump\u2019s", "Trump\u2019s"),
    ("Jones\u2019,", "Jones\u2019"),  # (the comma after a plural's apostrophe goes, the apostrophe stays)
    ("\u2014", ""),  # (marks alone)
    ("", ""),
]


@pytest.mark.parametrize(("word", "expected"), TRIM_WORD)
def test_trim_word(word: str, expected: str) -> None:
    assert _trim_word(word) == expected


# ArticleParser.names_subject: a title with as many words in capitals as in lower case is no
# title in title case: a name's surname in it is the story's subject, a kicker, no byline
NAME_OVER_STAMP_SUBJECT = [
    (f"Donald Trump\nMarch 3, 2025\nTrump signs Paris accord{STORY}", ("Donald Trump",), "Trump signs Paris accord", None),
    (f"Jane Roe\nMarch 3, 2025\nFerry fares rise on Monday{STORY}", (), "Ferry fares rise on Monday", ("Jane Roe",)),
]


@pytest.mark.parametrize(("text", "section", "headline", "authors"), NAME_OVER_STAMP_SUBJECT)
def test_name_over_stamp_subject(
    text: str, section: tuple[str, ...], headline: str, authors: tuple[str, ...] | None
) -> None:
    article = newsparse.parse_article(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert (article.byline and article.byline.authors) == authors


# NameModel.descriptor_lead: the capitalised words before a known given name that describe the
# person; one capitalised word is left out after a preposition in lower case (the place the words
# came from), not at the text's start
DESCRIPTOR_LEAD = [
    (None, ["Leeds", "Tom", "Berg"], ["speaking", "from"], 1),
    ("es", ["Albacete", "Luis", "Vega"], ["dijo", "desde"], 1),
    (None, ["Leeds", "Tom", "Berg"], [], 0),
    ("es", ["Albacete", "Luis", "Vega"], [], 0),
    (None, ["Brave", "Edith", "Moore"], [], 1),
    (None, ["Dock", "Master", "Robert", "Lane"], [], 2),  # (a descriptor of two words: read on past the first)
    (None, ["Europa", "Press", "Ana", "Gil"], [], 2),
    (None, ["Oxfam's", "Park", "Ji-won"], [], 1),  # (an owner before a surname and a hyphened given name)
    (None, ["Oxfam's", "Ann-Marie", "Kelly"], [], 1),
    (None, ["Mary", "Ann", "Lowe"], [], 0),
    (None, ["Hong", "Kong", "Ana", "Ruiz"], [], 2),  # (a place of two words the vocabulary knows)
]


@pytest.mark.parametrize(("language", "words", "before", "expected"), DESCRIPTOR_LEAD)
def test_descriptor_lead(language: str | None, words: list[str], before: list[str], expected: int) -> None:
    assert article_parser(language).byline.names.descriptor_lead(words, before) == expected


# ReportedSpeech.subject_head: a subject up to its first word in lower case that opens a
# prepositional phrase, a link or a relative clause after the head noun
SUBJECT_HEAD = [
    ("a nurse at the clinic", "a nurse"),
    ("officials at the port", "officials"),
    ("the surgeon who led the team", "the surgeon"),
    ("the mayor", "the mayor"),
    ("Ana Ortiz", "Ana Ortiz"),
]


@pytest.mark.parametrize(("phrase", "expected"), SUBJECT_HEAD)
def test_subject_head(phrase: str, expected: str) -> None:
    assert quote_parser().subject_head(phrase) == expected


# SpeakerResolution.owner_before_person: a possessive in a name owns a person after it (one word,
# or a known given name first, or two words with no word in lower case before the owner), never
# when the owner is a given name
OWNER_BEFORE_PERSON = [
    (["Oxfam's", "Smith"], 0, True),
    (["Fox's", "Chris", "Wallace"], 0, True),
    (["Oxfam's", "Ana", "Ruiz", "Vega"], 0, True),  # (a known given name right after the owner, three words)
    (["Ward's", "Automotive", "Reports"], 0, True),
    (["the", "trade", "paper", "Ward's", "Automotive", "Reports"], 3, False),
    (["Dreyer's", "Grand", "Ice", "Cream"], 0, False),
    (["St", "John's", "Ambulance"], 1, False),
]


@pytest.mark.parametrize(("words", "owner", "expected"), OWNER_BEFORE_PERSON)
def test_owner_before_person(words: list[str], owner: int, expected: bool) -> None:
    assert quote_parser().owner_before_person(words, owner) is expected


# SpeakerGrammar.at_subject_place: a phrase that opens its sentence, the text, or a line after a
# dash or a bullet, or follows a comma, is in a subject's place
AT_SUBJECT_PLACE = [
    ("\u2014 Ana Ruiz, who chairs the board, said", "Ana", True),
    ("Notes:\n\u2014 Ana Ruiz, who chairs the board, said", "Ana", True),
    ("The ferry \u2014 Ana Ruiz, who chairs the board, said", "Ana", False),  # (a dash inside the line)
    ("On Monday, the mayor, who chairs the board, said", "the mayor", True),
    ("It rained. The mayor, who chairs the board, said", "The mayor", True),
    ("Those who know Berg, who chairs the board, said", "Berg", False),
]


@pytest.mark.parametrize(("raw", "phrase", "expected"), AT_SUBJECT_PLACE)
def test_at_subject_place(raw: str, phrase: str, expected: bool) -> None:
    assert quote_parser().at_subject_place(raw, raw.index(phrase), 0) is expected


# ReportedSpeech.titled_name_between: the capitalised words after a quotation's closing mark are
# a title and a name (an honorific or a title with its period before one word, another title
# before a whole name of two words); not a place's name, nor a name with no title
TITLED_NAME_BETWEEN = [
    ("Mr Mokoena", (0, 10)),
    ("Dr Ana Ruiz", (0, 11)),
    ("Mayor Tom Hale", (0, 14)),
    ("Gov. Hale", (0, 9)),
    ("Mayor Hale", None),  # (a title with no period before one word)
    ("Hyde Park", None),
    ("Central Station", None),
    ("Ana Ruiz Vega", None),  # (no title)
    ("Gen. Hong Kong", None),  # (a place the vocabulary knows after the title)
]


@pytest.mark.parametrize(("raw", "expected"), TITLED_NAME_BETWEEN)
def test_titled_name_between(raw: str, expected: tuple[int, int] | None) -> None:
    assert quote_parser().titled_name_between(raw, 0, len(raw)) == expected


def test_name_over_role_above_the_headline() -> None:
    # ArticleParser.header_bare_byline: above the headline, a name over its role in its block is
    # the byline
    article = newsparse.parse_article(f"Ben Silverman\nGames Editor\n\n{TITLE}{STORY}")
    assert article.headline is not None and article.headline.text == TITLE
    assert article.byline is not None and article.byline.authors == ("Ben Silverman",)
    assert article.section == ()


# ArticleParser.header_bare_byline: above the headline, a name over a reading time over the title
# is the byline; under a kicker, a name over a stamp is the signature even when the title names it
NAME_OVER_READING_TIME = [
    (f"Jane Roe\n3 min read\n{TITLE}{STORY}", (), TITLE, ("Jane Roe",)),
    (f"Transport\nJane Roe\n3 min read\n{TITLE}{STORY}", ("Transport",), TITLE, ("Jane Roe",)),
    (f"Politics\nDonald Trump\n3 min read\nTrump signs Paris accord{STORY}", ("Politics",), "Trump signs Paris accord",
     ("Donald Trump",)),
]


@pytest.mark.parametrize(("text", "section", "headline", "authors"), NAME_OVER_READING_TIME)
def test_name_over_reading_time(text: str, section: tuple[str, ...], headline: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse_article(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is not None and article.byline.authors == authors


# SpeakerGrammar.clause_own_verb: the word after a relative pronoun is the clause's own verb when it
# is in lower case, no auxiliary, stop word, determiner, pronoun or adverb, ends like a verb, and
# the word after it opens its object
CLAUSE_OWN_VERB = [
    ("leads", "the", True),
    ("founded", "the", True),
    ("represents", "4,000", True),
    ("Rhodes", "the", False),  # (a capitalised word: the clause's own subject)
    ("they", "The", False),  # (a pronoun: the clause's own subject)
    ("had", "the", False),
    ("residents", "across", False),
]


@pytest.mark.parametrize(("word", "following", "expected"), CLAUSE_OWN_VERB)
def test_clause_own_verb(word: str, following: str, expected: bool) -> None:
    assert quote_parser().clause_own_verb(word, following) is expected


# DirectQuotes.coordinated_infinitive: the verb of an infinitive at most COORDINATED_INFINITIVE_WORDS
# words (six) before "and", no punctuation between, which the coordinator joins a second verb to
COORDINATED_INFINITIVE = [
    ("The vote prompted Ruiz to make a joke about yoga and call him", "make"),
    ("The vote prompted Ruiz to make a joke about his yoga and call him", "make"),  # (six words)
    ("The vote prompted Ruiz to stand up and say", "stand"),
    ("The vote prompted Ruiz to smile and say", "smile"),
    ("The vote prompted Ruiz to make a long joke about his yoga class and call him", None),  # (eight words)
    ("The vote prompted Ruiz to make a joke, and call him", None),  # (a comma between)
]


@pytest.mark.parametrize(("raw", "expected"), COORDINATED_INFINITIVE)
def test_coordinated_infinitive(raw: str, expected: str | None) -> None:
    found = quote_parser().coordinated_infinitive(raw, 0, raw.rindex(" and") + 1)
    assert (None if found is None else raw[found:].split()[0]) == expected
