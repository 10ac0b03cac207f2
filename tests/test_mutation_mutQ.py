"""Survivors of the mutation pass over stop 19's lines of ``quotes/direct.py``, ``parser.py``,
``segmentation.py`` and ``model.py`` and the rest of ``mutJ``'s functions (issue 8, the ``mutQ``
pass; see docs/testing.md).  Each case is a paragraph (or paragraphs joined by a blank line) as
wires and web pages print them, with the bad shape and the good shape side by side where a rule
tells them apart; the reading a surviving mutant gave is in the comment above it.

``CASES`` checks every quote a fresh parser (of the case's language pack, if any) reads:
``(kind, text, start, end, cue, speaker's name, source)`` in order, after checking that each
quote's span and its speaker's span slice the text back to them, and that its paragraph is the one
its span lies in."""

from __future__ import annotations

import pytest

from quote_cases import Case, quotes_of

CASES: list[Case] = [
    # inserted_name: the name after the role is read up to its period, whatever its letters (a
    # mutant stopped at an "X" and gave "Xavier Durand. Le pont ..." as the words)
    Case(
        "« Nous allons reconstruire, a déclaré le maire de Lyon, Xavier Durand. Le pont fermera en mai. »",
        [
            ("D", "Nous allons reconstruire", 2, 26, "a déclaré", "Xavier Durand", None),
            ("D", "Le pont fermera en mai.", 71, 94, "a déclaré", "Xavier Durand", None),
        ],
        "fr",
    ),
    # inserted_attribution: a name is looked for after the speaker only when a comma closes the
    # attribution; after its period a name opens the words (a mutant looked anyway and gave the
    # words to Paul Martin, cut after his name)
    Case(
        "« Nous allons reconstruire, a déclaré Anne Dupont. Paul Martin, lui, restera au port. »",
        [
            ("D", "Nous allons reconstruire", 2, 26, "a déclaré", "Anne Dupont", None),
            ("D", "Paul Martin, lui, restera au port.", 51, 85, "a déclaré", "Anne Dupont", None),
        ],
        "fr",
    ),
    # the name's period found whatever the name's length (a mutant read every other character, missed
    # the period after "Ana Dupont" and gave "Ana Dupont. Le pont ..." as the words)
    Case(
        "« Nous allons reconstruire, a déclaré le maire de Lyon, Ana Dupont. Le pont fermera en mai. »",
        [
            ("D", "Nous allons reconstruire", 2, 26, "a déclaré", "Ana Dupont", None),
            ("D", "Le pont fermera en mai.", 68, 91, "a déclaré", "Ana Dupont", None),
        ],
        "fr",
    ),
    # only a person's name is set off after the role: a company is no name (a mutant joined the
    # words with other letters, took "Air France" for a name and made it the speaker)
    Case(
        "« Nous partirons à l'heure, a déclaré le porte-parole, Air France, elle, maintient ses vols. »",
        [
            ("D", "Nous partirons à l'heure", 2, 26, "a déclaré", "le porte-parole", None),
            ("D", "Air France, elle, maintient ses vols.", 55, 92, "a déclaré", "le porte-parole", None),
        ],
        "fr",
    ),
    # setting_tail: a tail of MAX_SETTING_WORDS words after "so" and the speaker only says where
    # and when; one more word and the rule, which keeps to short settings, gives no speaker
    # (mutants read the bound with >=, or let a long tail through when it opened with a preposition)
    Case(
        "„Wir bauen die Brücke neu“, so Miersch am Montag in Berlin vor rund hundert Journalisten.",
        [("D", "Wir bauen die Brücke neu", 1, 25, "so", "Miersch", None)],
        "de",
    ),
    Case(
        "„Wir bauen die Brücke neu“, so Miersch am Montag in Berlin vor rund hundert Journalisten dort.",
        [("D", "Wir bauen die Brücke neu", 1, 25, None, None, None)],
        "de",
    ),
    # verb_second_opening / verb_second_speaker: a German opening that is no subject ("Gestern")
    # puts the subject after the verb; the opening is read from the sentence's start, not the
    # text's (mutants read the earlier sentence too, found its period and gave "Gestern")
    Case(
        "Die Sitzung dauerte lange. Gestern sagte Anna Schmidt: „Die Brücke wird im Mai eröffnet.“",
        [("D", "Die Brücke wird im Mai eröffnet.", 56, 88, "sagte", "Anna Schmidt", None)],
        "de",
    ),
    # a name the article gives someone is the subject before the verb, and a pronoun too (mutants
    # lost the name's lookup or let the pronoun through, and gave the dative "Reportern")
    Case(
        ["Anna Schmidt leitet das Bauamt.", "Schmidt sagte Reportern: „Die Brücke wird im Mai eröffnet.“"],
        [("D", "Die Brücke wird im Mai eröffnet.", 59, 91, "sagte", "Anna Schmidt", None)],
        "de",
    ),
    Case(
        ["Paul Weber leitet das Bauamt.", "Er sagte Reportern: „Die Brücke wird im Mai eröffnet.“"],
        [("D", "Die Brücke wird im Mai eröffnet.", 52, 84, "sagte", "Paul Weber", None)],
        "de",
    ),
    # inverted_subject: "die" before a feminine role is the subject's case ("der" would not be;
    # a mutant turned the test round and gave "Gestern")
    Case(
        "Gestern sagte die Ministerin: „Die Brücke wird im Mai eröffnet.“",
        [("D", "Die Brücke wird im Mai eröffnet.", 31, 63, "sagte", "die Ministerin", None)],
        "de",
    ),
    # a comma before the quotation closes the subject as a colon does (a mutant gave "Gestern")
    Case(
        "Gestern sagte Anna Schmidt, „die Brücke wird im Mai eröffnet“.",
        [("D", "die Brücke wird im Mai eröffnet", 29, 60, "sagte", "Anna Schmidt", None)],
        "de",
    ),
    # an opening of MAX_VERB_SECOND_OPENING words is still an opening (a mutant read the bound
    # with >= and gave "der Sitzung gestern")
    Case(
        "Nach der Sitzung gestern sagte der Bürgermeister: „Die Brücke wird im Mai eröffnet.“",
        [("D", "Die Brücke wird im Mai eröffnet.", 51, 83, "sagte", "der Bürgermeister", None)],
        "de",
    ),
    # participle_opener_subject: the participle is the first word of the quotation's sentence, not
    # of the paragraph (a mutant read the sentence before and gave no one)
    Case(
        'The council met on Monday. Citing "obligations at home," the spokeswoman said the mayor would not attend.',
        [
            ("D", "obligations at home,", 35, 55, None, "the spokeswoman", None),
            ("R", "the mayor would not attend", 78, 104, "said", "the spokeswoman", None),
        ],
    ),
    # an opening word that is no participle in GERUND_SUFFIX gives no one (a mutant took any long
    # word and gave "the minister")
    Case(
        'Officially "on leave," the minister still attended the summit in Geneva.', [("D", "on leave,", 12, 21, None, None, None)]
    ),
    # a comma between the participle and the quotation closes the phrase: the quotation is in the
    # main clause, and the clause after it is no speaker's (mutants gave "the council")
    Case(
        'Speaking on Monday, Ortiz called the plan "a betrayal of the city," and the council agreed to drop it.',
        [("D", "a betrayal of the city,", 43, 66, None, "Ortiz", None)],
    ),
    # after a passive auxiliary, any verb in the past (not only a naming verb) makes the words said
    # of the subject (a mutant asked for both and gave "the senator"), and the auxiliary is
    # remembered from word to word (a mutant forgot it)
    Case(
        'Having been offered "a fair and open hearing," the senator walked out of the room.',
        [("D", "a fair and open hearing,", 21, 45, None, None, None)],
    ),
    Case('Having been called "a traitor," the senator walked out of the hearing.', [("D", "a traitor,", 20, 30, None, None, None)]),
    # a pronoun for no one sure is no subject to give (mutants gave "it")
    Case(
        'Citing "obligations at home," it said the mayor would not attend.',
        [
            ("D", "obligations at home,", 8, 28, None, None, None),
            ("R", "the mayor would not attend", 38, 64, "said", "it", None),
        ],
    ),
    # a clause with no subject the grammar reads after the comma gives no one (a mutant read the
    # text of a subject that is not there and raised)
    Case(
        'Citing "obligations at home," 42 members stayed away from the vote.',
        [("D", "obligations at home,", 8, 28, None, None, None)],
    ),
    # naming_agent: the agent after "by" is read leniently, a plural with no determiner included (mutants
    # read it strictly and gave no one)
    Case(
        'The bridge was called "unsafe" by engineers, who asked for a new survey.',
        [("D", "unsafe", 23, 29, None, "engineers", None)],
    ),
    # label_speaker: a transcript's label names the article's person without the owner the index
    # glued to the name (mutants kept "Reuters’ Luciana Lopez", cut it to "Lopez", or raised)
    Case(
        [
            "Reuters’ Luciana Lopez spoke to the minister on Monday.",
            "Q: Will the bridge open?",
            "LOPEZ: We kept asking about the bridge for weeks.",
        ],
        [("D", "We kept asking about the bridge for weeks.", 90, 132, ":", "Luciana Lopez", None)],
    ),
    # one word after the owner is the name too (a mutant asked for two and kept "Reuters’ Lopez")
    Case(
        [
            "Reuters’ Lopez spoke to the minister on Monday.",
            "Q: Will the bridge open?",
            "LOPEZ: We kept asking about the bridge for weeks.",
        ],
        [("D", "We kept asking about the bridge for weeks.", 82, 124, ":", "Lopez", None)],
    ),
]


def test_no_duplicate_cases() -> None:
    texts = [str(case.pieces) for case in CASES]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("case", CASES, ids=[str(case.pieces)[:60] for case in CASES])
def test_quotes(case: Case) -> None:
    assert quotes_of(case) == case.expected


def test_inserted_attribution_before_marks_alone() -> None:
    """inserted_relative: no word after the speaker's comma (the words trail off) is no relative
    clause; the words before the attribution are still the speaker's (a mutant raised)."""
    rows = quotes_of(Case("« Nous verrons, a déclaré Anne Dupont, ... »", [], "fr"))
    assert rows[0] == ("D", "Nous verrons", 2, 14, "a déclaré", "Anne Dupont", None)


def test_piece_spans_read_as_a_sequence() -> None:
    """parser._PieceSpans, the spans the people index reads (lines first, then paragraphs), is a
    whole :class:`~collections.abc.Sequence`: length, positive and negative indexes, slices and
    the bounds (mutants of ``__len__`` and ``__getitem__``, which the index itself never calls)."""
    from newsparse.quotes.parser import _PieceSpans
    from newsparse.spans import Paragraph, Span

    text = "Harbour news\n\nBy Ana Ortiz\n\nThe port opened.\n\nShips came in."
    lines = (Span(0, 12), Span(14, 26))
    paragraphs = [Paragraph("The port opened.", Span(28, 44)), Paragraph("Ships came in.", Span(46, 60))]
    spans = _PieceSpans(lines, paragraphs)
    assert [text[s.start : s.end] for s in spans] == ["Harbour news", "By Ana Ortiz", "The port opened.", "Ships came in."]
    assert len(spans) == 4
    assert [spans[i] for i in range(4)] == [Span(0, 12), Span(14, 26), Span(28, 44), Span(46, 60)]
    assert [spans[i] for i in range(-4, 0)] == [Span(0, 12), Span(14, 26), Span(28, 44), Span(46, 60)]
    assert spans[1:3] == [Span(14, 26), Span(28, 44)]
    assert spans[::-2] == [Span(46, 60), Span(14, 26)]
    for bad in (4, -5):
        with pytest.raises(IndexError, match=r"^span index out of range$"):
            spans[bad]
