"""Exact behaviour of the helpers of :mod:`newsparse.quotes.words` that every quote layer shares, on
the kind of text they see: a paragraph with its quotation marks, an attribution and a sentence end.
The parser is built inside each test, so that a change to ``QuoteWords.__init__`` reaches it."""

from __future__ import annotations

import pytest

from articles import checked_quotes
from newsparse.quotes.languages import GermanVocabulary, language_pack
from newsparse.quotes.words import QuoteWords, any_of, ends_with


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["told", "said", "according to"], r"according\ to|said|told"),
        ((w for w in ("says", "said")), "said|says"),
        ([], "(?!)"),
    ],
)
def test_any_of(words: list[str], expected: str) -> None:
    assert any_of(words) == expected


@pytest.mark.parametrize(
    ("raw", "start", "end", "chars", "expected"),
    [
        ("He said.  ", 0, 10, ".!?", True),
        ("He said.  ", 0, 7, ".!?", False),
        ("Why now?\n", 0, 9, ".!?", True),
        ("   ", 0, 3, ".", False),
        ("x. ", 1, 3, ".", True),
        ("x. ", 2, 3, ".", False),
        ("He said.", 0, 8, "", False),
    ],
)
def test_ends_with(raw: str, start: int, end: int, chars: str, expected: bool) -> None:
    assert ends_with(raw, start, end, chars) is expected


@pytest.mark.parametrize(
    ("raw", "pos", "floor", "expected"),
    [
        ("Ortiz said", 3, 0, 5),
        ("Ortiz said", 5, 0, 5),
        ("Ortiz said", 6, 0, 6),
        ("Ortiz said", 2, 2, 2),
        ("Ortiz said", 1, 3, 3),
        ("Ortiz", 2, 0, 5),
        ("Ortiz-Ruiz", 3, 0, 5),
    ],
)
def test_word_boundary(raw: str, pos: int, floor: int, expected: int) -> None:
    assert QuoteWords.word_boundary(raw, pos, floor) == expected


@pytest.mark.parametrize(
    ("raw", "start", "end", "expected"),
    [
        ("he said, ", 0, 9, 7),
        ('"We won,"  ', 0, 11, 9),
        ("said.!?;: ", 4, 10, 4),
        ("...", 0, 3, 0),
        ("over:", 0, 5, 4),
        ("it ends\n", 0, 8, 7),
        # a capital X ends a name, not the sentence
        ("the unit was sold to NordX.", 0, 27, 26),
    ],
)
def test_trim_end(raw: str, start: int, end: int, expected: int) -> None:
    assert QuoteWords.trim_end(raw, start, end) == expected


@pytest.mark.parametrize(
    ("raw", "start", "end", "expected"),
    [
        ("“ We won ”", 1, 9, (2, 8)),
        ('"   "', 1, 4, (4, 4)),
        ('" x"', 1, 3, (2, 3)),
        ('"We won"', 1, 7, (1, 7)),
        # a blank window followed by more blanks stays empty where it ends
        ("Ortiz:   ", 6, 7, (7, 7)),
    ],
)
def test_strip_inner(raw: str, start: int, end: int, expected: tuple[int, int]) -> None:
    assert QuoteWords.strip_inner(raw, start, end) == expected


@pytest.mark.parametrize(
    ("pos", "claimed", "expected"),
    [(5, [(0, 5), (7, 9)], False), (0, [(0, 5)], True), (4, [(0, 5)], True), (6, [(0, 5), (6, 7)], True), (3, [], False)],
)
def test_is_claimed(pos: int, claimed: list[tuple[int, int]], expected: bool) -> None:
    assert QuoteWords.is_claimed(pos, claimed) is expected


@pytest.mark.parametrize(
    ("pos", "marks", "expected"),
    [
        (3, [(2, 8)], True),
        (2, [(2, 8)], False),
        (8, [(2, 8)], False),
        (7, [(2, 8)], True),
        (1, [(2, 8)], False),
        (10, [(2, 8), (9, 12)], True),
        (9, [(2, 8), (9, 12)], False),
        (5, [], False),
    ],
)
def test_inside_marks(pos: int, marks: list[tuple[int, int]], expected: bool) -> None:
    assert QuoteWords.inside_marks(pos, marks) is expected


@pytest.mark.parametrize(
    ("raw", "regular", "expected"),
    [
        # a straight opening mark closed by a curly one, with no regular closing mark after it
        ('"We won,” she said.', -1, 8),
        # the regular mark comes first: no mixed one to look for
        ('"We won," she said.', 8, 8),
        # a curly opening mark closed by a straight one before its regular closing mark
        ('“We won," she said, “and we will win again.”', 43, 8),
        # a curly mark closed by another curly opening one, as a keyboard's autocorrect leaves it
        ("“We won“ she said.", -1, 7),
        # a curly closing mark that closes a quotation opened inside is not the outer one's
        ('"He shouted “Stop!” twice," she said.', 26, 26),
        ('"He shouted “Stop!” twice,” she said.', -1, 26),
        # a mixed mark after a space or before a letter ends no quotation
        ('"We won ” she said.', -1, -1),
        ('"A 12”x9in print," he said.', 17, 17),
        # a capital X glued to a word is no closing mark
        ('"The NORDX plan is dead,” she said.', -1, 24),
        # at the very end of the text, and before a dash
        ('"We won”', -1, 7),
        ('"We won”— and left', -1, 7),
        ('"We won”) and left', -1, 7),
        # an opening mark without mixed closers
        ("„Wir haben gewonnen“, sagte sie.", 19, 19),
    ],
)
def test_mixed_closing_mark(raw: str, regular: int, expected: int) -> None:
    assert QuoteWords().mixed_closing_mark(raw, 0, regular) == expected


@pytest.mark.parametrize(
    ("attributes", "message"),
    [
        ({"SPEECH_VERBS": ("said", "")}, "MyQuotes.SPEECH_VERBS[1] is a blank word ''; remove it"),
        ({"STOP_WORDS": ["and", "  "]}, "MyQuotes.STOP_WORDS[1] is a blank word '  '; remove it"),
        ({"TAIL_WORDS": ("\n", "to")}, "MyQuotes.TAIL_WORDS[0] is a blank word '\\n'; remove it"),
        (
            {"QUOTE_PAIRS": (("“", "”"), ("''", "''"))},
            "MyQuotes.QUOTE_PAIRS[1] is (\"''\", \"''\"): each pair is an opening and a closing mark of one character "
            "each (put marks of two characters, such as '', in QUOTE_DIGRAPHS)",
        ),
        ({"QUOTE_PAIRS": (("«", "»", "»"),)}, "MyQuotes.QUOTE_PAIRS[0] is ('«', '»', '»'): each pair"),
        ({"QUOTE_PAIRS": (("«", " "),)}, "MyQuotes.QUOTE_PAIRS[0] is ('«', ' '): each pair"),
        ({"QUOTE_PAIRS": (("«",),)}, "MyQuotes.QUOTE_PAIRS[0] is ('«',): each pair"),
        ({"QUOTE_PAIRS": (("«", 1),)}, "MyQuotes.QUOTE_PAIRS[0] is ('«', 1): each pair"),
    ],
)
def test_check_vocabularies_refuses(attributes: dict[str, object], message: str) -> None:
    cls = type("MyQuotes", (QuoteWords,), attributes)
    with pytest.raises(ValueError) as error:
        cls()
    assert str(error.value).startswith(message)


def test_check_vocabularies_accepts_lists_that_are_no_words() -> None:
    cls = type("MyQuotes", (QuoteWords,), {"QUOTE_PAIRS": (("«", "»"), ("“", "”")), "MAX_NAME_WORDS": 3})
    words = cls()
    assert words.mixed_closing_mark("«Nous avons gagné», a-t-il dit.", 0, 16) == 16


@pytest.mark.parametrize(
    ("cls", "vocabulary", "message"),
    [
        (QuoteWords, "en", "QuoteWords(vocabulary=...) expects a Vocabulary instance or None, not str 'en'"),
        (type("MyQuotes", (QuoteWords,), {}), 1, "MyQuotes(vocabulary=...) expects a Vocabulary instance or None, not int 1"),
    ],
)
def test_the_vocabulary_is_checked(cls: type[QuoteWords], vocabulary: object, message: str) -> None:
    with pytest.raises(TypeError) as error:
        cls(vocabulary)  # type: ignore[arg-type]
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("raw", "regular", "expected"),
    [
        # a mixed mark after the regular closing mark is never read (an inch mark later in the sentence)
        ('"We won," she said of the 12” trophy.', 8, 8),
        # a paragraph that goes on with a quotation from the one before: its closing mark comes
        # before the quotation opened here, and does not close it
        ('the plan is dead,” she said. Her rival replied: "We won,” and left.', -1, 56),
        # a straight mark that ends the paragraph is not read before the opening one
        ('“We won," she said. "It was hard."', -1, 8),
    ],
)
def test_mixed_closing_mark_reads_only_between_the_marks(raw: str, regular: int, expected: int) -> None:
    open_ = raw.index('"') if raw[0] != "“" else 0
    assert QuoteWords().mixed_closing_mark(raw, open_, regular) == expected


@pytest.mark.parametrize(
    ("word", "title"),
    [("Bundesminister", True), ("Innenministerin", True), ("Minister", True), ("Regierungssprecherin", True), ("Ortiz", False)],
)
def test_german_titles_and_roles_by_their_ending(word: str, title: bool) -> None:
    vocabulary = GermanVocabulary()
    assert (vocabulary.is_title(word), vocabulary.is_role_noun(word)) == (title, title)


def test_language_pack_names_the_known_codes() -> None:
    assert language_pack("EN_gb").code == "en-GB"
    with pytest.raises(ValueError) as error:
        language_pack("pt-BR")
    assert str(error.value) == (
        "no language pack for 'pt-BR'; known: en, en-GB, fr, de, es (and English read day first: en-AU, en-NZ, "
        "en-IE, en-IN, en-PK, en-BD, en-LK, en-ZA, en-NG, en-GH, en-KE, en-UG, en-TZ, en-ZM, en-ZW, en-SG, en-MY, "
        "en-HK, en-MT, en-CY, en-JM, en-TT, en-FJ)"
    )


@pytest.mark.parametrize(
    ("word", "is_name_word"),
    [
        # a hyphened word with a lower-case part is a noun, one with capitals a double name
        ("Co-author", False),
        ("Ex-husband", False),
        ("Ortiz-Ruiz", True),
        ("Jean-Pierre", True),
        # an elided article before a lower-case word is no name, before a capital it is one
        ("D'après", False),
        ("L’entraîneur", False),
        ("D'Souza", True),
        ("O’Neill", True),
    ],
)
def test_the_name_words_of_the_quote_engine(word: str, is_name_word: bool) -> None:
    assert QuoteWords().names.is_name_word(word) is is_name_word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural pronoun does not go to the one person who spoke before
        (
            'Ana Ortiz said the talks with the council had failed. "We will try again next week," they said.',
            [("the talks with the council had failed", "Ana Ortiz"), ("We will try again next week,", "they")],
        ),
        # a label before a colon is no speaker
        ('Update: "The coastal road has reopened to all traffic."', [("The coastal road has reopened to all traffic.", None)]),
        # a gendered title picks the person a pronoun refers to
        (
            "Councilwoman Mia Torres and Councilman Dean Price argued over the budget. “It is a question of safety,” she said.",
            [("It is a question of safety,", "Mia Torres")],
        ),
        (
            'Ana Ortiz and Ben Lee left the meeting early. "We will be back next week," they said.',
            [("We will be back next week,", "they")],
        ),
        # a month's abbreviation with its period does not end the sentence
        (
            "The ferry service will resume on Sept. 30, the harbour master said on Monday.",
            [("The ferry service will resume on Sept. 30", "the harbour master")],
        ),
        # "they" goes to a plural speaker before it, never to one person
        (
            '"The talks with the council have failed," Ana Ortiz said. "We will try again next week," they said.',
            [("The talks with the council have failed,", "Ana Ortiz"), ("We will try again next week,", "they")],
        ),
        (
            '"The talks have failed," the two unions said in a statement. "We will try again," they said.',
            [("The talks have failed,", "the two unions"), ("We will try again,", "the two unions")],
        ),
        # someone speaking for a person named before is not that person
        (
            'Ana Ortiz won the vote on Monday. "We are pleased with the result," a spokeswoman for Ortiz said.',
            [("We are pleased with the result,", "a spokeswoman for Ortiz")],
        ),
        (
            'Ana Ortiz won the vote on Monday. "We are pleased with the result," said a lawyer close to Ortiz.',
            [("We are pleased with the result,", "a lawyer close to Ortiz")],
        ),
        (
            'Ana Ortiz won the vote on Monday. "We are pleased with the result," a source familiar with Ortiz said.',
            [("We are pleased with the result,", "a source familiar with Ortiz")],
        ),
        # a preposition in -ing before a colon introduces no speaker
        (
            'The nurses set out a long list of demands, including: "Higher wages for every nurse in the region."',
            [("Higher wages for every nurse in the region.", None)],
        ),
    ],
)
def test_a_parser_built_here_reads_pronouns_and_prepositions(text: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = checked_quotes(text)  # (a new QuoteParser, so its constructor runs under a mutant)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected
