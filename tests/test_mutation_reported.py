"""Reported speech as ``quotes/reported.py`` reads it, table-driven, for the mutation run of
issue 8: a speaker set off by a long aside, ``according to`` before and after the clause (with a
description, a named role, a source carried to its comma), a question that opens the sentence,
the object and the clause of ``told``, ``asked``, ``vowed``, ``announced``, an attribution set off
by commas inside the sentence, one that closes the sentence, the gaps a bare clause may follow,
and quotation marks inside the reported words.

Each case is a paragraph as wires, web copy, court and business reports print it; the expected
value is every quote ``(kind, text, cue, speaker's name, description)`` in order.  A fresh
``QuoteParser`` is built in each test (a change in its constructor's patterns shows here)."""

from __future__ import annotations

import pytest

from articles import checked_quotes
from newsparse.quotes.languages import language_pack
from newsparse.spans import QuoteKind

Row = tuple[str, str, str | None, str | None, str | None]
KINDS = {QuoteKind.DIRECT: "D", QuoteKind.INDIRECT: "R", QuoteKind.MIXED: "M"}


def quotes_of(pieces: str | list[str], language: str | None = None) -> list[Row]:
    """Every quote of the paragraphs, after checking that its span and its speaker's span slice the text to
    them (whitespace collapsed) inside the quote's paragraph; with *language*, read by a fresh parser of that
    language pack."""
    out: list[Row] = []
    parser = None
    if language is not None:
        pack = language_pack(language)
        parser = pack.quotes(pack.vocabulary())
    for quote in checked_quotes(pieces, parser):
        speaker = quote.speaker
        name = speaker.name if speaker is not None else None
        out.append((KINDS[quote.kind], quote.text, quote.cue, name, speaker.description if speaker is not None else None))
    return out


# a speaker set off from the cue by a long aside: the sentence's first phrase, or the name after it
ASIDES = [
    (
        "The official, who was not authorized to speak publicly about the talks, said the two sides were close.",
        [("R", "the two sides were close", "said", "The official", None)],
    ),
    (
        "The vote was close. The official, who was not authorized to speak publicly about the talks, said the two sides were close.",
        [("R", "the two sides were close", "said", "The official", None)],
    ),
    (
        "Police spokeswoman Dana Ruiz, speaking at a news conference outside the courthouse on Monday, said the suspect had fled.",
        [("R", "the suspect had fled", "said", "Dana Ruiz", None)],
    ),
    (
        "The head of the port authority, Colin Reyes, in an interview with local radio on Tuesday morning, said the cranes were unsafe.",
        [("R", "the cranes were unsafe", "said", "Colin Reyes", None)],
    ),
    (
        "The director of the port, Colin Reyes, who took the job in March after a long search, said the cranes would be replaced.",
        [("R", "the cranes would be replaced", "said", "Colin Reyes", None)],
    ),
    (
        "Two of the three judges, in a ruling published late on Friday, said the law was void.",
        [("R", "the law was void", "said", "Two of the three judges", None)],
    ),
    (
        "The airline, which has cut 4,000 jobs since the pandemic began, said it would hire again.",
        [("R", "it would hire again", "said", "The airline", None)],
    ),
    ("Shares fell 4 percent, which analysts, citing weak demand in China, said was overdone.", []),
    (
        "The head of the port, Colin Reyes, speaking after a long meeting with the unions on Tuesday, said the cranes were unsafe.",
        [("R", "the cranes were unsafe", "said", "Colin Reyes", None)],
    ),
    (
        "The airline's chief executive, Ana Ortiz, in a memo sent to staff late on Sunday, said the cuts would end.",
        [("R", "the cuts would end", "said", "Ana Ortiz", None)],
    ),
    (
        "The director of the museum, in a statement, said the paintings were fakes.",
        [("R", "the paintings were fakes", "said", "The director of the museum", None)],
    ),
    (
        "Mayor Ana Ortiz, in a letter to residents, said the water was safe.",
        [("R", "the water was safe", "said", "Ana Ortiz", None)],
    ),
    # four commas before the speaker's phrase; a verb that takes an object
    (
        "In Dover, on Monday, after a long meeting, the council's lawyers, in a statement released to the press, said the deal was void.",
        [("R", "the deal was void", "said", "the council's lawyers", None)],
    ),
    (
        "The director of the museum, in a statement, told the board the paintings were fakes.",
        [("R", "the paintings were fakes", "told", "The director of the museum", None)],
    ),
    (
        "Once again, the director of the museum, in a statement, said the paintings were fakes.",
        [("R", "the paintings were fakes", "said", "the director of the museum", None)],
    ),
    (
        "Also on Monday, the director of the museum, in a statement, said the paintings were fakes.",
        [("R", "the paintings were fakes", "said", "the director of the museum", None)],
    ),
    # an adverb that opens the sentence is no speaker (it was taken for one), a first name is
    (
        "Separately, the director of the museum, in a statement, said the paintings were fakes.",
        [("R", "the paintings were fakes", "said", "the director of the museum", None)],
    ),
    (
        "Kelly, a nurse at the hospital for 20 years, said the ward was understaffed.",
        [("R", "the ward was understaffed", "said", "Kelly", None)],
    ),
    (
        "Family members, in a statement released by their lawyer, said the police had lied.",
        [("R", "the police had lied", "said", "Family members", None)],
    ),
]

# "according to": before the clause (with a description or a named role) and after it
ACCORDING = [
    (
        "According to Ana Ortiz, a professor at Dover University, the drought will last another year.",
        [("R", "the drought will last another year", "According to", "Ana Ortiz", "a professor at Dover University")],
    ),
    (
        "According to a professor at Dover University, the drought will last another year.",
        [("R", "the drought will last another year", "According to", "a professor at Dover University", None)],
    ),
    (
        "According to the mayor, who spoke at the opening, the city had run out of money by March.",
        [("R", "the city had run out of money by March", "According to", "the mayor", "who spoke at the opening")],
    ),
    (
        "According to the labour minister, Claire Martin, the text will be put to a vote in June.",
        [("R", "the text will be put to a vote in June", "According to", "Claire Martin", None)],
    ),
    (
        "According to the police, John Smith, the suspect, was arrested at the border.",
        [("R", "John Smith, the suspect, was arrested at the border", "According to", "the police", None)],
    ),
    (
        "According to the mayor, the city had run out of money by March.",
        [("R", "the city had run out of money by March", "According to", "the mayor", None)],
    ),
    (
        "According to the police, the suspect had been living in the car for weeks.",
        [("R", "the suspect had been living in the car for weeks", "According to", "the police", None)],
    ),
    (
        "Now, according to the mayor, the bridge will reopen in May.",
        [("R", "the bridge will reopen in May", "according to", "the mayor", None)],
    ),
    (
        "(According to the filing, the firm owed $2 million.)",
        [("R", "the firm owed $2 million", "According to", "the filing", None)],
    ),
    # an "According to" that opens the sentence carries its source on to the comma
    (
        "According to a report by the city's auditor on Monday, the port lost $4 million.",
        [("R", "the port lost $4 million", "According to", "a report by the city's auditor on Monday", None)],
    ),
    (
        "According to figures from the state statistics office in Berlin, exports fell 3 percent in May.",
        [("R", "exports fell 3 percent in May", "According to", "figures from the state statistics office in Berlin", None)],
    ),
    (
        "The port lost $4 million. According to a report by the city's auditor on Monday, the losses will grow.",
        [("R", "the losses will grow", "According to", "a report by the city's auditor on Monday", None)],
    ),
    # a clause after the name that runs on past a comma is still the reported clause (the name was
    # left in it), an appositive after the name is not
    (
        "According to the labour minister, Claire Martin, the text will be put to a vote in June, after the summer recess.",
        [("R", "the text will be put to a vote in June, after the summer recess", "According to", "Claire Martin", None)],
    ),
]

# a question that opens the sentence; the object and the clause of a verb
QUESTIONS_AND_OBJECTS = [
    (
        "Asked whether the plan was dead, Ortiz said it was on hold.",
        [("R", "whether the plan was dead", "Asked", None, None), ("R", "it was on hold", "said", "Ortiz", None)],
    ),
    (
        "Asked by reporters whether he would resign, the minister shook his head.",
        [("R", "whether he would resign", "Asked", "reporters", None)],
    ),
    (
        "When asked what the plan was, she said the council would decide.",
        [("R", "what the plan was", "asked", None, None), ("R", "the council would decide", "said", "she", None)],
    ),
    ("Ortiz asked the mayor if the budget was final.", [("R", "if the budget was final", "asked", "Ortiz", None)]),
    (
        "The mayor asked the council to reconsider the budget cuts.",
        [("R", "the council to reconsider the budget cuts", "asked", "The mayor", None)],
    ),
    (
        "The union vowed on Monday to block the closure of the plant.",
        [("R", "to block the closure of the plant", "vowed", "The union", None)],
    ),
    (
        "The chief executive announced on Monday his resignation after six years.",
        [("R", "his resignation after six years", "announced", "The chief executive", None)],
    ),
    ("Ortiz told an Iowa audience that the farm bill was dead.", [("R", "the farm bill was dead", "told", "Ortiz", None)]),
    ("The mayor told reporters the budget won't pass.", [("R", "the budget won't pass", "told", "The mayor", None)]),
    (
        "Ortiz told the council the cuts were unavoidable, adding that she would not run again.",
        [("R", "the cuts were unavoidable", "told", "Ortiz", None), ("R", "she would not run again", "adding", "Ortiz", None)],
    ),
]

# the clause after the cue: "that", a time between, a bare clause, a participle that ends it
CLAUSES = [
    (
        "The minister welcomed the plan but warned that costs could rise.",
        [("R", "costs could rise", "warned", "The minister", None)],
    ),
    (
        "The minister said on Sunday it would take years to rebuild the line.",
        [("R", "it would take years to rebuild the line", "said", "The minister", None)],
    ),
    (
        "Ortiz said members of the Supreme Court shouldn't take gifts from donors.",
        [("R", "members of the Supreme Court shouldn't take gifts from donors", "said", "Ortiz", None)],
    ),
    (
        "The coach said having the captain back was a boost.",
        [("R", "having the captain back was a boost", "said", "The coach", None)],
    ),
    (
        "The minister said rural deliveries grew fastest in the north.",
        [("R", "rural deliveries grew fastest in the north", "said", "The minister", None)],
    ),
    ("The firm said 40 jobs would go.", [("R", "40 jobs would go", "said", "The firm", None)]),
    # a clause that opens with a number or a name shows no verb in its first words
    (
        "The firm said 4 of its 120 stores in the state of Ohio would close.",
        [("R", "4 of its 120 stores in the state of Ohio would close", "said", "The firm", None)],
    ),
    (
        "The minister said Ukraine and its allies in the region were ready.",
        [("R", "Ukraine and its allies in the region were ready", "said", "The minister", None)],
    ),
    (
        'Ortiz said the cuts, in her words, were "a betrayal of every family."',
        [("M", 'the cuts, in her words, were "a betrayal of every family."', "said", "Ortiz", None)],
    ),
    (
        "German officials said in a statement that talks would continue.",
        [("R", "talks would continue", "said", "German officials", None)],
    ),
    ("Ortiz insisted repeatedly that the count was fair.", [("R", "the count was fair", "insisted", "Ortiz", None)]),
    (
        "The defence argued that the evidence was obtained illegally.",
        [("R", "the evidence was obtained illegally", "argued", "The defence", None)],
    ),
    ("Ortiz denied that she had met the donor.", [("R", "she had met the donor", "denied", "Ortiz", None)]),
    (
        "Prosecutors said the defendant, who had no lawyer, could not be tried.",
        [("R", "the defendant, who had no lawyer, could not be tried", "said", "Prosecutors", None)],
    ),
    (
        "The union said its members, who voted on Friday, had rejected the offer.",
        [("R", "its members, who voted on Friday, had rejected the offer", "said", "The union", None)],
    ),
    (
        'Ortiz said the plan was "dead on arrival" and walked out.',
        [("M", 'the plan was "dead on arrival" and walked out', "said", "Ortiz", None)],
    ),
    (
        'The mayor said the plan would not work. "It is a waste of money," she said.',
        [("R", "the plan would not work", "said", "The mayor", None), ("D", "It is a waste of money,", "said", "The mayor", None)],
    ),
]

# an attribution inside the sentence, or closing it
INSIDE_AND_AFTER = [
    (
        "The museum, the director said, will reopen in the spring.",
        [("R", "The museum, the director said, will reopen in the spring", "said", "the director", None)],
    ),
    (
        "In the end, Mr. Ruiz said, union voters side with the candidate who shows up.",
        [("R", "union voters side with the candidate who shows up", "said", "Ruiz", None)],
    ),
    ("Sales were great this year, he said, wiping his brow.", [("R", "Sales were great this year", "said", "he", None)]),
    (
        "Sales were great this year, he said, wiping the sweat from his brow.",
        [("R", "Sales were great this year", "said", "he", None)],
    ),
    (
        "The port will stay closed until Friday, said the minister.",
        [("R", "The port will stay closed until Friday", "said", "the minister", None)],
    ),
    (
        "The plant will close in June, said Katie Ruiz, the group's director of outreach.",
        [("R", "The plant will close in June", "said", "Katie Ruiz", None)],
    ),
    (
        "The plant will close in June, banking analysts said on Tuesday.",
        [("R", "The plant will close in June", "said", "banking analysts", None)],
    ),
    (
        "Investors fear the merger will fail, the bank's analysts wrote in a note.",
        [("R", "Investors fear the merger will fail", "wrote", "the bank's analysts", None)],
    ),
    (
        '"The rail line is a lifeline for the north," Transport Secretary Mira Holt said, adding that work would start in May.',
        [
            ("D", "The rail line is a lifeline for the north,", "said", "Mira Holt", None),
            ("R", "work would start in May", "adding", "Mira Holt", None),
        ],
    ),
    # an aside's clause of three words, the fewest a quote has
    ("The museum, the director said, will reopen soon.", [("R", "The museum, the director said, will reopen soon", "said", "the director", None)]),
    ("Prices will fall, the bank said.", [("R", "Prices will fall", "said", "the bank", None)]),
    (
        "Rates will rise again, the central bank's governor said in Frankfurt on Thursday.",
        [("R", "Rates will rise again", "said", "the central bank's governor", None)],
    ),
    ("The minister said rural traffic eased.", [("R", "rural traffic eased", "said", "The minister", None)]),
    # a participle after a clause that an opening clause precedes: that clause's subject speaks
    (
        "Because the plan failed, Dana Ortiz resigned on Monday, saying that she took the blame.",
        [("R", "she took the blame", "saying", "Dana Ortiz", None)],
    ),
    # a participle after the attribution that closes the sentence: the speaker of that attribution
    (
        "The plant will close, and the jobs will go, a union official said, adding that talks had failed.",
        [
            ("R", "The plant will close, and the jobs will go", "said", "a union official", None),
            ("R", "talks had failed", "adding", "a union official", None),
        ],
    ),
    # a cue joined by "and" to the verb of a subject after an opening phrase: that subject speaks
    (
        "After the count, Dana Ortiz walked out and said the vote was rigged.",
        [("R", "the vote was rigged", "said", "Dana Ortiz", None)],
    ),
    # an object with a participle ("a notice ... saying") and no subject before it: no speaker to read
    ("There was a notice on the gate saying that the plant would close.", []),
]

# quotations over paragraphs: a paragraph left open takes the speaker of the next one only when
# that one opens with a quotation mark (blanks at a line's end or start, as scraped pages have them)
PARAGRAPHS = [
    (
        ['"The budget is dead."', '"We will fight it in court," said Ana Ortiz, the council leader.'],
        [("D", "The budget is dead.", None, None, None), ("D", "We will fight it in court,", "said", "Ana Ortiz", None)],
    ),
    (
        ['"We kept the lights on through the worst winter in memory.   ', '"And we paid every worker," said Colin Reyes.'],
        [
            ("D", "We kept the lights on through the worst winter in memory.", "said", "Colin Reyes", None),
            ("D", "And we paid every worker,", "said", "Colin Reyes", None),
        ],
    ),
    (
        ['"We kept the lights on through the worst winter in memory.', '   "And we paid every worker," said Colin Reyes.'],
        [
            ("D", "We kept the lights on through the worst winter in memory.", "said", "Colin Reyes", None),
            ("D", "And we paid every worker,", "said", "Colin Reyes", None),
        ],
    ),
    (
        [
            '"We kept the lights on through the worst winter in memory.',
            'The firm\'s founder, Colin Reyes, said: "We paid every worker."',
        ],
        [
            ("D", "We kept the lights on through the worst winter in memory.", None, None, None),
            ("D", "We paid every worker.", "said", "Colin Reyes", None),
        ],
    ),
    (
        '"We are not giving up,\nwe will be back next season," said coach Dana Whitfield.',
        [("D", "We are not giving up, we will be back next season,", "said", "Dana Whitfield", None)],
    ),
    (
        ['"We are not giving up.', '"We will be back next season."'],
        [("D", "We are not giving up.", None, None, None), ("D", "We will be back next season.", None, None, None)],
    ),
    (
        ['"We are not giving up," the captain said.', '"We will be back next season," said coach Dana Whitfield.'],
        [
            ("D", "We are not giving up,", "said", "the captain", None),
            ("D", "We will be back next season,", "said", "Dana Whitfield", None),
        ],
    ),
    (
        ['"The squad is tired and the schedule is brutal.', '"But we will be back next season," said coach Dana Whitfield.'],
        [
            ("D", "The squad is tired and the schedule is brutal.", "said", "Dana Whitfield", None),
            ("D", "But we will be back next season,", "said", "Dana Whitfield", None),
        ],
    ),
]

# the same constructions in a later sentence, with another after them; a verb the clause shows
LATER_SENTENCES = [
    (
        "Ortiz spoke first. The museum, the director said, will reopen in the spring. Tickets will cost $20.",
        [("R", "The museum, the director said, will reopen in the spring", "said", "the director", None)],
    ),
    (
        "Ortiz spoke first. In the end, Mr. Ruiz said, union voters side with the candidate who shows up. Turnout was low.",
        [("R", "union voters side with the candidate who shows up", "said", "Ruiz", None)],
    ),
    (
        "The strike ended. The museum, the director said, will reopen in the spring.",
        [("R", "The museum, the director said, will reopen in the spring", "said", "the director", None)],
    ),
    (
        "Police spokeswoman Dana Ruiz fled. The official, who was not authorized to speak publicly about the talks, said the two sides were close.",
        [("R", "the two sides were close", "said", "The official", None)],
    ),
    ("The minister said rural traffic eased in March.", [("R", "rural traffic eased in March", "said", "The minister", None)]),
    (
        "The minister said rural voters won't forgive the cuts.",
        [("R", "rural voters won't forgive the cuts", "said", "The minister", None)],
    ),
    (
        "The minister said rural voters can't afford the fares.",
        [("R", "rural voters can't afford the fares", "said", "The minister", None)],
    ),
]

# a quotation over three paragraphs, and a paragraph after the run; a passive cue; a closing source
RUNS_AND_SOURCES = [
    (
        [
            '"We kept the lights on through the worst winter in memory.',
            '"We paid every worker.',
            '"And we will pay them again," said Colin Reyes.',
        ],
        [
            ("D", "We kept the lights on through the worst winter in memory.", "said", "Colin Reyes", None),
            ("D", "We paid every worker.", "said", "Colin Reyes", None),
            ("D", "And we will pay them again,", "said", "Colin Reyes", None),
        ],
    ),
    (
        [
            '"We kept the lights on through the worst winter in memory.',
            '"And we paid every worker," said Colin Reyes.',
            '"We will do it again."',
        ],
        [
            ("D", "We kept the lights on through the worst winter in memory.", "said", "Colin Reyes", None),
            ("D", "And we paid every worker,", "said", "Colin Reyes", None),
            ("D", "We will do it again.", None, "Colin Reyes", None),
        ],
    ),
    # a quotation with a cue that runs on into the next paragraph keeps its own speaker; a closed
    # quotation that carries a speaker on does not carry the run
    (
        ['"We kept the lights on," said Colin Reyes, "and we paid every worker.', '"Nobody was left behind," said Ana Ortiz.'],
        [
            ("D", "We kept the lights on,", "said", "Colin Reyes", None),
            ("D", "and we paid every worker.", "said", "Colin Reyes", None),
            ("D", "Nobody was left behind,", "said", "Ana Ortiz", None),
        ],
    ),
    (
        [
            '"We will not close the plant," said Colin Reyes.',
            '"We kept the lights on through the worst winter in memory.',
            '"We will do it again."',
        ],
        [
            ("D", "We will not close the plant,", "said", "Colin Reyes", None),
            ("D", "We kept the lights on through the worst winter in memory.", None, "Colin Reyes", None),
            ("D", "We will do it again.", None, "Colin Reyes", None),
        ],
    ),
    # a question that opens a later sentence; a long aside before a clause with a quotation in it
    (
        "The vote was delayed. Asked by reporters whether the plan was dead, the mayor said it was on hold.",
        [("R", "whether the plan was dead", "Asked", "reporters", None), ("R", "it was on hold", "said", "the mayor", None)],
    ),
    (
        'The official, who was not authorized to speak publicly about the talks, said the plan was "dead on arrival."',
        [("M", 'the plan was "dead on arrival."', "said", "The official", None)],
    ),
    ("Residents were told that the dam could fail.", [("R", "the dam could fail", "told", None, None)]),
    (
        "The witness said the police told her the order was lifted, according to the court filing.",
        [("R", "the police told her the order was lifted", "said", "The witness", None)],
    ),
    # "according to" after the clause: the clause from the sentence's start (past an opening parenthesis)
    ("Taxes will rise, according to the mayor.", [("R", "Taxes will rise", "according to", "the mayor", None)]),
    (
        "The suspect fled on foot, according to police spokesman John Smith.",
        [("R", "The suspect fled on foot", "according to", "John Smith", None)],
    ),
    (
        "(The firm owed $2 million, according to the filing.)",
        [("R", "The firm owed $2 million", "according to", "the filing", None)],
    ),
    (
        "The city, according to the mayor, had run out of money by March.",
        [("R", "The city, according to the mayor, had run out of money by March", "according to", "the mayor", None)],
    ),
    # a cue in a relative clause: the clause is what was said, the main clause's verb is not
    ("Ortiz, who had said nothing all day, apologised to the voters.", []),
    (
        "The senator, who said the plan was a disaster, voted against it on Tuesday.",
        [("R", "the plan was a disaster", "said", "The senator", None)],
    ),
    ("The coach, who said the team was tired, lost his job.", [("R", "the team was tired", "said", "The coach", None)]),
    # a comma inside the reported clause, before a form of "be" or inside a quotation, is not its end
    (
        "The senator, who said the plan, in its current form, was a disaster, voted against it.",
        [("R", "the plan, in its current form, was a disaster", "said", "The senator", None)],
    ),
    (
        'The agent, who said the fees were "in the seven figures," described the deal as fair.',
        [("M", 'the fees were "in the seven figures,"', "said", "The agent", None)],
    ),
    ("The clerk, who said the ballots were lost, became a witness.", [("R", "the ballots were lost", "said", "The clerk", None)]),
    (
        "The coach, who said the team was tired, told reporters that he would stay.",
        [("R", "the team was tired", "said", "The coach", None), ("R", "he would stay", "told", "The coach", None)],
    ),
    (
        "The official, who asked the board to wait, said the deal was dead.",
        [("R", "the board to wait", "asked", "The official", None), ("R", "the deal was dead", "said", "The official", None)],
    ),
    # a condition of speaking, no speech: "asked not to be named" gives no quote
    ("The official, who asked not to be named, said the deal was dead.", [("R", "the deal was dead", "said", "The official", None)]),
    # a participle after an object: its author speaks; after a comma: a clause must follow
    ("Ortiz issued a statement saying the plan was dead.", [("R", "the plan was dead", "saying", "Ortiz", None)]),
    ("Ortiz defended the plan, adding the cuts were unavoidable.", [("R", "the cuts were unavoidable", "adding", "Ortiz", None)]),
    ("The ferry will run twice a day, adding an hour to each trip.", []),
    # a report that closes the sentence with no other cue before it is the outlet's speech (REPORT_CUES);
    # after another cue's words it is their source (below)
    ("Analysts expect the merger to fail, Al Jazeera reported.",
     [("R", "Analysts expect the merger to fail", "reported", "Al Jazeera", None)]),
    (
        "The witness said the order was lifted, according to the court filing.",
        [("R", "the order was lifted", "said", "The witness", None)],
    ),
]

# the third mutation run: sentences in brackets, a parenthesis inside the reported words, a source
# verb with no comma or with a clause after its source, a company named X, two sources in a
# paragraph, a question with a cue inside it, a quotation that closes its paragraph with nothing
# carrying it on, and relative clauses whose main verb is an irregular past or a verb of motion
BRACKETS_SOURCES_AND_RELATIVES = [
    (
        "According to the filing, the firm owed $2 million (about 1.8 million euros).",
        [("R", "the firm owed $2 million (about 1.8 million euros)", "According to", "the filing", None)],
    ),
    (
        "(According to the filing, the firm owed $2 million.)",
        [("R", "the firm owed $2 million", "According to", "the filing", None)],
    ),
    (
        "Shares fell. (The firm owed $2 million, according to the filing.)",
        [("R", "The firm owed $2 million", "according to", "the filing", None)],
    ),
    (
        "Sales rose 4 percent, according to a statement, and the shares jumped.",
        [("R", "Sales rose 4 percent", "according to", "a statement", None)],
    ),
    ("Prices rose according to the survey, but wages fell.", []),
    (
        "According to the lawsuit, the company moved its headquarters after it was renamed X.",
        [("R", "the company moved its headquarters after it was renamed X", "According to", "the lawsuit", None)],
    ),
    (
        "X lost half its advertisers, according to the report.",
        [("R", "X lost half its advertisers", "according to", "the report", None)],
    ),
    (
        "The mayor said the plan was dead, according to the minutes of the meeting.",
        [("R", "the plan was dead", "said", "The mayor", None)],
    ),
    (
        "According to Ortiz, the firm owed $2 million. According to Reyes, it owed nothing.",
        [
            ("R", "the firm owed $2 million", "According to", "Ortiz", None),
            ("R", "it owed nothing", "According to", "Reyes", None),
        ],
    ),
    (
        'According to the mayor, the firm owed "at least $2 million."',
        [("M", 'the firm owed "at least $2 million."', "According to", "the mayor", None)],
    ),
    (
        'The senator, who said the costs were "in the seven figures, maybe more," described the plan as reckless.',
        [("M", 'the costs were "in the seven figures, maybe more,"', "said", "The senator", None)],
    ),
    (
        'Asked whether she would appeal, Ortiz said, "We will."',
        [("R", "whether she would appeal", "Asked", None, None), ("D", "We will.", "said", "Ortiz", None)],
    ),
    (
        '"We will appeal," Ortiz told reporters, adding that the ruling was flawed.',
        [("D", "We will appeal,", "told", "Ortiz", None), ("R", "the ruling was flawed", "adding", "Ortiz", None)],
    ),
    (
        "Asked whether he had said the plan was dead, Ortiz laughed.",
        [("R", "whether he had said the plan was dead", "Asked", None, None)],
    ),
    (
        "The company, which said profits fell by half, said it would cut 300 jobs.",
        [("R", "it would cut 300 jobs", "said", "The company", None)],
    ),
    (
        "The minister, who said the bill was dead, and the speaker, who said it was alive, met on Monday.",
        [("R", "the bill was dead", "said", "The minister", None), ("R", "it was alive", "said", "the speaker", None)],
    ),
    (
        ['"The ruling is wrong.', "It ignores the facts, said Ortiz."],
        [("D", "The ruling is wrong.", None, None, None), ("R", "It ignores the facts", "said", "Ortiz", None)],
    ),
    ("Ortiz, who said the budget was balanced, went home.", [("R", "the budget was balanced", "said", "Ortiz", None)]),
    (
        "Ortiz, who said the budget was balanced, left the meeting early.",
        [("R", "the budget was balanced", "said", "Ortiz", None)],
    ),
    (
        "Ortiz, who told the council the budget was balanced, left early.",
        [("R", "the budget was balanced", "told", "Ortiz", None)],
    ),
    ("The minister, who said the bill was dead, walked out.", [("R", "the bill was dead", "said", "The minister", None)]),
    (
        "The mayor said taxes would fall, while opposition leaders said they would rise.",
        [("R", "taxes would fall", "said", "The mayor", None), ("R", "they would rise", "said", "opposition leaders", None)],
    ),
    (
        "The mayor said taxes would fall, while Reyes said they would rise.",
        [("R", "taxes would fall", "said", "The mayor", None), ("R", "they would rise", "said", "Reyes", None)],
    ),
    ("The company said sales rose 4 percent, Al Jazeera reported.", [("R", "sales rose 4 percent", "said", "The company", None)]),
    # (a cue inside a quotation, or set off by commas inside the words, opens no clause of its own)
    (
        'The mayor said taxes "will fall, and the opposition said so too."',
        [("M", 'taxes "will fall, and the opposition said so too."', "said", "The mayor", None)],
    ),
    (
        'The mayor said the plan was "a mess, and the council said so," and resigned.',
        [("M", 'the plan was "a mess, and the council said so," and resigned', "said", "The mayor", None)],
    ),
    (
        "The mayor said the budget, analysts said, was balanced.",
        [("R", "the budget, analysts said, was balanced", "said", "The mayor", None)],
    ),
    (
        "The mayor said the budget, analysts said on Monday, was balanced.",
        [("R", "the budget, analysts said on Monday, was balanced", "said", "The mayor", None)],
    ),
    (
        "The mayor said the city's budget was balanced, and the council's leader said it was not.",
        [
            ("R", "the city's budget was balanced", "said", "The mayor", None),
            ("R", "it was not", "said", "the council's leader", None),
        ],
    ),
    (
        "The mayor said taxes would fall, and nearly three in five voters said they believed her.",
        [
            ("R", "taxes would fall", "said", "The mayor", None),
            ("R", "they believed her", "said", "three in five voters", None),
        ],
    ),
    # (a name that starts with "that", a join with "but" and no comma, three cues before a closing source)
    ("The mayor said Thatcher was right.", [("R", "Thatcher was right", "said", "The mayor", None)]),
    (
        "Police said the suspect had fled but witnesses said he was still in the area.",
        [("R", "the suspect had fled", "said", "Police", None), ("R", "he was still in the area", "said", "witnesses", None)],
    ),
    (
        "The mayor said the council told her the plan was dead, according to two people at the meeting.",
        [("R", "the council told her the plan was dead", "said", "The mayor", None)],
    ),
    # (a clause after the cue that opens with a gerund, in a sentence that holds other commas)
    (
        "Speaking on Monday, the mayor said taxes would fall, not rise.",
        [("R", "taxes would fall, not rise", "said", "the mayor", None)],
    ),
    ("Ortiz, the mayor, said having the votes was enough.", [("R", "having the votes was enough", "said", "Ortiz", None)]),
    (
        "Ortiz said the ruling was flawed. She also said she would appeal, adding that the judge erred.",
        [
            ("R", "the ruling was flawed", "said", "Ortiz", None),
            ("R", "she would appeal", "said", "She", None),
            ("R", "the judge erred", "adding", "She", None),
        ],
    ),
]

# the language packs: French elided "qu'", German "laut" before the verb, Spanish "según"
LANGUAGES = [
    (
        "fr",
        "Le ministre a affirmé qu'il ne démissionnerait pas avant l'été.",
        [("R", "il ne démissionnerait pas avant l'été", "a affirmé", "Le ministre", None)],
    ),
    (
        "fr",
        "Le maire a déclaré mardi qu’il ne se représenterait pas en mars.",
        [("R", "il ne se représenterait pas en mars", "a déclaré", "Le maire", None)],
    ),
    (
        "de",
        "Laut der Ministerin Anna Schmidt wird das Stadion im Mai eröffnet.",
        [("R", "wird das Stadion im Mai eröffnet", "Laut", "Anna Schmidt", None)],
    ),
    ("de", "Laut Polizei wurden drei Männer festgenommen.", [("R", "wurden drei Männer festgenommen", "Laut", "Polizei", None)]),
    (
        "de",
        "Der Minister sagte am Dienstag, die Brücke werde im Mai wieder geöffnet.",
        [("R", "die Brücke werde im Mai wieder geöffnet", "sagte", "Der Minister", None)],
    ),
    # (a sentence in brackets, two blanks after the source, a clause of three words, a quotation inside it)
    ("de", "(Laut Polizei wurden drei Männer festgenommen.)", [("R", "wurden drei Männer festgenommen", "Laut", "Polizei", None)]),
    ("de", "Laut Polizei  wurden drei Männer festgenommen.", [("R", "wurden drei Männer festgenommen", "Laut", "Polizei", None)]),
    ("de", "Laut Polizei ist er tot.", [("R", "ist er tot", "Laut", "Polizei", None)]),
    ("de", "Laut Polizei hat der Mann „nichts gesagt“.", [("M", "hat der Mann „nichts gesagt“", "Laut", "Polizei", None)]),
    (
        "de",
        "Laut Polizei hat der Mann gesagt, er sei unschuldig.",
        [("R", "hat der Mann gesagt, er sei unschuldig", "Laut", "Polizei", None)],
    ),
    (
        "es",
        "Según el ministro de Hacienda, el presupuesto estará listo en mayo.",
        [("R", "el presupuesto estará listo en mayo", "Según", "el ministro de Hacienda", None)],
    ),
]


@pytest.mark.parametrize(
    ("pieces", "expected"),
    ASIDES
    + ACCORDING
    + QUESTIONS_AND_OBJECTS
    + CLAUSES
    + INSIDE_AND_AFTER
    + PARAGRAPHS
    + LATER_SENTENCES
    + RUNS_AND_SOURCES
    + BRACKETS_SOURCES_AND_RELATIVES,
)
def test_reported_speech(pieces: str | list[str], expected: list[Row]) -> None:
    assert quotes_of(pieces) == expected


@pytest.mark.parametrize(("language", "paragraph", "expected"), LANGUAGES)
def test_reported_speech_in_language_packs(language: str, paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph, language) == expected


# an outlet that closes the reported words is their source, not part of them (read by ``cut_source``)
REPORTED_BY = [
    (
        "The minister said the talks would resume in May, state media reported.",
        [("the talks would resume in May", "said", "state media")],
    ),
    (
        "The ministry said the border would reopen on Friday, Reuters reported.",
        [("the border would reopen on Friday", "said", "Reuters")],
    ),
    ("The company said sales rose 4 percent, Al Jazeera reported.", [("sales rose 4 percent", "said", "Al Jazeera")]),
    ("The minister said the talks would resume in May.", [("the talks would resume in May", "said", None)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), REPORTED_BY)
def test_reported_words_with_their_outlet(paragraph: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [(q.text, q.cue, q.source) for q in checked_quotes(paragraph)] == expected
