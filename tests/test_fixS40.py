"""Speaker and reading leftovers of stop 40: a reported clause before a closing ``according to
X`` (one quote, the cue's speaker's, X its source), a teller who is not the one told, a person
named in a pronoun's own sentence before a role that opens the paragraph, ... .  Invented
stories; each row is the text and exactly what must come out.

Rows under ``# mutation-killing`` pass on the base too: each names the mutant of this change it
kills."""

from __future__ import annotations

import pytest

from quote_cases import SourcedRow, sourced_rows
from quote_cases import SpeakerRow as Row
from quote_cases import speaker_rows as quotes_of

# a cue's reported clause, then a closing ", according to X.": one quote, the cue's speaker's, its
# words cut at the comma, X the quote's source (as "..., X said, according to Y." already is)
CLAUSE_THEN_SOURCE = [
    ("Dermot Kavanagh said he had never seen the contract, according to court papers filed on Friday.",
     [("he had never seen the contract", "Dermot Kavanagh", "court papers filed on Friday")]),
    ("Ms Okonjo told colleagues that she would not seek a second term, according to two people at the meeting.",
     [("she would not seek a second term", "Okonjo", "two people at the meeting")]),
    ("The harbour master warned skippers the channel would stay shut until March, according to a notice seen by the Gazette.",
     [("the channel would stay shut until March", "The harbour master", "a notice seen by the Gazette")]),
    ("On Thursday, Ruth Penhallow said the ferry would run again by Easter, according to the council's minutes.",
     [("the ferry would run again by Easter", "Ruth Penhallow", "the council's minutes")]),
    ('Tomas Lindqvist said the bid was "dead in the water," according to Swedish radio.',
     [('the bid was "dead in the water,"', "Tomas Lindqvist", "Swedish radio")]),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_THEN_SOURCE)
def test_a_reported_clause_before_a_closing_source_is_its_speakers(text: str, expected: list[SourcedRow]) -> None:
    assert sourced_rows(text) == expected


# mutation-killing: the cue stands in a clause of the sentence's own (a relative clause, a
# participle): X reports the whole sentence, as before.  The first two kill the
# mutant of cut_at_closing_source without its check of the words before the speaker's phrase
# (``lead and not lead.endswith(",")``), the third the mutant of read_sentence that lets a
# participle's clause take X as its source (``None if word in self._participles``)
WHOLE_SENTENCE_SOURCE = [
    ("The mayor did well among voters who believe that the port needs more money, according to exit polls.",
     [("The mayor did well among voters who believe that the port needs more money", "exit polls", None)]),
    ("Fares rose fastest on the island routes, where skippers say that fuel costs have doubled, according to the annual accounts.",
     [("Fares rose fastest on the island routes, where skippers say that fuel costs have doubled", "the annual accounts", None)]),
    ("The harbour board sued the contractor, alleging that the new pier was unsafe, according to the lawsuit.",
     [("The harbour board sued the contractor, alleging that the new pier was unsafe", "the lawsuit", None)]),
]


@pytest.mark.parametrize(("text", "expected"), WHOLE_SENTENCE_SOURCE)
def test_a_cue_inside_the_sentences_own_clause_leaves_the_source_the_whole(text: str, expected: list[SourcedRow]) -> None:
    assert sourced_rows(text) == expected


# no one tells himself: a pronoun that tells a person named right after its cue is not that person
# (left as written when nothing else decides)
TELLER_NOT_TOLD = [
    ("The senator's longtime political adviser, Morwenna Price, was his choice for the seat. But after "
     "Hurst decided to run for governor, he told Price that she should step aside.",
     [("she should step aside", "he", "he")]),
    ("Her deputy, Oonagh Fenwick, ran the office for a decade. Later he told Fenwick the job was no longer hers.",
     [("the job was no longer hers", "he", "he")]),
]


@pytest.mark.parametrize(("text", "expected"), TELLER_NOT_TOLD)
def test_a_pronoun_is_not_the_person_its_cue_tells(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a person named in the pronoun's own sentence, before it, is nearer than the role that opens the
# paragraph: the role is not given the pronoun (left as written when nothing else decides)
NAMED_IN_OWN_SENTENCE = [
    ("The senator's longtime political adviser was his heir apparent for the seat. But after Ruth Kendal "
     "joined the race and Hurst decided to run for governor, he said the adviser should step aside.",
     [("the adviser should step aside", "he", "he")]),
    ("The council's long-serving clerk was his obvious successor. But after Mairead Quinn joined the "
     "ticket and Doyle decided to run for mayor, he said the clerk should retire.",
     [("the clerk should retire", "he", "he")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_IN_OWN_SENTENCE)
def test_a_role_opening_the_paragraph_yields_to_a_person_named_nearer(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# "it" is never a person: a noun for one person in lower case is no thing it may refer to
IT_NO_PERSON = [
    ("The witness said the pump had been switched off. Nobody from the firm could be reached. "
     "The inquiry listed three other faults. It said managers had hidden the logs.",
     [("the pump had been switched off", "The witness", "The witness"), ("managers had hidden the logs", "It", "It")]),
    ("The landlord said the boiler had been serviced in May. It said tenants had been warned twice.",
     [("the boiler had been serviced in May", "The landlord", "The landlord"), ("tenants had been warned twice", "It", "It")]),
]


@pytest.mark.parametrize(("text", "expected"), IT_NO_PERSON)
def test_it_never_refers_to_a_noun_for_one_person(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a verb with the one it tells, warns or promises before the reported clause: the clause alone
OBJECT_BEFORE_CLAUSE = [
    # (a bare subject of three words before the modal: the noun for people before it is the one promised)
    ("The council leader promised tenants new heat pumps would be fitted by winter.",
     [("new heat pumps would be fitted by winter", "The council leader", "The council leader")]),
    # (the one promised, then "that": the clause after it)
    ("The mayor promised Ines Calloway that the library would stay open.",
     [("the library would stay open", "The mayor", "The mayor")]),
    ("The minister promised farmers that the ferry subsidy would continue.",
     [("the ferry subsidy would continue", "The minister", "The minister")]),
    ("Ms Adeyemi promised him that the post would be kept for a year.",
     [("the post would be kept for a year", "Adeyemi", "Ms Adeyemi")]),
    # (a bare body noun, then a plural noun of things and a verb after "warned": one subject)
    ("The union warned staff cuts would follow the merger.",
     [("staff cuts would follow the merger", "The union", "The union")]),
    ("The chief constable warned staff shortages could close two stations.",
     [("staff shortages could close two stations", "The chief constable", "The chief constable")]),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_BEFORE_CLAUSE)
def test_the_one_told_stays_out_of_the_clause(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# mutation-killing: after "told" the bare body noun is the one told (``word not in self._uninverted``
# dropped from the object_modifies_subject test gives "staff wages would rise"); after a
# possessive form, no longer subject (MAX_CLAUSE_COMPLEMENT for ``owner`` in promised_object
# replaced by MAX_PROMISED_SUBJECT_WORDS gives "entire harbour plan would ...")
OBJECT_KEPT = [
    ("The owner told staff wages would rise in April.",
     [("wages would rise in April", "The owner", "The owner")]),
    ("The mayor promised her entire harbour plan would be paid for by the port.",
     [("her entire harbour plan would be paid for by the port", "The mayor", "The mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_KEPT)
def test_the_one_told_and_an_owner_keep_their_reading(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# an opening phrase without a comma, then a body's name ending in an organisation word: the body speaks
OPENING_PHRASE_BODY = [
    ("As part of the settlement Carrick Holdings said it would repay the fees.",
     [("it would repay the fees", "Carrick Holdings", "Carrick Holdings")]),
    ("Under the agreement Northway Group said it would keep both depots open.",
     [("it would keep both depots open", "Northway Group", "Northway Group")]),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_PHRASE_BODY)
def test_an_opening_phrase_is_no_part_of_a_body_that_follows(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a nickname of two words opened by an article, set off inside a name whose given name no list
# holds: the name is the person's (no nickname in it)
NICKNAMES = [
    ("Fearghas 'The Hammer' Munro won his bout in Glasgow on Friday night.\n\n"
     '"It was the hardest fight of my life," Munro said.',
     [("It was the hardest fight of my life,", "Fearghas Munro", "Munro")]),
    ('Tamsin "The Rocket" Okafor set a course record in Leeds on Sunday.\n\n'
     '"I felt strong all the way round," Okafor said.',
     [("I felt strong all the way round,", "Tamsin Okafor", "Okafor")]),
]


@pytest.mark.parametrize(("text", "expected"), NICKNAMES)
def test_a_nickname_with_an_article_is_no_part_of_the_name(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a titled surname two people of the title's gender share, both last named in one sentence: no one
# sure, as written
SHARED_SURNAMES = [
    ("The brothers Callum Reid and Euan Reid rowed the Minch in June.\n\n"
     "Mr Reid said the tide turned early on the second day.",
     [("the tide turned early on the second day", "Mr Reid", "Mr Reid")]),
    ("Amina Ali and Sara Ali ran the stall together for ten years.\n\n"
     "Ms Ali said trade had doubled since the bridge opened.",
     [("trade had doubled since the bridge opened", "Ms Ali", "Ms Ali")]),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_SURNAMES)
def test_a_surname_two_people_share_stays_as_written(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a later turn of a transcript under a label that already gave speech is speech too, though it has
# no word of speech and follows a question
LATER_TURNS = [
    ("Helen Pritchard has run the harbour trust since 2019. She spoke to Sam Mills.\n\n"
     "MILLS: Why did the pier close?\n\nPRITCHARD: The piles were rotten and nobody had checked them.\n\n"
     "MILLS: Who should have checked them?\n\nPRITCHARD: The county engineers, every five years.",
     [("Why did the pier close?", "Sam Mills", "MILLS"),
      ("The piles were rotten and nobody had checked them.", "Helen Pritchard", "PRITCHARD"),
      ("Who should have checked them?", "Sam Mills", "MILLS"),
      ("The county engineers, every five years.", "Helen Pritchard", "PRITCHARD")]),
    ("We asked the harbour master, Ruth Penhallow, about the winter.\n\n"
     "Q: How bad was the storm?\n\nPenhallow: The worst I have seen in thirty years.\n\n"
     "Q: When will the slipway be fixed?\n\nPenhallow: Not before April.",
     [("The worst I have seen in thirty years.", "Ruth Penhallow", "Penhallow"),
      ("Not before April.", "Ruth Penhallow", "Penhallow")]),
]


@pytest.mark.parametrize(("text", "expected"), LATER_TURNS)
def test_a_later_turn_of_a_speaker_is_speech(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
