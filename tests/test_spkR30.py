"""Speaker phrase bounds and resolution leftovers of trial 30 (issue 5, stop 30, spkR): a
speaker's phrase after an inverted cue that runs on into the reporter's next clause or setting
(``said the mayor amid growing anger``), a thing pronoun after a person whose given name the
list did not hold (``Tarek Amin said it was ... It said``), pronouns after people whose given
names were missing from the list, a body named by its place (``Devon and Somerset fire and rescue
service``), a placed company opening a sentence (``The San Jose, California-based company``), a
list of sources after ``According to``, a French view's holder before a closing attribution, and a
headline role before ``in Tuesday's briefing``.

Each row is a short article of the kind the trial read; controls stand beside the new rows.
"""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow, speaker_rows

# A word that opens a clause or a setting (CLAUSE_BREAKS: "but", "amid", "despite", "although",
# "as", ...) ends the speaker's phrase after an inverted cue, and its post-modifier ("for the
# union") with it; the words before the attribution are still what was said.
CLAUSE_AFTER_SPEAKER: list[tuple[str, list[SpeakerRow]]] = [
    (
        "Talks resumed on Monday.\n\n"
        '"The strike will go ahead on Friday," said a spokesman for the union but doubts remain over the deal.',
        [("The strike will go ahead on Friday,", "a spokesman for the union", "a spokesman for the union")],
    ),
    (
        "Shops closed early across the city.\n\n"
        '"The curfew will stay in place," said the mayor amid growing anger in the city.',
        [("The curfew will stay in place,", "the mayor", "the mayor")],
    ),
    (
        "Shops closed early across the city.\n\n"
        '"The curfew will stay in place," said Mayor John Hadley amid growing anger in the city.',
        [("The curfew will stay in place,", "John Hadley", "Mayor John Hadley")],
    ),
    (
        "Inflation eased in March.\n\n"
        '"Prices will keep rising," said a senior economist for the central bank although others disagree.',
        [("Prices will keep rising,", "a senior economist for the central bank", "a senior economist for the central bank")],
    ),
    (
        "Talks broke down late on Thursday.\n\n"
        '"We will not move an inch," said a spokeswoman for the drivers as the talks collapsed.',
        [("We will not move an inch,", "a spokeswoman for the drivers", "a spokeswoman for the drivers")],
    ),
    # reported words before the attribution, no quotation marks
    (
        "Talks resumed on Monday.\n\n"
        "The strike will go ahead on Friday, said a spokesman for the union but doubts remain over the deal.",
        [("The strike will go ahead on Friday", "a spokesman for the union", "a spokesman for the union")],
    ),
    (
        "Shops closed early across the city.\n\n"
        "The curfew will stay in place, said the mayor amid growing anger in the city.",
        [("The curfew will stay in place", "the mayor", "the mayor")],
    ),
    (
        "Talks resumed on Monday.\n\n"
        "The strike will go ahead, union officials said but doubts remain over the deal.",
        [("The strike will go ahead", "union officials", "union officials")],
    ),
    (
        "Shops closed early across the city.\n\n"
        "The curfew will stay in place, the mayor said, amid growing anger in the city.",
        [("The curfew will stay in place", "the mayor", "the mayor")],
    ),
    # controls: a clause reported without "that" may open with such a word after a subject's cue;
    # a participle after a conjunction is the speaker's own; a post-modifier with no clause after it
    (
        "Lenders met in Frankfurt.\n\n"
        "Jonas Weber said although the delays were long, the bridge would open in May.",
        [("although the delays were long, the bridge would open in May", "Jonas Weber", "Jonas Weber")],
    ),
    (
        "Talks resumed on Monday.\n\n"
        '"The strike will go ahead on Friday," said a spokesman for the union.',
        [("The strike will go ahead on Friday,", "a spokesman for the union", "a spokesman for the union")],
    ),
    (
        "The museum reopened on Sunday.\n\n"
        '"It is a new start," said Ana Ortiz of the city council while visitors queued outside.',
        [("It is a new start,", "Ana Ortiz", "Ana Ortiz of the city council")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_AFTER_SPEAKER)
def test_a_clause_after_the_speaker_ends_the_phrase(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# A thing pronoun that speaks after a person who spoke of "it" is no person's: with the given name
# known the person is never read as a firm talking of itself; a firm still is.
THING_PRONOUN_AFTER_PERSON: list[tuple[str, list[SpeakerRow]]] = [
    (
        "The ministry opened an inquiry.\n\n"
        "Tarek Amin said it was a mistake. It said the decision would be reviewed.",
        [("it was a mistake", "Tarek Amin", "Tarek Amin"), ("the decision would be reviewed", "It", "It")],
    ),
    (
        "The board met on Friday.\n\n"
        "Loretta Banks said it was too late to change course. It said the vote would stand.",
        [("it was too late to change course", "Loretta Banks", "Loretta Banks"), ("the vote would stand", "It", "It")],
    ),
    # control: a firm's name speaks of itself
    (
        "Shares fell in early trade.\n\n"
        "Wrexham Lager said it would close the brewery. It said 40 jobs would go.",
        [("it would close the brewery", "Wrexham Lager", "Wrexham Lager"), ("40 jobs would go", "Wrexham Lager", "It")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THING_PRONOUN_AFTER_PERSON)
def test_a_thing_pronoun_after_a_named_person_stays_as_written(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# Given names that were missing from the list (men's and women's, several cultures): a pronoun of
# the other sex is never that person; one of the same sex still is.
GIVEN_NAME_GENDER: list[tuple[str, list[SpeakerRow]]] = [
    (
        "Under cross-examination, defense attorney Marcus Bell suggested the call was never made. "
        'Ferris denied that. "I made that call," she said.',
        [("the call was never made", "Marcus Bell", "defense attorney Marcus Bell"), ("I made that call,", "she", "she")],
    ),
    (
        "Prosecutor Victor Lane asked about the transfers. Dunmore denied everything. "
        '"I never took a cent," she said.',
        [("about the transfers", "Victor Lane", "Prosecutor Victor Lane"), ("I never took a cent,", "she", "she")],
    ),
    (
        "Ngozi Eze chairs the union. Kwame Mensah, its treasurer, spoke after the vote. "
        '"The members have decided," she said.',
        [("The members have decided,", "Ngozi Eze", "she")],
    ),
    (
        "Kwame Mensah chairs the union. Ngozi Eze, its treasurer, spoke after the vote. "
        '"The members have decided," he said.',
        [("The members have decided,", "Kwame Mensah", "he")],
    ),
    (
        "Tamara Holt chairs the board. Marcus Reid, its treasurer, spoke after the vote. "
        '"The members have decided," she said.',
        [("The members have decided,", "Tamara Holt", "she")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GIVEN_NAME_GENDER)
def test_a_given_names_sex_decides_the_pronoun(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# A public body named by its place, its noun in lower case (an organisation word of the
# vocabulary), maybe with two nouns joined by "and" before it: the whole phrase speaks.
BODY_BY_PLACE: list[tuple[str, list[SpeakerRow]]] = [
    (
        "A fire broke out at a farm near Taunton on Monday.\n\n"
        "Devon and Somerset fire and rescue service said the blaze was under control.",
        [("the blaze was under control", "Devon and Somerset fire and rescue service", "Devon and Somerset fire and rescue service")],
    ),
    (
        "A fire broke out at a farm near Exeter on Monday.\n\n"
        '"Crews worked through the night," Devon fire and rescue service said.',
        [("Crews worked through the night,", "Devon fire and rescue service", "Devon fire and rescue service")],
    ),
    (
        "Two cars collided on the ring road.\n\n"
        "West Midlands ambulance service said two people were taken to hospital.",
        [("two people were taken to hospital", "West Midlands ambulance service", "West Midlands ambulance service")],
    ),
    # controls: a capitalised opening word before a noun in a prepositional phrase is no body;
    # a plural pair joined by "and" still needs a speaker on its left
    (
        "Protests spread on Sunday.\n\n"
        "Further repression in the region will provoke resistance, that some have called the \"Belfastisation\" of the city.",
        [("Belfastisation", None, None)],
    ),
    (
        "Trade was thin.\n\nHe sells goods and traders said the market was slow.",
        [("the market was slow", "traders", "traders")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODY_BY_PLACE)
def test_a_body_named_by_its_place_speaks(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# A company's place written "City, State-based" at the start of a sentence: the capitalised
# article opens the phrase there as the lower-case one does inside a sentence.
PLACED_COMPANY: list[tuple[str, list[SpeakerRow]]] = [
    (
        "Shares fell 4 percent in early trading.\n\n"
        "The San Jose, California-based company said it would cut 200 jobs.",
        [("it would cut 200 jobs", "San Jose, California-based company", "The San Jose, California-based company")],
    ),
    (
        "Shares fell. The Austin, Texas-based firm said sales dropped by 10 percent.",
        [("sales dropped by 10 percent", "Austin, Texas-based firm", "The Austin, Texas-based firm")],
    ),
    # control: inside the sentence, as before
    (
        "Shares fell 4 percent, and the San Jose, California-based company said it would cut 200 jobs.",
        [("it would cut 200 jobs", "San Jose, California-based company", "the San Jose, California-based company")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACED_COMPANY)
def test_a_placed_company_opening_a_sentence_speaks_whole(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# A list of sources after "according to" that opens a sentence: the sources are the speaker, the
# words start after the list's last comma.
LISTED_SOURCES: list[tuple[str, list[SpeakerRow]]] = [
    (
        "The council met on Monday.\n\n"
        "According to the mayor, a former teacher, and two aides, the plan was drawn up in secret.",
        [
            (
                "the plan was drawn up in secret",
                "the mayor, a former teacher, and two aides",
                "the mayor, a former teacher, and two aides",
            )
        ],
    ),
    # controls: a clause after the first source's comma is the words; one appositive stays a description
    (
        "The council met on Monday.\n\n"
        "According to the mayor, aides and staff left early, and the plan was drawn up in secret.",
        [("aides and staff left early, and the plan was drawn up in secret", "the mayor", "the mayor")],
    ),
    (
        "The council met on Monday.\n\n"
        "According to Ana Ortiz, a former teacher, the plan was drawn up in secret.",
        [("the plan was drawn up in secret", "Ana Ortiz", "Ana Ortiz")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_SOURCES)
def test_a_list_of_sources_is_the_speaker(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# French: "Pour le parquet, ..." gives a view's holder, but an inverted attribution that closes
# the sentence names who said all of it, the holder's phrase included.
FRENCH_VIEW_THEN_ATTRIBUTION: list[tuple[str, list[SpeakerRow]]] = [
    (
        "L'enquête a commencé lundi.\n\nPour le parquet, il s'agit d'un acte prémédité, a dit le maire.",
        [("Pour le parquet, il s'agit d'un acte prémédité", "le maire", "le maire")],
    ),
    (
        "L'enquête a commencé lundi.\n\nPour le parquet, il s'agit d'un acte prémédité, estime Jean Dupont.",
        [("Pour le parquet, il s'agit d'un acte prémédité", "Jean Dupont", "Jean Dupont")],
    ),
    # controls: the view's holder alone, and a name set off after a role
    (
        "L'enquête a commencé lundi.\n\nPour le parquet, il s'agit d'un acte prémédité.",
        [("il s'agit d'un acte prémédité", "le parquet", "le parquet")],
    ),
    (
        "L'enquête a commencé lundi.\n\nPour le procureur, Jean Dupont, il s'agit d'un acte prémédité.",
        [("il s'agit d'un acte prémédité", "Jean Dupont", "Jean Dupont")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRENCH_VIEW_THEN_ATTRIBUTION)
def test_a_closing_attribution_speaks_for_a_french_view(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, "fr") == expected


# A headline's bare role with its of-phrase ends before a time written as a possessive after a
# place preposition (``in Tuesday's briefing``) as it does before ``on Monday``; a place stays.
HEADLINE_ROLES: list[tuple[str, list[SpeakerRow]]] = [
    (
        "'We will not back down,' says head of union in Tuesday's briefing",
        [("We will not back down,", "head of union", "head of union")],
    ),
    (
        "'Prices will rise,' says head of central bank in March's report",
        [("Prices will rise,", "head of central bank", "head of central bank")],
    ),
    # controls: a place after the preposition, and a day without a possessive
    (
        "'We are closing,' says owner of last record shop on Main Street",
        [("We are closing,", "owner of last record shop on Main Street", "owner of last record shop on Main Street")],
    ),
    (
        "'We will not back down,' says head of union on Monday",
        [("We will not back down,", "head of union", "head of union")],
    ),
]


@pytest.mark.parametrize(("headline", "expected"), HEADLINE_ROLES)
def test_a_headline_role_ends_before_a_possessive_time(headline: str, expected: list[SpeakerRow]) -> None:
    text = "The city council met on Tuesday to discuss the budget.\n\nThe vote is due next week."
    assert speaker_rows(text, headline=headline) == expected
