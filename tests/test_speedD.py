"""Stop 27's speed work on the quote engine's own passes (issue 7): a paragraph's cues read once
and looked up again after its rules ran (``DirectQuotes.statement_cues``), tokens split with the
common marks outside ASCII made blanks (``SpeakerGrammar.split_tokens``), a token character
answered by a set lookup (``SpeakerGrammar.is_token_char``), the place preposition before a
phrase read from its end (``SpeakerGrammar.after_place_preposition``), and the cheap test of a
paragraph (``QuoteParser.might_hold_quotes``) in a new order.  Each must give what the slower
reading gave."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import regex

from newsparse.quotes import QuoteParser
from newsparse.quotes.model import State
from newsparse.spans import Paragraph, Span
from quote_cases import Case, parser_for, quotes_of, speaker_rows

PARSER = QuoteParser()
TOKEN = regex.compile(r"[\p{L}\p{M}\-]++")
TOKEN_CHAR = regex.compile(r"[\p{L}\p{M}\-]")


# --- split_tokens: the tokens the token pattern finds, whatever marks stand around them -------------

TOKEN_TEXTS = [
    "The minister said on Tuesday that the plan would go ahead.",
    "“We will not back down,” said Ana Ruiz, the union’s leader — and her deputy agreed…",
    "‘Don’t wait,’ she said – then left ― quickly.",
    "Les élus ont déclaré jeudi : « Nous refusons » — a-t-il ajouté.",
    "Señora Núñez\xa0dijo que «no».",
    "A combining tilde: nin\u0303o said it; so did Zoë.",
    "Hyphens-in-words and -- dashes -- and a well-known rock ’n’ roll band.",
    "Mixed: “café” and “naïve” — both said.",
    "\u201c\u201d\u2019\u2018\u2014\u2013\u2015\u2026",
    "Lone surrogate \ud800 between words said.",
    "",
]


@pytest.mark.parametrize("text", TOKEN_TEXTS)
def test_split_tokens_are_the_token_pattern_s(text: str) -> None:
    assert PARSER.split_tokens(text) == TOKEN.findall(text)


def test_split_tokens_reads_curly_marks_as_breaks() -> None:
    assert PARSER.split_tokens("“We’re done,” said Ortiz—finally…") == ["We", "re", "done", "said", "Ortiz", "finally"]


# --- is_token_char: a letter, a combining mark or a hyphen ------------------------------------------

TOKEN_CHARS = "aZ-é\u0303ß"
NOT_TOKEN_CHARS = " 7.,'’“—\xa0_@"


@pytest.mark.parametrize("char", list(TOKEN_CHARS))
def test_token_characters(char: str) -> None:
    assert PARSER.is_token_char(f"x{char}y", 1)


@pytest.mark.parametrize("char", list(NOT_TOKEN_CHARS))
def test_characters_in_no_token(char: str) -> None:
    assert not PARSER.is_token_char(f"x{char}y", 1)


@pytest.mark.parametrize("pos", [-1, 3, 10])
def test_token_char_outside_the_text_is_the_pattern_s(pos: int) -> None:
    text = "abc"
    assert PARSER.is_token_char(text, pos) == (TOKEN_CHAR.match(text, pos) is not None)


# --- statement_cues: the cues of the paragraph just read, from its scan ----------------------------


def read_paragraph(parser: QuoteParser, text: str) -> State:
    """A state after *parser* read *text* as the one paragraph of an article."""
    state = State(parser.person_index(text, [Paragraph(text, Span(0, len(text)))], ()), text)
    parser.parse_paragraph(text, Paragraph(text, Span(0, len(text))), 0, state)
    return state


STATEMENT_TEXTS = [
    "Mayor Ana Ruiz said in a statement.",
    "The council's spokesman, Tom Berg, told reporters on Monday.",
    "Rain fell all day on Tuesday.",  # (no cue: might_hold_quotes reads no further)
    "Prices rose, officials said, and then fell.",
    "The agency pointed out in a letter.  ",  # (blanks after the paragraph's words)
    "The firm’s chief said in a note.",  # (a mark outside ASCII)
]


def cue_rows(found: list[regex.Match[str]]) -> list[tuple[str, int, int]]:
    return [(cue.group(), cue.start(), cue.end()) for cue in found]


@pytest.mark.parametrize("text", STATEMENT_TEXTS)
def test_statement_cues_are_the_paragraph_s_cues(text: str) -> None:
    state = read_paragraph(PARSER, text)
    assert state.paragraph_scan is not None  # (kept for remember_statement)
    raw = text.rstrip()
    assert cue_rows(PARSER.statement_cues(raw, state)) == cue_rows(list(PARSER.cues(raw, 0, len(raw))))


def test_statement_cues_of_another_text_read_it_again() -> None:
    state = read_paragraph(PARSER, "Mayor Ana Ruiz said in a statement.")
    other = "Tom Berg told reporters in an interview."
    assert cue_rows(PARSER.statement_cues(other, state)) == [("told", 9, 13)]


class NoCues(QuoteParser):
    """A parser that finds no cue anywhere: every rule that reads cues, remember_statement's too,
    goes through :meth:`cues`."""

    def cues(self, raw: str, start: int, end: int) -> Iterator[regex.Match[str]]:
        return iter(())


def test_statement_cues_go_through_the_cues_hook() -> None:
    parser = NoCues()
    state = read_paragraph(parser, "Mayor Ana Ruiz said in a statement.")
    assert parser.statement_cues("Mayor Ana Ruiz said in a statement.", state) == []


STATEMENT_ARTICLE = (
    "Mayor Ana Ruiz said in a statement.\n\n"
    '"The bridge will reopen on Monday, and we thank every driver for their patience."'
)


def test_a_statement_paragraph_gives_the_next_quotation_its_speaker() -> None:
    assert speaker_rows(STATEMENT_ARTICLE) == [
        ("The bridge will reopen on Monday, and we thank every driver for their patience.", "Ana Ruiz", "Mayor Ana Ruiz"),
    ]


def test_a_statement_paragraph_gives_no_speaker_without_the_cues_hook() -> None:
    text = STATEMENT_ARTICLE
    paragraphs, start = [], 0
    for piece in text.split("\n\n"):
        paragraphs.append(Paragraph(piece, Span(start, start + len(piece))))
        start += len(piece) + 2
    quotes = NoCues().parse(text, paragraphs)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("The bridge will reopen on Monday, and we thank every driver for their patience.", None),
    ]


# --- after_place_preposition: a phrase after a place preposition, after a noun that speaks ---------

PLACE_CASES = [
    Case(
        'A plumber from Leeds said: "The pipes froze overnight."',
        [("D", "The pipes froze overnight.", 28, 54, "said", "A plumber from Leeds", None)],
    ),
    Case(
        '"We are ready," officials in Lyon said on Friday.',
        [("D", "We are ready,", 1, 14, "said", "officials in Lyon", None)],
    ),
    Case(
        '"We are ready," Ana Ruiz said in Lyon on Friday.',
        [("D", "We are ready,", 1, 14, "said", "Ana Ruiz", None)],
    ),
]


@pytest.mark.parametrize("case", PLACE_CASES, ids=lambda case: str(case.pieces)[:40])
def test_place_preposition_cases(case: Case) -> None:
    assert quotes_of(case) == case.expected


WORD = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.\-]*+")


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("A plumber from Leeds", "Leeds", True),  # ("from" right before the phrase, after a noun that may speak)
        ("Officials in Beijing", "Beijing", True),
        ("Earlier on Monday Tom Berg", "Monday", False),  # (an adverb before the preposition)
        ("Speaking in Paris Ana Ortiz", "Paris", False),  # (a participle before it)
        ("In Paris Ana Ortiz", "Paris", False),  # (the window's first word is the preposition)
        ("A plumber from Leeds and Tom Berg", "Tom", False),  # (words between the preposition and the phrase)
        ("A plumber from Leeds", "A", False),  # (no word before the phrase)
    ],
)
def test_after_place_preposition(text: str, phrase: str, expected: bool) -> None:
    words = list(WORD.finditer(text))
    assert PARSER.after_place_preposition(text, words, text.index(phrase)) is expected


# --- might_hold_quotes: any order of its tests gives the same answer -------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (None, "Rain fell all day on Tuesday.", False),
        (None, "The mayor said the bridge would reopen.", True),
        (None, 'The bridge will "reopen" soon.', True),
        (None, "MARIA LOPEZ: We kept going.", True),  # (a transcript's turn)
        (None, "The council met on Tuesday to read the following:", True),  # (a colon ends it)
        ("es", "»La inflación no bajará.", True),  # (a quotation going on from the paragraph before)
        ("de", "Die Stadt brauche mehr Geld, so Miersch.", True),  # (an attribution particle)
        ("de", "Die Stadt baut eine neue Brücke.", False),
    ],
)
def test_might_hold_quotes(language: str | None, text: str, expected: bool) -> None:
    parser = parser_for(language)
    with parser.reading(text):
        assert parser.might_hold_quotes(text) is expected


# --- token_before: the token before a place, read back in one search -------------------------------


@pytest.mark.parametrize(
    ("text", "pos", "floor", "expected"),
    [
        ("the mayor is telling voters", 13, 0, "is"),  # (past the blank before the token at pos)
        ("Ana Ortiz, who said", 11, 0, "Ortiz"),  # (past a comma and a blank)
        ("the well-known critic", 15, 0, "well-known"),  # (pos inside a token: what stands before it)
        ("the mayor’s aide", 12, 0, "s"),  # (an apostrophe is in no token)
        ("the mayor said", 10, 6, "yor"),  # (cut at the floor)
        ("Zoë said", 4, 0, "Zoë"),
        ("... -- ,", 8, 0, "--"),  # (hyphens make a token)
        ("  , . ", 6, 0, ""),  # (no token before it)
        ("the mayor said", 4, 4, ""),  # (pos at the floor)
        ("abc def", 9, 0, "def"),  # (pos past the text's end)
    ],
)
def test_token_before(text: str, pos: int, floor: int, expected: str) -> None:
    assert PARSER.token_before(text, pos, floor) == expected
