"""Mutation pass mut41 (issue 8): the survivors mut40 left on ``quotes/resolution.py`` (its pass over the lines
changed since ``ac2d2501``, numbered ``resolution:N`` as mut40 made them on ``51e2e225``) and on ``quotes/grammar.py``,
``quotes/direct.py`` and ``quotes/reported.py`` (mut37's numbering), found again on main ``89bcd677``.  Each row names
the mutants it kills (module:index, the function, the line on ``89bcd677`` and the change; see docs/testing.md,
"Mutation testing")."""

from __future__ import annotations

import pytest

from newsparse.quotes.parser import QuoteParser
from newsparse.spans import QuoteKind
from quote_cases import MentionRow, mention_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

# (text under a headline, every quote as (words, kind, speaker's name, mention))
CASES: list[tuple[str, list[MentionRow]]] = [
    # kills resolution:67 previous_last_sentence L1689 1->2 and resolution:76 L1687 1->0 (the last sentence of the
    # paragraph before, read from its first letter: "Asked about the cost, Dahl" answers, not the last speaker)
    (
        "Ingrid Dahl, who chairs the harbour board, toured the pier on Monday with the mayor, Jane Roe.\n\n"
        '"The deck must be rebuilt before the summer," Roe said. Asked about the cost, Dahl smiled.\n\n'
        '"We will find the money," she said.',
        [
            ("The deck must be rebuilt before the summer,", D, "Jane Roe", "Roe"),
            ("We will find the money,", D, "Ingrid Dahl", "she"),
        ],
    ),
    # kills resolution:35 may_be_thing L1132 2->3 (a phrase of three words that ends in a preposition and its own
    # pronoun, "Those behind it", is people: no later "It said" is theirs)
    (
        "The harbour board published its plan on Monday. Those behind it said the pier would reopen in May. "
        "It said the cost would be shared.",
        [
            ("the pier would reopen in May", R, "Those behind it", "Those behind it"),
            ("the cost would be shared", R, "It", "It"),
        ],
    ),
    # kills resolution:124 newcomer_of_gender L6743 Or swapped (the last speaker is a man too: the man named in the
    # paragraph between is no sure referent of "he", which stays as written)
    (
        '"We will rebuild the pier before the summer," Peter Hale said.\n\n'
        "His nephew, Tom Berg, has run the harbour office since May.\n\n"
        '"It will take a year," he said.',
        [
            ("We will rebuild the pier before the summer,", D, "Peter Hale", "Peter Hale"),
            ("It will take a year,", D, "he", "he"),
        ],
    ),
    # kills resolution:129 newcomer_of_gender L6766 And swapped (a paragraph found by its line break: the newcomer
    # named more than MAX_NEWCOMER_LEAD characters into the article still opens his sentence and speaks)
    (
        "The singer Ana Ruiz will play three nights at the harbour hall next month, her first shows in the town since "
        "the hall reopened after the flood. Tickets went on sale on Monday and sold out within the hour, the hall's "
        'owners said.\n\n"We never expected the queue to reach the pier," Ruiz said.\n\n'
        "Her nephew, Tom Berg, has toured with her since March.\n\n"
        '"She still rehearses every morning," he said.',
        [
            ("Tickets went on sale on Monday and sold out within the hour", R, "the hall's owners", "the hall's owners"),
            ("We never expected the queue to reach the pier,", D, "Ana Ruiz", "Ruiz"),
            ("She still rehearses every morning,", D, "Tom Berg", "he"),
        ],
    ),
    # kills resolution:84 modifies_noun L4694 Or swapped (a name followed by a blank and no word, a dash: no noun
    # after it to describe, and no error)
    (
        '"We will appeal the ruling," Ana Ruiz said on Monday.\n\n'
        'Tom Berg - a fisherman for 40 years - was at the quay. "It is finished," he said.',
        [
            ("We will appeal the ruling,", D, "Ana Ruiz", "Ana Ruiz"),
            ("It is finished,", D, "Tom Berg", "he"),
        ],
    ),
    # kills resolution:107 introduces_subject L6649 0->-1 (paragraphs set off by a bare line break, as scraped copy
    # has them, near the text's start: the newcomer after a title opens his sentence, so "he" is nobody sure)
    (
        '"We will appeal," Tom Berg said.\nCouncillor Wayne Borders opened the meeting.\n"The vote stands," he said.',
        [("We will appeal,", D, "Tom Berg", "Tom Berg"), ("The vote stands,", D, "he", "he")],
    ),
    # kills direct:40 day_is_given_name L903 2->3 (the day after the name, "Tuesday", is read right after it: the
    # weekday before the name is his given name, and the words of the next sentence are no part of it)
    (
        '"The crane was never inspected," said Sunday Okafor Tuesday. The union has asked for an inquiry.',
        [("The crane was never inspected,", D, "Sunday Okafor", "Sunday Okafor")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes_and_speakers(text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text) == expected


# (the words between a paragraph's start and a name, whether they are a role set before it):
# SpeakerResolution.role_lead, which introduces_subject reads
ROLE_LEADS: list[tuple[str, bool]] = [
    # kills resolution:110 role_lead L6698 And swapped (the last word neither an occupation nor a portfolio set off
    # by a comma: a coordination, "The lawyer for the family and Ana Ruiz", is no role of hers)
    ("The lawyer for the family and", False),
    # kills resolution:117 role_lead L6703 1->2 and resolution:118 L6703 1->0 (a capitalised word with a hyphen
    # between the determiner and the occupation)
    ("The New York-based lawyer", True),
]


@pytest.mark.parametrize(("lead", "expected"), ROLE_LEADS)
def test_role_lead(lead: str, expected: bool) -> None:
    assert QuoteParser().role_lead(lead.split()) is expected


# (the words of a paragraph before a name, whether the name opens its sentence as the subject):
# SpeakerResolution.opens_as_subject, which newcomer_of_gender reads; mut40's three left
OPENS_AS_SUBJECT: list[tuple[str, bool]] = [
    # kills resolution:192 opens_as_subject L6799 1->0 (a sentence of one word opens the paragraph: the words after
    # it, MAX_ROLE_LEAD of them, are counted without it)
    ("Chaos. The chairwoman of the harbour board and its trust, ", True),
    # kills resolution:210 L6805 1->0 (titles are dropped from the end of the words, not their start: a title, a
    # name and a verb before the name make it the verb's object)
    ("Senator Ruiz praised ", False),
    # kills resolution:211 L6803 1->2 (the words after the sentence end are read from their first: an adverb alone
    # is no title, occupation nor word before a comma)
    ("The ferry left at noon. Later ", False),
]


@pytest.mark.parametrize(("lead", "expected"), OPENS_AS_SUBJECT)
def test_opens_as_subject(lead: str, expected: bool) -> None:
    assert QuoteParser().opens_as_subject(lead) is expected


# (a phrase before a speech verb, whether it names a public body by its place): SpeakerGrammar.body_by_place
# (grammar:N of mut37's pass, made on c323c265)
BODIES: list[tuple[str, bool]] = [
    # kills grammar:423 body_by_place L3702 Lt->LtE (a place and the body's noun, two words, are a body)
    ("Kent council", True),
    # kills grammar:432 L3713 Or swapped, grammar:433 L3714 return True, grammar:442 L3709 1->0 (a preposition and
    # a determiner between: the people at the body, not the body)
    ("Officials at the county council", False),
]


@pytest.mark.parametrize(("phrase", "expected"), BODIES)
def test_body_by_place(phrase: str, expected: bool) -> None:
    words = phrase.split()
    assert QuoteParser().body_by_place(words, words[-1]) is expected


# (a phrase opened by a determiner, whether it is a person and where they work): SpeakerGrammar.person_then_place,
# which is_speaker_phrase reads only for a lenient phrase of six words or more (so a table of the method itself:
# whole sentences reach it through rules that accept or reject those phrases first)
PLACES: list[tuple[str, bool]] = [
    # kills grammar:363 person_then_place L3623 return True, grammar:385 L3623 Or swapped (a stop word after the
    # place's noun: a clause, no place)
    ("A nurse on the ward that closed", False),
    # kills grammar:367 L3619 Or swapped (more than MAX_PLACE_WORDS words after the preposition)
    ("A nurse on the busy night cardiac ward", False),
    # kills grammar:379 L3619 LtE->Lt (MAX_PLACE_WORDS words, no more)
    ("A nurse on the busy night ward", True),
    # kills grammar:369 L3621 Or swapped, grammar:370 L3622 return True, grammar:392 L3621 And swapped (a word with
    # a hyphen and a digit in the place: no lower-case word of letters)
    ("A nurse on the 24-hour ward", False),
]


@pytest.mark.parametrize(("phrase", "expected"), PLACES)
def test_person_then_place(phrase: str, expected: bool) -> None:
    assert QuoteParser().person_then_place(phrase.split()) is expected


# (a phrase, whether it names one person): ReportedSpeech.one_named
ONE_NAMED: list[tuple[str, bool]] = [
    # kills reported:125 one_named L3005 Or swapped (two people who share a surname are no one person)
    ("Tom and Ana Berg", False),
]


@pytest.mark.parametrize(("phrase", "expected"), ONE_NAMED)
def test_one_named(phrase: str, expected: bool) -> None:
    assert QuoteParser().one_named(phrase) is expected


# (a whole article, every quote as (words, kind, speaker's name, mention)): rows whose headline is part of the point
WHOLE: list[tuple[str, list[MentionRow]]] = [
    # kills resolution:141 newcomer_of_gender L6762 0->1, resolution:146 L6766 Gt->GtE and resolution:154 L6766
    # 0->-1 (copy whose lines are set off by bare line breaks, the headline's too: read back from the newcomer to
    # the text's start, within MAX_NEWCOMER_LEAD, the words before him open his sentence; the last speaker's words
    # are reported, with no quotation mark)
    (
        "Harbour news\nAna Ruiz said the tour would go on until May.\n"
        'Her nephew, Tom Berg, has toured with her since March.\n"She still rehearses every morning," he said.',
        [
            ("the tour would go on until May", R, "Ana Ruiz", "Ana Ruiz"),
            ("She still rehearses every morning,", D, "Tom Berg", "he"),
        ],
    ),
    # kills resolution:161 newcomer_of_gender L6768 1->0 (the same copy, read back to the text's start: the words
    # before the newcomer make him an object, and two men are named, so "he" stays as written)
    (
        "Harbour news\nAna Ruiz said the tour would go on until May.\n"
        'She thanked her nephew, Tom Berg, and his father, who drives the bus.\n"She still rehearses every morning," he said.',
        [
            ("the tour would go on until May", R, "Ana Ruiz", "Ana Ruiz"),
            ("She still rehearses every morning,", D, "he", "he"),
        ],
    ),
    # kills resolution:158 newcomer_of_gender L6764 In->NotIn, 164 L6764 1->2, 165 L6764 1->0, 166 L6764 2->3 and 167
    # L6764 2->1 (wire copy whose paragraphs open with an indent and no blank line: the newcomer's paragraph starts
    # at the line break before the indent, so the quotation mark of the paragraph before is not in his lead)
    (
        'Harbour news\n\n   "We never expected the queue to reach the pier," Ana Ruiz said.\n'
        '   Her nephew, Tom Berg, has toured with her since March.\n   "She still rehearses every morning," he said.',
        [
            ("We never expected the queue to reach the pier,", D, "Ana Ruiz", "Ana Ruiz"),
            ("She still rehearses every morning,", D, "Tom Berg", "he"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHOLE)
def test_whole_article(text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text, headline=None) == expected
