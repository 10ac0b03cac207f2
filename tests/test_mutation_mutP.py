"""Survivors of the mutation pass over ``quotes/reported.py`` (issue 8, stop 20, the ``mutP`` pass: the
mutants on lines changed since ``6adfb40`` of the functions mutN does not take; see docs/testing.md).  Each
case is a paragraph (or paragraphs) as wires and web pages print them, the bad shape beside the good one
where a rule tells them apart.

``CASES`` checks every quote a fresh parser (of the case's language pack, if any) reads:
``(kind, text, start, end, cue, speaker's name, source)`` in order, after checking that each quote's span
and its speaker's span slice the text back to them, and that its paragraph is the one its span lies in."""

from __future__ import annotations

import pytest

from quote_cases import Case, quotes_of

#: A paragraph of running text whose last sentence opens about 220 characters after its start.
LONG_OPENING = (
    "The city has spent more than it has in any year since the war, and the council, which met on Monday "
    "for the first time since the storm, heard that the port, the bridge and the roads would all need "
    "repairs before winter. "
)

CASES: list[Case] = [
    # relative_cue_before_cue: a cue right after a relative pronoun with no later cue in its sentence is
    # the clause's own (the phrase before the pronoun says it); after the comma, a subject of exactly
    # MAX_RELATIVE_CLAUSE_SUBJECT (3) words speaks, the relative clause reports nothing
    Case(
        "It was the mayor who said the bridge would close.",
        [("R", "the bridge would close", 26, 48, "said", "the mayor", None)],
    ),
    Case(
        "Of the 48 chambers that replied, the large ones said they would back the plan.",
        [("R", "they would back the plan", 53, 77, "said", "the large ones", None)],
    ),
    # cue_before_aside: words before a source's aside that end in no cue word are the source's words
    # (only a cue before the aside, "Tom Berg denied, according to Reuters, ...", gives none)
    Case(
        "The plan was dead, according to Reuters, the end of a long fight.",
        [("R", "The plan was dead", 0, 17, "according to", "Reuters", None)],
    ),
    # short_clause / clause_from / read_trailing: two words, a subject and its finite verb, are words
    # enough, before or after the cue; three words need no such test; an auxiliary, or a second
    # attribution after the first, is no clause
    Case("The mayor said prices fell.", [("R", "prices fell", 15, 26, "said", "The mayor", None)]),
    Case("The mayor said she agreed.", [("R", "she agreed", 15, 25, "said", "The mayor", None)]),
    Case("Talks collapsed, Ortiz said.", [("R", "Talks collapsed", 0, 15, "said", "Ortiz", None)]),
    Case("Prices rose sharply, Ortiz said.", [("R", "Prices rose sharply", 0, 19, "said", "Ortiz", None)]),
    Case("The mayor said it would.", []),
    Case("Talks collapsed, Lena Voss said on Monday, Reuters reported.", []),
    # that_as_subject: "that" before a finite auxiliary is the clause's subject and opens the words;
    # before anything else it is left out of them
    Case("The mayor said that would be a mistake.", [("R", "that would be a mistake", 15, 38, "said", "The mayor", None)]),
    Case("The mayor said that not only the plan failed.", [("R", "not only the plan failed", 20, 44, "said", "The mayor", None)]),
    Case("The mayor said that the plan would fail.", [("R", "the plan would fail", 20, 39, "said", "The mayor", None)]),
    # cut_closing_attribution: the attribution after the words' last comma is cut off them, after a
    # time too, and with a speaker's phrase that only a lenient reading takes ("the family"); the
    # words' own comma before it stays in them; a cue with its own words after it, or an auxiliary
    # before it, is part of the words
    Case(
        "The man told officers he had been drinking, police said on Monday.",
        [
            ("R", "The man told officers he had been drinking", 0, 42, "said", "police", None),
            ("R", "he had been drinking", 22, 42, "told", "The man", None),
        ],
    ),
    Case(
        "The man told officers he had been drinking, the family said.",
        [
            ("R", "The man told officers he had been drinking", 0, 42, "said", "the family", None),
            ("R", "he had been drinking", 22, 42, "told", "The man", None),
        ],
    ),
    Case(
        "The man told officers he had been drinking, not eating, police said.",
        [
            ("R", "The man told officers he had been drinking, not eating", 0, 54, "said", "police", None),
            ("R", "he had been drinking, not eating", 22, 54, "told", "The man", None),
        ],
    ),
    Case(
        "The man admitted he had been drinking, Tom Berg, the police chief, said.",
        [
            ("R", "The man admitted he had been drinking", 0, 37, "said", "Tom Berg", None),
            ("R", "he had been drinking", 17, 37, "admitted", "The man", None),
        ],
    ),
    Case(
        "The man told officers he had been drinking, he insisted on getting them out.",
        [("R", "he had been drinking, he insisted on getting them out", 22, 75, "told", "The man", None)],
    ),
    Case(
        "The man told officers he had been drinking, he should have insisted.",
        [("R", "he had been drinking, he should have insisted", 22, 67, "told", "The man", None)],
    ),
    # (fixed by this pass: an auxiliary is looked for between the speaker's phrase and the cue, not in
    # the phrase, whose "to" of a role, "an aide to the mayor", is no infinitive; before, the
    # attribution stayed in the words and only the told quote was read)
    Case(
        "The man told officers he had been drinking, an aide to the mayor said.",
        [
            ("R", "The man told officers he had been drinking", 0, 42, "said", "an aide to the mayor", None),
            ("R", "he had been drinking", 22, 42, "told", "The man", None),
        ],
    ),
    Case(
        "The man admitted he had been drinking, an adviser to the governor said on Monday.",
        [
            ("R", "The man admitted he had been drinking", 0, 37, "said", "an adviser to the governor", None),
            ("R", "he had been drinking", 17, 37, "admitted", "The man", None),
        ],
    ),
    Case(
        "The man told officers he had been drinking, police would say.",
        [("R", "he had been drinking, police would say", 22, 60, "told", "The man", None)],
    ),
    # inverted_speaker: a subject's phrase of exactly MAX_APPOSITIVE_HEAD (8) words before an
    # interrupting cue; an English cue after an opening is no inversion; a German verb-second opening
    # is read from its own sentence's start; an inverted phrase with no words after it gives nothing
    Case(
        "The new harbour plan for the old town, said Ana Ruiz, was too costly.",
        [("R", "The new harbour plan for the old town, said Ana Ruiz, was too costly", 0, 68, "said", "Ana Ruiz", None)],
    ),
    # (the shapes beside it: the subject's verb after the phrase, "that" as the clause's subject; the
    # words before a cue that closes them; German verb-second with a comma and with "dass"; too few
    # words after the phrase)
    Case(
        "The plan, said Ana Ruiz, had been too costly for the city.",
        [("R", "The plan, said Ana Ruiz, had been too costly for the city", 0, 57, "said", "Ana Ruiz", None)],
    ),
    Case(
        "The deal, said Ana Ruiz, that is what the council wants.",
        [("R", "that is what the council wants", 25, 55, "said", "Ana Ruiz", None)],
    ),
    Case(
        "The plan was too costly, said Ana Ruiz, and the council agreed.",
        [("R", "The plan was too costly", 0, 23, "said", "Ana Ruiz", None)],
    ),
    Case(
        "Gestern sagte Anna Schmidt, die Brücke werde im Mai geschlossen.",
        [("R", "die Brücke werde im Mai geschlossen", 28, 63, "sagte", "Anna Schmidt", None)],
        "de",
    ),
    Case(
        "Gestern sagte Anna Schmidt, dass die Brücke im Mai geschlossen werde.",
        [("R", "die Brücke im Mai geschlossen werde", 33, 68, "sagte", "Anna Schmidt", None)],
        "de",
    ),
    Case(
        "Die Brücke, sagte Anna Schmidt, werde im Mai geschlossen.",
        [("R", "Die Brücke, sagte Anna Schmidt, werde im Mai geschlossen", 0, 56, "sagte", "Anna Schmidt", None)],
        "de",
    ),
    Case("Prices, said Ana Ruiz, would rise.", []),
    Case("On Monday said Ana Ruiz, the plan was too costly.", []),
    Case(
        "Die Stadt ist pleite. Gestern sagte Anna Schmidt, die Brücke werde im Mai geschlossen.",
        [("R", "die Brücke werde im Mai geschlossen", 50, 85, "sagte", "Anna Schmidt", None)],
        "de",
    ),
    Case("The plan, said Ana Ruiz.", []),
    # lone_plural_after: a plural phrase in lower case with no determiner after an inverted cue, up
    # to MAX_ABSOLUTE_SUBJECT_WORDS (4) words, speaks; a plural that names no one does not
    Case(
        "The deal, said analysts, was close to collapse.",
        [("R", "The deal, said analysts, was close to collapse", 0, 46, "said", "analysts", None)],
    ),
    Case(
        "The deal, said four local council officials, was close to collapse.",
        [("R", "The deal, said four local council officials, was close to collapse", 0, 66, "said", "four local council officials", None)],
    ),
    Case(
        "The deal, said analysts , was close to collapse.",
        [("R", "The deal, said analysts , was close to collapse", 0, 47, "said", "analysts", None)],
    ),
    Case(
        "The deal, said reports, was close to collapse.",
        [("R", "The deal, said reports, was close to collapse", 0, 45, "said", "reports", None)],
    ),
    Case("The deal, said months, was close to collapse.", []),
    # name_before_subject: the window is measured from the sentence's own start (a long sentence
    # before it does not hide the name); a capitalised name as the last part is the speaker itself
    Case(
        LONG_OPENING + "Chad Hawk, vice president of PMG, a grading company in Florida told Fox the market was hot.",
        [("R", "the market was hot", 292, 310, "told", "Chad Hawk", None)],
    ),
    Case(
        "Chad Hawk, vice president of PMG, Ana Ortiz told Fox the market was hot.",
        [("R", "the market was hot", 53, 71, "told", "Ana Ortiz", None)],
    ),
    # clause_subject_start: after an agency told, after a determiner and a noun told, after a pronoun told
    Case("Tom Berg told Reuters offers have been made.", [("R", "offers have been made", 22, 43, "told", "Tom Berg", None)]),
    Case(
        "Tom Berg told a luncheon Reagan could decide on Monday.",
        [("R", "Reagan could decide on Monday", 25, 54, "told", "Tom Berg", None)],
    ),
    Case("Tom Berg told him prices would rise.", [("R", "prices would rise", 18, 35, "told", "Tom Berg", None)]),
    # subject_before_aside: a pronoun resolved to someone named before it in its sentence, in an
    # attribution set off inside the clause, is written as it stands (the named one is the clause's
    # subject), in a later paragraph too and with a comma after the clause's verb; a name or a
    # pronoun after the words (no aside) keeps the person it is resolved to
    Case(
        "Paul Grant, he said, resigned, and left the town.",
        [("R", "Paul Grant, he said, resigned, and left the town", 0, 48, "said", "he", None)],
    ),
    Case(
        ["The council met.", "Paul Grant, he said, was the first mayor of the town."],
        [("R", "Paul Grant, he said, was the first mayor of the town", 18, 70, "said", "he", None)],
    ),
    Case("Paul Grant left. The bridge was old, Grant said.", [("R", "The bridge was old", 17, 35, "said", "Paul Grant", None)]),
    Case("Paul Grant left. The bridge was old, he said.", [("R", "The bridge was old", 17, 35, "said", "Paul Grant", None)]),
    # verb_after_relative: a relative clause set off by commas and then the subject's own verb make the
    # words before a closing cue a clause; with the cue right after the clause, nothing is reported
    Case(
        "The pastor, who had driven all night, was tired, said Tom Berg.",
        [("R", "The pastor, who had driven all night, was tired", 0, 47, "said", "Tom Berg", None)],
    ),
    Case("The pastor, who had driven all night, said a prayer for the town.", []),
    # relative_clause_end: a possessive relative pronoun opens a relative clause too; its cue's words
    # end at the clause's comma
    Case(
        "Tom Berg, whose lawyer said the case was weak, will appeal.",
        [("R", "the case was weak", 28, 45, "said", "lawyer", None)],
    ),
    # ReportedSpeech.__init__: the directive pattern, an object and "to" and a verb
    Case(
        "The mayor asked the council to reconsider the plan.",
        [("R", "the council to reconsider the plan", 16, 50, "asked", "The mayor", None)],
    ),
]


def test_cases_are_distinct() -> None:
    seen = [(str(case.pieces), case.language) for case in CASES]
    assert len(seen) == len(set(seen))


@pytest.mark.parametrize("case", CASES, ids=lambda case: str(case.pieces)[:60])
def test_quotes(case: Case) -> None:
    assert quotes_of(case) == case.expected
