"""Issue 5, English speaker constructions left from stop 28 (spkC, stop 29), each read as a
general rule: the owner of a possessive that sets off a name, an age given again with a role, a
hard-wrapped line inside a cue, a headline's bare role with its of-phrase, ``It said`` after a
company named as a sentence's subject, and a pronoun after a possessive or a credited writer.
Invented stories (obituaries, sport, local news, wire copy, politics); each case is the story
after a plain headline and the exact ``(text, speaker name, mention)`` triples that must come
out, in order.  Near misses that must not change stand with them."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow as Row
from quote_cases import speaker_rows as quotes_of

# a name set off after a possessive that opens its sentence ("Her son, Paul Olin,") belongs to
# someone named before: a pronoun of the possessive's gender after it, when the name set off is
# shown for the other one, is that owner's (and the one set off keeps a pronoun of its own gender)
APPOSED_OWNERS = [
    ("Mary Olin, who ran the record shop on Main Street for 40 years, died on Friday. She was 81.\n\n"
     "Her son, Paul Olin, said the shop had been losing money for years.\n\n"
     'She once told a customer that "music is cheaper than therapy."',
     [("the shop had been losing money for years", "Paul Olin", "Paul Olin"),
      ('"music is cheaper than therapy."', "Mary Olin", "She")]),
    ("Tom Reed, a retired teacher, won the lottery on Friday.\n\n"
     "His wife, Ann Reed, said the couple would buy a new house.\n\n"
     '"I will keep working," he said.',
     [("the couple would buy a new house", "Ann Reed", "Ann Reed"), ("I will keep working,", "Tom Reed", "he")]),
    ("Ines Duarte opened the bakery on Harbour Road in 1979.\n\n"
     "Her eldest son, Marco Duarte, said the ovens were older than he was.\n\n"
     '"I never once took a holiday," she told the Gazette in 2015.',
     [("the ovens were older than he was", "Marco Duarte", "Marco Duarte"),
      ("I never once took a holiday,", "Ines Duarte", "she")]),
    # the one set off keeps a pronoun of its own gender
    ("Mary Olin, who ran the record shop on Main Street for 40 years, died on Friday. She was 81.\n\n"
     "Her son, Paul Olin, said the shop had been losing money for years.\n\n"
     '"We tried everything to keep it open," he said.',
     [("the shop had been losing money for years", "Paul Olin", "Paul Olin"),
      ("We tried everything to keep it open,", "Paul Olin", "he")]),
    # two people before the possessive: whose son is not sure, the pronoun stays as written
    ("Ana Ruiz and Eva Sanz founded the shop in 1990.\n\n"
     "Her son, Paul Sanz, said the shop had been losing money for years.\n\n"
     '"We tried everything," she said.',
     [("the shop had been losing money for years", "Paul Sanz", "Paul Sanz"), ("We tried everything,", "she", "she")]),
    # the owner shown for the other pronoun: no one
    ("Mr. Tom Hale ran the shop until 2010.\n\n"
     "Her son, Paul Olin, said the shop had been losing money for years.\n\n"
     '"We tried everything," she said.',
     [("the shop had been losing money for years", "Paul Olin", "Paul Olin"), ("We tried everything,", "she", "she")]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED_OWNERS)
def test_apposed_owners(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# an age given again with a role ("the 78-year-old retired firefighter") is the one person
# introduced with that age, when the role fits what the article said of them or it said none
AGED_ROLES = [
    ("Colin Reyes, 78, a retired firefighter, said the station had changed beyond recognition.\n\n"
     "The mayor, Ana Ortiz, opened the new wing on Friday.\n\n"
     '"I joined in 1968 and the engines were still red," the 78-year-old retired firefighter said.',
     [("the station had changed beyond recognition", "Colin Reyes", "Colin Reyes"),
      ("I joined in 1968 and the engines were still red,", "Colin Reyes", "the 78-year-old retired firefighter")]),
    ("The striker Tom Vale, 20, has signed a new contract with the club.\n\n"
     '"I always wanted to stay here," the 20-year-old striker said.',
     [("I always wanted to stay here,", "Tom Vale", "the 20-year-old striker")]),
    ("Tom Vale, 20, has signed a new contract with the club.\n\nThe manager praised the deal.\n\n"
     "The 20-year-old forward said he had never wanted to leave.",
     [("he had never wanted to leave", "Tom Vale", "The 20-year-old forward")]),
    ("Nurse Helen Ward, 54, worked through the night.\n\nThe 54-year-old nurse said the ward was full by midnight.",
     [("the ward was full by midnight", "Helen Ward", "The 54-year-old nurse")]),
    # two people of that age: no one
    ("Tom Vale, 20, has signed a new contract. His teammate Sam Cole, 20, also signed.\n\n"
     '"I always wanted to stay here," the 20-year-old striker said.',
     [("I always wanted to stay here,", "the 20-year-old striker", "the 20-year-old striker")]),
    # another role given with the age: no one
    ("Tom Vale, 20, a goalkeeper, has signed a new contract.\n\n"
     '"I always wanted to stay here," the 20-year-old striker said.',
     [("I always wanted to stay here,", "the 20-year-old striker", "the 20-year-old striker")]),
    # an indefinite article brings in someone new
    ("Tom Vale, 20, has signed a new contract.\n\n"
     '"I always wanted to stay here," a 20-year-old striker said.',
     [("I always wanted to stay here,", "a 20-year-old striker", "a 20-year-old striker")]),
]


@pytest.mark.parametrize(("text", "expected"), AGED_ROLES)
def test_aged_roles(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# hard-wrapped copy breaks lines inside a cue of several words ("according\nto", "pointed\nout",
# "quoted\nas saying"): the paragraph reads as its one-line version
WRAPPED = [
    "Housing starts in the tri-county area fell 11 percent in February, according\n"
    "to figures released by the Builders Association.",
    "Mayor Ana Ortiz, who took office in January after a close race, pointed\n"
    "out on Monday that the city would have to cut spending this year.",
    '"We could not find the money anywhere," Tom Hale, the finance chief, was quoted\n'
    "as saying by the Gazette on Monday.",
]


@pytest.mark.parametrize("wrapped", WRAPPED)
def test_wrapped_cue_reads_as_one_line(wrapped: str) -> None:
    one_line = wrapped.replace("\n", " ")
    expected = quotes_of(one_line)
    assert expected != []
    assert quotes_of(wrapped) == expected


WRAPPED_ROWS = [
    (WRAPPED[0], [("Housing starts in the tri-county area fell 11 percent in February",
                   "figures released by the Builders Association", "figures released by the Builders Association")]),
    (WRAPPED[2], [("We could not find the money anywhere,", "Tom Hale", "Tom Hale")]),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED_ROWS)
def test_wrapped_cue_rows(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a headline's bare role keeps its of-phrase ("says owner of last record shop"), up to a time
# phrase or another clause; never a bare "owner"
HEADLINE_ROLES = [
    ("'We're not going anywhere,' says owner of last record shop on Main Street",
     [("We're not going anywhere,", "owner of last record shop on Main Street", "owner of last record shop on Main Street")]),
    ("'We will strike again,' says leader of rail union after talks collapse",
     [("We will strike again,", "leader of rail union", "leader of rail union")]),
    ("'The line will reopen,' says head of city transport on Monday",
     [("The line will reopen,", "head of city transport", "head of city transport")]),
    ("Customers mourn as city loses its last record shop, says owner of last record shop",
     [("Customers mourn as city loses its last record shop", "owner of last record shop", "owner of last record shop")]),
    ("Rents will rise again, warns head of city landlords group",
     [("Rents will rise again", "head of city landlords group", "head of city landlords group")]),
    # a bare role alone stays as it was
    ("'We will rebuild,' says mayor after floods", [("We will rebuild,", "mayor", "mayor")]),
]


@pytest.mark.parametrize(("headline", "expected"), HEADLINE_ROLES)
def test_headline_roles(headline: str, expected: list[Row]) -> None:
    story = "The shop on Main Street will close on Saturday after forty years of trading."
    assert quotes_of(story, headline=headline) == expected


# "It said" after a sentence whose subject is a company (in a wire's brackets too) is that
# company; after a firm that spoke of itself as "it" (a name that looks like a person's), that
# firm; never a body whose name goes on past the word read, nor the company before a person
THING_SUBJECTS = [
    ("NEW YORK, March 5 - Harbour Point Financial Corp filed for an offering of two mln shares on Monday.\n\n"
     "It said the offering will be underwritten by Gale and Co.",
     [("the offering will be underwritten by Gale and Co", "Harbour Point Financial Corp", "It")]),
    ("TORONTO, March 2 - <Lakeside Hotels Inc> said it and a partner have agreed to buy the Grand Hotel.\n\n"
     "It said the venture will rename the hotel.",
     [("the venture will rename the hotel", "Lakeside Hotels Inc", "It")]),
    ("The Water Board has backed a plan to cap bills. It said the cap would last two years.",
     [("the cap would last two years", "Water Board", "It")]),
    ("Harbor Tool Works said it has acquired Delta Hinges, a maker of door hardware.\n\nIt said Delta had 1986 sales of 50 mln dlrs.",
     [("it has acquired Delta Hinges, a maker of door hardware", "Harbor Tool Works", "Harbor Tool Works"),
      ("Delta had 1986 sales of 50 mln dlrs", "Harbor Tool Works", "It")]),
    # a name that opens with a given name may be a person's who said "it": left as written
    ("Gordon Mills said it has acquired Delta Hinges, a maker of door hardware.\n\nIt said Delta had 1986 sales of 50 mln dlrs.",
     [("it has acquired Delta Hinges, a maker of door hardware", "Gordon Mills", "Gordon Mills"),
      ("Delta had 1986 sales of 50 mln dlrs", "It", "It")]),
    ("Sarah Lund said it was time to act.\n\nIt said the plan would cost $4 million.",
     [("it was time to act", "Sarah Lund", "Sarah Lund"), ("the plan would cost $4 million", "It", "It")]),
    # near misses: a person who said "it" is no firm; the body's name goes on past the word read
    ("Tom Berg, the mill manager, said it had been a hard year.\n\nIt said the mill would close in May.",
     [("it had been a hard year", "Tom Berg", "Tom Berg"), ("the mill would close in May", "It", "It")]),
    ("The Organisation for Economic Cooperation and Development forecast growth of three pct. "
     "But it warned that growth was unlikely to cut unemployment.",
     [("growth was unlikely to cut unemployment", "it", "it")]),
    # a person's sentence last: no one
    ("Harbour Paper Co will close its mill in May. Tom Berg, the mill manager, said the town would suffer.\n\n"
     "It said the mill had lost money for years.",
     [("the town would suffer", "Tom Berg", "Tom Berg"), ("the mill had lost money for years", "It", "It")]),
]


@pytest.mark.parametrize(("text", "expected"), THING_SUBJECTS)
def test_thing_subjects(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a person pronoun after a writer quoted for a report ("the Daily Star's Paul Grant") or in a
# sentence whose one named person is a possessor ("Rubio's strategy ... when he says") goes to
# the one written of, not to the writer
WRITERS_AND_OWNERS = [
    ("Senator Tom Berg will run again, the Daily Star's Paul Grant reported on Monday.\n\n"
     '"I have unfinished business," he said in a statement.',
     [("Senator Tom Berg will run again", "Paul Grant", "the Daily Star's Paul Grant"),
      ("I have unfinished business,", "Tom Berg", "he")]),
    ("Florida Sen. Marco Rubio finished third in Nevada.\n\n"
     "As the Harbour Gazette's David Byler pointed out in December, \"the delegates can change the rule.\"\n\n"
     "If we read Rubio's strategy right when he says he intends to win the delegates, the race goes on.",
     [("the delegates can change the rule.", "David Byler", "the Harbour Gazette's David Byler"),
      ("he intends to win the delegates, the race goes on", "Marco Rubio", "he")]),
    # near misses: a pronoun after the possessed noun may be anyone's who heard it, and the
    # credited one is the sentence's subject; an aside after a comma is the speaker's own
    ("Mayor Ana Ortiz spoke first.\n\n"
     '"The plan is fair," said Tom Berg, the finance chief.\n\n'
     "After Ortiz's speech he said the city would save money.",
     [("The plan is fair,", "Tom Berg", "Tom Berg"), ("the city would save money", "Tom Berg", "he")]),
    ("The Harbour Gazette's David Byler said the rule could change in July.\n\n"
     '"The delegates decide," he added.',
     [("the rule could change in July", "David Byler", "The Harbour Gazette's David Byler"),
      ("The delegates decide,", "David Byler", "he")]),
    ("Mayor Ana Ortiz spoke first.\n\n"
     '"The plan is fair," said Tom Berg, the finance chief.\n\n'
     "Under Ortiz's plan, he said, the city would save money.",
     [("The plan is fair,", "Tom Berg", "Tom Berg"), ("the city would save money", "Tom Berg", "he")]),
]


@pytest.mark.parametrize(("text", "expected"), WRITERS_AND_OWNERS)
def test_writers_and_owners(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
