"""Wrong speakers and quote texts the mutation passes mutN and mutP and trialB found (issue 5, role fixJ):
the bad shape beside near-misses that must not change, each read by a fresh parser (of the case's language
pack, if any), ``(kind, text, start, end, cue, speaker's name, source)`` in order."""

from __future__ import annotations

import pytest

from quote_cases import Case, parser_for, quotes_of

CASES: list[Case] = [
    # 1. a phrase and a comma before an inverted cue the rule refuses (or a German opening before the verb) are the
    # words or nothing, never the speaker; beside them the inversions and subjects with asides that read
    Case("The plan, said Ana Ruiz, as the council met on Monday.", []),
    # (since stop 48 an interrupted report: the words after the attribution, as after an aside, rs55)
    Case("The plan, said Ana Ruiz on Monday, was too costly.", [("R", "The plan, said Ana Ruiz on Monday, was too costly", 0, 49, "said", "Ana Ruiz", None)]),
    Case("The plan, said Ana Ruiz, was too costly.", [("R", "The plan, said Ana Ruiz, was too costly", 0, 39, "said", "Ana Ruiz", None)]),
    Case("The deal, said analyst, was too costly.", []),
    Case("The deal, said analysts, was too costly.", [("R", "The deal, said analysts, was too costly", 0, 39, "said", "analysts", None)]),
    Case("The deal, said Ana Ruiz that the council was ready.", []),
    # (an opening, the attribution, then a clause with its own subject: the clause, as fixG's
    # opening_before_cue reads "Calm as ever, said the minister, the plan is good")
    Case(
        "Rather than seeing the tax burden rise further, said Ana Ruiz, the firm would leave.",
        [("R", "the firm would leave", 63, 83, "said", "Ana Ruiz", None)],
    ),
    Case("Tom Berg, the mayor, said the bridge would close.", [("R", "the bridge would close", 26, 48, "said", "Tom Berg", None)]),
    Case("Tom Berg, 81, said the bridge would close.", [("R", "the bridge would close", 19, 41, "said", "Tom Berg", None)]),
    Case("In the early spring, said Tom Berg, the river rose.", [("R", "the river rose", 36, 50, "said", "Tom Berg", None)]),
    Case("In the early spring, said Tom Berg, as the river rose.", []),
    Case(
        "Deputy Mayor Tom Berg of Dover, said he believed the bridge would close.",
        [("R", "he believed the bridge would close", 37, 71, "said", "Tom Berg", None)],
    ),
    Case("The plan, said he, was too costly.", [("R", "The plan, said he, was too costly", 0, 33, "said", "he", None)]),
    Case("Gestern sagte Anna Schmidt dass der Rat bereit sei.", [], "de"),
    Case(
        "Gestern sagte Anna Schmidt, der Rat sei bereit.",
        [("R", "der Rat sei bereit", 28, 46, "sagte", "Anna Schmidt", None)],
        "de",
    ),
    Case("Gestern teilte Anna Schmidt mit, der Rat sei bereit.", [], "de"),
    Case(
        "Gestern sagte Anna Schmidt, dass der Rat bereit sei.",
        [("R", "der Rat bereit sei", 33, 51, "sagte", "Anna Schmidt", None)],
        "de",
    ),
    Case(
        "Anna Schmidt teilte mit, der Rat sei bereit.",
        [("R", "der Rat sei bereit", 25, 43, "teilte mit", "Anna Schmidt", None)],
        "de",
    ),
    # 2. a relative clause whose own verb is a cue with a preposition after it; a title before a name with a
    # description whose closing comma is missing; a capitalised group noun before a present report cue
    Case(
        "Residents who complained to the council said the water was brown.",
        [("R", "the water was brown", 45, 64, "said", "Residents", None)],
    ),
    Case(
        "Residents who backed the council said the water was brown.",
        [("R", "the water was brown", 38, 57, "said", "Residents", None)],
    ),
    Case(
        "Mr. Chad Hawk, vice president of PMG, a grading company in Florida told Fox the cards were fake.",
        [("R", "the cards were fake", 76, 95, "told", "Chad Hawk", None)],
    ),
    Case(
        "Chad Hawk, vice president of PMG, a grading company in Florida told Fox the cards were fake.",
        [("R", "the cards were fake", 72, 91, "told", "Chad Hawk", None)],
    ),
    Case("Police reports Tom Reyes filed were lost.", []),
    Case("The Times reports the bridge would close.", [("R", "the bridge would close", 18, 40, "reports", "Times", None)]),
    # subjects joined by a coordinator from a name at the sentence's start all speak, never the last alone
    Case(
        "Tom Berg, the mayor, and his aides said the bridge would close.",
        [("R", "the bridge would close", 40, 62, "said", "Tom Berg and his aides", None)],
    ),
    Case(
        "Tom Berg and his aides said the bridge would close.",
        [("R", "the bridge would close", 28, 50, "said", "Tom Berg and his aides", None)],
    ),
    Case(
        "Real estate mogul and reality TV star Donald Trump said the wall would rise.",
        [("R", "the wall would rise", 56, 75, "said", "Donald Trump", None)],
    ),
    Case(
        "The bridge would close, and his aides said the port would stay open.",
        [("R", "the port would stay open", 43, 67, "said", "his aides", None)],
    ),
    # a second cue joined by a coordinator with "that" after it opens the same speaker's second quote
    Case(
        "Ana Ruiz said the offer was fair and added that she would sign it.",
        [
            ("R", "the offer was fair", 14, 32, "said", "Ana Ruiz", None),
            ("R", "she would sign it", 48, 65, "added", "Ana Ruiz", None),
        ],
    ),
    Case(
        "Ana Ruiz said the offer was fair and the terms were good.",
        [("R", "the offer was fair and the terms were good", 14, 56, "said", "Ana Ruiz", None)],
    ),
    Case(
        "Ana Ruiz said the offer was fair and that she would sign it.",
        [("R", "the offer was fair and that she would sign it", 14, 59, "said", "Ana Ruiz", None)],
    ),
    Case(
        "Ana Ruiz said the offer was fair and Tom Berg added that he would sign it.",
        [
            ("R", "the offer was fair", 14, 32, "said", "Ana Ruiz", None),
            ("R", "he would sign it", 57, 73, "added", "Tom Berg", None),
        ],
    ),
    # (not a source's verb: it reads the words of its own, whole)
    Case(
        "The embassy keeps its own monitor and reported Wednesday that the index reached 408.",
        [("R", "the index reached 408", 62, 83, "reported", "The embassy", None)],
    ),
    # texts: an attribution alone after a comma is no cue's words; an inverted closing attribution ends the words;
    # "that" before an auxiliary after a cue's object is the clause's subject; a lone adverb set off by commas
    # after the object is no part of the words
    Case("She agreed, the mayor said.", [("R", "She agreed", 0, 10, "said", "the mayor", None)]),
    Case("Ortiz warns, the newspaper reported.", []),
    Case("Ortiz said the mayor agreed.", [("R", "the mayor agreed", 11, 27, "said", "Ortiz", None)]),
    # (a noun for people with no article closing the text speaks too, as "the police" does: fixP)
    Case(
        "He said the bridge would close, said police.",
        [("R", "He said the bridge would close", 0, 30, "said", "police", None), ("R", "the bridge would close", 8, 30, "said", "He", None)],
    ),
    Case(
        "He said the plan, said to be costly, would pass.",
        [("R", "the plan, said to be costly, would pass", 8, 47, "said", "He", None)],
    ),
    Case(
        "The mayor told reporters that would be a mistake.", [("R", "that would be a mistake", 25, 48, "told", "The mayor", None)]
    ),
    Case(
        "The mayor told reporters that the plan would be a mistake.",
        [("R", "the plan would be a mistake", 30, 57, "told", "The mayor", None)],
    ),
    Case(
        "Tom Berg told reporters, however, the bridge would close.",
        [("R", "the bridge would close", 34, 56, "told", "Tom Berg", None)],
    ),
    Case(
        "Tom Berg told reporters, however, that the bridge would close.",
        [("R", "the bridge would close", 39, 61, "told", "Tom Berg", None)],
    ),
    Case(
        "The river will rise, Tom Berg, Chairman of the port authority told Reuters.",
        [("R", "The river will rise", 0, 19, "told", "Tom Berg", None)],
    ),
    Case(
        "The port will close, Tom Berg, President Ana Ruiz told Reuters.",
        [("R", "The port will close, Tom Berg", 0, 29, "told", "Ana Ruiz", None)],
    ),
    # words with no verb before a closing source are the cue's object: the source reports the whole clause
    Case(
        "Ortiz tweets some of the photos, the newspaper reported.",
        [("R", "Ortiz tweets some of the photos", 0, 31, "reported", "the newspaper", None)],
    ),
    Case(
        "Ortiz tweeted the bridge would close, the newspaper reported.",
        [("R", "the bridge would close", 14, 36, "tweeted", "Ortiz", "the newspaper")],
    ),
    # trialB's non-speech objects: an optional determiner and modifiers, then a preposition or a conjunction's
    # clause; beside them the same nouns as the subjects of reported clauses
    Case("Tom Berg said grace before the meal began.", []),
    Case("Tom Berg said a quick prayer before the meal.", []),
    Case("Tom Berg said her goodbyes before the train left.", []),
    Case("Tom Berg said a few words at the funeral.", []),
    Case("Tom Berg said Mass for the victims.", []),
    Case("Tom Berg said a prayer would not help.", [("R", "a prayer would not help", 14, 37, "said", "Tom Berg", None)]),
    Case(
        "Tom Berg said a prayer for the victims would help.",
        [("R", "a prayer for the victims would help", 14, 49, "said", "Tom Berg", None)],
    ),
    Case(
        "Tom Berg said the words of the law were clear.",
        [("R", "the words of the law were clear", 14, 45, "said", "Tom Berg", None)],
    ),
    Case(
        "Tom Berg said grace was a virtue of the town.", [("R", "grace was a virtue of the town", 14, 44, "said", "Tom Berg", None)]
    ),
    Case("M. Martin a dit une courte prière pour les victimes.", [], "fr"),
    Case("Díaz dijo misa por las víctimas.", [], "es"),
    Case(
        "Díaz dijo que la misa por las víctimas sería el lunes.",
        [("R", "la misa por las víctimas sería el lunes", 14, 53, "dijo", "Díaz", None)],
        "es",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: str(c.pieces)[:50])
def test_fixj_cases(case: Case) -> None:
    assert quotes_of(case) == case.expected


def test_no_duplicate_cases() -> None:
    keys = [(repr(c.pieces), c.language) for c in CASES]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # an inverted attribution closes the words: they end at its comma
        ("He said the bridge would close, said police.", "He said the bridge would close"),
        ("He said the port would close, reported the Daily Post.", "He said the port would close"),
        ("He said the port would close, said Ana Ruiz on Monday.", "He said the port would close"),
        ("He said the port would close, said Ana Ruiz, who runs it.", "He said the port would close"),
        # the verb's own words, a participle, or a clause after the speaker: no closing attribution
        ("He said the port would close, agreed with the mayor.", None),
        ("He said the plan, said to be costly, would pass.", None),
        ("He said the port would close, said Ana Ruiz, who told reporters the mayor was wrong.", None),
        ("He said the port would close said police.", None),
    ],
)
def test_inverted_closing(text: str, cut: str | None) -> None:
    parser = parser_for(None)
    cue = next(iter(parser.cues(text, 9, len(text))))
    comma = parser.inverted_closing(text, 0, len(text) - 1, cue)
    assert (text[:comma] if comma is not None else None) == cut
