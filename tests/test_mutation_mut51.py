"""Mutation pass mut51 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``609f6c37..da1e3b6d`` (single quotation marks, the speaker rules and the layout rules of stop 43),
made on main ``da1e3b6d``.  Each table pins down a rule whose mutants no test noticed: a predicate
read on words written for it, or a text and what must come out of it (see docs/testing.md,
"Mutation testing")."""

from __future__ import annotations

import functools

import pytest

from newsparse import ArticleParser, QuoteKind
from newsparse.lines import split_lines
from newsparse.quotes.parser import QuoteParser
from quote_cases import mention_rows, parser_for


@functools.cache
def parser(language: str | None = None) -> QuoteParser:
    """One parser (of *language*'s pack if given) for the predicate tables (parsers are stateless)."""
    return parser_for(language)


# SpeakerGrammar.given_then_place_word: exactly two words, a known given name first, then one
# capitalised word of letters in lower case after its capital, the two no place of the vocabulary
GIVEN_THEN_PLACE_WORD = [
    (["Lisa", "Park"], True),
    (["Emma", "Bridge"], True),
    (["Lisa"], False),
    (["Lisa", "Park", "Lane"], False),
    (["Park", "Lisa"], False),  # (no given name first)
    (["Lisa", "park"], False),
    (["Lisa", "PARK"], False),
    (["Lisa", "PArk"], False),
    (["Lisa", "Park2"], False),
    (["George", "Town"], False),  # (a place the vocabulary knows, a given name first)
]


@pytest.mark.parametrize(("words", "expected"), GIVEN_THEN_PLACE_WORD)
def test_given_then_place_word(words: list[str], expected: bool) -> None:
    assert parser().given_then_place_word(words) is expected


# ArticleParser.is_run_label: up to RUN_LABEL_WORDS words ending no sentence, one of LINK_RUN_LABELS
# among them in whole words, in any case, past closing marks and a colon
RUN_LABELS = [
    ("Most Read", True),
    ("Trending", True),
    ("Trending:", True),
    ("MOST READ", True),
    ("Most Read Business Stories Now", True),  # (five words, the most)
    ("Top Stories", True),
    ("Most read stories this week in sport", False),  # (seven words: a story's subhead)
    ("Most Read Stories Today.", False),  # (a sentence)
    ("The latest flood figures", False),
    ("Re-trending", False),
]


@pytest.mark.parametrize(("text", "expected"), RUN_LABELS)
def test_is_run_label(text: str, expected: bool) -> None:
    assert ArticleParser().is_run_label(text) is expected


# DirectQuotes.signing_description: a role after a name signing a quotation holds no relative
# pronoun, auxiliary, clause verb, cue or verb in the past
SIGNING_DESCRIPTIONS = [
    ('port authority chair."', True),
    ("an engineer", True),
    ("the chair who", False),
    ("which runs the port", False),
    ('and I am proud of it."', False),  # (a passive auxiliary alone of its list)
    ("port chair, to retire soon", False),  # (an auxiliary)
    ("port chair, not the mayor", False),
    ("port chair, fell ill", False),  # (a clause verb in the past without -ed)
    ("port chair, led the talks", False),
    ("the one said", False),  # (a cue)
    ("port chair, arrived", False),  # (a verb in the past)
]


@pytest.mark.parametrize(("description", "expected"), SIGNING_DESCRIPTIONS)
def test_signing_description(description: str, expected: bool) -> None:
    assert parser().signing_description(description) is expected


# SpeakerGrammar.names_joined_subject (through modified_subject): two whole names of two words or
# more joined as the subject make it together; since spk54 (stop 47, subject_conjunct) a surname
# alone or a body's name on either side joins too: both subjects speak
JOINED_SUBJECTS = [
    ("Ana Ruiz and Tom Berg met on Wednesday, saying the talks had gone well.", "Ana Ruiz and Tom Berg"),
    ("Ruiz and Tom Berg met on Wednesday, saying the talks had gone well.", "Ruiz and Tom Berg"),
    ("Harbour Energy and Tom Berg met on Wednesday, saying the talks had gone well.", "Harbour Energy and Tom Berg"),
    ("Ana Ruiz and Harbour Energy met on Wednesday, saying the talks had gone well.", "Ana Ruiz and Harbour Energy"),
]


@pytest.mark.parametrize(("sentence", "subject"), JOINED_SUBJECTS)
def test_joined_name_subject(sentence: str, subject: str) -> None:
    found = parser().modified_subject(sentence, (0, len(sentence)))
    assert found is not None
    assert found.text == subject


# DirectQuotes.opens_with_link: the first word from the position, nothing but blanks before it,
# is a link of OF_WORDS ("de", "del") in the Spanish pack
SPANISH_LINK_OPENINGS = [
    ("respondió a la pregunta de una senadora", True),
    ("respondió a la pregunta del PSOE", True),
    ("respondió a la pregunta, de una senadora", False),  # (a comma before it)
    ("respondió a la pregunta el ministro", False),
    ("respondió a la pregunta", False),  # (no word after)
]


@pytest.mark.parametrize(("raw", "expected"), SPANISH_LINK_OPENINGS)
def test_spanish_opens_with_link(raw: str, expected: bool) -> None:
    pos = raw.index("pregunta") + len("pregunta")
    assert parser("es").opens_with_link(raw, pos, len(raw)) is expected


# ArticleParser.is_credit_shaped: one to CREDIT_SHAPE_WORDS words (pieces at a slash counted),
# each capitalised, no article, possessive or digit, a letter at the end
CREDIT_SHAPES = [
    ("Berkeley Earth", True),
    ("Harbour Archive/Local Studio", True),  # (four words, the most)
    ("Harbour Archive Local Studio", True),
    ("Studio B", True),
    ("Harbour Archive/Local Studio/Pool", False),  # (five)
    ("Harbour Archive Local Studio Pool", False),
    ("A/B", False),  # (an article among the pieces)
    ("Berkeley Earth.", False),
    ("Berkeley earth", False),
    ("Studio 54 Archive", False),
    ("Planet F1 Photos", False),  # (a digit inside a capitalised word)
    ("The Verdict", False),
    ("Tubman's Hymnal", False),
]


@pytest.mark.parametrize(("text", "expected"), CREDIT_SHAPES)
def test_is_credit_shaped(text: str, expected: bool) -> None:
    assert ArticleParser().is_credit_shaped(text) is expected


# ArticleParser.is_fact_line: FACT_WORDS words up to PROSE_WORDS (not counting it), with a word in
# lower case, no title case, no sentence end, label or boilerplate
FACT_LINES = [
    ("Power cut to 80,000 homes in Cork and Kerry", True),
    ("Schools closed until Monday", True),
    ("Ferry services cancelled until further notice on the island", True),
    # (twenty words: running text)
    ("Ferries cancelled between the island and the mainland for the whole weekend and into Monday as the storm moves east", False),
    ("Three roads shut", False),  # (three words)
    ("Power cut to homes in Cork.", False),
    ("Schools closed until Monday!", False),
    ("Roads closed in these areas:", False),
    ("Power Cut to Homes in Cork and Kerry", False),  # (title case: a link)
    ("POWER CUT TO 80,000 HOMES", False),
    ("Sign up for our newsletter today", False),  # (boilerplate)
]


@pytest.mark.parametrize(("text", "expected"), FACT_LINES)
def test_is_fact_line(text: str, expected: bool) -> None:
    assert ArticleParser().is_fact_line(split_lines(text)[0]) is expected


# SpeakerGrammar.past_titles: the words of a name past the titles before it, the last word kept
PAST_TITLES = [
    (["Dr.", "Alan", "Webb"], ["Alan", "Webb"]),
    (["Gov.", "Lt.", "Ana", "Ruiz"], ["Ana", "Ruiz"]),
    (["Dr.", "Webb"], ["Webb"]),
    (["Alan", "Webb"], ["Alan", "Webb"]),
    (["Dr."], ["Dr."]),  # (the last word, a title, kept)
    (["President", "Mayor"], ["Mayor"]),
    ([], []),
]


@pytest.mark.parametrize(("words", "expected"), PAST_TITLES)
def test_past_titles(words: list[str], expected: list[str]) -> None:
    assert parser().past_titles(list(words)) == expected


# SpeakerGrammar.unclosed_role_of_body: between the name's comma and the body, words in lower case
# ending in a noun for one person and one of APPOSITIVE_LINKS ("for", "at"); the name before the
# comma (past its titles) a whole name
UNCLOSED_ROLES_OF_BODY = [
    ('"The storm will pass," Gail Martell, chief meteorologist for Harbour Weather said.', True),
    ('"The storm will pass," Gail Martell, a meteorologist at Harbour Weather said.', True),
    ('"The storm will pass," Gail Martell, chief forecaster for Harbour Weather said.', True),
    ('"The storm will pass," Dr. Gail Martell, chief meteorologist for Harbour Weather said.', True),
    ('"The storm will pass," Gail Martell, chief meteorologists for Harbour Weather said.', False),  # (a plural)
    ('"The storm will pass," Gail Martell, analysts at Harbour Weather said.', False),
    ('"The storm will pass," Gail Martell, forecasting for Harbour Weather said.', False),  # (a gerund)
    ('"The storm will pass," Gail Martell, storm for Harbour Weather said.', False),  # (no noun for people)
    ('"The storm will pass," Gail Martell, a chief meteorologist Harbour Weather said.', False),  # (no link)
    ('"The storm will pass," Gail Martell, the meteorologist and Harbour Weather said.', False),
]


@pytest.mark.parametrize(("raw", "expected"), UNCLOSED_ROLES_OF_BODY)
def test_unclosed_role_of_body(raw: str, expected: bool) -> None:
    pos = raw.index("Gail Martell") if raw.find("Dr.") < 0 else raw.index("Dr.")
    comma = raw.index(",", raw.index("Martell"))
    body = raw.index("Harbour Weather")
    assert parser().unclosed_role_of_body(raw, pos, comma, (body, body + len("Harbour Weather"))) is expected


# SpeakerGrammar.participle_at: the word at the position is one of PARTICIPLES; none at the end
PARTICIPLES_AT = [
    ("the man, adding that the plan had failed", 9, True),
    ("the man said", 8, False),
    ("the man", 7, False),
]


@pytest.mark.parametrize(("raw", "pos", "expected"), PARTICIPLES_AT)
def test_participle_at(raw: str, pos: int, expected: bool) -> None:
    assert parser().participle_at(raw, pos) is expected


# SpeakerGrammar.tagged_subject: a name with an age or a party tag opening the sentence, then its
# verb, speaks in a cue later in the sentence
TAGGED_SUBJECTS = [
    (
        "Jim Bell, 54, left the firm in May and said the plan had failed.",
        [("the plan had failed", QuoteKind.INDIRECT, "Jim Bell", "Jim Bell")],
    ),
    (
        "Ana Ortiz (D-Ariz.) voted against the bill and said it went too far.",
        [("it went too far", QuoteKind.INDIRECT, "Ana Ortiz", "Ana Ortiz")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), TAGGED_SUBJECTS)
def test_tagged_subject(paragraph: str, expected: list[tuple[str, QuoteKind, str | None, str | None]]) -> None:
    assert mention_rows(paragraph, headline="Harbour notebook") == expected


# ArticleParser.is_story_block: a block of body lines ending a sentence, of RUN_STORY_WORDS words
# or more in all
STORY_BLOCKS = [
    ("The ferry will run again from Monday, the council said.", True),
    ("The ferry will run again from Monday.", False),  # (seven words)
    ("The ferry runs again.\nTickets are on sale.", True),  # (eight words over two lines, the fewest)
    ("The ferry will run again from Monday, the council said", False),  # (no sentence end)
    ("The ferry will run again from these piers:", False),
    ("", False),
]


@pytest.mark.parametrize(("text", "expected"), STORY_BLOCKS)
def test_is_story_block(text: str, expected: bool) -> None:
    assert ArticleParser().is_story_block(split_lines(text)) is expected


# DirectQuotes.opens_speaker_phrase: a phrase whose first word is capitalised, a determiner or a
# possessive determiner, maybe elided onto its noun; not a preposition's complement
SPEAKER_PHRASE_OPENINGS = [
    ("es", "Marta Gil", True),
    ("es", "el capitán Luis Mora", True),
    ("es", "su portavoz", True),
    ("es", "de Luis Mora", False),
    ("es", "", False),
    ("es", "   ", False),
    ("fr", "l'avocate", True),
    ("fr", "l’avocate du maire", True),
    ("fr", "d'Ana Ruiz", False),
    ("fr", "sondages récents", False),  # (opens with a determiner's letters, no elision)
]


@pytest.mark.parametrize(("language", "phrase", "expected"), SPEAKER_PHRASE_OPENINGS)
def test_opens_speaker_phrase(language: str, phrase: str, expected: bool) -> None:
    assert parser(language).opens_speaker_phrase(phrase) is expected
