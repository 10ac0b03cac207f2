"""English quotes and speakers that were missed (issue 5, role recN): each bad shape beside near-misses that must
not change, read as a whole article (:func:`quote_cases.speaker_rows`: ``(text, speaker's name, mention)`` of each
quote in order) or by a fresh parser (:func:`quote_cases.quotes_of`)."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser
from newsparse.quotes.parser import QuoteParser
from quote_cases import speaker_rows

# 1. a short quotation that is a sentence of its own ("Do not wait.", fewer than four words) after an attributed
# quote in its paragraph, or opening the next paragraph, is the last speaker's; a scare word in quotation marks, a
# short quotation with no one speaking before it and a lower-case fragment stay as they were
SHORT: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        '"We will not give in to this," said Ana Ruiz, the mayor. "Do not wait."',
        [("We will not give in to this,", "Ana Ruiz", "Ana Ruiz"), ("Do not wait.", "Ana Ruiz", "Ana Ruiz")],
    ),
    (
        '"The water came in overnight," Tom Hale said. "Go home!"',
        [("The water came in overnight,", "Tom Hale", "Tom Hale"), ("Go home!", "Tom Hale", "Tom Hale")],
    ),
    (
        '"Will the pier open by June?" asked Tom Hale. "Why?"',
        [("Will the pier open by June?", "Tom Hale", "Tom Hale"), ("Why?", "Tom Hale", "Tom Hale")],
    ),
    (
        '"We will not give in to this," said Ana Ruiz, the mayor.\n\n"Go home."\n\nThe council met on Friday.',
        [("We will not give in to this,", "Ana Ruiz", "Ana Ruiz"), ("Go home.", "Ana Ruiz", "Ana Ruiz")],
    ),
    # the near-misses: a scare word, a lower-case fragment, a short sentence with no one before it
    (
        '"We will not give in to this," said Ana Ruiz, the mayor. The council had offered a "fair" deal.',
        [("We will not give in to this,", "Ana Ruiz", "Ana Ruiz")],
    ),
    (
        '"We will not give in to this," said Ana Ruiz, the mayor. The word was "wait."',
        [("We will not give in to this,", "Ana Ruiz", "Ana Ruiz")],
    ),
    ('The harbour flooded on Tuesday. "Go home."', [("Go home.", None, None)]),
    # (after a run of quoted paragraphs that only carried the speaker on, a short reply may be anyone's)
    (
        '"We will not give in to this," said Ana Ruiz, the mayor.\n\n"The council has made its offer and it is a poor one."'
        '\n\n"No comment."',
        [
            ("We will not give in to this,", "Ana Ruiz", "Ana Ruiz"),
            ("The council has made its offer and it is a poor one.", "Ana Ruiz", "Ana Ruiz"),
            ("No comment.", None, None),
        ],
    ),
    ('The harbour flooded on Tuesday. "Now."', []),
]


@pytest.mark.parametrize(("text", "expected"), SHORT)
def test_short_sentence_quotes(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert speaker_rows(text) == expected


ROWS = list[tuple[str, "str | None", "str | None"]]

# 2. a possessive place and a title set off before a name ("Scotland's First Minister, Morag Kerr, said:"), a
# document's verb before the quotation ("The statement read:", as "...," the statement read" already gave the
# document), "as X put it": beside the shapes that must not change
ATTRIBUTIONS: list[tuple[str, ROWS]] = [
    (
        'Scotland\'s First Minister, Morag Kerr, said: "We will not accept this plan."',
        [("We will not accept this plan.", "Morag Kerr", "Morag Kerr")],
    ),
    (
        'Norway\'s Foreign Minister, Erik Dahl, told reporters: "The talks are over."',
        [("The talks are over.", "Erik Dahl", "Erik Dahl")],
    ),
    ('The First Minister, Morag Kerr, said: "We will not accept this plan."', [("We will not accept this plan.", "Morag Kerr", "Morag Kerr")]),
    ('The statement read: "We regret the decision."', [("We regret the decision.", "The statement", "The statement")]),
    ('The notice states: "The pool is closed until June."', [("The pool is closed until June.", "The notice", "The notice")]),
    ('"We regret the decision," the statement read.', [("We regret the decision,", "the statement", "the statement")]),
    # (a sign bears words since spk46, as a notice does; no document before "read": the gauge is
    # none, so no speaker, as before)
    ('The sign read: "Keep out of the water."', [("Keep out of the water.", "The sign", "The sign")]),
    ('The gauge read: "Keep out of the water."', [("Keep out of the water.", None, None)]),
    (
        'The plan is "a betrayal of every worker in the county," as Ana Ruiz put it.',
        [("a betrayal of every worker in the county,", "Ana Ruiz", "Ana Ruiz")],
    ),
    (
        'The plan is, as Ana Ruiz put it, "a betrayal of every worker in the county."',
        [("a betrayal of every worker in the county.", "Ana Ruiz", "Ana Ruiz")],
    ),
    ('As the mayor put it, "We will not give in to this plan."', [("We will not give in to this plan.", "the mayor", "the mayor")]),
    ("She put it on the table and left the room.", []),
    ("They put it to a vote on Monday, and the plan passed.", []),
    # ("note that" is no cue: the writer's voice as often, "We should also note that", "Readers should note that")
    ("We should also note that the price per gram has doubled since March.", []),
    ("Readers should note that the figures exclude the month of March.", []),
    ("Note that the figures exclude the month of March.", []),
    ("Staff found a note that the council had left on the desk.", []),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTIONS)
def test_attributions(text: str, expected: ROWS) -> None:
    assert speaker_rows(text) == expected


# 3. a role that says what the article said of someone when it named them: an age, a nationality alone or
# before a noun; two people who fit, or none, leave the mention as written, and so does a collective nationality
ROLES: list[tuple[str, ROWS]] = [
    (
        'Ana Ruiz, 54, runs the harbour. Tom Hale manages the docks.\n\n"We will rebuild the wall," the 54-year-old said.',
        [("We will rebuild the wall,", "Ana Ruiz", "the 54-year-old")],
    ),
    (
        '54-year-old Ana Ruiz runs the harbour.\n\n"We will rebuild the wall," the 54-year-old said.',
        [("We will rebuild the wall,", "Ana Ruiz", "the 54-year-old")],
    ),
    (
        'Ana Ruiz (54) runs the harbour.\n\n"We will rebuild the wall," the 54-year-old said.',
        [("We will rebuild the wall,", "Ana Ruiz", "the 54-year-old")],
    ),
    (
        'Ana Ruiz, 54, runs the harbour. Tom Hale, 54, runs the docks.\n\n"We will rebuild the wall," the 54-year-old said.',
        [("We will rebuild the wall,", "the 54-year-old", "the 54-year-old")],
    ),
    (
        'Ana Ruiz, 61, runs the harbour.\n\n"We will rebuild the wall," the 54-year-old said.',
        [("We will rebuild the wall,", "the 54-year-old", "the 54-year-old")],
    ),
    (
        'Ana Ruiz, 54 percent of whose voters stayed home, won.\n\n"We will rebuild the wall," the 54-year-old said.',
        [("We will rebuild the wall,", "the 54-year-old", "the 54-year-old")],
    ),
    (
        'The Argentine Leo Vega scored twice. Tom Hale, the coach, watched.\n\n"It was a great night," the Argentine said.',
        [("It was a great night,", "Leo Vega", "the Argentine")],
    ),
    (
        'Brazilian Ana Lima won the race on Sunday.\n\nThe Brazilian said the course was hard.',
        [("the course was hard", "Ana Lima", "The Brazilian")],
    ),
    (
        'The Argentine Leo Vega and the Argentine Juan Sosa scored.\n\n"It was a great night," the Argentine said.',
        [("It was a great night,", "the Argentine", "the Argentine")],
    ),
    (
        'Portuguese forward Rui Costa scored twice. Coach Tom Hale watched.\n\n"It was a great night," the Portuguese forward said.',
        [("It was a great night,", "Rui Costa", "the Portuguese forward")],
    ),
    (
        'Rui Costa, the Portuguese forward, scored twice.\n\n"It was a great night," the Portuguese forward said.',
        [("It was a great night,", "Rui Costa", "the Portuguese forward")],
    ),
    (
        'Portuguese goalkeeper Rui Costa saved twice.\n\n"It was a great night," the Portuguese forward said.',
        [("It was a great night,", "the Portuguese forward", "the Portuguese forward")],
    ),
    (
        "U.S. Agriculture Secretary Tom Hale met Japanese officials.\n\nThe U.S. said it would raise the issue again.",
        [("it would raise the issue again", "The U.S.", "The U.S.")],
    ),
    (
        'French minister Anne Roux met Tom Hale.\n\n"We will defend the union together," the French said.',
        [("We will defend the union together,", "the French", "the French")],
    ),
    (
        'French President Marc Duval met German Chancellor Greta Holm.\n\n"We will defend the union," the French president said.',
        [("We will defend the union,", "Marc Duval", "the French president")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_roles_linked_to_names(text: str, expected: ROWS) -> None:
    assert speaker_rows(text) == expected


# 4. an interview's turns, for a parser that lists the labels Q and A (off by default): the answer is the
# interviewee's (the one person, no reporter, whom the text before the first turn names most often), the question
# the interviewer's (the one person named with a reporter's noun) or no one's; with no labels listed, or when two
# people are named as often, or for a label that names no one (UPDATE:, WASHINGTON:), the turns stay as they were
class InterviewQuotes(QuoteParser):
    QUESTION_LABELS = ("Q",)
    ANSWER_LABELS = ("A",)


INTERVIEW = (
    "Ana Ruiz has led the port authority since 2019. City Herald reporter Tom Hale spoke to Ruiz about the flood."
    "\n\nQ: What will you do about the harbour wall now?\n\nA: We will rebuild the wall before the winter storms."
    "\n\nQ: Is the money there for it?\n\nA: The money is there, and the work starts next week."
)
TWO_NAMED = (
    "Ana Ruiz and Tom Hale run the port. We spoke to them about the flood."
    "\n\nQ: What will you do about the harbour wall now?\n\nA: We will rebuild the wall before the winter storms."
)
LABELLED = (
    "Senator Ana Ruiz debated Governor Tom Hale on Tuesday.\n\nRUIZ: We will rebuild the harbour wall before winter."
    "\n\nHALE: I think that wall will cost the county far too much.\n\nUPDATE: We will post the full count of the vote on Friday.\n\nWASHINGTON: It was a long night for both of them."
)
INTERVIEWS: list[tuple[str, bool, ROWS]] = [
    (
        INTERVIEW,
        True,
        [
            ("What will you do about the harbour wall now?", "Tom Hale", "Q"),
            ("We will rebuild the wall before the winter storms.", "Ana Ruiz", "A"),
            ("Is the money there for it?", "Tom Hale", "Q"),
            ("The money is there, and the work starts next week.", "Ana Ruiz", "A"),
        ],
    ),
    (INTERVIEW, False, []),
    (
        TWO_NAMED,
        True,
        [("What will you do about the harbour wall now?", None, None), ("We will rebuild the wall before the winter storms.", None, None)],
    ),
    (
        LABELLED,
        True,
        [
            ("We will rebuild the harbour wall before winter.", "Ana Ruiz", "RUIZ"),
            ("I think that wall will cost the county far too much.", "Tom Hale", "HALE"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "interviews", "expected"), INTERVIEWS)
def test_interview_turns(text: str, interviews: bool, expected: ROWS) -> None:
    parser = ArticleParser(quotes=InterviewQuotes() if interviews else QuoteParser())
    article = parser.parse(f"Harbour news\n\n{text}")
    rows = [(q.text, q.speaker and q.speaker.name, q.speaker and q.speaker.mention) for q in article.quotes]
    assert rows == expected


# 5. the same shapes in the British English pack (single quotation marks) and a short sentence in the French,
# German and Spanish packs, whose rule is the same
PACKS: list[tuple[str, str, ROWS]] = [
    (
        "en-GB",
        "'We will not give in to this,' said Ana Ruiz, the mayor. 'Do not wait.'",
        [("We will not give in to this,", "Ana Ruiz", "Ana Ruiz"), ("Do not wait.", "Ana Ruiz", "Ana Ruiz")],
    ),
    (
        "en-GB",
        "Scotland's First Minister, Morag Kerr, said: 'We will not accept this plan.'",
        [("We will not accept this plan.", "Morag Kerr", "Morag Kerr")],
    ),
    (
        "en-GB",
        "Ana Ruiz, 54, runs the harbour.\n\n'We will rebuild the wall,' the 54-year-old said.",
        [("We will rebuild the wall,", "Ana Ruiz", "the 54-year-old")],
    ),
    ("en-GB", "The statement read: 'We regret the decision.'", [("We regret the decision.", "The statement", "The statement")]),
    (
        "fr",
        "« Nous ne céderons pas sur ce point », a déclaré Anne Roux, la maire. « Partez. »",
        [("Nous ne céderons pas sur ce point", "Anne Roux", "Anne Roux"), ("Partez.", "Anne Roux", "Anne Roux")],
    ),
    (
        "de",
        "„Wir geben in diesem Punkt nicht nach“, sagte Anna Schmidt. „Geht nach Hause.“",
        [("Wir geben in diesem Punkt nicht nach", "Anna Schmidt", "Anna Schmidt"), ("Geht nach Hause.", "Anna Schmidt", "Anna Schmidt")],
    ),
    (
        "es",
        "«No vamos a ceder en este punto», dijo Ana Ruiz. «Váyanse.»",
        [("No vamos a ceder en este punto", "Ana Ruiz", "Ana Ruiz"), ("Váyanse.", "Ana Ruiz", "Ana Ruiz")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PACKS)
def test_language_packs(language: str, text: str, expected: ROWS) -> None:
    assert speaker_rows(text, language) == expected
