"""Issue 5, speaker accuracy (third round): pronouns that need a plural antecedent, possessives
with any apostrophe, appositives without their closing comma, speaker phrases with a relative
clause and no name, and occupation nouns written before a full name.  Invented stories
(politics, sport, courts, business); each case is the text after a plain headline and the exact
``(text, speaker name, mention)`` triples that must come out, in order."""

from __future__ import annotations

import pytest

import newsparse
from quote_cases import SpeakerRow as Row
from quote_cases import speaker_rows as quotes_of

# "they" and "we" refer to a plural speaker only: names joined by "and", a group, a body
PLURALS = [
    # one person quoted before: the plural pronoun is not that person
    ('"The verdict is wrong," Tomas Berg said.\n\n"We will appeal within the month," they said.',
     [("The verdict is wrong,", "Tomas Berg", "Tomas Berg"), ("We will appeal within the month,", "they", "they")]),
    ('"We deserved the draw," said coach Lena Marsh. "The referee saw nothing," they said.',
     [("We deserved the draw,", "Lena Marsh", "coach Lena Marsh"), ("The referee saw nothing,", "they", "they")]),
    # two named people, a group, an organisation: the plural pronoun carries on
    ('"The budget is balanced," Ana Ortiz and Ben Cole said. "We kept every promise," they said.',
     [("The budget is balanced,", "Ana Ortiz and Ben Cole", "Ana Ortiz and Ben Cole"),
      ("We kept every promise,", "Ana Ortiz and Ben Cole", "they")]),
    ('"The strike goes on," the dock workers said. "Nobody has called us," they said.',
     [("The strike goes on,", "the dock workers", "the dock workers"), ("Nobody has called us,", "the dock workers", "they")]),
    ('"Sales fell in the spring," Nordwind Holdings said. "The summer was better," they said.',
     [("Sales fell in the spring,", "Nordwind Holdings", "Nordwind Holdings"),
      ("The summer was better,", "Nordwind Holdings", "they")]),
    # a person pronoun still carries on from one person
    ('"The verdict is wrong," Tomas Berg said. "We will appeal," he said.',
     [("The verdict is wrong,", "Tomas Berg", "Tomas Berg"), ("We will appeal,", "Tomas Berg", "he")]),
    # a capitalised plural or a company: the plural pronoun carries on
    ('"We will win," the Democrats said. "We have the votes," they added.',
     [("We will win,", "Democrats", "the Democrats"), ("We have the votes,", "Democrats", "they")]),
    ('"We will tour again," the Rolling Stones said. "It is our last one," they added.',
     [("We will tour again,", "Rolling Stones", "the Rolling Stones"), ("It is our last one,", "Rolling Stones", "they")]),
    # (a lone capitalised word may be a surname, one person: the plural pronoun stays as written, fixQ60)
    ('"Prices will fall," Apple said. "The phone sells well," they added.',
     [("Prices will fall,", "Apple", "Apple"), ("The phone sells well,", "they", "they")]),
    ('"We fixed the cars," VW said. "Owners will be paid," they added.',
     [("We fixed the cars,", "VW", "VW"), ("Owners will be paid,", "VW", "they")]),
    # one person, whatever the mention ends in, a title, a role: the plural pronoun is not that person
    ('"We are here," said Tom Berg of the Sierra Club. "We will win," they said.',
     [("We are here,", "Tom Berg", "Tom Berg of the Sierra Club"), ("We will win,", "they", "they")]),
    ('"We will appeal," Mayor Ortiz said. "It is unfair," they added.',
     [("We will appeal,", "Ortiz", "Mayor Ortiz"), ("It is unfair,", "they", "they")]),
    ('"We will appeal," the defence lawyer said. "It is unfair," they added.',
     [("We will appeal,", "the defence lawyer", "the defence lawyer"), ("It is unfair,", "they", "they")]),
    # a plural pronoun left as written does not stand between a person and the next he or she
    ('"It is misleading," Tomas Berg tweeted on Monday.\n\nHe tweeted after the "Star Wars" sequel hit the '
     "theaters.\n\nIn his new role, Berg has been a critic, and the best way to do that, they think, is to "
     "criticize everyone's favorite target, Clinton.\n\nIn an email, Berg, a former newspaperman, defended his "
     'role. "I was hired to do this," he said.',
     [("It is misleading,", "Tomas Berg", "Tomas Berg"), ("is to criticize everyone's favorite target, Clinton", "they", "they"),
      ("I was hired to do this,", "Tomas Berg", "he")]),
    ('"The verdict was fair," Judge Ana Ortiz said on Friday.\n\nHer clerk left after the "Grand Jury" hearing '
     "ended.\n\nThe defence lawyers were angry, and the best answer, they said, is an appeal to the Supreme "
     'Court.\n\nIn a statement, Ortiz, a former prosecutor, defended the ruling. "I followed the law," she said.',
     [("The verdict was fair,", "Ana Ortiz", "Judge Ana Ortiz"), ("is an appeal to the Supreme Court", "they", "they"),
      ("I followed the law,", "Ana Ortiz", "she")]),
    ('"The verdict is wrong," Tomas Berg said.\n\n"We will appeal within the month," they said.\n\n"I am not done," he said.',
     [("The verdict is wrong,", "Tomas Berg", "Tomas Berg"), ("We will appeal within the month,", "they", "they"),
      ("I am not done,", "Tomas Berg", "he")]),
]


@pytest.mark.parametrize(("text", "expected"), PLURALS)
def test_a_plural_pronoun_needs_a_plural_antecedent(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a name in the possessive owns the speaker, whichever apostrophe the copy uses
POSSESSIVES = [
    # an organisation owned by a name, with any apostrophe: the organisation speaks for "the ministry"
    ('Ukraine‘s agriculture ministry released figures. "Harvest is down," the ministry said.',
     [("Harvest is down,", "Ukraine‘s agriculture ministry", "the ministry")]),
    ('Ukraineʼs agriculture ministry released figures. "Harvest is down," the ministry said.',
     [("Harvest is down,", "Ukraineʼs agriculture ministry", "the ministry")]),
    ('Lyon’s city council voted on Monday. "The port stays open," the council said.',
     [("The port stays open,", "Lyon’s city council", "the council")]),
    ('Travis Kelce‘s mom said, "I have never been prouder of him."',
     [("I have never been prouder of him.", "Travis Kelce‘s mom", "Travis Kelce‘s mom")]),
    ('"He never missed a practice," Mia Holtʼs father said.',
     [("He never missed a practice,", "Mia Holtʼs father", "Mia Holtʼs father")]),
    ("Senator Ana Ortiz's husband said the family would not comment on the vote.",
     [("the family would not comment on the vote", "Senator Ana Ortiz's husband", "Senator Ana Ortiz's husband")]),
    ("Tomas Berg’s lawyer said the fraud charge would not stand.",
     [("the fraud charge would not stand", "Tomas Berg’s lawyer", "Tomas Berg’s lawyer")]),
    ("Nordwind‘s shareholders said the offer was too low.",
     [("the offer was too low", "Nordwind‘s shareholders", "Nordwind‘s shareholders")]),
    # a possessed thing is no speaker
    ("Tomas Berg’s decision to skip the hearing, citing his health, angered the judge.", []),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVES)
def test_a_possessive_with_any_apostrophe_is_not_the_speaker(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(
    ("word", "bare"),
    [("Kelce's", "Kelce"), ("Kelce’s", "Kelce"), ("Kelce‘s", "Kelce"), ("Kelceʼs", "Kelce"), ("NATO‘S", "NATO"),
     ("players'", "players"), ("playersʼ", "players"), ("Kelce", "Kelce"), ("boss", "boss")],
)
def test_strip_possessive_reads_every_apostrophe(word: str, bare: str) -> None:
    from newsparse.names import strip_possessive

    assert strip_possessive(word) == bare


# an appositive after a name whose closing comma the writer left out: the name speaks
UNCLOSED = [
    ('"We will appeal the ruling," Ana Ortiz, the party lawyer said.',
     [("We will appeal the ruling,", "Ana Ortiz", "Ana Ortiz")]),
    ('"We were robbed in the second half," Mia Holt, the Rovers captain told reporters.',
     [("We were robbed in the second half,", "Mia Holt", "Mia Holt")]),
    ('"It was our best quarter in years," Ola Berg, chief executive of Nordwind said on Tuesday.',
     [("It was our best quarter in years,", "Ola Berg", "Ola Berg")]),
    # with the comma, as before
    ('"The witness lied," Tomas Berg, the defence lawyer, said.',
     [("The witness lied,", "Tomas Berg", "Tomas Berg")]),
    # the phrase after the comma is a plural, a body, or describes someone else: the name is not
    # the speaker, the phrase is (as before)
    ('"I am sorry," Tom Berg, officials said.', [('"I am sorry," Tom Berg', "officials", "officials")]),
    ('"We lost our shape," Mia Holt, her teammates said.',
     [('"We lost our shape," Mia Holt', "her teammates", "her teammates")]),
    ('"The deal is off," Ola Berg, analysts said.', [('"The deal is off," Ola Berg', "analysts", "analysts")]),
    ('"We will stop him," New York, the city\'s mayor said.',
     [('"We will stop him," New York', "New York", "the city's mayor")]),
    # a parenthetical attribution with a comma after its cue: no second quote over the same words
    ('"We will not stop," Ana Ortiz, her lawyer said.', [('"We will not stop," Ana Ortiz', "her lawyer", "her lawyer")]),
    ('"We were robbed," Mia Holt, their coach said.', [('"We were robbed," Mia Holt', "their coach", "their coach")]),
    ('"Get out of the car," Tom Berg, police said, shouted before firing.',
     [("Get out of the car,", None, None), ("shouted before firing", "police", "police")]),
    ('"Get out of the car," Tom Berg, the officer said, shouted before firing.',
     [("Get out of the car,", None, None), ("shouted before firing", "the officer", "the officer")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCLOSED)
def test_a_name_before_an_unclosed_appositive_speaks(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a capitalised occupation or party noun before a full name is no part of the name
OCCUPATIONS = [
    ("Goalkeeper Mia Holt said the defence had let her down.",
     [("the defence had let her down", "Mia Holt", "Goalkeeper Mia Holt")]),
    ('"We trained for this," said Striker Jon Reyes. "It showed," he said.',
     [("We trained for this,", "Jon Reyes", "Striker Jon Reyes"), ("It showed,", "Jon Reyes", "he")]),
    ("Recorder Helen Ruiz said the count would be finished by Friday.",
     [("the count would be finished by Friday", "Helen Ruiz", "Recorder Helen Ruiz")]),
    ('Republican Ana Ortiz voted against the bill.\n\n"It spends too much," Ortiz said.',
     [("It spends too much,", "Ana Ortiz", "Ortiz")]),
    ('Democrats Ana Ortiz and Ben Cole walked out.\n\n"It was a sham," Cole said.',
     [("It was a sham,", "Ben Cole", "Cole")]),
    # given names that are also nouns stay: no occupation ending, no plural
    ("Dean Allen Smith said the school would reopen in May.",
     [("the school would reopen in May", "Dean Allen Smith", "Dean Allen Smith")]),
    ("Guy Adam Verhofstadt said the treaty would be signed.",
     [("the treaty would be signed", "Guy Adam Verhofstadt", "Guy Adam Verhofstadt")]),
]


@pytest.mark.parametrize(("text", "expected"), OCCUPATIONS)
def test_an_occupation_noun_before_a_full_name_is_not_the_name(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a name that closes a sentence's opening phrase is not described by the subject after its comma
OPENING_PHRASES = [
    ("Nordwind Holdings reported its results on Monday.\n\nOn Tuesday, the company said it would cut 200 jobs.",
     [("it would cut 200 jobs", "the company", "the company")]),
    ("In an interview with the hosts Jon Reyes and Mia Holt, the Democratic candidate said she would win Ohio.",
     [("she would win Ohio", "the Democratic candidate", "the Democratic candidate")]),
    ("In downtown Lyon, a group of strikers marched to the port.\n\n"
     '"We will be back every week," the group said in a statement.',
     [("We will be back every week,", "the group", "the group")]),
    # an appositive that describes the name still does
    ("Ana Ortiz, the mayor, met dock workers on Monday. The mayor said the port would stay open.",
     [("the port would stay open", "Ana Ortiz", "The mayor")]),
    # an appositive after an opening phrase: the opening phrase ends before the name
    ("On Monday, Ana Ortiz, the mayor, met dock workers. The mayor said the port would stay open.",
     [("the port would stay open", "Ana Ortiz", "The mayor")]),
    ('At the hearing, Ana Ortiz, the defence lawyer, asked for bail. "He is no danger," the lawyer said.',
     [("He is no danger,", "Ana Ortiz", "the lawyer")]),
    ("During the session, Senator Ana Ortiz, a Democrat, spoke. The senator said the bill was dead.",
     [("the bill was dead", "Ana Ortiz", "The senator")]),
    ('In Lyon, Berg Holdings, a shipping company, cut 200 jobs. "We regret it," the company said.',
     [("We regret it,", "Berg Holdings", "the company")]),
    # the name closes the opening phrase but an appositive, not the subject, follows it
    ("With Ana Ortiz, the mayor of Lyon, in the room, the council voted. The mayor said the vote was fair.",
     [("the vote was fair", "Ana Ortiz", "The mayor")]),
    # a name that opens the sentence with a word in -ing is no opening phrase
    ('Boeing Holdings, the planemaker, cut 200 jobs on Monday. "We regret it," the company said.',
     [("We regret it,", "Boeing Holdings", "the company")]),
    ('Sterling Brown, the mayor, met dock workers. "We will stay open," the mayor said.',
     [("We will stay open,", "Sterling Brown", "the mayor")]),
    ('Irving Berg, the coach, left early. "We were poor," the coach said.',
     [("We were poor,", "Irving Berg", "the coach")]),
    ('Reading Holdings, the cinema chain, cut prices. "We regret it," the company said.',
     [("We regret it,", "Reading Holdings", "the company")]),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_PHRASES)
def test_a_name_in_an_opening_phrase_is_no_referent(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a quotation that opens with an editor's bracket starts a new sentence after the attribution
BRACKETS = [
    ('“We are ready for the vote,” said Ana Ortiz. “[The mayor] does not have the staff.”',
     [("We are ready for the vote,", "Ana Ortiz", "Ana Ortiz"), ("[The mayor] does not have the staff.", "Ana Ortiz", "Ana Ortiz")]),
    ('“They have their votes counted,” Tomas Berg said. “[Nordwind] never did that.”',
     [("They have their votes counted,", "Tomas Berg", "Tomas Berg"), ("[Nordwind] never did that.", "Tomas Berg", "Tomas Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETS)
def test_a_bracket_after_an_opening_mark_starts_a_sentence(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a quotation inside a participle clause after the attribution is the attributed speaker's, even
# when another participle stands between (the object's own modifier)
PARTICIPLES = [
    ('“Let him decide,” said Vice President Joe Biden, urging those calling for his exit to “give him time.”',
     [("Let him decide,", "Joe Biden", "Vice President Joe Biden"), ("give him time.", "Joe Biden", "Vice President Joe Biden")]),
    ('“The club will appeal,” Mia Holt said, warning fans chanting at the referee to “think of the badge.”',
     [("The club will appeal,", "Mia Holt", "Mia Holt"), ("think of the badge.", "Mia Holt", "Mia Holt")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES)
def test_a_quotation_in_a_participle_clause_is_the_speakers(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a speaker's phrase with a relative clause and no comma: the whole phrase, as written, speaks
# (no name: nobody is guessed), and the clause's own verb is no cue
RELATIVES = [
    ("A resident who asked not to be identified said the water had been brown for a week.",
     [("the water had been brown for a week", "A resident who asked not to be identified",
       "A resident who asked not to be identified")]),
    ('"It was brown for a week," a resident who asked not to be identified said.',
     [("It was brown for a week,", "a resident who asked not to be identified", "a resident who asked not to be identified")]),
    ('A lawyer who represents the family said, "We will sue the hospital."',
     [("We will sue the hospital.", "A lawyer who represents the family", "A lawyer who represents the family")]),
    ("One player who did not want to be named said the coach had lost the dressing room.",
     [("the coach had lost the dressing room", "One player who did not want to be named",
       "One player who did not want to be named")]),
    ("A senior official who spoke on condition of anonymity said the talks had stalled.",
     [("the talks had stalled", "A senior official who spoke on condition of anonymity",
       "A senior official who spoke on condition of anonymity")]),
    # "that" after the person told opens what was told: the speaker inside it, as before
    ('The coach told the players that the referee said, "That was a clear foul in the box."',
     [('the referee said, "That was a clear foul in the box."', "The coach", "The coach"),
      ("That was a clear foul in the box.", "the referee", "the referee")]),
    ('The lawyer reminded the jury that the witness said, "I saw the car."',
     [('the witness said, "I saw the car."', "The lawyer", "The lawyer"), ("I saw the car.", "the witness", "the witness")]),
    ('Ana Ortiz told the crowd that Governor Tom Berg once said, "Taxes will rise next year."',
     [('Governor Tom Berg once said, "Taxes will rise next year."', "Ana Ortiz", "Ana Ortiz"),
      ("Taxes will rise next year.", "Tom Berg", "Governor Tom Berg")]),
    ('The senator reminded the voters that her opponent said, "The mine will close."',
     [('her opponent said, "The mine will close."', "The senator", "The senator"),
      ("The mine will close.", "her opponent", "her opponent")]),
    # a cue after an auxiliary or "to" is the clause's own verb: no quote
    ("The club threatened to sue the fans who have come forward to say that the stewards had hit them.", []),
    # the name inside the clause is someone else: the phrase as written, no name guessed
    ("A witness who saw Ana Ortiz said she was calm.",
     [("she was calm", "A witness who saw Ana Ortiz", "A witness who saw Ana Ortiz")]),
    ("A lawyer who represents the company said the deal was fair.",
     [("the deal was fair", "A lawyer who represents the company", "A lawyer who represents the company")]),
    # "that" after a thing: no speaker (a noun's -er ending counts after "who" only)
    ("A computer that analysts use said the market would fall.", []),
    ("A banner that protesters carried said the war must end.", []),
    ("A flyer that was handed out said the shop would close.", []),
    ("A poster that fans made said the coach must go.", []),
    # set off by commas, as before: the person before the clause
    ("Ana Ortiz, who chairs the committee, said the vote would be held on Friday.",
     [("the vote would be held on Friday", "Ana Ortiz", "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVES)
def test_a_speaker_phrase_with_a_relative_clause_is_the_mention(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a person pronoun is never guessed: two people as one subject, or evidence of the pronoun's
# gender for someone else and none for the candidate, leave it as written
GENDER_GUESSES = [
    # (given names listed for both sexes, GIVEN_NAMES: no evidence; beside it the listed names decide)
    ('Robin Berg and Sasha Ortiz left the courtroom together. "It is over," she said.',
     [("It is over,", "she", "she")]),
    ('Tomas Berg and Ana Ortiz left the courtroom together. "It is over," she said.',
     [("It is over,", "Ana Ortiz", "she")]),
    # (a kin word right before the name, no comma, shows the subject's gender as one set off by commas
    # does: "Her husband, Sasha Berg, smiled")
    ('"We won the appeal," Robin Ortiz said. Her husband Sasha Berg smiled. "It is over," he said.',
     [("We won the appeal,", "Robin Ortiz", "Robin Ortiz"), ("It is over,", "Sasha Berg", "he")]),
    ('"We won the appeal," Ana Ortiz said. Her husband Tomas Berg smiled. "It is over," he said.',
     [("We won the appeal,", "Ana Ortiz", "Ana Ortiz"), ("It is over,", "Tomas Berg", "he")]),
    ('"The merger is off," Ola Lind said. His wife Eva Lind, the company\'s lawyer, nodded. "We move on," she said.',
     [("The merger is off,", "Ola Lind", "Ola Lind"), ("We move on,", "Eva Lind", "she")]),
    # one person, no evidence against: the pronoun carries on
    ('"We won the appeal," Ana Ortiz said. "It is over," she said.',
     [("We won the appeal,", "Ana Ortiz", "Ana Ortiz"), ("It is over,", "Ana Ortiz", "she")]),
    ('Coach Mia Holt was upbeat. "We will win the league," she said.',
     [("We will win the league,", "Mia Holt", "she")]),
    # two people of the same gender, or one with no evidence: no guess
    ('Councilwoman Janet Ruiz spoke first. Then Ana Ortiz stood up. "We will appeal," she said.',
     [("We will appeal,", "she", "she")]),
    ('Councilwoman Janet Ruiz and Ana Ortiz clashed. "We will appeal," she said.',
     [("We will appeal,", "she", "she")]),
    ('Mrs. Lena Marsh and Sam Berg argued over the transfer. "He is staying," she said.',
     [("He is staying,", "she", "she")]),
    ('Judge Andrea Ortiz and Mr. Tom Berg clashed in court. "The motion fails," she said.',
     [("The motion fails,", "she", "she")]),
    # (the same with given names of one sex each: the one of the pronoun's)
    ('Mrs. Lena Marsh and Tom Berg argued over the transfer. "He is staying," she said.',
     [("He is staying,", "Lena Marsh", "she")]),
    ('Judge Ana Ortiz and Mr. Tom Berg clashed in court. "The motion fails," she said.',
     [("The motion fails,", "Ana Ortiz", "she")]),
    # "and" before a word that is no person of the article: one subject, the pronoun carries on
    ('Tomas Berg and I left the court. "We will appeal," he said.', [("We will appeal,", "Tomas Berg", "he")]),
    ('Tomas Berg and The Times had a dispute over the story. "We will appeal," he said.',
     [("We will appeal,", "Tomas Berg", "he")]),
    ('Tomas Berg and Sons closed the shop. "We will reopen," he said.', [("We will reopen,", "Tomas Berg", "he")]),
    ('Coach Mia Holt and Rovers parted ways. "It was time," she said.', [("It was time,", "Mia Holt", "she")]),
    # "and" before another person, with a title too: either of them
    ('Jordan Berg and Councilwoman Janet Ruiz left the hall. "It is over," she said.', [("It is over,", "she", "she")]),
    ('Tomas Berg and Councilwoman Janet Ruiz left the hall. "It is over," she said.',
     [("It is over,", "Janet Ruiz", "she")]),
    # a kin word ending the sentence before is no evidence for the name after it
    ('The ruling upset the dead man\'s wife. Tom Berg, the judge, defended it. "It was the law," he said.',
     [("It was the law,", "Tom Berg", "he")]),
    ('The verdict angered the striker\'s mother. Mia Holt, the coach, stood by it. "He was offside," she said.',
     [("He was offside,", "Mia Holt", "she")]),
    # a person of the pronoun's gender named as the subject's object is no evidence against the subject
    ('Tomas Berg sued his brother Mark Berg. "We will appeal," he said.', [("We will appeal,", "Tomas Berg", "he")]),
    ('Ana Ortiz thanked her sister Lena Ortiz. "We will go on," she said.', [("We will go on,", "Ana Ortiz", "she")]),
    # evidence for every candidate, of the two genders: the one described for the pronoun
    ('Councilwoman Janet Ruiz and Councilman Pete Harlow clashed. "We will appeal," she said.',
     [("We will appeal,", "Janet Ruiz", "she")]),
    ('Mrs. Lena Marsh and Mr. Tom Berg argued over the transfer. "He is staying," she said.',
     [("He is staying,", "Lena Marsh", "she")]),
]


@pytest.mark.parametrize(("text", "expected"), GENDER_GUESSES)
def test_a_person_pronoun_without_evidence_is_not_guessed(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a kin or role word set off by commas before a name, in apposition with it, marks that
# person's gender: the other pronoun in a later paragraph is left as written
APPOSED_KIN = [
    ('The coach\'s daughter, Sam Reid, cut the ribbon. "It is a big day," Reid said.\n\n'
     '"The whole town came," he said.',
     [("It is a big day,", "Sam Reid", "Reid"), ("The whole town came,", "he", "he")]),
    ('Her brother, Kit Moss, spoke first. "We miss her," Moss said.\n\n"She was kind," she said.',
     [("We miss her,", "Kit Moss", "Moss"), ("She was kind,", "she", "she")]),
    # the pronoun of the word's gender still carries on to the person
    ('The coach\'s daughter, Sam Reid, cut the ribbon. "It is a big day," Reid said.\n\n'
     '"The whole town came," she said.',
     [("It is a big day,", "Sam Reid", "Reid"), ("The whole town came,", "Sam Reid", "she")]),
    ('The mayor\'s husband, Kit Moss, spoke. "We are proud," Moss said.\n\n"It took years," he said.',
     [("We are proud,", "Kit Moss", "Moss"), ("It took years,", "Kit Moss", "he")]),
    # an opening phrase ending with a kin word: the name after it, with no comma after the name,
    # is the sentence's subject, not the kin
    ('After calling his mother, Kit Moss flew home. "It was a long day," Moss said.\n\n"I am tired," he said.',
     [("It was a long day,", "Kit Moss", "Moss"), ("I am tired,", "Kit Moss", "he")]),
    # a role word of no gender: the pronoun carries on
    ('The club\'s lawyer, Sam Reid, spoke. "We will appeal," Reid said.\n\n"It is unfair," he said.',
     [("We will appeal,", "Sam Reid", "Reid"), ("It is unfair,", "Sam Reid", "he")]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED_KIN)
def test_a_kin_word_in_apposition_marks_the_person_s_gender(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


def french_quotes(text: str) -> list[Row]:
    article = newsparse.ArticleParser(language="fr").parse(f"Actualités\n\n{text}")
    return [(q.text, q.speaker and q.speaker.name, q.speaker and q.speaker.mention) for q in article.quotes]


# French inverted attributions: the subject pronoun joined to its verb by "-t-" or "-"
FRENCH_INVERTED = [
    ("La ministre Anne Leroy a présenté le budget. « Nous ne reculerons pas », a-t-elle déclaré.",
     [("Nous ne reculerons pas", "Anne Leroy", "elle")]),
    ("« Le club fera appel de la sanction », a déclaré l’entraîneur Paul Morel. « C’est injuste », a-t-il ajouté.",
     [("Le club fera appel de la sanction", "Paul Morel", "l’entraîneur Paul Morel"), ("C’est injuste", "Paul Morel", "il")]),
    # (no one named before: the pronoun as written, as in English)
    ("« Le verdict sera contesté », affirme-t-elle.", [("Le verdict sera contesté", "elle", "elle")]),
    ("« Nous avons été trahis », ont-ils dit.", [("Nous avons été trahis", "ils", "ils")]),
    # the impersonal "on" speaks for nobody: no speaker, not the last one quoted
    ("« Nous partirons », a déclaré Marie Durand. « Elle partira en mai », dit-on au ministère.",
     [("Nous partirons", "Marie Durand", "Marie Durand"), ("Elle partira en mai", None, None)]),
    ("« Le club fera appel », a déclaré Paul Morel. « La sanction tombera lundi », a-t-on déclaré à la ligue.",
     [("Le club fera appel", "Paul Morel", "Paul Morel"), ("La sanction tombera lundi", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), FRENCH_INVERTED)
def test_a_french_inverted_pronoun_is_the_speaker(text: str, expected: list[Row]) -> None:
    assert french_quotes(text) == expected


# a conjunction that opens a sentence is no part of its subject
CONJUNCTION_OPENERS = [
    ('But Ana Ortiz deflected with a joke: "We will win the port back."',
     [("We will win the port back.", "Ana Ortiz", "Ana Ortiz")]),
    ('And Mia Holt had one answer for the critics: "Look at the table."',
     [("Look at the table.", "Mia Holt", "Mia Holt")]),
    ("And Tomas Berg said the fraud charge would not stand.",
     [("the fraud charge would not stand", "Tomas Berg", "Tomas Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), CONJUNCTION_OPENERS)
def test_a_conjunction_before_the_subject_is_skipped(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


def german_quotes(text: str) -> list[Row]:
    article = newsparse.ArticleParser(language="de").parse(f"Nachrichten\n\n{text}")
    return [(q.text, q.speaker and q.speaker.name, q.speaker and q.speaker.mention) for q in article.quotes]


# German separable speech verbs with the particle right after the verb
GERMAN_SEPARABLE = [
    ("Die Ministerin Anna Schmidt teilte mit, dass der Haushalt ausgeglichen sei.",
     [("der Haushalt ausgeglichen sei", "Anna Schmidt", "Die Ministerin Anna Schmidt")]),
    ("Trainer Jonas Weber räumte ein, dass die Mannschaft zu spät reagiert habe.",
     [("die Mannschaft zu spät reagiert habe", "Jonas Weber", "Trainer Jonas Weber")]),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN_SEPARABLE)
def test_a_german_separable_speech_verb_is_a_cue(text: str, expected: list[Row]) -> None:
    assert german_quotes(text) == expected
