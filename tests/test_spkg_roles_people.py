"""Issue 5 (spkG): roles resolved to the person who holds that very role, and the people index
free of false people (a sentence's opening word, an organisation, a page's debris).  Invented
stories; each row is the text after a plain headline and the exact ``(text, speaker name,
mention)`` triples that must come out, in order, or the exact people an index holds."""

from __future__ import annotations

import pytest

from newsparse import Vocabulary
from newsparse.names import NameModel
from newsparse.people import PersonIndex
from quote_cases import speaker_rows as quotes_of

Row = tuple[str, "str | None", "str | None"]
VOCABULARY = Vocabulary()


def people_of(text: str, index: type[PersonIndex] = PersonIndex) -> list[str]:
    return [person.name for person in index.build(VOCABULARY, [(text, 0)]).people]


# a qualifier (shadow, like former or vice) makes another role: the shadow chancellor is no
# referent for "the chancellor", but is for "the shadow chancellor"
QUALIFIED_ROLES = [
    # bad shape: only the shadow chancellor is named; "the chancellor" is someone else
    ("The shadow chancellor, Rachel Moss, attacked the plan on Monday.\n\n"
     '"We will not change course," the chancellor said.',
     [("We will not change course,", "the chancellor", "the chancellor")]),
    # good shape: the mention carries the qualifier too
    ("The shadow chancellor, Rachel Moss, attacked the plan on Monday.\n\n"
     '"This budget will fail," the shadow chancellor said.',
     [("This budget will fail,", "Rachel Moss", "the shadow chancellor")]),
    # near miss: the chancellor named as well is the one meant
    ("The shadow chancellor, Rachel Moss, attacked the plan. The chancellor, Tom Hale, defended it.\n\n"
     '"We will not change course," the chancellor said.',
     [("We will not change course,", "Tom Hale", "the chancellor")]),
    # another title, written before the name: a shadow foreign secretary is not the foreign secretary
    ("Shadow Foreign Secretary Ana Ortiz visited the border on Tuesday.\n\n"
     '"The talks have stalled," the foreign secretary said.',
     [("The talks have stalled,", "the foreign secretary", "the foreign secretary")]),
]


@pytest.mark.parametrize(("text", "expected"), QUALIFIED_ROLES)
def test_a_qualified_role_is_another_role(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a word that opens a sentence before a name is no part of it: a preposition, a determiner, an
# auxiliary or an adverb; a name that reads like one of them by its ending stays a name
SENTENCE_OPENERS = [
    ("Eventually Tom Berg agreed to meet the union.", ["Tom Berg"]),
    ("Interestingly Ana Ortiz voted against the plan.", ["Ana Ortiz"]),
    ("Unlike Patriot, the new mine pays its miners weekly.", []),
    ("Among Republicans the plan is popular.", []),
    ("Neither Claire Dumont nor her deputy came.", ["Claire Dumont"]),
    ("Does Iowa really want the plant?", []),
    ("Follow Jane Roe on social media.", ["Jane Roe"]),
    # names that end like adverbs, or share a word with one, stay names
    ("Sally McNally agreed to meet the union.", ["Sally McNally"]),
    ("Kimberly Ortiz agreed to meet the union.", ["Kimberly Ortiz"]),
    ("Bill Clinton agreed to meet the union.", ["Bill Clinton"]),
    ("Will Hurd agreed to meet the union.", ["Will Hurd"]),
    # a surname shaped like an adverb after a given name is a surname; the adverb opening a
    # sentence, or after a sentence's end or a comma, is not
    ("John Connally agreed to meet the union.", ["John Connally"]),
    ("The plan was backed by Ana Nunnally and the union.", ["Ana Nunnally"]),
    ("Tom Berg left. Eventually Ana Ortiz agreed to meet the union.", ["Tom Berg", "Ana Ortiz"]),
    ("Tom Berg. Eventually the union met.", ["Tom Berg"]),
    ("Tom Berg, Reportedly the owner, met the union.", ["Tom Berg"]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_OPENERS)
def test_a_sentence_opener_is_no_name_word(text: str, expected: list[str]) -> None:
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Eventually", True), ("Reportedly", True), ("Finally", True), ("Notably", True), ("Possibly", True),
     ("Sally", False), ("McNally", False), ("Kimberly", False), ("Beverly", False), ("EVENTUALLY", False)],
)
def test_is_adverb_by_its_ending(word: str, expected: bool) -> None:
    assert VOCABULARY.is_adverb(word) is expected


def test_a_speaker_after_a_sentence_opener_is_the_person() -> None:
    text = ('Unlike Patriot Coal, the new owner kept the pensions. Eventually Tom Berg, the owner, met the miners.\n\n'
            '"We keep our word," Berg said.')
    assert quotes_of(text) == [("We keep our word,", "Tom Berg", "Berg")]


def test_the_runs_read_the_name_models_particles() -> None:
    class DutchNames(NameModel):
        PARTICLES = (*NameModel.PARTICLES, "ter")

    class DutchIndex(PersonIndex):
        NAME_MODEL = DutchNames

    text = "Officials met Anna ter Horst on Monday."
    assert people_of(text) == []
    assert people_of(text, DutchIndex) == ["Anna ter Horst"]
    # the default particles still join a name
    assert people_of("Officials met Ana van Rijn on Monday.") == ["Ana van Rijn"]


# a body named by a group noun is an organisation, never a person, and a later "the caucus"
# finds it; a page's buttons name nobody
BODIES = [
    ("The Congressional Black Caucus met on Monday.", [], ["Congressional Black Caucus"]),
    ("The Federal Reserve raised rates. Janet Yellen spoke.", ["Janet Yellen"], ["Federal Reserve"]),
    ("The Northern Farmers Coalition sued the state.", [], ["Northern Farmers Coalition"]),
    ("The Lakeside Chamber of Commerce backed Ana Ortiz.", ["Ana Ortiz"], ["Lakeside Chamber of Commerce"]),
    ("Copy Link Copied", [], []),
    # near miss: a person's name beside a body stays a person
    ("Caucus chair Ana Ortiz opened the session.", ["Ana Ortiz"], []),
]


@pytest.mark.parametrize(("text", "people", "bodies"), BODIES)
def test_a_body_by_its_group_noun_is_no_person(text: str, people: list[str], bodies: list[str]) -> None:
    index = PersonIndex.build(VOCABULARY, [(text, 0)])
    assert [person.name for person in index.people] == people
    found = [index.by_organisation(head, len(text)) for head in ("caucus", "reserve", "coalition", "chamber")]
    assert [body for body in found if body is not None] == bodies


def test_the_caucus_said_is_the_caucus_named_before() -> None:
    text = ("The Congressional Black Caucus met with Ana Ortiz on Monday.\n\n"
            "The caucus said the bill would hurt rural voters.")
    assert quotes_of(text) == [("the bill would hurt rural voters", "Congressional Black Caucus", "The caucus")]


# "the president" is the article's own president, not one of another body (a bank, a union),
# when the text gives the title to someone with no body before it; with no such other holder,
# the body's holder is the one meant
OTHER_BODIES = [
    # bad shape: the bank's president is named last, the country's president earlier by title
    ("President Ana Ortiz toured the port on Monday. Later she played golf with World Bank President Tom Berg.\n\n"
     '"The deal is done," the president said.',
     [("The deal is done,", "the president", "the president")]),
    # another title and a country before it: the prime minister is not the bank's governor
    ("Prime Minister Ana Ortiz opened the bridge. Central Bank Governor Tom Berg spoke after her.\n\n"
     '"Rates will stay low," the governor said.',
     [("Rates will stay low,", "Tom Berg", "the governor")]),
    ("French President Ana Ortiz arrived first. She later met World Bank President Tom Berg.\n\n"
     '"The deal is done," the president said.',
     [("The deal is done,", "the president", "the president")]),
    ("President Ana Ortiz arrived in the morning. She later met Tom Berg, the president of the union.\n\n"
     '"We need more money," the president said.',
     [("We need more money,", "the president", "the president")]),
    # good shape: only the body's president is named
    ('World Bank President Tom Berg toured the port on Monday.\n\n"The deal is done," the president said.',
     [("The deal is done,", "Tom Berg", "the president")]),
    ('Tom Berg, the president of the union, met the mayor.\n\n"We need more money," the president said.',
     [("We need more money,", "Tom Berg", "the president")]),
    # near miss: the title given to the same person again is no other holder
    ("District Judge Tom Berg ruled on Monday. Judge Berg's ruling surprised the lawyers.\n\n"
     '"The case is closed," the judge said.',
     [("The case is closed,", "Tom Berg", "the judge")]),
    # a role's owner: the company's chief executive is the chief executive named with it
    ('Acme Corp chief executive Jane Roe announced the deal. Shares rose.\n\n"This is a big day," the company\'s chief executive said.',
     [("This is a big day,", "Jane Roe", "the company's chief executive")]),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_BODIES)
def test_the_role_of_another_body(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a role set off by commas before a name and opened by its owner's possessive (a country, a
# company, a person) describes the name, as one opened by an article does
OWNED_ROLES = [
    # bad shape before: the role stayed as written
    ("Britain's foreign secretary, David Lammy, arrived in Kyiv on Monday.\n\n"
     '"We stand with Ukraine," the foreign secretary said.',
     [("We stand with Ukraine,", "David Lammy", "the foreign secretary")]),
    # the owner is a country: the country's adjective in the mention finds the person too
    ("Britain's foreign secretary, David Lammy, arrived in Kyiv on Monday.\n\n"
     '"We stand with Ukraine," the British foreign secretary said.',
     [("We stand with Ukraine,", "David Lammy", "the British foreign secretary")]),
    # another title, another owner: a company, then a person
    ("Nordwind's chief executive, Jane Roe, announced the deal.\n\n"
     '"This is a big day," the chief executive said.',
     [("This is a big day,", "Jane Roe", "the chief executive")]),
    ("Ortiz's campaign manager, Tom Berg, met reporters on Tuesday.\n\n"
     '"We will win Ohio," the campaign manager said.',
     [("We will win Ohio,", "Tom Berg", "the campaign manager")]),
    # near miss: another country's minister is not the one meant
    ("France's foreign minister, Claire Dumont, arrived in Kyiv on Monday.\n\n"
     '"We stand with Ukraine," the German foreign minister said.',
     [("We stand with Ukraine,", "the German foreign minister", "the German foreign minister")]),
    # near miss: a possessive that closes an opening phrase describes no one
    ("After Britain's vote, David Lammy arrived in Kyiv.\n\n"
     '"We stand with Ukraine," the foreign secretary said.',
     [("We stand with Ukraine,", "the foreign secretary", "the foreign secretary")]),
]


@pytest.mark.parametrize(("text", "expected"), OWNED_ROLES)
def test_a_role_opened_by_its_owner(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(
    ("text", "descriptors"),
    [
        # the owner's role describes the name
        ("Later Britain's foreign secretary, David Lammy, arrived.", {"britain", "foreign", "secretary"}),
        # a possessive phrase that ends in no role (an opening phrase) describes nothing
        ("As Nordwind's chief executive's guest, David Lammy arrived.", set()),
        ("As Nordwind's guest, David Lammy arrived.", set()),
    ],
)
def test_an_owned_role_must_end_in_a_role(text: str, descriptors: set[str]) -> None:
    (person,) = PersonIndex.build(VOCABULARY, [(text, 0)]).people
    assert (person.name, set(person.descriptors)) == ("David Lammy", descriptors)


# a one-word name described by a role set off after it ("Lammy, the foreign secretary,") holds
# that role: a later bare role resolves to the fullest name the article gives it
SURNAME_ROLES = [
    ("Lammy, the foreign secretary, arrived in Kyiv on Monday. David Lammy met officials.\n\n"
     '"We stand with Ukraine," the foreign secretary said.',
     [("We stand with Ukraine,", "David Lammy", "the foreign secretary")]),
    ("David Lammy arrived in Kyiv on Monday. Later Lammy, the foreign secretary, met officials.\n\n"
     '"We stand with Ukraine," the foreign secretary said.',
     [("We stand with Ukraine,", "David Lammy", "the foreign secretary")]),
    # another title; the surname given in full after the role
    ('Ortiz, the police chief, closed the port on Friday. Ana Ortiz spoke later.\n\n'
     '"No ship leaves tonight," the police chief said.',
     [("No ship leaves tonight,", "Ana Ortiz", "the police chief")]),
    # a word the text gives as no one's surname may be a place or an opening word: left as written
    ('Ortiz, the police chief, closed the port on Friday.\n\n"No ship leaves tonight," the police chief said.',
     [("No ship leaves tonight,", "the police chief", "the police chief")]),
    # near misses: a place before an opening phrase's comma, and a subject with no comma after
    # its description, hold no role
    ('In Lyon, the mayor met the unions.\n\n"We will talk again," the mayor said.',
     [("We will talk again,", "the mayor", "the mayor")]),
    ('Ana Ortiz, the mayor, spoke first. Then, the governor spoke.\n\n"We will talk again," the mayor said.',
     [("We will talk again,", "Ana Ortiz", "the mayor")]),
    # near miss: a word that opens the sentence before the speaker's phrase is no one described
    ("Overall, the mayor, who opposed the plan, said the port would close.",
     [("the port would close", "the mayor", "the mayor")]),
    ("Often, the harbour's chief executive, who opposed the plan, said the port would close.",
     [("the port would close", "the harbour's chief executive", "the harbour's chief executive")]),
    # a qualifier makes another role
    ('Berg, the former mayor, arrived.\n\n"We will talk again," the mayor said.',
     [("We will talk again,", "the mayor", "the mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), SURNAME_ROLES)
def test_a_surname_described_by_a_role(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


def test_a_described_surname_is_no_person_of_the_index() -> None:
    text = "Lammy, the foreign secretary, arrived. David Lammy met officials."
    index = PersonIndex.build(VOCABULARY, [(text, 0)])
    assert [(p.name, p.start) for p in index.people] == [("David Lammy", 39)]
    person = index.described(["foreign", "secretary"], 30)  # (before the full name: only the described surname)
    assert person is not None
    assert (person.name, person.start) == ("David Lammy", 0)
    alone = PersonIndex.build(VOCABULARY, [("Lammy, the foreign secretary, arrived.", 0)])
    assert alone.people == []
    assert alone.described(["foreign", "secretary"], 100) is None  # (no full name: maybe no person)


# local offices written as a title before a name are titles, never part of the name
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Assemblywoman Claudia Tenney won the primary.", ["Claudia Tenney"]),
        ("Assemblyman Tom Berg won the primary.", ["Tom Berg"]),
        ("Councilmember Ana Ortiz won the primary.", ["Ana Ortiz"]),
        ("County Treasurer Ana Ortiz won the primary.", ["Ana Ortiz"]),
        ("State Comptroller Tom Berg won the primary.", ["Tom Berg"]),
        # near miss: the name itself is kept whole
        ("Claudia Tenney won the primary.", ["Claudia Tenney"]),
    ],
)
def test_a_local_office_is_a_title(text: str, expected: list[str]) -> None:
    assert people_of(text) == expected


def test_the_treasurer_said_is_the_treasurer_named_before() -> None:
    text = 'County Treasurer Ana Ortiz closed the books on Friday.\n\n"We are in the black," the treasurer said.'
    assert quotes_of(text) == [("We are in the black,", "Ana Ortiz", "the treasurer")]


# a word before a role set off by commas is that role's holder only as the surname of a name the
# text gives in full, after no preposition or article, and when the role heads the description
PLACE_BEFORE_ROLE = [
    # bad shape: a place, an opening word or a body before the role; the role stays as written
    ("In Paris, the president, speaking to reporters, said the talks went well. "
     "The president added that trade was discussed.", ["the president", "The president"]),
    ("At Chequers, the prime minister, flanked by aides, said the talks went well. "
     "The prime minister added that trade was discussed.", ["the prime minister", "The prime minister"]),
    ("Overall, the mayor, who took office in May, said the budget was tight. "
     "The mayor added that taxes would rise.", ["the mayor", "The mayor"]),
    ("The talks were held in Geneva, the city where the chancellor was born, on Monday. "
     "The chancellor said the talks went well.", ["The chancellor"]),
    ("The statement came from the Kremlin, the office of the president, on Monday. "
     "The president said the talks went well.", ["The president"]),
    ("He spoke in Wilmington, the hometown of the senator, on Monday. "
     "The senator said the talks went well.", ["The senator"]),
    ("The plan was backed by Unite, the union of the mayor, on Monday. "
     "The mayor said the plan would work.", ["The mayor"]),
    # the place hides no one: the holder named before it
    ("President Tom Berg flew to Paris. In Paris, the president, speaking to reporters, said the talks "
     "went well. The president added that trade was discussed.", ["Tom Berg", "Tom Berg"]),
    ("Governor Ana Ortiz flew to Lyon. In Lyon, the governor, flanked by aides, said the talks "
     "went well. The governor added that trade was discussed.", ["Ana Ortiz", "Ana Ortiz"]),
    # good shape: the surname of a name given in full, the role heading its description
    ("Vera Holm arrived on Monday. Later Holm, the trade minister of Sweden, met officials. "
     "The trade minister said the talks went well.", ["Vera Holm"]),
]


@pytest.mark.parametrize(("text", "speakers"), PLACE_BEFORE_ROLE)
def test_a_place_before_a_role_holds_no_role(text: str, speakers: list[str]) -> None:
    assert [name for _, name, _ in quotes_of(text)] == speakers


# a role after a body's capitalised name, set off before a person's name: the person is the
# subject, and a pronoun after refers to that person (the role's comma is no part of the role)
BODY_ROLES = [
    ("The Assembly speaker, Ana Ortiz, said the bill would pass. She added that it was late.",
     ["Ana Ortiz", "Ana Ortiz"]),
    ("The Chamber president, Ana Ortiz, said the bill would pass. She added that it was late.",
     ["Ana Ortiz", "Ana Ortiz"]),
    ("The Coalition leader, Tom Berg, said the bill would pass. He added that it was late.",
     ["Tom Berg", "Tom Berg"]),
    ("The World Bank president, Ana Ortiz, said the bill would pass. She added that it was late.",
     ["Ana Ortiz", "Ana Ortiz"]),
    ("The Federal Reserve chairwoman, Janet Yellen, spoke on Monday. She said rates would rise.",
     ["Janet Yellen"]),
    ("The Harbour Authority chairman, Tom Berg, spoke on Monday. He said rates would rise.", ["Tom Berg"]),
    # near misses: the body itself is the subject, or a noun for no one stands before the name
    ("The Harbour Authority apologised on Monday. She said rates would rise.", ["She"]),
    ("The Harbour office, Tom Berg, spoke on Monday. He said rates would rise.", ["He"]),
]


@pytest.mark.parametrize(("text", "speakers"), BODY_ROLES)
def test_a_role_after_a_body_name(text: str, speakers: list[str]) -> None:
    assert [name for _, name, _ in quotes_of(text)] == speakers


# a later mention of such a surname alone is the person the text named in full; alone and never
# given in full, it is left as written
ADVERB_SHAPED_SURNAMES = [
    ("John Connally said the state would grow. Connally added that taxes would fall.",
     ["John Connally", "John Connally"]),
    ('Ana Nunnally said the state would grow. "Taxes will fall," Nunnally said.', ["Ana Nunnally", "Ana Nunnally"]),
    ("Governor Tom Donnally said the state would grow. Donnally added that taxes would fall.",
     ["Tom Donnally", "Tom Donnally"]),
    # near misses: the adverb opens the sentence before a name, or stands alone
    ("Tom Berg arrived. Eventually Berg said the state would grow.", ["Tom Berg"]),
    ("Eventually Tom Berg said the state would grow.", ["Tom Berg"]),
    ("Connally said the state would grow.", ["Connally"]),
]


@pytest.mark.parametrize(("text", "speakers"), ADVERB_SHAPED_SURNAMES)
def test_a_surname_shaped_like_an_adverb(text: str, speakers: list[str]) -> None:
    assert [name for _, name, _ in quotes_of(text)] == speakers


# the owner's possessive after the name, the mirror of "France's foreign minister, Jean Roux,":
# the role describes the name (a one-word name only as the surname of one given in full)
OWNED_ROLES_AFTER = [
    ("Jean Roux, France's foreign minister, arrived. The foreign minister said the talks failed.", ["Jean Roux"]),
    ("Jean Roux, France's foreign minister, arrived. The French foreign minister said the talks failed.",
     ["Jean Roux"]),
    ("Ana Ortiz, Nordwind's chief executive, arrived. The chief executive said the talks failed.", ["Ana Ortiz"]),
    ("Sergei Lavrov arrived. Lavrov, Russia's foreign minister, spoke first. "
     "The Russian foreign minister said the talks failed.", ["Sergei Lavrov"]),
    # near misses: another country's minister, a possessive phrase that ends in no role, a surname
    # never given in full
    ("Jean Roux, France's foreign minister, arrived. The Russian foreign minister said the talks failed.",
     ["The Russian foreign minister"]),
    ("Sergei Lavrov arrived. Lavrov, Russia's foreign minister, spoke first. "
     "The French foreign minister said the talks failed.", ["The French foreign minister"]),
    ("Ana Ortiz, Lyon's biggest employer, arrived. The employer said the talks failed.", ["The employer"]),
    ("Lavrov, Russia's foreign minister, arrived. The Russian foreign minister said the talks failed.",
     ["The Russian foreign minister"]),
]


@pytest.mark.parametrize(("text", "speakers"), OWNED_ROLES_AFTER)
def test_a_role_owned_after_the_name(text: str, speakers: list[str]) -> None:
    assert [name for _, name, _ in quotes_of(text)] == speakers


@pytest.mark.parametrize(
    ("text", "descriptors"),
    [
        # (the appositive's words as written too, as after an article)
        ("Jean Roux, France's foreign minister, arrived.", {"france", "france's", "foreign", "minister"}),
        ("Jean Roux, Lyon's biggest employer, arrived.", set()),
        ("Jean Roux, France's, arrived.", set()),
    ],
)
def test_an_owned_role_after_a_name_must_end_in_a_role(text: str, descriptors: set[str]) -> None:
    (person,) = PersonIndex.build(VOCABULARY, [(text, 0)]).people
    assert (person.name, set(person.descriptors)) == ("Jean Roux", descriptors)
