"""Mutation pass mutAA (stop 23, issue 8): cases that pin down behaviour mutW's "not run" mutants of
``DirectQuotes.transcript_label``, ``attribution_after``, the constructors of ``SpeakerGrammar`` and
``DirectQuotes``, and mutY's survivors of ``SpeakerResolution.describes_next_name`` changed unseen."""

from __future__ import annotations

import pytest

from quote_cases import Case, quotes_of

# a transcript's turn: the label (a surname in capitals or a full name of someone the article names)
# and its colon cut off, the words after it the quote, with ":" as its cue; blanks before the quotation
# mark still open the paragraph
TRANSCRIPT_TURNS = [
    Case(
        [
            "The panel was chaired by Senator Ana Ortiz and heard Tom Berg.",
            '"ORTIZ: The witness will answer the question, please.',
            '"BERG: I have answered it twice already, senator."',
        ],
        [
            ("D", "The witness will answer the question, please.", 72, 117, ":", "Ana Ortiz", None),
            ("D", "I have answered it twice already, senator.", 126, 168, ":", "Tom Berg", None),
        ],
    ),
    Case(
        ["The hearing was chaired by Judge Ana Ortiz.", '  "Ana Ortiz: The witness will answer the question, counsel."'],
        [("D", "The witness will answer the question, counsel.", 59, 105, ":", "Ana Ortiz", None)],
    ),
]


@pytest.mark.parametrize("case", TRANSCRIPT_TURNS)
def test_a_transcript_turn_is_the_labelled_speakers(case: Case) -> None:
    assert quotes_of(case) == case.expected


# the speaker and cue after a quotation that opens its sentence: a name after a dash (spaced or
# glued), a pronoun joined to the verb, a day or a recipient or an aside between the verb and the
# subject, two subjects joined, a verb standing for its dropped subject, a German particle, a role
# before the name, a name after a capitalised day that opens a body's name, the subject before the verb
ATTRIBUTIONS_AFTER = [
    Case(
        '"The bridge will open in May." ― Ana Ortiz, mayor of Dover',
        [("D", "The bridge will open in May.", 1, 29, "―", "Ana Ortiz", None)],
    ),
    Case('"The bridge will open in May."—Ana Ortiz', [("D", "The bridge will open in May.", 1, 29, "—", "Ana Ortiz", None)]),
    Case(
        "« Le pont ouvrira en mai », a-t-il déclaré.",
        [("D", "Le pont ouvrira en mai", 2, 24, "a-t-il déclaré", "il", None)],
        language="fr",
    ),
    Case(
        "« Le pont ouvrira en mai », a déclaré mardi la ministre Anne Roche.",
        [("D", "Le pont ouvrira en mai", 2, 24, "a déclaré", "Anne Roche", None)],
        language="fr",
    ),
    Case(
        "«El puente abrirá en mayo», aseguró a Efe la portavoz Ana Ruiz.",
        [("D", "El puente abrirá en mayo", 1, 25, "aseguró", "Ana Ruiz", None)],
        language="es",
    ),
    Case(
        "« Le pont ouvrira en mai », estime pour sa part Jean Dupont.",
        [("D", "Le pont ouvrira en mai", 2, 24, "estime", "Jean Dupont", None)],
        language="fr",
    ),
    Case(
        "«El puente abrirá en mayo», dijeron Ana Ruiz y su marido, Pedro.",
        [("D", "El puente abrirá en mayo", 1, 25, "dijeron", "Ana Ruiz y Pedro", None)],
        language="es",
    ),
    Case(
        "„Die Brücke öffnet im Mai“, so Miersch, der SPD-Generalsekretär.",
        [("D", "Die Brücke öffnet im Mai", 1, 25, "so", "Miersch", None)],
        language="de",
    ),
    Case(
        '"The bridge will open in May," said the mayor, Ana Ortiz.',
        [("D", "The bridge will open in May,", 1, 29, "said", "Ana Ortiz", None)],
    ),
    Case(
        '"The bridge will open in May," said Sunday Times editor Jane Roe.',
        [("D", "The bridge will open in May,", 1, 29, "said", "Jane Roe", None)],
    ),
    Case('"It will open in May," Ortiz told reporters.', [("D", "It will open in May,", 1, 21, "told", "Ortiz", None)]),
    Case(
        'Ana Ortiz met them: "It will open in May," she said.', [("D", "It will open in May,", 21, 41, "said", "Ana Ortiz", None)]
    ),
    Case('"It will open in May,"', [("D", "It will open in May,", 1, 21, None, None, None)]),
    # the words before the quotation: a clause joined by a comma and a coordinator, a lead word alone
    # (with a comma or without), a clause of their own (the quotation is part of it), a semicolon
    Case(
        '"The pier is unsafe," said a spokeswoman, and "it must close," said the mayor, Ana Ortiz.',
        [
            ("D", "The pier is unsafe,", 1, 20, "said", "a spokeswoman", None),
            ("D", "it must close,", 47, 61, "said", "Ana Ortiz", None),
        ],
    ),
    Case(
        'So "you can imagine how it felt," the senator said.',
        [("D", "you can imagine how it felt,", 4, 32, "said", "the senator", None)],
    ),
    Case(
        'So, "you can imagine how it felt," the senator said.',
        [("D", "you can imagine how it felt,", 5, 33, "said", "the senator", None)],
    ),
    Case(
        'Ortiz called the deal "a good start," aides said.',
        [("M", 'Ortiz called the deal "a good start,"', 0, 37, "said", "aides", None)],
    ),
    Case(
        'Ana Ortiz took questions; "It will open in May," she said.',
        [("D", "It will open in May,", 27, 47, "said", "Ana Ortiz", None)],
    ),
    # the subject after the verb: a name and the body it speaks for, a role with a prepositional
    # phrase, the one told between verb and subject, and no subject before the sentence ends
    Case(
        '"The bridge will open in May," said Ana Ortiz of the transport ministry.',
        [("D", "The bridge will open in May,", 1, 29, "said", "Ana Ortiz", None)],
    ),
    Case(
        '"The bridge will open in May," said a person close to the family.',
        [("D", "The bridge will open in May,", 1, 29, "said", "a person close to the family", None)],
    ),
    Case(
        '"The bridge will open in May," said a spokesman for the ministry.',
        [("D", "The bridge will open in May,", 1, 29, "said", "a spokesman for the ministry", None)],
    ),
    Case(
        "«El puente abrirá en mayo», dijo a la prensa la portavoz Ana Ruiz.",
        [("D", "El puente abrirá en mayo", 1, 25, "dijo", "Ana Ruiz", None)],
        language="es",
    ),
    Case(
        "«El puente abrirá en mayo», aseguró a Efe. La portavoz Ana Ruiz no quiso hablar.",
        [("D", "El puente abrirá en mayo", 1, 25, "aseguró", None, None)],
        language="es",
    ),
]


@pytest.mark.parametrize("case", ATTRIBUTIONS_AFTER)
def test_the_attribution_after_a_quotation(case: Case) -> None:
    assert quotes_of(case) == case.expected


# cues of several words whose first word opens other cues too (``according to``, ``put it``, ``went
# on``): the grammar's table of words that are a cue on their own must leave them out
SEVERAL_WORD_CUES = [
    Case(
        '"The bridge will open in May," according to the ministry.',
        [("D", "The bridge will open in May,", 1, 29, "according to", "the ministry", None)],
    ),
    Case(
        'The bridge is "a waste of money," as Ana Ortiz put it.', [("D", "a waste of money,", 15, 32, "put it", "Ana Ortiz", None)]
    ),
    Case(
        'Ana Ortiz went on: "The bridge will open in May."',
        [("D", "The bridge will open in May.", 20, 48, "went on", "Ana Ortiz", None)],
    ),
]


@pytest.mark.parametrize("case", SEVERAL_WORD_CUES)
def test_a_cue_of_several_words_is_read_whole(case: Case) -> None:
    assert quotes_of(case) == case.expected
