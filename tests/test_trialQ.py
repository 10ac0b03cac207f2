"""A new user's unseen articles (trial 28, issue 5): garbage speakers and quote spans, names after
roles, and missed attributions.  Each row is one paragraph under a plain headline and the exact
``(text, kind, speaker name, speaker mention)`` tuples that must come out, in order."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]

quotes_of = partial(mention_rows, headline="County news")


SUBJECT_BEFORE_TIME_AND_ADVERB = [
    # a time after the subject is the verb's, never a post-modifier (was: "A county judge on Thursday briefly")
    ("A county judge on Thursday briefly halted an Idaho ordinance, saying it was probably unlawful.",
     [("it was probably unlawful", R, "A county judge", "A county judge")]),
    ("A state court on Friday narrowly rejected the appeal, saying the evidence was too thin.",
     [("the evidence was too thin", R, "A state court", "A state court")]),
    # an adverb before the verb ends the post-modifier (was: "A spokeswoman for the Treasury quickly")
    ("A spokeswoman for the Treasury quickly declined to comment, but said the bank was sound.",
     [("the bank was sound", R, "A spokeswoman for the Treasury", "A spokeswoman for the Treasury")]),
    # near-miss: a post-modifier with no adverb stays whole
    ("A spokesman for the union objected, noting the deal had no pay rise.",
     [("the deal had no pay rise", R, "A spokesman for the union", "A spokesman for the union")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), SUBJECT_BEFORE_TIME_AND_ADVERB)
def test_subject_before_time_and_adverb(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


NOT_SPEECH_OR_WRONG_SPAN = [
    # a possessive determiner after a capitalised person told opens the words (was: "client would ...")
    ("The attorney told AFP his client would plead not guilty.",
     [("his client would plead not guilty", R, "The attorney", "The attorney")]),
    ("The coach told ESPN its players were exhausted after the final.",
     [("its players were exhausted after the final", R, "The coach", "The coach")]),
    # near-miss: a plural noun after the capitalised word is still the people told
    ("The mayor told Republican senators the bill was dead.",
     [("the bill was dead", R, "The mayor", "The mayor")]),
    # a thing's name as the object of "announce" is no speech (was: "the Nova X2 today, ...")
    ("Orbit announced the Nova X2 today, its first tablet with a folding screen.", []),
    ("Acme unveiled the Model S3 on Monday at a launch in Austin.", []),
    ("The mayor announced the Harbor Fund, a plan to rebuild the pier.", []),
    # near-misses: a possessive name or a plain noun phrase stays what was announced
    ("Ortiz announced his resignation on Monday.", [("his resignation on Monday", R, "Ortiz", "Ortiz")]),
    ("The company announced a 10 percent cut in jobs.",
     [("a 10 percent cut in jobs", R, "The company", "The company")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), NOT_SPEECH_OR_WRONG_SPAN)
def test_not_speech_or_wrong_span(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


DOCUMENT_FROM_SOURCE = [
    # a closing "according to" a document keeps the document's origin (was: "new data", "figures")
    ("Nearly 9,000 families are on the list, according to new data from the housing ministry.",
     [("Nearly 9,000 families are on the list", R, "new data from the housing ministry",
       "new data from the housing ministry")]),
    ("Exports fell 3 percent in May, according to figures from the national statistics office.",
     [("Exports fell 3 percent in May", R, "figures from the national statistics office",
       "figures from the national statistics office")]),
    ("Rents rose by a fifth, according to a survey from the tenants' union.",
     [("Rents rose by a fifth", R, "a survey from the tenants' union", "a survey from the tenants' union")]),
    # near-miss: a person from a place stays the person
    ("The road was closed for hours, according to a man from Ohio.",
     [("The road was closed for hours", R, "a man", "a man")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), DOCUMENT_FROM_SOURCE)
def test_document_from_source(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


NAME_AFTER_ROLE = [
    # a role or titles before the name set off after a role: the name speaks (was: the role)
    ('"He never gave up," said his old teammate, Olympic rower Lena Moss.',
     [("He never gave up,", D, "Lena Moss", "Olympic rower Lena Moss")]),
    ('"The levee will hold through the spring," said a spokesman for the Guard, Maj. Tom Hale.',
     [("The levee will hold through the spring,", D, "Tom Hale", "Maj. Tom Hale")]),
    ('"It was close," said his coach, former sprinter Mark Bell.',
     [("It was close,", D, "Mark Bell", "former sprinter Mark Bell")]),
    # the same after reported words
    ("The levee will hold through the spring, said a spokesman for the Guard, Maj. Tom Hale.",
     [("The levee will hold through the spring", R, "Tom Hale", "Maj. Tom Hale")]),
    ("The season is over for the striker, said his coach, Mark Bell.",
     [("The season is over for the striker", R, "Mark Bell", "Mark Bell")]),
    # near-miss: a description after the role is no name
    ('"It was close," said his coach, the former sprinter.', [("It was close,", D, "his coach", "his coach")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), NAME_AFTER_ROLE)
def test_name_after_role(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


MISSED_ATTRIBUTIONS = [
    # a judgement in someone's words after "as" (was: no quote)
    ('Senate Leader Rosa Vance dismissed the audit as "noise."',
     [("noise.", D, "Rosa Vance", "Senate Leader Rosa Vance")]),
    ('The union rejected the offer as "insulting."', [("insulting.", D, "The union", "The union")]),
    ('The minister dismissed the leaked report as "fiction."', [("fiction.", D, "The minister", "The minister")]),
    # near-misses: no quotation, no words; a quotation with no "as" before it is the thing, not a judgement
    ("The court dismissed the case on Monday.", []),
    ('The coach rejected the so-called "experts" on television.', []),
    # a sentence-initial "Said" with a role before the name, a role alone, a description (was: no speaker)
    ('Said farmer Ruth Carr: "We have waited for rain since April."',
     [("We have waited for rain since April.", D, "Ruth Carr", "farmer Ruth Carr")]),
    ('Said the mayor: "We will rebuild the pier."', [("We will rebuild the pier.", D, "the mayor", "the mayor")]),
    ('Said Ana Ruiz, a local teacher: "We will rebuild the school."',
     [("We will rebuild the school.", D, "Ana Ruiz", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), MISSED_ATTRIBUTIONS)
def test_missed_attributions(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


DESCRIBED_SUBJECT = [
    # a person described by a participle's phrase speaks, never its object (was: None or "a neighbour")
    ('A builder accused of causing the collapse of a roof told the jury that he "trusted" the plans.',
     [('he "trusted" the plans', M, "A builder accused of causing the collapse of a roof",
       "A builder accused of causing the collapse of a roof")]),
    ("A farmer accused of poisoning a neighbour told the court that he had used no spray.",
     [("he had used no spray", R, "A farmer accused of poisoning a neighbour", "A farmer accused of poisoning a neighbour")]),
    ("A nurse suspected of stealing drugs from the ward said she was innocent.",
     [("she was innocent", R, "A nurse suspected of stealing drugs from the ward",
       "A nurse suspected of stealing drugs from the ward")]),
    # near-miss: the past verb is the sentence's own, the cue an infinitive's
    ("The agency struggled on Tuesday to explain how the plan would work.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), DESCRIBED_SUBJECT)
def test_described_subject(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


DESCRIPTOR_BEFORE_GIVEN_NAME = [
    # capitalised words before a known given name describe the person (was: "Brave Edith Moore",
    # "Dock Master Robert Lane")
    ('Brave Edith Moore, 79, was walking to the shop.\n\n"I was sure the roof would go," she said.',
     [("I was sure the roof would go,", D, "Edith Moore", "she")]),
    ('Plucky Doris Lane was walking her dog.\n\n"The wind just lifted me," she said.',
     [("The wind just lifted me,", D, "Doris Lane", "she")]),
    ('"The channel stays open," said Dock Master Robert Lane.',
     [("The channel stays open,", D, "Robert Lane", "Dock Master Robert Lane")]),
    ('"The trails are closed," said Park Ranger Anna Brook.',
     [("The trails are closed,", D, "Anna Brook", "Park Ranger Anna Brook")]),
    # near-misses: a known given name first, or none known, keeps the whole name
    ('"We are ready," said Mary Ann Lowe.', [("We are ready,", D, "Mary Ann Lowe", "Mary Ann Lowe")]),
    ('"We are ready," said Marisol Anna Berg.',
     [("We are ready,", D, "Marisol Anna Berg", "Marisol Anna Berg")]),
    # a possessive owner before the name is no part of it
    ('"We are ready," Ohio\'s Ana Ruiz said.', [("We are ready,", D, "Ana Ruiz", "Ohio's Ana Ruiz")]),
    ('"We are ready," said Recep Tayyip Erdogan.',
     [("We are ready,", D, "Recep Tayyip Erdogan", "Recep Tayyip Erdogan")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), DESCRIPTOR_BEFORE_GIVEN_NAME)
def test_descriptor_before_given_name(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


BODY_TOLD_WITHOUT_DETERMINER = [
    # a body told with no determiner is no part of the words (was: "police he had not seen the bike")
    ("The driver told police he had not seen the bike.", [("he had not seen the bike", R, "The driver", "The driver")]),
    ("The mother told council the road was unsafe.", [("the road was unsafe", R, "The mother", "The mother")]),
    ("The defendant told jury she had acted alone.",
     [("she had acted alone", R, "The defendant", "The defendant")]),
    # near-miss: with a determiner, as before
    ("The driver told the police he had not seen the bike.",
     [("he had not seen the bike", R, "The driver", "The driver")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), BODY_TOLD_WITHOUT_DETERMINER)
def test_body_told_without_determiner(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


KIN_AFTER_AN_INVERTED_CUE = [
    # a possessive determiner and a kin or person noun after an inverted cue speak (was: no quote)
    ("The pool will be closed all summer, said her son.",
     [("The pool will be closed all summer", R, "her son", "her son")]),
    ("The bakery will stay in the family, said his daughter, Anne.",
     [("The bakery will stay in the family", R, "Anne", "Anne")]),
    ("The farm will be sold in the spring, said their nephew, Karl Weber.",
     [("The farm will be sold in the spring", R, "Karl Weber", "Karl Weber")]),
    # near-miss: a role noun after the determiner spoke already
    ("The pool will be closed all summer, said her coach.",
     [("The pool will be closed all summer", R, "her coach", "her coach")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), KIN_AFTER_AN_INVERTED_CUE)
def test_kin_after_an_inverted_cue(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected
