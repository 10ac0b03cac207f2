"""Survivors of the mutation pass over the quote rules stop 20's passes did not run (issue 8, stop 21, the
``mutT`` pass: ``quotes/resolution.py`` and ``quotes/reported.py``, the functions mutR's and mutP's "not run"
lists name; see docs/testing.md).  Each case is a paragraph (or paragraphs) as wires and web pages print
them, the bad shape beside the good one where a rule tells them apart.

``CASES`` checks every quote a fresh parser (of the case's language pack, if any) reads:
``(kind, text, start, end, cue, speaker's name, source)`` in order, after checking that each quote's span
and its speaker's span slice the text back to them, and that its paragraph is the one its span lies in."""

from __future__ import annotations

import pytest

from quote_cases import Case, quotes_of

CASES: list[Case] = [
    # names_verb_object: a name after a verb form in -ing is its object only after a determiner that
    # opens the mention ("The doctor treating Ana Ruiz"); with none, "nursing" is a department's
    Case(
        "Head of nursing Ana Ruiz said the ward was full.",
        [("R", "the ward was full", 30, 47, "said", "Ana Ruiz", None)],
    ),
    # ... and the name is then the phrase's head only if two words or more come before it
    Case("The ailing Tom Berg said the club would fold.", [("R", "the club would fold", 25, 44, "said", "Tom Berg", None)]),
    # named_in_own_words: a pronoun resolved to the person its own words name stays as written; a
    # title and surname that name the speaker do not take the rule (only a pronoun does)
    Case(
        "Paul Grant left the hall on Monday. Paul Grant was the first mayor of the town, he said.",
        [("R", "Paul Grant was the first mayor of the town", 36, 78, "said", "he", None)],
    ),
    Case(
        "Paul Grant left the hall on Monday. The bridge was built in 1820, he said.",
        [("R", "The bridge was built in 1820", 36, 64, "said", "Paul Grant", None)],
    ),
    Case(
        "Paul Grant left the hall on Monday. Paul Grant's father built the bridge, Mr. Grant said.",
        [("R", "Paul Grant's father built the bridge", 36, 72, "said", "Paul Grant", None)],
    ),
    # subject_before_aside: a pronoun set off inside a clause whose subject names its referent stays as
    # written; after another subject it is the referent
    Case(
        "Paul Grant left the hall on Monday. Paul Grant, he said, was the first mayor of the town.",
        [("R", "Paul Grant, he said, was the first mayor of the town", 35, 88, "said", "he", None)],
    ),
    Case(
        "Paul Grant left the hall on Monday. The bridge, he said, was built in 1820.",
        [("R", "The bridge, he said, was built in 1820", 35, 74, "said", "Paul Grant", None)],
    ),
    # known_core: a longer name the text last wrote after a determiner ("the Real Tom Berg", a show's)
    # gives way to the name it ends in for a mention of that name; written with no determiner, it
    # stays the longest name the article gives
    Case(
        'Tom Berg founded the club in 1990. He now hosts the Real Tom Berg, a talk show. "We will win," Tom Berg said.',
        [("D", "We will win,", 81, 93, "said", "Tom Berg", None)],
    ),
    Case(
        'Tom Berg founded the club in 1990. He now hosts Real Tom Berg, a talk show. "We will win," Tom Berg said.',
        [("D", "We will win,", 77, 89, "said", "Real Tom Berg", None)],
    ),
    # clause_subject_start: after a cue that takes an object, the clause without "that" starts after an
    # agency or a word for those told (even when the subject is one word), after a determiner and a
    # lower-case noun at the capitalised name, and else at the first word
    Case("The chairman told Reuters MHI is ready to bid.", [("R", "MHI is ready to bid", 26, 45, "told", "The chairman", None)]),
    Case(
        "The chairman told Reuters offers have been made.",
        [("R", "offers have been made", 26, 47, "told", "The chairman", None)],
    ),
    Case("The chairman told reporters prices would rise.", [("R", "prices would rise", 28, 45, "told", "The chairman", None)]),
    Case(
        "The chairman told a luncheon Reagan could decide the matter.",
        [("R", "Reagan could decide the matter", 29, 59, "told", "The chairman", None)],
    ),
    Case("The chairman warned prices would rise.", [("R", "prices would rise", 20, 37, "warned", "The chairman", None)]),
    Case(
        "The chairman warned Reuters would lose the contract.",
        [("R", "Reuters would lose the contract", 20, 51, "warned", "The chairman", None)],
    ),
    Case(
        "The chairman warned local bank officials would cut jobs.",
        [("R", "local bank officials would cut jobs", 20, 55, "warned", "The chairman", None)],
    ),
    # cut_next_clause: an inverted attribution after the words' comma closes them
    # (and the bare noun after it speaks the whole report, as "the police" would: fixP's bare_noun_closing)
    Case(
        "Tom Berg said the bridge would close, said police.",
        [
            ("R", "Tom Berg said the bridge would close", 0, 36, "said", "police", None),
            ("R", "the bridge would close", 14, 36, "said", "Tom Berg", None),
        ],
    ),
    # ... and so does a second cue of the same speaker joined by "and"
    Case(
        "The mayor said the offer was fair and added that talks would go on.",
        [
            ("R", "the offer was fair", 15, 33, "said", "The mayor", None),
            ("R", "talks would go on", 49, 66, "added", "The mayor", None),
        ],
    ),
    # name_before_subject: a name of two words or more that opens the sentence, maybe after a title,
    # speaks when the phrase before the cue ends its description; a surname alone does not
    Case(
        "Mr. Chad Hawk, vice president of PMG, a grading company in Florida told Fox the market was hot.",
        [("R", "the market was hot", 76, 94, "told", "Chad Hawk", None)],
    ),
    Case(
        "Mayor Chad Hawk, vice president of PMG, a grading company in Florida told Fox the market was hot.",
        [("R", "the market was hot", 78, 96, "told", "Chad Hawk", None)],
    ),
    Case(
        "Hawk, vice president of PMG, a grading company in Florida told Fox the market was hot.",
        [("R", "the market was hot", 67, 85, "told", "a grading company in Florida", None)],
    ),
    # subject_not_object: only a finite auxiliary after the words a cue takes makes them a clause's
    # subject; a past form ("sent", a participle here) leaves them the people told
    Case(
        "The mayor told reporters sent to the scene that the bridge would close.",
        [("R", "the bridge would close", 48, 70, "told", "The mayor", None)],
    ),
    # that_as_subject: "that" before a quotation mark is no subject; the quotation is the words
    Case(
        'The mayor said that "the plan would fail."',
        [("M", '"the plan would fail."', 20, 42, "said", "The mayor", None)],
    ),
    # by_description: a role two people named together hold ("President ... and President ...") is
    # either's, and the mention stays as written; held by one, it is that person's
    Case(
        'President Ana Ortiz and President Paul Grant arrived in the capital on Monday. "We have a deal," the president said.',
        [("D", "We have a deal,", 80, 95, "said", "the president", None)],
    ),
    Case(
        'President Ana Ortiz arrived in the capital on Monday. "We have a deal," the president said.',
        [("D", "We have a deal,", 55, 70, "said", "Ana Ortiz", None)],
    ),
    # short_clause: one word is no clause, before the cue or after it
    Case("The mayor said yes.", []),
    Case("Agreed, Ortiz said.", []),
    # ... two words are one if the first is a pronoun, even a stop word ("it"), not a possessive
    # determiner ("his report": a thing said, no clause)
    Case("The mayor said it worked.", [("R", "it worked", 15, 24, "said", "The mayor", None)]),
    Case("The mayor said his report.", []),
    # clause_from: the two words are read up to their own sentence's end, not the paragraph's
    Case(
        "The mayor said prices fell. Tom Berg left the hall early.",
        [("R", "prices fell", 15, 26, "said", "The mayor", None)],
    ),
    # acronym_organisation: a name with a capitalised particle inside after an acronym is a person's
    Case('"We will win," NRA Ana De Souza said.', [("D", "We will win,", 1, 13, "said", "Ana De Souza", None)]),
    Case('"We will win," CNN Money said.', [("D", "We will win,", 1, 13, "said", "CNN Money", None)]),
    Case(
        "« Nous allons gagner », a déclaré la présidente du RN Marine Le Pen.",
        [("D", "Nous allons gagner", 2, 20, "a déclaré", "Marine Le Pen", None)],
        "fr",
    ),
]


def test_cases_are_distinct() -> None:
    seen = [(str(case.pieces), case.language) for case in CASES]
    assert len(seen) == len(set(seen))


@pytest.mark.parametrize("case", CASES, ids=lambda case: str(case.pieces)[:60])
def test_quotes(case: Case) -> None:
    assert quotes_of(case) == case.expected
