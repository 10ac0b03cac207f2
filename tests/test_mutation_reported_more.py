"""More reported speech as ``quotes/reported.py`` reads it, for the fourth mutation run of issue 8:
cases that tell apart the mutants the tables of ``tests/test_mutation_reported.py`` let survive
(a direct quote's speaker carried to a participle in a later paragraph, ``According to`` sentences in
brackets and a source carried to its comma, relative clauses with a few words before their cue, words
before a closing attribution that open with a participle or not, a quotation closed before a second
clause with its own speaker, a closing outlet after a blank and a comma, a quotation over two paragraphs
set apart by one line end, as scrapers print them).

Each case is one paragraph, or several, as wires and web copy print them; the expected value is
every quote ``(kind, text, cue, speaker's name, description)`` in order, each quote's span and its
speaker's span checked against the text by ``quotes_of``."""

from __future__ import annotations

import pytest

from newsparse.quotes.parser import QuoteParser
from newsparse.spans import Paragraph, Span, collapse
from test_mutation_reported import Row, quotes_of

CASES: list[tuple[str | list[str], list[Row]]] = [
    # a direct quote's speaker in a later paragraph, taken by the participle after it
    (
        [
            "The appeals court ruled against the city on Friday.",
            '"We will appeal," Mayor Dana Ortiz told reporters, adding that the ruling ignored the facts.',
        ],
        [
            ("D", "We will appeal,", "told", "Dana Ortiz", None),
            ("R", "the ruling ignored the facts", "adding", "Dana Ortiz", None),
        ],
    ),
    # a bracketed sentence with its stop after the bracket
    (
        "(According to the filing, the firm owed $2 million).",
        [("R", "the firm owed $2 million", "According to", "the filing", None)],
    ),
    # a relative clause with words between its pronoun and its cue, closed by the main clause's verb
    (
        "Ortiz, who on Monday said the plan was dead, rallied.",
        [("R", "the plan was dead", "said", "Ortiz", None)],
    ),
    (
        "Ortiz, who only last week said the plan was dead, rallied.",
        [("R", "the plan was dead", "said", "Ortiz", None)],
    ),
    (
        "Ortiz, who on Monday said the plan was dead, has resigned, and the council will meet on Friday.",
        [("R", "the plan was dead", "said", "Ortiz", None)],
    ),
    (
        "The budget, passed in March, was short. Ortiz, who on Monday said the budget was balanced, rallied.",
        [("R", "the budget was balanced", "said", "Ortiz", None)],
    ),
    # a relative clause inside the speaker's phrase: its verb is no cue
    (
        "A resident who asked not to be named said the water was brown.",
        [("R", "the water was brown", "said", "A resident who asked not to be named", None)],
    ),
    # a named role followed by a quotation: the name is no part of the words
    (
        'According to the labour minister, Claire Martin, "the text is final."',
        [("M", '"the text is final."', "According to", "Claire Martin", None)],
    ),
    # a closing attribution with a time, then a participle of its own
    (
        "The vote was rigged, Ortiz said on Monday, adding that he would appeal.",
        [("R", "The vote was rigged", "said", "Ortiz", None), ("R", "he would appeal", "adding", "Ortiz", None)],
    ),
    # a participle clause before a closing subject and verb: what the subject did, no speech
    ("Asked about the vote, Ortiz laughed.", []),
    # quotation marks inside words before a closing attribution
    ('The "vote" was rigged, Ortiz said.', [("M", 'The "vote" was rigged', "said", "Ortiz", None)]),
    # an earlier sentence with a comma before a source carried to its comma
    (
        "The mayor, Ana Ortiz, called the audit a smear. According to documents from her office, the city owed $2 million.",
        [("R", "the city owed $2 million", "According to", "documents from her office", None)],
    ),
    # words before a closing attribution that open with a noun and a preposition, or an -ed adjective
    (
        "Workers from the plant will strike on Monday, the union said.",
        [("R", "Workers from the plant will strike on Monday", "said", "the union", None)],
    ),
    (
        "Armed police will guard the stadium on Sunday, the ministry said.",
        [("R", "Armed police will guard the stadium on Sunday", "said", "the ministry", None)],
    ),
    # an editor's note in square brackets
    (
        "[According to the filing, the firm owed $2 million.]",
        [("R", "the firm owed $2 million", "According to", "the filing", None)],
    ),
    # a quotation closed before a second clause with a speaker and a cue of its own
    (
        'The mayor said the plan was "dead," but the council said it was alive.',
        [("M", 'the plan was "dead,"', "said", "The mayor", None), ("R", "it was alive", "said", "the council", None)],
    ),
    # a source carried to its comma, a quotation later in the sentence
    (
        'According to documents from her office, the city owed "about $2 million."',
        [("M", 'the city owed "about $2 million."', "According to", "documents from her office", None)],
    ),
    # a clause that opens with a contracted pronoun; an attribution set off by commas before a long clause
    ("Ortiz said they're leaving the city.", [("R", "they're leaving the city", "said", "Ortiz", None)]),
    (
        "In the end, Mr. Ruiz said, voters side with the party in every election.",
        [("R", "voters side with the party in every election", "said", "Ruiz", None)],
    ),
    # a blank before the comma of a closing outlet (copy-pasted web text)
    (
        "The mayor said the bill was dead , state media reported.",
        [("R", "the bill was dead", "said", "The mayor", None)],
    ),
    # an attribution set off by commas before fewer than MIN_WORDS words: the whole clause, aside and all
    (
        '"The deal is dead," Ortiz said. The bank, he said, would wait.',
        [("D", "The deal is dead,", "said", "Ortiz", None), ("R", "The bank, he said, would wait", "said", "he", None)],
    ),
]


@pytest.mark.parametrize(("pieces", "expected"), CASES)
def test_reported_speech_more(pieces: str | list[str], expected: list[Row]) -> None:
    assert quotes_of(pieces) == expected


# the German reading of ``laut`` in a sentence in brackets, its stop after the closing bracket
LANGUAGES = [
    (
        "de",
        "(Laut Polizei wurden drei Männer festgenommen).",
        [("R", "wurden drei Männer festgenommen", "Laut", "Polizei", None)],
    ),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), LANGUAGES)
def test_reported_speech_more_in_language_packs(language: str, paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph, language) == expected


# scraper output: paragraphs set apart by one line end, a quotation running over two of them
ONE_LINE_END = [
    (
        ['"The plant has no future here.', '"We looked at every option," said Colin Reyes, the plant manager.'],
        [
            ("The plant has no future here.", "said", "Colin Reyes"),
            ("We looked at every option,", "said", "Colin Reyes"),
        ],
    ),
    (
        ['"The plant has no future here.', "Workers heard the news on Friday.", '"We looked at every option," said Colin Reyes.'],
        [("The plant has no future here.", None, None), ("We looked at every option,", "said", "Colin Reyes")],
    ),
]


@pytest.mark.parametrize(("pieces", "expected"), ONE_LINE_END)
def test_quotation_over_paragraphs_set_apart_by_one_line_end(
    pieces: list[str], expected: list[tuple[str, str | None, str | None]]
) -> None:
    text = "\n".join(pieces)
    paragraphs, start = [], 0
    for piece in pieces:
        paragraphs.append(Paragraph(piece, Span(start, start + len(piece))))
        start += len(piece) + 1
    quotes = QuoteParser().parse(text, paragraphs)
    for quote in quotes:
        assert collapse(text[quote.span.start : quote.span.end]) == quote.text
    assert [(q.text, q.cue, q.speaker.name if q.speaker is not None else None) for q in quotes] == expected
