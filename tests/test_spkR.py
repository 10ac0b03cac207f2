"""Lost and wrong English speakers of issue 5 (spkR, the audit's general groups): an appositive
with a coordinated role after a name that opens the sentence, the subject of a clause joined by a
comma and a coordinator before a participle. Each table holds the bad shape beside
near-misses that must not change."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow, speaker_rows

# (text, quotes): a name, an appositive whose role is coordinated ("a former council member and
# mayoral candidate"), the verb: the name is the subject, not the appositive's first role
COORDINATED_APPOSITIVES: list[tuple[str, list[SpeakerRow]]] = [
    ('Nora Lind, a former council member and mayoral candidate, mocked the budget during the debate, saying, '
     '"Notice the gap. Again?"',
     [('"Notice the gap. Again?"', "Nora Lind", "Nora Lind")]),
    ("Nora Lind, a former council member and mayoral candidate, mocked the budget during the debate, saying the "
     "gap was growing.",
     [("the gap was growing", "Nora Lind", "Nora Lind")]),
    ('Nora Lind, a former council member and mayoral candidate, mocked the budget, tweeting, "Notice the gap."',
     [("Notice the gap.", "Nora Lind", "Nora Lind")]),
    ("Paul Grant, the union's treasurer and a city councillor, opposed the cuts, arguing that the pool would close.",
     [("the pool would close", "Paul Grant", "Paul Grant")]),
    ("Hanna Berg, the European Commissioner for Energy (DG ENER), reacted coolly to the deal, "
     '"I am concerned about any agreement that leaves the grid exposed."',
     [("I am concerned about any agreement that leaves the grid exposed.", "Hanna Berg", "Hanna Berg")]),
    # (near-misses: an appositive with no coordinator; an opening phrase, no name, before the subject;
    # a subject and its verb, maybe coordinated, after an opening word: two joined subjects both speak,
    # spk54, stop 47)
    ('Nora Lind, a former council member, mocked the budget during the debate, saying, "Notice the gap. Again?"',
     [('"Notice the gap. Again?"', "Nora Lind", "Nora Lind")]),
    ('Last month, the mayor and her deputy opened the fair, saying, "This is a good day for the town."',
     [('"This is a good day for the town."', "the mayor and her deputy", "the mayor and her deputy")]),
    ("On Tuesday, the union's treasurer and a city councillor opposed the cuts, arguing that the pool would close.",
     [("the pool would close", "the union's treasurer and a city councillor", "the union's treasurer and a city councillor")]),
    ("Today, the city council opens the fair and the market, saying it will be a good day.",
     [("it will be a good day", "the city council", "the city council")]),
    ('Beyond Dover, the new leadership of the union came to power in March with the backing of the caucus, and has '
     'repeatedly declared, "We are not afraid" to strike.',
     [("We are not afraid", None, None)]),
    ("But I understood why his example mattered. Tom Berg, she would intone, rose at five in the morning to write "
     'his books, before going out to earn a living: "You will have to work like that if you want anything."',
     [("You will have to work like that if you want anything.", "she", "she")]),
    ("Overnight, the weather service and the police issued a warning, saying gusts could reach 70mph.",
     [("gusts could reach 70mph", "the weather service and the police", "the weather service and the police")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_APPOSITIVES)
def test_a_coordinated_appositive_after_the_opening_name(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# (text, quotes): a clause joined by ", and"/", but" before a participle's comma: the participle
# is that clause's subject's, not the first clause's nor the first cue's
JOINED_CLAUSES: list[tuple[str, list[SpeakerRow]]] = [
    ("Tenants say the rules are unfair, and the residents' union has already sued the city over them, saying they "
     "break the law.",
     [("the rules are unfair, and the residents' union has already sued the city over them", "Tenants", "Tenants"),
      ("they break the law", "the residents' union", "the residents' union")]),
    ("Nora Lind criticized the plan, and the mayor agreed, adding that it would cost too much.",
     [("it would cost too much", "the mayor", "the mayor")]),
    ('Nora Lind criticized the plan, but the mayor defended it, saying, "We have the money."',
     [("We have the money.", "the mayor", "the mayor")]),
    # (near-misses: no joined clause; a list that ends with ", and" and no verb; no subject after
    # the coordinator; the participle after a cue that closes the clause)
    ("Nora Lind criticized the plan and the budget, adding that it would cost too much.",
     [("it would cost too much", "Nora Lind", "Nora Lind")]),
    ("Countries like Chile, Peru, Ecuador, and Bolivia have used such rules for years, saying they aim to curb fraud.",
     []),
    ("Nora Lind met the mayor, the police chief, and the fire chief, saying the town was safe.",
     [("the town was safe", "Nora Lind", "Nora Lind")]),
    ('Nora Lind criticized the plan, and then, on Monday, she left, saying, "We have the money."',
     [("We have the money.", "Nora Lind", "Nora Lind")]),
    ("The plan is costly, and the town is poor, Nora Lind said, adding that it would have to wait.",
     [("The plan is costly, and the town is poor", "Nora Lind", "Nora Lind"),
      ("it would have to wait", "Nora Lind", "Nora Lind")]),
]


@pytest.mark.parametrize(("text", "expected"), JOINED_CLAUSES)
def test_the_subject_of_a_joined_clause_before_a_participle(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# (text, quotes): an infinitive cue after the object of a verb that makes someone speak, or after
# its passive: the one made to speak says the words
CAUSED_SPEAKERS: list[tuple[str, list[SpeakerRow]]] = [
    ('The vote prompted Nora Lind to say, "The budget is fine."', [("The budget is fine.", "Nora Lind", "Nora Lind")]),
    ('The result led the union\'s treasurer to declare: "We have the money."',
     [("We have the money.", "the union's treasurer", "the union's treasurer")]),
    ('The debate was so calm that Nora Lind was prompted to say, "I cannot believe how civil it has been."',
     [("I cannot believe how civil it has been.", "Nora Lind", "Nora Lind")]),
    ("The vote prompted Nora Lind to say that the budget was fine.", [("the budget was fine", "Nora Lind", "Nora Lind")]),
    # (near-misses: no causative verb; a verb that asks for words not yet said; an object that is
    # no speaker; since spk46 a name set off with its role is the one made to speak)
    ('Nora Lind went on to say, "The budget is fine."', [("The budget is fine.", "Nora Lind", "Nora Lind")]),
    # (spk52: the that-clause is what the mayor is urged to say, the infinitive's, never Nora Lind's own claim)
    ("Nora Lind urged the mayor to say that the budget was fine.",
     [("the mayor to say that the budget was fine", "Nora Lind", "Nora Lind")]),
    ('The vote prompted the report to state, "The budget is fine."', [("The budget is fine.", None, None)]),
    ("On the show, Ana Ortiz leads her audience to believe the council is corrupt.", []),
    ('The vote prompted Nora Lind, the treasurer, to say, "The budget is fine."',
     [("The budget is fine.", "Nora Lind", "Nora Lind")]),
]


@pytest.mark.parametrize(("text", "expected"), CAUSED_SPEAKERS)
def test_the_one_a_causative_verb_makes_speak(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected
