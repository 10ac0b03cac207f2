"""Issue 5, speaker accuracy on real news (third round): speaker phrases that real copy writes
and the grammar read as no one.  Invented stories (politics, sport, courts, business, local
news); each case is the text after a plain headline and the exact ``(text, kind, speaker
name)`` triples that must come out, in order."""

from __future__ import annotations

import pytest

from newsparse import QuoteKind
from quote_cases import kind_rows as quotes_of

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED


# an owner's possessive, then a few lower-case words that end in a noun for a person
POSSESSED = [
    ("“We were never consulted,” Governor Hale's former campaign strategist said in an interview.",
     [("We were never consulted,", D, "Governor Hale's former campaign strategist")]),
    ("“The knee is sound,” Dynamo's new team physiotherapist told reporters on Friday.",
     [("The knee is sound,", D, "Dynamo's new team physiotherapist")]),
    ("Hartley Foods' senior commodities strategist said prices would stay high through the winter.",
     [("prices would stay high through the winter", R, "Hartley Foods' senior commodities strategist")]),
    ("“He was calm and lucid,” Ana Ortiz's court-appointed psychiatrist told the judge.",
     [("He was calm and lucid,", D, "Ana Ortiz's court-appointed psychiatrist")]),
    # a pronoun with 's is "he is" or "he has", no owner
    ("Ortiz trails in the polls. He’s endured relentless questions about whether he will quit the race.",
     []),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSED)
def test_possessed_person_speaks(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# after an inverted cue: a role with "for" and what it works for, maybe the name after a comma
ROLE_FOR = [
    ("“We will appeal,” said a lawyer for the family.",
     [("We will appeal,", D, "a lawyer for the family")]),
    ("“No bids came in,” said a spokeswoman for the port authority.",
     [("No bids came in,", D, "a spokeswoman for the port authority")]),
    ("“Our growth plan is on track,” said a spokesman for the retailer, Colin Marsh. Shares rose 4 percent.",
     [("Our growth plan is on track,", D, "Colin Marsh")]),
    ("“He trained through the pain,” said the club captain, Ana Ortiz.",
     [("He trained through the pain,", D, "Ana Ortiz")]),
    # a relative clause about the person after the post-modifier is not part of the phrase
    ("“It was awful,” said one of two witnesses who described the same scene to the court.",
     [("It was awful,", D, "one of two witnesses")]),
    ("“Nobody checked the brakes,” said one of the drivers who walked out on Monday.",
     [("Nobody checked the brakes,", D, "one of the drivers")]),
    # a name that speaks keeps its own span; a description after it is no speaker
    ("“It was a fair result,” said Ortiz, a former referee.",
     [("It was a fair result,", D, "Ortiz")]),
    ("“The league must act,” said the coach, Harbour United.",
     [("The league must act,", D, "the coach")]),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_FOR)
def test_inverted_role_with_for_and_a_name(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# "shot back": a sharp reply is a cue, before or after the quotation, with a clause or without
SHOT_BACK = [
    ("“They only came for the free buses,” Bennett shot back with a laugh.",
     [("They only came for the free buses,", D, "Bennett")]),
    ("“Come and try,” the visiting coach shot back.",
     [("Come and try,", D, "the visiting coach")]),
    ("The union shot back that the offer was “an insult to every driver.”",
     [("the offer was “an insult to every driver.”", M, "The union")]),
    ("Asked about the delay, the mayor shoots back: “Ask the contractor.”",
     [("Ask the contractor.", D, "the mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), SHOT_BACK)
def test_shot_back_is_a_cue(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# reported words end before the next clause's attribution also when the comma is inside a
# closing quotation mark (American style): the next speaker's quotation is theirs
CLAUSE_AFTER_QUOTED_COMMA = [
    ('After Ortiz said that the ferry plan was "a disaster," Berg said: "I disagree with her completely."',
     [('the ferry plan was "a disaster,"', M, "Ortiz"), ("I disagree with her completely.", D, "Berg")]),
    ("When the striker said the referee was “blind,” his coach said: “He will apologise tomorrow.”",
     [("the referee was “blind,”", M, "the striker"), ("He will apologise tomorrow.", D, "his coach")]),
    ("The analyst said margins would be “under pressure,” and the chief executive said they were “stable.”",
     [("margins would be “under pressure,”", M, "The analyst"), ("they were “stable.”", M, "the chief executive")]),
    # a cue inside the quotation opens no clause of the sentence: the words go on after it
    ('The mayor said the bridge would reopen, "engineers said so," and traffic would return by May.',
     [('the bridge would reopen, "engineers said so," and traffic would return by May', M, "The mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_AFTER_QUOTED_COMMA)
def test_reported_words_end_before_the_next_attribution(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# a capitalised "According to" after a quotation that ends a sentence opens a sentence of its own
ACCORDING_OPENS = [
    ('The owner said he did not "use the jet that much." According to flight records, it has flown 333 hours since June.',
     [('he did not "use the jet that much."', M, "The owner"),
      ("it has flown 333 hours since June", R, "flight records")]),
    ("The coach said the squad was “ready for anything.” According to the club doctor, three players are injured.",
     [("the squad was “ready for anything.”", M, "The coach"), ("three players are injured", R, "the club doctor")]),
    # in lower case it is the quotation's own attribution, as before
    ("“Nobody used the jet much,” according to the pilot.",
     [("Nobody used the jet much,", D, "the pilot")]),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING_OPENS)
def test_according_to_in_capitals_opens_a_sentence(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# a paragraph that ends with a cue, words about the occasion and a colon introduces the quotation
# that makes up the next paragraph
COLON_INTROS = [
    ("The vote was close.\n\nIn a statement on Friday, the players' union said about the new contract:\n\n"
     "“This deal protects every member. It is the best we could get.”",
     [("This deal protects every member. It is the best we could get.", D, "the players' union")]),
    ("The ruling came late.\n\nAs Judge Ana Ortiz wrote in her ruling on Friday:\n\n"
     "“The defendant showed no remorse at any point in these proceedings.”",
     [("The defendant showed no remorse at any point in these proceedings.", D, "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), COLON_INTROS)
def test_a_colon_intro_with_an_occasion_names_the_next_paragraph_speaker(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected


# the subject is a role and a name with an appositive after it, maybe after an opening phrase,
# when a verb of the sentence attributes the words
DESCRIBED_SUBJECTS = [
    ('Former governor Ed Rendell (D), a party donor, praised the senator, calling the result "an incredible feat."',
     [("an incredible feat.", D, "Ed Rendell")]),
    ("In Leeds, the journalist Ana Ortiz, writing in a local weekly in 2013, described a culture of “silence and fear.”",
     [("silence and fear.", D, "Ana Ortiz")]),
    ("The club chairman, Tom Berg, opened the meeting, declaring that the accounts were “finally in order.”",
     [("the accounts were “finally in order.”", M, "Tom Berg")]),
    # a participle inside the appositive is not the sentence's verb: the appositive's words stay unattributed
    ("After all, the bank, which began the year predicting that it would cut rates, has yet to move.",
     []),
    # with no verb before the quotation, the role and name speak no words
    ("Harvard professor Ana Ortiz, who has since left the race, leads with “definitely not support” in the poll.",
     [("definitely not support", D, None)]),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_SUBJECTS)
def test_a_described_subject_with_an_appositive_speaks(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# after a quotation that ends in "?" or "!", the attribution may go on with "as" or "while"
QUESTION_THEN_CLAUSE = [
    ("“Is it two? Three?” the candidate asks as a stagehand walks across the set.",
     [("Is it two? Three?", D, "the candidate")]),
    ("“Why now?” the coach asked while the players left the pitch.",
     [("Why now?", D, "the coach")]),
    ("“Not again!” Ana Ortiz shouted as the lights went out.",
     [("Not again!", D, "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), QUESTION_THEN_CLAUSE)
def test_an_attribution_after_a_question_goes_on_with_as_or_while(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected


# a naming verb after "and": the subject of the verb before the coordinator speaks, also inside a
# subordinate clause whose subject is not the sentence's
COORDINATED_NAMING = [
    ('There were pointed references, such as when Ortiz knocked Lee on trade and called him a "moderate," a subtle dig.',
     [("moderate,", D, "Ortiz")]),
    ("There were cheers when the mayor thanked the crew and called them “the best in the state.”",
     [("the best in the state.", D, "the mayor")]),
    ("The club lost again, and fans booed and called the display “a disgrace.”",
     [("a disgrace.", D, "fans")]),
    # the verb of a relative clause, or a phrase after a preposition, names no one
    ("Senator Ana Ortiz, Democrat of Ohio, wrote in her memoir about a colleague in the Senate who pinched her arm and "
     "told her, “I like a fighter!”",
     [("I like a fighter!", D, None)]),
    ("Ortiz during a visit on Sunday thanked the nurses and called the union “a partner in this campaign.”",
     [("a partner in this campaign.", D, None)]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_NAMING)
def test_a_coordinated_naming_verb_takes_the_first_verb_subject(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected
