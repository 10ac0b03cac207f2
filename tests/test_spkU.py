"""Issue 5, wrong speakers (spkU): quotes that took someone else's name, a number or a placeholder
as their speaker.  Invented stories; each case is the text after a plain headline and the exact
``(text, speaker name, mention)`` triples that must come out, in order.  The bad shape and near
misses that must not change stand side by side."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow as Row
from quote_cases import article_of
from quote_cases import speaker_rows as quotes_of

# a cue in the past after a form of "be" is a passive: its subject was spoken to or of, and the
# agent after "by" right after the cue speaks, else no one
PASSIVES = [
    ('When Tom Berg was questioned about the dispute on local radio, his answer focused on how the budget had '
     '"never been balanced."',
     # (the reported words of an opening "When" clause end at the comma that closes it: spkW, stop 27)
     [("about the dispute on local radio", None, None), ("never been balanced.", None, None)]),
    ("Ana Ortiz was declared the winner of the primary by the networks early Tuesday.",
     [("the winner of the primary by the networks early Tuesday", None, None)]),
    ("When the coach was repeatedly questioned about the loss, the club's answer was silence.",
     [("about the loss", None, None)]),
    # the agent right after the cue speaks (read before the change too)
    ("Tom Berg was warned by his staff that the plan would fail.", [("the plan would fail", "his staff", "his staff")]),
    # near misses: an active verb, and a capitalised "Am" that is part of a name, not an auxiliary
    ("Pan Am earlier today announced an order for 40 new aircraft.",
     [("an order for 40 new aircraft", "Pan Am", "Pan Am")]),
    ("The mayor announced that the pool would reopen in June.",
     [("the pool would reopen in June", "The mayor", "The mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVES)
def test_passive_cues(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a number alone names no one: the report stays, with no speaker; a count after a word of
# quantity reads as a phrase and stays, like "52 delegates"
COUNTS = [
    ("Already, 52 delegates have said they support Ortiz, and 43 said the same for Berg.",
     [("they support Ortiz", "52 delegates", "52 delegates"), ("the same for Berg", None, None)]),
    ("In the survey of 800 nurses, 612 said they had worked unpaid overtime.",
     [("they had worked unpaid overtime", None, None)]),
    ("At least 2,000 said they would march again.", [("they would march again", "At least 2,000", "At least 2,000")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS)
def test_bare_counts(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a dash set off by blanks may open another speaker's clause inside reported words; a cue between
# a pair of dashes is an aside, and the words go on after it
DASHES = [
    ('When Ana Ortiz noted that the council had not paid its bills for years ― Tom Berg boasted, "That makes us '
     'careful."',
     [("the council had not paid its bills for years", "Ana Ortiz", "Ana Ortiz"),
      ("That makes us careful.", "Tom Berg", "Tom Berg")]),
    ("The coach said the squad was tired — and the captain said it was not.",
     [("the squad was tired", "The coach", "The coach"), ("it was not", "the captain", "the captain")]),
    # near misses: a pair of dashes around an attribution or a relative clause with a cue
    ("Ana Ortiz said the deal — her aides said on Monday — could collapse within a week.",
     [("the deal — her aides said on Monday — could collapse within a week", "Ana Ortiz", "Ana Ortiz")]),
    ("Lee said she would accept the advice of the prosecutors – the ones Berg told not to proceed – before she "
     "decides.",
     [("she would accept the advice of the prosecutors – the ones Berg told not to proceed – before she decides",
       "Lee", "Lee")]),
]


@pytest.mark.parametrize(("text", "expected"), DASHES)
def test_dash_clauses(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# absolute pairs after a dash or a colon, as after "with": each subject speaks its own words
ABSOLUTE_PAIRS = [
    ('The two leaders issued a statement after the talks – Ortiz saying she was "very encouraged" and Berg calling '
     'it a "great meeting."',
     [('she was "very encouraged"', "Ortiz", "Ortiz"), ("great meeting.", "Berg", "Berg")]),
    ('The rally ended late: Ortiz saying the fight "has just begun" and Berg calling it "a new start."',
     [('the fight "has just begun"', "Ortiz", "Ortiz"), ("a new start.", "Berg", "Berg")]),
    # near miss: "with" worked before and still does
    ('Both men were upbeat, with Ortiz saying she was "very encouraged" and Berg calling it a "great meeting."',
     [('she was "very encouraged"', "Ortiz", "Ortiz"), ("great meeting.", "Berg", "Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE_PAIRS)
def test_absolute_pairs(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a cue right before the opening mark (a comma or colon between) introduces the quotation; an
# attribution after it does not take it over
CUE_BEFORE = [
    ('When a man in the crowd shouted, "Resign," Berg joked.', [("Resign,", "a man in the crowd", "a man in the crowd")]),
    ('When someone in the audience yelled, "Louder," the mayor laughed, "I am trying."',
     [("Louder,", "someone in the audience", "someone in the audience"), ("I am trying.", "the mayor", "the mayor")]),
    ('Ortiz said, "We will win," Berg recalled on Monday.', [("We will win,", "Ortiz", "Ortiz")]),
    # near miss: nothing before the quotation, the attribution after it speaks
    ('"We will win," Berg said.', [("We will win,", "Berg", "Berg")]),
    # a head word before a place phrase with a determiner speaks; a bare noun after it is no phrase
    ("Later, many in the crowd said they would vote for him.",
     [("they would vote for him", "many in the crowd", "many in the crowd")]),
    ("Ratings cut include those on senior notes and bonds.", []),
]


@pytest.mark.parametrize(("text", "expected"), CUE_BEFORE)
def test_cue_right_before(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


def test_reporting_outlet_after_is_the_source() -> None:
    article = article_of('Asked about the vote, Ortiz bristled and said, "No comment," the City Herald reported.')
    [quote] = article.quotes
    assert (quote.text, quote.speaker and quote.speaker.name, quote.source) == ("No comment,", "Ortiz", "the City Herald")


def test_speaker_after_the_quotation_speaks_last() -> None:
    # 'Berg joked' gives "Resign," to no one but is the last speaker for the pronoun after it
    text = (
        "Tom Berg Blasts Critics for Mocking His Fast, Reads Charter to Council.\n\n"
        "After blasting the critics, Tom Berg doubled down at the town hall on Monday.\n\n"
        'When someone in the audience shouted, "Resign," Berg joked, again using a thick accent, "Not today, my '
        'friend."\n\n'
        'Speaking in his real voice again, he read a passage from the charter, saying: "We have work to do."'
    )
    assert quotes_of(text) == [
        ("Resign,", "someone in the audience", "someone in the audience"),
        ("Not today, my friend.", "Tom Berg", "Berg"),
        ("We have work to do.", "Tom Berg", "he"),
    ]


# an expletive "It" before a form of "be" names no one (the clause after ", as" gives the speaker:
# see tests/test_spkP.py)
EXPLETIVES = [
    ('It was a sharp rebuke by the two senators, as Ms. Ortiz echoed the criticism, saying Mr. Berg "never listens" '
     "to anyone.",
     [('Mr. Berg "never listens" to anyone', "Ortiz", "Ms. Ortiz")]),
    ('It was a sharp rebuke by the two senators, saying Mr. Berg "never listens" to anyone.',
     [('Mr. Berg "never listens" to anyone', None, None)]),
    # near misses: "It" as the reported words, and a named subject
    ("It is a fair deal, the union said.", [("It is a fair deal", "the union", "the union")]),
    ("The firm's chief executive said it had been a hard year.",
     [("it had been a hard year", "The firm's chief executive", "The firm's chief executive")]),
]


@pytest.mark.parametrize(("text", "expected"), EXPLETIVES)
def test_expletive_subjects(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a plural noun spelt like a cue after a gerund is the gerund's object: no cue, no speaker
GERUND_OBJECTS = [
    ("Ortiz, with obvious delight, chided Berg for raising questions about whether he had paid his taxes.", []),
    # near misses: a noun subject before a verb in the present, a cue after a plain subject
    ("The ruling says the law is void.", [("the law is void", "The ruling", "The ruling")]),
    ("The vote was close - officials said it would be recounted.",
     [("it would be recounted", "officials", "officials")]),
]


@pytest.mark.parametrize(("text", "expected"), GERUND_OBJECTS)
def test_gerund_objects(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# two hyphens each set off by blanks make an aside before the cue, as two dashes do
HYPHEN_ASIDES = [
    ("Ana Ortiz - who has fought the plan for years - said it would fail.",
     [("it would fail", "Ana Ortiz", "Ana Ortiz")]),
    ("Some economists - including a minority of the bank board - warn that rates could rise too soon.",
     [("rates could rise too soon", "Some economists", "Some economists")]),
    # near miss: two hyphens each worked before
    ("Ana Ortiz -- who has fought the plan for years -- said it would fail.",
     [("it would fail", "Ana Ortiz", "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), HYPHEN_ASIDES)
def test_hyphen_asides(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
