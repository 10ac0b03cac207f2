"""Issue 5, speaker accuracy (third round): general rules for who speaks, each pinned by invented
stories of several shapes (politics, sport, courts, business).  Each case is the text after a
plain headline and the exact ``(text, kind, speaker name)`` triples that must come out, in order."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import QuoteKind
from quote_cases import kind_rows as quotes_of

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED


# a role after "a", "an", "one" or "another" brings in someone new: never the person the story
# described before with the same role (the mention as written), while "the" still refers back
INDEFINITE_ROLES = [
    ("Jane Roe, a spokeswoman for the mayor, spoke on Monday. A spokeswoman for the council said the vote was delayed.",
     [("the vote was delayed", R, "A spokeswoman for the council")]),
    ("Ivo Lind, a longtime adviser to the club, was in the stands. One longtime adviser said the coach would stay.",
     [("the coach would stay", R, "One longtime adviser")]),
    ("The defence called Mark Dunn, a forensic accountant, on Tuesday. “The books were cooked,” another forensic accountant told the court.",
     [("The books were cooked,", D, "another forensic accountant")]),
    ("Nora Vale, the chief executive of Harbour Freight, met investors. The chief executive said sales had doubled.",
     [("sales had doubled", R, "Nora Vale")]),
]


@pytest.mark.parametrize(("text", "expected"), INDEFINITE_ROLES)
def test_an_indefinite_role_is_someone_new(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# the French, German and Spanish packs know their own indefinite articles: "une ministre" is
# someone new, "la ministre" the minister named before
INDEFINITE_ROLES_ABROAD = [
    ("fr", "Grève à la SNCF\n\nPARIS (AFP) - La ministre Sophie Lenoir a reçu les syndicats mardi.\n\n"
     "« Le dialogue reste ouvert », a déclaré une ministre.\n\n« Le dialogue reste ouvert », a déclaré la ministre.\n",
     ["une ministre", "Sophie Lenoir"]),
    ("de", "Streik bei der Bahn\n\nBERLIN (dpa) - Die Ministerin Anna Schmidt empfing am Dienstag die Gewerkschaften.\n\n"
     "„Der Dialog bleibt offen“, sagte eine Ministerin.\n\n„Der Dialog bleibt offen“, sagte die Ministerin.\n",
     ["eine Ministerin", "Anna Schmidt"]),
    ("es", "Huelga en Renfe\n\nMADRID (EFE) - La ministra Ana García recibió el martes a los sindicatos.\n\n"
     "«El diálogo sigue abierto», dijo una ministra.\n\n«El diálogo sigue abierto», dijo la ministra.\n",
     ["una ministra", "Ana García"]),
]


@pytest.mark.parametrize(("language", "text", "names"), INDEFINITE_ROLES_ABROAD)
def test_an_indefinite_role_is_someone_new_in_other_languages(language: str, text: str, names: list[str]) -> None:
    quotes = newsparse.ArticleParser(language=language).parse(text).quotes
    assert [q.speaker.name for q in quotes if q.speaker] == names


# a person noun and "for" before a name is someone speaking for that person, not the person
SPEAKING_FOR = [
    ("A spokesman for Mayor Ana Ortiz said the budget was balanced.",
     [("the budget was balanced", R, "A spokesman for Mayor Ana Ortiz")]),
    ("The wife of Senator Tom Reyes said he would not run again.",
     [("he would not run again", R, "The wife of Senator Tom Reyes")]),
    # a name before "of", or after a title with "of" in it, still is the speaker's
    ("Gov. John Kasich of Ohio said the budget was balanced.",
     [("the budget was balanced", R, "John Kasich")]),
    ("Secretary of State Ana Ortiz said the talks had failed.",
     [("the talks had failed", R, "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKING_FOR)
def test_someone_speaking_for_a_named_person(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# reported words end where a clause with its own speaker and cue begins after a comma or a
# semicolon (maybe with "and", "but", "while" and an adverb): each clause keeps its own speaker
NEXT_CLAUSE = [
    ("The poll was taken last week. Two in three said the stadium should stay open, and nearly three in five said they would pay more for tickets.",
     [("the stadium should stay open", R, "Two in three"), ("they would pay more for tickets", R, "three in five")]),
    ("The hearing ran late. The prosecutor said the witness had lied about the money, while the defence lawyer said the records proved otherwise.",
     [("the witness had lied about the money", R, "The prosecutor"), ("the records proved otherwise", R, "the defence lawyer")]),
    ("Shares fell on Monday. When the chief executive said profits would halve, one investor shouted, “Then resign!”",
     [("profits would halve", R, "the chief executive"), ("Then resign!", D, "one investor")]),
    ("The coach said the team had trained hard; the captain said the players were tired.",
     [("the team had trained hard", R, "The coach"), ("the players were tired", R, "the captain")]),
    ("Mayor Ana Ortiz said the budget was balanced, but the auditor said it had a gap of two million.",
     [("the budget was balanced", R, "Ana Ortiz"), ("it had a gap of two million", R, "the auditor")]),
    # "but" and "while" open such a clause with no comma too; "and" joins two subjects there
    ("The rebels claimed the attack but army officials said the blast was an accident.",
     [("the blast was an accident", R, "army officials")]),
    ("Ana Ortiz said both she and her deputy voted against the levy.",
     [("both she and her deputy voted against the levy", R, "Ana Ortiz")]),
    # a relative clause inside the reported words is no clause of its own
    ("Ana Ortiz said that the plan, which Tom Reyes said was too costly, would still pass.",
     [("the plan, which Tom Reyes said was too costly, would still pass", R, "Ana Ortiz")]),
    # nor is a clause inside quotation marks, part of the words quoted
    ("Ana Ortiz said the plan was “a disaster, and the mayor said so himself” at the meeting.",
     [("the plan was “a disaster, and the mayor said so himself” at the meeting", M, "Ana Ortiz")]),
    ("Tom Reyes said the vote was “a farce, but the board said nothing” after it.",
     [("the vote was “a farce, but the board said nothing” after it", M, "Tom Reyes")]),
    # nor an attribution set off by commas, with the reported words going on after it
    ("Ana Ortiz said that the deal, experts said, could collapse within weeks.",
     [("the deal, experts said, could collapse within weeks", R, "Ana Ortiz")]),
    ("Nora Vale said the deal, analysts said on Monday, was worth about $5 billion to the city.",
     [("the deal, analysts said on Monday, was worth about $5 billion to the city", R, "Nora Vale")]),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_CLAUSE)
def test_reported_words_end_before_the_next_speakers_clause(
    text: str, expected: list[tuple[str, QuoteKind, str | None]]
) -> None:
    assert quotes_of(text) == expected


# a participle after an attribution that closes the clause before it (", X said, adding ...",
# ', said X, calling ...') is that speaker's: not the subject of the words X reported
CLOSING_ATTRIBUTION = [
    ("The two clubs will meet next week, the league's spokesman Ivo Lind said, adding, “They need to sit down and talk.”",
     [("The two clubs will meet next week", R, "Ivo Lind"), ("They need to sit down and talk.", D, "Ivo Lind")]),
    ("The plant will close in June, Nora Vale said on Tuesday, adding that 200 workers would be offered other jobs.",
     [("The plant will close in June", R, "Nora Vale"), ("200 workers would be offered other jobs", R, "Nora Vale")]),
    ("Senator Tom Reyes will vote against the bill, his spokeswoman said, adding that he had read it twice.",
     [("Senator Tom Reyes will vote against the bill", R, "his spokeswoman"), ("he had read it twice", R, "his spokeswoman")]),
    ("“We will appeal,” said defence lawyer Mark Dunn, calling the verdict “a disgrace.”",
     [("We will appeal,", D, "Mark Dunn"), ("a disgrace.", D, "Mark Dunn")]),
    # the sentence's subject still speaks when no attribution closes the clause
    ("The verdict was read at noon. Judge Ana Ortiz thanked the jury, saying the trial had been “long and hard for everyone.”",
     [("the trial had been “long and hard for everyone.”", M, "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING_ATTRIBUTION)
def test_a_participle_after_a_closing_attribution(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# "read" and "states" are no cues in running text ("state officials", "read the file"), but right
# after a quotation, with a speaker's phrase before or after them, they attribute it
DOCUMENT_VERBS = [
    ("The club wrote to members on Friday. “We regret the decision to close the north stand,” read the letter, signed by the chairman.",
     [("We regret the decision to close the north stand,", D, "the letter")]),
    ("“The defendant shall pay costs of £4,000,” the order reads.",
     [("The defendant shall pay costs of £4,000,", D, "the order")]),
    ("Shoppers were told on Monday. “Prices will rise by 4 per cent from April,” the notice states.",
     [("Prices will rise by 4 per cent from April,", D, "the notice")]),
    ("“Our plants will reopen on Monday,” the statement read. “Staff will be paid in full.”",
     [("Our plants will reopen on Monday,", D, "the statement"), ("Staff will be paid in full.", D, "the statement")]),
    # elsewhere they stay what they are
    ("The lawyers met in court. “Read the file,” the judge said.", [("Read the file,", D, "the judge")]),
    ("“We are state employees,” the nurses said.", [("We are state employees,", D, "the nurses")]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_VERBS)
def test_document_verbs_after_a_quotation(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# words that carry a quoted sentence on after its closing mark ("..." that ..., "..." for ...)
# are no speaker: the speaker follows the inverted cue after them
QUOTED_SENTENCE_TAIL = [
    ("“It seems extremely unlikely” that the club can stay up, said Ivo Lind, a former captain.",
     [("It seems extremely unlikely", D, "Ivo Lind")]),
    ("“This will be a test” for the new coach, said the chairman.",
     [("This will be a test", D, "the chairman")]),
    ("“The sentence is too light” in a case of this kind, said prosecutor Ana Ortiz.",
     [("The sentence is too light", D, "Ana Ortiz")]),
    # a speaker's phrase after the quotation is still read as one
    ("“Sales held up,” the retailer’s chief executive, Nora Vale, said.", [("Sales held up,", D, "Nora Vale")]),
    ("“We will appeal,” police said.", [("We will appeal,", D, "police")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_SENTENCE_TAIL)
def test_the_speaker_after_a_quoted_sentences_tail(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# the words after "told" (and "informed", "reminded", ...) are the person told, never the
# speaker, even when a lower-case phrase follows the quotation: the speaker stands before the cue
TOLD_OBJECTS = [
    ("“We will appeal the ruling,” defence lawyer Mark Dunn, 61, told Reuters.",
     [("We will appeal the ruling,", D, "Mark Dunn")]),
    ("“It is over,” longtime resident Jane Roe, 80, told The Associated Press.",
     [("It is over,", D, "Jane Roe")]),
    ("“It is over,” longtime resident Jane Roe, 80, told the BBC on Monday.",
     [("It is over,", D, "Jane Roe")]),
    ("“The vote was rigged,” opposition leader Tom Reyes, 54, told CNN.",
     [("The vote was rigged,", D, "Tom Reyes")]),
    ("“The club is not for sale,” chairman Ivo Lind, 70, told The Times.",
     [("The club is not for sale,", D, "Ivo Lind")]),
    # an inverted cue that may have its speaker after it still does
    ("“Is the club for sale?” asked the reporter.", [("Is the club for sale?", D, "the reporter")]),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_OBJECTS)
def test_the_person_told_is_no_speaker(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# the subject of a participle's sentence is found whatever its verb's inflection (threw, broke,
# sent, took) and when a given name ends like an adverb (Carly, Kelly, Molly)
PARTICIPLE_SUBJECTS = [
    ("Carly Vance threw her support behind the mayor on Wednesday, saying the city needed “a steady hand.”",
     [("the city needed “a steady hand.”", M, "Carly Vance")]),
    ("Emily Stone broke the club record on Saturday, saying she had “never felt better.”",
     [("she had “never felt better.”", M, "Emily Stone")]),
    ("Judge Kelly Marsh sent the case back to the lower court, saying the evidence had been “handled carelessly.”",
     [("the evidence had been “handled carelessly.”", M, "Kelly Marsh")]),
    ("Molly Grant took over as chief executive in March, saying the bakery would “grow or close.”",
     [("the bakery would “grow or close.”", M, "Molly Grant")]),
    # an adverb that opens the sentence still is one
    ("Shortly after the vote, the mayor left the hall, saying she was “very tired.”",
     [("she was “very tired.”", M, "the mayor")]),
    # a plural noun after a name, with a verb after it, is no verb: the name qualifies it
    ("Ana Ortiz supporters rallied outside the court, chanting, “Four more years!”",
     [("Four more years!", D, "Ana Ortiz supporters")]),
    ("Senator Ana Ortiz aides denied the report, saying it was false.",
     [("it was false", R, "Senator Ana Ortiz aides")]),
    ("New York officials rejected the plan on Friday, saying it was too costly.",
     [("it was too costly", R, "New York officials")]),
    ("Maple Grove residents protested on Monday, saying the plant was too loud.",
     [("the plant was too loud", R, "Maple Grove residents")]),
    # a verb in -s after a name is still one
    ("Ana Ortiz supports the plan, saying it would help families.",
     [("it would help families", R, "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_SUBJECTS)
def test_the_subject_of_a_participles_sentence(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# a sentence opened by a participle clause ("Reached by ...", "Led by ...", "Based on ...") has
# its subject after the clause: the participle is never the speaker
PARTICIPLE_OPENERS = [
    ("Reached by reporters on Sunday, coach Dana Pike denied that she would resign, saying the team was “still in this fight.”",
     [("she would resign", R, "Dana Pike"), ("the team was “still in this fight.”", M, "Dana Pike")]),
    ("Led by the union’s president, the strikers denounced the plan as “a betrayal.”",
     [("a betrayal.", D, "the strikers")]),
    ("Based on the figures released by the ministry, the deficit will “double by next year.”",
     [("double by next year.", D, None)]),
    # a name that ends like a past participle still speaks
    ("Asked about the fire, Fred Olsen said the mill would reopen in May.",
     [("the mill would reopen in May", R, "Fred Olsen")]),
    # so does a name in -ed before a preposition, with its verb before the first comma
    ("Mohammed on Tuesday defended the plan, saying it would help families.",
     [("it would help families", R, "Mohammed")]),
    ("Mohammed on Tuesday defended the plan, saying, “It will help families.”",
     [("It will help families.", D, "Mohammed")]),
    ("Fred Roe spoke first. Fred on Monday repeated his support, saying it would help families.",
     [("it would help families", R, "Fred Roe")]),
    ("Ahmed on Friday rejected the offer, saying it was “an insult.”",
     [("it was “an insult.”", M, "Ahmed")]),
    # while a participle in -ed that a participle follows still opens a clause
    ("Based on the figures released by the ministry, the deficit will “double by next year.”",
     [("double by next year.", D, None)]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_OPENERS)
def test_a_participle_clause_is_no_speaker(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# an adverb or conjunction that opens the sentence is no part of the speaker set off by an
# appositive ("Even China, ..., said", "But Mr. Guerrero, a Republican, said")
SENTENCE_OPENERS = [
    ("Even China, the regime's only ally, said it was “firmly opposed” to the test.",
     [("it was “firmly opposed” to the test", M, "China")]),
    ("But Mr. Guerrero, a Republican, said he would vote for the levy.",
     [("he would vote for the levy", R, "Guerrero")]),
    ("Still, Ana Ortiz, the club's lawyer, said the appeal would be lodged on Monday.",
     [("the appeal would be lodged on Monday", R, "Ana Ortiz")]),
]


# a given name or a title that is also an adverb or a conjunction stays in the mention
NAMES_LIKE_OPENERS = [
    ("First Minister Nicola Sturgeon, the SNP leader, said the vote would go ahead.",
     ("Nicola Sturgeon", "First Minister Nicola Sturgeon")),
    ("May Chen, a council member, said the plan would help families.", ("May Chen", "May Chen")),
    ("Will Smith, a council member, said the plan would help families.", ("Will Smith", "Will Smith")),
    ("Long Nguyen, a council member, said the plan would help families.", ("Long Nguyen", "Long Nguyen")),
    ("So Yeon-kim, a council member, said the plan would help families.", ("So Yeon-kim", "So Yeon-kim")),
    # an opener is still left out
    ("But Mr. Guerrero, a Republican, said he would vote for the levy.", ("Guerrero", "Mr. Guerrero")),
    ("Even China, the regime's only ally, said the test was a mistake.", ("China", "China")),
]


@pytest.mark.parametrize(("text", "speaker"), NAMES_LIKE_OPENERS)
def test_a_name_that_looks_like_an_opener(text: str, speaker: tuple[str, str]) -> None:
    article = newsparse.parse_article(f"Harbour news\n\n{text}")
    assert [(q.speaker.name, q.speaker.mention) for q in article.quotes if q.speaker] == [speaker]


@pytest.mark.parametrize(("text", "expected"), SENTENCE_OPENERS)
def test_a_sentence_opener_is_no_part_of_the_speaker(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# a label before a colon names the speaker: a speech verb and a name ("Said Mr. Lind:"), a full
# name and a short description ("Nora Vale, season-ticket holder:"), or a phrase and a verb in
# the past ("Club captain Dana Pike agreed:"), also when the quotation opens the next paragraph
LABELS = [
    ("Readers sent us their views on the stadium vote.\n\n"
     "Nora Vale, season-ticket holder: “The club has forgotten who pays the bills.”\n\n"
     "Tom Reyes, retired groundsman: “I cut that grass for thirty years.”",
     [("The club has forgotten who pays the bills.", D, "Nora Vale"), ("I cut that grass for thirty years.", D, "Tom Reyes")]),
    ("The chairman spoke last. Said Mr. Lind: “We will build it, and we will build it here.”",
     [("We will build it, and we will build it here.", D, "Lind")]),
    ("The defence rested on Friday.\n\nStated Ms. Ortiz:\n\n“My client was at home that night.”",
     [("My client was at home that night.", D, "Ortiz")]),
    ("Club captain Dana Pike agreed:\n\n“We need a home that our fans can reach by train.”",
     [("We need a home that our fans can reach by train.", D, "Dana Pike")]),
    # the speech verb that opens the label is no given name
    ("The chairman spoke last. Said Ellis: “We will build it here.”",
     [("We will build it here.", D, "Ellis")]),
    # a place and a date or time before a colon are no speaker and description
    ("The ferry service resumed.\n\nLos Angeles, Oct. 3:\n\n“We are open for business again.”",
     [("We are open for business again.", D, None)]),
    ("The ferry service resumed. Hong Kong, Tuesday: “We are open for business again.”",
     [("We are open for business again.", D, None)]),
    ("The ferry service resumed.\n\nSan Francisco, 10:42 a.m. update:\n\n“We are open for business again.”",
     [("We are open for business again.", D, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_a_label_before_a_colon(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# a verb in -ing that no list holds, right before a quotation's comma or colon, after a comma,
# "by" or "with" and a phrase: the person it follows speaks
GERUNDS = [
    ("The striker tried to laugh it off by quipping, “Only on Tuesdays.”",
     [("Only on Tuesdays.", D, "The striker")]),
    ("Fans clashed with stewards at the gate, with one officer repeatedly yelling: “Get back behind the line!”",
     [("Get back behind the line!", D, "one officer")]),
    ("The defendant stood up in the dock, interrupting, “I was not there that night.”",
     [("I was not there that night.", D, "The defendant")]),
    ("Senator Ana Ortiz closed the hearing, bellowing: “This committee is adjourned.”",
     [("This committee is adjourned.", D, "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), GERUNDS)
def test_a_verb_in_ing_before_a_quotation(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


# a verb in -ing after a comma before a title in title case performs it, says nothing
# (no quote); a preposition in -ing, and a noun after a passive's "by", are no cue
GERUNDS_THAT_SAY_NOTHING = [
    ("The band closed the show on Saturday night, performing, “Hey Jude.”", []),
    ("The choir ended the service, singing, “Abide With Me.”", []),
    # a quotation that is no title still has its speaker
    ("The band closed the show on Saturday night, shouting, “See you next year.”",
     [("See you next year.", D, "The band")]),
]


@pytest.mark.parametrize(("text", "expected"), GERUNDS_THAT_SAY_NOTHING)
def test_a_verb_in_ing_before_a_title(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(text) == expected


NO_GERUND_CUE = [
    ("Mayor Ana Ortiz was greeted by chanting: “Go home!”", "Go home!"),
    ("Ortiz listed her demands, including: “Free buses for all pupils.”", "Free buses for all pupils."),
    ("The union set out its terms, regarding: “No job losses this year.”", "No job losses this year."),
    ("Ortiz spoke after the vote, following: “We will not give up.”", "We will not give up."),
]


@pytest.mark.parametrize(("text", "quoted"), NO_GERUND_CUE)
def test_no_cue_in_ing_after_a_passive_or_a_preposition(text: str, quoted: str) -> None:
    article = newsparse.parse_article(f"Harbour news\n\n{text}")
    assert [(q.text, q.cue) for q in article.quotes if q.text == quoted] == [(quoted, None)]


# a name from the article's index that is title-case text (a headline: "... By Harbour Team Prior
# To Her Performance Due To ...") names no one; an organisation named before still speaks
TITLE_CASE_NAMES = [
    ("Singer Benched By Harbour Team Prior To Her Performance Due To Anthem Row\n\n"
     "The singer was told on Friday that she would not perform.\n\n"
     "“We respect every artist who has stood on our stage,” the team said in a statement.",
     [("she would not perform", R, None), ("We respect every artist who has stood on our stage,", D, "the team")]),
    ("Harbour news\n\nThe Leith Harbour Board met on Monday.\n\n“The ferry link will be saved,” the board said.",
     [("The ferry link will be saved,", D, "Leith Harbour Board")]),
    # a title-case headline with one capitalised stop word names no one either, unless the story
    # names the same words again
    ("Harbour Team Benches Singer Over Anthem Row\n\n"
     "The singer was told on Friday that she would not perform.\n\n"
     "“We respect every artist who has stood on our stage,” the team said in a statement.",
     [("she would not perform", R, None), ("We respect every artist who has stood on our stage,", D, "the team")]),
    ("Leith Harbour Board Saves Ferry Link\n\nThe Leith Harbour Board met on Monday.\n\n"
     "“The ferry link will be saved,” the board said.",
     [("The ferry link will be saved,", D, "Leith Harbour Board")]),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_CASE_NAMES)
def test_title_case_text_is_no_name(text: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    article = newsparse.parse_article(text)
    assert [(q.text, q.kind, q.speaker.name if q.speaker else None) for q in article.quotes] == expected


# A lower-case adjective after capitalised words at a sentence's start qualifies a noun to come:
# the capitalised words are no name with its verb.
ADJECTIVES_BEFORE_A_NAME = [
    ("Presumptive Democratic presidential nominee Hillary Clinton called on Congress to act and said funding is needed.", "Hillary Clinton"),
    ("Former Conservative parliamentary candidate Ana Ortiz wrote to the council and said the plan was unlawful.", "Ana Ortiz"),
    ("Carly Fiorina threw her support behind the plan and said it would pass.", "Carly Fiorina"),
]


@pytest.mark.parametrize(("sentence", "speaker"), ADJECTIVES_BEFORE_A_NAME)
def test_an_adjective_after_capitalised_words_is_no_verb(sentence: str, speaker: str) -> None:
    quotes = newsparse.parse_article("Funding row\n\n" + sentence + "\n").quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [speaker]
