"""Regressions a second reader found in the stop-15 speaker rules: given names with an
occupation's ending, a name after a role's prepositional phrase, one-word labels before a
quotation, ``for`` ending a speaker phrase, and speech phrasal verbs outside speech.  Invented
stories; each case gives the exact quotes and speakers that must come out, the bad shapes and the
good shapes the rules were made for."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import kind_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED
Row = tuple[str, QuoteKind, str | None]


quotes_of = partial(kind_rows, headline=None)


# a capitalised word before a name is dropped only when it is a listed occupation noun, never
# for its ending alone, however long the name after it
OCCUPATION_BEFORE_NAME = [
    ('"The bridge opens in May," said Cristian Ruiz Morales Vega.',
     [("The bridge opens in May,", D, "Cristian Ruiz Morales Vega")]),
    ("Holger Brandt Lind Aasen said the ferry would sail at dawn.",
     [("the ferry would sail at dawn", R, "Holger Brandt Lind Aasen")]),
    ("Tender Loving Care Homes said the lease had ended.", [("the lease had ended", R, "Tender Loving Care Homes")]),
    ('"We did our best," said Sylvester Okoro Nnamdi.', [("We did our best,", D, "Sylvester Okoro Nnamdi")]),
    # listed occupation nouns still go, before two words or more
    ('"The light was perfect," said Photographer Lena Maria Marsh.',
     [("The light was perfect,", D, "Lena Maria Marsh")]),
    ("Cellist Maren Holt Dahl said the hall was cold.", [("the hall was cold", R, "Maren Holt Dahl")]),
    ("Historian Paul Okafor said the map was a forgery.", [("the map was a forgery", R, "Paul Okafor")]),
    ("Curator Ines Calder said the loan would end in spring.", [("the loan would end in spring", R, "Ines Calder")]),
]


@pytest.mark.parametrize(("text", "expected"), OCCUPATION_BEFORE_NAME)
def test_a_word_is_an_occupation_before_a_name_only_when_listed(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a name after a role speaks only when nothing joins a second noun to the role, which the name
# might describe instead
NAME_AFTER_ROLE = [
    ('"She was walking home," said an attorney for the injured cyclist, Nora Pike.',
     [("She was walking home,", D, "an attorney for the injured cyclist")]),
    ('"He did nothing wrong," said a cousin of the detained student, Omar Haddad.',
     [("He did nothing wrong,", D, "a cousin of the detained student")]),
    ('"We will sue," said the lawyer representing the widow of the pilot, Carla Munro.',
     [("We will sue,", D, "the lawyer representing the widow of the pilot")]),
    ('"Rooms are free," said a manager for the injured guest, Pavel Ilic.',
     [("Rooms are free,", D, "a manager for the injured guest")]),
    ('"Rooms are free," said a spokesman for the resort chain, Pavel Ilic.', [("Rooms are free,", D, "Pavel Ilic")]),
    ('"We will appeal," said a lawyer for the family, Greta Lund.', [("We will appeal,", D, "Greta Lund")]),
    # the shapes the rule was made for
    ('"Rooms are free," said the chain\'s spokesman, Pavel Ilic.', [("Rooms are free,", D, "Pavel Ilic")]),
    ('"We will appeal," said her lawyer, Greta Lund.', [("We will appeal,", D, "Greta Lund")]),
    ('"We will appeal," said a spokeswoman, Greta Lund.', [("We will appeal,", D, "Greta Lund")]),
    ('"We will appeal," said Ortiz, a lawyer.', [("We will appeal,", D, "Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), NAME_AFTER_ROLE)
def test_a_name_after_a_role_speaks_only_for_a_role_without_a_second_noun(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# one capitalised word before a colon: a surname speaks, a label does not
LABEL_OR_SURNAME = [
    ('Spence: "We will not sign this deal."', [("We will not sign this deal.", D, "Spence")]),
    ('Clarence: "The vote is close."', [("The vote is close.", D, "Clarence")]),
    ('The price of bread rose again.\n\nBread: "I cannot feed my children."', [("I cannot feed my children.", D, "Bread")]),
    ('Ortiz: "The plan is dead."', [("The plan is dead.", D, "Ortiz")]),
    # labels stay labels
    ('Update: "The road has reopened."', [("The road has reopened.", D, None)]),
    ('Information: "The road has reopened."', [("The road has reopened.", D, None)]),
    ('The seating is limited.\n\nSeating: "Arrive early for a good view."', [("Arrive early for a good view.", D, None)]),
    ('Monday: "The road has reopened."', [("The road has reopened.", D, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LABEL_OR_SURNAME)
def test_one_word_before_a_colon_is_a_label_or_a_speaker(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a post-modifier carries a role's phrase on to the next phrase-ending word, never a name's
# (except "of"); a quotation after ", and" keeps its own attribution
HEADLINE = "Dock strike ends\n\n"
POST_MODIFIED = [
    ('"We are done," said a spokeswoman for the crew, and "we will not sail," said a spokesman for the line.',
     [("We are done,", D, "a spokeswoman for the crew"), ("we will not sail,", D, "a spokesman for the line")]),
    ('"We are done," said Ana Ortiz, but "the talks will go on," said Ben Lee.',
     [("We are done,", D, "Ana Ortiz"), ("the talks will go on,", D, "Ben Lee")]),
    ('"This is over," said Ana Ortiz for the second time.', [("This is over,", D, "Ana Ortiz")]),
    ('"This is over," said a spokeswoman for the crew on Friday.', [("This is over,", D, "a spokeswoman for the crew")]),
    # the shapes "for" and "of" were made for
    ('"This is over," said a spokeswoman for the crew.', [("This is over,", D, "a spokeswoman for the crew")]),
    ('"It was awful," said one of two witnesses.', [("It was awful,", D, "one of two witnesses")]),
    ('"This is over," said Tom Berg of the Harbour Trust.', [("This is over,", D, "Tom Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), POST_MODIFIED)
def test_a_post_modifier_ends_where_a_phrase_would(text: str, expected: list[Row]) -> None:
    assert quotes_of(HEADLINE + text) == expected


# "that" before a time noun is a time, not the start of reported words
THAT_TIME = [
    ("The rebels shot back that morning, the ministry said.",
     [("The rebels shot back that morning", R, "the ministry")]),
    ("The guards fired back that evening, police said.", [("The guards fired back that evening", R, "police")]),
    # the shapes a phrasal speech verb was made for
    ("Ortiz shot back that the audit was a smear.", [("the audit was a smear", R, "Ortiz")]),
    ('Ortiz shot back: "The audit is a smear."', [("The audit is a smear.", D, "Ortiz")]),
    ('"The audit is a smear," Ortiz shot back.', [("The audit is a smear,", D, "Ortiz")]),
    ("Ortiz said that the audit was a smear.", [("the audit was a smear", R, "Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), THAT_TIME)
def test_that_before_a_time_noun_opens_no_reported_words(text: str, expected: list[Row]) -> None:
    assert quotes_of(HEADLINE + text) == expected
