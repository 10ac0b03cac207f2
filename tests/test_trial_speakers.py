"""A demanding new user's trial of the quote engine: shapes that gave a wrong speaker or none
where a person plainly spoke.  Invented stories; each case is the text after a plain headline and
the exact ``(text, kind, speaker name)`` triples that must come out, in order."""

from __future__ import annotations

from functools import partial

import pytest

import newsparse
from newsparse import QuoteKind
from quote_cases import kind_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED


quotes_of = partial(kind_rows, headline="Valley sport")


# a person named by an age ("the 34-year-old") speaks, and a subject never runs past its verb
AGES = [
    ("The 34-year-old said the win was “the best night of my career.”",
     [("the win was “the best night of my career.”", M, "The 34-year-old")]),
    ("The 34-year-old said the win was the best night of her career.",
     [("the win was the best night of her career", R, "The 34-year-old")]),
    ("“I only wanted to finish,” said the six-year-old, clutching her medal.",
     [("I only wanted to finish,", D, "the six-year-old")]),
    ("“We were lucky today,” the 29-year-old admitted.",
     [("We were lucky today,", D, "the 29-year-old")]),
]


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_a_person_named_by_an_age_speaks(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# a participle after an attribution in the clause before it ("..., Smith said, calling it"):
# the one who spoke does what the participle says, not the sentence's first subject (and, since
# trial36, the clause before the attribution is that speaker's reported words too)
CALLING = [
    ("The new timetable is popular, Dana Pike said, calling it “a long overdue change.”",
     [("The new timetable is popular", R, "Dana Pike"), ("a long overdue change.", D, "Dana Pike")]),
    ("The new timetable is popular, the mayor told reporters, calling it “a long overdue change.”",
     [("The new timetable is popular", R, "the mayor"), ("a long overdue change.", D, "the mayor")]),
    ("The new timetable is popular, said Dana Pike, calling it “a long overdue change.”",
     [("The new timetable is popular", R, "Dana Pike"), ("a long overdue change.", D, "Dana Pike")]),
    # no attribution in that clause: the subject still does
    ("Dana Pike attacked the new timetable, calling it “a mess.”",
     [("a mess.", D, "Dana Pike")]),
]


@pytest.mark.parametrize(("text", "expected"), CALLING)
def test_a_participle_after_an_attribution_is_the_speakers(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected


# "she" after a paragraph that opens with one person described by a noun: that person, not the
# speaker of an earlier paragraph; not a group, a document or a word ending like a person's
EARLIER = "Judge Mary Holt jailed Rafe Dunn for six years. “You betrayed your tenants,” Judge Holt said.\n\n"
PRONOUNS = [
    (EARLIER + "The defendant’s mother cried as the sentence was read. “He is a good boy,” she said outside court.",
     [("You betrayed your tenants,", D, "Mary Holt"), ("He is a good boy,", D, "The defendant’s mother")]),
    (EARLIER + "The 70-year-old shouted at the bench. “He is a good boy,” she said.",
     [("You betrayed your tenants,", D, "Mary Holt"), ("He is a good boy,", D, "The 70-year-old")]),
    (EARLIER + "The crowd jeered outside. “Justice was done today,” she said.",
     [("You betrayed your tenants,", D, "Mary Holt"), ("Justice was done today,", D, "Mary Holt")]),
    (EARLIER + "The report was published on Monday. “It is a fair report,” she said.",
     [("You betrayed your tenants,", D, "Mary Holt"), ("It is a fair report,", D, "Mary Holt")]),
    (EARLIER + "The center opened in May. “It is a fine building,” she said.",
     [("You betrayed your tenants,", D, "Mary Holt"), ("It is a fine building,", D, "Mary Holt")]),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_a_pronoun_refers_to_the_person_who_opens_the_paragraph(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected


# a pronoun after a speaker described by a noun in an earlier paragraph, with no one named
# since: that speaker, not a person named before it; a bare first name the article never gave
# in full leaves the pronoun as written, unless set off after a noun of its gender (fixQ57a)
OBITUARY = "Tom Reddy died at home on Friday. He was 80.\n\n"
LAST_SPEAKER = [
    (OBITUARY + "His daughter said he “lived for the sea.”\n\n“Dad never missed a tide,” she said.",
     [("he “lived for the sea.”", M, "His daughter"), ("Dad never missed a tide,", D, "His daughter")]),
    # (a bare first name set off after a noun of the pronoun's gender is that pronoun's referent: fixQ57a)
    (OBITUARY + "His daughter, Sue, said he “lived for the sea.”\n\n“Dad never missed a tide,” she said.",
     [("he “lived for the sea.”", M, "Sue"), ("Dad never missed a tide,", D, "Sue")]),
    # a group spoke last: "he" is the man named before it
    (OBITUARY + "Neighbours said the quay was “never the same without him.”\n\n“He fixed every boat here,” he said.",
     [("the quay was “never the same without him.”", M, "Neighbours"), ("He fixed every boat here,", D, "Tom Reddy")]),
]


@pytest.mark.parametrize(("text", "expected"), LAST_SPEAKER)
def test_a_pronoun_after_an_unnamed_speaker(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# a question that opens the sentence ("Asked whether ...,") is no one's words but the asker's,
# even when the verb after it is a speech verb
QUESTIONS = [
    ("Asked whether he would resign, Pike laughed.", [("whether he would resign", R, None)]),
    ("Asked whether he would resign, Pike said no.", [("whether he would resign", R, None)]),
]


@pytest.mark.parametrize(("text", "expected"), QUESTIONS)
def test_an_opening_question_is_not_the_answers_words(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected


# a participle after the object of a verb in the past: the subject before the verb speaks, and
# the verb and its object are no part of the speaker's name
OBJECTS = [
    ("The protesters carried banners saying “No more cuts.”",
     [("No more cuts.", D, "The protesters")]),
    ("The protesters carried banners saying, “No more cuts at the harbour.”",
     [("No more cuts at the harbour.", D, "The protesters")]),
    # a participle after an adverb belongs to the noun
    ("The newly elected mayor was heard saying “we did it.”",
     [("we did it.", D, "The newly elected mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), OBJECTS)
def test_a_participle_after_an_object_is_the_subjects(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected


# a quotation in a sentence with no attributing verb: a name or he/she as the subject speaks,
# "It" (or "They") does not
NO_VERB = [
    ("It was, in the words of one fan, “the greatest night in our history.”",
     [("the greatest night in our history.", D, None)]),
    ("They were “totally outclassed by a better side” on the night.",
     [("totally outclassed by a better side", D, None)]),
    ("Calder credited the ground staff with “a small miracle.”",
     [("a small miracle.", D, "Calder")]),
]


@pytest.mark.parametrize(("text", "expected"), NO_VERB)
def test_it_is_no_speaker_without_a_verb(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# a straight mark after a comma or a sentence's end and before a space closes a quotation left
# open in an earlier paragraph: the words after it are no quotation (they were "said Erik Dahl.")
CLOSERS = [
    # (the second paragraph reads as reported words of the name after them, its mark left in)
    ("“The ferry will run all winter, whatever the weather does.\n\nAnd whatever the council says,\" said Erik Dahl.",
     [("The ferry will run all winter, whatever the weather does.", D, None),
      ("And whatever the council says,\"", R, "Erik Dahl")]),
    # (a sentence a paste broke across the blank line is one paragraph since fixL62: the quotation whole)
    ("“The ferry will run all winter, whatever the weather does\n\nand whatever the council says,\" said Erik Dahl.",
     [("The ferry will run all winter, whatever the weather does and whatever the council says,", D, "Erik Dahl")]),
    ("He said,\"Go home now.\" Then he left the harbour.",
     [("Go home now.", D, "He")]),
    ("“Yes,” he said. \"No, not this year,\" she said.",
     [("Yes,", D, "he"), ("No, not this year,", D, "she")]),
]


@pytest.mark.parametrize(("text", "expected"), CLOSERS)
def test_a_closing_mark_opens_nothing(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# a speech verb in a relative clause set off by commas: its words end where the clause does,
# before the sentence's own verb
RELATIVES = [
    ("The board member, who asked the chair to wait, said the deal was “dead.”",
     [("the chair to wait", R, "The board member"), ("the deal was “dead.”", M, "The board member")]),
    # "asked not to be named" is the condition the member spoke on, no speech of its own
    ("The board member, who asked not to be named, said the deal was “dead.”",
     [("the deal was “dead.”", M, "The board member")]),
    ("Ortiz, who said the harbour plan was a disaster, voted against it.",
     [("the harbour plan was a disaster", R, "Ortiz")]),
    # a comma inside the clause, with no verb after it, does not end it
    ("Ortiz, who said the plan, in its current form, was a disaster, voted against it.",
     [("the plan, in its current form, was a disaster", R, "Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVES)
def test_a_relative_clause_ends_its_words(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# "she" after a paragraph that opens with a person described in a way no rule reads as its
# subject (an owner's name, an irregular verb): nobody sure, rather than an earlier speaker
COUNCIL = "Derek Hale admitted fraud.\n\nThe council leader, Joan Pike, called the sentence “just.”\n\n"
DESCRIBED = [
    (COUNCIL + "Hale’s wife, who sat in the gallery, wept as he was led away. “He is not a bad man,” she told reporters.",
     [("just.", D, "Joan Pike"), ("He is not a bad man,", D, "she")]),
    (COUNCIL + "The wife of Hale wept as he was led away. “He is not a bad man,” she told reporters.",
     [("just.", D, "Joan Pike"), ("He is not a bad man,", D, "she")]),
    # no person there: the earlier speaker
    (COUNCIL + "The sentence was the longest the court had given. “It is fair,” she told reporters.",
     [("just.", D, "Joan Pike"), ("It is fair,", D, "Joan Pike")]),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED)
def test_a_pronoun_after_a_described_person_is_left_unresolved(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected


def german_quotes_of(text: str) -> list[tuple[str, QuoteKind, str | None]]:
    article = newsparse.ArticleParser(language="de").parse(f"Hafen\n\n{text}")
    return [(q.text, q.kind, q.speaker.name if q.speaker else None) for q in article.quotes]


# German web copy closes „ with a straight or an English mark as well as with “
GERMAN = [
    ("„Wir sind sehr zufrieden mit dem Team\", sagte der Trainer.",
     [("Wir sind sehr zufrieden mit dem Team", D, "der Trainer")]),
    ("„Wir sind sehr zufrieden mit dem Team”, sagte der Trainer.",
     [("Wir sind sehr zufrieden mit dem Team", D, "der Trainer")]),
    ("„Wir sind sehr zufrieden mit dem Team“, sagte der Trainer.",
     [("Wir sind sehr zufrieden mit dem Team", D, "der Trainer")]),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN)
def test_german_marks_closed_in_web_copy(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert german_quotes_of(text) == expected


# a capital letter before a hyphen makes no name: a T-shirt is a thing, its wearer's noun not
LETTERS = [
    ("She wore a T-shirt that said “Vote Yes on the harbour.”",
     [("Vote Yes on the harbour.", D, None)]),
    ("A T-shirt seller said the shirts were “selling fast.”",
     [("the shirts were “selling fast.”", M, "A T-shirt seller")]),
]


@pytest.mark.parametrize(("text", "expected"), LETTERS)
def test_a_letter_compound_is_no_name(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# a lone quotation after a sentence that names a second person after its subject: either may
# speak, so nobody does; with no one else named, the subject still speaks
TWO_PEOPLE = [
    ("Ana Ortiz met Ben Lee at the harbour office. “We need a deal on the ferry by Friday at the latest.”",
     [("We need a deal on the ferry by Friday at the latest.", D, None)]),
    ("Ana Ortiz turned to the crowd at the harbour office. “We need a deal on the ferry by Friday at the latest.”",
     [("We need a deal on the ferry by Friday at the latest.", D, "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), TWO_PEOPLE)
def test_a_lone_quotation_after_two_people(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# he/she never goes to a person the article describes for the other pronoun (Mrs., Councilwoman,
# a wife) or called by it before; it is left as written; the same pronoun still resolves
GENDER = [
    # (fixW: the one described for the pronoun when the other is described for the other one, first named or not)
    ("Mrs. Alma Cruz and Mr. Ben Cruz watched from the stands. “She played beautifully,” he said.",
     [("She played beautifully,", D, "Ben Cruz")]),
    ("Councilwoman Janet Ruiz and Councilman Pete Harlow clashed. “It is a safety issue,” he said.",
     [("It is a safety issue,", D, "Pete Harlow")]),
    ("Councilwoman Janet Ruiz and Councilman Pete Harlow clashed. “It is a safety issue,” she said.",
     [("It is a safety issue,", D, "Janet Ruiz")]),
    ("Manager Kelly Grant praised her side. “They showed real character,” she said.\n\n"
     "The goalkeeper was at fault for the first goal. “I was out of position,” he said.",
     # (not Kelly Grant: the paragraph's subject, a person noun, as for "The defendant's mother")
     [("They showed real character,", D, "Kelly Grant"), ("I was out of position,", D, "The goalkeeper")]),
    ("Manager Kelly Grant praised her side. “They showed real character,” she said.\n\n"
     "Grant smiled at the next question. “He was fine,” she said.",
     [("They showed real character,", D, "Kelly Grant"), ("He was fine,", D, "Kelly Grant")]),
    # described for both: no gender is read, the pronoun resolves as before
    ("Lord Mayor Anna Voss, the widow of a miner, opened the hall. “It is a proud day,” she said.",
     [("It is a proud day,", D, "Anna Voss")]),
]


@pytest.mark.parametrize(("text", "expected"), GENDER)
def test_a_pronoun_never_goes_to_a_person_of_the_other_gender(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected


# the subject of a passive question or order is the one asked or told, also with adverbs between
# the auxiliary and the verb; the active verb with an adverb still has its subject speak
PASSIVE = [
    ("Grant was then asked about the referee.", [("about the referee", R, None)]),
    ("Ana Ortiz was once asked how the war would end.", [("how the war would end", R, None)]),
    ("Ana Ortiz was asked how the war would end.", [("how the war would end", R, None)]),
    ("Ana Ortiz has also asked whether the club would pay.", [("whether the club would pay", R, "Ana Ortiz")]),
    ("Ana Ortiz then asked whether the club would pay.", [("whether the club would pay", R, "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE)
def test_a_passive_subject_with_adverbs_is_no_speaker(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected


# capitalised words before a role and a name (a team, a company) are not the sentence's subject
# that he/she refers to; the name after the role is
MODIFIERS = [
    ("Hollow Town manager Chris Bell was furious. “That was never a penalty,” he said.",
     [("That was never a penalty,", D, "Chris Bell")]),
    ("Castle Rovers coach Amy Dale was upbeat. “We will grow,” she said.",
     [("We will grow,", D, "Amy Dale")]),
    ("Chris Bell was furious. “That was never a penalty,” he said.",
     [("That was never a penalty,", D, "Chris Bell")]),
]


@pytest.mark.parametrize(("text", "expected"), MODIFIERS)
def test_words_before_a_role_and_a_name_are_no_subject(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected


# one capitalised word at a sentence's start before a colon is a label unless the article named
# someone by it; a source after a dash and a surname still speak
LABELS = [
    ("Update: “The road has reopened.”", [("The road has reopened.", D, None)]),
    ("Note: “All times are local.”", [("All times are local.", D, None)]),
    ("Review: “Midnight Harbor” is a triumph.", []),
    ("Chris Bell spoke first.\n\nBell: “We are ready.”", [("We are ready.", D, "Chris Bell")]),
    ("Polls erred again - Pollster: “We were wrong.”", [("We were wrong.", D, "Pollster")]),
    ("Dana Pike: “We are delighted.”", [("We are delighted.", D, "Dana Pike")]),
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_a_word_alone_before_a_colon_is_a_label(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# he/she after two different people who open sentences of the paragraph: no sure referent; a
# place inside the first one's appositive is no second person
TWO_SUBJECTS = [
    ("Robin Mills spoke first at the meeting. Then Sam Grant stood up. “I object,” he said.",
     [("I object,", D, "he")]),
    # (given names of one sex each, GIVEN_NAMES: the man)
    ("Sarah Mills spoke first at the meeting. Then Paul Grant stood up. “I object,” he said.",
     [("I object,", D, "Paul Grant")]),
    ("Sarah Mills spoke first at the meeting. Mills then sat down. “I object,” she said.",
     [("I object,", D, "Sarah Mills")]),
    ("Ana Ortiz, a Boca Raton lawyer, spoke first. The plan, she said, is “a mess.”",
     [("The plan, she said, is “a mess.”", M, "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), TWO_SUBJECTS)
def test_a_pronoun_after_two_subjects_is_left_as_written(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected


# a participle clause alone before a closing attribution is what the subject did, not what was
# said; a clause after it still is
PARTICIPLE_CLAUSES = [
    ("Asked about critics, Paulo Mendes laughed.", []),
    ("Pressed on the issue, he laughed.", []),
    ("Based on the data, the economy will grow, Ana Ortiz said.",
     [("Based on the data, the economy will grow", R, "Ana Ortiz")]),
    ("Prices rose sharply in May, Ana Ortiz said.", [("Prices rose sharply in May", R, "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_CLAUSES)
def test_a_participle_clause_alone_is_no_reported_speech(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected


def british_quotes_of(text: str) -> list[tuple[str, QuoteKind, str | None]]:
    article = newsparse.ArticleParser(language="en-GB").parse(f"Pub news\n\n{text}")
    return [(q.text, q.kind, q.speaker.name if q.speaker else None) for q in article.quotes]


# where ' and ’ are quotation marks (British English), one between two letters is an apostrophe:
# a possessive speaker still speaks; a piece of a quotation still does not
APOSTROPHES = [
    ("The pub's landlord said it was awful.", [("it was awful", R, "The pub's landlord")]),
    ("Ana Ortiz’s lawyer said it was ‘awful’.", [("it was ‘awful’", M, "Ana Ortiz’s lawyer")]),
    ("The landlord said he’d ‘never seen anything like it’.",
     [("he’d ‘never seen anything like it’", M, "The landlord")]),
    ("The club's “excesses said it was bad.", []),
]


@pytest.mark.parametrize(("text", "expected"), APOSTROPHES)
def test_an_apostrophe_is_no_quotation_mark(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert british_quotes_of(text) == expected


# a name after a place preposition before the cue is that preposition's object, never the speaker:
# the noun before it speaks (a place or a firm is not a person standing for the phrase)
PLACE_OBJECTS = [
    ("A plumber from Leeds said he was “very sorry.”",
     [("he was “very sorry.”", M, "A plumber from Leeds")]),
    ("Officials in Beijing said the talks were “useful.”",
     [("the talks were “useful.”", M, "Officials in Beijing")]),
    ("A lawyer from Smith & Cole said the ruling was “a travesty.”",
     [("the ruling was “a travesty.”", M, "A lawyer from Smith & Cole")]),
    ("The victim’s mother, a teacher in Bristol told the court: “He was my whole life.”",
     [("He was my whole life.", D, "a teacher in Bristol")]),
    # the person's own name before the place still speaks; a relative pronoun's antecedent too
    ("Ana Ortiz from Leeds said the plan was “on track.”",
     [("the plan was “on track.”", M, "Ana Ortiz")]),
    ("The deal came with help from Labour Secretary Tom Ruiz, who said he expects a vote soon.",
     [("he expects a vote soon", R, "Tom Ruiz")]),
    # an adverb, a time word or a participle before the preposition is no speaker: the name speaks
    ("Earlier on Monday Tom Berg said the plan would “fail.”", [("the plan would “fail.”", M, "Tom Berg")]),
    ("Late on Friday Ana Ortiz said the plan would “fail.”", [("the plan would “fail.”", M, "Ana Ortiz")]),
    ("Talking on Monday Ana Ortiz said the plan would “fail.”", [("the plan would “fail.”", M, "Ana Ortiz")]),
    ("Later at the hearing Tom Berg said the plan would “fail.”", [("the plan would “fail.”", M, "Tom Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_OBJECTS)
def test_a_name_after_a_place_preposition_is_no_speaker(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected


# the passive of a verb that takes the person spoken to: its subject heard the words, never said them
PASSIVE_HEARERS = [
    ("“We are ready,” reporters were told.", [("We are ready,", D, None)]),
    ("“Stay home,” residents have been told.", [("Stay home,", D, None)]),
    ("Reporters were told: “We are ready.”", [("We are ready.", D, None)]),
    ("She was asked: “Will you run?”", [("Will you run?", D, None)]),
    # the active still speaks
    ("“Stay home,” she told residents.", [("Stay home,", D, "she")]),
    ("Ana Ortiz told reporters: “We are ready.”", [("We are ready.", D, "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_HEARERS)
def test_the_subject_of_a_passive_cue_heard_the_words(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected


# a pronoun never refers to a last speaker whose noun is for the other gender (a kin word, a role)
KIN_SPEAKERS = [
    ("Her brother said: “She was fearless.” She said the family was “heartbroken.”",
     [("She was fearless.", D, "Her brother"), ("the family was “heartbroken.”", M, "She")]),
    ("The victim’s mother said: “He was my world.” He said the sentence was “too short.”",
     [("He was my world.", D, "The victim’s mother"), ("the sentence was “too short.”", M, "He")]),
    # the same gender still refers to that speaker
    ("Her brother said: “She was fearless.” He said the family was “heartbroken.”",
     [("She was fearless.", D, "Her brother"), ("the family was “heartbroken.”", M, "Her brother")]),
]


@pytest.mark.parametrize(("text", "expected"), KIN_SPEAKERS)
def test_a_pronoun_skips_a_speaker_of_the_other_gender(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected


# a quotation that ends its sentence is not carried into the next one by an attribution that
# opens that next one with a colon
COLON_AFTER = [
    ("Clara said he was “kind.” His son said: “Dad loved the sea.”",
     [("he was “kind.”", M, "Clara"), ("Dad loved the sea.", D, "His son")]),
    ("Clara said he was “kind.” Tom Hill said: It was over.", [("he was “kind.”", M, "Clara")]),
    # an attribution that closes the quotation's sentence still does
    ("“Why now?” Tom Hill asked.", [("Why now?", D, "Tom Hill")]),
]


@pytest.mark.parametrize(("text", "expected"), COLON_AFTER)
def test_an_attribution_with_a_colon_opens_the_next_sentence(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected


# a time alone before a colon is a label over the quotation, like the words of LABEL_WORDS
TIME_LABELS = [
    ("Tonight: “Clear skies over the whole valley.”", [("Clear skies over the whole valley.", D, None)]),
    ("Yesterday: “We won the cup.”", [("We won the cup.", D, None)]),
    ("Monday: “The office is open again.”", [("The office is open again.", D, None)]),
    # a surname the article gave in full still speaks
    ("Ana Ortiz spoke first.\n\nOrtiz: “I am staying.”", [("I am staying.", D, "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), TIME_LABELS)
def test_a_time_alone_before_a_colon_is_a_label(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected
