"""Issue 5, speakers left out or taken from the wrong phrase (spkP, stop 29): reported words after a lead
such as ``went on to``, a participle after a plea made to an audience, and a participle after a
clause opened by ``as`` when the sentence's own subject names no one, a role after an opening
phrase, a quotation inside an opening participle phrase, and a speaker stressed by a reflexive
(``Sanders himself said``).  Invented stories; each
case is the text after a plain headline and the exact ``(text, speaker name, mention)`` triples
that must come out, in order.  The bad shape and near misses that must not change stand side by
side."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow as Row
from quote_cases import speaker_rows as quotes_of

# a lead between the subject and "to" before the cue (a move on, a hurry, a readiness): the
# subject says the words
INFINITIVE_LEADS = [
    ("Chancellor Hans Weber went on to say that the deal does not include the pension reform.",
     [("the deal does not include the pension reform", "Hans Weber", "Chancellor Hans Weber")]),
    ("Weber was quick to add that the deal does not include the pension reform.",
     [("the deal does not include the pension reform", "Weber", "Weber")]),
    ("Mayor Ana Ortiz hastened to add that the city would not raise taxes this year.",
     [("the city would not raise taxes this year", "Ana Ortiz", "Mayor Ana Ortiz")]),
    ("Union leaders made a point to stress that the strike would go on until the council gave way.",
     [("the strike would go on until the council gave way", "Union leaders", "Union leaders")]),
    ("The court's ruling went on to say the law was void because it had been passed in secret.",
     [("the law was void because it had been passed in secret", "The court's ruling", "The court's ruling")]),
    ("Aides to the governor are careful to stress that she has never lost an election in the state.",
     [("she has never lost an election in the state", "Aides to the governor", "Aides to the governor")]),
    # near misses: a refusal says nothing, a hedge is the writer's, and a plain cue speaks as before
    ("Weber declined to say whether the deal includes the pension reform.", []),
    ("Weber seemed to suggest that the deal does not include the pension reform.", []),
    ("Chancellor Hans Weber said that the deal does not include the pension reform.",
     [("the deal does not include the pension reform", "Hans Weber", "Chancellor Hans Weber")]),
]


@pytest.mark.parametrize(("text", "expected"), INFINITIVE_LEADS)
def test_infinitive_leads(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a participle after a plea or a speech made "to" an audience: the people addressed never say the
# words; the clause's subject does
ADDRESSED_AUDIENCES = [
    ("Governor Tom Berg is making a pitch to upstate farmers saying a new tax on fuel is hurting the rural economy.",
     [("a new tax on fuel is hurting the rural economy", "Tom Berg", "Governor Tom Berg")]),
    ("Mayor Ana Ortiz gave a speech to union members on Friday arguing that the pension fund would run dry by 2030.",
     [("the pension fund would run dry by 2030", "Ana Ortiz", "Mayor Ana Ortiz")]),
    ("The senator made an appeal to donors saying the campaign needed another $2 million before the primary.",
     [("the campaign needed another $2 million before the primary", "The senator", "The senator")]),
    ("Mr. Lee made his case to the school board saying the district could not survive another year of cuts.",
     [("the district could not survive another year of cuts", "Lee", "Mr. Lee")]),
    # near misses: a nod to someone is no plea (the one nodded to speaks), and a plain object speaks
    ("Ortiz gave a nod to the front-runner acknowledging that he had won the debate.",
     [("he had won the debate", "the front-runner", "the front-runner")]),
    ("The mayor sent an email to parents saying the schools would close on Friday.",
     [("the schools would close on Friday", "The mayor", "The mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESSED_AUDIENCES)
def test_addressed_audiences(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a participle after a clause opened by ", as" (or another subordinator) when the sentence's
# subject names no one (a thing, an expletive "It"): the clause's subject speaks
SUBORDINATE_CLAUSE_SPEAKERS = [
    ("The mood was tense, as Mayor Ana Ortiz rejected the plan, saying it would leave every family "
     "behind.",
     [("it would leave every family behind", "Ana Ortiz", "Mayor Ana Ortiz")]),
    ('It was a bruising night for the coalition, as the prime minister echoed the criticism, saying the budget '
     '"cannot pass as written."',
     [('the budget "cannot pass as written."', "the prime minister", "the prime minister")]),
    ("The vote was delayed again, while Finance Minister Lena Holt met the unions, insisting that the cuts would "
     "stay.",
     [("the cuts would stay", "Lena Holt", "Finance Minister Lena Holt")]),
    # near misses: a person subject keeps the words, and a thing's clause with no one in it says nothing
    ("Ortiz left the meeting early, as the council voted, saying she had no confidence in it.",
     [("she had no confidence in it", "Ortiz", "Ortiz")]),
    ("Prices fell for a third month, as demand weakened, suggesting that the recovery has stalled.", []),
]


@pytest.mark.parametrize(("text", "expected"), SUBORDINATE_CLAUSE_SPEAKERS)
def test_subordinate_clause_speakers(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a role after an article that follows an opening phrase speaks a quotation with no cue before it,
# as the same role opening the sentence does
OPENING_THEN_ROLE = [
    ('On Tuesday, the former mayor talked about continuing the "progress we made under Governor Lee" and her '
     "promise to keep taxes low.",
     [("progress we made under Governor Lee", "the former mayor", "the former mayor")]),
    ('Reprising one of her favourite lines, the former secretary of state spoke of the "quiet strength" of '
     "small towns.",
     [("quiet strength", "the former secretary of state", "the former secretary of state")]),
    ('In granting the request, a federal judge found at least a "reasonable suspicion" that files had been hidden.',
     [("reasonable suspicion", "a federal judge", "a federal judge")]),
    # near misses: the role opening the sentence (read before), and a thing after the opening
    ('The former mayor talked about continuing the "progress we made under Governor Lee" and her promise.',
     [("progress we made under Governor Lee", "The former mayor", "The former mayor")]),
    ('By Friday, the storm had left "a trail of ruin from coast to coast" across the north.',
     [("a trail of ruin from coast to coast", None, None)]),
    ("Over the years, a few of these boys went to Eton, and it gave my mother the idea that she would "
     '"send them to Eton."',
     [("send them to Eton.", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_THEN_ROLE)
def test_role_after_opening_phrase(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a quotation inside an opening participle phrase that a comma closes a few words after it: the
# main clause's subject does what the participle says
OPENER_TAILS = [
    ('And in explaining why many of those "common-sense rules" had not passed, Ortiz described a rigged system.',
     [("common-sense rules", "Ortiz", "Ortiz")]),
    ('While denouncing the "perversion" of tax avoidance to voters, the senator offered no plan of her own.',
     [("perversion", "the senator", "the senator")]),
    # near misses: the comma right after the quotation (read before), and a relative clause in the phrase
    ('Citing "obligations at home," the spokeswoman said she would resign.',
     [("obligations at home,", "the spokeswoman", "the spokeswoman"),
      ("she would resign", "the spokeswoman", "the spokeswoman")]),
    ('Holding a sign that read "Stop the mine" in red letters, the man stood at the gate.',
     [("Stop the mine", None, None)]),
    ('Leading ministers proposed the country should court its "natural allies" Norway, Iceland and Denmark.',
     [("natural allies", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), OPENER_TAILS)
def test_opener_tails(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a reflexive pronoun that stresses the speaker's phrase right before the cue is no part of it
# and hides no one: the phrase before it speaks
INTENSIVE_REFLEXIVES = [
    ("Ortiz herself said that it will be very hard for the party to win in the fall.",
     [("it will be very hard for the party to win in the fall", "Ortiz", "Ortiz")]),
    ('"It will be very hard for us to win," Ortiz herself said on Monday.',
     [("It will be very hard for us to win,", "Ortiz", "Ortiz")]),
    ("The mayor herself admitted the plan would cost more than promised.",
     [("the plan would cost more than promised", "The mayor", "The mayor")]),
    ("The protesters themselves said they would leave the square by noon.",
     [("they would leave the square by noon", "The protesters", "The protesters")]),
    ('Ortiz herself acknowledged in a radio interview on Monday night "it will be very hard for us to win" if the '
     "vote slips.",
     [("it will be very hard for us to win", "Ortiz", "Ortiz")]),
    # near misses: the pronoun as a verb's object, and a cue after the pronoun's own clause
    ("Ortiz found herself saying that the plan would never work.", []),
    ('Mayor Ana Ortiz herself told reporters: "We will not raise taxes."',
     [("We will not raise taxes.", "Ana Ortiz", "Mayor Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), INTENSIVE_REFLEXIVES)
def test_intensive_reflexives(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
