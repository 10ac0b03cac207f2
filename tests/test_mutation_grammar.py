"""Speaker phrases as the grammar reads them (``quotes/grammar.py``), table-driven, for the
mutation run of issue 8: the phrase before a cue (tags, ages, adverbs, a day, a time phrase, a
relative clause, a post-modifier, a share of people), the phrase after an inverted cue (a
post-modifier, a title, an abbreviation), an attribution after the quotation whose verb is no
listed cue, a sentence's subject before a participle, and an outlet that closes the attribution.

Each case is a paragraph (or a list of them) as it comes from wire copy, web pages, sports and
court reports; the expected value is every quote ``(kind, text, cue, speaker's name, source)`` in
order.  A fresh ``QuoteParser`` is built in each test, so a change in the patterns its constructor
builds shows here (the shared default parser is built when ``newsparse`` is imported)."""

from __future__ import annotations

import pytest
import regex

from articles import checked_quotes
from newsparse.quotes.grammar import SpeakerGrammar
from newsparse.quotes.languages import FrenchQuotes
from newsparse.quotes.model import Mention
from newsparse.quotes.parser import QuoteParser
from newsparse.spans import Paragraph, QuoteKind, Span
from newsparse.vocabulary import Vocabulary

Row = tuple[str, str, str | None, str | None, str | None]
KINDS = {QuoteKind.DIRECT: "D", QuoteKind.INDIRECT: "R", QuoteKind.MIXED: "M"}


def quotes_of(pieces: str | list[str]) -> list[Row]:
    """Every quote of the paragraphs, after checking that its span and its speaker's span slice the text to
    them (whitespace collapsed) inside the quote's paragraph."""
    out: list[Row] = []
    for quote in checked_quotes(pieces):
        speaker = quote.speaker.name if quote.speaker is not None else None
        out.append((KINDS[quote.kind], quote.text, quote.cue, speaker, quote.source))
    return out


# the phrase before a cue after a quotation: tags, an age, a title, adverbs, a day
BEFORE_CUE = [
    ('"It was a fair trial," Ana Ortiz (D-Ariz.) said on Tuesday.', [("D", "It was a fair trial,", "said", "Ana Ortiz", None)]),
    (
        '"The jury got it right," Sen. Paul Reyes, R-Texas, told reporters.',
        [("D", "The jury got it right,", "told", "Paul Reyes", None)],
    ),
    (
        '"I expect a quiet week," Marta Lind, 81, said outside the court.',
        [("D", "I expect a quiet week,", "said", "Marta Lind", None)],
    ),
    (
        '"We are not going anywhere," Coach Dana Whitfield snapped after the loss.',
        [("D", "We are not going anywhere,", "snapped", "Dana Whitfield", None)],
    ),
    ('"Sell the club," the fans chanted, and the owner left the stand.', [("D", "Sell the club,", "chanted", "the fans", None)]),
    (
        '"Prices will rise," the company\'s chief executive, Lena Park, said on a call with analysts.',
        [("D", "Prices will rise,", "said", "Lena Park", None)],
    ),
    (
        '"Prices will rise," Liu Zhongmin, a professor at Fudan University, said.',
        [("D", "Prices will rise,", "said", "Liu Zhongmin", None)],
    ),
    ('"Prices will rise," six in 10 said.', [("D", "Prices will rise,", "said", "six in 10", None)]),
    ('"Prices will rise," Those close to the mayor say.', [("D", "Prices will rise,", "say", "Those close to the mayor", None)]),
    (
        '"We stand by our reporting," Senator Jane Roe, Republican of Iowa, said.',
        [("D", "We stand by our reporting,", "said", "Jane Roe", None)],
    ),
    (
        '"We stand by our reporting," Rep. Hunter\'s chief of staff, Joe Kasper, told the paper.',
        [("D", "We stand by our reporting,", "told", "Joe Kasper", None)],
    ),
    # a full name after words the grammar does not read
    (
        '"This is theft," Fight for $15 organizing director Kendall Fells told the crowd.',
        [("D", "This is theft,", "told", "Kendall Fells", None)],
    ),
    (
        'The mayor spoke first. "We will rebuild," $15 campaign director Kendall Fells said.',
        [("D", "We will rebuild,", "said", "Kendall Fells", None)],
    ),
    ('"We will rebuild," campaign director Kendall Fells said.', [("D", "We will rebuild,", "said", "Kendall Fells", None)]),
    ('"We will rebuild," Kendall Fells said.', [("D", "We will rebuild,", "said", "Kendall Fells", None)]),
    (
        '"The harbour will reopen in May," the port authority said. "Ships are already queuing outside."',
        [
            ("D", "The harbour will reopen in May,", "said", "the port authority", None),
            ("D", "Ships are already queuing outside.", None, "the port authority", None),
        ],
    ),
]

# an attribution whose verb is no listed cue: a phrase and a verb in the simple past after ",", "?" or "!"
POSTPOSED = [
    ('"Go home," Ortiz barked.', [("D", "Go home,", "barked", "Ortiz", None)]),
    ('"Go home," Ortiz angrily barked.', [("D", "Go home,", "barked", "Ortiz", None)]),
    (
        '"Get off the pitch!" the referee angrily shouted at the bench.',
        [("D", "Get off the pitch!", "shouted", "the referee", None)],
    ),
    ('"Why now?" the striker grumbled and walked off.', [("D", "Why now?", "grumbled", "the striker", None)]),
    ('"Go home," the fans roared before the anthem.', [("D", "Go home,", "roared", "the fans", None)]),
    ('"Go home," the fans roared at the referee.', [("D", "Go home,", "roared", "the fans", None)]),
    ('"Pay up," the landlord demanded, waving the lease.', [("D", "Pay up,", "demanded", "the landlord", None)]),
    # a paragraph that ends on the verb, with no full stop (as pasted copy has it)
    (
        ['"Get out of my courtroom," the judge barked', "The hearing resumed an hour later."],
        [("D", "Get out of my courtroom,", "barked", "the judge", None)],
    ),
    # after a full stop the next sentence is no attribution
    ('"We lost the plot." Ortiz barked at his players in the tunnel.', [("D", "We lost the plot.", None, None, None)]),
    ('"Go home." The fans roared.', [("D", "Go home.", None, None, None)]),
    # a listed cue later in the sentence with no speaker of its own before it
    ('"Go home," the fans roared, and the stewards said nothing.', [("D", "Go home,", "roared", "the fans", None)]),
    ('"Go home!" the fans roared as the stewards said nothing.', [("D", "Go home!", "roared", "the fans", None)]),
]

# the phrase after an inverted cue
AFTER_CUE = [
    (
        '"The deal is done," said a person close to the negotiations.',
        [("D", "The deal is done,", "said", "a person close to the negotiations", None)],
    ),
    ('"The deal is done," said one of those advisers.', [("D", "The deal is done,", "said", "one of those advisers", None)]),
    ('"We have won," said former secretary of state Ana Ortiz.', [("D", "We have won,", "said", "Ana Ortiz", None)]),
    ('"We will appeal," said Ortiz Jr.', [("D", "We will appeal,", "said", "Ortiz Jr.", None)]),
    ('"We will appeal," said Ana Ortiz.', [("D", "We will appeal,", "said", "Ana Ortiz", None)]),
    ('"The plant is safe," said Ana Ortiz, the plant\'s director.', [("D", "The plant is safe,", "said", "Ana Ortiz", None)]),
    ('"The plant is safe," said U.S. Sen. Ana Ortiz.', [("D", "The plant is safe,", "said", "Ana Ortiz", None)]),
    ('"The plant is safe," said the U.S.', [("D", "The plant is safe,", "said", "the U.S.", None)]),
    ('"The tide is turning," said Ana Ortiz, who leads the council.', [("D", "The tide is turning,", "said", "Ana Ortiz", None)]),
    ('"The tide is turning," said Ana Ortiz in a statement.', [("D", "The tide is turning,", "said", "Ana Ortiz", None)]),
    ('"The tide is turning," said Ana Ortiz on Monday.', [("D", "The tide is turning,", "said", "Ana Ortiz", None)]),
    (
        '"The tide is turning," said Ana Ortiz, adding that more work was needed.',
        [("D", "The tide is turning,", "said", "Ana Ortiz", None), ("R", "more work was needed", "adding", "Ana Ortiz", None)],
    ),
    (
        '"The tide is turning," said councillor Ana Ortiz of the Green Party.',
        [("D", "The tide is turning,", "said", "Ana Ortiz", None)],
    ),
    (
        '"The tide is turning," said the head of the Green Party.',
        [("D", "The tide is turning,", "said", "the head of the Green Party", None)],
    ),
    ('"The tide is turning," said a source.', [("D", "The tide is turning,", "said", "a source", None)]),
    ('"The tide is turning," said he.', [("D", "The tide is turning,", "said", "he", None)]),
    ('"The tide is turning," said Ortiz\'s spokesman.', [("D", "The tide is turning,", "said", "Ortiz's spokesman", None)]),
    ('"The tide is turning," said NATO.', [("D", "The tide is turning,", "said", "NATO", None)]),
    # a clause after the verb names no one
    ('"The cuts will hurt," said she was elated but tired.', [("D", "The cuts will hurt,", None, None, None)]),
    (
        "The port closed on Friday, according to state records.",
        [("R", "The port closed on Friday", "according to", "state records", None)],
    ),
    (
        "Shares of the carmaker rose 3 percent, according to a court filing by the city's lawyers.",
        [("R", "Shares of the carmaker rose 3 percent", "according to", "a court filing by the city's lawyers", None)],
    ),
    (
        "According to documents from Ana Ortiz's office, the port closed on Friday.",
        [("R", "the port closed on Friday", "According to", "documents from Ana Ortiz's office", None)],
    ),
]

# the speaker of reported speech: the phrase before the cue
REPORTED = [
    (
        "Those close to the mayor say the budget will pass.",
        [("R", "the budget will pass", "say", "Those close to the mayor", None)],
    ),
    (
        "A spokesman for the ministry said the border would reopen on Friday.",
        [("R", "the border would reopen on Friday", "said", "A spokesman for the ministry", None)],
    ),
    ("Ortiz is telling voters that the tax will not rise.", [("R", "the tax will not rise", "telling", "Ortiz", None)]),
    (
        "Fight for $15 organizing director Kendall Fells told the crowd that wages must rise.",
        [("R", "wages must rise", "told", "Kendall Fells", None)],
    ),
    (
        "Cummings and Conyers wrote that the inquiry had stalled.",
        [("R", "the inquiry had stalled", "wrote", "Cummings and Conyers", None)],
    ),
    (
        "Friends and allies said the senator would run again.",
        [("R", "the senator would run again", "said", "Friends and allies", None)],
    ),
    (
        "Ortiz on Sunday reiterated that the port would stay closed.",
        [("R", "the port would stay closed", "reiterated", "Ortiz", None)],
    ),
    ("Allies have in the past said the plan was doomed.", [("R", "the plan was doomed", "said", "Allies", None)]),
    ("The court -- over the past few days -- said the filing was late.", [("R", "the filing was late", "said", "The court", None)]),
    ("Abbas previously said the talks had failed.", [("R", "the talks had failed", "said", "Abbas", None)]),
    ("Now Ortiz says the deal is off.", [("R", "the deal is off", "says", "Ortiz", None)]),
    (
        "The Revolutionary Guard Corps on Sunday reiterated that the strait would stay open.",
        [("R", "the strait would stay open", "reiterated", "Revolutionary Guard Corps", None)],
    ),
    (
        "Thomas Perez, who said the party would unite, spoke in Denver.",
        [("R", "the party would unite, spoke in Denver", "said", "Thomas Perez", None)],
    ),
    ("It added that the merger would close in May.", [("R", "the merger would close in May", "added", "It", None)]),
    ("They said the factory would reopen in the spring.", [("R", "the factory would reopen in the spring", "said", "They", None)]),
    (
        "Mr. Morgan of the Sierra Club said the permit should be revoked.",
        [("R", "the permit should be revoked", "said", "Morgan", None)],
    ),
    ("Ana Ortiz (D-Ariz.) last week said the inquiry was over.", [("R", "the inquiry was over", "said", "Ana Ortiz", None)]),
    (
        "Seventy-four percent said the economy was getting worse.",
        [("R", "the economy was getting worse", "said", "Seventy-four percent", None)],
    ),
    ("A majority said the president should resign.", [("R", "the president should resign", "said", "A majority", None)]),
    ("Two of three said they would vote again.", [("R", "they would vote again", "said", "Two of three", None)]),
    (
        "The environment secretary, James Holloway, said the river was clean.",
        [("R", "the river was clean", "said", "James Holloway", None)],
    ),
    (
        "Ortiz criticized the ruling on Friday. She said the judge had ignored the evidence.",
        [("R", "the judge had ignored the evidence", "said", "She", None)],
    ),
    (
        "The striker, who scored twice, said the team had earned the win.",
        [("R", "the team had earned the win", "said", "The striker", None)],
    ),
    (
        "Some shop owners said sales had halved since the bridge closed.",
        [("R", "sales had halved since the bridge closed", "said", "Some shop owners", None)],
    ),
    ("Aides say the president will veto the bill.", [("R", "the president will veto the bill", "say", "Aides", None)]),
    (
        "Union representatives said the offer was an insult.",
        [("R", "the offer was an insult", "said", "Union representatives", None)],
    ),
    (
        "The company officials said the recall would cost millions.",
        [("R", "the recall would cost millions", "said", "The company officials", None)],
    ),
    (
        "Holding signs calling for a recount, protesters said the vote was stolen.",
        [("R", "the vote was stolen", "said", "protesters", None)],
    ),
    (
        "Having announced his retirement, the coach said the club was in good hands.",
        [("R", "the club was in good hands", "said", "the coach", None)],
    ),
    ("On Wednesday the ministry said exports had fallen.", [("R", "exports had fallen", "said", "the ministry", None)]),
    ("In Ohio, voters said the economy mattered most.", [("R", "the economy mattered most", "said", "voters", None)]),
    (
        "Shortly after the verdict, the judge said the jury had done its duty.",
        [("R", "the jury had done its duty", "said", "the judge", None)],
    ),
    (
        "Continuing his speech, Ortiz said the city would not back down.",
        [("R", "the city would not back down", "said", "Ortiz", None)],
    ),
    # the passive of a verb that takes the person spoken to: its subject is no speaker
    ("Residents were told to leave their homes before dawn.", []),
    ("The minister was asked whether the tax would rise.", [("R", "whether the tax would rise", "asked", None, None)]),
]

# a sentence's subject: before a participle, a second verb, a verb that is no cue
SUBJECTS = [
    (
        "The vote was delayed twice. Marta Lind, a former party chairwoman, became a delegate and said the count was rigged.",
        [("R", "the count was rigged", "said", "Marta Lind", None)],
    ),
    (
        "Gary Ortiz, a former party chairman, became a delegate and said the vote was rigged.",
        [("R", "the vote was rigged", "said", "Gary Ortiz", None)],
    ),
    (
        "Officials met on Monday. Ortiz then issued a statement saying the port would stay shut.",
        [("R", "the port would stay shut", "saying", "Ortiz", None)],
    ),
    (
        "Prices rose in March, with officials saying the drought had cut the harvest.",
        [("R", "the drought had cut the harvest", "saying", "officials", None)],
    ),
    ("Abbas expressed hope for a deal, saying the talks would resume.", [("R", "the talks would resume", "saying", "Abbas", None)]),
    (
        "Three council members opposed the plan, arguing it would raise rents.",
        [("R", "it would raise rents", "arguing", "Three council members", None)],
    ),
    (
        'Last month, the mayor called the budget "a disgrace to the city."',
        [("D", "a disgrace to the city.", None, "the mayor", None)],
    ),
    (
        'The ad targets a "reckless" senator, the campaign said.',
        [("M", 'The ad targets a "reckless" senator', "said", "the campaign", None)],
    ),
    (
        "The ad targets Ortiz for her vote on the bridge, the campaign said.",
        [("R", "The ad targets Ortiz for her vote on the bridge", "said", "the campaign", None)],
    ),
    (
        "Ortiz accuses Lee of lying about the budget, the filing says.",
        [("R", "Ortiz accuses Lee of lying about the budget", "says", "the filing", None)],
    ),
    ("Ana Ortiz, the party's chairwoman, repeated her call for a recount.", []),
]

# an outlet that closes the attribution
SOURCES = [
    (
        '"The strike is over," union leaders said, Reuters reported.',
        [("D", "The strike is over,", "said", "union leaders", "Reuters")],
    ),
    (
        '"The strike is over," union leaders said, citing a letter from the board.',
        [("D", "The strike is over,", "said", "union leaders", None)],
    ),
    (
        '"Two more years," said the mayor, the Associated Press reported.',
        [("D", "Two more years,", "said", "the mayor", "the Associated Press")],
    ),
    (
        '"Two more years," Ortiz said, The Guardian quoted her as saying.',
        [("D", "Two more years,", "said", "Ortiz", "The Guardian")],
    ),
    ('"Two more years," Ortiz said, the BBC cited her as saying.', [("D", "Two more years,", "said", "Ortiz", "the BBC")]),
    (
        "The mayor said on Tuesday that the bridge would reopen, Al Jazeera reported.",
        [("R", "the bridge would reopen", "said", "The mayor", "Al Jazeera")],
    ),
    (
        "The union's lawyers said in a filing that the strike was legal, Reuters reported.",
        [("R", "the strike was legal", "said", "The union's lawyers", "Reuters")],
    ),
]

# a quotation that runs over paragraphs takes the speaker of the paragraph that closes it
PARAGRAPHS = [
    (
        [
            '"The first quarter was the hardest we have had since the war and the bank did not help.',
            '"Then the orders came back," said Colin Reyes, the firm\'s founder.',
        ],
        [
            (
                "D",
                "The first quarter was the hardest we have had since the war and the bank did not help.",
                "said",
                "Colin Reyes",
                None,
            ),
            ("D", "Then the orders came back,", "said", "Colin Reyes", None),
        ],
    ),
    (
        ['"We kept the lights on.', '"We paid every worker.', '"And we will pay them again," said Colin Reyes.'],
        [
            ("D", "We kept the lights on.", "said", "Colin Reyes", None),
            ("D", "We paid every worker.", "said", "Colin Reyes", None),
            ("D", "And we will pay them again,", "said", "Colin Reyes", None),
        ],
    ),
    (
        ['"The budget is dead."', "Ortiz, who chairs the committee, said so twice."],
        [("D", "The budget is dead.", None, None, None)],
    ),
]

# the same constructions in a later sentence of the paragraph, after one that could mislead
LATER_SENTENCES = [
    (
        "The talks ended late on Monday. Abbas expressed hope for a deal, saying the talks would resume.",
        [("R", "the talks would resume", "saying", "Abbas", None)],
    ),
    (
        "Rents rose again in May. Three council members opposed the plan, arguing it would raise rents.",
        [("R", "it would raise rents", "arguing", "Three council members", None)],
    ),
    (
        'The vote was held on Friday. Last month, the mayor called the budget "a disgrace to the city."',
        [("D", "a disgrace to the city.", None, "the mayor", None)],
    ),
    (
        "The ad targets voters in Ohio, the campaign said. Ortiz accuses Lee of lying about the budget, the filing says.",
        [
            ("R", "The ad targets voters in Ohio", "said", "the campaign", None),
            ("R", "Ortiz accuses Lee of lying about the budget", "says", "the filing", None),
        ],
    ),
    (
        "Ortiz, a former mayor, said the bridge was safe. Lee, the city's engineer, said it was not.",
        [("R", "the bridge was safe", "said", "Ortiz", None), ("R", "it was not", "said", "Lee", None)],
    ),
    (
        "Fares rose. Ana Ortiz (D-Ariz.) on Saturday criticized the plan, saying it would hurt commuters.",
        [("R", "it would hurt commuters", "saying", "Ana Ortiz", None)],
    ),
    (
        "Fares rose. Ana Ortiz on Saturday criticized the plan, saying it would hurt commuters.",
        [("R", "it would hurt commuters", "saying", "Ana Ortiz", None)],
    ),
    (
        "Some of the council's members opposed the plan, saying it would hurt commuters.",
        [("R", "it would hurt commuters", "saying", "Some of the council's members", None)],
    ),
    (
        "Several council members opposed the plan, saying it would hurt commuters.",
        [("R", "it would hurt commuters", "saying", "Several council members", None)],
    ),
    (
        "Shortly before the vote, Ortiz criticized the plan, saying it would hurt commuters.",
        [("R", "it would hurt commuters", "saying", "Ortiz", None)],
    ),
    (
        "It rained. Continuing his speech, Ortiz said the city would not back down.",
        [("R", "the city would not back down", "said", "Ortiz", None)],
    ),
    (
        "The ad hits Ortiz for her vote on the bridge, the campaign said.",
        [("R", "The ad hits Ortiz for her vote on the bridge", "said", "the campaign", None)],
    ),
]

# a subject before a naming verb in the present (``calls``, ``accuses``): the verb ends the phrase,
# a noun ending like a verb (``boss``, ``campus``, ``status``) does not
PRESENT_VERBS = [
    ('The union calls the plan "a betrayal of every worker."', [("D", "a betrayal of every worker.", None, "The union", None)]),
    (
        'Union boss Ana Ortiz calls the plan "a betrayal of every worker."',
        [("D", "a betrayal of every worker.", None, "Ana Ortiz", None)],
    ),
    (
        'The campus union calls the plan "a betrayal of every student."',
        [("D", "a betrayal of every student.", None, "The campus union", None)],
    ),
    ('Ortiz describes Lee as "a man without a plan or a map."', [("D", "a man without a plan or a map.", None, "Ortiz", None)]),
    (
        'The report accuses the agency of "gross negligence at every level."',
        [("D", "gross negligence at every level.", None, "The report", None)],
    ),
    ('The ad calls Ortiz "a career politician with no plan."', [("D", "a career politician with no plan.", None, "The ad", None)]),
    ('Lee\'s lawyer calls the verdict "a travesty of justice."', [("D", "a travesty of justice.", None, "Lee's lawyer", None)]),
    (
        'Fans and players call the stadium "the best in the league."',
        [("D", "the best in the league.", None, "Fans and players", None)],
    ),
    ('The club calls it "a sad day for football."', [("D", "a sad day for football.", None, "The club", None)]),
    ('The boss calls the plan "a mess from start to finish."', [("D", "a mess from start to finish.", None, "The boss", None)]),
    (
        'The status report calls the plan "a mess from start to finish."',
        [("D", "a mess from start to finish.", None, "The status report", None)],
    ),
    ('Abbas on Monday called the plan "a historic mistake."', [("D", "a historic mistake.", None, "Abbas", None)]),
    ('Ortiz\'s aides call the plan "dead on arrival."', [("D", "dead on arrival.", None, "Ortiz's aides", None)]),
]

# a name with two appositives after it, the first with a capitalised word
APPOSITIVES = [
    (
        "Rep. Paul Reyes, a Republican from Texas, a member of the panel, said the bill was dead.",
        [("R", "the bill was dead", "said", "Paul Reyes", None)],
    ),
]

# the subject a participle takes, before a verb in the present (``calls``, ``opposes``, ``hits``)
PRESENT_SUBJECTS = [
    ("The union calls the plan a betrayal, saying it would cut wages.", [("R", "it would cut wages", "saying", "The union", None)]),
    (
        "Union boss Ana Ortiz calls the plan a betrayal, saying it would cut wages.",
        [("R", "it would cut wages", "saying", "Ana Ortiz", None)],
    ),
    (
        "The campus union opposes the plan, saying it would raise fees.",
        [("R", "it would raise fees", "saying", "The campus union", None)],
    ),
    ("The ad targets Ortiz, saying she raised taxes.", [("R", "she raised taxes", "saying", "The ad", None)]),
    ("The ad hits Ortiz, saying she raised taxes.", [("R", "she raised taxes", "saying", "The ad", None)]),
    ("The boss opposes the plan, saying it is too costly.", [("R", "it is too costly", "saying", "The boss", None)]),
    ("Ortiz accuses Lee of lying, saying the budget was cooked.", [("R", "the budget was cooked", "saying", "Ortiz", None)]),
    (
        'The mayor rejects "any cuts" to the budget, saying the city can afford them.',
        [("D", "any cuts", None, "The mayor", None), ("R", "the city can afford them", "saying", "The mayor", None)],
    ),
    ("Ortiz backs the plan but warns that costs could rise.", [("R", "costs could rise", "warns", "Ortiz", None)]),
    (
        "The bus drivers' union opposes the plan, saying it would cut wages.",
        [("R", "it would cut wages", "saying", "The bus drivers' union", None)],
    ),
    # a pronoun, a participle or a quantifier opening the sentence
    ("They, too, rejected the plan, saying it was too costly.", [("R", "it was too costly", "saying", "They", None)]),
    ("He rejected the plan, saying it was too costly.", [("R", "it was too costly", "saying", "He", None)]),
    (
        "Speaking to reporters, Ortiz criticized the plan, saying it would hurt commuters.",
        [("R", "it would hurt commuters", "saying", "Ortiz", None)],
    ),
    (
        "Speaking to reporters on Monday, the mayor defended the plan, saying it would pay for itself.",
        [("R", "it would pay for itself", "saying", "the mayor", None)],
    ),
    (
        "Most residents opposed the plan, saying it would raise rents.",
        [("R", "it would raise rents", "saying", "Most residents", None)],
    ),
    (
        "Many of the residents opposed the plan, saying it would raise rents.",
        [("R", "it would raise rents", "saying", "Many of the residents", None)],
    ),
    (
        "Ortiz (D-Ariz.) criticized the plan, saying it would hurt commuters.",
        [("R", "it would hurt commuters", "saying", "Ortiz", None)],
    ),
    (
        "Fifty residents rallied outside city hall, saying the plan would raise rents.",
        [("R", "the plan would raise rents", "saying", "Fifty residents", None)],
    ),
    # a plural noun before the verb is no verb in the present
    ("Dock workers rejected the offer, saying it was too low.", [("R", "it was too low", "saying", "Dock workers", None)]),
    ("The dock workers rejected the offer, saying it was too low.", [("R", "it was too low", "saying", "The dock workers", None)]),
]


@pytest.mark.parametrize(
    ("pieces", "expected"),
    BEFORE_CUE
    + POSTPOSED
    + AFTER_CUE
    + REPORTED
    + SUBJECTS
    + SOURCES
    + PARAGRAPHS
    + LATER_SENTENCES
    + PRESENT_VERBS
    + APPOSITIVES
    + PRESENT_SUBJECTS,
)
def test_speaker_phrases(pieces: str | list[str], expected: list[Row]) -> None:
    assert quotes_of(pieces) == expected


# --- second mutation run: every mutant of quotes/grammar.py run; cases for the survivors ---

# a tag, a time phrase or an adverb between the phrase and the cue, with a phrase only leniency accepts
TAGS_AND_TIMES = [
    (
        '"It is over," the insider (a former aide to the mayor) said.',
        [("D", "It is over,", "said", "the insider", None)],
    ),
    ('"It is over," the insider, 81, said.', [("D", "It is over,", "said", "the insider", None)]),
    ('"It is over," the insider (D-Ariz.) on Monday said.', [("D", "It is over,", "said", "the insider", None)]),
    ('"It is over," Ortiz (D-Ariz.) later said.', [("D", "It is over,", "said", "Ortiz", None)]),
    ("the insider (D-Ariz.) on Monday said the inquiry was over.", [("R", "the inquiry was over", "said", "the insider", None)]),
    ("The mayor on Monday morning said the inquiry was over.", [("R", "the inquiry was over", "said", "The mayor", None)]),
    ("Ortiz in recent weeks has said the inquiry was over.", [("R", "the inquiry was over", "said", "Ortiz", None)]),
    # a name that ends like an adverb (-ly) keeps its capital
    ("Dana Kelly said the vote was fair.", [("R", "the vote was fair", "said", "Dana Kelly", None)]),
    ('"The vote was fair," Dana Kelly said.', [("D", "The vote was fair,", "said", "Dana Kelly", None)]),
    ("The vote was fair, Dana Kelly said.", [("R", "The vote was fair", "said", "Dana Kelly", None)]),
    (
        "The union leader on Tuesday said the strike would go on.",
        [("R", "the strike would go on", "said", "The union leader", None)],
    ),
    ("Ortiz was telling reporters that the strike would go on.", [("R", "the strike would go on", "telling", "Ortiz", None)]),
    (
        "Ortiz pointed out that the bridge was inspected in May.",
        [("R", "the bridge was inspected in May", "pointed out", "Ortiz", None)],
    ),
    # "Post" in a name is no cue
    (
        "The State Post Bureau said parcels would be delayed.",
        [("R", "parcels would be delayed", "said", "State Post Bureau", None)],
    ),
    ('"Parcels will be late," the State Post Bureau said.', [("D", "Parcels will be late,", "said", "State Post Bureau", None)]),
    ("Ortiz's office rejects the claims, saying they are false.", [("R", "they are false", "saying", "Ortiz's office", None)]),
    ('The mayor blames "outside agitators" for the unrest.', [("D", "outside agitators", None, "The mayor", None)]),
]

# an outlet that closes the attribution, in its several forms
OUTLETS = [
    (
        '"The port is closed," according to a court filing by the city\'s lawyers.',
        [("D", "The port is closed,", "according to", "a court filing by the city's lawyers", None)],
    ),
    ('"Enough," Ortiz said, state media reported.', [("D", "Enough,", "said", "Ortiz", "state media")]),
    ('"Enough," Ortiz said, the state news agency reported.', [("D", "Enough,", "said", "Ortiz", "the state news agency")]),
    ('"Enough," Ortiz said, local media cited a police source as saying.', [("D", "Enough,", "said", "Ortiz", "local media")]),
    (
        "The mayor said the bridge would reopen, the Daily Mail quoted an aide as saying.",
        [("R", "the bridge would reopen", "said", "The mayor", "the Daily Mail")],
    ),
]


# the person told, between the cue and the quotation or the reported clause
OBJECTS = [
    ('Ortiz told reporters, "We will win the vote."', [("D", "We will win the vote.", "told", "Ortiz", None)]),
    ('Ortiz told voters, "We will win the vote."', [("D", "We will win the vote.", "told", "Ortiz", None)]),
    ('Ortiz told the BBC, "We will win the vote."', [("D", "We will win the vote.", "told", "Ortiz", None)]),
    ('Ortiz told the board members, "We will win the vote."', [("D", "We will win the vote.", "told", "Ortiz", None)]),
    ('Ortiz told Republican senators, "We will win the vote."', [("D", "We will win the vote.", "told", "Ortiz", None)]),
    ('Ortiz told Jane Roe, "We will win the vote."', [("D", "We will win the vote.", "told", "Ortiz", None)]),
    ("The mayor told Fox News the vote was lost.", [("R", "the vote was lost", "told", "The mayor", None)]),
]


# cues: a progressive after a form of "be", a passive, a cue in an earlier sentence
CUES = [
    (
        'The mayor said little. "We will rebuild," the deputy mayor said.',
        [("D", "We will rebuild,", "said", "the deputy mayor", None)],
    ),
    ("The bridge was closed, the mayor said.", [("R", "The bridge was closed", "said", "the mayor", None)]),
    ("Ortiz was shouting that the vote was rigged.", [("R", "the vote was rigged", "shouting", "Ortiz", None)]),
    ("The workers were chanting that the vote was rigged.", [("R", "the vote was rigged", "chanting", "The workers", None)]),
    ('"Out!" chanting fans told the referee.', [("D", "Out!", "told", "chanting fans", None)]),
    ("Residents were promised that the plant would close.", [("R", "the plant would close", "promised", None, None)]),
    ("The mayor also on Sunday said the port would stay closed.", [("R", "the port would stay closed", "said", "The mayor", None)]),
    ("Ortiz again on Sunday said the port would stay closed.", [("R", "the port would stay closed", "said", "Ortiz", None)]),
    ("The union objects; the mayor said the plan is fair.", [("R", "the plan is fair", "said", "the mayor", None)]),
    # a capitalised speech verb in a name is no cue ("According to" opens a sentence, "Reports" does not)
    ("Consumer Reports said the car was unsafe.", [("R", "the car was unsafe", "said", "Consumer Reports", None)]),
    ('"The car is unsafe," Consumer Reports said.', [("D", "The car is unsafe,", "said", "Consumer Reports", None)]),
    ('"The car is unsafe," said Consumer Reports.', [("D", "The car is unsafe,", "said", "Consumer Reports", None)]),
    # (a relative clause with no comma belongs to the mention as written)
    ('"It is over," an insider who was there said.', [("D", "It is over,", "said", "an insider who was there", None)]),
    ('"It is over," close friends of the victim said.', [("D", "It is over,", "said", "close friends of the victim", None)]),
    ("And Ortiz said the port would close.", [("R", "the port would close", "said", "Ortiz", None)]),
    ('"We won," said coach Ortiz.', [("D", "We won,", "said", "Ortiz", None)]),
    # a dash of attribution, glued to the name or not
    ('"The tide is turning."—Ana Ortiz', [("D", "The tide is turning.", "—", "Ana Ortiz", None)]),
    ('"The tide is turning." —Ana Ortiz, mayor', [("D", "The tide is turning.", "—", "Ana Ortiz", None)]),
    ("The mayor met voters and Ortiz said the talks went well.", [("R", "the talks went well", "said", "Ortiz", None)]),
    ("The head of the union said the vote was rigged.", [("R", "the vote was rigged", "said", "The head of the union", None)]),
    (
        "Perez, who said the party would unite, spoke in Denver.",
        [("R", "the party would unite, spoke in Denver", "said", "Perez", None)],
    ),
]


@pytest.mark.parametrize(("pieces", "expected"), TAGS_AND_TIMES + OUTLETS + OBJECTS + CUES)
def test_more_speaker_phrases(pieces: str | list[str], expected: list[Row]) -> None:
    assert quotes_of(pieces) == expected


@pytest.mark.parametrize(
    ("phrase", "lenient", "expected"),
    [
        ("Ortiz", False, True),
        ("He", False, True),
        ("the insider", False, False),
        ("the insider", True, True),
        ("one employee", True, True),
        ("the 34-year-old", True, True),
        ("a microphone", True, True),
        ("the recently", True, False),
        ("the insider said", True, False),
        ("He sells", True, False),
        ("On Wednesday", True, False),
        ("In Ohio", True, False),
        ("Having announced", True, False),
        ("Holding signs", True, False),
        ("Being honest", True, False),
        ("the minister's", True, False),
        ("the ministers'", True, False),
        ("the minister’s", True, False),
        ("the ministers’", True, False),
        ("EU", False, True),
        ("Recent weeks", True, False),
        ("", True, False),
        ("but drivers", True, False),
        ("key witness", True, False),
        ("key analysis", False, False),
        ("key campus", False, False),
        ("Q", True, False),
        ("A.", True, False),
        ("May", True, False),
        ("Monday", True, False),
        ("the", True, False),
        ("nothing", True, False),
        ("the union", False, True),
        ("the boss", False, True),
        ("union leaders", False, True),
        ("hacking specialists", False, True),
        ("Some shop owners", False, True),
        ("aides", False, False),
        ("aides", True, True),
        ("bus", True, False),
        ("74 percent", False, True),
        ("six in 10", False, True),
        ("Ortiz Jr.", False, True),
        ("Wing commanders", False, True),
    ],
)
def test_is_speaker_phrase(phrase: str, lenient: bool, expected: bool) -> None:
    assert SpeakerGrammar().is_speaker_phrase(phrase, lenient=lenient) is expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a microphone", True),
        ("the first incident", True),
        ("his face", True),
        ("the caustic", True),
        ("the club's \"excesses", True),
        ("workers here", True),
        ("the killings of protesters", True),
        ("a T-shirt", True),
        ("the X-ray machine", True),
        ("the mayor", False),
        ("the recently elected mayor", False),
        ("the retired coach", False),
        ("Ana Ortiz", False),
        ("a source involved in the talks", False),
        ("three witnesses", False),
        ("the council", False),
        ("the statement", False),
        ("his lawyers", False),
        ("his iPhone", True),
        ("close friends of the victim", False),
        ("the mayor,", False),
        ("", False),
        ('the "reform" minister', False),
    ],
)
def test_names_no_one(phrase: str, expected: bool) -> None:
    assert SpeakerGrammar().names_no_one(phrase) is expected


@pytest.mark.parametrize(
    ("word", "expected", "without_endings"),
    [
        ("34-year-old", True, True),
        ("president-elect", True, True),
        ("mother-in-law", True, True),
        ("front-runner", True, True),
        ("passer-by", True, False),
        ("runner-up", True, False),
        ("mayors", True, True),
        ("secretaries", True, True),
        ("witnesses", True, True),
        ("chairs", True, True),
        ("florist", True, False),
        ("organizer", True, False),
        ("baker", True, False),
        ("voter", True, False),
        ("bystanders", True, False),
        ("lawyer", True, True),
        ("report", True, True),
        ("ministry", True, True),
        ("company", True, True),
        ("she", True, True),
        ("two", True, True),
        ("boxes", False, False),
        ("tables", False, False),
        ("campus", False, False),
        ("x-ray", False, False),
        ("er", False, False),
        ("eer", False, False),
    ],
)
def test_is_person_noun(word: str, expected: bool, without_endings: bool) -> None:
    grammar = SpeakerGrammar()
    assert (grammar.is_person_noun(word), grammar.is_person_noun(word, endings=False)) == (expected, without_endings)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("T-shirt", True),
        ("X-ray.", True),
        ("U-turns!", True),
        ("A-list", True),
        ("T-Mobile", False),
        ("AB-ray", False),
        ("T-s", False),
        ("t-shirt", False),
        ("T-sh1rt", False),
    ],
)
def test_letter_compound(word: str, expected: bool) -> None:
    assert SpeakerGrammar.letter_compound(word) is expected


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("said Ana Ortiz.", 14),
        ("said Ortiz Jr.", 14),
        ("said A.", 7),
        ("the U.S.", 8),
        ("said the N.Y.P.D.", 17),
        ("said Sen.", 9),
        ("said Ortiz", 10),
    ],
)
def test_without_period(text: str, end: int) -> None:
    assert SpeakerGrammar().without_period(text, (0, len(text))) == (0, end)


@pytest.mark.parametrize(
    ("word", "past", "time", "adverb"),
    [
        ("rallied", True, False, False),
        ("shed", True, False, False),
        ("red", False, False, False),
        ("Rallied", False, False, False),
        ("ed", False, False, False),
        ("Monday", False, True, False),
        ("week", False, True, False),
        ("Week", False, True, False),
        ("Ortiz", False, False, False),
        ("quickly", False, False, True),
        ("family", False, False, False),
        ("early", False, False, True),
    ],
)
def test_word_classes(word: str, past: bool, time: bool, adverb: bool) -> None:
    grammar = SpeakerGrammar()
    assert (grammar.is_past_verb(word), grammar.is_time_word(word), grammar.is_adverb(word.casefold())) == (past, time, adverb)


class HarbourVocabulary(Vocabulary):
    """A vocabulary with one more role noun."""

    ROLE_NOUNS = (*Vocabulary.ROLE_NOUNS, "wharfinger")


def test_the_vocabulary_given_is_the_one_read() -> None:
    assert SpeakerGrammar(HarbourVocabulary()).is_speaker_phrase("The wharfinger") is True
    assert SpeakerGrammar().is_speaker_phrase("The wharfinger") is False


@pytest.mark.parametrize(
    ("sentence", "k", "expected"),
    [
        ("The ad targets a reckless senator", 2, True),
        ("Ortiz accuses Lee of lying", 1, True),
        ("The ad targets Ortiz", 2, True),
        ('The ad calls "a disgrace"', 2, True),
        ("The ad targets voters", 2, False),
        ("The ad targets", 2, False),
        ("The ad targets, in Ohio, voters", 2, False),
        ("The ad has a plan", 2, False),
        ("Ortiz is a candidate", 1, False),
        ("The company officials said", 2, False),
        ("The targets of the ad", 1, False),
        ("The ad class a", 2, False),
        ("The ad targets, Ortiz says, voters", 2, False),
        ("The ad Targets a senator", 2, False),
    ],
)
def test_is_present_verb(sentence: str, k: int, expected: bool) -> None:
    words = list(regex.finditer(r"[\p{L}\p{N}'’.\-]+", sentence))
    assert SpeakerGrammar().is_present_verb(sentence, words, k) is expected


def test_only_adverbs_before_a_cue() -> None:
    # (no phrase before the cue: the adverbs are dropped and nothing is left to read)
    assert [quote.text for quote in checked_quotes('"We will appeal," later said Ortiz.')] == ["We will appeal,"]


def words_of(mention: Mention | None) -> tuple[str, int, int] | None:
    return None if mention is None else (mention.text, mention.start, mention.end)


@pytest.mark.parametrize(
    ("sentence", "expected", "inner"),
    [
        ("Abbas expressed hope for a deal, saying", ("Abbas", 0, 5), ("Abbas", 0, 5)),
        ("Three council members opposed the plan, arguing", ("Three council members", 0, 21), ("Three council members", 0, 21)),
        ("He rejected the plan", ("He", 0, 2), ("He", 0, 2)),
        ("Nobody rejected the plan", ("Nobody", 0, 6), ("Nobody", 0, 6)),
        ("Mr. Ortiz rejected the plan", ("Mr. Ortiz", 0, 9), ("Mr. Ortiz", 0, 9)),
        ("  Ortiz rejected the plan", ("Ortiz", 2, 7), ("Ortiz", 2, 7)),
        ("Ortiz openly admires the plan", ("Ortiz", 0, 5), ("Ortiz", 0, 5)),
        ("The ad targets a senator", ("The ad", 0, 6), ("The ad", 0, 6)),
        ("Most residents opposed the plan", ("Most residents", 0, 14), ("Most residents", 0, 14)),
        ("Many of the residents opposed the plan", ("Many of the residents", 0, 21), ("Many of the residents", 0, 21)),
        ("Several council members opposed the plan", ("Several council members", 0, 23), ("Several council members", 0, 23)),
        ("Fifty residents rallied outside", ("Fifty residents", 0, 15), ("Fifty residents", 0, 15)),
        ("the mayor rejected the plan", None, ("the mayor", 0, 9)),
        ("Ana Ortiz (D-Ariz.) on Saturday criticized the plan", ("Ana Ortiz", 0, 9), ("Ana Ortiz", 0, 9)),
        ("Ana Ortiz on Saturday criticized the plan", ("Ana Ortiz", 0, 9), ("Ana Ortiz", 0, 9)),
        ("The insider on Saturday criticized the plan", ("The insider", 0, 11), ("The insider", 0, 11)),
        ("The 34-year-old said the win was", ("The 34-year-old", 0, 15), ("The 34-year-old", 0, 15)),
        (
            "The city's new budget director for parks and recreation and the arts said",
            ("The city's new budget director", 0, 30),
            ("The city's new budget director", 0, 30),
        ),
        ("Shortly after the vote, the mayor", None, None),
        ("Continuing his speech, Ortiz said", None, None),
        ("Added to the list: tax cuts", None, None),
        ("Ortiz, the mayor, rejected the plan", None, None),
    ],
)
def test_sentence_subject(sentence: str, expected: tuple[str, int, int] | None, inner: tuple[str, int, int] | None) -> None:
    grammar = SpeakerGrammar()
    found = (
        grammar.sentence_subject(sentence, (0, len(sentence))),
        grammar.sentence_subject(sentence, (0, len(sentence)), inner=True),
    )
    assert (words_of(found[0]), words_of(found[1])) == (expected, inner)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Last month, the mayor called the budget", ("the mayor", 12, 21)),
        ("On Monday, in Ohio, the mayor called the budget", ("the mayor", 20, 29)),
        ("On Monday, in Ohio, at noon, the mayor called", None),
        ("In a statement,   the mayor rejected the plan", ("the mayor", 18, 27)),
        ("Separately, Ortiz rejected the plan", ("Ortiz", 12, 17)),
        ("Ana Ortiz, the party's chairwoman, repeated her call", ("Ana Ortiz", 0, 9)),
        ("Gary Ortiz, a former party chairman, became a delegate", ("Gary Ortiz", 0, 10)),
        ("Gary Ortiz, and others, became a delegate", None),
        ("No comma here at all", None),
        ("In short, no.", None),
    ],
)
def test_clause_subject(sentence: str, expected: tuple[str, int, int] | None) -> None:
    assert words_of(SpeakerGrammar().clause_subject(sentence, (0, len(sentence)), len(sentence))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fight for $15 organizing director Kendall Fells told", (34, 47)),
        ("Rep. Hunter's chief of staff, Joe Kasper, told", (30, 40)),
        ("Ana Ortiz. told", (0, 9)),
        # a name broken over two lines, or with a comma in it, is no name; nor one the cue does not follow
        ("organizing director Kendall\nFells told", None),
        ("director Roe, Jane told", None),
        ("director Ana Ortiz) told", None),
        ("director Ortiz told", None),
        ("  ,  told", None),
    ],
)
def test_name_before(text: str, expected: tuple[int, int] | None) -> None:
    assert SpeakerGrammar().name_before(text, 0, text.rindex("told")) == expected


def test_a_title_case_headline_is_read_from_its_cue() -> None:
    text = "Harlow Says Budget Will Fail\n\nThe council met on Monday."
    paragraph = Paragraph("The council met on Monday.", Span(30, 56))
    quotes = QuoteParser().parse(text, [paragraph], headline=Span(0, 28))
    assert [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in quotes] == [("Budget Will Fail", "says", "Harlow")]


@pytest.mark.parametrize(
    ("text", "cue", "options", "expected"),
    [
        (
            '"We won," according to a court filing by the city\'s lawyers.',
            "according to",
            {},
            "a court filing by the city's lawyers",
        ),
        ("According to a filing by the city's lawyers, the port closed.", "According to", {}, "a filing by the city's lawyers"),
        ("The port closed, according to state records.", "according to", {"source": True}, "state records"),
        (
            "The port closed, according to a report by the inspector general of the city's police department.",
            "according to",
            {"source": True},
            "a report by the inspector general of the city's police department",
        ),
        ('"We won," said the insider.', "said", {}, None),
        ('"We won," said the insider.', "said", {"lenient": True}, "the insider"),
        ('"We won," said Ana Ortiz.', "said", {}, "Ana Ortiz"),
        ('"We won," said a man standing at the door.', "said", {"lenient": True}, "a man"),
        ('"We won," said she was elated.', "said", {}, None),
        ('"It is over," said the mayor was wrong.', "said", {"lenient": True}, None),
    ],
)
def test_phrase_after(text: str, cue: str, options: dict[str, bool], expected: str | None) -> None:
    span = SpeakerGrammar().phrase_after(text, text.index(cue) + len(cue), len(text), **options)
    assert (text[span[0] : span[1]] if span is not None else None) == expected


@pytest.mark.parametrize(
    ("word", "index", "expected"),
    [
        ("close", 1, True),
        ("who", 1, True),
        ("in", 1, True),
        ("at", 1, True),
        ("here", 1, False),
        ("here", 2, True),
        ("recently", 1, False),
        ("recently", 2, True),
        ("from", 2, True),
        ("monday", 2, True),
        ("elected", 2, True),
        ("mayor", 2, False),
    ],
)
def test_ends_head(word: str, index: int, expected: bool) -> None:
    assert SpeakerGrammar().ends_head(word, index) is expected


@pytest.mark.parametrize(
    ("text", "strict", "lenient"),
    [
        ("Mr. Morgan of the Sierra Club said", "Mr. Morgan of the Sierra Club", "Mr. Morgan of the Sierra Club"),
        ("The head of the union said", "The head of the union", "The head of the union"),
        ("the insider said", None, "the insider"),
        ("Cummings and Conyers said", "Cummings and Conyers", "Cummings and Conyers"),
        ("Friends and allies said", "Friends and allies", "Friends and allies"),
        ("Jeb Bush and Chris Christie, who said", "Jeb Bush and Chris Christie", "Jeb Bush and Chris Christie"),
        # a coordinator that opens the sentence, or after a comma, or after a verb's object, joins nothing
        ("And Ortiz said", "Ortiz", "Ortiz"),
        ("The mayor thanked Lee, and Ortiz said", "Ortiz", "Ortiz"),
        ("The mayor met voters and Ortiz said", "Ortiz", "Ortiz"),
        ("He sells goods and traders said", "traders", "traders"),
        ("aides and advisers said", "aides and advisers", "aides and advisers"),
        ("An insider close to the mayor said", "An insider close to the mayor", "An insider close to the mayor"),
        ("Two people close to the mayor said", "Two people close to the mayor", "Two people close to the mayor"),
    ],
)
def test_phrase_before(text: str, strict: str | None, lenient: str | None) -> None:
    grammar = SpeakerGrammar()
    found = [grammar.phrase_before(text, text.rindex(" said") + 1, 0, lenient=flag) for flag in (False, True)]
    assert [text[span[0] : span[1]] if span is not None else None for span in found] == [strict, lenient]


def test_split_elision() -> None:
    # the French vocabulary elides its determiners; English has none to split
    words = ["l’entraîneur", "d'Artagnan", "l’", "L’Équipe", "le", "Ortiz"]
    assert FrenchQuotes().split_elision(words) == ["l’", "entraîneur", "d'Artagnan", "l’", "L’", "Équipe", "le", "Ortiz"]
    assert SpeakerGrammar().split_elision(words) == words


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        # the object of a clause before the relative pronoun speaks, not the clause
        ("The genius of the plan escapes Ortiz", 0, "Ortiz"),
        # a name with its body, and two names joined, speak whole (words before the phrase are not read)
        ("The board heard Mr. Morgan of the Sierra Club", 16, "Mr. Morgan of the Sierra Club"),
        ("Jeb Bush and Chris Christie", 0, "Jeb Bush and Chris Christie"),
        ("the mayor and Ana Ortiz", 0, "the mayor and Ana Ortiz"),
        ("He met the mayor and Ana Ortiz", 7, "the mayor and Ana Ortiz"),
        ("the mayor of Springfield Ana Ortiz", 0, "the mayor of Springfield Ana Ortiz"),
    ],
)
def test_antecedent_name(text: str, start: int, expected: str) -> None:
    span = SpeakerGrammar().antecedent_name(text, (start, len(text)))
    assert text[span[0] : span[1]] == expected


@pytest.mark.parametrize(
    ("text", "sentence_start", "before", "expected"),
    [
        # the commas are looked for in the sentence only, and only before *before*
        ("Rents rose, again. Last month, the mayor called the budget a disgrace", 19, None, ("the mayor", 31, 40)),
        ("Last month, the mayor called the budget a disgrace", 0, 8, None),
    ],
)
def test_clause_subject_in_its_sentence(
    text: str, sentence_start: int, before: int | None, expected: tuple[str, int, int] | None
) -> None:
    found = SpeakerGrammar().clause_subject(text, (sentence_start, len(text)), len(text) if before is None else before)
    assert words_of(found) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a man standing at the door", "a man"),
        ("a woman walking", "a woman"),
        ("two men seeing", "two men"),
        ("the club's sporting director standing at the gate", "the club's sporting director"),
        # a word in -ing before its noun is no participle
        ("the club's sporting director", "the club's sporting director"),
        ("the managing director", "the managing director"),
    ],
)
def test_before_participle(phrase: str, expected: str) -> None:
    span = SpeakerGrammar().before_participle("said " + phrase, (5, 5 + len(phrase)))
    assert ("said " + phrase)[span[0] : span[1]] == expected


def test_appositive_subject_stays_in_its_sentence() -> None:
    text = "Gary Ortiz, a former chairman. Then, he left."
    grammar = SpeakerGrammar()
    assert grammar.appositive_subject(text, (0, 30)) is None
    assert grammar.sentence_subject("Ortiz. The mayor rejected the plan", (0, 6)) is None
    assert words_of(grammar.appositive_subject(text, (0, len(text)))) == ("Gary Ortiz", 0, 10)


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("A hot microphone picked up the remark", 16, True),  # a thing
        ("Ortiz issued a statement saying", 24, True),  # an object after a verb
        ("The mayor picked", 9, False),
    ],
)
def test_participle_object(text: str, end: int, expected: bool) -> None:
    start = 15 if text.startswith("Ortiz") else 0
    assert SpeakerGrammar().participle_object(text, 0, (start, end)) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a place after "of" or a locative: the person's name before it, or nobody
        ("Gov. John Kasich of Ohio", "Ohio", "John Kasich of Ohio"),
        ("the club chairman John Roe in Leeds", "Leeds", "John Roe in Leeds"),
        ("John Roe in Leeds and more", "Leeds", "John Roe in Leeds"),
        ("Ana Ortiz, Democrat of Ohio", "Ohio", None),
        ("the mayor Ana Ortiz", "Ana Ortiz", "Ana Ortiz"),
        ("Ana Ortiz", "Ana Ortiz", "Ana Ortiz"),
    ],
)
def test_placed_name(text: str, name: str, expected: str | None) -> None:
    start = text.index(name)
    span = SpeakerGrammar().placed_name(text, 0, (start, start + len(name)))
    assert (text[span[0] : span[1]] if span is not None else None) == expected


# hyphenated nouns: a suffix with a hyphen ("-elect") names a person whatever comes before it; a
# plain suffix only counts on the part after the last hyphen, which must be longer than the suffix
@pytest.mark.parametrize(
    ("word", "endings", "expected"),
    [
        ("voivode-elect", True, True),
        ("provost-elect", True, True),
        ("voivode-elect", False, False),
        ("hand-over", True, False),
        ("sleep-over", True, False),
        ("ex-smoker", True, True),
        ("well-wisher", True, True),
        ("ex-smoker", False, False),
        ("well-wisher", False, False),
        ("deputies", False, True),
        ("coaches", False, True),
        ("bosses", False, True),
    ],
)
def test_is_person_noun_hyphens_and_plurals(word: str, endings: bool, expected: bool) -> None:
    assert SpeakerGrammar().is_person_noun(word, endings=endings) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an adverb that opens the sentence: no subject, even before a determiner
        ("Separately the mayor said the plan was dead.", None),
        # a present speech verb that no determiner follows still ends the subject
        ("Residents say it is unsafe.", "Residents"),
        # a comma right after the first word: an appositive, read by appositive_subject instead
        ("Ortiz, who chairs the panel, criticized the bill.", None),
        # a quantifier alone, or a capitalised word that is no name word, is no subject
        ("Most said the debate was unfair.", None),
        ("Every one of the victims was under 20, police said.", None),
        # a bracket and a day: the words before them, read again once the bracket is closed
        ("The weather (sunny and mild) on Monday helped the runners.", "The weather"),
        # a phrase of more than SHORT_SUBJECT words with no stop word or clause verb in it
        ("The mother of one of the children who were hurt criticized the school.", "The mother of one of the children"),
    ],
)
def test_sentence_subject_edges(sentence: str, expected: str | None) -> None:
    for inner in (False, True):
        subject = SpeakerGrammar().sentence_subject(sentence, (0, len(sentence)), inner=inner)
        assert (subject.text if subject is not None else None) == expected


def test_clause_subject_reads_commas_from_its_own_sentence() -> None:
    # the commas of the sentence before it must not use up the OPENING_COMMAS
    text = (
        "The vote, held on Monday, passed easily. Last month, after a long debate, the mayor called "
        "the plan a mistake, saying it would cost jobs."
    )
    start = text.index("Last")
    subject = SpeakerGrammar().clause_subject(text, (start, len(text)), text.index(" saying"))
    assert subject is not None
    assert (subject.text, text[subject.start : subject.end]) == ("the mayor", "the mayor")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised phrase after "of" or a locative before the appositive: the name before it
        ("Gov. John Kasich of Ohio, who faces a primary fight, said", "John Kasich of Ohio"),
        ("Senator Ana Ortiz in Lyon, a member of the panel, said", "Ana Ortiz in Lyon"),
        ("Ana Ortiz, Democrat of Ohio, a member of the panel, said", None),
        ("Officials in Lyon, who asked not to be named, said", None),
        # a name before the appositive with no place word before it
        ("Liu Zhongmin, a professor at Fudan University, said", "Liu Zhongmin"),
        ("the environment secretary, James Holloway, said", "James Holloway"),
    ],
)
def test_appositive_before_places(text: str, expected: str | None) -> None:
    span = SpeakerGrammar().appositive_before(text, 0, text.rindex(" said"))
    assert (text[span[0] : span[1]] if span is not None else None) == expected


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        # an inverted speech verb of two words that opens the sentence before a colon
        (
            'Went on Ortiz: "We have no money left for the pool."',
            [("D", "We have no money left for the pool.", "Went on", "Ortiz", None)],
        ),
        (
            'Pointed out the mayor: "We have no money left for the pool."',
            [("D", "We have no money left for the pool.", "Pointed out", "the mayor", None)],
        ),
    ],
)
def test_two_word_cues_opening_a_sentence(pieces: str | list[str], expected: list[Row]) -> None:
    assert quotes_of(pieces) == expected


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # a paragraph of scraper output that starts with the cue (its line was cut before it)
        ("according to the ministry, the plan is dead.", [("according to", 0)]),
        ("said the minister, who left early.", [("said", 0)]),
        ("told reporters he would stay, and said so again.", [("told", 0), ("said", 34)]),
    ],
)
def test_cues_at_the_start_of_the_text(text: str, cues: list[tuple[str, int]]) -> None:
    parser = QuoteParser()
    assert [(m.group(), m.start()) for m in parser.cues(text, 0, len(text))] == cues
