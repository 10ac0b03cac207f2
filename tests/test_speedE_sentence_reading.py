"""Stop 28's speed work on reported speech (issue 7): each sentence is read with one
``SentenceReading`` (the paragraph's text, offset and number, the sentence, the quotation marks,
the state and the claimed regions) that the parser's readers share, and what several of them asked
of the same cue or sentence is read once (``ReportedSpeech.in_relative``, the sentence's subject);
``SpeakerGrammar.phrase_before`` calls the rules of a link before a phrase only where one stands.
The readers keep their names and arguments: a subclass that overrides one is still called, with
the reading of its sentence in the state; the state keeps no reading after the pass."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
import regex

from newsparse.quotes import QuoteParser
from newsparse.quotes.grammar import SpeakerGrammar
from newsparse.quotes.model import Candidate, State
from newsparse.quotes.reported import SentenceReading
from newsparse.spans import Paragraph, Span


def parse_paragraph(parser: QuoteParser, text: str) -> tuple[list[tuple[str, str | None]], State]:
    """The quotes (text and speaker's name) *parser* reads in *text*, the one paragraph of an
    article, and the state after it."""
    paragraph = Paragraph(text, Span(0, len(text)))
    state = State(parser.person_index(text, [paragraph], ()), text)
    found = parser.parse_paragraph(text, paragraph, 0, state)
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in found], state


class CountingRelatives(QuoteParser):
    """Counts :meth:`in_relative` calls by the cue's start."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[int] = []

    def in_relative(self, raw: str, start: int, cue_start: int) -> bool:
        self.asked.append(cue_start)
        return super().in_relative(raw, start, cue_start)


def test_in_relative_is_asked_once_per_cue() -> None:
    # (read_reported asks it before cutting the words at a main verb, read_sentence again before
    # taking the speaker as the sentence's subject: the second answer is the first's)
    parser = CountingRelatives()
    text = "Ana Ortiz said the bridge would close in May. Tom Berg, the harbour master, told reporters it would not."
    quotes, _ = parse_paragraph(parser, text)
    assert quotes == [
        ("the bridge would close in May", "Ana Ortiz"),
        ("it would not", "Tom Berg"),
    ]
    assert parser.asked == [text.index("said"), text.index("told")]


class Openings(QuoteParser):
    """Overrides two sentence readers with their seven arguments and records what each was given."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str, bool]] = []

    def record(self, reader: str, raw: str, sentence: tuple[int, int], state: State) -> None:
        reading = state.sentence_reading
        held = isinstance(reading, SentenceReading) and reading.raw is raw and reading.sentence == sentence
        self.seen.append((reader, raw[sentence[0] : sentence[1]].strip(), held))

    def read_opinion_opening(
        self,
        raw: str,
        offset: int,
        number: int,
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: State,
        claimed: Sequence[tuple[int, int]],
    ) -> Candidate | None:
        self.record("opinion", raw, sentence, state)
        return super().read_opinion_opening(raw, offset, number, sentence, marks, state, claimed)

    def read_particle_tail(
        self,
        raw: str,
        offset: int,
        number: int,
        sentence: tuple[int, int],
        marks: Sequence[tuple[int, int]],
        state: State,
        claimed: Sequence[tuple[int, int]],
    ) -> Candidate | None:
        self.record("particle", raw, sentence, state)
        return super().read_particle_tail(raw, offset, number, sentence, marks, state, claimed)


def test_overridden_readers_are_called_with_the_sentence_s_reading() -> None:
    parser = Openings()
    text = "The council met on Monday. Officials said the ferry would stop running in June."
    quotes, state = parse_paragraph(parser, text)
    assert quotes == [("the ferry would stop running in June", "Officials")]
    assert parser.seen == [
        ("opinion", "The council met on Monday.", True),
        ("particle", "The council met on Monday.", True),
        ("opinion", "Officials said the ferry would stop running in June.", True),
        ("particle", "Officials said the ferry would stop running in June.", True),
    ]
    assert state.sentence_reading is None  # (dropped with the pass: nothing kept for the next paragraph)


def test_a_reader_called_on_its_own_reads_without_a_reading() -> None:
    parser = QuoteParser()
    text = "Asked whether the plan was dead, Ana Ortiz said it was not."
    _, state = parse_paragraph(parser, text)
    assert state.sentence_reading is None
    assert parser.reading_of(text, state) is None
    candidate = parser.read_question_opening(text, 0, 0, (0, len(text)), (), state)
    assert candidate is not None
    assert candidate.quote.text == "whether the plan was dead"
    assert candidate.quote.speaker is None


class CountingLinks(QuoteParser):
    """Overrides one rule of a link before a phrase and counts its calls."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def person_link_before(self, raw: str, words: Sequence[regex.Match[str]], start: int) -> int | None:
        self.calls.append(raw[start : start + 9])
        return super().person_link_before(raw, words, start)


def test_link_rules_are_called_only_where_a_link_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    # (the rule counted as the class's own, so the parser made after it takes the short way)
    calls: list[str] = []
    rule = SpeakerGrammar.person_link_before

    def counted(self: SpeakerGrammar, raw: str, words: Sequence[regex.Match[str]], start: int) -> int | None:
        calls.append(raw[start : start + 9])
        return rule(self, raw, words, start)

    monkeypatch.setattr(SpeakerGrammar, "person_link_before", counted)
    text = "An adviser to Ana Ortiz said the talks had failed. The mayor said the bridge would close."
    quotes, _ = parse_paragraph(QuoteParser(), text)
    assert quotes == [
        ("the talks had failed", "An adviser to Ana Ortiz"),
        ("the bridge would close", "The mayor"),
    ]
    assert calls == ["Ana Ortiz"]  # ("adviser to" before "Ana Ortiz"; nothing before "The mayor")
    # (a subclass that overrides the rule has it called at every phrase, as before)
    calls.clear()
    parser = CountingLinks()
    assert parse_paragraph(parser, text)[0] == quotes
    assert parser.calls == ["Ana Ortiz", "The mayor"]
    assert calls == ["Ana Ortiz", "The mayor"]  # (its super() call)
