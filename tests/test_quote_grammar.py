"""The constructions of quote engine 0.2, one table per family (invented events and people).

Each case is one paragraph under a plain headline and the exact ``(text, kind, speaker name)``
triples that must come out, in order.
"""

from __future__ import annotations

from functools import partial

import pytest

import newsparse
from newsparse import QuoteKind
from quote_cases import kind_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED


quotes_of = partial(kind_rows, headline="Council news")


UNATTRIBUTED = [
    # a quotation inside a sentence with no cue next to it is still a quote
    ("Posters along the new line carried the words “open to every commuter by next spring” in bright red.",
     [("open to every commuter by next spring", D, None)]),
    # a cue in the sentence makes its subject the speaker
    ("Mayor Ines Calder called the proposal “a tax on people who cannot afford one.”",
     [("a tax on people who cannot afford one.", D, "Ines Calder")]),
    # a naming verb right before makes even one quoted word a quote
    ("Ortiz called the vote a “sham” and left the chamber.", [("sham", D, "Ortiz")]),
    ("Critics have labeled the inquiry a “witch hunt” for months.", [("witch hunt", D, "Critics")]),
    # but a so-called scare quote is not
    ("The so-called “reset” of the fares came into force on Monday.", []),
    # scare quotes and titles in quotation marks are not quotes
    ("The company calls the scheme a “refresh” of its old loyalty card.", [("refresh", D, "The company")]),
    ("She starred in “The Long Road Home” for two seasons before the series ended.", []),
    # small words stay lower case in a title
    ("He was a guest on “Meet the Press” and “Face the Nation” in the same week.", []),
]

NAMING = [
    # an appositive's comma before a naming verb is no participle's comma
    ("Her chief aide, Jake Sullivan, calls the record a “blueprint” for the party.",
     [("blueprint", D, "Jake Sullivan")]),
    ("Mr. Brown, who clashed with the governor, described the group as “a remnant of another period.”",
     [("a remnant of another period.", D, "Brown")]),
    # an opening phrase before the subject of a naming verb
    ("Last month, Transport Secretary Mira Holt called the delays “an insult to every passenger.”",
     [("an insult to every passenger.", D, "Mira Holt")]),
    # a participle after a comma takes the sentence's subject
    ("At a rally in Dover, Ana Ortiz attacked the budget, calling it “a gift to the landlords.”",
     [("a gift to the landlords.", D, "Ana Ortiz")]),
    # no cue, but a named subject
    ("Calder credited the night shift with “a small miracle on the ward.”",
     [("a small miracle on the ward.", D, "Calder")]),
]

DIRECT = [
    # one quoted word with an attribution beside it is a quote
    ("“No,” replied Jeff Zucker, the head of the network.", [("No,", D, "Jeff Zucker")]),
    ("The anchor, Norah Day, then loudly asked, “Really?”", [("Really?", D, "Norah Day")]),
    # an inverted attribution whose phrase goes on past a preposition
    ("“The drop is all about the emails,” said a person close to the campaign.",
     [("The drop is all about the emails,", D, "a person close to the campaign")]),
    # a cue right before the quotation, with no punctuation
    ("Outside the hall the strikers chanted “Fair pay now” until the doors closed.",
     [("Fair pay now", D, "the strikers")]),
    # a time between the cue and the quotation
    ("As Ines Calder pointed out in March, “The money was never there in the first place.”",
     [("The money was never there in the first place.", D, "Ines Calder")]),
    # a full name at the end of a phrase the grammar does not read
    ("“Wages decide the vote,” Fight for $15 organizer Kendra Fells told the crowd.",
     [("Wages decide the vote,", D, "Kendra Fells")]),
    ("“That is inevitable,” Rep. Hunter’s chief of staff, Joe Kasper, told the paper.",
     [("That is inevitable,", D, "Joe Kasper")]),
    # two names joined by "and"
    ("“The letter was vague,” Cummings and Conyers wrote.", [("The letter was vague,", D, "Cummings and Conyers")]),
    # a possessive determiner before the speaker's noun
    ("“He taught half this town to swim,” his colleague wrote on the club's page.",
     [("He taught half this town to swim,", D, "his colleague")]),
]

SPEAKER_PHRASES = [
    # a party and state tag, and an age, between the name and the verb
    ("Sen. Ana Ortiz (D-Ariz.) said the bill would not pass before the recess.",
     [("the bill would not pass before the recess", R, "Ana Ortiz")]),
    ("Colin Reyes, 81, said the ferry had been late every morning for a month.",
     [("the ferry had been late every morning for a month", R, "Colin Reyes")]),
    # an appositive after a tag
    ("Rep. Dana Moss (Ohio), a member of the budget committee, said the cuts were never discussed.",
     [("the cuts were never discussed", R, "Dana Moss")]),
    # auxiliaries and adverbs between speaker and verb
    ("Harlow Water has even claimed that the leaks were caused by the cold winter.",
     [("the leaks were caused by the cold winter", R, "Harlow Water")]),
    # a relative pronoun stands for the phrase before it
    ("The plan was welcomed by residents who said the bus route had been cut twice already.",
     [("the bus route had been cut twice already", R, "residents")]),
]

SHARES_AND_SUBJECTS = [
    # shares of people as speakers
    ("Among bus users, 64 percent said the new timetable was worse than the old one.",
     [("the new timetable was worse than the old one", R, "64 percent")]),
    ("More than six in 10 said they would pay a higher fare for later buses.",
     [("they would pay a higher fare for later buses", R, "six in 10")]),
    # a plural noun on its own before a clause
    ("Council aides say the mayor will almost certainly stand again in 2027.",
     [("the mayor will almost certainly stand again in 2027", R, "Council aides")]),
    # "who said" after a comma stands for the name before it
    ("The deal was struck with help from Labour Secretary Tom Ruiz, who said he expects the vote on Friday.",
     [("he expects the vote on Friday", R, "Tom Ruiz")]),
    # an appositive subject with an age, and a second verb joined by "and"
    ("Ola Berg, 60, a retired nurse, joined the march and said she feared for the clinic.",
     [("she feared for the clinic", R, "Ola Berg")]),
]

OBJECTS_ARE_NOT_SPEAKERS = [
    # the object before a participle next to a quotation does not speak either
    ("Ortiz opened the debate saying, “We need a new budget now.”", [("We need a new budget now.", D, "Ortiz")]),
    # a capitalised name ending in -ed is no verb
    ("Sen. Ted Cruz opened the debate saying, “We need a new budget now.”",
     [("We need a new budget now.", D, "Ted Cruz")]),
    # an adverb or a participle opening the sentence is not its subject
    ("Shortly after the vote, the Ortiz campaign sent out a release saying the count was wrong.",
     [("the count was wrong", R, "Ortiz campaign")]),
    # a document after a verb does not speak: its author does
    ("Mayor Ines Calder issued a statement saying the pool would reopen in May.",
     [("the pool would reopen in May", R, "Ines Calder")]),
    # a participle after a closing quotation mark and its comma; two quoted words are the subject's
    ("Residents sued over the “night tax,” saying that the fee fell hardest on shift workers.",
     [("night tax,", D, "Residents"), ("the fee fell hardest on shift workers", R, "Residents")]),
    # a name alone before a colon introduces the quotation
    ("Polls and turnout - Jane Roe: “Turnout in the suburbs decided this race.”",
     [("Turnout in the suburbs decided this race.", D, "Jane Roe")]),
    # a long relative clause between the named subject and the cue
    ("Perry, who hugged the candidate while wearing a cape, shouted, “In three days, let’s make history!”",
     [("In three days, let’s make history!", D, "Perry")]),
]

SOURCES_AND_QUESTIONS = [
    # any noun phrase after "according to" is the source
    ("The depot opened in 2019, according to state planning records.",
     [("The depot opened in 2019", R, "state planning records")]),
    # a short opening word before "according to"
    ("Now, according to the latest survey, most riders prefer the night bus.",
     [("most riders prefer the night bus", R, "the latest survey")]),
    # a question that opens the sentence: its asker, when named, speaks it
    ("Asked by reporters whether the line would close, Ortiz said nothing had been decided.",
     [("whether the line would close", R, "reporters"), ("nothing had been decided", R, "Ortiz")]),
    # (the topic of a question opening the sentence is no question: nothing is reported)
    ("When asked at the hearing about the merger, she defended her record.", []),
    ("When asked at the hearing whether the merger would go ahead, she defended her record.",
     [("whether the merger would go ahead", R, None)]),
    ("“Jobs, jobs, jobs,” Ms. Ruiz said last month when asked what Mr. Ruiz would do next.",
     [("Jobs, jobs, jobs,", D, "Ruiz"), ("what Mr. Ruiz would do next", R, None)]),
    ("Asked if the fares would rise, the minister said the budget was not final.",
     [("if the fares would rise", R, None), ("the budget was not final", R, "the minister")]),
]

CLAUSES = [
    # a contraction opens the clause
    ("Mr. Pike said he’ll ask the board to delay the vote until June.",
     [("he’ll ask the board to delay the vote until June", R, "Pike")]),
    # a bare noun phrase and a negative contraction
    ("Judge Amira Sallis said members of the jury shouldn’t read about the case.",
     [("members of the jury shouldn’t read about the case", R, "Amira Sallis")]),
    # a few words of object before "that"
    ("Governor Lena Brandt told an Akron audience that the plant would reopen in the autumn.",
     [("the plant would reopen in the autumn", R, "Lena Brandt")]),
    # a reported question and a request
    ("The inspector asked whether the fire doors had been checked that week.",
     [("whether the fire doors had been checked that week", R, "The inspector")]),
    ("Union leader Tomas Ekberg urged members to reject the pay offer on Friday.",
     [("members to reject the pay offer on Friday", R, "Tomas Ekberg")]),
    # interrupted attribution: the clause goes on after the aside
    ("The library, the director said, will reopen after the roof is repaired.",
     [("The library, the director said, will reopen after the roof is repaired", R, "the director")]),
    # a closing attribution with a long appositive
    ("The tram line is running again, said Katya Ivers, the operator's head of communications.",
     [("The tram line is running again", R, "Katya Ivers")]),
]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    UNATTRIBUTED + NAMING + DIRECT + SPEAKER_PHRASES + SHARES_AND_SUBJECTS + SOURCES_AND_QUESTIONS + OBJECTS_ARE_NOT_SPEAKERS + CLAUSES,
)
def test_construction(paragraph: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(paragraph) == expected


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Harlow Says Budget Will Fail", "Harlow"),
        ("Budget Will Fail, Harlow Warns", "Harlow"),
        # a sentence-case headline still teaches the full name
        ("Tom Harlow warns the budget will fail", "Tom Harlow"),
    ],
)
def test_title_case_headline_names_nobody(headline: str, speaker: str) -> None:
    text = f'{headline}\n\nThe plan was debated on Monday. "We have the votes," Harlow said.'
    body = [q for q in newsparse.parse_article(text).quotes if q.paragraph is not None]  # (the headline's own quote aside)
    assert [q.speaker.name for q in body if q.speaker] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a time, a place or a document after the cue is never the speaker
        ("The ruling will be appealed, the family said in a statement on Wednesday.",
         [("The ruling will be appealed", R, "the family")]),
        ("The ruling will be appealed, Ortiz said on Wednesday in Dover.",
         [("The ruling will be appealed", R, "Ortiz")]),
        ("“We will appeal,” it said in a statement on Wednesday.", [("We will appeal,", D, "it")]),
    ],
)
def test_time_place_and_document_are_not_speakers(
    paragraph: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(paragraph) == expected


MORE_CUES = [
    # a capitalised word that is also an adverb ends an organisation's name here
    ("Scot Ross, executive director of One Harbour Now, said the spending was even higher this year.",
     [("the spending was even higher this year", R, "Scot Ross")]),
    # a progressive form after "is" is a cue; on its own it may be a noun
    ("Ortiz is insisting that the budget will pass by June.", [("the budget will pass by June", R, "Ortiz")]),
    ("The warning that the budget will fail came late.", []),
    # a noun with a prepositional phrase opens the clause when a verb follows
    ("Ortiz said praise from the Russian president would not change her policy.",
     [("praise from the Russian president would not change her policy", R, "Ortiz")]),
    # a long place or channel between the cue and "that"
    ("Mayor Ines Calder said in one of a series of posts online that the tram would run again.",
     [("the tram would run again", R, "Ines Calder")]),
    # a capitalised appositive that ends in a possessive
    ("Rashad Ruiz, Color of Change's executive director, said his group will keep up the pressure.",
     [("his group will keep up the pressure", R, "Rashad Ruiz")]),
    # an aside after an opening phrase, the clause going on without a known verb
    ("In the end, Mr. Pike said, union voters almost always end up with the party.",
     [("union voters almost always end up with the party", R, "Pike")]),
    # a time phrase before the cue is skipped, never the speaker
    ("Her oldest friends and allies have in the past said she would not run again.",
     [("she would not run again", R, "Her oldest friends and allies")]),
    ("The judge -- over the past few days -- said the case would go on.",
     [("the case would go on", R, "The judge")]),
    # an adverb opening the sentence is not part of the name
    ("Even Rendell, a stalwart supporter, said the plan was a mistake from the start.",
     [("the plan was a mistake from the start", R, "Rendell")]),
    # "states" is a noun here, not a cue
    ("Ortiz said in Buffalo, New York, that states can pass such laws because “voters asked for them.”",
     [("voters asked for them.", D, "Ortiz")]),
    # plurals joined by "and" are one phrase; a pronoun and its verb are not
    ("Farmers and traders said the price would fall again in May.",
     [("the price would fall again in May", R, "Farmers and traders")]),
    ("He sells goods and traders said it would fall again in May.",
     [("it would fall again in May", R, "traders")]),
    # a month as the last word of a name, with an age and an appositive
    ("Yin Myint May, 60, a doctor, said she was elated but still feared the army.",
     [("she was elated but still feared the army", R, "Yin Myint May")]),
    # a clause after an inverted cue is not a speaker
    ("The vote was close, said she was told by the clerk.", []),
    # a gerund opens the clause when a verb follows
    ("Mr. Pike said having the mayor on side is a positive development for the town.",
     [("having the mayor on side is a positive development for the town", R, "Pike")]),
    # a post-modifier keeps the head of the phrase as the speaker
    ("A spokesman for the ministry said the talks would resume in May.",
     [("the talks would resume in May", R, "A spokesman for the ministry")]),
    ("People familiar with the talks said a deal was close.",
     [("a deal was close", R, "People familiar with the talks")]),
    ("Those close to the mayor say that, in addition to Ortiz, she would consider two others.",
     [("in addition to Ortiz, she would consider two others", R, "Those close to the mayor")]),
    ("Sen. Ana Ortiz (a Dover Democrat so young she is taken for an aide) says she was adrift for weeks.",
     [("she was adrift for weeks", R, "Ana Ortiz")]),
    ("About four out of 10 voters said life for their children would be harder.",
     [("life for their children would be harder", R, "four out of 10 voters")]),
    ("He said members of the Supreme Court shouldn’t weigh in on elections.",
     [("members of the Supreme Court shouldn’t weigh in on elections", R, "He")]),
    ("Ortiz was quoted as saying the budget would pass by June.",
     [("the budget would pass by June", R, "Ortiz")]),
    ("Ortiz stated the budget was balanced for the first time.",
     [("the budget was balanced for the first time", R, "Ortiz")]),
    # a verb that often takes a plain object reports a clause only with a verb close behind
    ("The ferry company announced it had cancelled the night crossings.",
     [("it had cancelled the night crossings", R, "The ferry company")]),
    # (while the object of "announced" is what was announced)
    ("The ferry company announced on Monday a new timetable for the winter.",
     [("a new timetable for the winter", R, "The ferry company")]),
    # a place after "of" is not the speaker's name; a person after "of" is
    ("The mayor of Lyon said the budget would pass in June.",
     [("the budget would pass in June", R, "The mayor of Lyon")]),
    ("Secretary of State John Kerry said the talks would resume in May.",
     [("the talks would resume in May", R, "John Kerry")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), MORE_CUES)
def test_more_cues(paragraph: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(paragraph) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("“We never gave up on this town.” ― Ana Ortiz", [("We never gave up on this town.", "―", "Ana Ortiz")]),
        ("“We never gave up on this town.” — Ana Ortiz, mayor of Dover",
         [("We never gave up on this town.", "—", "Ana Ortiz")]),
        # a dash before a sentence of its own attributes nothing
        ("“We never gave up.” — The town held a vigil.", [("We never gave up.", None, None)]),
    ],
)
def test_dash_attribution(line: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    text = f"Town news\n\nThe town met on Monday.\n\n{line}\n\nMore text follows here today."
    quotes = newsparse.parse_article(text).quotes
    assert [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in quotes] == expected


def test_title_case_headline_still_names_organisations() -> None:
    text = (
        "HARBOUR GROUP INC <HGI> BUILDS NEW PIER\n\n"
        "The pier will open in the autumn, the company said.\n"
    )
    quotes = newsparse.parse_article(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("The pier will open in the autumn", "HARBOUR GROUP INC"),
    ]


@pytest.mark.parametrize("unit", ["who ", "that ", "(D-Ariz.) ", "a spokesman for "])
def test_chains_before_a_cue_stay_bounded(unit: str) -> None:
    # each tag, relative pronoun or post-modifier moves the search back at most MAX_PHRASE_HOPS times
    paragraph = "Residents " + unit * 2000 + "said it was fine for everyone."
    quotes = newsparse.parse_article(f"Council news\n\n{paragraph}").quotes
    assert [q.speaker for q in quotes if q.speaker is not None and q.speaker.name == "Residents"] == []


def test_a_run_of_quoted_paragraphs_keeps_its_speaker() -> None:
    text = (
        "Harbour news\n\n"
        "“We will rebuild the pier,” harbour master Lena Brandt said.\n\n"
        "“The storm took the old one in a night, and the boats have nowhere to go.”\n\n"
        "“We start on Monday, and we will not stop until it is done.”\n"
    )
    quotes = newsparse.parse_article(text).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Lena Brandt"] * 3
