"""The cheap tests the quote engine runs before a rule reads a piece word by word (issue 7,
speed): ``QuoteWords.may_hold_word`` (a word of a list, or a part of a word, in a folded piece),
``SpeakerGrammar.word_at`` (the first word at or after a position, read from the end), and the rules
that now run behind them, each with a shape the cheap test lets through beside one it stops:
``relative_head`` (a relative pronoun for people within reach), ``sentence_subject`` (the first
word decides once; a comma before the verb ends the search), ``owner_gender`` (a possessive in
the piece) and ``note_followers`` (the sentences after the speaker's, up to the first person
acting apart).  Table-driven, on text written for these tests."""

from __future__ import annotations

import pytest
import regex

from articles import checked_quotes
from newsparse.quotes.grammar import SpeakerGrammar
from newsparse.quotes.words import QuoteWords

# a piece, the words looked for, whether one may stand in it
MAY_HOLD = [
    ("Tom Berg introduced his colleague", ("his", "her"), True),
    ("Tom Berg introduced HIS colleague", ("his", "her"), True),  # (folded: any case)
    ("Tom Berg introduced this colleague", ("his", "her"), True),  # (inside a word: the rule reads on)
    ("Tom Berg introduced the colleague", ("his", "her"), False),
    ("Voters who'd backed Ana Ortiz", ("who",), True),
    ("Voters backing Ana Ortiz", ("who",), False),
    ("", ("who",), False),
    ("anything at all", (), False),
]


@pytest.mark.parametrize(("piece", "words", "expected"), MAY_HOLD)
def test_may_hold_word(piece: str, words: tuple[str, ...], expected: bool) -> None:
    assert QuoteWords.may_hold_word(piece, words) is expected


SENTENCE = "An adviser to Ana Ortiz said"
WORDS = list(regex.finditer(r"\w+", SENTENCE))  # An 0, adviser 3, to 11, Ana 14, Ortiz 18, said 24


@pytest.mark.parametrize(
    ("start", "expected"),
    [(0, 0), (1, 1), (3, 1), (4, 2), (14, 3), (15, 4), (24, 5), (25, 6), (len(SENTENCE) + 5, 6)],
)
def test_word_at(start: int, expected: int) -> None:
    found = SpeakerGrammar.word_at(WORDS, start)
    assert found == expected
    # (the same as the first word that starts at or after it, read in order)
    assert found == next((i for i, m in enumerate(WORDS) if m.start() >= start), len(WORDS))


# the words before a cue, the speaker's phrase read before it (None for none): a relative pronoun
# for people within reach (a contraction after it too) makes its antecedent the speaker; without
# one the phrase runs up to the cue
PHRASES = [
    ("Voters who backed Tom Berg in the primary said", "Voters"),
    ("Voters who'd backed Tom Berg said", "Voters"),
    ("Voters backing Tom Berg said", "Voters backing Tom Berg"),
    ("The WHO backed Tom Berg said", "The WHO backed Tom Berg"),  # (an acronym, no relative pronoun)
    ("An adviser to Ana Ortiz said", "An adviser to Ana Ortiz"),
    ("The first woman to lead the club said", "The first woman"),
]


@pytest.mark.parametrize(("sentence", "expected"), PHRASES)
def test_phrase_before_behind_prefilters(sentence: str, expected: str | None) -> None:
    cue = sentence.rfind(" said") + 1
    found = SpeakerGrammar().phrase_before(sentence, cue, 0, lenient=True)
    assert (sentence[found[0] : found[1]] if found is not None else None) == expected


class WhichForPeople(SpeakerGrammar):
    """A grammar whose relative pronouns for people include ``which``."""

    PERSONAL_RELATIVE_PRONOUNS = ("who", "which")


@pytest.mark.parametrize(
    ("grammar", "expected"),
    [(WhichForPeople(), "Residents"), (SpeakerGrammar(), "backed Tom Berg in the primary")],
)
def test_relative_head_reads_the_class_vocabulary(grammar: SpeakerGrammar, expected: str) -> None:
    """The cheap test looks for the class's own pronouns, not a fixed ``who``."""
    sentence = "Residents which backed Tom Berg in the primary said"
    found = grammar.phrase_before(sentence, sentence.rfind("said"), 0, lenient=True)
    assert found is not None and sentence[found[0] : found[1]] == expected


# a sentence, its subject (None for none)
SUBJECTS = [
    ("Many residents said the plan would fail", "Many residents"),
    ("Many said the plan would fail", None),  # (a quantifier alone is no phrase)
    ("Ortiz, the mayor, rejected the plan", None),  # (a comma before the verb)
    ("Ortiz rejected the plan, the mayor said", "Ortiz"),  # (the comma after the verb is no matter)
    ("the mayor rejected the plan", None),  # (lower case, not after an opening phrase)
    ("Tom Berg rejected the plan", "Tom Berg"),
]


@pytest.mark.parametrize(("sentence", "expected"), SUBJECTS)
def test_sentence_subject_first_word_decides_once(sentence: str, expected: str | None) -> None:
    found = SpeakerGrammar().sentence_subject(sentence, (0, len(sentence)))
    assert (found.text if found is not None else None) == expected


# paragraphs, then each quote's (text, speaker's name): a quotation with no attribution in the
# paragraph after a speaker's, and a pronoun there, read what note_followers noted
FOLLOWERS = [
    # someone else acting after the speaker: the quotation is no longer sure to be the speaker's
    (
        ['"We will appeal," Ana Ortiz said. The council voted 5-2.', '"It is not over."'],
        [("We will appeal,", "Ana Ortiz"), ("It is not over.", None)],
    ),
    # a pronoun after the speaker names no one new
    (
        ['"We will appeal," Ana Ortiz said. She left.', '"It is not over."'],
        [("We will appeal,", "Ana Ortiz"), ("It is not over.", "Ana Ortiz")],
    ),
    # a body, then one person: he is no longer sure to be the speaker (the person after the body counts)
    (
        ['"We will appeal," Tom Berg said. The council voted 5-2. Her lawyer, Ana Ortiz, nodded.', '"It is not over," he said.'],
        [("We will appeal,", "Tom Berg"), ("It is not over,", "he")],
    ),
    # one person first, then a body: the same (the search stops at the person)
    (
        ['"We will appeal," Tom Berg said. Her lawyer, Ana Ortiz, nodded. The council voted 5-2.', '"It is not over," he said.'],
        [("We will appeal,", "Tom Berg"), ("It is not over,", "he")],
    ),
    # a body only: he stays the speaker
    (
        ['"We will appeal," Tom Berg said. The council voted 5-2.', '"It is not over," he said.'],
        [("We will appeal,", "Tom Berg"), ("It is not over,", "Tom Berg")],
    ),
    # no sentence after the speaker's
    (
        ['"We will appeal," Tom Berg said.', '"It is not over," he said.'],
        [("We will appeal,", "Tom Berg"), ("It is not over,", "Tom Berg")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), FOLLOWERS)
def test_note_followers_reads_after_the_speaker(paragraphs: list[str], expected: list[tuple[str, str | None]]) -> None:
    quotes = checked_quotes(paragraphs)
    assert [(q.text, q.speaker.name if q.speaker is not None else None) for q in quotes] == expected


# paragraphs, the speaker of the pronoun's quote: "his" before the colleague shows Tom Berg's
# gender (owner_gender); "this" holds the letters but is no possessive
OWNERS = [
    (['Tom Berg introduced his colleague Ana Ortiz on Monday. Tom Berg left at noon. "We won," he said.'], "Tom Berg"),
    (['Tom Berg introduced her colleague Ana Ortiz on Monday. Tom Berg left at noon. "We won," he said.'], "he"),
    (['Tom Berg introduced this colleague Ana Ortiz on Monday. Tom Berg left at noon. "We won," he said.'], "Tom Berg"),
]


@pytest.mark.parametrize(("paragraphs", "expected"), OWNERS)
def test_owner_gender_behind_its_prefilter(paragraphs: list[str], expected: str) -> None:
    quotes = checked_quotes(paragraphs)
    assert [q.speaker.name if q.speaker is not None else None for q in quotes] == [expected]
