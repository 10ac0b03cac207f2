"""Issue 5, wrong speakers found by mutation probes (stop 17): a word or a phrase that opens the
sentence before its subject (``Tired and angry,``, ``Meanwhile,``) was read as the speaker.  Each
case is invented copy after a plain headline and the exact ``(text, kind, speaker name)`` triples
that must come out, in order: the bad shape, the good shape and near-misses side by side."""

from __future__ import annotations

import pytest

from newsparse import QuoteKind
from newsparse.quotes.reported import ReportedSpeech
from quote_cases import kind_rows as quotes_of

R = QuoteKind.INDIRECT


# two words joined by a coordinator and set off by a comma describe the subject that follows
PAIRED_MODIFIERS = [
    ("Tired and angry, she stood up and said the talks were over.",
     [("the talks were over", R, "she")]),
    ("Bruised but defiant, the French foreign minister stood up and said the deal was dead.",
     [("the deal was dead", R, "the French foreign minister")]),
    ("Calm and unhurried, Ana Ortiz walked to the podium and said the count had been fair.",
     [("the count had been fair", R, "Ana Ortiz")]),
    # near-misses: two plurals or two names are the subject itself
    ("Police and firefighters, who arrived within minutes, said the fire was out by noon.",
     [("the fire was out by noon", R, "Police and firefighters")]),
    ("Ana Ortiz and Tom Berg said the merger would close in June.",
     [("the merger would close in June", R, "Ana Ortiz and Tom Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), PAIRED_MODIFIERS)
def test_paired_modifier_is_no_speaker(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# one word set off by a comma that modifies the sentence: an adverb, listed, by its ending, or a
# word that opens no name; the speaker is the phrase after it, past its relative clause
OPENING_ADVERBS = [
    ("Meanwhile, the director of the port, who took the job in March, said the ships would stay.",
     [("the ships would stay", R, "the director of the port")]),
    ("Moreover, the head of the union, who joined in 2010, said the strike was over for good.",
     [("the strike was over for good", R, "the head of the union")]),
    ("However, the mayor, who was elected in May, said the budget was too high.",
     [("the budget was too high", R, "the mayor")]),
    # near-misses: a name set off by a comma with its description speaks, one in -ly too
    ("Kelly, a nurse at the hospital for 20 years, said the ward was short of staff.",
     [("the ward was short of staff", R, "Kelly")]),
    ("Ortiz, the director of the port, said the ships would stay.",
     [("the ships would stay", R, "Ortiz")]),
    ("Instead, the mayor said the budget was fine as it stood.",
     [("the budget was fine as it stood", R, "the mayor")]),
    # sentence adverbs that the name rules would read as a given name (no -ly test: "Kelly" above)
    ("Finally, the head of the union, who took office in May, said the strike would go on.",
     [("the strike would go on", R, "the head of the union")]),
    ("Nevertheless, the chair of the board, who voted against it, said the merger would proceed.",
     [("the merger would proceed", R, "the chair of the board")]),
    ("Ultimately, the minister, who had resisted for weeks, said the tax would be dropped.",
     [("the tax would be dropped", R, "the minister")]),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_ADVERBS)
def test_opening_adverb_is_no_speaker(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("Meanwhile", True), ("Separately", True), ("However", True), ("Still", True), ("Finally", True),
     ("Similarly", True),
     ("Ortiz", False), ("Kelly", False), ("the mayor", False), ("Tom Berg", False)],
)
def test_opening_adverb_reads_one_word(phrase: str, expected: bool) -> None:
    assert ReportedSpeech().opening_adverb(phrase) is expected


class ShortLookahead(ReportedSpeech):
    BARE_NOUN_LOOKAHEAD = 1
    LONG_SUBJECT_LOOKAHEAD = 1


@pytest.mark.parametrize(
    ("words", "default", "short"),
    [
        # a bare noun, its verb three words on
        ("rural deliveries in Ohio grew fastest", True, False),
        # a bare noun, its verb right after it
        ("deliveries grew fastest", True, True),
        # a participle, its verb five words on
        ("having the mayor on side is a help", True, False),
        # a noun and "of", its verb four words on
        ("members of the court shouldn't rule", True, False),
    ],
)
def test_opens_clause_lookaheads_are_named(words: str, default: bool, short: bool) -> None:
    assert ReportedSpeech().opens_clause(words, 0, len(words)) is default
    assert ShortLookahead().opens_clause(words, 0, len(words)) is short


# "adding that CLAUSE" after a closing attribution is the attributed speaker's, also when an
# appositive describes that speaker; never the opening words' subject
ADDING = [
    # (a subject and its verb are words of their own since fixY: ReportedSpeech.short_clause)
    ("Prices rose, said Tom Berg, the bank's chief economist, adding that rates would follow.",
     [("Prices rose", R, "Tom Berg"), ("rates would follow", R, "Tom Berg")]),
    ("Sales fell, said Ana Ortiz, a former referee, adding that the club would cut costs.",
     [("Sales fell", R, "Ana Ortiz"), ("the club would cut costs", R, "Ana Ortiz")]),
    ("Prices rose sharply in May, said Tom Berg, the bank's chief economist, adding that rates would follow.",
     [("Prices rose sharply in May", R, "Tom Berg"), ("rates would follow", R, "Tom Berg")]),
    # the good shapes: no appositive, or the attribution before the verb
    ("Prices rose, Tom Berg said, adding that rates would follow.",
     [("Prices rose", R, "Tom Berg"), ("rates would follow", R, "Tom Berg")]),
    ("The plan was dead, Ortiz's lawyer told reporters, adding that the firm would appeal.",
     [("The plan was dead", R, "Ortiz's lawyer"), ("the firm would appeal", R, "Ortiz's lawyer")]),
]


@pytest.mark.parametrize(("text", "expected"), ADDING)
def test_adding_belongs_to_the_attributed_speaker(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (", the bank's chief economist", True),
        (", a former referee", True),
        # a clause, a name, two appositives, no comma: no description
        (", the rates were wrong", False),
        (", Tom Berg", False),
        (", a lawyer, a former judge", False),
        (" on Tuesday", False),
    ],
)
def test_describes_speaker(tail: str, expected: bool) -> None:
    assert ReportedSpeech().describes_speaker(tail) is expected


# a subject with a relative clause set off by commas, then "said" and its object: no reported words
# and never the object as the speaker; a clause after "said" stays reported speech
SAID_OBJECT = [
    ("The pastor, who had driven all night from the coast to reach the town, said a prayer for the victims.",
     []),
    ("The coach, who had waited two hours in the rain outside the stadium, said goodbye to the players.",
     []),
    # the good shapes: a clause, a pronoun opening it, quoted words
    ("The pastor, who had driven all night from the coast to reach the town, said the victims would be remembered.",
     [("the victims would be remembered", R, "The pastor")]),
    ("The coach, who had waited two hours in the rain outside the stadium, said he expects a fair hearing.",
     [("he expects a fair hearing", R, "The coach")]),
    ("Most of the nurses, 60 of them in all, say the \"new roster\" reflects no one's needs.",
     [("the \"new roster\" reflects no one's needs", QuoteKind.MIXED, "Most of the nurses")]),
]


@pytest.mark.parametrize(("text", "expected"), SAID_OBJECT)
def test_said_with_an_object_reports_nothing(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("The pastor, who had driven all night, ", True),
        ("The French foreign minister, who arrived on Monday, ", True),
        # a clause before the comma: reported words, not a subject
        ("The vote was rigged, who knows why, ", False),
        ("The pastor, the town's only priest, ", False),
    ],
)
def test_subject_with_aside(head: str, expected: bool) -> None:
    assert ReportedSpeech().subject_with_aside(head, 0, len(head)) is expected


# a relative clause's words end where a second subject with its own relative clause is joined on
SECOND_SUBJECT = [
    ("The mayor, who said the count was flawed, and the council, which said it was fair, met on Monday.",
     [("the count was flawed", R, "The mayor")]),
    ("Ana Ortiz, who said the rules were unclear, and her lawyer, who said nothing, left the court together.",
     [("the rules were unclear", R, "Ana Ortiz")]),
    # near-misses: a second clause without a relative clause of its own stays in the words
    ("The mayor, who said the count was flawed, and the vote was rigged, met on Monday.",
     [("the count was flawed, and the vote was rigged", R, "The mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_SUBJECT)
def test_second_subject_ends_relative_words(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# an amount with a currency sign opens the reported clause when its verb follows close behind
AMOUNTS = [
    ("Ortiz said $2 million was missing from the fund.",
     [("$2 million was missing from the fund", R, "Ortiz")]),
    ("The mayor said €40 million had been spent on the bridge.",
     [("€40 million had been spent on the bridge", R, "The mayor")]),
    # near-miss: an amount with no verb behind it is no clause
    ("Ortiz said $2 million in her first filing, a record for the district.",
     []),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNTS)
def test_amount_opens_clause(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# a long role with "of" and what it heads, then a relative clause set off by commas, then the cue
LONG_ROLES = [
    ("The chief executive of the port authority, who took the job in March, said the ships would stay.",
     [("the ships would stay", R, "The chief executive of the port authority")]),
    ("The deputy head of the regional water board, who retired in May, said the dam was never safe.",
     [("the dam was never safe", R, "The deputy head of the regional water board")]),
    # near-miss: the short form was read before and still is
    ("The director of the port, who took the job in March, said the ships would stay.",
     [("the ships would stay", R, "The director of the port")]),
]


@pytest.mark.parametrize(("text", "expected"), LONG_ROLES)
def test_long_role_with_aside_speaks(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected
