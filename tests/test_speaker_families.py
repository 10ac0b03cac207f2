"""Issue 5, speaker accuracy (stop 17): general rules for families of wrong speakers, each a
table of invented stories, the bad shape beside the good one and a near miss that must not
change.  Each case is the text after a plain headline and the exact ``(text, kind, speaker
name)`` triples that must come out, in order."""

from __future__ import annotations

import pytest

from newsparse import QuoteKind
from quote_cases import kind_rows as quotes_of

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED


# "and" with no comma opens a second speaker's clause inside reported words only after a whole
# clause (a finite verb before it) and with a finite cue right after the second speaker
AND_AFTER_A_CLAUSE = [
    ("The governor said the bridge would close and the mayor said it would stay open.",
     [("the bridge would close", R, "The governor"), ("it would stay open", R, "the mayor")]),
    ("In the survey one in three said the club had lost its way and one in four said it should be sold.",
     [("the club had lost its way", R, "one in three"), ("it should be sold", R, "one in four")]),
    ("Ortiz said the council approved the budget and members later said it was fair to all.",
     [("the council approved the budget", R, "Ortiz"), ("it was fair to all", R, "members")]),
    # near misses: "and" joins two subjects, or a participle follows the phrase after "and"
    ("Ortiz said both he and Rubio promised to fight the plan in the courts.",
     [("both he and Rubio promised to fight the plan in the courts", R, "Ortiz")]),
    ("The keeper said he saw no difference between the striker and the other players - noting that both had fouled him.",
     [("he saw no difference between the striker and the other players - noting that both had fouled him", R, "The keeper")]),
    ("The coach said the team had respect for the fans and his latest comment was only a joke.",
     [("the team had respect for the fans and his latest comment was only a joke", R, "The coach")]),
    # a comma before "and" was read so before
    ("The coach said the team was tired, and the captain said they would rest.",
     [("the team was tired", R, "The coach"), ("they would rest", R, "the captain")]),
]


@pytest.mark.parametrize(("text", "expected"), AND_AFTER_A_CLAUSE)
def test_and_opens_a_second_speakers_clause_after_a_whole_clause(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected


# a relative clause for people with no comma runs up to the cue: the phrase before "who" speaks,
# never a name inside the clause, however long the clause or with no determiner before the noun
RELATIVE_CLAUSE_SUBJECTS = [
    ("Voters who backed Tom Berg in the primary said the race was far from over.",
     [("the race was far from over", R, "Voters")]),
    ("Many of the club's older members who'd rather see Ana Ortiz as coach next season said they would back the board.",
     [("they would back the board", R, "Many of the club's older members")]),
    ("Fans who cheered Ana Ortiz and Tom Berg on Saturday said the final was a classic.",
     [("the final was a classic", R, "Fans")]),
    # near misses: a comma before "who" (an antecedent that speaks), another relative pronoun
    # inside the clause, a sentence's end, and a clause with a coordinator stay as they were
    ("The mayor chose Tom Berg as her deputy, a man who changed his mind to side with Ana Ortiz, who believes the tax is unfair.",
     [("the tax is unfair", R, "Ana Ortiz")]),
    ("The mayor painted Tom Berg as a rival who would split the city into the camps that Ana Ortiz argued in 2004 were harmful.",
     [("in 2004 were harmful", R, "Ana Ortiz")]),
    ("The club thanked parents who raised money for the trip and said the players would fly on Friday.",
     [("the players would fly on Friday", R, "The club")]),
    ("She met the fans who waited for hours. Ana Ortiz said the team was grateful.",
     [("the team was grateful", R, "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CLAUSE_SUBJECTS)
def test_the_phrase_before_a_relative_clause_speaks(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# an infinitive after a noun for people describes that noun, which speaks; the infinitive's object
# never does
INFINITIVE_DESCRIPTIONS = [
    ("The first woman to lead the club said she was proud of the squad.",
     [("she was proud of the squad", R, "The first woman")]),
    ("The last player to beat Ana Ortiz said the final had been close.",
     [("the final had been close", R, "The last player")]),
    # near miss: an infinitive after a verb keeps its reading
    ("Ortiz wants to help the club, the mayor said.",
     [("Ortiz wants to help the club", R, "the mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), INFINITIVE_DESCRIPTIONS)
def test_the_noun_an_infinitive_describes_speaks(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# a lone linking word before a quotation ("So", "But") opens no clause of its own: the
# attribution after the quotation is still the quotation's
LEAD_WORDS_BEFORE_A_QUOTATION = [
    ('So "you can imagine how depressed I was," the 40-year-old keeper said the other day.',
     [("you can imagine how depressed I was,", D, "the 40-year-old keeper")]),
    ('Still "nobody expected the storm," the harbour master said the next morning.',
     [("nobody expected the storm,", D, "the harbour master")]),
    ('But, "we will not give up," Ana Ortiz told the crowd.',
     [("we will not give up,", D, "Ana Ortiz")]),
    # near miss: a clause before the quotation makes the attribution its own
    ('Ortiz called the plan "a disaster," the mayor said.',
     [('Ortiz called the plan "a disaster,"', M, "the mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_WORDS_BEFORE_A_QUOTATION)
def test_a_lead_word_before_a_quotation(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# "to" between a noun for people and a phrase makes the phrase the noun's complement: the
# adviser speaks, never the person or body advised
PERSON_LINKS = [
    ("An adviser to the club said the coach would stay.",
     [("the coach would stay", R, "An adviser to the club")]),
    ("A senior aide to Governor Tom Berg said the budget was late.",
     [("the budget was late", R, "A senior aide to Governor Tom Berg")]),
    # near misses: "to" after a verb or a thing, and a relative pronoun's antecedent after it
    ("The mayor gave the award to Ana Ortiz, who said she was proud.",
     [("she was proud", R, "Ana Ortiz")]),
    ("Tom Berg went to the club and the chairman said the deal was done.",
     [("the deal was done", R, "the chairman")]),
]


@pytest.mark.parametrize(("text", "expected"), PERSON_LINKS)
def test_a_noun_for_people_before_to_speaks(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# "according to X" set off by commas after a phrase that opens the clause (no verb in it): the
# source's words are the clause after the aside, the opening phrase and the aside left out (rs54,
# stop 47, as PolNeAR's gold marks them)
OPENING_PHRASE_BEFORE_ACCORDING_TO = [
    ("Over the long term, according to the budget office, the rise in spending would slow the economy.",
     [("the rise in spending would slow the economy", R, "the budget office")]),
    ("In the final weeks of the season, according to aides, the coach rarely slept.",
     [("the coach rarely slept", R, "aides")]),
    # near misses: a lead that is a clause of its own, a short lead, and a lead whose clause
    # goes on after the aside
    ("Ortiz won the race easily, according to the count, and Berg came second.",
     [("Ortiz won the race easily", R, "the count")]),
    ("Now, according to the poll, some voters are swinging.",
     [("some voters are swinging", R, "the poll")]),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_PHRASE_BEFORE_ACCORDING_TO)
def test_an_opening_phrase_before_according_to(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# "stating" is a participle cue like "saying"; before a participle, a phrase that ends in a verb
# in the past is a clause (no subject of the participle), and the people a message went to never
# say what it says
PARTICIPLE_SUBJECTS = [
    ("Ortiz praised the coach, stating there was a benefit to having him at the club.",
     [("there was a benefit to having him at the club", R, "Ortiz")]),
    ('The club quickly sent an email to supporters saying: "The final will go ahead."',
     [("The final will go ahead.", D, "The club")]),
    ("Her campaign sent a text message to voters saying the polls were wrong.",
     [("the polls were wrong", R, "Her campaign")]),
    # near misses: a clause before the participle gives it no speaker; a noun for people after
    # "to" with no message before it may be the participle's subject
    ('A club memo was released as the polls closed stating that the loss was "long expected."',
     [("long expected.", D, None)]),
    ("It was a nod to the mayor acknowledging that she had changed her mind.",
     [("she had changed her mind", R, "the mayor")]),
    ("At the hearing Ortiz kept stating the obvious about the club.", []),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_SUBJECTS)
def test_who_says_a_participles_words(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# a question's attribution after it may name the person told and go on with a tail: it is still
# the quotation's, and the tail is no reported speech
QUESTION_THEN_TOLD = [
    ('"We will not get along, who knows?" Ana Ortiz told the station in an interview aired on Monday.',
     [("We will not get along, who knows?", D, "Ana Ortiz")]),
    ('"Who knows?" Ana Ortiz told the station.',
     [("Who knows?", D, "Ana Ortiz")]),
    # near miss: "told" with reported words of its own after the object opens a sentence of its own
    ('"Why now?" Ana Ortiz told the board that the vote must wait until May.',
     [("Why now?", D, None), ("the vote must wait until May", R, "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), QUESTION_THEN_TOLD)
def test_a_question_then_told_and_a_tail(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# a closing "X told Y." attribution: X speaks, never Y, the person told; an appositive after a
# phrase that names no one is still found; a thing after "told" makes no attribution
CLOSING_TOLD = [
    ("The club will stay in the league, her top aide Tom Berg told The Herald.",
     [("The club will stay in the league", R, "Tom Berg")]),
    # near misses: a thing told is no attribution; "said" before the person was read so before
    ("On Friday morning, the third day of his tour, the candidate Tom Berg told a joke.", []),
    ("The club will stay in the league, said Tom Berg, its chairman.",
     [("The club will stay in the league", R, "Tom Berg")]),
]


# (the words still keep the role before the name: "..., her top aide", left for later)
APPOSITIVE_AFTER_NO_ONE = [
    "Ana Ortiz will stay in the race to the end, her top aide, Tom Berg, told The Herald.",
    "Ana Ortiz will stay in the race to the end, her top aide, Tom Berg, said.",
]


@pytest.mark.parametrize("text", APPOSITIVE_AFTER_NO_ONE)
def test_the_name_in_apposition_after_a_phrase_that_names_no_one(text: str) -> None:
    assert [q[2] for q in quotes_of(text)] == ["Tom Berg"]


@pytest.mark.parametrize(("text", "expected"), CLOSING_TOLD)
def test_a_closing_attribution_with_told(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# a role mention is not resolved to a person named only after it when the text before it gives
# the role as a title to someone else
ROLE_HOLDER_BEFORE = [
    ("When President Lind came to the port last winter, he met the family.\n\n"
     "A year later, Mr. Lind called them. The fishermen would be freed, the president told them.\n\n"
     "Decades ago, President Tom Berg had made a similar call.",
     "the president"),
    # near miss: the holder named before with a full name is found as before
    ("When President Tom Berg came to the port last winter, he met the family.\n\n"
     "The fishermen would be freed, the president told them.",
     "Tom Berg"),
]


@pytest.mark.parametrize(("text", "speaker"), ROLE_HOLDER_BEFORE)
def test_a_role_held_by_someone_named_before(text: str, speaker: str) -> None:
    found = [q for q in quotes_of(text) if q[0] == "The fishermen would be freed" or q[0] == "the fishermen would be freed"]
    assert [q[2] for q in found] == [speaker]


# the people a document went to never say its words: after a document noun and "to", the
# document's phrase speaks; the people a speaker spoke to never say the speaker's words either
AUDIENCE_AFTER_TO = [
    ("The letter to Ana Ortiz said the deal was off.",
     [("the deal was off", R, "The letter")]),
    ("A memo to the mayor said the budget was late.",
     [("the budget was late", R, "A memo")]),
    ("Ortiz spoke to reporters saying the deal was off.",
     [("the deal was off", R, "Ortiz")]),
    ("The mayor wrote to voters saying the tax was fair.",
     [("the tax was fair", R, "The mayor")]),
    # near misses: a noun for people before "to" speaks; a noun after a determiner is no verb
    ("An adviser to the mayor said the budget was late.",
     [("the budget was late", R, "An adviser to the mayor")]),
    ("It was a nod to the mayor acknowledging that she had changed her mind.",
     [("she had changed her mind", R, "the mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), AUDIENCE_AFTER_TO)
def test_the_audience_after_to_never_speaks(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# absolute phrases: each "NAME <participle>" pair after "with" speaks its own words; the second
# pair, joined by "and", ends the first pair's reported words
ABSOLUTE_PAIRS = [
    ('The talks collapsed on Monday, with Ryan saying the plan was dead and Trump calling it "a disaster."',
     [("the plan was dead", R, "Ryan"), ("a disaster.", D, "Trump")]),
    ("The talks collapsed, with Paul Ryan saying that the plan was dead and Ana Ortiz arguing that it was a disaster.",
     [("the plan was dead", R, "Paul Ryan"), ("it was a disaster", R, "Ana Ortiz")]),
    # near misses: no absolute phrase before the words, and "and" before a clause, not a pair
    ("Ryan said the plan was dead and Trump calling it a disaster was no help.",
     [("the plan was dead and Trump calling it a disaster was no help", R, "Ryan")]),
    ("The talks collapsed, with Ryan saying the plan was dead and the deal was off.",
     [("the plan was dead and the deal was off", R, "Ryan")]),
]


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE_PAIRS)
def test_each_absolute_pair_speaks_its_own_words(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# a directive's words ("asked the players to thank ...") end before a relative clause with a cue
# of its own: the antecedent speaks what follows it
DIRECTIVE_THEN_RELATIVE_CUE = [
    ("She asked the players to thank Ana Ortiz, who said she was proud.",
     [("the players to thank Ana Ortiz", R, "She"), ("she was proud", R, "Ana Ortiz")]),
    ("The mayor urged voters to back Tom Berg, who has said the tax is unfair.",
     [("voters to back Tom Berg", R, "The mayor"), ("the tax is unfair", R, "Tom Berg")]),
    # near misses: a relative clause with no cue, and one inside a clause after "said"
    ("She asked the players to thank Ana Ortiz, who coached them.",
     [("the players to thank Ana Ortiz, who coached them", R, "She")]),
    ("Ortiz said the plan was backed by Tom Berg, who said it was fair.",
     [("the plan was backed by Tom Berg, who said it was fair", R, "Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), DIRECTIVE_THEN_RELATIVE_CUE)
def test_a_directive_ends_before_a_relative_cue(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# a question in sentence case ("Is it over?") is no title in title case: before a sentence with
# a speaker and a cue of its own it is still a quotation (no speaker: the next sentence's words
# are another quote); a title in title case stays none
QUESTIONS_IN_SENTENCE_CASE = [
    ('"Is it over?" The mayor told reporters that the count was done.',
     [("Is it over?", D, None), ("the count was done", R, "The mayor")]),
    ("“Is it over?” Ana Ortiz said the count was done.",
     [("Is it over?", D, None), ("the count was done", R, "Ana Ortiz")]),
    ('"Is it over?" the mayor asked.',
     [("Is it over?", D, "the mayor")]),
    # near miss: a title in title case, capitals after its first word
    ('She watched "Is It Over?" on Monday and said the film was long.',
     [("the film was long", R, "She")]),
]


@pytest.mark.parametrize(("text", "expected"), QUESTIONS_IN_SENTENCE_CASE)
def test_a_question_in_sentence_case_is_a_quotation(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected
