"""Issue 5, English constructions new users hit: names that are stop words or months, labels
before a quote, attributions inside a relative clause, documents that speak, and more.  Each
case is invented copy (wires, council reports, business news) after a plain headline, and the
exact ``(text, speaker name, mention)`` triples that must come out, in order."""

from __future__ import annotations

from functools import partial

import pytest

from quote_cases import speaker_rows

Row = tuple[str, "str | None", "str | None"]


quotes_of = partial(speaker_rows, headline="Council news")


# a capitalised modal or month next to a name, or right before the cue, is a name's word
NAME_STOP_WORDS = [
    ("Theresa May said the vote would go ahead.", [("the vote would go ahead", "Theresa May", "Theresa May")]),
    (
        "Prime Minister Theresa May said on Monday that the vote would go ahead.",
        [("the vote would go ahead", "Theresa May", "Prime Minister Theresa May")],
    ),
    ("Theresa May has said the ferry link would stay.", [("the ferry link would stay", "Theresa May", "Theresa May")]),
    ('"We will win," Theresa May said.', [("We will win,", "Theresa May", "Theresa May")]),
    ("Theresa May told reporters the vote would go ahead.", [("the vote would go ahead", "Theresa May", "Theresa May")]),
    ("Will Hurd said the border fence was a waste.", [("the border fence was a waste", "Will Hurd", "Will Hurd")]),
    ("Anna Will, 54, said the clinic had closed.", [("the clinic had closed", "Anna Will", "Anna Will")]),
    ("Guitarist Brian May said the tour would go ahead.", [("the tour would go ahead", "Brian May", "Guitarist Brian May")]),
    # the surname alone, after the full name: the person named before
    (
        'Theresa May met the mayor on Monday.\n\n"We will win," May said.',
        [("We will win,", "Theresa May", "May")],
    ),
    (
        "Will Hurd toured the plant. Will said the jobs would stay.",
        [("the jobs would stay", "Will Hurd", "Will")],
    ),
    # ... and after the cue too, the sentence ending on it (the quotation is kept)
    (
        'Theresa May met the mayor on Monday.\n\n"It is over," said May.',
        [("It is over,", "Theresa May", "May")],
    ),
    (
        'June Carter sang at the fair. "It was the best night of my life," said June.',
        [("It was the best night of my life,", "June Carter", "June")],
    ),
    # a month or a modal alone names no one the story has not named in full
    ('"We will win," April said.', [("We will win,", None, None)]),
    ('"It is over," said May.', [("It is over,", None, None)]),
    # the modal and the month stay what they were
    ("The vote may go ahead, officials said.", [("The vote may go ahead", "officials", "officials")]),
    ("Sales fell in May, the ministry said.", [("Sales fell in May", "the ministry", "the ministry")]),
    (
        "June Whitaker said the library would reopen in June.",
        [("the library would reopen in June", "June Whitaker", "June Whitaker")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAME_STOP_WORDS)
def test_name_stop_words(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a label of one or two words before a colon stays outside the reported words
LABELS = [
    (
        "Status: The bridge will reopen in June, officials said.",
        [("The bridge will reopen in June", "officials", "officials")],
    ),
    (
        "Road closures: The harbour road stays shut until Friday, a city spokesman said.",
        [("The harbour road stays shut until Friday", "a city spokesman", "a city spokesman")],
    ),
    (
        "Update: The pool will open at noon, said Ana Ortiz, the parks director.",
        [("The pool will open at noon", "Ana Ortiz", "Ana Ortiz")],
    ),
    # no label: the words start with the sentence
    ("The bridge will reopen in June, officials said.", [("The bridge will reopen in June", "officials", "officials")]),
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_label_before_reported_words(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a cue inside a relative clause whose pronoun is the reported clause's subject: the words from
# the cue to the comma that closes the clause, never the main clause after it; too few, no quote
RELATIVE_CLAUSES = [
    ("The report, which officials said was late, was released.", []),
    (
        "The plan, which the mayor said would cost millions, was dropped.",
        [("would cost millions", "the mayor", "the mayor")],
    ),
    (
        "The bridge, which engineers said was unsafe for heavy trucks, will close in March.",
        [("was unsafe for heavy trucks", "engineers", "engineers")],
    ),
    (
        "Ana Ortiz chaired the talks. The deal, which Ortiz has said would save 300 jobs, passed on Friday.",
        [("would save 300 jobs", "Ana Ortiz", "Ortiz")],
    ),
    # the pronoun is the speaker: the reported clause has its own subject, as before
    (
        "Ana Ortiz, who said the plan was a disaster, voted against it.",
        [("the plan was a disaster", "Ana Ortiz", "Ana Ortiz")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CLAUSES)
def test_cue_inside_relative_clause(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a participle after a document noun reports the document's words; a closing attribution after
# a comma reports the whole sentence, the document's words included
DOCUMENTS = [
    (
        "Tenants got a notice saying rents would rise, a spokesman said.",
        [("Tenants got a notice saying rents would rise", "a spokesman", "a spokesman")],
    ),
    (
        "Parents received an email stating that the school would close early, the district said.",
        [("Parents received an email stating that the school would close early", "the district", "the district")],
    ),
    # no closing attribution: the document speaks, never the people who got it
    ("Tenants got a notice saying rents would rise.", [("rents would rise", "a notice", "a notice")]),
    # the sender of the document is its author
    ("The council sent tenants a notice saying rents would rise.", [("rents would rise", "The council", "The council")]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_document_participles(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# an age or party tag after the subject, a classifier before a body's name, a time phrase after
# the cue, an object and a time before a closing colon, a participle that takes a plain object
MISSED = [
    (
        "Jim Bell, 54, left the firm in May and said the board had ignored his warnings.",
        [("the board had ignored his warnings", "Jim Bell", "Jim Bell")],
    ),
    (
        "Ana Ortiz (D-Ariz.) voted against the bill and said it was rushed.",
        [("it was rushed", "Ana Ortiz", "Ana Ortiz")],
    ),
    (
        "Rating agency Fitch said the outlook for the bank was negative.",
        [("the outlook for the bank was negative", "Fitch", "Rating agency Fitch")],
    ),
    (
        "Ana Ortiz said the other day that the ferry would run all winter.",
        [("the ferry would run all winter", "Ana Ortiz", "Ana Ortiz")],
    ),
    (
        "Ana Ortiz said the other day the ferry would run all winter.",
        [("the ferry would run all winter", "Ana Ortiz", "Ana Ortiz")],
    ),
    (
        'Mayor Ann Lee told reporters on Monday evening:\n\n"The budget is balanced and the pools stay open."',
        [("The budget is balanced and the pools stay open.", "Ann Lee", "Mayor Ann Lee")],
    ),
    (
        'Mayor Ann Lee said on Monday:\n\n"The budget is balanced and the pools stay open."',
        [("The budget is balanced and the pools stay open.", "Ann Lee", "Mayor Ann Lee")],
    ),
    # a participle that often takes a plain object needs a verb close behind
    ("She signed a form noting her name and address.", []),
    (
        "The company issued a statement noting profits had doubled.",
        [("profits had doubled", "The company", "The company")],
    ),
    # a participle still reads as before after a subject
    (
        "Parents received a letter warning that the heating would be cut off.",
        [("the heating would be cut off", "a letter", "a letter")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MISSED)
def test_missed_constructions(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a source's reported clause that a participle goes on, two
# attributions in one sentence, and a pronoun after a sentence with no one in it
SENTENCES = [
    (
        "According to the police, the suspect fled on foot, shouting at passers-by.",
        [("the suspect fled on foot, shouting at passers-by", "the police", "the police")],
    ),
    (
        "According to Ana Ortiz, a professor at the university, the plan will fail.",
        [("the plan will fail", "Ana Ortiz", "Ana Ortiz")],
    ),
    (
        "The mayor said the pool would close, and the council said on Monday that it would reopen in May.",
        [("the pool would close", "The mayor", "The mayor"), ("it would reopen in May", "the council", "the council")],
    ),
    (
        'Councilman Pete Harlow listened. The room went quiet. "The offer is an insult," he said.',
        [("The offer is an insult,", "Pete Harlow", "he")],
    ),
    # a promise still reports its infinitive
    ("Ana Ortiz vowed on Monday to block the harbour bill.", [("to block the harbour bill", "Ana Ortiz", "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentence_constructions(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
