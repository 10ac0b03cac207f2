"""What the quote engine reads once per paragraph instead of per sentence, cue or call, and the
cheap tests that let it skip a pattern: each must give exactly what the full reading gives.

- ``SpeakerGrammar.tokens``: a paragraph's tokens listed once for ``might_hold_quotes`` and the
  cue scan while the paragraph is read (``reading``), a fresh list elsewhere;
- ``ReportedSpeech.asks_question``: a paragraph with no question verb has no sentence that opens
  with a question (``read_question_opening`` reads none of its sentences);
- ``SpeakerGrammar.cue_from``: a word that starts one cue entry and no other is its own cue (no
  pattern run), with the span the cue pattern gives, in every language pack;
- ``SpeakerGrammar.count_subject``: the count pattern runs only when digits end the window.
"""

from __future__ import annotations

import pytest

from newsparse import parse_article
from newsparse.people import PersonIndex
from newsparse.quotes import QuoteParser
from newsparse.quotes.languages import BritishQuotes, FrenchQuotes, GermanQuotes, SpanishQuotes
from newsparse.quotes.model import State
from newsparse.vocabulary import Vocabulary

PARSER = QuoteParser()

PARAGRAPH = "The minister said on Tuesday that the bridge would reopen. Asked whether it was safe, she nodded."


def test_tokens_listed_once_while_the_paragraph_is_read() -> None:
    with PARSER.reading(PARAGRAPH):
        first = PARSER.tokens(PARAGRAPH)
        assert PARSER.tokens(PARAGRAPH) is first  # the same list: listed once
        other = "Residents said the water was clean."
        assert PARSER.tokens(other) == ["Residents", "said", "the", "water", "was", "clean"]
        assert PARSER.tokens(other) is not PARSER.tokens(other)  # another text: listed each time
    assert first[:3] == ["The", "minister", "said"]
    after = PARSER.tokens(PARAGRAPH)
    assert after == first and after is not first  # (the block is over: nothing kept)


def test_a_copy_of_the_paragraph_is_not_the_paragraph() -> None:
    copy = "".join(list(PARAGRAPH))  # equal, but another string
    with PARSER.reading(PARAGRAPH):
        assert PARSER.words_read(copy) is None
        assert PARSER.words_read(PARAGRAPH) is not None
    assert PARSER.words_read(PARAGRAPH) is None


# (paragraph, whether it holds a question verb)
ASKS = [
    ("Asked whether the plan was dead, Ortiz said it was not.", True),
    ("When asked what the plan was, she said it would wait.", True),
    ("ASKED ABOUT THE VOTE, THE MAYOR SMILED.", True),
    ("Ortiz said the plan was not dead.", False),
    ("The task was done on time, the mayor said.", True),  # (a cheap test of letters: "task" holds "ask")
    ("The vote was close, the mayor said.", False),
]


@pytest.mark.parametrize(("paragraph", "asks"), ASKS)
def test_asks_question(paragraph: str, asks: bool) -> None:
    assert PARSER.asks_question(paragraph) is asks
    with PARSER.reading(paragraph):
        assert PARSER.asks_question(paragraph) is asks
        assert PARSER.asks_question(paragraph) is asks  # (read once, the same answer)


# (paragraph, the question each sentence opens with, None for none)
QUESTIONS = [
    (
        "The vote was close. Asked whether the plan was dead, Ortiz said it was not.",
        [None, "whether the plan was dead"],
    ),
    ("The vote was close. Ortiz said the plan was not dead.", [None, None]),
]


@pytest.mark.parametrize(("paragraph", "questions"), QUESTIONS)
def test_read_question_opening_in_and_out_of_the_paragraph(paragraph: str, questions: list[str | None]) -> None:
    marks = PARSER.quotation_marks(paragraph)
    sentences = PARSER.sentences(paragraph, marks)
    state = State(PersonIndex.build(Vocabulary(), [(paragraph, 0)]), paragraph)
    for reading in (False, True):
        found = []
        for sentence in sentences:
            if reading:
                with PARSER.reading(paragraph):
                    candidate = PARSER.read_question_opening(paragraph, 0, 0, sentence, marks, state)
            else:
                candidate = PARSER.read_question_opening(paragraph, 0, 0, sentence, marks, state)
            found.append(candidate.quote.text if candidate is not None else None)
        assert found == questions


PARSERS = [QuoteParser(), BritishQuotes(), FrenchQuotes(), GermanQuotes(), SpanishQuotes()]


@pytest.mark.parametrize("parser", PARSERS, ids=lambda p: type(p).__name__)
def test_a_lone_cue_word_is_the_cue_the_pattern_finds(parser: QuoteParser) -> None:
    for word in sorted(parser._cue_starts):
        for text in (f"Officials {word} on Monday.", f"Officials {word}", f"Officials {word}-based"):
            at = len("Officials ")
            token = parser._token.match(text, at)
            assert token is not None
            if token.group() != word:
                continue  # ("Officials said-based": another token, no cue of this word)
            cue = parser.cue_from(text, at, word, 0, len(text))
            expected = parser._cue_at.match(text, at, len(text))
            assert (cue.span() if cue is not None else None) == (expected.span() if expected is not None else None), text


def test_lone_cues_are_words_that_start_one_entry() -> None:
    assert "said" in PARSER._lone_cues
    assert "according" not in PARSER._lone_cues  # ("according to": more than the token)
    assert PARSER._lone_cues <= PARSER._cue_starts


# (text before a cue, the count found as its subject, None for none)
COUNTS = [
    ("Of 48 chambers that replied, only 28", "only 28"),
    ("Already, 520 delegates back her, 39", "39"),
    ("At least 21,000 ", "At least 21,000"),
    ("The 12", "The 12"),  # (a determiner before a number: a group that speaks, fixU's COUNT_LEADS)
    ("Of the 12", None),  # (a word of the phrase before it)
    ("members of the 12", None),
    ("The budget of 2016 was cut and the members", None),  # (no digits at the end)
    ("Residents ", None),
]


@pytest.mark.parametrize(("text", "count"), COUNTS)
def test_count_subject(text: str, count: str | None) -> None:
    found = PARSER.count_subject(text, 0, 0, len(text))
    assert (text[found[0] : found[1]] if found is not None else None) == count


def test_articles_read_the_same_cues_with_the_shortcuts() -> None:
    text = (
        "Bridge to reopen\n\nBy Jane Roe\n\n"
        "Of 48 chambers that replied, only 28 said they backed the plan.\n\n"
        "Asked whether the bridge was safe, Mayor Ana Ortiz said engineers had checked every cable.\n\n"
        "\"We will open it on Friday,\" she said.\n"
    )
    quotes = parse_article(text).quotes
    assert [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("they backed the plan", "said", "only 28"),
        ("whether the bridge was safe", "Asked", None),
        ("engineers had checked every cable", "said", "Ana Ortiz"),
        ("We will open it on Friday,", "said", "Ana Ortiz"),
    ]


def test_a_paragraph_with_a_blank_the_patterns_do_not_read_is_read_as_with_a_space() -> None:
    # (a unit separator left by a scraper: the rules read a copy with a space, in its own reading)
    body = "Asked whether the bridge was safe,\x1fMayor Ana Ortiz said engineers had checked every cable."
    spaced = body.replace("\x1f", " ")
    found = [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in parse_article(f"Bridge\n\n{body}\n").quotes]
    plain = [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in parse_article(f"Bridge\n\n{spaced}\n").quotes]
    assert found == plain == [
        ("whether the bridge was safe", "Asked", None),
        ("engineers had checked every cable", "said", "Ana Ortiz"),
    ]


@pytest.mark.parametrize("parser", PARSERS, ids=lambda p: type(p).__name__)
def test_every_question_verb_is_seen_by_the_paragraph_test(parser: QuoteParser) -> None:
    # (the test looks for the verbs that hold no other: "asked" is found as "ask")
    for verb in parser._asked_folded:
        assert parser.asks_question(f"The reporters {verb} the mayor about the bridge."), verb
    assert not parser.asks_question("The mayor opened the bridge on Friday.")


# (sentence, where the reported words begin: after "that", or at it when it is the clause's subject)
THAT_CLAUSES = [
    ("Ortiz said that the plan would fail.", "the plan would fail."),
    ("Ortiz said that would be a mistake.", "that would be a mistake."),
    ("Ortiz said  that  the plan would fail.", "the plan would fail."),
]


@pytest.mark.parametrize(("sentence", "words"), THAT_CLAUSES)
def test_that_as_subject_reads_back_over_blanks_only(sentence: str, words: str) -> None:
    that = PARSER._that.match(sentence, sentence.index(" that") if "  that" not in sentence else sentence.index("  that"))
    assert that is not None
    assert sentence[PARSER.that_as_subject(sentence, that) :] == words
